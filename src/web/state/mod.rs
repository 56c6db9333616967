//! The UI state and its reducer: every change to what the page shows goes
//! through one [`Action`] applied by [`State::reduce`] (Yew's `use_reducer`).
//!
//! Input: user actions and finished analyses. Output: an immutable [`State`]
//! that components only read. The state is a *workspace* (issue 7): a list of
//! documents, each with its text, date and latest analysis, plus what is
//! selected and filtered. Analyses carry the generation of the text they were
//! computed from; a result for an older generation is dropped, so a stale
//! analysis is never shown over newer text.
//!
//! Pure Rust, built and tested natively (`cargo test --lib web::state`); only
//! the `yew::Reducible` glue is wasm32-only. Workspace actions (corrections,
//! undo/redo, restore, import, another tab's changes) are in [`workspace`].

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::engine::model::{Analysis, DocumentInput, Label};
use crate::engine::time::docdate::is_boilerplate;

pub mod correct;
pub mod deferred;
pub mod escape;
pub mod files;
#[cfg(test)]
mod tests;
pub mod words;
pub mod workspace;

pub use workspace::{WorkspaceAction, WorkspaceData};

/// One document of the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Stable id within the workspace ("d1", "d2", ...).
    pub id: String,
    /// What the user sees in the document tabs (a file name, "Example article").
    pub name: String,
    /// The name was not chosen by the user or a file (the example's, a
    /// "Document N" placeholder, or the text's own headline): editing the
    /// text renames the document after its new headline.
    pub auto_name: bool,
    /// The current text, as typed or imported.
    pub text: Rc<str>,
    /// Publication date as entered (ISO `YYYY-MM-DD`), empty when unknown.
    pub date: String,
    /// Where `date` came from (when it is not empty).
    pub date_origin: DateOrigin,
    /// The example article as first shown, untouched: replaced by the first
    /// article the user pastes or opens, and never exported.
    pub example: bool,
    /// Bumped on every edit of `text` or `date`.
    pub generation: u64,
    /// The latest analysis and the exact text it was computed from (shown
    /// together, so offsets always match the text they index).
    pub analysed: Option<Analysed>,
    /// The analysis of the current generation failed (issue 16.5): it is
    /// not retried until the text or date changes.
    pub failed: Option<Failure>,
}

/// An analysis that failed (a wasm trap in the worker, such as running out
/// of memory), for the generation of the text it was run on.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The [`Document::generation`] whose analysis failed.
    pub generation: u64,
    /// What the worker reported, in words.
    pub reason: String,
}

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrigin {
    /// Came with the document (a file's metadata, the example, an import):
    /// dropped when the text is replaced by another article.
    #[default]
    Given,
    /// Typed by the user into the date field: kept through edits.
    User,
}

/// What the date field says about the date it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// The user typed it.
    User,
    /// It came with the document (file, import, example).
    Given,
    /// The engine found it near the top of the text (a dateline).
    Text,
    /// None anywhere: relative dates stay relative.
    None,
    /// Not known yet: the text is being analysed.
    Pending,
}

impl DateSource {
    /// The words under the date field.
    pub fn describe(self) -> &'static str {
        match self {
            DateSource::User => "you set it",
            DateSource::Given => "came with the document",
            DateSource::Text => "from the dateline",
            DateSource::None => "none found — relative dates are left relative",
            DateSource::Pending => "",
        }
    }
}

/// An analysis paired with the text and generation it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    /// The [`Document::generation`] the analysis was computed at.
    pub generation: u64,
    /// The exact text analysed: the analysis' code point offsets index this,
    /// which may be older than [`Document::text`].
    pub text: Rc<str>,
    /// The engine's result for `text` (the JSONL contract).
    pub analysis: Rc<Analysis>,
}

impl Document {
    /// True while the shown analysis is older than the text (or missing).
    pub fn is_stale(&self) -> bool {
        self.analysed
            .as_ref()
            .is_none_or(|a| a.generation != self.generation)
    }

