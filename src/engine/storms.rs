//! Named storms, after typing: "Hurricane Odalys", "Typhoon Halvik", "Tropical Storm Bertan"
//! are EVENTs (OntoNotes types named storms so), and so is the storm's name said again alone
//! ("Odalys left 40,000 people without power").
//!
//! - A storm word in capitals (`[storm_heads]` of `data/lexicons/context_words.txt`:
//!   "Hurricane", "Typhoon", "Cyclone", "Storm"), after at most one opener of its own
//!   (`[storm_openers]`: "Tropical Storm", "Super Typhoon"), followed by one capitalised
//!   word, is one EVENT over the words, whatever the tagger read there (a person, nothing:
//!   the tagger, trained on few storms, often leaves "Hurricane X" out). Not when a capitalised
//!   word stands right before it inside the sentence ("Eurofighter Typhoon", "Hawker
//!   Hurricane": a product's maker), when a lower-case item noun the lexicon lists follows
//!   ("Storm Shadow missiles"), nor when a product, work or organisation covers its words.
//!   Not in a headline line (`shape::headline_sentences`: "Hurricane Threatens Coast"), and a name the document says of
//!   a person (a comma and a title after it, or "he"/"she" within four tokens: "Storm Harlow,
//!   the chief executive") is left as the stages before typed it.
//! - Every other mention of exactly the storm's name ("Odalys", "Halvik"), typed a person, a
//!   nationality or an event, is that EVENT too (not before an item noun), and the name
//!   written where no mention covers it is added.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! mentions with the storms' EVENT mentions put in place of what their words held.
//!
//! *Architecture invariant:* reads the document, the lexicon and the word lists only; imports
//! no other stage; only relabels or replaces name mentions (never values) with EVENT mentions.

use super::lexicon::words::words;
use super::lexicon::{lexicon, Lexicon};
use super::mention::{overlapping, replace_spans, TypedMention};
use super::model::Label;
use super::shape::{headline_sentences, is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Type the storms (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let (w, lx) = (words(), lexicon());
    let listed = |list: &[&str], i: usize| {
        let t = doc.tok_text(i);
        list.iter().any(|x| t.eq_ignore_ascii_case(x))
    };
    let word = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(doc.tok_text(i))
            && !is_all_caps(doc.tok_text(i))
    };
    let same_sentence = |a: usize, b: usize| doc.sentence_of(a) == doc.sentence_of(b);
    let blocked = |r: &Range<usize>| {
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        ms[overlapping(ms, start, end)].iter().any(|m| {
            m.label.is_value() || matches!(m.label, Label::Product | Label::WorkOfArt | Label::Org)
        })
    };
    // "Storm Shadow missiles": a product's name before an item noun.
    let item_after = |k: usize| {
        doc.tokens.get(k + 1).is_some_and(|t| {
            let n = doc.slice(t.start(), t.end());
            t.kind == TokenKind::Word
                && same_sentence(k, k + 1)
                && n.starts_with(char::is_lowercase)
                && lx.get(n).is_some_and(|e| e.item)
        })
    };
    let mut buf = String::new();
    let mut headlines: Option<Vec<bool>> = None;
    let mut storms: Vec<Range<usize>> = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(1) {
        let name = i + 1;
        if !word(i) || !listed(&w.storm_heads, i) || !word(name) || !same_sentence(i, name) {
            continue;
        }
        // "Tropical Storm Bertan": the opener is the storm's.
        let start = if i > 0 && listed(&w.storm_openers, i - 1) && word(i - 1) {
            i - 1
        } else {
            i
        };
        // "Eurofighter Typhoon", "Hawker Hurricane": a maker's name before the word (not a
        // listed function word opening the sentence: "After Hurricane X hit").
        if start > 0
            && same_sentence(start - 1, start)
            && word(start - 1)
            && !(starts(doc, start - 1)
                && lx
                    .get_any(doc.tok_text(start - 1), &mut buf)
                    .is_some_and(|e| e.stop))
        {
            continue;
        }
        // "Hurricane Threatens 2 Million In Tarnby": a headline's capitals say nothing (the
        // lines computed once, on the first storm word).
        if headlines.get_or_insert_with(|| headline_sentences(doc))[doc.sentence_of(i) as usize] {
            continue;
        }
        // "Hurricane Odalys Relief Fund": a longer name holds the storm's.
        if name + 1 < doc.tokens.len() && same_sentence(name, name + 1) && word(name + 1) {
            continue;
        }
        let r = start..name + 1;
        if !item_after(name) && !blocked(&r) {
            storms.push(r);
        }
    }
    if storms.is_empty() {
        return;
    }
    // A token holds its possessive ("Odalys's winds"): the name is the word without it.
    let bare = |i: usize| {
        let t = doc.tok_text(i);
        &t[..t.len() - possessive_len(t)]
    };
    // A name the document also uses for a person is not a storm's ("Storm Harlow, the chief
    // executive", "Brannock said he"): neither the pair nor the name alone is relabelled.
    let people: FxHashSet<&str> = (0..doc.tokens.len())
        .filter(|&i| word(i) && person_cue(doc, lx, i, &mut buf))
        .map(bare)
        .collect();
    storms.retain(|r| !people.contains(bare(r.end - 1)));
    if storms.is_empty() {
        return;
    }
    let names: FxHashSet<&str> = storms.iter().map(|r| bare(r.end - 1)).collect();
    let mut marks = vec![false; doc.tokens.len()];
    for r in &storms {
        marks[r.clone()].iter_mut().for_each(|x| *x = true);
    }
    let inside = |i: usize| marks[i];
    // The name said again: a one-word mention of it, or its word uncovered.
    let mut spans = storms.clone();
    for i in 0..doc.tokens.len() {
        if inside(i) || !word(i) || !names.contains(bare(i)) {
            continue;
        }
        let (start, end) = (doc.tokens[i].start(), doc.tokens[i].end());
        let over = &ms[overlapping(ms, start, end)];
        // A product, work, firm or place the tagger or a stage before typed stays so ("The
        // Shadow missile").
        let alone = over.iter().all(|m| {
            m.tokens == (i..i + 1) && matches!(m.label, Label::Person | Label::Norp | Label::Event)
        }) && !item_after(i);
        // A capitalised word on either side: part of another name ("Odalys Marquez").
        // A capital opening the sentence says nothing ("Then Odalys turned").
        let joined = (i > 0 && same_sentence(i - 1, i) && word(i - 1) && !starts(doc, i - 1))
            || (i + 1 < doc.tokens.len() && same_sentence(i, i + 1) && word(i + 1));
        if alone && !joined {
            spans.push(i..i + 1);
        }
    }
    spans.sort_by_key(|r| r.start);
    // Byte spans without a possessive glued to the last token ("Odalys's").
    let bytes = spans
        .iter()
        .map(|r| {
            let end = doc.tokens[r.end - 1].end();
            (
                doc.tokens[r.start].start(),
                end - possessive_len(doc.tok_text(r.end - 1)),
            )
        })
        .collect();
    replace_spans(ms, spans, bytes, Label::Event);
}

