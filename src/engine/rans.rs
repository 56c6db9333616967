//! Compiled-in model files stored for a smaller download *and* a fast first analysis: a static
//! range-ANS coder with one byte distribution per position modulo a period.
//!
//! An adaptive order-0 bit coder (in [`super::stored`] until session 14) spent some 50 instructions per bit (natively
//! 216 M instructions, most of a first analysis, for the two models' 479 KB). The packed model
//! files (`super::packed`) are a few long stretches whose bytes are nearly independent and
//! identically distributed within a stretch: byte planes of key deltas, and weight rows (the
//! name model's 9 weights a feature: each tag's weights have their own distribution). Coding
//! each stretch with fixed distributions, stored with it, is as small as the adaptive coder
//! (smaller where a period applies) and decodes a byte with one table look-up and a multiply.
//!
//! Stored form (after [`super::stored`]'s mode byte and length): segments until the length is
//! reached, each `n` (u32 LE) bytes of output and a period `k` (u8):
//! - `k = 0`: the `n` bytes as they are;
//! - `k > 0`: `k` distributions (byte `i` of the segment uses distribution `i % k`), the coded
//!   length `m` (u32 LE), then `m` coded bytes (the decoder's 32-bit state first, big-endian).
//!   A distribution: how many symbols it holds, less one (u8); per symbol, in ascending order,
//!   the gap from the one before less one (u8) and its frequency (LEB128), the frequencies
//!   summing to `1 << SCALE_BITS`.
//!
//! `build.rs` chooses each segment's period by the size it predicts (or stores it as it is) and
//! checks that [`decode`] gives back the bytes. The writer runs only there and in the tests.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so the writer and the reader cannot
//! drift apart.

/// Frequencies are in 1/2^SCALE_BITS.
const SCALE_BITS: u32 = 12;
const SCALE: usize = 1 << SCALE_BITS;
/// Lower bound of the coder's state after each step (byte-wise renormalisation).
const LOW: u32 = 1 << 23;
/// Longest period tried by the writer.
const MAX_PERIOD: usize = 24;
/// Segments shorter than this are stored as they are (a distribution costs more).
const MIN_CODED: usize = 256;

/// One decoding table: for each slot of the state's low `SCALE_BITS` bits, the symbol (bits
/// 24..32), its frequency less one (12..24) and the slot's offset from the symbol's start (0..12).
type Table = Box<[u32; SCALE]>;

/// Decodes `len` bytes of the segments in `coded` (see the module docs); `None` for bytes
/// [`encode`] did not write (a damaged distribution, a length past the end).
pub fn decode(coded: &[u8], len: usize) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(len.min(coded.len().saturating_mul(64)));
    let mut r = Reader { b: coded, at: 0 };
    while out.len() < len {
        let n = r.u32()? as usize;
        let k = usize::from(r.byte()?);
        if n > len - out.len() {
            return None;
        }
        if k == 0 {
            out.extend_from_slice(r.take(n)?);
            continue;
        }
        let tables = (0..k)
            .map(|_| table(&mut r))
            .collect::<Option<Vec<Table>>>()?;
        let m = r.u32()? as usize;
        segment(r.take(m)?, &tables, n, &mut out)?;
    }
    Some(out)
}

/// Appends the `n` bytes coded in `src` with `tables` to `out`. Never inlined, so that V8
/// switches to its optimised code for the loop between segments.
#[inline(never)]
fn segment(src: &[u8], tables: &[Table], n: usize, out: &mut Vec<u8>) -> Option<()> {
    let mut x = u32::from_be_bytes(src.get(..4)?.try_into().ok()?);
    if x < LOW {
        return None; // the writer's final state is never below LOW (and 0 would never grow)
    }
    let mut at = 4;
    let from = out.len();
    out.resize(from + n, 0);
    let mut step = |t: &[u32; SCALE]| {
        let e = t[x as usize & (SCALE - 1)];
        x = (((e >> 12) & 0xfff) + 1) * (x >> SCALE_BITS) + (e & 0xfff);
        while x < LOW {
            x = (x << 8) | u32::from(src.get(at).copied().unwrap_or(0));
            at += 1;
        }
        (e >> 24) as u8
    };
    if let [t] = tables {
        for b in &mut out[from..] {
            *b = step(t);
        }
    } else {
        // One row of the period at a time: each byte with its table, no index to check.
        for row in out[from..].chunks_mut(tables.len()) {
            for (b, t) in row.iter_mut().zip(tables) {
                *b = step(t);
            }
        }
    }
    Some(())
}

