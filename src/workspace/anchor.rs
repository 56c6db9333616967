//! Text anchors: find a span again after the text has been edited a little.
//!
//! Input: a document text and a code point span in it ([`TextAnchor::capture`]),
//! later a possibly edited text ([`TextAnchor::resolve`]). Output: the byte
//! span of the same words in the new text, or `None` when they are gone or too
//! much of their surroundings changed to be sure.
//!
//! An anchor records the selected text, up to [`CONTEXT`] characters on each
//! side and the code point offset as a hint. Resolving scans every occurrence
//! of the text once (linear), scores how much of the recorded context still
//! surrounds it, and breaks ties by the distance to the old offset. An
//! occurrence is accepted only if at least half of the recorded context still
//! matches, so an edit that removes the selected words does not silently move a
//! correction onto another occurrence far away.

use serde::{Deserialize, Serialize};

/// Characters of context kept on each side of an anchored span.
pub const CONTEXT: usize = 24;

/// A span of a text found again by its words and context rather than by
/// offsets, so it survives small edits of the text (`start` is in code points).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextAnchor {
    /// The selected text itself.
    pub text: String,
    /// Up to [`CONTEXT`] characters just before it.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT`] characters just after it.
    #[serde(default)]
    pub suffix: String,
    /// Code point offset of the start when captured (a tie-breaker).
    #[serde(default)]
    pub start: usize,
}

impl TextAnchor {
    /// Anchor the code point span `start..end` of `text`; `None` if the span
    /// is empty, reversed or outside the text.
    pub fn capture(text: &str, start: usize, end: usize) -> Option<TextAnchor> {
        if start >= end {
            return None;
        }
        let bs = byte_of_char(text, start)?;
        let be = byte_of_char(text, end)?;
        let before = text.get(..bs)?;
        let after = text.get(be..)?;
        let skip = before.chars().count().saturating_sub(CONTEXT);
        Some(TextAnchor {
            text: text.get(bs..be)?.to_string(),
            prefix: before.chars().skip(skip).collect(),
            suffix: after.chars().take(CONTEXT).collect(),
            start,
        })
    }

    /// The byte span of the anchored text in `text`, if it can be found with
    /// enough of its context (see the module header).
    pub fn resolve(&self, text: &str) -> Option<(usize, usize)> {
        if self.text.is_empty() {
            return None;
        }
        // At most CONTEXT characters of each side count (an anchor from a hostile file or link
        // may carry more; comparing all of it at every match would be quadratic).
        let context =
            self.prefix.chars().count().min(CONTEXT) + self.suffix.chars().count().min(CONTEXT);
        // (score, distance, byte start)
        let mut best: Option<(usize, usize, usize)> = None;
        let mut chars_before = 0usize;
        let mut last_byte = 0usize;
        for (b, _) in text.match_indices(self.text.as_str()) {
            chars_before += text.get(last_byte..b).map_or(0, |s| s.chars().count());
            last_byte = b;
            let score = common_suffix(text.get(..b).unwrap_or(""), &self.prefix)
                + common_prefix(text.get(b + self.text.len()..).unwrap_or(""), &self.suffix);
            let distance = chars_before.abs_diff(self.start);
            let better = match best {
                None => true,
                Some((s, d, _)) => score > s || (score == s && distance < d),
            };
            if better {
                best = Some((score, distance, b));
            }
        }
        let (score, _, b) = best?;
        (score * 2 >= context).then_some((b, b + self.text.len()))
    }
}

/// Byte offset of code point `n` of `text` (`text.len()` for the end).
pub fn byte_of_char(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(n)
}

/// Characters shared by the end of `text` and the end of `ctx`.
fn common_suffix(text: &str, ctx: &str) -> usize {
    text.chars()
        .rev()
        .zip(ctx.chars().rev())
        .take(CONTEXT)
        .take_while(|(a, b)| a == b)
        .count()
}

/// Characters shared by the start of `text` and the start of `ctx`.
fn common_prefix(text: &str, ctx: &str) -> usize {
    text.chars()
        .zip(ctx.chars())
        .take(CONTEXT)
        .take_while(|(a, b)| a == b)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, word: &str, nth: usize) -> (usize, usize) {
        let b = text.match_indices(word).nth(nth).unwrap().0;
        let s = text[..b].chars().count();
        (s, s + word.chars().count())
    }

    #[test]
    fn an_anchor_with_more_context_than_captured_counts_only_its_nearest_characters() {
        // A hostile file or link may carry a long prefix; only CONTEXT characters count.
        let text = "Li met Wang in Tianjin. Later Li flew to Wuhan with Wang.";
        let (s, e) = span(text, "Li", 1);
        let mut a = TextAnchor::capture(text, s, e).unwrap();
        a.prefix = format!("{}{}", "x".repeat(100_000), a.prefix);
        a.suffix.push_str(&"y".repeat(100_000));
        let (b, _) = a.resolve(text).unwrap();
        assert_eq!(b, text.match_indices("Li").nth(1).unwrap().0);
    }

    #[test]
    fn finds_the_same_occurrence_after_an_edit_before_it() {
        let text = "Li met Wang in Tianjin. Later Li flew to Wuhan with Wang.";
        let (s, e) = span(text, "Li", 1);
        let a = TextAnchor::capture(text, s, e).unwrap();
        assert_eq!(a.text, "Li");
        let edited = format!("Breaking: {text}");
        let (b, _) = a.resolve(&edited).unwrap();
        assert_eq!(b, edited.match_indices("Li").nth(1).unwrap().0);
    }

    #[test]
    fn gives_up_when_the_words_are_gone() {
        let text = "The drones were seen near Odesa on Monday.";
        let (s, e) = span(text, "Odesa", 0);
        let a = TextAnchor::capture(text, s, e).unwrap();
        assert_eq!(
            a.resolve("The drones were seen near Kherson on Monday."),
            None
        );
        // Same word, but in an unrelated sentence: not enough context left.
        assert_eq!(a.resolve("Odesa is a port. Ships wait."), None);
    }

    #[test]
    fn capture_rejects_bad_spans_and_handles_wide_chars() {
        let text = "👍 Zoë visited Kraków.";
        assert!(TextAnchor::capture(text, 3, 3).is_none());
        assert!(TextAnchor::capture(text, 2, 99).is_none());
        let (s, e) = span(text, "Kraków", 0);
        let a = TextAnchor::capture(text, s, e).unwrap();
        assert_eq!(a.prefix, "👍 Zoë visited ");
        let (b, end) = a.resolve(text).unwrap();
        assert_eq!(&text[b..end], "Kraków");
    }
}
