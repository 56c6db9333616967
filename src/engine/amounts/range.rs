//! A range of amounts: "NOK 9.0 to 9.5 billion", "between €2m and €3m"; not two values ("rose
//! from $3 to $4"), a change and its new level ("fell $1.20 to $35.50") nor a year ("$5m to
//! 2027").
//!
//! Takes the document and the tokens of a first amount; returns the last token of the range, or
//! `None`. Invariant: looks only at the few tokens after the first amount and the word before
//! it; imports `numbers` and `units` only.

use super::numbers::{digits, scale_word, Low};
use super::units::{currency_symbol, is_currency_code};
use crate::engine::text::{Doc, TokenKind};

/// The last token of a range whose first amount spans tokens `start..=end` (`scaled`: it has
/// a scale word of its own): "to"/"-" then a number ("9.0 to 9.5 billion"), or "and" after
/// "between" ("between €2m and €3m"), a currency sign or code allowed before the second number.
/// Not "rose from $3 to $4" (two values, each with its own scale: only a second scale shared by
/// the first makes a range after "from"), nor a change and the new level ("fell $1.20 to
/// $35.50", "up by €2m to €5m": the first amount right after a `[change_words]` entry), nor a
/// year ("$5m to 2027").
pub(super) fn range_end(doc: &Doc, start: usize, end: usize, scaled: bool) -> Option<usize> {
    let before = start
        .checked_sub(1)
        .map(|k| Low::of(doc, k))
        .unwrap_or(Low { b: [0; 24], n: 0 });
    let between = &*before == "between";
    let change = crate::engine::lexicon::words::words()
        .change_words
        .contains(&&*before);
    let joined = match &*Low::of(doc, end + 1) {
        "to" | "-" | "–" => !between && !change,
        "and" => between,
        _ => false,
    };
    if !joined {
        return None;
    }
    let mut k = end + 2;
    let word = |k: usize| (k < doc.tokens.len()).then(|| doc.tok_text(k));
    if word(k).is_some_and(|t| currency_symbol(t) || (t.len() == 3 && is_currency_code(t))) {
        k += 1;
    }
    let w = word(k)?;
    let (number, suffix) = digits(w);
    if !number || doc.tokens.get(k)?.kind == TokenKind::Link {
        return None;
    }
    let mut e = k;
    while !suffix && scale_word(&Low::of(doc, e + 1)) {
        e += 1;
    }
    let year = w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
    if year && e == k {
        return None;
    }
    let shared = !scaled && (suffix || e > k);
    if &*before == "from" && !shared {
        return None;
    }
    Some(e)
}
