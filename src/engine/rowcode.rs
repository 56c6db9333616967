//! The front-coded name and city tables stored for a small download *and* a fast first
//! analysis: a static (two-pass, stored) context model over the rows, range-ANS coded.
//!
//! An adaptive `Rows` coder (in `super::stored` until session 14) predicted each byte of a front-coded table (per row: how many
//! leading bytes it shares with the row before, the rest of the row, `\n`; `build.rs`) from
//! what comes before it in its row, with adaptive bit counters: small, but some 50
//! instructions a bit (natively ~96 M instructions for the three tables, most of a first
//! analysis). This coder keeps those row contexts and counts the bytes of each in a first
//! pass; the counts (rounded to powers of two) are stored, and each byte is then one table
//! look-up and a multiply, as in `super::rans`. Contexts:
//! - a row's shared count: by the length of the row before (0..15, longer rows share 15);
//! - a row's first new byte: by the byte of the row before that it replaces (rows are sorted,
//!   so it is a later letter), split where that is frequent by the last shared byte;
//! - every other byte: by the byte before it, split where that is frequent by the one before.
//!
//! A context seen too rarely to pay for its distribution shares one fallback distribution.
//!
//! Stored form: the header's length (u32 LE) and its `super::rans` code's length (u32 LE),
//! that code, then the bytes' code (the coder's 32-bit state first, big-endian). The header:
//! per first-level context (`LEVEL1` of them) a byte (0: fallback, bit 0: its own
//! distribution, bit 1: split), then per split context how many splits less one and the
//! splits' second bytes as gaps less one; per distribution (the fallback first, then in
//! context order each context's own before its splits) how many symbols less one; then all
//! symbols as gaps less one; then all rounded log2 counts. Each of those five stretches has
//! its own byte distribution in the header's code.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so the writer and the reader cannot
//! drift apart.

/// Frequencies are in 1/2^SCALE_BITS: tables of 1,024 slots (4 KB), built once per stream.
const SCALE_BITS: u32 = 10;
const SCALE: usize = 1 << SCALE_BITS;
const MASK: u32 = SCALE as u32 - 1;
/// Lower bound of the coder's state after each step (byte-wise renormalisation).
const LOW: u32 = 1 << 23;
/// First-level contexts: 16 shared-count contexts, 256 first-new-byte contexts, 256
/// after-a-byte contexts.
const LEVEL1: usize = 16 + 256 + 256;
const REPLACED: usize = 16;
const AFTER: usize = 16 + 256;
/// No second-level map for a context.
const NONE: u32 = u32::MAX;

/// The row state both sides keep: the context of the next byte.
struct Ctx {
    prev: Vec<u8>,
    row: Vec<u8>,
    at_count: bool,
    /// First-level context and second byte of the next byte.
    c1: usize,
    z: u8,
}

impl Ctx {
    fn new() -> Ctx {
        Ctx {
            prev: Vec::new(),
            row: Vec::with_capacity(64),
            at_count: true,
            c1: 0,
            z: 0,
        }
    }

    /// Reads byte `b` and chooses the context of the next one.
    #[inline(always)] // the crate is built for size ("s"); this runs per byte
    fn push(&mut self, b: u8) {
        if self.at_count {
            let shared = usize::from(b).min(self.prev.len());
            self.row.clear();
            self.row.extend_from_slice(&self.prev[..shared]);
            self.at_count = false;
            self.c1 = REPLACED + usize::from(self.prev.get(shared).copied().unwrap_or(b'\n'));
            self.z = self.row.last().copied().unwrap_or(0);
        } else if b == b'\n' {
            std::mem::swap(&mut self.prev, &mut self.row);
            self.at_count = true;
            self.c1 = self.prev.len().min(15);
            self.z = 0;
        } else {
            self.z = self.row.last().copied().unwrap_or(0);
            self.row.push(b);
            self.c1 = AFTER + usize::from(b);
        }
    }
}

/// Which distribution each context uses: `first[c1]` for a context without splits (or its
/// second bytes without one), `zmap[second[c1] + z]` for a split one.
struct Map {
    first: Vec<u16>,
    second: Vec<u32>,
    zmap: Vec<u16>,
}

impl Map {
    #[inline(always)] // the crate is built for size ("s"); this runs per byte
    fn table(&self, c: &Ctx) -> usize {
        match self.second[c.c1] {
            NONE => usize::from(self.first[c.c1]),
            at => usize::from(self.zmap[at as usize + usize::from(c.z)]),
        }
    }
}

