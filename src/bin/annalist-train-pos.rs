//! Train the part-of-speech tagger (`make train` runs it through
//! `scripts/train/pos.sh`).
//!
//! ```text
//! annalist-train-pos --train pos-train.conllu --dev pos-dev.conllu --out data/models/pos.bin
//!                    [--epochs N] [--min-count N] [--keep N[,N...]] [--key-bits B]
//!                    [--min-code C] [--max-code C] [--drop T,T...] [--freq-power P]
//!                    [--dict-min N] [--dict-share S] [--seeds N] [--seed-base N]
//!                    [--refit N] [--refit-min-code C] [--show FILE]
//! annalist-train-pos --model pos.bin --dev pos-dev.conllu [--show FILE]
//! ```
//!
//! `--model` trains nothing: it measures a written model on `--dev` (and shows
//! its tags of `--show`).
//!
//! `--keep` with several values is a size sweep: each model is written to
//! `--out.N` and measured. `--key-bits` cuts feature hashes (the keys then cost
//! about a byte each); `--drop` leaves feature templates out (their numbers:
//! the order of `static_features`, then `tag_features`, then `right_features`;
//! leaving out all right-tag templates gives a one-pass tagger); `--freq-power`
//! ranks features for pruning by L1 × count^P; `--seeds N` trains N times over
//! differently seeded shuffles (seeds `--seed-base`.., 0 by default; another
//! base tells a real gain from one shuffle's luck) and takes the mean of the
//! averaged weights. `--refit N` trains N more times on only the quantized,
//! pruned model's features and non-zero tags (the weights left make up for the
//! ones dropped), quantizing each refit with codes under `--refit-min-code`
//! dropped. `--show FILE` prints each written model's tags of FILE's lines
//! (one sentence a line, words split at spaces).
//!
//! An averaged perceptron over the features of
//! `annalist::engine::pos::features` (the very code inference uses), trained
//! greedily left to right in the tagger's two passes with a fixed shuffle
//! seed (a sentence's updates wait until both passes have tagged it, so the
//! second pass learns from first-pass tags as wrong as they are at tagging
//! time), then quantized to `i8`,
//! pruned to the `--keep` strongest features and written in the format
//! `Tagger::from_bytes` reads. The written file is loaded back and measured on
//! `--dev`: that accuracy is the one that counts. Deterministic: the same
//! inputs give the same bytes (sorted keys, a seeded shuffle, no hash-map
//! iteration order in the output).

use annalist::engine::pos::features::{
    right_features, static_features, tag_features, WordHashes, FIRST_RIGHT, N_DYNAMIC, N_RIGHT,
    N_STATIC, N_TAGS,
};
use annalist::engine::pos::{Tagger, Upos};
use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;

#[path = "train_pos/encode.rs"]
mod encode;
#[path = "train_pos/perceptron.rs"]
mod perceptron;
use encode::encode;
use perceptron::Perceptron;

struct Sentence {
    words: Vec<WordHashes>,
    gold: Vec<usize>,
}

fn read_conllu(path: &str) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: Vec::new(),
        gold: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        words: Vec::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 || cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let tag = Upos::parse(cols[3])
            .ok_or_else(|| format!("{path}:{}: unknown UPOS {:?}", n + 1, cols[3]))?;
        cur.words.push(WordHashes::new(cols[1]));
        cur.gold.push(tag.index());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Frequent words seen with one tag (almost) always: tagged without the model.
fn tag_dictionary(train: &[Sentence], min_n: u32, min_share: f64) -> BTreeMap<u32, u8> {
    let mut counts: HashMap<u32, [u32; N_TAGS]> = HashMap::new();
    for s in train {
        for (w, &g) in s.words.iter().zip(&s.gold) {
            counts.entry(w.cased).or_insert([0; N_TAGS])[g] += 1;
        }
    }
    let mut dict = BTreeMap::new();
    for (k, c) in counts {
        let n: u32 = c.iter().sum();
        let (t, &m) = c
            .iter()
            .enumerate()
            .max_by_key(|&(t, &m)| (m, std::cmp::Reverse(t)))
            .unwrap_or((0, &0));
        if n >= min_n && f64::from(m) / f64::from(n) >= min_share {
            dict.insert(k, t as u8);
        }
    }
    dict
}

