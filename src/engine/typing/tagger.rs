//! The learned name tagger: a greedy left-to-right averaged-perceptron BIO tagger over the
//! document's tokens, whose features ([`super::extract`]) combine the word and its neighbours
//! with the rules' evidence (lexicon hits, designators, titles, the rules' own label, line
//! casing).
//!
//! Input: the [`Doc`](crate::engine::text::Doc) and the rules'
//! [`TypedMention`](crate::engine::mention::TypedMention)s, through an [`Extractor`]. Output:
//! name spans (token ranges) with a coarse [`Class`] (PER, ORG, LOC, MISC). The fine OntoNotes
//! label, roles and countries are taken from the rules in [`super::reconcile`].
//!
//! The same [`Extractor`] computes the features when training (`src/bin/annalist-train-ner/`)
//! and when tagging, so the two cannot drift. Weights: `data/models/ner.bin` (format in
//! [`Tagger::from_bytes`], in `weights`), trained on the open sets listed in `data/models/SOURCES.md`.
//! The Viterbi decoder, for weights trained as a sequence model, is [`super::viterbi`].

use super::extract::each_tag_feature;
use super::keys::{small_hashes, Sink};
use super::weights::LANES;
use std::ops::Range;

pub use super::extract::{tag_features_of, Extractor};
pub use super::tags::{allowed, best, tag, untag, Class, OUT, TAGS};
pub use super::weights::{tagger, ModelError, Tagger};

/// Longest name the tagger returns, in tokens; a longer run is cut (hostile text: a run of
/// capitalised words is not one megabyte-long name).
pub const MAX_NAME_TOKENS: usize = 12;

impl Tagger {
    /// Tags the document: name spans as token ranges with their class, in text order.
    pub fn tag(&self, ex: &Extractor) -> Vec<(Range<usize>, Class)> {
        self.tag_greedy(ex)
    }

    /// Greedy left-to-right tagging.
    #[inline(never)]
    pub fn tag_greedy(&self, ex: &Extractor) -> Vec<(Range<usize>, Class)> {
        // The weights of the features with few values, looked up once (see `extract::Sink`).
        let small = self.rows_of(small_hashes);
        // One sentence's tags at a time (issue 16.6): a name never runs from one sentence into
        // the next (a sentence's first tag follows O, so it is never I-), so the spans of each
        // sentence's tags are those of the whole document's.
        let mut tags = Vec::new();
        let mut out = Vec::new();
        for s in ex.sentences() {
            let (mut prev, mut prev2) = (OUT, OUT);
            tags.clear();
            tags.resize(s.len(), OUT);
            let first = s.start;
            let facts = ex.sentence_facts(s.clone());
            for i in s {
                if ex.skipped(i) {
                    tags[i - first] = OUT;
                    prev2 = prev;
                    prev = OUT;
                    continue;
                }
                // i16 lanes cannot overflow: a token has fewer than 200 features, each at
                // most 127 in size.
                let mut score = Score {
                    acc: [0i16; LANES],
                    tagger: self,
                    small,
                };
                facts.each_static_feature(i, &mut score);
                let (shape, word) = facts.keys(i);
                each_tag_feature(shape, word, prev, prev2, &mut score);
                let mut scores = [0i32; TAGS];
                for (s, a) in scores.iter_mut().zip(score.acc) {
                    *s = i32::from(a);
                }
                let t = best(&scores, prev);
                tags[i - first] = t;
                prev2 = prev;
                prev = t;
            }
            drop(facts);
            push_spans(&tags, first, &mut out);
        }
        out
    }
}

/// The scores of one token's tags: each feature's weights added as it comes.
struct Score<'t> {
    acc: [i16; LANES],
    tagger: &'t Tagger,
    /// [`Tagger::rows_of`] the small features' hashes.
    small: &'t [[i8; LANES]],
}

impl Score<'_> {
    #[inline(always)]
    fn add(&mut self, row: &[i8; LANES]) {
        for (a, w) in self.acc.iter_mut().zip(row) {
            *a += i16::from(*w);
        }
    }
}

impl Sink for Score<'_> {
    #[inline(always)]
    fn hashed(&mut self, f: u32) {
        if let Some(row) = self.tagger.row(f) {
            self.add(row);
        }
    }

    #[inline(always)]
    fn small(&mut self, index: usize, f: u32) {
        match self.small.get(index) {
            Some(row) => self.add(row),
            None => self.hashed(f),
        }
    }
}

/// Name spans from a tag sequence; a name longer than [`MAX_NAME_TOKENS`] is cut there.
pub fn spans(tags: &[usize]) -> Vec<(Range<usize>, Class)> {
    let mut out = Vec::new();
    push_spans(tags, 0, &mut out);
    out
}

/// [`spans`] of the tags of tokens `first..first + tags.len()`, appended to `out`.
pub(super) fn push_spans(tags: &[usize], first: usize, out: &mut Vec<(Range<usize>, Class)>) {
    let mut open: Option<(usize, Class)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let cont = match (open, untag(t)) {
            (Some((s, c)), Some((tc, false))) => tc == c && i - s < MAX_NAME_TOKENS,
            _ => false,
        };
        if cont {
            continue;
        }
        if let Some((s, c)) = open.take() {
            out.push((first + s..first + i, c));
        }
        if let Some((c, _)) = untag(t) {
            open = Some((i, c));
        }
    }
    if let Some((s, c)) = open {
        out.push((first + s..first + tags.len(), c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_spans_respect_bio() {
        for c in Class::ALL {
            assert_eq!(untag(tag(c, true)), Some((c, true)));
            assert_eq!(untag(tag(c, false)), Some((c, false)));
        }
        let per = tag(Class::Per, true);
        let per_i = tag(Class::Per, false);
        let org_i = tag(Class::Org, false);
        assert!(!allowed(OUT, per_i));
        assert!(allowed(per, per_i));
        assert!(!allowed(per, org_i));
        assert_eq!(
            spans(&[OUT, per, per_i, OUT, per, per]),
            vec![(1..3, Class::Per), (4..5, Class::Per), (5..6, Class::Per)]
        );
        let long = vec![per_i; 30];
        let s = spans(&[&[per][..], &long].concat());
        assert!(s.iter().all(|(r, _)| r.len() <= MAX_NAME_TOKENS));
    }
}
