//! The workspace file: one versioned JSON document, migration from older
//! versions, and recovery of what can be read from damaged data.
//!
//! Input: the JSON text (or parsed value) of a workspace, from storage or a
//! file. Output: a [`Workspace`] at [`SCHEMA_VERSION`], or a typed
//! [`WorkspaceError`] ([`from_json`], [`migrate`]); or, never failing, a
//! [`Recovery`]: the workspace rebuilt from every readable part plus a
//! [`RecoveryReport`] naming what was lost and why ([`recover`]).
//!
//! ## Versions
//! - **v2** (current): `{"schema_version":2, "documents":[{id, name, text,
//!   date?, added_at?, date_by_user?}], "history":{"done":[Correction], "undone":[...],
//!   "removed"?:[[undo number, Correction]]},
//!   "watchlist":{"entries":[{name, aliases, note}]}, "view":{...}}`.
//!   Corrections are one ordered list for the whole workspace, each scoped to a
//!   document or to all, so a merge can apply to every article.
//! - **v1**: `{"schema_version":1, "documents":[{id, title, text, dct?,
//!   corrections:[Edit]}], "watchlist":["name", ...], "hidden":[Label]}`.
//!   Corrections lived inside their document (no workspace-wide ones, no
//!   redo), the watchlist was bare names, the hidden types a top-level field.
//!
//! ## Recovery
//! Valid JSON that does not fit the schema is read part by part: each document,
//! correction and watchlist entry on its own, so one bad document costs only
//! itself. Invalid JSON (a truncated save) is scanned: the `documents` array
//! is read value by value up to the damage, then the history and watchlist
//! arrays after it. Nothing is dropped without a line in the report.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::corrections::Correction;
use super::model::{Document, ViewSettings, Workspace, WorkspaceError, SCHEMA_VERSION};
use super::watchlist::WatchEntry;

/// The workspace as JSON (compact).
pub fn to_json(ws: &Workspace) -> Result<String, WorkspaceError> {
    serde_json::to_string(ws).map_err(|e| WorkspaceError::Serialize {
        detail: e.to_string(),
    })
}

/// Read a workspace file of any supported version, strictly.
pub fn from_json(text: &str) -> Result<Workspace, WorkspaceError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let v: Value = serde_json::from_str(text).map_err(|e| WorkspaceError::Json {
        detail: e.to_string(),
    })?;
    migrate(v)
}

/// Bring a parsed workspace of any supported version to the current one.
pub fn migrate(v: Value) -> Result<Workspace, WorkspaceError> {
    let version = match v.get("schema_version") {
        None => return Err(WorkspaceError::MissingVersion),
        Some(x) => x.as_u64().ok_or_else(|| WorkspaceError::BadVersion {
            found: x.to_string(),
        })?,
    };
    if let Some(n) = Some(version).filter(|&n| n > u64::from(SCHEMA_VERSION)) {
        return Err(WorkspaceError::FutureVersion {
            found: n,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(WorkspaceError::UnknownVersion { found: 0 });
    }
    let Value::Object(m) = v else {
        return Err(WorkspaceError::NotAnObject);
    };
    // Strictly: what recovery reads, when it reads everything as it is (one reader of each
    // part in the wasm, not a second one for the whole `Workspace`).
    let ids = match m.get("documents") {
        Some(Value::Array(ds)) => ds.iter().map(|d| d.get("id").and_then(Value::as_str)),
        Some(_) => return Err(WorkspaceError::DocumentsNotAList),
        None => return Err(invalid("documents", "missing")),
    };
    let mut seen = std::collections::HashSet::new();
    for id in ids.flatten() {
        if !seen.insert(id) {
            return Err(WorkspaceError::DuplicateId { id: id.to_string() });
        }
    }
    let r = salvage_object(m, version, Vec::new());
    match r.report.lost.first() {
        Some(l) => Err(invalid(&l.what, &l.cause)),
        None => Ok(r.workspace),
    }
}

fn invalid(what: &str, e: impl std::fmt::Display) -> WorkspaceError {
    WorkspaceError::Invalid {
        detail: format!("{what}: {e}"),
    }
}

/// A v1 document as v2, and its corrections scoped to it.
fn v1_document(doc: Value) -> (Value, Vec<Value>) {
    let Value::Object(mut m) = doc else {
        return (doc, Vec::new());
    };
    if let Some(t) = m.remove("title") {
        m.insert("name".into(), t);
    }
    if let Some(d) = m.remove("dct") {
        m.insert("date".into(), d);
    }
    let id = m.get("id").cloned().unwrap_or(Value::Null);
    let corrections = match m.remove("corrections") {
        Some(Value::Array(cs)) => cs
            .into_iter()
            .map(|edit| {
                let mut c = Map::new();
                c.insert("doc".into(), id.clone());
                c.insert("edit".into(), edit);
                Value::Object(c)
            })
            .collect(),
        _ => Vec::new(),
    };
    (Value::Object(m), corrections)
}

/// A v1 watchlist name as a v2 entry.
fn v1_watch(name: Value) -> Value {
    match name {
        Value::String(s) => serde_json::json!({ "name": s }),
        other => other,
    }
}

/// Something that could not be recovered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Loss {
    /// What: "document 3 (\"d7\")", "correction 2", "view settings".
    pub what: String,
    /// Why it was lost.
    pub cause: LossCause,
}

/// Why a part of a workspace could not be recovered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LossCause {
    /// Valid JSON without the shape the part must have.
    #[error("{detail}")]
    Shape {
        /// serde_json's message (which field, what it expected).
        detail: String,
    },
    /// The workspace is JSON, but not an object.
    #[error("not a JSON object")]
    NotAnObject,
    /// A list (the documents) that is something else.
    #[error("not a list")]
    NotAList,
    /// A part that must be there (the documents) is not.
    #[error("missing")]
    Missing,
    /// Not valid JSON, and nothing of the part could be found in it.
    #[error("not valid JSON: {detail}")]
    NotJson {
        /// The JSON parser's message (with line and column).
        detail: String,
    },
    /// Readable up to byte `byte` of the data, then damaged or cut off.
    #[error("unreadable from byte {byte}: {detail}")]
    CutOff {
        /// Byte offset (UTF-8) in the data where reading stopped.
        byte: usize,
        /// The JSON parser's message, or "the data ends early".
        detail: String,
    },
}

