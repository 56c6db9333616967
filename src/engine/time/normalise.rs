//! Normalisation: a matched rule and its captured values → TIMEX3 type, value and mod.
//!
//! Input: a [`Match`] (rule action + captures) and the [`Ctx`]: document
//! date, the last date mentioned (the reference that moves through the text,
//! as in HeidelTime's news mode, for anaphoric "a year earlier", "the next
//! day") and whether the sentence speaks of the future (which way "Tuesday" or
//! "December" goes). Output: [`Normalised`], or `None` when the match is not a time
//! expression after all ("2500 BC" fine, "the 31st quarter" not).
//! Without a document date relative values stay relative: PAST_REF, XXXX-04.

use super::calendar::{days_in_month, Ymd};
use super::durations;
use super::forms;
use super::holidays;
use super::matcher::Match;
use super::norm::{
    date, has, infer_year, int_arg, plain, season_year, story_season_year, weekday_date, with_part,
    BARE_YEAR_MAX, BARE_YEAR_MIN,
};
pub use super::norm::{Ctx, Normalised};
use super::relative;
use super::tables::{unit, Action, Class};
use super::value::TimeValue;
use crate::engine::model::TimexType;

/// The most recent completed quarter before the document date.
fn previous_quarter(ctx: &Ctx) -> Option<TimeValue> {
    let dct = ctx.dct?;
    TimeValue::Quarter {
        y: Some(dct.y),
        q: dct.quarter(),
    }
    .shift(unit::QUARTER, -1)
}

pub fn normalise(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
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
                    let mut n = date(TimeValue::Year(d.y))?;
                    n.modifier = m.modifier.map(str::to_string);
                    return Some(n);
                }
            }
            let mut n = plain(kind, m.rule.args.get(1).cloned().unwrap_or_default())?;
            n.modifier = m.rule.args.get(2).cloned();
            Some(n)
        }
        Action::Iso | Action::NumDate => {
            let ymd = |v: i32| {
                Ymd::new(
                    i64::from(v / 10_000),
                    (v / 100 % 100) as u32,
                    (v % 100) as u32,
                )
            };
            // "Sunday 12/7/2014": the reading that falls on the weekday wins.
            let on_weekday = c.get(Class::Weekday).and_then(|w| {
                [c.get(Class::NumDmy), c.get(Class::NumDate)]
                    .into_iter()
                    .flatten()
                    .find(|&v| ymd(v).is_some_and(|d| d.weekday() as i32 == w))
            });
            let v = c
                .get(Class::Iso)
                .or(on_weekday)
                .or(c.get(Class::NumDmy).filter(|_| ctx.day_first))
                .or(c.get(Class::NumDate))?;
            let (y, mo, d) = (
                i64::from(v / 10_000),
                (v / 100 % 100) as u32,
                (v % 100) as u32,
            );
            if d == 0 {
                date(TimeValue::Month { y: Some(y), m: mo })
            } else {
                date(TimeValue::day(Ymd::new(y, mo, d)?))
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
                    date(TimeValue::Day { y, m: mo, d })
                }
                None => {
                    let y = y.or_else(|| infer_year(ctx, mo, 0));
                    date(TimeValue::Month { y, m: mo })
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
            let y = dct.map(|d| d.y + n);
            // "June 3 last year", "3 June of next year": the day in the year named.
            match c.get(Class::Day).or(c.get(Class::Ord)).map(|d| d as u32) {
                Some(d) => match y {
                    Some(y) => date(TimeValue::day(Ymd::new(y, mo, d)?)),
                    None if (1..=days_in_month(2000, mo)).contains(&d) => {
                        date(TimeValue::Day { y: None, m: mo, d })
                    }
                    None => None,
                },
                None => date(TimeValue::Month { y, m: mo }),
            }
        }
        Action::Year => {
            let y = c.get(Class::Year)?;
            // A bare number is a year only in a plausible range ("in 1988", not "1017 points").
            if !(BARE_YEAR_MIN..=BARE_YEAR_MAX).contains(&y) && m.captures.words.is_empty() {
                return None;
            }
            date(TimeValue::Year(i64::from(y)))
        }
        Action::Era => {
            let n = i64::from(c.get(Class::Num)?);
            let era = c.get(Class::Era)?;
            if n <= 0 {
                return None;
            }
            date(TimeValue::Year(if era < 0 { -n } else { n }))
        }
        Action::YearRange => {
            let v = c.get(Class::YearRange)?;
            let mut n = date(TimeValue::Year(i64::from(v / 10_000)))?;
            n.range_end = Some(TimeValue::Year(i64::from(v % 10_000)).to_timeml());
            Some(n)
        }
        Action::Decade => date(TimeValue::Decade(i64::from(c.get(Class::Decade)?))),
        Action::Century => {
            let o = c.get(Class::Ord)?;
            if !(1..=30).contains(&o) {
                return None;
            }
            // "the 5th century BC" (500-401 BC) is BC04.
            match c.get(Class::Era) {
                Some(e) if e < 0 => date(TimeValue::Century(-(i64::from(o) - 1))),
                _ => date(TimeValue::Century(i64::from(o) - 1)),
            }
        }
        Action::Holiday => holidays::normalise(m, ctx),
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
            // A later quarter than the document's, in the past tense, is last year's (not when
            // the text says "this year").
            let back = i64::from(
                n == 0
                    && !has(m, "year")
                    && !ctx.future()
                    && dct.is_some_and(|d| q as u32 > d.quarter()),
            );
            let y = c
                .get(Class::Year)
                .map(i64::from)
                .or(dct.map(|d| d.y + n - back));
            date(TimeValue::Quarter { y, q: q as u32 })
        }
        Action::YearQuarter => {
            // "the 1988 quarter": the quarter under discussion, in that year.
            let y = i64::from(c.get(Class::Year)?);
            let q = match ctx.quarter.or_else(|| previous_quarter(ctx)) {
                Some(TimeValue::Quarter { q, .. }) => q,
                _ => return date(TimeValue::Year(y)),
            };
            date(TimeValue::Quarter { y: Some(y), q })
        }
        Action::Half => {
            let h = c.get(Class::Ord).unwrap_or(int_arg(m) as i32);
            if !(1..=2).contains(&h) {
                return None;
            }
            // "the first half of next year": the year the words name.
            let n = match (has(m, "year"), has(m, "next"), has(m, "last")) {
                (true, true, _) => 1,
                (true, false, true) => -1,
                _ => 0,
            };
            let y = c.get(Class::Year).map(i64::from).or(dct.map(|d| d.y + n));
            date(TimeValue::Half { y, h: h as u32 })
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
            // In a narrative, the season of the story's year, moving forward.
            let episode = ctx.episode && ctx.tense == Some(super::tense::Tense::Past);
            let story = if ctx.narrative || dct.is_none() || episode {
                story_season_year(ctx, s)
            } else {
                None
            };
            let y = c
                .get(Class::Year)
                .map(i64::from)
                .or(story)
                .or_else(|| season_year(ctx, s));
            date(TimeValue::Season { y, s })
        }
        Action::Weekday if int_arg(m) < 0 => {
            // "the previous Friday": the one before the day in focus.
            let w = i64::from(c.get(Class::Weekday)?.clamp(1, 7));
            let base = ctx.focus_day()?;
            let back = (i64::from(base.weekday()) - w).rem_euclid(7);
            date(TimeValue::day(base.add_days(-if back == 0 {
                7
            } else {
                back
            })))
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
