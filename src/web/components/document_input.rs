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
use crate::web::state::files::decode_text;
use crate::web::state::words::{self, blank, too_large, BLANK_PASTE, MAX_FILE_BYTES};
use crate::web::state::Seed;
use crate::workspace::Workspace;

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
    /// What the engine said about the text and its date, in words.
    #[prop_or_default]
    pub warnings: Vec<AttrValue>,
    /// The text's own date (YYYY-MM-DD) when the date field holds another; empty otherwise.
    #[prop_or_default]
    pub text_date: AttrValue,
    /// A tab was chosen (document id).
    pub on_select: Callback<String>,
    /// Documents were added (a new empty one, or files opened or dropped:
    /// those read together come in one list).
    pub on_add: Callback<Vec<Seed>>,
    /// A read-only page exported by Annalist was opened: its documents and
    /// corrections, to import (issue 14.8).
    pub on_import: Callback<Workspace>,
    /// A tab was closed (document id).
    pub on_remove: Callback<String>,
    /// The selected document's text was edited (the whole new text).
    pub on_text: Callback<String>,
    /// The date field was edited (ISO `YYYY-MM-DD`, or empty).
    pub on_date: Callback<String>,
    /// The title field was edited (blank: the app names the document again).
    pub on_rename: Callback<String>,
}

/// Texts longer than this (bytes) are not put in the "Article text" box until
/// the user asks ("Edit text"): Chromium takes seconds to lay out a 2 MB
/// textarea, on every switch to its tab (issue 14.10). The document view shows
/// the text meanwhile. Architecture invariant: the box exists only while it
/// holds the selected document's whole text, so its input events always
/// carry that text (an empty box never replaces a long document).
pub const EDIT_ON_DEMAND_BYTES: usize = 100_000;

/// A tab's name longer than this (an ASCII character counting 1, any other 2) may not fit
/// in the tab's 14rem and is drawn cut with an ellipsis, which needs an overflow clip; a
/// shorter one fits (12 of the widest ASCII letters, about 0.95em each, are under the
/// 12.8em the button's padding leaves) and gets no clip (issue 17.3: 349 tabs' clips were
/// 349 paint chunks, re-layerized in every frame that changed the page).
pub const TAB_CLIPPED: usize = 12;

/// Whether the tab named `name` is drawn with an overflow clip (see [`TAB_CLIPPED`]).
pub fn clipped(name: &str) -> bool {
    name.chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum::<usize>()
        > TAB_CLIPPED
}

/// Read every file of `files` and report each as a new document. A file
/// over [`MAX_FILE_BYTES`] is not read (unless `anyway`): it is returned, for
/// the page to say so and offer to analyse it anyway (in the worker, as every
/// long text).
fn import_files(files: Vec<File>, sinks: &Sinks, anyway: bool) -> Vec<File> {
    let (take, refused): (Vec<File>, Vec<File>) =
        (files.into_iter()).partition(|file| anyway || file.size() <= MAX_FILE_BYTES);
    if take.is_empty() {
        return refused;
    }
    // Every read starts now, while the files are surely there; the texts are
    // then added in ONE action once all are read, so the page draws once and
    // the job scheduler sees the whole batch (many short files go to the
    // worker together, issue 17.3) whatever order the reads end in. An
    // exported page among them is imported at its place in the order chosen
    // (the plain files before it are added before it, those after it after).
    // Read as bytes, not `File.text()` (which reads anything as UTF-8, so a PNG became a
    // document of junk): `decode_text` refuses what is not text.
    let reads: Vec<(String, JsFuture)> = (take.iter())
        .map(|file| (file.name(), JsFuture::from(file.array_buffer())))
        .collect();
    let (on_add, on_import, on_unreadable) = sinks.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let now = crate::web::storage::now_iso();
        let mut seeds = Vec::new();
        for (name, read) in reads {
            match read.await.ok().and_then(bytes_of) {
                Some(bytes) => match decode_text(bytes) {
                    Err(why) => on_unreadable.emit(why.says(&name)),
                    Ok(text) => match open_file(&name, &text, &now) {
                        Opened::Seeds(more) => seeds.extend(more),
                        Opened::Empty => on_unreadable.emit(words::empty_file(&name)),
                        // In the order chosen: the plain files before this
                        // exported page are added first, in one action.
                        Opened::Export(w) => {
                            if !seeds.is_empty() {
                                on_add.emit(std::mem::take(&mut seeds));
                            }
                            on_import.emit(w);
                        }
                    },
                },
                // Moved or deleted since it was chosen, unreadable: said, not
                // silently dropped.
                None => on_unreadable.emit(format!(
                    "{name} could not be read (moved, deleted or not readable since it was chosen); \
                     nothing was opened from it. Choose it again."
                )),
            }
        }
        if !seeds.is_empty() {
            on_add.emit(seeds);
        }
    });
    refused
}