/// What [`recover`] read and what it could not.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct RecoveryReport {
    /// Documents found in the data (readable or not), as far as it could be read.
    pub documents_found: usize,
    /// Documents read and kept.
    pub documents_kept: usize,
    /// What could not be read, in file order.
    pub lost: Vec<Loss>,
    /// Changes made to keep what was read (renamed duplicate ids, version guesses).
    pub notes: Vec<String>,
}

impl RecoveryReport {
    /// True when everything was read as it was.
    pub fn is_clean(&self) -> bool {
        self.lost.is_empty() && self.notes.is_empty()
    }

    /// A sentence or two for the user.
    pub fn summary(&self) -> String {
        // "of 1 document", "of 2 documents": the count read is the noun's.
        let mut s = format!(
            "Recovered {} of {} document{}.",
            self.documents_kept,
            self.documents_found,
            if self.documents_found == 1 { "" } else { "s" }
        );
        if !self.lost.is_empty() {
            s.push_str(" Could not read: ");
            let items: Vec<String> = self
                .lost
                .iter()
                .map(|l| format!("{} ({})", l.what, l.cause))
                .collect();
            s.push_str(&items.join("; "));
            s.push('.');
        }
        for n in &self.notes {
            s.push(' ');
            s.push_str(n);
        }
        s
    }
}

/// A workspace rebuilt from damaged data, and what was lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// What could be read, as a valid workspace.
    pub workspace: Workspace,
    /// What was read, lost and changed.
    pub report: RecoveryReport,
}

/// Read as much of `raw` as possible (see the module header). Never fails;
/// a clean report means it was read exactly as [`from_json`] would.
pub fn recover(raw: &str) -> Recovery {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    match serde_json::from_str::<Value>(raw) {
        Ok(v) => recover_value(v),
        Err(e) => salvage_text(raw, &e.to_string()),
    }
}

/// [`recover`] for a workspace already parsed as JSON.
pub fn recover_value(v: Value) -> Recovery {
    match migrate(v.clone()) {
        Ok(ws) => Recovery {
            report: RecoveryReport {
                documents_found: ws.documents.len(),
                documents_kept: ws.documents.len(),
                ..RecoveryReport::default()
            },
            workspace: ws,
        },
        Err(_) => salvage_value(v),
    }
}

/// Collects what is read, one part at a time.
struct Salvage {
    version: u64,
    ws: Workspace,
    report: RecoveryReport,
}

impl Salvage {
    fn new(version: u64) -> Salvage {
        Salvage {
            version,
            ws: Workspace::default(),
            report: RecoveryReport::default(),
        }
    }

    fn lose(&mut self, what: String, cause: LossCause) {
        self.report.lost.push(Loss { what, cause });
    }

