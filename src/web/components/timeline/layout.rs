//! Timeline layout: events of every document → placed items → what to draw
//! in the visible window (clusters where dense).
//!
//! Input: analyses and the visible window (days). Output: [`Item`]s (one per
//! placeable event) and, per window, [`Mark`]s: single events or clusters.
//! Only items inside the window are visited, so drawing stays cheap for
//! thousands of events.

use std::rc::Rc;

use super::dates::{place, Placed, Shape};
use crate::engine::model::Analysis;

/// One event placed on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index of the document.
    pub doc: usize,
    /// Lane it is drawn in (the document, or an entity: see [`by_entity`]).
    pub lane: usize,
    /// Index of the event in its analysis.
    pub event: usize,
    /// First day, days since 1970-01-01.
    pub start: f64,
    /// Day after the last, days since 1970-01-01.
    pub end: f64,
    /// How it is drawn.
    pub shape: Shape,
}

/// `data-ev` of an event's mark or row: "document index/event index".
pub fn ev_key(doc: usize, event: usize) -> String {
    format!("{doc}/{event}")
}

/// The (document index, event index) in a `data-ev` value.
pub fn parse_ev_key(key: &str) -> Option<(usize, usize)> {
    let (d, e) = key.split_once('/')?;
    Some((d.parse().ok()?, e.parse().ok()?))
}

/// Where each event of `a` goes on the axis (`None`: nowhere), by event
/// index. Computed once per analysis by the timeline (issue 17.3: reading
/// 5,000 events' dates again was most of each redraw of a large workspace).
pub fn placements(a: &Analysis) -> Vec<Option<Placed>> {
    (a.events.iter())
        .map(|ev| place(&ev.date, a.date.as_deref()))
        .collect()
}

/// Places the events of `docs` (lane = position in the slice), keeping
/// those `keep(lane, event index)` accepts. Unplaceable events are left out
/// (the event list still shows them). Sorted by start.
pub fn items(docs: &[&Analysis], keep: impl Fn(usize, usize) -> bool) -> Vec<Item> {
    items_placed(&placed_all(docs), keep)
}

/// [`placements`] of each of `docs`.
fn placed_all(docs: &[&Analysis]) -> Vec<Rc<[Option<Placed>]>> {
    docs.iter().map(|a| placements(a).into()).collect()
}

