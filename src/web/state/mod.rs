//! The UI state and its reducer: every change to what the page shows goes
//! through one [`Action`] applied by [`State::reduce`] (Yew's `use_reducer`).
//!
//! Input: user actions and finished analyses. Output: an immutable [`State`]
//! that components only read. The state wraps the saved
//! [`crate::workspace::Workspace`] (issue 7: documents, corrections with
//! undo and redo, watchlist), and keeps beside it what only the page knows:
//! each document's [`Live`] data (text generation, latest analysis) and what
//! is selected and filtered. Analyses carry the generation of the text they
//! were computed from; a result for an older generation is dropped, so a
//! stale analysis is never shown over newer text.
//!
//! Pure Rust, built and tested natively (`cargo test --lib web::state`); only
//! the `yew::Reducible` glue is wasm32-only. Workspace actions (corrections,
//! undo/redo, restore, import, another tab's changes) are in [`workspace`].

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use crate::engine::model::{Analysis, Label};
use crate::workspace::{self as ws, Workspace};

pub mod chart;
pub mod correct;
pub mod deferred;
pub mod document;
pub mod escape;
pub mod files;
#[cfg(test)]
mod import_tests;
pub mod markup;
mod naming;
pub mod relations;
pub mod shared;
mod tabs;
#[cfg(test)]
mod tabs_tests;
#[cfg(test)]
mod tests;
pub mod watch;
pub mod words;
pub mod workspace;

pub use document::{Analysed, DateSource, Doc, Failure, Live};
pub use naming::{auto_named, export_title, headline, imported_name};
pub use workspace::{ExternalChange, StartupLoad, WorkspaceAction};

/// A request to scroll a sentence into view and flash it.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    /// Id of the document holding the sentence ([`Document::id`]).
    pub doc: String,
    /// Code point span of the sentence (or clause) to show.
    pub sentence: [usize; 2],
    /// Changes on every request, so clicking the same event again re-flashes.
    pub nonce: u64,
}

/// The whole UI state: the workspace (documents, corrections, watchlist),
/// what the page knows of each document, selection and filters; changed by
/// [`State::reduce`] with an [`Action`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// What is saved: the open documents in tab order (texts behind `Rc`),
    /// the corrections with undo and redo, the watchlist. Its `view` is not
    /// kept here: the selection and filter fields below are the view, and
    /// [`State::saved`] writes them into the file.
    pub workspace: Workspace,
    /// What the page knows of each document of `workspace`, by id.
    pub live: HashMap<String, Live>,
    /// Id of the document shown in the document view.
    pub selected_doc: Option<String>,
    /// Entity id (within the selected document) whose mentions are highlighted.
    pub selected_entity: Option<String>,
    /// Relation id (within the selected document) the timeline is narrowed to.
    pub selected_relation: Option<String>,
    /// Text filter of the entity panel.
    pub filter: String,
    /// Entity types switched off in the panel and the document view.
    pub hidden: BTreeSet<Label>,
    /// Whether the document view says each date in words.
    pub dates_in_words: bool,
    /// How the timeline groups its events: by document or by entity.
    pub lanes: ws::Lanes,
    /// Whether the timeline shows every document's events; by default only the open
    /// document's (new-user trial: another tab's events in its list looked like this one's).
    pub timeline_all: bool,
    /// The latest request to show a sentence (a timeline or relation click).
    pub focus: Option<Focus>,
    /// Counter for ids, generations and focus nonces.
    pub counter: u64,
    /// Bumped on every change to save that the documents' generations do
    /// not show (corrections, watchlist).
    pub revision: u64,
    /// What `web::components::workspace::restore_saved` (wasm only) read before the first render when it was not
    /// a clean workspace (nothing, damaged or unreadable data), for the bar
    /// to report once. Loading has effects (damaged data is kept aside under
    /// a new key), so the store is read only once per page.
    pub startup: Option<Rc<StartupLoad>>,
    /// The last merge of another tab's save, numbered, for the bar to report.
    pub external: Option<Rc<(u64, ExternalChange)>>,
    /// The names of the documents an import found already open (and did not
    /// add again), numbered, for the bar to report once.
    pub already_open: Option<Rc<(u64, Vec<String>)>>,
    /// The documents closed, the last closed last, each where it was, so
    /// closing can be undone (trial 9: closing a second one no longer
    /// forgets the first).
    pub closed: Vec<Closed>,
}

