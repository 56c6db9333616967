//! Typed errors of reading input. The analysis itself never fails (bad parts
//! of the input become warnings in `Analysis::warnings`); reading and writing
//! files can.
//!
//! [`LineError`] is the one "line N: reason" type of the crate: the CLI's JSONL
//! run ([`crate::engine::jsonl`]), the app's JSONL import
//! (`workspace::import`) and the watchlist CSV (`workspace::watchlist`) all
//! report a line they could not read with it. [`RunError`] is what stops a
//! whole JSONL run (the input or the output failed, not one line).

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One line (1-based) of an input file that was not read as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[error("line {line}: {reason}")]
pub struct LineError {
    /// 1-based line number in the file (for a CSV record, the line it starts on).
    pub line: usize,
    /// What is wrong with it.
    pub reason: LineReason,
    /// True when the line's document or entry was still imported, without the
    /// bad part (an unusable date, say); false when the line was skipped.
    #[serde(default)]
    pub kept: bool,
}

impl LineError {
    /// A line that was skipped.
    pub fn skipped(line: usize, reason: LineReason) -> LineError {
        LineError {
            line,
            reason,
            kept: false,
        }
    }
}

/// Why a line was not read as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineReason {
    /// The line's bytes are not UTF-8; `valid_up_to` is the byte offset
    /// (from the line's start) of the first bad byte.
    #[error("not valid UTF-8 (bad byte at byte {valid_up_to} of the line)")]
    NotUtf8 {
        /// Bytes of the line that were valid UTF-8 before the bad one.
        valid_up_to: usize,
    },
    /// Not a JSON object with a string `text` field.
    #[error("not a JSON object with a \"text\" field: {detail}")]
    NotJson {
        /// The JSON parser's message (with the column it stopped at).
        detail: String,
    },
    /// A `date` that is not `YYYY-MM-DD`.
    #[error("date {date:?} is not a calendar date in YYYY-MM-DD form; imported without a date")]
    BadDate {
        /// The date as written in the file.
        date: String,
    },
    /// A CSV field opened with a quote that the file never closes.
    #[error("a quoted field is never closed")]
    UnclosedQuote,
    /// A CSV field with text after its closing quote (`"a"b`).
    #[error("text {found:?} after a closing quote")]
    TextAfterQuote {
        /// The first character after the closing quote.
        found: char,
    },
    /// A CSV row without a header with more columns than the format has.
    #[error("{fields} fields, expected at most {expected} (name, aliases, note)")]
    TooManyFields {
        /// Fields in the row.
        fields: usize,
        /// Fields the format has.
        expected: usize,
    },
    /// A watchlist row whose name is empty (or only punctuation).
    #[error("no name")]
    NoName,
}

/// What stops a whole JSONL run: reading the input or writing the output
/// failed (a bad line is a [`LineError`], reported, and the run goes on).
#[derive(Debug, Error)]
pub enum RunError {
    /// Reading the input failed.
    #[error("could not read input: {source}")]
    Read {
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Writing the output (or an error message) failed.
    #[error("could not write output: {source}")]
    Write {
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The analysis of line `line` could not be serialised (not an I/O error).
    #[error("line {line}: could not serialise the analysis: {source}")]
    Serialize {
        /// 1-based input line.
        line: usize,
        /// serde_json's error.
        #[source]
        source: serde_json::Error,
    },
}

/// A document the engine refuses to analyse (reported as the analysis's only warning:
/// [`crate::engine::analyze`] never fails).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    /// The text is longer than [`crate::engine::text::MAX_TEXT_BYTES`]: the engine keeps
    /// byte offsets as u32 (issue 16.6). Only reachable natively (wasm32 strings are smaller).
    #[error("text of {bytes} bytes is too large to analyse (the limit is {limit} bytes)")]
    TextTooLarge {
        /// UTF-8 length of the text.
        bytes: usize,
        /// The limit, [`crate::engine::text::MAX_TEXT_BYTES`].
        limit: usize,
    },
}