/// Decodes `len` bytes that [`encode`] wrote; `None` for bytes it did not write.
pub fn decode(coded: &[u8], len: usize) -> Option<Vec<u8>> {
    let hlen = u32::from_le_bytes(coded.get(..4)?.try_into().ok()?) as usize;
    let hcoded = u32::from_le_bytes(coded.get(4..8)?.try_into().ok()?) as usize;
    let header = super::rans::decode(coded.get(8..8usize.checked_add(hcoded)?)?, hlen)?;
    let (map, tables) = read_header(&header)?;
    let src = &coded[8 + hcoded..];
    body(src, &map, &tables, len)
}

/// The bytes' code. Never inlined, so that V8 switches to its optimised code for the loop.
#[inline(never)]
fn body(src: &[u8], map: &Map, tables: &[u32], len: usize) -> Option<Vec<u8>> {
    let mut x = u32::from_be_bytes(src.get(..4)?.try_into().ok()?);
    if x < LOW {
        return None;
    }
    let mut at = 4;
    let mut out = vec![0u8; len];
    let mut ctx = Ctx::new();
    for slot in out.iter_mut() {
        let t = map.table(&ctx) * SCALE;
        let e = *tables.get(t + (x & MASK) as usize)?;
        x = (((e >> 12) & 0xfff) + 1) * (x >> SCALE_BITS) + (e & 0xfff);
        while x < LOW {
            x = (x << 8) | u32::from(src.get(at).copied().unwrap_or(0));
            at += 1;
        }
        let b = (e >> 24) as u8;
        *slot = b;
        ctx.push(b);
    }
    Some(out)
}

/// Reads the header: the context map and every distribution's decoding table (`SCALE` slots
/// each: the symbol in bits 24..32, its frequency less one in 12..24, the slot's offset from
/// the symbol's start in 0..12). Plain loops: this runs once, and iterator adapters cost
/// code in the wasm.
fn read_header(h: &[u8]) -> Option<(Map, Vec<u32>)> {
    let mut map = Map {
        first: vec![0; LEVEL1],
        second: vec![NONE; LEVEL1],
        zmap: Vec::new(),
    };
    let mut at = LEVEL1;
    let mut n_tables = 1usize;
    for c1 in 0..LEVEL1 {
        let f = *h.get(c1)?;
        if f & 1 != 0 {
            map.first[c1] = n_tables as u16;
            n_tables += 1;
        }
        if f & 2 != 0 {
            let base = map.zmap.len();
            map.second[c1] = base as u32;
            map.zmap.resize(base + 256, map.first[c1]);
            let n = usize::from(*h.get(at)?) + 1;
            let mut z = 0usize;
            for i in 0..n {
                z += usize::from(*h.get(at + 1 + i)?) + usize::from(i > 0);
                *map.zmap.get_mut(base + z)? = n_tables as u16;
                n_tables += 1;
            }
            at += 1 + n;
        }
    }
    if n_tables > usize::from(u16::MAX) {
        return None;
    }
    // Then per table its symbol count; all gaps; all exponents.
    let mut total = 0;
    for t in 0..n_tables {
        total += usize::from(*h.get(at + t)?) + 1;
    }
    let (mut ks, mut gaps) = (at, at + n_tables);
    let mut qs = gaps + total;
    if h.len() < qs + total {
        return None;
    }
    let mut tables = vec![0u32; n_tables * SCALE];
    let mut f = [0u32; 256];
    for t in 0..n_tables {
        let k = usize::from(h[ks]) + 1;
        ks += 1;
        frequencies(&h[qs..qs + k], &mut f)?;
        qs += k;
        let (mut sym, mut start) = (0usize, t * SCALE);
        for (i, &f) in f[..k].iter().enumerate() {
            sym += usize::from(h[gaps]) + usize::from(i > 0);
            gaps += 1;
            if sym > 255 {
                return None;
            }
            for off in 0..f {
                tables[start + off as usize] = (sym as u32) << 24 | (f - 1) << 12 | off;
            }
            start += f as usize;
        }
    }
    Some((map, tables))
}

/// Writes to `f` the frequencies (in 1/`SCALE`, summing to `SCALE`, each at least 1) of the
/// symbols whose counts were rounded to `2^q`: proportional, then the largest takes up the
/// difference. `None` for no symbol, more than 256 or an exponent over 40.
fn frequencies(q: &[u8], f: &mut [u32; 256]) -> Option<()> {
    if q.is_empty() {
        return None;
    }
    let mut total = 0u64;
    for &q in q {
        if q > 40 {
            return None;
        }
        total += 1 << q;
    }
    let f = f.get_mut(..q.len())?;
    let mut sum = 0;
    for (f, &q) in f.iter_mut().zip(q) {
        *f = (((1u64 << q) * SCALE as u64 / total) as u32).max(1);
        sum += *f;
    }
    while sum != SCALE as u32 {
        // The first of the largest: the same on both sides.
        let mut big = 0;
        for i in 1..f.len() {
            if f[i] > f[big] {
                big = i;
            }
        }
        if sum < SCALE as u32 {
            f[big] += SCALE as u32 - sum;
            sum = SCALE as u32;
        } else {
            let cut = (sum - SCALE as u32).min(f[big] - 1);
            f[big] -= cut;
            sum -= cut;
        }
    }
    Some(())
}

