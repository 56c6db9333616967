//! Saving and restoring the workspace in a key-value store (the browser's
//! localStorage in `web::storage`; a map in tests).
//!
//! Input: a [`Store`] and a [`Workspace`]. Output: the workspace saved under
//! [`KEY`] as versioned JSON ([`save`]), or what [`load`] could read back:
//! nothing, the workspace, or a recovered workspace with its
//! [`RecoveryReport`]. Damaged data is never deleted: before anything else is
//! written, the raw value is copied aside under `annalist.workspace.corrupt-N`
//! and that key is reported. A full store is an error ([`StoreError::Quota`])
//! for the caller to show, never swallowed.

use thiserror::Error;

use super::persist::{recover, to_json, RecoveryReport};
use super::Workspace;

/// Where the workspace lives.
pub const KEY: &str = "annalist.workspace";
/// Prefix of the keys that keep damaged data aside.
pub const CORRUPT_PREFIX: &str = "annalist.workspace.corrupt-";
/// At most this many damaged copies are kept; later ones reuse the last slot.
pub const MAX_CORRUPT: usize = 20;

#[derive(Debug, Error, Clone, PartialEq)]
pub enum StoreError {
    #[error(
        "browser storage is full: the workspace ({bytes} bytes) was not saved. \
         Export it to a file, or close documents you no longer need."
    )]
    Quota { bytes: usize },
    #[error("browser storage is not available: {0}")]
    Unavailable(String),
    #[error("could not save the workspace: {0}")]
    Write(String),
}

/// A string key-value store.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
}

/// What [`load`] found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    /// The saved workspace, read exactly.
    Restored(Workspace),
    /// The saved data was damaged (or from another version and needed
    /// repair): what could be read, what was lost, and where the raw data
    /// was kept (None if even that failed, with why in the report).
    Recovered {
        workspace: Workspace,
        report: RecoveryReport,
        kept_as: Option<String>,
    },
}

/// Save the workspace; returns the bytes written.
pub fn save(store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
    let json = to_json(ws).map_err(|e| StoreError::Write(e.to_string()))?;
    store.set(KEY, &json)?;
    Ok(json.len())
}

/// Read the saved workspace (see [`Loaded`]).
pub fn load(store: &mut impl Store) -> Result<Loaded, StoreError> {
    let Some(raw) = store.get(KEY)? else {
        return Ok(Loaded::Empty);
    };
    let r = recover(&raw);
    if r.report.is_clean() {
        return Ok(Loaded::Restored(r.workspace));
    }
    let mut report = r.report;
    let kept_as = match keep_aside(store, &raw) {
        Ok(k) => Some(k),
        Err(e) => {
            report.notes.push(format!(
                "The damaged data could not be copied aside ({e}); it stays under {KEY:?} until the next save."
            ));
            None
        }
    };
    Ok(Loaded::Recovered {
        workspace: r.workspace,
        report,
        kept_as,
    })
}

/// Copy `raw` to the first free `annalist.workspace.corrupt-N` key.
fn keep_aside(store: &mut impl Store, raw: &str) -> Result<String, StoreError> {
    let mut key = format!("{CORRUPT_PREFIX}{MAX_CORRUPT}");
    for n in 1..=MAX_CORRUPT {
        let k = format!("{CORRUPT_PREFIX}{n}");
        if store.get(&k)?.is_none() {
            key = k;
            break;
        }
    }
    store.set(&key, raw)?;
    Ok(key)
}

/// An in-memory store with an optional size limit (for tests and for hosts
/// without storage).
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    pub items: std::collections::BTreeMap<String, String>,
    /// Total bytes of values allowed (None: unlimited).
    pub limit: Option<usize>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(limit) = self.limit {
            let others: usize = self
                .items
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > limit {
                return Err(StoreError::Quota { bytes: value.len() });
            }
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }
}
