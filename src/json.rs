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
//! text this program or `JSON.stringify` wrote: the JSONL import and a fetched JSON
//! document (`<annalist-view src>`) keep `serde_json::from_str` and its messages.

use serde::de::DeserializeOwned;

/// `s` read as a `T`: first as JSON, then as `T`.
///
/// # Errors
/// `s` is not JSON, or not a `T`.
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::from_str::<serde_json::Value>(s)?)
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
