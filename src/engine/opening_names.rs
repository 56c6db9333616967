//! Unfamiliar firms opening a sentence as its subject: "Maersk said freight rates fell",
//! "Mubadala owns 38% of X". The candidate stage leaves a sentence's first capitalised word out
//! unless something marks it as a name (every sentence opens with a capital), so an unknown
//! one-word firm there is lost. The part-of-speech tagger, which reads the words around it,
//! tells a proper noun from a capitalised common word ("Officials said", "Shares fell").
//!
//! The frame: the sentence's first word (after opening quotes), capitalised, no mention
//! covering it, tagged PROPN, and the next word a verb a firm says or reports with
//! (`[opening_firm_cues]`: "said", "reported"; not "told", which people do more) or of what
//! firms do (`[firm_verbs]`: "owns", "supplies"), or up to two auxiliaries before such a verb
//! ("Baykar may supply", "X was acquired", "X has announced"). Any other verb is left alone: the
//! tagger reads many a capitalised common noun opening a sentence as a proper noun
//! ("Nickel rose", "Darkness fell", "Staff were"), and no list of common words is shipped. Left alone: a word the lexicon lists in any way (a stop word, given name, surname,
//! place, title, designator: typing had its evidence and chose), a word ending in "s" (a plural
//! the tagger read as a name: "Lawmakers said"; "Nordlys" is lost with them), a word the document also
//! writes in lower case (a common word), and a word of a name the document found elsewhere
//! (typing's own agreement reads it). The word becomes an ORG mention: an unknown single word
//! acting as a subject in news is a firm or body far more often than a person, whom news
//! introduces by full name first.
//!
//! Input: the document, its tagged words (before names are retagged as proper nouns) and the
//! typed mentions (byte offsets, text order, non-overlapping). Output: the mentions with the
//! ORG mentions added, in text order.
//!
//! *Architecture invariant:* reads the document, the tagged words and the lexicon; imports no
//! other stage; only adds ORG mentions over one uncovered word; never changes a mention.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::{overlapping, TypedMention};
use super::model::Label;
use super::pos::{Upos, Words};
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;

/// Confidence of a firm read from its place as a sentence's subject.
const CONFIDENCE: f32 = 0.5;

/// Add the unfamiliar firms opening sentences (see the module documentation).
pub fn add(doc: &Doc, tagged: &Words, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let upos_at = |i: usize| tagged.upos_starting_at(doc.tokens[i].start());
    let mut found = Vec::new();
    for s in doc.sentences.iter() {
        let r = s.tokens();
        let Some(i) = r
            .clone()
            .find(|&i| !matches!(doc.tok_text(i), "\"" | "“" | "'" | "‘" | "(" | "-" | "—"))
        else {
            continue;
        };
        let w = doc.tok_text(i);
        if i + 1 >= r.end
            || doc.tokens[i].kind != TokenKind::Word
            || !is_capitalised(w)
            || w.chars().count() < 3
            // "Lawmakers said", "Firefighters said": a plural the tagger read as a name.
            || w.ends_with('s')
            || upos_at(i) != Some(Upos::Propn)
            || !firm_verb_after(doc, &upos_at, i + 1, r.end)
            || !overlapping(ms, doc.tokens[i].start(), doc.tokens[i].end()).is_empty()
            || lx.get(&w.to_lowercase()).is_some()
        {
            continue;
        }
        found.push(i);
    }
    if found.is_empty() {
        return;
    }
    // Words the document writes in lower case, and words of the names it found.
    let lower = doc.lower_words();
    let named: FxHashSet<&str> = ms
        .iter()
        .flat_map(|m| m.tokens.clone())
        .map(|k| doc.tok_text(k))
        .collect();
    let before = ms.len();
    for i in found {
        let w = doc.tok_text(i);
        if !lower.contains(&w.to_lowercase()) && !named.contains(w) {
            ms.push(TypedMention::over(doc, i..i + 1, Label::Org, CONFIDENCE));
        }
    }
    if ms.len() > before {
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// Whether the verb group starting at token `j` (before `end`) is a firm's: its verb one of
/// `[opening_firm_cues]` or `[firm_verbs]` ("said", "supplies"), or after up to two
/// auxiliaries ("may", "has been", "was") the base form or participle of one ("may supply",
/// "was acquired", "has announced").
fn firm_verb_after(
    doc: &Doc,
    upos_at: &impl Fn(usize) -> Option<Upos>,
    j: usize,
    end: usize,
) -> bool {
    let (cue, firm) = (&words().opening_firm_cues, &words().firm_verbs);
    let listed = |w: &str| cue.contains(&w) || firm.contains(&w);
    let mut k = j;
    while k < end.min(j + 2) && upos_at(k) == Some(Upos::Aux) && is_lower(doc.tok_text(k)) {
        k += 1;
    }
    if k >= end || !matches!(upos_at(k), Some(Upos::Verb | Upos::Aux)) {
        return false;
    }
    let w = doc.tok_text(k);
    listed(w) || (k > j && listed(&third_person(w)))
}

fn is_lower(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase())
}

/// The third-person singular of an English base form ("supply" → "supplies", "own" → "owns").
fn third_person(w: &str) -> String {
    let b = w.as_bytes();
    let consonant_y = w.len() > 1 && w.ends_with('y') && !b"aeiou".contains(&b[b.len() - 2]);
    if consonant_y {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn orgs(text: &str) -> Vec<String> {
        analyze(&DocumentInput {
            id: "o".into(),
            text: text.into(),
            date: Some("2026-05-01".into()),
        })
        .entity_list
        .into_iter()
        .filter(|e| e.label == crate::engine::model::Label::Org)
        .map(|e| e.name)
        .collect()
    }

    #[test]
    fn an_unfamiliar_name_opening_a_sentence_before_its_verb_is_a_firm() {
        for (text, firm) in [
            ("Velkora said freight rates fell in April.", "Velkora"),
            ("Kvellberg owns 38% of the port operator.", "Kvellberg"),
            ("Baykar may supply drones to Kenya.", "Baykar"),
            ("Velkora has announced a buyback.", "Velkora"),
        ] {
            assert!(
                orgs(text).iter().any(|n| n == firm),
                "{text}: {:?}",
                orgs(text)
            );
        }
    }

    #[test]
    fn a_capitalised_common_word_or_a_listed_word_is_left_alone() {
        for text in [
            "Officials said freight rates fell in April.",
            "Lawmakers said the bill would pass.",
            "Firefighters said the blaze was out.",
            "Monday said nothing.",
            // Written in lower case elsewhere: a common word.
            "Stevedoring said little. The firm says stevedoring pays.",
            // Not a verb a firm says or does.
            "Velkora fell in April.",
            "Velkora will fall in April.",
        ] {
            assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
        }
    }
}
