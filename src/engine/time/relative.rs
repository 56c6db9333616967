//! Relative expressions: days, units and names counted from the document
//! date ("yesterday", "last week", "next March", "two years ago") or from the
//! last date the text stated ("two days later", "the following summer",
//! "that year").
//!
//! Input: a [`Match`] of a `deictic`, `rel`, `relname`, `ago`, `anaphor` or
//! `yearago` rule and the normaliser's [`Ctx`]. Output: a [`Normalised`] (a DATE,
//! or PAST_REF/FUTURE_REF without a document date), or `None`.

use super::calendar::Ymd;
use super::durations::unit_code;
use super::matcher::Match;
use super::norm::{
    date, from_story, has, infer_year, int_arg, part_of, plain, season_year, story_day,
    story_month_year, story_season_year, story_unknown_day, vague, weekday_date, with_part, Ctx,
    Normalised, MAX_COUNT,
};
use super::tables::{unit, Class, UNSPECIFIED};
use super::value::{at_unit, season_of, unknown_in_month, unknown_in_year, TimeValue};
use crate::engine::model::TimexType;

/// "today", "yesterday evening", "the day after tomorrow": days from the document date.
pub(super) fn deictic(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    let mut off = i64::from(c.get(Class::Deictic)?);
    if has(m, "before") {
        off -= 1;
    } else if has(m, "after") {
        off += 1;
    }
    let part = c
        .get(Class::Part)
        .or_else(|| has(m, "tonight").then_some(3));
    let d = dct.map(|d| d.add_days(off));
    match (d, part) {
        (None, None) => vague(off),
        _ => with_part(d, part, || "XXXX-XX-XX".to_string()),
    }
}

