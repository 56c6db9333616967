//! `Timeline`: the events of every document on one SVG time axis.
//!
//! Input: the analysed documents, the selected entity (filters the events to
//! its own) and a callback to show an event's sentence. Output: an SVG chart
//! (one lane per document; dots for days, bars for ranges, dashed arrows and
//! hollow dots for vague or relative dates, numbered clusters where dense)
//! that zooms (wheel, buttons, `+`/`-`) and pans (drag, arrow keys), and
//! below it the list of the visible events, each with `<time datetime>`.

pub mod dates;
pub mod layout;

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::engine::model::Analysis;
use dates::Shape;
use layout::{Item, Mark};

/// One analysed document as the timeline sees it.
#[derive(Debug, Clone)]
pub struct TimelineDoc {
    /// Document id.
    pub id: String,
    /// Document name (the lane's title).
    pub name: String,
    /// Generation of `analysis` (identifies it).
    pub generation: u64,
    /// The document's (corrected) analysis: its events and time expressions.
    pub analysis: Rc<Analysis>,
}

impl PartialEq for TimelineDoc {
    /// Cheap: an analysis never changes for a given generation.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.generation == other.generation && self.name == other.name
    }
}

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Every analysed document, one lane each.
    pub docs: Vec<TimelineDoc>,
    /// (document id, entity id): show only this entity's events.
    #[prop_or_default]
    pub entity: Option<(String, String)>,
    /// Show the sentence of an event: (document id, code point span).
    pub on_focus: Callback<(String, [usize; 2])>,
    /// (document id, sentence span) of a selected relation: show only the events stated in
    /// that sentence.
    #[prop_or_default]
    pub relation: Option<(String, [usize; 2])>,
}

/// True when event `e` of document `doc` passes the relation filter `rel`: its sentence
/// overlaps the relation's.
pub fn in_relation(
    rel: &Option<(String, [usize; 2])>,
    doc: &str,
    e: &crate::engine::model::Event,
) -> bool {
    rel.as_ref()
        .is_none_or(|(d, [s0, s1])| d == doc && e.sentence[0] < *s1 && *s0 < e.sentence[1])
}

const LANE_H: f64 = 52.0;
const AXIS_H: f64 = 26.0;
const MIN_GAP: f64 = 14.0;
const LIST_MAX: usize = 200;
const MIN_SPAN: f64 = 0.5;
const MAX_SPAN: f64 = 366.0 * 3000.0;

/// The visible window in days, and where "reset" goes back to.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    start: f64,
    end: f64,
    home: (f64, f64),
}

enum ViewAction {
    /// New data: fit it.
    Home((f64, f64)),
    /// Zoom by `factor` (< 1 zooms in) keeping the point at `anchor` (0..1) fixed.
    Zoom {
        factor: f64,
        anchor: f64,
    },
    /// Move by a fraction of the visible span (positive: later).
    Pan(f64),
    Set(f64, f64),
    Reset,
}

impl Reducible for View {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut v = *self;
        match action {
            ViewAction::Home(h) => {
                v.home = h;
                v.start = h.0;
                v.end = h.1;
            }
            ViewAction::Reset => {
                v.start = v.home.0;
                v.end = v.home.1;
            }
            ViewAction::Zoom { factor, anchor } => {
                let span = v.end - v.start;
                let new_span = (span * factor).clamp(MIN_SPAN, MAX_SPAN);
                let at = v.start + span * anchor.clamp(0.0, 1.0);
                v.start = at - new_span * anchor.clamp(0.0, 1.0);
                v.end = v.start + new_span;
            }
            ViewAction::Pan(frac) => {
                let d = (v.end - v.start) * frac;
                v.start += d;
                v.end += d;
            }
            ViewAction::Set(s, e) => {
                if e - s >= MIN_SPAN && e - s <= MAX_SPAN && s.is_finite() {
                    v.start = s;
                    v.end = e;
                }
            }
        }
        Rc::new(v)
    }
}

