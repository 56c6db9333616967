//! A person's gender as names show it, for merge and coreference alike: an honorific or kin noun
//! right before a name ("Mrs", "Frau", "his wife"), a listed given name ("Mary": `HE`/`SHE` rows
//! of `data/lexicons/coref_nouns.tsv`) or its ending ("-a"). Also merge's own word classes
//! (`data/lexicons/merge_words.tsv`): institution words that are no alias alone, and the heads
//! of indefinite descriptions of a firm.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/lexicons/coref_nouns.tsv"));
const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/lexicons/merge_words.tsv"));

/// Gender bits of a name or an entity (0: unknown; both: contradictory).
pub(crate) const MALE: u8 = 1;
pub(crate) const FEMALE: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// An honorific or kin noun before a man's or a woman's name.
    Male,
    Female,
    /// A given name that takes "he" or "she".
    He,
    She,
    /// A given name's ending that tells its gender, and names it misreads.
    FemaleEnd,
    MaleEnd,
    Unsexed,
    Institution,
    FirmHead,
}

fn table() -> &'static HashMap<&'static str, Class> {
    static T: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    T.get_or_init(|| {
        (NOUNS.lines().chain(WORDS.lines()))
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, c) = l.split_once('\t')?;
                let c = match c.trim() {
                    "MALE" => Class::Male,
                    "FEMALE" => Class::Female,
                    "HE" => Class::He,
                    "SHE" => Class::She,
                    "FEMALE_END" => Class::FemaleEnd,
                    "MALE_END" => Class::MaleEnd,
                    "UNSEXED" => Class::Unsexed,
                    "INSTITUTION" => Class::Institution,
                    "FIRM_HEAD" => Class::FirmHead,
                    _ => return None,
                };
                Some((w, c))
            })
            .collect()
    })
}

fn class(w: &str) -> Option<Class> {
    crate::engine::lexicon::with_lower(w, |l| table().get(l).copied())
}

/// The gender an honorific or kin noun gives the name after it ("Mrs", "Mr.", "wife,").
pub(crate) fn honorific(word: &str) -> u8 {
    match class(word.trim_end_matches(['.', ','])) {
        Some(Class::Male) => MALE,
        Some(Class::Female) => FEMALE,
        _ => 0,
    }
}

/// The gender of a name's first word when it is a given name: listed (`HE`/`SHE`), else,
/// when the lexicon knows it as a given name, by its ending ("Greta"); 0 when neither tells.
pub(crate) fn given_name(first: &str) -> u8 {
    // One lower-case copy for every look-up (a copy per look-up and per ending was 0.5% of an
    // analysis).
    let lower = first.to_lowercase();
    let of = |w: &str| table().get(w).copied();
    let listed = first.chars().count() >= 3
        && of(&lower) != Some(Class::Unsexed)
        && crate::engine::lexicon::lexicon()
            .get(&lower)
            .is_some_and(|l| l.given);
    if !listed {
        return 0;
    }
    let mut buf = String::with_capacity(8);
    let mut end = |k: usize| {
        let from = lower.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b);
        buf.clear();
        buf.push('-');
        buf.push_str(&lower[from..]);
        of(&buf)
    };
    let given = of(&lower).filter(|c| matches!(c, Class::He | Class::She));
    match given.or_else(|| end(3).or_else(|| end(2)).or_else(|| end(1))) {
        Some(Class::FemaleEnd | Class::She) => FEMALE,
        Some(Class::MaleEnd | Class::He) => MALE,
        _ => 0,
    }
}

/// Do genders `a` and `b` agree (either unknown, or a bit in common)?
pub(crate) fn agree(a: u8, b: u8) -> bool {
    a == 0 || b == 0 || a & b != 0
}

/// Is `w` (lower case) a common institution word that alone is no alias ("crown", "nations")?
pub(crate) fn institution_word(w: &str) -> bool {
    class(w) == Some(Class::Institution)
}

/// Is `w` the head of an indefinite description of a firm ("firm" of "a haulage firm")?
pub(crate) fn firm_head(w: &str) -> bool {
    class(w) == Some(Class::FirmHead)
}