/// "last week", "this month", "next year", "the weekend": the unit next to the document date's.
pub(super) fn rel(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    let n = int_arg(m);
    let u = if has(m, "weekend") {
        unit::WEEKEND
    } else {
        c.get(Class::Unit)?
    };
    // Optional list of allowed units ("rel 0 W := the <UNIT>": "the week" only).
    if m.rule.args.len() > 1
        && !m
            .rule
            .args
            .iter()
            .skip(1)
            .any(|a| unit::parse(a) == Some(u))
    {
        return None;
    }
    // "By the end of the month", "the weekend": the story's when it is on a day, week or
    // month (or, in a narrative, anywhere), not the document's ("this month" stays the
    // document's: a quotation speaks from then; in news "the year" too, a bare year being
    // often background).
    let definite = n == 0
        && has(m, "the")
        && !["current", "present", "full", "coming"]
            .iter()
            .any(|w| has(m, w));
    // "the decade" only as "the end of the decade", "early in the decade"; "In the decade since
    // 2010" is a stretch, not a date ("this decade", "the past decade" are dates).
    if u == unit::DECADE && definite && m.modifier.is_none() {
        return None;
    }
    // A stated month that holds the document date leaves the unit the document's ("the
    // weekend" after "by the end of the month" is the last one, not one of the month).
    let holds_dct = |v: &TimeValue| {
        let span = v.span();
        dct.zip(span)
            .is_some_and(|(d, s)| (s.start..s.end).contains(&d.days()))
    };
    // "... released in January 2025. Insurers said premiums would double by the end of the
    // week": a clause looking ahead speaks of the document's week, not of a past date an
    // earlier sentence stated (one this sentence states is its own: "In March 2019 officials
    // said prices would double by the end of the month").
    let past_elsewhere = |v: &TimeValue| {
        ctx.future()
            && ctx.last_before == Some(*v)
            && v.span().zip(dct).is_some_and(|(s, d)| s.end <= d.days())
    };
    // "... fares might rise by January. The minister urged talks before the end of the
    // week": a month ahead an earlier sentence foresaw is no story the text is on, and has
    // no week to name.
    let month_ahead = |v: &TimeValue| {
        matches!(v, TimeValue::Month { .. })
            && matches!(u, unit::WEEK | unit::WEEKEND)
            && ctx.last_before == Some(*v)
            && v.span().zip(dct).is_some_and(|(s, d)| s.start > d.days())
    };
    // "He will play on Sunday. Earlier in the week he had dropped one set": a past clause
    // speaks of no stated date still to come; its week is the document's.
    let ahead_of_past = |v: &TimeValue| {
        ctx.tense == Some(super::tense::Tense::Past)
            && v.span().zip(dct).is_some_and(|(s, d)| s.start > d.days())
    };
    let on_story = |v: &TimeValue| match v {
        TimeValue::Day { y: Some(_), .. }
        | TimeValue::Month { y: Some(_), .. }
        | TimeValue::Week { .. } => {
            u != unit::YEAR
                && !holds_dct(v)
                && !past_elsewhere(v)
                && !month_ahead(v)
                && !ahead_of_past(v)
        }
        _ => false,
    };
    // "In 1994 the firm grew. By the end of the year it had ..." (or "of the decade"): a past
    // clause after a year stated well before the document's speaks of that year, not of the
    // document's ("In 2025 sales fell; the firm expects to recover by the end of the year"
    // stays the document's).
    // The year (or decade) is one an earlier sentence stated: "Born in 1960, Smith said ... by
    // the end of the year" speaks of the document's year.
    let past_year = |v: &TimeValue| {
        (matches!(v, TimeValue::Year(_)) && matches!(u, unit::YEAR | unit::DECADE)
            || matches!(v, TimeValue::Decade(_)) && u == unit::DECADE)
            && ctx.last_before == Some(*v)
            && ctx.tense == Some(super::tense::Tense::Past)
            && match v {
                TimeValue::Decade(de) => Some(de * 10 + 9),
                _ => v.year(),
            }
            .zip(dct)
            .is_some_and(|(y, d)| y < d.y - 1)
    };
    // "For the full year, sales rose" in a report on a quarter of a year already over (results
    // for the fourth quarter of 2024 published in February 2025): that year, not the
    // document's; a clause looking ahead still speaks of the document's ("expects a profit for
    // the full year").
    let report_year = (u == unit::YEAR && n == 0 && (definite || has(m, "full")) && !ctx.future())
        .then_some(ctx.quarter)
        .flatten()
        .and_then(|q| q.year())
        .filter(|&y| dct.is_some_and(|d| y < d.y));
    if let Some(y) = report_year {
        return date(TimeValue::Year(y));
    }
    if let (true, Some(v)) = (definite, ctx.last) {
        if ctx.narrative || on_story(&v) || past_year(&v) {
            return story_unit(v, u);
        }
    }
    let Some(d) = dct else { return vague(n) };
    if u == unit::WEEKEND {
        // The weekend of the week in question: past tense → the last one.
        let wd = d.weekday();
        let base = if n == 0 && !ctx.future() && wd < 6 {
            d.add_days(-7)
        } else {
            d.add_days(7 * n)
        };
        date(at_unit(base, unit::WEEKEND)?)
    } else {
        let v = at_unit(d, u)?;
        date(if n == 0 { v } else { v.shift(u, n)? })
    }
}

/// The unit `u` (week, month, year, weekend) of the story's date `v`: the one holding it
/// when `v` is as fine, else one of its year the text does not name ("2019-WXX").
fn story_unit(v: TimeValue, u: i32) -> Option<Normalised> {
    let first = v.first_day();
    match (v, first) {
        _ if u == unit::YEAR => date(TimeValue::Year(v.year()?)),
        (TimeValue::Decade(_), _) if u == unit::DECADE => date(v),
        _ if u == unit::DECADE => date(TimeValue::Decade(v.year()?.div_euclid(10))),
        (TimeValue::Day { .. }, Some(d)) => date(at_unit(d, u)?),
        (TimeValue::Month { .. }, _) if u == unit::MONTH => date(v),
        (TimeValue::Week { .. }, Some(d)) if matches!(u, unit::WEEK | unit::WEEKEND) => {
            date(at_unit(d, u)?)
        }
        _ => plain(TimexType::Date, unknown_in_year(v.year(), u)?),
    }
}

