//! Windowed drawing of long texts: only the [`Chunk`]s in and around the
//! view are in the page; the others are empty boxes of their measured (or
//! estimated) height, so the scroll bar and positions stay right.
//!
//! [`Heights`] is plain data (pixels per chunk, `crate::web::heights`); the hook [`use_window`]
//! measures drawn chunks after each render, keeps what is on screen still
//! when an estimate was wrong, and moves the window as the text box scrolls.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::blocks::Chunk;
use super::found::Found;
pub use crate::web::heights::Heights;

/// Code points a chunk holds, about (see [`super::chunks`]).
pub const CHUNK_CHARS: usize = 4_000;

/// What [`use_window`] gives the view.
#[derive(Clone)]
pub struct Window {
    /// Chunks drawn, `[lo, hi)`.
    pub range: (usize, usize),
    /// Draw chunk `i` and then scroll to the first element matching the
    /// selector (flashing it when the flag is set) once it is in the page.
    pub reveal: Rc<dyn Fn(usize, String, bool)>,
}

/// The window over `chunks` of the text box `container`; `key` is the
/// document id and analysis generation (another document starts at the
/// top, a new analysis of the same one keeps the place). With no chunks (a short
/// text, drawn whole) it does nothing.
#[hook]
pub fn use_window(container: NodeRef, chunks: Rc<Vec<Chunk>>, key: (String, u64)) -> Window {
    let n = chunks.len();
    let range = use_state(|| (0, n.min(3)));
    // One cell for the view's life, refitted when the chunks change.
    let chars: Vec<usize> = chunks.iter().map(|c| c.chars).collect();
    let heights: Rc<RefCell<Heights>> = use_mut_ref(|| Heights::new(&chars));
    heights.borrow_mut().refit(&chars);
    // A text drawn afresh (opened, switched to; the view mounted or shown another document)
    // draws one chunk, the first of its window, and the rest of the window after the frame is
    // painted (issue 17.3: the three chunks a switch back to a 2 MB text drew were one frame
    // of ~35 ms of CPU, most of it their layout). `narrow` holds the document so drawn until
    // the window is read again (the effect below, a scroll, a reveal).
    let narrow = use_mut_ref(|| None::<String>);
    let last_doc = use_mut_ref(|| None::<String>);
    if last_doc.borrow().as_deref() != Some(key.0.as_str()) {
        *last_doc.borrow_mut() = Some(key.0.clone());
        *narrow.borrow_mut() = (n > 1).then(|| key.0.clone());
    }
    let drawn = {
        let (lo, hi) = *range;
        let lo = lo.min(n.saturating_sub(1));
        let hi = hi.min(n).max(lo + 1).min(n);
        if narrow.borrow().as_deref() == Some(key.0.as_str()) {
            (lo, (lo + 1).min(n))
        } else {
            (lo, hi)
        }
    };
    let redraw = use_force_update();
    let pending = use_mut_ref(|| None::<(String, bool)>);
    // The box find in page revealed, until the view moves or the next task
    // (then where it left the view is read, see `Found`), and that place.
    let revealed = use_mut_ref(|| None::<(usize, Element)>);
    let found_at = use_mut_ref(|| None::<Found>);
    {
        // A new text (or another length of it): the chunks at the scroll position.
        let range = range.clone();
        let heights = heights.clone();
        let container = container.clone();
        let (narrow, redraw) = (narrow.clone(), redraw.clone());
        // Read after the frame is painted: read here, the view's size forced a layout
        // of the whole page inside the task that drew it (issue 17.3: switching back).
        use_effect_with((key.0.clone(), n), move |_| {
            crate::web::components::after_paint(move || {
                let narrowed = narrow.borrow_mut().take().is_some();
                if let (Some(root), true) = (container.cast::<Element>(), n > 0) {
                    let want = heights.borrow().visible(
                        f64::from(root.scroll_top()),
                        f64::from(root.client_height()),
                    );
                    if want != *range {
                        range.set(want);
                        return;
                    }
                }
                if narrowed {
                    redraw.force_update();
                }
            });
        });
    }
    // After each render: measure the drawn chunks (keeping the chunk at the
    // top of the view where it was), then do a pending scroll.
    // The height last written on each chunk's box, for this key (issue 17.3:
    // reading every box's height back through the CSSOM, and its attributes,
    // was a third of a 2 MB text's first draw).
    let written = use_mut_ref(|| (key.clone(), Vec::<Option<u64>>::new()));
    // Between a render that moved the window and the effect below, the boxes
    // that were chunks have no height yet, and the scheduler may yield to the
    // browser in between (Yew yields every 16 ms): a scroll event then reads
    // a page that disagrees with `heights` (at the end of the text, the
    // shorter page clamps the scroll), and moved the window away from what
    // it had just drawn. The scroll listener leaves such events to the
    // effect (`settle`), which reads the view again once the boxes are right.
    let settle = use_mut_ref(Settle::default);
    // The window drawn (or about to be), as the listeners see it.
    let shown = use_mut_ref(|| (0usize, 0usize));
    *shown.borrow_mut() = drawn;
    settle.borrow_mut().rendered((drawn, key.clone()));
    {
        let container = container.clone();
        let heights = heights.clone();
        let pending = pending.clone();
        let found_at = found_at.clone();
        let (range_state, shown, settle) = (range.clone(), shown.clone(), settle.clone());
        let runs = use_mut_ref(|| 0u64);
        use_effect_with((drawn, key.clone()), move |deps| {
            settle.borrow_mut().applied(deps.clone());
            let Some(root) = container.cast::<HtmlElement>() else {
                return;
            };
            let run = {
                let mut r = runs.borrow_mut();
                *r += 1;
                *r
            };
            // A text drawn afresh (opened, switched to) with nothing to scroll to: its boxes
            // get their heights now and the drawn chunks are measured after the frame is
            // painted, from the frame's layout, not one forced inside this task (issue
            // 17.3: a layout of the whole page in the task that switched back to a 2 MB
            // text). The measure only moves boxes below the view.
            let fresh = {
                let w = written.borrow();
                w.0 != deps.1 || w.1.is_empty()
            } && pending.borrow().is_none()
                && found_at.borrow().is_none();
            if fresh {
                place(&root, deps, &heights, &written, &found_at, &pending, false);
                let deps = deps.clone();
                crate::web::components::after_paint(move || {
                    if *runs.borrow() == run {
                        if let Some(root) = container.cast::<HtmlElement>() {
                            place(&root, &deps, &heights, &written, &found_at, &pending, true);
                        }
                    }
                });
                return;
            }
            place(&root, deps, &heights, &written, &found_at, &pending, true);
            if settle.borrow_mut().missed() {
                let want = heights.borrow().visible(
                    f64::from(root.scroll_top()),
                    f64::from(root.client_height()),
                );
                if want != *shown.borrow() {
                    *shown.borrow_mut() = want;
                    range_state.set(want);
                }
            }
        });
    }
    // Scrolling the text box moves the window (a listener on the box itself:
    // scroll events do not bubble).
    {
        let range = range.clone();
        let heights = heights.clone();
        let container = container.clone();
        let (shown, settle, narrow) = (shown.clone(), settle.clone(), narrow.clone());
        let (revealed, found_at) = (revealed.clone(), found_at.clone());
        use_effect_with(key.0.clone(), move |_| {
            let listener = container.cast::<Element>().map(|root| {
                let el = root.clone();
                gloo::events::EventListener::new(&root, "scroll", move |_| {
                    Found::catch(&revealed, &found_at, &el);
                    if settle.borrow_mut().skip() {
                        return;
                    }
                    let want = heights
                        .borrow()
                        .visible(f64::from(el.scroll_top()), f64::from(el.client_height()));
                    if want != *shown.borrow() {
                        narrow.borrow_mut().take();
                        *shown.borrow_mut() = want;
                        range.set(want);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Find in page found words in an empty box (`hidden="until-found"`).
    // Right after this event (and the microtasks it queues) the browser
    // removes the attribute and scrolls to the words, in the box's own text
    // node. So the box is laid out from now on (class `found`: the CSS keeps
    // `ph` boxes out of layout), and its chunk is drawn only after that
    // scroll (at its scroll event or in the next task, whichever comes
    // first): drawn at once (a render is a microtask) it replaced the words
    // the browser then scrolled to. Where the view then was in the box's
    // words is kept while the chunk is drawn (`Found`).
    {
        let range = range.clone();
        let container = container.clone();
        let heights = heights.clone();
        let (shown, narrow) = (shown.clone(), narrow.clone());
        let (revealed, found_at) = (revealed.clone(), found_at.clone());
        use_effect_with(key.0.clone(), move |_| {
            let listener = container.cast::<Element>().map(|root| {
                let root_el = root.clone();
                gloo::events::EventListener::new(&root, "beforematch", move |e| {
                    // The chunks now (a document keeps its id when its text changes).
                    let n = heights.borrow().h.len();
                    let chunk = e
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                        .and_then(|el| el.closest(".chunk").ok().flatten());
                    let Some(chunk) = chunk else { return };
                    let _ = chunk.class_list().add_1("found");
                    let Some(i) = chunk.get_attribute("data-c").and_then(|c| c.parse().ok()) else {
                        return;
                    };
                    *revealed.borrow_mut() = Some((i, chunk));
                    let (range, shown, narrow) = (range.clone(), shown.clone(), narrow.clone());
                    let (revealed, found_at, root) =
                        (revealed.clone(), found_at.clone(), root_el.clone());
                    gloo::timers::callback::Timeout::new(0, move || {
                        // What is drawn now (`*range` is as of the listener's start).
                        let (lo, hi) = *shown.borrow();
                        if Found::catch(&revealed, &found_at, &root).is_some()
                            && !(lo..hi).contains(&i)
                        {
                            narrow.borrow_mut().take();
                            range.set((i.saturating_sub(1), (i + 2).min(n)));
                        }
                    })
                    .forget();
                })
            });
            move || drop(listener)
        });
    }
    let reveal: Rc<dyn Fn(usize, String, bool)> = {
        let range = range.clone();
        let pending = pending.clone();
        let container = container.clone();
        Rc::new(move |i: usize, selector: String, flash: bool| {
            let (lo, hi) = drawn;
            if (lo..hi).contains(&i) {
                if let Some(el) = container
                    .cast::<Element>()
                    .and_then(|r| r.query_selector(&selector).ok().flatten())
                {
                    crate::web::components::scroll_to(&el);
                    if flash {
                        crate::web::components::flash(&el, "flash");
                    }
                }
                return;
            }
            narrow.borrow_mut().take();
            *pending.borrow_mut() = Some((selector, flash));
            range.set((i.saturating_sub(1), (i + 2).min(n)));
        })
    };
    Window {
        range: drawn,
        reveal,
    }
}

/// A window drawn, `[lo, hi)` chunks, and the key it was drawn for (see
/// [`use_window`]).
type Placed = ((usize, usize), (String, u64));

/// The key and the height last written on each chunk's box (f64 bits; `None`
/// when cleared or never written).
type Written = ((String, u64), Vec<Option<u64>>);

/// Whether the page is between a render that moved the window and the
/// effect that places its boxes (see [`use_window`]), and whether a scroll
/// event came in between (the effect then reads the view again).
#[derive(Debug, Default)]
struct Settle {
    /// The window and key the effect last placed.
    applied: Option<Placed>,
    /// A render drew another window or key than `applied`.
    waiting: bool,
    /// A scroll event came while `waiting`.
    missed: bool,
}

impl Settle {
    /// The hook rendered the window and key `deps`.
    fn rendered(&mut self, deps: Placed) {
        self.waiting = self.applied.as_ref() != Some(&deps);
    }

    /// The effect placed the boxes of `deps`.
    fn applied(&mut self, deps: Placed) {
        self.applied = Some(deps);
        self.waiting = false;
    }

    /// A scroll event: whether to leave it to the effect (noted if so).
    fn skip(&mut self) -> bool {
        self.missed |= self.waiting;
        self.waiting
    }

    /// Whether a scroll event was left to the effect since the last call.
    fn missed(&mut self) -> bool {
        std::mem::take(&mut self.missed)
    }
}

/// After a render with the window at `lo..hi`: give the boxes their heights
/// and (when `measure`) measure the drawn chunks (keeping the chunk at the top of the view
/// where it was), then do a pending scroll: find in page's place, else a
/// reveal's target, else what the measure moved.
fn place(
    root: &HtmlElement,
    ((lo, hi), key): &Placed,
    heights: &RefCell<Heights>,
    written: &RefCell<Written>,
    found_at: &RefCell<Option<Found>>,
    pending: &RefCell<Option<(String, bool)>>,
    measure: bool,
) {
    let mut written = written.borrow_mut();
    if written.0 != *key {
        *written = (key.clone(), Vec::new());
    }
    let n = heights.borrow().h.len();
    written.1.resize(n, None);
    // Boxes get their height here, through the CSSOM: a style
    // attribute would break a host page's CSP without 'unsafe-inline'.
    // The chunks are the box's children, in order (`DocBody`).
    let (mut drawn, mut boxes) = (Vec::new(), Vec::new());
    let kids = root.children();
    let count = if kids.length() as usize == n { n } else { 0 };
    for i in 0..count {
        let Some(el) = kids.item(i as u32) else {
            continue;
        };
        if !(*lo..*hi).contains(&i) {
            let h = heights.borrow().h.get(i).copied();
            set_height_once(&el, &mut written.1[i], h);
            // Not laid out, but searchable (drawn with it; again
            // after find in page revealed it and it went back).
            if !el.has_attribute("hidden") {
                let _ = el.set_attribute("hidden", "until-found");
            }
            boxes.push((i, el));
        } else {
            if el.has_attribute("hidden") {
                let _ = el.remove_attribute("hidden");
            }
            set_height_once(&el, &mut written.1[i], None);
            drawn.push((i, el));
        }
    }
    if !measure {
        return;
    }
    // Measured once every box is hidden: the first measure lays the
    // page out, and a box's words must not be in that layout.
    let got: Vec<(usize, f64)> = drawn
        .into_iter()
        .map(|(i, el)| (i, el.get_bounding_client_rect().height()))
        .collect();
    let scroll = f64::from(root.scroll_top());
    let mut h = heights.borrow_mut();
    let anchor = h.at(scroll);
    let before = h.top(anchor);
    h.measure(&got, anchor);
    let after = h.top(anchor);
    // The boxes re-estimated by that measure (those below the view)
    // get their new height now, not at the next render: in between,
    // a scroll (find in page's, the scroll bar's) went to a place
    // the page and the heights disagreed on, and drew other chunks.
    for (i, el) in &boxes {
        if let Some(w) = written.1.get_mut(*i) {
            set_height_once(el, w, h.h.get(*i).copied());
        }
    }
    drop(h);
    // Find in page's words, now drawn in their chunk: back to where
    // the browser showed them (the drawn chunk lays its words out
    // taller than the box's plain text did, so the chunk's top
    // staying put left them up to a view below).
    let spot = found_at.borrow().clone();
    if let Some(spot) = spot.filter(|f| (*lo..*hi).contains(&f.chunk)) {
        found_at.borrow_mut().take();
        if let Some(el) = kids.item(spot.chunk as u32) {
            spot.restore(root, &el);
            return;
        }
    }
    let target = pending.borrow_mut().take();
    match target {
        Some((selector, flash)) => {
            if let Ok(Some(el)) = root.query_selector(&selector) {
                // Centred in the text box (the browser keeps it in
                // range: the last lines end up at the bottom, not
                // half a view below it, as a scroll into view and
                // back by half a view put them).
                let (r, b) = (
                    el.get_bounding_client_rect(),
                    root.get_bounding_client_rect(),
                );
                let top = f64::from(root.scroll_top()) + r.top() - b.top();
                let margin = (f64::from(root.client_height()) - r.height()).max(0.0) / 2.0;
                root.set_scroll_top((top - margin).max(0.0) as i32);
                if flash {
                    crate::web::components::flash(&el, "flash");
                }
            }
        }
        None if (after - before).abs() > 0.5 => {
            root.set_scroll_top((scroll + after - before).max(0.0) as i32);
        }
        None => {}
    }
}

/// [`set_height`], unless `written` says that height was the last written
/// on `el` (as f64 bits; updated).
fn set_height_once(el: &Element, written: &mut Option<u64>, px: Option<f64>) {
    let bits = px.map(f64::to_bits);
    if *written != bits || written.is_none() {
        set_height(el, px);
        *written = bits;
    }
}

/// Set (or with `None` clear) the inline height of `el` through the CSSOM.
/// Left alone when it already has that height: a write, even of the same
/// value, made the browser lay out the whole text box again.
fn set_height(el: &Element, px: Option<f64>) {
    if let Ok(style) = js_sys::Reflect::get(el, &"style".into()) {
        let v = px.map_or(String::new(), |h| {
            format!("{}px", crate::export::decimal::fixed(h, 1))
        });
        let key = JsValue::from_str("height");
        if js_sys::Reflect::get(&style, &key)
            .ok()
            .and_then(|h| h.as_string())
            != Some(v.clone())
        {
            let _ = js_sys::Reflect::set(&style, &key, &v.into());
        }
    }
}
