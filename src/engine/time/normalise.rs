//! Normalisation: a matched rule and its captured values → TIMEX3 type, value and mod.
//!
//! Input: a [`Match`] (rule action + captures) and the [`Ctx`]: document
//! date, the last date mentioned (the reference that moves through the text,
//! as in HeidelTime's news mode, for anaphoric "a year earlier", "the next
//! day") and whether the sentence speaks of the future (which way "Tuesday" or
//! "December" goes). Output: [`Norm`], or `None` when the match is not a time
//! expression after all ("2500 BC" fine, "the 31st quarter" not).
//! Without a document date relative values stay relative: PAST_REF, XXXX-04.

use super::calendar::{days_in_month, Ymd};
use super::durations;
use super::forms;
use super::matcher::Match;
use super::relative;
use super::tables::{tables, unit, Action, Class, PARTS};
use super::tense::Tense;
use super::value::{season_of, Val};
use crate::engine::model::TimexType;

/// Bare four-digit numbers read as years.
const BARE_YEAR_MIN: i32 = 1600;
const BARE_YEAR_MAX: i32 = 2100;

/// The largest count of units read ("999999999 days ago"); longer numbers
/// are refused, never wrapped.
pub(super) const MAX_COUNT: i32 = 999_999_999;

/// What the normaliser knows besides the match.
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    pub dct: Option<Ymd>,
    /// The last absolute date the text stated.
    pub last: Option<Val>,
    /// The last quarter the text named (reports on a quarter refer back to it).
    pub quarter: Option<Val>,
    /// The tense of the clause the expression is in.
    pub tense: Option<Tense>,
    /// Ambiguous numeric dates ("3/4/21") are day-first (false: month-first,
    /// the text is US-dated).
    pub day_first: bool,
    /// The text tells a story away from its date (no document date, or most
    /// stated years far from it): year-less dates take the story's year.
    pub narrative: bool,
    /// The sentence reports on several months ("for the nine months"): "a
    /// year earlier" there is a year, not the quarter in focus.
    pub months_report: bool,
}

impl Ctx {
    /// The clause speaks of the future.
    pub fn future(&self) -> bool {
        self.tense == Some(Tense::Future)
    }

