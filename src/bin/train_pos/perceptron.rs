//! The averaged perceptron of `annalist-train-pos` (Collins 2002), with lazy
//! averaging: each weight remembers when it last changed.

use annalist::engine::pos::features::N_TAGS;
use std::collections::HashMap;

/// Weights per feature row and tag, with what lazy averaging needs.
pub struct Perceptron {
    index: HashMap<u32, usize>,
    pub keys: Vec<u32>,
    /// Occurrences of each feature in training (with gold history).
    pub count: Vec<u32>,
    pub w: Vec<[f32; N_TAGS]>,
    total: Vec<[f64; N_TAGS]>,
    stamp: Vec<[u32; N_TAGS]>,
    /// Bit t set: the weight of tag t may change (a refit keeps the
    /// quantized model's zeros at zero).
    allow: Vec<u32>,
    pub clock: u32,
}

impl Perceptron {
    /// Features with their training counts and the tags each may weigh
    /// (`(key, count, allowed tag bits)`).
    pub fn new(mut kc: Vec<(u32, u32, u32)>) -> Perceptron {
        kc.sort_unstable();
        let keys: Vec<u32> = kc.iter().map(|x| x.0).collect();
        let count: Vec<u32> = kc.iter().map(|x| x.1).collect();
        let allow: Vec<u32> = kc.iter().map(|x| x.2).collect();

        let index = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
        let n = keys.len();
        Perceptron {
            index,
            keys,
            count,
            w: vec![[0.0; N_TAGS]; n],
            total: vec![[0.0; N_TAGS]; n],
            stamp: vec![[0; N_TAGS]; n],
            allow,
            clock: 0,
        }
    }

    /// Add the rows of `feats` in `weights` (the current ones, or averaged).
    pub fn score(&self, weights: &[[f32; N_TAGS]], feats: &[u32], scores: &mut [f32; N_TAGS]) {
        for f in feats {
            if let Some(&i) = self.index.get(f) {
                for (s, w) in scores.iter_mut().zip(&weights[i]) {
                    *s += w;
                }
            }
        }
    }

    pub fn bump(&mut self, feats: &[u32], tag: usize, by: f32) {
        for f in feats {
            if let Some(&i) = self
                .index
                .get(f)
                .filter(|&&i| self.allow[i] >> tag & 1 != 0)
            {
                let elapsed = f64::from(self.clock - self.stamp[i][tag]);
                self.total[i][tag] += elapsed * f64::from(self.w[i][tag]);
                self.stamp[i][tag] = self.clock;
                self.w[i][tag] += by;
            }
        }
    }

    /// Replace the weights by final ones (their average is then themselves).
    pub fn set_weights(&mut self, w: Vec<[f32; N_TAGS]>) {
        self.w = w;
        self.total = vec![[0.0; N_TAGS]; self.w.len()];
        self.stamp = vec![[0; N_TAGS]; self.w.len()];
        self.clock = 1;
    }

    pub fn averaged(&self) -> Vec<[f32; N_TAGS]> {
        let now = f64::from(self.clock.max(1));
        self.w
            .iter()
            .zip(&self.total)
            .zip(&self.stamp)
            .map(|((w, t), s)| {
                let mut a = [0f32; N_TAGS];
                for k in 0..N_TAGS {
                    let tot = t[k] + f64::from(self.clock - s[k]) * f64::from(w[k]);
                    a[k] = (tot / now) as f32;
                }
                a
            })
            .collect()
    }
}