/// Codes `data` (see the module docs): the context choice with the smallest result among a
/// few thresholds.
#[allow(dead_code)] // used by build.rs and the tests
pub fn encode(data: &[u8]) -> Vec<u8> {
    let mut best: Option<Vec<u8>> = None;
    for split in [200, 300, 500, 1000, usize::MAX] {
        for own in [10, 20, 30, 40, 80] {
            let coded = encode_with(data, split, own);
            if best.as_ref().is_none_or(|b| coded.len() < b.len()) {
                best = Some(coded);
            }
        }
    }
    best.unwrap_or_default()
}

/// [`encode`] with a second byte's own distribution from `split` bytes in its context and a
/// context's own from `own`.
fn encode_with(data: &[u8], split: usize, own: usize) -> Vec<u8> {
    // First pass: each byte's context.
    let mut ctx = Ctx::new();
    let mut at: Vec<(usize, u8)> = Vec::with_capacity(data.len());
    for &b in data {
        at.push((ctx.c1, ctx.z));
        ctx.push(b);
    }
    let mut n2 = vec![0usize; LEVEL1 * 256];
    for &(c1, z) in &at {
        n2[c1 * 256 + usize::from(z)] += 1;
    }
    // The split contexts (never the shared counts'), then what is left of each context.
    let is_split = |c1: usize, z: u8| c1 >= REPLACED && n2[c1 * 256 + usize::from(z)] >= split;
    let mut n1 = vec![0usize; LEVEL1];
    for &(c1, z) in &at {
        if !is_split(c1, z) {
            n1[c1] += 1;
        }
    }
    let mut header = Vec::new();
    let mut splits = Vec::new();
    let mut table_of = vec![0usize; LEVEL1 * 256];
    let mut n_tables = 1;
    for c1 in 0..LEVEL1 {
        let has_own = n1[c1] >= own;
        let zs: Vec<u8> = (0..=255u8).filter(|&z| is_split(c1, z)).collect();
        header.push(u8::from(has_own) | u8::from(!zs.is_empty()) << 1);
        let first = if has_own { n_tables } else { 0 };
        n_tables += usize::from(has_own);
        for z in 0..256 {
            table_of[c1 * 256 + z] = first;
        }
        if !zs.is_empty() {
            splits.push((zs.len() - 1) as u8);
            let mut prev = -1i32;
            for &z in &zs {
                splits.push((i32::from(z) - prev - 1) as u8);
                prev = i32::from(z);
                table_of[c1 * 256 + usize::from(z)] = n_tables;
                n_tables += 1;
            }
        }
    }
    header.extend_from_slice(&splits);
    let mut counts = vec![[0u32; 256]; n_tables];
    for (&(c1, z), &b) in at.iter().zip(data) {
        counts[table_of[c1 * 256 + usize::from(z)]][usize::from(b)] += 1;
    }
    // A distribution of no bytes (the fallback, when every context has its own) holds one.
    counts[0][0] += u32::from(counts[0].iter().all(|&c| c == 0));
    let mut ks = Vec::new();
    let (mut gaps, mut qs) = (Vec::new(), Vec::new());
    let mut freqs = Vec::with_capacity(n_tables);
    for c in &counts {
        let syms: Vec<usize> = (0..256).filter(|&s| c[s] > 0).collect();
        ks.push((syms.len() - 1) as u8);
        let mut prev = -1i32;
        let n: Vec<u32> = syms.iter().map(|&s| c[s]).collect();
        let q = rounded_counts(&n);
        let mut f = [0u32; 256];
        frequencies(&q, &mut f).expect("at most 256 symbols");
        let mut table = [(0u32, 0u32); 256];
        let mut start = 0;
        for ((&s, &q), &f) in syms.iter().zip(&q).zip(&f[..q.len()]) {
            gaps.push((s as i32 - prev - 1) as u8);
            prev = s as i32;
            qs.push(q);
            table[s] = (f, start);
            start += f;
        }
        freqs.push(table);
    }
    let pieces = [LEVEL1, splits.len(), ks.len(), gaps.len(), qs.len()];
    header.extend_from_slice(&ks);
    header.extend_from_slice(&gaps);
    header.extend_from_slice(&qs);
    let hcoded = super::rans::encode(&header, &pieces);
    // Second pass: the bytes, last to first (range ANS), reversed at the end.
    let mut code = Vec::with_capacity(data.len() / 2);
    let mut x = LOW;
    for (&(c1, z), &b) in at.iter().zip(data).rev() {
        let (f, start) = freqs[table_of[c1 * 256 + usize::from(z)]][usize::from(b)];
        let x_max = ((LOW >> SCALE_BITS) << 8) * f;
        while x >= x_max {
            code.push(x as u8);
            x >>= 8;
        }
        x = ((x / f) << SCALE_BITS) + (x % f) + start;
    }
    code.extend_from_slice(&x.to_le_bytes());
    code.reverse();
    let mut out = Vec::with_capacity(8 + hcoded.len() + code.len());
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&(hcoded.len() as u32).to_le_bytes());
    out.extend_from_slice(&hcoded);
    out.extend_from_slice(&code);
    out
}

