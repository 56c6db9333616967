//! Workspace actions on the UI state: corrections with undo/redo, restoring
//! a saved workspace, importing one, and merging what another tab saved.
//!
//! The state side of the Workspace region: [`WorkspaceData`] (a field of `State`)
//! holds the corrections, the watchlist and each document's uncorrected
//! engine output, and [`reduce`] handles [`WorkspaceAction`]s. Corrections are
//! applied by the pure `workspace::apply` whenever an analysis arrives
//! ([`on_analysed`]) or the corrections change, so they also hold for text
//! edited and re-analysed later. Pure Rust, tested natively.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::deferred::{self, Deferred};
use super::{DateOrigin, Document, State};
use crate::engine::model::{Analysis, Label};
use crate::workspace::store::{Loaded, StoreError};
use crate::workspace::{self as ws, Correction, History, Watchlist, Workspace};

/// Workspace data kept in the UI state beside the documents.
#[derive(Debug, Clone, Default)]
pub struct WorkspaceData {
    /// The user's corrections with their undo/redo stacks.
    pub history: Rc<History>,
    /// Watched names (imported from a `name,aliases,note` CSV or a workspace).
    pub watchlist: Rc<Watchlist>,
    /// Each document's engine output before corrections, with its generation.
    pub raw: Rc<HashMap<String, (u64, Rc<Analysis>)>>,
    /// When each document was added (ISO 8601), as saved.
    pub added_at: Rc<HashMap<String, String>>,
    /// Bumped on every change to save that documents do not show.
    pub revision: u64,
    /// What `web::components::workspace::restore_saved` (wasm only) read before the first render when it was not
    /// a clean workspace (nothing, damaged or unreadable data), for the bar
    /// to report once. Loading has effects (damaged data is kept aside under
    /// a new key), so the store is read only once per page.
    pub startup: Option<Rc<StartupLoad>>,
    /// The last merge of another tab's save, numbered, for the bar to report.
    pub external: Option<Rc<(u64, ExternalChange)>>,
    /// Long texts whose corrected analysis the app is computing off the
    /// main thread ([`super::deferred`]).
    pub deferred: Rc<Vec<Deferred>>,
}

/// The store's answer at start-up, taken once by the
/// `WorkspaceBar` component (wasm only).
pub type StartupLoad = RefCell<Option<Result<Loaded, StoreError>>>;

impl PartialEq for WorkspaceData {
    fn eq(&self, o: &Self) -> bool {
        self.revision == o.revision
            && Rc::ptr_eq(&self.history, &o.history)
            && Rc::ptr_eq(&self.watchlist, &o.watchlist)
            && Rc::ptr_eq(&self.raw, &o.raw)
            && Rc::ptr_eq(&self.added_at, &o.added_at)
            && self.deferred == o.deferred
    }
}

/// Workspace actions (wrapped in `Action::Workspace`).
pub enum WorkspaceAction {
    /// Replace everything by a saved workspace (on load).
    Restore(Workspace),
    /// Add an imported workspace file's documents, corrections and watchlist.
    Import(Workspace),
    /// Apply a correction (rename, retype, merge, split, delete, add) and
    /// record it for undo.
    Correct(Correction),
    /// Take back the last correction.
    Undo,
    /// Re-apply the last correction undone.
    Redo,
    /// Add watchlist entries.
    Watch(Watchlist),
    /// The corrected analysis of a long text, computed off the main thread
    /// for the job `token` of `doc` ([`super::deferred`]); ignored when stale.
    Corrected {
        /// Document id.
        doc: String,
        /// The job's [`Deferred::token`].
        token: u64,
        /// The engine output with the corrections in force applied.
        analysis: Rc<Analysis>,
    },
    /// Another tab saved `new` over `old` (what the store held before):
    /// merge it in without dropping anything of ours (issue 16.1).
    External {
        /// What the store held before the other tab saved; `None` when nothing.
        old: Option<Box<Workspace>>,
        /// What the other tab saved.
        new: Box<Workspace>,
    },
}

