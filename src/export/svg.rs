//! A static SVG timeline of the dated events: one row per event, a dot (or a
//! bar for a range) placed on a shared time axis, the date in words and the
//! label beside it; the drawing widens to fit the longest label (760 to 1600
//! px), past which a label is cut (an ellipsis; the full text, with the
//! document's title, is the row's `<title>` tooltip).
//!
//! Input: documents; output: a standalone `<svg>` (usable as a `.svg` file or
//! inlined in the read-only HTML export). Every text is XML-escaped; colours
//! are explicit so the drawing reads the same on any page.

use super::decimal::fixed;
use super::timeline::{noted_label, parse_value};
use super::{escape, Document};
use std::fmt::Write;

/// Least width of the drawing, in px; it grows to fit the longest date and label, up to
/// [`MAX_WIDTH`], past which a label is cut.
const WIDTH: f64 = 760.0;
const MAX_WIDTH: f64 = 1600.0;
const LEFT: f64 = 20.0;
const AXIS_W: f64 = 420.0;
const ROW: f64 = 22.0;
const TOP: f64 = 34.0;
/// Average advance of a character at 12 px in a sans-serif face, in px:
/// a little wide, so a cut label never runs past the edge.
const CHAR_W: f64 = 6.8;

/// The SVG text of the timeline; a short notice when no event has a date.
pub fn timeline(docs: &[Document]) -> String {
    struct Row {
        start: f64,
        end: f64,
        date: String,
        /// The label, then "planned" or "before …" in brackets.
        label: String,
        doc: usize,
    }
    let titles: Vec<String> = docs.iter().map(Document::title).collect();
    let mut rows: Vec<Row> = Vec::new();
    for (doc, d) in docs.iter().enumerate() {
        for ev in &d.analysis.events {
            if let Some(span) = parse_value(&ev.date) {
                let start = span.start.days();
                let end = span.end.map_or(start, |e| e.days()).max(start);
                let date = match span.end {
                    Some(e) => format!("{} – {}", span.start.readable(), e.readable()),
                    None => span.start.readable(),
                };
                rows.push(Row {
                    start,
                    end,
                    date,
                    label: noted_label(ev, &d.analysis.timex),
                    doc,
                });
            }
        }
    }
    crate::sort::sort_by(&mut rows, |a, b| a.start.total_cmp(&b.start));
    let height = fixed(TOP + ROW * rows.len().max(1) as f64 + 10.0, 0);
    // Room for the longest "date label" right of the axis (a PNG made from the drawing keeps
    // whole labels, not "Blink…").
    let longest = rows
        .iter()
        .map(|r| r.date.chars().count() + 1 + r.label.chars().count())
        .max()
        .unwrap_or(0);
    let w = (LEFT + AXIS_W + 18.0 + longest as f64 * CHAR_W).clamp(WIDTH, MAX_WIDTH);
    let width = fixed(w, 0);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="annalist-timeline" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="Timeline" font-family="system-ui, sans-serif" font-size="12"><rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let (Some(first), Some(last)) = (
        rows.first().map(|r| r.start),
        rows.iter().map(|r| r.end).max_by(f64::total_cmp),
    ) else {
        s.push_str(r##"<text x="20" y="30" fill="#333333">No dated events.</text></svg>"##);
        return s;
    };
    let span = (last - first).max(1.0);
    let x = |days: f64| LEFT + (days - first) / span * AXIS_W;
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="{y}" x2="{x2}" y2="{y}" stroke="#888888"/><text x="{LEFT}" y="14" fill="#333333">{a}</text><text x="{x2}" y="14" fill="#333333" text-anchor="end">{b}</text>"##,
        y = TOP - 8.0,
        x2 = LEFT + AXIS_W,
        a = escape::html(&rows.first().map(|r| r.date.clone()).unwrap_or_default()),
        b = escape::html(&rows.last().map(|r| r.date.clone()).unwrap_or_default()),
    );
    for (i, r) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64 + ROW / 2.0;
        let (x1, x2) = (x(r.start), x(r.end));
        if x2 - x1 >= 2.0 {
            let _ = write!(
                s,
                r##"<rect x="{}" y="{}" width="{}" height="8" rx="4" fill="#3465a4"/>"##,
                fixed(x1, 1),
                fixed(y - 4.0, 1),
                fixed(x2 - x1, 1)
            );
        } else {
            let _ = write!(
                s,
                r##"<circle cx="{}" cy="{}" r="5" fill="#3465a4"/>"##,
                fixed(x1, 1),
                fixed(y, 1)
            );
        }
        // Date and label cut to the room right of the axis; the whole text
        // (and the document when there are several) in the tooltip.
        let room = ((w - LEFT - AXIS_W - 12.0 - 6.0) / CHAR_W) as usize;
        let label_room = room.saturating_sub(r.date.chars().count() + 1);
        let shown = fit(&r.label, label_room);
        let mut full = format!("{}: {}", r.date, r.label);
        if docs.len() > 1 {
            if let Some(t) = titles.get(r.doc) {
                full.push_str(&format!(" ({t})"));
            }
        }
        let _ = write!(
            s,
            r##"<g><title>{}</title><text x="{}" y="{}" fill="#222222"><tspan font-weight="bold">{}</tspan> {}</text></g>"##,
            escape::html(&full),
            fixed(LEFT + AXIS_W + 12.0, 1),
            fixed(y + 4.0, 1),
            escape::html(&r.date),
            escape::html(&shown)
        );
    }
    s.push_str("</svg>");
    s
}

/// `text` cut to at most `room` characters, ending in "…" when cut.
fn fit(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let cut: String = text.chars().take(room.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
