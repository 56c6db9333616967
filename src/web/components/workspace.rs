//! `WorkspaceBar`: persistence, corrections, undo/redo, import/export and the
//! watchlist, over the UI state (issue 7).
//!
//! Input: the app's state handle. Output: a "Workspace" region with notices
//! (a damaged save recovered, storage full, import results), undo and redo,
//! export and import of the workspace file (also JSONL documents and watchlist
//! CSV), and the watchlist's matches across documents (also outlined in the
//! document and the entity panel). The correction controls are in
//! [`super::corrections`], beside the entity and the text; the state side
//! (corrections, undo/redo, restore, import) is [`crate::web::state::workspace`].
//!
//! The workspace is restored from localStorage once on mount and saved by
//! [`super::autosave::use_autosave`]; the notices are
//! [`super::notices::notice_list`]; what a data file holds is decided by the
//! natively tested [`crate::web::state::files::import_data`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;

use crate::engine::model::Analysis;
use crate::web::components::autosave::{use_autosave, use_other_tabs, SaveStatus};
use crate::web::components::import::{open_file, Opened};
use crate::web::components::notices::{
    notice_list, notify, Damaged, NoticeAction, NoticeListProps, Notices, Notify, Offer,
};
use crate::web::components::workspace_parts::{
    corrections_in_force, import_export, plural, save_state, shared_entities, undo_redo,
    watchlist_matches, workspace_counts, CorrectionsInForceProps, ImportExportProps,
    SaveStateProps, SharedEntitiesProps, UndoRedoProps, WatchlistMatchesProps,
    WorkspaceCountsProps,
};
use crate::web::error::WebError;
use crate::web::state::files::{
    articles, decode_text, import_data, read_as, NoticeText, ReadAs, Tone,
};
use crate::web::state::watch::{cross_documents, flag_css};
use crate::web::state::words::{self, too_large};
use crate::web::state::workspace::restore;
pub use crate::web::state::workspace::WorkspaceAction;
use crate::web::state::{Action, State};
use crate::web::{share, storage};
use crate::workspace::persist::to_json;
use crate::workspace::store::Loaded;

/// At most this many cross-document entities are listed.
const SHARED_SHOWN: usize = 40;

/// Restore the workspace saved in this browser into `s` before the first
/// render, so a returning user never sees (nor waits for an analysis of) the
/// example article first. Only a cleanly read workspace is restored here; an
/// empty, damaged or unreadable store is handed to [`WorkspaceBar`] (in
/// [`State::startup`]), which reports it. Returns true when restored.
pub fn restore_saved(s: &mut State) -> bool {
    match storage::load() {
        Ok(Loaded::Restored(w)) => {
            restore(s, w);
            true
        }
        other => {
            s.startup = Some(Rc::new(RefCell::new(Some(other))));
            false
        }
    }
}

/// Read `file` and import it: an article (.txt, .md, .html) as a document,
/// anything else as [`import_data`] reads it. A file over the size limit is
/// not read unless `anyway` (issue 16.5): a notice says so and offers to.
fn read_file(file: File, d: &UseReducerDispatcher<State>, n: &Notify, anyway: bool) {
    let name = file.name();
    if !anyway {
        if let Some(msg) = too_large(&name, file.size()) {
            n.dispatch(NoticeAction::Offer(
                NoticeText::new(Tone::Warning, msg, ""),
                Offer::Large(file),
            ));
            return;
        }
    }
    let article = read_as(&name) == ReadAs::Article;
    let (d, n) = (d.clone(), n.clone());
    wasm_bindgen_futures::spawn_local(async move {
        // Bytes, not `File.text()`: what is not text is refused by name (`decode_text`).
        let Some(bytes) = JsFuture::from(file.array_buffer())
            .await
            .ok()
            .and_then(super::document_input::bytes_of)
        else {
            notify(&n, Tone::Error, format!("Could not read {name}"), "");
            return;
        };
        let text = match decode_text(bytes) {
            Ok(text) => text,
            Err(why) => return notify(&n, Tone::Error, why.says(&name), ""),
        };
        if !article {
            let got = import_data(&name, &text, &storage::now_iso());
            if let Some(action) = got.action {
                d.dispatch(Action::Workspace(action));
            }
            n.dispatch(NoticeAction::Push(got.notice));
            return;
        }
        let now = storage::now_iso();
        let w = match open_file(&name, &text, &now) {
            Opened::Export(w) => w,
            Opened::Seeds(seeds) => articles(seeds, &now),
            Opened::Empty => {
                return notify(&n, Tone::Warning, words::empty_file(&name), "");
            }
        };
        d.dispatch(Action::Workspace(WorkspaceAction::Import(w)));
    });
}

// ---------------------------------------------------------------- component

/// Props of [`WorkspaceBar`].
#[derive(Properties)]
pub struct WorkspaceBarProps {
    /// The app's state, read and changed through [`WorkspaceAction`]s.
    pub state: UseReducerHandle<State>,
}