/// "last Friday", "this spring", "next March", "the following summer" (from the date in focus).
pub(super) fn rel_name(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    let n = int_arg(m);
    if let Some(p) = c.get(Class::Part) {
        // "this morning" is today's; "last night" yesterday's.
        let day = dct.map(|d| d.add_days(n.min(0)));
        return with_part(day, Some(p), || "XXXX-XX-XX".to_string()).map(|mut x| {
            x.modifier = m.modifier.map(str::to_string);
            x
        });
    }
    // "January 15 of the following year", "May of the previous year": in the year after (before)
    // the one the story is in (the last date stated, else the document's).
    if n != 0 && has(m, "year") {
        let mo = c.get(Class::Month)? as u32;
        let y = (ctx.last.and_then(|v| v.year()))
            .or(dct.map(|d| d.y))
            .map(|y| y + n);
        return match (c.get(Class::Day).or(c.get(Class::Ord)), y) {
            (Some(d), Some(y)) => date(TimeValue::day(Ymd::new(y, mo, d as u32)?)),
            (Some(d), None) => date(TimeValue::Day {
                y: None,
                m: mo,
                d: d as u32,
            }),
            (None, y) => date(TimeValue::Month { y, m: mo }),
        };
    }
    let story = has(m, "one") || has(m, "that");
    if let Some(w) = c.get(Class::Weekday).filter(|_| !story) {
        return match dct {
            // "this Friday", "Tuesday of next week": that weekday in the
            // document's week or the one next to it.
            Some(d) if n == 0 || has(m, "week") => {
                let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * n);
                date(TimeValue::day(monday.add_days(i64::from(w) - 1)))
            }
            Some(_) => date(TimeValue::day(weekday_date(ctx, w, n)?)),
            None => plain(TimexType::Date, format!("XXXX-WXX-{w}")),
        };
    }
    // "One Friday": a weekday of the period the story stated last, its week unknown; never
    // of the document's week.
    let period = c.get(Class::Month).is_some() || c.get(Class::Season).is_some();
    if let (Some(w), false) = (c.get(Class::Weekday), period) {
        return match ctx.last {
            Some(
                v @ (TimeValue::Season { .. }
                | TimeValue::Month { .. }
                | TimeValue::Year(_)
                | TimeValue::Week { .. }),
            ) => date(v),
            _ => plain(TimexType::Date, format!("XXXX-WXX-{w}")),
        };
    }
    // "That December", "that same summer", "one Friday that autumn" (its week unknown): the
    // month or season of the story's year,
    // whatever the document date (before the text states any date, as if named alone).
    // "March of that year": of the year the story is in, not the next March after its date.
    if n == 0 && (has(m, "that") || has(m, "same")) {
        let same_year = has(m, "year")
            .then(|| ctx.last.and_then(|v| v.year()))
            .flatten();
        if let Some(mo) = c.get(Class::Month) {
            let mo = mo as u32;
            let y = same_year
                .or_else(|| story_month_year(ctx, mo))
                .or_else(|| infer_year(ctx, mo, 0));
            return date(TimeValue::Month { y, m: mo });
        }
        let s = c.get(Class::Season)? as u32;
        let y = same_year
            .or_else(|| story_season_year(ctx, s))
            .or_else(|| season_year(ctx, s));
        return date(TimeValue::Season { y, s });
    }
    // "the following summer", "the previous March": from the date in
    // focus, not the document's.
    let anaphoric = from_story(m, ctx);
    // A whole year in focus ("In 2019, ... The following summer"): the
    // season or month of the year after (or before) it.
    if let (true, Some(TimeValue::Year(fy)), 1 | -1) = (anaphoric, ctx.last, n) {
        let y = Some(fy + n);
        if let Some(mo) = c.get(Class::Month) {
            return date(TimeValue::Month { y, m: mo as u32 });
        }
        let s = c.get(Class::Season)? as u32;
        return date(TimeValue::Season { y, s });
    }
    // A season in focus counts from its first month ("That autumn, ... The following
    // spring" is the spring after that autumn: the next year's), not from its year's 1 January.
    let dct = if anaphoric {
        match ctx.last {
            Some(TimeValue::Season { y: Some(y), s }) => Ymd::new(y, 3 * s, 1),
            _ => ctx.focus_day(),
        }
    } else {
        dct
    };
    if let Some(mo) = c.get(Class::Month) {
        let mo = mo as u32;
        let y = dct.map(|d| match n {
            -1 if mo >= d.m => d.y - 1,
            1 if mo <= d.m => d.y + 1,
            _ => d.y,
        });
        return date(TimeValue::Month { y, m: mo });
    }
    let s = c.get(Class::Season)? as u32;
    let y = dct.map(|d| {
        let (cy, cs) = season_of(d);
        match n {
            -1 if s >= cs => cy - 1,
            1 if s <= cs => cy + 1,
            _ => cy,
        }
    });
    date(TimeValue::Season { y, s })
}

