//! The pieces of the workspace bar (issue 14.11), each named for what it
//! shows and taking plain data and `on_<verb>` callbacks, in the shape of
//! Yew's `examples/function_todomvc`:
//!
//! - [`undo_redo`]: the undo and redo buttons for corrections;
//! - [`workspace_counts`]: "2 corrections · 1 watched name · 3 documents";
//! - [`import_export`]: export the workspace, import files or a folder;
//! - [`save_state`]: what the last save to this browser did;
//! - [`corrections_in_force`]: the list of corrections re-applied after every analysis;
//! - [`shared_entities`]: entities found in several documents, each a link to it;
//! - [`watchlist_matches`]: watched names found in the workspace.
//!
//! Plain render functions, not Yew components: each is rendered once, by
//! [`super::workspace::WorkspaceBar`], which owns the state and the effects,
//! and a component costs about 1 KB of gzip in the app for nothing here
//! (as [`super::notices::notice_list`]). They keep no state.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement};
use yew::prelude::*;

use super::autosave::SaveStatus;
pub use crate::web::state::watch::Shared;
use crate::web::state::words::type_name;
use crate::workspace::watchlist::WatchMatch;

/// What [`undo_redo`] shows and reports.
pub struct UndoRedoProps {
    /// A correction (or closing a tab) can be taken back.
    pub can_undo: bool,
    /// The next undo reopens a closed tab, not a correction.
    pub undo_close: bool,
    /// A correction taken back can be made again.
    pub can_redo: bool,
    /// Take back the last correction.
    pub on_undo: Callback<()>,
    /// Make the last correction taken back again.
    pub on_redo: Callback<()>,
}

/// "Undo correction" (or "Undo closing the tab" when that comes first) and "Redo correction".
pub fn undo_redo(props: UndoRedoProps) -> Html {
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    html! {
        <>
            <button type="button" onclick={click(&props.on_undo)} disabled={!props.can_undo}>
                {if props.undo_close { "Undo closing the tab" } else { "Undo correction" }}</button>
            <button type="button" onclick={click(&props.on_redo)} disabled={!props.can_redo}>{"Redo correction"}</button>
        </>
    }
}

/// What [`workspace_counts`] shows and reports.
pub struct WorkspaceCountsProps {
    /// Corrections in force.
    pub corrections: usize,
    /// Names on the watchlist.
    pub watched: usize,
    /// Open documents.
    pub documents: usize,
}

/// "2 corrections · 1 watched name · 3 documents" (no watched names said while the
/// watchlist is empty: trial 43, "0 watched names" from the first load, unexplained).
pub fn workspace_counts(props: WorkspaceCountsProps) -> Html {
    let watched = match props.watched {
        0 => String::new(),
        n => format!(" · {}", plural(n, "watched name")),
    };
    html! {
        <span class="ws-count">{format!(
            "{}{watched} · {}",
            plural(props.corrections, "correction"),
            plural(props.documents, "document"),
        )}</span>
    }
}

/// What [`import_export`] shows and reports.
pub struct ImportExportProps {
    /// "Export workspace" was pressed.
    pub on_export: Callback<()>,
    /// Files were picked to import (workspace, JSONL, watchlist CSV, articles).
    pub on_import: Callback<Vec<File>>,
    /// A folder was picked: every file in it, unfiltered.
    pub on_import_folder: Callback<Vec<File>>,
}

/// The files of an `<input type=file>` change, the input cleared after, so
/// picking the same file again fires again.
fn picked(cb: &Callback<Vec<File>>) -> Callback<Event> {
    cb.reform(|e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let files = input
            .files()
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        files
    })
}

/// A button's click that opens the file dialog of the hidden input right
/// after it.
fn open_next_input() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        let input = e
            .target_dyn_into::<Element>()
            .and_then(|b| b.next_element_sibling())
            .and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input {
            input.click();
        }
    })
}

/// "Export workspace", "Import…" and "Import folder…".
pub fn import_export(props: ImportExportProps) -> Html {
    html! {
        <>
            <button type="button" onclick={props.on_export.reform(|_: MouseEvent| ())}>{"Export workspace"}</button>
            <button type="button" onclick={open_next_input()}>{"Import…"}</button>
            <input type="file" multiple=true hidden=true
                aria-label="Import workspace, JSONL documents or watchlist CSV"
                accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
                onchange={picked(&props.on_import)} />
            <button type="button" onclick={open_next_input()}>{"Import folder…"}</button>
            <input type="file" multiple=true hidden=true webkitdirectory=true
                aria-label="Import a folder of articles" onchange={picked(&props.on_import_folder)} />
        </>
    }
}

