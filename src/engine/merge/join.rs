//! Which entity a mention joins ([`find_entity`]: by key, country code, person name words,
//! organisation initials, acronyms and short forms) and how it is recorded in the indexes
//! ([`index_mention`]).
//!
//! Takes a mention, its key, the entities so far (`Acc`) and the [`Index`]; returns the entity
//! index, or records the mention. Invariant: a mention joins at most one entity, and never one
//! of the other gender or named `not`; imports `acc`, `index`, `gender`, `orgs` and `people`,
//! never `merge.rs`.

use super::acc::{country_people, lower_words, names_country, Acc};
use super::gender;
use super::index::{Index, PEOPLE_PER_WORD};
use super::orgs::{
    initials, initials_with_of, org_key, org_short_forms, other_legal_form, other_owner,
    short_forms_only, subsidiary,
};
use super::people;
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::Doc;

/// The entity mention `m` (keyed `key`; `full`: the lexicon's full name of its surface) joins:
/// see the module comment. `not`: an entity it is not; `hg`: the gender of an honorific or kin
/// noun before it (0: none).
#[allow(clippy::too_many_arguments)]
pub(super) fn find_entity(
    doc: &Doc,
    m: &TypedMention,
    key: &(Label, String),
    full: Option<&str>,
    accs: &[Acc],
    ix: &Index,
    not: Option<usize>,
    hg: u8,
) -> Option<usize> {
    let norm = key.1.as_str();
    if let Some(cc) = m.country {
        if names_country(norm, m) || country_people(norm, m) {
            if let Some(&i) = ix.country_of.get(&(m.label, cc)) {
                return Some(i);
            }
        }
    }
    // A person keyed so is never one of the other gender ("Mrs Hollis", "Mark Hollis").
    let words = (m.label == Label::Person).then(|| lower_words(doc, m));
    let mg = hg
        | (words.as_deref())
            .filter(|w| w.len() >= 2)
            .map_or(0, |w| gender::given_name(&w[0]));
    let agrees = |i: usize| m.label != Label::Person || gender::agree(accs[i].gender(), mg);
    if let Some(&i) = ix.by_key.get(key).filter(|&&i| agrees(i)) {
        return Some(i);
    }
    if let Some(full) = full {
        if let Some(&i) = ix.by_key.get(&(m.label, full.to_lowercase())) {
            return Some(i);
        }
    }
    match m.label {
        Label::Person => {
            let words = words.unwrap_or_default();
            // The latest person whose name holds all these words, or a one-word person
            // whose word is among these ("Xi" then "Xi Jinping").
            // Latest mentioned first, per word.
            let mut cands: Vec<usize> = Vec::new();
            for &i in words
                .iter()
                .filter_map(|w| ix.person_word.get(w))
                .flat_map(|v| v.iter().rev())
            {
                if !cands.contains(&i) {
                    cands.push(i);
                }
            }
            let mut fits: Vec<usize> = cands
                .into_iter()
                .filter(|&i| {
                    let a = &accs[i];
                    Some(i) != not
                        && agrees(i)
                        && (words.iter().all(|w| a.words.contains(w))
                            || (a.words.len() == 1 && words.contains(&a.words[0])))
                })
                .collect();
            // "Mrs Pendleford" beside Gareth (no gender known) and Lorraine Pendleford: the
            // one known to be of her gender.
            if (fits.iter()).any(|&i| accs[i].gender() & mg != 0) {
                fits.retain(|&i| accs[i].gender() & mg != 0);
            }
            people::pick(doc, m, words.len(), &fits, accs)
        }
        Label::Org => {
            if let Some(&i) = ix.by_key.get(&(Label::Org, org_key(norm))) {
                if !other_legal_form(doc.slice(m.start, m.end), &accs[i]) {
                    return Some(i);
                }
            }
            let words: Vec<String> = norm.split_whitespace().map(str::to_string).collect();
            let acronym = words.len() == 1
                && crate::engine::candidates::is_all_caps(doc.slice(m.start, m.end));
            if acronym {
                if let Some(&i) = ix.org_initials.get(&words[0]) {
                    return Some(i);
                }
            }
            if words.len() == 1 {
                if let Some(&i) = ix.org_first.get(&words[0]) {
                    return Some(i);
                }
            }
            if words.len() >= 2 {
                if let Some(&i) = ix.org_acronym.get(&initials(&words)) {
                    return Some(i);
                }
                // "Hikvision" seen before "Hikvision Digital Technology" (not before a
                // national subsidiary: "Shell" is not "Shell Nigeria"), when that one word is
                // all the entity was named: "Nordwerk" short for "Nordwerk Holding AG" does not
                // make "Nordwerk Rail GmbH" the holding too.
                if !subsidiary(&words) && !gender::institution_word(&words[0]) {
                    if let Some(&i) = ix.by_key.get(&(Label::Org, words[0].clone())) {
                        if short_forms_only(accs, i) {
                            return Some(i);
                        }
                    }
                }
            }
            // "Al Noor" after "Al Noor Petroleum Trading FZE"; "Huaxin" after "Shenzhen Huaxin
            // Electronics"; not "Iran's Red Crescent" after "Pakistan Red Crescent Society" (a
            // name in the possessive before it that the longer name does not hold).
            if let Some(&i) = ix.org_part.get(&words.join(" ")) {
                if !other_owner(doc, m, &accs[i]) {
                    return Some(i);
                }
            }
            // "Treasury" seen before "U.S. Treasury Department": its longest known short form.
            if words.len() >= 2 {
                let mut parts = org_short_forms(&words.join(" "));
                crate::sort::sort_by_key(&mut parts, |p| std::cmp::Reverse(p.len()));
                return parts
                    .iter()
                    .find_map(|p| ix.by_key.get(&(Label::Org, p.clone())).copied())
                    .filter(|&i| short_forms_only(accs, i));
            }
            None
        }
        _ => None,
    }
}

