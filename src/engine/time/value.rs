//! TimeML values: calendar points at some granularity ("2024", "2024-04",
//! "2024-W16", "2024-Q3", "2023-SU", "199", "BC0490") as one type, [`Val`],
//! with the four things done to them: parse ([`Val::parse`]), print
//! ([`Val::to_timeml`]), shift ([`Val::shift`]) and place on the calendar
//! ([`Val::span`]).
//!
//! Input: a [`Val`] built by the normaliser, or a TimeML value string (the
//! timeline and the exports read values back through [`span`] and [`range`]).
//! Output: its TimeML string, a shifted or coarsened [`Val`], or a [`Span`] of
//! whole days since 1970-01-01 (end exclusive) with the [`Unit`] it was
//! written in. A year may be unknown (`None`), which prints as "XXXX" (a
//! partial value) and has no span. Calendar arithmetic is `calendar`'s.

use super::calendar::{fmt_year, month_start_days, Ymd, YEAR_LIMIT};
use super::tables::unit;

/// A TimeML calendar value at one granularity. Years are Gregorian years as
/// written, negated for BC values ("BC0490" is -490); `None` as a year is the
/// partial "XXXX".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    /// A day: "2024-04-16", or "XXXX-04-16" without a year.
    Day {
        /// Year, `None` when unknown.
        y: Option<i64>,
        /// Month, 1..=12.
        m: u32,
        /// Day of month, 1..=31 (valid for the month).
        d: u32,
    },
    /// A month: "2024-04", "XXXX-04".
    Month {
        /// Year, `None` when unknown.
        y: Option<i64>,
        /// Month, 1..=12.
        m: u32,
    },
    /// A year: "2024"; negative for "BC0490".
    Year(i64),
    /// An ISO 8601 week: "2024-W16".
    Week {
        /// ISO week-numbering year (may differ from the calendar year near 1 January).
        y: i64,
        /// ISO week, 1..=53.
        w: u32,
    },
    /// The weekend (Saturday, Sunday) of an ISO week: "2024-W16-WE".
    Weekend {
        /// ISO week-numbering year.
        y: i64,
        /// ISO week, 1..=53.
        w: u32,
    },
    /// A quarter: "2024-Q3".
    Quarter {
        /// Year, `None` when unknown.
        y: Option<i64>,
        /// Quarter, 1..=4.
        q: u32,
    },
    /// A half-year: "2024-H1".
    Half {
        /// Year, `None` when unknown.
        y: Option<i64>,
        /// Half, 1..=2.
        h: u32,
    },
    /// A season: "2023-SU" (see [`Unit::Season`] for the months).
    Season {
        /// Year, `None` when unknown (for winter: the year it starts in).
        y: Option<i64>,
        /// 1 = spring (SP), 2 = summer (SU), 3 = autumn (FA, also read from AU),
        /// 4 = winter (WI).
        s: u32,
    },
    /// A decade as its first three digits: 199 is the 1990s ("199"); negative for BC.
    Decade(i64),
    /// A century as its first two digits: 19 is 1900–1999 ("19"); negative for BC.
    Century(i64),
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

fn fy(y: Option<i64>) -> String {
    y.map_or_else(|| "XXXX".to_string(), fmt_year)
}

impl Val {
    /// The day `d` as a [`Val::Day`] with a known year.
    pub fn day(d: Ymd) -> Val {
        Val::Day {
            y: Some(d.y),
            m: d.m,
            d: d.d,
        }
    }

    /// The ISO week that contains `d` (its year is the ISO week-numbering year).
    pub fn week_of(d: Ymd) -> Val {
        let (y, w) = d.iso_week();
        Val::Week { y, w }
    }

    /// The TimeML value string: "2024-04-16", "XXXX-04", "2024-W16-WE", "199",
    /// "BC0490". Inverse of [`Val::parse`] for the values it accepts.
    pub fn to_timeml(self) -> String {
        match self {
            Val::Day { y, m, d } => format!("{}-{m:02}-{d:02}", fy(y)),
            Val::Month { y, m } => format!("{}-{m:02}", fy(y)),
            Val::Year(y) => fmt_year(y),
            Val::Week { y, w } => format!("{}-W{w:02}", fmt_year(y)),
            Val::Weekend { y, w } => format!("{}-W{w:02}-WE", fmt_year(y)),
            Val::Quarter { y, q } => format!("{}-Q{q}", fy(y)),
            Val::Half { y, h } => format!("{}-H{h}", fy(y)),
            Val::Season { y, s } => {
                format!(
                    "{}-{}",
                    fy(y),
                    SEASONS.get(s.saturating_sub(1) as usize).unwrap_or(&"XX")
                )
            }
            Val::Decade(d) => {
                if d < 0 {
                    format!("BC{:03}", d.unsigned_abs())
                } else {
                    format!("{d:03}")
                }
            }
            Val::Century(c) => {
                if c < 0 {
                    format!("BC{:02}", c.unsigned_abs())
                } else {
                    format!("{c:02}")
                }
            }
        }
    }

