//! Stage 4: typed mentions → entities.
//!
//! Input: the [`Doc`] and its [`TypedMention`]s in text order. Output: [`Merged`]: entity records
//! (canonical name, aliases, roles, country code, salience) and, for each mention, its entity and
//! the entity it acts for.
//!
//! Rules: a person's short forms join the full name ("Biden", "Mr Biden" → "Joe Biden"; "Xi" →
//! "Xi Jinping"; a surname several people share, the story's main one, `people`; never one of the
//! other gender: "Mrs Hollis" is not Mark Hollis, `gender`), whatever type a
//! bare surname got ("Olivetti" the brand), never the person whose possessive stands before the
//! name ("Lin's father, Lin Cheng-tao"); a country's names and codes are one entity by ISO code ("US", "U.S.", "United
//! States", "America"); organisations match without designators ("Hikvision Co" = "Hikvision"),
//! by acronym ("BIS" = "Bureau of Industry and Security"), by listed full name ("EU" = "European
//! Union", `data/lexicons/full_names.tsv`) and by first word; otherwise identical
//! surfaces (ignoring case) are one entity. Capital-city metonymy ("Beijing believed", "pressing
//! Ankara to", "talks between Seoul and Pyongyang") keeps the city as entity and points
//! `mention_actor` to its country, created if needed; "flights to Ankara" stays the city. The cue
//! words are lists of `data/lexicons/context_words.txt`. An entity met only under short forms is
//! named by its full name ("US" → "United States"), the short forms kept as aliases.

use super::lexicon::words::words as words_lists;
use super::lexicon::{lexicon, Cc, FxBuild};
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};
use std::collections::{HashMap, HashSet};

pub(crate) mod gender;
mod metonymy;
mod orgs;
mod people;
use orgs::{
    initials, initials_with_of, org_key, org_short_forms, other_legal_form, other_owner,
    short_forms_only, subsidiary,
};

#[derive(Debug, Clone, PartialEq)]
pub struct EntityDraft {
    pub name: String,
    pub label: Label,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub country: Option<String>,
    pub salience: f32,
    /// Byte offset of the first mention (or of the first mention it acts through).
    pub first: usize,
}

/// Entities, and for each input mention the index of its entity
/// (and of the entity it acts for, for metonymy).
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub entities: Vec<EntityDraft>,
    pub mention_entity: Vec<usize>,
    pub mention_actor: Vec<Option<usize>>,
}

/// An entity while it is being built.
#[derive(Debug, Default)]
struct Acc {
    label: Option<Label>,
    /// Surface forms with counts, in first-seen order.
    surfaces: Vec<(String, usize)>,
    roles: Vec<String>,
    country: Option<Cc>,
    count: usize,
    actor_count: usize,
    first: usize,
    headline: bool,
    /// Named as a country (not only a city of it): named by the country's full name.
    country_entity: bool,
    /// Lower-case words of the person's longest name.
    words: Vec<String>,
    /// The latest sentence one of its mentions opens (a person who opens a sentence is its
    /// topic: "Kim" after "Kim Yo-jong, the sister of Kim Jong-un, spoke." is Kim Yo-jong).
    opened: Option<u32>,
    /// A person's gender bits from the honorifics and kin nouns before its mentions
    /// (`gender::MALE`, `gender::FEMALE`); its given name adds its own ([`Acc::gender`]).
    honorific: u8,
}

impl Acc {
    /// A person's gender: its honorifics' and its given name's (the first of two or more words).
    fn gender(&self) -> u8 {
        let given = match &self.words[..] {
            [first, _, ..] => gender::given_name(first),
            _ => 0,
        };
        self.honorific | given
    }

    /// Counts one more mention written `surface` (a headline's when `in_headline`).
    fn count_mention(&mut self, surface: &str, in_headline: bool) {
        self.count += 1;
        self.headline |= in_headline;
        match self.surfaces.iter_mut().find(|(s, _)| s == surface) {
            Some((_, c)) => *c += 1,
            None => self.surfaces.push((surface.to_string(), 1)),
        }
    }
}

