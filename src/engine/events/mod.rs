//! Stage 6: dated clauses → events for the timeline.
//!
//! Input ([`Inputs`]): the tokenised [`Doc`], tagged words and clauses, the
//! typed mentions with their entities and resolved pronouns, plus the
//! normalised time expressions and the document date. Output: one
//! [`EventDraft`] per clause a DATE/TIME expression dates, in text order:
//!
//! * the label is the headline of the clause holding the expression
//!   ([`super::headline`]: "Biden raises issue in phone call with Xi"), or of
//!   the clause a reporting clause reports (none for a denied report: "did not
//!   say on Monday that ..."); when the clause gives none, the
//!   older token window: the stretch between commas, semicolons and
//!   subordinators around the expression, from the subject to the clause end;
//!   a label under three words gives no event;
//! * participants are the entities of the clause, its subject first;
//! * "from March to May" and "2014-2016" give a range date "2014/2016";
//! * relative anchoring: "... two weeks after X" dates X at the main event's
//!   date minus P2W, with BEFORE/AFTER relations between the two; "ahead of
//!   the trip" / "before X" / "after X" with no date of their own give an
//!   undated event (date "XXXX-XX-XX") ordered against the main one.
//!
//! Linear in the text: clause scans are bounded by `window::MAX_CLAUSE`.
//!
//! The clause-based path is this file (the walk over the time expressions and which of them
//! date an event), with `label` (an event's label), `relative` (events ordered against
//! another), `dating` and `attach` (expressions that date no event) and `draft` (the stage's
//! data); the token-window fallback is [`window`].

mod anchor;
mod attach;
mod dating;
mod draft;
mod label;
mod plan;
mod quote;
mod relative;
mod source;
mod standard;
#[cfg(test)]
mod tests_s13;
#[cfg(test)]
mod tests_s47;
#[cfg(test)]
mod tests_s48;
#[cfg(test)]
mod tests_source;
#[cfg(test)]
mod tests_support;
#[cfg(test)]
mod tests_users;
mod window;
pub(crate) mod words;

use super::clause;
use super::headline;
use super::model::TimexType;
use super::time::TimexDraft;
pub(crate) use dating::not_the_events_time;
use dating::{date_of_the_report, purpose_infinitives_date, reported_period};
pub use draft::{EventDraft, Inputs, UNDATED};
use label::{headline_at, too_short, window_label, Said};
use relative::{inverse, order_signal, Place};
use window::{tok_range, Ctx};

/// Byte where the clause of the event `t` dates starts: `t`'s own, unless
/// that clause's verb lies inside the expression ("The following summer,
/// police arrested ...": "following" read as a verb), then the next clause
/// of the sentence.
fn event_clause_start(inp: &Inputs, t: &TimexDraft) -> usize {
    let Some(c) = clause::containing(inp.clauses, inp.words, t.start) else {
        return t.start;
    };
    let inside = inp
        .words
        .get(c.verb.head())
        .is_some_and(|w| w.start() >= t.start && w.start() < t.end);
    if !inside {
        return t.start;
    }
    let i = inp
        .clauses
        .partition_point(|x| x.span(inp.words).0 <= c.span(inp.words).0);
    inp.clauses
        .get(i)
        .filter(|n| n.sentence == c.sentence)
        .map_or(t.start, |n| n.span(inp.words).0)
}

