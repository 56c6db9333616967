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
    mut out: impl Write,
    mut errors: impl Write,
) -> Result<RunStats, InputError> {
    let mut stats = RunStats::default();
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(i + 1, &line) {
            Ok(doc) => {
                let a: Analysis = super::analyze(&doc);
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
}
