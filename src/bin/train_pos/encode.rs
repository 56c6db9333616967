//! Quantizing, pruning and writing a trained model in the `pos.bin` format
//! (`annalist::engine::pos::Tagger::from_bytes`).

use super::perceptron::Perceptron;
use super::Space;
use annalist::engine::pos::features::N_TAGS;
use annalist::engine::pos::MAGIC;
use std::collections::BTreeMap;

fn write_varint(out: &mut Vec<u8>, v: u32) {
    write_varint64(out, u64::from(v));
}

fn write_varint64(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn write_keys(out: &mut Vec<u8>, keys: impl Iterator<Item = u32>) {
    let mut prev = 0u32;
    for k in keys {
        write_varint(out, k.wrapping_sub(prev));
        prev = k;
    }
}

/// Quantize to `i8` codes on a log scale (code c stands for
/// A·(e^(|c|/K) − 1), A the median |weight|, the largest weight at code 127),
/// zero codes below `min_code`, drop all-zero rows, keep the `keep` rows of
/// largest L1 norm × (training count)^`freq_power`, encode.
pub fn encode(
    sp: Space,
    p: &Perceptron,
    dict: &BTreeMap<u32, u8>,
    keep: usize,
    min_code: u8,
    max_code: u8,
    freq_power: f64,
) -> (Vec<u8>, BTreeMap<u32, u32>) {
    let avg = p.averaged();
    let mut mags: Vec<f64> = avg
        .iter()
        .flat_map(|r| r.iter().map(|w| f64::from(w.abs())))
        .filter(|&w| w > 0.0)
        .collect();
    mags.sort_by(f64::total_cmp);
    let a = mags.get(mags.len() / 2).copied().unwrap_or(1.0).max(1e-9);
    let max = mags.last().copied().unwrap_or(1.0).max(a * 2.0);
    let k = f64::from(max_code.min(127)) / (1.0 + max / a).ln();
    let levels: Vec<u32> = (0..128)
        .map(|c| (100.0 * ((f64::from(c) / k).exp() - 1.0)).round() as u32)
        .collect();
    let mut rows: Vec<(u32, [i8; N_TAGS], f64)> = p
        .keys
        .iter()
        .zip(&avg)
        .zip(&p.count)
        .filter_map(|((&key, r), &count)| {
            let mut q = [0i8; N_TAGS];
            let mut l1 = 0u32;
            for (t, &w) in r.iter().enumerate() {
                let c = (k * (1.0 + f64::from(w.abs()) / a).ln()).round().min(127.0) as i8;
                let c = if c < min_code as i8 { 0 } else { c };
                q[t] = if w < 0.0 { -c } else { c };
                l1 += levels[c as usize];
            }
            let score = f64::from(l1) * f64::from(count).powf(freq_power);
            (l1 > 0).then_some((key, q, score))
        })
        .collect();
    rows.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
    rows.truncate(keep);
    rows.sort_by_key(|r| r.0);
    eprintln!("log scale A {a:.4} K {k:.3}, kept {} features", rows.len());

    let mut out = MAGIC.to_vec();
    out.push(sp.key_bits);
    write_varint64(&mut out, sp.templates);
    for &l in &levels {
        write_varint(&mut out, l);
    }
    write_varint(&mut out, dict.len() as u32);
    write_keys(&mut out, dict.keys().copied());
    out.extend(dict.values().copied());
    write_varint(&mut out, rows.len() as u32);
    write_keys(&mut out, rows.iter().map(|r| r.0));
    for (_, q, _) in &rows {
        let mut m = 0u32;
        for (t, &v) in q.iter().enumerate() {
            if v != 0 {
                m |= 1 << t;
            }
        }
        out.extend_from_slice(&m.to_le_bytes()[..3]);
    }
    for (_, q, _) in &rows {
        out.extend(q.iter().filter(|&&v| v != 0).map(|&v| v as u8));
    }
    let support = rows
        .iter()
        .map(|(key, q, _)| {
            let m = q
                .iter()
                .enumerate()
                .filter(|&(_, &v)| v != 0)
                .fold(0u32, |m, (t, _)| m | 1 << t);
            (*key, m)
        })
        .collect();
    (out, support)
}
