//! Capitalised words that open a sentence and describe rather than name: "Foreign banks have
//! cut ties", "Regional lenders said". The name tagger may read such an opening adjective as a
//! name (it is capitalised, and the document may write it capitalised inside a longer name:
//! "Office of Foreign Assets Control"), and merge then makes it an alias of that name. A
//! one-word name opening a sentence that the part-of-speech tagger reads as an adjective
//! before a lower-case plural common noun and a verb is a generic noun phrase, the subject,
//! not a name: it is dropped. A
//! word the lexicon knows as a name, place, nationality or person's name is kept ("Chinese
//! firms", "German banks"). Likewise an opening word the word lists know as a common noun
//! before a lower-case noun it modifies ("Dock workers", "Port officials"), unless the
//! document writes it as a name inside a sentence.
//!
//! Input: the document, its tagged words (text order) and the typed mentions (text order).
//! Output: the mentions without those words.
//!
//! *Architecture invariant:* reads the document, the tagged words and the lexicon; imports no
//! other stage; only drops one-word mentions, never adds or relabels one.

use super::lexicon::lexicon;
use super::mention::TypedMention;
use super::pos::{Upos, Words};
use super::text::{Doc, TokenKind};

/// Drop the opening adjectives read as names (see the module documentation).
pub fn drop_opening_adjectives(doc: &Doc, words: &Words, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let upos_at = |i: usize| words.upos_starting_at(doc.tokens[i].start());
    let before = ms.len();
    // Words of names written inside a sentence: such a word names something here.
    let named_inside: rustc_hash::FxHashSet<&str> = ms
        .iter()
        .filter(|m| !doc.is_sentence_start(m.tokens.start))
        .flat_map(|m| m.tokens.clone().map(|i| doc.tok_text(i)))
        .collect();
    ms.retain(|m| {
        let i = m.tokens.start;
        let n = i + 1;
        let generic = m.tokens.len() == 1
            && !m.label.is_value()
            && m.label != super::model::Label::Norp
            && doc.is_sentence_start(i)
            && n < doc.tokens.len()
            && doc.same_sentence(i, n)
            && doc.tokens[n].kind == TokenKind::Word
            && doc.tok_text(n).starts_with(char::is_lowercase)
            && upos_at(i) == Some(Upos::Adj)
            && upos_at(n) == Some(Upos::Noun)
            && is_plural(doc.tok_text(n))
            // the noun phrase is a subject: a verb follows ("Foreign banks have"), not a
            // name ("Arsenal beats Hull")
            && n + 1 < doc.tokens.len()
            && doc.same_sentence(n, n + 1)
            && matches!(upos_at(n + 1), Some(Upos::Verb | Upos::Aux))
            && !lx.get_any(doc.tok_text(i), &mut buf).is_some_and(|e| {
                e.country.is_some()
                    || e.demonym.is_some()
                    || e.city.is_some()
                    || e.region
                    || e.known.is_some()
                    || e.given
                    || e.surname
            });
        let modifier = m.tokens.len() == 1 && common_noun_modifier(doc, &named_inside, i, &upos_at);
        !(generic || modifier)
    });
    debug_assert!(ms.len() <= before);
}

/// "Dock workers walked out", "Port officials said": a sentence's first word that the word
/// lists know as a common noun (a place noun, a vessel, a product head, a sector or an
/// organisation noun, staff, `[modifier_nouns]`) before a lower-case noun it modifies is that
/// common noun, unless the document writes it as a name, or a word of one, inside a sentence
/// ("Harbour shares fell ... analysts said Harbour", "Apollo ... Apollo Global Management").
fn common_noun_modifier(
    doc: &Doc,
    named_inside: &rustc_hash::FxHashSet<&str>,
    i: usize,
    upos_at: &dyn Fn(usize) -> Option<Upos>,
) -> bool {
    let n = i + 1;
    if !doc.is_sentence_start(i)
        || n >= doc.tokens.len()
        || !doc.same_sentence(i, n)
        || doc.tokens[n].kind != TokenKind::Word
        || !doc.tok_text(n).starts_with(char::is_lowercase)
        || upos_at(n) != Some(Upos::Noun)
    {
        return false;
    }
    let w = doc.tok_text(i);
    if named_inside.contains(w) {
        return false;
    }
    let lower = w.to_lowercase();
    let ws = super::lexicon::words::words();
    [
        &ws.place_nouns,
        &ws.vessel_nouns,
        &ws.product_heads,
        &ws.sector_words,
        &ws.org_nouns,
        &ws.staff_nouns,
        &ws.work_nouns,
        &ws.modifier_nouns,
    ]
    .iter()
    .any(|list| list.contains(&lower.as_str()))
}

/// A lower-case plural noun by its ending ("banks", "lenders"; not "press", "business").
fn is_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    #[test]
    fn an_opening_adjective_before_a_plural_noun_is_no_name_nor_alias() {
        let text = "Regional lenders have frozen the accounts. The Office of Regional \
                    Lending Oversight (ORLO) said so. Regional lenders denied it.";
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: None,
        });
        assert!(
            a.entities.iter().all(|m| m.text != "Regional"),
            "{:?}",
            a.entities
        );
        let office = a
            .entity_list
            .iter()
            .find(|e| e.name.starts_with("Office of Regional"))
            .expect("the office");
        assert!(
            !office.aliases.iter().any(|x| x == "Regional"),
            "{office:?}"
        );
        // A nationality opening the sentence stays.
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: "Chinese lenders have frozen the accounts.".into(),
            date: None,
        });
        assert!(
            a.entities.iter().any(|m| m.text == "Chinese"),
            "{:?}",
            a.entities
        );
    }
    #[test]
    fn an_opening_common_noun_before_the_noun_it_modifies_is_no_name() {
        let names = |text: &str| -> Vec<String> {
            analyze(&DocumentInput {
                id: "t".into(),
                text: text.into(),
                date: None,
            })
            .entities
            .into_iter()
            .map(|m| m.text)
            .collect()
        };
        let n = names("Dock workers walked out at Grenhavn on Friday.");
        assert!(!n.iter().any(|m| m == "Dock"), "{n:?}");
        let n = names("Port officials said the berth was closed.");
        assert!(!n.iter().any(|m| m == "Port"), "{n:?}");
        // A listed noun the document also writes inside a sentence is a name there.
        let n = names("Harbour shares fell on Monday. Analysts said Harbour had cut its forecast.");
        assert_eq!(n.iter().filter(|m| *m == "Harbour").count(), 2, "{n:?}");
        // A word the lists do not know keeps its reading ("Brevik shares fell").
        let n = names("Brevik shares fell on Monday after Brevik cut its forecast.");
        assert!(n.iter().any(|m| m == "Brevik"), "{n:?}");
    }
}
