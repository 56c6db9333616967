//! Reading a clause's arguments the way later stages ask for them: its objects and its
//! prepositional phrases (one block: [`Objects`] views the front), the
//! prepositional complements after the verb with a given preposition, the
//! objects after the verb, the agent of a passive ("supplied by X").
//!
//! Input: a [`Clause`] and the document text it was found in (spans are byte
//! offsets into it). Output: borrowed groups of the clause; nothing is copied.

use super::{Clause, Group, PrepPhrase, NO_PREP};
use crate::engine::pos::Words;

/// A clause's objects: a view of the front of its argument block that reads like a
/// `[Group]` (`len`, `is_empty`, `iter`, `first`, indexing).
#[derive(Debug, Clone, Copy)]
pub struct Objects<'a>(&'a [PrepPhrase]);

impl<'a> Objects<'a> {
    /// How many objects.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// No object.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The objects in text order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &'a Group> + ExactSizeIterator + Clone {
        let phrases: &'a [PrepPhrase] = self.0;
        phrases.iter().map(|p| &p.object)
    }

    /// The first object.
    pub fn first(&self) -> Option<&'a Group> {
        self.0.first().map(|p| &p.object)
    }
}

impl std::ops::Index<usize> for Objects<'_> {
    type Output = Group;
    fn index(&self, i: usize) -> &Group {
        &self.0[i].object
    }
}

impl Clause {
    /// Noun groups after the verb that are not in a prepositional phrase, in text order.
    #[inline]
    pub fn objects(&self) -> Objects<'_> {
        Objects(&self.args[..self.objects_len()])
    }

    /// The prepositional phrases, in text order.
    #[inline]
    pub fn preps(&self) -> &[PrepPhrase] {
        &self.args[self.objects_len()..]
    }

    fn objects_len(&self) -> usize {
        self.args.partition_point(|p| p.prep == NO_PREP)
    }

    /// Noun groups that follow the verb group outside prepositional phrases
    /// (direct and indirect objects: "sold Z Y"), in text order. `words`: the tagged words
    /// the clause was found in.
    pub fn objects_after_verb<'c: 'w, 'w>(
        &'c self,
        words: &'w Words<'w>,
    ) -> impl Iterator<Item = &'c Group> + 'w {
        let v = self.verb.span(words).1;
        self.objects().iter().filter(move |g| g.span(words).0 >= v)
    }

    /// Prepositional complements after the verb group whose preposition is one
    /// of `forms` (compared without case), in text order. `text` is the
    /// document text the clause's spans point into, `words` its tagged words.
    pub fn preps_after_verb(&self, words: &Words, text: &str, forms: &[&str]) -> Vec<&PrepPhrase> {
        let v = self.verb.span(words).1;
        self.preps()
            .iter()
            .filter(|p| {
                p.prep().0 >= v
                    && text
                        .get(p.prep().0..p.prep().1)
                        .is_some_and(|w| forms.iter().any(|f| w.eq_ignore_ascii_case(f)))
            })
            .collect()
    }

    /// The agent of a passive clause: the "by" complement of "was supplied by X".
    pub fn agent<'c>(&'c self, words: &Words, text: &'c str) -> Option<&'c Group> {
        if !self.verb.passive {
            return None;
        }
        self.preps_after_verb(words, text, &["by"])
            .first()
            .map(|p| &p.object)
    }
}
