//! Numbers in words and digits: number, scale and ordinal words ("two", "million", "third"),
//! digits with a scale suffix ("1.2bn"), digit ordinals ("21st") and ranges ("3-4"), months
//! and time units (which make a number a date or a duration, the time stage's), and [`Low`], a
//! token lower-cased without allocating.
//!
//! Takes a word (or a token of the document); returns yes/no or a small count. Invariant:
//! reads only its argument and the word lists; imports no other module of `amounts`.

use crate::engine::lexicon::words::words;
use crate::engine::text::Doc;

pub(super) fn number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "thousand"
            | "dozen"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
    )
}

/// A `[scale_words]` entry ("million", "bn", "crore"), lower case.
pub(super) fn scale_word(w: &str) -> bool {
    words().scale_words.contains(&w)
}

pub(crate) fn ordinal_word(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "twentieth"
            | "thirtieth"
            | "hundredth"
            | "thousandth"
    )
}

pub(super) fn time_unit(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "second"
            | "seconds"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "year-old"
            | "years-old"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "gmt"
            | "bst"
            | "edt"
            | "est"
    )
}

pub(super) fn month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// "1,200", "3.5", "1.2bn", "5m" (digits first); returns (is number, has a scale suffix).
pub(super) fn digits(w: &str) -> (bool, bool) {
    let b = w.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return (false, false);
    }
    let num_len = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b',' || *c == b'.'))
        .unwrap_or(b.len());
    let suffix = &w[num_len..];
    if suffix.is_empty() {
        return (true, false);
    }
    let lower_suffix = suffix.to_ascii_lowercase();
    if scale_word(&lower_suffix) {
        return (true, true);
    }
    (false, false)
}

pub(crate) fn digit_ordinal(w: &str) -> bool {
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    n > 0 && n < w.len() && matches!(&w[n..], "st" | "nd" | "rd" | "th")
}

/// "3-4", "3.5-4m" (a currency before): a range of two numbers joined by a hyphen or an en
/// dash; `Some(whether the second has a scale suffix)`, else `None`.
pub(super) fn digit_range(w: &str) -> Option<bool> {
    let (a, b) = w.split_once('-').or_else(|| w.split_once('–'))?;
    let plain = !a.is_empty()
        && a.bytes()
            .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
        && a.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let (number, scaled) = digits(b);
    (plain && number).then_some(scaled)
}

/// A short word, ASCII-lower-cased on the stack (no allocation); empty when too long.
pub(super) struct Low {
    pub(super) b: [u8; 24],
    pub(super) n: usize,
}

impl Low {
    pub(super) fn of(doc: &Doc, i: usize) -> Low {
        let mut l = Low { b: [0; 24], n: 0 };
        if let Some(t) = doc.tokens.get(i) {
            let s = doc.slice(t.start(), t.end()).as_bytes();
            if s.len() <= l.b.len() {
                l.b[..s.len()].copy_from_slice(s);
                l.b[..s.len()].make_ascii_lowercase();
                l.n = s.len();
            }
        }
        l
    }
    fn as_str(&self) -> &str {
        // ASCII lower-casing keeps UTF-8 valid; the fallback is never taken.
        std::str::from_utf8(&self.b[..self.n]).unwrap_or("")
    }
}

impl std::ops::Deref for Low {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}