/// The exponents `q` (counts rounded to `2^q`) that code `counts` in the fewest bits: each
/// count's nearest power of two, then moved up or down one at a time while that saves bits.
fn rounded_counts(counts: &[u32]) -> Vec<u8> {
    let bits = |q: &[u8]| -> f64 {
        let mut f = [0u32; 256];
        frequencies(q, &mut f).expect("at most 256 symbols");
        counts
            .iter()
            .zip(&f)
            .map(|(&c, &f)| f64::from(c) * (SCALE as f64 / f64::from(f)).log2())
            .sum()
    };
    let mut q: Vec<u8> = counts
        .iter()
        .map(|&c| (f64::from(c).log2() + 0.5).floor() as u8)
        .collect();
    let mut cost = bits(&q);
    for _ in 0..3 {
        let mut better = false;
        for i in 0..q.len() {
            for step in [-1i32, 1] {
                let was = q[i];
                let Ok(to) = u8::try_from(i32::from(was) + step) else {
                    continue;
                };
                q[i] = to.min(40);
                let c = bits(&q);
                if c + 1e-9 < cost {
                    cost = c;
                    better = true;
                } else {
                    q[i] = was;
                }
            }
        }
        if !better {
            break;
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A front-coded table as `build.rs` writes it, of invented rows.
    fn table(rows: usize) -> Vec<u8> {
        let mut names: Vec<String> = (0..rows as u32)
            .map(|i| {
                let h = i.wrapping_mul(2_654_435_761);
                let syl = ["ka", "ro", "mel", "vin", "da", "sto", "ri", "lu"];
                let mut s = String::new();
                for j in 0..(2 + h % 3) {
                    s.push_str(syl[((h >> (3 * j + 5)) & 7) as usize]);
                }
                let mut c = s.chars();
                let first = c.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
                format!(
                    "{first}{}\t{}",
                    c.as_str(),
                    ["DE", "FR", "NG"][(h >> 29) as usize % 3]
                )
            })
            .collect();
        names.sort();
        let mut out = Vec::new();
        let mut prev: &[u8] = &[];
        for row in &names {
            let row = row.as_bytes();
            let shared = prev.iter().zip(row).take_while(|(a, b)| a == b).count();
            out.push(shared as u8);
            out.extend_from_slice(&row[shared..]);
            out.push(b'\n');
            prev = row;
        }
        out
    }

    #[test]
    fn round_trips_a_front_coded_table_in_well_under_its_size() {
        let data = table(3000);
        let coded = encode(&data);
        assert_eq!(decode(&coded, data.len()).as_deref(), Some(&data[..]));
        assert!(
            coded.len() < data.len() / 3,
            "{} of {}",
            coded.len(),
            data.len()
        );
    }

    #[test]
    fn round_trips_bytes_that_are_no_table() {
        let noise: Vec<u8> = (0u32..5000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for data in [
            &b""[..],
            b"\0",
            b"\n\n\n",
            b"\xff\xff\n\x09ab\x00\n\xc3\xa9",
            &noise,
        ] {
            assert_eq!(decode(&encode(data), data.len()).as_deref(), Some(data));
        }
    }

    #[test]
    fn damaged_input_gives_none_or_bytes_never_a_panic() {
        let data = table(300);
        let coded = encode(&data);
        for cut in [0, 3, 7, 9, coded.len() / 2, coded.len() - 1] {
            let _ = decode(&coded[..cut], data.len());
        }
        for i in (0..coded.len()).step_by(7) {
            let mut bad = coded.clone();
            bad[i] ^= 0x5a;
            let _ = decode(&bad, data.len());
        }
    }

    #[test]
    fn frequencies_fill_the_scale_and_keep_every_symbol() {
        let mut f = [0u32; 256];
        for q in [&[0u8][..], &[0; 256], &[20, 0, 0, 0], &[3, 3, 3], &[40; 5]] {
            frequencies(q, &mut f).expect("valid");
            assert_eq!(f[..q.len()].iter().sum::<u32>(), SCALE as u32);
            assert!(f[..q.len()].iter().all(|&f| f >= 1));
        }
        assert_eq!(frequencies(&[41], &mut f), None);
        assert_eq!(frequencies(&[0; 257], &mut f), None);
    }
}
