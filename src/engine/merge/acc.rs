//! An entity while merge builds it ([`Acc`]: surfaces with counts, roles, country, gender),
//! and the words of a mention merge keys people and countries by.
//!
//! Takes mentions one at a time; `Acc` holds what they add. Invariant: imports only `gender`
//! of `merge`.

use super::gender;
use crate::engine::lexicon::{lexicon, Cc};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::{Doc, TokenKind};

/// An entity while it is being built.
#[derive(Debug, Default)]
pub(super) struct Acc {
    pub(super) label: Option<Label>,
    /// Surface forms with counts, in first-seen order.
    pub(super) surfaces: Vec<(String, usize)>,
    pub(super) roles: Vec<String>,
    pub(super) country: Option<Cc>,
    pub(super) count: usize,
    pub(super) actor_count: usize,
    pub(super) first: usize,
    pub(super) headline: bool,
    /// Named as a country (not only a city of it): named by the country's full name.
    pub(super) country_entity: bool,
    /// Lower-case words of the person's longest name.
    pub(super) words: Vec<String>,
    /// The latest sentence one of its mentions opens (a person who opens a sentence is its
    /// topic: "Kim" after "Kim Yo-jong, the sister of Kim Jong-un, spoke." is Kim Yo-jong).
    pub(super) opened: Option<u32>,
    /// A person's gender bits from the honorifics and kin nouns before its mentions
    /// (`gender::MALE`, `gender::FEMALE`); its given name adds its own ([`Acc::gender`]).
    pub(super) honorific: u8,
}

impl Acc {
    /// A person's gender: its honorifics' and its given name's (the first of two or more words).
    pub(super) fn gender(&self) -> u8 {
        let given = match &self.words[..] {
            [first, _, ..] => gender::given_name(first),
            _ => 0,
        };
        self.honorific | given
    }

    /// Counts one more mention written `surface` (a headline's when `in_headline`).
    pub(super) fn count_mention(&mut self, surface: &str, in_headline: bool) {
        self.count += 1;
        self.headline |= in_headline;
        match self.surfaces.iter_mut().find(|(s, _)| s == surface) {
            Some((_, c)) => *c += 1,
            None => self.surfaces.push((surface.to_string(), 1)),
        }
    }
}

pub(super) fn lower_words(doc: &Doc, m: &TypedMention) -> Vec<String> {
    m.tokens
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .map(|i| {
            let t = &doc.tokens[i];
            doc.slice(t.start(), t.end().min(m.end).max(t.start()))
                .to_lowercase()
        })
        .filter(|w| {
            !matches!(
                w.as_str(),
                "of" | "and" | "the" | "de" | "van" | "von" | "der"
            )
        })
        .collect()
}

/// Is this GPE mention a country (not a city)?
/// A nationality that stands for its country's people: "Colombian", "Colombians"; not a
/// compound ("Afro-Colombian", "Portuguese-Brazilian"), a group or pairing of its own.
pub(super) fn country_people(norm: &str, m: &TypedMention) -> bool {
    m.label == Label::Norp && !norm.contains('-')
}

pub(super) fn names_country(norm: &str, m: &TypedMention) -> bool {
    m.label == Label::Gpe
        && m.country.is_some()
        && m.capital_of.is_none()
        && lexicon()
            .get(norm)
            .is_some_and(|e| e.country.is_some() && e.city.is_none())
}
