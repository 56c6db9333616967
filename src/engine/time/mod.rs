//! Stage 5: time expressions, normalised against the document date (TimeML TIMEX3).
//!
//! ```text
//! Doc ─▶ docdate   (caller's date, else a dateline / "Published ..." in the text)
//!     ─▶ per sentence: recognise::vtokens → matcher::find   (rules of data/time/)
//!     ─▶ normalise  (value vs. the document date, tense, the moving reference)
//!     ─▶ Vec<TimexDraft>   (byte offsets)
//! ```
//!
//! Modules: [`calendar`] (date arithmetic), [`value`] (TimeML values),
//! `tables` (data files), `recognise`, `holidays` (names of several words, their days), `normalise`, `docdate`, `style` (narrative or
//! news, day- or month-first), `ranges` (lists and ranges across expressions; crate-private).

pub(crate) mod anchor;
pub(crate) mod aside;
pub mod calendar;
pub(crate) mod cues;
pub(crate) mod docdate;
pub(crate) mod durations;
pub(crate) mod forms;
pub(crate) mod holidays;
pub(crate) mod later;
pub(crate) mod matcher;
pub(crate) mod names;
pub(crate) mod norm;
pub(crate) mod normalise;
pub(crate) mod occasion;
pub(crate) mod overtaken;
pub(crate) mod ranges;
pub(crate) mod recognise;
pub(crate) mod relative;
pub(crate) mod style;
pub(crate) mod tables;
pub(crate) mod tense;
pub(crate) mod tense_words;
#[cfg(test)]
mod tests_story;
pub mod value;

/// Whether `s` (surrounding spaces ignored) is a calendar date written `YYYY-MM-DD`, as a
/// document date must be ("2025-02-30" is not).
pub fn is_iso_date(s: &str) -> bool {
    iso_date(s).is_some()
}

/// The calendar date `s` writes as `YYYY-MM-DD` (surrounding spaces ignored; a longer ISO
/// timestamp's date), or `None`.
pub fn iso_date(s: &str) -> Option<Ymd> {
    docdate::parse_iso(s.trim())
}

use super::clause::{self, Clause};
use super::model::TimexType;
use super::pos::Words;
use super::text::{Doc, TokenKind};
use calendar::Ymd;
use matcher::find;
use normalise::{normalise, Ctx, Normalised};
use recognise::{vtokens, TimeToken, NO_WORD};
use tables::{tables, Action};
use value::TimeValue;

pub use docdate::{document_date, DocDate};
use style::narrative;
pub use style::{numeric_note, numeric_order, NumericOrder};

/// A normalised time expression. Byte offsets.
///
/// Compact (issue 16.6): one per expression of the document, alive from the time stage to
/// the output, so the three rarely set TimeML fields share one box ([`TimexDraft::modifier`],
/// [`TimexDraft::range_end`], [`TimexDraft::period`]): 56 bytes natively instead of 120.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexDraft {
    /// Start, in bytes into the document text.
    pub start: usize,
    /// End, in bytes, exclusive.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TimeML value ("2024-04-16", "P2W", "PAST_REF"), copied to [`crate::engine::model::Timex::value`].
    pub value: String,
    /// The rare fields; `None` when none is set.
    extra: Option<Box<Extra>>,
}

/// [`TimexDraft`]'s rarely set fields.
#[derive(Debug, Clone, PartialEq, Default)]
struct Extra {
    modifier: Option<String>,
    range_end: Option<String>,
    period: Option<String>,
}

impl TimexDraft {
    /// A draft; the box for the rare fields only when one of them is set.
    pub fn new(
        (start, end): (usize, usize),
        kind: TimexType,
        value: String,
        modifier: Option<String>,
        range_end: Option<String>,
        period: Option<String>,
    ) -> TimexDraft {
        let extra = (modifier.is_some() || range_end.is_some() || period.is_some()).then(|| {
            Box::new(Extra {
                modifier,
                range_end,
                period,
            })
        });
        TimexDraft {
            start,
            end,
            kind,
            value,
            extra,
        }
    }

    /// TimeML mod ("START", "APPROX", ...), if any.
    pub fn modifier(&self) -> Option<&str> {
        self.extra.as_ref()?.modifier.as_deref()
    }