/// What [`save_state`] shows and reports.
pub struct SaveStateProps {
    /// What the last save did.
    pub status: SaveStatus,
}

/// "Saved in this browser (12 KB)" (a failed save is an alert of its own).
pub fn save_state(props: SaveStateProps) -> Html {
    html! {
        <span class="ws-save" role="status">{
            match &props.status {
                SaveStatus::Saved(n) => format!("Saved in this browser ({} KB)", crate::export::decimal::fixed((*n as f64 / 1024.0).ceil(), 0)),
                SaveStatus::Idle | SaveStatus::Failed(_) => String::new(),
            }
        }</span>
    }
}

/// What [`corrections_in_force`] shows and reports.
pub struct CorrectionsInForceProps {
    /// Each correction in force, in words, oldest first.
    pub corrections: Vec<String>,
}

/// The corrections in force, folded (nothing when there are none).
pub fn corrections_in_force(props: CorrectionsInForceProps) -> Html {
    if props.corrections.is_empty() {
        return html! {};
    }
    html! {
        <details class="ws-list">
            <summary>{"Corrections in force (re-applied after every analysis)"}</summary>
            <ol>
                { for props.corrections.iter().map(|c| html! { <li>{c}</li> }) }
            </ol>
        </details>
    }
}

/// What [`shared_entities`] shows and reports.
pub struct SharedEntitiesProps<'a> {
    /// Entities found in several documents.
    pub shared: &'a [Shared],
    /// Document names by id.
    pub doc_names: &'a HashMap<String, String>,
    /// A click in the list: a link names its document and entity in `data-doc` and
    /// `data-entity` (one handler, not a closure per link: issue 17.3).
    pub onclick: Callback<MouseEvent>,
}

/// "Entities in several documents", each with a link per document.
pub fn shared_entities(props: SharedEntitiesProps) -> Html {
    if props.shared.is_empty() {
        return html! {};
    }
    let title = match props.shared.len() {
        1 => "1 entity in several documents".to_string(),
        n => format!("{n} entities in several documents"),
    };
    html! {
        <details class="ws-list" aria-label="Entities in several documents">
            <summary>{title}</summary>
            <ul onclick={props.onclick}>
                { for props.shared.iter().map(|(name, label, refs)| html! {
                    <li>
                        <strong>{name}</strong>{format!(" ({}) in ", type_name(*label).to_lowercase())}
                        { for refs.iter().map(|(doc, entity)| {
                            let label = props.doc_names.get(doc).map_or("?", |n| n.as_str());
                            html! { <button type="button" class="ws-doc-link" data-doc={doc.clone()}
                                data-entity={entity.clone()}>{label}</button> }
                        }) }
                    </li>
                }) }
            </ul>
        </details>
    }
}

/// What [`watchlist_matches`] shows and reports.
pub struct WatchlistMatchesProps {
    /// Names on the watchlist.
    pub watched: usize,
    /// Watched names found, with where and how often.
    pub hits: Rc<Vec<WatchMatch>>,
    /// "Clear watchlist" was pressed.
    pub on_clear: Callback<()>,
}

/// "On the watchlist: 2 of 84 watched names found" and "Clear watchlist", then
/// "⚑ Name — 2 documents, 5 mentions (note)" for each, in a box of a few lines that
/// scrolls (trial 43: 84 names pushed the panels 2,300 px down). Nothing while the
/// watchlist is empty.
pub fn watchlist_matches(props: WatchlistMatchesProps) -> Html {
    if props.watched == 0 {
        return html! {};
    }
    html! {
        <div class="ws-watch" aria-label="Watchlist matches" role="group">
            <strong>{"On the watchlist: "}</strong>
            {format!("{} of {} found ", props.hits.len(), plural(props.watched, "watched name"))}
            <button type="button" onclick={props.on_clear.reform(|_: MouseEvent| ())}>{"Clear watchlist"}</button>
            <ul>
                { for props.hits.iter().map(|m| html! {
                    <li><span class="ws-flag" aria-hidden="true">{"⚑ "}</span>{&m.name}
                        {format!(" — {}, {}", plural(m.documents, "document"), plural(m.mentions, "mention"))}
                        if !m.note.is_empty() { {format!(" ({})", m.note)} }
                    </li>
                }) }
            </ul>
        </div>
    }
}

pub use crate::web::state::words::plural;
