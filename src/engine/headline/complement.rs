//! Where a label's complement ends: a copula's complement that an infinitive completes ("is
//! due | to travel to Oslo"), and an infinitive completing a verb across a date ("agreed last
//! Friday | to buy X").
//!
//! Takes [`Sources`] and one clause; returns word indices. Invariant: reads only the clause
//! and the next clause of its sentence; imports `sources` only.

use super::sources::Sources;
use crate::engine::clause::Clause;
use crate::engine::pos::Upos;

/// Where a copula clause's complement ends (a word index): the clause's end, or, when the
/// complement ends on an adjective and the next clause of the sentence is an infinitive
/// without a subject of its own that starts right there ("is due | to travel to Oslo",
/// "is ready | to sign the deal"), that clause's end: the infinitive completes the adjective.
pub(super) fn complement_end(src: &Sources, c: &Clause) -> usize {
    let end = c.words().end;
    let adjective_last =
        end > c.verb.words().end && src.words.get(end - 1).is_some_and(|w| w.upos == Upos::Adj);
    let i = src.clauses.partition_point(|x| x.words().start < end);
    src.clauses
        .get(i)
        .filter(|n| {
            adjective_last
                && n.words().start == end
                && n.sentence == c.sentence
                && n.subject.is_none()
                && src.words.get(end).is_some_and(|w| {
                    w.upos == Upos::Part && src.text(w.start(), w.end()).eq_ignore_ascii_case("to")
                })
        })
        .map_or(end, |n| n.words().end)
}

/// "agreed last Friday | to buy X": the words (indices) of the infinitive clause right after
/// clause `c`, in its sentence, without a subject of its own, when only a time expression (and
/// its preposition: "agreed on Friday to buy X") stands between `c`'s verb and it: the
/// infinitive completes the verb, as "agreed to buy X" would in one verb group.
pub(super) fn infinitive_after(src: &Sources, c: &Clause) -> Option<std::ops::Range<usize>> {
    let end = c.words().end;
    let i = src.clauses.partition_point(|x| x.words().start < end);
    let n = src.clauses.get(i)?;
    let to = src.words.get(end)?;
    // Only a time expression (and its preposition) between the verb and the infinitive.
    let between = c.verb.words().end..end;
    let dated = |j: usize| {
        src.words
            .get(j)
            .is_some_and(|w| src.in_timex(w.start(), w.end()))
    };
    let timed = between.clone().any(dated)
        && between
            .into_iter()
            .all(|j| dated(j) || src.words.upos(j) == Upos::Adp);
    (timed
        && n.words().start == end
        && n.sentence == c.sentence
        && n.subject.is_none()
        && to.upos == Upos::Part
        && src.text(to.start(), to.end()).eq_ignore_ascii_case("to"))
    .then(|| end..n.words().end)
}
