//! Organisations that open a sentence as the subject of a speech verb and speak of themselves
//! as "it": "Maersk said on Monday it would cut 500 jobs", "Vitol says its profit rose". A
//! capitalised word opening a sentence is no evidence of a name, so neither the candidates nor
//! the tagger take an unlisted one there; the verb and the "it" are the evidence.
//!
//! Input: the document, the names found so far (text order, non-overlapping) and the line
//! casing. Output: the same list with those subjects as ORG: added where no name covers them,
//! retyped where the tagger read the lone word as a PERSON (the unlisted word, the speech verb
//! and the "it" outweigh a tagger's draw). One pass over the sentences, a bounded look-ahead in
//! each.
//! Architecture invariant: reads the document, the lexicons and the word lists; never
//! `reconcile` (which imports it). Read after the tagger, so `ner.bin` does not depend on it.

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::Lexicon;
use crate::engine::mention::{overlapping, TypedMention};
use crate::engine::model::Label;
use crate::engine::shape::possessive_len;
use crate::engine::text::Doc;
use std::collections::HashSet;

/// How many words after the speech verb may come before "it" ("said in a statement on Monday
/// that it").
const IT_WITHIN: usize = 8;

/// The sentence-opening subjects of a speech verb (`[speech_verbs]`) followed within
/// [`IT_WITHIN`] words of the same sentence by "it" or "its", that no name covers: one word
/// written in ordinary case (not in an ALL-CAPS or Title Case line: `casing`), not ending in
/// "s" ("Analysts said it"), and unknown to every lexicon (not a stop word, title, designator,
/// item, given name, surname or place). Each becomes an ORG mention over `doc`'s tokens in
/// `names` (kept in text order): a new one, or the lone-word PERSON mention retyped when the
/// "it" is "its" or not before a copula (`[it_copulas]`) and no person's full name in `names`
/// holds the word.
pub(super) fn speaking_bodies(
    doc: &Doc,
    lx: &Lexicon,
    names: &mut Vec<TypedMention>,
    casing: (&[bool], &[bool]),
    buf: &mut String,
) {
    let lists = words();
    let mut out = Vec::new();
    // Words of the people's full names, built once when first asked.
    let mut full_name_words: Option<HashSet<String>> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if casing.0.get(s).copied().unwrap_or(false) || casing.1.get(s).copied().unwrap_or(false) {
            continue;
        }
        let Some(i) = sentence.first_word() else {
            continue;
        };
        let w = doc.tok_text(i);
        let ordinary_case = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 3;
        let said = i + 1 < doc.tokens.len()
            && doc.same_sentence(i, i + 1)
            && lists.speech_verbs.contains(&doc.tok_text(i + 1));
        if !ordinary_case || !said || w.ends_with('s') {
            continue;
        }
        let it_at = (i + 2..(i + 2 + IT_WITHIN).min(doc.tokens.len()))
            .take_while(|&k| doc.same_sentence(i, k))
            .find(|&k| matches!(doc.tok_text(k), "it" | "its"));
        let it = it_at.is_some();
        // Retyping a person wants "its", or "it" not before a copula ("Marsh said it was
        // late": the situation), and no full name of a person holding the word.
        let firm_it = it_at.is_some_and(|k| {
            doc.tok_text(k) == "its"
                || !doc.tokens.get(k + 1).is_some_and(|_| {
                    lists
                        .it_copulas
                        .contains(&doc.tok_text(k + 1).to_lowercase().as_str())
                })
        });
        let t = &doc.tokens[i];
        if !it || lx.get_any(w, buf).is_some() {
            continue;
        }
        let over = overlapping(names, t.start(), t.end());
        match over.len() {
            0 => out.push(TypedMention::over(doc, i..i + 1, Label::Org, 0.6)),
            1 if names[over.start].tokens == (i..i + 1)
                && names[over.start].label == Label::Person
                && firm_it
                && !full_name_words
                    .get_or_insert_with(|| person_words(doc, names))
                    .contains(&w.to_lowercase()) =>
            {
                names[over.start].label = Label::Org;
            }
            _ => {}
        }
    }
    if !out.is_empty() {
        names.extend(out);
        crate::sort::sort_by_key(names, |m| m.start);
    }
}

