//! `WorkspaceBar`: persistence, corrections, undo/redo, import/export and the
//! watchlist, over the UI state (issue 7).
//!
//! Input: the app's state handle. Output: a "Workspace" region with notices
//! (a damaged save recovered, storage full, import results), undo and redo,
//! export and import of the workspace file (also JSONL documents and watchlist
//! CSV), a correction form for the selected entity and for text selected in
//! the document, and the watchlist's matches across documents (also outlined
//! in the document and the entity panel).
//!
//! The state side is here too: [`Extras`] (a field of `State`) holds the
//! corrections, the watchlist and each document's uncorrected engine output,
//! and [`reduce`] handles [`WsAction`]s. Corrections are applied by the pure
//! `workspace::apply` whenever an analysis arrives ([`on_analysed`]) or the
//! corrections change, so they also hold for text edited and re-analysed later.
//!
//! The workspace is restored from localStorage once on mount and saved
//! (debounced) after every change of documents, corrections, watchlist or view.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::model::{Analysis, Label};
use crate::web::state::{Action, Document, State};
use crate::web::storage;
use crate::workspace::persist::{from_json, to_json};
use crate::workspace::store::{Loaded, StoreError};
use crate::workspace::{
    self as ws, import, merge_documents, parse_csv, recover, Correction, Edit, EntityKey, History,
    TextAnchor, Watchlist, Workspace,
};

/// An entity of several documents: name, type, and (document, entity id) pairs.
type Shared = (String, Label, Vec<(String, String)>);

/// At most this many cross-document entities are listed.
const SHARED_SHOWN: usize = 40;

/// Wait this long after the last change before saving.
const SAVE_DEBOUNCE_MS: u32 = 400;

/// Workspace data kept in the UI state beside the documents.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    pub history: Rc<History>,
    pub watchlist: Rc<Watchlist>,
    /// Each document's engine output before corrections, with its generation.
    pub raw: Rc<HashMap<String, (u64, Rc<Analysis>)>>,
    /// When each document was added (ISO 8601), as saved.
    pub added_at: Rc<HashMap<String, String>>,
    /// Bumped on every change to save that documents do not show.
    pub revision: u64,
    /// What [`restore_saved`] read before the first render when it was not
    /// a clean workspace (nothing, damaged or unreadable data), for the bar
    /// to report once. Loading has effects (damaged data is kept aside under
    /// a new key), so the store is read only once per page.
    pub startup: Option<Rc<StartupLoad>>,
}

/// The store's answer at start-up, taken once by [`WorkspaceBar`].
pub type StartupLoad = RefCell<Option<Result<Loaded, StoreError>>>;

impl PartialEq for Extras {
    fn eq(&self, o: &Self) -> bool {
        self.revision == o.revision
            && Rc::ptr_eq(&self.history, &o.history)
            && Rc::ptr_eq(&self.watchlist, &o.watchlist)
            && Rc::ptr_eq(&self.raw, &o.raw)
            && Rc::ptr_eq(&self.added_at, &o.added_at)
    }
}

/// Workspace actions (wrapped in `Action::Workspace`).
pub enum WsAction {
    /// Replace everything by a saved workspace (on load).
    Restore(Workspace),
    /// Add an imported workspace file's documents, corrections and watchlist.
    Import(Workspace),
    Correct(Correction),
    Undo,
    Redo,
    /// Add watchlist entries.
    Watch(Watchlist),
}

/// Record an engine result for `doc` and return it with the corrections applied.
pub fn on_analysed(
    x: &mut Extras,
    doc: &str,
    generation: u64,
    text: &str,
    raw: Rc<Analysis>,
) -> Rc<Analysis> {
    Rc::make_mut(&mut x.raw).insert(doc.to_string(), (generation, raw.clone()));
    if x.history.done.is_empty() {
        raw
    } else {
        Rc::new(ws::apply(text, &raw, &x.history.done))
    }
}

/// Restore the workspace saved in this browser into `s` before the first
/// render, so a returning user never sees (nor waits for an analysis of) the
/// example article first. Only a cleanly read workspace is restored here; an
/// empty, damaged or unreadable store is handed to [`WorkspaceBar`] (in
/// [`Extras::startup`]), which reports it. Returns true when restored.
pub fn restore_saved(s: &mut State) -> bool {
    match storage::load() {
        Ok(Loaded::Restored(w)) => {
            restore(s, w);
            true
        }
        other => {
            s.extras.startup = Some(Rc::new(RefCell::new(Some(other))));
            false
        }
    }
}

/// Apply a workspace action to the state.
pub fn reduce(s: &mut State, a: WsAction) {
    match a {
        WsAction::Restore(w) => restore(s, w),
        WsAction::Import(w) => import_into(s, w),
        WsAction::Correct(c) => {
            Rc::make_mut(&mut s.extras.history).push(c);
            reapply(s);
        }
        WsAction::Undo => {
            if Rc::make_mut(&mut s.extras.history).undo().is_some() {
                reapply(s);
            }
        }
        WsAction::Redo => {
            if Rc::make_mut(&mut s.extras.history).redo().is_some() {
                reapply(s);
            }
        }
        WsAction::Watch(w) => Rc::make_mut(&mut s.extras.watchlist).extend(w),
    }
    s.extras.revision += 1;
}

