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

//!
//! This file is the walk over the mentions (`merge`); the modules, each importing only ones
//! listed before it and none this file: `draft` (the output), `gender`, `index` (the indexes),
//! `acc` (an entity while built), `orgs`, `people`, `join` (which entity a mention joins),
//! `metonymy`, `finish` (the records).

use super::lexicon::lexicon;
use super::lexicon::words::words as words_lists;
use super::mention::TypedMention;
use super::model::Label;
use super::text::Doc;

mod acc;
mod draft;
mod finish;
pub(crate) mod gender;
mod index;
mod join;
mod metonymy;
mod orgs;
mod people;

use acc::{lower_words, names_country, Acc};
pub use draft::{EntityDraft, Merged};
use finish::finish;
use index::Index;
use join::{find_entity, index_mention};

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

#[cfg(test)]
mod tests;
