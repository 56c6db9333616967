//! Normalisers of the calendar forms a chronology needs besides the common
//! ones of [`super::normalise`]: day ranges written as one expression ("May
//! 6-8", "11 to 13 June", "June 30 - July 2"), the n-th or last weekday of a
//! month, weeks of a month, bare ordinal days ("on the 21st"), short numeric
//! dates ("07-Mar-19"), and clock times with their day and zone.
//!
//! Input: a [`Match`] and the [`Ctx`], as for `normalise`. Output: a [`Normalised`]
//! (a range keeps its end in `range_end`), or `None` when the match names no
//! real date (a fifth Monday of February, "June 31").

use super::calendar::{days_in_month, nth_weekday, us_daylight_time, Ymd};
use super::matcher::Match;
use super::norm::{
    date, infer_year, plain, story_day, story_unknown_day, weekday_date, Ctx, Normalised,
};
use super::tables::{tables, Class};
use super::value::TimeValue;
use crate::engine::model::TimexType;

fn word_at(m: &Match, i: usize) -> Option<&'static str> {
    let id = *m.captures.words.get(i)?;
    tables()
        .word_ids
        .iter()
        .find_map(|(w, &v)| (v == id).then(|| std::str::from_utf8(w).ok()).flatten())
}

fn has(m: &Match, w: &str) -> bool {
    tables()
        .id(w)
        .is_some_and(|id| m.captures.words.contains(&id))
}

/// "May 6-8", "11 to 13 June", "June 30 - July 2", with an optional year.
pub fn day_range(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let m1 = u32::try_from(c.get(Class::Month)?).ok()?;
    let m2 = c
        .second(Class::Month)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(m1);
    let d1 = u32::try_from(c.get(Class::Day)?).ok()?;
    let d2 = u32::try_from(c.second(Class::Day)?).ok()?;
    // Days must exist in a leap year at least (the year may be unknown).
    if d1 == 0 || d2 == 0 || d1 > days_in_month(2000, m1) || d2 > days_in_month(2000, m2) {
        return None;
    }
    let y = c
        .get(Class::Year)
        .map(i64::from)
        .or_else(|| infer_year(ctx, m1, d1));
    let (a, b) = match y {
        Some(y) => {
            let a = Ymd::new(y, m1, d1)?;
            let b = Ymd::new(y, m2, d2)?;
            // "December 30 - January 2": the end is in the next year; an end
            // before its start on the same month is no range.
            let b = if b < a && m2 < m1 {
                Ymd::new(y + 1, m2, d2)?
            } else {
                b
            };
            if b <= a {
                return None;
            }
            (TimeValue::day(a), TimeValue::day(b))
        }
        None => {
            if (m2, d2) <= (m1, d1) {
                return None;
            }
            (
                TimeValue::Day {
                    y: None,
                    m: m1,
                    d: d1,
                },
                TimeValue::Day {
                    y: None,
                    m: m2,
                    d: d2,
                },
            )
        }
    };
    let mut n = date(a)?;
    n.range_end = Some(b.to_timeml());
    Some(n)
}

/// The month a "this|next|last month" names, from the document date.
fn relative_month(m: &Match, ctx: &Ctx) -> Option<(i64, u32)> {
    let dct = ctx.dct?;
    let n = m.captures.words.len();
    let off = match word_at(m, n.checked_sub(2)?)? {
        "next" => 1,
        "last" => -1,
        _ => 0,
    };
    let d = Ymd::new(dct.y, dct.m, 1)?.add_months(off);
    Some((d.y, d.m))
}

/// The month and year a match names: "<MONTH> <YEAR>?" or "this|next|last month".
fn month_of(m: &Match, ctx: &Ctx) -> Option<(i64, u32)> {
    match m.captures.get(Class::Month) {
        Some(mo) => {
            let mo = u32::try_from(mo).ok()?;
            let y = m
                .captures
                .get(Class::Year)
                .map(i64::from)
                .or_else(|| infer_year(ctx, mo, 15))?;
            Some((y, mo))
        }
        None => relative_month(m, ctx),
    }
}

