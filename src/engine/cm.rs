//! Compiled-in tables and models stored for a smaller download: a small context-mixing coder.
//!
//! The browser downloads the wasm gzip-compressed, and gzip (LZ77 + Huffman codes) leaves a
//! lot on the table for two kinds of data: bytes with a skewed distribution (the weights and
//! byte planes of `data/models/*.bin`: a Huffman code spends at least one bit per byte) and
//! word lists (where the last bytes predict the next). An adaptive binary arithmetic coder
//! does better on both: [`Mode::Order0`] codes each bit with a counter chosen by the bits of
//! its byte so far (models: about 10% below gzip; they are now stored [`Mode::Static`],
//! `super::rans`, smaller still and far faster to decode); [`Mode::Mixed`] also predicts from the last
//! one and two bytes and mixes the three predictions in the logistic domain (the scheme of
//! `lpaq1`, much reduced; the front-coded name and city tables: about 19% below gzip).
//! `build.rs` writes each stream with [`encode`] (and checks that [`decode`] gives back the same
//! bytes); the loaders decode once, on first use.
//!
//! Stored form: the mode byte, the decoded length (u32 LE), then the arithmetic-coded bits,
//! most significant bit of each byte first. Every step is integer arithmetic (no floating
//! point), so the writer (native, in `build.rs`) and the reader (wasm) compute the same
//! predictions.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so the writer and the reader cannot
//! drift apart.
//!
//! Architecture invariant: a pure storage transform; what a loader reads is, byte for byte,
//! what `build.rs` encoded.

/// Slots of the order-2 table (hashed; a power of two): 2^18 × 4 bytes = 1 MB while decoding.
const O2_BITS: u32 = 18;
const O2_SLOTS: usize = 1 << O2_BITS;
/// A counter's adaptation slows down to 1 / (LIMIT + 1.5).
const LIMIT: u32 = 60;
/// Mixer learning rate: weights move by input × error >> LR_SHIFT.
const LR_SHIFT: i32 = 10;
/// Mixer inputs: orders 0, 1 and 2, and a bias.
const INPUTS: usize = 4;

/// Logistic function on the stretched domain: `d` in 1/256ths (clamped to ±2047), result
/// a probability in 1/4096ths. Interpolated from `lpaq1`'s table: integers only.
#[inline(always)] // the crate is built for size ("s"); these run per bit
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994,
        3348, 3607, 3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
}

/// One adaptive bit counter: probability of a 1 (1/65536ths) << 16 | update count.
type Counter = u32;

/// Moves `c` towards `bit`, fast while it has seen few bits.
#[inline(always)] // the crate is built for size ("s"); these run per bit
fn adapt(c: &mut Counter, bit: u32, rate: &[i32; LIMIT as usize + 1]) {
    let n = (*c & 255).min(LIMIT);
    let p = (*c >> 16) as i32;
    let target = if bit == 1 { 65535 } else { 0 };
    let p = p + (((target - p) * rate[n as usize]) >> 16);
    *c = (p as u32) << 16 | (n + 1).min(LIMIT);
}

/// The model: adaptive bit counters chosen by the bits of the current byte so far (order 0),
/// and for [`Mode::Mixed`] the orders 1 and 2 and their mixer ([`Mix`]), allocated only then.
struct Model {
    o0: [Counter; 256],
    /// 65536 / (n + 1.5) for each count `n`.
    rate: [i32; LIMIT as usize + 1],
    /// Partial byte: 1 followed by the bits seen so far.
    c0: u32,
    /// Orders 1 and 2 and the mixer: `Some` for [`Mode::Mixed`] only (1.25 MB of tables that
    /// an order-0 stream would only fill and drop).
    mix: Option<Box<Mix>>,
    /// For [`Mode::Rows`] only: the counters chosen by the rows read so far, used instead of
    /// [`Model::o0`].
    rows: Option<Box<Rows>>,
}

/// Contexts of [`Mode::Rows`]: after a byte (0..256), the first byte after a row's shared
/// count, by the byte of the row before that it replaces (256..512), a shared count (512).
const ROW_CONTEXTS: usize = 513;