fn argmax_f(scores: &[f32; N_TAGS]) -> usize {
    let mut b = 0;
    for (t, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = t;
        }
    }
    b
}

/// Which templates are used and how many bits of each hash are kept.
#[derive(Clone, Copy)]
struct Space {
    key_bits: u8,
    templates: u64,
}

impl Space {
    fn mask(self) -> u32 {
        if self.key_bits >= 32 {
            u32::MAX
        } else {
            (1u32 << self.key_bits) - 1
        }
    }
}

impl Space {
    /// Whether the model tags twice (a right-tag template is in use).
    fn two_pass(self) -> bool {
        self.templates >> FIRST_RIGHT != 0
    }
}

/// All features of position `i` given the two previous tags and, in the
/// second pass, the first pass's tags (`first`), as the tagger computes them
/// (templates not in use left out, hashes cut to the key bits).
fn features_at(
    sp: Space,
    s: &Sentence,
    i: usize,
    (t1, t2): (usize, usize),
    first: Option<&[usize]>,
    out: &mut Vec<u32>,
) {
    let mut st = [0u32; N_STATIC];
    let mut dy = [0u32; N_DYNAMIC];
    let mut rt = [0u32; N_RIGHT];
    let n_static = static_features(&s.words, i, &mut st);
    tag_features(&s.words[i], t1, t2, &mut dy);
    let n = match first {
        Some(f) => {
            let next = |j: usize| f.get(j).copied().unwrap_or(N_TAGS);
            right_features(&s.words[i], t1, next(i + 1), next(i + 2), &mut rt);
            N_RIGHT
        }
        None => 0,
    };
    out.clear();
    let mask = sp.mask();
    // Template numbers: static k, then tag-dependent and right-tag from N_STATIC.
    out.extend(
        st[..n_static]
            .iter()
            .enumerate()
            .chain(
                dy.iter()
                    .chain(rt[..n].iter())
                    .enumerate()
                    .map(|(k, f)| (N_STATIC + k, f)),
            )
            .filter(|&(k, _)| sp.templates >> k & 1 != 0)
            .map(|(_, &f)| f & mask),
    );
}

/// One greedy left-to-right pass over `s` (the second when `first` holds the
/// first pass's tags), scored by `avg` or else the current weights. With
/// `errors`, each wrong guess is recorded (features, gold, guess) for an
/// update after the whole sentence is tagged: the second pass then sees
/// first-pass tags as wrong as they will be at tagging time.
#[allow(clippy::too_many_arguments)]
fn pass(
    sp: Space,
    p: &Perceptron,
    avg: Option<&[[f32; N_TAGS]]>,
    dict: &BTreeMap<u32, u8>,
    s: &Sentence,
    first: Option<&[usize]>,
    mut errors: Option<&mut Vec<Errors>>,
    feats: &mut Vec<u32>,
) -> Vec<usize> {
    let mut tags = Vec::with_capacity(s.words.len());
    let (mut t1, mut t2) = (N_TAGS, N_TAGS + 1);
    for i in 0..s.words.len() {
        let guess = if let Some(&d) = dict.get(&s.words[i].cased) {
            usize::from(d)
        } else {
            features_at(sp, s, i, (t1, t2), first, feats);
            let mut scores = [0f32; N_TAGS];
            p.score(avg.unwrap_or(&p.w), feats, &mut scores);
            let guess = argmax_f(&scores);
            if let Some(errors) = errors.as_deref_mut() {
                if guess != s.gold[i] {
                    errors.push((feats.clone(), s.gold[i], guess));
                }
            }
            guess
        };
        tags.push(guess);
        t2 = t1;
        t1 = guess;
    }
    tags
}

