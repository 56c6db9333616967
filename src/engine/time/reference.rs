//! The moving reference time: which normalised expressions are dates the story states (and
//! so what later expressions count from, [`Ctx::last`]), which open or end an episode
//! ([`Ctx::episode`]), and which quarter a report is on ([`Ctx::quarter`]).
//!
//! Input: one match, its [`Normalised`] reading and the context as it stood when it was
//! read. Output: a [`Role`] (plain flags saying what the expression is to the story), then
//! the context moved by [`episode`] and [`state`]. The time loop (`story`) calls these once
//! per expression, after every check of the match and before the next expression is read.

use super::matcher::Match;
use super::names;
use super::norm::{self, Ctx, Normalised};
use super::stated::Stated;
use super::tables::{self, Action};
use super::tense;
use super::value::TimeValue;
use crate::engine::text::Doc;

/// What one sentence's expressions did to the story so far.
#[derive(Debug, Default)]
pub(super) struct Progress {
    /// The last date an aside stated, by the aside's index ([`super::aside`]).
    pub aside_last: Option<(usize, TimeValue)>,
    /// An expression of this sentence moved the reference already.
    pub moved: bool,
}

/// What an expression is to the story's timeline.
#[derive(Debug, Clone, Copy)]
pub(super) struct Role {
    /// "The next morning", "two months later": the story moves on to it.
    pub story_next: bool,
    /// Counted from another date ("a year earlier", "the 1988 period"): no date the story
    /// moves to.
    pub derived: bool,
    /// Right after "since": the start of a stretch that runs to now.
    pub since: bool,
    /// When the story was told ("the company said on Monday"), after a date of its own.
    pub told: bool,
    /// A fiscal period, dated by its name ("Q3 FY2027").
    pub fiscal: bool,
    /// It opens its sentence after an opening a frame allows ([`tense::opens_frame`]).
    pub opens: bool,
    /// Counted from the document date ("last month", "yesterday").
    pub counted: bool,
    /// A month, day or season of its own (not derived, not counted).
    pub dated: bool,
}

impl Role {
    /// The role of match `m` read as `n` under `ctx`; `opening` is the sentence's text before
    /// `m` when `m` is its first match, `moved` whether an earlier expression of the sentence
    /// moved the reference.
    pub fn of(
        doc: &Doc,
        m: &Match,
        n: &Normalised,
        ctx: &Ctx,
        opening: Option<&str>,
        moved: bool,
    ) -> Role {
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
            && (norm::int_arg(m) > 0 || norm::part_of(m).is_some());
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
        let fiscal = norm::has(m, "fiscal")
            || norm::has(m, "fy")
            || doc
                .text
                .get(m.start..m.end)
                .is_some_and(|t| t.split_whitespace().any(|w| w.starts_with("FY")));
        // The episode: a sentence opened by a past date with its year, or by one the story
        // moved on to ("The following spring, ..."), sets the reference time; a date of the
        // document's year opening a sentence, or one counted from the document date
        // ("last month", "yesterday"), ends it.
        let opens = opening.is_some_and(tense::opens_frame);
        // "The following spring", "that October": named from the story's time, not counted
        // from the document date as "last fall" is.
        let of_story = m.rule.action == Action::RelName
            && (norm::from_story(m, ctx)
                || ["that", "same", "one"].iter().any(|w| norm::has(m, w)));
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
                Some(TimeValue::Month { .. } | TimeValue::Day { .. } | TimeValue::Season { .. })
            );
        Role {
            story_next,
            derived,
            since,
            told,
            fiscal,
            opens,
            counted,
            dated,
        }
    }
}

/// Opens or ends the episode ([`Ctx::episode`]) for an expression read as `n` in role `role`.
pub(super) fn episode(ctx: &mut Ctx, role: &Role, n: &Normalised) {
    match (n.val.and_then(|v| v.year()), ctx.dct) {
        (Some(y), Some(d)) if role.opens && !role.since && (role.dated || role.story_next) => {
            ctx.episode = y < d.y
        }
        _ if role.counted && !role.story_next => ctx.episode = false,
        _ => {}
    }
}

/// Where match `m` (read as `n`, in role `role`) sits: in aside `in_aside` of its sentence, in
/// the sentence of the clock time the story stated last (`clock_here`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    pub in_aside: Option<usize>,
    pub clock_here: bool,
}

/// A date the text states moves the reference ([`Ctx::last`], an aside's own last date,
/// the quarter in focus) and is kept for [`Stated::anchored`]; a derived one, one after
/// "since" or one told after the story's own date does not.
pub(super) fn state(
    ctx: &mut Ctx,
    progress: &mut Progress,
    stated: &mut Stated,
    (m, n, role): (&Match, &Normalised, &Role),
    place: Place,
) {
    let (Some(v), false) = (n.val, role.derived || role.since || role.told) else {
        return;
    };
    let is_stated = !role.fiscal
        && (v.year().is_some() || matches!(v, TimeValue::Decade(_) | TimeValue::Century(_)));
    if let (true, Some(k)) = (is_stated, place.in_aside) {
        progress.aside_last = Some((k, v));
    } else if is_stated {
        // A later sentence on another date leaves the clock time behind; a day its
        // own sentence states is its day ("at 3 a.m. on 2 March").
        if place.clock_here {
            if let (Some(c), TimeValue::Day { y: Some(_), .. }) = (ctx.clock.as_mut(), v) {
                c.0 = v.first_day();
            }
        } else if ctx.last != Some(v) {
            ctx.clock = None;
        }
        ctx.last = Some(v);
        if v.year().zip(ctx.dct).is_some_and(|(y, d)| y < d.y - 1) {
            ctx.last_past = Some(v);
        }
        progress.moved = true;
        // A month or day written with its year; a bare year is often background
        // ("a program approved in 1987 ... through Sept. 29" is the report's year).
        ctx.year_here |= m.captures.get(tables::Class::Year).is_some()
            && matches!(
                v,
                TimeValue::Month { .. } | TimeValue::Day { .. } | TimeValue::Season { .. }
            );
    }
    if matches!(v, TimeValue::Day { y: Some(_), .. }) {
        stated.push(m.start, v);
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
