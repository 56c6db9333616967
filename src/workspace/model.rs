//! The workspace's data: [`Workspace`] (documents, corrections with undo and
//! redo, watchlist, view settings), [`Document`], and [`WorkspaceError`],
//! why a workspace file could not be read or written.
//!
//! [`super::persist`], [`super::store`] and [`super::import`] read these
//! types from here, never from the parent module (which only re-exports),
//! so no module imports one that imports it back.

use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use super::corrections::{apply, Correction, History};
use super::watchlist::Watchlist;
use crate::engine::model::{Analysis, DocumentInput, Label};

/// The version of the file format written by this build.
pub const SCHEMA_VERSION: u32 = 2;

/// Why a workspace file could not be read or written (see also
/// [`super::persist::recover`], which reads what it can instead of failing).
#[derive(Debug, Error, PartialEq)]
pub enum WorkspaceError {
    /// The file is not JSON.
    #[error("not valid JSON: {detail}")]
    Json {
        /// The JSON parser's message (with line and column).
        detail: String,
    },
    /// The workspace could not be serialised (not expected with these types).
    #[error("could not serialise the workspace: {detail}")]
    Serialize {
        /// serde_json's message.
        detail: String,
    },
    /// JSON without a `schema_version`.
    #[error("not an Annalist workspace: no schema_version")]
    MissingVersion,
    /// A `schema_version` that is not a whole number.
    #[error("not an Annalist workspace: schema_version is {found}")]
    BadVersion {
        /// The value as JSON.
        found: String,
    },
    /// A file from a later build.
    #[error(
        "written by a newer Annalist (schema version {found}; this one reads up to {supported})"
    )]
    FutureVersion {
        /// Its `schema_version`.
        found: u64,
        /// [`SCHEMA_VERSION`].
        supported: u32,
    },
    /// A version no build wrote (0).
    #[error("unknown schema version {found}")]
    UnknownVersion {
        /// Its `schema_version`.
        found: u64,
    },
    /// JSON that is not an object at the top.
    #[error("invalid workspace: not a JSON object")]
    NotAnObject,
    /// A file whose `documents` is not a list.
    #[error("invalid workspace: documents is not a list")]
    DocumentsNotAList,
    /// JSON of the right version whose fields do not have the workspace's shape.
    #[error("invalid workspace: {detail}")]
    Invalid {
        /// serde_json's message (which field, what it expected).
        detail: String,
    },
    /// Two documents with one id (corrections could not tell them apart).
    #[error("two documents have the id {id:?}")]
    DuplicateId {
        /// The id.
        id: String,
    },
}

/// One article of the workspace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Unique within the workspace; corrections refer to it.
    pub id: String,
    /// What the user sees (a file name, a headline).
    #[serde(default)]
    pub name: String,
    /// The article text as added (never edited by Annalist). Behind an `Rc`:
    /// the browser's state shares it with the analysis of it and copies the
    /// workspace on every change, so a long text is never copied; in the file
    /// it is a plain JSON string.
    #[serde(serialize_with = "text_out", deserialize_with = "text_in")]
    pub text: Rc<str>,
    /// Publication date, ISO `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// When it was added (ISO 8601 timestamp from the caller's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_at: Option<String>,
    /// The user typed `date` into the date field (kept through edits of the
    /// text); otherwise it came with the document (a file, an import, the
    /// example) and goes when another article is pasted over it. Saved, so a
    /// typed date is still the user's after a reload (`"date_by_user": true`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub date_by_user: bool,
}

fn text_out<S: Serializer>(text: &Rc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(text)
}

fn text_in<'de, D: Deserializer<'de>>(d: D) -> Result<Rc<str>, D::Error> {
    String::deserialize(d).map(Rc::from)
}

impl Document {
    /// What to hand the engine.
    pub fn input(&self) -> DocumentInput {
        DocumentInput {
            id: self.id.clone(),
            text: self.text.to_string(),
            date: self.date.clone(),
        }
    }
}

/// Lanes of the combined timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lanes {
    /// One lane per document.
    #[default]
    Document,
    /// One lane per entity.
    Entity,
}

/// What the user was looking at.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ViewSettings {
    /// The document open in the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_doc: Option<String>,
    /// Entity types switched off.
    #[serde(default)]
    pub hidden: Vec<Label>,
    /// Text filter of the entity panel.
    #[serde(default)]
    pub filter: String,
    /// Documents shown (empty: all).
    #[serde(default)]
    pub only_docs: Vec<String>,
    /// How the combined timeline groups events.
    #[serde(default)]
    pub lanes: Lanes,
    /// Dates in words after each time expression of the document view.
    #[serde(default, skip_serializing_if = "is_false")]
    pub dates_in_words: bool,
}

/// Whether a flag is unset (left out of the file, as older builds wrote it).
fn is_false(b: &bool) -> bool {
    !*b
}

