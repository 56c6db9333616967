//! [`Thin`]: a boxed slice in one machine word, for a clause's lists that are mostly empty
//! (modal verbs, verbs chained before the head).
//!
//! A `Box<[T]>` is two words (pointer and length) in every clause, empty or not; the clauses
//! of a whole document are alive together at the peak of an analysis (issue 16.6).
//!
//! Architecture invariant: a `Thin<T>` reads as a `[T]` (`Deref`), an empty one holds no
//! allocation, and a non-empty one is never stored as `Some` of an empty slice (so equality is
//! by elements).

use std::fmt;
use std::ops::Deref;

/// A slice of `T`: empty without an allocation, otherwise one box holding the boxed slice.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Thin<T>(Option<Box<Box<[T]>>>);

impl<T> Deref for Thin<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match &self.0 {
            Some(b) => b,
            None => &[],
        }
    }
}

impl<T> From<Vec<T>> for Thin<T> {
    fn from(v: Vec<T>) -> Thin<T> {
        if v.is_empty() {
            Thin(None)
        } else {
            Thin(Some(Box::new(v.into_boxed_slice())))
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Thin<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_and_reads_as_its_slice() {
        assert_eq!(
            std::mem::size_of::<Thin<u8>>(),
            std::mem::size_of::<usize>()
        );
        let empty: Thin<u8> = Vec::new().into();
        assert!(empty.0.is_none() && empty.is_empty());
        assert_eq!(empty, Thin::default());
        let t: Thin<u32> = vec![3, 1, 2].into();
        assert_eq!(*t, [3, 1, 2]);
        assert_eq!(t.iter().max(), Some(&3));
        assert_ne!(t, Thin::from(vec![3, 1]));
        assert_eq!(format!("{t:?}"), "[3, 1, 2]");
    }
}
