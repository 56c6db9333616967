//! The command-line contract: JSONL in, JSONL out, one document a line.
//!
//! Input is read as bytes, a line at a time, and each line is decoded on its
//! own: a line that is not UTF-8 or not a JSON document is reported as a
//! [`LineError`] naming it, and the other lines are still processed. A line
//! whose `"date"` is not `YYYY-MM-DD` is analysed without it (its `warnings`
//! say so) and named on the error stream too ([`RunStats::flagged`]). A UTF-8
//! byte-order mark at the start is ignored; blank lines are skipped.
//!
//! Architecture invariant: memory is one input line, its analysis and a
//! buffer, never the whole input or a whole output line as a string (each
//! analysis is serialised straight into the writer).

use super::error::{LineError, LineReason, RunError};
use super::model::{Analysis, DocumentInput};
use std::io::{BufRead, Write};

/// Parse one input line (1-based `line` for messages).
pub fn parse_line(line: usize, s: &str) -> Result<DocumentInput, LineError> {
    serde_json::from_str(s).map_err(|e| {
        LineError::skipped(
            line,
            LineReason::NotJson {
                detail: e.to_string(),
            },
        )
    })
}

/// Decode one raw input line (without its line end): UTF-8, or the offset of
/// the first bad byte.
pub fn decode_line(line: usize, bytes: &[u8]) -> Result<&str, LineError> {
    std::str::from_utf8(bytes).map_err(|e| {
        LineError::skipped(
            line,
            LineReason::NotUtf8 {
                valid_up_to: e.valid_up_to(),
            },
        )
    })
}

/// Summary of a JSONL run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Documents analysed and written.
    pub documents: usize,
    /// Lines reported as errors (and skipped).
    pub errors: usize,
    /// Lines analysed and written (counted in `documents`) but also reported, because
    /// their `"date"` is not `YYYY-MM-DD`: the analysis has no caller date, and its
    /// `warnings` say so. The CLI exits 1 for these as for `errors`.
    pub flagged: usize,
}

/// The output line written in place of a bad input line:
/// `{"id": "..."|null, "line": 2, "error": "not a JSON object ..."}`.
#[derive(Debug, serde::Serialize)]
struct FailedLine {
    /// The line's `"id"` when it is a JSON object with a string id, else null.
    id: Option<String>,
    /// 1-based input line number.
    line: usize,
    /// Why the line was not analysed (the same words as the stderr message).
    error: String,
}

/// The string `"id"` of a line that is a JSON object but no document ("text" missing, say).
fn id_of(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: String,
    }
    serde_json::from_slice::<Id>(bytes).ok().map(|i| i.id)
}

/// The document's `"date"` when it is given (not blank) but not `YYYY-MM-DD`.
fn bad_date(doc: &DocumentInput) -> Option<&str> {
    let date = doc.date.as_deref()?.trim();
    (!date.is_empty() && !super::time::is_iso_date(date)).then_some(date)
}

/// A line buffer larger than this is freed once its document is parsed
/// rather than kept for the next line.
const KEEP_BUFFER: usize = 1 << 20;

/// Analyse every line of `input`, writing one output line per non-blank input line
/// (its [`Analysis`], or for a bad line `{"id": "..."|null, "line": N, "error": "..."}`)
/// and one `annalist: line N: reason` message per bad line to `errors`. A line with a
/// `"date"` that is not `YYYY-MM-DD` is analysed without it and named in `errors` too
/// ([`RunStats::flagged`]).
///
/// Fails only when reading `input` or writing `out` / `errors` fails
/// ([`RunError`]); a bad line is counted in [`RunStats::errors`] instead.
///
/// ```
/// use annalist::engine::{jsonl, model::Analysis};
///
/// let input = concat!(
///     r#"{"id": "a", "text": "Kofi Mensah joined Volta Robotics in Accra."}"#, "\n",
///     "not json\n",
/// );
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let stats = jsonl::run(input.as_bytes(), &mut out, &mut err).unwrap();
/// assert_eq!((stats.documents, stats.errors), (1, 1));
/// assert!(String::from_utf8(err).unwrap().starts_with("annalist: line 2:"));
///
/// let out = String::from_utf8(out).unwrap();
/// let lines: Vec<&str> = out.lines().collect();
/// assert!(lines[1].starts_with(r#"{"id":null,"line":2,"error":"not a JSON object"#));
/// let a: Analysis = serde_json::from_str(lines[0]).unwrap();
/// assert_eq!(a.id, "a");
/// let person = a.entities.iter().find(|m| m.text == "Kofi Mensah").unwrap();
/// assert_eq!((person.start, person.end), (0, 11));
/// ```
pub fn run(input: impl BufRead, out: impl Write, errors: impl Write) -> Result<RunStats, RunError> {
    run_with(input, out, errors, super::Options::default())
}