/// [`Mode::Rows`]: a front-coded table (per row, how many leading bytes it shares with the
/// row before, the rest of the row, `\n`; `build.rs`) read row by row, so that each byte is
/// predicted from what comes before it in its own row, not from the shared count: a row's
/// first new byte from the byte of the row before that it replaces (rows are sorted, so it is
/// a later letter), every other byte from the byte before it.
struct Rows {
    /// 256 counters per context, indexed by the partial byte.
    counters: Vec<Counter>,
    /// The row before, and the current one so far (its shared prefix, then its own bytes).
    prev: Vec<u8>,
    row: Vec<u8>,
    /// The next byte is a row's shared count.
    at_count: bool,
    /// Context of the next byte: its 256 counters start at `ctx << 8`.
    ctx: usize,
}

impl Rows {
    fn new() -> Box<Rows> {
        Box::new(Rows {
            counters: vec![HALF; ROW_CONTEXTS << 8],
            prev: Vec::new(),
            row: Vec::new(),
            at_count: true,
            ctx: ROW_CONTEXTS - 1,
        })
    }

    /// The counters of the next byte.
    #[inline(always)] // the crate is built for size ("s"); these run per bit
    fn counters(&mut self) -> &mut [Counter] {
        let at = self.ctx << 8;
        &mut self.counters[at..at + 256]
    }

    /// Reads byte `b` and chooses the context of the next one.
    fn push(&mut self, b: u8) {
        if self.at_count {
            let shared = usize::from(b).min(self.prev.len());
            self.row.clear();
            self.row.extend_from_slice(&self.prev[..shared]);
            self.at_count = false;
            self.ctx = 256 + usize::from(self.prev.get(shared).copied().unwrap_or(b'\n'));
        } else if b == b'\n' {
            std::mem::swap(&mut self.prev, &mut self.row);
            self.at_count = true;
            self.ctx = ROW_CONTEXTS - 1;
        } else {
            self.row.push(b);
            self.ctx = usize::from(b);
        }
    }
}

/// What [`Mode::Mixed`] adds to [`Model`]: counters for two more contexts (the bits of the
/// current byte so far, plus the last byte, or a hash of the last two bytes), mixed with the
/// order-0 prediction in the logistic domain with weights chosen by the partial byte.
struct Mix {
    /// Inverse of [`squash`]: probability (1/4096ths) to stretched domain.
    stretch: [i16; 4096],
    o1: Box<[Counter; 65536]>,
    o2: Box<[Counter; O2_SLOTS]>,
    /// Mixer weights (1/65536ths), one set per partial byte.
    w: [[i32; INPUTS]; 256],
    /// Start of the order-2 bucket of the current half byte (16 slots, one cache line).
    o2_base: usize,
    /// Slots of the order-1 and order-2 counters for the current bit.
    i1: usize,
    i2: usize,
    /// Stretched inputs of the current bit (the last one is the bias).
    st: [i32; INPUTS],
    /// Partial half byte: 1 followed by its bits seen so far (1..=15).
    nib: usize,
    /// The last 2 bytes, the newest in the low byte.
    hist: u32,
    /// Mixer output for the current bit (1/4096ths).
    pr: i32,
}

/// The orders 1 and 2 and the mixer, at their starting state.
fn new_mix() -> Box<Mix> {
    let mut stretch = [2047i16; 4096];
    let mut pi = 0usize;
    for x in -2047..=2047 {
        let v = squash(x) as usize;
        for s in stretch.iter_mut().take(v + 1).skip(pi) {
            *s = x as i16;
        }
        pi = pi.max(v + 1);
    }
    Box::new(Mix {
        stretch,
        o1: counters(),
        o2: counters(),
        w: [[65536 / 3; INPUTS]; 256],
        o2_base: 0,
        i1: 0,
        i2: 0,
        st: [0; INPUTS],
        nib: 1,
        hist: 0,
        pr: 2048,
    })
}

/// A boxed array of `N` counters at one half (built on the heap: the order-2 table is 1 MB).
fn counters<const N: usize>() -> Box<[Counter; N]> {
    vec![HALF; N]
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("the vector has N slots"))
}