/// Most closed documents kept for undo (each holds its text and analysis).
pub const MAX_CLOSED: usize = 20;

/// A closed document, kept so closing can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct Closed {
    /// Its place in the tabs.
    pub at: usize,
    /// The document as saved.
    pub document: ws::Document,
    /// What the page knew of it.
    pub live: Live,
    /// The corrections in force when it was closed: while no other is (none made
    /// since, only some of these taken back, here or by another tab), the next undo
    /// (button or Ctrl+Z) reopens it.
    pub in_force: Rc<Vec<ws::Correction>>,
}

impl State {
    /// Keeps a closed document for undo; at most [`MAX_CLOSED`] are kept (each holds its
    /// text and analysis in memory), the oldest go.
    /// One that goes takes its corrections with it (unless its id is in use again), as
    /// closing it after a reload does: the corrections of documents neither open nor closed
    /// are kept and saved (rules for a document to come), so these must not stay among them.
    pub(super) fn keep_closed(&mut self, c: Closed) {
        self.closed.push(c);
        if self.closed.len() > MAX_CLOSED {
            let gone = self.closed.remove(0).document.id;
            let reused =
                self.document(&gone).is_some() || self.closed.iter().any(|c| c.document.id == gone);
            if !reused {
                self.workspace.history.drop_document(&gone);
            }
        }
    }
}

/// A document to start with (the example article, or what an embedding page passes).
#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    /// Tab name; blank gives "Document N" (or the text's headline).
    pub name: String,
    /// The article text.
    pub text: String,
    /// Publication date, ISO `YYYY-MM-DD`, when known.
    pub date: Option<String>,
}

impl Seed {
    /// The example article of a first visit.
    pub fn example() -> Seed {
        Seed {
            name: crate::web::example::NAME.into(),
            text: crate::web::example::TEXT.into(),
            date: Some(crate::web::example::DATE.into()),
        }
    }
}

/// One document's finished analysis, as [`Action::AnalysedBatch`] carries it.
#[derive(Debug, Clone)]
pub struct AnalysedDoc {
    /// Document id.
    pub doc: String,
    /// The [`Document::generation`] the text was taken at.
    pub generation: u64,
    /// The engine's result.
    pub analysis: Rc<Analysis>,
}

/// A change to the [`State`], from the UI or the analysis worker.
pub enum Action {
    /// Add a document and select it.
    Add(Seed),
    /// Add documents read together (files opened or dropped at once) and
    /// select the first: one state change, so the page draws once and the
    /// job scheduler sees every new document together (issue 17.3).
    AddAll(Vec<Seed>),
    /// Close a document (undone by [`Action::Reopen`]).
    Remove(String),
    /// Bring back the last closed document.
    Reopen,
    /// Replace every document (an embedding page passed new ones).
    Replace(Vec<Seed>),
    /// Show document `.0` (by id); clears the entity and relation selection.
    SelectDoc(String),
    /// Replace a document's text; bumps its generation, so it is re-analysed.
    EditText {
        /// Document id.
        doc: String,
        /// The new text.
        text: String,
    },
    /// Give a document the name `name` (trimmed; blank gives it back the name
    /// the app gives it, its headline). Saved, and kept when the text changes.
    Rename {
        /// Document id.
        doc: String,
        /// The new name.
        name: String,
    },
    /// Set a document's publication date as the user typed it; bumps its
    /// generation.
    EditDate {
        /// Document id.
        doc: String,
        /// ISO `YYYY-MM-DD`, or empty to let the engine find one in the text.
        date: String,
    },
    /// A finished analysis of `doc` at `generation`; ignored when stale.
    Analysed {
        /// Document id.
        doc: String,
        /// The [`Document::generation`] the text was taken at.
        generation: u64,
        /// The engine's result.
        analysis: Rc<Analysis>,
    },
    /// Several finished analyses, applied
    /// in one state change (one re-render) instead of one per document;
    /// stale ones are ignored as for [`Action::Analysed`].
    AnalysedBatch(Vec<AnalysedDoc>),
    /// The analysis of `doc` at `generation` failed (a trap in the worker):
    /// shown in words, not retried until the text changes.
    AnalysisFailed {
        /// Document id.
        doc: String,
        /// The generation the failed analysis was run on.
        generation: u64,
        /// What went wrong, in words.
        reason: String,
    },
    /// Highlight an entity of the selected document (None clears).
    SelectEntity(Option<String>),
    /// Narrow the timeline to a relation of the selected document (None clears).
    SelectRelation(Option<String>),
    /// Set the entity panel's text filter.
    SetFilter(String),
    /// Show or hide an entity type in the panel and the document view.
    ToggleType(Label),
    /// Say dates in words in the document view (or not).
    DatesInWords(bool),
    /// Group the timeline's events by document or by entity.
    SetLanes(ws::Lanes),
    /// Show every document's events on the timeline (true) or the open one's (false).
    TimelineAll(bool),
    /// Clear what narrows the timeline: the selected entity and relation.
    ClearNarrowing,
    /// Show the sentence `sentence` of document `doc` (a timeline click).
    FocusSentence {
        /// Document id (selected if it is not).
        doc: String,
        /// Code point span of the sentence, end-exclusive.
        sentence: [usize; 2],
    },
    /// Corrections, undo/redo, watchlist, restore and import (issue 7).
    Workspace(WorkspaceAction),
}

