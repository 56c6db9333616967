//! The anchor of "two weeks after X": the earlier event of the story that X names
//! ([`crate::engine::time::anchor`] says when a clause names X).
//!
//! Input: the tagged words and clauses, the time expressions, the events built so far and X's
//! byte span. Output: the index of the latest earlier event, dated by a time expression of its
//! own with a year, whose clause names X (an event the clause stage gave no clause, labelled
//! from its token window: the words of its label). Bounded: the last [`MAX_EVENTS`] events.

use super::EventDraft;
use crate::engine::clause::{self, Clause};
use crate::engine::pos::Words;
use crate::engine::time::anchor::{stem, verb_of, Wanted};
use crate::engine::time::value::parse_value;
use crate::engine::time::TimexDraft;

/// Earlier events tried, at most (latest first).
const MAX_EVENTS: usize = 64;

/// Index of the earlier event X (bytes `x.0..x.1`) names; see the module comment.
pub(super) fn find(
    text: &str,
    words: &Words,
    clauses: &[Clause],
    timexes: &[TimexDraft],
    out: &[EventDraft],
    x: (usize, usize),
) -> Option<usize> {
    let wanted = Wanted::of(text, words, clauses, x)?;
    let lo = out.len().saturating_sub(MAX_EVENTS);
    (lo..out.len()).rev().find(|&i| {
        let Some(e) = out.get(i) else { return false };
        let dated = e.sentence.1 <= x.0 && parse_value(&e.date).is_some_and(|v| v.year().is_some());
        let Some(t) = e.timex.and_then(|ti| timexes.get(ti)).filter(|_| dated) else {
            return false;
        };
        match clause::containing(clauses, words, t.start) {
            Some(c) => wanted.named_by(text, words, c),
            None => {
                let mut have = Vec::new();
                for w in e.label.split_whitespace() {
                    let form = stem(w);
                    have.extend(verb_of(&form));
                    have.push(form);
                }
                wanted.within(&have)
            }
        }
    })
}

/// Whether X (bytes `x.0..x.1`) names no event of its own: no noun, name or full verb ("two
/// weeks after that", "days after this").
pub(super) fn names_nothing(
    text: &str,
    words: &Words,
    clauses: &[Clause],
    x: (usize, usize),
) -> bool {
    Wanted::of(text, words, clauses, x).is_none()
}