    /// The day in focus: the first day of the last date the text stated
    /// (January 1 of a bare year), else the document date.
    pub fn focus_day(&self) -> Option<Ymd> {
        match self.last {
            Some(v) => v
                .first_day()
                .or_else(|| v.year().and_then(|y| Ymd::new(y, 1, 1))),
            None => self.dct,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Norm {
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    /// The point this value names, when absolute (becomes the moving reference).
    pub val: Option<Val>,
    /// End of a range ("2014-2016" → value 2014, range_end 2016).
    pub range_end: Option<String>,
    /// The dates a duration covers when the text pins them down
    /// ("the first eight months of 2025" → "2025-01/2025-08").
    pub period: Option<String>,
}

pub(super) fn date(v: Val) -> Option<Norm> {
    Some(Norm {
        kind: TimexType::Date,
        value: v.to_timeml(),
        modifier: None,
        val: Some(v),
        range_end: None,
        period: None,
    })
}

pub(super) fn plain(kind: TimexType, value: impl Into<String>) -> Option<Norm> {
    Some(Norm {
        kind,
        value: value.into(),
        modifier: None,
        val: None,
        range_end: None,
        period: None,
    })
}

pub(super) fn vague(n: i64) -> Option<Norm> {
    plain(
        TimexType::Date,
        match n.signum() {
            -1 => "PAST_REF",
            0 => "PRESENT_REF",
            _ => "FUTURE_REF",
        },
    )
}

pub(super) fn has(m: &Match, w: &str) -> bool {
    tables().id(w).is_some_and(|id| m.caps.words.contains(&id))
}

pub(super) fn int_arg(m: &Match) -> i64 {
    m.rule
        .args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0)
}

/// Year of a month (and day) mentioned without one: the document's year, moved
/// back when a past-tense sentence names a later month, forward when a
/// future-tense sentence names an earlier one.
pub(super) fn infer_year(ctx: &Ctx, m: u32, _d: u32) -> Option<i64> {
    // A narrative: the year of the story, not the document's, moving
    // forward across a year end ("In December 1941 ... In January" is 1942).
    let focus = ctx.last.and_then(|v| {
        let y = v.year()?;
        let fm = v.first_day().map_or(0, |d| d.m);
        Some(if fm >= m + 6 { y + 1 } else { y })
    });
    // (News that has just named a date of another year does not move: tried
    // for the next sentence after "in June 2019", TempEval-3 value F1 fell
    // 0.4; news names other years for forecasts and comparisons.)
    // A future clause in a dated text speaks of the months after the
    // document date, story or not ("a summit set for April").
    match (ctx.dct, focus) {
        (None, f) => return f,
        (Some(_), Some(f)) if ctx.narrative && !ctx.future() => return Some(f),
        _ => {}
    }
    let dct = ctx.dct?;
    // Months from the document's: a past clause looks back, a future one
    // ahead; without a tense news mostly speaks of the months around it,
    // recent past rather than far future.
    let diff = i64::from(m) - i64::from(dct.m);
    Some(match ctx.tense {
        Some(Tense::Future) if diff < 0 => dct.y + 1,
        Some(Tense::Future) => dct.y,
        // Past clauses often hold dates still to come ("payable Dec. 7"):
        // only months well after the document's go back a year (going back
        // for any later month measured worse: TempEval-3 value F1 -0.3).
        Some(Tense::Past) if diff >= 4 => dct.y - 1,
        Some(Tense::Past) => dct.y,
        _ if diff >= 4 => dct.y - 1,
        _ if diff <= -8 => dct.y + 1,
        _ => dct.y,
    })
}

/// The weekday `w` nearest the document date: the last one on or before it,
/// or (future tense) the first one on or after it.
pub(super) fn weekday_date(ctx: &Ctx, w: i32, rel: i64) -> Option<Ymd> {
    let dct = ctx.dct?;
    let cur = i64::from(dct.weekday());
    let w = i64::from(w.clamp(1, 7));
    let back = (cur - w).rem_euclid(7);
    let fwd = (w - cur).rem_euclid(7);
    Some(match rel {
        -1 => dct.add_days(-if back == 0 { 7 } else { back }),
        1 => dct.add_days(if fwd == 0 { 7 } else { fwd }),
        // A future clause: the coming one, or the document's own day
        // ("when he meets him on Tuesday" written on a Tuesday).
        _ if ctx.future() => dct.add_days(fwd),
        _ => dct.add_days(-back),
    })
}

pub(super) fn with_part(
    d: Option<Ymd>,
    part: Option<i32>,
    dayval: impl Fn() -> String,
) -> Option<Norm> {
    match part {
        Some(p) => {
            let p = PARTS.get(p as usize).copied().unwrap_or("DT");
            let base = d.map_or_else(&dayval, |d| Val::day(d).to_timeml());
            plain(TimexType::Time, format!("{base}T{p}"))
        }
        None => match d {
            Some(d) => date(Val::day(d)),
            None => plain(TimexType::Date, dayval()),
        },
    }
}

/// The most recent completed quarter before the document date.
fn previous_quarter(ctx: &Ctx) -> Option<Val> {
    let dct = ctx.dct?;
    Val::Quarter {
        y: Some(dct.y),
        q: dct.quarter(),
    }
    .shift(unit::QUARTER, -1)
}

pub fn normalise(m: &Match, ctx: &Ctx) -> Option<Norm> {
    let c = &m.caps;
    let dct = ctx.dct;
    let mut out = match m.rule.action {
        Action::Fixed => {
            let kind = match m.rule.args.first().map(String::as_str) {
                Some("SET") => TimexType::Set,
                Some("DURATION") => TimexType::Duration,
                Some("TIME") => TimexType::Time,
                _ => TimexType::Date,
            };
            // "the end of the year", "earlier in the year": a part of a year is a date.
            let part_of = matches!(m.modifier, Some("START" | "MID" | "END"));
            if part_of && m.rule.args.get(1).is_some_and(|v| v == "P1Y") {
                if let Some(d) = dct {
                    let mut n = date(Val::Year(d.y))?;
                    n.modifier = m.modifier.map(str::to_string);
                    return Some(n);
                }
            }
            let mut n = plain(kind, m.rule.args.get(1).cloned().unwrap_or_default())?;
            n.modifier = m.rule.args.get(2).cloned();
            Some(n)
        }
        Action::Iso | Action::NumDate => {
            let v = c
                .get(Class::Iso)
                .or(c.get(Class::NumDmy).filter(|_| ctx.day_first))
                .or(c.get(Class::NumDate))?;
            let (y, mo, d) = (
                i64::from(v / 10_000),
                (v / 100 % 100) as u32,
                (v % 100) as u32,
            );
            if d == 0 {
                date(Val::Month { y: Some(y), m: mo })
            } else {
                date(Val::day(Ymd::new(y, mo, d)?))
            }
        }
        Action::Date => {
            let mo = c.get(Class::Month)? as u32;
            let d = c.get(Class::Day).or(c.get(Class::Ord)).map(|d| d as u32);
            let y = c.get(Class::Year).map(i64::from);
            match d {
                Some(d) => {
                    if d == 0 || d > days_in_month(y.unwrap_or(2000), mo) {
                        return None;
                    }
                    // "last Oct. 23": the latest one before the document
                    // date; "next March 3": the first one after it.
                    let around = dct.and_then(|t| {
                        let this = (mo, d) < (t.m, t.d);
                        match (has(m, "last"), has(m, "next")) {
                            (true, _) => Some(if this { t.y } else { t.y - 1 }),
                            (_, true) => Some(if this { t.y + 1 } else { t.y }),
                            _ => None,
                        }
                    });
                    let y = y.or(around).or_else(|| {
                        let guess = infer_year(ctx, mo, d)?;
                        // "Tuesday, 10 January": the nearby year where the
                        // day is that weekday, if the guess is not.
                        let Some(w) = c.get(Class::Weekday) else {
                            return Some(guess);
                        };
                        [0, 1, -1]
                            .iter()
                            .map(|k| guess + k)
                            .find(|&y| Ymd::new(y, mo, d).is_some_and(|x| x.weekday() as i32 == w))
                            .or(Some(guess))
                    });
                    date(Val::Day { y, m: mo, d })
                }
                None => {
                    let y = y.or_else(|| infer_year(ctx, mo, 0));
                    date(Val::Month { y, m: mo })
                }
            }
        }
        Action::MonthRel => {
            let mo = c.get(Class::Month)? as u32;
            let n = if has(m, "last") {
                -1
            } else {
                i64::from(has(m, "next"))
            };
            date(Val::Month {
                y: dct.map(|d| d.y + n),
                m: mo,
            })
        }
        Action::Year => {
            let y = c.get(Class::Year)?;
            // A bare number is a year only in a plausible range ("in 1988", not "1017 points").
            if !(BARE_YEAR_MIN..=BARE_YEAR_MAX).contains(&y) && m.caps.words.is_empty() {
                return None;
            }
            date(Val::Year(i64::from(y)))
        }
        Action::Era => {
            let n = i64::from(c.get(Class::Num)?);
            let era = c.get(Class::Era)?;
            if n <= 0 {
                return None;
            }
            date(Val::Year(if era < 0 { -n } else { n }))
        }
        Action::YearRange => {
            let v = c.get(Class::YearRange)?;
            let mut n = date(Val::Year(i64::from(v / 10_000)))?;
            n.range_end = Some(Val::Year(i64::from(v % 10_000)).to_timeml());
            Some(n)
        }
        Action::Decade => date(Val::Decade(i64::from(c.get(Class::Decade)?))),
        Action::Century => {
            let o = c.get(Class::Ord)?;
            if !(1..=30).contains(&o) {
                return None;
            }
            // "the 5th century BC" (500-401 BC) is BC04.
            match c.get(Class::Era) {
                Some(e) if e < 0 => date(Val::Century(-(i64::from(o) - 1))),
                _ => date(Val::Century(i64::from(o) - 1)),
            }
        }
        Action::Holiday => {
            let v = c.get(Class::Holiday)?;
            let mut y = c.get(Class::Year).map(i64::from);
            if v / 100 <= 12 {
                let (mo, d) = ((v / 100) as u32, (v % 100) as u32);
                let d = if has(m, "eve") {
                    d.saturating_sub(1).max(1)
                } else {
                    d
                };
                y = y.or_else(|| infer_year(ctx, mo, d));
                date(Val::Day { y, m: mo, d })
            } else {
                let (nth, mo, w) = (v / 1000, (v % 1000 / 10) as u32, (v % 10) as u32);
                y = y.or_else(|| infer_year(ctx, mo, 15));
                match y.and_then(|y| Ymd::new(y, mo, 1)) {
                    Some(first) => {
                        let off = (i64::from(w) - i64::from(first.weekday())).rem_euclid(7)
                            + 7 * (i64::from(nth) - 1);
                        date(Val::day(first.add_days(off)))
                    }
                    None => plain(TimexType::Date, format!("XXXX-{mo:02}")),
                }
            }
        }
        Action::Quarter | Action::QName => {
            let q = c.get(Class::QName).or(c.get(Class::Ord))?;
            if !(1..=4).contains(&q) {
                return None;
            }
            let n = if has(m, "last") {
                -1
            } else {
                i64::from(has(m, "next"))
            };
            // A later quarter than the document's, in the past tense, is last year's.
            let back =
                i64::from(n == 0 && !ctx.future() && dct.is_some_and(|d| q as u32 > d.quarter()));
            let y = c
                .get(Class::Year)
                .map(i64::from)
                .or(dct.map(|d| d.y + n - back));
            date(Val::Quarter { y, q: q as u32 })
        }
        Action::YearQuarter => {
            // "the 1988 quarter": the quarter under discussion, in that year.
            let y = i64::from(c.get(Class::Year)?);
            let q = match ctx.quarter.or_else(|| previous_quarter(ctx)) {
                Some(Val::Quarter { q, .. }) => q,
                _ => return date(Val::Year(y)),
            };
            date(Val::Quarter { y: Some(y), q })
        }
        Action::Half => {
            let h = c.get(Class::Ord).unwrap_or(int_arg(m) as i32);
            if !(1..=2).contains(&h) {
                return None;
            }
            let y = c.get(Class::Year).map(i64::from).or(dct.map(|d| d.y));
            date(Val::Half { y, h: h as u32 })
        }
        Action::LastQuarter => match ctx.quarter.or_else(|| previous_quarter(ctx)) {
            // "last year's quarter": the same quarter a year before.
            Some(v) if has(m, "year") => {
                let n = if has(m, "last") {
                    -1
                } else {
                    i64::from(has(m, "next"))
                };
                date(v.shift(unit::YEAR, n)?)
            }
            Some(v) => date(v),
            None => plain(TimexType::Date, "XXXX-QX"),
        },
        Action::Season => {
            let s = c.get(Class::Season)? as u32;
            // In a narrative, the season of the story's year.
            let story = if ctx.narrative || dct.is_none() {
                ctx.last.and_then(Val::year)
            } else {
                None
            };
            let y = c.get(Class::Year).map(i64::from).or(story).or_else(|| {
                dct.map(|d| {
                    let (cy, cs) = season_of(d);
                    if !ctx.future() && s > cs {
                        cy - 1
                    } else {
                        cy
                    }
                })
            });
            date(Val::Season { y, s })
        }
        Action::Weekday if int_arg(m) < 0 => {
            // "the previous Friday": the one before the day in focus.
            let w = i64::from(c.get(Class::Weekday)?.clamp(1, 7));
            let base = ctx.focus_day()?;
            let back = (i64::from(base.weekday()) - w).rem_euclid(7);
            date(Val::day(base.add_days(-if back == 0 { 7 } else { back })))
        }
        Action::Weekday => {
            let w = c.get(Class::Weekday)?;
            with_part(weekday_date(ctx, w, 0), c.get(Class::Part), || {
                format!("XXXX-WXX-{w}")
            })
        }
        Action::Deictic => relative::deictic(m, ctx),
        Action::Rel => relative::rel(m, ctx),
        Action::RelName => relative::rel_name(m, ctx),
        Action::Ago => relative::ago(m, ctx),
        Action::Anaphor => relative::anaphor(m, ctx),
        Action::YearAgo => relative::year_ago(m, ctx),
        Action::Duration => durations::duration_rule(m),
        Action::Set => durations::set(m),
        Action::Clock => forms::clock(m, ctx),
        Action::DayRange => forms::day_range(m, ctx),
        Action::ShortDate => forms::short_date(m),
        Action::NthWeekday => forms::nth_weekday_of(m, ctx),
        Action::WeekOfMonth => forms::week_of_month(m, ctx),
        Action::WeekOf => forms::week_of(m, ctx),
        Action::OrdDay => forms::ordinal_day(m, ctx),
        Action::Mod => None,
    }?;
    if out.modifier.is_none() {
        out.modifier = m.modifier.map(str::to_string);
    }
    Some(out)
}