/// A button's click that opens the hidden file input behind `input`.
fn click_input(input: &NodeRef) -> Callback<MouseEvent> {
    let input = input.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(el) = input.cast::<HtmlInputElement>() {
            el.click();
        }
    })
}

/// Re-apply the corrections in force to every analysed document. Views
/// treat (document, generation) as identifying an analysis, so an up-to-date
/// document whose analysis changes gets a new generation, for the document
/// and its analysis alike (it is not made stale, nothing is re-analysed).
fn reapply(s: &mut State) {
    let done = &s.extras.history.done;
    let mut moved: Vec<(String, u64, u64)> = Vec::new();
    for d in &mut s.documents {
        let Some(a) = d.analysed.as_mut() else {
            continue;
        };
        let Some((g, raw)) = s.extras.raw.get(&d.id) else {
            continue;
        };
        if *g != a.generation {
            continue;
        }
        a.analysis = if done.is_empty() {
            raw.clone()
        } else {
            Rc::new(ws::apply(&a.text, raw, done))
        };
        if d.generation == a.generation {
            s.counter += 1;
            moved.push((d.id.clone(), a.generation, s.counter));
            d.generation = s.counter;
            a.generation = s.counter;
        }
    }
    let raw = Rc::make_mut(&mut s.extras.raw);
    for (id, old, new) in moved {
        if let Some(entry) = raw.get_mut(&id) {
            if entry.0 == old {
                entry.0 = new;
            }
        }
    }
    s.revalidate_selection();
}

/// Keep `State::add`'s "d{n}" ids clear of the ids of restored documents.
fn bump_counter(s: &mut State) {
    let max = s
        .documents
        .iter()
        .filter_map(|d| d.id.strip_prefix('d').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    s.counter = s.counter.max(max);
}

fn push_doc(s: &mut State, d: ws::Document) {
    s.counter += 1;
    if let Some(t) = d.added_at {
        Rc::make_mut(&mut s.extras.added_at).insert(d.id.clone(), t);
    }
    s.documents.push(Document {
        id: d.id,
        auto_name: crate::web::state::auto_named(&d.name, &d.text),
        name: d.name,
        text: d.text.into(),
        date: d.date.unwrap_or_default(),
        generation: s.counter,
        analysed: None,
    });
}

fn restore(s: &mut State, w: Workspace) {
    s.documents.clear();
    s.selected_entity = None;
    s.focus = None;
    s.extras = Extras {
        history: Rc::new(w.history),
        watchlist: Rc::new(w.watchlist),
        revision: s.extras.revision,
        ..Extras::default()
    };
    for d in w.documents {
        push_doc(s, d);
    }
    bump_counter(s);
    s.selected_doc = w
        .view
        .selected_doc
        .filter(|id| s.document(id).is_some())
        .or_else(|| s.documents.first().map(|d| d.id.clone()));
    s.hidden = w.view.hidden.into_iter().collect();
    s.filter = w.view.filter;
}

fn import_into(s: &mut State, w: Workspace) {
    let mut cur = to_workspace(s, &HashMap::new());
    let ids = cur.merge_in(w);
    for id in &ids {
        if let Some(d) = cur.document(id) {
            push_doc(s, d.clone());
        }
    }
    s.extras.history = Rc::new(cur.history);
    s.extras.watchlist = Rc::new(cur.watchlist);
    bump_counter(s);
    if let Some(first) = ids.first() {
        s.selected_doc = Some(first.clone());
        s.selected_entity = None;
    }
    reapply(s);
}

/// The state as a workspace file; `stamps` supplies `added_at` for
/// documents that have none yet.
pub fn to_workspace(s: &State, stamps: &HashMap<String, String>) -> Workspace {
    Workspace {
        documents: s
            .documents
            .iter()
            .map(|d| ws::Document {
                id: d.id.clone(),
                name: d.name.clone(),
                text: d.text.to_string(),
                date: (!d.date.is_empty()).then(|| d.date.clone()),
                added_at: s
                    .extras
                    .added_at
                    .get(&d.id)
                    .or_else(|| stamps.get(&d.id))
                    .cloned(),
            })
            .collect(),
        history: {
            // Corrections of a closed document go with it.
            let mut h = (*s.extras.history).clone();
            let open = |c: &Correction| c.doc.as_deref().is_none_or(|d| s.document(d).is_some());
            h.done.retain(open);
            h.undone.retain(open);
            h
        },
        watchlist: (*s.extras.watchlist).clone(),
        view: ws::ViewSettings {
            selected_doc: s.selected_doc.clone(),
            hidden: s.hidden.iter().copied().collect(),
            filter: s.filter.clone(),
            ..ws::ViewSettings::default()
        },
        ..Workspace::default()
    }
}

/// Documents (id, generation), extras revision, hidden types, selected document, filter.
type SaveKey = (Vec<(String, u64)>, u64, Vec<Label>, Option<String>, String);

/// What must be saved changed when this changed.
fn save_key(s: &State) -> SaveKey {
    (
        s.documents
            .iter()
            .map(|d| (d.id.clone(), d.generation))
            .collect(),
        s.extras.revision,
        s.hidden.iter().copied().collect(),
        s.selected_doc.clone(),
        s.filter.clone(),
    )
}

// ---------------------------------------------------------------- notices

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Info,
    Warning,
    Error,
}

