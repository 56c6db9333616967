//! Build script: stores the three large lexicon tables (given names, surnames, cities) in the
//! binary front-coded, not as the text files they are kept as in `data/lexicons/`.
//!
//! Front coding: rows sorted so that neighbours share a prefix, each row written as one byte
//! (how many leading bytes it shares with the row before, at most 255), the rest of the row, then
//! `\n`. On the 36k rows this shrinks what the browser downloads (the wasm, gzip -9) by about
//! 30 KB against the plain tables; `src/engine/lexicon.rs` (`front_decoded`) reads it back.
//! Comment rows (`#`) and blank rows are dropped; the order of rows that share a lower-case key
//! (the first column) is kept, so "first row wins" lookups give the same answer.
//!
//! Output: `$OUT_DIR/{given_names.txt,surnames.txt,cities.tsv}.fc`.

use std::path::Path;

const TABLES: [&str; 3] = ["given_names.txt", "surnames.txt", "cities.tsv"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in TABLES {
        let src = Path::new("data/lexicons").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src).expect("lexicon table is readable UTF-8");
        std::fs::write(
            Path::new(&out).join(format!("{name}.fc")),
            front_code(&text),
        )
        .expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// Rows sorted by their lower-cased first column (stable: equal keys keep their order), then
/// front-coded.
fn front_code(text: &str) -> Vec<u8> {
    let mut rows: Vec<(String, &str)> = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| (l.split('\t').next().unwrap_or(l).to_lowercase(), l))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::with_capacity(text.len());
    let mut prev: &[u8] = &[];
    for (_, row) in rows {
        let row = row.as_bytes();
        let shared = prev
            .iter()
            .zip(row)
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&row[shared..]);
        out.push(b'\n');
        prev = row;
    }
    out
}
