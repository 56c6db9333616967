//! One event or cluster of the chart as SVG: dots, bars, dashed arrows for
//! relative dates, numbered clusters that zoom in, and the "No date" lane's
//! chips. Labels are cut to the room there is; the full text is the mark's
//! `aria-label`, which the chart shows as its one tooltip (`handlers`).

use yew::prelude::*;

use super::dates::{self, Shape};
use super::layout::{self, ev_key, Item, Mark};
use super::props::TimelineDoc;

/// Narrowest range drawn as a bar (px); a narrower one is a dot. The layout
/// clusters such a range as a point (`layout::marks`, `min_gap`), and a pill
/// a few pixels wide read as a "0" beside the numbered discs (trial 13: the
/// months of an article, at a decade's zoom).
pub(super) const MIN_BAR: f64 = 14.0;

pub(super) fn fmt(x: f64) -> String {
    crate::export::decimal::fixed(x, 1)
}

/// Width of a character of an event's label at 11 px (px): a little wide, so a cut label
/// ends before the next one.
pub(super) const CHAR_W: f64 = 6.5;

/// Where the label of mark `m` would start (a bar's start, a dot's left edge) and how many
/// characters it has (0: a cluster, which has none).
pub(super) fn label_want(m: &Mark, items: &[Item], docs: &[TimelineDoc]) -> (f64, usize) {
    let Mark::Single { item, x0, x1 } = m else {
        return (0.0, 0);
    };
    let Some(it) = items.get(*item) else {
        return (0.0, 0);
    };
    let chars = (docs.get(it.doc))
        .and_then(|d| d.analysis.events.get(it.event))
        .map_or(0, |e| e.label.chars().count());
    let bar = it.shape == Shape::Range && x1 - x0 > MIN_BAR;
    let at = if bar { x0 + 2.0 } else { (x0 + x1) / 2.0 - 6.0 };
    (at.max(2.0), chars)
}

/// One event or cluster in the SVG. Marks carry no listeners of their own:
/// an event names itself in `data-ev` ([`ev_key`]) and a cluster its zoom
/// window in `data-zoom` ([`zoom_key`]); the chart's one click and keydown
/// handler reads them (issue 17.3: no listener or closure per mark to create,
/// diff and drop on every redraw).
///
/// `words` is where its label goes, from `state::chart::place_labels`: (x, row, width), row 0
/// above the marks' line and row 1 under it; `None`: not drawn (its name, the full text, is
/// the chart's tooltip over it).
pub(super) fn draw_mark(
    m: &Mark,
    items: &[Item],
    cy: f64,
    docs: &[TimelineDoc],
    words: Option<(f64, u8, f64)>,
) -> Html {
    match m {
        Mark::Single { item, x0, x1 } => {
            let Some(it) = items.get(*item) else {
                return Html::default();
            };
            let Some((doc_id, ev)) = docs
                .get(it.doc)
                .and_then(|d| Some((d.id.clone(), d.analysis.events.get(it.event)?)))
            else {
                return Html::default();
            };
            let x = (x0 + x1) / 2.0;
            let shape = match it.shape {
                Shape::Range if x1 - x0 > MIN_BAR => html! {
                    <rect class="bar" x={fmt(*x0)} y={fmt(cy - 6.0)} width={fmt(x1 - x0)} height="12" rx="4" />
                },
                Shape::Past => html! {
                    <>
                        <path class="vague-line" d={format!("M{} {} H{}", fmt(x), fmt(cy), fmt(x - 36.0))} />
                        <path class="vague-head" d={format!("M{} {} l7 -5 v10 z", fmt(x - 40.0), fmt(cy))} />
                        <circle class="vague" cx={fmt(x)} cy={fmt(cy)} r="5" />
                    </>
                },
                Shape::Future => html! {
                    <>
                        <path class="vague-line" d={format!("M{} {} H{}", fmt(x), fmt(cy), fmt(x + 36.0))} />
                        <path class="vague-head" d={format!("M{} {} l-7 -5 v10 z", fmt(x + 40.0), fmt(cy))} />
                        <circle class="vague" cx={fmt(x)} cy={fmt(cy)} r="5" />
                    </>
                },
                Shape::Present => html! { <circle class="vague" cx={fmt(x)} cy={fmt(cy)} r="6" /> },
                _ => html! { <circle class="dot" cx={fmt(x)} cy={fmt(cy)} r="6" /> },
            };
            let label = format!(
                "{}: {}{}{}",
                dates::readable(&ev.date),
                ev.label,
                if ev.planned { " (planned)" } else { "" },
                ev.attribution
                    .as_ref()
                    .map(|a| format!(" ({})", crate::export::timeline::said(a)))
                    .unwrap_or_default()
            );
            // The event's own words above or under its mark, cut to the room there is.
            let text = words.map(|(at, row, width)| {
                let y = if row == 0 { cy - 10.0 } else { cy + 16.0 };
                (at, y, cut(&ev.label, (width / CHAR_W) as usize))
            });
            // The drawn words sit beside the button, not in it: cut to fit,
            // they would not match its name (the full text).
            html! {
                <>
                    <g class={classes!("event", it.shape.is_vague().then_some("is-vague"), ev.planned.then_some("planned"))}
                        role="button" tabindex="0" aria-label={label} data-date={ev.date.clone()}
                        data-doc={doc_id} data-who={ev.participants.join(" ")}
                        data-ev={ev_key(it.doc, it.event)}>
                        {shape}
                    </g>
                    if let Some((x, y, t)) = text {
                        <text class="ev-text" aria-hidden="true" x={fmt(x)} y={fmt(y)}>{t}</text>
                    }
                </>
            }
        }
        Mark::Cluster {
            items: members,
            x,
            start,
            end,
        } => {
            let (s, e) = (*start, *end);
            let pad = ((e - s) * 0.2).max(1.0);
            let n = members.len();
            // The count is held to COUNT_DIGIT px a digit whatever the font and its
            // size (a larger text setting made "42" and "137" spill out of their
            // discs); the disc is sized for that: 11 px up to two digits, 14 for
            // three characters, the most `cluster_count` writes (the room the
            // layout keeps: four digits touched the next disc).
            let count = layout::cluster_count(n);
            let digits = count.len() as f64;
            let r = (digits * COUNT_DIGIT / 2.0 + 3.5).max(11.0);
            let fit = (n >= 10).then(|| fmt(digits * COUNT_DIGIT));
            let label = format!(
                "{n} events from {} to {}: zoom in",
                dates::readable(&day_value(s)),
                dates::readable(&day_value(e - 1.0))
            );
            html! {
                <g class="cluster" role="button" tabindex="0" aria-label={label}
                    data-zoom={zoom_key(s - pad, e + pad)}>
                    <circle cx={fmt(*x)} cy={fmt(cy)} r={fmt(r)} />
                    <text x={fmt(*x)} y={fmt(cy + 4.0)} text-anchor="middle" textLength={fit}
                        lengthAdjust={(n >= 10).then_some("spacingAndGlyphs")}>{count}</text>
                </g>
            }
        }
    }
}

