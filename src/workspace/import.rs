//! JSONL import of many documents: one `{"id", "text", "date"?, "name"?,
//! "corrections"?}` object a line (`title` and `dct` are accepted as
//! synonyms; `corrections` is what the app's own JSONL export carries: the
//! document's corrections, re-applied when it is imported back).
//!
//! Input: the file's text. Output: the documents read, and the lines that
//! were not (by 1-based number, with the reason); a line with an unusable
//! date keeps its document, without the date, and says so. Blank lines and a
//! leading BOM are ignored. Linear in the input.

use serde::{Deserialize, Serialize};

use super::corrections::Correction;
use super::model::Document;
pub use crate::engine::error::{LineError, LineReason};

/// One line of the file.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<String>,
    text: String,
    #[serde(default, alias = "dct")]
    date: Option<String>,
    #[serde(default, alias = "title")]
    name: Option<String>,
    /// A list, read one by one: an unreadable correction is left out, not
    /// the line (one `Value`, whose parser the wasm already has).
    #[serde(default)]
    corrections: serde_json::Value,
}

/// Result of [`jsonl`]: the documents read and the lines that were not read as they were.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JsonlImport {
    /// Documents in file order.
    pub documents: Vec<Document>,
    /// The corrections the lines carried (the app's export), in file order:
    /// each for its own line's document or for every document (those once,
    /// however many lines repeat them).
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// Lines skipped or imported in part, in file order.
    pub errors: Vec<LineError>,
}

/// True for `YYYY-MM-DD` (optionally followed by a time) with a plausible month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
    digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && (1..=12).contains(&num(5..7))
        && (1..=31).contains(&num(8..10))
        && (b.len() == 10 || matches!(b.get(10), Some(b'T' | b' ')))
}

/// Read documents from JSONL text; `added_at` stamps them all.
pub fn jsonl(input: &str, added_at: Option<&str>) -> JsonlImport {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut out = JsonlImport::default();
    // Corrections with their place in the exported history (`seq`), if given.
    let mut order: Vec<(Option<u64>, Correction)> = Vec::new();
    for (i, raw) in input.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let l: Line = match serde_json::from_str(raw) {
            Ok(l) => l,
            Err(e) => {
                out.errors.push(LineError::skipped(
                    line,
                    LineReason::NotJson {
                        detail: e.to_string(),
                    },
                ));
                continue;
            }
        };
        let date = match l
            .date
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty())
        {
            Some(d) if is_iso_date(&d) => Some(d.chars().take(10).collect()),
            Some(d) => {
                out.errors.push(LineError {
                    line,
                    reason: LineReason::BadDate { date: d },
                    kept: true,
                });
                None
            }
            None => None,
        };
        let id = l.id.unwrap_or_default();
        let list = match l.corrections {
            serde_json::Value::Array(list) => list,
            _ => Vec::new(),
        };
        for c in list {
            let seq = c.get("seq").and_then(serde_json::Value::as_u64);
            let Ok(c) = serde_json::from_value::<Correction>(c) else {
                continue;
            };
            let mine = c.doc.as_deref().is_none_or(|d| d == id && !id.is_empty());
            if mine && !order.iter().any(|(_, x)| *x == c) {
                order.push((seq, c));
            }
        }
        out.documents.push(Document {
            id,
            name: l.name.unwrap_or_else(|| format!("Line {line}")),
            text: l.text.into(),
            date,
            added_at: added_at.map(str::to_string),
            date_by_user: false,
        });
    }
    // Back in the order they were made (corrections apply in order); those
    // without a place keep file order, after the placed ones.
    crate::sort::sort_by_key(&mut order, |(seq, _)| seq.unwrap_or(u64::MAX));
    out.corrections = order.into_iter().map(|(_, c)| c).collect();
    out
}
