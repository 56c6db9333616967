//! Byte offsets (inside the engine) → code point and UTF-16 offsets (in results).

/// Maps byte offsets of one text to code point and UTF-16 offsets.
/// Built once per document in linear time; each lookup is a binary search.
pub struct OffsetMap {
    /// For each char: (byte offset, code point index, utf16 index); plus a final sentinel.
    marks: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut marks = Vec::with_capacity(text.len() + 1);
        let mut u16i = 0;
        for (ci, (b, c)) in text.char_indices().enumerate() {
            marks.push((b, ci, u16i));
            u16i += c.len_utf16();
        }
        marks.push((text.len(), marks.len(), u16i));
        OffsetMap { marks }
    }

    fn find(&self, byte: usize) -> (usize, usize) {
        match self.marks.binary_search_by_key(&byte, |m| m.0) {
            Ok(i) => (self.marks[i].1, self.marks[i].2),
            // Not on a char boundary (never produced by the engine): round down.
            Err(i) => {
                let m = self.marks[i.saturating_sub(1)];
                (m.1, m.2)
            }
        }
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
}
