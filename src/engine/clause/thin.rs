//! [`ThinPair`]: two boxed slices in one machine word, for a verb group's lists that are
//! mostly both empty (modal verbs, verbs chained before the head).
//!
//! A `Box<[T]>` is two words (pointer and length) in every clause, empty or not, and even a
//! one-word thin box per list is two words for the pair; the clauses of a whole document are
//! alive together at the peak of an analysis (issue 16.6). A list of one element (one modal
//! verb: "would", one chained verb) is the common case, and a boxed slice of one is an
//! allocation of its own: such lists are held in the pair's one allocation instead.
//!
//! Architecture invariant: a `ThinPair` reads as two slices ([`ThinPair::first`],
//! [`ThinPair::second`]); when both are empty it holds no allocation, and when neither holds
//! more than one element it holds exactly one; equality is by elements.

use std::fmt;

/// Two slices, of `A` and of `B`: no allocation when both are empty, one when each has
/// at most one element, otherwise one box holding both boxed slices.
#[derive(Clone)]
pub struct ThinPair<A, B>(Option<Box<Lists<A, B>>>);

/// What a non-empty [`ThinPair`] points to: lists of at most one element in place.
#[derive(Clone)]
enum Lists<A, B> {
    /// One element of the first list; the second is empty.
    OneFirst(A),
    /// One element of the second list; the first is empty.
    OneSecond(B),
    /// One element of each.
    OneEach(A, B),
    /// Any other lengths.
    Slices(Box<[A]>, Box<[B]>),
}

impl<A, B> Default for ThinPair<A, B> {
    fn default() -> Self {
        ThinPair(None)
    }
}

impl<A, B> ThinPair<A, B> {
    /// The pair of `a` and `b`.
    pub fn new(mut a: Vec<A>, mut b: Vec<B>) -> Self {
        let lists = match (a.len(), b.len()) {
            (0, 0) => return ThinPair(None),
            (1, 0) => Lists::OneFirst(a.swap_remove(0)),
            (0, 1) => Lists::OneSecond(b.swap_remove(0)),
            (1, 1) => Lists::OneEach(a.swap_remove(0), b.swap_remove(0)),
            _ => Lists::Slices(a.into_boxed_slice(), b.into_boxed_slice()),
        };
        ThinPair(Some(Box::new(lists)))
    }

    /// The first slice.
    #[inline]
    pub fn first(&self) -> &[A] {
        match self.0.as_deref() {
            None | Some(Lists::OneSecond(_)) => &[],
            Some(Lists::OneFirst(x) | Lists::OneEach(x, _)) => std::slice::from_ref(x),
            Some(Lists::Slices(a, _)) => a,
        }
    }

    /// The second slice.
    #[inline]
    pub fn second(&self) -> &[B] {
        match self.0.as_deref() {
            None | Some(Lists::OneFirst(_)) => &[],
            Some(Lists::OneSecond(y) | Lists::OneEach(_, y)) => std::slice::from_ref(y),
            Some(Lists::Slices(_, b)) => b,
        }
    }
}

impl<A: PartialEq, B: PartialEq> PartialEq for ThinPair<A, B> {
    fn eq(&self, other: &Self) -> bool {
        self.first() == other.first() && self.second() == other.second()
    }
}

impl<A: Eq, B: Eq> Eq for ThinPair<A, B> {}

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

    #[test]
    fn lists_of_one_are_held_in_place_and_read_back_at_every_length() {
        let one: ThinPair<u8, u16> = ThinPair::new(vec![4], Vec::new());
        assert!(matches!(one.0.as_deref(), Some(Lists::OneFirst(4))));
        let each: ThinPair<u8, u16> = ThinPair::new(vec![4], vec![9]);
        assert!(matches!(each.0.as_deref(), Some(Lists::OneEach(4, 9))));
        let mut pairs = Vec::new();
        for n in 0..4u8 {
            for m in 0..4u16 {
                let a: Vec<u8> = (0..n).collect();
                let b: Vec<u16> = (10..10 + m).collect();
                let p = ThinPair::new(a.clone(), b.clone());
                assert_eq!((p.first(), p.second()), (&a[..], &b[..]), "{n} {m}");
                assert_eq!(p.clone(), p);
                assert_eq!(format!("{p:?}"), format!("({a:?}, {b:?})"));
                pairs.push(p);
            }
        }
        // Equality is by elements: no two of the sixteen pairs are equal.
        for (i, p) in pairs.iter().enumerate() {
            for q in &pairs[i + 1..] {
                assert_ne!(p, q);
            }
        }
    }
}
