//! Durations and sets: "three weeks" → P3W, "two and a half years" →
//! P2Y6M, "several months" → PXM, "every Monday" → XXXX-WXX-1, "twice a
//! week" → P1W.
//!
//! Input: a [`Match`] of a `duration` or `set` rule. Output: a [`Normalised`] of
//! type DURATION or SET, or `None` (a count too large, "the 1988 quarter").

use super::matcher::Match;
use super::norm::{has, plain, Normalised, MAX_COUNT};
use super::tables::{unit, Class, PARTS, UNSPECIFIED};
use super::value::TimeValue;
use crate::engine::model::TimexType;

/// TimeML duration of `n` units (`n` may be "X").
pub(super) fn unit_code(u: i32, n: &str) -> String {
    match u {
        unit::YEAR => format!("P{n}Y"),
        unit::MONTH => format!("P{n}M"),
        unit::WEEK => format!("P{n}W"),
        unit::DAY => format!("P{n}D"),
        unit::HOUR => format!("PT{n}H"),
        unit::MINUTE => format!("PT{n}M"),
        unit::SECOND => format!("PT{n}S"),
        unit::QUARTER => format!("P{n}Q"),
        unit::DECADE => times(n, 10, "Y"),
        unit::CENTURY => times(n, 100, "Y"),
        unit::WEEKEND => format!("P{n}WE"),
        // ISO 8601 has no fortnight: two weeks each ("a fortnight" → P2W).
        unit::FORTNIGHT => times(n, 2, "W"),
        _ => format!("P{n}X"),
    }
}

/// "P{n*k}{u}" ("two decades" → P20Y); unspecified stays X.
fn times(n: &str, k: i64, u: &str) -> String {
    match n.parse::<i64>() {
        Ok(n) => format!("P{}{u}", n.saturating_mul(k)),
        Err(_) => format!("P{n}{u}"),
    }
}

/// A count with a half written in words, in thousandths of its unit: "an hour and a half",
/// "two and a half years" (the count and 500: 1500, 2500), "a half-hour", "a half hour" (500);
/// `None` when the match holds no "half" (and for "half an hour", which the recogniser already
/// reads as one count: a DEC token).
pub(super) fn halves(m: &Match) -> Option<i32> {
    if !has(m, "half") || m.captures.get(Class::Dec).is_some() {
        return None;
    }
    if !has(m, "and") {
        return Some(500);
    }
    let n = m.captures.get(Class::Num).unwrap_or(1);
    (0..MAX_COUNT / 1000).contains(&n).then(|| n * 1000 + 500)
}

/// A duration of `k` thousandths of unit `u` counted in words with a half ("an hour and a
/// half" 1500): the whole units and the half in the next finer one, as TimeML writes it
/// (PT1H30M, P2Y6M, P1DT12H, PT1M30S); other units as [`decimal`] has them ("a week and a
/// half" P1.5W, "a decade and a half" P15Y, "a half-hour" PT30M).
pub(super) fn with_half(u: i32, k: i32) -> Option<Normalised> {
    let n = k / 1000;
    let v = match u {
        _ if n == 0 || k % 1000 != 500 => return decimal(u, k),
        unit::YEAR => format!("P{n}Y6M"),
        unit::DAY => format!("P{n}DT12H"),
        unit::HOUR => format!("PT{n}H30M"),
        unit::MINUTE => format!("PT{n}M30S"),
        _ => return decimal(u, k),
    };
    plain(TimexType::Duration, v)
}

fn duration(m: &Match, u: i32, n: Option<i32>) -> Option<Normalised> {
    if let Some(k) = halves(m).filter(|_| n != Some(UNSPECIFIED)) {
        return with_half(u, k);
    }
    let half = has(m, "1/2");
    let n = match n {
        Some(UNSPECIFIED) => "X".to_string(),
        // "5 1/2 hours": the whole units and the half in the next smaller one (PT5H30M).
        Some(n) if half => return with_half(u, n.checked_mul(1000)?.checked_add(500)?),
        // "the 1988 quarter" is no duration of 1988 quarters.
        Some(n) if n >= 1000 && m.captures.get(Class::Units).is_none() => return None,
        Some(n) => n.to_string(),
        None => "1".to_string(),
    };
    plain(TimexType::Duration, unit_code(u, &n))
}