/// A counter at probability 1/2, count 0.
const HALF: Counter = 0x8000_0000;

impl Model {
    fn new(mode: Mode) -> Model {
        let mut rate = [0i32; LIMIT as usize + 1];
        for (n, r) in rate.iter_mut().enumerate() {
            *r = 65536 * 2 / (2 * n as i32 + 3);
        }
        let mut m = Model {
            o0: [HALF; 256],
            rate,
            c0: 1,
            mix: (mode == Mode::Mixed).then(new_mix),
            rows: (mode == Mode::Rows).then(Rows::new),
        };
        m.rebase();
        m.predict();
        m
    }

    /// Probability that the next bit is 1, in 1/65536ths (never 0 or 65536).
    #[inline(always)] // the crate is built for size ("s"); these run per bit
    fn p16(&mut self) -> u32 {
        match &self.mix {
            Some(mix) => (mix.pr as u32) << 4,
            None => {
                let c0 = self.c0 as usize & 255;
                (self.direct()[c0] >> 16).clamp(16, 65520)
            }
        }
    }

    /// The counters of the current byte for [`Mode::Order0`] (always the same 256) and
    /// [`Mode::Rows`] (the 256 of its context), indexed by the partial byte.
    #[inline(always)] // the crate is built for size ("s"); these run per bit
    fn direct(&mut self) -> &mut [Counter] {
        match &mut self.rows {
            Some(rows) => rows.counters(),
            None => &mut self.o0,
        }
    }

    /// Chooses the order-2 bucket for the next half byte.
    fn rebase(&mut self) {
        if let Some(mix) = &mut self.mix {
            let x = ((mix.hist & 0xffff) | self.c0 << 16).wrapping_mul(0x9E37_79B1);
            mix.o2_base = (x >> (32 - O2_BITS)) as usize & (O2_SLOTS - 16);
        }
    }

    #[inline(always)] // the crate is built for size ("s"); these run per bit
    fn predict(&mut self) {
        let Some(mix) = &mut self.mix else {
            return;
        };
        let c0 = self.c0 as usize & 255;
        mix.i1 = ((mix.hist as usize & 255) << 8) | c0;
        mix.i2 = (mix.o2_base + mix.nib) & (O2_SLOTS - 1);
        let st = |c: Counter| i32::from(mix.stretch[(c >> 20) as usize]);
        mix.st = [
            st(self.o0[c0]),
            st(mix.o1[mix.i1 & 65535]),
            st(mix.o2[mix.i2]),
            256,
        ];
        let w = &mix.w[c0];
        let dot: i64 = w
            .iter()
            .zip(mix.st)
            .map(|(&w, s)| i64::from(w) * i64::from(s))
            .sum();
        mix.pr = squash((dot >> 16) as i32).clamp(1, 4095);
    }

    #[inline(always)] // the crate is built for size ("s"); these run per bit
    fn update(&mut self, bit: u32) {
        let c0 = self.c0 as usize & 255;
        let rate = self.rate;
        adapt(&mut self.direct()[c0], bit, &rate);
        self.c0 = (self.c0 << 1) | bit;
        let Some(mix) = &mut self.mix else {
            if self.c0 >= 256 {
                if let Some(rows) = &mut self.rows {
                    rows.push(self.c0 as u8);
                }
                self.c0 = 1;
            }
            return;
        };
        let err = ((bit as i32) << 12) - mix.pr;
        for (wk, sk) in mix.w[c0].iter_mut().zip(mix.st) {
            *wk += (sk * err) >> LR_SHIFT;
        }
        adapt(&mut mix.o1[mix.i1 & 65535], bit, &self.rate);
        adapt(&mut mix.o2[mix.i2], bit, &self.rate);
        mix.nib = (mix.nib << 1) | bit as usize;
        if self.c0 >= 256 {
            mix.hist = (mix.hist << 8) | (self.c0 & 255);
            self.c0 = 1;
        }
        if mix.nib >= 16 {
            mix.nib = 1;
            self.rebase();
        }
        self.predict();
    }
}