    fn document(&mut self, n: usize, v: Value) {
        self.report.documents_found += 1;
        let (v, corrections) = if self.version == 1 {
            v1_document(v)
        } else {
            (v, Vec::new())
        };
        let label = match v.get("id").and_then(Value::as_str) {
            Some(id) => format!("document {n} ({id:?})"),
            None => format!("document {n}"),
        };
        match serde_json::from_value::<Document>(v) {
            Ok(d) => {
                let id = self.ws.free_id(&d.id);
                if id != d.id {
                    self.report.notes.push(format!(
                        "Document {n} was given the id {id:?} (its own was blank or taken)."
                    ));
                }
                self.ws.documents.push(Document { id, ..d });
                self.report.documents_kept += 1;
                for (i, c) in corrections.into_iter().enumerate() {
                    self.correction(format!("correction {} of {label}", i + 1), c, false);
                }
            }
            Err(e) => self.lose(label, shape(e)),
        }
    }

    fn correction(&mut self, what: String, v: Value, undone: bool) {
        match serde_json::from_value::<Correction>(v) {
            Ok(c) => {
                let stack = if undone {
                    &mut self.ws.history.undone
                } else {
                    &mut self.ws.history.done
                };
                stack.push(c);
            }
            Err(e) => self.lose(what, shape(e)),
        }
    }

    fn watch(&mut self, n: usize, v: Value) {
        let v = if self.version == 1 { v1_watch(v) } else { v };
        match serde_json::from_value::<WatchEntry>(v) {
            Ok(e) => self.ws.watchlist.entries.push(e),
            Err(e) => self.lose(format!("watchlist entry {n}"), shape(e)),
        }
    }

    fn finish(self) -> Recovery {
        Recovery {
            workspace: self.ws,
            report: self.report,
        }
    }
}

/// The version of a parsed workspace, or a guess from its fields.
fn version_of(m: &Map<String, Value>, report: &mut Vec<String>) -> u64 {
    if let Some(n) = m.get("schema_version").and_then(Value::as_u64) {
        if n > u64::from(SCHEMA_VERSION) {
            report.push(format!(
                "It was written by a newer Annalist (schema version {n}); read as version {SCHEMA_VERSION}."
            ));
            return u64::from(SCHEMA_VERSION);
        }
        if n >= 1 {
            return n;
        }
    }
    let v1 = m
        .get("documents")
        .and_then(Value::as_array)
        .is_some_and(|ds| {
            ds.iter()
                .any(|d| d.get("title").is_some() || d.get("dct").is_some())
        })
        || m.get("watchlist").is_some_and(Value::is_array);
    let n = if v1 { 1 } else { u64::from(SCHEMA_VERSION) };
    report.push(format!(
        "It had no valid schema version; read as version {n}."
    ));
    n
}

fn items(v: Option<Value>) -> Option<Vec<Value>> {
    match v {
        Some(Value::Array(a)) => Some(a),
        _ => None,
    }
}

/// A part that is JSON but not of its schema's shape.
fn shape(e: serde_json::Error) -> LossCause {
    LossCause::Shape {
        detail: e.to_string(),
    }
}

fn part<T: DeserializeOwned>(v: Option<Value>) -> Option<Result<T, LossCause>> {
    v.map(|v| serde_json::from_value(v).map_err(shape))
}

/// Salvage a parsed workspace that is not of the schema (`migrate` failed).
fn salvage_value(v: Value) -> Recovery {
    let Value::Object(m) = v else {
        let mut s = Salvage::new(u64::from(SCHEMA_VERSION));
        s.lose("the whole workspace".into(), LossCause::NotAnObject);
        return s.finish();
    };
    let mut notes = Vec::new();
    let version = version_of(&m, &mut notes);
    salvage_object(m, version, notes)
}

/// [`salvage_value`] of a workspace object of schema `version`, its report opening with `notes`.
fn salvage_object(mut m: Map<String, Value>, version: u64, notes: Vec<String>) -> Recovery {
    let mut s = Salvage::new(version);
    s.report.notes = notes;
    match m.remove("documents") {
        Some(Value::Array(ds)) => {
            for (i, d) in ds.into_iter().enumerate() {
                s.document(i + 1, d);
            }
        }
        Some(_) => s.lose("the document list".into(), LossCause::NotAList),
        None => s.lose("the document list".into(), LossCause::Missing),
    }
    if version == 1 {
        for (i, w) in items(m.remove("watchlist"))
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            s.watch(i + 1, w);
        }
        match part(m.remove("hidden")) {
            Some(Ok(h)) => s.ws.view.hidden = h,
            Some(Err(e)) => s.lose("hidden types".into(), e),
            None => {}
        }
    } else {
        let mut history = m.remove("history");
        let mut take = |k: &str| history.as_mut().and_then(|h| h.get_mut(k)).map(Value::take);
        let (done, undone) = (items(take("done")), items(take("undone")));
        for (i, c) in done.unwrap_or_default().into_iter().enumerate() {
            s.correction(format!("correction {}", i + 1), c, false);
        }
        for (i, c) in undone.unwrap_or_default().into_iter().enumerate() {
            s.correction(format!("undone correction {}", i + 1), c, true);
        }
        // The undos another tab must follow (issue 16.1), read by hand (a Vec of
        // tuples' reader cost the wasm 1 KB); one that is not a pair of a number and a
        // correction is left out: it is bookkeeping, not the user's work.
        for v in items(take("removed")).unwrap_or_default() {
            if let Value::Array(mut pair) = v {
                let c = pair.pop().map(serde_json::from_value::<Correction>);
                if let (Some(n), Some(Ok(c))) = (pair.first().and_then(Value::as_u64), c) {
                    s.ws.history.removed.push((n, c));
                }
            }
        }
        let entries = m
            .remove("watchlist")
            .and_then(|mut w| w.get_mut("entries").map(Value::take));
        for (i, w) in items(entries).unwrap_or_default().into_iter().enumerate() {
            s.watch(i + 1, w);
        }
        match part::<ViewSettings>(m.remove("view")) {
            Some(Ok(v)) => s.ws.view = v,
            Some(Err(e)) => s.lose("view settings".into(), e),
            None => {}
        }
    }
    s.finish()
}

