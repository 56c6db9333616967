//! TimeML value → span of calendar days: the one reader of calendar values
//! shared by the timeline component and the timeline exports.
//!
//! Input: a normalised TimeML value ("2024-04-16", "2024-04-16T10:30",
//! "2024-04", "2024", "2024-W16", "2024-W16-WE", "2024-Q2", "2024-H1",
//! "2024-SU", "201" for the 2010s, "20" for the 1900s, "2014/2016" for a
//! range). Output: a [`Span`] of whole days since 1970-01-01, end exclusive,
//! with the [`Unit`] the value was written in, or `None` for what has no
//! place on a calendar (durations, "PAST_REF", "XXXX-04", BC years,
//! impossible dates such as 2023-02-29, reversed ranges).

use super::calendar::{days_from_civil, Ymd};

/// What a value names: the granularity it was written at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    /// Saturday and Sunday of an ISO week ("2024-W16-WE").
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    /// SP = March–May, SU = June–August, FA/AU = September–November,
    /// WI = December–February (into the next year).
    Season,
    Year,
    Decade,
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
    pub start: i64,
    pub end: i64,
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

/// Digits only, at most `max` of them.
fn digits(s: &str, max: usize) -> Option<i64> {
    if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Days of the first of month `m` of year `y`, months past 12 running into
/// the next year.
fn month_start(y: i64, m: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    days_from_civil(y, m as u32, 1)
}

fn clock(t: &str) -> Option<(u8, u8)> {
    let mut hm = t.split(':');
    let h = hm.next()?.parse::<u8>().ok().filter(|h| *h < 24)?;
    let m = hm
        .next()?
        .get(..2)?
        .parse::<u8>()
        .ok()
        .filter(|m| *m < 60)?;
    Some((h, m))
}

/// One calendar value (no "/" range).
pub fn span(value: &str) -> Option<Span> {
    let v = value.trim();
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let mut parts = date.split('-');
    let head = parts.next()?;
    let y = digits(head, 4)?;
    let (second, third) = (parts.next(), parts.next());
    if parts.next().is_some() {
        return None;
    }
    let make = |start: i64, end: i64, unit| {
        Some(Span {
            start,
            end,
            unit,
            time: None,
        })
    };
    let Some(second) = second else {
        return match head.len() {
            2 => make(
                month_start(y * 100, 1),
                month_start(y * 100 + 100, 1),
                Unit::Century,
            ),
            3 => make(
                month_start(y * 10, 1),
                month_start(y * 10 + 10, 1),
                Unit::Decade,
            ),
            4 => make(month_start(y, 1), month_start(y + 1, 1), Unit::Year),
            _ => None,
        };
    };
    if head.len() != 4 {
        return None;
    }
    let months = match second {
        "Q1" => Some((1, 4, Unit::Quarter)),
        "Q2" => Some((4, 7, Unit::Quarter)),
        "Q3" => Some((7, 10, Unit::Quarter)),
        "Q4" => Some((10, 13, Unit::Quarter)),
        "H1" => Some((1, 7, Unit::Half)),
        "H2" => Some((7, 13, Unit::Half)),
        "SP" => Some((3, 6, Unit::Season)),
        "SU" => Some((6, 9, Unit::Season)),
        "FA" | "AU" => Some((9, 12, Unit::Season)),
        "WI" => Some((12, 15, Unit::Season)),
        _ => None,
    };
    if let Some((a, b, unit)) = months {
        return match third {
            None => make(month_start(y, a), month_start(y, b), unit),
            Some(_) => None,
        };
    }
    if let Some(w) = second.strip_prefix('W') {
        let w = digits(w, 2).filter(|w| (1..=53).contains(w))?;
        let monday = Ymd::from_iso_week(y, w as u32).days();
        return match third {
            None => make(monday, monday + 7, Unit::Week),
            Some("WE") => make(monday + 5, monday + 7, Unit::Weekend),
            Some(_) => None,
        };
    }
    if second.len() != 2 {
        return None;
    }
    let m = digits(second, 2).filter(|m| (1..=12).contains(m))?;
    let Some(third) = third else {
        return make(month_start(y, m), month_start(y, m + 1), Unit::Month);
    };
    if third.len() != 2 {
        return None;
    }
    let d = digits(third, 2)?;
    let day = Ymd::new(y, m as u32, u32::try_from(d).ok()?)?.days();
    Some(Span {
        start: day,
        end: day + 1,
        unit: Unit::Day,
        time: time.and_then(clock),
    })
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
mod tests {
    use super::*;

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
