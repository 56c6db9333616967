//! Workspace actions on the UI state: corrections with undo/redo, restoring
//! a saved workspace, importing one, and merging what another tab saved.
//!
//! The state's [`State::workspace`] holds the corrections and the watchlist;
//! each document's uncorrected engine output is in its [`Live::raw`].
//! [`reduce`] handles [`WorkspaceAction`]s. Corrections are applied by the
//! pure `workspace::apply` whenever an analysis arrives ([`on_analysed`]) or
//! the corrections change, so they also hold for text edited and re-analysed
//! later; for long texts off the main thread ([`deferred`]). Pure Rust,
//! tested natively.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::deferred;
use super::{Live, State};
use crate::engine::model::{Analysis, Label};
use crate::workspace::store::{Loaded, StoreError};
use crate::workspace::{self as ws, Correction, History, Watchlist, Workspace};

/// The store's answer at start-up, taken once by the
/// `WorkspaceBar` component (wasm only).
pub type StartupLoad = RefCell<Option<Result<Loaded, StoreError>>>;

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
    /// Empty the watchlist ("Clear watchlist").
    Unwatch,
    /// The corrected analysis of a long text, computed off the main thread
    /// for the job `token` of `doc` ([`super::deferred`]); ignored when stale.
    Corrected {
        /// Document id.
        doc: String,
        /// The job's [`deferred::Deferred::token`].
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
    /// Corrections of the other tab added here, or that it undid, undone here.
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

/// Record an engine result (`raw`, of `text` at `generation`) in a
/// document's live data and return it with the corrections of `history`
/// applied: at once, or for a long text with corrections in force, later
/// and off the main thread (`raw` is returned, and `job` becomes the
/// document's correction job, see [`deferred`]).
pub fn on_analysed(
    live: &mut Live,
    history: &History,
    generation: u64,
    text: &str,
    raw: Rc<Analysis>,
    job: impl FnOnce() -> u64,
) -> Rc<Analysis> {
    live.raw = Some((generation, raw.clone()));
    // A correction job for the engine output replaced is void.
    live.fixing = None;
    if history.done.is_empty() {
        raw
    } else if text.len() > deferred::DEFER_BYTES {
        live.fixing = Some(job());
        raw
    } else {
        Rc::new(ws::apply(text, &raw, &history.done))
    }
}

/// Merge the corrections of another tab's save (`theirs`) into `ours`; returns
/// how many changed here. Corrections are rules, and only a positive signal
/// takes one back (issue 16.1): an undo of the other tab's that this tab has not
/// seen yet ([`History::removed`]: by its number) undoes the same correction
/// here, unless the other tab has it in force again. A correction merely
/// missing from its save stays: that tab may have saved before it heard of it.
/// One in force there is added here, unless this tab undid it by an undo the
/// other tab's save has not seen (the save is older than that undo).
pub fn merge_corrections(ours: &mut History, theirs: History) -> usize {
    let mut changed = 0;
    for c in &theirs.done {
        // Undone here by an undo their save has not seen: that save is older.
        let undone_here = (ours.removed.iter())
            .any(|(n, x)| x == c && !theirs.removed.iter().any(|(m, _)| m == n));
        if !ours.done.contains(c) && !undone_here {
            ours.push(c.clone());
            changed += 1;
        }
    }
    for (n, c) in theirs.removed {
        if ours.removed.iter().any(|(m, _)| *m == n) {
            continue;
        }
        if !theirs.done.contains(&c) {
            if let Some(i) = ours.done.iter().rposition(|x| *x == c) {
                ours.done.remove(i);
                changed += 1;
            }
        }
        ours.tombstone(n, c);
    }
    changed
}

/// Apply a workspace action to the state.
pub fn reduce(s: &mut State, a: WorkspaceAction) {
    match a {
        WorkspaceAction::Restore(w) => restore(s, w),
        WorkspaceAction::Import(w) => import_into(s, w),
        WorkspaceAction::Correct(c) => {
            // A correction of the example is work on it: it stays when the
            // user's first own article comes, and is saved.
            if let Some(live) = c.doc.as_ref().and_then(|d| s.live.get_mut(d)) {
                live.example = false;
            }
            s.workspace.correct(c);
            reapply(s);
        }
        WorkspaceAction::Undo => {
            if let Some(c) = s.workspace.history.undo().cloned() {
                // Saved, so another tab takes it back too (issue 16.1).
                s.workspace.history.tombstone(undo_number(), c);
                reapply(s);
            }
        }
        WorkspaceAction::Redo => {
            if s.workspace.history.redo().is_some() {
                reapply(s);
            }
        }
        WorkspaceAction::Watch(w) => s.workspace.watchlist.extend(w),
        WorkspaceAction::Unwatch => s.workspace.watchlist = Watchlist::default(),
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
            s.external = Some(Rc::new((s.revision + 1, change)));
        }
    }
    s.revision += 1;
}