/// "two years ago", "five days from now": from the document date.
pub(super) fn ago(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    // "two years ago" (-1), "five days from now" (+1): from the document date.
    let dir = if m.rule.args.is_empty() {
        -1
    } else {
        int_arg(m).signum()
    };
    let u = c.get(Class::Unit).or(c.get(Class::Units))?;
    // "two and a half years ago", "2.5 years ago": a count with a fraction.
    if let Some(k) = c.get(Class::Dec).or_else(|| super::durations::halves(m)) {
        return ago_part(ctx, u, k, dir);
    }
    // "years ago" with no number is a stretch of unknown length, not a date.
    let n = match c.get(Class::Num) {
        Some(n) => n,
        None if c.get(Class::Units).is_some() => {
            return plain(TimexType::Duration, unit_code(u, "X"))
        }
        None => 1,
    };
    if !(UNSPECIFIED..=MAX_COUNT).contains(&n) {
        return None;
    }
    let Some(d) = dct else { return vague(dir) };
    if n == UNSPECIFIED {
        return vague(dir);
    }
    let n = i64::from(n) * dir;
    match ctx.quarter {
        // "a year ago" in a report on a quarter means that quarter a year before; "two years
        // ago" is a past the story tells ("was appointed two years ago"), a year.
        Some(q) if u == unit::YEAR && n == -1 && !ctx.months_report => date(q.shift(u, n)?),
        _ => match u {
            unit::HOUR | unit::MINUTE | unit::SECOND => vague(dir),
            _ => date(at_unit(d, if u == unit::DECADE { unit::YEAR } else { u })?.shift(u, n)?),
        },
    }
}

/// "two and a half years ago" (a count of `k` thousandths of unit `u`, in direction `dir`): the
/// document date moved by it where the count is whole in a finer unit the value can name: years
/// by months ("two and a half years ago" written in March 2024 is 2021-09), decades by years;
/// else, or with no document date, the past (future) the text does not date.
fn ago_part(ctx: &Ctx, u: i32, k: i32, dir: i64) -> Option<Normalised> {
    let (fine, per) = match u {
        unit::YEAR => (unit::MONTH, 12),
        unit::DECADE => (unit::YEAR, 10),
        unit::CENTURY => (unit::YEAR, 100),
        _ => return vague(dir),
    };
    let k = i64::from(k) * per;
    let (Some(d), 0) = (ctx.dct, k % 1000) else {
        return vague(dir);
    };
    date(at_unit(d, fine)?.shift(fine, dir * (k / 1000))?)
}

