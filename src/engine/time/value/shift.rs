//! Arithmetic on TimeML values: shift a [`TimeValue`] by units ("a year earlier"
//! than 1989-Q3 is 1988-Q3), coarsen a day to a unit's value, and shift a value string by a
//! duration string. Calendar arithmetic itself is `calendar`'s.

use super::{parse_value, TimeValue};
use crate::engine::time::calendar::{Ymd, YEAR_LIMIT};
use crate::engine::time::tables::unit;

impl TimeValue {
    /// Shift by `n` units (unit codes of the crate-private `tables::unit`), keeping the value's own
    /// granularity when the unit fits it ("a year earlier" than 1989-Q3 is
    /// 1988-Q3). `None` when the combination makes no sense.
    pub fn shift(self, u: i32, n: i64) -> Option<TimeValue> {
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
            TimeValue::Day { y: Some(y), m, d } => {
                let base = Ymd::new(y, m, d)?;
                let r = match (months, days) {
                    (Some(mo), _) => base.add_months(mo),
                    (_, Some(dd)) => base.add_days(dd),
                    _ => return None,
                };
                TimeValue::day(r)
            }
            TimeValue::Month { y: Some(y), m } => {
                let r = Ymd::new(y, m, 1)?.add_months(months?);
                TimeValue::Month {
                    y: Some(r.y),
                    m: r.m,
                }
            }
            TimeValue::Year(y) => match u {
                unit::YEAR => TimeValue::Year(y + n),
                unit::DECADE => TimeValue::Year(y + 10 * n),
                unit::CENTURY => TimeValue::Year(y + 100 * n),
                _ => return None,
            },
            TimeValue::Week { y, w } | TimeValue::Weekend { y, w } => {
                let base = Ymd::from_iso_week(y, w);
                let r = match (days, months) {
                    (Some(dd), _) => base.add_days(dd),
                    (_, Some(mo)) => base.add_months(mo),
                    _ => return None,
                };
                let (y, w) = r.iso_week();
                if matches!(self, TimeValue::Weekend { .. }) {
                    TimeValue::Weekend { y, w }
                } else {
                    TimeValue::Week { y, w }
                }
            }
            TimeValue::Quarter { y: Some(y), q } => {
                let r = Ymd::new(y, (q.clamp(1, 4) - 1) * 3 + 1, 1)?.add_months(months?);
                TimeValue::Quarter {
                    y: Some(r.y),
                    q: r.quarter(),
                }
            }
            TimeValue::Half { y: Some(y), h } => {
                let r = Ymd::new(y, (h.clamp(1, 2) - 1) * 6 + 1, 1)?.add_months(months?);
                TimeValue::Half {
                    y: Some(r.y),
                    h: (r.m - 1) / 6 + 1,
                }
            }
            TimeValue::Season { y: Some(y), s } if u == unit::YEAR => {
                TimeValue::Season { y: Some(y + n), s }
            }
            TimeValue::Decade(d) if u == unit::DECADE => TimeValue::Decade(d + n),
            TimeValue::Century(c) if u == unit::CENTURY => TimeValue::Century(c + n),
            _ => return None,
        })
    }
}

/// A date at the granularity of a unit: the day, its ISO week, month, quarter, year...
pub fn at_unit(d: Ymd, u: i32) -> Option<TimeValue> {
    Some(match u {
        unit::DAY => TimeValue::day(d),
        unit::WEEK => TimeValue::week_of(d),
        unit::WEEKEND => {
            let (y, w) = d.iso_week();
            TimeValue::Weekend { y, w }
        }
        unit::MONTH => TimeValue::Month {
            y: Some(d.y),
            m: d.m,
        },
        unit::QUARTER => TimeValue::Quarter {
            y: Some(d.y),
            q: d.quarter(),
        },
        unit::HALF => TimeValue::Half {
            y: Some(d.y),
            h: (d.m - 1) / 6 + 1,
        },
        unit::YEAR => TimeValue::Year(d.y),
        unit::DECADE => TimeValue::Decade(d.y.div_euclid(10)),
        unit::CENTURY => TimeValue::Century(d.y.div_euclid(100)),
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
        TimeValue::day(d).shift(u, n.saturating_mul(dir))
    })?;
    Some(shifted.to_timeml())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_and_shifts() {
        assert_eq!(
            TimeValue::Quarter {
                y: Some(1989),
                q: 3
            }
            .shift(unit::YEAR, -1)
            .map(TimeValue::to_timeml),
            Some("1988-Q3".into())
        );
        assert_eq!(TimeValue::Decade(199).to_timeml(), "199");
        assert_eq!(TimeValue::Month { y: None, m: 4 }.to_timeml(), "XXXX-04");
        assert_eq!(
            TimeValue::Season {
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
            at_unit(d, unit::WEEK).map(TimeValue::to_timeml),
            Some("2024-W16".into())
        );
        assert_eq!(
            TimeValue::day(d)
                .shift(unit::WEEK, -2)
                .map(TimeValue::to_timeml),
            Some("2024-04-02".into())
        );
        assert_eq!(
            TimeValue::Year(0)
                .shift(unit::YEAR, -1)
                .map(TimeValue::to_timeml),
            Some("BC0001".into())
        );
    }
}