/// What another tab changed, as merged by [`merge_external`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExternalChange {
    /// Documents added (new to this tab).
    pub added: usize,
    /// Documents whose text or date the other tab changed, this tab had not.
    pub updated: usize,
    /// Documents both tabs changed: the other tab's version kept as a copy.
    pub copies: usize,
    /// Corrections of the other tab added here.
    pub corrections: usize,
    /// Watchlist entries of the other tab added here.
    pub watched: usize,
}

impl ExternalChange {
    /// True when nothing changed here.
    pub fn is_empty(&self) -> bool {
        *self == ExternalChange::default()
    }

    /// One sentence for the notice, e.g. "Another tab added 2 documents."
    pub fn describe(&self) -> String {
        let n = |k: usize, one: &str, many: &str| match k {
            0 => None,
            1 => Some(format!("1 {one}")),
            k => Some(format!("{k} {many}")),
        };
        let parts: Vec<String> = [
            n(self.added, "document added", "documents added"),
            n(self.updated, "document changed", "documents changed"),
            n(
                self.copies,
                "document changed in both tabs (theirs kept as a copy)",
                "documents changed in both tabs (theirs kept as copies)",
            ),
            n(self.corrections, "correction", "corrections"),
            n(self.watched, "watched name", "watched names"),
        ]
        .into_iter()
        .flatten()
        .collect();
        format!("Another tab changed this workspace: {}.", parts.join(", "))
    }
}

/// Record an engine result for `doc` and return it with the corrections applied.
pub fn on_analysed(
    x: &mut WorkspaceData,
    doc: &str,
    generation: u64,
    text: &str,
    raw: Rc<Analysis>,
) -> Rc<Analysis> {
    Rc::make_mut(&mut x.raw).insert(doc.to_string(), (generation, raw.clone()));
    deferred::forget(x, doc);
    if x.history.done.is_empty() {
        raw
    } else {
        Rc::new(ws::apply(text, &raw, &x.history.done))
    }
}

/// Apply a workspace action to the state.
pub fn reduce(s: &mut State, a: WorkspaceAction) {
    match a {
        WorkspaceAction::Restore(w) => restore(s, w),
        WorkspaceAction::Import(w) => import_into(s, w),
        WorkspaceAction::Correct(c) => {
            Rc::make_mut(&mut s.extras.history).push(c);
            reapply(s);
        }
        WorkspaceAction::Undo => {
            if Rc::make_mut(&mut s.extras.history).undo().is_some() {
                reapply(s);
            }
        }
        WorkspaceAction::Redo => {
            if Rc::make_mut(&mut s.extras.history).redo().is_some() {
                reapply(s);
            }
        }
        WorkspaceAction::Watch(w) => Rc::make_mut(&mut s.extras.watchlist).extend(w),
        WorkspaceAction::Corrected {
            doc,
            token,
            analysis,
        } => {
            // Nothing to save: the corrections themselves were saved.
            deferred::install(s, &doc, token, analysis);
            return;
        }
        WorkspaceAction::External { old, new } => {
            let change = merge_external(s, old.as_deref(), *new);
            if change.is_empty() {
                // Nothing new: no save, so two tabs never echo each other.
                return;
            }
            s.extras.external = Some(Rc::new((s.extras.revision + 1, change)));
        }
    }
    s.extras.revision += 1;
}

/// Re-apply the corrections in force to every analysed document. Views
/// treat (document, generation) as identifying an analysis, so an up-to-date
/// document whose analysis changes gets a new generation, for the document
/// and its analysis alike (it is not made stale, nothing is re-analysed).
fn reapply(s: &mut State) {
    // Long texts: their corrected analysis is computed off the main thread.
    let mut later = Vec::new();
    for i in 0..s.documents.len() {
        if deferred::should_defer(s, i) {
            later.push(i);
        } else if let Some(d) = s.documents.get(i) {
            let doc = d.id.clone();
            deferred::forget(&mut s.extras, &doc);
        }
    }
    for &i in &later {
        deferred::defer(s, i);
    }
    let done = &s.extras.history.done;
    let mut moved: Vec<(String, u64, u64)> = Vec::new();
    for (i, d) in s.documents.iter_mut().enumerate() {
        if later.contains(&i) {
            continue;
        }
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
        auto_name: super::auto_named(&d.name, &d.text),
        name: d.name,
        text: d.text.into(),
        date_origin: DateOrigin::Given,
        example: false,
        date: d.date.unwrap_or_default(),
        generation: s.counter,
        analysed: None,
        failed: None,
    });
}