/// "two days later", "the following year", "that week": from the last date the text stated.
pub(super) fn anaphor(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    let dir = int_arg(m);
    // "That night", "the next morning", "at dawn": the story's day, else a day not named.
    // In a month with no day stated ("A month later, he resigned. Late that night ..."), a day
    // of that month the text does not name.
    if let Some(p) = part_of(m) {
        let day = story_day(ctx).map(|d| d.add_days(dir));
        return with_part(day, Some(p), || {
            if dir == 0 {
                story_unknown_day(ctx)
            } else {
                "XXXX-XX-XX".to_string()
            }
        });
    }
    let n = c.get(Class::Num).unwrap_or(1);
    let u = c.get(Class::Unit).or(c.get(Class::Units))?;
    // "two and a half years later" than a month or day the story stated: that month moved by
    // the months the count makes ("In March 2020 ..." 2022-09); than a bare year the text does
    // not say which month it counts from, so the duration (below).
    let part = c.get(Class::Dec).or_else(|| super::durations::halves(m));
    if let (
        Some(k),
        unit::YEAR,
        Some(
            TimeValue::Day {
                y: Some(y), m: mo, ..
            }
            | TimeValue::Month { y: Some(y), m: mo },
        ),
    ) = (part, u, ctx.last)
    {
        let months = i64::from(k) * 12;
        if dir != 0 && months % 1000 == 0 {
            return date(
                TimeValue::Month { y: Some(y), m: mo }.shift(unit::MONTH, dir * (months / 1000))?,
            );
        }
    }
    // "two hours later", "2.5 days later": from the story's clock time, else a duration.
    if let Some(v) = super::later::counted(m, ctx, u, dir) {
        return Some(v);
    }
    if c.get(Class::Dec).is_some() {
        return None;
    }
    if !(UNSPECIFIED..=MAX_COUNT).contains(&n) {
        return None;
    }
    // "A few days later": a point the text does not give; the duration, as TimeML has it.
    if n == UNSPECIFIED {
        return match dir {
            0 => vague(dir),
            _ => plain(TimexType::Duration, unit_code(u, "X")),
        };
    }
    // "the same week of the previous year", "that month last year": the document's
    // unit a year back, whatever date the text stated last.
    if dir == 0 && u != unit::YEAR && has(m, "year") {
        let Some(d) = dct else { return vague(-1) };
        return date(match at_unit(d, u)? {
            // The same ISO week number, not the week holding the same date.
            TimeValue::Week { y, w } => TimeValue::week_of(Ymd::from_iso_week(y - 1, w)),
            v => v.shift(unit::YEAR, -1)?,
        });
    }
    // "the following year", "the previous week": that unit, next to the focus.
    let named = ["following", "next", "previous", "preceding"]
        .iter()
        .any(|w| has(m, w));
    if named && dir != 0 {
        // "the following month" after "In 2023, ...": the text does not say
        // which month of the year it counts from, so the value keeps the
        // year's granularity rather than counting from January.
        if let Some(v @ (TimeValue::Year(_) | TimeValue::Decade(_) | TimeValue::Century(_))) =
            ctx.last
        {
            if finer_than_year(u) {
                return date(v);
            }
        }
        if let Some(v) = ctx.last.and_then(|b| in_month(b, u, i64::from(n) * dir)) {
            return date(v);
        }
        if let Some(v) = ctx.focus_day().and_then(|d| at_unit(d, u)) {
            return date(v.shift(u, i64::from(n) * dir)?);
        }
    }
    let n = i64::from(n) * dir;
    let base = ctx.last.or(dct.map(TimeValue::day));
    // "In 1998 she joined the bank. Today she is ..., and on Monday she published a memoir.
    // ... Two years later she was sent to Washington": a past clause cannot count forward
    // past the document date; it counts from the story's last past date.
    let ahead = |b: TimeValue| {
        b.shift(u, n)
            .and_then(|v| v.span())
            .zip(dct)
            .is_some_and(|(s, d)| s.start > d.days())
    };
    let base = match (base, ctx.last_past) {
        (Some(b), Some(p))
            if n > 0 && ctx.tense == Some(super::tense::Tense::Past) && ahead(b) && !ahead(p) =>
        {
            Some(p)
        }
        _ => base,
    };
    // "two years later" than a day: a year, not that day moved. (A
    // month or quarter keeps its granularity: "a year earlier" than
    // 1989-Q3 is 1988-Q3.)
    if u == unit::YEAR && dir != 0 {
        // "profit rose from $9 million a year earlier" in a report on a
        // quarter: that quarter a year before, as for "a year ago" (the day
        // last named is when the report was filed, "yesterday").
        // So too when the date last named is a prospect after the document date
        // ("guidance for the first half of 2024"): the comparison is with the past.
        let prospect = base
            .and_then(TimeValue::span)
            .zip(dct)
            .is_some_and(|(s, d)| s.start > d.days());
        // "in the three months to September, from $4 million a year earlier": the month
        // that ends the period in focus stands for it (a half-year ending with it is a period
        // of its own: "for the first half, from a year earlier" is 2024-H1).
        let ends_focus = base
            .filter(|b| matches!(b, TimeValue::Month { .. }))
            .zip(ctx.quarter)
            .is_some_and(|(b, q)| q.span().zip(b.span()).is_some_and(|(q, b)| q.end == b.end));
        let from_quarter = matches!(base, Some(TimeValue::Day { .. })) || prospect || ends_focus;
        if let (Some(q), true, false) = (ctx.quarter, from_quarter, ctx.months_report) {
            if n < 0 {
                return date(q.shift(u, n)?);
            }
        }
        match base {
            Some(TimeValue::Day { y: Some(y), .. }) => return date(TimeValue::Year(y + n)),
            // "Two years later" than December 2020: a year too ("..., in 2022").
            Some(TimeValue::Month { y: Some(y), .. }) if n.abs() >= 2 => {
                return date(TimeValue::Year(y + n))
            }
            // "for the nine months ... a year earlier": the year before.
            Some(b) if ctx.months_report => return date(TimeValue::Year(b.year()? + n)),
            _ => {}
        }
    }
    let Some(base) = base else { return vague(dir) };
    if dir == 0 {
        // "In August 2024 ... the same week": a week (or day) of that month, which one the
        // text does not say; not the month's first (nor the document's week).
        if let TimeValue::Month { y, m } = base {
            match u {
                unit::WEEK | unit::WEEKEND => {
                    return plain(TimexType::Date, unknown_in_year(y, u)?)
                }
                unit::DAY => return plain(TimexType::Date, unknown_in_month(y, m)?),
                _ => {}
            }
        }
        // "two weeks ago ... the same day": a day of that week; the week is what the text says.
        if matches!(base, TimeValue::Week { .. }) && u == unit::DAY {
            return date(base);
        }
        // "In 2003 ... By the end of that decade": the 2000s, not 2003.
        if u == unit::DECADE {
            return date(TimeValue::Decade(base.year()?.div_euclid(10)));
        }
        return match base.first_day().and_then(|d| at_unit(d, u)) {
            Some(v) => date(v),
            None if u == unit::YEAR => date(TimeValue::Year(base.year()?)),
            // "In the summer of 2023 ... That week": a week of that year, not the season;
            // which week the text does not say.
            None if finer_than(u, base) => plain(TimexType::Date, unknown_in_year(base.year(), u)?),
            None => date(base),
        };
    }
    if let Some(v) = in_month(base, u, n) {
        return date(v);
    }
    match base.shift(u, n) {
        Some(v) => date(v),
        None => match (base.first_day(), base.year()) {
            (Some(d), _) => date(at_unit(d, u)?.shift(u, n)?),
            (None, Some(y)) if u == unit::YEAR => date(TimeValue::Year(y + n)),
            // "She bought a boat in 1999. Two months later, ...": a month of that year (most
            // likely; the text does not say which), not a time after the document date.
            (None, Some(y)) if finer_than(u, base) && under_a_year(u, n) => plain(
                TimexType::Date,
                unknown_in_year(Some(y), u).unwrap_or(y.to_string()),
            ),
            _ => vague(dir),
        },
    }
}

