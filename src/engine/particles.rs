//! People's names with particles after typing: the short form keeps its particle, and a name
//! cut at a particle gets its surname back.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, with
//! - a short form that starts with a capitalised particle ("Von der Leyen said", "Bin Salman
//!   left", "Al-Thani spoke", "Le Maire said"; `[person_particles]` of
//!   `data/lexicons/context_words.txt`) a PERSON mention over the particle and the surname,
//!   when the document names a person whose full name ends with the same words ("Ursula von
//!   der Leyen"); mentions it overlaps ("Leyen") are replaced, so merge joins it to the full name;
//! - a person's name that ends at a particle, or stops before a lower-case particle (or one
//!   of an ALL-CAPS line) and a capitalised word, widened over them ("BRUNO LE" of "BRUNO LE
//!   MAIRE", "Hamad bin Jassim" → "Hamad bin Jassim al-Thani" when the tagger stopped early).
//!
//! This stage runs after the name tagger, so `ner.bin` does not depend on it.
//!
//! *Architecture invariant:* reads the document and word lists only; imports no other stage.

use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised};
use super::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;

/// Whether `w` is a name particle, or starts with one and a hyphen ("al-Thani").
fn particle(w: &str) -> bool {
    let l = w.to_lowercase();
    let ps = &words().person_particles;
    ps.contains(&l.as_str())
        || l.split_once('-')
            .is_some_and(|(p, rest)| !rest.is_empty() && ps.contains(&p))
}

fn lower_words(doc: &Doc, r: Range<usize>) -> String {
    let mut s = String::new();
    for i in r {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&doc.tok_text(i).to_lowercase());
    }
    s
}

/// Widen and add people's names over their particles (see the module documentation).
pub fn complete(doc: &Doc, ms: &mut Vec<TypedMention>) {
    widen_over_particles(doc, ms);
    // Tails of people's full names that start with a particle: "von der leyen", "al-thani".
    let mut tails: HashSet<String> = HashSet::default();
    let mut longest = 0;
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
    {
        for j in m.tokens.start + 1..m.tokens.end {
            if particle(doc.tok_text(j)) && !is_capitalised(doc.tok_text(j)) {
                tails.insert(lower_words(doc, j..m.tokens.end));
                longest = longest.max(m.tokens.end - j);
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    let mut add: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let w = doc.tok_text(i);
        // Not in ALL CAPS: there a firm's "DE" looks the same ("SILICIUM DE PROVENCE").
        if doc.tokens[i].kind != TokenKind::Word
            || !is_capitalised(w)
            || is_all_caps(w)
            || !particle(w)
        {
            i += 1;
            continue;
        }
        let sentence = doc.sentence_of(i);
        let found = (1..=longest).rev().find_map(|len| {
            let end = i + len;
            (end <= doc.tokens.len()
                && doc.sentence_of(end - 1) == sentence
                && tails.contains(&lower_words(doc, i..end)))
            .then_some(i..end)
        });
        let Some(r) = found else {
            i += 1;
            continue;
        };
        // Inside a longer name already ("URSULA VON DER LEYEN"), or wider than a mention.
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        let clash = ms
            .iter()
            .any(|m| m.start < end && m.end > start && (m.start < start || m.end > end));
        if !clash {
            add.push(r.clone());
        }
        i = r.end;
    }
    for r in add {
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        let role = ms
            .iter()
            .find(|m| m.start < end && m.end > start)
            .and_then(|m| m.role.clone());
        ms.retain(|m| m.end <= start || m.start >= end);
        ms.push(TypedMention {
            start,
            end,
            label: Label::Person,
            role,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: r,
        });
    }
    crate::sort::sort_by_key(ms, |m| m.start);
}

/// "BRUNO LE" + "MAIRE", "Hamad bin Jassim" + "al-Thani": a person's name widened over a
/// particle it ends at or stops before, and the capitalised word after it.
fn widen_over_particles(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut k = 0;
    while k < ms.len() {
        if ms[k].label != Label::Person {
            k += 1;
            continue;
        }
        let m = &ms[k];
        let sentence = doc.sentence_of(m.tokens.start);
        let caps_name = doc.tok_text(m.tokens.start).len() > 1
            && m.tokens.clone().all(|i| is_all_caps(doc.tok_text(i)));
        let in_sentence = |i: usize| {
            doc.tokens
                .get(i)
                .filter(|t| doc.sentence_of(i) == sentence && t.kind == TokenKind::Word)
                .map(|_| doc.tok_text(i))
        };
        let mut end = m.tokens.end;
        let ends_at_particle = m.tokens.len() >= 2 && particle(doc.tok_text(end - 1));
        if !ends_at_particle {
            // Particles after the name: lower case, or of an ALL-CAPS name.
            while let Some(w) = in_sentence(end) {
                if particle(w)
                    && !w.contains('-')
                    && (!is_capitalised(w) || (caps_name && is_all_caps(w)))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            if end == m.tokens.end {
                k += 1;
                continue;
            }
        }
        let Some(w) = in_sentence(end) else {
            k += 1;
            continue;
        };
        let hyphened = particle(w) && w.contains('-'); // "al-Thani"
        let fits = if caps_name {
            is_all_caps(w)
        } else {
            hyphened || (is_capitalised(w) && !is_all_caps(w))
        };
        if !fits
            || (particle(w) && !hyphened)
            || words().calendar_words.contains(w.to_lowercase().as_str())
        {
            k += 1;
            continue;
        }
        let new_end = doc.tokens[end].end();
        // The words taken in may hold a mention of their own ("MAIRE"); not a longer one.
        let clash = ms
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && o.start < new_end && o.end > new_end);
        if clash {
            k += 1;
            continue;
        }
        let start = ms[k].start;
        let mut m = ms[k].clone();
        m.end = new_end;
        m.tokens = m.tokens.start..end + 1;
        ms.retain(|o| o.end <= start || o.start >= new_end);
        let at = ms.partition_point(|o| o.start < start);
        ms.insert(at, m);
        k = at + 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn people(text: &str) -> Vec<(String, String)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        let names: std::collections::HashMap<_, _> = a
            .entity_list
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        a.entities
            .iter()
            .filter(|m| format!("{:?}", m.label) == "Person")
            .map(|m| {
                (
                    m.text.clone(),
                    names.get(&m.entity).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_short_form_keeps_its_particle_and_joins_the_full_name() {
        let cases = [
            (
                "Pieter van der Merwe opened the dock in Durban. Van der Merwe thanked the crew.",
                "Van der Merwe",
                "Pieter van der Merwe",
            ),
            (
                "Foreign Minister Faisal bin Farhan flew to Cairo on Monday. Bin Farhan met officials there.",
                "Bin Farhan",
                "Faisal bin Farhan",
            ),
            (
                "Hugo de Villiers chaired the panel in Lyon. De Villiers closed it early.",
                "De Villiers",
                "Hugo de Villiers",
            ),
        ];
        for (text, short, full) in cases {
            let got = people(text);
            assert!(
                got.iter().any(|(t, e)| t == short && e == full),
                "{short} → {full}: {got:?}"
            );
        }
    }

    #[test]
    fn an_all_caps_name_keeps_the_word_after_its_particle() {
        let got = people("TRADE CHIEF MARINE LE GALL SIGNED THE PACT ON MONDAY.\nMarine le Gall signed a pact in Brest on Monday.");
        assert!(got.iter().any(|(t, _)| t == "MARINE LE GALL"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "MARINE LE"), "{got:?}");
    }
}
