//! A document's tagged words, stored beside its tokens (issue 16.6).
//!
//! A word is a whole token, or one of the two parts of a token a clitic splits ("do" +
//! "n't"), so its byte span is its token's, or its token's cut at one point. [`Words`] keeps
//! per word only its tag and whether it is the first or the second part of a split token
//! (one byte), per 64 words the token of the first and which are second parts (16 bytes),
//! and per split token the cut: about 1.25 bytes a word instead of a 9-byte [`Word`], which
//! the tokens already hold. [`Words::at`] gives the [`Word`] back by value, in constant
//! time (a popcount).
//!
//! Architecture invariant: the words are built one sentence after another from tokens that
//! the sentences cover without gaps, each token giving one word or two ([`Words::push`]),
//! so a word's token is the first word's token of its block plus the words since that are
//! not second parts.

use super::{Upos, Word};
use crate::engine::text::Token;
use std::ops::Range;

/// The tag byte's flag for the first part of a split token.
const FIRST: u8 = 0x40;
/// The tag byte's flag for the second part of a split token.
const SECOND: u8 = 0x80;
const TAG: u8 = 0x1f;

/// [`Upos::ALL`] indexed by any `TAG` bits (no bounds check on a code; unused codes are X).
const BY_CODE: [Upos; 32] = {
    let mut t = [Upos::X; 32];
    let mut k = 0;
    while k < Upos::ALL.len() {
        t[k] = Upos::ALL[k];
        k += 1;
    }
    t
};

/// Per 64 words: the token of the first, and a bit on each that is a second part.
#[derive(Debug, Clone, Copy, Default)]
struct Block {
    token: u32,
    second: u64,
}

/// The tagged words of one document (see the module's documentation), borrowing its tokens.
#[derive(Debug, Clone)]
pub struct Words<'d> {
    tokens: &'d [Token],
    /// Per word: the tag's index in [`Upos::ALL`], with [`FIRST`] or [`SECOND`].
    tags: Vec<u8>,
    blocks: Vec<Block>,
    /// Per split token, in order: the byte offset where its second word starts.
    cuts: Vec<u32>,
    /// The token the next pushed word starts.
    next_token: usize,
}

impl<'d> Words<'d> {
    /// No words yet, over `tokens`, with room for `n` words.
    pub fn with_capacity(tokens: &'d [Token], n: usize) -> Words<'d> {
        Words {
            tokens,
            tags: Vec::with_capacity(n),
            blocks: Vec::with_capacity(n.div_ceil(64)),
            cuts: Vec::new(),
            next_token: 0,
        }
    }

    /// No words, over no tokens.
    pub fn empty() -> Words<'static> {
        Words::with_capacity(&[], 0)
    }

    /// The words of the next token: the whole token tagged `a`, or, with `cut` (a byte offset
    /// inside it), its two parts tagged `a` and `b`.
    pub fn push(&mut self, cut: Option<usize>, a: Upos, b: Upos) {
        let t = self.next_token;
        self.next_token += 1;
        match cut {
            None => self.push_one(t, a.index() as u8),
            Some(cut) => {
                self.cuts.push(cut as u32);
                self.push_one(t, a.index() as u8 | FIRST);
                self.push_one(t, b.index() as u8 | SECOND);
            }
        }
    }

    fn push_one(&mut self, token: usize, tag: u8) {
        let i = self.tags.len();
        if i % 64 == 0 {
            self.blocks.push(Block {
                token: token as u32,
                second: 0,
            });
        }
        if tag & SECOND != 0 {
            if let Some(b) = self.blocks.last_mut() {
                b.second |= 1 << (i % 64);
            }
        }
        self.tags.push(tag);
    }

    /// Number of words.
    #[inline]
    pub fn len(&self) -> usize {
        self.tags.len()
    }

    /// No words at all.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }

    /// Sets the tag of word `i`, which stays the whole token or the same part of it. Panics
    /// past the end.
    pub fn set_upos(&mut self, i: usize, u: Upos) {
        let t = &mut self.tags[i];
        *t = (*t & !TAG) | u.index() as u8;
    }

    /// The tag of word `i` (no look-up of its token). Panics past the end.
    #[inline]
    pub fn upos(&self, i: usize) -> Upos {
        BY_CODE[usize::from(self.tags[i] & TAG)]
    }

