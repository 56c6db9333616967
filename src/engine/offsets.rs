//! Byte offsets (inside the engine) → code point and UTF-16 offsets (in results).
//!
//! Architecture invariant: the map costs a fixed fraction of the text, not words
//! per character. It keeps one checkpoint every 64 bytes and counts the
//! characters between a checkpoint and the offset asked for, so it takes about
//! 16 / 64 = 0.25 bytes per byte of text (a map of three machine words per
//! character took 24 bytes per byte and was the largest allocation of an
//! analysis), and a lookup scans at most 64 bytes.

use super::compose::Shifts;

/// Bytes of text between two checkpoints.
const BLOCK: usize = 64;

/// Code point and UTF-16 counts of the text before one checkpoint.
#[derive(Debug, Clone, Copy, Default)]
struct Checkpoint {
    /// Code points before the checkpoint.
    chars: usize,
    /// UTF-16 code units before the checkpoint.
    units: usize,
}

/// Maps byte offsets of one text to code point and UTF-16 offsets.
///
/// Built once per document in linear time; each lookup scans at most 64 bytes.
/// Offsets past the end clamp to the end; an offset inside a character
/// (never produced by the engine) rounds down to that character's start.
pub struct OffsetMap<'a> {
    text: &'a str,
    /// Entry `k`: counts before the character boundary at or just below byte `k * BLOCK`.
    marks: Vec<Checkpoint>,
    /// When the engine read a composed copy of `text` (`compose`): its byte offsets → `text`'s.
    shifts: Shifts,
}

/// Code points and UTF-16 units in `s`, counted on its bytes (no char decoding): every byte that
/// is not a continuation byte starts a code point, and each 4-byte sequence (lead byte 0xF0 or
/// above) is two UTF-16 units. Same answer as summing `chars()` and `len_utf16()`, faster.
fn count(s: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut wide = 0;
    for &b in s.as_bytes() {
        chars += usize::from((b & 0xC0) != 0x80);
        wide += usize::from(b >= 0xF0);
    }
    (chars, chars + wide)
}

/// The largest character boundary of `text` at or below `byte` (clamped to the text).
fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

impl<'a> OffsetMap<'a> {
    /// Index `text` (one pass).
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        OffsetMap::with_shifts(text, Shifts::default())
    }

    /// Index `text`, the user's text, for byte offsets of its composed copy (see `compose`):
    /// every lookup first maps the offset back through `shifts`.
    pub fn with_shifts(text: &'a str, shifts: Shifts) -> OffsetMap<'a> {
        let mut marks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut at = Checkpoint::default();
        let mut from = 0;
        for k in 0..=text.len() / BLOCK {
            let to = floor_boundary(text, k * BLOCK);
            let (chars, units) = count(text.get(from..to).unwrap_or(""));
            at.chars += chars;
            at.units += units;
            marks.push(at);
            from = to;
        }
        OffsetMap {
            text,
            marks,
            shifts,
        }
    }

    /// The user's text between two byte offsets of the analysed text ("" if out of range).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = (self.shifts.original(start), self.shifts.original(end));
        self.text.get(s..e).unwrap_or("")
    }

    /// (code point, UTF-16) offsets of byte offset `byte`.
    pub fn find(&self, byte: usize) -> (usize, usize) {
        let byte = floor_boundary(self.text, self.shifts.original(byte));
        let k = byte / BLOCK;
        let mut at = self.marks.get(k).copied().unwrap_or_default();
        let from = floor_boundary(self.text, k * BLOCK);
        // A block of ASCII (as many UTF-16 units up to the next checkpoint as bytes: any other
        // character is fewer units than bytes) needs no count.
        if let Some(next) = self.marks.get(k + 1) {
            let to = floor_boundary(self.text, (k + 1) * BLOCK);
            if next.units - at.units == to - from {
                return (at.chars + (byte - from), at.units + (byte - from));
            }
        }
        let (chars, units) = count(self.text.get(from..byte).unwrap_or(""));
        at.chars += chars;
        at.units += units;
        (at.chars, at.units)
    }

    /// Code point offset of a byte offset.
    pub fn char_at(&self, byte: usize) -> usize {
        self.find(byte).0
    }

    /// UTF-16 offset of a byte offset.
    pub fn utf16_at(&self, byte: usize) -> usize {
        self.find(byte).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_and_utf16_units() {
        // "é" is 2 bytes, 1 code point, 1 UTF-16 unit; "👍" is 4 bytes, 1 code point, 2 units;
        // "e\u{301}" (combining acute) is 2 code points.
        let text = "é👍e\u{301}X";
        let x = text.find('X').unwrap();
        let m = OffsetMap::new(text);
        assert_eq!(m.char_at(x), 4);
        assert_eq!(m.utf16_at(x), 5);
        assert_eq!(m.char_at(text.len()), 5);
        assert_eq!(m.utf16_at(text.len()), 6);
        assert_eq!(text.chars().count(), 5);
    }

    #[test]
    fn every_boundary_across_many_blocks_matches_a_direct_count() {
        // Characters of 1 to 4 bytes so checkpoints fall inside characters.
        let text: String = "aé€👍 ".repeat(100);
        let m = OffsetMap::new(&text);
        for b in 0..=text.len() + 3 {
            let fb = floor_boundary(&text, b);
            let before = &text[..fb];
            assert_eq!(
                m.find(b),
                (
                    before.chars().count(),
                    before.chars().map(char::len_utf16).sum()
                ),
                "byte {b}"
            );
        }
    }

    #[test]
    fn size_is_a_fraction_of_the_text() {
        let text = "x".repeat(64 * 1024);
        let m = OffsetMap::new(&text);
        let bytes = m.marks.capacity() * std::mem::size_of::<Checkpoint>();
        assert!(bytes * 2 < text.len(), "{bytes} bytes for {}", text.len());
    }
}
