//! People (and firms by their sector word) as the subjects of clauses, where the name tagger
//! left them out.
//!
//! The tagger reads a capitalised word with little around it: an unfamiliar surname opening a
//! sentence ("Okafor later said ...") or a full name whose given name no list holds
//! ("Dariush Kamrani chartered the vessel.") is often left out, since every sentence opens
//! with a capital. The part-of-speech tagger tells what follows: a verb. Two frames add a
//! PERSON mention:
//!
//! - **a person named again**: one capitalised word, tagged PROPN, before its verb (after at
//!   most one adverb: "Okafor later said"), which the document names as a person elsewhere,
//!   alone or as the last word of a full name ("Adeyemi Okafor ... Okafor said");
//! - **a full name opening its sentence**: the sentence's first two words (after opening
//!   quotes), both capitalised and otherwise lower case ("Al-Harbi" too), tagged PROPN, no
//!   word the lexicon lists other than as a given name or surname, before its verb; a firm
//!   when the second word is a sector word (`[sector_words]`: "Orvo Mobile buys chips").
//!
//! Left alone in both: a word the document also writes in lower case (a common word), a word
//! ending in "ing" (a gerund: "Scouting was founded"), a word of an all-capitals or Title Case
//! line (headlines capitalise every word), and anything a mention already covers; in the
//! first, a word after a capitalised word (the end of a longer name: "Suu Kyi"); in the
//! second, an unlisted plural second word ("Maple Leafs") and an event's head word
//! ("Hurricane Gonzalo", `[event_heads]`).
//!
//! Input: the document, its tagged words (before names are retagged as proper nouns) and the
//! typed mentions (byte offsets, text order, non-overlapping). Output: the mentions with the
//! PERSON (and ORG) mentions added, in text order.
//!
//! *Architecture invariant:* reads the document, the tagged words and the lexicon; imports no
//! other stage; only adds PERSON and ORG mentions over uncovered words; never changes a mention.

use super::lexicon::words::words;
use super::lexicon::{lexicon, with_lower};
use super::mention::{overlapping, TypedMention};
use super::model::Label;
use super::pos::{Upos, Words};
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;

/// Confidence of a person read from a clause's subject.
const CONFIDENCE: f32 = 0.5;

/// Add the people the two frames find (see the module documentation).
pub fn add(doc: &Doc, tagged: &Words, ms: &mut Vec<TypedMention>) {
    let upos_at = |i: usize| tagged.upos_starting_at(doc.tokens[i].start());
    let people: FxHashSet<&str> = ms
        .iter()
        .filter(|m| m.label == Label::Person)
        .filter_map(|m| m.tokens.clone().last())
        .map(|k| doc.tok_text(k))
        .collect();
    let mut lower: Option<FxHashSet<String>> = None;
    let mut found: Vec<(std::ops::Range<usize>, Label)> = Vec::new();
    for s in doc.sentences.iter() {
        let r = s.tokens();
        if title_line(doc, r.clone()) {
            continue;
        }
        let first = r
            .clone()
            .find(|&i| !matches!(doc.tok_text(i), "\"" | "“" | "'" | "‘" | "(" | "-" | "—"));
        for i in r.clone() {
            let mut label = Label::Person;
            let name = if !people.is_empty()
                && people.contains(doc.tok_text(i))
                && !(i > r.start && name_word(doc, i - 1))
                && name_word(doc, i)
                && upos_at(i) == Some(Upos::Propn)
                && verb_after(doc, &upos_at, i + 1, r.end)
            {
                i..i + 1
            } else if Some(i) == first
                && i + 2 < r.end
                && (i..i + 2).all(|k| name_word(doc, k))
                && unlisted(doc.tok_text(i))
                && (unlisted(doc.tok_text(i + 1)) || sector(doc.tok_text(i + 1)))
                && !plural(doc.tok_text(i + 1))
                && !with_lower(doc.tok_text(i), |w| words().event_heads.contains(&w))
                && (i..i + 2).all(|k| upos_at(k) == Some(Upos::Propn))
                && verb_after(doc, &upos_at, i + 2, r.end)
            {
                if sector(doc.tok_text(i + 1)) {
                    label = Label::Org;
                }
                i..i + 2
            } else {
                continue;
            };
            let (start, end) = (
                doc.tokens[name.start].start(),
                doc.tokens[name.end - 1].end(),
            );
            if !overlapping(ms, start, end).is_empty() {
                continue;
            }
            let lower = lower.get_or_insert_with(|| doc.lower_words());
            if name
                .clone()
                .all(|k| !lower.contains(&doc.tok_text(k).to_lowercase()))
            {
                found.push((name, label));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    for (name, label) in found {
        ms.push(TypedMention::over(doc, name, label, CONFIDENCE));
    }
    crate::sort::sort_by_key(ms, |m| m.start);
}

/// A word a name can be: capitalised, the rest lower case (each hyphenated part capitalised
/// or lower case: "Al-Harbi", "Adeyemi-Okafor"), at least two letters, no gerund.
fn name_word(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    doc.tokens[i].kind == TokenKind::Word
        && w.chars().count() >= 2
        && !w.ends_with("ing")
        && w.split('-').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_alphabetic) && cs.all(char::is_lowercase)
        })
        && w.starts_with(char::is_uppercase)
}

