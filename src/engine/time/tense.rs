//! Tense per clause: which way a time expression without a year or week points.
//!
//! Input: one sentence of [`Doc`] tokens. Output: [`Clause`]s, byte spans that
//! tile the sentence, each with the [`Tense`] of its verb group (or `None` when
//! it has none the word list knows). A time expression takes the tense of the
//! clause it starts in ([`tense_at`]): "was arrested on Friday and will appear
//! on Thursday" gives Friday a past clause and Thursday a future one.
//!
//! The split is a heuristic on words, not on part-of-speech tags:
//! boundaries are the words and marks of `data/time/tense.txt` ("," "and"
//! "when" ";"), verb groups are found by that list (auxiliaries, modals,
//! irregular past forms) and by shape (regular "-ed" past forms, not after a
//! determiner nor before "by" without an auxiliary: "an unspecified date",
//! "markets untouched by"); a prospect ("plans to") after a full verb starts a
//! group of its own, and "had" or "was/were due" keeps a group past ("had been due to",
//! "were due to end"); a past act on a deal ("agreed to buy") looks ahead but for a
//! day, which is the act's ([`Clause::act`]). Inside
//! a stretch between boundaries each verb group owns the words after it up to
//! the next group (an expression follows its verb; words before the first
//! group belong to it). A stretch with no verb
//! takes the tense of the stretch before it, else the one after it, so "In
//! January, the plant closed" reads January as past. Swapping in the clause
//! stage's clauses first measured worse (TempEval-3 value F1 79.51 against
//! 79.61, and 81.60 against 82.08 later), so this split stays and the clause
//! stage's tense stands in only where the split finds no verb (the `stage`
//! argument of [`tense_at`]).

pub use super::cues::dates_past_verb;
use super::cues::{in_standard, infinitive_between, term_after_verb};
use super::tense_words::regular_past;
pub(super) use super::tense_words::{kind, kinds_of, lower};
use crate::engine::shape::starts_lower;
use crate::engine::text::Doc;
use std::borrow::Cow;

/// The tense of a clause, as far as dates care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    /// "will", "would", "is due", "is scheduled to", "plans to".
    Future,
}

/// A clause: a byte span of the sentence and its tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub tense: Option<Tense>,
    /// The clause looks ahead only through a past act of agreeing (deciding, voting) on a
    /// deal ("agreed to buy Brimvale on Monday", the `act` and `deal` words): the act is the
    /// news, so a day in the clause is the act's, now past, while a month or a year is the
    /// deal's later step, ahead ("agreed to buy the mill in February"; the one such case in
    /// TempEval-3's training data is annotated ahead too). Or only through a `possible`
    /// modal ("could") before a verb: "prices could rise by October" looks ahead, while a day
    /// is more often a past one ("could be located Wednesday", "could take place on Friday"
    /// in a report of what was tried), as TempEval-3's training data has it. See [`tense_at`].
    pub act: bool,
}

/// What one token contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Verb(Tense),
    Strong,
    Weak,
    /// A word a verb group runs through ("not", "be").
    Inside,
    Other,
}

