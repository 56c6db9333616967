//! Firms named right after the noun that describes them: "chief executive of Greek utility
//! Hellas Energeia", "froze the assets of insurer Bosphorus Marine Sigorta". The tagger leaves
//! an unfamiliar name out when nothing but that noun marks it; the noun says what it is.
//!
//! The frame: a lower-case noun of `[description_nouns]` (`data/lexicons/context_words.txt`:
//! "utility", "insurer", "lender", "firm"), then one to [`MAX_NAME_WORDS`] capitalised words no
//! mention covers, ended by punctuation, a lower-case word or the sentence's end, all in one
//! sentence. The words become an ORG mention. Left alone: one word of one or two letters ("N /
//! A", "RT"); a run whose first word the lexicon
//! lists as a stop word (pronouns, months, weekdays), a title, a given name, a place, country or
//! nationality, or as a known place's, nationality's or person's name
//! (`lexicon::Entry::names_no_firm`, which `employers` reads too), or closed by a stop word; a noun
//! after a capitalised word no mention covers ("Acme Group Holdings" is one name), or ending a
//! vessel noun of `[vessel_nouns]` ("the aircraft carrier X").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with the ORG mentions added, in text order.
//!
//! The same capitalised words right before ", the|a|an", at most [`MAX_MODIFIERS`] lower-case
//! words or nationalities and a description noun heading its phrase ("Embraer, the Brazilian
//! aircraft maker,") are one too ([`name_before`]); the same name typed elsewhere as a person or
//! place on weak evidence becomes that firm.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; adds ORG mentions over words no mention covers, and relabels only mentions of the
//! very names it added; never cuts or drops a mention.

use super::lexicon::lexicon;
use super::lexicon::words::{words, ListSet};
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_capitalised, possessive_len, starts_lower};
use super::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// Most words of the name after the description noun.
const MAX_NAME_WORDS: usize = 4;
/// Confidence of a firm found by its frame.
const CONFIDENCE: f32 = 0.7;

