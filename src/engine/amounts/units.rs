//! Currencies and units of measure: currency signs, codes (`data/lexicons/currencies.txt`)
//! and names (with a nationality or place before them: "Swiss francs"), the rupee's "Rs",
//! units of `[unit_words]`, a number joined or glued to its unit ("850-km", "25mg") and the
//! unit's tail ("km/h", "parts per million").
//!
//! Takes a word or the document and a token index; returns yes/no or how many tokens belong
//! to the currency or unit (0 for none). Invariant: only looks a few tokens ahead, within the
//! sentence; imports `numbers` only.

use super::numbers::{scale_word, time_unit, Low};
use crate::engine::lexicon::words::words;
use crate::engine::shape::is_capitalised;
use crate::engine::text::{Doc, TokenKind};

pub(super) fn currency_symbol(w: &str) -> bool {
    matches!(w, "$" | "€" | "£" | "¥" | "₹" | "₽" | "₩")
}

/// A currency's name ("francs", "kroner"; `[currency_words]`), lower case.
fn currency_word(w: &str) -> bool {
    words().currency_words.contains(&w)
}

/// An ISO 4217 code from `data/lexicons/currencies.txt` ("CHF", "AED").
pub(super) fn is_currency_code(w: &str) -> bool {
    let mut buf = String::new();
    crate::engine::lexicon::lexicon()
        .get_any(w, &mut buf)
        .is_some_and(|e| e.currency)
}

/// How many tokens from `i` name a currency: its name (1), or a listed nationality or place of
/// one or two capitalised words and then its name ("Swiss francs" 2, "Hong Kong dollars" 3);
/// 0 if none. Only inside the amount's sentence (not over a line break).
pub(super) fn currency_len(doc: &Doc, i: usize) -> usize {
    if i == 0 || i >= doc.tokens.len() || !doc.same_sentence(i - 1, i) {
        return 0;
    }
    if currency_word(&Low::of(doc, i)) {
        return 1;
    }
    let lx = crate::engine::lexicon::lexicon();
    let mut buf = String::new();
    for len in 1..=2 {
        let last = i + len - 1;
        if last + 1 >= doc.tokens.len()
            || !doc.same_sentence(i, last + 1)
            || !(i..=last)
                .all(|j| doc.tokens[j].kind == TokenKind::Word && is_capitalised(doc.tok_text(j)))
        {
            return 0;
        }
        let phrase = doc.slice(doc.tokens[i].start(), doc.tokens[last].end());
        let place = lx.get_any(phrase, &mut buf).is_some_and(|e| {
            e.demonym.is_some() || e.country.is_some() || e.city.is_some() || e.capital.is_some()
        });
        if place && currency_word(&Low::of(doc, last + 1)) {
            return len + 1;
        }
    }
    0
}

/// The number of tokens of a rupee abbreviation at `i` that a number follows: "Rs" (1) or
/// "Rs" "." (2); 0 if none. "Rs." written as one token counts as 1.
pub(super) fn rupee_abbreviation(doc: &Doc, i: usize) -> usize {
    let t = doc.tok_text(i);
    if !matches!(t, "Rs" | "Rs.") || doc.tokens[i].kind != TokenKind::Word {
        return 0;
    }
    let number_at = |k: usize| {
        doc.tokens.get(k).is_some_and(|n| {
            n.kind != TokenKind::Link
                && doc
                    .tok_text(k)
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_digit)
        })
    };
    if number_at(i + 1) {
        1
    } else if t == "Rs" && doc.tokens.get(i + 1).is_some() && doc.tok_text(i + 1) == "." {
        if number_at(i + 2) {
            2
        } else {
            0
        }
    } else {
        0
    }
}

/// A unit of measure (`[unit_words]`: "tonnes", "km"), lower case.
pub(super) fn unit_word(w: &str) -> bool {
    words().unit_words.contains(&w)
}

/// "850-km", "1.4-gigawatt", "340-metre": a number joined to a unit by a hyphen, one token.
pub(super) fn hyphened_quantity(w: &str) -> bool {
    // It opens with the number: most tokens stop here, before the hyphen search.
    let number = |b: &u8| b.is_ascii_digit() || *b == b'.' || *b == b',';
    w.as_bytes().first().is_some_and(number)
        && w.split_once('-').is_some_and(|(n, u)| {
            !n.is_empty()
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                && unit_word(&u.to_ascii_lowercase())
        })
}

/// "43C", "25mg", "1.3TB": a number glued to a unit (`[unit_words]`, or `[glued_unit_words]`
/// for the letters that are a unit only when glued: "C", "TB"), one token; a one-letter unit
/// after a number of two characters or more.
pub(super) fn glued_quantity(w: &str) -> bool {
    // It opens with a digit: most tokens stop here, before the search and the copy.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some(cut) = w.find(|c: char| c.is_alphabetic()) else {
        return false;
    };
    let (n, u) = w.split_at(cut);
    if !n
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        || n.ends_with(['.', ','])
    {
        return false;
    }
    let u = u.to_ascii_lowercase();
    (unit_word(&u) || words().glued_unit_words.contains(&u.as_str()))
        // One letter after one digit is more often a route or a service ("1c") than a
        // temperature.
        && (u.len() > 1 || n.len() >= 2)
}

/// How many tokens after the unit ending at token `end` still belong to it: a second unit
/// ("square kilometres"), "/" and a unit letter ("km/h"), or "per" and a unit, time unit or
/// scale word ("parts per million", "kilometres per hour").
pub(super) fn unit_tail(doc: &Doc, end: usize) -> usize {
    let next = Low::of(doc, end + 1);
    if unit_word(&next) {
        return 1;
    }
    let after = Low::of(doc, end + 2);
    let joined = end + 2 < doc.tokens.len()
        && doc.tokens[end + 1].start() == doc.tokens[end].end()
        && doc.tokens[end + 2].start() == doc.tokens[end + 1].end();
    if &*next == "/" && joined && matches!(&*after, "h" | "hr" | "s" | "sec" | "day" | "yr") {
        return 2;
    }
    if &*next == "per" && (unit_word(&after) || time_unit(&after) || scale_word(&after)) {
        return 2;
    }
    0
}
