//! `annalist._annalist`: the engine behind the Python package `annalist`.
//!
//! Two functions, both returning the JSONL contract (`annalist::engine::model::Analysis`)
//! serialized as JSON text, exactly the bytes one line of `annalist extract --jsonl` holds;
//! the pure-Python layer (`annalist/__init__.py`) turns them into dicts with `json.loads`.
//! Offsets in that JSON are Unicode code points, end-exclusive (what Python's `str` counts).
//!
//! The GIL is released (`Python::detach`, PyO3's name for `allow_threads`) for the analysis
//! and the serialization, so other Python threads run meanwhile; `extract_many_json` spreads
//! its documents over a pool of scoped std threads.

use annalist::engine::error::{LineError, RunError};
use annalist::engine::{self, jsonl, model::DocumentInput};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

pyo3::create_exception!(
    annalist,
    PyInputError,
    PyValueError,
    "A document the engine cannot read (not a JSON object with a string \"text\", ...).\n\nThe message is the Rust `LineError`'s; \"line N\" is the document's 1-based position."
);

/// Why one document of a batch gave no JSON: a bad input line (`InputError` in Python) or
/// an analysis serde could not serialise (`RuntimeError`; not expected to happen).
enum Failure {
    Line(LineError),
    Run(RunError),
}

impl From<Failure> for PyErr {
    fn from(f: Failure) -> PyErr {
        match f {
            Failure::Line(e) => PyInputError::new_err(e.to_string()),
            Failure::Run(e) => PyRuntimeError::new_err(e.to_string()),
        }
    }
}

/// Analyse one parsed document and serialize it as one line of the JSONL contract
/// (the bytes `engine::jsonl::run` writes for it, without the newline).
fn analyse_json(doc: &DocumentInput, line: usize) -> Result<String, Failure> {
    let a = engine::analyze(doc);
    serde_json::to_string(&a).map_err(|source| Failure::Run(RunError::Serialize { line, source }))
}

/// Analyse one text; returns the analysis as one JSONL-contract line (a JSON object).
///
/// `date` is the publication date `YYYY-MM-DD` (an invalid one becomes a warning in the
/// result, as in the CLI); `id` is copied to the result's `"id"`.
#[pyfunction]
#[pyo3(signature = (text, date=None, id=String::new()))]
fn extract_json(
    py: Python<'_>,
    text: String,
    date: Option<String>,
    id: String,
) -> PyResult<String> {
    let doc = DocumentInput { id, text, date };
    Ok(py.detach(|| analyse_json(&doc, 1))?)
}

/// Analyse many documents, each given as one JSONL input line
/// (`{"id": str?, "text": str, "date": "YYYY-MM-DD"?}`), on `threads` OS threads.
///
/// Returns one JSONL-contract line per input, in input order. The first bad line raises
/// `InputError` naming its 1-based position ("line 3: ..."); no partial result is returned.
#[pyfunction]
#[pyo3(signature = (lines, threads=None))]
fn extract_many_json(
    py: Python<'_>,
    lines: Vec<String>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    py.detach(|| run_pool(&lines, threads))
        .map_err(|e| match e {
            PoolError::Failed(f) => f.into(),
            PoolError::Panic => PyRuntimeError::new_err("annalist: a worker thread panicked"),
        })
}

enum PoolError {
    Failed(Failure),
    Panic,
}

/// Parse and analyse `lines` on `threads` scoped threads that take the next line from a
/// shared counter (documents vary in length, so no fixed split). Results keep input order.
fn run_pool(lines: &[String], threads: usize) -> Result<Vec<String>, PoolError> {
    let one = |i: usize| -> Result<String, Failure> {
        let doc = jsonl::parse_line(i + 1, &lines[i]).map_err(Failure::Line)?;
        analyse_json(&doc, i + 1)
    };
    let threads = threads.min(lines.len()).max(1);
    if threads == 1 {
        return (0..lines.len())
            .map(one)
            .collect::<Result<_, _>>()
            .map_err(PoolError::Failed);
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Result<String, Failure>>>> =
        lines.iter().map(|_| Mutex::new(None)).collect();
    let all_joined = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= lines.len() {
                        break;
                    }
                    let r = one(i);
                    let failed = r.is_err();
                    *slots[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
                    if failed {
                        // Stop the others early: nothing after an error is returned.
                        next.store(lines.len(), Ordering::Relaxed);
                        break;
                    }
                })
            })
            .collect();
        workers.into_iter().all(|w| w.join().is_ok())
    });
    if !all_joined {
        return Err(PoolError::Panic);
    }
    // Lines are handed out in increasing order and a worker finishes the line it holds, so
    // every slot before the first failed one is filled: the first `Err` in order is reached
    // before any empty slot, and it is the one reported.
    let mut out = Vec::with_capacity(lines.len());
    for slot in slots {
        match slot.into_inner().unwrap_or_else(|p| p.into_inner()) {
            Some(Ok(json)) => out.push(json),
            Some(Err(e)) => return Err(PoolError::Failed(e)),
            None => return Err(PoolError::Panic),
        }
    }
    Ok(out)
}

/// The engine behind the `annalist` Python package.
#[pymodule]
fn _annalist(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many_json, m)?)?;
    m.add("InputError", m.py().get_type::<PyInputError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