/// A number for an undo, unique across the tabs of one workspace: random in the
/// browser (53 bits), counted natively (tests, where the tabs share one process).
fn undo_number() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed)
    }
}

/// Re-apply the corrections in force to every analysed document. Views
/// treat (document, generation) as identifying an analysis, so an up-to-date
/// document whose analysis changes gets a new generation, for the document
/// and its analysis alike (it is not made stale, nothing is re-analysed).
fn reapply(s: &mut State) {
    // Long texts: their corrected analysis is computed off the main thread.
    let later = deferred::defer_long(s);
    for d in &s.workspace.documents {
        if later.contains(&d.id) {
            continue;
        }
        if let Some(live) = s.live.get_mut(&d.id) {
            reapply_live(&s.workspace.history.done, live, &mut s.counter);
        }
    }
    s.revalidate_selection();
}

/// [`reapply`] for the one document `id` (a reopened document: the
/// corrections may have changed while it was closed), off the main thread
/// for a long text.
pub(super) fn reapply_one(s: &mut State, id: &str) {
    if deferred::defer_one(s, id) {
        return;
    }
    if let Some(live) = s.live.get_mut(id) {
        reapply_live(&s.workspace.history.done, live, &mut s.counter);
    }
}

/// Re-apply the corrections `done` to one document's analysis; `counter`
/// gives the new generation.
fn reapply_live(done: &[Correction], live: &mut Live, counter: &mut u64) {
    let (Some(a), Some((g, raw))) = (live.analysed.as_mut(), live.raw.as_mut()) else {
        return;
    };
    if *g != a.generation {
        return;
    }
    a.analysis = if done.is_empty() {
        raw.clone()
    } else {
        Rc::new(ws::apply(&a.text, raw, done))
    };
    if live.generation == a.generation {
        *counter += 1;
        live.generation = *counter;
        a.generation = *counter;
        *g = *counter;
    }
}

