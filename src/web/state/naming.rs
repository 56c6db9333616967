//! Names the app gives documents nobody named: a text's headline, and
//! whether a name is one of those (so a new text may rename the document).

use crate::engine::time::docdate::is_boilerplate;
use crate::export::words::{title_of, EXPORT_CHARS};

/// Longest document name taken from a headline, in characters.
const HEADLINE_CHARS: usize = 60;

/// How many non-blank lines at the top [`headline`] looks through for one
/// that is not site boilerplate.
const HEADLINE_LINES: usize = 8;

/// The first non-blank line of `text` that is not site boilerplate
/// ("Sign up to our newsletter", "Read the full article here", cookie notices:
/// the `boilerplate` phrases of `data/time/datelines.txt`, shared with the
/// document-date finder) among the first `HEADLINE_LINES` (8) (else the first
/// non-blank line), trimmed. Reads at most a few hundred characters past the
/// leading blank lines, whatever the text's length.
fn first_line(text: &str) -> Option<&str> {
    let mut lines = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADLINE_LINES);
    let first = lines.next()?;
    Some(
        std::iter::once(first)
            .chain(lines)
            .find(|l| !is_boilerplate(l))
            .unwrap_or(first),
    )
}

/// The name of a document nobody named: its [`first_line`] (a headline) when
/// that is at most `HEADLINE_CHARS` (60) long; else, for a text that opens
/// with a paragraph (a dateline and no headline), that paragraph's first
/// sentence when it fits; else the line cut at a word boundary with "…"
/// (trial 21: such a document was named by its whole first paragraph).
pub fn headline(text: &str) -> Option<String> {
    first_line(text).map(|line| title_of(line, HEADLINE_CHARS))
}

/// What the exports (CSV `document` column, the read-only page's heading, the
/// app's JSONL `name`) call a document nobody named: its headline whole, else
/// its first sentence, up to `EXPORT_CHARS` (150), so a dateline paragraph
/// is no title.
pub fn export_title(text: &str) -> Option<String> {
    first_line(text).map(|line| title_of(line, EXPORT_CHARS))
}

/// True when `name` is one the app gave (the example's, "Document N", the
/// headline of `text`, or a cut of its first line ending in "…", as names
/// saved before trial 21 were), so a new text may rename the document.
pub fn auto_named(name: &str, text: &str) -> bool {
    let cut = |line: &str| {
        name.strip_suffix('…')
            .map(str::trim_end)
            .is_some_and(|c| !c.is_empty() && line.starts_with(c))
    };
    name == crate::web::example::NAME
        || name
            .strip_prefix("Document ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || headline(text).is_some_and(|h| h == name)
        || first_line(text).is_some_and(cut)
}

/// The name to give a document read back from the app's own export (its
/// JSONL or read-only page): the exports carry a name the app gave as
/// [`export_title`] (a first sentence whole), which becomes the app's name
/// for it again ([`headline`]), so the tab reads as before and a new text
/// still renames it.
pub fn imported_name(name: String, text: &str) -> String {
    match (export_title(text), headline(text)) {
        (Some(long), Some(short)) if long == name => short,
        _ => name,
    }
}
