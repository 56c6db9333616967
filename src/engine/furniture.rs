//! Site furniture: the lines a web page adds around an article ("Sign up for
//! our newsletter", "Read the full article here", cookie notices) are not
//! part of the story, so the names in them are not mentions.
//!
//! Input: the document text and the typed mentions (byte offsets). Output:
//! the same mentions without those inside a boilerplate line, as
//! [`crate::engine::time::docdate::is_boilerplate`] decides it (the
//! `boilerplate` phrases of `data/time/datelines.txt`, lines under 120
//! bytes; the title and date logic skip the same lines). Linear in the text
//! plus the mentions.

use super::mention::TypedMention;
use super::time::docdate::is_boilerplate;

/// Byte ranges `[start, end)` of the boilerplate pieces of `text`, in order: a short line is
/// cut into sentences (after ". ", "! ", "? "), and each sentence holding a furniture phrase
/// is one range, so story text sharing a line with a sign-up ("Subscribe to our newsletter.
/// The minister said ...") keeps its names.
fn furniture_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        // Only short lines can be furniture: test the length before the phrases.
        if line.len() < 130 && is_boilerplate(line) {
            let mut from = 0;
            let b = line.as_bytes();
            for i in 0..b.len() {
                let stop = matches!(b[i], b'.' | b'!' | b'?')
                    && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
                if stop || i + 1 == b.len() {
                    let to = i + 1;
                    if is_boilerplate(&line[from..to]) {
                        out.push((start + from, start + to));
                    }
                    from = to;
                }
            }
        }
        start = end;
    }
    out
}

/// Removes from `mentions` every mention inside a boilerplate line of `text`.
pub(crate) fn drop_furniture(text: &str, mentions: &mut Vec<TypedMention>) {
    let lines = furniture_lines(text);
    if lines.is_empty() {
        return;
    }
    mentions.retain(|m| {
        // The last line starting at or before the mention.
        let i = lines.partition_point(|&(s, _)| s <= m.start);
        !(i > 0 && lines.get(i - 1).is_some_and(|&(_, e)| m.end <= e))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_lines_with_a_furniture_phrase_count() {
        let text = "Dockers strike in Antwerp\nSign up for the Harbour Gazette newsletter\n\
                    The union said the strike would last until Friday.\nRead the full article here\n";
        let lines = furniture_lines(text);
        let got: Vec<&str> = lines.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(
            got,
            [
                "Sign up for the Harbour Gazette newsletter",
                "Read the full article here"
            ]
        );
        // Story text after a sign-up on the same line is not furniture.
        let shared = "Subscribe to our newsletter. The minister met Anna Berg.";
        let got: Vec<&str> = furniture_lines(shared)
            .iter()
            .map(|&(s, e)| &shared[s..e])
            .collect();
        assert_eq!(got, ["Subscribe to our newsletter."]);
        // A long line holding a phrase is story text, not furniture.
        let long = format!(
            "Analysts said {} investors could still subscribe to the offer.",
            "many ".repeat(30)
        );
        assert!(furniture_lines(&long).is_empty());
    }
}
