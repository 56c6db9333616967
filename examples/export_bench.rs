//! Benchmark of the exports (src/export*): prints, for one generated article
//! of 100 KB, 1 MB and 4 MB, the engine's time and each export's best of
//! three runs in ms and MB/s of input text. Figures are printed, never
//! asserted. Growth from 1 MB to 4 MB should be about 4×: every export is linear.
//!
//! ```text
//! cargo run --release --example export_bench
//! ```

use annalist::engine::model::DocumentInput;
use annalist::export::{self, csv, fragment, html, svg, timeline, Bundle, Document};
use std::time::Instant;

fn time<T>(label: &str, bytes: usize, f: impl Fn() -> T) {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "  {label:<14} {:>9.2} ms {:>9.1} MB/s",
        best * 1e3,
        bytes as f64 / best / 1e6
    );
}

fn main() {
    let para = "Chancellor Olaf Scholz met Xi Jinping in Beijing on 16 April 2024, a week after \
        Antony Blinken visited Vienna. Hikvision and iRay Technology were named; exports of \
        machine tools fell 12% in May. ";
    for size in [100_000usize, 1_000_000, 4_000_000] {
        let text = para.repeat(size / para.len() + 1);
        let n = text.len();
        let t = Instant::now();
        let d = Document::analyze(DocumentInput {
            id: "bench".into(),
            text,
            date: Some("2024-04-20".into()),
        });
        println!(
            "{n} bytes: engine {:.0} ms; {} mentions, {} entities, {} events",
            t.elapsed().as_secs_f64() * 1e3,
            d.analysis.entities.len(),
            d.analysis.entity_list.len(),
            d.analysis.events.len()
        );
        let docs = vec![d];
        time("jsonl", n, || export::to_jsonl(&docs));
        time("csv entities", n, || csv::entities(&docs));
        time("csv mentions", n, || csv::mentions(&docs));
        time("csv events", n, || csv::events(&docs));
        time("timelinejs", n, || timeline::timelinejs(&docs, "t"));
        time("svg", n, || svg::timeline(&docs));
        let bundle = Bundle::new(docs, serde_json::Value::Null);
        time("html page", n, || html::page(&bundle, "t"));
        let Ok(page) = html::page(&bundle, "t") else {
            continue;
        };
        time("html read", n, || html::read(&page));
    }
    for repeat in [3, 20] {
        let doc = DocumentInput {
            id: String::new(),
            text: para.repeat(repeat),
            date: Some("2024-04-20".into()),
        };
        match fragment::encode(&doc) {
            Ok(f) => println!(
                "share link: {} bytes of text -> fragment of {} characters",
                doc.text.len(),
                f.len()
            ),
            Err(e) => println!("share link: {e}"),
        }
    }
}
