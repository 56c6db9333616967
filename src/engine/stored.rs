//! Compiled-in tables and models stored for a smaller download: one mode byte, the decoded
//! length, then the payload.
//!
//! The browser downloads the wasm gzip-compressed, and gzip (LZ77 + Huffman codes) leaves a
//! lot on the table for two kinds of data: bytes with a skewed distribution (the weights and
//! byte planes of `data/models/*.bin`: a Huffman code spends at least one bit per byte) and
//! front-coded word lists (where the letters before a byte in its row predict it). Both are
//! range-ANS coded with fixed distributions stored beside them, so decoding is a table look-up
//! a byte: [`Mode::Static`] (`super::rans`, per segment and position modulo a period; the
//! packed models) and [`Mode::RowsStatic`] (`super::rowcode`, per row context; the front-coded
//! name and city tables). Until session 14 this module also held an adaptive binary arithmetic
//! coder (order 0, orders 0–2 mixed, row contexts); nothing had been stored with it since the
//! static coders matched its size at a fraction of the decoding time, and it was dropped for
//! the download (git history has it).
//!
//! Stored form: the mode byte, the decoded length (u32 LE), then the mode's payload. Every
//! step is integer arithmetic, so the writer (native, in `build.rs`) and the reader (wasm)
//! agree byte for byte. `build.rs` writes each stream with [`encode`] or [`encode_static`] and
//! checks that [`decode`] gives back the same bytes; the loaders decode once, on first use.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so the writer and the reader cannot
//! drift apart.
//!
//! Architecture invariant: a pure storage transform; what a loader reads is, byte for byte,
//! what `build.rs` encoded.

/// How a stream is stored (its first stored byte). Bytes 0, 1 and 4 were the adaptive
/// coder's modes and are no longer read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The bytes as they are: nothing to decode (for a stream whose decoding time matters
    /// more than its size: `build.rs` stores every stream so in unoptimised builds).
    Plain = 2,
    /// Fixed byte distributions per segment and position modulo a period, range-ANS coded
    /// (`super::rans`): for the packed models. Written by [`encode_static`].
    Static = 3,
    /// Fixed distributions per row context of a front-coded table (what comes before a byte
    /// in its row), counted in a first pass and stored, range-ANS coded (`super::rowcode`):
    /// for the front-coded name and city tables. Written by [`encode`].
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
    }
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

/// Decodes what [`encode`] wrote; `None` when `stored` is too short to hold a length, a
/// [`Mode::Plain`] stream is cut short, or the mode byte is unknown (the coders' own
/// damaged-input behaviour is in `super::rans` and `super::rowcode`).
pub fn decode(stored: &[u8]) -> Option<Vec<u8>> {
    let len = u32::from_le_bytes(stored.get(1..5)?.try_into().ok()?) as usize;
    let payload = stored.get(5..)?;
    match stored.first()? {
        2 => payload.get(..len).map(<[u8]>::to_vec),
        3 => super::rans::decode(payload, len),
        5 => super::rowcode::decode(payload, len),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text_binary_and_empty_in_every_mode() {
        let text = b"Aalborg\tDK\nAarhus\tDK\nAbidjan\tCI\n".repeat(20);
        let binary: Vec<u8> = (0u32..5000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for mode in [Mode::Plain, Mode::Static, Mode::RowsStatic] {
            for data in [&text[..], &binary[..], b"", b"\0", b"\xff\xff\xff\xff\xff"] {
                let stored = encode(data, mode);
                assert_eq!(stored[0], mode as u8);
                assert_eq!(decode(&stored).as_deref(), Some(data), "{mode:?}");
                assert_eq!(decoded(&stored).as_deref(), Some(data), "{mode:?}");
            }
        }
        // The coded modes see the skew: repeated rows take far less than their bytes.
        for mode in [Mode::Static, Mode::RowsStatic] {
            let len = encode(&text, mode).len();
            assert!(len < text.len() / 2, "{mode:?}: {len}");
        }
    }

    #[test]
    fn short_damaged_or_retired_input_gives_none_not_a_panic() {
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"\x03\x01\x00"), None, "no room for a length");
        assert_eq!(decode(b"\x07\x00\x00\x00\x00"), None, "unknown mode");
        assert_eq!(
            decode(b"\x01\x00\x00\x00\x00"),
            None,
            "the retired mixed mode"
        );
        assert_eq!(decode(b"\x02\x03\x00\x00\x00ab"), None, "plain, cut short");
        let stored = encode(b"Lisbon\tPT\nPorto\tPT\n", Mode::Static);
        let _ = decode(&stored[..stored.len() - 3]);
    }
}
