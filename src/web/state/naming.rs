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

/// The line a title is made of: the [`first_line`], with a wire dateline at its start
/// left out ("NAIROBI, March 3 (Wire) - Talks resumed" is named "Talks resumed": with the
/// dateline, several wire stories had the same name in their tabs); a dateline alone on
/// its line gives the next line (the headline or the lead) instead.
fn title_line(text: &str) -> Option<&str> {
    let first = first_line(text)?;
    match dateline_end(first) {
        None => Some(first),
        Some(end) if end < first.len() => Some(&first[end..]),
        Some(_) => {
            let mut lines = text
                .split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(HEADLINE_LINES)
                .skip_while(|l| l.as_ptr() != first.as_ptr())
                .skip(1);
            Some(lines.find(|l| !is_boilerplate(l)).unwrap_or(first))
        }
    }
}

/// The byte length of a wire dateline at the start of `line`, with the dash and spaces
/// after it: a place in capitals (a region or country in capitalised words may follow
/// it), a date ("March 3", "Oct. 28, 2025", "3 March") and/or an agency ("(Wire)",
/// "/PRNewswire/"), then a dash: "NAIROBI, March 3 (Wire) -", "WASHINGTON (AP) —",
/// "OSLO, Norway, Oct. 28, 2025 /PRNewswire/ --". `None` for anything else, a place and a
/// dash alone ("KIEL — ...") among them: that is no wire's mark, and the line stays whole.
fn dateline_end(line: &str) -> Option<usize> {
    // The first dash, within the first 120 bytes: a dash, "--", or a hyphen with a space on
    // each side (not the hyphens of "PORT-AU-PRINCE").
    let (dash, after) = line
        .char_indices()
        .take_while(|(i, _)| *i < 120)
        .find_map(|(i, c)| {
            let len = match c {
                '—' | '–' => c.len_utf8(),
                '-' if line[i..].starts_with("--") => 2,
                '-' if line[..i].ends_with(' ')
                    && (i + 1 == line.len() || line[i + 1..].starts_with([' ', '\t'])) =>
                {
                    1
                }
                _ => return None,
            };
            Some((i, i + len))
        })?;
    let mut head = line[..dash].trim_end();
    let mut agency = false;
    for (open, close) in [('(', ')'), ('/', '/')] {
        let Some(rest) = head.strip_suffix(close) else {
            continue;
        };
        let Some(at) = rest.rfind(open).filter(|&at| rest.len() - at < 40) else {
            continue;
        };
        let name = rest[at + 1..].trim();
        if !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || " .&-'".contains(c))
        {
            (head, agency) = (rest[..at].trim_end(), true);
            break;
        }
    }
    let mut parts = head.split(',').map(str::trim);
    let place = parts.next()?;
    let letters = || place.chars().filter(|c| c.is_alphabetic());
    if letters().count() < 2 || !letters().all(char::is_uppercase) || place.len() > 40 {
        return None;
    }
    let mut dated = false;
    for part in parts {
        if is_date(part) || (dated && is_year(part)) {
            dated = true;
        } else if dated
            || !part
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            || part.is_empty()
        {
            return None;
        }
    }
    (dated || agency).then(|| after + (line[after..].len() - line[after..].trim_start().len()))
}

/// "March 3", "Oct. 28", "Sept 5", "3 March": a month (full, or its first three or four
/// letters with or without a dot) and a day of the month, in either order.
fn is_date(part: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let month = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        MONTHS
            .iter()
            .any(|m| *m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w.as_str())))
    };
    let day = |w: &str| w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    match part.split_whitespace().collect::<Vec<_>>()[..] {
        [a, b] => (month(a) && day(b)) || (day(a) && month(b)),
        _ => false,
    }
}

/// "2025": a year written in full.
fn is_year(part: &str) -> bool {
    part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
}

/// The name of a document nobody named: its [`title_line`] (a headline, or a wire story's
/// lead without its dateline) when that is at most `HEADLINE_CHARS` (60) long; else, for a
/// text that opens with a paragraph (a dateline and no headline), that paragraph's first
/// sentence when it fits; else the line cut at a word boundary with "…" (trial 21: such a
/// document was named by its whole first paragraph).
pub fn headline(text: &str) -> Option<String> {
    title_line(text).map(|line| title_of(line, HEADLINE_CHARS))
}

/// What the exports (CSV `document` column, the read-only page's heading, the
/// app's JSONL `name`) call a document nobody named: its headline whole, else
/// its first sentence (without a wire dateline), up to `EXPORT_CHARS` (150), so a
/// dateline paragraph is no title.
pub fn export_title(text: &str) -> Option<String> {
    title_line(text).map(|line| title_of(line, EXPORT_CHARS))
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
        // Named before datelines were left out of names: the first line's title.
        || first_line(text).is_some_and(|l| title_of(l, HEADLINE_CHARS) == name)
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
