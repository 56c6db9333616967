//! The timeline's visible window (a reducer: zoom, pan, fit) and the
//! pointer state of the chart (drag, pinch, the event last clicked), kept
//! out of the render.
//!
//! Units: days since 1970-01-01 (fractional) for the window; CSS pixels for
//! pointer positions.

use std::rc::Rc;

use yew::prelude::*;

/// Narrowest window, in days.
const MIN_SPAN: f64 = 0.5;
/// Widest window, in days (about 3,000 years).
const MAX_SPAN: f64 = 366.0 * 3000.0;

/// The visible window in days, and where "reset" goes back to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct View {
    pub(super) start: f64,
    pub(super) end: f64,
    pub(super) home: (f64, f64),
    /// The window new data or a switch of document was fitted to.
    pub(super) fitted: (f64, f64),
}

pub(super) enum ViewAction {
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

/// The window of one timeline, changed by [`ViewAction`]s through [`View`]'s reducer. Kept
/// in a cell rather than a `use_reducer`: new data is fitted in the render that draws it, by
/// [`ViewCell::fit`], with no second render (with a reducer, an effect dispatched the new
/// home after each render with new data, which drew the timeline again: every select and
/// deselect of an entity rendered it twice, issue 17.3, session 15).
#[derive(Clone)]
pub(super) struct ViewCell {
    pub(super) view: Rc<std::cell::RefCell<View>>,
    pub(super) redraw: UseForceUpdateHandle,
}

impl ViewCell {
    /// Apply `action`; the timeline is drawn again if the window moved.
    pub(super) fn dispatch(&self, action: ViewAction) {
        let now = *self.view.borrow();
        let next = *Rc::new(now).reduce(action);
        if next != now {
            *self.view.borrow_mut() = next;
            self.redraw.force_update();
        }
    }

    /// The window to draw for data whose extent is `home` and whose selected document's
    /// events span `fit`: the current one, or `fit` when the data or the selected
    /// document changed since (so `home` or `fit` did).
    pub(super) fn fit(&self, home: (f64, f64), fit: (f64, f64)) -> View {
        let mut v = self.view.borrow_mut();
        let bits = |(a, b): (f64, f64)| (a.to_bits(), b.to_bits());
        if bits(v.home) != bits(home) || bits(v.fitted) != bits(fit) {
            *v = View {
                start: fit.0,
                end: fit.1,
                home,
                fitted: fit,
            };
        }
        *v
    }
}

/// Pointer state of the chart (not rendered, so kept out of the reducer).
#[derive(Default)]
pub(super) struct Drag {
    /// Pointer x and window at pointer-down.
    pub(super) from: Option<(f64, f64, f64)>,
    /// Set when the pointer moved enough to be a drag, not a click.
    pub(super) moved: bool,
    /// Pointers down (id, x): two make a pinch.
    pub(super) pointers: Vec<(i32, f64)>,
    /// Pinch start: finger distance, window, and the time under the midpoint.
    pub(super) pinch: Option<(f64, f64, f64, f64)>,
    /// The event last clicked (document, event index): the zoom buttons keep
    /// it in the middle (`layout::zoom_centre`).
    pub(super) chosen: Option<(usize, usize)>,
}
