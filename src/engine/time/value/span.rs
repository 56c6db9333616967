//! Values on the calendar: the whole days a TimeML value covers ([`Span`],
//! days since 1970-01-01, end exclusive) and the [`Unit`] it was written in, for the timeline
//! and the exports ([`span`], [`range`] read value strings back).

use super::{num, TimeValue};
use crate::engine::time::calendar::{month_start_days, Ymd};

impl TimeValue {
    /// The whole days the value covers, with the unit it names; `None` when
    /// it has no place on the calendar (no year, or a year before 1 AD).
    pub fn span(self) -> Option<Span> {
        let make = |start: i64, end: i64, unit| {
            Some(Span {
                start,
                end,
                unit,
                time: None,
            })
        };
        let months = |y: i64, a: i64, b: i64, unit| {
            make(month_start_days(y, a), month_start_days(y, b), unit)
        };
        if self.year().is_some_and(|y| y < 0) {
            return None;
        }
        match self {
            TimeValue::Day { y: Some(y), m, d } => {
                let day = Ymd::new(y, m, d)?.days();
                make(day, day + 1, Unit::Day)
            }
            TimeValue::Month { y: Some(y), m } => {
                months(y, i64::from(m), i64::from(m) + 1, Unit::Month)
            }
            TimeValue::Year(y) => months(y, 1, 13, Unit::Year),
            TimeValue::Week { y, w } => {
                let monday = Ymd::from_iso_week(y, w).days();
                make(monday, monday + 7, Unit::Week)
            }
            TimeValue::Weekend { y, w } => {
                let monday = Ymd::from_iso_week(y, w).days();
                make(monday + 5, monday + 7, Unit::Weekend)
            }
            TimeValue::Quarter { y: Some(y), q } => {
                let a = i64::from(q) * 3 - 2;
                months(y, a, a + 3, Unit::Quarter)
            }
            TimeValue::Half { y: Some(y), h } => {
                let a = i64::from(h) * 6 - 5;
                months(y, a, a + 6, Unit::Half)
            }
            // SP = March-May ... WI = December into the next February.
            TimeValue::Season { y: Some(y), s } => {
                let a = i64::from(s) * 3;
                months(y, a, a + 3, Unit::Season)
            }
            TimeValue::Decade(d) if d >= 0 => months(d * 10, 1, 121, Unit::Decade),
            TimeValue::Century(c) if c >= 0 => months(c * 100, 1, 1201, Unit::Century),
            _ => None,
        }
    }
}

/// What a value names: the granularity it was written at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// One calendar day.
    Day,
    /// Saturday and Sunday of an ISO week ("2024-W16-WE").
    Weekend,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// Three months from January, April, July or October.
    Quarter,
    /// January–June or July–December.
    Half,
    /// SP = March–May, SU = June–August, FA/AU = September–November,
    /// WI = December–February (into the next year).
    Season,
    /// A calendar year.
    Year,
    /// Ten years from a year ending in 0 (1990–1999).
    Decade,
    /// A hundred years from a year ending in 00 (1900–1999).
    Century,
}

impl Unit {
    /// True for values that name one calendar point (a day, a month, a year)
    /// rather than a stretch made of several of them.
    pub fn is_point(self) -> bool {
        matches!(self, Unit::Day | Unit::Month | Unit::Year)
    }
}

/// Whole days `[start, end)` since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First day, as days since 1970-01-01 (negative before it).
    pub start: i64,
    /// Day after the last one, as days since 1970-01-01 (exclusive).
    pub end: i64,
    /// The granularity the value was written at.
    pub unit: Unit,
    /// Hour and minute when a day carried a clock time ("T10:30"); parts of
    /// day ("TMO", "TEV") keep the date only.
    pub time: Option<(u8, u8)>,
}

impl Span {
    /// The last day inside the span.
    pub fn last_day(self) -> i64 {
        self.end - 1
    }
}

fn clock(t: &str) -> Option<(u8, u8)> {
    let h = num(t.get(..2)?, 2)?;
    let m = num(t.get(3..5)?, 2)?;
    (t.get(2..3) == Some(":") && h < 24 && m < 60).then_some((h as u8, m as u8))
}

/// The span of one TimeML value (no "/" range), reading a clock time after
/// "T" on a day: `None` for what has no calendar place (durations,
/// "PAST_REF", "XXXX-04", BC years, impossible dates such as 2023-02-29).
pub fn span(value: &str) -> Option<Span> {
    let v = value.trim();
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let mut s = TimeValue::parse(date)?.span()?;
    if s.unit == Unit::Day {
        s.time = time.and_then(clock);
    }
    Some(s)
}