/// Events of the document; see the module comment. The document date dates no event (it
/// is not an argument): a clause the text leaves undated is not when the document was
/// written ("three days after the pilots walked out").
pub fn build(inp: &Inputs, timexes: &[TimexDraft]) -> Vec<EventDraft> {
    let (doc, mentions, merged) = (inp.doc, inp.mentions, inp.merged);
    let src = headline::Sources {
        doc,
        words: inp.words,
        mentions,
        merged,
        resolved: inp.resolved,
        timexes,
        clauses: inp.clauses,
    };
    let head_at = |byte: usize| headline_at(&src, inp.clauses, byte);
    // A plan told by the clause at a byte, for labels the token window gives.
    let plan_at = |byte: usize| {
        clause::containing(inp.clauses, inp.words, byte)
            .is_some_and(|c| plan::planned(doc.text, inp.words, c))
    };
    let cx = Ctx::new(doc, mentions, merged, timexes);
    let mut out: Vec<EventDraft> = Vec::new();
    let mut skip_next = false;
    // End (token) of the last clause that got an event: one event per clause.
    let mut clause_end = 0usize;
    for (ti, t) in timexes.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let (ka, kb) = tok_range(doc, t.start, t.end);
        let Some(sent_i) = (ka < doc.tokens.len()).then(|| doc.sentence_of(ka)) else {
            continue;
        };
        let Some(sent) = doc.sentences.get(sent_i as usize) else {
            continue;
        };
        let (sa, sb) = (sent.tokens().start, sent.tokens().end);
        let span = (sent.start(), sent.end());

        let at = Place {
            ti,
            ka,
            kb,
            sa,
            sb,
            span,
            sent_i: sent_i as usize,
        };
        // "two weeks after X": X happened that long before the main clause.
        if t.kind == TimexType::Duration && t.period().is_none() {
            relative::after_duration(inp, &src, &cx, timexes, &mut out, &at);
            continue;
        }
        if t.kind == TimexType::Set
            || purpose_infinitives_date(inp, t)
            || not_the_events_time(doc.text, (sent.start(), sent.end()), timexes, ti)
            || reported_period(inp, timexes, ti)
            || date_of_the_report(inp, timexes, ti)
            || standard::is_comparison_standard(doc.text, t.start)
            || attach::of_a_noun(inp, t)
        {
            continue;
        }
        // "from March to May": one event over the range.
        let mut date = match (t.range_end(), t.period()) {
            (Some(e), _) => format!("{}/{}", t.value, e),
            (None, Some(p)) => p.to_string(),
            (None, None) => t.value.clone(),
        };
        if let Some(next) = timexes.get(ti + 1) {
            let before = cx.word(ka.wrapping_sub(1));
            let (na, _) = tok_range(doc, next.start, next.end);
            let joined = na == kb + 1
                && matches!(
                    cx.word(kb).to_ascii_lowercase().as_str(),
                    "to" | "until" | "through" | "and" | "-" | "–"
                );
            if joined
                && ["from", "between"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before))
                && next.kind == t.kind
            {
                date = format!("{}/{}", t.value, next.value);
                skip_next = true;
            }
        }
        if ka < clause_end && ka >= sa {
            continue; // a second expression in a clause that already has its event
        }
        let (a, b) = cx.event_clause(ka, sa, sb);
        // "sold its tankers before Easter", "held them until March 4": the date orders the
        // event, it is not when the event happened; a date the clause states after it
        // ("Before Easter, prices rose on Monday") dates the event instead.
        let mut order = order_signal(&cx, ka, sa);
        // "is not expected to complete before March": not before is at or after; a signal
        // before the negated verb is outside the negation ("Before 2022, X did not sell").
        if clause::containing(inp.clauses, inp.words, t.start)
            .is_some_and(|c| c.verb.negated && c.verb.span(inp.words).1 <= t.start)
        {
            order = order.map(inverse);
        }
        if order.is_some()
            && timexes.get(ti + 1).is_some_and(|n| {
                matches!(n.kind, TimexType::Date | TimexType::Time)
                    && tok_range(doc, n.start, n.end).0 < b
            })
        {
            continue;
        }
        // "said on Monday it had cooperated": the cooperation came before the report's day.
        if order.is_none() && source::reported_before(inp.clauses, inp.words, t.start) {
            order = Some("BEFORE");
        }
        if order.is_some() {
            date = UNDATED.to_string();
        }
        clause_end = b;
        // The clause stage's headline; the old token window when it gives none.
        let said = match head_at(event_clause_start(inp, t)) {
            Some(h) => Said::of_headline(h),
            None => Said {
                label: window_label(&cx, a, b),
                participants: cx.participants(a, b),
                roles: vec![],
                planned: plan_at(t.start),
                source: None,
            },
        };
        if too_short(&said.label, &said.participants)
            || quote::speakers_words(doc.text, t, &said.label, &said.source)
        {
            continue; // a bare date (a dateline) or a fragment, not an event
        }
        if out
            .last()
            .is_some_and(|e| e.label == said.label && e.sentence == span)
        {
            continue; // one event per clause
        }
        let me = out.len();
        out.push(EventDraft {
            timex_relation: order,
            ..said.event(date, span, Some(ti), vec![])
        });
        relative::same_time_as(inp, &cx, timexes, &mut out, &at, me);
        relative::ordered_after_clause(&cx, &mut out, &at, b, me);
    }
    // The events are alive with the clauses while relations are found, the peak of an
    // analysis, and the vector doubled as they came (152 bytes each natively): give back what
    // it did not use (issue 16.6).
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests;
