//! What an imported data file holds, decided without the browser: a
//! watchlist CSV, JSONL documents, or a workspace file (migrated from an
//! older version, or recovered from damage), as the [`WorkspaceAction`] to apply and
//! the notice to show (issue 14.11: the workspace actions out of the
//! component). Pure Rust, tested natively.
//!
//! Input: the file's name (its extension decides) and text, and the time to
//! stamp imported documents with. Output: an [`Imported`].

use super::words::plural;
use super::workspace::WorkspaceAction;
use crate::engine::model::Label;
use crate::export::Bundle;
use crate::workspace::{
    self as ws, import, migrate, parse_csv, recover, Correction, History, Watchlist, Workspace,
    WorkspaceError, SCHEMA_VERSION,
};

/// How a notice looks and is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Done as asked (a polite status).
    Info,
    /// Done, with parts left out or repaired (an alert).
    Warning,
    /// Not done (an alert).
    Error,
}

/// A notice to show: its tone, a title and details (may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeText {
    /// How it looks.
    pub tone: Tone,
    /// The first line, in bold.
    pub title: String,
    /// Details under it; empty for none.
    pub detail: String,
}

impl NoticeText {
    /// A notice of `tone` with `title` and `detail`.
    pub fn new(tone: Tone, title: impl Into<String>, detail: impl Into<String>) -> NoticeText {
        NoticeText {
            tone,
            title: title.into(),
            detail: detail.into(),
        }
    }
}

/// What an imported file gives: the change to make (none when nothing could
/// be read) and what to tell the user.
pub struct Imported {
    /// The workspace action to dispatch, if any.
    pub action: Option<WorkspaceAction>,
    /// What to say.
    pub notice: NoticeText,
}

/// How a picked file is read, by the extension of its name (any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAs {
    /// An article: `.txt`, `.md`, `.markdown`, `.html`, `.htm`.
    Article,
    /// A data file for [`import_data`]: `.json`, `.jsonl`, `.ndjson`, `.csv`.
    Data,
    /// Anything else: left out of a folder import.
    Skipped,
}

/// How the file named `name` is read (see [`ReadAs`]).
pub fn read_as(name: &str) -> ReadAs {
    let lower = name.to_ascii_lowercase();
    let ends = |xs: &[&str]| xs.iter().any(|x| lower.ends_with(x));
    if ends(&[".txt", ".md", ".markdown", ".html", ".htm"]) {
        ReadAs::Article
    } else if ends(&[".json", ".jsonl", ".ndjson", ".csv"]) {
        ReadAs::Data
    } else {
        ReadAs::Skipped
    }
}

/// Why a file's bytes were not read as text ([`decode_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// Binary data: NUL bytes, or many control characters, near the start (an image, an
    /// archive, a program; whatever its name says).
    Binary,
    /// Not UTF-8, UTF-16 (with a byte-order mark) or Windows-1252 text: mostly bytes
    /// over 127 that are not UTF-8 (another legacy encoding, Shift-JIS, GBK, ...).
    Encoding,
}

impl NotText {
    /// What the page says of the file `name` whose bytes are not text: nothing is opened
    /// from it.
    pub fn says(self, name: &str) -> String {
        match self {
            NotText::Binary => format!(
                "{name} is not a text file (its bytes are binary data, such as an image, an \
                 archive or a program): nothing was opened from it."
            ),
            NotText::Encoding => format!(
                "{name} is not text Annalist can read (not UTF-8, UTF-16 or Windows-1252): \
                 nothing was opened from it. Save it as UTF-8 text and open it again."
            ),
        }
    }
}

/// How many bytes at a file's start [`decode_text`] reads to tell text from binary data.
pub const SNIFF_BYTES: usize = 8192;

