//! Short forms of a firm named in full with its legal form, after typing:
//! "Nordwerk GmbH signed ... Nordwerk said", "Falcon Crest Ltd ... Falcon Crest expects".
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where
//! - a capitalised run of one to four words no mention covers, directly followed by a legal
//!   form written with a capital ("Brelvik AS", "Lindqvist Shipping AB"; `[org_suffixes]`), is
//!   one ORG mention with it, and a mention so followed is widened over it;
//! - a mention whose words are an opening run of such a firm's name (a run that may stand
//!   for it: [`crate::engine::lexicon::Lexicon::org_short_runs`], so no listed place, designator or stop word alone)
//!   takes the ORG type, unless all its words belong to a person's full name in the document
//!   ("Ford" beside "Henry Ford");
//! - a mention that is the start of such a run and is followed by the run's other words is
//!   widened over them ("Falcon" + "Crest"), and a run no mention covers, written with the
//!   firm's capitals, is added as the firm ("Nordwerk said", where the tagger took nothing).
//!
//! Merge then joins each short form to the full name (its first word or its key without the
//! legal form). ALL-CAPS and headline lines are left alone (their capitals are no evidence).
//! This stage runs after the name tagger, so `ner.bin` does not depend on it.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no
//! other stage; only relabels, widens or adds names (never drops one without a wider span
//! replacing it); linear in the tokens plus the mentions.

