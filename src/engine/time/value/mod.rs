//! TimeML values: calendar points at some granularity ("2024", "2024-04",
//! "2024-W16", "2024-Q3", "2023-SU", "199", "BC0490") as one type, [`TimeValue`],
//! with the four things done to them: parse ([`TimeValue::parse`]), print
//! ([`TimeValue::to_timeml`]), shift ([`TimeValue::shift`]) and place on the calendar
//! ([`TimeValue::span`]).
//!
//! Input: a [`TimeValue`] built by the normaliser, or a TimeML value string (the
//! timeline and the exports read values back through [`span`] and [`range`]).
//! Output: its TimeML string, a shifted or coarsened [`TimeValue`], or a [`Span`] of
//! whole days since 1970-01-01 (end exclusive) with the [`Unit`] it was
//! written in. A year may be unknown (`None`), which prints as "XXXX" (a
//! partial value) and has no span. Calendar arithmetic is `calendar`'s.
//!
//! This file parses and prints; `shift` holds the arithmetic on values and
//! `span` their place on the calendar.

use super::calendar::{fmt_year, Ymd};

mod shift;
mod span;

pub use shift::{at_unit, parse_duration, season_of, shift_value};
pub use span::{range, span, Span, Unit};

/// A TimeML calendar value at one granularity. Years are Gregorian years as
/// written, negated for BC values ("BC0490" is -490); `None` as a year is the
/// partial "XXXX".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimeValue {
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

impl TimeValue {
    /// The day `d` as a [`TimeValue::Day`] with a known year.
    pub fn day(d: Ymd) -> TimeValue {
        TimeValue::Day {
            y: Some(d.y),
            m: d.m,
            d: d.d,
        }
    }

    /// The ISO week that contains `d` (its year is the ISO week-numbering year).
    pub fn week_of(d: Ymd) -> TimeValue {
        let (y, w) = d.iso_week();
        TimeValue::Week { y, w }
    }