/// Replace the documents, corrections, watchlist and view of `s` by the saved
/// workspace `w` (documents are left unanalysed: the app re-analyses them).
pub fn restore(s: &mut State, w: Workspace) {
    s.documents.clear();
    s.selected_entity = None;
    s.focus = None;
    s.extras = WorkspaceData {
        history: Rc::new(w.history),
        watchlist: Rc::new(w.watchlist),
        revision: s.extras.revision,
        ..WorkspaceData::default()
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
    if !ids.is_empty() {
        s.drop_example();
    }
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
        // The untouched example article is not the user's: never saved or exported.
        documents: s
            .documents
            .iter()
            .filter(|d| !d.example)
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
pub type SaveKey = (Vec<(String, u64)>, u64, Vec<Label>, Option<String>, String);

/// What must be saved changed when this changed.
pub fn save_key(s: &State) -> SaveKey {
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

/// Merge another tab's saved workspace `new` into `s`. Documents are keyed
/// by id and text: a document of `new` whose text this tab already has is
/// skipped; one this tab lacks is added (under a fresh id if its id is taken
/// here); one this tab has under the same id with another text takes the
/// other tab's text when this tab had not changed it since `old` (what the
/// store held before), and is otherwise added as a copy. Nothing of this
/// tab's is ever dropped: a document closed in the other tab stays here.
/// Corrections are rules and watchlist entries names: both are unions.
pub fn merge_external(s: &mut State, old: Option<&Workspace>, new: Workspace) -> ExternalChange {
    let mut change = ExternalChange::default();
    let mut added = Vec::new();
    for d in new.documents {
        if s.documents.iter().any(|x| *x.text == *d.text) {
            continue;
        }
        let here = s.documents.iter().position(|x| x.id == d.id);
        let was = old.and_then(|o| o.document(&d.id));
        match here {
            Some(i) if was.is_some_and(|w| w.text == *s.documents[i].text) => {
                let generation = {
                    s.counter += 1;
                    s.counter
                };
                let x = &mut s.documents[i];
                x.text = d.text.into();
                if x.date_origin == DateOrigin::Given || x.date.is_empty() {
                    x.date = d.date.unwrap_or_default();
                }
                x.name = d.name;
                x.generation = generation;
                x.example = false;
                change.updated += 1;
            }
            // Both tabs changed it: keep theirs beside ours.
            Some(_) if was.is_some() => {
                added.push(ws::Document {
                    id: String::new(),
                    ..d
                });
                change.copies += 1;
            }
            // Both tabs added a document under the same id: a new one here.
            Some(_) => {
                added.push(ws::Document {
                    id: String::new(),
                    ..d
                });
                change.added += 1;
            }
            None => {
                added.push(d);
                change.added += 1;
            }
        }
    }
    if !added.is_empty() {
        let mut taken: Vec<String> = s.documents.iter().map(|d| d.id.clone()).collect();
        for mut d in added {
            if d.id.is_empty() || taken.contains(&d.id) {
                let mut n = s.counter + 1;
                while taken.contains(&format!("d{n}")) {
                    n += 1;
                }
                s.counter = n;
                d.id = format!("d{n}");
            }
            taken.push(d.id.clone());
            push_doc(s, d);
        }
        s.drop_example();
        bump_counter(s);
    }
    let fresh: Vec<Correction> = new
        .history
        .done
        .into_iter()
        .filter(|c| !s.extras.history.done.contains(c))
        .collect();
    if !fresh.is_empty() {
        change.corrections = fresh.len();
        let h = Rc::make_mut(&mut s.extras.history);
        for c in fresh {
            h.push(c);
        }
    }
    let names: Vec<ws::WatchEntry> = new
        .watchlist
        .entries
        .into_iter()
        .filter(|e| !s.extras.watchlist.entries.contains(e))
        .collect();
    if !names.is_empty() {
        change.watched = names.len();
        Rc::make_mut(&mut s.extras.watchlist).extend(Watchlist { entries: names });
    }
    if change.corrections > 0 {
        reapply(s);
    }
    change
}
