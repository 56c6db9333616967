//! Panels of a long text drawn a frame after the rest when it was not the document
//! they last showed (opened, or switched to): drawn in one task with the text, a 2 MB
//! text's switch back was one task of ~77 ms of CPU (issue 17.3).

use yew::prelude::*;

use crate::web::components::use_after_paint;
use crate::web::state::document::Analysed;

/// Whether a panel shows document `doc` in this render: at once when `now` (a short
/// text), else once it was drawn for `doc` before, or a frame after `ready` (what
/// it waits for is drawn) first holds for `doc`, in a render of its own.
#[hook]
pub(super) fn use_late(doc: &str, now: bool, ready: bool) -> bool {
    let drawn = use_mut_ref(|| None::<String>);
    let redraw = use_force_update();
    if now && drawn.borrow().as_deref() != Some(doc) {
        *drawn.borrow_mut() = Some(doc.to_string());
    }
    let show = now || drawn.borrow().as_deref() == Some(doc);
    let late = ready && !show;
    // Only the latest request applies: on a switch from long A to long B and back to A
    // within a frame, B's would else mark B drawn and hide A's panels for a frame.
    use_after_paint(late.then(|| doc.to_string()), move |doc| {
        *drawn.borrow_mut() = Some(doc);
        redraw.force_update();
    });
    show
}

/// The value a panel shows: `value` at once when `now` (a short text), else the value it
/// showed until a frame after `value` changed, in a render of its own. A long text's
/// timeline and relations show a selected (or cleared) entity a frame after the text and
/// the entity form do: drawn in one task with them, selecting an entity of a 2 MB text
/// was a task of ~60 ms (issue 17.3).
#[hook]
pub(super) fn use_lagged<T: Clone + PartialEq + 'static>(value: T, now: bool) -> T {
    let shown = use_mut_ref(|| value.clone());
    let redraw = use_force_update();
    if now && *shown.borrow() != value {
        *shown.borrow_mut() = value.clone();
    }
    let behind = (*shown.borrow() != value).then(|| value.clone());
    // As in `use_late`: only the latest change applies.
    {
        let shown = shown.clone();
        use_after_paint(behind, move |value| {
            *shown.borrow_mut() = value;
            redraw.force_update();
        });
    }
    let value = shown.borrow().clone();
    value
}

/// The analysis a side panel shows of document `doc`: `value` at once when `now` (a short
/// text), when it is another document's than the one shown, or when either is none; a long
/// text's new analysis of the same document (a correction, an edit) a frame after the text
/// and the other panels show it, in a render of its own, the panel showing the one before
/// until then. Drawn in one task with the text, the entities and the timeline, a correction
/// of a 2 MB text was one task of ~44 ms of CPU, a third of it the relations' rows and
/// network derived and drawn (issue 17.3).
#[hook]
pub(super) fn use_lagged_analysis(
    doc: &str,
    value: Option<Analysed>,
    now: bool,
) -> Option<Analysed> {
    let shown = use_mut_ref(|| (doc.to_string(), value.clone()));
    let redraw = use_force_update();
    let generation = |v: &Option<Analysed>| v.as_ref().map(|a| a.generation);
    {
        let mut s = shown.borrow_mut();
        let other = s.0 != doc || s.1.is_none() || value.is_none();
        if (now || other) && (s.0 != doc || generation(&s.1) != generation(&value)) {
            *s = (doc.to_string(), value.clone());
        }
    }
    let behind = (generation(&shown.borrow().1) != generation(&value))
        .then(|| (doc.to_string(), generation(&value)));
    {
        let shown = shown.clone();
        use_after_paint(behind, move |(doc, _)| {
            *shown.borrow_mut() = (doc, value);
            redraw.force_update();
        });
    }
    let value = shown.borrow().1.clone();
    value
}