    /// Read a TimeML date value: "2024", "2024-04", "2024-04-16",
    /// "2024-W16", "2024-W16-WE", "2024-Q3", "2024-H1", "2023-SU" (also
    /// "AU"), "199" (a decade), "19" (a century), "BC0490", "BC04", and the
    /// partial "XXXX-04", "XXXX-04-16", "XXXX-Q3". Digits exactly as TimeML
    /// writes them; `None` for anything else (times are cut off by the caller).
    pub fn parse(s: &str) -> Option<Val> {
        let (bc, s) = match s.strip_prefix("BC") {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = s.split('-');
        let head = parts.next()?;
        let (second, third) = (parts.next(), parts.next());
        if parts.next().is_some() {
            return None;
        }
        let sign = if bc { -1 } else { 1 };
        let Some(second) = second else {
            return match head.len() {
                4 => Some(Val::Year(sign * num(head, 4)?)),
                3 => Some(Val::Decade(sign * num(head, 3)?)),
                2 => Some(Val::Century(sign * num(head, 2)?)),
                _ => None,
            };
        };
        let y = if head == "XXXX" && !bc {
            None
        } else {
            Some(sign * num(head, 4)?)
        };
        let seasons = ["SP", "SU", "FA", "WI", "AU"];
        if let Some(i) = seasons.iter().position(|x| *x == second) {
            let s = if i == 4 { 3 } else { i as u32 + 1 };
            return third.is_none().then_some(Val::Season { y, s });
        }
        if let Some(q) = second.strip_prefix('Q') {
            let q = u32::try_from(num(q, 1)?)
                .ok()
                .filter(|q| (1..=4).contains(q))?;
            return third.is_none().then_some(Val::Quarter { y, q });
        }
        if let Some(h) = second.strip_prefix('H') {
            let h = u32::try_from(num(h, 1)?)
                .ok()
                .filter(|h| (1..=2).contains(h))?;
            return third.is_none().then_some(Val::Half { y, h });
        }
        if let Some(w) = second.strip_prefix('W') {
            let (y, w) = (
                y?,
                u32::try_from(num(w, 2)?)
                    .ok()
                    .filter(|w| (1..=53).contains(w))?,
            );
            return match third {
                None => Some(Val::Week { y, w }),
                Some("WE") => Some(Val::Weekend { y, w }),
                Some(_) => None,
            };
        }
        let m = u32::try_from(num(second, 2)?)
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        match third {
            None => Some(Val::Month { y, m }),
            Some(d) => {
                let d = u32::try_from(num(d, 2)?).ok()?;
                match y {
                    Some(y) => Ymd::new(y, m, d).map(Val::day),
                    // A partial date: the day must exist in some year.
                    None => (d >= 1 && d <= super::calendar::days_in_month(2000, m))
                        .then_some(Val::Day { y: None, m, d }),
                }
            }
        }
    }

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
            Val::Day { y: Some(y), m, d } => {
                let day = Ymd::new(y, m, d)?.days();
                make(day, day + 1, Unit::Day)
            }
            Val::Month { y: Some(y), m } => months(y, i64::from(m), i64::from(m) + 1, Unit::Month),
            Val::Year(y) => months(y, 1, 13, Unit::Year),
            Val::Week { y, w } => {
                let monday = Ymd::from_iso_week(y, w).days();
                make(monday, monday + 7, Unit::Week)
            }
            Val::Weekend { y, w } => {
                let monday = Ymd::from_iso_week(y, w).days();
                make(monday + 5, monday + 7, Unit::Weekend)
            }
            Val::Quarter { y: Some(y), q } => {
                let a = i64::from(q) * 3 - 2;
                months(y, a, a + 3, Unit::Quarter)
            }
            Val::Half { y: Some(y), h } => {
                let a = i64::from(h) * 6 - 5;
                months(y, a, a + 6, Unit::Half)
            }
            // SP = March-May ... WI = December into the next February.
            Val::Season { y: Some(y), s } => {
                let a = i64::from(s) * 3;
                months(y, a, a + 3, Unit::Season)
            }
            Val::Decade(d) if d >= 0 => months(d * 10, 1, 121, Unit::Decade),
            Val::Century(c) if c >= 0 => months(c * 100, 1, 1201, Unit::Century),
            _ => None,
        }
    }

    /// The year, when known.
    pub fn year(self) -> Option<i64> {
        match self {
            Val::Day { y, .. }
            | Val::Month { y, .. }
            | Val::Quarter { y, .. }
            | Val::Half { y, .. } => y,
            Val::Season { y, .. } => y,
            Val::Year(y) => Some(y),
            Val::Week { y, .. } | Val::Weekend { y, .. } => Some(y),
            Val::Decade(_) | Val::Century(_) => None,
        }
    }

    /// A full date inside the value (its first day), when it has one.
    pub fn first_day(self) -> Option<Ymd> {
        match self {
            Val::Day { y: Some(y), m, d } => Ymd::new(y, m, d),
            Val::Month { y: Some(y), m } => Ymd::new(y, m, 1),
            Val::Week { y, w } => Some(Ymd::from_iso_week(y, w)),
            _ => None,
        }
    }

    /// Shift by `n` units (unit codes of the crate-private `tables::unit`), keeping the value's own
    /// granularity when the unit fits it ("a year earlier" than 1989-Q3 is
    /// 1988-Q3). `None` when the combination makes no sense.
    pub fn shift(self, u: i32, n: i64) -> Option<Val> {
        let n = n.clamp(-YEAR_LIMIT, YEAR_LIMIT);
        let months = match u {
            unit::YEAR => Some(12 * n),
            unit::MONTH => Some(n),
            unit::QUARTER => Some(3 * n),
            unit::DECADE => Some(120 * n),
            unit::CENTURY => Some(1200 * n),
            unit::HALF => Some(6 * n),
            _ => None,
        };
        let days = match u {
            unit::DAY => Some(n),
            unit::WEEK | unit::WEEKEND => Some(7 * n),
            unit::FORTNIGHT => Some(14 * n),
            _ => None,
        };
        Some(match self {
            Val::Day { y: Some(y), m, d } => {
                let base = Ymd::new(y, m, d)?;
                let r = match (months, days) {
                    (Some(mo), _) => base.add_months(mo),
                    (_, Some(dd)) => base.add_days(dd),
                    _ => return None,
                };
                Val::day(r)
            }
            Val::Month { y: Some(y), m } => {
                let r = Ymd::new(y, m, 1)?.add_months(months?);
                Val::Month {
                    y: Some(r.y),
                    m: r.m,
                }
            }
            Val::Year(y) => match u {
                unit::YEAR => Val::Year(y + n),
                unit::DECADE => Val::Year(y + 10 * n),
                unit::CENTURY => Val::Year(y + 100 * n),
                _ => return None,
            },
            Val::Week { y, w } | Val::Weekend { y, w } => {
                let base = Ymd::from_iso_week(y, w);
                let r = match (days, months) {
                    (Some(dd), _) => base.add_days(dd),
                    (_, Some(mo)) => base.add_months(mo),
                    _ => return None,
                };
                let (y, w) = r.iso_week();
                if matches!(self, Val::Weekend { .. }) {
                    Val::Weekend { y, w }
                } else {
                    Val::Week { y, w }
                }
            }
            Val::Quarter { y: Some(y), q } => {
                let r = Ymd::new(y, (q.clamp(1, 4) - 1) * 3 + 1, 1)?.add_months(months?);
                Val::Quarter {
                    y: Some(r.y),
                    q: r.quarter(),
                }
            }
            Val::Half { y: Some(y), h } => {
                let r = Ymd::new(y, (h.clamp(1, 2) - 1) * 6 + 1, 1)?.add_months(months?);
                Val::Half {
                    y: Some(r.y),
                    h: (r.m - 1) / 6 + 1,
                }
            }
            Val::Season { y: Some(y), s } if u == unit::YEAR => Val::Season { y: Some(y + n), s },
            Val::Decade(d) if u == unit::DECADE => Val::Decade(d + n),
            Val::Century(c) if u == unit::CENTURY => Val::Century(c + n),
            _ => return None,
        })
    }
}