/// Is token `i` (a name's word) said of a person: followed, in its sentence, by a comma and a
/// title ("Harlow, the chief executive"), or within four tokens by a personal pronoun ("Brannock
/// said he")?
fn person_cue(doc: &Doc, lx: &Lexicon, i: usize, buf: &mut String) -> bool {
    let same = |k: usize| k < doc.tokens.len() && doc.sentence_of(k) == doc.sentence_of(i);
    let mut title = |k: usize| {
        same(k)
            && lx
                .get_any(doc.tok_text(k), buf)
                .is_some_and(|e| e.title || e.title_start)
    };
    let apposition = same(i + 2)
        && doc.tok_text(i + 1) == ","
        && (title(i + 2)
            || (matches!(doc.tok_text(i + 2), "the" | "a" | "an")
                && (title(i + 3) || title(i + 4))));
    apposition
        || (i + 1..i + 5)
            .any(|k| same(k) && matches!(doc.tok_text(k), "he" | "she" | "his" | "her" | "him"))
}

/// Does token `i` open its sentence?
fn starts(doc: &Doc, i: usize) -> bool {
    i == 0 || doc.sentence_of(i - 1) != doc.sentence_of(i)
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    // Texts written for these tests (invented storms, places and people).

    #[test]
    fn a_named_storm_and_its_name_again_are_events() {
        let got = names(
            "Insurers paid claims after Hurricane Odalys struck the coast. Odalys left \
             40,000 homes without power.",
        );
        assert!(has(&got, "Hurricane Odalys", "EVENT"), "{got:?}");
        assert!(has(&got, "Odalys", "EVENT"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        let got = names("Typhoon Halvik struck Okinawa on Monday. Halvik killed four people.");
        assert!(has(&got, "Typhoon Halvik", "EVENT"), "{got:?}");
        assert!(has(&got, "Halvik", "EVENT"), "{got:?}");
        let got = names("Storm Ciaran shut schools, and Ciaran's winds felled trees in Tarnby.");
        assert!(has(&got, "Ciaran", "EVENT"), "{got:?}");
        let got = names("Schools shut as Tropical Storm Bertan neared Tarnby.");
        assert!(has(&got, "Tropical Storm Bertan", "EVENT"), "{got:?}");
    }

    #[test]
    fn a_storm_after_a_sentence_opening_word_is_found() {
        let got = names("After Hurricane Odalys hit Tarnby, insurers paid claims.");
        assert!(has(&got, "Hurricane Odalys", "EVENT"), "{got:?}");
    }

    #[test]
    fn people_headlines_products_and_longer_names_are_left_alone() {
        let got = names(
            "Storm Harlow, the chief executive of Kelvane, said profits rose. Harlow joined \
             the firm in 2019.",
        );
        assert!(!has(&got, "Harlow", "EVENT"), "{got:?}");
        let got = names("Hurricane Brannock won the final in Tarnby. Brannock said he was tired.");
        assert!(!has(&got, "Brannock", "EVENT"), "{got:?}");
        let got = names("Hurricane Threatens 2 Million In Tarnby");
        assert!(!got.iter().any(|(_, l)| l == "EVENT"), "{got:?}");
        let got = names("The air force flew Eurofighter Typhoon Tranche jets over Tarnby.");
        assert!(!got.iter().any(|(_, l)| l == "EVENT"), "{got:?}");
        let got = names("Storm Shadow was sent to Kyiv. The Shadow missile has a long range.");
        assert!(!has(&got, "Shadow", "EVENT"), "{got:?}");
        let got = names("Britain sent Storm Shadow missiles to the front.");
        assert!(!has(&got, "Storm Shadow", "EVENT"), "{got:?}");
        let got = names("Donors gave to the Hurricane Odalys Relief Fund in Tarnby.");
        assert!(!has(&got, "Hurricane Odalys", "EVENT"), "{got:?}");
    }
}