/// Marks of the tokens of sentence `s`: (byte start, byte end, mark, whether the token is in
/// a verb group that looks ahead only through a past act on a deal: [`Clause::act`]).
fn marks(doc: &Doc, s: usize) -> Vec<(usize, usize, Mark, bool)> {
    let Some(sent) = doc.sentences.get(s) else {
        return Vec::new();
    };
    let toks = doc.tokens.get(sent.tokens()).unwrap_or(&[]);
    let lowered: Vec<Cow<str>> = toks
        .iter()
        .map(|t| lower(doc.slice(t.start(), t.end())))
        .collect();
    // Each word's kinds, looked up once (a word is read again as the next word's previous
    // one, as a participle, after "to").
    let kinds: Vec<u32> = lowered.iter().map(|w| kinds_of(w)).collect();
    let no_word = kinds_of("");
    let kind_at = |j: usize| kinds.get(j).copied().unwrap_or(no_word);
    let mut out = Vec::with_capacity(toks.len());
    // Which marks are a prospect ("plans to"): they make a verb group future
    // only after an auxiliary ("is set to"), not after a full verb
    // ("announced plans to", where "plans" is a noun).
    let mut prospect = vec![false; toks.len()];
    let mut act = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        let w = lowered.get(i).map_or("", |w| w.as_ref());
        let next = lowered.get(i + 1).map_or("", |w| w.as_ref());
        let after_to = lowered.get(i + 2).map_or("", |w| w.as_ref());
        let k = kind_at(i);
        // "to" and a verb, not "to the deal", "to $5".
        let infinitive = next == "to"
            && after_to.starts_with(|c: char| c.is_ascii_lowercase())
            && kind_at(i + 2) & kind::DET == 0;
        let pk = i.checked_sub(1).map_or(no_word, kind_at);
        // A regular "-ed" word after a determiner ("an unspecified date") or
        // before "by" without an auxiliary ("markets untouched by") is an
        // adjective or participle, not a past-tense verb.
        // So is one right after the bare verb of a modal or a prospect's infinitive ("will
        // rebuild damaged homes", "plans to repair flooded roads"): the object's adjective.
        let bare_verb = i >= 2
            && kind_at(i - 1) == 0
            && lowered.get(i - 1).is_some_and(|p| starts_lower(p))
            && (kind_at(i - 2) & kind::FUTURE != 0
                || (lowered.get(i - 2).is_some_and(|w| w == "to")
                    && i >= 3
                    && kind_at(i - 3) & (kind::PROSPECT | kind::FUTURE) != 0));
        let adjective = regular_past(w)
            && k & kind::PAST == 0
            && (pk & kind::DET != 0 || (next == "by" && pk & kind::AUX == 0) || bare_verb);
        // "a summit set for April", "slated for": a schedule looks ahead.
        let scheduled = k & kind::SCHEDULE != 0 && (infinitive || next == "for");
        if let Some(p) = prospect.get_mut(i) {
            *p = k & kind::FUTURE == 0 && (k & kind::PROSPECT != 0 && infinitive || scheduled);
        }
        // "agreed to buy": a past act on a deal; "could rise": a possibility, ahead but for a
        // day (see [`Clause::act`]). "could not", "could have" are no prospect.
        let possible = k & kind::POSSIBLE != 0
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(next, "not" | "n't" | "have" | "never" | "hardly");
        if let Some(a) = act.get_mut(i) {
            *a = (k & kind::ACT != 0 && infinitive && kind_at(i + 2) & kind::DEAL != 0) || possible;
        }
        // "which Hallberg expects by June", "analysts expect a ruling in March": a verb of
        // expectation in the present looks ahead with its object too. Opening the sentence
        // (no subject before), after a determiner or a possessive, or right after a verb it is
        // a noun ("its forecasts for June", "the group's plans for May", "unveiled plans for a
        // plant in March").
        let noun = i == 0
            || pk & kind::DET != 0
            || out
                .last()
                .is_some_and(|m: &(usize, usize, Mark, bool)| matches!(m.2, Mark::Verb(_)))
            || i.checked_sub(1)
                .and_then(|p| lowered.get(p))
                .is_some_and(|p| p.ends_with("'s"));
        let expecting = k & kind::EXPECT != 0 && !noun;
        // "might have entered", "should have acted": a modal before a perfect looks back.
        let modal_perfect = k & kind::FUTURE != 0
            && lowered.get(i + 1).is_some_and(|n| n == "have")
            && lowered.get(i + 2).is_some_and(|n| {
                n == "been" || regular_past(n) || kind_at(i + 2) & kind::PAST != 0
            });
        let mark = if modal_perfect {
            Mark::Verb(Tense::Past)
        } else if k & kind::FUTURE != 0
            || possible
            || (k & kind::PROSPECT != 0 && infinitive)
            || scheduled
            || expecting
        {
            Mark::Verb(Tense::Future)
        } else if k & kind::PERFECT != 0 {
            // "has closed", "have been" read as past; "has a plan" as present.
            let participle = (i + 1..(i + 3).min(lowered.len())).any(|j| {
                let n = lowered.get(j).map_or("", |n| n.as_ref());
                n == "been" || regular_past(n) || kind_at(j) & kind::PAST != 0
            });
            Mark::Verb(if participle {
                Tense::Past
            } else {
                Tense::Present
            })
        } else if k & kind::PAST != 0 || (k & kind::NOT_PAST == 0 && regular_past(w) && !adjective)
        {
            Mark::Verb(Tense::Past)
        } else if k & kind::PRESENT != 0 {
            Mark::Verb(Tense::Present)
        } else if k & kind::STRONG != 0 {
            Mark::Strong
        } else if k & kind::WEAK != 0 {
            Mark::Weak
        } else if k & kind::INSIDE != 0 {
            Mark::Inside
        } else {
            Mark::Other
        };
        out.push((t.start(), t.end(), mark, false));
    }
    // A verb group takes the tense of its first word ("had been" past),
    // unless a future marker is in it ("was scheduled to", "are due"): every
    // word of the group gets that tense.
    let mut i = 0;
    while i < out.len() {
        let Some(Mark::Verb(first)) = out.get(i).map(|m| m.2) else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut t = first;
        let mut end = i;
        // Whether the group looks ahead through a past act on a deal ("has agreed to buy")
        // and through nothing else ("will have agreed to buy" looks ahead anyway).
        let (mut by_act, mut by_other) = (false, false);
        // "had been due to expire Friday", "repairs were due to end in mid-September":
        // a plan told in the past was for a date around the past, not one ahead. So is
        // what was still to happen then ("the verdict was yet to be given on Thursday").
        let pluperfect = lowered.get(i).is_some_and(|w| w == "had")
            || (lowered.get(i).is_some_and(|w| w == "was" || w == "were")
                && lowered.get(i + 1).is_some_and(|w| w == "due" || w == "yet"));
        let aux_first =
            i < lowered.len() && kind_at(i) & (kind::AUX | kind::FUTURE | kind::PROSPECT) != 0;
        while let Some(m) = out.get(j).map(|m| m.2) {
            match m {
                // "announced plans to": the prospect starts a group of its own.
                Mark::Verb(_) if j > i && !aux_first && prospect.get(j) == Some(&true) => break,
                Mark::Verb(v) => {
                    // "had been due to expire Friday": a plan told in the
                    // past perfect was for a day now past.
                    if v == Tense::Future && !pluperfect {
                        t = Tense::Future;
                        if act.get(j) == Some(&true) {
                            by_act = true;
                        } else {
                            by_other = true;
                        }
                    }
                    end = j + 1;
                }
                Mark::Inside => {}
                _ => break,
            }
            j += 1;
        }
        let j = end;
        for m in out.get_mut(i..j).unwrap_or(&mut []) {
            m.2 = Mark::Verb(t);
            m.3 = by_act && !by_other;
        }
        i = j;
    }
    out
}