/// Pointer state of the chart (not rendered, so kept out of the reducer).
#[derive(Default)]
struct Drag {
    /// Pointer x and window at pointer-down.
    from: Option<(f64, f64, f64)>,
    /// Set when the pointer moved enough to be a drag, not a click.
    moved: bool,
    /// Pointers down (id, x): two make a pinch.
    pointers: Vec<(i32, f64)>,
    /// Pinch start: finger distance, window, and the time under the midpoint.
    pinch: Option<(f64, f64, f64, f64)>,
}

/// Events on the axis per document, or per entity taking part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lanes {
    Documents,
    Entities,
}

/// Entity lanes drawn at most.
const ENTITY_LANES: usize = 8;

/// The timeline of events of all documents (or of one entity), zoomable.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let view = use_reducer(|| View {
        start: 0.0,
        end: 30.0,
        home: (0.0, 30.0),
    });
    let width = use_state(|| 800.0f64);
    let chart_ref = use_node_ref();
    let drag = use_mut_ref(Drag::default);
    let lane_mode = use_state(|| Lanes::Documents);

    // Which events to show, placed on the axis.
    let items = {
        let docs = props.docs.clone();
        let entity = props.entity.clone();
        let relation = props.relation.clone();
        use_memo((docs, entity, relation), |(docs, entity, relation)| {
            let analyses: Vec<&Analysis> = docs.iter().map(|d| d.analysis.as_ref()).collect();
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
            layout::items(&analyses, keep)
        })
    };
    // What is drawn: the same items, laned by document or by entity.
    let laned = {
        let docs = props.docs.clone();
        let items = items.clone();
        use_memo(
            (docs, props.entity.clone(), *lane_mode),
            move |(docs, _, mode)| match mode {
                Lanes::Documents => {
                    let names = docs.iter().map(|d| d.name.clone()).collect::<Vec<_>>();
                    ((*items).clone(), names)
                }
                Lanes::Entities => {
                    let analyses: Vec<&Analysis> =
                        docs.iter().map(|d| d.analysis.as_ref()).collect();
                    layout::by_entity(&items, &analyses, ENTITY_LANES)
                }
            },
        )
    };
    let (lane_items, lane_names) = &*laned;
    let home = layout::extent(&items);
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
    let height = AXIS_H + LANE_H * lanes as f64 + 6.0;
    let span = (view.end - view.start).max(1e-9);
    let px = |t: f64| (t - view.start) / span * w;
    let marks = layout::marks(lane_items, lanes, view.start, view.end, w, MIN_GAP);

    let focus_item = {
        let on_focus = props.on_focus.clone();
        let docs = props.docs.clone();
        let drag = drag.clone();
        move |doc: usize, ev: usize| {
            let on_focus = on_focus.clone();
            let docs = docs.clone();
            let drag = drag.clone();
            // `by_pointer`: a click, ignored when it ends a drag.
            move |by_pointer: bool| {
                if by_pointer && drag.borrow().moved {
                    return;
                }
                if let Some(d) = docs.get(doc) {
                    if let Some(e) = d.analysis.events.get(ev) {
                        on_focus.emit((d.id.clone(), e.sentence));
                    }
                }
            }
        }
    };

    let zoom = |factor: f64| {
        let view = view.dispatcher();
        Callback::from(move |_: MouseEvent| {
            view.dispatch(ViewAction::Zoom {
                factor,
                anchor: 0.5,
            })
        })
    };
    let on_reset = {
        let view = view.dispatcher();
        Callback::from(move |_: MouseEvent| view.dispatch(ViewAction::Reset))
    };
    let on_keydown = {
        let view = view.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "+" | "=" => ViewAction::Zoom {
                    factor: 0.8,
                    anchor: 0.5,
                },
                "-" | "_" => ViewAction::Zoom {
                    factor: 1.25,
                    anchor: 0.5,
                },
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
        let lane_mode = lane_mode.clone();
        let pressed = *lane_mode == mode;
        let onclick = Callback::from(move |_: MouseEvent| lane_mode.set(mode));
        html! {
            <button type="button" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>{label}</button>
        }
    };
    let axis = dates::ticks(view.start, view.end, (w / 90.0) as usize)
        .into_iter()
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
        .map(|(lane, name)| {
            let y = AXIS_H + LANE_H * lane as f64;
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
                    let mut xs: Vec<f64> = ms.iter().map(at).collect();
                    crate::sort::sort_by(&mut xs, f64::total_cmp);
                    let room = |x: f64| {
                        let next = xs.iter().find(|&&n| n > x + 0.5).copied().unwrap_or(w);
                        (next - x - 14.0).min(w - x - 4.0)
                    };
                    let is_range = |m: &Mark| {
                        matches!(m, Mark::Single { item, x0, x1 } if x1 - x0 > 6.0
                            && lane_items.get(*item).is_some_and(|it| it.shape == Shape::Range))
                    };
                    let ranges = ms.iter().filter(|m| is_range(m));
                    let points = ms.iter().filter(|m| !is_range(m));
                    ranges
                        .chain(points)
                        .map(|m| draw_mark(m, lane_items, cy, &props.docs, &focus_item, &view, room(at(m))))
                        .collect::<Html>()
                })
                .unwrap_or_default();
            html! {
                <g class={classes!("lane", format!("lane-{}", lane % 6))} key={format!("{lane}-{name}")}>
                    {drawn}
                </g>
            }
        })
        .collect::<Html>();
    // Lane backgrounds and names go under the axis grid, the marks above it.
    let lane_bgs = lane_names
        .iter()
        .enumerate()
        .map(|(lane, name)| {
            let y = AXIS_H + LANE_H * lane as f64;
            html! {
                <g class={classes!("lane-bg", format!("lane-bg-{}", lane % 2))}>
                    <rect x="0" y={fmt(y)} width={fmt(w)} height={fmt(LANE_H)} />
                    <text class="lane-name" x="4" y={fmt(y + 12.0)}>{name}</text>
                </g>
            }
        })
        .collect::<Html>();

    let list = event_list(props, &items, view.start, view.end, &focus_item);
    // An entity with no dated event: no empty axis (the list says why).
    let nothing_to_draw = (props.entity.is_some() || props.relation.is_some()) && items.is_empty();

    html! {
        <div class="timeline" onkeydown={on_keydown}>
            <div class="timeline-tools" role="toolbar" aria-label="Timeline zoom">
                <button type="button" onclick={zoom(0.5)} aria-label="Zoom in" title="Zoom in (+)">{"+"}</button>
                <button type="button" onclick={zoom(2.0)} aria-label="Zoom out" title="Zoom out (−)">{"−"}</button>
                <button type="button" onclick={on_reset} title="Show everything (0)">{"Fit"}</button>
                <span class="lane-mode" role="group" aria-label="Lanes">
                    {"Lanes: "}{lane_toggle(Lanes::Documents, "Documents")}{lane_toggle(Lanes::Entities, "Entities")}
                </span>
                <span class="hint">{"Drag or use ← → to pan; wheel, pinch, + and − to zoom."}</span>
            </div>
            <div class="chart" ref={chart_ref} tabindex="0" role="group" hidden={nothing_to_draw}
                aria-label="Timeline chart: arrow keys pan, plus and minus zoom"
                onpointerdown={on_pointerdown} onpointermove={on_pointermove}
                onpointerup={on_pointerup.clone()} onpointercancel={on_pointerup.clone()}
                onpointerleave={on_pointerup}>
                <svg width={fmt(w)} height={fmt(height)} viewBox={format!("0 0 {} {}", fmt(w), fmt(height))}
                    xmlns="http://www.w3.org/2000/svg">
                    {lane_bgs}
                    <g class="axis">{axis}</g>
                    {lanes_html}
                </svg>
            </div>
            {list}
        </div>
    }
}

