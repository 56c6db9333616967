//! Coreference's word table (`data/lexicons/coref_nouns.tsv`): nouns for descriptions,
//! person-like nouns that block pronouns, reporting verbs, honorifics, firm-like plural last
//! words, public bodies' words, copulas, given-name endings and given names by gender.

use super::super::pos::Word;
use super::super::text::Doc;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/lexicons/coref_nouns.tsv"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NounClass {
    Org,
    Person,
    Vessel,
    Human,
    /// Not a noun: the lemma of a reporting verb ("X said it ...").
    Say,
    /// An honorific before a man's or a woman's name ("Mr", "Mrs").
    Male,
    Female,
    /// A name's last word that makes it a firm's or a group's ("Brothers").
    Plural,
    /// A word that makes a name a public body's ("Treasury", "Court", "Ministry"): a firm
    /// noun ("the company") stands for it only when no other name is near.
    Body,
    /// A word that makes a name a news outlet's ("Reuters", "Herald"): a firm noun stands
    /// for it only when no other name is near.
    Media,
    /// A verb lemma whose complement is its subject ("become").
    Copula,
    /// A given name's ending that tells its gender ("-a"), and names it misreads.
    FemaleEnd,
    MaleEnd,
    Unsexed,
    /// A given name that takes "he" or "she" ("John", "Mary").
    He,
    She,
}

pub(super) fn nouns() -> &'static HashMap<&'static str, NounClass> {
    static N: OnceLock<HashMap<&'static str, NounClass>> = OnceLock::new();
    N.get_or_init(|| {
        NOUNS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, c) = l.split_once('\t')?;
                let c = match c.trim() {
                    "ORG" => NounClass::Org,
                    "PERSON" => NounClass::Person,
                    "VESSEL" => NounClass::Vessel,
                    "HUMAN" => NounClass::Human,
                    "SAY" => NounClass::Say,
                    "MALE" => NounClass::Male,
                    "FEMALE" => NounClass::Female,
                    "PLURAL" => NounClass::Plural,
                    "BODY" => NounClass::Body,
                    "MEDIA" => NounClass::Media,
                    "COPULA" => NounClass::Copula,
                    "FEMALE_END" => NounClass::FemaleEnd,
                    "MALE_END" => NounClass::MaleEnd,
                    "UNSEXED" => NounClass::Unsexed,
                    "HE" => NounClass::He,
                    "SHE" => NounClass::She,
                    _ => return None,
                };
                Some((w, c))
            })
            .collect()
    })
}

/// Whether word `w` is one of `forms`, ignoring ASCII case.
pub(super) fn lower_is(doc: &Doc, w: &Word, forms: &[&str]) -> bool {
    let t = &doc.text[w.start()..w.end()];
    forms.iter().any(|f| t.eq_ignore_ascii_case(f))
}
