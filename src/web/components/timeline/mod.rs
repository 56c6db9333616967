//! `Timeline`: the events of every document on one SVG time axis.
//!
//! Input: the analysed documents, the selected entity (filters the events to
//! its own) and a callback to show an event's sentence. Output: an SVG chart
//! (one lane per document; dots for days, bars for ranges, dashed arrows and
//! hollow dots for vague or relative dates, numbered clusters where dense)
//! that zooms (wheel, buttons, `+`/`-`) and pans (drag, arrow keys), and
//! below it the list of the visible events, each with `<time datetime>`.

pub mod dates;
mod draw;
mod filter;
mod handlers;
pub mod layout;
pub mod list;
mod props;
mod scope;
mod view;

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, WheelEvent};
use yew::prelude::*;

use super::Same;
use crate::engine::model::Analysis;
use crate::web::state::chart::{place_labels, undated_lane, Want};
use crate::workspace::Lanes;
use dates::{Placed, Shape};
use draw::{draw_mark, fmt, label_want, undated_chips, CHAR_W};
pub use filter::{in_relation, involves, stand_ins};
use handlers::{handlers, Live, Shown};
use layout::Mark;
use list::{event_list, Budget};
pub use props::{TimelineDoc, TimelineProps};
use view::{Drag, View, ViewAction, ViewCell};

const LANE_H: f64 = 52.0;
const AXIS_H: f64 = 26.0;
/// Marks closer than this (px) are clustered; a range narrower than it is
/// laid out as a point, so it is drawn as one too.
const MIN_GAP: f64 = draw::MIN_BAR;

/// The name of the lane of events dated relative to their article's date.
const RELATIVE_LANE: &str = "Relative: before, at or after the article's date";
/// The name of the lane of events with no date on the axis.
const UNDATED_LANE: &str = "No date: not on the time axis";

/// Lanes drawn at once; the lane buttons (or Page Up/Down) show the others.
const LANES_SHOWN: usize = 10;

/// Documents no longer shown whose events' places are kept (see `placed_of` in [`Timeline`]).
const KEPT_OTHERS: usize = 8;

/// Sets of documents whose events, placed and sorted, are kept (see `all` in [`Timeline`]).
const KEPT_SETS: usize = 2;

/// Entity lanes drawn at most.
const ENTITY_LANES: usize = 8;

