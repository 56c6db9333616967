//! Phrase tests around a time expression that give or overrule its clause's tense: the
//! standard of a comparison ("than", "a premium of 31% over": past), a past verb right before
//! "in" ("was seized in April"), a `term` noun after a verb ("signed a contract until June")
//! and an infinitive between ("a plea to postpone the hearing until Christmas").
//!
//! Input: the text and byte positions. Output: yes or no, read by [`super::tense::tense_at`]
//! and the time loop. Words are `data/time/tense.txt`'s ([`super::tense_words`]).

use super::tense_words::{kind, kinds_of, lower, regular_past};
use crate::engine::shape::starts_lower;
use std::borrow::Cow;

/// Most words between the word opening the standard of a comparison and a time expression
/// inside it ("over Norrsken's closing price on").
const MAX_STANDARD_WORDS: usize = 6;

/// Whether the time expression at byte `at` stands in the standard of a comparison opened in
/// its clause (from byte `from`): after a `standard` word ("than", "versus"), or after a
/// `measure` preposition right after a `margin` noun and its "of" phrase ("a premium of 31%
/// over", "a 10% discount to"), with no verb nor boundary between ("than it did in March" is
/// the verb's own date).
pub(super) fn in_standard(text: &str, from: usize, at: usize) -> bool {
    // The clause's words before the expression, at most `text::before`'s window.
    let window = crate::engine::text::before(text, at);
    let clause = text
        .get(from..at)
        .filter(|c| c.len() < window.len())
        .unwrap_or(window);
    // Only the words the loop below can reach: the last `MAX_STANDARD_WORDS + 1`, and the
    // four before a `measure` word among them.
    let mut words: Vec<Cow<str>> = clause
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(MAX_STANDARD_WORDS + 5)
        .map(lower)
        .collect();
    words.reverse();
    let verb = |w: &str| {
        let k = kinds_of(w);
        k & (kind::PAST | kind::PRESENT | kind::FUTURE | kind::PERFECT | kind::PROSPECT) != 0
            || (k & kind::NOT_PAST == 0 && regular_past(w))
    };
    for (back, w) in words.iter().rev().enumerate() {
        if back > MAX_STANDARD_WORDS {
            return false;
        }
        let k = kinds_of(w);
        if k & kind::STANDARD != 0 {
            return true;
        }
        if k & kind::MEASURE != 0 {
            // The margin noun right before, maybe past its "of" phrase ("of 31%").
            let i = words.len() - 1 - back;
            let before = &words[i.saturating_sub(4)..i];
            let margin = before.iter().rposition(|p| kinds_of(p) & kind::MARGIN != 0);
            if let Some(m) = margin {
                let rest = &before[m + 1..];
                if rest.is_empty() || (rest[0] == "of" && rest.len() <= 3) {
                    return true;
                }
            }
        }
        if verb(w) {
            return false;
        }
    }
    false
}

/// Whether the time expression at byte `at` of `text` is the time of a past verb right
/// before it: "in" and a past form ("was seized in April", "prices rose in April"), so the
/// month has happened, not one a past clause announces ("told them of a cut in September").
pub fn dates_past_verb(text: &str, at: usize) -> bool {
    let mut words = crate::engine::text::before(text, at)
        .split_whitespace()
        .rev()
        .map(lower);
    if words.next().as_deref() != Some("in") {
        return false;
    }
    let Some(w) = words.next() else {
        return false;
    };
    let k = kinds_of(&w);
    let past = k & kind::PAST != 0 || (k & kind::NOT_PAST == 0 && regular_past(&w));
    // Not a participle after "be", "to" or a future marker within three words ("to be
    // published in November", "will be formally signed in April") nor a noun after a
    // determiner ("a cut in April").
    let mut before = words.take(3);
    let noun = before
        .next()
        .is_some_and(|p| kinds_of(&p) & kind::DET != 0 || p == "be" || p == "to");
    let ahead = noun || before.any(|p| p == "be" || p == "to" || kinds_of(&p) & kind::FUTURE != 0);
    past && !ahead
}

/// Whether the words at bytes `from..to` of `text` hold a `term` noun after a verb ("signed a
/// contract", "arrived on loan"), not only before one ("his contract ran").
pub(super) fn term_after_verb(text: &str, from: usize, to: usize) -> bool {
    let mut verb = false;
    text.get(from..to)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(lower)
        .any(|w| {
            let k = kinds_of(&w);
            let found = verb && k & kind::TERM != 0;
            verb |= k & (kind::PAST | kind::PRESENT | kind::FUTURE) != 0
                || (k & kind::NOT_PAST == 0 && regular_past(&w));
            found
        })
}

/// Whether the words at bytes `from..to` of `text` hold an infinitive: "to" and then a
/// lower-case word that is no determiner and no word of the time tables ("to delay", not
/// "to the court", "to London" or "to two years").
pub(super) fn infinitive_between(text: &str, from: usize, to: usize) -> bool {
    let mut words = text
        .get(from..to)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("to") {
            if let Some(next) = words.clone().next() {
                // A word of the time tables is a number or a time word ("to two years").
                if starts_lower(next)
                    && kinds_of(next) & kind::DET == 0
                    && super::tables::tables().id(next).is_none()
                {
                    return true;
                }
            }
        }
    }
    false
}