impl State {
    /// A workspace holding `seeds`, the first selected; `visible` limits the
    /// entity types shown (None: all).
    pub fn new(seeds: Vec<Seed>, visible: Option<&[Label]>) -> State {
        let mut s = State::default();
        if let Some(types) = visible {
            s.hidden = Label::ALL
                .into_iter()
                .filter(|l| !types.contains(l))
                .collect();
        }
        for seed in seeds {
            s.add(seed);
        }
        s.selected_doc = s.workspace.documents.first().map(|d| d.id.clone());
        s
    }

    fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    fn add(&mut self, seed: Seed) -> String {
        let n = self.next();
        let id = format!("d{n}");
        let name = if seed.name.trim().is_empty() {
            format!("Document {}", self.workspace.documents.len() + 1)
        } else {
            seed.name
        };
        let example = name == crate::web::example::NAME && seed.text == crate::web::example::TEXT;
        self.push(ws::Document {
            id: id.clone(),
            name,
            text: seed.text.into(),
            date: seed.date,
            added_at: None,
            date_by_user: false,
        });
        if let Some(live) = self.live.get_mut(&id) {
            live.example = example;
        }
        id
    }

    /// Append a saved document (its id must be free) with a new generation,
    /// not analysed yet. A blank date counts as none.
    pub(crate) fn push(&mut self, mut d: ws::Document) {
        let generation = self.next();
        d.date = d.date.filter(|x| !x.is_empty());
        self.live.insert(
            d.id.clone(),
            Live {
                auto_name: auto_named(&d.name, &d.text),
                generation,
                ..Live::default()
            },
        );
        self.workspace.documents.push(d);
    }

    /// Open `seeds` (files opened or dropped, "+ New"): their ids, in order. Documents with
    /// text fill the selected tab when it is an empty "+ New" one, in its place, and then the
    /// example beside it stays (the user chose a tab beside it, trial 43); otherwise they are
    /// added at the end and replace the untouched example ([`State::drop_example`]). New-user
    /// trial: "+ New" then opening a file left the empty tab and closed the example.
    fn open(&mut self, seeds: Vec<Seed>) -> Vec<String> {
        let text = seeds.iter().any(|seed| !words::blank(&seed.text));
        let blank = if text { self.take_blank() } else { None };
        if text && blank.is_none() {
            self.drop_example();
        }
        let ids: Vec<String> = seeds.into_iter().map(|seed| self.add(seed)).collect();
        if let Some(at) = blank {
            self.move_last(ids.len(), at);
        }
        ids
    }

