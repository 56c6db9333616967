//! Who states an event (attribution, PARC's *source* and *cue*): the subject of the reporting
//! clause the event's clause is reported by ("Lars Holm said the firm had not carried …", "…,
//! the ministry said.", "…, said the ministry."), or the noun group of an "according to"
//! phrase in the sentence. A claim then reads as a claim on the timeline, not as a fact.
//!
//! Reads the clauses and the headline's [`Sources`] (entities, resolved pronouns); imports no
//! other stage. Byte offsets throughout.

use super::words;
use crate::engine::clause::{Clause, Group, SubjectSource};
use crate::engine::headline::Sources;
use crate::engine::pos::Upos;

/// An event's source: as written in a label (an entity by its full name), the entity's index
/// when the source names one (a pronoun resolved to it counts), and the cue ("said",
/// "according to").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceDraft {
    pub text: String,
    pub entity: Option<usize>,
    pub cue: String,
}

fn reporting(c: &Clause) -> bool {
    !c.verb.negated
        && words::lists()
            .reporting_lemmas
            .contains(&c.verb.lemma.as_str())
}

/// The source a reporting clause `c` gives: its subject, or, for a clause closing the
/// sentence (`closing`) with the subject after the verb ("…, said the ministry"), the noun
/// group right after it. Before the clause it reports, a group after the verb is what is
/// said ("said two of his sons were …", "said her wedding was set"), never who says it.
fn of_reporting(src: &Sources, c: &Clause, closing: bool) -> Option<SourceDraft> {
    let verb = src.words.get(c.verb.head())?;
    let after_verb = |g: &Group| g.words().start >= c.verb.words().end;
    let group: &Group = match &c.subject {
        Some(g) if closing || !after_verb(g) => g,
        Some(_) => return None,
        None if closing => c.objects().iter().next().filter(|g| after_verb(g))?,
        None => return None,
    };
    let (text, entity) = src.source(group)?;
    Some(SourceDraft {
        text,
        entity,
        cue: src.doc.text.get(verb.start()..verb.end())?.to_string(),
    })
}

/// The source of the event clause `clauses[i]`: the reporting clause just before it in its
/// sentence whose complement it is ("Officials said [the ship would reach Malta]"; not a
/// clause sharing its subject, "announced X and [wrapped up the deal]"), else a reporting
/// clause closing the sentence after it ("[The navy seized it], the ministry said."), else an
/// "according to" phrase of the sentence. `reported_by` is the reporting clause the caller
/// already passed over to reach the event's clause, if any. A speaker the text names is
/// preferred to an unresolved "I" or "we" ("'I think …,' said Jim Webber").
pub(super) fn of_event(
    src: &Sources,
    i: usize,
    reported_by: Option<&Clause>,
) -> Option<SourceDraft> {
    let clauses = src.clauses;
    let c = clauses.get(i)?;
    let same = |o: &&Clause| o.sentence == c.sentence;
    let before = reported_by
        .map(|r| of_reporting(src, r, false))
        .or_else(|| {
            let p = i
                .checked_sub(1)
                .and_then(|k| clauses.get(k))
                .filter(same)
                .filter(|p| reporting(p) && p.verb.words().end <= c.words().start)
                .filter(|_| !coordinated(src, c))?;
            Some(of_reporting(src, p, false))
        });
    let after = || {
        clauses
            .get(i + 1)
            .filter(same)
            .filter(|n| reporting(n) && closes_sentence(src, n) && comma_between(src, c, n))
            .and_then(|n| of_reporting(src, n, true))
    };
    match before {
        Some(Some(s)) if unnamed_speaker(&s) => after().or(Some(s)),
        Some(s) => s,
        None => after().or_else(|| according_to(src, c)),
    }
}

/// Whether clause `c` shares the subject of the clause before it through a conjunction
/// ("announced a route and signed a charter"): the speaker's own act. A complement whose
/// subject the chunker left to the verb before ("said the harbour's gain was the weakest")
/// shares it with no conjunction between.
fn coordinated(src: &Sources, c: &Clause) -> bool {
    if c.subject_source != SubjectSource::Shared {
        return false;
    }
    let edge = |k: usize| src.words.get(k).is_some_and(|w| w.upos == Upos::Cconj);
    edge(c.words().start) || c.words().start.checked_sub(1).is_some_and(edge)
}

