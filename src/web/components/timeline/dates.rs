//! TimeML values → positions on the timeline.
//!
//! Input: an event's normalised date ("2024-04-16", "2024-W16", "2023",
//! "2014/2016", "PAST_REF", ...) and the document date. Output: a [`Placed`]
//! span in days since 1970-01-01 (fractional days allowed), or `None` when
//! the value cannot be placed (a duration, "XXXX-04"). Also tick marks and
//! labels for the axis. Pure functions, no DOM.

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
    pub start: f64,
    pub end: f64,
    pub shape: Shape,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month 1-12, day 1-31).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn num(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn month_start(y: i64, m: i64) -> f64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    days_from_civil(y, m as u32, 1) as f64
}

/// A calendar value without ranges: "2024", "2024-04", "2024-04-16T10:00",
/// "2024-W16", "2024-Q2", "2024-H1", "2024-SU", "202" (decade), "20" (century).
fn calendar(v: &str) -> Option<(f64, f64, Shape)> {
    let v = v.trim();
    let (date, _time) = v.split_once('T').unwrap_or((v, ""));
    let mut parts = date.split('-');
    let ys = parts.next()?;
    let y = num(ys)?;
    let second = parts.next();
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let Some(p) = second else {
        return match ys.len() {
            2 => Some((
                month_start(y * 100, 1),
                month_start(y * 100 + 100, 1),
                Shape::Range,
            )),
            3 => Some((
                month_start(y * 10, 1),
                month_start(y * 10 + 10, 1),
                Shape::Range,
            )),
            4 => Some((month_start(y, 1), month_start(y + 1, 1), Shape::Range)),
            _ => None,
        };
    };
    if ys.len() != 4 {
        return None;
    }
    if let Some(w) = p.strip_prefix('W') {
        let w = num(w)?;
        if !(1..=53).contains(&w) || third.is_some() {
            return None;
        }
        // ISO week 1 holds 4 January; weeks start on Monday.
        let jan4 = days_from_civil(y, 1, 4);
        let weekday = (jan4 + 3).rem_euclid(7); // 0 = Monday
        let start = (jan4 - weekday + (w - 1) * 7) as f64;
        return Some((start, start + 7.0, Shape::Range));
    }
    let months = match p {
        "Q1" => Some((1, 4)),
        "Q2" => Some((4, 7)),
        "Q3" => Some((7, 10)),
        "Q4" => Some((10, 13)),
        "H1" => Some((1, 7)),
        "H2" => Some((7, 13)),
        "SP" => Some((3, 6)),
        "SU" => Some((6, 9)),
        "FA" | "AU" => Some((9, 12)),
        "WI" => Some((12, 15)),
        _ => None,
    };
    if let Some((a, b)) = months {
        return third
            .is_none()
            .then(|| (month_start(y, a), month_start(y, b), Shape::Range));
    }
    let m = num(p)?;
    if !(1..=12).contains(&m) || p.len() != 2 {
        return None;
    }
    let Some(ds) = third else {
        return Some((month_start(y, m), month_start(y, m + 1), Shape::Range));
    };
    let d = num(ds)?;
    if !(1..=31).contains(&d) || ds.len() != 2 {
        return None;
    }
    let start = days_from_civil(y, m as u32, d as u32) as f64;
    Some((start, start + 1.0, Shape::Point))
}

/// Place a TimeML value. `doc_date` (ISO) anchors PAST_REF, FUTURE_REF and PRESENT_REF.
pub fn place(value: &str, doc_date: Option<&str>) -> Option<Placed> {
    let anchor = || doc_date.and_then(calendar).map(|(s, _, _)| s);
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
    if let Some((a, b)) = value.split_once('/') {
        let (s, _, _) = calendar(a)?;
        let (_, e, _) = calendar(b)?;
        return (e > s).then_some(Placed {
            start: s,
            end: e,
            shape: Shape::Range,
        });
    }
    let (start, end, shape) = calendar(value)?;
    Some(Placed { start, end, shape })
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
    match value {
        "PAST_REF" => return "in the past".into(),
        "FUTURE_REF" => return "in the future".into(),
        "PRESENT_REF" => return "now".into(),
        _ => {}
    }
    if let Some((a, b)) = value.split_once('/') {
        return format!("{} – {}", readable(a), readable(b));
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
            if let Some(w) = rest.strip_prefix("-W").and_then(num) {
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
    if value.len() == 3 && calendar(value).is_some() {
        return format!("{value}0s");
    }
    match calendar(value) {
        Some((s, _, Shape::Point)) => {
            let (y, m, d) = civil_from_days(s as i64);
            format!("{d} {} {y}", month_name(m))
        }
        Some((s, _, _)) if value.len() == 7 && value.as_bytes().get(4) == Some(&b'-') => {
            let (y, m, _) = civil_from_days(s as i64);
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
    if span / 1.0 <= max_ticks {
        // Days.
        let mut d = start.floor();
        while d < end && out.len() < 500 {
            if d >= start {
                let (_, m, day) = civil_from_days(d as i64);
                out.push((d, format!("{day} {}", month_name(m))));
            }
            d += 1.0;
        }
        return out;
    }
    if span / 7.0 <= max_ticks {
        let mut d = start.floor();
        // Mondays.
        d -= (d as i64 + 3).rem_euclid(7) as f64;
        while d < end && out.len() < 500 {
            if d >= start {
                let (_, m, day) = civil_from_days(d as i64);
                out.push((d, format!("{day} {}", month_name(m))));
            }
            d += 7.0;
        }
        return out;
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
