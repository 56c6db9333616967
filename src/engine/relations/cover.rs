//! Which mention covers each token, stored for the covered tokens only (issue 16.6).
//!
//! Input: the number of tokens and the mentions' token ranges, in mention order. Output:
//! [`Cover::get`], the index of the last mention (in that order) whose range holds a token,
//! in constant time: a bit per token says whether any mention covers it, a count per 64
//! tokens of the covered tokens before them, and one u32 per covered token. A dense `u32` per
//! token (4 bytes a token, alive at the peak of an analysis) became about 0.2 + 4 × the
//! covered share bytes a token.
//!
//! Architecture invariant: `get` answers what a dense vector filled mention by mention (a
//! later mention overwriting an earlier one) would answer.

use std::ops::Range;

/// Token → covering mention, sparse.
#[derive(Debug, Default)]
pub(super) struct Cover {
    /// A bit per token: some mention covers it.
    bits: Vec<u64>,
    /// Per 64 tokens: how many covered tokens come before them.
    before: Vec<u32>,
    /// Per covered token, in token order: its mention.
    mention: Vec<u32>,
}

impl Cover {
    /// The cover of `n_tokens` tokens by mentions with token ranges `ranges` (in mention
    /// order; token indexes at or past `n_tokens` are ignored).
    pub(super) fn new<I>(n_tokens: usize, ranges: impl Fn() -> I) -> Cover
    where
        I: Iterator<Item = Range<usize>>,
    {
        let mut bits = vec![0u64; n_tokens.div_ceil(64)];
        for r in ranges() {
            for t in r.start..r.end.min(n_tokens) {
                bits[t / 64] |= 1 << (t % 64);
            }
        }
        let mut before = Vec::with_capacity(bits.len());
        let mut n = 0u32;
        for w in &bits {
            before.push(n);
            n += w.count_ones();
        }
        let mut c = Cover {
            bits,
            before,
            mention: vec![0; n as usize],
        };
        for (i, r) in ranges().enumerate() {
            for t in r.start..r.end.min(n_tokens) {
                if let Some(k) = c.slot(t) {
                    // Mentions are fewer than tokens, and tokens fewer than 2^32 (texts are
                    // at most 4 GiB − 1 bytes), so `i` fits.
                    c.mention[k] = i as u32;
                }
            }
        }
        c
    }

    /// Where token `t`'s mention is stored, if a mention covers it.
    #[inline]
    fn slot(&self, t: usize) -> Option<usize> {
        let w = *self.bits.get(t / 64)?;
        let bit = t % 64;
        if w >> bit & 1 == 0 {
            return None;
        }
        let below = (w & ((1u64 << bit) - 1)).count_ones();
        Some((self.before[t / 64] + below) as usize)
    }

    /// The mention covering token `t`, if any (the last one in mention order).
    #[inline]
    pub(super) fn get(&self, t: usize) -> Option<usize> {
        self.slot(t)
            .and_then(|k| self.mention.get(k))
            .map(|&m| m as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sparse cover answers like a dense vector filled mention by mention, overlaps (the
    /// later mention wins), ranges past the end and word boundaries (64, 128) included.
    #[test]
    fn answers_like_a_dense_vector_filled_in_mention_order() {
        let n = 200;
        let ranges: Vec<Range<usize>> = vec![
            0..2,
            5..9,
            7..12,
            60..70,
            63..64,
            127..130,
            190..260,
            40..40,
        ];
        let mut dense = vec![None; n];
        for (i, r) in ranges.iter().enumerate() {
            for t in r.start..r.end.min(n) {
                dense[t] = Some(i);
            }
        }
        let c = Cover::new(n, || ranges.iter().cloned());
        for (t, want) in dense.iter().enumerate() {
            assert_eq!(c.get(t), *want, "token {t}");
        }
        assert_eq!(c.get(n), None);
        assert_eq!(c.get(usize::MAX), None);
        assert_eq!(Cover::new(0, || std::iter::empty()).get(0), None);
    }
}