/// An unresolved first- or second-person pronoun: the text names no one.
fn unnamed_speaker(s: &SourceDraft) -> bool {
    s.entity.is_none()
        && ["i", "we", "me", "us", "you"]
            .iter()
            .any(|p| s.text.eq_ignore_ascii_case(p))
}

/// Whether clause `n` closes its sentence: nothing but punctuation follows it, or a comma
/// opening what describes its speaker ("…,” said Mats Oberg, who runs the firm.").
fn closes_sentence(src: &Sources, n: &Clause) -> bool {
    let (_, end) = n.span(src.words);
    let Some(sentence) = src.doc.sentences.get(n.sentence()) else {
        return false;
    };
    src.doc.text.get(end..sentence.end()).is_some_and(|rest| {
        rest.trim_start().starts_with(',') || rest.chars().all(|ch| !ch.is_alphanumeric())
    })
}

/// Whether a comma or a closing quote stands between the words of clause `c` and those of the
/// next one `n` (punctuation at a clause's edge may be either clause's): "…, the ministry
/// said", "…,” he added".
fn comma_between(src: &Sources, c: &Clause, n: &Clause) -> bool {
    let words = src.words;
    let has_text = |w: &crate::engine::pos::Word| {
        src.doc
            .text
            .get(w.start()..w.end())
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
    };
    let c_end = words
        .range(c.words())
        .rev()
        .find(|w| has_text(w))
        .map(|w| w.end());
    let n_start = words
        .range(n.words())
        .find(|w| has_text(w))
        .map(|w| w.start());
    let (Some(a), Some(b)) = (c_end, n_start) else {
        return false;
    };
    src.doc
        .text
        .get(a..b)
        .is_some_and(|gap| gap.contains([',', '"', '”', '’']))
}

/// The noun group after "according to" in the sentence of clause `c` (a phrase of `c` or of
/// a clause of the same sentence).
fn according_to(src: &Sources, c: &Clause) -> Option<SourceDraft> {
    let text = src.doc.text;
    let clauses = src.clauses;
    let first = clauses.partition_point(|o| o.sentence < c.sentence);
    clauses
        .get(first..)?
        .iter()
        .take_while(|o| o.sentence == c.sentence)
        .flat_map(|o| o.preps())
        .find(|p| {
            let (a, b) = p.prep();
            text.get(a..b).is_some_and(|w| w.eq_ignore_ascii_case("to"))
                && text
                    .get(..a)
                    .map(str::trim_end)
                    .is_some_and(|t| t.to_ascii_lowercase().ends_with("according"))
        })
        .and_then(|p| {
            let (text, entity) = src.source(&p.object)?;
            Some(SourceDraft {
                text,
                entity,
                cue: "according to".to_string(),
            })
        })
}

/// Whether the date at byte `at` is the day of a report whose reported clause, right after
/// it, is told in the past perfect ("said on Monday it had cooperated", "told reporters on
/// Friday that police had found ..."): what it reports happened before that day, so the
/// event is ordered before the date, not dated by it. `words`: the tagged words the clauses
/// were found in.
pub(super) fn reported_before(
    clauses: &[Clause],
    words: &crate::engine::pos::Words,
    at: usize,
) -> bool {
    use crate::engine::clause::{containing, Aspect, Tense};
    let Some(c) = containing(clauses, words, at).filter(|c| reporting(c)) else {
        return false;
    };
    let i = clauses.partition_point(|x| x.span(words).0 <= c.span(words).0);
    clauses
        .get(i)
        .filter(|n| n.sentence == c.sentence && n.span(words).0 >= at)
        .is_some_and(|n| {
            n.verb.tense == Tense::Past
                && matches!(
                    n.verb.aspect,
                    Aspect::Perfective | Aspect::PerfectiveProgressive
                )
        })
}