/// [`items`] from the documents' [`placements`].
pub fn items_placed(
    placed: &[Rc<[Option<Placed>]>],
    keep: impl Fn(usize, usize) -> bool,
) -> Vec<Item> {
    let mut out = Vec::new();
    for (lane, ps) in placed.iter().enumerate() {
        for (i, p) in ps.iter().enumerate() {
            let Some(p) = p else { continue };
            if keep(lane, i) {
                out.push(Item {
                    doc: lane,
                    lane,
                    event: i,
                    start: p.start,
                    end: p.end,
                    shape: p.shape,
                });
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.start.total_cmp(&b.start));
    out
}

/// The events of `docs` that `keep(lane, event index)` accepts but that have
/// no place on the axis (a duration, "XXXX-04", a relative date in a
/// document without a date), as (document, event index) in document order.
pub fn unplaced(docs: &[&Analysis], keep: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize)> {
    unplaced_placed(&placed_all(docs), keep)
}

/// [`unplaced`] from the documents' [`placements`].
pub fn unplaced_placed(
    placed: &[Rc<[Option<Placed>]>],
    keep: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (lane, ps) in placed.iter().enumerate() {
        for (i, p) in ps.iter().enumerate() {
            if p.is_none() && keep(lane, i) {
                out.push((lane, i));
            }
        }
    }
    out
}

/// Moves the events with a relative date (before, at or after the
/// document's date: [`Shape::is_vague`]) into lane `lane` of their own, so
/// they never pass for dated events of their document. True when any moved.
pub fn relative_lane(items: &mut [Item], lane: usize) -> bool {
    let mut any = false;
    for it in items.iter_mut().filter(|it| it.shape.is_vague()) {
        it.lane = lane;
        any = true;
    }
    any
}

/// Re-lanes `items` by entity: one lane for each of the `max` entities
/// taking part in most events (entities of different documents with the same
/// name and type share a lane), and a last lane "Other events" when some
/// events have none of them. An event with several of these entities is
/// drawn in each of their lanes. Returns the items and the lane names.
pub fn by_entity(items: &[Item], docs: &[&Analysis], max: usize) -> (Vec<Item>, Vec<String>) {
    use std::collections::HashMap;
    // Entity key (name, label) of each participant of an event.
    let keys = |it: &Item| -> Vec<(String, &'static str)> {
        let Some(a) = docs.get(it.doc) else {
            return Vec::new();
        };
        let Some(ev) = a.events.get(it.event) else {
            return Vec::new();
        };
        let mut ks: Vec<(String, &'static str)> = ev
            .participants
            .iter()
            .filter_map(|id| a.entity_list.iter().find(|e| &e.id == id))
            .map(|e| (e.name.clone(), e.label.as_str()))
            .collect();
        crate::sort::sort(&mut ks);
        ks.dedup();
        ks
    };
    let per_item: Vec<Vec<(String, &'static str)>> = items.iter().map(keys).collect();
    let mut counts: HashMap<&(String, &'static str), usize> = HashMap::new();
    for ks in &per_item {
        for k in ks {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&(String, &'static str), usize)> = counts.into_iter().collect();
    crate::sort::sort_by(&mut ranked, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.truncate(max);
    let lane_of: HashMap<&(String, &'static str), usize> = ranked
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (*k, i))
        .collect();
    let mut names: Vec<String> = ranked.iter().map(|(k, _)| k.0.clone()).collect();
    let other = names.len();
    let mut out = Vec::new();
    let mut any_other = false;
    for (it, ks) in items.iter().zip(&per_item) {
        let mut placed = false;
        for k in ks {
            if let Some(&lane) = lane_of.get(k) {
                out.push(Item { lane, ..it.clone() });
                placed = true;
            }
        }
        if !placed {
            any_other = true;
            out.push(Item {
                lane: other,
                ..it.clone()
            });
        }
    }
    if any_other {
        names.push("Other events".into());
    }
    crate::sort::sort_by(&mut out, |a, b| a.start.total_cmp(&b.start));
    (out, names)
}

/// The span covering all items (those of document `doc` when given), padded
/// so nothing sits on the edge; a month around today's epoch-relative 0 when empty.
pub fn extent(items: &[Item], doc: Option<usize>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for it in items.iter().filter(|it| doc.is_none_or(|d| d == it.doc)) {
        let (s, e) = match it.shape {
            Shape::Past => (it.start - 30.0, it.end),
            Shape::Future => (it.start, it.end + 30.0),
            _ => (it.start, it.end),
        };
        lo = lo.min(s);
        hi = hi.max(e);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 30.0);
    }
    let span = (hi - lo).max(14.0);
    let pad = span * 0.06;
    let mid = (lo + hi) / 2.0;
    (mid - span / 2.0 - pad, mid + span / 2.0 + pad)
}

/// The time (days) the zoom buttons and keys zoom around: the middle of
/// `chosen` (the event last clicked, as (document, event)) when it starts in
/// `[start, end)`, else that of the median item starting there (an event's
/// time, never an empty stretch between two groups), kept in the window;
/// with none, the window's middle. `items` sorted by start.
pub fn zoom_centre(items: &[Item], chosen: Option<(usize, usize)>, start: f64, end: f64) -> f64 {
    let from = items.partition_point(|it| it.start < start);
    let to = items.partition_point(|it| it.start < end);
    let shown = items.get(from..to).unwrap_or_default();
    let pick = (shown.iter())
        .find(|it| chosen == Some((it.doc, it.event)))
        .or(shown.get(shown.len().saturating_sub(1) / 2));
    pick.map_or((start + end) / 2.0, |it| {
        ((it.start + it.end) / 2.0).max(start).min(end)
    })
}

/// Extra room (pixels) a cluster's numbered disc needs over a dot: a point joins the cluster
/// before it when closer than `min_gap` + this, so neighbouring discs (up to three digits,
/// drawn by `draw`) never overlap and their counts stay readable (issue 17.3).
pub const CLUSTER_ROOM: f64 = 14.0;

/// The count written on a cluster's disc: at most three characters, so the disc
/// never needs more room than [`CLUSTER_ROOM`] keeps ("999", then "1k" to "99k",
/// then "1e5" to "9e9"; the exact number is in the disc's label).
pub fn cluster_count(n: usize) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=99_999 => format!("{}k", n / 1_000),
        _ => {
            let exp = n.ilog10().min(9);
            format!("{}e{exp}", (n / 10usize.pow(exp)).min(9))
        }
    }
}

/// What to draw for one lane at the current zoom.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// One event: indexes into the item list; x positions in pixels.
    Single {
        /// Index into the item list.
        item: usize,
        /// Left end, in pixels.
        x0: f64,
        /// Right end, in pixels.
        x1: f64,
    },
    /// Several events too close to tell apart.
    Cluster {
        /// Indexes into the item list.
        items: Vec<usize>,
        /// Where it is drawn, in pixels.
        x: f64,
        /// First day covered, days since 1970-01-01.
        start: f64,
        /// Day after the last covered, days since 1970-01-01.
        end: f64,
    },
}

/// Marks for the items visible in `[start, end)` drawn `width` pixels wide;
/// events closer than `min_gap` pixels in the same lane are clustered: points
/// with the points before them (with a cluster when closer than `min_gap` +
/// [`CLUSTER_ROOM`] to it) (a range drawn between them does not keep
/// them apart), wide ranges with wide ranges whose both ends lie within
/// `min_gap` of theirs (a 2 MB text has hundreds of "this year"s: one mark,
/// not hundreds; issue 17.3).
pub fn marks(
    items: &[Item],
    lanes: usize,
    start: f64,
    end: f64,
    width: f64,
    min_gap: f64,
) -> Vec<Vec<Mark>> {
    marks_in(items, 0..lanes, start, end, width, min_gap)
}

/// [`marks`] of the lanes `lanes` only (those drawn: a workspace of 349 documents has 349
/// lanes and draws ten), the first at index 0.
pub fn marks_in(
    items: &[Item],
    lanes: std::ops::Range<usize>,
    start: f64,
    end: f64,
    width: f64,
    min_gap: f64,
) -> Vec<Vec<Mark>> {
    /// What a lane has drawn so far, for clustering.
    #[derive(Clone, Default)]
    struct Tail {
        /// Index (in the lane) of the last point mark.
        point: Option<usize>,
        /// Wide range marks: (index in the lane, x0, x1), by x0.
        ranges: Vec<(usize, f64, f64)>,
    }
    let mut out: Vec<Vec<Mark>> = vec![Vec::new(); lanes.len()];
    let mut tails: Vec<Tail> = vec![Tail::default(); lanes.len()];
    let span = (end - start).max(1e-9);
    let px = |t: f64| (t - start) / span * width;
    // Items are sorted by start: stop at the first one past the window.
    for (i, it) in items.iter().enumerate() {
        if it.start >= end {
            break;
        }
        if it.end < start {
            continue;
        }
        let at = it.lane.wrapping_sub(lanes.start);
        let (Some(lane), Some(tail)) = (out.get_mut(at), tails.get_mut(at)) else {
            continue;
        };
        let x0 = px(it.start).max(-10.0);
        let x1 = px(it.end).min(width + 10.0);
        let wide = it.shape == super::dates::Shape::Range && x1 - x0 > min_gap;
        if wide {
            // The ranges starting within `min_gap` of this one are the last ones.
            let near = tail
                .ranges
                .iter()
                .rev()
                .take_while(|r| x0 - r.1 < min_gap)
                .find(|r| (x1 - r.2).abs() < min_gap)
                .map(|r| r.0);
            match near.and_then(|k| lane.get_mut(k)) {
                Some(Mark::Cluster {
                    items: members,
                    end: ce,
                    ..
                }) => {
                    members.push(i);
                    *ce = ce.max(it.end);
                }
                Some(last @ Mark::Single { .. }) => {
                    let Mark::Single {
                        item: j,
                        x0: lx0,
                        x1: lx1,
                    } = *last
                    else {
                        continue;
                    };
                    let (ps, pe) = items
                        .get(j)
                        .map_or((it.start, it.end), |p| (p.start, p.end));
                    *last = Mark::Cluster {
                        items: vec![j, i],
                        x: (lx0 + lx1) / 2.0,
                        start: ps,
                        end: pe.max(it.end),
                    };
                }
                None => {
                    tail.ranges.push((lane.len(), x0, x1));
                    lane.push(Mark::Single { item: i, x0, x1 });
                }
            }
            continue;
        }
        let x = (x0 + x1) / 2.0;
        match tail.point.and_then(|k| lane.get_mut(k)) {
            Some(Mark::Cluster {
                items: members,
                x: cx,
                end: ce,
                ..
            }) if (x - *cx).abs() < min_gap + CLUSTER_ROOM => {
                members.push(i);
                *ce = ce.max(it.end);
            }
            Some(last @ Mark::Single { .. }) => {
                let Mark::Single {
                    item: j,
                    x0: lx0,
                    x1: lx1,
                } = *last
                else {
                    continue;
                };
                let lx = (lx0 + lx1) / 2.0;
                if (x - lx).abs() < min_gap {
                    let (ps, pe) = items
                        .get(j)
                        .map_or((it.start, it.end), |p| (p.start, p.end));
                    *last = Mark::Cluster {
                        items: vec![j, i],
                        x: lx,
                        start: ps,
                        end: pe.max(it.end),
                    };
                } else {
                    tail.point = Some(lane.len());
                    lane.push(Mark::Single { item: i, x0, x1 });
                }
            }
            _ => {
                tail.point = Some(lane.len());
                lane.push(Mark::Single { item: i, x0, x1 });
            }
        }
    }
    for lane in &mut out {
        settle(lane, items, min_gap);
    }
    out
}

/// Makes the discs and dots of one lane stand apart: a cluster of ranges is
/// drawn as a disc in the middle of its ranges, so it could land on a cluster
/// of points or a dot (a new user saw overlapping numbers in the "Other
/// events" lane). Bars keep their place; the rest, by x, join the mark
/// before them when closer than `min_gap` (two dots) or `min_gap` +
/// [`CLUSTER_ROOM`] (a disc is involved), as in [`marks`].
fn settle(lane: &mut Vec<Mark>, items: &[Item], min_gap: f64) {
    let is_bar = |m: &Mark| {
        matches!(m, Mark::Single { item, x0, x1 } if x1 - x0 > min_gap
            && items.get(*item).is_some_and(|it| it.shape == Shape::Range))
    };
    let centre = |m: &Mark| match m {
        Mark::Single { x0, x1, .. } => (x0 + x1) / 2.0,
        Mark::Cluster { x, .. } => *x,
    };
    let (mut kept, mut discs): (Vec<Mark>, Vec<Mark>) = lane.drain(..).partition(is_bar);
    crate::sort::sort_by(&mut discs, |a, b| centre(a).total_cmp(&centre(b)));
    let span = |m: &Mark| match m {
        Mark::Single { item, .. } => items.get(*item).map_or((0.0, 0.0), |it| (it.start, it.end)),
        Mark::Cluster { start, end, .. } => (*start, *end),
    };
    let members = |m: Mark| match m {
        Mark::Single { item, .. } => vec![item],
        Mark::Cluster { items, .. } => items,
    };
    let mut out: Vec<Mark> = Vec::with_capacity(discs.len());
    for m in discs {
        let Some(last) = out.last_mut() else {
            out.push(m);
            continue;
        };
        let both_dots = matches!((&*last, &m), (Mark::Single { .. }, Mark::Single { .. }));
        let room = if both_dots {
            min_gap
        } else {
            min_gap + CLUSTER_ROOM
        };
        if centre(&m) - centre(last) >= room {
            out.push(m);
            continue;
        }
        let ((s0, e0), (s1, e1)) = (span(last), span(&m));
        let x = centre(last);
        let old = std::mem::replace(
            last,
            Mark::Single {
                item: 0,
                x0: 0.0,
                x1: 0.0,
            },
        );
        let mut all = members(old);
        all.extend(members(m));
        *last = Mark::Cluster {
            items: all,
            x,
            start: s0.min(s1),
            end: e0.max(e1),
        };
    }
    kept.extend(out);
    *lane = kept;
}