#[derive(Clone, PartialEq)]
struct Notice {
    id: u64,
    kind: Kind,
    title: String,
    detail: String,
}

#[derive(Default, PartialEq)]
struct Notices {
    list: Vec<Notice>,
    next: u64,
}

enum NoticeAction {
    Push(Kind, String, String),
    Dismiss(u64),
}

impl Reducible for Notices {
    type Action = NoticeAction;
    fn reduce(self: Rc<Self>, a: NoticeAction) -> Rc<Self> {
        let mut list = self.list.clone();
        let mut next = self.next;
        match a {
            NoticeAction::Push(kind, title, detail) => {
                next += 1;
                list.push(Notice {
                    id: next,
                    kind,
                    title,
                    detail,
                });
            }
            NoticeAction::Dismiss(id) => list.retain(|n| n.id != id),
        }
        Rc::new(Notices { list, next })
    }
}

type Notify = UseReducerDispatcher<Notices>;

fn notify(n: &Notify, kind: Kind, title: impl Into<String>, detail: impl Into<String>) {
    n.dispatch(NoticeAction::Push(kind, title.into(), detail.into()));
}

// ---------------------------------------------------------------- files

/// Read an imported file and dispatch what it holds.
fn import_file(name: String, text: String, state: &UseReducerDispatcher<State>, n: &Notify) {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") {
        let got = parse_csv(&text);
        let count = got.watchlist.entries.len();
        let bad: Vec<String> = got
            .errors
            .iter()
            .map(|e| format!("line {}: {}", e.line, e.reason))
            .collect();
        state.dispatch(Action::Workspace(WsAction::Watch(got.watchlist)));
        let kind = if bad.is_empty() {
            Kind::Info
        } else {
            Kind::Warning
        };
        notify(
            n,
            kind,
            format!("Watchlist: {count} names imported from {name}"),
            if bad.is_empty() {
                String::new()
            } else {
                format!("Rows skipped: {}", bad.join("; "))
            },
        );
    } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        let got = import::jsonl(&text, Some(&storage::now_iso()));
        let count = got.documents.len();
        let bad: Vec<String> = got
            .errors
            .iter()
            .map(|e| format!("line {}: {}", e.line, e.reason))
            .collect();
        state.dispatch(Action::Workspace(WsAction::Import(Workspace {
            documents: got.documents,
            ..Workspace::default()
        })));
        let kind = if bad.is_empty() {
            Kind::Info
        } else {
            Kind::Warning
        };
        notify(
            n,
            kind,
            format!("{count} documents imported from {name}"),
            bad.join("; "),
        );
    } else {
        let version = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("schema_version").and_then(|x| x.as_u64()));
        match from_json(&text) {
            Ok(w) => {
                let count = w.documents.len();
                let migrated = match version {
                    Some(v) if v < u64::from(ws::SCHEMA_VERSION) => format!(
                        " (schema version {v}, migrated to version {})",
                        ws::SCHEMA_VERSION
                    ),
                    _ => String::new(),
                };
                state.dispatch(Action::Workspace(WsAction::Import(w)));
                notify(
                    n,
                    Kind::Info,
                    format!("Imported workspace {name}: {count} documents{migrated}"),
                    "",
                );
            }
            Err(e) => {
                let r = recover(&text);
                if r.workspace.documents.is_empty() {
                    notify(
                        n,
                        Kind::Error,
                        format!("Could not import {name}"),
                        e.to_string(),
                    );
                } else {
                    let summary = r.report.summary();
                    state.dispatch(Action::Workspace(WsAction::Import(r.workspace)));
                    notify(
                        n,
                        Kind::Warning,
                        format!("{name} was damaged: {e}"),
                        summary,
                    );
                }
            }
        }
    }
}

/// Offer `text` as a file download.
fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

// ---------------------------------------------------------------- selection

/// The code point span of the text selected in the document view, checked
/// against the analysed text `text` (the view may hold extra labels).
fn selected_span(text: &str) -> Option<(usize, usize)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let sel = window.get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    if range.collapsed() {
        return None;
    }
    let root = document
        .query_selector("[aria-label=\"Document\"] .doc-text")
        .ok()??;
    let start_node = range.start_container().ok()?;
    if !root.contains(Some(&start_node)) {
        return None;
    }
    let before = document.create_range().ok()?;
    before.select_node_contents(&root).ok()?;
    before
        .set_end(&start_node, range.start_offset().ok()?)
        .ok()?;
    let approx16 = String::from(before.to_string()).encode_utf16().count();
    let chosen = String::from(range.to_string());
    let trimmed = chosen.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lead16 = chosen[..chosen.len() - chosen.trim_start().len()]
        .encode_utf16()
        .count();
    // The occurrence of the selected words nearest to where the selection starts.
    let mut best: Option<(usize, usize)> = None; // (distance, byte)
    let mut u16_at = 0usize;
    let mut last = 0usize;
    for (b, _) in text.match_indices(trimmed) {
        u16_at += text.get(last..b).map_or(0, |s| s.encode_utf16().count());
        last = b;
        let d = u16_at.abs_diff(approx16 + lead16);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, b));
        }
    }
    let (_, b) = best?;
    let start = text.get(..b)?.chars().count();
    Some((start, start + trimmed.chars().count()))
}

