//! Direct quotations: a speaker's own words ("“We want it inside every machine we ship from
//! 2029,” she said") are not a headline. A time expression inside one dates no event: its
//! label would be the quote's words ("We want that inside every machine"), with "we" and
//! "that" the speaker's, and the reporting sentence's act is the saying, not what is said.
//!
//! Input: the document text and a byte offset. Output: whether the offset lies inside a
//! quotation opened earlier in its paragraph (the last quotation mark before it opens one)
//! at a paragraph's or sentence's start or after a colon, comma or dash, reading back at most
//! [`MAX_QUOTE_REACH`] bytes.

/// Whether the event of expression `t` would be labelled with a speaker's own words: `t`
/// lies inside a direct quotation ([`inside`]) and either no reporting clause of its sentence
/// attributes it (`source`: a quotation running on over sentences, "“Many families lost
/// everything two years ago.”") or its label holds a `[speaker_words]` word ("We want that
/// inside every machine"). An attributed claim in the third person stays, as its speaker's
/// ("“I think the ship will reach Malta on Friday,” said X": "Ship reaches Malta").
pub(super) fn speakers_words(
    text: &str,
    t: &crate::engine::time::TimexDraft,
    label: &str,
    source: &Option<super::source::SourceDraft>,
) -> bool {
    let personal = label.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        super::words::lists()
            .speaker_words
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w))
    });
    inside(text, t.start) && (source.is_none() || personal)
}

/// Farthest back (bytes) the opening quote is looked for: a quotation runs a few sentences.
const MAX_QUOTE_REACH: usize = 1500;

/// Whether byte `at` of `text` is inside a direct quotation of its paragraph.
pub(super) fn inside(text: &str, at: usize) -> bool {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(MAX_QUOTE_REACH);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..at).unwrap_or("");
    // The paragraph: a quotation does not run over a blank line or a line break.
    let para = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    // The last quotation mark before `at` tells whether a quotation is open: a curly one by
    // its shape, a straight one by where it stands (after a space or at the start and before
    // a word it opens; else it closes). Counting marks from the reach's start would flip at
    // a reach that starts inside a quotation.
    let Some((open, mark)) = para
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '“' | '”' | '"'))
    else {
        return false;
    };
    let opens = match mark {
        '“' => true,
        '"' => {
            let prev = para.get(..open).and_then(|b| b.chars().next_back());
            // The mark may end the text read ("“Three years ago": the date starts after it).
            let next = text
                .get(at - para.len() + open + 1..)
                .and_then(|a| a.chars().next());
            prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'))
                && next.is_some_and(|c| !c.is_whitespace())
        }
        _ => false,
    };
    // Speech opens a paragraph or a sentence, or follows a colon, comma or dash ("he said,
    // “We ...”"); a quote inside a clause ("would rebuild the bridge "before next winter"")
    // is the narrator's sentence quoting a few words, and its label is the narrator's.
    opens
        && para.get(..open).is_some_and(|b| {
            let b = b.trim_end();
            b.is_empty() || b.ends_with(['.', '!', '?', ':', ',', ';', '—', '–', '-'])
        })
}

#[cfg(test)]
mod tests {
    use super::inside;

    fn at(text: &str, word: &str) -> bool {
        inside(text, text.find(word).unwrap_or(0))
    }

    #[test]
    fn words_between_quotes_are_inside() {
        let t = "“We lost the barn in 2019. It was hard,” said Ola. He left in May.";
        assert!(at(t, "2019"));
        assert!(at(t, "hard"));
        assert!(!at(t, "said"));
        assert!(!at(t, "May"));
        let t = "\"Sales doubled in 2022,\" the head said on Monday.";
        assert!(at(t, "2022"));
        assert!(!at(t, "Monday"));
        // A new paragraph closes nothing it did not open.
        let t = "He said: \"yes.\nThe mill shut in 2015.";
        assert!(!at(t, "2015"));
        // A few words quoted inside the narrator's clause are no speech.
        let t = "She said the town would rebuild the pier \"before next spring.\"";
        assert!(!at(t, "next spring"));
        let t = "He said: “The pier reopens in 2027.”";
        assert!(at(t, "2027"));
        // A date right after the opening mark.
        let t = "She sighed. \"Two years ago nobody came,\" she said.";
        assert!(at(t, "Two years"));
    }
}
