//! When analyses run: the effects of [`super::App`] that start the jobs of
//! `web::jobs` when the set of stale documents, or of correction jobs,
//! changes.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::engine::model::DocumentInput;
use crate::web::jobs::{run_corrections, run_jobs, InFlight, WorkerSlot};
use crate::web::state::State;

/// Wait this long after the last keystroke before re-analysing.
const DEBOUNCE_MS: u32 = 250;

/// Schedule analyses of stale documents and corrections of long texts.
#[hook]
pub(super) fn use_scheduling(
    state: &UseReducerHandle<State>,
    slot: &std::rc::Rc<std::cell::RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) {
    // Schedule analyses of stale documents. The effect re-runs whenever the
    // set of (document, generation) to analyse changes, which cancels the
    // previous timer: typing re-analyses once, DEBOUNCE_MS after it stops.
    {
        let state = state.clone();
        let slot = slot.clone();
        let in_flight = in_flight.clone();
        use_effect_with(state.pending(), move |pending| {
            let dispatcher = state.dispatcher();
            let jobs: Vec<(String, u64, DocumentInput, bool)> = pending
                .iter()
                .filter(|(id, g)| !in_flight.borrow().contains_key(&(id.clone(), *g)))
                .filter_map(|(id, g)| {
                    state
                        .document(id)
                        .map(|d| (id.clone(), *g, d.input(), d.analysed().is_none()))
                })
                .collect();
            // Never-analysed documents (opened, imported, restored) start on
            // the next tick; only edits of analysed ones wait for typing to stop.
            let (new, edited): (Vec<_>, Vec<_>) = jobs.into_iter().partition(|j| j.3);
            let timer = if new.is_empty() {
                (!edited.is_empty()).then(|| {
                    Timeout::new(DEBOUNCE_MS, move || {
                        run_jobs(edited, &dispatcher, &slot, &in_flight);
                    })
                })
            } else {
                // Edited documents are re-scheduled (debounced) once the
                // new ones are done: the batch changes `pending`.
                Some(Timeout::new(0, move || {
                    run_jobs(new, &dispatcher, &slot, &in_flight);
                }))
            };
            move || drop(timer)
        });
    }

    // Corrections of long texts, off the main thread.
    {
        let state = state.clone();
        let slot = slot.clone();
        let in_flight = in_flight.clone();
        use_effect_with(crate::web::state::deferred::jobs(&state), move |_| {
            run_corrections(&state, &state.dispatcher(), &slot, &in_flight);
        });
    }
}
