//! Arithmetic on TimeML values: shift a [`Val`] by units ("a year earlier"
//! than 1989-Q3 is 1988-Q3), coarsen a day to a unit's value, and shift a value string by a
//! duration string. Calendar arithmetic itself is `calendar`'s.

use super::{parse_value, Val};
use crate::engine::time::calendar::{Ymd, YEAR_LIMIT};
use crate::engine::time::tables::unit;

impl Val {
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