/// Which one: the ordinal, or -1 for "last".
fn which(m: &Match) -> Option<i32> {
    match m.captures.get(Class::Ord) {
        Some(n) if (1..=5).contains(&n) => Some(n),
        Some(_) => None,
        None if has(m, "last") => Some(-1),
        None => None,
    }
}

/// "the last Friday of May", "the first Monday of next month".
pub fn nth_weekday_of(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let w = u32::try_from(m.captures.get(Class::Weekday)?).ok()?;
    let n = which(m)?;
    let (y, mo) = month_of(m, ctx)?;
    date(TimeValue::day(nth_weekday(y, mo, w, n)?))
}

/// "the last week of March": the ISO week holding the month's n-th (or last)
/// Thursday, so most of its days are in the month.
pub fn week_of_month(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let n = which(m)?;
    let (y, mo) = month_of(m, ctx)?;
    date(TimeValue::week_of(nth_weekday(y, mo, 4, n)?))
}

/// "the week of March 6": the ISO week holding that day.
pub fn week_of(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let mo = u32::try_from(c.get(Class::Month)?).ok()?;
    let d = u32::try_from(c.get(Class::Day).or(c.get(Class::Ord))?).ok()?;
    let y = c
        .get(Class::Year)
        .map(i64::from)
        .or_else(|| infer_year(ctx, mo, d))?;
    date(TimeValue::week_of(Ymd::new(y, mo, d)?))
}

/// "on the 21st": that day of the month in focus (the last date the text
/// stated), else of the document's month, or the one before (past clause, a
/// day still to come this month) or after (future clause, a day gone).
pub fn ordinal_day(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let d = u32::try_from(m.captures.get(Class::Ord)?).ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let (y, mo) = match ctx.last {
        Some(TimeValue::Day { y: Some(y), m, .. } | TimeValue::Month { y: Some(y), m }) => (y, m),
        _ => {
            let dct = ctx.dct?;
            let first = Ymd::new(dct.y, dct.m, 1)?;
            let shift = match ctx.tense {
                Some(super::tense::Tense::Past) if d > dct.d => -1,
                Some(super::tense::Tense::Future) if d < dct.d => 1,
                _ => 0,
            };
            let f = first.add_months(shift);
            (f.y, f.m)
        }
    };
    date(TimeValue::day(Ymd::new(y, mo, d)?))
}

/// "07-Mar-19", "3 Aug 96", "Aug 9, 96": day, month and a year of two digits
/// (1950-2049) or four.
pub fn short_date(m: &Match) -> Option<Normalised> {
    let c = &m.captures;
    let d = u32::try_from(c.get(Class::Day).or(c.get(Class::Ord))?).ok()?;
    let mo = u32::try_from(c.get(Class::Month)?).ok()?;
    let n = i64::from(c.get(Class::Num)?);
    let y = match n {
        0..=49 => 2000 + n,
        50..=99 => 1900 + n,
        1000..=2999 => n,
        _ => return None,
    };
    date(TimeValue::day(Ymd::new(y, mo, d)?))
}

/// The zone of a clock time as a TimeML/ISO 8601 suffix: "Z" for UTC/GMT,
/// else the offset ("-05:00"). ET, CT, MT and PT take daylight time from the
/// day (US rules), or from the document date when the day is unknown.
pub fn zone_suffix(m: &Match, day: Option<Ymd>, ctx: &Ctx) -> Option<String> {
    let z = m.captures.get(Class::Zone)?;
    let minutes = match z {
        -4..=-1 => {
            let standard = -300 - 60 * (i64::from(-z) - 1);
            let dst = day.or(ctx.dct).is_some_and(us_daylight_time);
            standard + if dst { 60 } else { 0 }
        }
        z => i64::from(z),
    };
    if minutes == 0 {
        return Some("Z".into());
    }
    let sign = if minutes < 0 { '-' } else { '+' };
    let a = minutes.unsigned_abs();
    Some(format!("{sign}{:02}:{:02}", a / 60, a % 60))
}

