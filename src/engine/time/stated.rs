//! Days the story stated, kept for expressions that count from the day an earlier sentence
//! dated an event: "Two weeks after the embargo took effect, ..." ([`Stated::anchored`]), "in
//! the same week as the vote" ([`same_as`]).
//!
//! Input: each stated day with its byte start, pushed while a sentence is read and handed
//! over when the next begins ([`Stated::next_sentence`]); the clause stage's clauses.
//! Output: a [`TimeValue`] counted from the day whose clause names X ([`anchor`]).

use super::anchor;
use super::matcher::Match;
use super::norm;
use super::tables::Action;
use super::value::{self, TimeValue};
use crate::engine::clause::{self, Clause};
use crate::engine::pos::Words;
use crate::engine::text::Doc;

/// Most stated days kept for [`Stated::anchored`] (the latest first).
const MAX_STATED: usize = 64;

/// The days (byte start, value) earlier sentences stated, and those of the sentence being read.
#[derive(Debug, Default)]
pub(super) struct Stated {
    earlier: Vec<(usize, TimeValue)>,
    here: Vec<(usize, TimeValue)>,
}

impl Stated {
    /// A new sentence begins: the days of the last one become earlier days (the oldest
    /// dropped past [`MAX_STATED`]).
    pub fn next_sentence(&mut self) {
        self.earlier.append(&mut self.here);
        if self.earlier.len() > 2 * MAX_STATED {
            let keep = self.earlier.len() - MAX_STATED;
            self.earlier.copy_within(keep.., 0);
            self.earlier.truncate(MAX_STATED);
        }
    }

    /// The sentence being read stated day `v` at byte `start`.
    pub fn push(&mut self, start: usize, v: TimeValue) {
        self.here.push((start, v));
    }

    /// "Two weeks after the embargo took effect, ...": the day the story dated the clause X
    /// names ([`anchor`]) moved by `duration` ("P2W") in direction `dir`, when a stated day of
    /// an earlier sentence dates such a clause. X runs from byte `x_start` to the next comma,
    /// semicolon or `sentence_end`.
    pub fn anchored(
        &self,
        doc: &Doc,
        (stage, words): (&[Clause], &Words),
        (x_start, sentence_end): (usize, usize),
        duration: &str,
        dir: i64,
    ) -> Option<TimeValue> {
        let x_end = anchor::x_end(doc.text, x_start, sentence_end);
        let wanted = anchor::Wanted::of(doc.text, words, stage, (x_start, x_end))?;
        let (_, v) = self
            .earlier
            .iter()
            .rev()
            .take(MAX_STATED)
            .find(|(start, _)| {
                clause::containing(stage, words, *start)
                    .is_some_and(|c| wanted.named_by(doc.text, words, c))
            })?;
        value::parse_value(&value::shift_value(&v.to_timeml(), duration, dir)?)
    }
}

/// X's span in "the same week as X", "the same day as X" when match `m` is such an
/// anaphor ("the same ...") in the sentence ending at byte `end` ([`anchor::as_phrase`]).
pub(super) fn same_as(doc: &Doc, m: &Match, end: usize) -> Option<(usize, usize)> {
    let same = m.rule.action == Action::Anaphor && norm::int_arg(m) == 0 && norm::has(m, "same");
    same.then(|| anchor::as_phrase(doc.text, m.end, end))
        .flatten()
}