fn fmt(x: f64) -> String {
    format!("{:.1}", if x.is_finite() { x } else { 0.0 })
}

/// One event or cluster in the SVG.
fn draw_mark<F, G>(
    m: &Mark,
    items: &[Item],
    cy: f64,
    docs: &[TimelineDoc],
    focus_item: &F,
    view: &UseReducerHandle<View>,
    room: f64,
) -> Html
where
    F: Fn(usize, usize) -> G,
    G: Fn(bool) + 'static,
{
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
            let go = Rc::new(focus_item(it.doc, it.event));
            let onclick = {
                let go = go.clone();
                Callback::from(move |_: MouseEvent| go(true))
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    e.stop_propagation();
                    go(false);
                }
            });
            let x = (x0 + x1) / 2.0;
            let shape = match it.shape {
                Shape::Range if x1 - x0 > 6.0 => html! {
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
            let label = format!("{}: {}", dates::readable(&ev.date), ev.label);
            // The event's own words beside its mark, cut to the room there is
            // (about 6.5 px a character at 11 px); the full text is in <title>.
            let bar = matches!(it.shape, Shape::Range if x1 - x0 > 6.0);
            // A span's label sits above its bar, within the bar's own width
            // (below the lane's name, which is at the top of the lane).
            let fits = (if bar { x1 - x0 } else { room } / 6.5) as usize;
            let text = (fits >= 6).then(|| {
                let n = ev.label.chars().count();
                if n <= fits {
                    ev.label.clone()
                } else {
                    let cut: String = ev.label.chars().take(fits.saturating_sub(1)).collect();
                    format!("{}…", cut.trim_end())
                }
            });
            let (text_x, text_y) = match it.shape {
                _ if bar => (*x0 + 2.0, cy - 9.0),
                Shape::Future => (x + 46.0, cy + 4.0),
                _ => (x + 9.0, cy + 4.0),
            };
            html! {
                <g class={classes!("event", it.shape.is_vague().then_some("is-vague"))}
                    role="button" tabindex="0" aria-label={label.clone()} data-date={ev.date.clone()}
                    data-doc={doc_id} data-who={ev.participants.join(" ")}
                    {onclick} {onkeydown}>
                    <title>{label}</title>
                    {shape}
                    if let Some(t) = text {
                        <text class="ev-text" x={fmt(text_x)} y={fmt(text_y)}>{t}</text>
                    }
                </g>
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
            let zoom_in = {
                let view = view.dispatcher();
                move || view.dispatch(ViewAction::Set(s - pad, e + pad))
            };
            let zoom_in = Rc::new(zoom_in);
            let onclick = {
                let z = zoom_in.clone();
                Callback::from(move |_: MouseEvent| z())
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    e.stop_propagation();
                    zoom_in();
                }
            });
            let n = members.len();
            let label = format!(
                "{n} events from {} to {}: zoom in",
                dates::readable(&day_value(s)),
                dates::readable(&day_value(e - 1.0))
            );
            html! {
                <g class="cluster" role="button" tabindex="0" aria-label={label.clone()} {onclick} {onkeydown}>
                    <title>{label}</title>
                    <circle cx={fmt(*x)} cy={fmt(cy)} r="11" />
                    <text x={fmt(*x)} y={fmt(cy + 4.0)} text-anchor="middle">{n.to_string()}</text>
                </g>
            }
        }
    }
}

