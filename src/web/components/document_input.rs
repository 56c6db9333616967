//! `DocumentInput`: the documents of the workspace and the editor of the
//! selected one.
//!
//! Input: document names, the selected document. Output: a list of document
//! tabs (select, close, add), the "Article text" textarea, the "Publication
//! date" field and a file picker / drop zone for .txt, .md and .html files
//! (several at once). Reports `on_select`, `on_add`, `on_import`, `on_remove`, `on_text`
//! and `on_date`; it keeps no state of its own.

use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DragEvent, Event, File, FileList, HtmlInputElement, HtmlTextAreaElement, InputEvent, MouseEvent,
};
use yew::prelude::*;

use super::import::{open_file, Opened};
use crate::web::state::words::{too_large, MAX_FILE_BYTES};
use crate::web::state::Seed;
use crate::workspace::Workspace;

/// Texts longer than this (bytes) are not put into the textarea (it shows
/// them empty, with a note; what is typed there replaces the text).
pub const LONG_TEXT_BYTES: usize = 200_000;

/// One document tab.
#[derive(Debug, Clone, PartialEq)]
pub struct DocTab {
    /// Document id ([`Document::id`](crate::web::state::Document::id)).
    pub id: String,
    /// The name on the tab.
    pub name: String,
}

/// Props of [`DocumentInput`].
#[derive(Properties, PartialEq)]
pub struct DocumentInputProps {
    /// The open documents, in tab order.
    pub tabs: Vec<DocTab>,
    /// Id of the selected document.
    pub selected: Option<String>,
    /// Text of the selected document.
    pub text: AttrValue,
    /// Date shown in the date field (the user's, else the one found in the text).
    pub date: AttrValue,
    /// Where that date comes from, in words ("from the dateline", ...).
    #[prop_or_default]
    pub date_source: AttrValue,
    /// A tab was chosen (document id).
    pub on_select: Callback<String>,
    /// A document was added (typed, pasted, opened or dropped).
    pub on_add: Callback<Seed>,
    /// A read-only page exported by Annalist was opened: its documents and
    /// corrections, to import (issue 14.8).
    pub on_import: Callback<Workspace>,
    /// A tab was closed (document id).
    pub on_remove: Callback<String>,
    /// The selected document's text was edited (the whole new text).
    pub on_text: Callback<String>,
    /// The date field was edited (ISO `YYYY-MM-DD`, or empty).
    pub on_date: Callback<String>,
}

/// Read every file of `files` and report each as a new document. A file
/// over [`MAX_FILE_BYTES`] is not read (unless `anyway`): it is returned, for
/// the page to say so and offer to analyse it anyway (in the worker, as every
/// long text).
fn import_files(files: Vec<File>, sinks: &Sinks, anyway: bool) -> Vec<File> {
    let mut refused = Vec::new();
    for file in files {
        if !anyway && file.size() > MAX_FILE_BYTES {
            refused.push(file);
            continue;
        }
        let (on_add, on_import) = sinks.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.name();
            if let Ok(v) = JsFuture::from(file.text()).await {
                if let Some(text) = v.as_string() {
                    match open_file(&name, &text, &crate::web::storage::now_iso()) {
                        Opened::Seeds(seeds) => seeds.into_iter().for_each(|s| on_add.emit(s)),
                        Opened::Export(w) => on_import.emit(w),
                    }
                }
            }
        });
    }
    refused
}

/// Where opened files go: new documents, and exported pages as workspaces.
type Sinks = (Callback<Seed>, Callback<Workspace>);

