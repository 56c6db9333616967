//! Organisations that open a sentence as the subject of a speech verb and speak of themselves
//! as "it": "Maersk said on Monday it would cut 500 jobs", "Vitol says its profit rose". A
//! capitalised word opening a sentence is no evidence of a name, so neither the candidates nor
//! the tagger take an unlisted one there; the verb and the "it" are the evidence.
//!
//! Input: the document, the names found so far (text order, non-overlapping) and the line
//! casing. Output: the ORG mentions to add (token ranges and byte offsets of `doc`). One pass
//! over the sentences, a bounded look-ahead in each.
//! Architecture invariant: reads the document, the lexicons and the word lists; never
//! `reconcile` (which imports it). Read after the tagger, so `ner.bin` does not depend on it.

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::Lexicon;
use crate::engine::mention::{overlapping, TypedMention};
use crate::engine::model::Label;
use crate::engine::text::Doc;

/// How many words after the speech verb may come before "it" ("said in a statement on Monday
/// that it").
const IT_WITHIN: usize = 8;

/// The sentence-opening subjects of a speech verb (`[speech_verbs]`) followed within
/// [`IT_WITHIN`] words of the same sentence by "it" or "its", that no name covers: one word
/// written in ordinary case (not in an ALL-CAPS or Title Case line: `casing`), not ending in
/// "s" ("Analysts said it"), and unknown to every lexicon (not a stop word, title, designator,
/// item, given name, surname or place). Mentions of ORG over `doc`'s tokens.
pub(super) fn speaking_bodies(
    doc: &Doc,
    lx: &Lexicon,
    names: &[TypedMention],
    casing: (&[bool], &[bool]),
    buf: &mut String,
) -> Vec<TypedMention> {
    let lists = words();
    let mut out = Vec::new();
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
        let it = (i + 2..(i + 2 + IT_WITHIN).min(doc.tokens.len()))
            .take_while(|&k| doc.same_sentence(i, k))
            .any(|k| matches!(doc.tok_text(k), "it" | "its"));
        let t = &doc.tokens[i];
        if !it || !overlapping(names, t.start(), t.end()).is_empty() || lx.get_any(w, buf).is_some()
        {
            continue;
        }
        out.push(TypedMention::over(doc, i..i + 1, Label::Org, 0.6));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    fn bodies(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        let n = doc.sentences.len();
        let (caps, title) = (vec![false; n], vec![false; n]);
        speaking_bodies(&doc, lexicon(), &[], (&caps, &title), &mut String::new())
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
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