/// A date at the granularity of a unit: the day, its ISO week, month, quarter, year...
pub fn at_unit(d: Ymd, u: i32) -> Option<Val> {
    Some(match u {
        unit::DAY => Val::day(d),
        unit::WEEK => Val::week_of(d),
        unit::WEEKEND => {
            let (y, w) = d.iso_week();
            Val::Weekend { y, w }
        }
        unit::MONTH => Val::Month {
            y: Some(d.y),
            m: d.m,
        },
        unit::QUARTER => Val::Quarter {
            y: Some(d.y),
            q: d.quarter(),
        },
        unit::HALF => Val::Half {
            y: Some(d.y),
            h: (d.m - 1) / 6 + 1,
        },
        unit::YEAR => Val::Year(d.y),
        unit::DECADE => Val::Decade(d.y.div_euclid(10)),
        unit::CENTURY => Val::Century(d.y.div_euclid(100)),
        _ => return None,
    })
}

/// Season (1 SP .. 4 WI) and its year for a date; January and February belong
/// to the winter of the previous year.
pub fn season_of(d: Ymd) -> (i64, u32) {
    match d.m {
        3..=5 => (d.y, 1),
        6..=8 => (d.y, 2),
        9..=11 => (d.y, 3),
        12 => (d.y, 4),
        _ => (d.y - 1, 4),
    }
}