/// [`run`] with analysis options (`--tokens`).
pub fn run_with(
    mut input: impl BufRead,
    mut out: impl Write,
    mut errors: impl Write,
    opts: super::Options,
) -> Result<RunStats, RunError> {
    let mut stats = RunStats::default();
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|source| RunError::Read { source })?;
        if n == 0 {
            break;
        }
        line += 1;
        let mut bytes = buf.as_slice();
        if line == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let doc = decode_line(line, bytes).and_then(|s| {
            if s.trim().is_empty() {
                Ok(None)
            } else {
                parse_line(line, s).map(Some)
            }
        });
        let failed_id = doc.as_ref().err().and_then(|_| id_of(bytes));
        if buf.capacity() > KEEP_BUFFER {
            buf = Vec::new();
        }
        match doc {
            Ok(None) => {}
            Ok(Some(doc)) => {
                if let Some(date) = bad_date(&doc) {
                    // Analysed all the same (the date then comes from the text, if any),
                    // but a run that looks successful would hide the mistyped date.
                    writeln!(
                        errors,
                        "annalist: line {line}: date {date:?} is not a calendar date in YYYY-MM-DD form; \
                         analysed without it (see the line's \"warnings\")"
                    )
                    .map_err(|source| RunError::Write { source })?;
                    stats.flagged += 1;
                }
                let a: Analysis = super::analyze_with(&doc, opts);
                drop(doc);
                serde_json::to_writer(&mut out, &a).map_err(|e| {
                    if e.is_io() {
                        RunError::Write { source: e.into() }
                    } else {
                        RunError::Serialize { line, source: e }
                    }
                })?;
                out.write_all(b"\n")
                    .map_err(|source| RunError::Write { source })?;
                stats.documents += 1;
            }
            Err(e) => {
                writeln!(errors, "annalist: {e}").map_err(|source| RunError::Write { source })?;
                // The output keeps one line per input document, bad ones included, so a
                // reader can pair them up by position.
                let failed = FailedLine {
                    id: failed_id,
                    line,
                    error: e.reason.to_string(),
                };
                serde_json::to_writer(&mut out, &failed)
                    .map_err(|e| RunError::Write { source: e.into() })?;
                out.write_all(b"\n")
                    .map_err(|source| RunError::Write { source })?;
                stats.errors += 1;
            }
        }
    }
    out.flush().map_err(|source| RunError::Write { source })?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &[u8]) -> (RunStats, String, String) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let stats = run(input, &mut out, &mut err).unwrap();
        (
            stats,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn bad_line_is_named_and_others_still_processed() {
        let input = "{\"id\":\"a\",\"text\":\"Talks in Vienna.\"}\nnot json\n{\"id\":\"c\",\"text\":\"\"}\n";
        let (stats, out, err) = run_on(input.as_bytes());
        assert_eq!(
            stats,
            RunStats {
                documents: 2,
                errors: 1,
                flagged: 0
            }
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(lines[0].contains("\"id\":\"a\""));
        assert!(lines[1].starts_with("{\"id\":null,\"line\":2,\"error\":\"not a JSON object"));
        assert!(lines[2].contains("\"id\":\"c\""));
        assert!(err.contains("line 2"));
    }

    #[test]
    fn invalid_utf8_names_its_line_and_the_rest_is_read() {
        let mut input = b"{\"id\":\"a\",\"text\":\"Oslo.\"}\n{\"id\":\"b\",\"text\":\"caf".to_vec();
        input.extend_from_slice(b"\xE9\"}\r\n{\"id\":\"c\",\"text\":\"Rome.\"}");
        let (stats, out, err) = run_on(&input);
        assert_eq!(stats.documents, 2, "{err}");
        assert_eq!(stats.errors, 1);
        assert!(err.contains("line 2: not valid UTF-8"), "{err}");
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let ids: Vec<_> = lines.iter().map(|l| l["id"].as_str()).collect();
        // The bad byte is in "text": the line's id is still read.
        assert_eq!(ids, [Some("a"), Some("b"), Some("c")]);
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("not valid UTF-8"));
    }

    #[test]
    fn a_json_line_without_text_keeps_its_id_in_the_output() {
        let (stats, out, _) = run_on(
            b"{\"id\":\"memo-7\",\"body\":\"Quito.\"}\n\n{\"id\":\"b\",\"text\":\"Lima.\"}\n",
        );
        assert_eq!((stats.documents, stats.errors), (1, 1));
        let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        assert_eq!(first["id"], "memo-7");
        assert_eq!(first["line"], 1);
        // The blank line 2 writes nothing.
        assert_eq!(out.lines().count(), 2);
    }

    #[test]
    fn byte_order_mark_at_the_start_is_accepted() {
        let (stats, out, err) = run_on(b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Lima.\"}\n");
        assert_eq!(stats.errors, 0, "{err}");
        assert!(out.contains("\"id\":\"a\""));
    }

    struct Broken;
    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::BrokenPipe,
                "pipe closed",
            ))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_failed_write_says_could_not_write() {
        let input = b"{\"id\":\"a\",\"text\":\"Lima.\"}\n";
        let e = run(&input[..], Broken, Vec::new()).unwrap_err();
        assert!(matches!(e, RunError::Write { .. }), "{e:?}");
        assert!(e.to_string().starts_with("could not write"), "{e}");
        let e = run(&b"nope\n"[..], Vec::new(), Broken).unwrap_err();
        assert!(e.to_string().starts_with("could not write"), "{e}");
    }

    #[test]
    fn tokens_only_on_request_in_code_points() {
        let input = "{\"id\":\"a\",\"text\":\"Zoë didn't sail.\"}\n";
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out, Vec::new()).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains("\"tokens\""));
        let mut out = Vec::new();
        let opts = crate::engine::Options {
            tokens: true,
            ..Default::default()
        };
        run_with(input.as_bytes(), &mut out, Vec::new(), opts).unwrap();
        let a: Analysis = serde_json::from_slice(&out).unwrap();
        let toks = a.tokens.unwrap();
        let spans: Vec<[usize; 2]> = toks.iter().map(|t| [t.start, t.end]).collect();
        // "Zoë" is 3 code points (4 bytes); "didn't" is two tagger words.
        assert_eq!(spans, [[0, 3], [4, 7], [7, 10], [11, 15], [15, 16]]);
        assert_eq!(toks[2].upos, "PART");
        assert_eq!(toks[4].upos, "PUNCT");
    }
}
