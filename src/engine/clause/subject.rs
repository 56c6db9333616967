//! Subjects the clause splitter cannot read off the words before the verb: time groups that
//! are never subjects ("last year came ..."), the name an apposition before the verb
//! describes ("Hikvision, a camera maker, said"), and the antecedent of a relative clause
//! that a following clause takes ("the valves (that) Norland bought came from ...").
//!
//! Input: the document, its tagged words, the sentence's chunks and the clauses found so far.
//! Output: a [`Group`] (byte span, word indices) or a yes/no.

use super::{group, is, noun_ending_at, words, Chunk, Clause, Group, SubjectSource, Tense};
use crate::engine::pos::{Upos, Words};
use crate::engine::text::Doc;
use std::ops::Range;

/// Whether the words of `r` only date their clause ("last year", "the same month"): time
/// modifiers, articles and at least one time noun (`data/clause/words.txt`).
pub(super) fn time_group(doc: &Doc, words: &Words, r: Range<usize>) -> bool {
    let l = words::lists();
    let noun = r.clone().any(|j| is(doc, &words.at(j), &l.time_nouns));
    noun && r.clone().all(|j| {
        is(doc, &words.at(j), &l.time_nouns)
            || is(doc, &words.at(j), &l.time_modifiers)
            || is(doc, &words.at(j), &["the"])
    })
}

/// The subject `g` found right before a verb group starting at word `v`, when it ends an
/// apposition: the name the apposition describes, as a word range. "Hikvision, a camera
/// maker, ...", "Norvik, a cable maker based in ...": the noun group before a comma before
/// `g`; "Nordvik Foods, the Oslo-based maker of fish and ready meals, agreed": a longer
/// apposition opened by a comma and an article ([`super::repair::appositive_subject`]).
/// "Last week, Japan provided ..." and "On Monday, Germany ..." are none. `start` is the
/// clause range's first word; `chunks` the sentence's groups.
pub(super) fn named_before_apposition(
    doc: &Doc,
    words: &Words,
    chunks: &[(Chunk, Range<usize>)],
    g: &Group,
    v: usize,
    start: usize,
) -> Option<Range<usize>> {
    let s0 = g.words().start;
    // The apposition is set off by commas on both sides, or is a description after a name.
    let closed = (g.words().end..v).any(|j| is(doc, &words.at(j), &[","]));
    let described = words.upos(s0) == Upos::Det;
    // Not a prepositional object.
    let prep_object = |r: &Range<usize>| r.start > start && words.upos(r.start - 1) == Upos::Adp;
    let before = (s0 >= 2 && is(doc, &words.at(s0 - 1), &[","]))
        .then(|| noun_ending_at(chunks, s0 - 1))
        .flatten();
    if let Some(r) = before.filter(|r| {
        let name = words.upos(r.end - 1) == Upos::Propn;
        !prep_object(r) && ((closed && (name || r.start == start)) || (described && name))
    }) {
        return Some(r.clone());
    }
    closed
        .then(|| super::repair::appositive_subject(doc, words, chunks, v, start))
        .flatten()
        .filter(|r| r.start < s0 && !prep_object(r))
}

/// "Van der Berg, founded in Eindhoven in 1962, reported", "The ship, seized in May,": a
/// lone past participle right after a comma that follows its subject `g` is a reduced
/// relative, passive (an active past verb is not set off from its subject by a comma). The
/// subject opens the clause at word `start` and is a name or a noun after a determiner: a
/// name in apposition ("the envoy, Ann Lee, arrived") ends a parenthesis, not a subject.
/// `vr` is the verb group's word range.
pub(super) fn participle_after_comma(
    doc: &Doc,
    words: &Words,
    g: &Group,
    vr: &Range<usize>,
    start: usize,
) -> bool {
    let head = words.upos(g.head());
    g.words().start == start
        && (head == Upos::Propn || head == Upos::Noun && words.upos(start) == Upos::Det)
        && vr.len() == 1
        && g.words().end + 1 == vr.start
        && is(doc, &words.at(vr.start - 1), &[","])
        && words.upos(vr.start) == Upos::Verb
        && super::verb::is_past_form(&super::lower(doc, &words.at(vr.start)), true)
}