    /// Removes the selected document if it is an empty tab ("+ New", or its text cleared)
    /// that holds nothing of the user's (no name given, no date typed, no correction naming
    /// it), to be filled by what is opened next: its place in the tabs. Nothing is lost, so
    /// it is not kept for "Undo close".
    pub(crate) fn take_blank(&mut self) -> Option<usize> {
        let d = self.selected()?;
        let corrected = || {
            (self.workspace.history.done.iter())
                .chain(&self.workspace.history.undone)
                .any(|c| c.doc.as_deref() == Some(d.id.as_str()))
        };
        if !words::blank(&d.text) || !d.live.auto_name || d.date_by_user || corrected() {
            return None;
        }
        let id = d.id.clone();
        let at = self.workspace.documents.iter().position(|x| x.id == id)?;
        self.workspace.documents.remove(at);
        self.live.remove(&id);
        self.selected_doc = None;
        Some(at)
    }

    /// Moves the last `n` documents to tab position `at`.
    pub(crate) fn move_last(&mut self, n: usize, at: usize) {
        let docs = &mut self.workspace.documents;
        let from = docs.len().saturating_sub(n);
        if at < from {
            docs[at..].rotate_right(n);
        }
    }

    /// Close the untouched example article: the user's first own article opened from a
    /// file, an import or a link replaces it (issue 14.6; text typed in a new tab does not,
    /// trial 43). It is closed as a tab is, so "Undo close"
    /// (which then names it) brings it back (trial 21: it vanished without a
    /// word or a way back).
    pub(crate) fn drop_example(&mut self) {
        let example: Vec<String> = self
            .documents()
            .filter(|d| d.example())
            .map(|d| d.id.clone())
            .collect();
        if example.is_empty() {
            return;
        }
        let in_force = Rc::new(self.workspace.history.done.clone());
        for id in &example {
            let Some(at) = self.workspace.documents.iter().position(|d| &d.id == id) else {
                continue;
            };
            let document = self.workspace.documents.remove(at);
            let live = self.live.remove(id).unwrap_or_default();
            self.keep_closed(Closed {
                at,
                document,
                live,
                in_force: in_force.clone(),
            });
        }
        if self.selected().is_none() {
            self.selected_doc = self.workspace.documents.first().map(|d| d.id.clone());
            self.selected_entity = None;
        }
    }

    /// The documents, in tab order.
    pub fn documents(&self) -> impl Iterator<Item = Doc<'_>> + '_ {
        self.workspace.documents.iter().filter_map(|saved| {
            // Every document has its live data (State::push adds both).
            let live = self.live.get(&saved.id)?;
            Some(Doc { saved, live })
        })
    }

