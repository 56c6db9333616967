//! Amounts: PERCENT ("90 per cent", "12%"), MONEY ("$1.2bn", "€300 million", "5 billion yuan"),
//! QUANTITY ("5,000 tonnes"), ORDINAL ("third", "21st") and CARDINAL ("1,200", "two").
//!
//! Input: the tokenised [`Doc`]. Output: typed [`TypedMention`]s in text order. Numbers that are
//! dates or durations ("1996", "three years", "2024-04-16") are left to the time engine.
//! One pass over the tokens; each number looks at most a few tokens ahead.
//!
//! This file is the scan (`find`); what a word is lives in `amounts/numbers.rs` (numbers,
//! ordinals, months, time units) and `amounts/units.rs` (currencies and units), a range of
//! amounts in `amounts/range.rs` (`numbers` ← `units` ← `range` ← this file).

mod numbers;
mod range;
mod units;

use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};
pub(crate) use numbers::{digit_ordinal, ordinal_word};
use numbers::{digit_range, digits, month, number_word, scale_word, time_unit, Low};
use range::range_end;
use units::{
    currency_len, currency_symbol, glued_quantity, hyphened_quantity, is_currency_code,
    rupee_abbreviation, unit_tail, unit_word,
};

/// Does the number at token `start` cite a part of a document: is the word before it (`prev`,
/// lower case) a `[reference_nouns]` entry ("clause", "Section", "Article")? "count" and
/// "counts" are also verbs ("the union counts 12,000 members"): only capitalised.
fn cites_a_part(doc: &Doc, start: usize, prev: &str) -> bool {
    if start == 0
        || !super::lexicon::words::words()
            .reference_nouns
            .contains(&prev)
    {
        return false;
    }
    let written = doc.tok_text(start - 1);
    !matches!(written, "count" | "counts")
}

