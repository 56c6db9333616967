//! Typed errors. The analysis itself never fails (bad parts of the input become
//! warnings); reading input can.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum InputError {
    #[error("line {line}: not a JSON object with a \"text\" field: {reason}")]
    BadJsonLine { line: usize, reason: String },
    #[error("line {line}: {reason}")]
    BadField { line: usize, reason: String },
    #[error("invalid date {0:?}: expected YYYY-MM-DD")]
    BadDate(String),
    #[error("could not read input: {0}")]
    Io(#[from] std::io::Error),
}
