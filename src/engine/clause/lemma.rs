//! A verb lemma stored inside its clause ("provide", "meet", "be").
//!
//! A clause used to hold its lemma as a `String`: one heap block per clause, alive with the
//! whole document's clauses at the peak of an analysis (issue 16.6). Lemmas are short, so a
//! [`Lemma`] keeps up to [`INLINE`] bytes in place (16 bytes natively, 12 in wasm, where a
//! `String` is 24 and 12) and only a longer one on the heap.
//!
//! Architecture invariant: a `Lemma` reads as a `&str` (`Deref`), compares with `&str`, and the
//! same text is always stored the same way (inline when it fits), so equality is by text.

use std::fmt;
use std::ops::Deref;

/// Longest lemma kept in place, in bytes: 14 natively, 10 in wasm (the lemma's size less one
/// byte for the length and one for the enum's tag).
pub const INLINE: usize = if usize::BITS == 64 { 14 } else { 10 };

/// A verb lemma: a `str` of at most [`INLINE`] bytes in place, a longer one boxed.
#[derive(Clone, PartialEq, Eq)]
pub struct Lemma(Repr);

#[derive(Clone, PartialEq, Eq)]
enum Repr {
    /// `len` bytes of UTF-8 in `bytes`, the rest zero.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// Boxed twice: one machine word in the lemma, not two (longer lemmas are rare).
    Heap(Box<Box<str>>),
}

impl Lemma {
    /// The lemma as a string slice.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                // Always a whole `str` copied in by `From<&str>`; the fallback is never taken.
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for Lemma {
    fn from(s: &str) -> Lemma {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Lemma(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Lemma(Repr::Heap(Box::new(s.into())))
        }
    }
}

impl From<String> for Lemma {
    fn from(s: String) -> Lemma {
        if s.len() <= INLINE {
            Lemma::from(s.as_str())
        } else {
            Lemma(Repr::Heap(Box::new(s.into_boxed_str())))
        }
    }
}

impl Deref for Lemma {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lemma {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lemma {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Lemma {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lemma {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lemmas_stay_in_place_and_long_ones_round_trip() {
        assert!(std::mem::size_of::<Lemma>() <= std::mem::size_of::<String>());
        #[cfg(target_pointer_width = "64")]
        assert_eq!(std::mem::size_of::<Lemma>(), 16);
        for s in ["", "be", "provide", "défendre", &"x".repeat(INLINE)] {
            let l = Lemma::from(s);
            assert!(matches!(l.0, Repr::Inline { .. }), "{s}");
            assert_eq!(l, s);
            assert_eq!(l, Lemma::from(s.to_string()));
        }
        let long = "internationalise".repeat(3);
        let l = Lemma::from(long.clone());
        assert!(matches!(l.0, Repr::Heap(_)));
        assert_eq!(l.as_str(), long);
        assert_eq!(l, Lemma::from(long.as_str()));
        assert_ne!(Lemma::from("sell"), Lemma::from("sells"));
        assert_eq!(
            format!("{:?} {}", Lemma::from("meet"), Lemma::from("meet")),
            "\"meet\" meet"
        );
    }
}
