//! What [`super::App`] does before its first draw: the documents it starts
//! with, the selected one analysed before the first frame when short.

use std::rc::Rc;

use crate::engine::model::DocumentInput;
use crate::web::guard;
use crate::web::state::{Action, Seed, State};

/// A selected document up to this long (bytes) is analysed before the app is
/// first drawn (the example article on a first visit, the selected document
/// of a restored workspace): a few tens of ms here.
const FIRST_NOW_BYTES: usize = 32_000;

pub(super) fn seeds(initial: Option<&[DocumentInput]>) -> Vec<Seed> {
    match initial {
        Some(docs) => docs
            .iter()
            .map(|d| Seed {
                name: d.id.clone(),
                text: d.text.clone(),
                date: d.date.clone(),
            })
            .collect(),
        None => vec![Seed::example()],
    }
}

/// The selected document analysed now, before the app is first drawn, when it
/// is short (see [`FIRST_NOW_BYTES`]): the first frame the app draws then shows
/// it highlighted, instead of the app drawn once without it and again a task
/// later (issue 17.3: first render).
pub(super) fn analyse_selected_now(s: State) -> State {
    let job = s
        .selected()
        .filter(|d| d.is_stale() && d.failure().is_none() && d.text.len() <= FIRST_NOW_BYTES)
        .map(|d| (d.id.clone(), d.generation(), d.input()));
    let Some((doc, generation, input)) = job else {
        return s;
    };
    let action = match guard::analyze(&input) {
        Ok(a) => Action::Analysed {
            doc,
            generation,
            analysis: Rc::new(a),
        },
        Err(fault) => Action::AnalysisFailed {
            doc,
            generation,
            reason: guard::failure_reason(&fault),
        },
    };
    let s = yew::Reducible::reduce(Rc::new(s), action);
    Rc::try_unwrap(s).unwrap_or_else(|s| (*s).clone())
}
