//! What an imported data file holds, decided without the browser: a
//! watchlist CSV, JSONL documents, or a workspace file (migrated from an
//! older version, or recovered from damage), as the [`WorkspaceAction`] to apply and
//! the notice to show (issue 14.11: the workspace actions out of the
//! component). Pure Rust, tested natively.
//!
//! Input: the file's name (its extension decides) and text, and the time to
//! stamp imported documents with. Output: an [`Imported`].

use super::workspace::WorkspaceAction;
use crate::workspace::{
    import, migrate, parse_csv, recover, Workspace, WorkspaceError, SCHEMA_VERSION,
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

/// Read a data file named `name`: `.csv` a watchlist, `.jsonl`/`.ndjson`
/// documents (stamped `now`, ISO 8601), anything else a workspace file.
pub fn import_data(name: &str, text: &str, now: &str) -> Imported {
    let lower = name.to_ascii_lowercase();
    let tone = |clean: bool| if clean { Tone::Info } else { Tone::Warning };
    if lower.ends_with(".csv") {
        let got = parse_csv(text);
        let count = got.watchlist.entries.len();
        let bad = lines(got.errors.iter().map(|e| (e.line, e.reason.to_string())));
        Imported {
            notice: NoticeText::new(
                tone(bad.is_empty()),
                format!("Watchlist: {count} names imported from {name}"),
                if bad.is_empty() {
                    String::new()
                } else {
                    format!("Rows skipped: {bad}")
                },
            ),
            action: Some(WorkspaceAction::Watch(got.watchlist)),
        }
    } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        let got = import::jsonl(text, Some(now));
        let bad = lines(got.errors.iter().map(|e| (e.line, e.reason.to_string())));
        Imported {
            notice: NoticeText::new(
                tone(bad.is_empty()),
                format!("{} documents imported from {name}", got.documents.len()),
                bad,
            ),
            action: Some(WorkspaceAction::Import(Workspace {
                documents: got.documents,
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
                        "Imported workspace {name}: {} documents{migrated}",
                        w.documents.len()
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
    fn the_extension_decides_and_the_notice_counts() {
        let csv = import_data(
            "Watch.CSV",
            "name,aliases,note\nKestrel Optics,,cameras\n",
            NOW,
        );
        assert!(matches!(csv.action, Some(WorkspaceAction::Watch(ref w)) if w.entries.len() == 1));
        assert_eq!(
            csv.notice,
            NoticeText::new(Tone::Info, "Watchlist: 1 names imported from Watch.CSV", "")
        );

        let jsonl = "{\"id\":\"a\",\"text\":\"Greta Lind baked.\"}\nnot json\n";
        let got = import_data("batch.jsonl", jsonl, NOW);
        assert_eq!(docs(&got), 1);
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
                .ends_with("1 documents (schema version 1, migrated to version 2)"),
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
}
