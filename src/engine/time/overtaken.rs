//! A plan the text says was overtaken: "The vote, originally set for the week of 3 March, was
//! postponed", "a summit scheduled for May was called off", "a hearing first slated for
//! Tuesday".
//!
//! A schedule read alone looks ahead of the document date ("a summit set for April" is the
//! next April: [`super::tense`]). A plan the text calls former (a `former` word right before
//! its `schedule` word: "originally", "initially") or that the sentence says was undone (an
//! `undo` participle after "was", "were" or "been", or one with its object: "postponed the
//! vote") belongs to the past that made it: its date is not pushed to the next occurrence
//! after the document date but read as a date without a tense, the one nearest the document
//! date ("originally set for 3 March, was postponed" written in April is the March gone, and
//! "originally planned for June" written in April still the coming June, where a past clause
//! would read last June). A plan word is a `schedule` word or a `prospect` that is no
//! auxiliary ("planned", not "was").
//!
//! Input: the text and byte positions of a clause, an expression and its sentence. Output:
//! whether the expression is such a plan's date ([`overtaken`]), or the new date of a
//! postponement ("was postponed until June", "delayed to 12 May": [`postponed_to`]), which
//! looks ahead as a `term` does in a past clause. Words are `data/time/tense.txt`'s.

use super::tense::{kind, kinds_of, lower};
use std::borrow::Cow;

/// Most words between the schedule word and the time expression ("set for the week of").
const MAX_PLAN_WORDS: usize = 4;

/// Most words between an `undo` participle and the "to"/"until" of its new date ("postponed
/// the final vote until").
const MAX_UNDO_WORDS: usize = 4;

/// The words of `text` at bytes `from..to`, lower case, split on spaces and punctuation.
fn words(text: &str, from: usize, to: usize) -> Vec<Cow<'_, str>> {
    text.get(from..to)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(lower)
        .collect()
}

fn is(w: Option<&Cow<str>>, k: u32) -> bool {
    w.is_some_and(|w| kinds_of(w) & k != 0)
}

/// Whether the `undo` word at index `i` of `ws` is a done undoing: after "was", "were" or
/// "been" (maybe past one adverb: "was later cancelled"), or before a determiner (its object:
/// "postponed the vote"). Not "could be postponed", "to postpone".
fn undone(ws: &[Cow<str>], i: usize) -> bool {
    let passive = |j: usize| {
        ws.get(j)
            .is_some_and(|w| matches!(w.as_ref(), "was" | "were" | "been"))
    };
    is(ws.get(i), kind::UNDO)
        && (i.checked_sub(1).is_some_and(passive)
            || i.checked_sub(2).is_some_and(passive)
            || is(ws.get(i + 1), kind::DET))
}

/// Whether the time expression at byte `at`, in the clause from byte `clause_start`, in the
/// sentence at bytes `sentence`, is the date of a plan the text says was overtaken (see the
/// module doc).
pub fn overtaken(text: &str, clause_start: usize, at: usize, sentence: (usize, usize)) -> bool {
    let before = words(text, clause_start.max(sentence.0), at);
    let Some(p) = before
        .iter()
        .rev()
        .take(MAX_PLAN_WORDS + 1)
        .position(|w| {
            let k = kinds_of(w);
            k & kind::SCHEDULE != 0 || (k & kind::PROSPECT != 0 && k & kind::AUX == 0)
        })
        .map(|back| before.len() - 1 - back)
    else {
        return false;
    };
    // "originally set for", "was initially scheduled for", "had first been slated for".
    let former = (1..=2).any(|k| {
        p.checked_sub(k)
            .is_some_and(|j| is(before.get(j), kind::FORMER))
    });
    if former {
        return true;
    }
    // "A vote set for March was postponed", "cancelled the summit scheduled for May".
    let sentence_words = words(text, sentence.0, sentence.1);
    (0..sentence_words.len()).any(|i| undone(&sentence_words, i))
}

/// Whether the time expression at byte `at` (in the clause from byte `clause_start`) is the
/// new date of a postponement: right after "until", "till" or "to" that follows an `undo`
/// word within [`MAX_UNDO_WORDS`] words ("was postponed until June", "delayed the vote to 12
/// May").
pub fn postponed_to(text: &str, clause_start: usize, at: usize) -> bool {
    let before = words(text, clause_start, at);
    let Some(last) = before.last() else {
        return false;
    };
    if !(last == "to" || kinds_of(last) & kind::FORWARD != 0) {
        return false;
    }
    before
        .iter()
        .rev()
        .skip(1)
        .take(MAX_UNDO_WORDS + 1)
        .any(|w| kinds_of(w) & kind::UNDO != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(text: &str, date: &str) -> bool {
        let at = text.find(date).unwrap_or(0);
        overtaken(text, 0, at, (0, text.len()))
    }

    #[test]
    fn a_former_or_undone_plan_is_overtaken() {
        assert!(plan(
            "The ballot, originally set for 9 June, was moved.",
            "9 June"
        ));
        assert!(plan("The fair was initially scheduled for May.", "May"));
        assert!(plan(
            "A tasting slated for Friday was later cancelled.",
            "Friday"
        ));
        assert!(plan("The council postponed a ballot set for June.", "June"));
        assert!(!plan(
            "A summit set for April will be held in Bergen.",
            "April"
        ));
        assert!(!plan(
            "The vote is set for 9 June but could be postponed.",
            "9 June"
        ));
        assert!(!plan("The firm first opened in May.", "May"));
    }

    #[test]
    fn the_new_date_of_a_postponement_follows_its_verb() {
        let t = "The opening was postponed until June.";
        assert!(postponed_to(t, 0, t.find("June").unwrap_or(0)));
        let t = "The club delayed the final vote to 12 May.";
        assert!(postponed_to(t, 0, t.find("12 May").unwrap_or(0)));
        let t = "The opening stayed open until June.";
        assert!(!postponed_to(t, 0, t.find("June").unwrap_or(0)));
    }
}