/// A clock time ("9 a.m. on Tuesday", "18:00 UTC", "noon"): on the day it
/// names, else on the day last talked about, with its zone.
pub fn clock(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let dct = ctx.dct;
    let (mut h, mi, sec) = match c.get(Class::Clock) {
        Some(v) => super::recognise::clock_parts(v),
        None if has(m, "noon") || has(m, "midday") => (12, 0, None),
        None if has(m, "midnight") => (24, 0, None),
        None => (c.get(Class::Num)?, 0, None),
    };
    if !(0..=24).contains(&h) {
        return None;
    }
    match c.get(Class::AmPm) {
        Some(12) if h < 12 => h += 12,
        Some(0) if h == 12 => h = 0,
        Some(_) if h > 12 => return None,
        _ => {}
    }
    // A day the clock time names itself ("at 5 a.m. on Tuesday"), not the story's.
    let named = c.get(Class::Weekday).is_some()
        || c.get(Class::Month).is_some() && c.get(Class::Day).is_some()
        || c.get(Class::Deictic).is_some();
    let day = if let Some(w) = c.get(Class::Weekday) {
        weekday_date(ctx, w, 0)
    } else if let (Some(mo), Some(d)) = (c.get(Class::Month), c.get(Class::Day)) {
        let y = infer_year(ctx, mo as u32, d as u32);
        y.and_then(|y| Ymd::new(y, mo as u32, d as u32))
    } else if let Some(off) = c.get(Class::Deictic) {
        dct.map(|d| d.add_days(i64::from(off)))
    } else {
        // A bare clock time is on the day last talked about; with none, on a day the text
        // does not name ("Shortly after midnight, ..."), not the document's.
        story_day(ctx)
    };
    let base = day.map_or_else(|| story_unknown_day(ctx), |d| TimeValue::day(d).to_timeml());
    let zone = zone_suffix(m, day, ctx).unwrap_or_default();
    // "20:32:13": the seconds as written.
    let sec = sec.map(|s| format!(":{s:02}")).unwrap_or_default();
    let mut n = plain(TimexType::Time, format!("{base}T{h:02}:{mi:02}{sec}{zone}"))?;
    // "at 5 a.m. on Tuesday ... The next day": the day it names is a date the story states,
    // as "on Tuesday" is.
    if named {
        n.val = day.map(TimeValue::day);
    }
    Some(n)
}

/// "April 24 and 25": a day number after "and" that ends a list of days of one
/// month is a date of that month. `value` is the first date's TimeML value
/// ("1999-04-24", "XXXX-04-24"), `after` the text after it. Returns the day's
/// byte range relative to `after` and its value; `None` when no day follows or
/// a noun does ("April 24 and 25 delegates").
pub(super) fn listed_day(value: &str, after: &str) -> Option<(usize, usize, String)> {
    let b = value.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let prefix = value.get(..8)?;
    let month: u32 = value.get(5..7)?.parse().ok()?;
    let rest = after.trim_start_matches(' ');
    let rest = rest.strip_prefix("and ")?.trim_start_matches(' ');
    let start = after.len() - rest.len();
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&len) {
        return None;
    }
    let day: u32 = rest.get(..len)?.parse().ok()?;
    let next = rest.get(len..)?.chars().next();
    if !matches!(next, None | Some('.' | ',' | ';' | ':' | ')' | '\n')) {
        return None;
    }
    // Days must exist in a leap year at least (the year may be unknown).
    if day == 0 || day > days_in_month(2000, month) {
        return None;
    }
    Some((start, start + len, format!("{prefix}{day:02}")))
}

