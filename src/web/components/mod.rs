//! The UI's components, one file each, named for what they show:
//!
//! - [`document_input::DocumentInput`]: document tabs, text, date, file import;
//! - [`document_view::DocumentView`]: the text with its mentions highlighted;
//! - [`entity_panel::EntityPanel`]: entities by type, filter and toggles;
//! - [`relations_view::RelationsView`]: relations by type, and their [`network::network`];
//! - [`corrections::EntityCorrection`], [`corrections::TextTools`]: the
//!   correction controls, beside the entity and the text;
//! - [`timeline::Timeline`]: the SVG timeline and its event list;
//! - [`workspace::WorkspaceBar`]: saving and restoring, corrections, undo/redo,
//!   workspace import/export and the watchlist; its [`notices::notice_list`]
//!   and the [`autosave::use_autosave`] hook; its pieces (undo/redo, counts,
//!   import/export, save state, corrections in force, shared entities,
//!   watchlist matches) are render functions in [`workspace_parts`].
//!
//! They read the engine's serializable results and report user intent through
//! `on_<verb>` callbacks; the state lives in [`crate::web::state`].

pub mod autosave;
pub mod corrections;
pub mod document_input;
pub mod document_view;
pub mod entity_panel;
pub mod import;
pub mod network;
pub mod notices;
pub mod relations_view;
pub mod timeline;
pub mod workspace;
pub mod workspace_parts;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::engine::model::Analysis;

/// An analysis as a `use_memo` key: equal when it is the same `Rc` (an
/// analysis never changes behind its `Rc`), so comparing keys costs nothing
/// on a 2 MB text (issue 14.10); holding the `Rc` keeps its address from
/// being reused by another analysis.
#[derive(Clone)]
pub struct SameAnalysis(pub Rc<Analysis>);

