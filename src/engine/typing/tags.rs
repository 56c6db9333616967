//! The tag set of the learned name tagger: the coarse [`Class`]es and their BIO encoding
//! (O, then B- and I- of each class: [`TAGS`] tags), and which tag may follow which.
//!
//! Plain numbers, shared by the tagger ([`super::tagger`]), its feature extractor
//! ([`super::extract`]), the Viterbi decoder ([`super::viterbi`]) and the trainer; it imports
//! none of them.

pub use super::weights::TAGS;
use crate::engine::model::Label;

/// Coarse name classes the tagger decides (the CoNLL classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Per,
    Org,
    Loc,
    Misc,
}

impl Class {
    pub const ALL: [Class; 4] = [Class::Per, Class::Org, Class::Loc, Class::Misc];

    /// The coarse class of an OntoNotes label; `None` for amounts, dates and items.
    pub fn of(label: Label) -> Option<Class> {
        Some(match label {
            Label::Person => Class::Per,
            Label::Org => Class::Org,
            Label::Gpe | Label::Loc | Label::Fac => Class::Loc,
            Label::Norp
            | Label::Product
            | Label::Event
            | Label::WorkOfArt
            | Label::Law
            | Label::Language => Class::Misc,
            _ => return None,
        })
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Tag index of "outside".
pub const OUT: usize = 0;

/// Tag index of the first (B) or a following (I) token of a name of class `c`.
pub fn tag(c: Class, begin: bool) -> usize {
    1 + 2 * c.index() + usize::from(!begin)
}

/// The class of a tag, and whether it begins a name.
pub fn untag(t: usize) -> Option<(Class, bool)> {
    if t == OUT || t >= TAGS {
        return None;
    }
    Some((Class::ALL[(t - 1) / 2], (t - 1) % 2 == 0))
}

/// May tag `t` follow tag `prev`? (I-X only after B-X or I-X.)
pub fn allowed(prev: usize, t: usize) -> bool {
    match untag(t) {
        Some((c, false)) => untag(prev).is_some_and(|(p, _)| p == c),
        _ => true,
    }
}

/// The highest-scoring tag allowed after `prev` (ties: the lower index, so O first).
pub fn best<S: PartialOrd + Copy>(scores: &[S; TAGS], prev: usize) -> usize {
    let mut b = OUT;
    for t in 1..TAGS {
        if allowed(prev, t) && scores[t] > scores[b] {
            b = t;
        }
    }
    b
}