/// Exactly `len` ASCII digits.
fn num(s: &str, len: usize) -> Option<i64> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
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
    let mut s = Val::parse(date)?.span()?;
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
mod tests {
    use super::*;

    #[test]
    fn prints_and_shifts() {
        assert_eq!(
            Val::Quarter {
                y: Some(1989),
                q: 3
            }
            .shift(unit::YEAR, -1)
            .map(Val::to_timeml),
            Some("1988-Q3".into())
        );
        assert_eq!(Val::Decade(199).to_timeml(), "199");
        assert_eq!(Val::Month { y: None, m: 4 }.to_timeml(), "XXXX-04");
        assert_eq!(
            Val::Season {
                y: Some(2023),
                s: 2
            }
            .to_timeml(),
            "2023-SU"
        );
        let d = Ymd {
            y: 2024,
            m: 4,
            d: 16,
        };
        assert_eq!(
            at_unit(d, unit::WEEK).map(Val::to_timeml),
            Some("2024-W16".into())
        );
        assert_eq!(
            Val::day(d).shift(unit::WEEK, -2).map(Val::to_timeml),
            Some("2024-04-02".into())
        );
        assert_eq!(
            Val::Year(0).shift(unit::YEAR, -1).map(Val::to_timeml),
            Some("BC0001".into())
        );
    }
}

/// Parse a TimeML date value back ("2024-04-16T10:30" reads as its day):
/// [`Val::parse`] of the part before any "T".
pub fn parse_value(s: &str) -> Option<Val> {
    Val::parse(s.split('T').next()?)
}

/// Parse a simple TimeML duration: "P2W" → (WEEK, 2), "P3Y", "P10D", "P1M".
pub fn parse_duration(s: &str) -> Option<(i32, i64)> {
    let body = s.strip_prefix('P')?;
    if body.starts_with('T') {
        return None;
    }
    let split = body.find(|c: char| !c.is_ascii_digit())?;
    let n: i64 = body.get(..split)?.parse().ok()?;
    let u = match body.get(split..)? {
        "Y" => unit::YEAR,
        "M" => unit::MONTH,
        "W" => unit::WEEK,
        "D" => unit::DAY,
        "Q" => unit::QUARTER,
        _ => return None,
    };
    Some((u, n))
}

/// `value` moved by `dir` × `duration` ("2024-04-16", "P2W", -1 → "2024-04-02").
pub fn shift_value(value: &str, duration: &str, dir: i64) -> Option<String> {
    let v = parse_value(value)?;
    let (u, n) = parse_duration(duration)?;
    let shifted = v.shift(u, n.saturating_mul(dir)).or_else(|| {
        let d = v.first_day()?;
        Val::day(d).shift(u, n.saturating_mul(dir))
    })?;
    Some(shifted.to_timeml())
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_what_it_prints() {
        let vals = [
            Val::Day {
                y: Some(2024),
                m: 2,
                d: 29,
            },
            Val::Day {
                y: None,
                m: 4,
                d: 16,
            },
            Val::Month { y: None, m: 4 },
            Val::Year(-490),
            Val::Week { y: 2020, w: 53 },
            Val::Weekend { y: 2024, w: 16 },
            Val::Quarter {
                y: Some(2024),
                q: 3,
            },
            Val::Half {
                y: Some(2023),
                h: 1,
            },
            Val::Season {
                y: Some(2023),
                s: 4,
            },
            Val::Decade(199),
            Val::Century(-4),
        ];
        for v in vals {
            assert_eq!(Val::parse(&v.to_timeml()), Some(v), "{}", v.to_timeml());
        }
        for bad in [
            "2023-02-29",
            "XXXX-02-30",
            "2024-Q5",
            "2024-H3",
            "BCXXXX-04",
            "2024-W16-01",
        ] {
            assert_eq!(Val::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn parses_and_shifts_values() {
        assert_eq!(
            shift_value("2024-04-16", "P2W", -1).as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(shift_value("2024", "P3Y", 1).as_deref(), Some("2027"));
        assert_eq!(
            shift_value("2024-W16", "P1W", -1).as_deref(),
            Some("2024-W15")
        );
        assert_eq!(shift_value("PAST_REF", "P1W", -1), None);
        assert_eq!(parse_duration("PT2H"), None);
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
