//! Saving and restoring the workspace in a key-value store (the browser's
//! localStorage in `web::storage`; a map in tests).
//!
//! Input: a [`Store`] and a [`Workspace`]. Output: the workspace saved under
//! [`KEY`] as versioned JSON ([`save`]), or what [`load`] could read back:
//! nothing, the workspace, or a recovered workspace with its
//! [`RecoveryReport`]. Damaged data is never deleted silently: the raw value
//! is copied aside under the first free `annalist.workspace.corrupt-N`
//! (N = 1..=[`MAX_CORRUPT`], never overwriting an older copy) and that key is
//! reported. When it cannot be copied (the store is full, or all numbers are
//! taken), the user's work still comes first: the recovered workspace is
//! written over the damaged value (which frees its room, so the copy is tried
//! once more), and whatever still could not be kept is handed back in
//! [`Loaded::Recovered::unkept`] for the page to offer as a download. Saving
//! never stops because of damaged data. A full store is an error
//! ([`StoreError::Quota`]) for the caller to show, never swallowed.

use serde_json::Value;
use thiserror::Error;

use super::model::Workspace;
use super::persist::{recover, recover_value, to_json, RecoveryReport};

/// Where the workspace lives.
pub const KEY: &str = "annalist.workspace";
/// Prefix of the keys that keep damaged data aside.
pub const CORRUPT_PREFIX: &str = "annalist.workspace.corrupt-";
/// At most this many damaged copies are kept; when all are taken, a new one
/// is not stored (reported, and handed back for download) rather than
/// overwriting an older copy.
pub const MAX_CORRUPT: usize = 20;

/// Why the workspace store could not be read or written. The messages are
/// written for the user (the page shows them as they are).
#[derive(Debug, Error, Clone, PartialEq)]
pub enum StoreError {
    /// The store refused the value for lack of room (the browser's
    /// `QuotaExceededError`, or [`MemoryStore::limit`]).
    #[error("{}", quota_words(.bytes))]
    Quota {
        /// Length in bytes (UTF-8) of the value that did not fit.
        bytes: usize,
    },
    /// There is no store to use (no window, `localStorage` disabled or
    /// throwing); the text is the browser's reason.
    #[error("browser storage is not available: {0}")]
    Unavailable(String),
    /// The workspace could not be serialised or written; the text says why.
    #[error("could not save the workspace: {0}")]
    Write(String),
    /// [`MAX_CORRUPT`] damaged copies are kept already: no new one is stored.
    #[error(
        "{limit} damaged copies are already kept in this browser; download and discard \
         some of them to keep more"
    )]
    TooManyCopies {
        /// The limit reached ([`MAX_CORRUPT`]).
        limit: usize,
    },
    /// Asked to discard a key that does not start with [`CORRUPT_PREFIX`].
    #[error("{key:?} is not a damaged copy of the workspace, so it is not discarded")]
    NotACopy {
        /// The key that was refused.
        key: String,
    },
}

/// What the page says of a workspace of `bytes` bytes the store refused: its size in words
/// (not "22063454 bytes") and what the user can do, which for one too large for any
/// browser's storage ([`MAX_RETRY_BYTES`]) is not waiting for room.
fn quota_words(bytes: &usize) -> String {
    let size = size_words(*bytes);
    if *bytes > MAX_RETRY_BYTES {
        format!(
            "browser storage is full: the workspace ({size}) is more than a browser keeps for \
             one site (about 10 MB), so it is not saved here. Keep it with Export workspace \
             (a file), and close the largest documents so the others can be saved."
        )
    } else {
        format!(
            "browser storage is full: the workspace ({size}) was not saved. Keep it with \
             Export workspace (a file), or close documents you no longer need; saving \
             resumes by itself once there is room."
        )
    }
}