pub fn find(doc: &Doc) -> Vec<TypedMention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let t = doc.tok_text(i);
        let kind = doc.tokens[i].kind;
        // Fast exit: only digits, currency signs and short lower-case words can start an amount.
        let first = t.chars().next().unwrap_or(' ');
        // Number and ordinal words start with one of these letters and have 3..=11 bytes.
        let word_start = matches!(
            first.to_ascii_lowercase(),
            'o' | 't' | 'f' | 's' | 'e' | 'n' | 'h' | 'd' | 'm' | 'b'
        ) && (3..=11).contains(&t.len());
        let money_code = t.len() <= 3 && first.is_ascii_uppercase();
        // "Rs 500 crore", "Rs. 40 lakh": the rupee's abbreviation before a number (its period
        // a token of its own or not).
        let rupees = rupee_abbreviation(doc, i);
        if !(first.is_ascii_digit() || currency_symbol(t) || word_start || money_code || rupees > 0)
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        let mut money = false;
        if currency_symbol(t) {
            money = true;
            j += 1;
        } else if rupees > 0 {
            money = true;
            j += rupees;
        } else if kind == TokenKind::Word
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.start() == doc.tokens[i].end()
                    && doc.tok_text(i + 1).as_bytes()[0].is_ascii_digit()
            })
            && words().currency_prefixes.contains(&t)
        {
            // "R18 million", "N2.5bn": the tokenizer splits a currency's letters from an
            // amount glued to them only when it has a scale or thousands.
            money = true;
            j += 1;
        } else if kind == TokenKind::Word
            && t.len() <= 3
            && t.chars().all(|c| c.is_ascii_uppercase())
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.start() == doc.tokens[i].end())
            && i + 1 < n
            && currency_symbol(doc.tok_text(i + 1))
        {
            money = true; // "US$", "HK$"
            j += 2;
        } else if kind == TokenKind::Word
            && t.len() == 3
            && t.bytes().all(|c| c.is_ascii_uppercase())
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.kind != TokenKind::Link
                    && doc
                        .slice(n.start(), n.end())
                        .as_bytes()
                        .first()
                        .is_some_and(u8::is_ascii_digit)
            })
            && is_currency_code(t)
        {
            money = true; // "CHF 120,000", "AED 4.5m"
            j += 1;
        }
        if j >= n {
            break;
        }
        let w = doc.tok_text(j);
        // "$3-4 million": after a currency, two numbers joined by a hyphen are a range.
        let money_range = if money { digit_range(w) } else { None };
        if !money && (hyphened_quantity(w) || glued_quantity(w)) {
            out.push(amount(doc, j, j, Label::Quantity));
            i = j + 1;
            continue;
        }
        if money_range.is_none()
            && w.contains(['-', '/', ':'])
            && w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        {
            i = j + 1; // dates, times, scores
            continue;
        }
        let (is_digits, has_scale) = money_range.map_or_else(|| digits(w), |s| (true, s));
        // Each `Low` read as a `&str` once (its deref checks the bytes again).
        let lw_low = Low::of(doc, j);
        let lw: &str = &lw_low;
        let is_word_num = !is_digits && number_word(lw);
        if !is_digits && !is_word_num {
            // Most words here ("the", "that") are no rank either: the tests on the next word
            // only for those that are.
            if !(ordinal_word(lw) || digit_ordinal(w)) {
                i += 1;
                continue;
            }
            // "the first quarter", "the 21st century" are dates: the time engine's.
            let next_low = Low::of(doc, i + 1);
            let next: &str = &next_low;
            let period = time_unit(next)
                || matches!(next, "quarter" | "half" | "term" | "season" | "anniversary");
            // "third countries", "third parties": others, not a rank.
            let others =
                lw == "third" && matches!(next, "countries" | "country" | "parties" | "party");
            if !money && !period && !others {
                out.push(amount(doc, i, i, Label::Ordinal));
            }
            i += 1;
            continue;
        }
        let mut end = j; // inclusive
        if !has_scale {
            while end + 1 < n {
                let nw = Low::of(doc, end + 1);
                if scale_word(&nw) || (is_word_num && number_word(&nw)) {
                    end += 1;
                } else {
                    break;
                }
            }
        }
        // "NOK 9.0 to 9.5 billion", "between €2m and €3m", "40 to 60 million yuan": a range of
        // money is one amount (a range of plain numbers is left as it was).
        if is_digits {
            if let Some(e) = range_end(doc, start, end, has_scale || end > j) {
                if money || currency_len(doc, e + 1) > 0 {
                    end = e;
                }
            }
        }
        let next = Low::of(doc, end + 1);
        let label = if matches!(&*next, "%" | "pct" | "percent") {
            end += 1;
            Some(Label::Percent)
        } else if (&*next == "per" && &*Low::of(doc, end + 2) == "cent")
            || (matches!(&*next, "percentage" | "basis")
                && matches!(&*Low::of(doc, end + 2), "points" | "point"))
        {
            end += 2;
            Some(Label::Percent)
        } else if money {
            Some(Label::Money)
        } else if let n @ 1.. = currency_len(doc, end + 1) {
            end += n;
            Some(Label::Money)
        } else if unit_word(&next) || (&*next == "parts" && &*Low::of(doc, end + 2) == "per") {
            // "parts" is a unit only before "per" ("0.09 parts per million", not "two parts").
            end += 1;
            end += unit_tail(doc, end);
            Some(Label::Quantity)
        } else if time_unit(&next) || month(&next) {
            None
        } else {
            let prev = if start > 0 {
                Low::of(doc, start - 1)
            } else {
                Low { b: [0; 24], n: 0 }
            };
            // "Oct. 27", "Sept. 18, 2023": the abbreviation's period between
            // the month and the day (one token with it, or one of its own).
            let prev_month = month(prev.trim_end_matches('.'))
                || (&*prev == "." && start > 1 && month(&Low::of(doc, start - 2)));
            let year_like = is_digits
                && w.len() == 4
                && matches!(w.as_bytes().first(), Some(b'1') | Some(b'2'));
            // "clause 5.2", "Section 12", "Article 7": the number cites a part of a document.
            let cited = is_digits && cites_a_part(doc, start, &prev);
            if prev_month || year_like || cited || (is_digits && &*prev == "the" && &*next == "of")
            {
                None
            } else {
                Some(Label::Cardinal)
            }
        };
        if let Some(l) = label {
            out.push(amount(doc, start, end, l));
        }
        i = end + 1;
    }
    out
}

fn amount(doc: &Doc, first: usize, last: usize, label: Label) -> TypedMention {
    TypedMention {
        start: doc.tokens[first].start(),
        end: doc.tokens[last].end(),
        label,
        role: None,
        country: None,
        capital_of: None,
        confidence: 0.8,
        tokens: first..last + 1,
    }
}

#[cfg(test)]
mod tests;
