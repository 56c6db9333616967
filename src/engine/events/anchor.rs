//! The anchor of "two weeks after X": the earlier event of the story that X names
//! ([`crate::engine::time::anchor`] says when a clause names X).
//!
//! Input: the tagged words and clauses, the time expressions, the events built so far and X's
//! byte span. Output: the index of the latest earlier event, dated by a time expression of its
//! own with a year, whose clause names X (an event the clause stage gave no clause, labelled
//! from its token window: the words of its label). Bounded: the last [`MAX_EVENTS`] events.

use super::draft::EventDraft;
use crate::engine::clause::{self, Clause};
use crate::engine::model::TimexType;
use crate::engine::pos::Words;
use crate::engine::text::Doc;
use crate::engine::time::anchor::{stem, verb_of, Wanted};
use crate::engine::time::value::{parse_value, TimeValue};
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

/// "The club said on Friday it had agreed the takeover. The announcement came a day after
/// Braga sold the striker": a main clause whose subject is an `[event_nouns]` noun ("the
/// announcement", "the move") and whose verb is "come" is the event the sentence before told,
/// dated by that sentence's last day with its year (a month or year is too coarse to count a
/// day from). `at`: a byte of the main clause, in sentence `s` of `doc`.
pub(super) fn came_after(
    doc: &Doc,
    words: &Words,
    clauses: &[Clause],
    timexes: &[TimexDraft],
    (at, s): (usize, usize),
) -> Option<String> {
    let c = clause::containing(clauses, words, at).filter(|c| c.verb.lemma == "come")?;
    let head = words.get(c.subject.as_ref()?.head())?;
    let noun = doc.text.get(head.start()..head.end())?;
    let lists = super::words::lists();
    if !lists
        .event_nouns
        .iter()
        .any(|n| n.eq_ignore_ascii_case(noun))
    {
        return None;
    }
    let before = doc.sentences.get(s.checked_sub(1)?)?;
    let first = timexes.partition_point(|t| t.start < before.start());
    timexes
        .get(first..)?
        .iter()
        .take_while(|t| t.end <= before.end())
        .filter(|t| {
            t.kind == TimexType::Date
                && matches!(
                    parse_value(&t.value),
                    Some(TimeValue::Day { y: Some(_), .. })
                )
        })
        .last()
        .map(|t| t.value.clone())
}
