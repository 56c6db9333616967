//! Publications, after typing: a name the text frames as a journal, newspaper or magazine is
//! an ORG (OntoNotes types publications so), wherever the document names it. The tagger reads
//! "a paper in Nature" like "a plant in Nevada": a place.
//!
//! - A name right after a publication noun in lower case (`[publication_nouns]` of
//!   `data/lexicons/context_words.txt`: "the journal Vestra", "the newspaper Dagposten"), or
//!   after a publishing verb and "in" (`[publishing_verbs]`: "published in Vestra", "printed
//!   in the Dagposten"; not "reported in", said of places), with one "the" between allowed, is
//!   an ORG, unless the document ends a person's full name with it ("the magazine Vogt founded
//!   ... Ines Vogt"), or the lexicon lists
//!   its words as a country, city, region, nationality or known name of another class
//!   ("published in London", "published in English").
//! - A capitalised run no mention covers right after such a noun is added as an ORG ("The
//!   journal Vestra said": the tagger often leaves a sentence's opening name out).
//! - Every other mention written the same is that ORG too, except a person's named in full or
//!   with a role.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! mentions, some relabelled ORG.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only relabels name mentions (never values) to ORG and adds ORG mentions over uncovered
//! words after a publication noun; drops and moves none.

use super::lexicon::words::words;
use super::lexicon::{lexicon, with_lower};
use super::mention::{covered_tokens, TypedMention};
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;

/// The most words of a publication's name the tagger left out ("the magazine New Harbour Review").
const MAX_WORDS: usize = 4;

/// Type the publications (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let (w, lx) = (words(), lexicon());
    let mut buf = String::new();
    let in_list = |list: &[&str], i: usize| with_lower(doc.tok_text(i), |t| list.contains(&t));
    // The word before mention start `i`, past one "the", in the same sentence.
    let before = |i: usize| {
        let k = i.checked_sub(1)?;
        let k = if doc.tok_text(k).eq_ignore_ascii_case("the") {
            k.checked_sub(1)?
        } else {
            k
        };
        (doc.sentence_of(k) == doc.sentence_of(i)).then_some(k)
    };
    let framed = |m: &TypedMention| {
        let Some(k) = before(m.tokens.start) else {
            return false;
        };
        let noun =
            in_list(&w.publication_nouns, k) && doc.tok_text(k).starts_with(char::is_lowercase);
        let verb = doc.tok_text(k) == "in"
            && k > 0
            && doc.sentence_of(k - 1) == doc.sentence_of(k)
            && in_list(&w.publishing_verbs, k - 1);
        noun || verb
    };
    // "The journal Vestra said": the name the tagger left out after a publication noun.
    let covered = covered_tokens(doc, ms);
    let word = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word && !covered[k] && is_capitalised(doc.tok_text(k))
    };
    let mut added = Vec::new();
    for i in 1..doc.tokens.len() {
        let k = i - 1;
        if !word(i)
            || doc.sentence_of(k) != doc.sentence_of(i)
            || !doc.tok_text(k).starts_with(char::is_lowercase)
            || !in_list(&w.publication_nouns, k)
        {
            continue;
        }
        let mut end = i + 1;
        while end < doc.tokens.len()
            && end - i < MAX_WORDS
            && word(end)
            && doc.sentence_of(end) == doc.sentence_of(i)
        {
            end += 1;
        }
        added.push(TypedMention::over(doc, i..end, Label::Org, 0.6));
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
    // "The magazine Vogt founded ... Ines Vogt said": a word that ends a person's full name
    // here is the person's.
    let people: FxHashSet<&str> = ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() > 1)
        .map(|m| doc.tok_text(m.tokens.end - 1))
        .collect();
    let mut names: FxHashSet<&str> = FxHashSet::default();
    for m in ms.iter() {
        if m.label.is_value() || !framed(m) {
            continue;
        }
        let text = doc.slice(m.start, m.end);
        let listed = lx.get_any(text, &mut buf).is_some_and(|e| {
            e.country.is_some()
                || e.city.is_some()
                || e.region
                || e.demonym.is_some()
                || e.known.is_some_and(|(l, _)| l != Label::Org)
        });
        if !listed && !people.contains(text) {
            names.insert(text);
        }
    }
    if names.is_empty() {
        return;
    }
    // A person named in full keeps its class ("Ines Vogt"), and so does a one-word mention
    // with a role.
    for m in ms.iter_mut() {
        if !m.label.is_value()
            && !(m.label == Label::Person && (m.tokens.len() > 1 || m.role.is_some()))
            && names.contains(doc.slice(m.start, m.end))
        {
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    // Texts written for these tests (invented journals, newspapers and people).

    #[test]
    fn a_framed_publication_is_an_organisation_wherever_named() {
        let got = names(
            "The study, published in Vestra, was led by Ines Vogt. Vestra said the data were \
             checked.",
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Vestra" && l == "ORG")
                .count(),
            2,
            "{got:?}"
        );
        let got = names("An editor at the newspaper Dagposten resigned in Tarnby.");
        assert!(has(&got, "Dagposten", "ORG"), "{got:?}");
        let got = names("A paper appeared in Vestra. The journal Vestra said it would check it.");
        assert!(
            got.iter()
                .filter(|(t, l)| t == "Vestra" && l == "ORG")
                .count()
                == 2,
            "{got:?}"
        );
    }

    #[test]
    fn places_and_languages_after_the_frame_stay() {
        let got = names("The novel was published in London and later published in French.");
        assert!(has(&got, "London", "GPE"), "{got:?}");
        assert!(!has(&got, "French", "ORG"), "{got:?}");
        let got = names("Flooding was reported in Tewby. Tewby residents were moved.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        let got = names("The state reports daily Ostrava deaths. Ostrava is quiet.");
        assert!(!has(&got, "Ostrava", "ORG"), "{got:?}");
        let got =
            names("The magazine Vogt founded has closed. Ines Vogt said she was sad. Vogt is 80.");
        assert!(!has(&got, "Ines Vogt", "ORG"), "{got:?}");
        assert!(
            got.iter()
                .filter(|(t, l)| t == "Vogt" && l == "ORG")
                .count()
                <= 1,
            "{got:?}"
        );
    }
}