    /// End of a range written as one expression ("2014-2016": value "2014", end "2016").
    pub fn range_end(&self) -> Option<&str> {
        self.extra.as_ref()?.range_end.as_deref()
    }

    /// The dates a duration covers when the text says ("the first eight months
    /// of 2025" → "2025-01/2025-08"): events use it as their date.
    pub fn period(&self) -> Option<&str> {
        self.extra.as_ref()?.period.as_deref()
    }
}

/// Matches that look like time but are not: "$1990", "2000 %".
fn spurious(doc: &Doc, m: &matcher::Match, n: &Normalised) -> bool {
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
fn ended_before(doc: &Doc, m: &matcher::Match, n: &mut Normalised, dct: Option<Ymd>) {
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
fn signal_follows(doc: &Doc, toks: &[TimeToken], m: &matcher::Match) -> bool {
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

/// Most stated days kept for [`anchored`] (the latest first).
const MAX_STATED: usize = 64;

/// "Two weeks after the embargo took effect, ...": the day the story dated the clause X
/// names ([`anchor`]) moved by `duration` ("P2W") in direction `dir`, when a stated day of an
/// earlier sentence (`stated`: byte start and value) dates such a clause. X runs from byte
/// `x_start` to the next comma, semicolon or `sentence_end`.
fn anchored(
    doc: &Doc,
    (stage, words): (&[Clause], &Words),
    stated: &[(usize, TimeValue)],
    (x_start, sentence_end): (usize, usize),
    duration: &str,
    dir: i64,
) -> Option<TimeValue> {
    let x_end = anchor::x_end(doc.text, x_start, sentence_end);
    let wanted = anchor::Wanted::of(doc.text, words, stage, (x_start, x_end))?;
    let (_, v) = stated.iter().rev().take(MAX_STATED).find(|(start, _)| {
        clause::containing(stage, words, *start)
            .is_some_and(|c| wanted.named_by(doc.text, words, c))
    })?;
    value::parse_value(&value::shift_value(&v.to_timeml(), duration, dir)?)
}

/// X's span in "the same week as X", "the same day as X" when match `m` is such an
/// anaphor ("the same ...") in the sentence ending at byte `end` ([`anchor::as_phrase`]).
fn same_as(doc: &Doc, m: &matcher::Match, end: usize) -> Option<(usize, usize)> {
    let same = m.rule.action == Action::Anaphor && norm::int_arg(m) == 0 && norm::has(m, "same");
    same.then(|| anchor::as_phrase(doc.text, m.end, end))
        .flatten()
}

/// "on the 21st": a bare ordinal is a day only written in digits, after
/// "on", "by", "until" or "since", and not before a noun ("the 21st floor").
fn ordinal_day(doc: &Doc, m: &matcher::Match) -> bool {
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

/// Find and normalise every time expression. `reference` is the document date
/// (YYYY-MM-DD) or `None` (relative values then stay relative). Tense per
/// clause comes from the time module's own split (`tense::clauses`) alone here;
/// the pipeline calls [`extract_with_clauses`], which also reads the clause stage.
pub fn extract(doc: &Doc, reference: Option<&str>) -> Vec<TimexDraft> {
    extract_with_clauses(doc, reference, &[], &Words::empty())
}

/// The tense the clause stage gives the clause holding byte `at` (the
/// nearest clause before it in sentence `s` when `at` is outside any):
/// a modal "would"/"will" without a tense of its own is future.
fn stage_tense(clauses: &[Clause], words: &Words, s: usize, at: usize) -> Option<tense::Tense> {
    use crate::engine::clause::{Aspect, Modal, Tense as T};
    let c = clause::containing(clauses, words, at).or_else(|| {
        let i = clauses.partition_point(|c| c.span(words).0 <= at);
        clauses.get(..i)?.last()
    })?;
    if c.sentence() != s {
        return None;
    }
    match c.verb.tense {
        T::Past => Some(tense::Tense::Past),
        // "has been on patrol since March", "have gathered": a present perfect looks back.
        T::Present
            if matches!(
                c.verb.aspect,
                Aspect::Perfective | Aspect::PerfectiveProgressive
            ) =>
        {
            Some(tense::Tense::Past)
        }
        T::Present => Some(tense::Tense::Present),
        T::Future => Some(tense::Tense::Future),
        T::None
            if c.verb
                .modality()
                .iter()
                .any(|m| matches!(m, Modal::Will | Modal::Would)) =>
        {
            Some(tense::Tense::Future)
        }
        T::None => None,
    }
}

/// [`extract`], with the clause stage's clauses (`engine::clause`, text order, found in the
/// tagged words `words`): where the
/// time stage's own split finds no tense for an expression (no verb its word list knows:
/// "the two leaders meet separately Monday"), the clause stage's verb group gives it.
/// The split stays first: with the clause stage's tense first and the split as the
/// fallback, TempEval-3 value F1 was 81.60 against 82.08 (the split knows prospects,
/// schedules and "had been due to", which the verb groups read as plain tenses).
pub fn extract_with_clauses(
    doc: &Doc,
    reference: Option<&str>,
    stage: &[Clause],
    words: &Words,
) -> Vec<TimexDraft> {
    let dateline = reference.and_then(|_| docdate::dateline_at(doc));
    extract_with_dateline(doc, reference, dateline, stage, words)
}

/// [`extract_with_clauses`] with the year-less dateline's byte offset as
/// [`document_date`] read it ([`docdate::DocDate::dateline_at`]), so the pipeline reads the
/// text's head once.
pub fn extract_with_dateline(
    doc: &Doc,
    reference: Option<&str>,
    dateline: Option<usize>,
    stage: &[Clause],
    words: &Words,
) -> Vec<TimexDraft> {
    let mut ctx = Ctx {
        dct: reference.and_then(docdate::parse_iso),
        day_first: numeric_order(doc) != NumericOrder::MonthFirst,
        ..Ctx::default()
    };
    ctx.narrative = narrative(doc, ctx.dct);
    // A year-less dateline ("OSLO, March 4 (Wire) -") was filed on or before the document date.
    let dateline = ctx.dct.and(dateline);
    let mut out = Vec::new();
    // Days the text stated in earlier sentences, for "two weeks after X" ([`anchored`]).
    let mut stated: Vec<(usize, TimeValue)> = Vec::new();
    let mut stated_here: Vec<(usize, TimeValue)> = Vec::new();
    let mut explicit_year = Vec::new();
    let mut toks = Vec::new();
    // The sentence of the clock time the story stated last ([`Ctx::clock`]).
    let mut clock_sentence = None;
    for s in 0..doc.sentences.len() {
        let Some(sent) = doc.sentences.get(s) else {
            break;
        };
        // Cheap skip: a sentence without digits or known words has no time expression.
        if doc
            .tokens
            .get(sent.tokens())
            .is_some_and(|ts| ts.iter().all(|t| t.kind == TokenKind::Punct))
        {
            continue;
        }
        stated.append(&mut stated_here);
        if stated.len() > 2 * MAX_STATED {
            let keep = stated.len() - MAX_STATED;
            stated.copy_within(keep.., 0);
            stated.truncate(MAX_STATED);
        }
        vtokens(doc, s, &mut toks);
        let found = find(doc, &toks);
        let clauses = if found.is_empty() {
            Vec::new()
        } else {
            tense::clauses(doc, s)
        };
        ctx.months_report = false;
        ctx.year_here = false;
        ctx.last_before = ctx.last;
        // Background set off after a noun (", founded in 1990,"): its dates are its own, and
        // the last one it stated (by the aside's index) is what its other expressions count from.
        let asides = if found.is_empty() {
            Vec::new()
        } else {
            aside::asides(doc, s)
        };
        let mut aside_last: Option<(usize, TimeValue)> = None;
        // Whether an expression of this sentence moved the reference already.
        let mut moved = false;
        for (fi, mut m) in found.iter().cloned().enumerate() {
            let day = m.captures.get(tables::Class::Weekday).is_some()
                || m.captures.get(tables::Class::Day).is_some();
            ctx.tense = tense::tense_at(doc, &clauses, m.start, m.end, day, || {
                stage_tense(stage, words, s, m.start)
            });
            ctx.past_verb = tense::dates_past_verb(doc.text, m.start);
            // "two weeks after X": the direction and where X starts.
            let mut signal = None;
            if signal_follows(doc, &toks, &m) {
                let after = toks
                    .get(m.tok_end.wrapping_sub(1))
                    .is_some_and(|l| tables().id("after") == Some(l.word));
                signal = toks
                    .get(m.tok_end)
                    .map(|x| (x.start, if after { 1 } else { -1 }));
                m.tok_end -= 1;
                if let Some(t) = toks.get(m.tok_end.wrapping_sub(1)) {
                    m.end = t.end;
                }
                let Some(dur) = tables().rules.iter().find(|r| r.action == Action::Duration) else {
                    continue;
                };
                m.rule = dur;
            }
            if m.rule.action == Action::OrdDay && !ordinal_day(doc, &m) {
                continue;
            }
            // "in the same week as the vote": the week of X's date, not of the date last
            // stated (nor the document's); unknown when the text does not date X.
            let same_as = same_as(doc, &m, sent.end()).map(|(x_start, x_end)| {
                let stated_x = found
                    .get(fi + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .find(|o| o.start >= x_start && o.end <= x_end)
                    .and_then(|o| normalise(o, &ctx)?.val);
                stated_x.or_else(|| {
                    (!stage.is_empty())
                        .then(|| anchored(doc, (stage, words), &stated, (x_start, x_end), "P0D", 1))
                        .flatten()
                })
            });
            let in_aside = asides.iter().position(|&(a, b)| (a..b).contains(&m.start));
            let last = ctx.last;
            // An aside's expressions count from its own date; a main clause that stated none
            // before counts from it too when it is the story's latest ([`aside::anchors`]).
            let from_aside = aside_last.and_then(|(k, v)| {
                let main = in_aside.is_none() && !moved && aside::anchors(v, ctx.last);
                (Some(k) == in_aside || main).then_some(v)
            });
            if let Some(v) = from_aside {
                ctx.last = Some(v);
            }
            if let Some(x) = same_as {
                ctx.last = x;
            }
            let mut n = normalise(&m, &ctx);
            // Never past the document date in a past clause for leaving the aside's date out
            // ("Smith, who was held on 3 March, appeared in court two days later").
            if let (Some((_, v)), None, None, false) = (aside_last, in_aside, from_aside, moved) {
                if ctx.tense == Some(tense::Tense::Past)
                    && aside::after(n.as_ref().and_then(|n| n.val), ctx.dct)
                {
                    ctx.last = Some(v);
                    let from_v = normalise(&m, &ctx);
                    if !aside::after(from_v.as_ref().and_then(|n| n.val), ctx.dct) {
                        n = from_v.or(n);
                    }
                }
            }
            ctx.last = last;
            let Some(mut n) = n else {
                continue;
            };
            if matches!(same_as, Some(None)) {
                let unit = match n.val {
                    Some(TimeValue::Week { .. }) => tables::unit::WEEK,
                    Some(TimeValue::Month { .. }) => tables::unit::MONTH,
                    _ => tables::unit::DAY,
                };
                n.value = value::unknown_in_year(None, unit).unwrap_or_default();
                n.val = None;
            }
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
            // "an hour later" with no clock time to count from: the duration "an hour", and
            // "later" a signal, as TimeML writes it.
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
            if spurious(doc, &m, &n) {
                continue;
            }
            if let (true, Some(dct), Some(TimeValue::Day { m: mo, d, .. })) =
                (dateline == Some(m.start), ctx.dct, n.val)
            {
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
            ended_before(doc, &m, &mut n, ctx.dct);
            let (text, before) = (
                doc.slice(m.start, m.end),
                Some(crate::engine::text::before(doc.text, m.start)),
            );
            if let Some(v) = forms::midnight_start(text, before.unwrap_or(""), &n.value) {
                n.value = v;
            }
            // "the three months to September": a report on that quarter.
            let months_to = found
                .get(fi + 1)
                .filter(|_| n.kind == TimexType::Duration)
                .and_then(|o| {
                    let next = normalise(o, &ctx).and_then(|v| v.val);
                    durations::months_to(&n.value, doc.text.get(m.end..o.start)?, next)
                });
            if let Some(q) = months_to {
                n.period = Some(q.to_timeml());
                ctx.quarter = Some(q);
            }
            // "For the nine months, ...": a report on months, not on the quarter.
            if months_to.is_none()
                && n.kind == TimexType::Duration
                && n.value.starts_with('P')
                && !n.value.starts_with("PT")
                && n.value.ends_with('M')
                && !n.value.ends_with("XM")
            {
                ctx.months_report = true;
            }
            // The moving reference: dates the text states, not ones derived from it.
            // "the 1988 period" compares with the quarter in focus: derived too.
            // "The port reopened two weeks ago. The same day, ...": a day, week or month
            // counted back from the document date is a date of the story too; "a year ago"
            // stays a comparison.
            let story_ago = m.rule.action == Action::Ago
                && matches!(
                    n.val,
                    Some(TimeValue::Day { .. } | TimeValue::Week { .. } | TimeValue::Month { .. })
                );
            // "The following year, ... That summer": the story moves on to the year named
            // after the one in focus.
            // "The next morning", "that night": the story is on that day. "Two months
            // later, ..." moves the story on too, in a narrative and in news alike (session
            // 29: no TempEval-3, chrono or narrative value changed); a flashback, "two years
            // earlier", does not: "That autumn" after it is still the story's.
            let story_next = m.rule.action == Action::Anaphor
                && (norm::int_arg(&m) > 0 || norm::part_of(&m).is_some());
            let derived = !story_ago
                && !story_next
                && matches!(
                    m.rule.action,
                    Action::Ago
                        | Action::Anaphor
                        | Action::YearAgo
                        | Action::LastQuarter
                        | Action::YearQuarter
                );
            // "fallen since 2021": the start of a stretch that runs to now,
            // not a year the story moves to ("By the end of that year").
            let since = crate::engine::text::before(doc.text, m.start)
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            // "The refinery shut on 14 August, the company said on Monday": when the story
            // was told, not a date it moves to ("In the same week, ..." is August's).
            let told = moved && names::told(doc, m.start);
            // "Q3 FY2027", "fiscal 2027": a fiscal period is dated by its name, not by calendar
            // months, so it is no date the story moves to ("the three months ended October 31,
            // which it calls Q3 FY2027, ... a year earlier" counts from October).
            let fiscal = norm::has(&m, "fiscal")
                || norm::has(&m, "fy")
                || doc
                    .text
                    .get(m.start..m.end)
                    .is_some_and(|t| t.split_whitespace().any(|w| w.starts_with("FY")));
            // The episode: a sentence opened by a past date with its year, or by one the story
            // moved on to ("The following spring, ..."), sets the reference time; a date of the
            // document's year opening a sentence, or one counted from the document date
            // ("last month", "yesterday"), ends it.
            let opens =
                fi == 0 && tense::opens_frame(doc.text.get(sent.start()..m.start).unwrap_or(""));
            // "The following spring", "that October": named from the story's time, not counted
            // from the document date as "last fall" is.
            let of_story = m.rule.action == Action::RelName
                && (norm::from_story(&m, &ctx)
                    || ["that", "same", "one"].iter().any(|w| norm::has(&m, w)));
            let counted = !of_story
                && matches!(
                    m.rule.action,
                    Action::Deictic | Action::Rel | Action::RelName | Action::Ago
                );
            // A bare year opening a sentence is often background ("In 2021 the firm lost
            // money. In March it ..." speaks of this March): it neither opens nor ends one.
            let dated = !derived
                && !counted
                && matches!(
                    n.val,
                    Some(
                        TimeValue::Month { .. } | TimeValue::Day { .. } | TimeValue::Season { .. }
                    )
                );
            match (n.val.and_then(|v| v.year()), ctx.dct) {
                (Some(y), Some(d)) if opens && !since && (dated || story_next) => {
                    ctx.episode = y < d.y
                }
                _ if counted && !story_next => ctx.episode = false,
                _ => {}
            }
            if let (Some(v), false) = (n.val, derived || since || told) {
                let stated = !fiscal
                    && (v.year().is_some()
                        || matches!(v, TimeValue::Decade(_) | TimeValue::Century(_)));
                if let (true, Some(k)) = (stated, in_aside) {
                    aside_last = Some((k, v));
                } else if stated {
                    // A later sentence on another date leaves the clock time behind; a day its
                    // own sentence states is its day ("at 3 a.m. on 2 March").
                    if clock_sentence == Some(s) {
                        if let (Some(c), TimeValue::Day { y: Some(_), .. }) =
                            (ctx.clock.as_mut(), v)
                        {
                            c.0 = v.first_day();
                        }
                    } else if ctx.last != Some(v) {
                        ctx.clock = None;
                    }
                    ctx.last = Some(v);
                    if v.year().zip(ctx.dct).is_some_and(|(y, d)| y < d.y - 1) {
                        ctx.last_past = Some(v);
                    }
                    moved = true;
                    // A month or day written with its year; a bare year is often background
                    // ("a program approved in 1987 ... through Sept. 29" is the report's year).
                    ctx.year_here |= m.captures.get(tables::Class::Year).is_some()
                        && matches!(
                            v,
                            TimeValue::Month { .. }
                                | TimeValue::Day { .. }
                                | TimeValue::Season { .. }
                        );
                }
                if matches!(v, TimeValue::Day { y: Some(_), .. }) {
                    stated_here.push((m.start, v));
                }
                // A report is on a quarter already over at the document
                // date, not on one still running ("a fourth-quarter charge").
                // An earlier quarter named after it ("after a flat second
                // quarter") is a comparison: the focus only moves forward.
                let over = |y: i64, q: u32| ctx.dct.is_none_or(|d| (y, q) < (d.y, d.quarter()));
                let later = |y: i64, q: u32| match ctx.quarter {
                    Some(TimeValue::Quarter { y: Some(fy), q: fq }) => (y, q) >= (fy, fq),
                    _ => true,
                };
                if let TimeValue::Quarter { y: Some(y), q } = v {
                    if over(y, q) && later(y, q) {
                        ctx.quarter = Some(v);
                    }
                }
            }
            // "Two weeks after the embargo took effect, the first ship left": the story is
            // now two weeks after the day it dated the embargo's taking effect, unless this
            // sentence stated its own date before.
            if let (Some((x_start, dir)), false, false) = (signal, moved, stage.is_empty()) {
                let sentence_end = sent.end();
                if let Some(v) = anchored(
                    doc,
                    (stage, words),
                    &stated,
                    (x_start, sentence_end),
                    &n.value,
                    dir,
                ) {
                    ctx.last = Some(v);
                }
            }
            // "has not supplied any since 2022": the stretch from that date up to the
            // document date, which is what an event in the clause spans.
            if since && n.kind == TimexType::Date && n.range_end.is_none() && n.period.is_none() {
                if let (Some(d), Some(v)) = (ctx.dct, n.val) {
                    let first = v
                        .first_day()
                        .or_else(|| v.year().and_then(|y| Ymd::new(y, 1, 1)));
                    if first.is_some_and(|f| f < d) {
                        n.period = Some(format!("{}/{}", n.value, TimeValue::day(d).to_timeml()));
                    }
                }
            }
            // "at 9:00 ... 2.5 hours later": the clock time the story is at.
            if n.kind == TimexType::Time && in_aside.is_none() {
                if let Some(c) = later::clock_of(&n.value) {
                    ctx.clock = Some(c);
                    clock_sentence = Some(s);
                }
            }
            explicit_year.push(m.captures.get(tables::Class::Year).is_some());
            // "April 24 and 25": the second day of the list is a date too.
            let listed = (n.kind == TimexType::Date && m.rule.action == Action::Date)
                .then(|| forms::listed_day(&n.value, doc.text.get(m.end..).unwrap_or("")))
                .flatten();
            out.push(TimexDraft::new(
                (m.start, m.end),
                n.kind,
                n.value,
                n.modifier,
                n.range_end,
                n.period,
            ));
            if let Some((a, b, value)) = listed {
                explicit_year.push(false);
                out.push(TimexDraft::new(
                    (m.end + a, m.end + b),
                    TimexType::Date,
                    value,
                    None,
                    None,
                    None,
                ));
            }
        }
    }
    ranges::share_listed_year(doc, &mut out, &mut explicit_year);
    ranges::share_listed_week(doc, &mut out);
    ranges::join_ranges(doc, &mut out, &explicit_year);
    ranges::clock_on_its_day(doc, &mut out);
    out
}