/// The timeline of events of all documents (or of one entity), zoomable.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let view = ViewCell {
        view: use_mut_ref(|| View {
            start: 0.0,
            end: 30.0,
            home: (0.0, 30.0),
            fitted: (0.0, 30.0),
        }),
        redraw: use_force_update(),
    };
    let width = use_state(|| 800.0f64);
    let chart_ref = use_node_ref();
    // The timeline and its filter's Clear button, brought into view and focused when a
    // relation narrows it (`scope::use_reveal`).
    let (root_ref, clear_ref) = (use_node_ref(), use_node_ref());
    scope::use_reveal(props.relation.clone(), root_ref.clone(), clear_ref.clone());
    let drag = use_mut_ref(Drag::default);
    // First lane drawn: with many documents only LANES_SHOWN lanes are in the page.
    let lane_top = use_state(|| 0usize);
    // Rows the event list draws (see `list::Budget`).
    let budget = use_state_eq(Budget::default);
    // The listeners, made once; what they read is brought up to date below.
    let live = use_mut_ref(Live::default);
    let on = {
        let (live, view, drag) = (live.clone(), view.clone(), drag.clone());
        let chart_ref = chart_ref.clone();
        use_memo((), move |_| handlers(live, view, drag, chart_ref))
    };
    // The documents, shared by the click handlers (not copied into each), and kept while
    // they are equal: the memos below depend on the same `Rc` (`Same`), not on a copy of the list
    // made in each render (349 documents' ids and names, three times a render).
    let docs_rc = {
        let kept = use_mut_ref(|| Rc::new(Vec::<TimelineDoc>::new()));
        let same = Rc::ptr_eq(&kept.borrow(), &props.docs) || *kept.borrow() == props.docs;
        if !same {
            *kept.borrow_mut() = props.docs.clone();
        }
        let docs = kept.borrow().clone();
        docs
    };

    // Each document's events placed on the axis, computed once per analysis:
    // kept across renders by (document id, generation), the documents' order
    // being the same from one render to the next nearly always.
    type Kept = Vec<(String, u64, Rc<[Option<Placed>]>)>;
    let placed_kept = use_mut_ref(Kept::new);
    // (In the memo below: no memo of its own, which weighed on the wasm.)
    let placed_of = move |docs: &[TimelineDoc]| {
        let mut kept = placed_kept.borrow_mut();
        let placed: Vec<Rc<[Option<Placed>]>> = (docs.iter().enumerate())
            .map(|(i, d)| {
                let is = |k: &&(String, u64, _)| k.1 == d.generation && k.0 == d.id;
                let old = kept.get(i).filter(is).or_else(|| kept.iter().find(is));
                old.map_or_else(|| layout::placements(&d.analysis).into(), |k| k.2.clone())
            })
            .collect();
        // The documents shown, then up to KEPT_OTHERS of those shown before: switching
        // back to a tab (or from "All documents" to one) places none of its events again
        // (issue 17.3: a 2 MB text's 14k events were placed anew on each switch back).
        let others: Vec<_> = std::mem::take(&mut *kept)
            .into_iter()
            .filter(|k| !docs.iter().any(|d| d.generation == k.1 && d.id == k.0))
            .take(KEPT_OTHERS)
            .collect();
        *kept = (docs.iter().zip(&placed))
            .map(|(d, p)| (d.id.clone(), d.generation, p.clone()))
            .chain(others)
            .collect();
        placed
    };
    // Every document's events placed on the axis, sorted, made once per set of documents
    // and kept while an entity or relation narrows the timeline: deselecting one shows them
    // again without placing and sorting 5,000 events anew (issue 17.3).
    // The last KEPT_SETS sets are kept, so switching back to a tab (from a "+ New" one, or
    // between two) neither places nor sorts its events again.
    let all_kept = use_mut_ref(Vec::<(Rc<Vec<TimelineDoc>>, Rc<Shown>)>::new);
    let all: Rc<Shown> = {
        let docs = docs_rc.clone();
        let made = use_memo(Same(docs.clone()), move |_| {
            let mut kept = all_kept.borrow_mut();
            if let Some(at) = kept.iter().position(|(d, _)| **d == *docs) {
                let found = kept.remove(at);
                let shown = found.1.clone();
                kept.push(found);
                return shown;
            }
            let placed = placed_of(&docs);
            let shown: Rc<Shown> = Rc::new((
                layout::items_placed(&placed, |_, _| true),
                layout::unplaced_placed(&placed, |_, _| true),
            ));
            kept.push((docs.clone(), shown.clone()));
            if kept.len() > KEPT_SETS {
                kept.remove(0);
            }
            shown
        });
        (*made).clone()
    };
    // Those an entity or relation keeps (None: no filter, every event), picked from `all`,
    // which keeps their order by start.
    let narrowed: Rc<Option<Rc<Shown>>> = {
        let docs = docs_rc.clone();
        let all = all.clone();
        let entity = props.entity.clone();
        let relation = props.relation.clone();
        use_memo(
            (Same(all.clone()), entity, relation),
            move |(_, entity, relation)| {
                if entity.is_none() && relation.is_none() {
                    return None;
                }
                let stand_ins = entity
                    .as_ref()
                    .and_then(|(doc, ent)| {
                        let d = docs.iter().find(|d| &d.id == doc)?;
                        Some(stand_ins(&d.analysis, ent))
                    })
                    .unwrap_or_default();
                let keep = |lane: usize, ev: usize| {
                    let Some(e) = docs
                        .get(lane)
                        .and_then(|d| Some((d, d.analysis.events.get(ev)?)))
                    else {
                        return false;
                    };
                    let (d, e) = e;
                    in_relation(relation, &d.id, e)
                        && entity
                            .as_ref()
                            .is_none_or(|(doc, ent)| &d.id == doc && involves(e, ent, &stand_ins))
                };
                Some(Rc::new((
                    (all.0.iter())
                        .filter(|it| keep(it.doc, it.event))
                        .cloned()
                        .collect(),
                    (all.1.iter())
                        .filter(|&&(l, e)| keep(l, e))
                        .copied()
                        .collect(),
                )))
            },
        )
    };
    // Which events to show, placed on the axis.
    let shown: Rc<Shown> = (*narrowed).clone().unwrap_or_else(|| all.clone());
    let (items, unplaced) = (&shown.0, &shown.1);
    // What is drawn: the same items, laned by document (events with relative
    // dates in a lane of their own) or by entity; for every event, kept as `all` is.
    let lane = |docs: &Rc<Vec<TimelineDoc>>, shown: &Rc<Shown>, mode: Lanes| match mode {
        Lanes::Document => {
            let mut names = docs.iter().map(|d| d.name.clone()).collect::<Vec<_>>();
            let mut items = shown.0.clone();
            if layout::relative_lane(&mut items, names.len()) {
                names.push(RELATIVE_LANE.into());
            }
            (items, names)
        }
        Lanes::Entity => {
            let analyses: Vec<&Analysis> = docs.iter().map(|d| d.analysis.as_ref()).collect();
            layout::by_entity(&shown.0, &analyses, ENTITY_LANES)
        }
    };
    let laned_all = {
        let (docs, all) = (docs_rc.clone(), all.clone());
        use_memo((Same(all.clone()), props.lanes), move |(_, mode)| {
            lane(&docs, &all, *mode)
        })
    };
    let laned_narrowed = {
        let (docs, narrowed) = (docs_rc.clone(), narrowed.clone());
        use_memo((Same(narrowed.clone()), props.lanes), move |(_, mode)| {
            (*narrowed).as_ref().map(|s| lane(&docs, s, *mode))
        })
    };
    let laned = match &*laned_narrowed {
        Some(l) => l,
        None => &*laned_all,
    };
    let (lane_items, lane_names) = laned;
    let home = layout::extent(items, None);
    // New data is drawn fitted in this render (issue 17.3: selecting or deselecting an
    // entity drew the timeline twice, first in the old window, then fitted), and fitted to
    // the selected document's events, so a switch of tab shows them (trial 18: with
    // articles from 1960 to 2026, a 2026 article's events were a cluster at the right edge
    // or off screen). Fit (`home`) shows every document's.
    let sel = docs_rc.iter().position(|d| d.id == props.selected);
    let auto = match sel {
        Some(i) if items.iter().any(|it| it.doc == i) => layout::extent(items, sel),
        _ => home,
    };
    let View {
        start: v_start,
        end: v_end,
        ..
    } = view.fit(home, auto);

    // Measure the chart; re-measure on resize. Wheel zooms (a non-passive
    // listener, so the page does not scroll at the same time).
    {
        let chart_ref = chart_ref.clone();
        let width = width.clone();
        let view = view.clone();
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(el) = chart_ref.cast::<Element>() {
                let measure = {
                    let el = el.clone();
                    let width = width.clone();
                    move || {
                        let w = f64::from(el.client_width());
                        if w > 0.0 {
                            width.set(w);
                        }
                    }
                };
                measure();
                if let Some(win) = web_sys::window() {
                    listeners.push(EventListener::new(&win, "resize", move |_| measure()));
                }
                let el2 = el.clone();
                listeners.push(EventListener::new_with_options(
                    &el,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<WheelEvent>() else {
                            return;
                        };
                        e.prevent_default();
                        let w = f64::from(el2.client_width()).max(1.0);
                        let rect = el2.get_bounding_client_rect();
                        let anchor = (f64::from(e.client_x()) - rect.left()) / w;
                        if e.delta_x().abs() > e.delta_y().abs() {
                            view.dispatch(ViewAction::Pan(e.delta_x() / w));
                        } else {
                            // Trackpad pinches arrive as wheel events with ctrl held.
                            let step = if e.ctrl_key() { 0.02 } else { 0.002 };
                            let factor = (e.delta_y() * step).exp().clamp(0.5, 2.0);
                            view.dispatch(ViewAction::Zoom { factor, anchor });
                        }
                    },
                ));
            }
            move || drop(listeners)
        });
    }

    let w = (*width).max(200.0);
    let top = (*lane_top).min(lane_names.len().saturating_sub(LANES_SHOWN));
    let rows = lane_names.len().clamp(1, LANES_SHOWN);
    // Events with no date get the last lane, below every lane on the axis.
    // Only the selected document's (the others are listed below, with their documents' names).
    let undated_shown = undated_lane(unplaced, sel);
    let undated_y = (!undated_shown.is_empty())
        .then(|| AXIS_H + LANE_H * lane_names.len().min(LANES_SHOWN) as f64);
    let height = AXIS_H + LANE_H * (rows + usize::from(undated_y.is_some())) as f64 + 6.0;
    let span = (v_end - v_start).max(1e-9);
    let px = |t: f64| (t - v_start) / span * w;
    // Only the lanes drawn are laid out.
    let marks = layout::marks_in(lane_items, top..top + rows, v_start, v_end, w, MIN_GAP);
    // What the listeners read when an event comes.
    // A new selection (or none) starts the list again at its first rows (`Budget`).
    let list_id = Rc::as_ptr(&narrowed) as usize;
    *live.borrow_mut() = Live {
        start: v_start,
        end: v_end,
        width: w,
        items: shown.clone(),
        docs: docs_rc.clone(),
        on_focus: props.on_focus.clone(),
        on_lanes: props.on_lanes.clone(),
        top,
        lanes: lane_names.len(),
        shown: LANES_SHOWN,
        lane_top: Some(lane_top.clone()),
        budget: Some(budget.clone()),
        list: list_id,
    };

    let lane_toggle = |mode: Lanes, label: &'static str, onclick: &Callback<MouseEvent>| {
        let pressed = props.lanes == mode;
        html! {
            <button type="button" aria-pressed={if pressed { "true" } else { "false" }} onclick={onclick.clone()}>{label}</button>
        }
    };
    // More lanes than fit: say which are shown, and page through them.
    let pager = (lane_names.len() > LANES_SHOWN).then(|| {
        let total = lane_names.len();
        html! {
            <span class="lane-pager" role="group" aria-label="Lanes shown">
                <button type="button" aria-label="Previous lanes" disabled={top == 0}
                    onclick={on.lanes_back.clone()}>{"▲"}</button>
                <span class="lane-range">{format!("Lanes {}–{} of {}", top + 1, (top + LANES_SHOWN).min(total), total)}</span>
                <button type="button" aria-label="Next lanes" disabled={top + LANES_SHOWN >= total}
                    onclick={on.lanes_on.clone()}>{"▼"}</button>
            </span>
        }
    });
    // No dated event: no axis of made-up dates (the "No date" lane says why).
    let axis = dates::ticks(v_start, v_end, (w / 90.0) as usize)
        .into_iter()
        .filter(|_| !items.is_empty())
        .map(|(t, label)| {
            let x = px(t);
            html! {
                <g class="tick">
                    <line x1={fmt(x)} x2={fmt(x)} y1={fmt(AXIS_H - 6.0)} y2={fmt(height)} />
                    <text x={fmt(x + 3.0)} y="14">{label}</text>
                </g>
            }
        })
        .collect::<Html>();

    let lanes_html = lane_names
        .iter()
        .enumerate()
        .skip(top)
        .take(LANES_SHOWN)
        .map(|(lane, name)| {
            let y = AXIS_H + LANE_H * (lane - top) as f64;
            let cy = y + LANE_H / 2.0 + 6.0;
            // Ranges first, points over them: a year-long span never hides
            // the days inside it. A point gets its label on the chart when
            // there is room before the next mark of its lane.
            let drawn = marks
                .get(lane - top)
                .map(|ms| {
                    // Labels above or under the marks, never over another label or a mark
                    // (trial 26: a long bar's label and its neighbours' ran over each other).
                    let discs: Vec<f64> = (ms.iter())
                        .filter_map(|m| match m {
                            Mark::Cluster { x, .. } => Some(*x),
                            Mark::Single { .. } => None,
                        })
                        .collect();
                    let wants: Vec<Want> = (ms.iter())
                        .map(|m| {
                            let (at, chars) = label_want(m, lane_items, &props.docs);
                            Want::new(at, chars as f64 * CHAR_W, w - 4.0)
                        })
                        .collect();
                    let name_end = 4.0 + name.chars().count() as f64 * CHAR_W;
                    let placed = place_labels(&wants, &discs, 6.0 * CHAR_W, name_end);
                    // Ranges first, points over them: a year-long span never hides the
                    // days inside it.
                    let is_range = |m: &Mark| {
                        matches!(m, Mark::Single { item, x0, x1 } if x1 - x0 > MIN_GAP
                            && lane_items.get(*item).is_some_and(|it| it.shape == Shape::Range))
                    };
                    let label = |i: usize| placed[i].map(|(row, width)| (wants[i].at, row, width));
                    let ranges = (ms.iter().enumerate()).filter(|(_, m)| is_range(m));
                    let points = (ms.iter().enumerate()).filter(|(_, m)| !is_range(m));
                    ranges
                        .chain(points)
                        .map(|(i, m)| draw_mark(m, lane_items, cy, &props.docs, label(i)))
                        .collect::<Html>()
                })
                .unwrap_or_default();
            let relative = name == RELATIVE_LANE;
            html! {
                <g class={classes!("lane", format!("lane-{}", lane % 6), relative.then_some("lane-relative"))}
                    key={format!("{lane}-{name}")}>
                    {drawn}
                </g>
            }
        })
        .collect::<Html>();
    // Lane backgrounds and names go under the axis grid, the marks above it.
    let lane_bgs = lane_names
        .iter()
        .enumerate()
        .skip(top)
        .take(LANES_SHOWN)
        .map(|(lane, name)| {
            let y = AXIS_H + LANE_H * (lane - top) as f64;
            html! {
                <g class={classes!("lane-bg", format!("lane-bg-{}", lane % 2), (name == RELATIVE_LANE).then_some("lane-bg-relative"))}>
                    <rect x="0" y={fmt(y)} width={fmt(w)} height={fmt(LANE_H)} />
                    <text class="lane-name" x="4" y={fmt(y + 12.0)}>{name}</text>
                </g>
            }
        })
        .collect::<Html>();
    let undated = undated_y.map(|y| {
        html! {
            <g class="lane lane-undated" key="undated">
                <g class="lane-bg lane-bg-undated">
                    <rect x="0" y={fmt(y)} width={fmt(w)} height={fmt(LANE_H)} />
                    <text class="lane-name" x="4" y={fmt(y + 12.0)}>{UNDATED_LANE}</text>
                </g>
                {undated_chips(&undated_shown, &props.docs, y + LANE_H / 2.0 + 6.0, w)}
            </g>
        }
    });

    let list = event_list(
        props,
        items,
        unplaced,
        v_start,
        v_end,
        budget.rows(list_id),
        &on.list_click,
        &on.list_scroll,
    );
    // An entity with no dated event: no empty axis (the list says why).
    let nothing_to_draw = (props.entity.is_some() || props.relation.is_some()) && items.is_empty();

    // The chart's lanes beyond one (more lanes, the "No date" lane): the event list under it
    // gives their height back, so the text's first lines stay in the first screen (trial 14:
    // the "No date" lane pushed them below 800 px). A class, not a style attribute, which a
    // host page's CSP may refuse (style.css sets `--chart-extra` for each).
    let extra = if nothing_to_draw {
        0
    } else {
        rows - 1 + usize::from(undated_y.is_some())
    };
    // Narrowed to an entity's or a relation's events, the list keeps its box's height, so the
    // panel does not shrink under the pointer and pull the text up (cold trial: selecting an
    // entity "collapsed" the timeline to a row).
    let narrowed = props.entity.is_some() || props.relation.is_some();
    let class = format!(
        "timeline extra-lanes-{}{}",
        extra.min(LANES_SHOWN),
        if narrowed { " narrowed" } else { "" }
    );

    html! {
        <div {class} onkeydown={on.keydown.clone()} ref={root_ref}>
            <div class="timeline-tools" role="toolbar" aria-label="Timeline zoom">
                <button type="button" onclick={on.zoom_in.clone()} aria-label="Zoom in" title="Zoom in (+)">{"+"}</button>
                <button type="button" onclick={on.zoom_out.clone()} aria-label="Zoom out" title="Zoom out (−)">{"−"}</button>
                <button type="button" onclick={on.reset.clone()} title="Show everything (0)">{"Fit"}</button>
                <span class="lane-mode" role="group" aria-label="Lanes">
                    {"Lanes: "}{lane_toggle(Lanes::Document, "Documents", &on.lanes_by_document)}
                    {lane_toggle(Lanes::Entity, "Entities", &on.lanes_by_entity)}
                </span>
                {pager}
                {scope::scope_bar(props, &clear_ref)}
            </div>
            <div class="chart" ref={chart_ref} tabindex="0" role="group" hidden={nothing_to_draw}
                aria-label="Timeline chart: arrow keys pan, plus and minus zoom"
                onclick={on.chart_click.clone()} onkeydown={on.chart_keydown.clone()}
                onpointerdown={on.pointerdown.clone()} onpointermove={on.pointermove.clone()}
                onpointerup={on.pointerup.clone()} onpointercancel={on.pointerup.clone()}
                onpointerleave={on.pointerup.clone()}>
                <svg width={fmt(w)} height={fmt(height)} viewBox={format!("0 0 {} {}", fmt(w), fmt(height))}
                    xmlns="http://www.w3.org/2000/svg">
                    {lane_bgs}
                    <g class="axis">{axis}</g>
                    {lanes_html}
                    {undated}
                </svg>
            </div>
            // Under the chart, beside the list's count (trial 43: on a line of its own under
            // the tools, it took a row from the list at 1280×800).
            <span class="hint chart-hint">{"Drag or use ← → to pan; wheel, pinch, + and − to zoom."}</span>
            {list}
        </div>
    }
}