/// "in October and November 2022", "March, April or May 2021": in a list of
/// dates one year written at the end belongs to every item. `value` is a listed
/// date's TimeML value whose year the text does not state ("2024-10" from the
/// document date), `between` the text between it and the next item, `next` that
/// item's value with its stated year, `item` the listed date's text. Returns the
/// new value: the item in the next one's year, or the year before if it would come
/// after it ("December and January 2023"). `None` when the two are not list items
/// of one granularity (months with months, days with days), the next one has no
/// year either, or the item names no month ("on Friday and March 5, 2021", "last
/// month and May 2021" are no list of one year).
pub(super) fn listed_year(item: &str, value: &str, between: &str, next: &str) -> Option<String> {
    let t = tables();
    let names_month = item.split(|c: char| !c.is_alphabetic()).any(|w| {
        t.id(&w.to_ascii_lowercase())
            .is_some_and(|id| t.readings(id).iter().any(|r| r.class == Class::Month))
    });
    if !names_month {
        return None;
    }
    let between = between.trim();
    let word = between.trim_start_matches(',').trim();
    if between.is_empty() || !matches!(word, "" | "and" | "or" | "&") {
        return None;
    }
    let a = TimeValue::parse(value)?;
    let b = TimeValue::parse(next)?;
    let same_kind = matches!(
        (a, b),
        (TimeValue::Month { .. }, TimeValue::Month { .. })
            | (TimeValue::Day { .. }, TimeValue::Day { .. })
    );
    let (Some(ya), Some(yb), true) = (a.year(), b.year(), same_kind) else {
        return None;
    };
    let mut moved = a.shift(super::tables::unit::YEAR, yb - ya)?;
    if let (Some(s), Some(e)) = (moved.first_day(), b.first_day()) {
        if s > e {
            moved = moved.shift(super::tables::unit::YEAR, -1)?;
        }
    }
    Some(moved.to_timeml())
}

/// "next Thursday and Friday", "last Monday or Tuesday": a bare weekday listed right after a
/// weekday named with its week ("next", "last", "this") is of that week. `item` is the first
/// expression's text and `value` its day, `between` the text up to the second, `next` the
/// second's text and `next_value` its day as read alone. Returns the second's new day, or
/// `None` when the second is no bare weekday coming later in the week, the first names its
/// weekday without a week word, or the two are no list.
pub(super) fn listed_weekday(
    item: &str,
    value: &str,
    between: &str,
    next: &str,
    next_value: &str,
) -> Option<String> {
    let t = tables();
    let weekday = |w: &str| {
        t.id(&w.to_ascii_lowercase())
            .and_then(|id| t.readings(id).iter().find(|r| r.class == Class::Weekday))
            .map(|r| r.value)
    };
    let mut words = item.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    if words.next().is_some() || weekday(first).is_some() {
        return None;
    }
    let wa = weekday(second)?;
    let wb = weekday(next.trim())?;
    let word = between.trim().trim_start_matches(',').trim();
    if !matches!(word, "" | "and" | "or" | "&") || wb <= wa || between.trim().is_empty() {
        return None;
    }
    let (TimeValue::Day { .. }, TimeValue::Day { .. }) =
        (TimeValue::parse(value)?, TimeValue::parse(next_value)?)
    else {
        return None;
    };
    let day = TimeValue::parse(value)?.first_day()?;
    Some(TimeValue::day(day.add_days(i64::from(wb - wa))).to_timeml())
}

/// "shortly after midnight on Tuesday", "just past midnight": midnight read as
/// the start of its day (T00:00), not the end (T24:00, TimeML's reading of a
/// bare "midnight Tuesday"), when a word of [`super::names::NameWords::day_start`]
/// comes before it. `text` is the matched expression, `before` the text before it,
/// `value` its TIME value. Returns the new value, or `None` to keep it.
pub(super) fn midnight_start(text: &str, before: &str, value: &str) -> Option<String> {
    let (day, rest) = value.split_once("T24:00")?;
    let prev = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let day_start = super::names::words().day_start.contains(&prev);
    let midnight = text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("midnight"));
    (day_start && midnight).then(|| format!("{day}T00:00{rest}"))
}