/// The clauses of sentence `s`, in order, tiling its tokens.
pub fn clauses(doc: &Doc, s: usize) -> Vec<Clause> {
    let marks = marks(doc, s);
    let mut out: Vec<Clause> = Vec::new();
    // Which clauses of `out` are a participle's modifier (see `participle` below).
    let mut modifier: Vec<bool> = Vec::new();
    // Stretches between boundaries.
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    let mut a = 0;
    for (i, m) in marks.iter().enumerate() {
        if matches!(m.2, Mark::Strong | Mark::Weak) && i > a {
            stretches.push((a, i));
            a = i;
        }
    }
    if a < marks.len() {
        stretches.push((a, marks.len()));
    }
    let lowered = |i: usize| {
        marks
            .get(i)
            .map_or(Cow::Borrowed(""), |m| lower(doc.slice(m.0, m.1)))
    };
    for (a, b) in stretches {
        // ", marketed as Mounjaro,", ", based in Oslo,", ", led by her deputy,": a past
        // participle opening a stretch after a comma, alone in its group and followed by a
        // lower-case word that is no determiner (not ", said the minister", ", added Smith"), is
        // a reduced relative clause: past for its own dates, but no tense a verbless stretch
        // after it borrows ("is expected to decide on X, marketed as Y, by the end of the third
        // quarter" looks ahead).
        let participle = lowered(a) == ","
            && matches!(marks.get(a + 1).map(|m| m.2), Some(Mark::Verb(Tense::Past)))
            && !matches!(marks.get(a + 2).map(|m| m.2), Some(Mark::Verb(_)))
            && {
                let w = lowered(a + 1);
                regular_past(&w) || kinds_of(&w) & (kind::PAST | kind::NOT_PAST) != 0
            }
            && {
                let n = lowered(a + 2);
                starts_lower(&n) && kinds_of(&n) & kind::DET == 0
            };
        let first_clause = out.len();
        let verbs: Vec<(usize, Tense)> = (a..b)
            .filter_map(|i| match marks.get(i)?.2 {
                Mark::Verb(t) => Some((i, t)),
                _ => None,
            })
            .collect();
        let span = |i: usize, j: usize| {
            let start = marks.get(i).map_or(0, |m| m.0);
            let end = marks.get(j.saturating_sub(1)).map_or(start, |m| m.1);
            (start, end)
        };
        if verbs.is_empty() {
            let (start, end) = span(a, b);
            out.push(Clause {
                start,
                end,
                tense: None,
                act: false,
            });
            modifier.push(false);
            continue;
        }
        // Each verb group owns the words after it up to the next group (the
        // verb an expression follows); the first also owns those before it.
        let mut from = a;
        let mut k = 0;
        while k < verbs.len() {
            let (vi, t) = verbs[k];
            // Skip the rest of this verb group.
            let mut last = vi;
            while verbs.get(k + 1).is_some_and(|&(j, _)| j == last + 1) {
                k += 1;
                last += 1;
            }
            let to = match verbs.get(k + 1) {
                Some(&(next, _)) => next,
                None => b,
            };
            let (start, end) = span(from, to);
            out.push(Clause {
                start,
                end,
                tense: Some(t),
                act: marks.get(vi).is_some_and(|m| m.3),
            });
            from = to;
            k += 1;
        }
        modifier.resize(out.len(), false);
        if let Some(m) = modifier.get_mut(first_clause) {
            *m = participle;
        }
    }
    // A clause without a verb takes its neighbour's tense (before, else after), passing over
    // a participle's modifier before it.
    for i in 0..out.len() {
        if out[i].tense.is_none() {
            let before = out[..i]
                .iter()
                .zip(&modifier)
                .rev()
                .filter(|(_, m)| !**m)
                .find_map(|(c, _)| c.tense);
            let after = out[i + 1..].iter().find_map(|c| c.tense);
            out[i].tense = before.or(after);
        }
    }
    out
}

