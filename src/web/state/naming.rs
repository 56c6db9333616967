//! Names the app gives documents nobody named: a text's headline, and
//! whether a name is one of those (so a new text may rename the document).

use crate::engine::time::docdate::is_boilerplate;

/// Longest document name taken from a headline, in characters.
const HEADLINE_CHARS: usize = 60;

/// How many non-blank lines at the top [`headline`] looks through for one
/// that is not site boilerplate.
const HEADLINE_LINES: usize = 8;

/// The first non-blank line of `text` that is not site boilerplate
/// ("Sign up to our newsletter", "Read the full article here", cookie notices:
/// the `boilerplate` phrases of `data/time/datelines.txt`, shared with the
/// document-date finder) among the first `HEADLINE_LINES` (8) (else the first
/// non-blank line), trimmed and cut at a word boundary to `HEADLINE_CHARS` (60)
/// (with "…"): the name of a document nobody named. Reads at most a few
/// hundred characters past the leading blank lines, whatever the text's length.
pub fn headline(text: &str) -> Option<String> {
    let mut lines = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADLINE_LINES);
    let first = lines.next()?;
    let line = std::iter::once(first)
        .chain(lines)
        .find(|l| !is_boilerplate(l))
        .unwrap_or(first);
    let mut chars = line.char_indices();
    let cut = match chars.nth(HEADLINE_CHARS) {
        None => return Some(line.to_string()),
        Some((end, _)) => {
            let head = &line[..end];
            match head.rfind(char::is_whitespace) {
                Some(space) if space > end / 2 => head[..space].trim_end(),
                _ => head,
            }
        }
    };
    Some(format!("{cut}…"))
}

/// True when `name` is one the app gave (the example's, "Document N", or the
/// headline of `text`), so a new text may rename the document.
pub fn auto_named(name: &str, text: &str) -> bool {
    name == crate::web::example::NAME
        || name
            .strip_prefix("Document ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || headline(text).is_some_and(|h| h == name)
}