/// Add the firms named right after a description noun (see the module documentation).
pub fn add(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut covered = super::mention::covered_tokens(doc, ms);
    let norp = super::mention::covered_tokens(
        doc,
        &ms.iter()
            .filter(|m| m.label == Label::Norp)
            .cloned()
            .collect::<Vec<_>>(),
    );
    let mut added = Vec::new();
    for n in 0..doc.tokens.len() {
        if !describes(doc, &covered, n) {
            continue;
        }
        let found = name_after(doc, &covered, n).or_else(|| name_before(doc, &covered, &norp, n));
        if let Some(r) = found {
            for i in r.clone() {
                covered[i] = true;
            }
            let mut m = TypedMention::over(doc, r, Label::Org, CONFIDENCE);
            m.end -= possessive_len(doc.slice(m.start, m.end));
            added.push(m);
        }
    }
    if !added.is_empty() {
        // "Embraer, the Brazilian aircraft maker, ... Embraer said": the same name typed
        // elsewhere as a person or place on weak evidence (below [`CONFIDENCE`], no role) is
        // the firm too.
        let names: Vec<&str> = added.iter().map(|m| doc.slice(m.start, m.end)).collect();
        for m in ms.iter_mut() {
            if matches!(m.label, Label::Person | Label::Gpe | Label::Loc)
                && m.confidence < CONFIDENCE
                && m.role.is_none()
                && names.contains(&doc.slice(m.start, m.end))
            {
                m.label = Label::Org;
                m.confidence = CONFIDENCE;
                m.country = None;
                m.capital_of = None;
            }
        }
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// `[description_nouns]` as a set: [`describes`] looks up every lower-case word.
fn description_nouns() -> &'static ListSet {
    static S: OnceLock<ListSet> = OnceLock::new();
    S.get_or_init(|| ListSet::of(&words().description_nouns))
}

/// Is token `n` a lower-case description noun no mention covers, not after a capitalised word
/// no mention covers, nor the end of a vessel noun ("the aircraft carrier X")?
fn describes(doc: &Doc, covered: &[bool], n: usize) -> bool {
    let t = doc.tok_text(n);
    let vessel = || {
        n.checked_sub(1)
            .is_some_and(|p| words().is_vessel_noun_pair(doc.tok_text(p), t))
    };
    doc.tokens[n].kind == TokenKind::Word
        && !covered[n]
        && starts_lower(t)
        && description_nouns().has(t)
        && !n.checked_sub(1).is_some_and(|p| {
            doc.same_sentence(p, n) && is_capitalised(doc.tok_text(p)) && !covered[p]
        })
        && !vessel()
}

/// The capitalised words no mention covers right after the description noun at `n`, when they
/// end at punctuation, a lower-case word or the sentence's end and open with no listed word.
fn name_after(doc: &Doc, covered: &[bool], n: usize) -> Option<std::ops::Range<usize>> {
    let start = n + 1;
    let word = |i: usize| {
        i < doc.tokens.len()
            && doc.same_sentence(n, i)
            && doc.tokens[i].kind == TokenKind::Word
            && !covered[i]
            && is_capitalised(doc.tok_text(i))
    };
    let mut end = start;
    while end < start + MAX_NAME_WORDS && word(end) {
        end += 1;
        // "insurer Acme's": the possessive ends the name.
        if possessive_len(doc.tok_text(end - 1)) > 0 {
            break;
        }
    }
    // "company N / A", "group RT @x": a lone letter or two names nothing.
    if end == start || (end == start + 1 && doc.tok_text(start).chars().count() < 3) {
        return None;
    }
    let closed = end >= doc.tokens.len()
        || !doc.same_sentence(n, end)
        || doc.tokens[end].kind != TokenKind::Word
        || starts_lower(doc.tok_text(end));
    let lx = lexicon();
    let bare = |i: usize| {
        let w = doc.tok_text(i);
        w[..w.len() - possessive_len(w)].to_lowercase()
    };
    // "told the firm Monday": nor a run closed by a listed word.
    let listed = lx
        .get(&bare(start))
        .is_some_and(|e| e.names_no_firm() || e.given)
        || lx.get(&bare(end - 1)).is_some_and(|e| e.stop);
    (closed && !listed).then_some(start..end)
}

/// Most modifiers between the article and the description noun ("the Brazilian aircraft maker").
const MAX_MODIFIERS: usize = 3;

/// "Embraer, the Brazilian aircraft maker, said": the capitalised words no mention covers
/// right before ", the|a|an", at most [`MAX_MODIFIERS`] lower-case words or nationalities and
/// the description noun at `n`, which heads its phrase (punctuation or a word of
/// `[description_followers]` after it: "of", "that"; "a company spokesman" describes a person).
/// They open the sentence or follow a word that is not a capitalised one no mention covers, and
/// open with no listed word (as [`name_after`]).
fn name_before(
    doc: &Doc,
    covered: &[bool],
    norp: &[bool],
    n: usize,
) -> Option<std::ops::Range<usize>> {
    let same = |i: usize| doc.same_sentence(i, n);
    // The noun heads its phrase: "a company spokesman" describes a person.
    let heads = doc.tokens.get(n + 1).is_none_or(|t| {
        !same(n + 1)
            || t.kind != TokenKind::Word
            || words().description_followers.contains(&doc.tok_text(n + 1))
    });
    if !heads {
        return None;
    }
    let mut k = n.checked_sub(1)?;
    let mut modifiers = 0;
    while same(k)
        && (norp[k] || (!covered[k] && starts_lower(doc.tok_text(k))))
        && !matches!(doc.tok_text(k), "the" | "a" | "an")
    {
        modifiers += 1;
        if modifiers > MAX_MODIFIERS || k == 0 {
            return None;
        }
        k -= 1;
    }
    // k: the article; before it a comma, before that the name.
    if !matches!(doc.tok_text(k), "the" | "a" | "an") || k < 2 || !same(k - 2) {
        return None;
    }
    if doc.tok_text(k - 1) != "," {
        return None;
    }
    let end = k - 1;
    let word = |i: usize| {
        same(i)
            && doc.tokens[i].kind == TokenKind::Word
            && !covered[i]
            && is_capitalised(doc.tok_text(i))
    };
    let mut start = end;
    while start > 0 && end - start < MAX_NAME_WORDS && word(start - 1) {
        start -= 1;
    }
    if start == end || (start > 0 && same(start - 1) && word(start - 1)) {
        return None;
    }
    // A lone letter or two; an opening adverb ("Separately, the utility, X rose", "Meanwhile,
    // the firm"); a listed first word ("Monday, the firm said").
    let first = doc.tok_text(start).to_lowercase();
    if end == start + 1
        && (first.chars().count() < 3
            || first.ends_with("ly")
            || words().sentence_function_words.contains(first.as_str()))
    {
        return None;
    }
    let lx = lexicon();
    let listed = lx
        .get(&first)
        .is_some_and(|e| e.names_no_firm() || e.given || e.stop);
    (!listed).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput, model::Label};

    fn entities(text: &str) -> Vec<(String, Label)> {
        analyze(&DocumentInput {
            id: "d".into(),
            text: text.into(),
            date: Some("2026-06-02".into()),
        })
        .entity_list
        .into_iter()
        .map(|e| (e.name, e.label))
        .collect()
    }

    #[test]
    fn a_name_after_a_description_noun_is_a_firm() {
        for (text, firm) in [
            (
                "Marta Lind, chief executive of Greek utility Korvessa Energeia, signed the deal.",
                "Korvessa Energeia",
            ),
            (
                "The ministry froze the assets of insurer Tavrin Marine Sigorta on Monday.",
                "Tavrin Marine Sigorta",
            ),
        ] {
            let got = entities(text);
            assert!(
                got.iter().any(|(n, l)| n == firm && *l == Label::Org),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_name_described_in_apposition_is_a_firm_wherever_it_is_named() {
        let got = entities(
            "Sorvane, the Brazilian aircraft maker, sold six jets to Kestrel Air. Sorvane said \
             more would follow. Talvik, a maker of pumps, agreed.",
        );
        let orgs: Vec<&str> = (got.iter())
            .filter(|(_, l)| *l == Label::Org)
            .map(|(n, _)| n.as_str())
            .collect();
        assert!(
            orgs.contains(&"Sorvane") && orgs.contains(&"Talvik"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(n, l)| n == "Sorvane" && *l != Label::Org),
            "one firm, not a firm and a person: {got:?}"
        );
    }

    #[test]
    fn a_person_or_a_weekday_before_a_description_is_no_firm() {
        for (text, word) in [
            (
                "Orrin Vale, a company spokesman, declined to comment.",
                "Orrin Vale",
            ),
            ("On Monday, the company said it would sell.", "Monday"),
            ("Separately, the utility, Ostvik Power, rose.", "Separately"),
            ("Meanwhile, the company said it would sell.", "Meanwhile"),
        ] {
            let got = entities(text);
            assert!(
                !got.iter().any(|(n, l)| n == word && *l == Label::Org),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_weekday_a_pronoun_or_a_place_after_the_noun_is_no_firm() {
        for (text, word) in [
            (
                "Analysts told the company Monday that sales fell.",
                "Monday",
            ),
            ("It is the group I trust most.", "I"),
            ("The carrier Norway chose was the cheapest.", "Norway"),
            ("The aircraft carrier Kuznetsov left port.", "Kuznetsov"),
        ] {
            let got = entities(text);
            assert!(
                !got.iter().any(|(n, l)| n == word && *l == Label::Org),
                "{text}: {got:?}"
            );
        }
    }
}
