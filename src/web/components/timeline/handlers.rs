//! The timeline's listeners, made once per timeline (issue 17.3, session 15): a new
//! `Callback` compares unequal, so making them in each render replaced every listener of
//! the toolbar, the chart and the list on every redraw (select, zoom, pan). What they need
//! that changes from one render to the next (the window drawn, the events shown, the lanes)
//! they read from [`Live`], which each render brings up to date.
//!
//! Marks, chips and rows have no listener of their own: each names its event in `data-ev`
//! ([`layout::ev_key`]) or its cluster's zoom window in `data-zoom`, and the chart's and
//! the list's handlers read them.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent};
use yew::prelude::*;

use super::draw;
use super::layout::{self, Item};
use super::list::Budget;
use super::props::TimelineDoc;
use super::view::{Drag, ViewAction, ViewCell};
use crate::workspace::Lanes;

/// The events shown: on the axis (sorted by start), and not on it (document, event).
pub(super) type Shown = (Vec<Item>, Vec<(usize, usize)>);

/// What the listeners read when an event comes: set by each render.
#[derive(Default)]
pub(super) struct Live {
    /// The window drawn (days) and the chart's width (px).
    pub(super) start: f64,
    pub(super) end: f64,
    pub(super) width: f64,
    /// The events on the axis, sorted by start (for the zoom centre).
    pub(super) items: Rc<Shown>,
    pub(super) docs: Rc<Vec<TimelineDoc>>,
    pub(super) on_focus: Callback<(String, [usize; 2])>,
    pub(super) on_lanes: Callback<Lanes>,
    /// First lane drawn, lanes in all, lanes drawn at once.
    pub(super) top: usize,
    pub(super) lanes: usize,
    pub(super) shown: usize,
    pub(super) lane_top: Option<UseStateHandle<usize>>,
    /// The event list's rows ([`Budget`]) and the list they are for.
    pub(super) budget: Option<UseStateHandle<Budget>>,
    pub(super) list: usize,
}

/// Every listener of the timeline.
pub(super) struct Handlers {
    pub(super) zoom_in: Callback<MouseEvent>,
    pub(super) zoom_out: Callback<MouseEvent>,
    pub(super) reset: Callback<MouseEvent>,
    pub(super) lanes_by_document: Callback<MouseEvent>,
    pub(super) lanes_by_entity: Callback<MouseEvent>,
    pub(super) lanes_back: Callback<MouseEvent>,
    pub(super) lanes_on: Callback<MouseEvent>,
    pub(super) keydown: Callback<KeyboardEvent>,
    pub(super) chart_click: Callback<MouseEvent>,
    pub(super) chart_keydown: Callback<KeyboardEvent>,
    pub(super) pointerdown: Callback<PointerEvent>,
    pub(super) pointermove: Callback<PointerEvent>,
    pub(super) pointerup: Callback<PointerEvent>,
    pub(super) list_click: Callback<MouseEvent>,
    pub(super) list_scroll: Callback<Event>,
}

/// The mark (event, cluster or chip) an event is on.
fn mark_of(e: &Event) -> Option<Element> {
    let el: Element = e.target()?.dyn_into().ok()?;
    el.closest("[data-ev], [data-zoom]").ok()?
}

/// The `data-ev` or `data-zoom` attribute of the mark an event is on.
fn mark_key(e: &Event) -> Option<(&'static str, String)> {
    let mark = mark_of(e)?;
    ["data-ev", "data-zoom"]
        .into_iter()
        .find_map(|a| Some((a, mark.get_attribute(a)?)))
}