/// Values of the JSON array following the first `"key":` at or after `from`
/// in possibly invalid JSON, up to the first unreadable one. Returns the
/// values, the byte offset where reading stopped, and why if it did not reach
/// the closing `]`.
fn scan_array(raw: &str, key: &str, from: usize) -> Option<(Vec<Value>, usize, Option<String>)> {
    let pat = format!("\"{key}\"");
    let mut at = from;
    let start = loop {
        let i = raw.get(at..)?.find(&pat)? + at;
        // Not an escaped quote inside a string value.
        if !raw.get(..i).is_some_and(|b| b.ends_with('\\')) {
            break i + pat.len();
        }
        at = i + 1;
    };
    let mut rest = raw
        .get(start..)?
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('[')?;
    let mut values = Vec::new();
    loop {
        rest = rest.trim_start();
        let pos = raw.len() - rest.len();
        if let Some(r) = rest.strip_prefix(']') {
            return Some((values, raw.len() - r.len(), None));
        }
        if let Some(r) = rest.strip_prefix(',') {
            rest = r;
            continue;
        }
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        match stream.next() {
            Some(Ok(v)) => {
                values.push(v);
                rest = rest.get(stream.byte_offset()..).unwrap_or("");
            }
            Some(Err(e)) => return Some((values, pos, Some(e.to_string()))),
            None => return Some((values, pos, Some(ENDS_EARLY.into()))),
        }
    }
}

const ENDS_EARLY: &str = "the data ends early";

fn salvage_text(raw: &str, error: &str) -> Recovery {
    // The version, if its field is still there.
    let version = raw
        .find("\"schema_version\"")
        .and_then(|i| raw.get(i + 16..))
        .and_then(|r| r.trim_start().strip_prefix(':'))
        .map(|r| {
            r.trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|d| d.parse::<u64>().ok())
        .filter(|&n| n >= 1 && n <= u64::from(SCHEMA_VERSION));
    let mut s = Salvage::new(version.unwrap_or(u64::from(SCHEMA_VERSION)));
    if version.is_none() {
        s.report.notes.push(format!(
            "No schema version could be read; read as version {SCHEMA_VERSION}."
        ));
    }
    let Some((docs, end, stop)) = scan_array(raw, "documents", 0) else {
        let detail = error.to_string();
        s.lose("the whole workspace".into(), LossCause::NotJson { detail });
        return s.finish();
    };
    let n = docs.len();
    for (i, d) in docs.into_iter().enumerate() {
        s.document(i + 1, d);
    }
    if let Some(why) = stop {
        if why != ENDS_EARLY {
            // A document was there, cut or damaged.
            s.report.documents_found += 1;
        }
        s.lose(
            format!("document {} and everything after it", n + 1),
            LossCause::CutOff {
                byte: end,
                detail: why,
            },
        );
        return s.finish();
    }
    let mut lost_rest = false;
    let (done_key, watch_key) = if s.version == 1 {
        ("", "watchlist")
    } else {
        ("done", "entries")
    };
    if !done_key.is_empty() {
        if let Some((cs, _, stop)) = scan_array(raw, done_key, end) {
            for (i, c) in cs.into_iter().enumerate() {
                s.correction(format!("correction {}", i + 1), c, false);
            }
            lost_rest |= stop.is_some();
        }
    }
    if let Some((ws, _, stop)) = scan_array(raw, watch_key, end) {
        for (i, w) in ws.into_iter().enumerate() {
            s.watch(i + 1, w);
        }
        lost_rest |= stop.is_some();
    }
    s.lose(
        if lost_rest {
            "part of the corrections or watchlist, and the view settings".into()
        } else {
            "view settings and anything after the documents not listed here".into()
        },
        LossCause::NotJson {
            detail: error.to_string(),
        },
    );
    s.finish()
}
