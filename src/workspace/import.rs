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
use crate::json::{Object, ObjectError};

/// One line of the file, read field by field: an error names the field that is
/// missing or not a string (serde's reader of a struct named only a column).
struct Line {
    id: Option<String>,
    text: String,
    /// `date`, or its synonym `dct`.
    date: Option<String>,
    /// `name`, or its synonym `title`.
    name: Option<String>,
    /// A list, read one by one: an unreadable correction is left out, not
    /// the line.
    corrections: serde_json::Value,
}

impl Line {
    fn parse(raw: &str) -> Result<Line, ObjectError> {
        let mut o = Object::parse(raw)?;
        Ok(Line {
            text: o.required("text")?,
            id: o.string(&["id"])?,
            date: o.string(&["date", "dct"])?,
            name: o.string(&["name", "title"])?,
            corrections: o.take(&["corrections"]).1,
        })
    }
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
        let l = match Line::parse(raw) {
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

#[cfg(test)]
mod tests {
    use super::jsonl;

    /// Every line read as not a document: the messages the import notice shows.
    fn errors(input: &str) -> Vec<String> {
        let out = jsonl(input, None);
        out.errors.iter().map(ToString::to_string).collect()
    }

    /// Each refused line is named by its number and says in words what is wrong with
    /// it: which field is missing, or what a field holds instead of a string.
    #[test]
    fn a_bad_line_names_its_number_and_the_field() {
        let input = [
            r#"{"id": "ok", "text": "Mira Holt opened a bakery."}"#,
            r#"{"id": "n1", "title": "No text"}"#,
            r#"{"id": "n2", "text": 42}"#,
            r#"{"id": 7, "text": "An id given as a number."}"#,
            r#"{"text": "A date as a list.", "date": ["2025", "03"]}"#,
            r#"{"text": "A title as an object.", "title": {"main": "x"}}"#,
            r#"{"text": "A date of the synonym.", "dct": true}"#,
            r#"["text", "a list, not an object"]"#,
            r#"{"id": "cut", "text": "Unfinished"#,
            r#"{"id": "n3", "text": null}"#,
        ]
        .join("\n");
        let prefix = "not a JSON object with a \"text\" field: ";
        let want = [
            "line 2: the field \"text\" is missing",
            "line 3: the field \"text\" is a number, not a string",
            "line 4: the field \"id\" is a number, not a string",
            "line 5: the field \"date\" is a list, not a string",
            "line 6: the field \"title\" is an object, not a string",
            "line 7: the field \"dct\" is true or false, not a string",
            "line 8: it is a list, not an object {...}",
        ];
        let got = errors(&input);
        assert_eq!(got.len(), 9, "{got:#?}");
        for (got, want) in got.iter().zip(want) {
            let (line, what) = want.split_once(": ").unwrap();
            assert_eq!(got, &format!("{line}: {prefix}{what}"));
        }
        // A syntax error keeps the parser's line and column within the line.
        assert!(
            got[7]
                .starts_with("line 9: not a JSON object with a \"text\" field: EOF while parsing")
                && got[7].ends_with("at line 1 column 33"),
            "{}",
            got[7]
        );
        assert_eq!(
            got[8],
            format!("line 10: {prefix}the field \"text\" is missing")
        );
        assert_eq!(jsonl(&input, None).documents.len(), 1);
    }

    /// Synonyms are read, null is no value, and of a key given twice the last one
    /// counts (serde's struct reader refused it; the `Value` reader keeps the last).
    #[test]
    fn synonyms_nulls_and_repeated_keys() {
        let out = jsonl(
            concat!(
                r#"{"id": null, "text": "Kell Mills hired Ana Roe.", "dct": "2025-04-02", "title": "Hiring"}"#,
                "\n",
                r#"{"id": "r", "text": "First.", "text": "Second.", "date": null, "name": null}"#,
            ),
            None,
        );
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let d = &out.documents;
        assert_eq!((d[0].id.as_str(), d[0].name.as_str()), ("", "Hiring"));
        assert_eq!(d[0].date.as_deref(), Some("2025-04-02"));
        assert_eq!((&*d[1].text, d[1].date.as_deref()), ("Second.", None));
        assert_eq!(d[1].name, "Line 2");
    }
}