/// Reads one distribution and builds its decoding table.
fn table(r: &mut Reader) -> Option<Table> {
    let count = usize::from(r.byte()?) + 1;
    let mut t: Table = vec![0u32; SCALE]
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("the vector has SCALE slots"));
    let (mut sym, mut start) = (-1i32, 0usize);
    for _ in 0..count {
        sym += i32::from(r.byte()?) + 1;
        let f = r.varint()? as usize;
        if sym > 255 || f == 0 || start + f > SCALE {
            return None;
        }
        for (off, slot) in t[start..start + f].iter_mut().enumerate() {
            *slot = (sym as u32) << 24 | ((f - 1) as u32) << 12 | off as u32;
        }
        start += f;
    }
    (start == SCALE).then_some(t)
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in [0, 7, 14] {
            let b = self.byte()?;
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

/// Codes `data`, cut into segments of the lengths `pieces` (all of it as one segment when they
/// do not add up to its length), each with the period that makes it smallest, or as it is.
#[allow(dead_code)] // used by build.rs and the tests
pub fn encode(data: &[u8], pieces: &[usize]) -> Vec<u8> {
    let whole = [data.len()];
    let pieces = if pieces.iter().sum::<usize>() == data.len() {
        pieces
    } else {
        &whole[..]
    };
    let mut out = Vec::with_capacity(data.len() + 64);
    let mut at = 0;
    for &n in pieces {
        let seg = &data[at..at + n];
        at += n;
        if n == 0 {
            continue;
        }
        out.extend_from_slice(&(n as u32).to_le_bytes());
        let best = (n >= MIN_CODED)
            .then(|| {
                (1..=MAX_PERIOD.min(n))
                    .map(|k| (k, freqs_for(seg, k)))
                    .map(|(k, f)| (predicted(seg, &f), k, f))
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            })
            .flatten()
            .filter(|(size, _, _)| *size < n as f64);
        let Some((_, k, freqs)) = best else {
            out.push(0);
            out.extend_from_slice(seg);
            continue;
        };
        out.push(k as u8);
        for f in &freqs {
            put_table(&mut out, f);
        }
        let coded = code(seg, &freqs);
        out.extend_from_slice(&(coded.len() as u32).to_le_bytes());
        out.extend_from_slice(&coded);
    }
    out
}

/// The normalised distributions of `seg` for period `k`.
fn freqs_for(seg: &[u8], k: usize) -> Vec<[u32; 256]> {
    let mut counts = vec![[0u32; 256]; k];
    for (i, &b) in seg.iter().enumerate() {
        counts[i % k][usize::from(b)] += 1;
    }
    counts.iter().map(normalise).collect()
}

/// Predicted stored size of `seg` coded with `freqs` (bytes): the code plus the tables.
fn predicted(seg: &[u8], freqs: &[[u32; 256]]) -> f64 {
    let mut counts = vec![[0u32; 256]; freqs.len()];
    for (i, &b) in seg.iter().enumerate() {
        counts[i % freqs.len()][usize::from(b)] += 1;
    }
    let mut bits = 0.0;
    let mut table_bytes = 8usize;
    for (c, f) in counts.iter().zip(freqs) {
        for (&c, &f) in c.iter().zip(f) {
            if f > 0 {
                bits += f64::from(c) * (SCALE as f64 / f64::from(f)).log2();
                table_bytes += 2 + usize::from(f >= 128);
            }
        }
        table_bytes += 1;
    }
    bits / 8.0 + table_bytes as f64
}

/// Frequencies in 1/SCALE for `counts` (each symbol seen at least 1/SCALE), summing to SCALE:
/// proportional, then adjusted one step at a time where a step costs the fewest bits.
fn normalise(counts: &[u32; 256]) -> [u32; 256] {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    let mut f = [0u32; 256];
    if total == 0 {
        f[0] = SCALE as u32;
        return f;
    }
    for (f, &c) in f.iter_mut().zip(counts) {
        if c > 0 {
            *f = ((u64::from(c) * SCALE as u64 / total) as u32).max(1);
        }
    }
    let cost = |c: u32, from: u32, to: u32| f64::from(c) * (f64::from(from) / f64::from(to)).log2();
    loop {
        let sum: u32 = f.iter().sum();
        if sum == SCALE as u32 {
            return f;
        }
        let (i, _) = if sum > SCALE as u32 {
            (0..256)
                .filter(|&i| f[i] > 1)
                .map(|i| (i, -cost(counts[i], f[i], f[i] - 1)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((0, 0.0))
        } else {
            (0..256)
                .filter(|&i| counts[i] > 0)
                .map(|i| (i, cost(counts[i], f[i] + 1, f[i])))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((0, 0.0))
        };
        if sum > SCALE as u32 {
            f[i] -= 1;
        } else {
            f[i] += 1;
        }
    }
}

fn put_table(out: &mut Vec<u8>, f: &[u32; 256]) {
    let syms: Vec<usize> = (0..256).filter(|&s| f[s] > 0).collect();
    out.push((syms.len() - 1) as u8);
    let mut prev = -1i32;
    for s in syms {
        out.push((s as i32 - prev - 1) as u8);
        prev = s as i32;
        let mut v = f[s];
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
}

/// The range-ANS code of `seg` (symbols coded last to first, bytes reversed at the end so the
/// decoder reads them first to last).
fn code(seg: &[u8], freqs: &[[u32; 256]]) -> Vec<u8> {
    let mut starts = vec![[0u32; 256]; freqs.len()];
    for (s, f) in starts.iter_mut().zip(freqs) {
        let mut acc = 0;
        for (s, &f) in s.iter_mut().zip(f) {
            *s = acc;
            acc += f;
        }
    }
    let mut out = Vec::with_capacity(seg.len());
    let mut x = LOW;
    for (i, &b) in seg.iter().enumerate().rev() {
        let t = i % freqs.len();
        let (f, start) = (freqs[t][usize::from(b)], starts[t][usize::from(b)]);
        let x_max = ((LOW >> SCALE_BITS) << 8) * f;
        while x >= x_max {
            out.push(x as u8);
            x >>= 8;
        }
        x = ((x / f) << SCALE_BITS) + (x % f) + start;
    }
    out.extend_from_slice(&x.to_le_bytes());
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &[u8], pieces: &[usize]) -> Vec<u8> {
        let coded = encode(data, pieces);
        assert_eq!(decode(&coded, data.len()).as_deref(), Some(data));
        coded
    }

    #[test]
    fn round_trips_and_codes_each_position_of_a_period_with_its_own_distribution() {
        // Rows of 3 bytes: a near-constant, a skewed small value and a byte of noise.
        let rows: Vec<u8> = (0u32..6000)
            .flat_map(|i| {
                let h = i.wrapping_mul(2_654_435_761);
                [
                    7 + u8::from(h >> 29 == 0),
                    (h >> 20) as u8 & 3,
                    (h >> 8) as u8,
                ]
            })
            .collect();
        let coded = round_trip(&rows, &[rows.len()]);
        // Period 3: about 0.5 + 2 + 8 bits a row; any one distribution over all three
        // would need several bits more per byte.
        assert!(coded.len() < 6000 * 12 / 8, "{}", coded.len());
        assert_eq!(coded[4], 3, "period");
    }

    #[test]
    fn short_pieces_and_noise_are_stored_as_they_are() {
        let noise: Vec<u8> = (0u32..3000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let mut data = b"HEAD".to_vec();
        data.extend_from_slice(&noise);
        data.extend(std::iter::repeat_n(0u8, 1000));
        let coded = round_trip(&data, &[4, 3000, 1000]);
        assert_eq!(&coded[..9], b"\x04\0\0\0\0HEAD");
        assert_eq!(coded[13], 0, "noise stored");
        // A single-symbol segment: a distribution of one symbol and a 4-byte state.
        assert!(coded.len() < 9 + 3005 + 20, "{}", coded.len());
        // Pieces that do not cover the data: one segment.
        round_trip(&data, &[1, 2]);
        round_trip(b"", &[]);
        round_trip(b"x", &[1]);
    }

    #[test]
    fn damaged_input_gives_none_or_bytes_never_a_panic() {
        let data: Vec<u8> = (0u32..2000)
            .map(|i| (i % 7) as u8 * (i % 3) as u8)
            .collect();
        let coded = encode(&data, &[2000]);
        for cut in [0, 3, 5, 9, coded.len() / 2, coded.len() - 1] {
            let _ = decode(&coded[..cut], data.len());
        }
        for i in 0..coded.len() {
            let mut bad = coded.clone();
            bad[i] ^= 0x5a;
            let _ = decode(&bad, data.len());
        }
        assert_eq!(decode(&coded, data.len() + 1), None, "longer than stored");
    }
}
