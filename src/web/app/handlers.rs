//! The callbacks [`super::App`] hands to its panels, each dispatching one
//! [`Action`], made once so that a panel whose other props did not change is
//! not re-rendered.

use yew::prelude::*;

use crate::engine::model::Label;
use crate::web::state::{Action, Seed, State, WorkspaceAction};
use crate::workspace::Correction;

/// The callbacks App hands to the panels, made once (see [`use_handlers`]).
#[derive(Clone)]
pub(super) struct Handlers {
    pub(super) select_doc: Callback<String>,
    pub(super) remove_doc: Callback<String>,
    pub(super) filter: Callback<String>,
    pub(super) add: Callback<Vec<Seed>>,
    pub(super) import: Callback<crate::workspace::Workspace>,
    pub(super) select_entity: Callback<Option<String>>,
    /// Close the correction form (deselect the entity).
    pub(super) close_entity: Callback<()>,
    pub(super) toggle: Callback<Label>,
    pub(super) focus: Callback<(String, [usize; 2])>,
    pub(super) reopen: Callback<MouseEvent>,
    pub(super) correct: Callback<Correction>,
    pub(super) select_relation: Callback<Option<String>>,
    pub(super) dates_in_words: Callback<bool>,
    pub(super) lanes: Callback<crate::workspace::Lanes>,
    /// The timeline's "All documents" toggle.
    pub(super) all_docs: Callback<bool>,
    /// The timeline's filter cleared (entity and relation deselected).
    pub(super) clear: Callback<()>,
    /// Text and date edits of the selected document (made again when it changes).
    pub(super) text: Callback<String>,
    pub(super) date: Callback<String>,
    pub(super) rename: Callback<String>,
}

/// [`Handlers`] dispatching to `state`, made once, the text and date ones once per
/// selected document `doc`: a new `Callback` compares unequal, so making them on
/// every render re-rendered every panel on every state change, the document tabs
/// and their listeners included (issue 17.3: a 350-document workspace re-drew its
/// 350 tabs on each analysis batch and on each entity selected).
/// `defer`: a long text is open, and a document or entity selected is dispatched in a task
/// of its own (see `later`).
#[hook]
pub(super) fn use_handlers(state: &UseReducerHandle<State>, doc: &str, defer: bool) -> Handlers {
    // Read when a selection is made: the callbacks are made once.
    let deferring = use_mut_ref(|| false);
    *deferring.borrow_mut() = defer;
    let d = state.dispatcher();
    let fixed = use_memo((), move |_| {
        // While a long text is open, a document or entity selected is dispatched in a zero
        // timeout, not in the click's own task: the browser lays out what a click's handlers
        // changed before that task ends, so a 2 MB text's redraw and its layout were one task
        // of ~60 ms (issue 17.3: selecting an entity, switching back to its tab); now two.
        let later = move |d: UseReducerDispatcher<State>, action: Action| {
            if *deferring.borrow() {
                gloo::timers::callback::Timeout::new(0, move || d.dispatch(action)).forget();
            } else {
                d.dispatch(action);
            }
        };
        let select = |f: fn(String) -> Action| {
            let (d, later) = (d.clone(), later.clone());
            Callback::from(move |v: String| later(d.clone(), f(v)))
        };
        let select_entity = |f: fn(Option<String>) -> Action| {
            let (d, later) = (d.clone(), later.clone());
            Callback::from(move |v: Option<String>| later(d.clone(), f(v)))
        };
        let on = |f: fn(String) -> Action| {
            let d = d.clone();
            Callback::from(move |v: String| d.dispatch(f(v)))
        };
        let (d9, d10) = (d.clone(), d.clone());
        let (d1, d2, d4, d5, d6, d7, d8) = (
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
        );
        Handlers {
            select_doc: select(Action::SelectDoc),
            remove_doc: on(Action::Remove),
            filter: on(Action::SetFilter),
            add: Callback::from(move |seeds| d1.dispatch(Action::AddAll(seeds))),
            import: Callback::from(move |w| {
                d2.dispatch(Action::Workspace(WorkspaceAction::Import(w)))
            }),
            select_entity: select_entity(Action::SelectEntity),
            close_entity: {
                let select = select_entity(Action::SelectEntity);
                Callback::from(move |()| select.emit(None))
            },
            toggle: Callback::from(move |l| d4.dispatch(Action::ToggleType(l))),
            focus: Callback::from(move |(doc, sentence)| {
                d5.dispatch(Action::FocusSentence { doc, sentence })
            }),
            reopen: Callback::from(move |_| d6.dispatch(Action::Reopen)),
            correct: Callback::from(move |c| {
                d7.dispatch(Action::Workspace(WorkspaceAction::Correct(c)))
            }),
            select_relation: Callback::from(move |r| d8.dispatch(Action::SelectRelation(r))),
            dates_in_words: Callback::from(move |on| d9.dispatch(Action::DatesInWords(on))),
            lanes: Callback::from(move |l| d10.dispatch(Action::SetLanes(l))),
            all_docs: {
                let d = d.clone();
                Callback::from(move |all| d.dispatch(Action::TimelineAll(all)))
            },
            clear: {
                let d = d.clone();
                Callback::from(move |()| d.dispatch(Action::ClearNarrowing))
            },
            text: Callback::noop(),
            date: Callback::noop(),
            rename: Callback::noop(),
        }
    });
    let d = state.dispatcher();
    let per_doc = use_memo(doc.to_string(), move |doc| {
        let (doc1, doc2, doc3, d1, d2) =
            (doc.clone(), doc.clone(), doc.clone(), d.clone(), d.clone());
        (
            Callback::from(move |text| {
                d1.dispatch(Action::EditText {
                    doc: doc1.clone(),
                    text,
                })
            }),
            Callback::from(move |name| {
                d2.dispatch(Action::Rename {
                    doc: doc3.clone(),
                    name,
                })
            }),
            Callback::from(move |date| {
                d.dispatch(Action::EditDate {
                    doc: doc2.clone(),
                    date,
                })
            }),
        )
    });
    Handlers {
        text: per_doc.0.clone(),
        rename: per_doc.1.clone(),
        date: per_doc.2.clone(),
        ..(*fixed).clone()
    }
}