impl PartialEq for WorkspaceBarProps {
    /// The parent re-renders on every state change; comparing states deeply
    /// would cost more than rendering.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// Saving to and restoring from browser storage, corrections, undo/redo,
/// import/export and the notices about them.
#[function_component]
pub fn WorkspaceBar(props: &WorkspaceBarProps) -> Html {
    let state = props.state.clone();
    let notices = use_reducer(Notices::default);
    let paused = use_mut_ref(|| false);
    let (status, stamps) = use_autosave(&state, paused.clone());

    // Report (and for damaged data, recover) what App read from the store at start-up.
    {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        let paused = paused.clone();
        // App read the store before the first render: what it left to report,
        // or nothing when it restored the workspace itself.
        let startup = state.startup.clone();
        let load = move || match startup.and_then(|c| c.borrow_mut().take()) {
            Some(loaded) => loaded,
            None => Ok(Loaded::Empty),
        };
        use_effect_with((), move |_| match load() {
            Ok(Loaded::Empty) => {}
            Ok(Loaded::Restored(w)) => d.dispatch(Action::Workspace(WorkspaceAction::Restore(w))),
            Ok(Loaded::Recovered {
                workspace,
                report,
                kept_as,
                unkept,
            }) => {
                // Saving goes on either way (issue 16.2): the damaged data is
                // in its own key, or only here, offered for download.
                let (kept, damaged) = match (kept_as, unkept) {
                    (Some(key), _) => (
                        format!(" The damaged data is kept in this browser under the key {key:?}."),
                        Some(Damaged::Kept { key }),
                    ),
                    (None, Some(raw)) => (
                        " Download the damaged data now: it is not kept after this page closes."
                            .to_string(),
                        Some(Damaged::InMemory { raw: raw.into() }),
                    ),
                    (None, None) => (String::new(), None),
                };
                d.dispatch(Action::Workspace(WorkspaceAction::Restore(workspace)));
                let title = "The saved workspace was damaged; what could be read was recovered.";
                let detail = format!("{}{kept}", report.summary());
                let text = NoticeText::new(Tone::Warning, title, detail);
                n.dispatch(match damaged {
                    Some(dm) => NoticeAction::Offer(text, Offer::Damaged(dm)),
                    None => NoticeAction::Push(text),
                });
            }
            Err(e) => {
                *paused.borrow_mut() = true;
                notify(
                    &n,
                    Tone::Error,
                    "The saved workspace could not be read.",
                    e.to_string(),
                );
            }
        });
    }

    use_other_tabs(&state, &notices.dispatcher());

    let s: &State = &state;
    let dispatch_ws = |make: fn() -> WorkspaceAction| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Workspace(make())))
    };
    let on_export = {
        let state = state.clone();
        let stamps = stamps.clone();
        let n = notices.dispatcher();
        Callback::from(move |()| {
            let w = state.saved(&stamps.borrow());
            let result = to_json(&w).map_err(WebError::from).and_then(|json| {
                share::download("annalist-workspace.json", "application/json", &json)
            });
            if let Err(e) = result {
                notify(
                    &n,
                    Tone::Error,
                    "Could not export the workspace.",
                    e.to_string(),
                );
            }
        })
    };
    let on_import_folder = {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        Callback::from(move |files: Vec<File>| {
            let mut skipped = 0;
            for file in files {
                if read_as(&file.name()) != ReadAs::Skipped {
                    read_file(file, &d, &n, false);
                } else {
                    skipped += 1;
                }
            }
            if skipped > 0 {
                notify(
                    &n,
                    Tone::Info,
                    format!(
                        "{} skipped: not .txt, .md, .html, .json, .jsonl or .csv",
                        plural(skipped, "file")
                    ),
                    "",
                );
            }
        })
    };
    let on_import = {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        Callback::from(move |files: Vec<File>| {
            for file in files {
                read_file(file, &d, &n, false);
            }
        })
    };

    let doc_id = s.selected_doc.clone().unwrap_or_default();

    // Watchlist matches across documents, per document the entity ids to flag, and the
    // links to the entities in several documents, drawn here, once per key, not on every
    // render of the bar (issue 17.3: 1,838 of the page's 3,900 elements in a 349-document
    // workspace, each link with a closure of its own, made and diffed on every selection;
    // one click handler reads a link's `data-doc` and `data-entity`). A document's name
    // changes with its text, so the key's new generation brings the new name.
    let watch = {
        // The state of this render, read only when the key changed.
        let st = state.clone();
        let key: Vec<(String, u64)> = s
            .documents()
            .filter_map(|d| d.analysed().map(|a| (d.id.clone(), a.generation)))
            .collect();
        let rev = s.revision;
        // Merging every document's entities costs time in the number of
        // documents: while analyses are still coming in (an import of many
        // files), keep the last result and merge once they are all done,
        // instead of once per finished batch.
        let settled = use_mut_ref(|| None::<(Vec<(String, u64)>, u64)>);
        let busy = s.documents().any(|d| d.is_stale());
        let key = match (busy, settled.borrow().as_ref()) {
            (true, Some(last)) => last.clone(),
            _ => (key, rev),
        };
        *settled.borrow_mut() = Some(key.clone());
        use_memo(key, move |_| {
            let docs: Vec<(String, Rc<Analysis>)> = st
                .documents()
                .filter_map(|d| d.analysed().map(|a| (d.id.clone(), a.analysis.clone())))
                .collect();
            let cross = cross_documents(&docs, &st.workspace.watchlist, SHARED_SHOWN);
            let doc_names: HashMap<String, String> = (st.workspace.documents.iter())
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect();
            let d = st.dispatcher();
            let onclick = Callback::from(move |e: MouseEvent| {
                let link = e.target_dyn_into::<web_sys::Element>();
                let Some(link) = link.and_then(|el| el.closest("[data-doc]").ok().flatten()) else {
                    return;
                };
                if let (Some(doc), Some(entity)) = (
                    link.get_attribute("data-doc"),
                    link.get_attribute("data-entity"),
                ) {
                    d.dispatch(Action::SelectDoc(doc));
                    d.dispatch(Action::SelectEntity(Some(entity)));
                }
            });
            let links = shared_entities(SharedEntitiesProps {
                shared: &cross.shared,
                doc_names: &doc_names,
                onclick,
            });
            (cross, links)
        })
    };
    // Outline the selected document's watched entities in the document
    // view, the panel and the timeline.
    let flag_css = flag_css(&doc_id, &watch.0.flagged);
    // Nothing undoes it, so it is asked first.
    let on_clear = {
        let d = state.dispatcher();
        let watched = s.workspace.watchlist.entries.len();
        Callback::from(move |()| {
            let sure = web_sys::window().is_some_and(|w| {
                w.confirm_with_message(&format!(
                    "Clear the watchlist ({})?",
                    plural(watched, "name")
                ))
                .unwrap_or(false)
            });
            if sure {
                d.dispatch(Action::Workspace(WorkspaceAction::Unwatch));
            }
        })
    };
    let history = &s.workspace.history;
    let on_dismiss = {
        let n = notices.dispatcher();
        Callback::from(move |id: u64| n.dispatch(NoticeAction::Dismiss(id)))
    };
    let on_download = {
        let n = notices.dispatcher();
        Callback::from(move |dm: Damaged| {
            if let Err(e) = dm.download() {
                let why = e.to_string();
                notify(
                    &n,
                    Tone::Error,
                    "The damaged data could not be downloaded.",
                    why,
                );
            }
        })
    };
    let on_discard = {
        let n = notices.dispatcher();
        Callback::from(move |(id, dm): (u64, Damaged)| match dm.discard() {
            Ok(()) => n.dispatch(NoticeAction::Dismiss(id)),
            Err(e) => {
                let why = e.to_string();
                notify(
                    &n,
                    Tone::Error,
                    "The damaged data could not be discarded.",
                    why,
                )
            }
        })
    };
    let on_anyway = {
        let (d, n) = (state.dispatcher(), notices.dispatcher());
        Callback::from(move |(id, file): (u64, File)| {
            read_file(file, &d, &n, true);
            n.dispatch(NoticeAction::Dismiss(id));
        })
    };

    html! {
        <section class="panel workspace-panel" aria-label="Workspace">
            <style>{flag_css}</style>
            {notice_list(NoticeListProps { notices: &notices, on_dismiss, on_download, on_discard, on_anyway })}
            <div class="ws-bar">
                {undo_redo(UndoRedoProps {
                    can_undo: history.can_undo() || s.undo_reopens(),
                    undo_close: s.undo_reopens(),
                    can_redo: history.can_redo(),
                    on_undo: dispatch_ws(|| WorkspaceAction::Undo),
                    on_redo: dispatch_ws(|| WorkspaceAction::Redo),
                })}
                {workspace_counts(WorkspaceCountsProps {
                    corrections: history.done.len(),
                    watched: s.workspace.watchlist.entries.len(),
                    documents: s.workspace.documents.len(),
                })}
                {import_export(ImportExportProps { on_export, on_import, on_import_folder })}
                {save_state(SaveStateProps { status: (*status).clone() })}
            </div>
            {corrections_in_force(CorrectionsInForceProps {
                corrections: history.done.iter().map(|c| words::describe_correction(c, |id| {
                    s.document(id).map(|d| d.name.clone())
                })).collect(),
            })}
            if let SaveStatus::Failed(e) = &*status {
                <div class="ws-notice error" role="alert"><strong>{"Not saved. "}</strong>{e}</div>
            }
            <super::Kept html={watch.1.clone()} from={super::Same(watch.clone() as Rc<dyn std::any::Any>)} />
            {watchlist_matches(WatchlistMatchesProps {
                watched: s.workspace.watchlist.entries.len(),
                hits: watch.0.hits.clone(),
                on_clear,
            })}
        </section>
    }
}