/// Keep `State::add`'s "d{n}" ids clear of the ids of restored documents.
fn bump_counter(s: &mut State) {
    // Also past the ids corrections name (rules for documents not open): a new
    // document given one would take their corrections.
    let history = &s.workspace.history;
    let named = history
        .done
        .iter()
        .chain(&history.undone)
        .filter_map(|c| c.doc.as_deref());
    let max = s
        .workspace
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .chain(named)
        .filter_map(|id| id.strip_prefix('d').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    s.counter = s.counter.max(max);
}

/// Replace the documents, corrections, watchlist and view of `s` by the saved
/// workspace `w` (documents are left unanalysed: the app re-analyses them).
///
/// A saved workspace with no documents keeps the untouched example open (cold trial: with
/// only the example open, a view setting changed, "dates in words", saved a file with no
/// documents, and the reload showed an empty page: the example was never saved, as it is
/// not the user's, and nothing brought it back).
pub fn restore(s: &mut State, w: Workspace) {
    let example: Vec<ws::Document> = if w.documents.is_empty() {
        s.documents()
            .filter(|d| d.example())
            .map(|d| d.saved.clone())
            .collect()
    } else {
        Vec::new()
    };
    s.selected_entity = None;
    s.focus = None;
    s.startup = None;
    s.external = None;
    s.live.clear();
    s.workspace = Workspace {
        history: w.history,
        watchlist: w.watchlist,
        ..Workspace::default()
    };
    let examples: Vec<String> = example.iter().map(|d| d.id.clone()).collect();
    for d in w.documents.into_iter().chain(example) {
        s.push(d);
    }
    for id in &examples {
        if let Some(live) = s.live.get_mut(id) {
            live.example = true;
        }
    }
    bump_counter(s);
    s.selected_doc = w
        .view
        .selected_doc
        .filter(|id| s.document(id).is_some())
        .or_else(|| s.workspace.documents.first().map(|d| d.id.clone()));
    s.hidden = w.view.hidden.into_iter().collect();
    s.filter = w.view.filter;
    s.dates_in_words = w.view.dates_in_words;
    s.lanes = w.view.lanes;
}

fn import_into(s: &mut State, mut w: Workspace) {
    // The same document imported again (the same file opened twice, a JSONL
    // export read back): same text and id (or, without an id, the same name)
    // as an open one. It is not added again (trial 21: it was, every time); the
    // bar says so (`State::already_open`).
    let mut already = Vec::new();
    w.documents.retain(|d| {
        let open =
            s.workspace.documents.iter().find(|o| {
                *o.text == *d.text && (o.id == d.id || d.id.is_empty() && o.name == d.name)
            });
        if let Some(o) = open {
            already.push((o.id.clone(), o.name.clone()));
        }
        open.is_none()
    });
    if !already.is_empty() {
        let nonce = s.next();
        let names = already.iter().map(|(_, name)| name.clone()).collect();
        s.already_open = Some(Rc::new((nonce, names)));
        if w.documents.is_empty() {
            s.selected_doc = already.first().map(|(id, _)| id.clone());
            s.selected_entity = None;
        }
    }
    // Every correction stays, also those of documents neither open nor closed (a workspace
    // file's rules for documents it does not hold): they are rules, for whenever such a
    // document comes (those of a closed document no undo reaches went with it,
    // `State::keep_closed`). They were dropped here, so an import lost the last one's.
    let closed: Vec<String> = s.closed.iter().map(|c| c.document.id.clone()).collect();
    let ours = s.workspace.history.done.len();
    // Opened into an empty "+ New" tab: they fill it, and the example beside it stays
    // (`State::open`, new-user trial); otherwise they replace the untouched example.
    let blank = if w.documents.is_empty() {
        None
    } else {
        s.take_blank()
    };
    if !w.documents.is_empty() && blank.is_none() {
        s.drop_example();
    }
    let before = s.workspace.documents.len();
    let ids = s.workspace.merge_in(w);
    // `merge_in` added the documents; give each its live data.
    let added = s.workspace.documents.split_off(before);
    let n = added.len();
    for d in added {
        s.push(d);
    }
    if let Some(at) = blank {
        s.move_last(n, at);
    }
    bump_counter(s);
    // An imported document took a closed one's id (`merge_in` gives the
    // lowest free "d{n}"): the closed one and its corrections move to a fresh id.
    for old in closed.into_iter().filter(|id| ids.contains(id)) {
        let new = format!("d{}", s.next());
        let history = &mut s.workspace.history;
        for c in history.done[..ours].iter_mut().chain(&mut history.undone) {
            if c.doc.as_ref() == Some(&old) {
                c.doc = Some(new.clone());
            }
        }
        for c in s.closed.iter_mut().filter(|c| c.document.id == old) {
            c.document.id = new.clone();
        }
    }
    if let Some(first) = ids.first() {
        s.selected_doc = Some(first.clone());
        s.selected_entity = None;
    }
    if s.selected().is_none() {
        s.selected_doc = s.workspace.documents.first().map(|d| d.id.clone());
    }
    reapply(s);
}

impl State {
    /// The workspace to save or export: the documents (not the untouched
    /// example), the corrections but those of closed documents, the watchlist and the
    /// view; `stamps` supplies `added_at` for documents that have none yet.
    /// Texts are shared, not copied.
    pub fn saved(&self, stamps: &HashMap<String, String>) -> Workspace {
        // Not those of a closed document (gone after a reload, as it is); those of a
        // document neither open nor closed are rules for one to come, and stay.
        let closed =
            |d: &str| self.document(d).is_none() && self.closed.iter().any(|c| c.document.id == d);
        let keep = |c: &Correction| c.doc.as_deref().is_none_or(|d| !closed(d));
        let mut history = self.workspace.history.clone();
        history.done.retain(keep);
        history.undone.retain(keep);
        Workspace {
            documents: self
                .documents()
                .filter(|d| !d.example())
                .map(|d| {
                    let mut saved = d.saved.clone();
                    if saved.added_at.is_none() {
                        saved.added_at = stamps.get(&d.id).cloned();
                    }
                    saved
                })
                .collect(),
            history,
            watchlist: self.workspace.watchlist.clone(),
            view: ws::ViewSettings {
                selected_doc: self.selected_doc.clone(),
                hidden: self.hidden.iter().copied().collect(),
                filter: self.filter.clone(),
                lanes: self.lanes,
                dates_in_words: self.dates_in_words,
                ..ws::ViewSettings::default()
            },
            ..Workspace::default()
        }
    }
}

/// Documents (id, generation), revision, hidden types, selected document,
/// filter, dates in words, timeline lanes: every view setting is saved.
pub type SaveKey = (
    Vec<(String, u64)>,
    u64,
    Vec<Label>,
    Option<String>,
    String,
    bool,
    ws::Lanes,
);

/// What must be saved changed when this changed.
pub fn save_key(s: &State) -> SaveKey {
    (
        s.documents()
            .map(|d| (d.id.clone(), d.generation()))
            .collect(),
        s.revision,
        s.hidden.iter().copied().collect(),
        s.selected_doc.clone(),
        s.filter.clone(),
        s.dates_in_words,
        s.lanes,
    )
}

/// Merge another tab's saved workspace `new` into `s`. Documents are keyed
/// by id and text: a document of `new` whose text this tab already has is
/// skipped; one this tab lacks is added (under a fresh id if its id is taken
/// here); one this tab has under the same id with another text takes the
/// other tab's text when this tab had not changed it since `old` (what the
/// store held before), and is otherwise added as a copy. Nothing of this
/// tab's is ever dropped: a document closed in the other tab stays here.
/// Watchlist entries are names: a union. Corrections: see [`merge_corrections`].
pub fn merge_external(s: &mut State, old: Option<&Workspace>, new: Workspace) -> ExternalChange {
    let mut change = ExternalChange {
        corrections: merge_corrections(&mut s.workspace.history, new.history),
        ..ExternalChange::default()
    };
    let mut added = Vec::new();
    for d in new.documents {
        let docs = &s.workspace.documents;
        if docs.iter().any(|x| *x.text == *d.text) {
            continue;
        }
        let here = docs.iter().position(|x| x.id == d.id);
        let was = old.and_then(|o| o.document(&d.id));
        match here {
            Some(i) if was.is_some_and(|w| w.text == docs[i].text) => {
                let generation = {
                    s.counter += 1;
                    s.counter
                };
                let id = docs[i].id.clone();
                let Some((x, live)) = s.parts_mut(&id) else {
                    continue;
                };
                x.text = d.text;
                // Their date comes with their text, unless ours changed here
                // since `old` (a date just typed in this tab).
                let ours_changed = was.is_some_and(|w| w.date != x.date);
                if !ours_changed || x.date.is_none() {
                    x.date = d.date.filter(|x| !x.is_empty());
                    x.date_by_user = d.date_by_user;
                }
                x.name = d.name;
                live.generation = generation;
                live.example = false;
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
        let mut taken: Vec<String> = s.workspace.documents.iter().map(|d| d.id.clone()).collect();
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
            s.push(d);
        }
        s.drop_example();
        bump_counter(s);
    }
    let names: Vec<ws::WatchEntry> = new
        .watchlist
        .entries
        .into_iter()
        .filter(|e| !s.workspace.watchlist.entries.contains(e))
        .collect();
    if !names.is_empty() {
        change.watched = names.len();
        s.workspace.watchlist.extend(Watchlist { entries: names });
    }
    if change.corrections > 0 {
        reapply(s);
    }
    change
}
