//! An occasion dated by the day it is held on: "Sunday's final", "the vote on Sunday".
//!
//! An `occasion` noun of `data/time/tense.txt` (a final, a match, a vote, a summit) is held on
//! a day of its own, which is not the time of the clause's verb. The text speaks of it as
//! still to come after a `toward` preposition ("Tickets for Sunday's final were being
//! offered", "ahead of Sunday's vote", "tickets for the final on Sunday"), whatever the
//! clause's tense, and a possessive day of it is ahead in a clause that is not past ("Sunday's
//! final is sold out", "will travel to Sunday's summit"): then its day is the coming one.
//! What says it already happened keeps the day spoken of: a past clause with no such
//! preposition ("Sunday's final was played in the rain", "scored twice in Sunday's final"),
//! a `since` word outside a future clause ("is weaker after Sunday's vote"), or an `outcome`
//! noun before the preposition or after the occasion ("turnout for Sunday's vote",
//! "Sunday's election results").
//!
//! Input: the text and the byte span of a time expression. Output: whether its occasion is
//! ahead; [`super::tense::tense_at`] then gives the expression a future tense.

use super::tense::{kind, kinds_of, lower, Tense};
use std::borrow::Cow;

/// Most words between a `toward` preposition and the occasion noun ("for the cup final").
const MAX_MODIFIERS: usize = 3;

/// Whether `w` (lower case) is an occasion noun, alone or as the last part of a hyphenated
/// word ("semi-final").
fn occasion(w: &str) -> bool {
    kinds_of(w) & kind::OCCASION != 0
        || w.rsplit_once('-')
            .is_some_and(|(_, last)| kinds_of(last) & kind::OCCASION != 0)
}

fn is(w: Option<&Cow<str>>, k: u32) -> bool {
    w.is_some_and(|w| kinds_of(w) & k != 0)
}

/// The words of `text` before byte `at` within its clause (no comma, semicolon or bracket
/// crossed), lower case, nearest first.
fn words_before(text: &str, at: usize) -> Vec<Cow<'_, str>> {
    let before = crate::engine::text::before(text, at);
    let clause = before
        .rfind([',', ';', '(', ')', ':', '.', '"', '“', '”'])
        .and_then(|i| before.get(i + 1..))
        .unwrap_or(before);
    clause.split_whitespace().rev().map(lower).collect()
}

/// Whether the words before an occasion (nearest first) put it ahead: a `toward` preposition
/// right before it, or after at most [`MAX_MODIFIERS`] words ("for the cup final"), or "ahead
/// of"; not after an `outcome` noun ("turnout for").
fn toward(before: &[Cow<str>]) -> bool {
    let Some(i) = before
        .iter()
        .take(MAX_MODIFIERS + 1)
        .position(|w| kinds_of(w) & kind::TOWARD != 0 || w == "of")
    else {
        return false;
    };
    let next = before.get(i + 1);
    if before[i] == "of" {
        return next.is_some_and(|w| w == "ahead");
    }
    !is(next, kind::OUTCOME)
}

/// Whether a possessive day at bytes `at..end` ("Sunday" of "Sunday's final") in a clause of
/// `tense` names an occasion still to come.
pub(super) fn possessive_ahead(text: &str, at: usize, end: usize, tense: Option<Tense>) -> bool {
    // The words after the "'s", up to the clause's end: the occasion among the first few,
    // not followed by an outcome noun ("Sunday's election results").
    let after = text.get(end..).unwrap_or("");
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    let stop = after
        .find([',', ';', '(', ')', ':', '.', '"', '“', '”'])
        .unwrap_or(after.len());
    let words: Vec<Cow<str>> = after[..stop].split_whitespace().map(lower).collect();
    let Some(i) = words.iter().take(MAX_MODIFIERS).position(|w| occasion(w)) else {
        return false;
    };
    if is(words.get(i + 1), kind::OUTCOME) {
        return false;
    }
    let before = words_before(text, at);
    if toward(&before) {
        return true;
    }
    match tense {
        Some(Tense::Future) => true,
        Some(Tense::Present) => !is(before.first(), kind::SINCE),
        _ => false,
    }
}

/// Whether the day at byte `at` is the day an occasion is held on, after "on", in a stretch
/// that puts the occasion ahead: "tickets for the final on Sunday" (the clause's tense aside).
pub(super) fn held_ahead(text: &str, at: usize) -> bool {
    let before = words_before(text, at);
    if before.first().is_none_or(|w| w != "on") || !before.get(1).is_some_and(|w| occasion(w)) {
        return false;
    }
    before.get(2..).is_some_and(toward)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ahead(text: &str, day: &str, tense: Option<Tense>) -> bool {
        let at = text.find(day).unwrap_or(0);
        possessive_ahead(text, at, at + day.len(), tense)
    }

    #[test]
    fn a_possessive_occasion_is_ahead_unless_something_says_it_happened() {
        let past = Some(Tense::Past);
        let s = "Seats for Friday's derby sold out within an hour.";
        assert!(ahead(s, "Friday", past));
        let s = "Fans queued ahead of Friday's cup final in the rain.";
        assert!(ahead(s, "Friday", past));
        let s = "Friday's derby drew a record crowd.";
        assert!(!ahead(s, "Friday", past));
        assert!(ahead(s, "Friday", Some(Tense::Present)));
        // An outcome noun before the preposition or after the occasion: it happened.
        let s = "Turnout for Friday's vote was the lowest in years.";
        assert!(!ahead(s, "Friday", past));
        let s = "Friday's vote results show a swing to the left.";
        assert!(!ahead(s, "Friday", Some(Tense::Present)));
        let s = "The coalition looks weaker after Friday's vote.";
        assert!(!ahead(s, "Friday", Some(Tense::Present)));
        // No occasion: a ruling is reported once made.
        let s = "Lawyers for the port asked for Friday's ruling to be set aside.";
        assert!(!ahead(s, "Friday", past));
    }

    #[test]
    fn a_day_an_occasion_is_held_on_looks_ahead_after_toward() {
        let s = "Seats for the cup final on Friday were sold out.";
        assert!(held_ahead(s, s.find("Friday").unwrap_or(0)));
        let s = "The cup final on Friday was sold out.";
        assert!(!held_ahead(s, s.find("Friday").unwrap_or(0)));
    }
}