// ---------------------------------------------------------------- component

#[derive(Properties)]
pub struct WorkspaceBarProps {
    pub state: UseReducerHandle<State>,
}

impl PartialEq for WorkspaceBarProps {
    /// The parent re-renders on every state change; comparing states deeply
    /// would cost more than rendering.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

enum SaveStatus {
    Idle,
    Saved(usize),
    Failed(String),
}

#[function_component]
pub fn WorkspaceBar(props: &WorkspaceBarProps) -> Html {
    let state = props.state.clone();
    let notices = use_reducer(Notices::default);
    let status = use_state(|| SaveStatus::Idle);
    let first_save = use_mut_ref(|| true);
    let paused = use_mut_ref(|| false);
    let stamps: Rc<RefCell<HashMap<String, String>>> = use_mut_ref(HashMap::new);
    let file_ref = use_node_ref();
    let folder_ref = use_node_ref();
    let rename_ref = use_node_ref();
    let type_ref = use_node_ref();
    let merge_ref = use_node_ref();
    let scope_ref = use_node_ref();
    let add_type_ref = use_node_ref();

    // Report (and for damaged data, recover) what App read from the store at start-up.
    {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        let paused = paused.clone();
        // App read the store before the first render: what it left to report,
        // or nothing when it restored the workspace itself.
        let startup = state.extras.startup.clone();
        let load = move || match startup.and_then(|c| c.borrow_mut().take()) {
            Some(loaded) => loaded,
            None => Ok(Loaded::Empty),
        };
        use_effect_with((), move |_| match load() {
            Ok(Loaded::Empty) => {}
            Ok(Loaded::Restored(w)) => d.dispatch(Action::Workspace(WsAction::Restore(w))),
            Ok(Loaded::Recovered {
                workspace,
                report,
                kept_as,
            }) => {
                let kept = match &kept_as {
                    Some(k) => {
                        format!(" The damaged data is kept in this browser under the key {k:?}.")
                    }
                    None => {
                        *paused.borrow_mut() = true;
                        " Saving is paused so the damaged data is not overwritten; export the workspace to keep it.".into()
                    }
                };
                d.dispatch(Action::Workspace(WsAction::Restore(workspace)));
                notify(
                    &n,
                    Kind::Warning,
                    "The saved workspace was damaged; what could be read was recovered.",
                    format!("{}{kept}", report.summary()),
                );
            }
            Err(e) => {
                *paused.borrow_mut() = true;
                notify(
                    &n,
                    Kind::Error,
                    "The saved workspace could not be read.",
                    e.to_string(),
                );
            }
        });
    }

    // Save after changes (not on mount: the restore above comes first).
    // `unsaved` holds the state while a debounced save is pending, so leaving
    // the page (reload, tab closed) saves it at once.
    let unsaved: Rc<RefCell<Option<UseReducerHandle<State>>>> = use_mut_ref(|| None);
    {
        let state = state.clone();
        let status = status.clone();
        let stamps = stamps.clone();
        let first = first_save.clone();
        let paused = paused.clone();
        let unsaved = unsaved.clone();
        use_effect_with(save_key(&state), move |_| {
            let skip = std::mem::replace(&mut *first.borrow_mut(), false) || *paused.borrow();
            if !skip {
                *unsaved.borrow_mut() = Some(state.clone());
            }
            let timer = (!skip).then(|| {
                Timeout::new(SAVE_DEBOUNCE_MS, move || {
                    unsaved.borrow_mut().take();
                    {
                        let mut st = stamps.borrow_mut();
                        for d in &state.documents {
                            if !state.extras.added_at.contains_key(&d.id) && !st.contains_key(&d.id)
                            {
                                st.insert(d.id.clone(), storage::now_iso());
                            }
                        }
                    }
                    let w = to_workspace(&state, &stamps.borrow());
                    status.set(match storage::save(&w) {
                        Ok(n) => SaveStatus::Saved(n),
                        Err(e) => SaveStatus::Failed(e.to_string()),
                    });
                })
            });
            move || drop(timer)
        });
    }

    {
        let unsaved = unsaved.clone();
        let stamps = stamps.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "pagehide", move |_| {
                    if let Some(st) = unsaved.borrow_mut().take() {
                        // Nowhere left to report a failure: the page is going away.
                        let _ = storage::save(&to_workspace(&st, &stamps.borrow()));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let s: &State = &state;
    let dispatch_ws = |make: fn() -> WsAction| {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Workspace(make())))
    };
    let on_export = {
        let state = state.clone();
        let stamps = stamps.clone();
        let n = notices.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let w = to_workspace(&state, &stamps.borrow());
            let result = to_json(&w).map_err(|e| e.to_string()).and_then(|json| {
                download("annalist-workspace.json", &json).map_err(|e| format!("{e:?}"))
            });
            if let Err(e) = result {
                notify(&n, Kind::Error, "Could not export the workspace.", e);
            }
        })
    };
    let on_pick_folder = click_input(&folder_ref);
    let on_folder = {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(files) = input.files() else {
                return;
            };
            let mut skipped = 0;
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let name = file.name();
                let lower = name.to_ascii_lowercase();
                let article = [".txt", ".md", ".markdown", ".html", ".htm"]
                    .iter()
                    .any(|x| lower.ends_with(x));
                let data = [".json", ".jsonl", ".ndjson", ".csv"]
                    .iter()
                    .any(|x| lower.ends_with(x));
                if !article && !data {
                    skipped += 1;
                    continue;
                }
                let (d, n) = (d.clone(), n.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(text) = JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string())
                    else {
                        notify(&n, Kind::Error, format!("Could not read {name}"), "");
                        return;
                    };
                    if !article {
                        import_file(name, text, &d, &n);
                        return;
                    }
                    let documents = crate::web::components::import::seeds_from_file(&name, &text)
                        .into_iter()
                        .map(|seed| ws::Document {
                            id: String::new(),
                            name: seed.name,
                            text: seed.text,
                            date: seed.date,
                            added_at: Some(storage::now_iso()),
                        })
                        .collect();
                    d.dispatch(Action::Workspace(WsAction::Import(Workspace {
                        documents,
                        ..Workspace::default()
                    })));
                });
            }
            if skipped > 0 {
                notify(
                    &n,
                    Kind::Info,
                    format!(
                        "{} skipped: not .txt, .md, .html, .json, .jsonl or .csv",
                        plural(skipped, "file")
                    ),
                    "",
                );
            }
            input.set_value("");
        })
    };
    let on_pick = click_input(&file_ref);
    let on_files = {
        let d = state.dispatcher();
        let n = notices.dispatcher();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(files) = input.files() else {
                return;
            };
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let (d, n) = (d.clone(), n.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let name = file.name();
                    match JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string())
                    {
                        Some(text) => import_file(name, text, &d, &n),
                        None => notify(&n, Kind::Error, format!("Could not read {name}"), ""),
                    }
                });
            }
            input.set_value("");
        })
    };

    // The selected document and entity, for the correction form.
    let selected_doc = s.selected();
    let analysed = selected_doc.and_then(|d| d.analysed.clone());
    let entity = analysed.as_ref().and_then(|a| {
        let id = s.selected_entity.as_ref()?;
        a.analysis.entity_list.iter().find(|e| &e.id == id).cloned()
    });
    let doc_id = selected_doc.map(|d| d.id.clone()).unwrap_or_default();
    // The "New name" field starts at the entity's name and is then the user's:
    // not a controlled `value`, which Yew would write back over the typing on
    // any re-render of the bar (a save finishing, an analysis arriving).
    {
        let r = rename_ref.clone();
        let current = entity
            .as_ref()
            .map(|e| (doc_id.clone(), e.id.clone(), e.name.clone()));
        use_effect_with(current, move |current| {
            if let (Some((_, _, name)), Some(input)) = (current, r.cast::<HtmlInputElement>()) {
                input.set_value(name);
            }
        });
    }

    let correct = {
        let d = state.dispatcher();
        move |c: Correction| d.dispatch(Action::Workspace(WsAction::Correct(c)))
    };
    let scoped = {
        let scope_ref = scope_ref.clone();
        let doc_id = doc_id.clone();
        move |edit: Edit| {
            let everywhere = scope_ref
                .cast::<HtmlInputElement>()
                .is_none_or(|c| c.checked());
            if everywhere {
                Correction::everywhere(edit)
            } else {
                Correction::in_doc(doc_id.clone(), edit)
            }
        }
    };
    let select_value = |r: &NodeRef| {
        r.cast::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    };

    let entity_form = entity.as_ref().map(|e| {
        let key = EntityKey::of(e);
        let on_rename = {
            let (correct, scoped, key, r) = (correct.clone(), scoped.clone(), key.clone(), rename_ref.clone());
            Callback::from(move |ev: SubmitEvent| {
                ev.prevent_default();
                let name = r.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                if !name.trim().is_empty() && name.trim() != key.name {
                    correct(scoped(Edit::Rename { entity: key.clone(), name: name.trim().into() }));
                }
            })
        };
        let on_retype = {
            let (correct, scoped, key, r) = (correct.clone(), scoped.clone(), key.clone(), type_ref.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(label) = Label::parse(&select_value(&r)) {
                    if label != key.label {
                        correct(scoped(Edit::Retype { entity: key.clone(), label }));
                    }
                }
            })
        };
        let others: Vec<(String, String, Label)> = analysed
            .as_ref()
            .map(|a| {
                // The likeliest targets: same type first, then by salience; a
                // few hundred at most (thousands of options made selecting an
                // entity in a long text slow, and no one scrolls through them).
                let mut v: Vec<&crate::engine::model::Entity> = a
                    .analysis
                    .entity_list
                    .iter()
                    .filter(|x| x.id != e.id)
                    .collect();
                v.sort_by(|x, y| {
                    (y.label == e.label)
                        .cmp(&(x.label == e.label))
                        .then(y.salience.total_cmp(&x.salience))
                });
                v.truncate(MERGE_CHOICES);
                let mut v: Vec<_> = v
                    .into_iter()
                    .map(|x| (x.id.clone(), x.name.clone(), x.label))
                    .collect();
                v.sort_by(|a, b| a.1.cmp(&b.1));
                v
            })
            .unwrap_or_default();
        let on_merge = {
            let (correct, scoped, key, r) = (correct.clone(), scoped.clone(), key.clone(), merge_ref.clone());
            let others = others.clone();
            Callback::from(move |_: MouseEvent| {
                let id = select_value(&r);
                if let Some((_, name, label)) = others.iter().find(|o| o.0 == id) {
                    correct(scoped(Edit::Merge { entity: key.clone(), into: EntityKey::new(name.clone(), *label) }));
                }
            })
        };
        let surfaces: Vec<String> = analysed
            .as_ref()
            .map(|a| {
                let mut v: Vec<String> = a
                    .analysis
                    .entities
                    .iter()
                    .filter(|m| m.entity == e.id)
                    .map(|m| m.text.clone())
                    .collect();
                v.sort();
                v.dedup();
                v
            })
            .unwrap_or_default();
        let on_delete = {
            let (correct, scoped, label) = (correct.clone(), scoped.clone(), e.label);
            let surfaces = surfaces.clone();
            Callback::from(move |_: MouseEvent| {
                for t in &surfaces {
                    correct(scoped(Edit::DeleteSurface { text: t.clone(), label: Some(label) }));
                }
            })
        };
        html! {
            <form class="ws-entity" aria-label="Correct entity" onsubmit={on_rename}>
                <p class="ws-what">{"Correct "}<strong>{&e.name}</strong>{format!(" ({}, {} mentions)", e.label.display(), e.mentions)}</p>
                <label class="ws-row">{"New name "}
                    <input ref={rename_ref.clone()} type="text" aria-label="New name" />
                </label>
                <button type="submit">{"Rename"}</button>
                <label class="ws-row">{"Type "}
                    <select ref={type_ref.clone()} aria-label="Type">
                        { for Label::ALL.iter().map(|l| html! {
                            <option value={l.as_str()} selected={*l == e.label}>{l.display()}</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={on_retype}>{"Change type"}</button>
                if !others.is_empty() {
                    <label class="ws-row">{"Merge into "}
                        <select ref={merge_ref.clone()} aria-label="Merge into">
                            { for others.iter().map(|(id, name, label)| html! {
                                <option value={id.clone()}>{format!("{name} ({})", label.as_str())}</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" onclick={on_merge}>{"Merge"}</button>
                }
                <button type="button" onclick={on_delete} title={format!("Delete every mention written {}", surfaces.join(" / "))}>
                    {"Not an entity"}
                </button>
                <label class="ws-row"><input ref={scope_ref.clone()} type="checkbox" checked=true />{" in all documents"}</label>
            </form>
        }
    });

    // Corrections on text selected in the document view.
    let text_tools = analysed.as_ref().map(|a| {
        let text = a.text.clone();
        let analysis = a.analysis.clone();
        let doc = doc_id.clone();
        let n = notices.dispatcher();
        let mention_at = {
            let (text, analysis, n) = (text.clone(), analysis.clone(), n.clone());
            move || {
                let found = selected_span(&text).and_then(|(s, e)| {
                    analysis.entities.iter().find(|m| m.start < e && m.end > s).cloned()
                });
                if found.is_none() {
                    notify(&n, Kind::Info, "Select (part of) a highlighted mention in the document first.", "");
                }
                found.and_then(|m| TextAnchor::capture(&text, m.start, m.end))
            }
        };
        let on_add = {
            let (text, doc, correct, r, n) = (text.clone(), doc.clone(), correct.clone(), add_type_ref.clone(), n.clone());
            Callback::from(move |_: MouseEvent| {
                let label = Label::parse(&select_value(&r)).unwrap_or(Label::Person);
                match selected_span(&text).and_then(|(s, e)| TextAnchor::capture(&text, s, e)) {
                    Some(anchor) => correct(Correction::in_doc(doc.clone(), Edit::AddMention { mention: anchor, label, name: None })),
                    None => notify(&n, Kind::Info, "Select the missed words in the document first.", ""),
                }
            })
        };
        let on_remove = {
            let (doc, correct, find) = (doc.clone(), correct.clone(), mention_at.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(anchor) = find() {
                    correct(Correction::in_doc(doc.clone(), Edit::DeleteMention { mention: anchor }));
                }
            })
        };
        let on_split = {
            let (doc, correct, find) = (doc.clone(), correct.clone(), mention_at.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(anchor) = find() {
                    correct(Correction::in_doc(doc.clone(), Edit::Split { mention: anchor, name: None }));
                }
            })
        };
        html! {
            <div class="ws-text" role="group" aria-label="Correct selected text">
                <span class="ws-what">{"Selected text: "}</span>
                <select ref={add_type_ref.clone()} aria-label="Type of the added mention">
                    // `selected` on the first option: Yew inserts options last first, and
                    // without it the browser keeps the first one inserted (the last type).
                    { for Label::ALL.iter().enumerate().map(|(i, l)| html! { <option value={l.as_str()} selected={i == 0}>{l.display()}</option> }) }
                </select>
                <button type="button" onclick={on_add}>{"Add as mention"}</button>
                <button type="button" onclick={on_split}>{"Split mention off"}</button>
                <button type="button" onclick={on_remove}>{"Remove mention"}</button>
            </div>
        }
    });

    // Watchlist matches across documents, and per document the entity ids to flag.
    let watch = {
        let docs: Vec<(String, Rc<Analysis>)> = s
            .documents
            .iter()
            .filter_map(|d| {
                d.analysed
                    .as_ref()
                    .map(|a| (d.id.clone(), a.analysis.clone()))
            })
            .collect();
        let list = s.extras.watchlist.clone();
        let key: Vec<(String, u64)> = s
            .documents
            .iter()
            .filter_map(|d| d.analysed.as_ref().map(|a| (d.id.clone(), a.generation)))
            .collect();
        let rev = s.extras.revision;
        // Merging every document's entities costs time in the number of
        // documents: while analyses are still coming in (an import of many
        // files), keep the last result and merge once they are all done,
        // instead of once per finished batch.
        let settled = use_mut_ref(|| None::<(Vec<(String, u64)>, u64)>);
        let busy = s.documents.iter().any(|d| d.is_stale());
        let key = match (busy, settled.borrow().as_ref()) {
            (true, Some(last)) => last.clone(),
            _ => (key, rev),
        };
        *settled.borrow_mut() = Some(key.clone());
        use_memo(key, move |_| {
            let mut flagged: HashMap<String, Vec<String>> = HashMap::new();
            let corpus = merge_documents(&docs);
            // Entities found in several documents: (name, label, [(doc, entity id)]).
            let shared: Vec<Shared> = corpus
                .iter()
                .filter(|c| c.documents.len() > 1)
                .take(SHARED_SHOWN)
                .map(|c| {
                    let refs = c
                        .documents
                        .iter()
                        .map(|d| (d.doc.clone(), d.entity.clone()))
                        .collect();
                    (c.name.clone(), c.label, refs)
                })
                .collect();
            if list.entries.is_empty() {
                return (Vec::new(), flagged, shared);
            }
            let index = list.index();
            let hits = index.corpus_matches(&list, &corpus);
            for (doc, a) in &docs {
                let ids = index.flag(a).into_iter().map(|h| h.entity).collect();
                flagged.insert(doc.clone(), ids);
            }
            (hits, flagged, shared)
        })
    };
    let (hits, flagged, shared) = &*watch;
    let doc_names: HashMap<&str, &str> = s
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let shared_list = (!shared.is_empty()).then(|| {
        let title = if shared.len() == 1 {
            "1 entity in several documents".to_string()
        } else {
            format!("{} entities in several documents", shared.len())
        };
        html! {
            <details class="ws-list" aria-label="Entities in several documents">
                <summary>{title}</summary>
                <ul>
                    { for shared.iter().map(|(name, label, refs)| html! {
                        <li>
                            <strong>{name}</strong>{format!(" ({}) in ", label.as_str())}
                            { for refs.iter().map(|(doc, entity)| {
                                let d = state.dispatcher();
                                let (doc, entity) = (doc.clone(), entity.clone());
                                let label = doc_names.get(doc.as_str()).copied().unwrap_or("?").to_string();
                                let onclick = Callback::from(move |_: MouseEvent| {
                                    d.dispatch(Action::SelectDoc(doc.clone()));
                                    d.dispatch(Action::SelectEntity(Some(entity.clone())));
                                });
                                html! { <button type="button" class="ws-doc-link" {onclick}>{label}</button> }
                            }) }
                        </li>
                    }) }
                </ul>
            </details>
        }
    });
    // Outline the selected document's watched entities in the document view and the panel.
    let flag_css: String = flagged
        .get(&doc_id)
        .map(|ids| {
            ids.iter()
                .map(|id| {
                    format!(
                        "[aria-label=\"Document\"] mark[data-entity=\"{id}\"], [aria-label=\"Entities\"] [data-entity=\"{id}\"]"
                    )
                })
                .collect::<Vec<_>>()
                .join(",\n")
        })
        .filter(|c| !c.is_empty())
        .map(|c| format!("{c} {{ outline: 2px dashed var(--focus); outline-offset: 2px; }}"))
        .unwrap_or_default()
        + &timeline_flag_css(flagged);
    let history = &s.extras.history;
    let notice_list = notices.list.clone();

    html! {
        <section class="panel workspace-panel" aria-label="Workspace">
            <style>{STYLE}{flag_css}</style>
            { for notice_list.iter().map(|nt| {
                let id = nt.id;
                let d = notices.dispatcher();
                let (class, role) = match nt.kind {
                    Kind::Info => ("ws-notice info", "status"),
                    Kind::Warning => ("ws-notice warning", "alert"),
                    Kind::Error => ("ws-notice error", "alert"),
                };
                html! {
                    <div class={class} role={role} key={id}>
                        <strong>{&nt.title}</strong>
                        if !nt.detail.is_empty() { <p>{&nt.detail}</p> }
                        <button type="button" aria-label="Dismiss" onclick={Callback::from(move |_: MouseEvent| d.dispatch(NoticeAction::Dismiss(id)))}>{"×"}</button>
                    </div>
                }
            }) }
            <div class="ws-bar">
                <button type="button" onclick={dispatch_ws(|| WsAction::Undo)} disabled={!history.can_undo()}>{"Undo correction"}</button>
                <button type="button" onclick={dispatch_ws(|| WsAction::Redo)} disabled={!history.can_redo()}>{"Redo correction"}</button>
                <span class="ws-count">{format!("{} · {} · {}", plural(history.done.len(), "correction"), plural(s.extras.watchlist.entries.len(), "watched name"), plural(s.documents.len(), "document"))}</span>
                <button type="button" onclick={on_export}>{"Export workspace"}</button>
                <button type="button" onclick={on_pick}>{"Import…"}</button>
                <input ref={file_ref} type="file" multiple=true hidden=true
                    aria-label="Import workspace, JSONL documents or watchlist CSV"
                    accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv" onchange={on_files} />
                <button type="button" onclick={on_pick_folder}>{"Import folder…"}</button>
                <input ref={folder_ref} type="file" multiple=true hidden=true webkitdirectory=true
                    aria-label="Import a folder of articles" onchange={on_folder} />
                <span class="ws-save" role="status">{
                    match &*status {
                        SaveStatus::Idle => String::new(),
                        SaveStatus::Saved(n) => format!("Saved in this browser ({:.0} KB)", (*n as f64 / 1024.0).ceil()),
                        SaveStatus::Failed(_) => String::new(),
                    }
                }</span>
            </div>
            if !history.done.is_empty() {
                <details class="ws-list">
                    <summary>{"Corrections in force (re-applied after every analysis)"}</summary>
                    <ol>
                        { for history.done.iter().map(|c| html! { <li>{c.describe()}</li> }) }
                    </ol>
                </details>
            }
            if let SaveStatus::Failed(e) = &*status {
                <div class="ws-notice error" role="alert"><strong>{"Not saved. "}</strong>{e}</div>
            }
            {shared_list.unwrap_or_default()}
            {entity_form.unwrap_or_default()}
            {text_tools.unwrap_or_default()}
            if !hits.is_empty() {
                <div class="ws-watch" aria-label="Watchlist matches" role="group">
                    <strong>{"On the watchlist: "}</strong>
                    <ul>
                        { for hits.iter().map(|m| html! {
                            <li><span class="ws-flag" aria-hidden="true">{"⚑ "}</span>{&m.name}
                                {format!(" — {} documents, {} mentions", m.documents, m.mentions)}
                                if !m.note.is_empty() { {format!(" ({})", m.note)} }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// CSS marking the timeline events (points, bars and list rows) in which a
/// watched entity takes part: the timeline tags each event with its document
/// (`data-doc`) and participants (`data-who`).
fn timeline_flag_css(flagged: &HashMap<String, Vec<String>>) -> String {
    let mut sel = Vec::new();
    for (doc, ids) in flagged {
        for id in ids {
            sel.push(format!("[data-doc=\"{doc}\"][data-who~=\"{id}\"]"));
        }
    }
    if sel.is_empty() {
        return String::new();
    }
    sel.sort(); // HashMap order would rewrite the style element on every render
    let each = |suffix: &str| {
        sel.iter()
            .map(|s| format!("[aria-label=\"Timeline\"] {s}{suffix}"))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    format!(
        "\n{} {{ stroke: var(--focus) !important; stroke-width: 3px; }}\n{} {{ content: \"⚑ \"; color: var(--focus); }}\n",
        each(" :is(.dot, .bar, .vague)"),
        each(" .event-label::before"),
    )
}

/// Entities offered in the "Merge into" list.
const MERGE_CHOICES: usize = 200;

/// "1 document", "2 documents".
fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

const STYLE: &str = "
.workspace-panel { margin-bottom: 0.9rem; display: flex; flex-direction: column; gap: 0.5rem; }
.ws-bar, .ws-entity, .ws-text { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.6rem; }
.ws-count, .ws-save { color: var(--muted); font-size: 0.85rem; }
.ws-what { margin: 0; }
.ws-row { display: inline-flex; align-items: center; gap: 0.3rem; max-width: 100%; min-width: 0; }
.workspace-panel select { max-width: min(16rem, 100%); text-overflow: ellipsis; }
.ws-entity input[type=text], .workspace-panel select { font: inherit; padding: 0.15rem 0.3rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: inherit; }
.ws-notice { position: relative; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 0.4rem 2rem 0.4rem 0.6rem; }
.ws-notice.warning { border-left-color: #b45309; }
.ws-notice.error { border-left-color: #b91c1c; }
.ws-notice p { margin: 0.2rem 0 0; }
.ws-notice button { position: absolute; top: 0.2rem; right: 0.3rem; }
.ws-watch ul, .ws-list ol { margin: 0.2rem 0 0; padding-left: 1.2rem; }
.ws-doc-link { margin-left: 0.3rem; padding: 0 0.4rem; font-size: 0.85rem; }
.ws-list summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; }
";