/// Tag `s` as the tagger does: one pass, or two.
fn decode(
    sp: Space,
    p: &mut Perceptron,
    avg: Option<&[[f32; N_TAGS]]>,
    dict: &BTreeMap<u32, u8>,
    s: &Sentence,
    learn: bool,
    feats: &mut Vec<u32>,
) -> Vec<usize> {
    let mut errors = Vec::new();
    let mut record = learn.then_some(&mut errors);
    let first = pass(sp, p, avg, dict, s, None, record.as_deref_mut(), feats);
    let tags = if sp.two_pass() {
        pass(sp, p, avg, dict, s, Some(&first), record, feats)
    } else {
        first
    };
    if learn {
        p.clock += 1;
        for (f, gold, guess) in &errors {
            p.bump(f, *gold, 1.0);
            p.bump(f, *guess, -1.0);
        }
    }
    tags
}

/// A wrong guess of training: its features, the gold tag, the guessed tag.
type Errors = (Vec<u32>, usize, usize);

#[allow(clippy::too_many_arguments)]
fn train(
    sp: Space,
    train: &[Sentence],
    dev: &[Sentence],
    dict: &BTreeMap<u32, u8>,
    epochs: usize,
    min_count: u32,
    seed: u64,
    support: Option<&BTreeMap<u32, u32>>,
) -> Perceptron {
    // Features seen at least `min_count` times with gold history (and gold
    // tags to the right).
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut feats = Vec::new();
    for s in train {
        let (mut t1, mut t2) = (N_TAGS, N_TAGS + 1);
        for i in 0..s.words.len() {
            let first = sp.two_pass().then_some(&s.gold[..]);
            features_at(sp, s, i, (t1, t2), first, &mut feats);
            for &f in &feats {
                *counts.entry(f).or_insert(0) += 1;
            }
            t2 = t1;
            t1 = s.gold[i];
        }
    }
    // A refit trains only the quantized model's features and non-zero tags.
    let keys: Vec<(u32, u32, u32)> = counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .filter_map(|(k, c)| match support {
            Some(m) => m.get(&k).map(|&a| (k, c, a)),
            None => Some((k, c, u32::MAX)),
        })
        .collect();
    let mut p = Perceptron::new(keys);
    eprintln!("training over {} features", p.keys.len());
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = 0x2545_f491_4f6c_dd1du64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for epoch in 0..epochs {
        // Fisher–Yates with xorshift64*: the same order on every run.
        for i in (1..order.len()).rev() {
            rng ^= rng >> 12;
            rng ^= rng << 25;
            rng ^= rng >> 27;
            let r = rng.wrapping_mul(0x2545_f491_4f6c_dd1d);
            order.swap(i, (r % (i as u64 + 1)) as usize);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let tags = decode(sp, &mut p, None, dict, s, true, &mut feats);
            right += tags.iter().zip(&s.gold).filter(|(a, b)| a == b).count();
            all += s.words.len();
        }
        let dev_acc = if dev.is_empty() {
            0.0
        } else {
            accuracy_float(sp, &mut p, dict, dev)
        };
        eprintln!(
            "epoch {}: train accuracy {:.2}%, dev (float, averaged) {:.2}%",
            epoch + 1,
            100.0 * right as f64 / all.max(1) as f64,
            dev_acc
        );
    }
    p
}

fn accuracy_float(
    sp: Space,
    p: &mut Perceptron,
    dict: &BTreeMap<u32, u8>,
    dev: &[Sentence],
) -> f64 {
    let avg = p.averaged();
    let (mut right, mut all) = (0usize, 0usize);
    let mut feats = Vec::new();
    for s in dev {
        let tags = decode(sp, p, Some(&avg), dict, s, false, &mut feats);
        right += tags.iter().zip(&s.gold).filter(|(a, b)| a == b).count();
        all += s.words.len();
    }
    100.0 * right as f64 / all.max(1) as f64
}

