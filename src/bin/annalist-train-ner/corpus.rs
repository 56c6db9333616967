//! The training sentences: each `*-train.jsonl` document read through the engine's own
//! tokens, rules and [`Extractor`], with its gold BIO tags and the tokens not scored.

use annalist::engine::candidates;
use annalist::engine::model::Label;
use annalist::engine::text::Doc;
use annalist::engine::typing::{self, tagger};
use std::collections::HashMap;
use std::path::Path;
use tagger::{Extractor, OUT};

#[derive(Clone)]
pub(crate) struct Sent {
    /// Static features per token.
    pub(crate) feats: Vec<Vec<u32>>,
    /// Shape and word hashes per token (for the tag features).
    pub(crate) keys: Vec<(u64, u64)>,
    pub(crate) gold: Vec<usize>,
    /// Tokens whose tag is not scored (inside an ignored span, or cut by a gold boundary).
    pub(crate) care: Vec<bool>,
    /// Tokens the tagger leaves out (always O).
    pub(crate) skip: Vec<bool>,
    pub(crate) no_misc: bool,
    /// Size of this sentence's updates (per-set balancing, `--balance`).
    pub(crate) weight: f32,
}

/// `--pos`: the tagger also reads the POS tagger's tags of each token and its neighbours
/// (measured in session 10 and not shipped: `data/models/SOURCES.md`).
pub(crate) fn use_pos() -> bool {
    std::env::args().any(|a| a == "--pos")
}

fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

pub(crate) fn load(
    path: &Path,
    no_misc: bool,
    excuse_norp: bool,
    out: &mut Vec<Sent>,
) -> Result<(), String> {
    let s = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let text = v["text"].as_str().unwrap_or("");
        let bo = byte_offsets(text);
        let span = |e: &serde_json::Value| -> Option<(usize, usize)> {
            let s = bo.get(e["start"].as_u64()? as usize)?;
            let t = bo.get(e["end"].as_u64()? as usize)?;
            Some((*s, *t))
        };
        let mut gold_spans: Vec<(usize, usize, tagger::Class)> = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let class = match e["label"].as_str().unwrap_or("") {
                "PERSON" | "PER" => tagger::Class::Per,
                "ORG" => tagger::Class::Org,
                "GPE" | "LOC" | "FAC" => tagger::Class::Loc,
                "NORP" | "EVENT" | "PRODUCT" | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "MISC" => {
                    tagger::Class::Misc
                }
                _ => continue,
            };
            if let Some((s, t)) = span(e) {
                gold_spans.push((s, t, class));
            }
        }
        let ignored: Vec<(usize, usize)> = v["other_mentions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|m| m["ignore"].as_bool() == Some(true))
            .filter_map(span)
            .collect();
        let doc = Doc::new(text);
        let cands = candidates::find(&doc);
        let rules = typing::classify_with(&doc, &cands, &typing::Rules);
        let mut ex = Extractor::new(&doc, &rules);
        if use_pos() {
            ex = ex.with_pos(&annalist::engine::pos::tag(&doc).to_vec());
        }
        let n = doc.tokens.len();
        let mut norp = vec![false; n];
        for m in rules.iter().filter(|m| m.label == Label::Norp) {
            for i in m.tokens.clone() {
                if let Some(x) = norp.get_mut(i) {
                    *x = true;
                }
            }
        }
        let mut gold = vec![OUT; n];
        let mut care = vec![true; n];
        for (i, t) in doc.tokens.iter().enumerate() {
            for &(s, e, c) in &gold_spans {
                if t.start() >= s && t.start() < e {
                    gold[i] = tagger::tag(c, t.start() == s);
                    // A token running past the gold end is cut by the boundary (a possessive
                    // or a "-based" ending is fine: reconcile trims those).
                    if t.end() > e {
                        let w = doc.tok_text(i);
                        if t.end() - candidates::tail_len(w) != e {
                            care[i] = false;
                        }
                    }
                } else if t.start() < s && t.end() > s {
                    care[i] = false;
                }
            }
            if ignored.iter().any(|&(s, e)| t.start() < e && s < t.end()) {
                care[i] = false;
            }
            // A set that marks nationality words only now and then: its O (or LOC) on a
            // word the rules call NORP is no evidence either way.
            if excuse_norp
                && norp[i]
                && matches!(tagger::untag(gold[i]), None | Some((tagger::Class::Loc, _)))
            {
                care[i] = false;
            }
        }
        for r in ex.sentences() {
            let mut feats = Vec::with_capacity(r.len());
            let mut keys = Vec::with_capacity(r.len());
            let skip: Vec<bool> = r.clone().map(|i| ex.skipped(i)).collect();
            for i in r.clone() {
                let mut f = Vec::new();
                ex.static_features(i, &mut f);
                feats.push(f);
                keys.push(ex.keys(i));
            }
            out.push(Sent {
                feats,
                keys,
                gold: gold[r.clone()].to_vec(),
                care: care[r.clone()].to_vec(),
                skip,
                no_misc,
                weight: 1.0,
            });
        }
    }
    Ok(())
}

/// Per-set balancing: each set's updates weigh `(median tokens / set tokens)^alpha`
/// (`alpha` 0: every token alike, 1: every set alike).
pub(crate) fn balance(sents: &mut [Sent], sets: &[std::ops::Range<usize>], alpha: f32) {
    if alpha == 0.0 || sets.is_empty() {
        return;
    }
    let sizes: Vec<f32> = sets
        .iter()
        .map(|r| sents[r.clone()].iter().map(|s| s.gold.len()).sum::<usize>() as f32)
        .collect();
    let mut sorted = sizes.clone();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let median = sorted[sorted.len() / 2];
    for (r, n) in sets.iter().zip(&sizes) {
        let w = (median / n.max(1.0)).powf(alpha);
        eprintln!("set weight {w:.3}");
        for s in &mut sents[r.clone()] {
            s.weight = w;
        }
    }
}

/// Feature pruning by count: static features seen on fewer than `min` tokens are dropped
/// before training.
pub(crate) fn prune_rare(sents: &mut [Sent], min: u32) {
    if min <= 1 {
        return;
    }
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for s in sents.iter() {
        for f in s.feats.iter().flatten() {
            *counts.entry(*f).or_default() += 1;
        }
    }
    for s in sents.iter_mut() {
        for f in s.feats.iter_mut() {
            f.retain(|x| counts.get(x).copied().unwrap_or(0) >= min);
        }
    }
}
