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
pub mod layout;
mod list;
mod props;
mod view;

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::engine::model::Analysis;
use crate::workspace::Lanes;
use dates::{Placed, Shape};
use draw::{draw_mark, fmt, undated_chips};
pub use filter::{in_relation, involves, stand_ins};
use layout::Mark;
use list::event_list;
pub use props::{TimelineDoc, TimelineProps};
use view::{Drag, View, ViewAction};

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

/// Entity lanes drawn at most.
const ENTITY_LANES: usize = 8;

/// The timeline of events of all documents (or of one entity), zoomable.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let view = use_reducer_eq(|| View {
        start: 0.0,
        end: 30.0,
        home: (0.0, 30.0),
    });
    let width = use_state(|| 800.0f64);
    let chart_ref = use_node_ref();
    let drag = use_mut_ref(Drag::default);
    // First lane drawn: with many documents only LANES_SHOWN lanes are in the page.
    let lane_top = use_state(|| 0usize);
    // Rows the event list draws (see `list::FIRST_ROWS`).
    let list_rows = use_state(|| list::FIRST_ROWS);
    // The documents, shared by the click handlers (not copied into each).
    let docs_rc = use_memo(props.docs.clone(), |d| d.clone());

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
        *kept = (docs.iter().zip(&placed))
            .map(|(d, p)| (d.id.clone(), d.generation, p.clone()))
            .collect();
        placed
    };
    // Which events to show, placed on the axis.
    let shown = {
        let docs = props.docs.clone();
        let entity = props.entity.clone();
        let relation = props.relation.clone();
        use_memo((docs, entity, relation), move |(docs, entity, relation)| {
            let placed = placed_of(docs);
            let stand_ins = entity
                .as_ref()
                .and_then(|(doc, ent)| {
                    let d = docs.iter().find(|d| &d.id == doc)?;
                    Some(stand_ins(&d.analysis, ent))
                })
                .unwrap_or_default();
            let keep_entity = |lane: usize, ev: usize| match entity {
                None => true,
                Some((doc, ent)) => docs.get(lane).is_some_and(|d| {
                    &d.id == doc
                        && d.analysis
                            .events
                            .get(ev)
                            .is_some_and(|e| involves(e, ent, &stand_ins))
                }),
            };
            let keep = |lane: usize, ev: usize| {
                let by_relation = docs.get(lane).is_some_and(|d| {
                    d.analysis
                        .events
                        .get(ev)
                        .is_some_and(|e| in_relation(relation, &d.id, e))
                });
                by_relation && keep_entity(lane, ev)
            };
            (
                layout::items_placed(&placed, keep),
                layout::unplaced_placed(&placed, keep),
            )
        })
    };
    let (items, unplaced) = (&shown.0, &shown.1);
    // What is drawn: the same items, laned by document (events with relative
    // dates in a lane of their own) or by entity.
    let laned = {
        let docs = props.docs.clone();
        let shown = shown.clone();
        use_memo(
            (docs, Rc::as_ptr(&shown) as usize, props.lanes),
            move |(docs, _, mode)| match mode {
                Lanes::Document => {
                    let mut names = docs.iter().map(|d| d.name.clone()).collect::<Vec<_>>();
                    let mut items = shown.0.clone();
                    if layout::relative_lane(&mut items, names.len()) {
                        names.push(RELATIVE_LANE.into());
                    }
                    (items, names)
                }
                Lanes::Entity => {
                    let analyses: Vec<&Analysis> =
                        docs.iter().map(|d| d.analysis.as_ref()).collect();
                    layout::by_entity(&shown.0, &analyses, ENTITY_LANES)
                }
            },
        )
    };
    let (lane_items, lane_names) = &*laned;
    let home = layout::extent(items);
    // New data is drawn fitted in this render: the effect below only brings the
    // reducer up to date (issue 17.3: selecting or deselecting an entity drew
    // the timeline twice, first in the old window, then fitted).
    let (v_start, v_end) =
        if view.home.0.to_bits() == home.0.to_bits() && view.home.1.to_bits() == home.1.to_bits() {
            (view.start, view.end)
        } else {
            home
        };
    {
        let view = view.dispatcher();
        use_effect_with((home.0.to_bits(), home.1.to_bits()), move |_| {
            view.dispatch(ViewAction::Home(home));
        });
    }

    // Measure the chart; re-measure on resize. Wheel zooms (a non-passive
    // listener, so the page does not scroll at the same time).
    {
        let chart_ref = chart_ref.clone();
        let width = width.clone();
        let view = view.dispatcher();
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
    let lanes = lane_names.len().max(1);
    let top = (*lane_top).min(lane_names.len().saturating_sub(LANES_SHOWN));
    let rows = lane_names.len().clamp(1, LANES_SHOWN);
    // Events with no date get the last lane, below every lane on the axis.
    let undated_y =
        (!unplaced.is_empty()).then(|| AXIS_H + LANE_H * lane_names.len().min(LANES_SHOWN) as f64);
    let height = AXIS_H + LANE_H * (rows + usize::from(undated_y.is_some())) as f64 + 6.0;
    let span = (v_end - v_start).max(1e-9);
    let px = |t: f64| (t - v_start) / span * w;
    let marks = layout::marks(lane_items, lanes, v_start, v_end, w, MIN_GAP);

    // Every event mark, chip and list row names itself in `data-ev` and each
    // cluster its zoom window in `data-zoom`: two handlers (the chart's and
    // the list's) act for all of them, instead of a closure and a listener per
    // mark (issue 17.3: on a 5,000-event workspace, creating, diffing and
    // dropping those dominated every redraw).
    let activate = {
        let on_focus = props.on_focus.clone();
        let docs = docs_rc.clone();
        let drag = drag.clone();
        // `by_pointer`: a click, ignored when it ends a drag.
        Rc::new(move |key: &str, by_pointer: bool| {
            if by_pointer && drag.borrow().moved {
                return;
            }
            let Some((doc, ev)) = layout::parse_ev_key(key) else {
                return;
            };
            drag.borrow_mut().chosen = Some((doc, ev));
            if let Some(d) = docs.get(doc) {
                if let Some(e) = d.analysis.events.get(ev) {
                    on_focus.emit((d.id.clone(), e.sentence));
                }
            }
        })
    };
    // The `data-ev` or `data-zoom` attribute of the mark an event is on.
    fn mark_key(e: &Event) -> Option<(&'static str, String)> {
        let el: Element = e.target()?.dyn_into().ok()?;
        let mark = el.closest("[data-ev], [data-zoom]").ok()??;
        ["data-ev", "data-zoom"]
            .into_iter()
            .find_map(|a| Some((a, mark.get_attribute(a)?)))
    }
    let zoom_to = {
        let view = view.dispatcher();
        move |key: &str| {
            if let Some((s, e)) = draw::parse_zoom_key(key) {
                view.dispatch(ViewAction::Set(s, e));
            }
        }
    };
    let on_chart_click = {
        let activate = activate.clone();
        let zoom_to = zoom_to.clone();
        Callback::from(move |e: MouseEvent| match mark_key(&e) {
            Some(("data-ev", k)) => activate(&k, true),
            Some((_, k)) => zoom_to(&k),
            None => {}
        })
    };
    let on_chart_keydown = {
        let activate = activate.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" && e.key() != " " {
                return;
            }
            let Some((attr, k)) = mark_key(&e) else {
                return;
            };
            e.prevent_default();
            e.stop_propagation();
            if attr == "data-ev" {
                activate(&k, false);
            } else {
                zoom_to(&k);
            }
        })
    };
    let on_list_click = {
        let activate = activate.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(("data-ev", k)) = mark_key(&e) {
                activate(&k, e.detail() > 0);
            }
        })
    };

    // Buttons and keys zoom around the event last clicked, else the events in
    // view: the window's middle was often an empty stretch between two groups.
    let zoom_on = {
        let (shown, drag) = (shown.clone(), drag.clone());
        move |factor: f64| {
            let at = layout::zoom_centre(&shown.0, drag.borrow().chosen, v_start, v_end);
            let half = (v_end - v_start) * factor / 2.0;
            ViewAction::Set(at - half, at + half)
        }
    };
    let zoom = |factor: f64| {
        let (view, zoom_on) = (view.dispatcher(), zoom_on.clone());
        Callback::from(move |_: MouseEvent| view.dispatch(zoom_on(factor)))
    };
    let on_reset = {
        let view = view.dispatcher();
        Callback::from(move |_: MouseEvent| view.dispatch(ViewAction::Reset))
    };
    let on_keydown = {
        let (view, zoom_on) = (view.dispatcher(), zoom_on.clone());
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "+" | "=" => zoom_on(0.8),
                "-" | "_" => zoom_on(1.25),
                "ArrowLeft" => ViewAction::Pan(-0.1),
                "ArrowRight" => ViewAction::Pan(0.1),
                "0" | "Home" => ViewAction::Reset,
                _ => return,
            };
            e.prevent_default();
            view.dispatch(action);
        })
    };
    let on_pointerdown = {
        let drag = drag.clone();
        let view = view.clone();
        let chart_ref = chart_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let x = f64::from(e.client_x());
            d.pointers.retain(|p| p.0 != e.pointer_id());
            d.pointers.push((e.pointer_id(), x));
            d.from = Some((x, view.start, view.end));
            d.moved = false;
            if let [(_, a), (_, b)] = d.pointers[..] {
                // Two fingers: pinch around the time under their midpoint.
                let left = chart_ref
                    .cast::<Element>()
                    .map_or(0.0, |el| el.get_bounding_client_rect().left());
                let mid = ((a + b) / 2.0 - left) / w;
                let t = view.start + (view.end - view.start) * mid;
                d.pinch = Some(((a - b).abs().max(1.0), view.start, view.end, t));
                d.from = None;
            }
        })
    };
    let on_pointermove = {
        let drag = drag.clone();
        let view = view.dispatcher();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let id = e.pointer_id();
            if let Some(p) = d.pointers.iter_mut().find(|p| p.0 == id) {
                p.1 = f64::from(e.client_x());
            }
            if let (Some((dist0, s, en, t)), [(_, a), (_, b)]) = (d.pinch, &d.pointers[..]) {
                let dist = (a - b).abs().max(1.0);
                let span = (en - s) * dist0 / dist;
                // Keep time `t` at the same fraction of the window.
                let frac = (t - s) / (en - s).max(1e-9);
                d.moved = true;
                view.dispatch(ViewAction::Set(t - span * frac, t + span * (1.0 - frac)));
                return;
            }
            let Some((x0, s, en)) = d.from else {
                return;
            };
            let dx = f64::from(e.client_x()) - x0;
            if dx.abs() > 3.0 {
                d.moved = true;
            }
            if d.moved {
                let shift = -dx / w * (en - s);
                view.dispatch(ViewAction::Set(s + shift, en + shift));
            }
        })
    };
    let on_pointerup = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            d.from = None;
            d.pinch = None;
            d.pointers.retain(|p| p.0 != e.pointer_id());
        })
    };
    let lane_toggle = |mode: Lanes, label: &'static str| {
        let pressed = props.lanes == mode;
        let onclick = props.on_lanes.reform(move |_: MouseEvent| mode);
        html! {
            <button type="button" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>{label}</button>
        }
    };
    // More lanes than fit: say which are shown, and page through them.
    let pager = (lane_names.len() > LANES_SHOWN).then(|| {
        let total = lane_names.len();
        let step = |delta: isize| {
            let lane_top = lane_top.clone();
            Callback::from(move |_: MouseEvent| {
                let next = (top as isize + delta).clamp(0, (total - LANES_SHOWN) as isize);
                lane_top.set(next as usize);
            })
        };
        html! {
            <span class="lane-pager" role="group" aria-label="Lanes shown">
                <button type="button" aria-label="Previous lanes" disabled={top == 0}
                    onclick={step(-(LANES_SHOWN as isize))}>{"▲"}</button>
                <span class="lane-range">{format!("Lanes {}–{} of {}", top + 1, (top + LANES_SHOWN).min(total), total)}</span>
                <button type="button" aria-label="Next lanes" disabled={top + LANES_SHOWN >= total}
                    onclick={step(LANES_SHOWN as isize)}>{"▼"}</button>
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
                .get(lane)
                .map(|ms| {
                    let at = |m: &Mark| match m {
                        Mark::Single { x0, x1, .. } => (x0 + x1) / 2.0,
                        Mark::Cluster { x, .. } => *x,
                    };
                    // Each mark's x, and whether it is a numbered disc.
                    let mut xs: Vec<(f64, bool)> = (ms.iter())
                        .map(|m| (at(m), matches!(m, Mark::Cluster { .. })))
                        .collect();
                    crate::sort::sort_by(&mut xs, |a, b| a.0.total_cmp(&b.0));
                    // From 9 px right of the mark up to the next mark's dot (about
                    // 6 px wide on each side) or numbered disc (at most 14).
                    let room = |x: f64| {
                        let next = xs.iter().find(|n| n.0 > x + 0.5);
                        let stop = next.map_or(w, |n| n.0 - if n.1 { 15.0 } else { 5.0 });
                        (stop - x - 9.0).min(w - x - 4.0)
                    };
                    let is_range = |m: &Mark| {
                        matches!(m, Mark::Single { item, x0, x1 } if x1 - x0 > MIN_GAP
                            && lane_items.get(*item).is_some_and(|it| it.shape == Shape::Range))
                    };
                    let ranges = ms.iter().filter(|m| is_range(m));
                    let points = ms.iter().filter(|m| !is_range(m));
                    // Bar labels: one after the other, clear of the discs.
                    let discs: Vec<f64> = xs.iter().filter(|n| n.1).map(|n| n.0).collect();
                    let mut bar_free = f64::NEG_INFINITY;
                    ranges
                        .chain(points)
                        .map(|m| {
                            let room = room(at(m));
                            draw_mark(m, lane_items, cy, &props.docs, room, &mut bar_free, &discs)
                        })
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
                {undated_chips(unplaced, &props.docs, y + LANE_H / 2.0 + 6.0, w)}
            </g>
        }
    });

    let list = event_list(
        props,
        items,
        unplaced,
        v_start,
        v_end,
        &on_list_click,
        &list_rows,
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
    let class = format!("timeline extra-lanes-{}", extra.min(LANES_SHOWN));

    html! {
        <div {class} onkeydown={on_keydown}>
            <div class="timeline-tools" role="toolbar" aria-label="Timeline zoom">
                <button type="button" onclick={zoom(0.5)} aria-label="Zoom in" title="Zoom in (+)">{"+"}</button>
                <button type="button" onclick={zoom(2.0)} aria-label="Zoom out" title="Zoom out (−)">{"−"}</button>
                <button type="button" onclick={on_reset} title="Show everything (0)">{"Fit"}</button>
                <span class="lane-mode" role="group" aria-label="Lanes">
                    {"Lanes: "}{lane_toggle(Lanes::Document, "Documents")}{lane_toggle(Lanes::Entity, "Entities")}
                </span>
                {pager}
                <span class="hint">{"Drag or use ← → to pan; wheel, pinch, + and − to zoom."}</span>
            </div>
            <div class="chart" ref={chart_ref} tabindex="0" role="group" hidden={nothing_to_draw}
                aria-label="Timeline chart: arrow keys pan, plus and minus zoom"
                onclick={on_chart_click} onkeydown={on_chart_keydown}
                onpointerdown={on_pointerdown} onpointermove={on_pointermove}
                onpointerup={on_pointerup.clone()} onpointercancel={on_pointerup.clone()}
                onpointerleave={on_pointerup}>
                <svg width={fmt(w)} height={fmt(height)} viewBox={format!("0 0 {} {}", fmt(w), fmt(height))}
                    xmlns="http://www.w3.org/2000/svg">
                    {lane_bgs}
                    <g class="axis">{axis}</g>
                    {lanes_html}
                    {undated}
                </svg>
            </div>
            {list}
        </div>
    }
}