fn lower_words(doc: &Doc, m: &TypedMention) -> Vec<String> {
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
fn country_people(norm: &str, m: &TypedMention) -> bool {
    m.label == Label::Norp && !norm.contains('-')
}

fn names_country(norm: &str, m: &TypedMention) -> bool {
    m.label == Label::Gpe
        && m.country.is_some()
        && m.capital_of.is_none()
        && lexicon()
            .get(norm)
            .is_some_and(|e| e.country.is_some() && e.city.is_none())
}

pub fn merge(doc: &Doc, mentions: &[TypedMention]) -> Merged {
    let mut accs: Vec<Acc> = Vec::new();
    let mut ix = Index::default();
    let mut mention_entity = Vec::with_capacity(mentions.len());
    let headline_end = doc.sentences.first().map_or(0, |s| s.end());

    for (mi, m) in mentions.iter().enumerate() {
        let surface = doc.slice(m.start, m.end);
        // "the Meier family": the kin a surname names is an entity of its own, keyed and named
        // with its noun, never a person of that name ("Lukas Meier") nor indexed as one.
        let family = family_noun(doc, m);
        if let Some(noun) = family {
            let name = format!("{surface} {noun}");
            let key = (m.label, name.to_lowercase());
            let idx = *ix.by_key.entry(key).or_insert_with(|| {
                accs.push(Acc {
                    label: Some(m.label),
                    first: m.start,
                    ..Acc::default()
                });
                accs.len() - 1
            });
            accs[idx].count_mention(&name, m.start < headline_end);
            mention_entity.push(idx);
            continue;
        }
        // "Mrs Hollis" never joins "Mark Hollis" (`people::honorific_gender`): a person named
        // after an honorific is keyed with its gender, so that a bare "Hollis" does not take
        // the woman's entity by its key alone, nor "Mrs Hollis" the man's.
        let hg = people::honorific_gender(doc, m);
        let indefinite = people::indefinite_modifier(doc, m);
        // The (label, lower-case surface) key, built once a mention for look-up and index.
        let key = match hg {
            0 => (m.label, surface.to_lowercase()),
            g => (m.label, people::gendered_key(g, &surface.to_lowercase())),
        };
        let norm = key.1.as_str();
        // The lexicon's full name of the surface ("EU" → "European Union"), looked up once
        // for both the look-up and the index.
        let full = lexicon().full_name(surface);
        // "X Inc. (NASDAQ: HLDR)": the ticker is the firm's alias.
        let ticker = mi
            .checked_sub(1)
            .filter(|&p| super::tickers::ticker_of_firm(doc, &mentions[p], m))
            .map(|p| mention_entity[p]);
        // "the Supreme Electoral Tribunal (TSE)": the abbreviation is the long form's alias.
        let defined = mi
            .checked_sub(1)
            .filter(|&p| super::abbreviations::defines(doc, &mentions[p], m))
            .map(|p| mention_entity[p]);
        // "Lin's father, Lin Cheng-tao": not the possessor.
        let not = people::possessor(doc, mentions, &mention_entity, mi);
        // "a Yorkshire haulage firm": an indefinite description is a new referent.
        let idx = (!indefinite)
            .then(|| {
                ticker
                    .or(defined)
                    .or_else(|| people::surname_alone(doc, m, &accs, &ix))
                    .or_else(|| find_entity(doc, m, &key, full, &accs, &ix, not, hg))
            })
            .flatten();
        // "Mrs Pendleford" beside a man named Gareth Pendleford: a woman of her own, named
        // with her honorific.
        let titled = (idx.is_none() && hg != 0 && m.label == Label::Person)
            .then(|| people::titled_surface(doc, m, &ix))
            .flatten();
        let surface = titled.as_deref().unwrap_or(surface);
        let idx = match idx {
            Some(i) => i,
            None => {
                accs.push(Acc {
                    label: Some(m.label),
                    country: m.country,
                    first: m.start,
                    ..Acc::default()
                });
                accs.len() - 1
            }
        };
        let a = &mut accs[idx];
        a.count_mention(surface, m.start < headline_end);
        a.country_entity |= names_country(norm, m);
        a.honorific |= hg;
        if let Some(r) = &m.role {
            if !a.roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                a.roles.push(r.clone());
            }
        }
        if m.label == Label::Person {
            let w = lower_words(doc, m);
            if w.len() > a.words.len() {
                a.words = w;
            }
            if doc.is_sentence_start(m.tokens.start) {
                a.opened = Some(doc.sentence_of(m.tokens.start));
            }
        }
        if a.country.is_none() {
            a.country = m.country;
        }
        if !indefinite {
            index_mention(doc, m, &key, full, idx, &accs[idx], &mut ix);
        }
        mention_entity.push(idx);
    }

    // Metonymy: a capital city acting for its country (or the body it is the seat of).
    let mention_actor = metonymy::actors(doc, mentions, &mut accs, &mut ix);

    let entities = finish(doc, accs);
    Merged {
        entities,
        mention_entity,
        mention_actor,
    }
}