/// "In October 2022 ... two days later", "three weeks later", "the following week": counted
/// from a month the text states without its day, a month too, not a day or week the text does
/// not give (2022-10, not 2022-10-03). Which month: the one most of the possible days fall in,
/// the month's middle moved by `n` units `u` (a day, week or fortnight; hours stay in it).
fn in_month(base: TimeValue, u: i32, n: i64) -> Option<TimeValue> {
    let TimeValue::Month { y: Some(y), m } = base else {
        return None;
    };
    let days = match u {
        unit::DAY => 1,
        unit::WEEK | unit::WEEKEND => 7,
        unit::FORTNIGHT => 14,
        unit::HOUR | unit::MINUTE | unit::SECOND => 0,
        _ => return None,
    };
    let d = Ymd::new(y, m, 15)?.add_days(n.saturating_mul(days));
    Some(TimeValue::Month {
        y: Some(d.y),
        m: d.m,
    })
}

/// Whether unit `u` is finer than a value with no first day (a year, season, quarter,
/// half, decade): "that week" after "the summer of 2023", "that day" after "2019".
fn finer_than(u: i32, base: TimeValue) -> bool {
    match base {
        TimeValue::Quarter { .. } => !matches!(u, unit::QUARTER | unit::HALF) && finer_than_year(u),
        TimeValue::Half { .. } => u != unit::HALF && finer_than_year(u),
        TimeValue::Year(_) | TimeValue::Season { .. } => {
            finer_than_year(u) && u != unit::QUARTER && u != unit::HALF
        }
        _ => false,
    }
}

