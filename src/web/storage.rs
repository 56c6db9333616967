//! Browser persistence of the workspace: `window.localStorage` behind the
//! pure [`Store`] trait, so the logic (recovery, keeping damaged data aside,
//! quota errors) is the natively tested `workspace::store`.
//!
//! Input: a [`Workspace`] to save, or nothing to load. Output: what
//! `workspace::store::{save, load}` return. localStorage (about 5 MB per
//! origin in Chromium, stored as UTF-16) holds a few hundred articles; a
//! `QuotaExceededError` becomes [`StoreError::Quota`] for the page to show.
//! It also works on a `file://` page.

use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::workspace::store::{self, Loaded, Store, StoreError};
use crate::workspace::Workspace;

/// The page's localStorage.
pub struct LocalStore(Storage);

impl LocalStore {
    /// The page's localStorage, or why it cannot be used (disabled, or a
    /// sandboxed frame).
    pub fn open() -> Result<LocalStore, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(LocalStore(s)),
            Ok(None) => Err(StoreError::Unavailable("localStorage is disabled".into())),
            Err(e) => Err(StoreError::Unavailable(describe(&e))),
        }
    }
}

/// The name and message of a thrown DOMException (or its string form).
fn describe(e: &JsValue) -> String {
    let get = |k: &str| {
        js_sys::Reflect::get(e, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
    };
    match (get("name"), get("message")) {
        (Some(n), Some(m)) => format!("{n}: {m}"),
        (Some(n), None) => n,
        _ => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}

fn is_quota(e: &JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    // Chromium and Firefox spell it differently; code 22 is the legacy number.
    let code = js_sys::Reflect::get(e, &JsValue::from_str("code"))
        .ok()
        .and_then(|v| v.as_f64());
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == Some(22.0)
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0
            .get_item(key)
            .map_err(|e| StoreError::Unavailable(describe(&e)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StoreError::Quota { bytes: value.len() }
            } else {
                StoreError::Write(describe(&e))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0
            .remove_item(key)
            .map_err(|e| StoreError::Write(describe(&e)))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self
            .0
            .length()
            .map_err(|e| StoreError::Unavailable(describe(&e)))?;
        Ok((0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect())
    }
}

/// Save the workspace to localStorage; returns the bytes written.
pub fn save(ws: &Workspace) -> Result<usize, StoreError> {
    store::save(&mut LocalStore::open()?, ws)
}

/// Load the workspace from localStorage.
pub fn load() -> Result<Loaded, StoreError> {
    store::load(&mut LocalStore::open()?)
}

/// A stored workspace value (another tab's, from a `storage` event) as a
/// workspace, with the texts it refers to read in (see
/// `workspace::store::resolve`); `None` when it cannot be read.
pub fn read_workspace(raw: &str) -> Option<Workspace> {
    match LocalStore::open().and_then(|s| store::resolve(&s, raw)) {
        Ok(Some((v, _))) => crate::workspace::persist::migrate(v).ok(),
        _ => crate::workspace::persist::from_json(raw).ok(),
    }
}

/// The raw value under `key` (a damaged copy, for download).
pub fn read(key: &str) -> Result<Option<String>, StoreError> {
    LocalStore::open()?.get(key)
}

/// Delete a damaged copy (see `workspace::store::discard`).
pub fn discard(key: &str) -> Result<(), StoreError> {
    store::discard(&mut LocalStore::open()?, key)
}

/// The current time as ISO 8601 (UTC), for `added_at`.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}