/// Whether the word is a firm's sector word (`[sector_words]`: "Mobile", "Micro").
fn sector(w: &str) -> bool {
    with_lower(w, |w| words().sector_words.contains(&w))
}

/// Whether an unlisted word ends as an English plural ("Maple Leafs", "Gutter Notes").
fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && lexicon().get(&w.to_lowercase()).is_none()
}

/// Whether the lexicon lists the word as nothing but a given name or surname.
fn unlisted(w: &str) -> bool {
    lexicon().get(&w.to_lowercase()).is_none_or(|e| {
        let name_only = super::lexicon::Entry {
            given: e.given,
            surname: e.surname,
            ..Default::default()
        };
        *e == name_only
    })
}

/// Whether the verb group at token `j` (before `end`) opens with a lower-case verb, after at
/// most one lower-case adverb ("later said").
fn verb_after(doc: &Doc, upos_at: &impl Fn(usize) -> Option<Upos>, j: usize, end: usize) -> bool {
    let lower = |k: usize| doc.tok_text(k).starts_with(char::is_lowercase);
    let mut k = j;
    if k < end && upos_at(k) == Some(Upos::Adv) && lower(k) {
        k += 1;
    }
    k < end && lower(k) && matches!(upos_at(k), Some(Upos::Verb | Upos::Aux))
}

/// Whether every word of the sentence of more than three words is capitalised (a headline).
fn title_line(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    let mut words = r.filter(|&i| doc.tokens[i].kind == TokenKind::Word);
    let n = words.clone().count();
    n > 3 && words.all(|i| doc.tok_text(i).starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn people(text: &str) -> Vec<String> {
        analyze(&DocumentInput {
            id: "p".into(),
            text: text.into(),
            date: Some("2026-05-01".into()),
        })
        .entity_list
        .into_iter()
        .filter(|e| e.label == crate::engine::model::Label::Person)
        .flat_map(|e| std::iter::once(e.name).chain(e.aliases))
        .collect()
    }

    #[test]
    fn a_person_named_again_before_a_verb_is_that_person() {
        let text = "The talks ended when Okafor left the room. Okafor later said he was tired.";
        let p = people(text);
        assert!(p.iter().filter(|n| *n == "Okafor").count() >= 1, "{p:?}");
        let a = analyze(&DocumentInput {
            id: "p".into(),
            text: text.into(),
            date: None,
        });
        let okafor = a
            .entities
            .iter()
            .filter(|m| m.text == "Okafor" && m.label == crate::engine::model::Label::Person)
            .count();
        assert_eq!(okafor, 2, "{:?}", a.entities);
    }

    #[test]
    fn a_full_name_opening_a_sentence_before_its_verb_is_a_person() {
        for (text, name) in [
            (
                "Dariush Kamrani chartered the vessel in March.",
                "Dariush Kamrani",
            ),
            (
                "Tahmina Chowdhury visited the town on Monday.",
                "Tahmina Chowdhury",
            ),
            (
                "Faisal Al-Harbi bought the club last year.",
                "Faisal Al-Harbi",
            ),
        ] {
            assert!(
                people(text).iter().any(|n| n == name),
                "{text}: {:?}",
                people(text)
            );
        }
    }

    #[test]
    fn a_name_ending_in_a_sector_word_opening_a_sentence_is_a_firm() {
        let a = analyze(&DocumentInput {
            id: "f".into(),
            text: "Orvo Mobile buys chips from a supplier in Taiwan.".into(),
            date: None,
        });
        assert!(
            a.entity_list
                .iter()
                .any(|e| e.name == "Orvo Mobile" && e.label == crate::engine::model::Label::Org),
            "{:?}",
            a.entity_list
        );
    }

    #[test]
    fn common_words_headlines_and_gerunds_are_left_alone() {
        for text in [
            // Written in lower case elsewhere.
            "Climate Change worries farmers. They fear climate shifts.",
            // A headline capitalises every word.
            "Dariush Kamrani Charters Vessel For Grain Run",
            // A gerund, not a name.
            "Scouting was founded here. The Scouting movement grew.",
        ] {
            assert!(people(text).is_empty(), "{text}: {:?}", people(text));
        }
    }
}
