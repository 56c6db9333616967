//! Native benchmark of the engine (`make bench` runs it; build with
//! `--profile native`).
//!
//! ```text
//! annalist-bench native [--json PATH] [--corpus-bytes N] [--max-bytes N] [--budget-s S] [--min-s S]
//! annalist-bench corpus [--seed S] [--bytes N]      generated articles as JSONL on stdout
//! annalist-bench pos [--corpus-bytes N] [--min-s S] [--model PATH]  part-of-speech tagger throughput
//!                                                     (the compiled-in model, or a pos.bin file)
//! annalist-bench stages [--corpus-bytes N] [--min-s S]  time per pipeline stage over the corpus
//! ```
//!
//! `native` prints (and writes as JSON) the throughput in characters per
//! second over a generated corpus of many short articles, then how the time
//! of one document grows from 10 KB to 10 MB. Figures are reported, never
//! asserted: this machine is shared and noisy. `corpus` writes the same kind
//! of texts for the browser benchmark, so both measure like with like.

mod corpus;

use annalist::engine::{self, model::DocumentInput};
use serde_json::json;
use std::hint::black_box;
use std::io::{self, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USAGE: &str = "usage:
  annalist-bench native [--json PATH] [--corpus-bytes N] [--max-bytes N] [--budget-s S] [--min-s S]
  annalist-bench corpus [--seed S] [--bytes N]
  annalist-bench pos [--corpus-bytes N] [--min-s S] [--model PATH]   tagger throughput (words/s), tokenising excluded
  annalist-bench stages [--corpus-bytes N] [--min-s S]   share of the time per pipeline stage";

/// Seeds: the throughput corpus, the scaling texts and the browser corpus
/// differ so no stage is tuned to one stream.
const SEED_THROUGHPUT: u64 = 1;
const SEED_SCALING: u64 = 2;

struct Opts {
    json: Option<String>,
    corpus_bytes: usize,
    max_bytes: usize,
    budget: Duration,
    min_time: Duration,
    seed: u64,
    bytes: usize,
    /// A `pos.bin` to measure instead of the compiled-in model.
    model: Option<String>,
}

fn number(v: Option<&String>, name: &str) -> Result<f64, String> {
    let v = v.ok_or(format!("{name} needs a value"))?;
    let v = v.replace('_', "");
    let (digits, scale) = match v.char_indices().last() {
        Some((i, 'k' | 'K')) => (&v[..i], 1e3),
        Some((i, 'm' | 'M')) => (&v[..i], 1e6),
        _ => (v.as_str(), 1.0),
    };
    digits
        .parse::<f64>()
        .map(|x| x * scale)
        .map_err(|e| format!("{name} {v:?}: {e}"))
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        json: None,
        corpus_bytes: 2_000_000,
        max_bytes: 10_000_000,
        budget: Duration::from_secs(120),
        min_time: Duration::from_secs(3),
        seed: 3,
        bytes: 200_000,
        model: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => o.json = Some(it.next().ok_or("--json needs a path")?.clone()),
            "--corpus-bytes" => o.corpus_bytes = number(it.next(), a)? as usize,
            "--max-bytes" => o.max_bytes = number(it.next(), a)? as usize,
            "--budget-s" => o.budget = Duration::from_secs_f64(number(it.next(), a)?),
            "--min-s" => o.min_time = Duration::from_secs_f64(number(it.next(), a)?),
            "--seed" => o.seed = number(it.next(), a)? as u64,
            "--bytes" => o.bytes = number(it.next(), a)? as usize,
            "--model" => o.model = Some(it.next().ok_or("--model needs a path")?.clone()),
            other => return Err(format!("unexpected argument {other:?}\n{USAGE}")),
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.split_first() {
        Some((cmd, rest)) if cmd == "native" => parse(rest).and_then(|o| native(&o)),
        Some((cmd, rest)) if cmd == "corpus" => parse(rest).and_then(|o| write_corpus(&o)),
        Some((cmd, rest)) if cmd == "pos" => parse(rest).and_then(|o| pos_speed(&o)),
        Some((cmd, rest)) if cmd == "stages" => parse(rest).and_then(|o| stages(&o)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("annalist-bench: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Words per second of the part-of-speech tagger alone (documents tokenised
/// beforehand), repeated over the corpus for at least `--min-s`.
fn pos_speed(o: &Opts) -> Result<(), String> {
    use annalist::engine::{pos, text::Doc};
    let articles = corpus::articles(SEED_THROUGHPUT, o.corpus_bytes);
    let docs: Vec<Doc> = articles.iter().map(|a| Doc::new(&a.text)).collect();
    let loaded = match &o.model {
        Some(path) => {
            let b = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            Some(pos::Tagger::from_bytes(&b).map_err(|e| format!("{path}: {e}"))?)
        }
        None => None,
    };
    let tagger = loaded.as_ref().unwrap_or_else(|| pos::Tagger::builtin());
    let (mut words, mut rounds) = (0usize, 0usize);
    let start = Instant::now();
    while rounds == 0 || start.elapsed() < o.min_time {
        for d in &docs {
            words += black_box(pos::tag_with(tagger, d)).len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "pos tagger: {words} words in {secs:.2} s ({rounds} rounds over {} KB) = {:.2} M words/s",
        o.corpus_bytes / 1000,
        words as f64 / secs / 1e6
    );
    Ok(())
}

/// Time per pipeline stage (`engine::stages`), summed over passes of the
/// throughput corpus for at least `--min-s`, with each stage's share.
fn stages(o: &Opts) -> Result<(), String> {
    use annalist::engine::stages::{timed, STAGES};
    let docs = inputs(corpus::articles(SEED_THROUGHPUT, o.corpus_bytes));
    let chars = chars_of(&docs);
    let mut acc = [Duration::ZERO; STAGES.len()];
    // The first pass decodes the compiled-in tables: not counted.
    for d in docs.get(..docs.len().min(20)).unwrap_or(&docs) {
        timed(d, &mut acc);
    }
    acc = [Duration::ZERO; STAGES.len()];
    let (mut rounds, start) = (0usize, Instant::now());
    while rounds == 0 || start.elapsed() < o.min_time {
        stages_pass(&docs, &mut acc);
        rounds += 1;
    }
    let total: f64 = acc.iter().map(Duration::as_secs_f64).sum();
    println!(
        "stages over {rounds} pass(es) of {} articles, {chars} chars: {:.0} chars/s in all",
        docs.len(),
        (chars * rounds) as f64 / total.max(1e-9)
    );
    for (name, t) in STAGES.iter().zip(acc) {
        let s = t.as_secs_f64();
        println!(
            "{name:>12} {:>9.1} ms/pass {:>6.1} %",
            s * 1e3 / rounds as f64,
            100.0 * s / total.max(1e-9)
        );
    }
    Ok(())
}

/// One timed pass over `docs`: a function of its own so that
/// `valgrind --tool=callgrind --toggle-collect='annalist_bench::stages_pass'`
/// counts the measured passes only (not the corpus, the decode, the warm-up).
#[inline(never)]
fn stages_pass(
    docs: &[DocumentInput],
    acc: &mut [Duration; annalist::engine::stages::STAGES.len()],
) {
    for d in docs {
        annalist::engine::stages::timed(d, acc);
    }
}

fn write_corpus(o: &Opts) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for a in corpus::articles(o.seed, o.bytes) {
        let line = json!({ "id": a.id, "text": a.text, "date": a.date });
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn inputs(articles: Vec<corpus::Article>) -> Vec<DocumentInput> {
    articles
        .into_iter()
        .map(|a| DocumentInput {
            id: a.id,
            text: a.text,
            date: Some(a.date),
        })
        .collect()
}

/// What the engine found: printed so a fast figure from an engine that
/// finds nothing is visible as such.
#[derive(Default, Clone, Copy)]
struct Found {
    mentions: usize,
    entities: usize,
    timexes: usize,
    events: usize,
}

fn analyse_all(docs: &[DocumentInput]) -> Found {
    let mut f = Found::default();
    for d in docs {
        let a = black_box(engine::analyze(black_box(d)));
        f.mentions += a.entities.len();
        f.entities += a.entity_list.len();
        f.timexes += a.timex.len();
        f.events += a.events.len();
    }
    f
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    match xs.len() {
        0 => 0.0,
        n if n % 2 == 1 => xs[n / 2],
        n => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

/// Times `run` until `min` has passed (once at least, 50 times at most);
/// returns the median seconds of one run and the number of runs.
fn time_runs(min: Duration, mut run: impl FnMut()) -> (f64, usize) {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.is_empty() || (start.elapsed() < min && times.len() < 50) {
        let t = Instant::now();
        run();
        times.push(t.elapsed().as_secs_f64());
    }
    let n = times.len();
    (median(&mut times), n)
}

fn chars_of(docs: &[DocumentInput]) -> usize {
    docs.iter().map(|d| d.text.chars().count()).sum()
}

fn native(o: &Opts) -> Result<(), String> {
    println!("== native engine throughput (annalist-bench native) ==");
    let docs = inputs(corpus::articles(SEED_THROUGHPUT, o.corpus_bytes));
    let chars = chars_of(&docs);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let warm = docs.get(..docs.len().min(20)).unwrap_or(&docs);
    analyse_all(warm);
    let mut found = Found::default();
    let (secs, runs) = time_runs(o.min_time, || found = analyse_all(&docs));
    let cps = chars as f64 / secs.max(1e-9);
    println!(
        "corpus: {} generated articles, {bytes} bytes, {chars} chars (seed {SEED_THROUGHPUT})",
        docs.len()
    );
    println!(
        "found per pass: {} mentions, {} entities, {} time expressions, {} events",
        found.mentions, found.entities, found.timexes, found.events
    );
    println!(
        "median of {runs} passes: {:.1} ms/pass, {:.0} chars/s ({:.2} MB/s)",
        secs * 1e3,
        cps,
        bytes as f64 / secs.max(1e-9) / 1e6
    );

    println!("\n== scaling: one document vs. the same text as articles ==");
    println!(
        "{:>10} {:>10} {:>12} {:>14} {:>12} {:>14} {:>8}",
        "bytes", "chars", "1 doc ms", "1 doc chars/s", "articles ms", "art. chars/s", "cost×"
    );
    let sizes = [10_000usize, 100_000, 1_000_000, 10_000_000];
    let mut rows = Vec::new();
    let mut points: Vec<(f64, f64)> = Vec::new();
    let mut skipped = Vec::new();
    for &size in sizes.iter().filter(|&&s| s <= o.max_bytes) {
        if let Some(predicted) = predict(&points, size as f64) {
            if predicted > o.budget.as_secs_f64() {
                println!(
                    "{size:>10} skipped: predicted {predicted:.0} s for one run, over the {:.0} s budget",
                    o.budget.as_secs_f64()
                );
                skipped.push(json!({ "bytes": size, "predicted_s": predicted }));
                continue;
            }
        }
        let docs = inputs(corpus::articles(SEED_SCALING, size));
        let joined: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let one = DocumentInput {
            id: format!("one-{size}"),
            text: joined.join("\n\n"),
            date: docs.first().and_then(|d| d.date.clone()),
        };
        let chars = one.text.chars().count();
        let min = o.min_time / 4;
        let (single, _) = time_runs(min, || {
            black_box(engine::analyze(black_box(&one)));
        });
        let (split, _) = time_runs(min, || {
            analyse_all(&docs);
        });
        points.push((chars as f64, single));
        let cost = per_char_ratio(&points);
        println!(
            "{:>10} {:>10} {:>12.2} {:>14.0} {:>12.2} {:>14.0} {:>8.2}",
            one.text.len(),
            chars,
            single * 1e3,
            chars as f64 / single.max(1e-9),
            split * 1e3,
            chars_of(&docs) as f64 / split.max(1e-9),
            cost
        );
        rows.push(json!({
            "bytes": one.text.len(),
            "chars": chars,
            "single_doc_ms": single * 1e3,
            "single_doc_chars_per_s": chars as f64 / single.max(1e-9),
            "articles": docs.len(),
            "articles_ms": split * 1e3,
            "articles_chars_per_s": chars_of(&docs) as f64 / split.max(1e-9),
        }));
    }
    let exponent = growth_exponent(&points);
    let verdict = match exponent {
        Some(k) if k <= 1.15 => "linear",
        Some(_) => "SUPERLINEAR",
        None => "not enough sizes",
    };
    println!(
        "cost× = time per char relative to the smallest size; growth exponent {} ({verdict})",
        exponent.map_or("n/a".to_string(), |k| format!("{k:.3}"))
    );

    if let Some(path) = &o.json {
        let doc = json!({
            "native_chars_per_s": cps,
            "native_bytes_per_s": bytes as f64 / secs.max(1e-9),
            "native_corpus": { "articles": docs.len(), "bytes": bytes, "chars": chars, "seed": SEED_THROUGHPUT, "passes": runs },
            "native_found_per_pass": { "mentions": found.mentions, "entities": found.entities, "timexes": found.timexes, "events": found.events },
            "native_scaling": rows,
            "native_scaling_skipped": skipped,
            "native_growth_exponent": exponent,
            "native_scaling_verdict": verdict,
        });
        let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("{path}: {e}"))?;
        println!("wrote {path}");
    }
    Ok(())
}

/// Least-squares slope of log(time) against log(chars) over the sizes from
/// 100 KB up (the 10 KB run is dominated by fixed costs); 1.0 is linear.
fn growth_exponent(points: &[(f64, f64)]) -> Option<f64> {
    let pts: Vec<(f64, f64)> = points
        .iter()
        .filter(|(c, t)| *c >= 50_000.0 && *t > 0.0)
        .map(|(c, t)| (c.ln(), t.ln()))
        .collect();
    let pts = if pts.len() >= 2 {
        pts
    } else {
        points
            .iter()
            .filter(|(_, t)| *t > 0.0)
            .map(|(c, t)| (c.ln(), t.ln()))
            .collect()
    };
    if pts.len() < 2 {
        return None;
    }
    let n = pts.len() as f64;
    let mx = pts.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pts.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

/// Time per char of the last point over the first one.
fn per_char_ratio(points: &[(f64, f64)]) -> f64 {
    match (points.first(), points.last()) {
        (Some(&(c0, t0)), Some(&(c1, t1))) if c0 > 0.0 && c1 > 0.0 && t0 > 0.0 => {
            (t1 / c1) / (t0 / c0)
        }
        _ => 1.0,
    }
}

/// Seconds one run of `chars` would take if the growth seen so far goes on
/// (never assuming better than linear).
fn predict(points: &[(f64, f64)], chars: f64) -> Option<f64> {
    let &(c1, t1) = points.last()?;
    let k = if points.len() >= 2 {
        let &(c0, t0) = points.get(points.len() - 2)?;
        if t0 > 0.0 && c1 > c0 {
            ((t1 / t0).ln() / (c1 / c0).ln()).max(1.0)
        } else {
            1.0
        }
    } else {
        1.0
    };
    Some(t1 * (chars / c1).powf(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_exponent_tells_linear_from_quadratic() {
        let linear: Vec<(f64, f64)> = [1e4, 1e5, 1e6, 1e7]
            .iter()
            .map(|&c| (c, c * 2e-8))
            .collect();
        let quadratic: Vec<(f64, f64)> = [1e4, 1e5, 1e6]
            .iter()
            .map(|&c| (c, c * c * 1e-12))
            .collect();
        let k = growth_exponent(&linear).unwrap_or(0.0);
        assert!((k - 1.0).abs() < 1e-9, "{k}");
        let k = growth_exponent(&quadratic).unwrap_or(0.0);
        assert!((k - 2.0).abs() < 1e-9, "{k}");
        assert_eq!(growth_exponent(&linear[..1]), None);
    }

    #[test]
    fn prediction_extrapolates_the_observed_growth_and_never_below_linear() {
        let quad = [(1e4, 0.01), (1e5, 1.0)];
        let p = predict(&quad, 1e6).unwrap_or(0.0);
        assert!((p - 100.0).abs() < 1e-6, "{p}");
        let sub = [(1e4, 1.0), (1e5, 2.0)];
        let p = predict(&sub, 1e6).unwrap_or(0.0);
        assert!((p - 20.0).abs() < 1e-6, "{p}");
        assert_eq!(predict(&[], 1e6), None);
    }

    #[test]
    fn numbers_accept_suffixes() {
        let s = |x: &str| x.to_string();
        assert_eq!(number(Some(&s("10k")), "x"), Ok(10_000.0));
        assert_eq!(number(Some(&s("2M")), "x"), Ok(2_000_000.0));
        assert_eq!(number(Some(&s("1_500")), "x"), Ok(1_500.0));
        assert!(number(Some(&s("ten")), "x").is_err());
        assert!(number(None, "x").is_err());
    }

    #[test]
    fn the_engine_finds_things_in_generated_articles() {
        // The throughput figure means something only if the engine works on
        // this text: it must at least split sentences and never lose offsets.
        let docs = inputs(corpus::articles(4, 5_000));
        for d in &docs {
            let a = engine::analyze(d);
            assert!(a.sentences.len() > 3, "{} sentences", a.sentences.len());
            let n = d.text.chars().count();
            for m in &a.entities {
                assert!(m.start < m.end && m.end <= n);
            }
        }
    }
}