fn accuracy(t: &Tagger, dev: &[Sentence]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    let mut tags = Vec::new();
    let mut confusions: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for s in dev {
        t.tag_hashes(&s.words, &mut tags);
        for (g, u) in s.gold.iter().zip(&tags) {
            right += usize::from(*g == u.index());
            all += 1;
            if *g != u.index() {
                *confusions.entry((*g, u.index())).or_insert(0) += 1;
            }
        }
    }
    let mut top: Vec<_> = confusions.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = top
        .iter()
        .take(12)
        .map(|((g, p), n)| format!("{}→{} {n}", Upos::ALL[*g].as_str(), Upos::ALL[*p].as_str()))
        .collect();
    eprintln!("most frequent errors (gold→tagged): {}", top.join(", "));
    100.0 * right as f64 / all.max(1) as f64
}

/// `seeds` runs over differently seeded shuffles, their averaged weights
/// averaged again (parameter mixing): less dependent on one shuffle's luck.
#[allow(clippy::too_many_arguments)]
fn train_mixed(
    sp: Space,
    train_set: &[Sentence],
    dev: &[Sentence],
    dict: &BTreeMap<u32, u8>,
    epochs: usize,
    min_count: u32,
    (seed_base, seeds): (usize, usize),
    support: Option<&BTreeMap<u32, u32>>,
) -> Perceptron {
    let run = |seed: usize| {
        train(
            sp,
            train_set,
            dev,
            dict,
            epochs,
            min_count,
            seed as u64,
            support,
        )
    };
    let mut p = run(seed_base);
    if seeds > 1 {
        let mut sum = p.averaged();
        for seed in seed_base + 1..seed_base + seeds {
            let q = run(seed);
            for (r, a) in sum.iter_mut().zip(q.averaged()) {
                for (x, y) in r.iter_mut().zip(a) {
                    *x += y;
                }
            }
        }
        for r in &mut sum {
            for x in r.iter_mut() {
                *x /= seeds as f32;
            }
        }
        p.set_weights(sum);
        eprintln!(
            "mixed {seeds} runs: dev (float) {:.2}%",
            accuracy_float(sp, &mut p, dict, dev)
        );
    }
    p
}

