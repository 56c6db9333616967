//! Per-stage time of one analysis, for the native benchmark (`annalist-bench stages`).
//!
//! [`timed`] runs the same stages as [`super::analyze_with`], in the same order and on
//! the same inputs, and adds the wall-clock time of each to a running total. It exists
//! only to say which stage dominates; the result is discarded. Call it natively only:
//! it compiles for wasm32-unknown-unknown (the bench binary is built there by the wasm
//! tests), but `std::time::Instant` panics there.
//!
//! Architecture invariant: nothing in the engine calls this; it mirrors the pipeline of
//! `analyze_with` and must follow it when stages are added or reordered.

use super::model::DocumentInput;
use super::{
    assemble, candidates, clause, coref, events, furniture, merge, offsets, pos, relations, text,
    time, typing,
};
use std::time::{Duration, Instant};

/// Names of the stages [`timed`] reports, in pipeline order.
pub const STAGES: [&str; 13] = [
    "tokens",
    "docdate",
    "candidates",
    "typing",
    "merge",
    "pos",
    "clause",
    "time",
    "coref",
    "events",
    "relations",
    "assemble",
    "to_model",
];

/// Runs one analysis of `input`, adding each stage's wall-clock time to `acc`
/// (indexed as [`STAGES`]).
pub fn timed(input: &DocumentInput, acc: &mut [Duration; STAGES.len()]) {
    let mut t = Instant::now();
    let mut lap = |i: usize| {
        let now = Instant::now();
        if let Some(a) = acc.get_mut(i) {
            *a += now - t;
        }
        t = now;
    };
    let doc = text::Doc::new(&input.text);
    lap(0);
    let (date, mut warnings) = time::document_date(&doc, input.date.as_deref());
    warnings.extend(time::numeric_note(&doc));
    lap(1);
    let candidates = candidates::find(&doc);
    lap(2);
    let mut mentions = typing::classify(&doc, &candidates);
    drop(candidates);
    furniture::drop_furniture(doc.text, &mut mentions);
    lap(3);
    let merged = merge::merge(&doc, &mentions);
    lap(4);
    let words = pos::tag(&doc);
    lap(5);
    let clauses = clause::find(&doc, &words);
    lap(6);
    let timexes = time::extract_with_clauses(&doc, date.as_ref().map(|d| d.0.as_str()), &clauses);
    lap(7);
    let resolved = coref::resolve(&doc, &words, &clauses, &mentions, &merged);
    lap(8);
    let reference = date.as_ref().map(|d| d.0.as_str());
    let inputs = events::Inputs {
        doc: &doc,
        words: &words,
        clauses: &clauses,
        mentions: &mentions,
        merged: &merged,
        resolved: &resolved,
    };
    let events = events::build(&inputs, &timexes, reference);
    lap(9);
    let relations = relations::extract(
        &doc, &mentions, &merged, &clauses, &resolved, &timexes, &events,
    );
    lap(10);
    let a = assemble(
        input, &doc, date, warnings, &mentions, &merged, &resolved, &timexes, &events,
    );
    lap(11);
    let map = offsets::OffsetMap::new(doc.text);
    let r = relations::to_model(&relations, &map);
    lap(12);
    std::hint::black_box((a, r));
}