/// A value that may be a range "A/B": the spans of its first and last ends
/// (the same span twice for a single value). `None` when either end has no
/// calendar place or the range runs backwards.
pub fn range(value: &str) -> Option<(Span, Span)> {
    match value.split_once('/') {
        Some((a, b)) => {
            let (a, b) = (span(a)?, span(b)?);
            (b.end > a.start).then_some((a, b))
        }
        None => span(value).map(|s| (s, s)),
    }
}

#[cfg(test)]
mod span_tests {
    use super::*;
    use crate::engine::time::calendar::days_from_civil;

    fn day(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d)
    }

    fn se(v: &str) -> Option<(i64, i64, Unit)> {
        span(v).map(|s| (s.start, s.end, s.unit))
    }

    #[test]
    fn days_months_years_and_clock_times() {
        assert_eq!(
            se("2024-04-16"),
            Some((day(2024, 4, 16), day(2024, 4, 17), Unit::Day))
        );
        assert_eq!(
            span("2024-04-16T10:30").and_then(|s| s.time),
            Some((10, 30))
        );
        let morning = span("2024-04-16TMO");
        assert_eq!(
            morning.map(|s| (s.start, s.time)),
            Some((day(2024, 4, 16), None))
        );
        assert_eq!(
            se("2024-12"),
            Some((day(2024, 12, 1), day(2025, 1, 1), Unit::Month))
        );
        assert_eq!(
            se("2023"),
            Some((day(2023, 1, 1), day(2024, 1, 1), Unit::Year))
        );
        assert_eq!(se("2024-02-29").map(|s| s.0), Some(day(2024, 2, 29)));
        assert_eq!(se("2023-02-29"), None);
        assert_eq!(se("2024-02-30"), None);
    }

    #[test]
    fn weeks_quarters_halves_and_seasons() {
        // ISO week 1 holds 4 January: 2021-W01 starts Monday 4 January, 2020-W53 ends in 2021.
        assert_eq!(
            se("2021-W01"),
            Some((day(2021, 1, 4), day(2021, 1, 11), Unit::Week))
        );
        assert_eq!(se("2020-W53").map(|s| s.1), Some(day(2021, 1, 4)));
        assert_eq!(
            se("2024-W16-WE"),
            Some((day(2024, 4, 20), day(2024, 4, 22), Unit::Weekend))
        );
        assert_eq!(
            se("2024-Q2"),
            Some((day(2024, 4, 1), day(2024, 7, 1), Unit::Quarter))
        );
        assert_eq!(se("2024-H2").map(|s| s.1), Some(day(2025, 1, 1)));
        assert_eq!(
            se("2023-SU"),
            Some((day(2023, 6, 1), day(2023, 9, 1), Unit::Season))
        );
        assert_eq!(se("2023-AU"), se("2023-FA"));
        // Winter runs from December into the next year's February.
        assert_eq!(
            se("2023-WI"),
            Some((day(2023, 12, 1), day(2024, 3, 1), Unit::Season))
        );
    }

    #[test]
    fn decades_centuries_and_ranges() {
        assert_eq!(
            se("201"),
            Some((day(2010, 1, 1), day(2020, 1, 1), Unit::Decade))
        );
        assert_eq!(
            se("19"),
            Some((day(1900, 1, 1), day(2000, 1, 1), Unit::Century))
        );
        let (a, b) = range("2014/2016").unwrap();
        assert_eq!((a.start, b.end), (day(2014, 1, 1), day(2017, 1, 1)));
        assert_eq!(range("2024-04-16").map(|(a, b)| a == b), Some(true));
        assert_eq!(range("2016/2014"), None);
        assert_eq!(range("2014/PAST_REF"), None);
    }

    #[test]
    fn what_has_no_calendar_place() {
        for v in [
            "",
            "PAST_REF",
            "XXXX-04",
            "P2W",
            "BC0044",
            "BC004",
            "2024-13",
            "2024-W00",
            "2024-W54",
            "2024-W16-01",
            "2024-Q2-01",
            "2024-04-16-01",
            "9999999-01",
            "20245",
            "２０２４",
            "2024-4",
            "2024-04-6",
            "+024",
            "2024-+1",
        ] {
            assert_eq!(span(v), None, "{v}");
        }
    }
}