    /// The document with id `id`.
    pub fn document(&self, id: &str) -> Option<Doc<'_>> {
        let saved = self.workspace.document(id)?;
        let live = self.live.get(id)?;
        Some(Doc { saved, live })
    }

    /// Whether the next undo reopens the last closed document: it was
    /// closed after the last correction in force was made, by the user (the
    /// example the first own article closed comes back by "Undo close" only).
    /// The corrections in force must all have been in force then, in order: their
    /// count alone misled once another tab took back an older one.
    pub fn undo_reopens(&self) -> bool {
        self.closed.last().is_some_and(|c| {
            let mut then = c.in_force.iter();
            !c.live.example && (self.workspace.history.done.iter()).all(|x| then.any(|o| o == x))
        })
    }

    /// The document shown in the document view, if any.
    pub fn selected(&self) -> Option<Doc<'_>> {
        self.selected_doc
            .as_deref()
            .and_then(|id| self.document(id))
    }

    /// Documents whose analysis is missing or older than their text, as
    /// (id, generation): what the app must (re-)analyse.
    pub fn pending(&self) -> Vec<(String, u64)> {
        self.documents()
            .filter(|d| d.is_stale() && d.failure().is_none())
            .map(|d| (d.id.clone(), d.generation()))
            .collect()
    }

    /// The saved document `id` and its live data, to change.
    pub(crate) fn parts_mut(&mut self, id: &str) -> Option<(&mut ws::Document, &mut Live)> {
        let saved = self.workspace.documents.iter_mut().find(|d| d.id == id)?;
        let live = self.live.get_mut(id)?;
        Some((saved, live))
    }

    fn edit(&mut self, doc: &str, f: impl FnOnce(&mut ws::Document, &mut Live)) {
        let generation = self.next();
        if let Some((d, live)) = self.parts_mut(doc) {
            f(d, live);
            live.generation = generation;
        }
    }

    /// Store a finished analysis of `doc` at `generation`; false (nothing
    /// changed) when the document is gone or its text changed since.
    fn apply_analysis(&mut self, doc: &str, generation: u64, analysis: Rc<Analysis>) -> bool {
        let history = &self.workspace.history;
        let Some(d) = self.workspace.documents.iter().find(|d| d.id == doc) else {
            return false;
        };
        let Some(live) = self.live.get_mut(doc) else {
            return false;
        };
        if live.generation != generation {
            // Computed from a text that has changed since: never show it.
            return false;
        }
        // The engine's output is kept; the user's corrections apply on top.
        let counter = &mut self.counter;
        let job = || {
            *counter += 1;
            *counter
        };
        let analysis = workspace::on_analysed(live, history, generation, &d.text, analysis, job);
        live.analysed = Some(Analysed {
            generation,
            text: d.text.clone(),
            analysis,
        });
        true
    }

    /// Keep the entity selection only if the selected document still has it.
    pub(crate) fn revalidate_selection(&mut self) {
        let keep = match (&self.selected_entity, self.selected()) {
            (Some(e), Some(d)) => d
                .analysed()
                .is_some_and(|a| a.analysis.entity_list.iter().any(|x| &x.id == e)),
            _ => false,
        };
        if !keep {
            self.selected_entity = None;
        }
        // A relation the new analysis no longer has (a correction, an edit) narrows nothing.
        let has_relation = |r: &String| {
            self.selected()
                .and_then(|d| d.analysed())
                .is_some_and(|a| a.analysis.relations.iter().any(|x| &x.id == r))
        };
        if !self.selected_relation.as_ref().is_some_and(has_relation) {
            self.selected_relation = None;
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        State::reduce(self, action)
    }
}

