//! The anchor of "two weeks after X": the earlier event of the story that X names.
//!
//! "The embargo took effect on 3 March 2025. Two weeks after the embargo took effect, the
//! first carrier left": X ("the embargo took effect") is the event the story dated before, so
//! the carrier left on 17 March, counted from that event's date and never from the document's.
//!
//! Input: the tagged words and clauses, the time expressions, the events built so far and X's
//! byte span. Output: the index of the latest earlier event, dated by a time expression of its
//! own, whose clause names every noun, name and full verb of X in its verb (by lemma: "took"
//! and "take" meet) or in its subject and objects, compared by a light stem. A word elsewhere
//! in that clause does not count: "the murder" is not the search "in the murder inquiry".
//! Bounded: X's first [`MAX_WORDS`] content words, the last [`MAX_EVENTS`] events,
//! [`MAX_NAMED`] words of each.

use super::EventDraft;
use crate::engine::clause::{self, Clause};
use crate::engine::pos::{Upos, Word};
use crate::engine::time::value::parse_value;
use crate::engine::time::TimexDraft;

/// Content words of X compared, at most.
const MAX_WORDS: usize = 8;
/// Earlier events tried, at most (latest first).
const MAX_EVENTS: usize = 64;
/// Words of an event's subject and objects compared, at most.
const MAX_NAMED: usize = 32;

/// Lower case without the common inflections: "signed", "signs", "signing" → "sign";
/// "vote", "voted", "votes" → "vot"; "sanctions" → "sanction".
fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    let mut s = w.as_str();
    for suffix in ["ing", "ied", "ies", "ed", "es", "s"] {
        if s.len() > suffix.len() + 2 && s.ends_with(suffix) {
            s = &s[..s.len() - suffix.len()];
            break;
        }
    }
    s.strip_suffix('e')
        .filter(|r| r.len() > 2)
        .unwrap_or(s)
        .to_string()
}

/// A word X must share with its event: a noun, a name or a full verb.
fn content(w: &Word) -> bool {
    matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Verb)
}

/// The lemma of the clause whose head verb is word `i`, if any.
fn lemma_of<'c>(clauses: &'c [Clause], words: &[Word], i: usize) -> Option<&'c str> {
    let w = words.get(i)?;
    clause::containing(clauses, words, w.start())
        .filter(|c| c.verb.head() == i)
        .map(|c| c.verb.lemma.as_str())
}

/// The stems an event's clause names: its verb's lemma and the words of its subject and
/// objects ("Orvik Shipping signed the charter deal" → orvik, shipping, sign, charter, deal).
fn named(text: &str, words: &[Word], c: &Clause) -> Vec<String> {
    let groups = c.subject.iter().chain(c.objects().iter());
    let mut out: Vec<String> = groups
        .flat_map(|g| g.words())
        .take(MAX_NAMED)
        .filter_map(|k| words.get(k))
        .map(|w| stem(text.get(w.start()..w.end()).unwrap_or("")))
        .collect();
    out.push(stem(c.verb.lemma.as_str()));
    out
}

/// Index of the earlier event X (bytes `x.0..x.1`) names; see the module comment.
pub(super) fn find(
    text: &str,
    words: &[Word],
    clauses: &[Clause],
    timexes: &[TimexDraft],
    out: &[EventDraft],
    x: (usize, usize),
) -> Option<usize> {
    let first = words.partition_point(|w| w.start() < x.0);
    let wanted: Vec<(String, Option<String>)> = words
        .get(first..)?
        .iter()
        .enumerate()
        .take_while(|(_, w)| w.end() <= x.1)
        .filter(|(_, w)| content(w))
        .take(MAX_WORDS)
        .map(|(k, w)| {
            let form = stem(text.get(w.start()..w.end()).unwrap_or(""));
            (form, lemma_of(clauses, words, first + k).map(stem))
        })
        .collect();
    if wanted.is_empty() {
        return None;
    }
    let lo = out.len().saturating_sub(MAX_EVENTS);
    (lo..out.len()).rev().find(|&i| {
        let Some(e) = out.get(i) else { return false };
        let dated = e.sentence.1 <= x.0 && parse_value(&e.date).is_some_and(|v| v.year().is_some());
        let Some(t) = e.timex.and_then(|ti| timexes.get(ti)).filter(|_| dated) else {
            return false;
        };
        // An event the clause stage gave no clause (labelled from its token window): the
        // words of its label.
        let have = match clause::containing(clauses, words, t.start) {
            Some(c) => named(text, words, c),
            None => e.label.split_whitespace().map(stem).collect(),
        };
        wanted.iter().all(|(form, lemma)| {
            have.contains(form) || lemma.as_ref().is_some_and(|l| have.contains(l))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in [
            ("signed", "sign"),
            ("Votes", "vote"),
            ("voted", "voting"),
            ("sanctions", "sanction"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_ne!(stem("deal"), stem("death"));
    }
}
