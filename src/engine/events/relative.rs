//! Events ordered against another event: "two weeks after X" (X dated by the duration, or the
//! main event dated from X), "in the same week as X" (SIMULTANEOUS) and "ahead of X" (an
//! undated X ordered BEFORE); and the signal of order right before a date ("before Easter").
//!
//! Takes the stage's inputs, the token window's `Ctx`, the time expressions and the events so
//! far, with the place of one time expression ([`Place`]); adds events and relations to
//! `out`. Invariant: a relation is always added in both directions (BEFORE/AFTER inverse,
//! SIMULTANEOUS both ways); never dates an event by the document date. Imports `draft`,
//! `label`, `anchor` and `window`, never `mod.rs`.

use super::anchor;
use super::draft::{EventDraft, Inputs, UNDATED};
use super::label::{headline_at, too_short, window_label, Said};
use super::plan;
use super::window::{tok_range, Ctx, CLAUSE_PUNCT, MAX_NP_WORDS};
use crate::engine::clause;
use crate::engine::headline;
use crate::engine::model::TimexType;
use crate::engine::time::value::shift_value;
use crate::engine::time::TimexDraft;

/// Where a time expression stands: its index `ti`, its tokens `ka..kb`, its sentence's tokens
/// `sa..sb`, bytes `span` and index `sent_i`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    pub ti: usize,
    pub ka: usize,
    pub kb: usize,
    pub sa: usize,
    pub sb: usize,
    pub span: (usize, usize),
    pub sent_i: usize,
}

pub(super) fn inverse(rel: &str) -> &'static str {
    match rel {
        "BEFORE" => "AFTER",
        "AFTER" => "BEFORE",
        _ => "SIMULTANEOUS",
    }
}

/// The relation of an event to the time expression starting at token `ka` (sentence from
/// token `sa`) when a signal of order stands right before it ("before Easter", "ahead of
/// March 4", "until Friday": `[signals]` of `data/events/words.txt`), as "BEFORE" or "AFTER".
/// "since 2022" is left out: the time stage gives it a period up to the document date.
pub(super) fn order_signal(cx: &Ctx, ka: usize, sa: usize) -> Option<&'static str> {
    [1usize, 2].into_iter().find_map(|n| {
        let k = ka.checked_sub(n).filter(|&k| k >= sa)?;
        cx.signal(k)
            .filter(|&(_, m)| m == n && !cx.word(k).eq_ignore_ascii_case("since"))
            .map(|(rel, _)| rel)
    })
}

