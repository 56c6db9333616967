//! The command-line contract: JSONL in, JSONL out, one document a line.
//! A bad line yields an error naming it; the other lines are still processed.

use super::error::InputError;
use super::model::{Analysis, DocumentInput};
use std::io::{BufRead, Write};

/// Parse one input line (1-based `line` for messages).
pub fn parse_line(line: usize, s: &str) -> Result<DocumentInput, InputError> {
    let doc: DocumentInput = serde_json::from_str(s).map_err(|e| InputError::BadJsonLine {
        line,
        reason: e.to_string(),
    })?;
    Ok(doc)
}

/// Summary of a JSONL run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RunStats {
    pub documents: usize,
    pub errors: usize,
}

/// Analyse every line of `input`, writing one output line per good input line
/// and one message per bad line to `errors`.
pub fn run(
    input: impl BufRead,
    out: impl Write,
    errors: impl Write,
) -> Result<RunStats, InputError> {
    run_with(input, out, errors, super::Options::default())
}

/// [`run`] with analysis options (`--tokens`).
pub fn run_with(
    input: impl BufRead,
    mut out: impl Write,
    mut errors: impl Write,
    opts: super::Options,
) -> Result<RunStats, InputError> {
    let mut stats = RunStats::default();
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(i + 1, &line) {
            Ok(doc) => {
                let a: Analysis = super::analyze_with(&doc, opts);
                let json = serde_json::to_string(&a).map_err(|e| InputError::BadField {
                    line: i + 1,
                    reason: e.to_string(),
                })?;
                writeln!(out, "{json}")?;
                stats.documents += 1;
            }
            Err(e) => {
                writeln!(errors, "annalist: {e}")?;
                stats.errors += 1;
            }
        }
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_line_is_named_and_others_still_processed() {
        let input = "{\"id\":\"a\",\"text\":\"Talks in Vienna.\"}\nnot json\n{\"id\":\"c\",\"text\":\"\"}\n";
        let mut out = Vec::new();
        let mut err = Vec::new();
        let stats = run(input.as_bytes(), &mut out, &mut err).unwrap();
        assert_eq!(
            stats,
            RunStats {
                documents: 2,
                errors: 1
            }
        );
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.lines().count(), 2);
        assert!(out.lines().next().unwrap().contains("\"id\":\"a\""));
        assert!(String::from_utf8(err).unwrap().contains("line 2"));
    }

    #[test]
    fn tokens_only_on_request_in_code_points() {
        let input = "{\"id\":\"a\",\"text\":\"Zoë didn't sail.\"}\n";
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out, Vec::new()).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains("\"tokens\""));
        let mut out = Vec::new();
        let opts = crate::engine::Options { tokens: true };
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
