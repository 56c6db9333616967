//! Stage 5: time expressions, normalised against the document date (TimeML TIMEX3).
//!
//! ```text
//! Doc ─▶ docdate   (caller's date, else a dateline / "Published ..." in the text)
//!     ─▶ per sentence: recognise::vtokens → recognise::find   (rules of data/time/)
//!     ─▶ normalise  (value vs. the document date, tense, the moving reference)
//!     ─▶ Vec<TimexDraft>   (byte offsets)
//! ```
//!
//! Modules: [`calendar`] (date arithmetic), [`value`] (TimeML values),
//! [`tables`] (data files), [`recognise`], [`normalise`], [`docdate`].

pub mod calendar;
pub mod docdate;
pub mod normalise;
pub mod recognise;
pub mod span;
pub mod tables;
pub mod tense;
pub mod value;

use super::model::TimexType;
use super::text::{Doc, TokenKind};
use normalise::{normalise, Ctx, Norm};
use recognise::{find, vtokens, VTok, NO_WORD};
use tables::tables;
use value::Val;

pub use docdate::document_date;

/// A normalised time expression. Byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexDraft {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    /// End of a range written as one expression ("2014-2016": value "2014", end "2016").
    pub range_end: Option<String>,
    /// The dates a duration covers when the text says ("the first eight months
    /// of 2025" → "2025-01/2025-08"): events use it as their date.
    pub period: Option<String>,
}

/// Matches that look like time but are not: "$1990", "2000 %".
fn spurious(doc: &Doc, m: &recognise::Match, n: &Norm) -> bool {
    let before = doc.text.get(..m.start).unwrap_or("").trim_end();
    let after = doc.text.get(m.end..).unwrap_or("").trim_start();
    // Ages: "a 6-year-old boy", "40 years old".
    if n.kind == TimexType::Duration && (after.starts_with("-old") || after.starts_with("old")) {
        return true;
    }
    if n.kind == TimexType::Duration {
        let text = doc
            .text
            .get(m.start..m.end)
            .unwrap_or("")
            .to_ascii_lowercase();
        // "three-quarters" of something is a fraction.
        if text.contains("-quarter") {
            return true;
        }
        // "$1.76 a year", "twice a week": a rate, not a duration.
        if text.starts_with("a ") || text.starts_with("an ") {
            let prev = before
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let rate = prev.ends_with(|c: char| c.is_ascii_digit() || c == '%')
                || [
                    "million", "billion", "times", "once", "twice", "percent", "cents", "dollars",
                    "hours", "days",
                ]
                .contains(&prev.as_str());
            if rate {
                return true;
            }
        }
    }
    if m.rule.action != "year" {
        return false;
    }
    before.ends_with(['$', '€', '£', '#']) || after.starts_with(['%', '$']) || n.value.is_empty()
}

/// "two weeks after the call": the rule read "two weeks after" as a date, but
/// a clause follows, so it is the duration "two weeks" and "after" a signal.
fn signal_follows(doc: &Doc, toks: &[VTok], m: &recognise::Match) -> bool {
    if m.rule.action != "anaphor" {
        return false;
    }
    let t = tables();
    let last = toks.get(m.tok_end.wrapping_sub(1));
    let is_signal = last.is_some_and(|l| {
        l.word != NO_WORD && (t.id("after") == Some(l.word) || t.id("before") == Some(l.word))
    });
    let next_is_word = toks.get(m.tok_end).is_some_and(|n| {
        doc.slice(n.start, n.end)
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    });
    is_signal && next_is_word
}

/// Find and normalise every time expression. `reference` is the document date
/// (YYYY-MM-DD) or `None` (relative values then stay relative).
pub fn extract(doc: &Doc, reference: Option<&str>) -> Vec<TimexDraft> {
    let mut ctx = Ctx {
        dct: reference.and_then(docdate::parse_iso),
        ..Ctx::default()
    };
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for s in 0..doc.sentences.len() {
        let Some(sent) = doc.sentences.get(s) else {
            break;
        };
        // Cheap skip: a sentence without digits or known words has no time expression.
        if doc
            .tokens
            .get(sent.tokens.clone())
            .is_some_and(|ts| ts.iter().all(|t| t.kind == TokenKind::Punct))
        {
            continue;
        }
        vtokens(doc, s, &mut toks);
        let found = find(doc, &toks);
        let clauses = if found.is_empty() {
            Vec::new()
        } else {
            tense::clauses(doc, s)
        };
        for mut m in found {
            ctx.tense = tense::tense_at(doc, &clauses, m.start, m.end);
            if signal_follows(doc, &toks, &m) {
                m.tok_end -= 1;
                if let Some(t) = toks.get(m.tok_end.wrapping_sub(1)) {
                    m.end = t.end;
                }
                let Some(dur) = tables().rules.iter().find(|r| r.action == "duration") else {
                    continue;
                };
                m.rule = dur;
            }
            let Some(mut n) = normalise(&m, &ctx) else {
                continue;
            };
            // "about Wednesday", "almost daily": amount modifiers belong to
            // durations; elsewhere they stay outside the expression.
            let amount = matches!(
                n.modifier.as_deref(),
                Some("APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_LESS" | "EQUAL_OR_MORE")
            );
            if amount && n.kind != TimexType::Duration && m.main_tok < m.tok_end {
                n.modifier = None;
                m.start = m.main_start;
                m.tok_start = m.main_tok;
            }
            if spurious(doc, &m, &n) {
                continue;
            }
            // The moving reference: dates the text states, not ones derived from it.
            let derived = matches!(
                m.rule.action.as_str(),
                "ago" | "anaphor" | "yearago" | "lastquarter"
            );
            if let (Some(v), false) = (n.val, derived) {
                if v.year().is_some() || matches!(v, Val::Decade(_) | Val::Century(_)) {
                    ctx.last = Some(v);
                }
                if matches!(v, Val::Quarter { .. }) {
                    ctx.quarter = Some(v);
                }
            }
            out.push(TimexDraft {
                start: m.start,
                end: m.end,
                kind: n.kind,
                value: n.value,
                modifier: n.modifier,
                range_end: n.range_end,
                period: n.period,
            });
        }
    }
    out
}
