//! Per-stage name spans on a gold file (measuring only): for each document, the candidate
//! spans, the rules' mentions, the tagger's spans and the final mentions, as JSONL with
//! code-point offsets, for error analysis (which stage lost or mistyped a gold name).
//!
//! ```text
//! cargo run --profile native --example ner_stages -- GOLD.jsonl > stages.jsonl
//! ```
use annalist::engine::candidates;
use annalist::engine::text::Doc;
use annalist::engine::typing::{self, tagger};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: ner_stages GOLD.jsonl");
    let s = std::fs::read_to_string(&path).expect("readable gold file");
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().unwrap_or("");
        let cp = |b: usize| text[..b].chars().count();
        let doc = Doc::new(text);
        let cands = candidates::find(&doc);
        let rules = typing::classify_with(&doc, &cands, &typing::Rules);
        let ex = tagger::Extractor::new(&doc, &rules);
        let spans = tagger::tagger().tag(&ex);
        let fin = typing::classify(&doc, &cands);
        let c: Vec<_> = cands.iter().map(|c| (cp(c.start), cp(c.end))).collect();
        let r: Vec<_> = rules
            .iter()
            .map(|m| {
                (
                    cp(m.start),
                    cp(m.end),
                    format!("{:?}", m.label),
                    m.confidence,
                )
            })
            .collect();
        let t: Vec<_> = spans
            .iter()
            .map(|(r, k)| {
                (
                    cp(doc.tokens[r.start].start()),
                    cp(doc.tokens[r.end - 1].end()),
                    format!("{k:?}"),
                )
            })
            .collect();
        let f: Vec<_> = fin
            .iter()
            .map(|m| (cp(m.start), cp(m.end), format!("{:?}", m.label)))
            .collect();
        println!(
            "{}",
            serde_json::json!({"id": v["id"], "cands": c, "rules": r, "tagger": t, "final": f})
        );
    }
}