/// The family noun right after a person's or organisation's name mention `m` ("the Meier
/// family": `[family_nouns]`), as written in lower case.
fn family_noun<'d>(doc: &Doc<'d>, m: &TypedMention) -> Option<&'d str> {
    if !matches!(m.label, Label::Person | Label::Org) {
        return None;
    }
    let next = doc.tokens.get(m.tokens.end)?;
    let w = doc.slice(next.start(), next.end());
    (doc.sentence_of(m.tokens.end) == doc.sentence_of(m.tokens.start)
        && words_lists().family_nouns.contains(&w))
    .then_some(w)
}

/// How many people sharing a name word ("Kim") merge considers, the latest ones.
const PEOPLE_PER_WORD: usize = 4;

/// Indexes over the entities built so far, so that each mention is merged in O(its words).
#[derive(Default)]
struct Index {
    by_key: HashMap<(Label, String), usize, FxBuild>,
    country_of: HashMap<(Label, Cc), usize, FxBuild>,
    /// Lower-case word of a person's name → the people holding it, latest last (at most
    /// [`PEOPLE_PER_WORD`]).
    person_word: HashMap<String, Vec<usize>, FxBuild>,
    /// First word of a multi-word organisation → the latest such organisation.
    org_first: HashMap<String, usize, FxBuild>,
    /// Initials of a multi-word organisation ("bis") → organisation.
    org_initials: HashMap<String, usize, FxBuild>,
    /// Lower-case acronym organisation ("bis") → organisation.
    org_acronym: HashMap<String, usize, FxBuild>,
    /// Short forms of a multi-word organisation ("al noor", "huaxin", "treasury" of "U.S.
    /// Treasury Department"; [`org_short_forms`]) → the first organisation holding it.
    org_part: HashMap<String, usize, FxBuild>,
    /// Multi-word organisation names (lower case) already in `org_first`, `org_initials` and
    /// `org_part`: those keep the first organisation and depend on the name alone, so a name
    /// seen again adds nothing there (its short forms are not computed again).
    org_named: HashSet<String, FxBuild>,
}