/// A file's bytes as text, or why they are not text (the page then opens nothing from it
/// and says so: a PNG, or a program renamed `.txt`, became a document of junk before).
///
/// - A byte-order mark says the encoding: UTF-8 (dropped), UTF-16 LE or BE.
/// - Without one, a start whose every other byte is NUL is UTF-16 of Latin text; any
///   other NUL in the first [`SNIFF_BYTES`], or too many control bytes there (see
///   below), is binary data ([`NotText::Binary`]).
/// - Bytes that are not UTF-8 are read as Windows-1252 (Latin-1 and its superset: older
///   Western European `.txt` files) when at most 30% of the letters of the start are over
///   127; more is another legacy encoding, not read ([`NotText::Encoding`]).
/// - Decoded, a start where more than 1 character in 50 (and at least 2) is a control
///   character (not tab, line feed, carriage return, form feed) is binary data.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, NotText> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else if let Some(le) = utf16_without_mark(&bytes) {
        match le {
            true => utf16(&bytes, u16::from_le_bytes),
            false => utf16(&bytes, u16::from_be_bytes),
        }
    } else {
        let start = &bytes[..bytes.len().min(SNIFF_BYTES)];
        let controls = start
            .iter()
            .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
            .count();
        if start.contains(&0) || too_many(controls, start.len()) {
            return Err(NotText::Binary);
        }
        match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let bytes = e.into_bytes();
                // UTF-8 with a bad byte or two (a file cut mid-character, two sources pasted
                // together): its other non-ASCII characters are UTF-8, so only the bad bytes
                // become U+FFFD; read as Windows-1252, every "é" would be "Ã©".
                let lossy = String::from_utf8_lossy(&bytes);
                if lossy.chars().any(|c| !c.is_ascii() && c != '\u{fffd}') {
                    return check_controls(lossy.into_owned());
                }
                let start = &bytes[..bytes.len().min(SNIFF_BYTES)];
                let letters = start.iter().filter(|b| b.is_ascii_alphabetic()).count();
                let high = start.iter().filter(|&&b| b > 127).count();
                if high * 10 > (letters + high) * 3 {
                    return Err(NotText::Encoding);
                }
                bytes.iter().map(|&b| windows_1252(b)).collect()
            }
        }
    };
    check_controls(text)
}

/// `text`, unless more than 1 character in 50 of its start is a control character or U+FFFD
/// ([`NotText::Binary`]; see [`decode_text`]).
fn check_controls(text: String) -> Result<String, NotText> {
    let start = text.chars().take(SNIFF_BYTES);
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in start {
        chars += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
        controls += usize::from(control || c == '\u{fffd}');
    }
    if too_many(controls, chars) {
        return Err(NotText::Binary);
    }
    Ok(text)
}

/// Whether `controls` control characters among `of` make binary data: at least 2, and
/// more than 1 in 50.
fn too_many(controls: usize, of: usize) -> bool {
    controls >= 2 && controls * 50 > of
}

/// UTF-16 text without a byte-order mark: `Some(true)` little-endian, `Some(false)`
/// big-endian, when over 40% of the odd (or even) bytes of the start are NUL and under 5%
/// of the others (Latin letters, each a letter and a NUL).
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    let start = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    let pairs = start.len() / 2;
    if pairs < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let zeros = |odd: usize| {
        start
            .iter()
            .skip(odd)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let many = |n: usize| n * 10 > pairs * 4;
    let few = |n: usize| n * 20 < pairs;
    match (many(odd) && few(even), many(even) && few(odd)) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

/// `bytes` as UTF-16 code units read by `unit`; a last odd byte and unpaired surrogates
/// become U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|p| match p {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect()
}

/// The character Windows-1252 writes as `b` (its five unassigned bytes as the C1
/// controls of the same number, as browsers read them).
fn windows_1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

/// Articles opened from a file, as a workspace to import: each a new
/// document (its id given on import), stamped `now` (ISO 8601).
pub fn articles(seeds: Vec<super::Seed>, now: &str) -> Workspace {
    Workspace {
        documents: seeds
            .into_iter()
            .map(|seed| ws::Document {
                id: String::new(),
                name: seed.name,
                text: seed.text.into(),
                date: seed.date,
                added_at: Some(now.to_string()),
                date_by_user: false,
            })
            .collect(),
        ..Workspace::default()
    }
}

/// A CSV whose header names a `label` column and no note column (the app's Entities
/// export) with that column read as the note, so each row's type can be read; `None` for
/// any other CSV (a watchlist of the user's keeps its notes).
fn typed_csv(text: &str) -> Option<String> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let end = body.find('\n').unwrap_or(body.len());
    let head = body[..end].to_ascii_lowercase();
    let mut cells: Vec<&str> = head
        .trim_end_matches('\r')
        .split(',')
        .map(str::trim)
        .collect();
    let at = cells.iter().position(|c| *c == "label")?;
    let notes = ["note", "notes", "comment", "comments", "remarks"];
    if cells.iter().any(|c| notes.contains(c)) {
        return None;
    }
    cells[at] = "note";
    Some(cells.join(",") + &body[end..])
}

