//! How the whole text reads, judged once per document before any expression is
//! normalised: whether it is a narrative (its stated years far from the document date,
//! so year-less dates take the story's year) and which way it writes numeric dates
//! ("3/4/21" day-first unless the text is US-dated).
//!
//! Input: the tokenised [`Doc`] and the document date. Output: a yes/no, a
//! [`NumericOrder`] and an optional warning for the caller.

use super::calendar::Ymd;
use super::tables::{self, tables};
use crate::engine::text::{Doc, TokenKind};

/// Stated years at least this far before the document date belong to a story.
const STORY_DISTANCE: i64 = 5;

/// Days named around the document date ("yesterday", "on Friday") that make
/// a text news, whatever years it recalls.
const NEWS_DAYS: usize = 2;

/// The word id of `w` ASCII-lower-cased: lower-cased on the stack when short (no allocation
/// per token), not copied at all when it has no upper-case letter.
fn id_lower(t: &tables::Tables, w: &str) -> Option<u32> {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return t.id(w);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        // ASCII lower-casing keeps UTF-8 valid.
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            t.id_bytes(b)
        }
        None => t.id(&w.to_ascii_lowercase()),
    }
}

/// A narrative: no document date, or at least three stated years ("1944",
/// "in 1815") and three in four of them far from the document date; news that recalls
/// a past year now and then stays news, and so does a text that names days
/// around its date ("said on Friday", "yesterday") at least [`NEWS_DAYS`] times.
pub(super) fn narrative(doc: &Doc, dct: Option<Ymd>) -> bool {
    let Some(dct) = dct else { return true };
    let t = tables();
    let days = doc
        .tokens
        .iter()
        .filter(|k| k.kind == TokenKind::Word)
        .filter(|k| {
            id_lower(t, doc.slice(k.start(), k.end())).is_some_and(|id| {
                t.readings(id).iter().any(|r| {
                    !r.weak && matches!(r.class, tables::Class::Weekday | tables::Class::Deictic)
                })
            })
        })
        .take(NEWS_DAYS)
        .count();
    if days >= NEWS_DAYS {
        return false;
    }
    let years = doc.tokens.iter().filter_map(|t| {
        let w = doc.slice(t.start(), t.end());
        (w.len() == 4 && t.kind == TokenKind::Number)
            .then(|| w.parse::<i64>().ok())
            .flatten()
            .filter(|y| (1000..=2100).contains(y))
    });
    let (mut far, mut all) = (0usize, 0usize);
    for y in years {
        all += 1;
        if (dct.y - y).abs() >= STORY_DISTANCE {
            far += 1;
        }
    }
    all >= 3 && far * 4 >= all * 3
}

/// How the text writes numeric dates, judged from the dates it writes
/// unambiguously.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    /// "15/04/2024", "15 April 2024" (or no evidence either way: the default).
    DayFirst,
    /// "04/15/2024", "April 15, 2024": the text is US-dated.
    MonthFirst,
}

/// Day-first unless the text is US-dated: numeric dates whose second number
/// is over 12, or "April 15" written month before day, outnumbering the
/// day-first ones ("15/04", "15 April").
pub fn numeric_order(doc: &Doc) -> NumericOrder {
    let t = tables();
    let month = |w: &str| {
        id_lower(t, w).is_some_and(|id| {
            t.readings(id)
                .iter()
                .any(|r| r.class == tables::Class::Month && !r.weak)
        })
    };
    let day = |w: &str| w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let (mut us, mut dmy) = (0usize, 0usize);
    // The token texts are read in place, one ahead: no vector of slices (16 bytes a token,
    // the peak of an analysis when it was one; issue 16.6).
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .map_or("", |k| doc.slice(k.start(), k.end()))
    };
    for i in 0..doc.tokens.len() {
        let w = word(i);
        // Only a token with a slash can be "3/4/21": no split (and no Vec) for the others.
        let parts: Vec<&str> = if w.contains('/') {
            w.split('/').collect()
        } else {
            Vec::new()
        };
        if let [a, b, _] = parts[..] {
            match (a.parse::<u32>(), b.parse::<u32>()) {
                (Ok(a), Ok(b)) if a > 12 && b <= 12 => dmy += 1,
                (Ok(a), Ok(b)) if b > 12 && a <= 12 => us += 1,
                _ => {}
            }
        }
        let next = word(i + 1);
        // The cheap day test first: most tokens are not next to a day number.
        if day(next) && month(w) {
            us += 1;
        } else if day(w) && month(next) {
            dmy += 1;
        }
    }
    if us > dmy {
        NumericOrder::MonthFirst
    } else {
        NumericOrder::DayFirst
    }
}

/// A warning for the caller when the text holds an ambiguous numeric date
/// ("3/4/21"): which way it was read, and why.
pub fn numeric_note(doc: &Doc) -> Option<String> {
    let ambiguous = doc.tokens.iter().any(|k| {
        if !doc.slice(k.start(), k.end()).contains('/') {
            return false; // one part at most: never "3/4/21"
        }
        let parts: Vec<u32> = doc
            .slice(k.start(), k.end())
            .split('/')
            .filter_map(|p| p.parse().ok())
            .collect();
        matches!(parts[..], [a, b, _] if (1..=12).contains(&a) && (1..=12).contains(&b) && a != b)
    });
    ambiguous.then(|| match numeric_order(doc) {
        NumericOrder::DayFirst => {
            "numeric dates such as 3/4/21 read day-first (the text's other dates are not US-style)"
                .to_string()
        }
        NumericOrder::MonthFirst => {
            "numeric dates such as 3/4/21 read month-first (the text's other dates are US-style)"
                .to_string()
        }
    })
}