/// ISO date of a day number.
fn day_value(d: f64) -> String {
    let (y, m, day) = dates::civil_from_days(d.floor() as i64);
    format!("{y:04}-{m:02}-{day:02}")
}

/// The mentions of `a` standing for entity `ent` ("Berlin" acting for
/// Germany), by start.
pub fn stand_ins<'a>(a: &'a Analysis, ent: &str) -> Vec<&'a crate::engine::model::Mention> {
    let mut v: Vec<_> = a
        .entities
        .iter()
        .filter(|m| m.actor.as_deref() == Some(ent))
        .collect();
    crate::sort::sort_by_key(&mut v, |m| m.start);
    v
}

/// True when entity `ent` takes part in `e`: named among its participants,
/// or through a stand-in mention (from [`stand_ins`]) of a participant in
/// its sentence. Logarithmic in the number of stand-ins.
pub fn involves(
    e: &crate::engine::model::Event,
    ent: &str,
    stand_ins: &[&crate::engine::model::Mention],
) -> bool {
    if e.participants.iter().any(|p| p == ent) {
        return true;
    }
    let [s0, s1] = e.sentence;
    let first = stand_ins.partition_point(|m| m.start < s0);
    stand_ins
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|m| m.start < s1)
        .any(|m| m.end <= s1 && e.participants.contains(&m.entity))
}