/// Whether `prefix`, the words of a sentence before its first time expression, leaves that
/// expression opening the sentence: nothing, or at most three `frame` words ("In", "But by",
/// "Early in the"), the first not "the" ("The Aug. 7 bombing" is a noun's modifier). Such a
/// sentence-initial adverbial sets the time the text then speaks of (the reference time),
/// where one inside the sentence is usually a comparison.
pub fn opens_frame(prefix: &str) -> bool {
    let mut words = prefix.split_whitespace().map(lower);
    if words.clone().next().is_some_and(|w| w == "the") {
        return false;
    }
    let mut n = 0;
    words.all(|w| {
        n += 1;
        n <= 3 && kinds_of(&w) & kind::FRAME != 0
    })
}

/// The tense of the clause holding the expression at bytes `at..end`. A future verb anywhere in the
/// sentence makes a present clause future ("will say so when she sees her on
/// Tuesday"); "as soon as", "as early as" and the `ahead` words ("effective
/// Feb. 1") point ahead, "until" unless the clause is past.
///
/// `day`: the expression names a day (a weekday, a month and its day), which in a clause of a
/// past act on a deal ([`Clause::act`]) is the act's day, past.
/// `stage` is the clause stage's tense for the expression's clause, if known: it stands in
/// where this split finds no verb group (a verb the word list does not know), and where the
/// split reads past but the clause stage finds a present clause of its own around the
/// expression (a present the word list cannot see, reported by a past verb: "said on Friday
/// that the window closes on Monday"; TempEval-3 values unchanged, issue 12).
pub fn tense_at(
    doc: &Doc,
    clauses: &[Clause],
    at: usize,
    end: usize,
    day: bool,
    stage: impl FnOnce() -> Option<Tense>,
) -> Option<Tense> {
    let clause = clauses
        .iter()
        .find(|c| c.start <= at && at < c.end.max(c.start + 1))
        .or_else(|| clauses.iter().rev().find(|c| c.start <= at));
    // "Wednesday's ruling": a possessive names a day already spoken of, unless a future clause
    // puts its event inside the noun after a `host` preposition ("will play in Sunday's
    // final", "will speak at Monday's summit"): then it is the coming one, as "on Sunday" is.
    // As an object ("will appeal Wednesday's ruling") or in any other clause it stays a day
    // spoken of.
    let after = doc.text.get(end..).unwrap_or("");
    if after.starts_with("'s") || after.starts_with("’s") {
        // "Tickets for Sunday's final were on sale": an occasion still to come.
        let tense = clause.and_then(|c| c.tense).or_else(stage);
        if super::occasion::possessive_ahead(doc.text, at, end, tense) {
            return Some(Tense::Future);
        }
        let host = crate::engine::text::before(doc.text, at)
            .split_whitespace()
            .next_back()
            .is_some_and(|w| kinds_of(&lower(w)) & kind::HOST != 0);
        let future = clause.is_some_and(|c| c.tense == Some(Tense::Future) && !c.act);
        return (host && future).then_some(Tense::Future);
    }
    // A present clause the clause stage finds inside this split's past one is the present's
    // ("said on Friday that the window closes on Monday": a schedule, ahead).
    let t = match clause.and_then(|c| c.tense) {
        Some(Tense::Past) => match stage() {
            Some(Tense::Present) => Some(Tense::Present),
            _ => Some(Tense::Past),
        },
        Some(t) => Some(t),
        None => stage(),
    };
    let act = day && clause.is_some_and(|c| c.act);
    let any_future = clauses.iter().any(|c| c.tense == Some(Tense::Future));
    let before = crate::engine::text::before(doc.text, at);
    let mut prev = before.split_whitespace().rev().map(lower);
    let (p1, p2, p3) = (prev.next(), prev.next(), prev.next());
    let as_soon = p1.as_deref() == Some("as")
        && p2
            .as_deref()
            .is_some_and(|w| kinds_of(w) & kind::FORWARD != 0)
        && p3.as_deref() == Some("as");
    let ahead = p1
        .as_deref()
        .is_some_and(|w| kinds_of(w) & kind::AHEAD != 0);
    // "until Christmas", "until after Christmas".
    let until = p1
        .as_deref()
        .is_some_and(|w| kinds_of(w) & kind::FORWARD != 0)
        || (matches!(p1.as_deref(), Some("after" | "before"))
            && p2
                .as_deref()
                .is_some_and(|w| kinds_of(w) & kind::FORWARD != 0));
    // "rejected a request to delay the hearing until Christmas": the span belongs to the
    // infinitive, which has not happened, not to the past verb before it.
    let wished = until && clause.is_some_and(|c| infinitive_between(doc.text, c.start, at));
    // "signed a contract until June", "joined on loan until June": the term runs ahead.
    let term = until && clause.is_some_and(|c| term_after_verb(doc.text, c.start, at));
    // "will pay a premium of 31% over the closing price on Tuesday": the standard of a
    // comparison is a figure already known, whatever the clause's tense.
    let standard = clause.is_some_and(|c| in_standard(doc.text, c.start, at));
    // "Tickets for the final on Sunday were on sale": the occasion's day, still to come.
    let held = p1.as_deref() == Some("on") && super::occasion::held_ahead(doc.text, at);
    // "was postponed until June": the new date of a plan, ahead like a term's end; "originally
    // set for 3 March, was postponed": the old one, a date with no tense (nearest the document
    // date), neither the next one nor one a year back.
    let postponed = clause.is_some_and(|c| super::overtaken::postponed_to(doc.text, c.start, at));
    let sentence = (
        clauses.first().map_or(0, |c| c.start),
        clauses.last().map_or(0, |c| c.end),
    );
    let overtaken =
        clause.is_some_and(|c| super::overtaken::overtaken(doc.text, c.start, (at, end), sentence));
    // "has yet to win since January": a date right after "since" starts a stretch that runs to
    // the time spoken of, never one still to come, whatever the clause's tense.
    let since = p1.as_deref() == Some("since");
    match t {
        _ if as_soon || ahead || wished || term || held || postponed => Some(Tense::Future),
        _ if standard || since => Some(Tense::Past),
        _ if overtaken => None,
        Some(Tense::Past) => t,
        _ if until => Some(Tense::Future),
        _ if act => Some(Tense::Past),
        Some(Tense::Present) if any_future => Some(Tense::Future),
        None if any_future => Some(Tense::Future),
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::Doc;

    fn at(text: &str, word: &str) -> Option<Tense> {
        let doc = Doc::new(text);
        let cl = clauses(&doc, 0);
        {
            let at = text.find(word).unwrap_or(0);
            tense_at(&doc, &cl, at, at + word.len(), false, || None)
        }
    }

    #[test]
    fn tense_is_read_per_clause() {
        let s = "The courier was arrested on Friday and will appear before a judge on Thursday.";
        assert_eq!(at(s, "Friday"), Some(Tense::Past));
        assert_eq!(at(s, "Thursday"), Some(Tense::Future));
        assert_eq!(
            at("Results are due on Tuesday.", "Tuesday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The firm said it would close in March.", "March"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("In January, the plant closed.", "January"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("Officials said Monday they will reopen the port.", "Monday"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("She will raise it when she sees him on Tuesday.", "Tuesday"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_verb_of_expectation_in_the_present_looks_ahead() {
        let s = "The deal needs approval, which Hallberg expects by the end of June.";
        assert_eq!(at(s, "the end of June"), Some(Tense::Future));
        assert_eq!(
            at("Analysts expect a ruling in March.", "March"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("Hallberg hopes for a decision by June.", "June"),
            Some(Tense::Future)
        );
        // A noun: after a verb, a determiner or a possessive.
        assert_eq!(
            at("The firm unveiled plans for a new plant in March.", "March"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("Its forecasts for June were cut.", "June"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_date_in_the_standard_of_a_comparison_is_past() {
        let s = "Halden will pay a premium of 31% over Norrsken's closing price on Tuesday.";
        assert_eq!(at(s, "Tuesday"), Some(Tense::Past));
        let s = "Halden will pay 12 crowns a share, a 9% discount to the price on Friday.";
        assert_eq!(at(s, "Friday"), Some(Tense::Past));
        assert_eq!(
            at("Halden will sell more than the volume on Friday.", "Friday"),
            Some(Tense::Past)
        );
        // The verb's own date, and a verb inside the standard, keep their tense.
        assert_eq!(
            at("Halden will pay the premium on Tuesday.", "Tuesday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "Halden will pay more than Norrsken will pay on Tuesday.",
                "Tuesday"
            ),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_participle_after_a_modals_verb_is_no_past_verb() {
        // The clause is the modal's: the "-ed" word describes the object.
        let s = "The council will repair flooded roads by March.";
        assert_eq!(at(s, "March"), Some(Tense::Future));
        let s = "The port plans to replace rusted cranes in April.";
        assert_eq!(at(s, "April"), Some(Tense::Future));
        // A finite verb of its own after the modal's object stays past.
        let s = "The council will say officials ignored warnings in March.";
        assert_eq!(at(s, "March"), Some(Tense::Past));
        let s = "The council repaired flooded roads by March.";
        assert_eq!(at(s, "March"), Some(Tense::Past));
    }

    #[test]
    fn until_after_a_term_looks_ahead_in_a_past_clause() {
        let s = "The midfielder signed a contract until May.";
        assert_eq!(at(s, "May"), Some(Tense::Future));
        let s = "The goalkeeper arrived on loan from Vikedal until May.";
        assert_eq!(at(s, "May"), Some(Tense::Future));
        // The term before the verb, or no term: the span is over.
        assert_eq!(at("Her contract ran until May.", "May"), Some(Tense::Past));
        assert_eq!(
            at("The midfielder stayed in Oslo until May.", "May"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_past_act_on_a_deal_dates_a_day_back() {
        let day = |text: &str, word: &str| {
            let doc = Doc::new(text);
            let cl = clauses(&doc, 0);
            let at = text.find(word).unwrap_or(0);
            tense_at(&doc, &cl, at, at + word.len(), true, || None)
        };
        let s = "The mill agreed to buy the dairy on Friday, its owner said.";
        assert_eq!(day(s, "Friday"), Some(Tense::Past));
        // Read as no day (a month, a year: the deal's later step) the clause still looks
        // ahead, and so does a meeting agreed or an agreement still to come.
        assert_eq!(at(s, "Friday"), Some(Tense::Future));
        let s = "The owners agreed to meet on Friday.";
        assert_eq!(day(s, "Friday"), Some(Tense::Future));
        let s = "The mill will agree to buy the dairy on Friday.";
        assert_eq!(day(s, "Friday"), Some(Tense::Future));
    }

    #[test]
    fn a_possessive_day_looks_ahead_only_hosting_a_future_clause() {
        let text = "The minister will speak at Monday's rally in the port.";
        assert_eq!(at(text, "Monday"), Some(Tense::Future));
        // The object of a future verb, or a past clause: a day spoken of.
        let text = "The club will contest Monday's penalty with the league.";
        assert_eq!(at(text, "Monday"), None);
        let text = "The minister spoke at Monday's rally in the port.";
        assert_eq!(at(text, "Monday"), None);
    }

    #[test]
    fn a_verbless_stretch_passes_over_a_participle_modifier() {
        let text = "The council intends to reopen the pool, closed for repairs, by next spring.";
        assert_eq!(at(text, "next spring"), Some(Tense::Future));
        // The participle's own words stay past.
        assert_eq!(at(text, "repairs"), Some(Tense::Past));
    }

    /// "said the next trial begins in March": the reported clause is present (the clause
    /// stage finds its verb though the tagger read a noun), so a month two months after the
    /// document's is this year's, not last year's. Texts written for this test.
    #[test]
    fn a_reported_present_names_the_coming_month() {
        let value = |text: &str| {
            let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
                id: "t".into(),
                text: text.into(),
                date: Some("2026-01-20".into()),
            });
            a.timex
                .iter()
                .find(|t| t.text == "March")
                .map(|t| t.value.clone())
        };
        for text in [
            "Mira Osk said the next trial begins in March.",
            "The council told parents the new school opens in March.",
        ] {
            assert_eq!(value(text).as_deref(), Some("2026-03"), "{text}");
        }
        // A reported past stays past.
        assert_eq!(
            value("Mira Osk said the trial began in March.").as_deref(),
            Some("2025-03")
        );
    }
}
