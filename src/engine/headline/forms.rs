//! Word forms and word classes a label is written with: the present tense of a lemma, the
//! function words a label may not end on, a verb group that is only an auxiliary, and the
//! `[negative_subjects]` a label keeps as its subject.
//!
//! Takes lemmas, tags, a clause or a few words; returns strings or yes/no. Invariant: reads no
//! analysis beyond what it is given and imports no other module of `headline`.

use crate::engine::clause::Clause;
use crate::engine::events::words;
use crate::engine::pos::{Upos, Words};

/// Third person present of a lemma ("supply" → "supplies"); plural subjects take the lemma.
pub fn present(lemma: &str, plural: bool) -> String {
    match (lemma, plural) {
        ("be", false) => return "is".into(),
        ("be", true) => return "are".into(),
        ("have", false) => return "has".into(),
        (_, true) => return lemma.into(),
        _ => {}
    }
    let b = lemma.as_bytes();
    let consonant_y = b.len() >= 2
        && b[b.len() - 1] == b'y'
        && !matches!(b[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if consonant_y {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| lemma.ends_with(e))
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

/// Words a label may not end on: prepositions, determiners, particles, conjunctions,
/// auxiliaries and pronouns ("scheduled for", "due to travel to").
pub fn is_function(u: Upos) -> bool {
    matches!(
        u,
        Upos::Adp | Upos::Det | Upos::Part | Upos::Cconj | Upos::Sconj | Upos::Aux | Upos::Pron
    )
}

/// Whether clause `c`'s verb group is only "have" or "do" used as an
/// auxiliary whose verb comes later ("ministers have, since the spring, voiced
/// ..."): tagged AUX, or tagged VERB with no object.
pub fn bare_auxiliary(words: &Words, c: &Clause) -> bool {
    let v = &c.verb;
    let Some(head) = words.get(v.head()) else {
        return false;
    };
    matches!(v.lemma.as_str(), "have" | "do")
        && (head.upos == Upos::Aux || (v.words.len() == 1 && c.objects().is_empty()))
}

/// Whether the words `t` are a `[negative_subjects]` entry ("nobody", "no one").
pub(super) fn negative_subject(t: &str) -> bool {
    words::lists()
        .negative_subjects
        .iter()
        .any(|n| n.eq_ignore_ascii_case(t))
}