use super::lexicon::words::{is_org_suffix, words};
use super::lexicon::{lexicon, with_lower, FxBuild};
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{headline_sentences, is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Most words a short form is read over.
const MAX_RUN: usize = 3;

/// Type, widen and add the short forms of the document's firms (see the module documentation).
pub fn type_short_forms(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut headline: Option<Vec<bool>> = None;
    let mut in_headline = |i: usize| {
        headline.get_or_insert_with(|| headline_sentences(doc))[doc.sentence_of(i) as usize]
    };
    join_legal_forms(doc, ms, &mut in_headline);
    // Opening runs of the firms named with a legal form or designator → the firm's words as
    // written (for the capitals a new mention must match).
    let mut runs: HashMap<String, String, FxBuild> = HashMap::default();
    for m in ms.iter().filter(|m| firm_anchor(doc, m)) {
        let toks: Vec<usize> = m
            .tokens
            .clone()
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .collect();
        let lower: Vec<String> = toks.iter().map(|&i| bare(doc, i).to_lowercase()).collect();
        for r in lx.org_short_runs(&lower) {
            if r.start != 0 || r.len() > MAX_RUN || is_org_suffix(bare(doc, toks[r.end - 1])) {
                continue;
            }
            let written: Vec<&str> = toks[r.clone()].iter().map(|&i| bare(doc, i)).collect();
            runs.entry(lower[r].join(" "))
                .or_insert_with(|| written.join(" "));
        }
    }
    if runs.is_empty() {
        return;
    }
    let people = person_words(doc, ms);
    // All words a person's ("Ford" beside "Henry Ford"), or a place the lexicon lists whole
    // ("United States" of "United States Steel Corp").
    let personal = |key: &str| {
        key.split(' ').all(|w| people.contains(w))
            || lx.get(key).is_some_and(|e| {
                e.country.is_some()
                    || e.city.is_some()
                    || e.region
                    || e.demonym.is_some()
                    || e.capital.is_some()
            })
    };
    // The words lower-cased and joined by spaces in one string (no string per word).
    let key_of = |r: Range<usize>| -> String {
        let mut key = String::new();
        for (n, i) in r.enumerate() {
            if n > 0 {
                key.push(' ');
            }
            with_lower(bare(doc, i), |w| key.push_str(w));
        }
        key
    };
    // Relabel and widen the mentions that are (the start of) an opening run.
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter() {
        for c in covered.get_mut(m.tokens.clone()).into_iter().flatten() {
            *c = true;
        }
    }
    for m in ms.iter_mut() {
        let retypable = matches!(
            m.label,
            Label::Org
                | Label::Person
                | Label::Gpe
                | Label::Loc
                | Label::Norp
                | Label::Fac
                | Label::WorkOfArt
                | Label::Event
        );
        if !retypable || m.tokens.len() > MAX_RUN || in_headline(m.tokens.start) {
            continue;
        }
        let key = key_of(m.tokens.clone());
        // The longest run this mention opens, its other words right after it and free.
        let mut end = m.tokens.end;
        let mut best = runs.contains_key(&key).then_some(end);
        let sentence = doc.sentence_of(m.tokens.start);
        while end < doc.tokens.len()
            && end - m.tokens.start < MAX_RUN
            && !covered[end]
            && doc.sentence_of(end) == sentence
            && possessive_len(doc.tok_text(end - 1)) == 0
            && is_capitalised(doc.tok_text(end))
        {
            end += 1;
            if runs.contains_key(&key_of(m.tokens.start..end)) {
                best = Some(end);
            }
        }
        let Some(end) = best else { continue };
        let key = key_of(m.tokens.start..end);
        if personal(&key) || (m.label == Label::Org && end == m.tokens.end) {
            continue;
        }
        for c in covered.get_mut(m.tokens.end..end).into_iter().flatten() {
            *c = true;
        }
        m.tokens.end = end;
        m.end = doc.tokens[end - 1].end() - possessive_len(doc.tok_text(end - 1));
        m.label = Label::Org;
        m.role = None;
        m.country = None;
        m.capital_of = None;
    }
    // Runs no mention covers, written with the firm's capitals ("Nordwerk said ..."). A run
    // opens with the first word of one as written: the other tokens build no keys.
    let firsts: HashSet<&str, FxBuild> = runs
        .values()
        .map(|w| w.split(' ').next().unwrap_or(w))
        .collect();
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if covered[i] || !firsts.contains(bare(doc, i)) {
            i += 1;
            continue;
        }
        let found = (1..=MAX_RUN).rev().find(|&len| {
            let r = i..i + len;
            r.end <= doc.tokens.len()
                && r.clone().all(|j| {
                    !covered[j]
                        && doc.tokens[j].kind == TokenKind::Word
                        && doc.same_sentence(j, i)
                        && (j + 1 == r.end || possessive_len(doc.tok_text(j)) == 0)
                })
                // Not the start of a longer name: "Nordwerk Street".
                && !(r.end < doc.tokens.len()
                    && doc.same_sentence(r.end, i)
                    && doc.tokens[r.end].kind == TokenKind::Word
                    && is_capitalised(doc.tok_text(r.end)))
                && runs
                    .get(&key_of(r.clone()))
                    .is_some_and(|w| *w == written_of(doc, r.clone()))
                && !personal(&key_of(r.clone()))
        });
        match found {
            Some(len) if !in_headline(i) => {
                let last = i + len - 1;
                added.push(TypedMention {
                    start: doc.tokens[i].start(),
                    end: doc.tokens[last].end() - possessive_len(doc.tok_text(last)),
                    label: Label::Org,
                    role: None,
                    country: None,
                    capital_of: None,
                    confidence: 0.6,
                    tokens: i..i + len,
                });
                i += len;
            }
            _ => i += 1,
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// A token's text without its possessive ending.
fn bare<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    let w = doc.tok_text(i);
    &w[..w.len() - possessive_len(w)]
}

/// The words of tokens `r` as written, without a possessive ending, joined by a space.
fn written_of(doc: &Doc, r: Range<usize>) -> String {
    r.map(|i| bare(doc, i)).collect::<Vec<_>>().join(" ")
}

/// An organisation of two to six words in ordinary case whose last word is a legal form
/// ("Nordwerk GmbH", "Falcon Crest Ltd"; not a designator such as "Railroad": "Atlantic City"
/// of "Atlantic City Railroad" is the city, measured).
fn firm_anchor(doc: &Doc, m: &TypedMention) -> bool {
    if m.label != Label::Org || !(2..=6).contains(&m.tokens.len()) {
        return false;
    }
    let mut last = m.tokens.end - 1;
    if doc.tok_text(last) == "." && last > m.tokens.start {
        last -= 1;
    }
    if m.tokens.clone().all(|i| is_all_caps(doc.tok_text(i))) {
        return false;
    }
    let w = bare(doc, last);
    is_capitalised(w) && (legal_word(w) || with_lower(w, |l| words().firm_designators.contains(l)))
}

/// A company's legal form ("GmbH", "Ltd", "AS", "AB"; `[org_suffixes]`) that is no common
/// noun of other bodies too (`[shared_org_suffixes]`: "Group", "Company", "Holdings",
/// "Corporation" also end units, committees and railways; "Specialist Group", "West Jersey
/// Railroad" measured worse).
fn legal_word(w: &str) -> bool {
    is_org_suffix(w)
        && !(words().shared_org_suffixes)
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
}

/// The lower-case words of the people's names of two words or more among `ms`.
fn person_words(doc: &Doc, ms: &[TypedMention]) -> HashSet<String, FxBuild> {
    let mut out: HashSet<String, FxBuild> = HashSet::default();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
    {
        for i in m.tokens.clone() {
            out.insert(bare(doc, i).to_lowercase());
        }
    }
    out
}

/// A legal form written with a capital right after a name ("Brelvik AS", "Lindqvist Shipping
/// AB"): a mention ending before it is widened over it as an ORG, and a capitalised run of
/// one to four words no mention covers becomes one ORG with it.
fn join_legal_forms(
    doc: &Doc,
    ms: &mut Vec<TypedMention>,
    in_headline: &mut dyn FnMut(usize) -> bool,
) {
    let legal = |i: usize| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && legal_word(bare(doc, i))
    };
    let name_word = |i: usize| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(w)
            && !is_all_caps(w)
            && possessive_len(w) == 0
    };
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter() {
        for c in covered.get_mut(m.tokens.clone()).into_iter().flatten() {
            *c = true;
        }
    }
    // Widen the mentions that stop right before a legal form.
    for m in ms.iter_mut() {
        let next = m.tokens.end;
        if next < doc.tokens.len()
            && !covered[next]
            && doc.same_sentence(next, m.tokens.start)
            && doc.tokens[next - 1].end() == m.end
            && legal(next)
            && m.tokens.len() <= 4
            && m.tokens.clone().all(name_word)
            && !in_headline(next)
        {
            covered[next] = true;
            m.tokens.end = next + 1;
            m.end = doc.tokens[next].end() - possessive_len(doc.tok_text(next));
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
    // A capitalised number word the amounts read as a number ("First" of "First Petroleum
    // FZE", "One" of "One Harbour Ltd"): a word of a firm's name when one follows it. A
    // capitalised stop word inside a sentence is written as a name's ("and First Energy
    // DMCC"); opening a sentence it is the sentence's ("The Brelvik AS board").
    let number_words: Vec<usize> = ms
        .iter()
        .filter(|m| {
            matches!(m.label, Label::Ordinal | Label::Cardinal)
                && m.tokens.len() == 1
                && doc
                    .tok_text(m.tokens.start)
                    .chars()
                    .all(char::is_alphabetic)
                && name_word(m.tokens.start)
        })
        .map(|m| m.tokens.start)
        .collect();
    // A firm's name cut after its first words ("Fjordkraft" + "Marine ASA", "First" +
    // "Petroleum FZE"): the free capitalised words right before a name ending in a legal form
    // open it, and the legal form makes it a firm whatever the tagger read ("Orion Marine
    // FZCO" is no person).
    let mut absorbed: Vec<usize> = Vec::new();
    for m in ms.iter_mut() {
        let last = m.tokens.end - 1;
        if m.label.is_value()
            || m.label == Label::Item
            || m.tokens.len() < 2
            || !legal(last)
            || in_headline(last)
        {
            continue;
        }
        let mut start = m.tokens.start;
        while start > 0
            && m.tokens.end - start < 5
            && doc.same_sentence(start - 1, last)
            && (number_words.binary_search(&(start - 1)).is_ok()
                || (!covered[start - 1]
                    && name_word(start - 1)
                    && (!doc.is_sentence_start(start - 1)
                        || !lexicon()
                            .get_any(doc.tok_text(start - 1), &mut String::new())
                            .is_some_and(|e| e.stop))))
        {
            start -= 1;
        }
        if start < m.tokens.start {
            for c in covered.get_mut(start..m.tokens.start).into_iter().flatten() {
                *c = true;
            }
            absorbed
                .extend((start..m.tokens.start).filter(|i| number_words.binary_search(i).is_ok()));
            m.tokens.start = start;
            m.start = doc.tokens[start].start();
        }
        if m.label != Label::Org {
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
    // The number mentions a firm's name took in give way to it.
    if !absorbed.is_empty() {
        ms.retain(|m| {
            !(m.tokens.len() == 1
                && absorbed.binary_search(&m.tokens.start).is_ok()
                && m.label.is_value())
        });
    }
    // Free runs before a legal form.
    let mut added = Vec::new();
    for i in 1..doc.tokens.len() {
        if covered[i] || !legal(i) || !name_word(i - 1) || covered[i - 1] || in_headline(i) {
            continue;
        }
        let mut start = i - 1;
        while start > 0
            && i - start < 4
            && name_word(start - 1)
            && !covered[start - 1]
            && doc.same_sentence(start - 1, i)
        {
            start -= 1;
        }
        // Not the sentence's function words: "The Brelvik AS board" (inside a sentence a
        // capitalised stop word is the name's: "and First Energy DMCC").
        let opening = start;
        let stop = |j: usize| {
            (j > opening || doc.is_sentence_start(j))
                && lexicon()
                    .get_any(doc.tok_text(j), &mut String::new())
                    .is_some_and(|e| e.stop)
        };
        while start < i - 1 && stop(start) {
            start += 1;
        }
        if !doc.same_sentence(start, i) || stop(start) {
            continue;
        }
        added.push(TypedMention {
            start: doc.tokens[start].start(),
            end: doc.tokens[i].end() - possessive_len(doc.tok_text(i)),
            label: Label::Org,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: start..i + 1,
        });
        for c in covered.get_mut(start..i + 1).into_iter().flatten() {
            *c = true;
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}
