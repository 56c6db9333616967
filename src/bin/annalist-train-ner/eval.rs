//! Measuring only: tags every `*-dev.jsonl` (and `--conll FILE`) with given weights and writes
//! `DIR/NAME.sys.jsonl` for `score.py`.

use crate::{files, fit::viterbi, set_name};
use annalist::engine::candidates;
use annalist::engine::model::Label;
use annalist::engine::text::Doc;
use annalist::engine::typing;
use annalist::engine::typing::tagger::{self, Tagger};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The reconcile policy to measure: `NER_KEEP_RULE`, `NER_RULE_LABEL` override the engine's.
fn policy() -> typing::reconcile::Policy {
    let mut p = typing::reconcile::POLICY;
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    if let Some(v) = env("NER_KEEP_RULE") {
        p.keep_rule = v;
    }
    if let Some(v) = env("NER_SPORTS_RULES") {
        p.sports_rules = v > 0.0;
    }
    if let Some(v) = env("NER_RULE_LABEL") {
        p.rule_label = v;
    }
    p.viterbi = viterbi();
    p
}

fn evaluate(t: &Tagger, gold: &Path, out: &Path) -> Result<(), String> {
    let s = std::fs::read_to_string(gold).map_err(|e| format!("{}: {e}", gold.display()))?;
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).map_err(|e| e.to_string())?);
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let text = v["text"].as_str().unwrap_or("");
        let doc = Doc::new(text);
        let cands = candidates::find(&doc);
        let words = crate::corpus::use_pos().then(|| annalist::engine::pos::tag(&doc).to_vec());
        let cp = |b: usize| text[..b].chars().count();
        if std::env::args().any(|a| a == "--raw") {
            // `--raw`: the tagger's own spans, before reconciling with the rules and the rule
            // stages after them (measuring where F1 is lost).
            let rules = typing::classify_with(&doc, &cands, &typing::Rules);
            let mut ex = tagger::Extractor::new(&doc, &rules);
            if let Some(w) = &words {
                ex = ex.with_pos(w);
            }
            let ents: Vec<serde_json::Value> = t
                .tag(&ex)
                .into_iter()
                .map(|(r, c)| {
                    let label = match c {
                        tagger::Class::Per => Label::Person,
                        tagger::Class::Org => Label::Org,
                        tagger::Class::Loc => Label::Gpe,
                        tagger::Class::Misc => Label::Norp,
                    };
                    let (s, e) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
                    serde_json::json!({"start": cp(s), "end": cp(e), "label": label})
                })
                .collect();
            let o = serde_json::json!({"id": v["id"], "entities": ents});
            writeln!(w, "{o}").map_err(|e| e.to_string())?;
            continue;
        }
        let ms = typing::classify_policy(&doc, &cands, t, policy(), words.as_deref());
        let ents: Vec<serde_json::Value> = ms
            .iter()
            .filter(|m| m.label != Label::Item)
            .map(|m| serde_json::json!({"start": cp(m.start), "end": cp(m.end), "label": m.label}))
            .collect();
        let o = serde_json::json!({"id": v["id"], "entities": ents});
        writeln!(w, "{o}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub(crate) fn eval_all(
    t: &Tagger,
    data: &Path,
    dir: &Path,
    conll: Option<String>,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut golds = files(data, "-dev.jsonl")?;
    if let Some(c) = conll {
        golds.insert(0, PathBuf::from(c));
    }
    for g in golds {
        let name = set_name(&g, ".jsonl");
        evaluate(t, &g, &dir.join(format!("{name}.sys.jsonl")))?;
    }
    Ok(())
}