/// Record mention `m` (of entity `idx`; `full`: the lexicon's full name of its surface) in
/// the indexes.
pub(super) fn index_mention(
    doc: &Doc,
    m: &TypedMention,
    key: &(Label, String),
    full: Option<&str>,
    idx: usize,
    a: &Acc,
    ix: &mut Index,
) {
    let norm = key.1.as_str();
    // A key already indexed takes the new entity without a copy of the key.
    match ix.by_key.get_mut(key) {
        Some(v) => *v = idx,
        None => {
            ix.by_key.insert(key.clone(), idx);
        }
    }
    if let Some(full) = full {
        ix.by_key
            .entry((m.label, full.to_lowercase()))
            .or_insert(idx);
    }
    match m.label {
        Label::Person => {
            for w in &a.words {
                match ix.person_word.get_mut(w.as_str()) {
                    Some(v) => {
                        v.retain(|&x| x != idx);
                        if v.len() == PEOPLE_PER_WORD {
                            v.remove(0);
                        }
                        v.push(idx);
                    }
                    None => {
                        ix.person_word.insert(w.clone(), vec![idx]);
                    }
                }
            }
        }
        Label::Org => {
            // Two firms of one name ("Brekke Kabel ASA", "Brekke Kabel GmbH"): the name alone
            // stays the first's.
            ix.by_key.entry((m.label, org_key(norm))).or_insert(idx);
            if norm.split_whitespace().nth(1).is_some() {
                if !ix.org_named.contains(norm) {
                    ix.org_named.insert(norm.to_string());
                    let words: Vec<String> = norm.split_whitespace().map(str::to_string).collect();
                    // A national subsidiary's first word alone is its parent ("Shell").
                    let parent = subsidiary(&words).then(|| words[0].as_str());
                    if parent.is_none() && !gender::institution_word(&words[0]) {
                        ix.org_first.entry(words[0].clone()).or_insert(idx);
                    }
                    ix.org_initials.entry(initials(&words)).or_insert(idx);
                    if words.iter().any(|w| w == "of") {
                        ix.org_initials
                            .entry(initials_with_of(&words))
                            .or_insert(idx);
                    }
                    for p in org_short_forms(&words.join(" ")) {
                        if Some(p.as_str()) != parent {
                            ix.org_part.entry(p).or_insert(idx);
                        }
                    }
                }
            } else if crate::engine::candidates::is_all_caps(doc.slice(m.start, m.end)) {
                ix.org_acronym.entry(norm.to_string()).or_insert(idx);
            }
        }
        _ => {}
    }
    if let Some(cc) = m.country {
        if names_country(norm, m) || country_people(norm, m) {
            ix.country_of.entry((m.label, cc)).or_insert(idx);
        }
    }
}