/// The entity mention `m` (keyed `key`; `full`: the lexicon's full name of its surface) joins:
/// see the module comment. `not`: an entity it is not; `hg`: the gender of an honorific or kin
/// noun before it (0: none).
#[allow(clippy::too_many_arguments)]
fn find_entity(
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
            let acronym =
                words.len() == 1 && super::candidates::is_all_caps(doc.slice(m.start, m.end));
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
fn index_mention(
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
            } else if super::candidates::is_all_caps(doc.slice(m.start, m.end)) {
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

fn finish(doc: &Doc, accs: Vec<Acc>) -> Vec<EntityDraft> {
    let lx = lexicon();
    let max_count = accs
        .iter()
        .map(|a| a.count + a.actor_count)
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let len = doc.text.len().max(1) as f32;
    let mut out: Vec<EntityDraft> = accs
        .into_iter()
        .map(|a| {
            let mut surfaces = a.surfaces;
            // Canonical name: the longest form not in ALL CAPS (unless all are); but when every
            // form is a short one ("US", "U.S.", "EU"), the full name: a country's by its code
            // ("United States"), else the listed one ("European Union"). The other forms
            // become aliases.
            let short = |s: &str| {
                super::candidates::is_all_caps(s)
                    || lx.full_name(s).is_some()
                    || (s.contains('.') && !s.contains(' '))
            };
            let full = if surfaces.iter().all(|(s, _)| short(s)) {
                match a.country {
                    Some(cc) if a.country_entity => lx.country_name(cc),
                    _ => None,
                }
                .or_else(|| surfaces.iter().find_map(|(s, _)| lx.full_name(s)))
            } else {
                None
            };
            let name = full.map(str::to_string).unwrap_or_else(|| {
                surfaces
                    .iter()
                    .max_by_key(|(s, c)| {
                        let caps = super::candidates::is_all_caps(s) && s.chars().count() > 4;
                        (!caps, s.chars().count(), *c)
                    })
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default()
            });
            crate::sort::sort_by_key(&mut surfaces, |s| std::cmp::Reverse(s.1));
            let mut aliases: Vec<String> = Vec::new();
            for (s, _) in surfaces {
                if s != name && !aliases.iter().any(|x| x == &s) {
                    aliases.push(s);
                }
            }
            let freq = (a.count as f32 + 0.5 * a.actor_count as f32) / max_count;
            let early = 1.0 - (a.first as f32 / len).min(1.0);
            let salience = 0.6 * freq + 0.25 * early + if a.headline { 0.15 } else { 0.0 };
            EntityDraft {
                name,
                label: a.label.unwrap_or(Label::Org),
                aliases,
                roles: a.roles,
                country: a.country.map(|c| c.as_str().to_string()),
                salience,
                first: a.first,
            }
        })
        .collect();
    let top = out.iter().map(|e| e.salience).fold(0.0f32, f32::max);
    if top > 0.0 {
        for e in &mut out {
            e.salience = (e.salience / top * 1000.0).round() / 1000.0;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{candidates, typing};

    fn run(text: &str) -> (Vec<TypedMention>, Merged) {
        let d = Doc::new(text);
        let c = candidates::find(&d);
        let m = typing::classify(&d, &c);
        let g = merge(&d, &m);
        (m, g)
    }

    fn entity<'a>(g: &'a Merged, name: &str) -> &'a EntityDraft {
        g.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name}: {:?}", g.entities))
    }

    #[test]
    fn person_short_forms_and_roles() {
        let (_, g) = run("President Joe Biden called Xi Jinping on Monday. Biden said Xi listened. Mr Biden left.");
        let b = entity(&g, "Joe Biden");
        assert_eq!(b.label, Label::Person);
        assert_eq!(b.roles, vec!["President".to_string()]);
        assert!(b.aliases.contains(&"Biden".to_string()));
        let xi = entity(&g, "Xi Jinping");
        assert_eq!(xi.aliases, vec!["Xi".to_string()]);
        let people = g
            .entities
            .iter()
            .filter(|e| e.label == Label::Person)
            .count();
        assert_eq!(people, 2);
    }

    #[test]
    fn firms_of_one_name_with_two_legal_forms_are_two_firms() {
        let (_, g) = run(
            "Tarnholm Kabel ASA bought a plant. Tarnholm Kabel GmbH is 51% owned by Tarnholm \
             Kabel ASA. Tarnholm Kabel said sales rose. Ostby Inc and Ostby Corp are one firm. \
             Velmar AG grew, and Velmar Group hired.",
        );
        let parent = entity(&g, "Tarnholm Kabel ASA");
        let unit = entity(&g, "Tarnholm Kabel GmbH");
        assert!(!std::ptr::eq(parent, unit), "{:?}", g.entities);
        // The name alone is the firm named first.
        assert!(
            parent.aliases.contains(&"Tarnholm Kabel".to_string()),
            "{parent:?}"
        );
        // Loose forms tell no firms apart.
        let ostby: Vec<&EntityDraft> = g
            .entities
            .iter()
            .filter(|e| e.name.starts_with("Ostby"))
            .collect();
        assert_eq!(ostby.len(), 1, "{:?}", g.entities);
        let velmar: Vec<&EntityDraft> = g
            .entities
            .iter()
            .filter(|e| e.name.starts_with("Velmar"))
            .collect();
        assert_eq!(
            velmar.len(),
            1,
            "a loose form beside a strict one: {:?}",
            g.entities
        );
    }

    #[test]
    fn a_family_is_an_entity_of_its_own_not_the_person() {
        let (ms, g) =
            run("Lukas Meier, the chief executive, said the Meier family would vote. Meier left.");
        let family = entity(&g, "Meier family");
        let person = entity(&g, "Lukas Meier");
        assert!(!std::ptr::eq(family, person));
        // The later "Meier" alone is the person again.
        let last = ms.len() - 1;
        assert_eq!(g.entities[g.mention_entity[last]].name, "Lukas Meier");
    }

    #[test]
    fn country_variants_are_one_entity() {
        let (_, g) =
            run("The US and China met. The U.S. side said the United States and America agreed.");
        let us = entity(&g, "United States");
        assert_eq!(us.country.as_deref(), Some("US"));
        let mut a = us.aliases.clone();
        a.sort();
        assert_eq!(a, vec!["America", "U.S.", "US"]);
    }

    /// The entity each place mention acts for (`None`: it is only the place), in text order.
    fn gpe_actors<'a>(m: &[TypedMention], g: &'a Merged) -> Vec<Option<&'a str>> {
        g.mention_actor
            .iter()
            .zip(m)
            .filter(|(_, x)| x.label == Label::Gpe)
            .map(|(a, _)| a.map(|i| g.entities[i].name.as_str()))
            .collect()
    }

    #[test]
    fn capital_metonymy_points_to_the_country() {
        let (m, g) = run("Beijing believed the curbs were unfair. Later, trips to Beijing resumed, and Moscow is using drones.");
        let actors = gpe_actors(&m, &g);
        assert_eq!(actors, vec![Some("China"), None, Some("Russia")]);
        let beijing = g.mention_entity[0];
        assert_eq!(g.entities[beijing].name, "Beijing");
        assert_eq!(g.entities[beijing].country.as_deref(), Some("CN"));
    }

    #[test]
    fn a_body_named_after_another_places_possessive_is_not_the_first_places() {
        let (_, g) = run("The Tarnby Red Crescent Society fed 900 families. Across the border, Norland's Red Crescent sent tents. The Tarnby Red Crescent said more was needed.");
        let orgs: Vec<&str> = g
            .entities
            .iter()
            .filter(|e| e.label == Label::Org)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(orgs.len(), 2, "{orgs:?}");
        // Without another place's possessive the short form is the society.
        let (_, g) = run("The Tarnby Red Crescent Society fed 900 families. The Red Crescent said more was needed.");
        assert_eq!(
            g.entities.iter().filter(|e| e.label == Label::Org).count(),
            1
        );
    }

    #[test]
    fn a_firm_named_in_full_is_not_another_sharing_its_first_word() {
        let (_, g) = run(
            "Brenmoor Holding AG reported a loss. Brenmoor said so. Brenmoor Rail GmbH runs \
             trains. Varro cut prices. Varro Digital Systems said so.",
        );
        let names: Vec<&str> = g.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Brenmoor Rail GmbH"), "{names:?}");
        assert_eq!(
            entity(&g, "Brenmoor Holding AG").name,
            "Brenmoor Holding AG"
        );
        // Met only as one word, the longer name is its full name.
        assert!(!names.contains(&"Varro"), "{names:?}");
    }

    #[test]
    fn organisations_by_acronym_and_designator() {
        let (_, g) = run("The Bureau of Industry and Security listed Hikvision Co. on Monday. Later BIS said Hikvision appealed.");
        assert_eq!(
            entity(&g, "Bureau of Industry and Security").aliases,
            vec!["BIS".to_string()]
        );
        let orgs = g.entities.iter().filter(|e| e.label == Label::Org).count();
        assert_eq!(orgs, 2, "{:?}", g.entities);
    }

    #[test]
    fn a_seat_acting_stands_for_its_body_not_its_country() {
        let (m, g) = run("Brussels imposed duties on steel. Under pressure from Brussels, the firm cut prices. Flights to Brussels resumed. Washington agreed.");
        let actors = gpe_actors(&m, &g);
        assert_eq!(
            actors,
            vec![
                Some("European Union"),
                Some("European Union"),
                None,
                Some("United States")
            ]
        );
        assert!(
            !g.entities.iter().any(|e| e.name == "Belgium"),
            "{:?}",
            g.entities
        );
    }
}
