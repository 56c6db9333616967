//! Heap in use per pipeline stage (measuring only, issue 16.6): a counting global allocator
//! around the system one, and one analysis of the first document of a JSONL file (or of a
//! one-sentence text with `--tiny`, for the fixed part: models, lexicon, tables). For each
//! stage of `engine::STAGE_NAMES` it prints the heap live at the stage's end and the highest
//! heap seen while it ran, in MB (10^6 bytes), and bytes per input byte.
//!
//! ```text
//! python3 bench/memory-corpus.py 4 > in4.jsonl
//! cargo run --profile native --example heap_stages -- in4.jsonl
//! cargo run --profile native --example heap_stages -- --tiny
//! ```
use annalist::engine::model::DocumentInput;
use annalist::engine::{analyze_observed, Options, STAGE_NAMES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static INPLACE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            // Counted as both blocks alive for a moment (a copy, as in wasm's dlmalloc)
            // unless HEAP_STAGES_INPLACE is set (glibc moves large blocks with mremap).
            let both = if INPLACE.load(Relaxed) { 0 } else { l.size() };
            let now = LIVE.fetch_add(new, Relaxed) + new;
            PEAK.fetch_max(now - l.size() + both, Relaxed);
            LIVE.fetch_sub(l.size(), Relaxed);
        }
        q
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

fn main() {
    let arg = std::env::args()
        .nth(1)
        .expect("usage: heap_stages IN.jsonl | --tiny");
    let input: DocumentInput = if arg == "--tiny" {
        DocumentInput {
            id: "t".into(),
            text: "Ada Lind met Bo Berg in Oslo on Monday.".into(),
            date: Some("2025-01-06".into()),
        }
    } else {
        let s = std::fs::read_to_string(&arg).expect("readable JSONL file");
        let line = s.lines().next().expect("one JSON line");
        serde_json::from_str(line).expect("a document")
    };
    INPLACE.store(std::env::var_os("HEAP_STAGES_INPLACE").is_some(), Relaxed);
    let bytes = input.text.len().max(1);
    let base = LIVE.load(Relaxed);
    println!(
        "input {:.2} MB; heap before the analysis {:.2} MB",
        mb(bytes),
        mb(base)
    );
    println!(
        "{:<10} {:>9} {:>9} {:>7}",
        "stage", "live MB", "peak MB", "peak B/B"
    );
    PEAK.store(base, Relaxed);
    let mut overall = 0;
    let a = analyze_observed(&input, Options::default(), &mut |i| {
        let (live, peak) = (LIVE.load(Relaxed), PEAK.swap(LIVE.load(Relaxed), Relaxed));
        overall = overall.max(peak);
        println!(
            "{:<10} {:>9.2} {:>9.2} {:>7.2}",
            STAGE_NAMES.get(i).copied().unwrap_or("?"),
            mb(live),
            mb(peak),
            peak as f64 / bytes as f64
        );
    });
    // How many of each per-word structure, and their capacity (bytes = capacity × size).
    let doc = annalist::engine::text::Doc::new(&input.text);
    let words = annalist::engine::pos::tag(&doc);
    let clauses = annalist::engine::clause::find(&doc, &words);
    let row = |name: &str, len: usize, cap: usize, size: usize| {
        println!(
            "{name:<10} {len:>9} of {cap:>9} × {size:>3} B = {:>7.2} MB",
            mb(cap * size)
        )
    };
    use annalist::engine::{
        clause::Clause,
        text::{Sentence, Token},
    };
    use std::mem::size_of;
    row(
        "tokens",
        doc.tokens.len(),
        doc.tokens.capacity(),
        size_of::<Token>(),
    );
    row(
        "sentences",
        doc.sentences.len(),
        doc.sentences.capacity(),
        size_of::<Sentence>(),
    );
    // The tagged words are stored beside the tokens (`pos::Words`): about 1.25 bytes a word.
    println!(
        "{:<10} {:>9} in {:>22} = {:>7.2} MB",
        "words",
        words.len(),
        "",
        mb(words.heap_bytes())
    );
    row(
        "clauses",
        clauses.len(),
        clauses.capacity(),
        size_of::<Clause>(),
    );
    println!(
        "peak heap {:.2} MB ({:.2} B/B); {} mentions",
        mb(overall),
        overall as f64 / bytes as f64,
        a.entities.len()
    );
}