/// How a stream is modelled (its first stored byte).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Adaptive order-0 bit counters only: fast to decode (a few ns per bit); for weights,
    /// whose bytes depend little on their neighbours.
    Order0 = 0,
    /// Orders 0, 1 and 2 mixed: about 3× slower; for text.
    Mixed = 1,
    /// The bytes as they are: nothing to decode (for a stream whose decoding time matters
    /// more than its size: `build.rs` stores every stream so in unoptimised builds, and a
    /// kind's constant there can choose it for the app).
    Plain = 2,
    /// Fixed byte distributions per segment and position modulo a period, range-ANS coded
    /// (`super::rans`): for the packed models, as small as [`Mode::Order0`] and decoded with a
    /// table look-up a byte. Written by [`encode_static`].
    Static = 3,
    /// Adaptive bit counters chosen by what comes before a byte in its row of a front-coded
    /// table ([`Rows`]): decoded at about the speed of [`Mode::Order0`]; for the front-coded
    /// name and city tables, 17% below gzip (the mixed model: 19%, at 16 times the time).
    Rows = 4,
    /// The contexts of [`Mode::Rows`] (and a few more), counted in a first pass and stored,
    /// range-ANS coded (`super::rowcode`): for the front-coded name and city tables, as small
    /// as [`Mode::Rows`] and decoded with a table look-up a byte. Written by [`encode`].
    #[allow(dead_code)] // written by build.rs and the tests
    RowsStatic = 5,
}

/// Encodes `data` (see the module docs for the stored form).
#[allow(dead_code)] // used by build.rs and the tests
pub fn encode(data: &[u8], mode: Mode) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2 + 8);
    out.push(mode as u8);
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    match mode {
        Mode::Plain => out.extend_from_slice(data),
        Mode::Static => out.extend_from_slice(&super::rans::encode(data, &[])),
        Mode::RowsStatic => out.extend_from_slice(&super::rowcode::encode(data)),
        Mode::Order0 | Mode::Mixed | Mode::Rows => {}
    }
    if matches!(mode, Mode::Plain | Mode::Static | Mode::RowsStatic) {
        return out;
    }
    let mut m = Model::new(mode);
    let (mut x1, mut x2) = (0u32, u32::MAX);
    for &byte in data {
        for j in (0..8).rev() {
            let bit = u32::from(byte >> j) & 1;
            let xmid = x1 + ((u64::from(x2 - x1) * u64::from(m.p16())) >> 16) as u32;
            if bit == 1 {
                x2 = xmid;
            } else {
                x1 = xmid + 1;
            }
            m.update(bit);
            while (x1 ^ x2) & 0xff00_0000 == 0 {
                out.push((x2 >> 24) as u8);
                x1 <<= 8;
                x2 = (x2 << 8) | 255;
            }
        }
    }
    out.extend_from_slice(&x1.to_be_bytes());
    out
}

/// `data` stored as [`Mode::Static`], cut into segments of the lengths `pieces` (see
/// `super::rans::encode`).
#[allow(dead_code)] // used by build.rs and the tests
pub fn encode_static(data: &[u8], pieces: &[usize]) -> Vec<u8> {
    let mut out = vec![Mode::Static as u8];
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(&super::rans::encode(data, pieces));
    out
}

/// [`decode`], but a [`Mode::Plain`] stream is borrowed where it lies, not copied.
pub fn decoded(stored: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
    if stored.first() == Some(&(Mode::Plain as u8)) {
        let len = u32::from_le_bytes(stored.get(1..5)?.try_into().ok()?) as usize;
        return stored.get(5..)?.get(..len).map(std::borrow::Cow::Borrowed);
    }
    decode(stored).map(std::borrow::Cow::Owned)
}

