//! Feature keys of the name tagger: the templates ([`T`]), the hash that mixes a template and
//! its parts into [`KEY_BITS`] bits ([`h`]), and the features with few values, which a tagger
//! reads from a table made once instead of hashing each time ([`Sink`], [`small_hash`]).
//!
//! Input: template and part hashes. Output: u32 feature keys (never 0: 0 marks an empty slot
//! of the weight table). Imports nothing of `extract`, which computes the features.

use super::weights::KEY_BITS;
use crate::engine::lexicon::KeyHasher;
use std::hash::Hasher;

/// Feature templates (the first byte of each feature's hash).
#[repr(u8)]
#[derive(Clone, Copy)]
pub(super) enum T {
    Bias = 1,
    Word,
    Shape,
    Prefix,
    Suffix,
    Prev1,
    Next1,
    Prev2,
    Next2,
    ShapeWin,
    Prev1Shape,
    Next1Shape,
    FirstShape,
    CapsLine,
    TitleLine,
    Lx,
    LxShape,
    PrevLx,
    NextLx,
    Rule,
    RuleShape,
    RuleLabel,
    Kind,
    PrevTag,
    PrevTagShape,
    PrevTags,
    PrevTagWord,
    Next1Word,
    Len,
    RuleConf,
    DocCase,
    PosWin,
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hash of a string (FxHash over its bytes).
pub(super) fn hs(b: &[u8]) -> u64 {
    let mut x = KeyHasher::default();
    x.write(b);
    x.finish()
}

/// A feature: its template and up to a few parts, mixed into [`KEY_BITS`] bits (never 0).
pub(super) fn h(t: T, parts: &[u64]) -> u32 {
    let mut v = (t as u64).wrapping_mul(K);
    for &p in parts {
        v = (v.rotate_left(5) ^ p).wrapping_mul(K);
    }
    // 0 marks an empty slot of the weight table.
    (((v ^ (v >> 32)) as u32) & ((1 << KEY_BITS) - 1)).max(1)
}

/// Where features go as they are computed: each as its hash ([`Sink::hashed`]), or, for a
/// feature whose hash takes one of few values (the bias, the token kind, the rules' tags and
/// label, lexicon bits, the tags before), also as the index of its value
/// ([`Sink::small`], below [`SMALL_SLOTS`]; [`small_hash`] gives the hash back). A tagger can
/// read those features' weights from a table made once ([`small_hashes`]) instead of hashing
/// and probing each time; collecting the hashes ([`Extractor::static_features`], training) reads
/// every feature alike.
pub(super) trait Sink {
    fn hashed(&mut self, f: u32);

    /// A feature whose hash `f` is [`small_hash`]`(index)`.
    #[inline(always)]
    fn small(&mut self, index: usize, f: u32) {
        let _ = index;
        self.hashed(f);
    }

    #[inline(always)]
    fn small_or_hashed(&mut self, index: Option<usize>, f: u32) {
        match index {
            Some(k) => self.small(k, f),
            None => self.hashed(f),
        }
    }
}

impl<F: FnMut(u32)> Sink for F {
    #[inline(always)]
    fn hashed(&mut self, f: u32) {
        self(f)
    }
}

// Index ranges of the small features' values (see [`Sink`]).
pub(super) const BIAS: usize = 0;
pub(super) const KIND: usize = 1; // + token kind byte (256)
pub(super) const RULE: usize = KIND + 256; // + the rules' tag, below 16
pub(super) const RULE_LABEL: usize = RULE + 16; // + label code (256)
pub(super) const RULE_CONF: usize = RULE_LABEL + 256; // + tag * 16 + confidence, each below 16
pub(super) const RULES: usize = RULE_CONF + 256; // + (tag, tag before, tag after) in base 10 (99 = edge → 9)
pub(super) const LX: usize = RULES + 1000; // + lexicon bit (32)
pub(super) const PREV_LX: usize = LX + 32;
pub(super) const NEXT_LX: usize = PREV_LX + 32;
pub(super) const PREV_TAG: usize = NEXT_LX + 32; // + tag before, below 16
pub(super) const PREV_TAGS: usize = PREV_TAG + 16; // + tag before * 16 + the one before it, below 16
/// Number of small feature values ([`Sink::small`]).
pub(super) const SMALL_SLOTS: usize = PREV_TAGS + 256;

pub(super) fn small_rule(rule: u64) -> Option<usize> {
    (rule < 16).then(|| RULE + rule as usize)
}

pub(super) fn small_rule_conf(rule: u64, conf: u64) -> Option<usize> {
    (rule < 16 && conf < 16).then(|| RULE_CONF + (rule * 16 + conf) as usize)
}

/// A rules' tag or the edge mark (99) as a base-10 digit.
fn rule_digit(r: u64) -> Option<u64> {
    match r {
        0..=8 => Some(r),
        99 => Some(9),
        _ => None,
    }
}

pub(super) fn small_rules(rule: u64, before: u64, after: u64) -> Option<usize> {
    let (a, b, c) = (rule_digit(rule)?, rule_digit(before)?, rule_digit(after)?);
    (rule < 9).then(|| RULES + ((a * 10 + b) * 10 + c) as usize)
}

pub(super) fn small_tag(p: u64) -> Option<usize> {
    (p < 16).then(|| PREV_TAG + p as usize)
}

pub(super) fn small_tags(p: u64, p2: u64) -> Option<usize> {
    (p < 16 && p2 < 16).then(|| PREV_TAGS + (p * 16 + p2) as usize)
}

/// The hash of small feature value `k` (below [`SMALL_SLOTS`]): the feature [`Sink::small`]
/// is given with index `k`.
pub(super) fn small_hash(k: usize) -> u32 {
    let d = |x: usize| -> u64 {
        if x == 9 {
            99
        } else {
            x as u64
        }
    };
    match k {
        BIAS => h(T::Bias, &[]),
        _ if k < RULE => h(T::Kind, &[(k - KIND) as u64]),
        _ if k < RULE_LABEL => h(T::Rule, &[(k - RULE) as u64]),
        _ if k < RULE_CONF => h(T::RuleLabel, &[(k - RULE_LABEL) as u64]),
        _ if k < RULES => {
            let x = (k - RULE_CONF) as u64;
            h(T::RuleConf, &[x / 16, x % 16])
        }
        _ if k < LX => {
            let x = k - RULES;
            h(T::Rule, &[d(x / 100), d(x / 10 % 10), d(x % 10)])
        }
        _ if k < PREV_LX => h(T::Lx, &[(k - LX) as u64]),
        _ if k < NEXT_LX => h(T::PrevLx, &[(k - PREV_LX) as u64]),
        _ if k < PREV_TAG => h(T::NextLx, &[(k - NEXT_LX) as u64]),
        _ if k < PREV_TAGS => h(T::PrevTag, &[(k - PREV_TAG) as u64]),
        _ => {
            let x = (k - PREV_TAGS) as u64;
            h(T::PrevTags, &[x / 16, x % 16])
        }
    }
}

/// [`small_hash`] of every small feature value, in index order.
pub(super) fn small_hashes() -> Vec<u32> {
    (0..SMALL_SLOTS).map(small_hash).collect()
}