/// A `duration` rule.
pub(super) fn duration_rule(m: &Match) -> Option<Normalised> {
    let c = &m.captures;
    let u = c.get(Class::Unit).or(c.get(Class::Units))?;
    if c.get(Class::Num).is_some_and(|n| n > MAX_COUNT) {
        return None;
    }
    // Optional list of allowed units ("duration Y M := <UNITS>").
    if !m.rule.args.is_empty() && !m.rule.args.iter().any(|a| unit::parse(a) == Some(u)) {
        return None;
    }
    // "the first eight months of 2025": P8M covering 2025-01/2025-08.
    if let (Some(y), Some(n), true) = (c.get(Class::Year), c.get(Class::Num), has(m, "first")) {
        let start = match u {
            unit::MONTH => Some(TimeValue::Month {
                y: Some(i64::from(y)),
                m: 1,
            }),
            unit::QUARTER => Some(TimeValue::Quarter {
                y: Some(i64::from(y)),
                q: 1,
            }),
            _ => None,
        };
        if let Some(start) = start.filter(|_| n > 0) {
            let mut d = duration(m, u, Some(n))?;
            d.period = start
                .shift(u, i64::from(n) - 1)
                .map(|end| format!("{}/{}", start.to_timeml(), end.to_timeml()));
            return Some(d);
        }
    }
    if let Some(k) = c.get(Class::Dec) {
        return decimal(u, k);
    }
    let n = c
        .get(Class::Num)
        .or_else(|| c.get(Class::Units).map(|_| UNSPECIFIED))
        .or(c.get(Class::Unit).map(|_| 1));
    let n = if c.get(Class::Units).is_some() && c.get(Class::Num).is_none() {
        Some(UNSPECIFIED)
    } else {
        n
    };
    duration(m, u, n)
}

/// A duration of `k` thousandths of unit `u`: "3.4 years" → P3.4Y, "2.5 hours" → PT2.5H,
/// "2.5 decades" → P25Y. ISO 8601, and TimeML's values after it, let the last component of a
/// duration carry a decimal fraction; the count is never rounded to whole units.
pub(super) fn decimal(u: i32, k: i32) -> Option<Normalised> {
    let (u, k) = match u {
        unit::DECADE => (unit::YEAR, k.checked_mul(10)?),
        unit::CENTURY => (unit::YEAR, k.checked_mul(100)?),
        unit::FORTNIGHT => (unit::WEEK, k.checked_mul(2)?),
        u => (u, k),
    };
    let (whole, frac) = (k / 1000, k % 1000);
    if whole > MAX_COUNT {
        return None;
    }
    // "half an hour", "a quarter of an hour": part of a unit is a whole count of the next
    // finer one when it comes out even (PT30M, PT15M, "half a day" PT12H), as TimeML writes it.
    let finer = match u {
        unit::HOUR => Some((unit::MINUTE, 60)),
        unit::MINUTE => Some((unit::SECOND, 60)),
        unit::DAY => Some((unit::HOUR, 24)),
        unit::YEAR => Some((unit::MONTH, 12)),
        _ => None,
    };
    if let (0, Some((f, per))) = (whole, finer) {
        if (frac * per) % 1000 == 0 {
            return plain(
                TimexType::Duration,
                unit_code(f, &(frac * per / 1000).to_string()),
            );
        }
    }
    let n = if frac == 0 {
        whole.to_string()
    } else {
        let frac = format!("{frac:03}");
        format!("{whole}.{}", frac.trim_end_matches('0'))
    };
    plain(TimexType::Duration, unit_code(u, &n))
}

/// A `set` rule.
pub(super) fn set(m: &Match) -> Option<Normalised> {
    let c = &m.captures;
    if let Some(w) = c.get(Class::Weekday) {
        let p = c
            .get(Class::Part)
            .or(c.get(Class::Parts))
            .and_then(|p| PARTS.get(p as usize));
        let v = match p {
            Some(p) => format!("XXXX-WXX-{w}T{p}"),
            None => format!("XXXX-WXX-{w}"),
        };
        return plain(TimexType::Set, v);
    }
    // "each July", "every spring": that month or season of every year.
    if let Some(mo) = c.get(Class::Month) {
        return plain(TimexType::Set, format!("XXXX-{mo:02}"));
    }
    if let Some(s) = c.get(Class::Season) {
        let v = TimeValue::Season {
            y: None,
            s: s as u32,
        }
        .to_timeml();
        return plain(TimexType::Set, v);
    }
    // "every morning": that part of every day.
    if let Some(p) = c.get(Class::Part).and_then(|p| PARTS.get(p as usize)) {
        return plain(TimexType::Set, format!("XXXX-XX-XXT{p}"));
    }
    let u = c.get(Class::Unit).or(c.get(Class::Units))?;
    let n = c.get(Class::Num).filter(|&n| n > 0).unwrap_or(1);
    plain(TimexType::Set, unit_code(u, &n.to_string()))
}

/// "the three months to September", "the six months ended June": the quarter or half-year
/// a duration of `value` ("P3M", "P6M") ends with, when the words `between` it and the next
/// expression (`next`, a month with its year) are "to", "ended", "ending" or "through" and the
/// month closes one. A report on that period: it dates the event, and "a year earlier" is
/// the same period a year back.
pub(super) fn months_to(value: &str, between: &str, next: Option<TimeValue>) -> Option<TimeValue> {
    let ends = matches!(
        between.trim().to_ascii_lowercase().as_str(),
        "to" | "ended" | "ending" | "through"
    );
    let Some(TimeValue::Month { y: Some(y), m }) = next.filter(|_| ends) else {
        return None;
    };
    match value {
        "P3M" | "P1Q" if m % 3 == 0 => Some(TimeValue::Quarter {
            y: Some(y),
            q: m / 3,
        }),
        "P6M" if m % 6 == 0 => Some(TimeValue::Half {
            y: Some(y),
            h: m / 6,
        }),
        _ => None,
    }
}