/// "two weeks after X": X happened that long before the main clause. The duration at
/// `at` dates X from the main event, or the main event from X's date (a date, or an earlier
/// event of the story), else neither.
pub(super) fn after_duration(
    inp: &Inputs,
    src: &headline::Sources,
    cx: &Ctx,
    timexes: &[TimexDraft],
    out: &mut Vec<EventDraft>,
    at: &Place,
) {
    let Place {
        ti,
        ka,
        kb,
        sa,
        sb,
        span,
        sent_i,
    } = *at;
    let t = &timexes[ti];
    let doc = inp.doc;
    let head_at = |byte: usize| headline_at(src, inp.clauses, byte);
    // A plan told by the clause at a byte, for labels the token window gives.
    let plan_at = |byte: usize| {
        clause::containing(inp.clauses, inp.words, byte)
            .is_some_and(|c| plan::planned(doc.text, inp.words, c))
    };
    let tok_start = |k: usize| doc.tokens.get(k).map(|t| t.start());
    let Some((rel, n)) = cx
        .signal(kb)
        .filter(|(r, _)| *r != "BEFORE" || cx.word(kb) == "before")
    else {
        return;
    };
    let (_, xb) = cx.clause(kb + n, sa, sb);
    // X's own clause's headline, when its verb lies inside X ("after the embargo took
    // effect"); else X's words ("before the vote").
    let x_bytes = (
        tok_start(kb + n).unwrap_or(t.end),
        doc.tokens
            .get(xb.wrapping_sub(1))
            .map_or(t.end, |k| k.end()),
    );
    let x_head = clause::containing(inp.clauses, inp.words, x_bytes.0)
        .filter(|c| {
            inp.words
                .get(c.verb.head())
                .is_some_and(|w| w.start() >= x_bytes.0 && w.end() <= x_bytes.1)
        })
        .and_then(|_| head_at(x_bytes.0));
    let x_said = match x_head {
        Some((h, planned, _)) => Said::of_headline((h, planned, None)),
        None => Said {
            label: cx.label(kb + n, xb),
            participants: cx.participants(kb + n, xb),
            roles: vec![],
            planned: false,
            source: None,
        },
    };
    // The earlier event of the story X names, when it has a date of its own.
    let anchor = anchor::find(doc.text, inp.words, inp.clauses, timexes, out, x_bytes);
    // "Two weeks after that, ...": X is a pronoun, neither an event nor a date; no event
    // is made of it (its label was empty or "this") and the main one is ordered
    // against none.
    let x_void = anchor::names_nothing(doc.text, inp.words, inp.clauses, x_bytes)
        && timexes.get(ti + 1).is_none_or(|o| o.start != x_bytes.0);
    // The main clause: this one, or the previous one when this has no verb
    // ("X imposed curbs on Tuesday, just two weeks after ..."), or the one after X
    // when the duration opens the sentence ("Two weeks after X, the first ship left").
    let (mut ma, mut mb) = cx.clause(ka, sa, sb);
    mb = mb.min(ka);
    let mut main_at = t.start;
    if !cx.has_verb(ma, mb) && ma > sa {
        let (pa, _) = cx.clause(ma - 1, sa, sb);
        (ma, mb) = (pa, mb);
    } else if mb <= ma && xb < sb {
        let from = xb + usize::from(CLAUSE_PUNCT.contains(&cx.word(xb)));
        (ma, mb) = cx.clause(from, sa, sb);
        main_at = tok_start(from).unwrap_or(t.start);
    }
    // Already an event (dated by its own expression)? Order X against it.
    let existing = out.len().checked_sub(1).filter(|&i| {
        out.get(i)
            .is_some_and(|e| e.sentence == span && e.timex.is_some() && e.relations.is_empty())
    });
    let main = match existing {
        Some(_) if x_void => return,
        Some(main) => {
            let x = out.len();
            if let Some(e) = out.get_mut(main) {
                e.relations.push((rel.to_string(), x));
            }
            main
        }
        None => {
            // A date the sentence states before the duration (timexes are in text
            // order): "The talks came a week after X agreed to reopen a pipeline shut
            // since March" is not dated by March, which belongs to a later clause.
            // Else X's own date in the story, moved by the duration; else none: the
            // document date is not when X happened.
            let first = timexes.partition_point(|o| o.start < span.0);
            let stated = timexes
                .get(first..)
                .unwrap_or(&[])
                .iter()
                .take_while(|o| o.end <= t.start)
                .filter(|o| o.kind == TimexType::Date)
                .map(|o| o.value.clone())
                .next();
            // X is a date itself ("eight trading days after Oct. 12"), or an earlier
            // event of the story.
            let dir = if rel == "AFTER" { 1 } else { -1 };
            let x_date = timexes
                .get(ti + 1)
                .filter(|o| o.kind == TimexType::Date && o.start == x_bytes.0)
                .map(|o| (None, o.value.as_str()))
                .or_else(|| anchor.and_then(|a| Some((Some(a), out.get(a)?.date.as_str()))));
            let anchored = x_date
                .filter(|_| stated.is_none())
                .and_then(|(a, d)| Some((a, shift_value(d, &t.value, dir)?)));
            let main_date = stated
                .or_else(|| anchored.as_ref().map(|(_, d)| d.clone()))
                .or_else(|| {
                    let at = (main_at, sent_i);
                    anchor::came_after(doc, inp.words, inp.clauses, timexes, at)
                })
                .unwrap_or_else(|| UNDATED.to_string());
            let main = out.len();
            let main_said = match head_at(main_at) {
                Some(h) => Said::of_headline(h),
                None => Said {
                    label: window_label(cx, ma, mb),
                    participants: cx.participants(ma, mb),
                    roles: vec![],
                    planned: plan_at(main_at),
                    source: None,
                },
            };
            if let Some((a, _)) = anchored {
                // X is that date or earlier event: the main one is dated by it (and
                // ordered against the event); no second X.
                if main_said.label.split_whitespace().count() >= 3 {
                    if let Some(x) = a.and_then(|a| out.get_mut(a)) {
                        x.relations.push((inverse(rel).to_string(), main));
                    }
                    let relations = a.map(|a| (rel.to_string(), a)).into_iter().collect();
                    out.push(main_said.event(main_date, span, Some(ti), relations));
                }
                return;
            }
            if too_short(&main_said.label, &main_said.participants) {
                if x_void {
                    return;
                }
                // No readable main event ("China comes"): X alone, dated from it.
                let x_date = shift_value(&main_date, &t.value, if rel == "AFTER" { -1 } else { 1 })
                    .unwrap_or_else(|| UNDATED.to_string());
                out.push(x_said.event(x_date, span, Some(ti), vec![]));
                return;
            }
            let relations = (!x_void)
                .then(|| (rel.to_string(), main + 1))
                .into_iter()
                .collect();
            out.push(main_said.event(main_date, span, None, relations));
            if x_void {
                return;
            }
            main
        }
    };
    // X, dated by shifting the main clause's date by the duration.
    let main_date = out.get(main).map(|e| e.date.as_str()).unwrap_or_default();
    let dir = if rel == "AFTER" { -1 } else { 1 };
    let x_date = shift_value(main_date, &t.value, dir).unwrap_or_else(|| UNDATED.to_string());
    let relations = vec![(inverse(rel).to_string(), main)];
    out.push(x_said.event(x_date, span, Some(ti), relations));
}