/// The list under the chart: the events in the visible window (in date
/// order) and those that cannot be placed, each a button with `<time>`.
fn event_list<F, G>(
    props: &TimelineProps,
    items: &[Item],
    start: f64,
    end: f64,
    focus_item: &F,
) -> Html
where
    F: Fn(usize, usize) -> G,
    G: Fn(bool) + 'static,
{
    let visible: Vec<&Item> = items
        .iter()
        .filter(|it| it.end > start && it.start < end)
        .collect();
    let total_placed = items.len();
    // Events with no place on the axis (durations, "XXXX-04", or relative
    // ones in a document without a date).
    let mut unplaced: Vec<(usize, usize)> = Vec::new();
    for (lane, d) in props.docs.iter().enumerate() {
        let stand_ins = match &props.entity {
            Some((doc, ent)) if &d.id == doc => stand_ins(&d.analysis, ent),
            _ => Vec::new(),
        };
        for (i, ev) in d.analysis.events.iter().enumerate() {
            let wanted = in_relation(&props.relation, &d.id, ev)
                && match &props.entity {
                    None => true,
                    Some((doc, ent)) => &d.id == doc && involves(ev, ent, &stand_ins),
                };
            if wanted && dates::place(&ev.date, d.analysis.date.as_deref()).is_none() {
                unplaced.push((lane, i));
            }
        }
    }
    let several = props.docs.len() > 1;
    let row = |lane: usize, ev: usize, vague: bool| -> Html {
        let Some(d) = props.docs.get(lane) else {
            return Html::default();
        };
        let Some(e) = d.analysis.events.get(ev) else {
            return Html::default();
        };
        // "before: talks in Beijing": how it is ordered against other events.
        let relations = e
            .relations
            .iter()
            .filter_map(|r| {
                let other = d.analysis.events.iter().find(|o| o.id == r.event)?;
                Some(format!("{}: {}", r.relation.to_lowercase(), other.label))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let go = focus_item(lane, ev);
        let onclick = Callback::from(move |e: MouseEvent| go(e.detail() > 0));
        html! {
            <li key={format!("{}-{}", d.id, e.id)} class={classes!(vague.then_some("vague"))}
                data-doc={d.id.clone()} data-who={e.participants.join(" ")}>
                <button type="button" class="event-row" {onclick}>
                    <time datetime={e.date.clone()}>{dates::readable(&e.date)}</time>
                    if vague { <span class="tag">{"relative"}</span> }
                    <span class="event-label">{&e.label}</span>
                    if several { <span class="event-doc">{&d.name}</span> }
                    if !relations.is_empty() { <span class="event-rel">{relations}</span> }
                </button>
            </li>
        }
    };
    let shown = visible.len().min(LIST_MAX);
    let hidden_count = visible.len() - shown;
    let out_of_view = total_placed - visible.len();
    html! {
        <div class="event-list">
            <p class="event-count" aria-live="polite">
                if props.relation.is_some() && total_placed == 0 && unplaced.is_empty() {
                    {"No event is stated in the selected relation's sentence. Press its timeline button again to see every event."}
                } else if props.entity.is_some() && total_placed == 0 && unplaced.is_empty() {
                    // Not "0 events in view" over an empty axis: say why.
                    {"No event names the selected entity. Select it again to see every event."}
                } else {
                    {format!("{} event{} in view", visible.len(), if visible.len() == 1 { "" } else { "s" })}
                    if out_of_view > 0 { {format!(", {out_of_view} outside (zoom out or Fit to see them)")} }
                }
            </p>
            <ol>
                { for visible.iter().take(LIST_MAX).map(|it| row(it.doc, it.event, it.shape.is_vague())) }
            </ol>
            if hidden_count > 0 {
                <p class="more">{format!("{hidden_count} more: zoom in to list them.")}</p>
            }
            if !unplaced.is_empty() {
                <h3 class="undated-title">{"Not on the axis"}</h3>
                <ol class="undated">
                    { for unplaced.iter().take(LIST_MAX).map(|&(l, e)| row(l, e, true)) }
                </ol>
            }
        </div>
    }
}
