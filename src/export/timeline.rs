//! Calendar dates from TimeML values, and the TimelineJS 3 export.
//!
//! Input: event dates as the engine writes them ("2024-04-16", "2024-04",
//! "2024", "2024-W16", "2024-Q2", "201" for the 2010s, "2014/2016" for a
//! range, "2024-04-16T10:30"). Vague values ("PAST_REF", "XXXX-04") have no
//! place on a calendar: [`parse_value`] returns `None` and the exports leave
//! those events out.

use super::{html::escape, CharCursor, Document, ExportError};
use serde::Serialize;

/// A calendar point, as precise as the TimeML value was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DatePoint {
    pub year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<u8>,
}

impl DatePoint {
    fn year(year: i32) -> Self {
        DatePoint {
            year,
            month: None,
            day: None,
            hour: None,
            minute: None,
        }
    }

    fn ymd(year: i32, month: u8, day: Option<u8>) -> Self {
        DatePoint {
            month: Some(month),
            day,
            ..DatePoint::year(year)
        }
    }

    /// Days since 1970-01-01 of the point's start (fractional with a time).
    pub fn days(&self) -> f64 {
        let d = days_from_civil(
            self.year,
            u32::from(self.month.unwrap_or(1)),
            u32::from(self.day.unwrap_or(1)),
        );
        let h =
            f64::from(self.hour.unwrap_or(0)) / 24.0 + f64::from(self.minute.unwrap_or(0)) / 1440.0;
        d as f64 + h
    }

    /// ISO-like text at the point's precision: "2024", "2024-04", "2024-04-16".
    pub fn label(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// A date or a range of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub start: DatePoint,
    /// Set for ranges, weeks, quarters, decades.
    pub end: Option<DatePoint>,
}

impl DateSpan {
    fn point(p: DatePoint) -> Self {
        DateSpan {
            start: p,
            end: None,
        }
    }
}

/// Parse a TimeML value into calendar dates; `None` for vague values.
pub fn parse_value(v: &str) -> Option<DateSpan> {
    let v = v.trim();
    if let Some((a, b)) = v.split_once('/') {
        let a = parse_value(a)?;
        let b = parse_value(b)?;
        return Some(DateSpan {
            start: a.start,
            end: Some(b.end.unwrap_or(b.start)),
        });
    }
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let mut parts = date.split('-');
    let head = parts.next()?;
    let second = parts.next();
    let third = parts.next();
    if parts.next().is_some() || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = head.parse().ok()?;
    if second.is_none() {
        return match head.len() {
            4 => Some(DateSpan::point(DatePoint::year(n))),
            // "201" = the 2010s, "19" = the 1900s.
            3 => Some(DateSpan {
                start: DatePoint::year(n * 10),
                end: Some(DatePoint::year(n * 10 + 9)),
            }),
            2 => Some(DateSpan {
                start: DatePoint::year(n * 100),
                end: Some(DatePoint::year(n * 100 + 99)),
            }),
            _ => None,
        };
    }
    if head.len() != 4 {
        return None;
    }
    let second = second?;
    let month_range = |a: u8, b: u8| {
        Some(DateSpan {
            start: DatePoint::ymd(n, a, None),
            end: Some(DatePoint::ymd(n, b, None)),
        })
    };
    match second {
        "Q1" => return month_range(1, 3),
        "Q2" => return month_range(4, 6),
        "Q3" => return month_range(7, 9),
        "Q4" => return month_range(10, 12),
        "H1" => return month_range(1, 6),
        "H2" => return month_range(7, 12),
        "SP" => return month_range(3, 5),
        "SU" => return month_range(6, 8),
        "FA" => return month_range(9, 11),
        "WI" => return month_range(12, 12),
        _ => {}
    }
    if let Some(w) = second.strip_prefix('W') {
        let w: u32 = w.parse().ok().filter(|w| (1..=53).contains(w))?;
        let monday = iso_week_monday(n, w);
        return Some(DateSpan {
            start: from_days(monday),
            end: Some(from_days(monday + 6)),
        });
    }
    if second.len() != 2 {
        return None;
    }
    let month: u8 = second.parse().ok().filter(|m| (1..=12).contains(m))?;
    let Some(third) = third else {
        return Some(DateSpan::point(DatePoint::ymd(n, month, None)));
    };
    if third.len() != 2 {
        return None;
    }
    let day: u8 = third
        .parse()
        .ok()
        .filter(|d| *d >= 1 && u32::from(*d) <= days_in_month(n, u32::from(month)))?;
    let mut p = DatePoint::ymd(n, month, Some(day));
    // "T10:30", "T10:30:00"; parts of day ("TMO", "TEV") keep the date only.
    if let Some(t) = time {
        let mut hm = t.split(':');
        let h = hm
            .next()
            .and_then(|h| h.parse::<u8>().ok())
            .filter(|h| *h < 24);
        let m = hm
            .next()
            .and_then(|m| m.get(..2)?.parse::<u8>().ok())
            .filter(|m| *m < 60);
        if let (Some(h), Some(m)) = (h, m) {
            p.hour = Some(h);
            p.minute = Some(m);
        }
    }
    Some(DateSpan::point(p))
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_days(z: i64) -> DatePoint {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    DatePoint::ymd(
        i32::try_from(y).unwrap_or(i32::MAX),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).ok(),
    )
}

/// Monday of ISO week `w` of year `y` (week 1 holds January 4th).
fn iso_week_monday(y: i32, w: u32) -> i64 {
    let jan4 = days_from_civil(y, 1, 4);
    // 1970-01-01 was a Thursday: weekday 3 with Monday = 0.
    let weekday = (jan4 + 3).rem_euclid(7);
    jan4 - weekday + 7 * (i64::from(w) - 1)
}

#[derive(Serialize)]
struct Tl<'a> {
    title: TlSlide<'a>,
    events: Vec<TlSlide<'a>>,
}

#[derive(Serialize)]
struct TlSlide<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<DatePoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DatePoint>,
    text: TlText,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

/// TimelineJS renders these as HTML: both are escaped here.
#[derive(Serialize)]
struct TlText {
    headline: String,
    text: String,
}

/// TimelineJS 3 JSON of every dated event; events with vague dates are left
/// out. `title` becomes the title slide. Headlines and texts are HTML-escaped
/// (TimelineJS renders them as HTML; the news text is untrusted).
pub fn timelinejs(docs: &[Document], title: &str) -> Result<String, ExportError> {
    let mut events = Vec::new();
    for d in docs {
        let mut cursor = CharCursor::new(&d.input.text);
        for ev in &d.analysis.events {
            let Some(span) = parse_value(&ev.date) else {
                continue;
            };
            let sentence = cursor.slice(ev.sentence[0], ev.sentence[1]).trim();
            events.push(TlSlide {
                start_date: Some(span.start),
                end_date: span.end,
                text: TlText {
                    headline: escape(&ev.label),
                    text: escape(sentence),
                },
                group: (docs.len() > 1).then_some(d.analysis.id.as_str()),
                unique_id: Some(format!("{}-{}", d.analysis.id, ev.id)),
            });
        }
    }
    let tl = Tl {
        title: TlSlide {
            start_date: None,
            end_date: None,
            text: TlText {
                headline: escape(title),
                text: String::new(),
            },
            group: None,
            unique_id: None,
        },
        events,
    };
    serde_json::to_string_pretty(&tl).map_err(|e| ExportError::Serialize(e.to_string()))
}
