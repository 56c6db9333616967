//! Per-stage time of one analysis, for the native benchmark (`annalist-bench stages`).
//!
//! [`timed`] runs the app's pipeline ([`super::analyze_observed`], which is
//! [`super::analyze_with`] with a hook at each stage's end) and adds the wall-clock time of
//! each stage to a running total. It exists
//! only to say which stage dominates; the result is discarded. Call it natively only:
//! it compiles for wasm32-unknown-unknown (the bench binary is built there by the wasm
//! tests), but `std::time::Instant` panics there.
//!
//! Architecture invariant: nothing in the engine calls this, and it has no pipeline of its
//! own: a stage added to `analyze_observed` gets a name in `STAGE_NAMES` and a `done(i)`.

use super::model::DocumentInput;
use super::{analyze_observed, Options, STAGE_NAMES};
use std::time::{Duration, Instant};

/// Names of the stages [`timed`] reports, in pipeline order.
pub const STAGES: [&str; 13] = STAGE_NAMES;

/// Runs one analysis of `input` (the app's own pipeline, [`analyze_observed`]), adding each
/// stage's wall-clock time to `acc` (indexed as [`STAGES`]).
pub fn timed(input: &DocumentInput, acc: &mut [Duration; STAGES.len()]) {
    let mut t = Instant::now();
    let a = analyze_observed(input, Options::default(), &mut |i| {
        let now = Instant::now();
        if let Some(a) = acc.get_mut(i) {
            *a += now - t;
        }
        t = now;
    });
    std::hint::black_box(a);
}