impl PartialEq for SameAnalysis {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

/// An `Rc` as a memo key or prop: equal when it is the same `Rc`. Holding it
/// keeps its address from being reused by the next value (a memo drops its old
/// value before making the new one, so two values' addresses alone may be equal).
pub struct Same<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Same<T> {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

/// Props of [`Kept`]: a drawing made once (in a memo) and the memo's value it is part of.
#[derive(Properties)]
pub struct KeptProps {
    /// The drawing.
    pub html: Html,
    /// What it was drawn from: the drawing is the same while this is the same `Rc`.
    pub from: Same<dyn std::any::Any>,
}

/// Equal when drawn from the same `Rc`, the drawing not compared: a derived `PartialEq`
/// compared `html` first, node by node (the workspace bar's 1,838 links on every render
/// of the bar, each selection and deselection), to find it equal.
impl PartialEq for KeptProps {
    fn eq(&self, o: &Self) -> bool {
        self.from == o.from
    }
}

/// A subtree drawn once and left alone while `from` is the same: Yew skips a child
/// component whose props are equal, where a memoized `Html` put inline is diffed
/// again, node by node, on every render of its parent (issue 17.3: the workspace
/// bar's 1,838 links to entities in several documents, diffed on every entity
/// selected).
#[function_component]
pub fn Kept(props: &KeptProps) -> Html {
    props.html.clone()
}

/// Bring `el` smoothly to the middle of its scrolling container, unless it is in view
/// already: in the window and in the text's own scrolling box (a click on an entity in
/// the list scrolled the page under the pointer to centre a mention on screen; trial 22).
/// When the Entities list has the focus, only the text's own box scrolls (see below).
pub fn scroll_to(el: &Element) {
    let r = el.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let boxed = el.closest(".doc-text").ok().flatten().is_none_or(|b| {
        let b = b.get_bounding_client_rect();
        r.top() >= b.top() && r.bottom() <= b.bottom()
    });
    if r.height() > 0.0 && r.top() >= 0.0 && r.bottom() <= height && boxed {
        return;
    }
    // Selected in the Entities list ([`from_list`]): only the text's own scrolling
    // box moves, never the page, which would carry the sticky list away from the pointer
    // (trial 23: a click on a row moved it 200-400 px).
    if from_list() {
        if let Some(b) = el.closest(".doc-text").ok().flatten() {
            let br = b.get_bounding_client_rect();
            let dy = r.top() - br.top() - (br.height() - r.height()) / 2.0;
            b.set_scroll_top(b.scroll_top() + dy.round() as i32);
        }
        return;
    }
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

thread_local! {
    /// When a row of the Entities list was last clicked (`js_sys::Date::now()`, ms).
    static LIST_CLICK: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Record a click on a row of the Entities list (read by [`from_list`]).
pub fn note_list_click() {
    LIST_CLICK.with(|c| c.set(js_sys::Date::now()));
}

/// Whether the selection being shown was made in the Entities list: a row was clicked in
/// the last second. (Not the focus: the clicked row loses it while the list is redrawn.)
pub fn from_list() -> bool {
    LIST_CLICK.with(|c| js_sys::Date::now() - c.get() < 1_000.0)
}

/// How far to scroll a view showing `view` (top, bottom; CSS px) for `item` (top, bottom)
/// to be seen whole, moving as little as possible: positive down, 0 when it is in view
/// already. An item taller than the view is brought to its top.
pub fn nearest_scroll(item: (f64, f64), view: (f64, f64)) -> f64 {
    let (above, below) = (view.0 - item.0, item.1 - view.1);
    if above > 0.0 || item.1 - item.0 > view.1 - view.0 {
        -above
    } else if below > 0.0 {
        below
    } else {
        0.0
    }
}

/// Scroll `panel` (a scrolling element), and nothing else, just enough for its part
/// (top, bottom; viewport CSS px, as `getBoundingClientRect` gives) to be seen whole
/// ([`nearest_scroll`]).
pub fn reveal_in(part: (f64, f64), panel: &Element) {
    let p = panel.get_bounding_client_rect();
    let view = (p.top(), p.top() + f64::from(panel.client_height()));
    let dy = nearest_scroll(part, view);
    if dy != 0.0 {
        panel.set_scroll_top(panel.scroll_top() + dy.round() as i32);
    }
}

/// Restart a CSS animation class on `el` (used to flash a sentence).
pub fn flash(el: &Element, class: &str) {
    let list = el.class_list();
    let _ = list.remove_1(class);
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        // Reading layout forces a reflow, so the re-added class restarts the animation.
        let _ = h.offset_width();
    }
    let _ = list.add_1(class);
}

/// Run `f` in a task after the next frame is painted: a timeout set in an
/// animation-frame callback (as `bench/browser.mjs` waits for a paint). Layout
/// read there is the frame's, already done, not one forced inside a task.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget()
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(cb.unchecked_ref());
    }
}

/// After the next frame is painted, `apply(value)` when `pending` is `Some(value)`, but only
/// if this effect run is still the latest when the frame comes: a frame callback is not
/// cancelled, so a value asked for and then replaced (or cleared, or the component
/// unmounted) within one frame would else be applied late, over the newer one. `apply` is
/// taken from the render in which `pending` changed. Shared by the hooks that draw part of
/// a panel a frame later (`app::late`, the relations network).
#[hook]
pub fn use_after_paint<T>(pending: Option<T>, apply: impl FnOnce(T) + 'static)
where
    T: Clone + PartialEq + 'static,
{
    let runs = use_mut_ref(|| 0u64);
    use_effect_with(pending, move |pending| {
        let run = {
            let mut r = runs.borrow_mut();
            *r += 1;
            *r
        };
        if let Some(value) = pending.clone() {
            let runs = runs.clone();
            after_paint(move || {
                if *runs.borrow() == run {
                    apply(value);
                }
            });
        }
        // Unmounted, or the effect run again: this run's callback is stale.
        move || *runs.borrow_mut() += 1
    });
}
