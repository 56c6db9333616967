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
//! - Every other mention of exactly the storm's name ("Odalys", "Halvik") is that EVENT too,
//!   and the name written where no mention covers it is added.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! mentions with the storms' EVENT mentions put in place of what their words held.
//!
//! *Architecture invariant:* reads the document and the word lists only; imports no other
//! stage; only relabels or replaces name mentions (never values) with EVENT mentions.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::{overlapping, replace_spans, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len};
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
        // "Eurofighter Typhoon", "Hawker Hurricane": a maker's name before the word.
        if start > 0 && same_sentence(start - 1, start) && word(start - 1) {
            continue;
        }
        // "Hurricane Odalys Relief Fund": a longer name holds the storm's.
        if name + 1 < doc.tokens.len() && same_sentence(name, name + 1) && word(name + 1) {
            continue;
        }
        // "Storm Shadow missiles": a product's name before an item noun.
        let item = doc.tokens.get(name + 1).is_some_and(|t| {
            let n = doc.slice(t.start(), t.end());
            t.kind == TokenKind::Word
                && same_sentence(name, name + 1)
                && n.starts_with(char::is_lowercase)
                && lx.get(n).is_some_and(|e| e.item)
        });
        let r = start..name + 1;
        if !item && !blocked(&r) {
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
    let names: FxHashSet<&str> = storms.iter().map(|r| bare(r.end - 1)).collect();
    let inside = |i: usize| storms.iter().any(|r| r.contains(&i));
    // The name said again: a one-word mention of it, or its word uncovered.
    let mut spans = storms.clone();
    for i in 0..doc.tokens.len() {
        if inside(i) || !word(i) || !names.contains(bare(i)) {
            continue;
        }
        let (start, end) = (doc.tokens[i].start(), doc.tokens[i].end());
        let over = &ms[overlapping(ms, start, end)];
        let alone = over
            .iter()
            .all(|m| m.tokens == (i..i + 1) && !m.label.is_value());
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
    fn products_and_longer_names_are_left_alone() {
        let got = names("The air force flew two Eurofighter Typhoon jets over Tarnby.");
        assert!(!got.iter().any(|(_, l)| l == "EVENT"), "{got:?}");
        let got = names("Britain sent Storm Shadow missiles to the front.");
        assert!(!has(&got, "Storm Shadow", "EVENT"), "{got:?}");
        let got = names("Donors gave to the Hurricane Odalys Relief Fund in Tarnby.");
        assert!(!has(&got, "Hurricane Odalys", "EVENT"), "{got:?}");
    }
}