/// The files of a file list.
fn files_of(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Document tabs, the text area, the date field and file opening.
#[function_component]
pub fn DocumentInput(props: &DocumentInputProps) -> Html {
    let dragging = use_state(|| false);
    let refused = use_state(Vec::<File>::new);
    let file_ref = use_node_ref();

    let on_text = {
        let cb = props.on_text.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_date = {
        let cb = props.on_date.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_files = {
        let sinks: Sinks = (props.on_add.clone(), props.on_import.clone());
        let refused = refused.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            refused.set(import_files(files_of(input.files()), &sinks, false));
            input.set_value("");
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let sinks: Sinks = (props.on_add.clone(), props.on_import.clone());
        let (dragging, refused) = (dragging.clone(), refused.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = files_of(e.data_transfer().and_then(|d| d.files()));
            refused.set(import_files(files, &sinks, false));
        })
    };
    let on_new = {
        let cb = props.on_add.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(Seed {
                name: String::new(),
                text: String::new(),
                date: None,
            })
        })
    };
    let on_pick = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };

    let tabs = props
        .tabs
        .iter()
        .map(|t| {
            let current = props.selected.as_deref() == Some(t.id.as_str());
            let select = {
                let cb = props.on_select.clone();
                let id = t.id.clone();
                Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
            };
            let remove = {
                let cb = props.on_remove.clone();
                let id = t.id.clone();
                Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
            };
            html! {
                <li key={t.id.clone()} class={classes!("doc-tab", current.then_some("current"))}>
                    <button type="button" class="doc-tab-name" onclick={select}
                        aria-current={current.then_some("true")}>{&t.name}</button>
                    <button type="button" class="doc-tab-close" onclick={remove}
                        aria-label={format!("Close {}", t.name)} title="Close">{"×"}</button>
                </li>
            }
        })
        .collect::<Html>();

    let has_doc = props.selected.is_some();
    // A long text is not put into the textarea: Chromium lays out a 2 MB
    // textarea in seconds, on every switch to that document (issue 14.10).
    // It is read in the document view; what is typed or pasted replaces it.
    let long = props.text.len() > LONG_TEXT_BYTES;
    html! {
        <div class={classes!("document-input", (*dragging).then_some("dragging"))}
            ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <nav aria-label="Documents">
                <ul class="doc-tabs">
                    {tabs}
                    <li><button type="button" class="doc-new" onclick={on_new}>{"+ New"}</button></li>
                </ul>
            </nav>
            if has_doc {
                <label class="field" for="annalist-text">{"Article text"}</label>
                <textarea id="annalist-text" class="article-text"
                    value={if long { AttrValue::default() } else { props.text.clone() }}
                    oninput={on_text} spellcheck="false"
                    placeholder={if long { "A long text (over 200 KB), not shown here: read it in the document view. Typing or pasting here replaces it." } else { "Paste or type a news article, or drop .txt, .md or .html files here." }} />
                <div class="row">
                    <label class="field date" for="annalist-date">{"Publication date"}</label>
                    <input id="annalist-date" type="date" value={props.date.clone()} onchange={on_date}
                        aria-describedby="annalist-date-source" />
                    <span id="annalist-date-source" class="date-source">{props.date_source.clone()}</span>
                </div>
            }
            <div class="row import">
                <button type="button" onclick={on_pick}>{"Open files…"}</button>
                <input ref={file_ref} type="file" multiple=true hidden=true aria-label="Open files"
                    accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                    onchange={on_files} />
                <span class="hint">{".txt, .md, .html, or drop them here"}</span>
            </div>
            { for refused.iter().enumerate().map(|(i, f)| {
                let (refused, file) = (refused.clone(), f.clone());
                let sinks: Sinks = (props.on_add.clone(), props.on_import.clone());
                let anyway = Callback::from(move |_: MouseEvent| {
                    import_files(vec![file.clone()], &sinks, true);
                    let mut rest = (*refused).clone();
                    rest.retain(|x| x != &file);
                    refused.set(rest);
                });
                html! { <p class="refused" role="alert" key={i}>
                    {too_large(&f.name(), f.size()).unwrap_or_default()}
                    {" "}<button type="button" onclick={anyway}>{"Analyse anyway"}</button>
                </p> }
            }) }
        </div>
    }
}