/// The listeners of one timeline.
pub(super) fn handlers(
    live: Rc<RefCell<Live>>,
    view: ViewCell,
    drag: Rc<RefCell<Drag>>,
    chart_ref: NodeRef,
) -> Handlers {
    // Show the sentence of the event `key` names; `by_pointer`: a click, ignored when it
    // ends a drag.
    let activate = {
        let (live, drag) = (live.clone(), drag.clone());
        Rc::new(move |key: &str, by_pointer: bool| {
            if by_pointer && drag.borrow().moved {
                return;
            }
            let Some((doc, ev)) = layout::parse_ev_key(key) else {
                return;
            };
            drag.borrow_mut().chosen = Some((doc, ev));
            let live = live.borrow();
            if let Some(d) = live.docs.get(doc) {
                if let Some(e) = d.analysis.events.get(ev) {
                    live.on_focus.emit((d.id.clone(), e.sentence));
                }
            }
        })
    };
    let zoom_to = {
        let view = view.clone();
        move |key: &str| {
            if let Some((s, e)) = draw::parse_zoom_key(key) {
                view.dispatch(ViewAction::Set(s, e));
            }
        }
    };
    // Buttons and keys zoom around the event last clicked, else the events in view: the
    // window's middle was often an empty stretch between two groups.
    let zoom_on = {
        let (live, drag) = (live.clone(), drag.clone());
        Rc::new(move |factor: f64| {
            let l = live.borrow();
            let at = layout::zoom_centre(&l.items.0, drag.borrow().chosen, l.start, l.end);
            let half = (l.end - l.start) * factor / 2.0;
            ViewAction::Set(at - half, at + half)
        })
    };
    let zoom = |factor: f64| {
        let (view, zoom_on) = (view.clone(), zoom_on.clone());
        Callback::from(move |_: MouseEvent| view.dispatch(zoom_on(factor)))
    };
    let lanes = |mode: Lanes| {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| live.borrow().on_lanes.emit(mode))
    };
    // Page through the lanes when there are more than are drawn at once.
    let step = |forward: bool| {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| {
            let l = live.borrow();
            let next = if forward {
                (l.top + l.shown).min(l.lanes.saturating_sub(l.shown))
            } else {
                l.top.saturating_sub(l.shown)
            };
            if let Some(top) = &l.lane_top {
                top.set(next);
            }
        })
    };
    let keydown = {
        let (view, zoom_on) = (view.clone(), zoom_on.clone());
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
    let chart_click = {
        let (activate, zoom_to) = (activate.clone(), zoom_to.clone());
        Callback::from(move |e: MouseEvent| match mark_key(&e) {
            Some(("data-ev", k)) => activate(&k, true),
            Some((_, k)) => zoom_to(&k),
            None => {}
        })
    };
    let chart_keydown = {
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
    let pointerdown = {
        let (drag, live, chart_ref) = (drag.clone(), live.clone(), chart_ref.clone());
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let l = live.borrow();
            let x = f64::from(e.client_x());
            d.pointers.retain(|p| p.0 != e.pointer_id());
            d.pointers.push((e.pointer_id(), x));
            d.from = Some((x, l.start, l.end));
            d.moved = false;
            if let [(_, a), (_, b)] = d.pointers[..] {
                // Two fingers: pinch around the time under their midpoint.
                let left = chart_ref
                    .cast::<Element>()
                    .map_or(0.0, |el| el.get_bounding_client_rect().left());
                let mid = ((a + b) / 2.0 - left) / l.width;
                let t = l.start + (l.end - l.start) * mid;
                d.pinch = Some(((a - b).abs().max(1.0), l.start, l.end, t));
                d.from = None;
            }
        })
    };
    let pointermove = {
        let (drag, live, view) = (drag.clone(), live.clone(), view.clone());
        Callback::from(move |e: PointerEvent| {
            // One tooltip for the whole chart: its `title`, the full label of the mark under
            // the pointer (issue 17.3: a `<title>` in each mark was two more nodes to build
            // for each of a redraw's ~110 marks).
            if let Some(chart) = chart_ref.cast::<Element>() {
                let label = mark_of(&e).and_then(|m| m.get_attribute("aria-label"));
                let _ = chart.set_attribute("title", &label.unwrap_or_default());
            }
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
                let shift = -dx / live.borrow().width * (en - s);
                view.dispatch(ViewAction::Set(s + shift, en + shift));
            }
        })
    };
    let pointerup = Callback::from(move |e: PointerEvent| {
        let mut d = drag.borrow_mut();
        d.from = None;
        d.pinch = None;
        d.pointers.retain(|p| p.0 != e.pointer_id());
    });
    let list_click = Callback::from(move |e: MouseEvent| {
        if let Some(("data-ev", k)) = mark_key(&e) {
            activate(&k, e.detail() > 0);
        }
    });
    // Scrolled near the end of the rows drawn: draw a page more.
    let list_scroll = {
        let live = live.clone();
        Callback::from(move |e: Event| {
            let el: Element = e.target_unchecked_into();
            if el.scroll_top() + 2 * el.client_height() < el.scroll_height() {
                return;
            }
            let l = live.borrow();
            if let Some(budget) = &l.budget {
                if let Some(more) = budget.grown(l.list) {
                    budget.set(more);
                }
            }
        })
    };
    Handlers {
        zoom_in: zoom(0.5),
        zoom_out: zoom(2.0),
        reset: Callback::from(move |_: MouseEvent| view.dispatch(ViewAction::Reset)),
        lanes_by_document: lanes(Lanes::Document),
        lanes_by_entity: lanes(Lanes::Entity),
        lanes_back: step(false),
        lanes_on: step(true),
        keydown,
        chart_click,
        chart_keydown,
        pointerdown,
        pointermove,
        pointerup,
        list_click,
        list_scroll,
    }
}
