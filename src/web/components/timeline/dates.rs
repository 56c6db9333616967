//! TimeML values → positions on the timeline.
//!
//! Input: an event's normalised date ("2024-04-16", "2024-W16", "2023",
//! "2014/2016", "PAST_REF", ...) and the document date. Output: a [`Placed`]
//! span in days since 1970-01-01 (fractional days allowed), or `None` when
//! the value cannot be placed (a duration, "XXXX-04"). Also tick marks and
//! labels for the axis. Pure functions, no DOM. Calendar arithmetic and the
//! reading of values are the engine's (`engine::time::calendar`,
//! `engine::time::value`); this module only turns them into drawing shapes.

/// How an event is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A day (or finer): a dot.
    Point,
    /// A month, year, week or explicit range: a bar.
    Range,
    /// Some time before the document date (PAST_REF): a dashed arrow to the left.
    Past,
    /// Some time after the document date (FUTURE_REF).
    Future,
    /// "now", "currently" (PRESENT_REF): a hollow dot at the document date.
    Present,
}

impl Shape {
    /// Vague or relative: not a calendar date.
    pub fn is_vague(self) -> bool {
        matches!(self, Shape::Past | Shape::Future | Shape::Present)
    }
}

/// A span on the time axis, in days since 1970-01-01, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// First day, days since 1970-01-01.
    pub start: f64,
    /// Day after the last, days since 1970-01-01.
    pub end: f64,
    /// How it is drawn.
    pub shape: Shape,
}

pub use crate::engine::time::calendar::days_from_civil;
use crate::engine::time::calendar::weekday_of_days;
use crate::engine::time::value::{range, span, Unit};

/// The inverse of [`days_from_civil`]: (year, month 1-12, day 1-31).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let d = crate::engine::time::calendar::civil_from_days(z);
    (d.y, d.m, d.d)
}

fn month_start(y: i64, m: i64) -> f64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    days_from_civil(y, m as u32, 1) as f64
}

fn shape(unit: Unit) -> Shape {
    if unit == Unit::Day {
        Shape::Point
    } else {
        Shape::Range
    }
}

/// Place a TimeML value. `doc_date` (ISO) anchors PAST_REF, FUTURE_REF and PRESENT_REF.
pub fn place(value: &str, doc_date: Option<&str>) -> Option<Placed> {
    let anchor = || doc_date.and_then(span).map(|s| s.start as f64);
    let vague = |shape| {
        anchor().map(|s| Placed {
            start: s,
            end: s + 1.0,
            shape,
        })
    };
    match value {
        "PAST_REF" => return vague(Shape::Past),
        "FUTURE_REF" => return vague(Shape::Future),
        "PRESENT_REF" => return vague(Shape::Present),
        _ => {}
    }
    let (a, b) = range(value)?;
    Some(Placed {
        start: a.start as f64,
        end: b.end as f64,
        shape: if value.contains('/') {
            Shape::Range
        } else {
            shape(a.unit)
        },
    })
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A readable form of a TimeML value for the event list: "16 Apr 2024",
/// "Apr 2024", "2024", "some time before", ...
pub fn readable(value: &str) -> String {
    if let Some(words) = crate::web::state::words::vague_value(value) {
        return words;
    }
    if let Some((a, b)) = value.split_once('/') {
        return format!("{} – {}", readable(a), readable(b));
    }
    // "2024-11-04TAF": the day, then the time in words ("4 November 2024, afternoon").
    if let Some((day, time)) = crate::export::words::day_and_time(value) {
        return format!("{}, {time}", readable(day));
    }
    if let (Some(y), Some(rest)) = (value.get(..4), value.get(4..)) {
        if y.bytes().all(|b| b.is_ascii_digit()) {
            let season = match rest {
                "-SP" => Some("spring"),
                "-SU" => Some("summer"),
                "-FA" | "-AU" => Some("autumn"),
                "-WI" => Some("winter"),
                _ => None,
            };
            if let Some(season) = season {
                return format!("{season} {y}");
            }
            if let Some(w) = rest
                .strip_prefix("-W")
                .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|w| w.parse::<u32>().ok())
            {
                return format!("week {w}, {y}");
            }
            if let Some(q) = rest.strip_prefix("-Q").filter(|q| q.len() == 1) {
                return format!("Q{q} {y}");
            }
            if let Some(h) = rest.strip_prefix("-H").filter(|h| h.len() == 1) {
                return format!("H{h} {y}");
            }
        }
    }
    if value.len() == 3 && span(value).is_some() {
        return format!("{value}0s");
    }
    match span(value) {
        Some(s) if s.unit == Unit::Day => {
            let (y, m, d) = civil_from_days(s.start);
            format!("{d} {} {y}", month_name(m))
        }
        Some(s) if value.len() == 7 && value.as_bytes().get(4) == Some(&b'-') => {
            let (y, m, _) = civil_from_days(s.start);
            match value.get(5..6) {
                Some(c) if c.bytes().all(|b| b.is_ascii_digit()) => {
                    format!("{} {y}", month_name(m))
                }
                _ => value.to_string(),
            }
        }
        _ => value.to_string(),
    }
}

/// Axis ticks for the window `[start, end)` days, about `max_ticks` of them:
/// (position in days, label).
pub fn ticks(start: f64, end: f64, max_ticks: usize) -> Vec<(f64, String)> {
    let span = (end - start).max(1e-6);
    let max_ticks = max_ticks.max(2) as f64;
    let mut out = Vec::new();
    if !(start.is_finite() && end.is_finite()) {
        return out;
    }
    // Every day, or every Monday.
    for step in [1i64, 7] {
        if span / step as f64 <= max_ticks {
            let mut d = start.floor();
            if step == 7 {
                d -= f64::from(weekday_of_days(d as i64) - 1);
            }
            while d < end && out.len() < 500 {
                if d >= start {
                    let (_, m, day) = civil_from_days(d as i64);
                    out.push((d, format!("{day} {}", month_name(m))));
                }
                d += step as f64;
            }
            return out;
        }
    }
    let months_span = span / 30.44;
    for step in [1i64, 3, 6] {
        if months_span / step as f64 <= max_ticks {
            let (y, m, _) = civil_from_days(start.floor() as i64);
            let mut mi = y * 12 + i64::from(m) - 1;
            mi -= mi.rem_euclid(step);
            loop {
                let t = month_start(mi.div_euclid(12), mi.rem_euclid(12) + 1);
                if t >= end || out.len() >= 500 {
                    break;
                }
                if t >= start {
                    let m = (mi.rem_euclid(12) + 1) as u32;
                    let label = if m == 1 {
                        format!("{}", mi.div_euclid(12))
                    } else {
                        format!("{} {}", month_name(m), mi.div_euclid(12))
                    };
                    out.push((t, label));
                }
                mi += step;
            }
            return out;
        }
    }
    let years_span = span / 365.25;
    let mut step = 1i64;
    for s in [1i64, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
        step = s;
        if years_span / s as f64 <= max_ticks {
            break;
        }
    }
    let (y0, _, _) = civil_from_days(start.floor() as i64);
    let mut y = y0 - y0.rem_euclid(step);
    loop {
        let t = month_start(y, 1);
        if t >= end || out.len() >= 500 {
            break;
        }
        if t >= start {
            out.push((t, y.to_string()));
        }
        y += step;
    }
    out
}
