//! Typed values read from JSON text through [`serde_json::Value`] (issue 17.2).
//!
//! `serde_json::from_str::<T>` compiles a reader of every struct under `T` for the
//! string parser, with that parser's per-type helpers (sequences, maps, numbers).
//! Read as a `Value` first (the parser the workspace and share links use anyway),
//! then as `T`, the structs' readers are the `Value` ones: for the analysis' structs
//! (the worker's parts, the HTML export read back, the JS API's documents and
//! options) the app is 2.6 KB gzip smaller. Reading a part this way takes about
//! three times as long (natively 0.7 MB of parts: 2 ms, through `Value` 5-13 ms).
//!
//! The values read are the same. A syntax error reads as before, with its line and
//! column; an error of shape (a missing field, a wrong type) has the same text but no
//! position, as the workspace's (`Value`-read) errors, and where one comes before a
//! syntax error the syntax error is named; of a key given twice in one object the
//! last one counts, where `from_str` refuses it as a duplicate field. Hence only for
//! text this program or `JSON.stringify` wrote.
//!
//! Files the user gives (a line of the JSONL import, a fetched JSON document of
//! `<annalist-view src>`) are read field by field through [`Object`], whose errors
//! name the field that is missing or of the wrong type and say what it holds
//! (`from_str` named only a column: "invalid type: integer `3`, expected a string at
//! line 1 column 9"); a syntax error keeps its line and column; of a key given twice
//! the last one counts here too. So no struct reader of the string parser is left in
//! the wasm (issue 17.2: app 1,047,794 -> 1,047,026 B gzip).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use thiserror::Error;

/// `s` read as a `T`: first as JSON, then as `T`.
///
/// # Errors
/// `s` is not JSON, or not a `T`.
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::from_str::<serde_json::Value>(s)?)
}

/// Why a JSON object the user gave could not be read: in words, naming the field.
#[derive(Debug, Error)]
pub enum ObjectError {
    /// Not JSON at all: serde_json's message, with its line and column.
    #[error("{0}")]
    Syntax(#[from] serde_json::Error),
    /// JSON, but not an object.
    #[error("it is {found}, not an object {{...}}")]
    NotObject {
        /// What it is instead ("a list", "a number").
        found: &'static str,
    },
    /// A field that must be there is not (or is null).
    #[error("the field \"{field}\" is missing")]
    Missing {
        /// The field's name.
        field: &'static str,
    },
    /// A field that holds something other than text.
    #[error("the field \"{field}\" is {found}, not a string")]
    NotString {
        /// The field's name.
        field: &'static str,
        /// What it holds ("a number", "a list").
        found: &'static str,
    },
}

/// What a JSON value is, in words.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON object whose fields are taken out one by one, each checked by name.
pub struct Object(Map<String, Value>);

impl Object {
    /// `s` read as a JSON object.
    ///
    /// # Errors
    /// [`ObjectError::Syntax`] when `s` is not JSON, [`ObjectError::NotObject`] when it is
    /// no object.
    pub fn parse(s: &str) -> Result<Object, ObjectError> {
        match serde_json::from_str::<Value>(s)? {
            Value::Object(map) => Ok(Object(map)),
            other => Err(ObjectError::NotObject {
                found: kind(&other),
            }),
        }
    }