/// Whether `n` units `u` (a count either way) are less than a year.
fn under_a_year(u: i32, n: i64) -> bool {
    let days = match u {
        unit::DAY => 1,
        unit::WEEK | unit::WEEKEND => 7,
        unit::FORTNIGHT => 14,
        unit::MONTH => 31,
        unit::QUARTER => 92,
        unit::HALF => 183,
        _ => return false,
    };
    n.abs().saturating_mul(days) < 365
}

/// Units shorter than a year: "month", "week", "weekend", "day", "quarter", "half".
fn finer_than_year(u: i32) -> bool {
    matches!(
        u,
        unit::MONTH
            | unit::WEEK
            | unit::WEEKEND
            | unit::DAY
            | unit::FORTNIGHT
            | unit::QUARTER
            | unit::HALF
            | unit::HOUR
            | unit::MINUTE
            | unit::SECOND
    )
}

/// "the year-earlier quarter", "a year ago" in a report: the period under discussion, a year before.
/// A half-year its own sentence stated is that period, not the quarter in focus ("profit for the
/// first half rose from a year earlier" written after a second-quarter report: 2024-H1), and so
/// is the year of the quarter in focus ("for the full year, revenue rose on the year before").
pub(super) fn year_ago(_m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let dct = ctx.dct;
    let report_year = |l: &TimeValue| match l {
        TimeValue::Half { .. } => true,
        TimeValue::Year(y) => ctx.quarter.and_then(|q| q.year()) == Some(*y),
        _ => false,
    };
    let period_here = ctx
        .last
        .filter(|l| report_year(l) && ctx.last != ctx.last_before);
    let base = period_here
        .or(ctx.quarter)
        .or(ctx.last)
        .or(dct.map(|d| TimeValue::Year(d.y)))?;
    if ctx.months_report {
        return date(TimeValue::Year(base.year()? - 1));
    }
    match base {
        TimeValue::Quarter { .. } | TimeValue::Year(_) | TimeValue::Half { .. } => {
            date(base.shift(unit::YEAR, -1)?)
        }
        _ => date(TimeValue::Year(base.year()? - 1)),
    }
}
