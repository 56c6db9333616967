//! Canonical composition of a letter and its combining marks, before the engine reads the text.
//!
//! Text pasted from macOS, and some PDFs, spell "ü" as "u" + U+0308 (Unicode NFD). Every word
//! list and the name model hold composed letters, so "Zu\u{308}rich" would match nothing. The
//! engine therefore reads a composed copy of such a text ([`compose`]) and maps its offsets
//! back to the user's text ([`Shifts`]): results point at the characters the user typed.
//!
//! Architecture invariant: a text without the lead bytes of U+0300..U+036F (0xCC, 0xCD) is not
//! copied (one byte scan; a text with Greek letters of U+0370..U+037F shares the lead byte 0xCD
//! and is composed in vain, the copy dropped); the map holds one entry per composition.
//! The pairs come from `data/text/compose.txt` (the Unicode Character Database, through
//! `scripts/text/compose.py`), parsed once on first need.

use std::sync::OnceLock;

/// Where composition shortened the text: sorted `(end, shrink)` pairs, `end` a byte offset in
/// the composed text just after a composed character and `shrink` the bytes removed up to
/// and including it (cumulative, increasing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shifts {
    at: Vec<(u32, u32)>,
}

impl Shifts {
    /// Byte offset in the user's text of byte offset `byte` of the composed text. An offset
    /// at a composed character's start maps to its base letter's start; at its end, to just
    /// after its last mark.
    pub fn original(&self, byte: usize) -> usize {
        // Entries ending at or before `byte` have all their shrink before it.
        let k = self.at.partition_point(|&(end, _)| end as usize <= byte);
        match k.checked_sub(1).and_then(|k| self.at.get(k)) {
            Some(&(_, shrink)) => byte + shrink as usize,
            None => byte,
        }
    }
}

/// The composed copy of `text` and the map back to `text`'s offsets, or `None` when `text`
/// holds no combining mark that composes (the usual case: nothing is copied).
///
/// A letter followed by marks takes as many of them as compose with it in turn ("e" + U+0323
/// + U+0302 → "ệ"); a mark that does not compose stays as it is. Linear time.
pub fn compose(text: &str) -> Option<(String, Shifts)> {
    // U+0300..U+036F is 0xCC 0x80 ..= 0xCD 0xAF in UTF-8.
    if !text.as_bytes().iter().any(|&b| b == 0xCC || b == 0xCD) {
        return None;
    }
    let table = table();
    let mut out = String::with_capacity(text.len());
    let mut shifts = Shifts::default();
    let mut shrink = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut cur = c;
        let mut took = 0usize;
        while let Some(&m) = chars.peek() {
            match lookup(table, cur, m) {
                Some(done) => {
                    took += cur.len_utf8() + m.len_utf8() - done.len_utf8();
                    cur = done;
                    chars.next();
                }
                None => break,
            }
        }
        out.push(cur);
        if took > 0 {
            shrink += took;
            shifts.at.push((out.len() as u32, shrink as u32));
        }
    }
    (shrink > 0).then_some((out, shifts))
}

/// Sorted `(mark, base, composed)` triples.
fn table() -> &'static [(char, char, char)] {
    static TABLE: OnceLock<Vec<(char, char, char)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        parse(include_str!(concat!(
            env!("OUT_DIR"),
            "/data/text/compose.txt"
        )))
    })
}

fn lookup(table: &[(char, char, char)], base: char, mark: char) -> Option<char> {
    if !('\u{300}'..='\u{36F}').contains(&mark) {
        return None;
    }
    table
        .binary_search_by(|&(m, b, _)| (m, b).cmp(&(mark, base)))
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, _, c)| c)
}

/// One line per mark: its hex code point, a tab, then pairs of base and composed letter.
fn parse(src: &str) -> Vec<(char, char, char)> {
    let mut out = Vec::new();
    for line in src.lines().filter(|l| !l.starts_with('#')) {
        let Some((hex, pairs)) = line.split_once('\t') else {
            continue;
        };
        let Some(mark) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) else {
            continue;
        };
        let mut it = pairs.chars();
        while let (Some(b), Some(c)) = (it.next(), it.next()) {
            out.push((mark, b, c));
        }
    }
    crate::sort::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_text_is_not_copied() {
        assert_eq!(compose("Zürich, Björk and Renée"), None);
        assert_eq!(compose("plain ascii"), None);
    }

    #[test]
    fn letter_and_mark_become_one_letter_and_offsets_map_back() {
        let text = "Zu\u{308}rich and Rene\u{301}e";
        let (c, s) = compose(text).expect("composes");
        assert_eq!(c, "Zürich and Renée");
        // "rich" starts after the composed "ü": one byte later in the user's text.
        let rich = c.find("rich").unwrap();
        assert_eq!(&text[s.original(rich)..s.original(rich) + 4], "rich");
        // The whole of "Renée" maps to the whole decomposed word.
        let (a, b) = (c.find("Renée").unwrap(), c.len());
        assert_eq!(&text[s.original(a)..s.original(b)], "Rene\u{301}e");
        // "Zü" ends after the mark in the user's text.
        assert_eq!(&text[..s.original("Zü".len())], "Zu\u{308}");
    }

    #[test]
    fn two_marks_compose_in_turn_and_strays_stay() {
        // e + dot below + circumflex → ệ (Vietnamese).
        let (c, _) = compose("Vie\u{323}\u{302}t").unwrap();
        assert_eq!(c, "Việt");
        // A mark after a digit composes with nothing and is kept.
        let (c, s) = compose("5\u{301} and e\u{301}").unwrap();
        assert_eq!(c, "5\u{301} and é");
        assert_eq!(s.original(c.len()), "5\u{301} and e\u{301}".len());
    }

    #[test]
    fn the_table_covers_latin_greek_and_cyrillic() {
        let t = table();
        assert_eq!(lookup(t, 'n', '\u{303}'), Some('ñ'));
        assert_eq!(lookup(t, 'C', '\u{327}'), Some('Ç'));
        assert_eq!(lookup(t, 'α', '\u{301}'), Some('ά'));
        assert_eq!(lookup(t, 'и', '\u{306}'), Some('й'));
        assert_eq!(lookup(t, 'x', '\u{301}'), None);
    }
}