    /// The value under the first of `names` present (a name, then its synonyms), taken
    /// out, with that name; `Value::Null` when none is.
    pub fn take(&mut self, names: &[&'static str]) -> (&'static str, Value) {
        for &name in names {
            if let Some(v) = self.0.remove(name) {
                return (name, v);
            }
        }
        (names.first().copied().unwrap_or_default(), Value::Null)
    }

    /// The string under the first of `names` present; `None` when none is, or it is null.
    ///
    /// # Errors
    /// [`ObjectError::NotString`] when it holds anything else.
    pub fn string(&mut self, names: &[&'static str]) -> Result<Option<String>, ObjectError> {
        match self.take(names) {
            (_, Value::Null) => Ok(None),
            (_, Value::String(s)) => Ok(Some(s)),
            (field, other) => Err(ObjectError::NotString {
                field,
                found: kind(&other),
            }),
        }
    }

    /// The string under `name`, which must be there.
    ///
    /// # Errors
    /// [`ObjectError::Missing`] when it is absent or null, [`ObjectError::NotString`] when
    /// it holds anything but a string.
    pub fn required(&mut self, name: &'static str) -> Result<String, ObjectError> {
        self.string(&[name])?
            .ok_or(ObjectError::Missing { field: name })
    }
}

#[cfg(test)]
mod tests {
    use super::from_str;
    use crate::engine::{self, model::Analysis, model::DocumentInput};
    use crate::export::{Bundle, Document};

    /// What `serde_json::from_str` reads, this reads.
    #[test]
    fn reads_what_from_str_reads() {
        let input = DocumentInput {
            id: "d1".into(),
            text: "Tomas Brell of Velloria Mills met Ada Quint in Parnow on 4 March 2025. \
                   He said the plant would close."
                .into(),
            date: Some("2025-03-05".into()),
        };
        let analysis = engine::analyze(&input);
        let json = serde_json::to_string(&analysis).unwrap();
        let direct: Analysis = serde_json::from_str(&json).unwrap();
        assert!(!direct.entities.is_empty());
        assert_eq!(from_str::<Analysis>(&json).unwrap(), direct);

        let bundle = Bundle::new(
            vec![Document {
                input,
                analysis,
                name: "Mill closes".into(),
            }],
            serde_json::json!([{"kind": "x"}]),
        );
        let json = serde_json::to_string(&bundle).unwrap();
        assert_eq!(from_str::<Bundle>(&json).unwrap(), bundle);
        assert_eq!(Bundle::from_json(&json).unwrap(), bundle);
        // Defaults and aliases as the derive says.
        let d: DocumentInput = from_str(r#"{"text": "Hi.", "dct": "2025-01-02"}"#).unwrap();
        assert_eq!(
            d,
            serde_json::from_str(r#"{"text": "Hi.", "dct": "2025-01-02"}"#).unwrap()
        );
        assert_eq!(d.date.as_deref(), Some("2025-01-02"));
    }

    /// A syntax error reads as `from_str`'s, position included; an error of shape
    /// has `from_str`'s text without the position. (Where an error of shape comes
    /// before a syntax error, `from_str` names the first, this the second.)
    #[test]
    fn errors_as_from_str() {
        let err = |s: &str| {
            (
                from_str::<DocumentInput>(s).unwrap_err().to_string(),
                serde_json::from_str::<DocumentInput>(s)
                    .unwrap_err()
                    .to_string(),
            )
        };
        for bad in [
            r#"{"text": "abc""#,
            "",
            "[",
            r#"{"text": "a"} x"#,
            "{'text': 1}",
        ] {
            let (ours, theirs) = err(bad);
            assert_eq!(ours, theirs, "{bad}");
            assert!(ours.contains(" at line 1 column "), "{ours}");
        }
        for bad in [r#"{"id": 3, "text": "a"}"#, r#"{"id": "a"}"#, "[]", "7"] {
            let (ours, theirs) = err(bad);
            assert!(!ours.contains(" at line "), "{ours}");
            assert!(
                theirs.starts_with(&format!("{ours} at line 1 column ")),
                "{ours} / {theirs}"
            );
        }
        // A key given twice: the last one counts here, `from_str` refuses it.
        let twice = r#"{"text": "a", "text": "b"}"#;
        assert_eq!(from_str::<DocumentInput>(twice).unwrap().text, "b");
        let refused = serde_json::from_str::<DocumentInput>(twice).unwrap_err();
        assert!(
            refused.to_string().starts_with("duplicate field `text`"),
            "{refused}"
        );
    }
}