/// Widest a digit of a cluster's count is drawn (px): about a bold 11 px digit.
const COUNT_DIGIT: f64 = 7.0;

/// `data-zoom` of a cluster: the window (days) a click zooms to, "start end", each the
/// f64's bits in hex, which read back exactly: no float formatting or parsing, whose
/// code and tables (core's Grisu/Dragon and `dec2flt`, its 20 KB power-of-five table)
/// nothing else in the page needs.
fn zoom_key(start: f64, end: f64) -> String {
    format!("{:x} {:x}", start.to_bits(), end.to_bits())
}

/// The (start, end) window in a `data-zoom` value.
pub(super) fn parse_zoom_key(key: &str) -> Option<(f64, f64)> {
    let (s, e) = key.split_once(' ')?;
    let f = |h: &str| u64::from_str_radix(h, 16).ok().map(f64::from_bits);
    Some((f(s)?, f(e)?))
}

/// ISO date of a day number.
fn day_value(d: f64) -> String {
    let (y, m, day) = dates::civil_from_days(d.floor() as i64);
    format!("{y:04}-{m:02}-{day:02}")
}

/// `text` cut to at most `fits` characters, ending in "…" when cut.
fn cut(text: &str, fits: usize) -> String {
    if text.chars().count() <= fits {
        return text.to_string();
    }
    let kept: String = text.chars().take(fits.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The events with no place on the axis, (document, event index), as chips
/// from left to right along `cy` (not by time): a hollow square and the
/// label, each a button that shows its sentence; what does not fit in
/// `width` is counted ("+3 more, listed below").
pub(super) fn undated_chips(
    unplaced: &[(usize, usize)],
    docs: &[TimelineDoc],
    cy: f64,
    width: f64,
) -> Html {
    let mut x = 8.0;
    let mut drawn = 0;
    let mut chips = Vec::new();
    for &(doc, i) in unplaced {
        let Some(ev) = docs.get(doc).and_then(|d| d.analysis.events.get(i)) else {
            continue;
        };
        let text = cut(&ev.label, 28);
        let room = 18.0 + text.chars().count() as f64 * 6.5;
        if drawn > 0 && x + room > width - 120.0 {
            break;
        }
        let label = format!("{}: {}", dates::readable(&ev.date), ev.label);
        chips.push(html! {
            <g class="event is-undated" role="button" tabindex="0" aria-label={label}
                data-date={ev.date.clone()} data-ev={ev_key(doc, i)}>
                <rect class="undated-box" x={fmt(x)} y={fmt(cy - 5.0)} width="10" height="10" rx="2" />
                // The label's area, so a click on the words hits the button.
                <rect class="hit" x={fmt(x)} y={fmt(cy - 9.0)} width={fmt(room)} height="18" />
            </g>
        });
        chips.push(html! {
            <text class="ev-text" aria-hidden="true" x={fmt(x + 14.0)} y={fmt(cy + 4.0)}>{text}</text>
        });
        x += room + 10.0;
        drawn += 1;
    }
    let more = unplaced.len() - drawn;
    html! {
        <>
            { for chips }
            if more > 0 {
                <text class="undated-more" x={fmt(x)} y={fmt(cy + 4.0)}>{format!("+{more} more, listed below")}</text>
            }
        </>
    }
}
