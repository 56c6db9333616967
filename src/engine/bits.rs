//! A fixed-length set of bits: one bit per token where a stage keeps a yes/no fact for every
//! token of the document ("inside a time expression"), instead of a `bool` byte (issue 16.6:
//! such vectors are alive at the peak of an analysis).
//!
//! Input: a length. Output: `get`/`set` by index; an index at or past the length reads
//! `false` and is never set (no panic).

/// `len` bits, all `false` at first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// `len` bits, all `false`.
    pub fn new(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Bit `i`; `false` past the end.
    #[inline]
    pub fn get(&self, i: usize) -> bool {
        i < self.len
            && self
                .words
                .get(i / 64)
                .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Set bit `i` to `true`; nothing past the end.
    #[inline]
    pub fn set(&mut self, i: usize) {
        if i < self.len {
            if let Some(w) = self.words.get_mut(i / 64) {
                *w |= 1 << (i % 64);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn set_bits_read_back_and_the_rest_stay_clear() {
        let mut b = Bits::new(130);
        for i in [0, 63, 64, 129, 130, 1000] {
            b.set(i);
        }
        let set: Vec<usize> = (0..200).filter(|&i| b.get(i)).collect();
        assert_eq!(set, [0, 63, 64, 129]);
        assert!(!Bits::new(0).get(0));
    }
}