    /// Why the analysis of the current text failed, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.failed
            .as_ref()
            .filter(|f| f.generation == self.generation)
            .map(|f| f.reason.as_str())
    }

    /// The date to show in the date field: the user's, else the one the
    /// engine found in the text.
    pub fn shown_date(&self) -> String {
        if !self.date.is_empty() {
            return self.date.clone();
        }
        // Only the analysis of this very text: a date found in the previous
        // article is never shown for a pasted new one.
        self.analysed
            .as_ref()
            .filter(|a| a.generation == self.generation)
            .and_then(|a| a.analysis.date.as_deref())
            .map(|d| d.chars().take(10).collect())
            .unwrap_or_default()
    }

    /// Where the shown date comes from (see [`Document::shown_date`]).
    pub fn date_source(&self) -> DateSource {
        if !self.date.is_empty() {
            return match self.date_origin {
                DateOrigin::User => DateSource::User,
                DateOrigin::Given => DateSource::Given,
            };
        }
        match self
            .analysed
            .as_ref()
            .filter(|a| a.generation == self.generation)
        {
            None => DateSource::Pending,
            Some(a) if a.analysis.date.is_some() => DateSource::Text,
            Some(_) => DateSource::None,
        }
    }

    /// What to hand the engine.
    pub fn input(&self) -> DocumentInput {
        DocumentInput {
            id: self.id.clone(),
            text: self.text.to_string(),
            date: (!self.date.is_empty()).then(|| self.date.clone()),
        }
    }
}

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