/// Decodes what [`encode`] wrote; `None` when `stored` is too short to hold a length.
/// Bytes after the end of `stored` read as zeros, so a truncated input gives wrong
/// bytes rather than a panic.
pub fn decode(stored: &[u8]) -> Option<Vec<u8>> {
    let len = u32::from_le_bytes(stored.get(1..5)?.try_into().ok()?) as usize;
    let mode = match stored.first()? {
        0 => Mode::Order0,
        1 => Mode::Mixed,
        2 => return stored.get(5..)?.get(..len).map(<[u8]>::to_vec),
        3 => return super::rans::decode(stored.get(5..)?, len),
        4 => Mode::Rows,
        5 => return super::rowcode::decode(stored.get(5..)?, len),
        _ => return None,
    };
    let mut d = Decoder {
        m: Model::new(mode),
        x1: 0,
        x2: u32::MAX,
        x: 0,
        input: &stored[5..],
        at: 0,
    };
    for _ in 0..4 {
        d.x = (d.x << 8) | d.next_in();
    }
    Some(if mode == Mode::Mixed {
        (0..len).map(|_| d.byte()).collect()
    } else {
        (0..len).map(|_| d.byte_order0()).collect()
    })
}

/// The arithmetic decoder: the model and the coder's interval.
struct Decoder<'a> {
    m: Model,
    x1: u32,
    x2: u32,
    /// The next 32 coded bits.
    x: u32,
    input: &'a [u8],
    at: usize,
}