/// Read a data file named `name`: `.csv` a watchlist, `.jsonl`/`.ndjson`
/// documents (stamped `now`, ISO 8601), anything else a workspace file.
pub fn import_data(name: &str, text: &str, now: &str) -> Imported {
    let lower = name.to_ascii_lowercase();
    let tone = |clean: bool| if clean { Tone::Info } else { Tone::Warning };
    if lower.ends_with(".csv") {
        let typed = typed_csv(text);
        let got = parse_csv(typed.as_deref().unwrap_or(text));
        let bad = lines(got.errors.iter().map(|e| (e.line, e.reason.to_string())));
        // A file with a type column (the app's own Entities export): names only, each once,
        // never its amounts, dates and numbers (trial 43: "two" and "$412 million" watched).
        let mut entries = got.watchlist.entries;
        let read = entries.len();
        if typed.is_some() {
            entries.retain(|e| !Label::parse(e.note.trim()).is_some_and(Label::is_value));
            entries.iter_mut().for_each(|e| e.note.clear());
        }
        let values = read - entries.len();
        let mut list = Watchlist::default();
        list.extend(Watchlist { entries });
        let mut detail = match values {
            0 => String::new(),
            n => format!(
                "{} left out: amounts, dates and numbers are not names to watch. ",
                plural(n, "value")
            ),
        };
        if !bad.is_empty() {
            detail += &format!("Rows skipped: {bad}");
        }
        Imported {
            notice: NoticeText::new(
                tone(bad.is_empty()),
                format!(
                    "Watchlist: {} imported from {name}",
                    plural(list.entries.len(), "name")
                ),
                detail,
            ),
            action: Some(WorkspaceAction::Watch(list)),
        }
    } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        let mut got = import::jsonl(text, Some(now));
        // A line with no name or title is named by its id, else by its text's
        // title, not "Line 3" (the workspace importer's placeholder).
        for d in &mut got.documents {
            let placeholder = d
                .name
                .strip_prefix("Line ")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if placeholder {
                let own = Some(d.id.trim().to_string()).filter(|id| !id.is_empty());
                if let Some(name) = own.or_else(|| super::headline(&d.text)) {
                    d.name = name;
                }
            } else {
                d.name = super::imported_name(std::mem::take(&mut d.name), &d.text);
            }
        }
        let bad = lines(got.errors.iter().map(|e| (e.line, e.reason.to_string())));
        Imported {
            notice: NoticeText::new(
                tone(bad.is_empty()),
                format!(
                    "{} imported from {name}",
                    plural(got.documents.len(), "document")
                ),
                bad,
            ),
            action: Some(WorkspaceAction::Import(Workspace {
                documents: got.documents,
                history: History {
                    done: got.corrections,
                    ..History::default()
                },
                ..Workspace::default()
            })),
        }
    } else {
        workspace_file(name, text)
    }
}

