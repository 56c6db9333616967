//! Names end before a verb the name tagger ran them into. Reading capitals, the tagger
//! sometimes carries a name on through the lower-case verb after it into the next name:
//! "The Selka Dawn left Marsaxlokk" came out as one name, "Selka Dawn left Marsaxlokk". A
//! name written in capitals (Title Case) holds lower-case connectors ("Bureau of Industry
//! and Security", "Maarten den Bakker") but not a lower-case verb, so the name ends before a
//! lower-case word the part-of-speech tagger reads as a verb or auxiliary, unless the word is
//! a name particle (`[name_particles]`: "den" is no verb in "Maarten den Bakker") or a word of
//! a name in another language (`[foreign_name_words]`: "Frankfurt am Main"). What follows the
//! verb is a name of its own only when it is all capitalised and the lexicon lists it as a
//! country, city or US state ("left Tunis"), a GPE; otherwise it is left as text (the tagger's
//! class was for the whole run, not for its end). The part kept keeps its label and role.
//!
//! Titles of works and quoted names are not cut ("What Else Is Making News" is written in
//! capitals, but a title may keep a verb in lower case): a WORK_OF_ART mention, or one right
//! after an opening quote, stays whole. So does a name in lower case throughout (posts:
//! "ed sheeran"), where casing says nothing.
//!
//! Input: the document, its tagged words (text order, before names are retagged as proper
//! nouns) and the typed mentions (byte offsets, text order, non-overlapping). Output: the
//! mentions, some shortened, with listed places after the cut added, in text order.
//!
//! *Architecture invariant:* reads the document, the tagged words and the lexicon; imports no
//! other stage; only shortens name mentions at a verb inside them and adds GPE mentions over
//! the words the shortening freed, never relabels a mention.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::pos::{Upos, Words};
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};

/// Cut the names run into a verb (see the module documentation).
pub fn cut(doc: &Doc, tagged: &Words, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let upos_at = |i: usize| tagged.upos_starting_at(doc.tokens[i].start());
    let (particles, foreign) = (&words().name_particles, &words().foreign_name_words);
    let lower_verb = |i: usize| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && w.chars().all(|c| c.is_lowercase())
            && !particles.contains(w)
            && !foreign.contains(&w)
            && matches!(upos_at(i), Some(Upos::Verb | Upos::Aux))
    };
    let mut added = Vec::new();
    for m in ms.iter_mut() {
        let r = m.tokens.clone();
        if m.label.is_value()
            || m.label == Label::WorkOfArt
            || r.len() < 2
            || !is_capitalised(doc.tok_text(r.start))
            || (r.start > 0 && matches!(doc.tok_text(r.start - 1), "\"" | "“" | "‘" | "'"))
        {
            continue;
        }
        let Some(k) = (r.start + 1..r.end).find(|&k| lower_verb(k)) else {
            continue;
        };
        // The rest, all capitalised, a listed place ("left Tunis").
        let after = k + 1..r.end;
        if !after.is_empty() && (after.clone()).all(|i| is_capitalised(doc.tok_text(i))) {
            let place = doc.slice(
                doc.tokens[after.start].start(),
                doc.tokens[after.end - 1].end(),
            );
            if let Some(e) = lx
                .get_any(place, &mut buf)
                .filter(|e| e.country.is_some() || e.city.is_some() || e.region)
            {
                let mut p = TypedMention::over(doc, after, Label::Gpe, m.confidence);
                p.country = e.country.or(e.city);
                p.capital_of = e.capital;
                added.push(p);
            }
        }
        // A role is said before the name ("Captain ..."): cutting its end keeps it.
        m.tokens.end = k;
        m.end = doc.tokens[k - 1].end();
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_name_ends_before_the_verb_it_ran_into() {
        let got = names(
            "Coast guards boarded the tanker Selka Dawn on Wednesday. \
             The Selka Dawn left Marsaxlokk on Tuesday.",
        );
        assert!(got.iter().all(|(n, _)| !n.contains("left")), "{got:?}");
        assert!(
            got.iter().filter(|(n, _)| n == "Selka Dawn").count() == 2,
            "{got:?}"
        );
    }

    #[test]
    fn a_listed_place_after_the_verb_is_a_place() {
        let text = "Coast guards boarded the tanker Selka Dawn on Wednesday. \
                    The Selka Dawn left Tunis on Tuesday.";
        let got = names(text);
        assert!(has(&got, "Tunis", "GPE"), "{got:?}");
    }

    #[test]
    fn connectors_particles_and_foreign_words_stay_in_names() {
        let got = names(
            "The Bureau of Industry and Security said on Monday that it had added the firm. \
             Pieter den Hollander won the stage on Sunday. Tickets for Rock am Ring sold out.",
        );
        // The tagger reads "den" and "am" as verbs here.
        assert!(got.iter().any(|(n, _)| n == "Rock am Ring"), "{got:?}");
        assert!(
            got.iter().any(|(n, _)| n == "Pieter den Hollander"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(n, _)| n == "Bureau of Industry and Security"),
            "{got:?}"
        );
    }
}
