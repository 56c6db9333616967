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
//! - [`model`]: the workspace's data ([`Workspace`], [`Document`], view
//!   settings) and [`WorkspaceError`]; what the other modules share. This
//!   module only declares and re-exports: no submodule imports it back.
//! - [`fold`]: loose name keys (case, diacritics, punctuation).
//! - [`anchor`]: text anchors that survive small edits.
//! - [`corrections`]: corrections as rules re-applied to fresh output; undo/redo.
//! - `propagate`: a corrected name reaches its other occurrences, typed later too.
//! - `labels`: a renamed entity's new name in the labels of its events.
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
mod labels;
pub mod model;
pub mod persist;
mod propagate;
pub mod store;
pub mod watchlist;

pub use anchor::TextAnchor;
pub use corpus::{combined_timeline, merge_documents, CorpusEntity, CorpusEvent};
pub use corrections::{apply, apply_report, Correction, Edit, EntityKey, History};
pub use model::{Document, Lanes, ViewSettings, Workspace, WorkspaceError, SCHEMA_VERSION};
pub use persist::{migrate, recover, Loss, LossCause, Recovery, RecoveryReport};
pub use watchlist::{parse_csv, WatchEntry, Watchlist};