/// `bytes` in words for a person: "21 MB", "2.4 MB", "640 KB", "12 bytes" (1 MB is
/// 1,048,576 bytes, as the file-size notices count).
pub fn size_words(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = KB * KB;
    if bytes >= 10 * MB {
        format!("{} MB", (bytes + MB / 2) / MB)
    } else if bytes >= MB - KB / 2 {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else if bytes >= KB {
        format!("{} KB", (bytes + KB / 2) / KB)
    } else {
        format!("{bytes} bytes")
    }
}

/// The largest workspace, in bytes (UTF-8), worth trying to store again after the store
/// refused it for lack of room: browsers give localStorage about 5 million UTF-16 units per
/// origin (10 MB), so a larger value can never fit, however much room is freed.
pub const MAX_RETRY_BYTES: usize = 10_000_000;

impl StoreError {
    /// Could saving the same workspace succeed later with no change to it (room freed by
    /// discarding a damaged copy or by another tab)? Only for lack of room, for a value that
    /// can fit ([`MAX_RETRY_BYTES`]), and for the damaged-copy limit; a store that is missing
    /// or a value that cannot be written stay so. The app retries only these, so a workspace
    /// of tens of megabytes is not serialised again and again for nothing.
    pub fn may_pass_later(&self) -> bool {
        match self {
            StoreError::Quota { bytes } => *bytes <= MAX_RETRY_BYTES,
            StoreError::TooManyCopies { .. } => true,
            _ => false,
        }
    }
}

/// A string key-value store.
pub trait Store {
    /// The value under `key`, `None` when absent.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] when the store cannot be read.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Store `value` under `key`, replacing any old value.
    ///
    /// # Errors
    /// [`StoreError::Quota`] when it does not fit, [`StoreError::Unavailable`]
    /// or [`StoreError::Write`] when the store fails.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Delete `key` (nothing happens when it is absent).
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store (any order).
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] when the store cannot be read.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// What [`load`] found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    /// The saved workspace, read exactly.
    Restored(Workspace),
    /// The saved data was damaged (or from another version and needed
    /// repair): what could be read (already saved under [`KEY`] when the
    /// raw data could not be copied aside), what was lost, and where the raw
    /// data was kept: `kept_as` names its key, or, when it could not be kept
    /// (why is in the report), `unkept` holds it for the user to download.
    Recovered {
        /// What could be read and repaired.
        workspace: Workspace,
        /// What was lost or repaired, for the user.
        report: RecoveryReport,
        /// Key (starting with [`CORRUPT_PREFIX`]) under which the raw data was kept.
        kept_as: Option<String>,
        /// The raw data, when it could not be kept in the store.
        unkept: Option<String>,
    },
}

/// Save the workspace; returns the bytes it takes in the store (the
/// workspace under [`KEY`] plus the texts kept under their own keys).
///
/// A text of [`OWN_KEY_BYTES`] or more is stored raw under its own
/// [`TEXT_PREFIX`] key (named by its length and a hash of it) and the
/// document under [`KEY`] refers to it (`"text":""`, `"text_ref":key`). A text
/// whose key is in the store already is not written again, so a change to
/// corrections or the view rewrites only the small workspace value, not
/// megabytes of text. When the texts do not fit, the whole workspace is
/// written inline under [`KEY`] instead (it replaces the old value, freeing
/// its room); [`load`] reads both forms.
///
/// Two tabs share the store (issue 16.1), so saving never removes a text:
/// the other tab may be about to write a workspace that refers to it. Texts
/// no longer referred to are removed by [`load`] (see [`collect_texts`]),
/// and a text removed between this save's text write and its workspace
/// write (by another tab's load) is written again.
pub fn save(store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
    match save_split(store, ws) {
        Err(StoreError::Quota { .. }) => {
            let json = to_json(ws).map_err(|e| StoreError::Write(e.to_string()))?;
            store.set(KEY, &json)?;
            // Free the room the texts took: only those the workspace now
            // under KEY does not refer to (read again just before).
            collect_texts(store)?;
            Ok(json.len())
        }
        r => r,
    }
}