    /// The TimeML value string: "2024-04-16", "XXXX-04", "2024-W16-WE", "199",
    /// "BC0490". Inverse of [`TimeValue::parse`] for the values it accepts.
    pub fn to_timeml(self) -> String {
        match self {
            TimeValue::Day { y, m, d } => format!("{}-{m:02}-{d:02}", fy(y)),
            TimeValue::Month { y, m } => format!("{}-{m:02}", fy(y)),
            TimeValue::Year(y) => fmt_year(y),
            TimeValue::Week { y, w } => format!("{}-W{w:02}", fmt_year(y)),
            TimeValue::Weekend { y, w } => format!("{}-W{w:02}-WE", fmt_year(y)),
            TimeValue::Quarter { y, q } => format!("{}-Q{q}", fy(y)),
            TimeValue::Half { y, h } => format!("{}-H{h}", fy(y)),
            TimeValue::Season { y, s } => {
                format!(
                    "{}-{}",
                    fy(y),
                    SEASONS.get(s.saturating_sub(1) as usize).unwrap_or(&"XX")
                )
            }
            TimeValue::Decade(d) => {
                if d < 0 {
                    format!("BC{:03}", d.unsigned_abs())
                } else {
                    format!("{d:03}")
                }
            }
            TimeValue::Century(c) => {
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
    pub fn parse(s: &str) -> Option<TimeValue> {
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
                4 => Some(TimeValue::Year(sign * num(head, 4)?)),
                3 => Some(TimeValue::Decade(sign * num(head, 3)?)),
                2 => Some(TimeValue::Century(sign * num(head, 2)?)),
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
            return third.is_none().then_some(TimeValue::Season { y, s });
        }
        if let Some(q) = second.strip_prefix('Q') {
            let q = u32::try_from(num(q, 1)?)
                .ok()
                .filter(|q| (1..=4).contains(q))?;
            return third.is_none().then_some(TimeValue::Quarter { y, q });
        }
        if let Some(h) = second.strip_prefix('H') {
            let h = u32::try_from(num(h, 1)?)
                .ok()
                .filter(|h| (1..=2).contains(h))?;
            return third.is_none().then_some(TimeValue::Half { y, h });
        }
        if let Some(w) = second.strip_prefix('W') {
            let (y, w) = (
                y?,
                u32::try_from(num(w, 2)?)
                    .ok()
                    .filter(|w| (1..=53).contains(w))?,
            );
            return match third {
                None => Some(TimeValue::Week { y, w }),
                Some("WE") => Some(TimeValue::Weekend { y, w }),
                Some(_) => None,
            };
        }
        let m = u32::try_from(num(second, 2)?)
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        match third {
            None => Some(TimeValue::Month { y, m }),
            Some(d) => {
                let d = u32::try_from(num(d, 2)?).ok()?;
                match y {
                    Some(y) => Ymd::new(y, m, d).map(TimeValue::day),
                    // A partial date: the day must exist in some year.
                    None => (d >= 1 && d <= super::calendar::days_in_month(2000, m))
                        .then_some(TimeValue::Day { y: None, m, d }),
                }
            }
        }
    }

    /// The year, when known.
    pub fn year(self) -> Option<i64> {
        match self {
            TimeValue::Day { y, .. }
            | TimeValue::Month { y, .. }
            | TimeValue::Quarter { y, .. }
            | TimeValue::Half { y, .. } => y,
            TimeValue::Season { y, .. } => y,
            TimeValue::Year(y) => Some(y),
            TimeValue::Week { y, .. } | TimeValue::Weekend { y, .. } => Some(y),
            TimeValue::Decade(_) | TimeValue::Century(_) => None,
        }
    }

    /// A full date inside the value (its first day), when it has one.
    pub fn first_day(self) -> Option<Ymd> {
        match self {
            TimeValue::Day { y: Some(y), m, d } => Ymd::new(y, m, d),
            TimeValue::Month { y: Some(y), m } => Ymd::new(y, m, 1),
            TimeValue::Week { y, w } => Some(Ymd::from_iso_week(y, w)),
            _ => None,
        }
    }
}

/// A unit of a year the text does not say which ("2023-WXX", "2019-XX", "2019-XX-XX";
/// "XXXX-WXX" without a year): the value of "that week" after a season or a year.
/// `u` is a unit code of the crate-private `tables::unit`; `None` for a unit with no such
/// form (a quarter, a year).
pub fn unknown_in_year(y: Option<i64>, u: i32) -> Option<String> {
    use crate::engine::time::tables::unit;
    let year = match y {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}"),
        _ => "XXXX".to_string(),
    };
    let rest = match u {
        unit::WEEK | unit::WEEKEND => "-WXX",
        unit::MONTH => "-XX",
        unit::DAY => "-XX-XX",
        _ => return None,
    };
    Some(format!("{year}{rest}"))
}

/// A day of month `m` the text does not name: "2024-08-XX" ("In August 2024 ... the same day").
pub fn unknown_in_month(y: Option<i64>, m: u32) -> Option<String> {
    let year = match y {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}"),
        _ => "XXXX".to_string(),
    };
    (1..=12).contains(&m).then(|| format!("{year}-{m:02}-XX"))
}

/// Exactly `len` ASCII digits.
fn num(s: &str, len: usize) -> Option<i64> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parse a TimeML date value back ("2024-04-16T10:30" reads as its day):
/// [`TimeValue::parse`] of the part before any "T".
pub fn parse_value(s: &str) -> Option<TimeValue> {
    TimeValue::parse(s.split('T').next()?)
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_what_it_prints() {
        let vals = [
            TimeValue::Day {
                y: Some(2024),
                m: 2,
                d: 29,
            },
            TimeValue::Day {
                y: None,
                m: 4,
                d: 16,
            },
            TimeValue::Month { y: None, m: 4 },
            TimeValue::Year(-490),
            TimeValue::Week { y: 2020, w: 53 },
            TimeValue::Weekend { y: 2024, w: 16 },
            TimeValue::Quarter {
                y: Some(2024),
                q: 3,
            },
            TimeValue::Half {
                y: Some(2023),
                h: 1,
            },
            TimeValue::Season {
                y: Some(2023),
                s: 4,
            },
            TimeValue::Decade(199),
            TimeValue::Century(-4),
        ];
        for v in vals {
            assert_eq!(
                TimeValue::parse(&v.to_timeml()),
                Some(v),
                "{}",
                v.to_timeml()
            );
        }
        for bad in [
            "2023-02-29",
            "XXXX-02-30",
            "2024-Q5",
            "2024-H3",
            "BCXXXX-04",
            "2024-W16-01",
        ] {
            assert_eq!(TimeValue::parse(bad), None, "{bad}");
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
