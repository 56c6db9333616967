//! The documents the timeline is given: made again only when their analyses
//! changed, and while analyses are coming in at most every
//! [`TIMELINE_REFRESH_MS`].

use std::rc::Rc;

use crate::web::components::timeline::TimelineDoc;
use crate::web::state::State;

/// While documents are being analysed, redraw the timeline at most this often (ms).
const TIMELINE_REFRESH_MS: f64 = 400.0;

/// The timeline re-lays out every document's events when one changes:
/// while analyses are coming in, it is redrawn at most every
/// TIMELINE_REFRESH_MS (and at once when they are all done, or when a
/// document was removed), not after every batch.
/// The list is made again only when it changed (compared in place, not copied: a
/// 349-document workspace made 349 ids and names on every render, issue 17.3).
/// `shown` is what the timeline last showed, and when (ms since the epoch).
pub(super) fn refreshed(
    state: &State,
    shown: &mut (f64, Rc<Vec<TimelineDoc>>),
) -> Rc<Vec<TimelineDoc>> {
    let now = js_sys::Date::now();
    let analysed = || {
        state
            .documents()
            .filter_map(|d| Some((d.analysed()?.generation, d)))
    };
    let same = analysed().count() == shown.1.len()
        && analysed().zip(shown.1.iter()).all(|((generation, d), t)| {
            t.generation == generation && t.id == d.id && t.name == d.name
        });
    let busy = || state.documents().any(|d| d.is_stale());
    let removed = || shown.1.iter().any(|t| state.document(&t.id).is_none());
    if !same && (!busy() || removed() || now - shown.0 >= TIMELINE_REFRESH_MS) {
        shown.0 = now;
        shown.1 = Rc::new(
            state
                .documents()
                .filter_map(|d| {
                    d.analysed().map(|a| TimelineDoc {
                        id: d.id.clone(),
                        name: d.name.clone(),
                        generation: a.generation,
                        analysis: a.analysis.clone(),
                    })
                })
                .collect(),
        );
    }
    shown.1.clone()
}