/// Texts of at least this many bytes (UTF-8) are stored under their own key.
pub const OWN_KEY_BYTES: usize = 64 * 1024;
/// Prefix of the keys holding one document text each (raw, not JSON):
/// `annalist.text.<bytes>-<hash, 16 hex digits>`.
pub const TEXT_PREFIX: &str = "annalist.text.";

/// The key a text is stored under. The hash only has to be the same within
/// one build: a key the stored workspace does not refer to is written anew.
fn text_key(text: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    format!("{TEXT_PREFIX}{}-{:016x}", text.len(), h.finish())
}

/// The text keys a parsed workspace value refers to.
fn text_refs_of(v: &Value) -> Vec<String> {
    v.get("text_refs")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.values())
        .filter_map(Value::as_str)
        .filter(|k| k.starts_with(TEXT_PREFIX))
        .map(str::to_string)
        .collect()
}

/// The field of the stored workspace that maps document ids to text keys.
const REFS: &str = "\"text_refs\"";

/// The text keys in the store.
fn stored_texts(store: &impl Store) -> Result<Vec<String>, StoreError> {
    Ok(store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(TEXT_PREFIX))
        .collect())
}

/// Remove the text keys the workspace under [`KEY`] does not refer to;
/// returns how many were removed. Nothing is removed when [`KEY`] is
/// absent (another tab may be writing its first save) or not readable (its
/// texts may still be recovered). [`KEY`] is read again just before each
/// removal, so a text another tab has referred to meanwhile stays. Failing
/// to remove one only leaves room taken, so those errors are ignored.
///
/// # Errors
/// [`StoreError::Unavailable`] when the store cannot be read.
pub fn collect_texts(store: &mut impl Store) -> Result<usize, StoreError> {
    let Some(refs) = referred(store)? else {
        return Ok(0);
    };
    let mut removed = 0;
    for key in stored_texts(store)? {
        if !refs.contains(&key)
            && referred(store)?.is_some_and(|now| !now.contains(&key))
            && store.remove(&key).is_ok()
        {
            removed += 1;
        }
    }
    Ok(removed)
}

/// The text keys the workspace under [`KEY`] refers to; `None` when there
/// is none or it is not valid JSON.
fn referred(store: &impl Store) -> Result<Option<Vec<String>>, StoreError> {
    Ok(match store.get(KEY)? {
        Some(raw) if !raw.contains(REFS) => serde_json::from_str::<serde::de::IgnoredAny>(&raw)
            .ok()
            .map(|_| Vec::new()),
        Some(raw) => serde_json::from_str::<Value>(&raw)
            .ok()
            .map(|v| text_refs_of(&v)),
        None => None,
    })
}

/// The split save of [`save`]: texts first (those not in the store yet),
/// then the workspace that refers to them (its long documents with
/// `"text":""`, and `"text_refs":{id: key}`), then any of its texts that
/// went missing meanwhile are written again.
fn save_split(store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
    let present = stored_texts(store)?;
    let mut light = Workspace {
        schema_version: ws.schema_version,
        documents: Vec::with_capacity(ws.documents.len()),
        history: ws.history.clone(),
        watchlist: ws.watchlist.clone(),
        view: ws.view.clone(),
    };
    let mut refs: Vec<(&str, String, &str)> = Vec::new();
    let mut written: Vec<String> = Vec::new();
    let mut bytes = 0;
    for d in &ws.documents {
        if d.text.len() < OWN_KEY_BYTES {
            light.documents.push(d.clone());
            continue;
        }
        let key = text_key(&d.text);
        if !present.contains(&key) && !written.contains(&key) {
            // A failed write leaves the texts written so far: another tab
            // may refer to them by now; the next load removes them if not.
            store.set(&key, &d.text)?;
            written.push(key.clone());
        }
        bytes += d.text.len();
        light.documents.push(super::model::Document {
            id: d.id.clone(),
            name: d.name.clone(),
            text: "".into(),
            date: d.date.clone(),
            added_at: d.added_at.clone(),
            date_by_user: d.date_by_user,
        });
        refs.push((&d.id, key, &d.text));
    }
    let mut json = to_json(&light).map_err(|e| StoreError::Write(e.to_string()))?;
    if !refs.is_empty() && json.ends_with('}') {
        json.pop();
        json.push(',');
        json.push_str(REFS);
        json.push_str(":{");
        for (i, (id, key, _)) in refs.iter().enumerate() {
            let id = serde_json::to_string(id).map_err(|e| StoreError::Write(e.to_string()))?;
            json.push_str(&format!("{}{id}:\"{key}\"", if i > 0 { "," } else { "" }));
        }
        json.push_str("}}");
    }
    store.set(KEY, &json)?;
    // Another tab's load may have removed a text it saw no workspace refer
    // to between the writes above: write it again (listing keys is cheap).
    if !refs.is_empty() {
        let present = stored_texts(store)?;
        for (_, key, text) in &refs {
            if !present.contains(key) {
                store.set(key, text)?;
            }
        }
    }
    Ok(bytes + json.len())
}

