//! Checks and trims of one match against the text around it, before and after it is
//! normalised: a match that is no time ("$1990", "the 21st floor"), a signal word the rule
//! swallowed ("two weeks after the call", "an hour later"), an amount modifier that belongs
//! outside a date ("about Wednesday"), and dates a word before them moves ("the quarter ended
//! Oct. 31", a year-less dateline).
//!
//! Input: a [`Match`] of one sentence, its tokens, its [`Normalised`] reading. Output: the
//! match trimmed or dropped, the reading corrected. The time loop (`story`) calls these in
//! a fixed order; none of them reads or moves the story's reference time.

use super::calendar::Ymd;
use super::matcher::Match;
use super::names;
use super::norm::Normalised;
use super::recognise::{TimeToken, NO_WORD};
use super::tables::{self, tables, Action};
use super::tense;
use super::value::TimeValue;
use crate::engine::model::TimexType;
use crate::engine::text::Doc;

/// Matches that look like time but are not: "$1990", "2000 %".
pub(super) fn spurious(doc: &Doc, m: &Match, n: &Normalised) -> bool {
    let before = crate::engine::text::before(doc.text, m.start).trim_end();
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
                || names::words().rate.contains(&prev);
            if rate {
                return true;
            }
        }
    }
    if names::not_a_time(doc, m, n) {
        return true;
    }
    if m.rule.action != Action::Year {
        return false;
    }
    before.ends_with(['$', '€', '£', '#']) || after.starts_with(['%', '$']) || n.value.is_empty()
}

/// "the quarter ended Oct. 31" written on October 27: a period that has
/// ended is over, so a year-less date after the document date is last year's.
pub(super) fn ended_before(doc: &Doc, m: &Match, n: &mut Normalised, dct: Option<Ymd>) {
    if m.rule.action != Action::Date || m.captures.get(tables::Class::Year).is_some() {
        return;
    }
    let before = crate::engine::text::before(doc.text, m.start).trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let (Some(dct), Some(v), true) = (dct, n.val, prev.eq_ignore_ascii_case("ended")) else {
        return;
    };
    if v.first_day().is_some_and(|d| d > dct) {
        if let Some(back) = v.shift(tables::unit::YEAR, -1) {
            n.value = back.to_timeml();
            n.val = Some(back);
        }
    }
}

/// "two weeks after the call": the rule read "two weeks after" as a date, but
/// a clause follows, so it is the duration "two weeks" and "after" a signal.
fn signal_follows(doc: &Doc, toks: &[TimeToken], m: &Match) -> bool {
    if m.rule.action != Action::Anaphor {
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

/// What [`cut_signal`] found.
pub(super) enum Signal {
    /// No signal before a clause: the match stands as it is.
    None,
    /// "two weeks after X": the match is now the duration, and X starts at this byte, counted
    /// in this direction (1 after, -1 before).
    Before { x_start: usize, dir: i64 },
    /// The rules hold no duration rule to read the match as: it is dropped.
    Drop,
}

/// "two weeks after the call": cuts the signal off match `m` and makes it a duration when
/// a clause follows ([`signal_follows`]).
pub(super) fn cut_signal(doc: &Doc, toks: &[TimeToken], m: &mut Match<'static>) -> Signal {
    if !signal_follows(doc, toks, m) {
        return Signal::None;
    }
    let after = toks
        .get(m.tok_end.wrapping_sub(1))
        .is_some_and(|l| tables().id("after") == Some(l.word));
    let signal = toks
        .get(m.tok_end)
        .map(|x| (x.start, if after { 1 } else { -1 }));
    m.tok_end -= 1;
    if let Some(t) = toks.get(m.tok_end.wrapping_sub(1)) {
        m.end = t.end;
    }
    let Some(dur) = tables().rules.iter().find(|r| r.action == Action::Duration) else {
        return Signal::Drop;
    };
    m.rule = dur;
    match signal {
        Some((x_start, dir)) => Signal::Before { x_start, dir },
        None => Signal::None,
    }
}

/// "on the 21st": a bare ordinal is a day only written in digits, after
/// "on", "by", "until" or "since", and not before a noun ("the 21st floor").
pub(super) fn ordinal_day(doc: &Doc, m: &Match) -> bool {
    let text = doc.text.get(m.start..m.end).unwrap_or("");
    let digits = text
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let before = crate::engine::text::before(doc.text, m.start).trim_end();
    let prev = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let after = doc.text.get(m.end..).unwrap_or("").trim_start();
    let noun_follows = after.starts_with(|c: char| c.is_alphanumeric());
    digits && matches!(prev.as_str(), "on" | "by" | "until" | "since") && !noun_follows
}

/// "about Wednesday", "almost daily": amount modifiers belong to durations; elsewhere they
/// stay outside the expression, which then starts after them.
pub(super) fn drop_amount(m: &mut Match, n: &mut Normalised) {
    let amount = matches!(
        n.modifier.as_deref(),
        Some("APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_LESS" | "EQUAL_OR_MORE")
    );
    if amount && n.kind != TimexType::Duration && m.main_tok < m.tok_end {
        n.modifier = None;
        m.start = m.main_start;
        m.tok_start = m.main_tok;
    }
}

/// "an hour later" with no clock time to count from: the duration "an hour", and "later"
/// (a `count_signal` word of `data/time/names.txt`) a signal, as TimeML writes it.
pub(super) fn cut_count_signal(doc: &Doc, toks: &[TimeToken], m: &mut Match, n: &Normalised) {
    if m.rule.action == Action::Anaphor
        && n.kind == TimexType::Duration
        && m.tok_end > m.tok_start + 1
        && toks.get(m.tok_end - 1).is_some_and(|t| {
            let w = tense::lower(doc.slice(t.start, t.end));
            names::words().count_signal.iter().any(|s| *s == w)
        })
    {
        m.tok_end -= 1;
        if let Some(t) = toks.get(m.tok_end - 1) {
            m.end = t.end;
        }
    }
}

/// A year-less dateline's own day ("OSLO, March 4 (Wire) -") is on or before the document
/// date `dct`: the story was filed then.
pub(super) fn on_dateline(n: &mut Normalised, dct: Ymd) {
    let Some(TimeValue::Day { m: mo, d, .. }) = n.val else {
        return;
    };
    let y = if (mo, d) <= (dct.m, dct.d) {
        dct.y
    } else {
        dct.y - 1
    };
    // "February 29": the latest such day (a leap year at most 8 years back).
    if let Some(day) = (0..8).find_map(|k| Ymd::new(y - k, mo, d)) {
        n.val = Some(TimeValue::day(day));
        n.value = TimeValue::day(day).to_timeml();
    }
}