/// Everything the user has: saved and restored as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Format version, [`SCHEMA_VERSION`] once read (older files are migrated).
    pub schema_version: u32,
    /// The documents, in the order they were added; ids are unique.
    pub documents: Vec<Document>,
    /// The user's corrections, with undo and redo.
    #[serde(default)]
    pub history: History,
    /// Names of interest flagged in every document.
    #[serde(default)]
    pub watchlist: Watchlist,
    /// What the user was looking at.
    #[serde(default)]
    pub view: ViewSettings,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            schema_version: SCHEMA_VERSION,
            documents: Vec::new(),
            history: History::default(),
            watchlist: Watchlist::default(),
            view: ViewSettings::default(),
        }
    }
}

impl Workspace {
    /// An empty workspace of the current schema version.
    pub fn new() -> Workspace {
        Workspace::default()
    }

    /// The document with id `id`.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// An id not used by any document: `want` if free and not blank (a document
    /// corrections name by it takes them: the same id, the same document), else
    /// "d1", "d2", ... that no document and no correction uses.
    pub fn free_id(&self, want: &str) -> String {
        let want = want.trim();
        if !want.is_empty() && self.document(want).is_none() {
            return want.to_string();
        }
        let base = if want.is_empty() { "d" } else { want };
        let sep = if want.is_empty() { "" } else { "-" };
        let h = &self.history;
        let named = |id: &str| {
            h.done
                .iter()
                .chain(&h.undone)
                .any(|c| c.doc.as_deref() == Some(id))
        };
        (1..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|id| self.document(id).is_none() && !named(id))
            .unwrap_or_default()
    }

    /// Add a document, giving it a fresh id if its own is blank or taken.
    /// Returns the id it got.
    pub fn add(&mut self, mut doc: Document) -> String {
        doc.id = self.free_id(&doc.id);
        if doc.name.trim().is_empty() {
            doc.name = format!("Document {}", self.documents.len() + 1);
        }
        let id = doc.id.clone();
        self.documents.push(doc);
        id
    }

    /// Remove a document and the corrections that only concern it.
    pub fn remove(&mut self, id: &str) -> Option<Document> {
        let at = self.documents.iter().position(|d| d.id == id)?;
        self.history.drop_document(id);
        if self.view.selected_doc.as_deref() == Some(id) {
            self.view.selected_doc = None;
        }
        self.view.only_docs.retain(|d| d != id);
        Some(self.documents.remove(at))
    }

    /// Record a correction (clears redo).
    pub fn correct(&mut self, c: Correction) {
        self.history.push(c);
    }

    /// Add everything of `other` (an imported workspace file) to this one.
    /// Documents whose id is taken get a fresh one, and their corrections
    /// follow (a correction already in force is not added again; one of a
    /// document the file does not hold is kept, under a fresh id when a
    /// document here has its id); the
    /// watchlist gains the entries it lacks. Nothing here is replaced. Returns the ids the added documents got.
    pub fn merge_in(&mut self, other: Workspace) -> Vec<String> {
        let mut renamed = std::collections::HashMap::new();
        // A correction of a document the file does not hold is a rule for one to come
        // and is kept; under the id of a document here it would act on that one, so it
        // gets a fresh id.
        for c in &other.history.done {
            let Some(d) = c.doc.as_ref() else { continue };
            if other.document(d).is_none() && self.document(d).is_some() && !renamed.contains_key(d)
            {
                let fresh = self.free_id(d);
                renamed.insert(d.clone(), fresh);
            }
        }
        let mut ids = Vec::new();
        for d in other.documents {
            let old = d.id.clone();
            let id = self.add(d);
            if id != old {
                renamed.insert(old, id.clone());
            }
            ids.push(id);
        }
        let remap = |mut c: Correction| {
            if let Some(new) = c.doc.as_ref().and_then(|d| renamed.get(d)) {
                c.doc = Some(new.clone());
            }
            c
        };
        // A correction already in force (one for every document, imported
        // again with another copy of the same file) is not added twice.
        for c in other.history.done.into_iter().map(remap) {
            if !self.history.done.contains(&c) {
                self.history.done.push(c);
            }
        }
        self.watchlist.extend(other.watchlist);
        ids
    }

    /// Apply the corrections in force to an engine analysis of document `doc`
    /// (whose `id` must be the document's, as [`Document::input`] gives).
    pub fn corrected(&self, doc: &Document, analysis: &Analysis) -> Analysis {
        apply(&doc.text, analysis, &self.history.done)
    }

    /// Analyse every document with the engine and apply the corrections:
    /// one analysis per document, in order (`Analysis::id` is the document's id).
    pub fn analyse_all(&self) -> Vec<Analysis> {
        self.documents
            .iter()
            .map(|d| self.corrected(d, &crate::engine::analyze(&d.input())))
            .collect()
    }
}