/// A stored workspace value that refers to texts under their own keys,
/// parsed, with `text_refs` removed and each text read into its document:
/// the inline workspace ([`recover_value`] and `persist::migrate`
/// read it), and the ids of documents whose text is missing from the store
/// (their text stays empty). `None` for a value without references (or not
/// valid JSON): read it as it is.
///
/// # Errors
/// [`StoreError::Unavailable`] when the store cannot be read.
pub fn resolve(store: &impl Store, raw: &str) -> Result<Option<(Value, Vec<String>)>, StoreError> {
    if !raw.contains(REFS) {
        return Ok(None);
    }
    let Ok(mut v) = serde_json::from_str::<Value>(raw) else {
        return Ok(None);
    };
    let refs = match v.as_object_mut().and_then(|m| m.remove("text_refs")) {
        Some(Value::Object(m)) => m,
        _ => return Ok(Some((v, Vec::new()))),
    };
    let mut missing = Vec::new();
    if let Some(docs) = v.get_mut("documents").and_then(Value::as_array_mut) {
        for d in docs.iter_mut().filter_map(Value::as_object_mut) {
            let Some(id) = d.get("id").and_then(Value::as_str) else {
                continue;
            };
            let Some(key) = refs.get(id).and_then(Value::as_str) else {
                continue;
            };
            match store.get(key)? {
                Some(t) if key.starts_with(TEXT_PREFIX) => {
                    d.insert("text".into(), Value::String(t));
                }
                _ => missing.push(id.to_string()),
            }
        }
    }
    Ok(Some((v, missing)))
}

/// Read the saved workspace (see [`Loaded`]).
pub fn load(store: &mut impl Store) -> Result<Loaded, StoreError> {
    let Some(raw) = store.get(KEY)? else {
        return Ok(Loaded::Empty);
    };
    let r = match resolve(store, &raw)? {
        Some((v, missing)) => {
            let mut r = recover_value(v);
            for id in missing {
                r.report.notes.push(format!(
                    "The text of document {id:?} was not found in this browser's storage; \
                     it is shown empty."
                ));
            }
            r
        }
        None => recover(&raw),
    };
    if r.report.is_clean() {
        // Only now, at load, are texts no workspace refers to removed
        // (issue 16.1); a failure leaves room taken, nothing lost.
        let _ = collect_texts(store);
        return Ok(Loaded::Restored(r.workspace));
    }
    let mut report = r.report;
    let (kept_as, unkept) = match keep_aside(store, &raw) {
        Ok(k) => (Some(k), None),
        Err(first) => {
            // The user's work first: the recovered workspace replaces the
            // damaged value (freeing its room), then the copy is tried again.
            let saved = save(store, &r.workspace);
            let retry = match (&first, &saved) {
                (StoreError::Quota { .. }, Ok(_)) => keep_aside(store, &raw),
                _ => Err(first),
            };
            match retry {
                Ok(k) => (Some(k), None),
                Err(e) => {
                    report.notes.push(format!(
                        "The damaged data could not be kept in this browser ({e}); \
                         download it to keep it."
                    ));
                    if let Err(e) = saved {
                        report
                            .notes
                            .push(format!("The recovered workspace is not saved yet: {e}"));
                    }
                    (None, Some(raw))
                }
            }
        }
    };
    Ok(Loaded::Recovered {
        workspace: r.workspace,
        report,
        kept_as,
        unkept,
    })
}

