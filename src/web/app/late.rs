//! Panels of a long text drawn a frame after the rest when it was not the document
//! they last showed (opened, or switched to): drawn in one task with the text, a 2 MB
//! text's switch back was one task of ~77 ms of CPU (issue 17.3).

use yew::prelude::*;

use crate::web::components::after_paint;

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
    // A callback applies only if its effect is still the latest: on a switch from long
    // A to long B and back to A within a frame, B's would else mark B drawn and hide
    // A's panels for a frame (a frame callback is not cancelled; its run is checked).
    let runs = use_mut_ref(|| 0u64);
    use_effect_with(late.then(|| doc.to_string()), move |doc| {
        let run = {
            let mut r = runs.borrow_mut();
            *r += 1;
            *r
        };
        if let Some(doc) = doc.clone() {
            let runs = runs.clone();
            after_paint(move || {
                if *runs.borrow() == run {
                    *drawn.borrow_mut() = Some(doc);
                    redraw.force_update();
                }
            });
        }
        // Unmounted, or the effect run again: this run's callback is stale.
        move || *runs.borrow_mut() += 1
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
    // As in `use_late`: only the latest effect's frame callback applies.
    let runs = use_mut_ref(|| 0u64);
    {
        let shown = shown.clone();
        use_effect_with(behind, move |behind| {
            let run = {
                let mut r = runs.borrow_mut();
                *r += 1;
                *r
            };
            if let Some(value) = behind.clone() {
                let runs = runs.clone();
                after_paint(move || {
                    if *runs.borrow() == run {
                        *shown.borrow_mut() = value;
                        redraw.force_update();
                    }
                });
            }
            move || *runs.borrow_mut() += 1
        });
    }
    let value = shown.borrow().clone();
    value
}