fn run(args: &[String]) -> Result<(), String> {
    let mut train_path = None;
    let mut dev_path = None;
    let mut out_path = None;
    let (mut epochs, mut min_count) = (6usize, 2u32);
    let mut keeps = vec![12_000usize];
    let mut seeds = 1usize;
    let mut refits = 0usize;
    let mut seed_base = 0usize;
    let mut show = None;
    let mut model = None;
    let mut refit_min_code = 1u8;
    let mut min_code = 1u8;
    let mut max_code = 127u8;
    let mut freq_power = 0f64;
    let (mut dict_min, mut dict_share) = (20u32, 0.97f64);
    let mut sp = Space {
        key_bits: 32,
        templates: u64::MAX >> (64 - (N_STATIC + N_DYNAMIC + N_RIGHT)),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train_path = Some(val()?),
            "--dev" => dev_path = Some(val()?),
            "--out" => out_path = Some(val()?),
            "--epochs" => epochs = val()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--min-count" => min_count = val()?.parse().map_err(|e| format!("--min-count: {e}"))?,
            "--min-code" => min_code = val()?.parse().map_err(|e| format!("--min-code: {e}"))?,
            "--max-code" => max_code = val()?.parse().map_err(|e| format!("--max-code: {e}"))?,
            "--key-bits" => {
                sp.key_bits = val()?.parse().map_err(|e| format!("--key-bits: {e}"))?;
                if !(8..=32).contains(&sp.key_bits) {
                    return Err("--key-bits must be 8..=32".into());
                }
            }
            "--drop" => {
                for k in val()?.split(',').filter(|k| !k.is_empty()) {
                    let k: u32 = k.parse().map_err(|e| format!("--drop: {e}"))?;
                    sp.templates &= !(1u64.checked_shl(k).unwrap_or(0));
                }
            }
            "--dict-min" => dict_min = val()?.parse().map_err(|e| format!("--dict-min: {e}"))?,
            "--dict-share" => {
                dict_share = val()?.parse().map_err(|e| format!("--dict-share: {e}"))?
            }
            "--freq-power" => {
                freq_power = val()?.parse().map_err(|e| format!("--freq-power: {e}"))?
            }
            "--seeds" => seeds = val()?.parse().map_err(|e| format!("--seeds: {e}"))?,
            "--refit-min-code" => {
                refit_min_code = val()?
                    .parse()
                    .map_err(|e| format!("--refit-min-code: {e}"))?
            }
            "--show" => show = Some(val()?),
            "--model" => model = Some(val()?),
            "--seed-base" => seed_base = val()?.parse().map_err(|e| format!("--seed-base: {e}"))?,
            "--refit" => refits = val()?.parse().map_err(|e| format!("--refit: {e}"))?,
            "--keep" => {
                keeps = val()?
                    .split(',')
                    .map(|k| k.parse().map_err(|e| format!("--keep: {e}")))
                    .collect::<Result<_, _>>()?
            }
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if let Some(path) = model {
        let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
        let dev = match &dev_path {
            Some(d) => read_conllu(d)?,
            None => Vec::new(),
        };
        return report(&path, &bytes, &dev, show.as_deref(), None);
    }
    let train_path = train_path.ok_or("--train is required")?;
    let out_path = out_path.ok_or("--out is required")?;
    let train_set = read_conllu(&train_path)?;
    let dev = match &dev_path {
        Some(d) => read_conllu(d)?,
        None => Vec::new(),
    };
    let dict = tag_dictionary(&train_set, dict_min, dict_share);
    eprintln!(
        "{} training sentences, {} dictionary words",
        train_set.len(),
        dict.len()
    );
    let mixed = |support: Option<&BTreeMap<u32, u32>>| {
        train_mixed(
            sp,
            &train_set,
            &dev,
            &dict,
            epochs,
            min_count,
            (seed_base, seeds),
            support,
        )
    };
    let p = mixed(None);
    // One --keep writes --out; several (a sweep) write --out.N each.
    for &keep in &keeps {
        let (mut bytes, mut support) = encode(sp, &p, &dict, keep, min_code, max_code, freq_power);
        // Refit: train again on the quantized model's features and non-zero
        // tags only, so the weights left make up for those dropped.
        for round in 0..refits {
            let q = mixed(Some(&support));
            (bytes, support) = encode(sp, &q, &dict, keep, refit_min_code, max_code, freq_power);
            eprintln!("refit {}: {} features", round + 1, support.len());
        }
        let path = if keeps.len() == 1 {
            out_path.clone()
        } else {
            format!("{out_path}.{keep}")
        };
        std::fs::write(&path, &bytes).map_err(|e| format!("{path}: {e}"))?;
        report(&path, &bytes, &dev, show.as_deref(), Some(keep))?;
    }
    Ok(())
}

/// Measure a written model on `dev` (when not empty) and print its tags of
/// `show`'s lines (one sentence a line, words split at spaces).
fn report(
    path: &str,
    bytes: &[u8],
    dev: &[Sentence],
    show: Option<&str>,
    keep: Option<usize>,
) -> Result<(), String> {
    let deflated = miniz_oxide::deflate::compress_to_vec(bytes, 9).len();
    eprintln!("{path}: {} bytes, ~{deflated} deflated", bytes.len());
    let t = Tagger::from_bytes(bytes).map_err(|e| e.to_string())?;
    if !dev.is_empty() {
        let keep = keep.map_or(String::new(), |k| format!("keep {k}: "));
        println!(
            "{keep}dev UPOS accuracy, shipped model: {:.2}% ({} words), {} bytes, ~{deflated} deflated",
            accuracy(&t, dev),
            dev.iter().map(|s| s.words.len()).sum::<usize>(),
            bytes.len()
        );
    }
    if let Some(show) = show {
        let text = std::fs::read_to_string(show).map_err(|e| format!("{show}: {e}"))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let words: Vec<WordHashes> = line.split_whitespace().map(WordHashes::new).collect();
            let mut tags = Vec::new();
            t.tag_hashes(&words, &mut tags);
            let tagged: Vec<String> = line
                .split_whitespace()
                .zip(&tags)
                .map(|(w, u)| format!("{w}/{}", u.as_str()))
                .collect();
            println!("  {}", tagged.join(" "));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annalist-train-pos: {e}");
            ExitCode::FAILURE
        }
    }
}
