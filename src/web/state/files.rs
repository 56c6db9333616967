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
}