impl State {
    /// Apply `action`: the new state, or `self` unchanged (the same `Rc`)
    /// when nothing changed.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Add(seed) => {
                s.selected_doc = s.open(vec![seed]).into_iter().next();
            }
            Action::AddAll(seeds) => {
                let Some(first) = s.open(seeds).into_iter().next() else {
                    return self;
                };
                s.selected_doc = Some(first);
            }
            Action::Replace(seeds) => {
                // New documents, the same view settings.
                let counter = s.counter;
                s = State {
                    hidden: std::mem::take(&mut s.hidden),
                    dates_in_words: s.dates_in_words,
                    lanes: s.lanes,
                    timeline_all: s.timeline_all,
                    ..State::default()
                };
                s.counter = counter;
                for seed in seeds {
                    s.add(seed);
                }
                s.selected_doc = s.workspace.documents.first().map(|d| d.id.clone());
            }
            Action::Remove(id) => {
                if !tabs::close(&mut s, &id) {
                    return self;
                }
            }
            Action::Reopen => {
                if !tabs::reopen(&mut s) {
                    return self;
                }
            }
            Action::SelectDoc(id) => {
                if s.document(&id).is_some() && s.selected_doc.as_deref() != Some(id.as_str()) {
                    s.selected_doc = Some(id);
                    s.selected_entity = None;
                    s.selected_relation = None;
                }
            }
            Action::EditText { doc, text } => {
                if s.document(&doc).is_some_and(|d| *d.text == *text) {
                    return self;
                }
                // Typed or pasted over the example, the document is the user's now. Typed in
                // another document, it closes no tab: a "+ New" document is the user's choice to
                // keep the example beside it (trial 43: pasting there closed the example).
                s.edit(&doc, |d, live| {
                    let new_headline = headline(&text);
                    let replaced = headline(&d.text) != new_headline;
                    if live.auto_name {
                        if let Some(h) = new_headline {
                            d.name = h;
                        }
                    }
                    // Another article pasted over this one: a date that came
                    // with the old text does not belong to the new one.
                    if replaced && !d.date_by_user {
                        d.date = None;
                    }
                    live.example = false;
                    d.text = text.into();
                });
                // Relation ids are positional: after an edit the same id may name another
                // relation, and the old one's sentence has moved (review of 30995eb: the
                // timeline scrolled and took the focus from the editor as the user typed).
                if s.selected_doc.as_deref() == Some(doc.as_str()) {
                    s.selected_relation = None;
                }
            }
            Action::Rename { doc, name } => {
                let at = s.workspace.documents.iter().position(|d| d.id == doc);
                let Some((d, live)) = s.parts_mut(&doc) else {
                    return self;
                };
                let own = name.trim();
                let name = match own {
                    "" => headline(&d.text)
                        .unwrap_or_else(|| format!("Document {}", at.map_or(1, |i| i + 1))),
                    _ => own.to_string(),
                };
                if d.name == name && live.auto_name == own.is_empty() {
                    return self;
                }
                d.name = name;
                live.auto_name = own.is_empty();
                live.example = false;
                // Saved: the name is no generation's (no re-analysis).
                s.revision += 1;
            }
            Action::EditDate { doc, date } => {
                if s.document(&doc)
                    .is_some_and(|d| d.date.as_deref().unwrap_or_default() == date)
                {
                    return self;
                }
                s.edit(&doc, |d, live| {
                    d.date = (!date.is_empty()).then_some(date);
                    d.date_by_user = true;
                    live.example = false;
                });
            }
            Action::Analysed {
                doc,
                generation,
                analysis,
            } => {
                if !s.apply_analysis(&doc, generation, analysis) {
                    return self;
                }
                s.revalidate_selection();
            }
            Action::AnalysedBatch(batch) => {
                let mut changed = false;
                for AnalysedDoc {
                    doc,
                    generation,
                    analysis,
                } in batch
                {
                    changed |= s.apply_analysis(&doc, generation, analysis);
                }
                if !changed {
                    return self;
                }
                s.revalidate_selection();
            }
            Action::AnalysisFailed {
                doc,
                generation,
                reason,
            } => match s.live.get_mut(&doc) {
                Some(d) if d.generation == generation => {
                    d.failed = Some(Failure { generation, reason })
                }
                _ => return self,
            },
            Action::SelectEntity(e) => s.selected_entity = e,
            Action::SelectRelation(r) => s.selected_relation = r,
            Action::SetFilter(f) => s.filter = f,
            Action::ToggleType(l) => {
                if !s.hidden.remove(&l) {
                    s.hidden.insert(l);
                }
            }
            Action::DatesInWords(on) if on != s.dates_in_words => s.dates_in_words = on,
            Action::SetLanes(lanes) if lanes != s.lanes => s.lanes = lanes,
            Action::TimelineAll(all) if all != s.timeline_all => s.timeline_all = all,
            Action::DatesInWords(_) | Action::SetLanes(_) | Action::TimelineAll(_) => return self,
            Action::ClearNarrowing => {
                if s.selected_entity.is_none() && s.selected_relation.is_none() {
                    return self;
                }
                s.selected_entity = None;
                s.selected_relation = None;
            }
            Action::FocusSentence { doc, sentence } => {
                let nonce = s.next();
                if s.selected_doc.as_deref() != Some(doc.as_str()) {
                    s.selected_doc = Some(doc.clone());
                    s.selected_entity = None;
                }
                s.focus = Some(Focus {
                    doc,
                    sentence,
                    nonce,
                });
            }
            Action::Workspace(WorkspaceAction::Undo) if s.undo_reopens() => {
                return Rc::new(s).reduce(Action::Reopen);
            }
            Action::Workspace(a) => workspace::reduce(&mut s, a),
        }
        // Another document shown: the entity and relation selected were the last one's (a
        // relation kept its id, "R1", and narrowed the new document's timeline to its own R1).
        if s.selected_doc != self.selected_doc {
            s.selected_entity = None;
            s.selected_relation = None;
        }
        Rc::new(s)
    }
}
