//! Reading a clause's arguments the way later stages ask for them: the
//! prepositional complements after the verb with a given preposition, the
//! objects after the verb, the agent of a passive ("supplied by X").
//!
//! Input: a [`Clause`] and the document text it was found in (spans are byte
//! offsets into it). Output: borrowed groups of the clause; nothing is copied.

use super::{Clause, Group, PrepPhrase};

impl Clause {
    /// Noun groups that follow the verb group outside prepositional phrases
    /// (direct and indirect objects: "sold Z Y"), in text order.
    pub fn objects_after_verb(&self) -> impl Iterator<Item = &Group> {
        let v = self.verb.span().1;
        self.objects().iter().filter(move |g| g.span().0 >= v)
    }

    /// Prepositional complements after the verb group whose preposition is one
    /// of `forms` (compared without case), in text order. `text` is the
    /// document text the clause's spans point into.
    pub fn preps_after_verb(&self, text: &str, forms: &[&str]) -> Vec<&PrepPhrase> {
        let v = self.verb.span().1;
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
    pub fn agent<'c>(&'c self, text: &'c str) -> Option<&'c Group> {
        if !self.verb.passive {
            return None;
        }
        self.preps_after_verb(text, &["by"])
            .first()
            .map(|p| &p.object)
    }
}