impl Decoder<'_> {
    /// The next input byte; zeros after the end.
    fn next_in(&mut self) -> u32 {
        let b = self.input.get(self.at).copied().unwrap_or(0);
        self.at = self.at.saturating_add(1);
        u32::from(b)
    }

    /// One decoded byte. Never inlined: V8 runs wasm first with its baseline compiler and
    /// switches to optimised code only between calls, so one call per byte lets decoding
    /// speed up after the first few hundred bytes instead of staying slow to the end (that
    /// made the first analysis in the browser about 0.5 s slower).
    #[inline(never)]
    fn byte(&mut self) -> u8 {
        // Locals, not fields, as in `byte_order0`.
        let (mut x1, mut x2, mut x) = (self.x1, self.x2, self.x);
        let mut byte = 0u32;
        for _ in 0..8 {
            let xmid = x1 + ((u64::from(x2 - x1) * u64::from(self.m.p16())) >> 16) as u32;
            let bit = u32::from(x <= xmid);
            if bit == 1 {
                x2 = xmid;
            } else {
                x1 = xmid + 1;
            }
            self.m.update(bit);
            byte = (byte << 1) | bit;
            while (x1 ^ x2) & 0xff00_0000 == 0 {
                x1 <<= 8;
                x2 = (x2 << 8) | 255;
                x = (x << 8) | self.next_in();
            }
        }
        (self.x1, self.x2, self.x) = (x1, x2, x);
        byte as u8
    }

    /// [`Decoder::byte`] for [`Mode::Order0`] and [`Mode::Rows`], without the mixer's
    /// bookkeeping: the same counters and the same arithmetic as [`Model::p16`] and
    /// [`Model::update`] there, about three times faster.
    #[inline(never)]
    fn byte_order0(&mut self) -> u8 {
        // Locals, not fields: the counters are written through `self` too, which would make
        // the compiler store and reload the interval on every bit.
        let (mut x1, mut x2, mut x) = (self.x1, self.x2, self.x);
        let rate = &self.m.rate;
        let counters: &mut [Counter] = match &mut self.m.rows {
            Some(rows) => rows.counters(),
            None => &mut self.m.o0,
        };
        let mut c0 = 1usize;
        while c0 < 256 {
            let c = &mut counters[c0];
            let p = (*c >> 16).clamp(16, 65520);
            let xmid = x1 + ((u64::from(x2 - x1) * u64::from(p)) >> 16) as u32;
            let bit = u32::from(x <= xmid);
            if bit == 1 {
                x2 = xmid;
            } else {
                x1 = xmid + 1;
            }
            adapt(c, bit, rate);
            c0 = (c0 << 1) | bit as usize;
            while (x1 ^ x2) & 0xff00_0000 == 0 {
                x1 <<= 8;
                x2 = (x2 << 8) | 255;
                let b = self.input.get(self.at).copied().unwrap_or(0);
                self.at = self.at.saturating_add(1);
                x = (x << 8) | u32::from(b);
            }
        }
        (self.x1, self.x2, self.x) = (x1, x2, x);
        if let Some(rows) = &mut self.m.rows {
            rows.push(c0 as u8);
        }
        c0 as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text_binary_and_empty_in_both_modes() {
        let text = b"Aalborg\tDK\nAarhus\tDK\nAbidjan\tCI\n".repeat(20);
        let binary: Vec<u8> = (0u32..5000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for mode in [
            Mode::Order0,
            Mode::Mixed,
            Mode::Plain,
            Mode::Static,
            Mode::Rows,
            Mode::RowsStatic,
        ] {
            for data in [&text[..], &binary[..], b"", b"\0", b"\xff\xff\xff\xff\xff"] {
                let stored = encode(data, mode);
                assert_eq!(stored[0], mode as u8);
                assert_eq!(decode(&stored).as_deref(), Some(data), "{mode:?}");
                assert_eq!(decoded(&stored).as_deref(), Some(data), "{mode:?}");
            }
        }
        // Text: the mixed model sees the repeats, order 0 only the letter frequencies.
        let mixed = encode(&text, Mode::Mixed).len();
        let order0 = encode(&text, Mode::Order0).len();
        assert!(mixed < text.len() / 8 && mixed < order0, "{mixed} {order0}");
    }

    #[test]
    fn rows_mode_reads_front_coded_rows_and_any_other_bytes() {
        // Front-coded as build.rs writes it: shared count, rest of the row, newline.
        let mut table = Vec::new();
        for i in 0u32..400 {
            let row = format!(
                "Aal{}borg{}\tD{}",
                i % 7,
                i * 13 % 97,
                (b'A' + (i % 26) as u8) as char
            );
            table.push(if i == 0 { 0 } else { 3 });
            table.extend_from_slice(&row.as_bytes()[if i == 0 { 0 } else { 3 }..]);
            table.push(b'\n');
        }
        let rows = encode(&table, Mode::Rows);
        assert_eq!(decode(&rows).as_deref(), Some(&table[..]));
        // It reads each row's letters after the letters before them, not after the count.
        assert!(
            rows.len() < encode(&table, Mode::Order0).len(),
            "{}",
            rows.len()
        );
        // Counts past the row before, bytes that are no table, a cut stream: bytes, no panic.
        let odd = b"\xff\xff\n\x09ab\x00\n\xc3\xa9";
        assert_eq!(decode(&encode(odd, Mode::Rows)).as_deref(), Some(&odd[..]));
        let cut = encode(&table, Mode::Rows);
        assert_eq!(
            decode(&cut[..cut.len() / 2]).map(|d| d.len()),
            Some(table.len())
        );
    }

    #[test]
    fn skewed_bytes_take_less_than_a_bit_each() {
        // Mostly zeros with a few small values, like the high bytes of sorted keys: a
        // Huffman code cannot go below one bit per byte, the counters can.
        let data: Vec<u8> = (0u32..20_000)
            .map(|i| u8::from(i.wrapping_mul(2_654_435_761) >> 28 == 0))
            .collect();
        let stored = encode(&data, Mode::Order0);
        assert!(stored.len() < data.len() / 8, "{}", stored.len());
        assert_eq!(decode(&stored), Some(data));
    }

    #[test]
    fn short_or_damaged_input_gives_none_or_bytes_not_a_panic() {
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"\x01\x01\x00"), None);
        assert_eq!(decode(b"\x07\x00\x00\x00\x00"), None, "unknown mode");
        assert_eq!(decode(b"\x02\x03\x00\x00\x00ab"), None, "plain, cut short");
        let stored = encode(b"Lisbon\tPT\nPorto\tPT\n", Mode::Mixed);
        let decoded = decode(&stored[..stored.len() - 3]).expect("length is present");
        assert_eq!(decoded.len(), 19);
    }

    #[test]
    fn squash_is_monotonic_and_bounded() {
        let mut last = 0;
        for d in -2100..2100 {
            let p = squash(d);
            assert!((1..=4095).contains(&p) && p >= last, "d={d} p={p}");
            last = p;
        }
    }
}