/// The bytes of a file read with `Blob.arrayBuffer()` (`None` when the read gave no
/// buffer).
pub fn bytes_of(read: wasm_bindgen::JsValue) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let buffer = read.dyn_into::<js_sys::ArrayBuffer>().ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Where opened files go: new documents, exported pages as workspaces, and
/// the message for a file that could not be read.
type Sinks = (Callback<Vec<Seed>>, Callback<Workspace>, Callback<String>);

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
    // Files that could not be read, in words (read asynchronously: kept in a
    // cell so that several failures of one drop all stay).
    let unreadable = use_mut_ref(Vec::<String>::new);
    let redraw = use_force_update();
    let on_unreadable = {
        let (unreadable, redraw) = (unreadable.clone(), redraw.clone());
        Callback::from(move |m: String| {
            unreadable.borrow_mut().push(m);
            redraw.force_update();
        })
    };
    let file_ref = use_node_ref();
    // The document whose long text the user opened in the box (see
    // [`EDIT_ON_DEMAND_BYTES`]); cleared on every tab choice.
    let editing = use_state(|| None::<String>);

    let on_text = {
        let (cb, text) = (props.on_text.clone(), props.text.clone());
        let (editing, selected) = (editing.clone(), props.selected.clone());
        let on_unreadable = on_unreadable.clone();
        Callback::from(move |e: InputEvent| {
            let area = e.target_unchecked_into::<HtmlTextAreaElement>();
            let value = area.value();
            // A paste that leaves the box blank (an empty clipboard, or only
            // white space, over the whole text) is undone and said: it turned
            // the document, the example among them, into an empty one.
            if e.input_type() == "insertFromPaste" && blank(&value) {
                area.set_value(&text);
                on_unreadable.emit(BLANK_PASTE.into());
                return;
            }
            // Typed or pasted here: the box keeps this document even once
            // its text grows long.
            if *editing != selected {
                editing.set(selected.clone());
            }
            cb.emit(value);
        })
    };
    let on_edit = {
        let (editing, selected) = (editing.clone(), props.selected.clone());
        Callback::from(move |_: MouseEvent| editing.set(selected.clone()))
    };
    let on_date = {
        let cb = props.on_date.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_text_date = {
        let (cb, date) = (props.on_date.clone(), props.text_date.to_string());
        Callback::from(move |_: MouseEvent| cb.emit(date.clone()))
    };
    let on_rename = {
        let cb = props.on_rename.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let name = props
        .tabs
        .iter()
        .find(|t| props.selected.as_deref() == Some(t.id.as_str()))
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let on_files = {
        let sinks: Sinks = (
            props.on_add.clone(),
            props.on_import.clone(),
            on_unreadable.clone(),
        );
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
        let sinks: Sinks = (
            props.on_add.clone(),
            props.on_import.clone(),
            on_unreadable.clone(),
        );
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
            cb.emit(vec![Seed {
                name: String::new(),
                text: String::new(),
                date: None,
            }])
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
                let editing = editing.clone();
                Callback::from(move |_: MouseEvent| {
                    if editing.is_some() {
                        editing.set(None);
                    }
                    cb.emit(id.clone())
                })
            };
            let remove = {
                let cb = props.on_remove.clone();
                let id = t.id.clone();
                Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
            };
            html! {
                <li key={t.id.clone()} class={classes!("doc-tab", current.then_some("current"))}>
                    <button type="button" class={classes!("doc-tab-name", clipped(&t.name).then_some("long"))} onclick={select}
                        aria-current={current.then_some("true")}>{&t.name}</button>
                    <button type="button" class="doc-tab-close" onclick={remove}
                        aria-label={format!("Close {}", t.name)} title="Close">{"×"}</button>
                </li>
            }
        })
        .collect::<Html>();

    let has_doc = props.selected.is_some();
    let in_box = props.text.len() <= EDIT_ON_DEMAND_BYTES || *editing == props.selected;
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
                if in_box {
                    <label class="field" for="annalist-text">{"Article text"}</label>
                    <textarea id="annalist-text" class="article-text" value={props.text.clone()}
                        oninput={on_text} spellcheck="false"
                        placeholder="Paste or type a news article, or drop .txt, .md or .html files here." />
                } else {
                    <p class="field long-text">
                        {format!("Article text: {} KB, shown in the document view. ", props.text.len() / 1024)}
                        <button type="button" onclick={on_edit}>{"Edit text"}</button>
                    </p>
                }
                <div class="row">
                    <label class="field" for="annalist-name">{"Title"}</label>
                    <input id="annalist-name" class="doc-name" type="text" value={name} onchange={on_rename}
                        title="The document's name in its tab and in exports; clear it to name it after its text" />
                </div>
                <div class="row">
                    <label class="field date" for="annalist-date">{"Publication date"}</label>
                    <input id="annalist-date" type="date" value={props.date.clone()} onchange={on_date}
                        aria-describedby="annalist-date-source" />
                    <span id="annalist-date-source" class="date-source">{props.date_source.clone()}</span>
                </div>
                { for props.warnings.iter().map(|w| html! {
                    <p class="doc-warning" role="status">{w.clone()}</p>
                }) }
                if !props.text_date.is_empty() {
                    <p class="row">
                        <button type="button" class="use-text-date" onclick={on_text_date}>
                            {format!("Use the text's date, {}", props.text_date)}
                        </button>
                    </p>
                }
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
                let sinks: Sinks = (props.on_add.clone(), props.on_import.clone(), on_unreadable.clone());
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
            { for unreadable.borrow().iter().enumerate().map(|(i, m)| {
                let (unreadable, redraw) = (unreadable.clone(), redraw.clone());
                let dismiss = Callback::from(move |_: MouseEvent| {
                    let mut list = unreadable.borrow_mut();
                    if i < list.len() {
                        list.remove(i);
                    }
                    drop(list);
                    redraw.force_update();
                });
                html! { <p class="refused" role="alert" key={format!("u{i}")}>
                    {m.clone()}{" "}<button type="button" onclick={dismiss}>{"Dismiss"}</button>
                </p> }
            }) }
        </div>
    }
}