/// The whole UI state: documents, selection, filters and the workspace's
/// corrections; changed by [`State::reduce`] with an [`Action`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The open documents, in tab order.
    pub documents: Vec<Document>,
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
    /// The latest request to show a sentence (a timeline or relation click).
    pub focus: Option<Focus>,
    /// Counter for ids, generations and focus nonces.
    pub counter: u64,
    /// Corrections, watchlist and uncorrected engine output (issue 7).
    pub extras: WorkspaceData,
    /// The last document closed, with its position, so closing can be undone.
    pub closed: Option<(usize, Document)>,
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
        s.selected_doc = s.documents.first().map(|d| d.id.clone());
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
            format!("Document {}", self.documents.len() + 1)
        } else {
            seed.name
        };
        let generation = self.next();
        let example = name == crate::web::example::NAME && seed.text == crate::web::example::TEXT;
        if !seed.text.trim().is_empty() {
            self.drop_example();
        }
        self.documents.push(Document {
            id: id.clone(),
            auto_name: auto_named(&name, &seed.text),
            name,
            text: seed.text.into(),
            date: seed.date.unwrap_or_default(),
            date_origin: DateOrigin::Given,
            example,
            generation,
            analysed: None,
            failed: None,
        });
        id
    }

    /// Remove the untouched example article: the user's first own article
    /// replaces it (issue 14.6).
    pub(crate) fn drop_example(&mut self) {
        if !self.documents.iter().any(|d| d.example) {
            return;
        }
        self.documents.retain(|d| !d.example);
        if self.selected().is_none() {
            self.selected_doc = self.documents.first().map(|d| d.id.clone());
            self.selected_entity = None;
        }
    }

    /// The document with id `id`.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The document shown in the document view, if any.
    pub fn selected(&self) -> Option<&Document> {
        self.selected_doc
            .as_deref()
            .and_then(|id| self.document(id))
    }

    /// Documents whose analysis is missing or older than their text, as
    /// (id, generation): what the app must (re-)analyse.
    pub fn pending(&self) -> Vec<(String, u64)> {
        self.documents
            .iter()
            .filter(|d| d.is_stale() && d.failure().is_none())
            .map(|d| (d.id.clone(), d.generation))
            .collect()
    }

    fn edit(&mut self, doc: &str, f: impl FnOnce(&mut Document)) {
        let generation = self.next();
        if let Some(d) = self.documents.iter_mut().find(|d| d.id == doc) {
            f(d);
            d.generation = generation;
        }
    }

    /// Store a finished analysis of `doc` at `generation`; false (nothing
    /// changed) when the document is gone or its text changed since.
    fn apply_analysis(&mut self, doc: &str, generation: u64, analysis: Rc<Analysis>) -> bool {
        let Some(d) = self.documents.iter_mut().find(|d| d.id == doc) else {
            return false;
        };
        if d.generation != generation {
            // Computed from a text that has changed since: never show it.
            return false;
        }
        // The engine's output is kept; the user's corrections apply on top.
        let analysis = workspace::on_analysed(&mut self.extras, doc, generation, &d.text, analysis);
        d.analysed = Some(Analysed {
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
                .analysed
                .as_ref()
                .is_some_and(|a| a.analysis.entity_list.iter().any(|x| &x.id == e)),
            _ => false,
        };
        if !keep {
            self.selected_entity = None;
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
                let id = s.add(seed);
                s.selected_doc = Some(id);
                s.selected_entity = None;
            }
            Action::Replace(seeds) => {
                let hidden = std::mem::take(&mut s.hidden);
                let counter = s.counter;
                s = State::default();
                s.hidden = hidden;
                s.counter = counter;
                for seed in seeds {
                    s.add(seed);
                }
                s.selected_doc = s.documents.first().map(|d| d.id.clone());
            }
            Action::Remove(id) => {
                let Some(at) = s.documents.iter().position(|d| d.id == id) else {
                    return self;
                };
                let gone = s.documents.remove(at);
                // An untouched example is simply gone; anything else can be reopened.
                s.closed = (!gone.example).then_some((at, gone));
                if s.selected_doc.as_deref() == Some(id.as_str()) {
                    s.selected_doc = s.documents.first().map(|d| d.id.clone());
                    s.selected_entity = None;
                }
                if s.focus.as_ref().is_some_and(|f| f.doc == id) {
                    s.focus = None;
                }
            }
            Action::Reopen => {
                let Some((at, d)) = s.closed.take() else {
                    return self;
                };
                if s.document(&d.id).is_some() {
                    return self;
                }
                let id = d.id.clone();
                s.documents.insert(at.min(s.documents.len()), d);
                s.selected_doc = Some(id);
                s.selected_entity = None;
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
                let mut own_text = false;
                s.edit(&doc, |d| {
                    let new_headline = headline(&text);
                    let replaced = headline(&d.text) != new_headline;
                    if d.auto_name {
                        if let Some(h) = new_headline {
                            d.name = h;
                        }
                    }
                    // Another article pasted over this one: a date that came
                    // with the old text does not belong to the new one.
                    if replaced && d.date_origin == DateOrigin::Given {
                        d.date.clear();
                    }
                    d.example = false;
                    own_text = !text.trim().is_empty();
                    d.text = text.into();
                });
                if own_text {
                    s.drop_example();
                }
            }
            Action::EditDate { doc, date } => {
                if s.document(&doc).is_some_and(|d| d.date == date) {
                    return self;
                }
                s.edit(&doc, |d| {
                    d.date = date;
                    d.date_origin = DateOrigin::User;
                    d.example = false;
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
            } => match s.documents.iter_mut().find(|d| d.id == doc) {
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
            Action::Workspace(a) => workspace::reduce(&mut s, a),
        }
        Rc::new(s)
    }
}

/// Longest document name taken from a headline, in characters.
const HEADLINE_CHARS: usize = 60;

/// How many non-blank lines at the top [`headline`] looks through for one
/// that is not site boilerplate.
const HEADLINE_LINES: usize = 8;

/// The first non-blank line of `text` that is not site boilerplate
/// ("Sign up to our newsletter", "Read the full article here", cookie notices:
/// the `boilerplate` phrases of `data/time/datelines.txt`, shared with the
/// document-date finder) among the first `HEADLINE_LINES` (8) (else the first
/// non-blank line), trimmed and cut at a word boundary to `HEADLINE_CHARS` (60)
/// (with "…"): the name of a document nobody named. Reads at most a few
/// hundred characters past the leading blank lines, whatever the text's length.
pub fn headline(text: &str) -> Option<String> {
    let mut lines = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADLINE_LINES);
    let first = lines.next()?;
    let line = std::iter::once(first)
        .chain(lines)
        .find(|l| !is_boilerplate(l))
        .unwrap_or(first);
    let mut chars = line.char_indices();
    let cut = match chars.nth(HEADLINE_CHARS) {
        None => return Some(line.to_string()),
        Some((end, _)) => {
            let head = &line[..end];
            match head.rfind(char::is_whitespace) {
                Some(space) if space > end / 2 => head[..space].trim_end(),
                _ => head,
            }
        }
    };
    Some(format!("{cut}…"))
}

/// True when `name` is one the app gave (the example's, "Document N", or the
/// headline of `text`), so a new text may rename the document.
pub fn auto_named(name: &str, text: &str) -> bool {
    name == crate::web::example::NAME
        || name
            .strip_prefix("Document ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || headline(text).is_some_and(|h| h == name)
}
