//! Recall ceilings of the name stages on a gold file (measuring only): the share of gold names
//! (CoNLL classes) whose exact span is a token range, a candidate span, a rule mention, a tagger
//! span, and a final mention (any label).
//!
//! ```text
//! cargo run --profile native --example ner_ceiling -- GOLD.jsonl
//! ```
use annalist::engine::candidates;
use annalist::engine::text::Doc;
use annalist::engine::typing::{self, tagger};
use std::collections::HashSet;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: ner_ceiling GOLD.jsonl");
    let s = std::fs::read_to_string(&path).expect("readable gold file");
    let (mut n, mut tok, mut cand, mut rule, mut tag, mut fin) = (0, 0, 0, 0, 0, 0);
    let (mut rule_right, mut tag_right) = (0, 0);
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().unwrap_or("");
        let bo: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let doc = Doc::new(text);
        let cands = candidates::find(&doc);
        let rules = typing::classify_with(&doc, &cands, &typing::Rules);
        let ex = tagger::Extractor::new(&doc, &rules);
        let spans = tagger::tagger().tag(&ex);
        let fin_ms = typing::classify(&doc, &cands);
        let starts: HashSet<usize> = doc.tokens.iter().map(|t| t.start()).collect();
        let ends: HashSet<usize> = doc.tokens.iter().map(|t| t.end()).collect();
        let cs: HashSet<(usize, usize)> = cands.iter().map(|c| (c.start, c.end)).collect();
        let rs: HashSet<(usize, usize)> = rules.iter().map(|m| (m.start, m.end)).collect();
        let ts: HashSet<(usize, usize)> = spans
            .iter()
            .map(|(r, _)| (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
            .collect();
        let fs: HashSet<(usize, usize)> = fin_ms.iter().map(|m| (m.start, m.end)).collect();
        for e in v["entities"].as_array().into_iter().flatten() {
            let (Some(a), Some(b)) = (e["start"].as_u64(), e["end"].as_u64()) else {
                continue;
            };
            let (a, b) = (bo[a as usize], bo[b as usize]);
            n += 1;
            tok += usize::from(starts.contains(&a) && ends.contains(&b));
            cand += usize::from(cs.contains(&(a, b)));
            rule += usize::from(rs.contains(&(a, b)));
            tag += usize::from(ts.contains(&(a, b)));
            fin += usize::from(fs.contains(&(a, b)));
            let over = |set: &HashSet<(usize, usize)>| set.iter().any(|&(x, y)| x < b && a < y);
            if rs.contains(&(a, b)) && !ts.contains(&(a, b)) && over(&ts) {
                rule_right += 1;
            }
            if ts.contains(&(a, b)) && !rs.contains(&(a, b)) && over(&rs) {
                tag_right += 1;
            }
        }
    }
    let p = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!(
        "{n} gold: tokens {:.1}  candidates {:.1}  rules {:.1}  tagger {:.1}  final {:.1}  boundary: rule right {rule_right}, tagger right {tag_right}",
        p(tok),
        p(cand),
        p(rule),
        p(tag),
        p(fin)
    );
}
