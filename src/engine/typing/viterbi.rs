//! Viterbi decoding of the name tagger's tags, for weights trained as a sequence model
//! (structured perceptron: `annalist-train-ner --viterbi`). Measured and not what the engine
//! uses (`data/models/SOURCES.md`): the greedy [`Tagger::tag`] is. Native only in practice: the
//! engine calls [`Tagger::tag_viterbi`] only when `Policy.viterbi` is set and never in wasm.
//!
//! Input: per-token tag scores (static features, then the features that read the two tags
//! before). Output: the best allowed tag sequence ([`allowed`]: I-X only after B-X or I-X).

use super::extract::Extractor;
use super::tagger::push_spans;
use super::tags::{allowed, Class, OUT, TAGS};
use super::weights::{Tagger, LANES};
use std::ops::Range;

impl Tagger {
    /// The best tag sequence of each sentence ([`viterbi`]), for weights trained as a sequence
    /// model (`annalist-train-ner --viterbi`; measured, not what the engine uses: see
    /// `data/models/SOURCES.md`).
    #[inline(never)]
    pub fn tag_viterbi(&self, ex: &Extractor) -> Vec<(Range<usize>, Class)> {
        let mut out = Vec::new();
        let mut tags = Vec::new();
        for s in ex.sentences() {
            let first = s.start;
            viterbi(
                s.clone(),
                |i| ex.skipped(i),
                |i, st: &mut [i32; TAGS]| {
                    let mut acc = [0i16; LANES];
                    ex.each_static_feature(i, &mut |f: u32| {
                        if let Some(row) = self.row(f) {
                            for (a, w) in acc.iter_mut().zip(row) {
                                *a += i16::from(*w);
                            }
                        }
                    });
                    for (x, a) in st.iter_mut().zip(acc) {
                        *x = i32::from(a);
                    }
                },
                |i, p, p2, st: &mut [i32; TAGS]| {
                    let mut feats = Vec::with_capacity(4);
                    ex.tag_features(i, p, p2, &mut feats);
                    *st = [0; TAGS];
                    for &f in &feats {
                        if let Some(row) = self.row(f) {
                            for (a, w) in st.iter_mut().zip(row) {
                                *a += i32::from(*w);
                            }
                        }
                    }
                },
                &mut tags,
            );
            push_spans(&tags, first, &mut out);
        }
        out
    }
}

/// Viterbi over the tags of tokens `range`: `skipped(i)` forces O; `statics(i, out)` writes the
/// tag scores of token `i`'s static features; `trans(i, prev, prev2, out)` those of its tag
/// features after `prev` (with `prev2` the tag before it on the best path into `prev`). Writes
/// the best sequence into `tags` (ties: the lower tag index).
pub fn viterbi<S: Copy + PartialOrd + std::ops::Add<Output = S> + Default + Bounded>(
    range: Range<usize>,
    skipped: impl Fn(usize) -> bool,
    mut statics: impl FnMut(usize, &mut [S; TAGS]),
    mut trans: impl FnMut(usize, usize, usize, &mut [S; TAGS]),
    tags: &mut Vec<usize>,
) {
    let none = S::lowest();
    let mut back: Vec<[u8; TAGS]> = Vec::with_capacity(range.len());
    let mut score = [none; TAGS];
    score[OUT] = S::default();
    let mut prev2_of = [OUT as u8; TAGS];
    let mut st = [S::default(); TAGS];
    let mut tr = [S::default(); TAGS];
    for i in range {
        let mut next = [none; TAGS];
        let mut bp = [OUT as u8; TAGS];
        if skipped(i) {
            for (p, &v) in score.iter().enumerate() {
                if v > next[OUT] {
                    next[OUT] = v;
                    bp[OUT] = p as u8;
                }
            }
        } else {
            statics(i, &mut st);
            for p in 0..TAGS {
                if score[p] == none {
                    continue;
                }
                trans(i, p, prev2_of[p] as usize, &mut tr);
                for t in 0..TAGS {
                    if !allowed(p, t) {
                        continue;
                    }
                    let v = score[p] + st[t] + tr[t];
                    if next[t] == none || v > next[t] {
                        next[t] = v;
                        bp[t] = p as u8;
                    }
                }
            }
        }
        prev2_of = bp;
        score = next;
        back.push(bp);
    }
    let mut t = OUT;
    for k in 1..TAGS {
        if score[k] > score[t] {
            t = k;
        }
    }
    tags.clear();
    tags.resize(back.len(), OUT);
    for k in (0..back.len()).rev() {
        tags[k] = t;
        t = back[k][t] as usize;
    }
}

/// The lowest value of a score type (a tag not reachable).
pub trait Bounded {
    fn lowest() -> Self;
}
impl Bounded for i32 {
    fn lowest() -> Self {
        i32::MIN / 4
    }
}
impl Bounded for f32 {
    fn lowest() -> Self {
        -1e30
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::typing::tags::{best, tag};

    #[test]
    fn viterbi_finds_the_best_allowed_sequence_where_greedy_would_not() {
        let (b_per, b_org, i_org) = (
            tag(Class::Per, true),
            tag(Class::Org, true),
            tag(Class::Org, false),
        );
        // Token 0 leans to B-PER, token 1 strongly to I-ORG (allowed only after B-ORG or I-ORG);
        // token 2 is left out (always O).
        let statics = |i: usize, st: &mut [i32; TAGS]| {
            *st = [0; TAGS];
            if i == 0 {
                st[b_per] = 3;
                st[b_org] = 2;
            } else if i == 1 {
                st[i_org] = 10;
            }
        };
        let mut tags = Vec::new();
        viterbi(
            0..3,
            |i| i == 2,
            statics,
            |_, _, _, tr: &mut [i32; TAGS]| *tr = [0; TAGS],
            &mut tags,
        );
        assert_eq!(tags, vec![b_org, i_org, OUT]);
        // Greedy takes B-PER first and cannot continue with I-ORG.
        let mut st = [0; TAGS];
        statics(0, &mut st);
        assert_eq!(best(&st, OUT), b_per);
    }
}
