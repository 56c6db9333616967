//! [`ThinPair`]: two boxed slices in one machine word, for a verb group's lists that are
//! mostly both empty (modal verbs, verbs chained before the head).
//!
//! A `Box<[T]>` is two words (pointer and length) in every clause, empty or not, and even a
//! one-word thin box per list is two words for the pair; the clauses of a whole document are
//! alive together at the peak of an analysis (issue 16.6).
//!
//! Architecture invariant: a `ThinPair` reads as two slices ([`ThinPair::first`],
//! [`ThinPair::second`]); when both are empty it holds no allocation, and it is never stored
//! as `Some` of two empty slices (so equality is by elements).

use std::fmt;

/// Two slices, of `A` and of `B`: no allocation when both are empty, otherwise one box
/// holding both boxed slices.
#[derive(Clone, PartialEq, Eq)]
pub struct ThinPair<A, B>(Option<Box<Slices<A, B>>>);

/// The two boxed slices a non-empty [`ThinPair`] points to.
type Slices<A, B> = (Box<[A]>, Box<[B]>);

impl<A, B> Default for ThinPair<A, B> {
    fn default() -> Self {
        ThinPair(None)
    }
}

impl<A, B> ThinPair<A, B> {
    /// The pair of `a` and `b`.
    pub fn new(a: Vec<A>, b: Vec<B>) -> Self {
        if a.is_empty() && b.is_empty() {
            ThinPair(None)
        } else {
            ThinPair(Some(Box::new((a.into_boxed_slice(), b.into_boxed_slice()))))
        }
    }

    /// The first slice.
    #[inline]
    pub fn first(&self) -> &[A] {
        self.0.as_ref().map_or(&[], |p| &p.0)
    }

    /// The second slice.
    #[inline]
    pub fn second(&self) -> &[B] {
        self.0.as_ref().map_or(&[], |p| &p.1)
    }
}

impl<A: fmt::Debug, B: fmt::Debug> fmt::Debug for ThinPair<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("")
            .field(&self.first())
            .field(&self.second())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_and_reads_as_its_slices() {
        assert_eq!(
            std::mem::size_of::<ThinPair<u8, u16>>(),
            std::mem::size_of::<usize>()
        );
        let empty: ThinPair<u8, u16> = ThinPair::new(Vec::new(), Vec::new());
        assert!(empty.0.is_none() && empty.first().is_empty() && empty.second().is_empty());
        assert_eq!(empty, ThinPair::default());
        let t: ThinPair<u32, u8> = ThinPair::new(vec![3, 1, 2], Vec::new());
        assert_eq!(t.first(), [3, 1, 2]);
        assert!(t.second().is_empty());
        assert_ne!(t, ThinPair::new(vec![3, 1], Vec::new()));
        let u: ThinPair<u32, u8> = ThinPair::new(Vec::new(), vec![7]);
        assert_eq!((u.first(), u.second()), (&[][..], &[7u8][..]));
        assert_ne!(t, u);
        assert_eq!(format!("{t:?}"), "([3, 1, 2], [])");
    }
}