/// "resigned in the same week as the vote": the event `me` (of the time expression at `at`) is
/// SIMULTANEOUS with X, the earlier event the text dates (the time stage gave the expression
/// X's date), else an undated X of its own.
pub(super) fn same_time_as(
    inp: &Inputs,
    cx: &Ctx,
    timexes: &[TimexDraft],
    out: &mut Vec<EventDraft>,
    at: &Place,
    me: usize,
) {
    let (t, span, doc) = (&timexes[at.ti], at.span, inp.doc);
    let same = doc
        .text
        .get(t.start..t.end)
        .is_some_and(|w| w.to_ascii_lowercase().contains("same"));
    if let Some(x) = same
        .then(|| crate::engine::time::anchor::as_phrase(doc.text, t.end, span.1))
        .flatten()
    {
        let earlier = anchor::find(doc.text, inp.words, inp.clauses, timexes, out, x);
        let (xa, xb) = tok_range(doc, x.0, x.1);
        let other = earlier.unwrap_or(out.len());
        if earlier.is_none() && t.value.starts_with("XXXX") && xb > xa {
            out.push(EventDraft {
                date: UNDATED.to_string(),
                label: cx.label(xa, xb),
                participants: cx.participants(xa, xb),
                sentence: span,
                ..Default::default()
            });
        }
        if let Some(o) = out.get_mut(other) {
            o.relations.push(("SIMULTANEOUS".to_string(), me));
            if let Some(e) = out.get_mut(me) {
                e.relations.push(("SIMULTANEOUS".to_string(), other));
            }
        }
    }
}

/// "ahead of the trip", "before the vote", "after Biden called" right after the clause of event
/// `me` (ending at token `b`): an undated event ordered against it.
pub(super) fn ordered_after_clause(
    cx: &Ctx,
    out: &mut Vec<EventDraft>,
    at: &Place,
    b: usize,
    me: usize,
) {
    let (sb, span) = (at.sb, at.span);
    if let Some((rel, n)) = cx.signal(b).or_else(|| {
        cx.signal(b + 1)
            .filter(|_| CLAUSE_PUNCT.contains(&cx.word(b)))
    }) {
        let from = if cx.signal(b).is_some() {
            b + n
        } else {
            b + 1 + n
        };
        let mut to = from;
        while to < sb
            && to - from < MAX_NP_WORDS
            && !CLAUSE_PUNCT.contains(&cx.word(to))
            && !cx.in_timex(to)
        {
            to += 1;
        }
        if to > from && !(from..to).any(|k| cx.in_timex(k)) {
            let other = out.len();
            out.push(EventDraft {
                date: UNDATED.to_string(),
                label: cx.label(from, to),
                participants: cx.participants(from, to),
                roles: vec![],
                sentence: span,
                timex: None,
                relations: vec![(inverse(rel).to_string(), me)],
                ..Default::default()
            });
            if let Some(e) = out.get_mut(me) {
                e.relations.push((rel.to_string(), other));
            }
        }
    }
}
