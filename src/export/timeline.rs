//! Calendar dates from TimeML values, and the TimelineJS 3 export.
//!
//! Input: event dates as the engine writes them ("2024-04-16", "2024-04",
//! "2024", "2024-W16", "2024-Q2", "201" for the 2010s, "2014/2016" for a
//! range, "2024-04-16T10:30"). Vague values ("PAST_REF", "XXXX-04") have no
//! place on a calendar: [`parse_value`] returns `None` and the exports leave
//! those events out.

use super::{escape, words::vague_value, CharCursor, Document, ExportError};
use crate::engine::model::{Attribution, Event, Timex};
use crate::engine::time::calendar::{civil_from_days, days_from_civil};
use crate::engine::time::value::{range, Span, Unit};
use serde::Serialize;

/// A calendar point, as precise as the TimeML value was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DatePoint {
    /// Year (astronomical: 0 is 1 BC).
    pub year: i32,
    /// Month 1-12, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month 1-31, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// Hour 0-23, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<u8>,
    /// Minute 0-59, when known.
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
            i64::from(self.year),
            u32::from(self.month.unwrap_or(1)),
            u32::from(self.day.unwrap_or(1)),
        );
        let h =
            f64::from(self.hour.unwrap_or(0)) / 24.0 + f64::from(self.minute.unwrap_or(0)) / 1440.0;
        d as f64 + h
    }

    /// The point in words at its precision: "16 Apr 2024", "Apr 2024",
    /// "2024", "16 Apr 2024 10:30"; years before 1 AD as "44 BC".
    pub fn readable(&self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let year = if self.year <= 0 {
            format!("{} BC", 1 - i64::from(self.year))
        } else {
            self.year.to_string()
        };
        let month = self
            .month
            .and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1)));
        let mut s = match (month, self.day) {
            (Some(m), Some(d)) => format!("{d} {m} {year}"),
            (Some(m), None) => format!("{m} {year}"),
            _ => year,
        };
        if let (Some(h), Some(mi)) = (self.hour, self.minute) {
            s.push_str(&format!(" {h:02}:{mi:02}"));
        }
        s
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
    /// First point of the span.
    pub start: DatePoint,
    /// Set for ranges, weeks, quarters, decades.
    pub end: Option<DatePoint>,
}

/// A calendar point at `day`, as precise as `unit` was written: a day for
/// days and weeks, a month for months, quarters, halves and seasons, a year
/// for years, decades and centuries.
fn point_at(day: i64, unit: Unit) -> Option<DatePoint> {
    let d = civil_from_days(day);
    let year = i32::try_from(d.y).ok()?;
    let (month, dom) = (u8::try_from(d.m).ok()?, u8::try_from(d.d).ok()?);
    Some(match unit {
        Unit::Day | Unit::Week | Unit::Weekend => DatePoint::ymd(year, month, Some(dom)),
        Unit::Month | Unit::Quarter | Unit::Half | Unit::Season => {
            DatePoint::ymd(year, month, None)
        }
        Unit::Year | Unit::Decade | Unit::Century => DatePoint::year(year),
    })
}

/// The first point of a span, with its clock time.
fn first(s: Span) -> Option<DatePoint> {
    let mut p = point_at(s.start, s.unit)?;
    if let Some((h, m)) = s.time {
        p.hour = Some(h);
        p.minute = Some(m);
    }
    Some(p)
}

/// The last point of a span made of several points (a week's Sunday, a
/// quarter's third month, a decade's ninth year); `None` for a single point.
fn last(s: Span) -> Option<Option<DatePoint>> {
    if s.unit.is_point() {
        return Some(None);
    }
    point_at(s.last_day(), s.unit).map(Some)
}

/// Parse a TimeML value into calendar dates; `None` for vague values. The
/// reading itself is the engine's ([`crate::engine::time::value::range`]).
pub fn parse_value(v: &str) -> Option<DateSpan> {
    let (a, b) = range(v.trim())?;
    let start = first(a)?;
    let end = if v.contains('/') {
        Some(match last(b)? {
            Some(p) => p,
            None => first(b)?,
        })
    } else {
        last(a)?
    };
    Some(DateSpan { start, end })
}

/// Who states an event, in words: "Lars Holm said", "the ministry reported", "according to
/// port records". As the analysis has it (an imported file may hold anything): callers escape.
pub fn said(a: &Attribution) -> String {
    if a.cue.eq_ignore_ascii_case("according to") {
        format!("according to {}", a.source)
    } else {
        format!("{} {}", a.source, a.cue)
    }
}

/// How an event stands beside its date, in words, for the exports that draw
/// or list it: "planned" (not done yet), who states it ("Lars Holm said"), "before 20 Apr 2025" (its time
/// expression orders it rather than dates it: `timex_relation`). Empty for an
/// event done on its date. The relation is written as the analysis has it
/// (an imported file may hold anything): callers escape.
pub fn event_notes(ev: &Event, timex: &[Timex]) -> Vec<String> {
    let mut notes = Vec::new();
    if ev.planned {
        notes.push("planned".to_string());
    }
    if let Some(a) = &ev.attribution {
        notes.push(said(a));
    }
    if let Some(rel) = ev.timex_relation.as_deref() {
        let rel = rel.to_lowercase();
        let value = (timex.iter())
            .find(|t| ev.timex.as_ref() == Some(&t.id))
            .map(|t| t.value.as_str());
        notes.push(match value {
            Some(v) => {
                let when = parse_value(v).map(|s| s.start.readable());
                let when = when.or_else(|| vague_value(v)).unwrap_or_else(|| v.into());
                format!("{rel} {when}")
            }
            None => rel,
        });
    }
    notes
}

/// `label` followed by its [`event_notes`] in brackets: "Depot opens (planned)".
pub(crate) fn noted_label(ev: &Event, timex: &[Timex]) -> String {
    let notes = event_notes(ev, timex);
    if notes.is_empty() {
        return ev.label.clone();
    }
    format!("{} ({})", ev.label, notes.join("; "))
}

#[derive(Serialize)]
struct Tl {
    title: TlSlide,
    events: Vec<TlSlide>,
}

#[derive(Serialize)]
struct TlSlide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<DatePoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DatePoint>,
    text: TlText,
    /// The document's title, HTML-escaped (TimelineJS shows it as HTML).
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
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
/// out. `title` becomes the title slide. Headlines, texts and groups (the
/// document titles) are HTML-escaped (TimelineJS renders them as HTML; the news
/// text and imported ids are untrusted); `unique_id` is an [`escape::token`].
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
                    headline: escape::html(&noted_label(ev, &d.analysis.timex)),
                    text: escape::html(sentence),
                },
                group: (docs.len() > 1).then(|| escape::html(&d.title())),
                // TimelineJS makes it an element id and a URL fragment: a plain token.
                unique_id: Some(escape::token(&format!("{}-{}", d.analysis.id, ev.id))),
            });
        }
    }
    let tl = Tl {
        title: TlSlide {
            start_date: None,
            end_date: None,
            text: TlText {
                headline: escape::html(title),
                text: String::new(),
            },
            group: None,
            unique_id: None,
        },
        events,
    };
    Ok(serde_json::to_string_pretty(&tl)?)
}