/// "…, and in 2019 it provided", "and, in March 2021, it sold": before a subject starting at
/// word `cut` (after word `floor`), a preposition with a date or time group right after a
/// conjunction (a comma between) opens the coordinated clause, not the one before: the first
/// word of the conjunction.
pub(super) fn dating_opener(doc: &Doc, words: &Words, floor: usize, cut: usize) -> Option<usize> {
    const MAX: usize = 6;
    let l = words::lists();
    let mut j = cut;
    while j > floor && is(doc, &words.at(j - 1), &[","]) {
        j -= 1;
    }
    let end = j;
    let p = (floor.max(end.saturating_sub(MAX))..end)
        .rev()
        .find(|&k| words.upos(k) == Upos::Adp)?;
    let digits = |k: usize| words.upos(k) == Upos::Num;
    let dating = (p + 1..end).all(|k| {
        digits(k)
            || is(doc, &words.at(k), &l.time_nouns)
            || is(doc, &words.at(k), &l.time_modifiers)
            || is(doc, &words.at(k), &["the"])
            || (words.upos(k) == Upos::Propn && k + 1 < end && digits(k + 1))
    }) && (p + 1..end).any(|k| digits(k) || is(doc, &words.at(k), &l.time_nouns));
    let mut c = p;
    while c > floor && is(doc, &words.at(c - 1), &[","]) {
        c -= 1;
    }
    (dating && c > floor && words.upos(c - 1) == Upos::Cconj).then_some(c - 1)
}

/// "Tarvik Capital, whose profit rose 12%, acquired X": a clause opened by a comma right
/// after a relative clause opened by ", whose" takes that clause's antecedent (the noun group
/// before the comma), not the subject the relative clause has of its own ("profit"). `prev` is
/// the clause whose subject it would share.
pub(super) fn whose_antecedent(
    doc: &Doc,
    words: &Words,
    chunks: &[(Chunk, Range<usize>)],
    prev: &Clause,
) -> Option<Group> {
    let v = prev.verb.words().start;
    let whose = prev
        .words()
        .take_while(|&j| j < v)
        .filter(|&j| {
            j > 0 && is(doc, &words.at(j), &["whose"]) && is(doc, &words.at(j - 1), &[","])
        })
        .last()?;
    noun_ending_at(chunks, whose - 1).map(|r| group(r.clone()))
}

/// "the gallium that Japan used came from ...", "the valves Norland bought last year came
/// from ...": a clause with no subject of its own right after a relative clause whose verb
/// has no object takes that clause's antecedent (the noun group before its subject, or before
/// its relative pronoun). `cs` is the clause's first word, `v` its verb group's; `out` holds
/// the clauses found so far (sentence `si`'s last).
pub(super) fn gap_antecedent(
    doc: &Doc,
    words: &Words,
    chunks: &[(Chunk, Range<usize>)],
    out: &[Clause],
    si: usize,
    cs: usize,
    v: usize,
) -> Option<Group> {
    let prev = out.last().filter(|c| c.sentence() == si)?;
    let ps = prev.subject.as_ref()?;
    let only_time = (cs..v).all(|j| words.upos(j) != Upos::Punct && words.upos(j) != Upos::Cconj);
    if !only_time
        || prev.subject_source != SubjectSource::Own
        || prev.verb.tense == Tense::None
        || prev.verb.passive
        || !prev.objects().is_empty()
        || ps.words().end != prev.verb.words().start
    {
        return None;
    }
    let mut j = ps.words().start;
    let relative = |k: usize| {
        is(doc, &words.at(k), &words::lists().relative)
            || (is(doc, &words.at(k), &["that"]) && words.upos(k) != Upos::Det)
    };
    if j > 0 && relative(j - 1) {
        j -= 1;
    }
    noun_ending_at(chunks, j)
        .filter(|r| words.upos(r.end - 1) == Upos::Noun)
        .map(|r| group(r.clone()))
}