    /// The token word `i` is (part of).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn token_of(&self, i: usize) -> usize {
        let b = self.blocks[i / 64];
        let r = i % 64;
        // Second parts after the block's first word, up to word `i`, start no token. A block
        // holds few (a clitic in 64 words): counted bit by bit, which is shorter than a
        // popcount without the POPCNT instruction (x86-64's baseline).
        let mut m = b.second & (u64::MAX >> (63 - r)) & !1;
        let mut seconds = 0;
        while m != 0 {
            m &= m - 1;
            seconds += 1;
        }
        b.token as usize + r - seconds
    }

    /// Word `i`. Panics past the end, as indexing a slice does. Inlined natively (the stages
    /// after tagging read words in their inner loops); in wasm, where size counts, not forced.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn at(&self, i: usize) -> Word {
        let tag = self.tags[i];
        let ti = self.token_of(i);
        let t = self.tokens[ti];
        if tag & (FIRST | SECOND) == 0 {
            return Word::new(t.start(), t.end(), BY_CODE[usize::from(tag & TAG)]);
        }
        self.part(i, tag, ti)
    }

    /// Word `i` when it is one part of split token `ti` (a few words in a hundred).
    #[cold]
    #[inline(never)]
    fn part(&self, i: usize, tag: u8, ti: usize) -> Word {
        let t = self.tokens[ti];
        let upos = BY_CODE[usize::from(tag & TAG)];
        // Split tokens before this one: the second parts up to word `i`, less this one's.
        let k = i - ti - usize::from(tag & SECOND != 0);
        let cut = self.cuts[k] as usize;
        if tag & FIRST != 0 {
            Word::new(t.start(), cut, upos)
        } else {
            Word::new(cut, t.end(), upos)
        }
    }

    /// Word `i`, if there is one.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Word> {
        (i < self.len()).then(|| self.at(i))
    }

    /// The first word.
    pub fn first(&self) -> Option<Word> {
        self.get(0)
    }

    /// The last word.
    pub fn last(&self) -> Option<Word> {
        self.len().checked_sub(1).map(|i| self.at(i))
    }

    /// Every word, in order.
    pub fn iter(&self) -> Iter<'_, 'd> {
        self.range(0..self.len())
    }

    /// Words `r` (a range of word indices, clamped to the words), in order.
    pub fn range(&self, r: Range<usize>) -> Iter<'_, 'd> {
        let end = r.end.min(self.len());
        Iter {
            words: self,
            at: r.start.min(end)..end,
        }
    }

    /// Words from `i` to the end.
    pub fn from(&self, i: usize) -> Iter<'_, 'd> {
        self.range(i..self.len())
    }

    /// The index of the first word for which `pred` is false, the words being partitioned
    /// by it (as [`slice::partition_point`]).
    pub fn partition_point(&self, mut pred: impl FnMut(&Word) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(&self.at(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The tag of the word starting at byte `start` (a token's start), if one does.
    pub fn upos_starting_at(&self, start: usize) -> Option<Upos> {
        let k = self.partition_point(|w| w.start() < start);
        self.get(k).filter(|w| w.start() == start).map(|w| w.upos)
    }

    /// Bytes of heap the words hold (their capacity).
    pub fn heap_bytes(&self) -> usize {
        self.tags.capacity()
            + self.blocks.capacity() * std::mem::size_of::<Block>()
            + self.cuts.capacity() * 4
    }

    /// Every word as a [`Word`] (the tagger's output for `--tokens`).
    pub fn to_vec(&self) -> Vec<Word> {
        self.iter().collect()
    }
}

/// Words of a [`Words`], by value.
#[derive(Debug, Clone)]
pub struct Iter<'w, 'd> {
    words: &'w Words<'d>,
    at: Range<usize>,
}

impl Iterator for Iter<'_, '_> {
    type Item = Word;
    #[inline]
    fn next(&mut self) -> Option<Word> {
        self.at.next().map(|i| self.words.at(i))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.at.size_hint()
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<Word> {
        self.at.nth(n).map(|i| self.words.at(i))
    }
}

impl DoubleEndedIterator for Iter<'_, '_> {
    #[inline]
    fn next_back(&mut self) -> Option<Word> {
        self.at.next_back().map(|i| self.words.at(i))
    }
}

impl ExactSizeIterator for Iter<'_, '_> {}

impl<'w, 'd> IntoIterator for &'w Words<'d> {
    type Item = Word;
    type IntoIter = Iter<'w, 'd>;
    fn into_iter(self) -> Iter<'w, 'd> {
        self.iter()
    }
}

impl IntoIterator for Words<'_> {
    type Item = Word;
    type IntoIter = std::vec::IntoIter<Word>;
    fn into_iter(self) -> std::vec::IntoIter<Word> {
        self.to_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::TokenKind;

    #[test]
    fn words_come_back_as_pushed_across_blocks() {
        // 200 tokens of 3 bytes; every 7th split after its first byte.
        let tokens: Vec<Token> = (0..200)
            .map(|i| Token::new(4 * i, 4 * i + 3, TokenKind::Word))
            .collect();
        let mut ws = Words::with_capacity(&tokens, 0);
        let mut want = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let tag = Upos::ALL[i % Upos::ALL.len()];
            if i % 7 == 3 {
                ws.push(Some(t.start() + 1), tag, Upos::Part);
                want.push(Word::new(t.start(), t.start() + 1, tag));
                want.push(Word::new(t.start() + 1, t.end(), Upos::Part));
            } else {
                ws.push(None, tag, tag);
                want.push(Word::new(t.start(), t.end(), tag));
            }
        }
        assert_eq!(ws.len(), want.len());
        assert_eq!(ws.to_vec(), want);
        for (i, w) in want.iter().enumerate() {
            assert_eq!(ws.at(i), *w, "word {i}");
            assert_eq!(ws.token_of(i), (w.start() / 4), "token of word {i}");
        }
        assert_eq!(ws.get(want.len()), None);
        assert_eq!(ws.range(5..9).rev().collect::<Vec<_>>(), {
            let mut v = want[5..9].to_vec();
            v.reverse();
            v
        });
        assert_eq!(
            ws.partition_point(|w| w.start() < 400),
            want.partition_point(|w| w.start() < 400)
        );
    }
}