/// The words of the people's names of two words or more in `names`, lower case, without a
/// possessive ("Ann Okafor's" gives "okafor").
fn person_words(doc: &Doc, names: &[TypedMention]) -> HashSet<String> {
    names
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
        .flat_map(|m| m.tokens.clone())
        .map(|k| {
            let w = doc.tok_text(k);
            w[..w.len() - possessive_len(w)].to_lowercase()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    /// The names after [`speaking_bodies`], given PERSON mentions over the last occurrence of
    /// each word and the number of tokens from it.
    fn run(text: &str, people: &[(&str, usize)]) -> Vec<(String, Label)> {
        let doc = Doc::new(text);
        let n = doc.sentences.len();
        let (caps, title) = (vec![false; n], vec![false; n]);
        let mut names: Vec<TypedMention> = people
            .iter()
            .map(|&(w, len)| {
                let i = (0..doc.tokens.len())
                    .rfind(|&i| doc.tok_text(i) == w)
                    .unwrap();
                TypedMention::over(&doc, i..i + len, Label::Person, 0.9)
            })
            .collect();
        crate::sort::sort_by_key(&mut names, |m| m.start);
        let casing = (&caps[..], &title[..]);
        speaking_bodies(&doc, lexicon(), &mut names, casing, &mut String::new());
        names
            .iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    fn bodies(text: &str) -> Vec<String> {
        run(text, &[]).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_sentence_opening_subject_that_speaks_of_itself_is_a_body() {
        assert_eq!(
            bodies("Trade was slow. Vardell said on Monday it would cut 500 jobs."),
            ["Vardell"]
        );
        assert_eq!(bodies("Vardell says its profit rose."), ["Vardell"]);
    }

    #[test]
    fn a_lone_word_the_tagger_read_as_a_person_is_retyped_and_a_longer_name_is_not() {
        let text = "Trade was slow. Vardell said on Monday it would cut 500 jobs.";
        let labels = |text: &str, people: &[(&str, usize)]| -> Vec<Label> {
            run(text, people).into_iter().map(|(_, l)| l).collect()
        };
        assert_eq!(labels(text, &[("Vardell", 1)]), [Label::Org]);
        // A word of a person's full name, or "it" before a copula, keeps the person.
        let full = "Ann Vardell's lawyer spoke. Vardell said on Monday it would cut 500 jobs.";
        assert_eq!(
            labels(full, &[("Ann", 2), ("Vardell", 1)]),
            [Label::Person, Label::Person]
        );
        let copula = "Trade was slow. Vardell said on Monday it was too early.";
        assert_eq!(labels(copula, &[("Vardell", 1)]), [Label::Person]);
        // A PERSON over more than the opening word ("Vardell said" read as one name) stays.
        assert_eq!(labels(text, &[("Vardell", 2)]), [Label::Person]);
    }

    #[test]
    fn a_lone_word_ending_the_text_is_read_safely() {
        assert!(bodies("Vardell").is_empty());
        assert!(bodies("Vardell said").is_empty());
    }

    #[test]
    fn plurals_listed_words_and_other_subjects_are_not() {
        // A plural common noun, a listed word, no "it", and "it" too far away.
        for text in [
            "Analysts said it was too early.",
            "Police said it was an accident.",
            "Vardell said the talks had failed.",
            "Vardell said on Monday that the board, the staff and the unions it met agreed.",
            "Smith said it was over.",
        ] {
            assert!(bodies(text).is_empty(), "{text}: {:?}", bodies(text));
        }
    }
}
