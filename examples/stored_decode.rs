//! Decode time of each compiled-in coded stream (`src/engine/stored.rs`): the one-time cost the
//! first analysis pays for the name/city tables and the two models (each wasm instance, the
//! page's and the worker's, pays it once). Prints figures; asserts nothing about time.
//!
//! `cargo run --profile native --example stored_decode [runs]` (default 20 runs; prints the first
//! run and the median, in ms).

use std::time::Instant;

#[allow(dead_code)]
#[path = "../src/engine/stored.rs"]
mod stored;

#[allow(dead_code)]
#[path = "../src/engine/rans.rs"]
mod rans;

#[allow(dead_code)]
#[path = "../src/engine/rowcode.rs"]
mod rowcode;

const STREAMS: [(&str, &[u8]); 5] = [
    (
        "cities",
        include_bytes!(concat!(env!("OUT_DIR"), "/cities.tsv.fc.st")),
    ),
    (
        "given names",
        include_bytes!(concat!(env!("OUT_DIR"), "/given_names.txt.fc.st")),
    ),
    (
        "surnames",
        include_bytes!(concat!(env!("OUT_DIR"), "/surnames.txt.fc.st")),
    ),
    (
        "ner",
        include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin.packed")),
    ),
    (
        "pos",
        include_bytes!(concat!(env!("OUT_DIR"), "/pos.bin.packed")),
    ),
];

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20)
        .max(1);
    println!("stream        mode  stored B  decoded B  first ms  median ms");
    let (mut first_sum, mut median_sum) = (0.0, 0.0);
    for (name, stored) in STREAMS {
        let mut times = Vec::with_capacity(runs);
        let mut len = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let out = stored::decode(std::hint::black_box(stored)).unwrap_or_default();
            times.push(t.elapsed().as_secs_f64() * 1e3);
            len = out.len();
        }
        let first = times[0];
        times.sort_by(f64::total_cmp);
        let median = times[runs / 2];
        first_sum += first;
        median_sum += median;
        println!(
            "{name:<13} {:>4}  {:>8}  {len:>9}  {first:>8.2}  {median:>9.2}",
            stored[0],
            stored.len(),
        );
    }
    println!("total                                   {first_sum:>8.2}  {median_sum:>9.2}");
}
