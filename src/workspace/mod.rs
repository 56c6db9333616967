//! The workspace: many documents, the user's corrections, a watchlist and
//! view settings, saved as one versioned JSON file. Pure Rust, no web
//! dependency; `web::storage` keeps it in the browser.
//!
//! ```text
//! Workspace { documents, history (corrections + redo), watchlist, view }
//!   documents ─▶ engine::analyze ─▶ corrections::apply ─▶ corrected Analysis per document
//!   corrected analyses ─▶ corpus::merge_documents  → CorpusEntity (one entity, many documents)
//!                      ─▶ corpus::combined_timeline → CorpusEvent (events tagged by document)
//!   watchlist (CSV) ─▶ watchlist::parse_csv ─▶ WatchIndex::flag(analysis | corpus)
//!   JSON ◀─▶ persist::{to_json, from_json, migrate, recover}   JSONL ─▶ import::jsonl
//!   store::{save, load} ─▶ localStorage (web::storage) with recovery and quota errors
//! ```
//!
//! - [`fold`]: loose name keys (case, diacritics, punctuation).
//! - [`anchor`]: text anchors that survive small edits.
//! - [`corrections`]: corrections as rules re-applied to fresh output; undo/redo.
//! - [`corpus`]: cross-document entities and the combined timeline.
//! - [`watchlist`]: CSV import and matching.
//! - [`persist`]: the versioned file format, migration and recovery.
//! - [`import`]: JSONL import of many documents.
//! - [`store`]: save/load through a key-value store, keeping damaged data aside.

pub mod anchor;
pub mod corpus;
pub mod corrections;
pub mod fold;
pub mod import;
pub mod persist;
pub mod store;
pub mod watchlist;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::model::{Analysis, DocumentInput, Label};
pub use anchor::TextAnchor;
pub use corpus::{combined_timeline, merge_documents, CorpusEntity, CorpusEvent};
pub use corrections::{apply, apply_report, Correction, Edit, EntityKey, History};
pub use persist::{migrate, recover, Recovery, RecoveryReport};
pub use watchlist::{parse_csv, WatchEntry, Watchlist};

/// The version of the file format written by this build.
pub const SCHEMA_VERSION: u32 = 2;

/// Why a workspace file could not be read or written (see also
/// [`persist::recover`], which reads what it can instead of failing).
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
    /// A version 1 file whose `documents` is not a list.
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
    pub text: String,
    /// Publication date, ISO `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// When it was added (ISO 8601 timestamp from the caller's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_at: Option<String>,
}

impl Document {
    /// What to hand the engine.
    pub fn input(&self) -> DocumentInput {
        DocumentInput {
            id: self.id.clone(),
            text: self.text.clone(),
            date: self.date.clone(),
        }
    }
}

/// Lanes of the combined timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lanes {
    #[default]
    Document,
    Entity,
}

/// What the user was looking at.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ViewSettings {
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
    #[serde(default)]
    pub lanes: Lanes,
}

/// Everything the user has: saved and restored as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    pub documents: Vec<Document>,
    #[serde(default)]
    pub history: History,
    #[serde(default)]
    pub watchlist: Watchlist,
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
    pub fn new() -> Workspace {
        Workspace::default()
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// An id not used by any document: `want` if free and not blank, else
    /// "d1", "d2", ...
    pub fn free_id(&self, want: &str) -> String {
        let want = want.trim();
        if !want.is_empty() && self.document(want).is_none() {
            return want.to_string();
        }
        let base = if want.is_empty() { "d" } else { want };
        let sep = if want.is_empty() { "" } else { "-" };
        (1..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|id| self.document(id).is_none())
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
    /// follow; the watchlist gains the entries it lacks. Nothing here is
    /// replaced. Returns the ids the added documents got.
    pub fn merge_in(&mut self, other: Workspace) -> Vec<String> {
        let mut renamed = std::collections::HashMap::new();
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
        self.history
            .done
            .extend(other.history.done.into_iter().map(remap));
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