/// "line 2: …; line 5: …".
fn lines(errors: impl Iterator<Item = (usize, String)>) -> String {
    errors
        .map(|(line, reason)| format!("line {line}: {reason}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn workspace_file(name: &str, text: &str) -> Imported {
    // Parsed once: the version it was written in, then migrated.
    let parsed = serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}'))
        .map_err(|e| WorkspaceError::Json {
            detail: e.to_string(),
        });
    let version = parsed
        .as_ref()
        .ok()
        .and_then(|v| v.get("schema_version"))
        .and_then(|x| x.as_u64());
    match parsed.and_then(migrate) {
        Ok(w) => {
            let migrated = match version {
                Some(v) if v < u64::from(SCHEMA_VERSION) => {
                    format!(" (schema version {v}, migrated to version {SCHEMA_VERSION})")
                }
                _ => String::new(),
            };
            Imported {
                notice: NoticeText::new(
                    Tone::Info,
                    format!(
                        "Imported workspace {name}: {}{migrated}",
                        plural(w.documents.len(), "document")
                    ),
                    "",
                ),
                action: Some(WorkspaceAction::Import(w)),
            }
        }
        Err(e) => {
            let r = recover(text);
            if r.workspace.documents.is_empty() {
                return Imported {
                    action: None,
                    notice: NoticeText::new(
                        Tone::Error,
                        format!("Could not import {name}"),
                        e.to_string(),
                    ),
                };
            }
            Imported {
                notice: NoticeText::new(
                    Tone::Warning,
                    format!("{name} was damaged: {e}"),
                    r.report.summary(),
                ),
                action: Some(WorkspaceAction::Import(r.workspace)),
            }
        }
    }
}

/// The workspace a read-only HTML export carries (issue 14.8): its
/// documents under the ids and names they had, and the corrections it was
/// exported with (rules, as data), so that importing the page brings a
/// renamed, merged or retyped entity back corrected. Corrections for
/// documents not in the page, and unreadable ones, are left out. `file` names documents that have neither a name nor a
/// headline; `now` (ISO 8601) stamps them as added.
pub fn export_workspace(bundle: Bundle, file: &str, now: &str) -> Workspace {
    let n = bundle.documents.len();
    let documents: Vec<ws::Document> = bundle
        .documents
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let name = Some(d.name.trim().to_string())
                .filter(|t| !t.is_empty())
                .map(|t| super::imported_name(t, &d.input.text))
                .or_else(|| super::headline(&d.input.text))
                .unwrap_or_else(|| match n {
                    1 => file.to_string(),
                    _ => format!("{file} ({})", i + 1),
                });
            ws::Document {
                id: d.input.id,
                name,
                text: d.input.text.into(),
                date: d.input.date.filter(|x| !x.is_empty()),
                added_at: Some(now.to_string()),
                date_by_user: false,
            }
        })
        .collect();
    // One by one (an unreadable one is left out), and through the same
    // `from_value::<Correction>` as a recovered workspace: no second copy of
    // the corrections' deserializer in the wasm.
    let list = match bundle.corrections {
        serde_json::Value::Array(list) => list,
        _ => Vec::new(),
    };
    let done = list
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Correction>(v).ok())
        .filter(|c| {
            c.doc
                .as_deref()
                .is_none_or(|id| documents.iter().any(|d| d.id == id))
        })
        .collect();
    Workspace {
        documents,
        history: History {
            done,
            ..History::default()
        },
        ..Workspace::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-01-02T03:04:05Z";

    fn docs(i: &Imported) -> usize {
        match &i.action {
            Some(WorkspaceAction::Import(w)) => w.documents.len(),
            _ => 0,
        }
    }

    #[test]
    fn a_jsonl_export_imports_with_its_corrections() {
        let line = r#"{"id":"d4","text":"Greta Lind baked.","name":"Bakery","corrections":[{"doc":"d4","edit":{"op":"rename","entity":{"name":"Greta Lind","label":"PERSON"},"name":"Chef Greta Lind"}},{"doc":"d9","edit":{"op":"rename","entity":{"name":"x","label":"PERSON"},"name":"y"}},"not a correction"]}"#;
        let got = import_data("annalist.jsonl", line, NOW);
        let Some(WorkspaceAction::Import(w)) = got.action else {
            panic!("not an import");
        };
        assert_eq!(w.documents[0].name, "Bakery");
        // Its own document's correction; not another's, not an unreadable one.
        assert_eq!(w.history.done.len(), 1, "{:?}", w.history.done);
        assert_eq!(w.history.done[0].doc.as_deref(), Some("d4"));
        assert!(w.history.done[0].describe().contains("→ Chef Greta Lind"));
    }

    #[test]
    fn the_apps_own_entities_export_imports_as_a_watchlist_of_names_only() {
        // Trial 43: an Entities CSV exported by the app made an 84-name watchlist
        // with "two" and "$412 million" on it.
        let doc = |id: &str, text: &str| {
            crate::export::Document::analyze(crate::engine::model::DocumentInput {
                id: id.into(),
                text: text.into(),
                date: Some("2025-03-14".into()),
            })
        };
        let docs = [
            doc(
                "d1",
                "Ingrid Solberg said Harbourline Freight paid $412 million for two cranes in Norvik on 3 March 2025. Solberg left.",
            ),
            doc("d2", "Ingrid Solberg visited Norvik again."),
        ];
        let csv = crate::export::csv::entities(&docs);
        assert!(
            csv.contains("$412 million") && csv.contains(",CARDINAL,"),
            "{csv}"
        );
        // What the file should give: its names that are not values, each once, with their
        // aliases, in the file's order.
        let mut want: Vec<(&str, &[String])> = Vec::new();
        let mut values = 0;
        for e in docs.iter().flat_map(|d| &d.analysis.entity_list) {
            if e.label.is_value() {
                values += 1;
            } else if !want.iter().any(|(n, _)| *n == e.name) {
                want.push((&e.name, &e.aliases));
            }
        }
        assert!(values >= 2, "{csv}");
        let got = import_data("annalist-entities.csv", &csv, NOW);
        let Some(WorkspaceAction::Watch(w)) = got.action else {
            panic!("not a watchlist");
        };
        let names: Vec<(&str, &[String])> = w
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.aliases.as_slice()))
            .collect();
        assert_eq!(names, want);
        for name in ["Ingrid Solberg", "Harbourline Freight", "Norvik"] {
            assert!(names.iter().any(|(n, _)| *n == name), "{name}: {names:?}");
        }
        assert!(w.entries.iter().all(|e| e.note.is_empty()), "{w:?}");
        assert_eq!(got.notice.tone, Tone::Info);
        assert_eq!(
            got.notice.title,
            format!(
                "Watchlist: {} imported from annalist-entities.csv",
                plural(want.len(), "name")
            )
        );
        assert!(
            got.notice
                .detail
                .starts_with(&format!("{values} values left out")),
            "{:?}",
            got.notice
        );
        // Odd files with a label column are read without a panic.
        for odd in [
            "label",
            "\u{feff}label\r",
            "\"na,me\",label\nÅse,PERSON\n",
            "name,\"label\"\r\n\"x\"\"y\",MONEY\r\nz,\n",
            "name,label,label\nQ,PERSON,MONEY\n",
        ] {
            let _ = import_data("odd.csv", odd, NOW);
        }
        // A watchlist of its own with a note column is read as before, notes and all.
        let own = import_data(
            "w.csv",
            "name,label,note\nKestrel Optics,ORG,cameras\nfour,,x\n",
            NOW,
        );
        let Some(WorkspaceAction::Watch(w)) = own.action else {
            panic!("not a watchlist");
        };
        assert_eq!(w.entries.len(), 2, "{w:?}");
        assert_eq!(w.entries[0].note, "cameras");
    }

    #[test]
    fn the_extension_decides_and_the_notice_counts() {
        let csv = import_data(
            "Watch.CSV",
            "name,aliases,note\nKestrel Optics,,cameras\n",
            NOW,
        );
        assert!(matches!(csv.action, Some(WorkspaceAction::Watch(ref w)) if w.entries.len() == 1));
        assert_eq!(
            csv.notice,
            NoticeText::new(Tone::Info, "Watchlist: 1 name imported from Watch.CSV", "")
        );

        let jsonl = "{\"id\":\"a\",\"text\":\"Greta Lind baked.\"}\nnot json\n";
        let got = import_data("batch.jsonl", jsonl, NOW);
        assert_eq!(docs(&got), 1);
        assert_eq!(got.notice.title, "1 document imported from batch.jsonl");
        assert_eq!(got.notice.tone, Tone::Warning);
        assert!(
            got.notice.detail.starts_with("line 2: "),
            "{:?}",
            got.notice
        );
    }

    #[test]
    fn workspace_files_are_migrated_recovered_or_refused() {
        let v1 = r#"{"schema_version":1,"documents":[{"id":"a","title":"A","text":"Greta Lind baked.","corrections":[]}]}"#;
        let got = import_data("old.json", v1, NOW);
        assert_eq!(docs(&got), 1);
        assert!(
            got.notice
                .title
                .ends_with(": 1 document (schema version 1, migrated to version 2)"),
            "{:?}",
            got.notice
        );

        let cut = r#"{"schema_version":2,"documents":[{"id":"a","name":"A","text":"Greta Lind baked."},{"id":"b","te"#;
        let got = import_data("cut.json", cut, NOW);
        assert_eq!(docs(&got), 1);
        assert_eq!(got.notice.tone, Tone::Warning);
        assert!(
            got.notice.title.starts_with("cut.json was damaged"),
            "{:?}",
            got.notice
        );

        let got = import_data("junk.json", "hello", NOW);
        assert!(got.action.is_none());
        assert_eq!(got.notice.tone, Tone::Error);
        assert_eq!(got.notice.title, "Could not import junk.json");
    }

    #[test]
    fn an_html_export_reopens_with_its_corrections() {
        use crate::engine::model::{DocumentInput, Label};
        use crate::export::{html, Document};
        use crate::workspace::{Edit, EntityKey};
        let text = "Harbour checks\n\nOlaf Scholz met Antony Blinken in Hamburg on Monday.";
        let input = DocumentInput {
            id: "d7".into(),
            text: text.into(),
            date: Some("2024-04-15".into()),
        };
        let raw = crate::engine::analyze(&input);
        let blinken = raw
            .entity_list
            .iter()
            .find(|e| e.name == "Antony Blinken")
            .expect("the engine finds Antony Blinken");
        let rename = Correction::in_doc(
            "d7",
            Edit::Rename {
                entity: EntityKey::new(blinken.name.clone(), blinken.label),
                name: "Secretary Blinken".into(),
            },
        );
        let retype = Correction::everywhere(Edit::Retype {
            entity: EntityKey::new("Hamburg", Label::Gpe),
            label: Label::Loc,
        });
        // A correction of a document the page does not carry.
        let elsewhere = Correction::in_doc(
            "d2",
            Edit::DeleteSurface {
                text: "Monday".into(),
                label: None,
            },
        );
        let done = vec![rename.clone(), retype.clone(), elsewhere];
        let corrected = crate::workspace::apply(text, &raw, &done);
        let page = html::page(
            &Bundle::new(
                vec![Document {
                    input,
                    analysis: corrected,
                    name: "Harbour checks".into(),
                }],
                serde_json::to_value(&done).unwrap(),
            ),
            "Export",
        )
        .unwrap();

        let w = export_workspace(html::read(&page).unwrap(), "export.html", NOW);
        assert_eq!(w.documents.len(), 1);
        assert_eq!(w.documents[0].id, "d7");
        assert_eq!(w.documents[0].name, "Harbour checks");
        assert_eq!(w.documents[0].date.as_deref(), Some("2024-04-15"));
        assert_eq!(w.history.done, vec![rename, retype]);
        // Re-analysed from the text, the corrections hold again.
        let again = &w.analyse_all()[0];
        let names: Vec<(&str, Label)> = again
            .entity_list
            .iter()
            .map(|e| (e.name.as_str(), e.label))
            .collect();
        assert!(
            names.iter().any(|n| n.0 == "Secretary Blinken"),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.0 == "Antony Blinken"), "{names:?}");
        assert!(names.contains(&("Hamburg", Label::Loc)), "{names:?}");

        // Opened twice: the second copy gets a new id and its own rename;
        // the correction for every document is not doubled.
        let mut twice = Workspace::default();
        twice.merge_in(w.clone());
        let ids = twice.merge_in(w.clone());
        assert_ne!(ids, vec!["d7".to_string()]);
        assert_eq!(twice.history.done.len(), 3, "{:?}", twice.history.done);
        assert_eq!(twice.history.done[2].doc.as_deref(), Some(ids[0].as_str()));

        // An unreadable correction log: the documents still open.
        let mut b = html::read(&page).unwrap();
        b.corrections = serde_json::json!({"not": "a list"});
        let w = export_workspace(b, "export.html", NOW);
        assert_eq!((w.documents.len(), w.history.done.len()), (1, 0));
    }

    #[test]
    fn files_are_read_by_their_extension_in_any_case() {
        assert_eq!(read_as("Notes.TXT"), ReadAs::Article);
        assert_eq!(read_as("page.htm"), ReadAs::Article);
        assert_eq!(read_as("a.md.json"), ReadAs::Data);
        assert_eq!(read_as("watch.CSV"), ReadAs::Data);
        assert_eq!(read_as("photo.jpg"), ReadAs::Skipped);
        assert_eq!(read_as("txt"), ReadAs::Skipped);
    }

    #[test]
    fn opened_articles_become_new_documents_stamped_when_opened() {
        let seed = |name: &str, text: &str| crate::web::state::Seed {
            name: name.into(),
            text: text.into(),
            date: Some("2024-02-03".into()),
        };
        let w = articles(vec![seed("a.txt", "One."), seed("b.md", "Two.")], NOW);
        let got: Vec<(&str, &str, &str)> = w
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str(), &*d.text))
            .collect();
        assert_eq!(got, [("", "a.txt", "One."), ("", "b.md", "Two.")]);
        assert!(w
            .documents
            .iter()
            .all(|d| d.added_at.as_deref() == Some(NOW)));
        assert_eq!(w.documents[1].date.as_deref(), Some("2024-02-03"));
    }

    fn bytes_of(b: &[u8]) -> Vec<u8> {
        b.to_vec()
    }

    #[test]
    fn utf8_with_a_bad_byte_keeps_its_other_characters() {
        // Review: one stray byte made the whole file Windows-1252 ("Café" → "CafÃ©").
        let cut = b"Caf\xc3\xa9 opened in Z\xc3\xbcrich \xe2\x80\x94 ordinary words here.\xff";
        let text = decode_text(cut.to_vec()).unwrap();
        assert!(
            text.starts_with("Café opened in Zürich — ordinary"),
            "{text}"
        );
        assert!(text.ends_with('\u{fffd}'), "{text}");
        // A file cut in the middle of a character.
        let text = decode_text(b"Caf\xc3\xa9 and more words\xe2\x80".to_vec()).unwrap();
        assert!(text.starts_with("Café and more words"), "{text}");
        // No UTF-8 character at all: still Windows-1252.
        let text = decode_text(b"Caf\xe9 in Z\xfcrich, ordinary words here.".to_vec()).unwrap();
        assert_eq!(text, "Café in Zürich, ordinary words here.");
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_and_legacy_text_is_read() {
        // A PNG's first bytes (signature, IHDR), and a program's: NUL bytes.
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert_eq!(decode_text(bytes_of(png)), Err(NotText::Binary));
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0";
        assert_eq!(decode_text(bytes_of(elf)), Err(NotText::Binary));
        // No NUL, but control characters throughout (a binary renamed .txt).
        let noise: Vec<u8> = (0..600u32).map(|i| (i * 37 % 251 + 1) as u8).collect();
        assert_eq!(decode_text(bytes_of(&noise)), Err(NotText::Binary));
        let controls = "Quay\u{1}\u{2} works\u{3}\u{4}\u{5}".as_bytes();
        assert_eq!(decode_text(bytes_of(controls)), Err(NotText::Binary));
        // Text: UTF-8 (a byte-order mark dropped), tabs, form feeds, one stray control.
        let plain = "Lotta Hamre opened the ferry pier in Vardø.\tNo delay.\u{c}\n";
        assert_eq!(
            decode_text(bytes_of(plain.as_bytes())).as_deref(),
            Ok(plain)
        );
        let marked = [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat();
        assert_eq!(decode_text(bytes_of(&marked)).as_deref(), Ok(plain));
        let eof = "A long enough line of ordinary words, then a DOS end mark.\u{1a}";
        assert!(decode_text(bytes_of(eof.as_bytes())).is_ok());
        // UTF-16 with and without its byte-order mark.
        let le: Vec<u8> = plain.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = plain.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decode_text(bytes_of(&[b"\xFF\xFE".as_slice(), &le].concat())).as_deref(),
            Ok(plain)
        );
        assert_eq!(
            decode_text(bytes_of(&[b"\xFE\xFF".as_slice(), &be].concat())).as_deref(),
            Ok(plain)
        );
        assert_eq!(decode_text(bytes_of(&le)).as_deref(), Ok(plain));
        assert_eq!(decode_text(bytes_of(&be)).as_deref(), Ok(plain));
        // Windows-1252: accents and curly quotes, read as such.
        let latin = b"Ren\xe9e G\xf6rtz said \x93the pier\x94 costs \x80 4m \x96 a lot.";
        assert_eq!(
            decode_text(bytes_of(latin)).as_deref(),
            Ok("Renée Görtz said “the pier” costs € 4m – a lot.")
        );
        // Mostly high bytes that are not UTF-8: another encoding, not guessed.
        let other: Vec<u8> = (0..200u32).map(|i| 0xA1 + (i % 90) as u8).collect();
        assert_eq!(decode_text(bytes_of(&other)), Err(NotText::Encoding));
        assert_eq!(decode_text(bytes_of(b"")).as_deref(), Ok(""));
        // Said with the file's name.
        let said = NotText::Binary.says("scan.png");
        assert!(
            said.starts_with("scan.png is not a text file") && said.contains("nothing was opened")
        );
    }
}