/// Delete a damaged copy (an `annalist.workspace.corrupt-N` key) once the
/// user has downloaded it; refuses any other key
/// ([`StoreError::NotACopy`]), so the workspace itself is never deleted here.
pub fn discard(store: &mut impl Store, key: &str) -> Result<(), StoreError> {
    let numbered = key
        .strip_prefix(CORRUPT_PREFIX)
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| (1..=MAX_CORRUPT).contains(&n));
    if !numbered {
        return Err(StoreError::NotACopy { key: key.into() });
    }
    store.remove(key)
}

/// Copy `raw` to the first free `annalist.workspace.corrupt-N` key; never
/// overwrites one ([`StoreError::TooManyCopies`] when all are taken).
fn keep_aside(store: &mut impl Store, raw: &str) -> Result<String, StoreError> {
    for n in 1..=MAX_CORRUPT {
        let key = format!("{CORRUPT_PREFIX}{n}");
        if store.get(&key)?.is_none() {
            store.set(&key, raw)?;
            return Ok(key);
        }
    }
    Err(StoreError::TooManyCopies { limit: MAX_CORRUPT })
}

/// An in-memory store with an optional size limit (for tests and for hosts
/// without storage).
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    /// The stored values by key.
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

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.items.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notice of a full store gives the size in words, never a raw byte count, and
    /// says what to do: for a workspace no browser keeps, that waiting will not help.
    #[test]
    fn a_full_store_says_the_size_in_words_and_what_to_do() {
        let big = StoreError::Quota { bytes: 22_063_454 }.to_string();
        assert!(
            big.starts_with(
                "browser storage is full: the workspace (21 MB) is more than a browser keeps"
            ),
            "{big}"
        );
        assert!(
            big.contains("Export workspace") && big.contains("close the largest documents"),
            "{big}"
        );
        assert!(!big.contains("22063454") && !big.contains("bytes"), "{big}");
        let small = StoreError::Quota { bytes: 2_500_000 }.to_string();
        assert!(
            small.starts_with("browser storage is full: the workspace (2.4 MB) was not saved."),
            "{small}"
        );
        assert!(
            small.contains("Export workspace") && small.contains("resumes by itself"),
            "{small}"
        );
        let sizes: Vec<String> = [
            0, 1023, 1024, 655_360, 1_048_100, 1_048_576, 10_433_331, 10_485_760,
        ]
        .into_iter()
        .map(size_words)
        .collect();
        assert_eq!(
            sizes,
            [
                "0 bytes",
                "1023 bytes",
                "1 KB",
                "640 KB",
                "1.0 MB",
                "1.0 MB",
                "9.9 MB",
                "10 MB"
            ]
        );
    }

    #[test]
    fn only_a_lack_of_room_that_freeing_can_cure_is_worth_a_retry() {
        assert!(StoreError::Quota { bytes: 2_000_000 }.may_pass_later());
        assert!(StoreError::Quota {
            bytes: MAX_RETRY_BYTES
        }
        .may_pass_later());
        // A 21 MB workspace never fits in localStorage.
        assert!(!StoreError::Quota { bytes: 22_000_000 }.may_pass_later());
        assert!(StoreError::TooManyCopies { limit: MAX_CORRUPT }.may_pass_later());
        assert!(!StoreError::Unavailable("disabled".into()).may_pass_later());
        assert!(!StoreError::Write("cyclic".into()).may_pass_later());
    }
}
