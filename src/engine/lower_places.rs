//! Places written in lower case, after typing: reviews, e-mail and posts write "moved to san
//! diego", "a trip to mexico", "back in ohio". Casing gives no evidence there, so the tagger
//! (which reads capitals) does not see them; a place preposition right before a listed place
//! does. A run of one to three lower-case words after a place preposition (`[place_prepositions]`)
//! is a GPE when the lexicon lists it whole as a country or a US state, or, for two words or
//! more, as a city, and a GPE or LOC when `known.tsv` lists it so ("europe") ("san diego"; a single lower-case city name is too often a common word:
//! "reading", "mobile", "split"). The longest listed run wins; a word already inside a mention, a
//! run holding a stop word ("the bottom"), an acronym listed only in capitals ("us") or a word listed also as a demonym are no
//! place.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with the places added, in text order; a mention of lower-case words only that a place
//! covers (the tagger's "san" of "san diego") gives way to it.
//!
//! *Architecture invariant:* reads the document, the lexicon and `[place_prepositions]` only;
//! imports no other stage; only adds place mentions (GPE, or LOC for a region `known.tsv` lists as one) over words no mention covers but one of lower-case words only, which it replaces. Linear in the
//! tokens plus the mentions.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::{overlapping, TypedMention};
use super::model::Label;
use super::text::{Doc, TokenKind};

/// Longest run of lower-case words looked up.
const MAX_WORDS: usize = 3;

/// Add the lower-case places (see the module documentation).
pub fn add(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let preps = &words().place_prepositions;
    let n = doc.tokens.len();
    let lower_word = |i: usize| {
        i < n
            && doc.tokens[i].kind == TokenKind::Word
            && doc.tok_text(i).bytes().all(|b| b.is_ascii_lowercase())
    };
    // A mention of lower-case words only (the tagger's "san" of "san diego") gives way to a
    // longer listed place over it.
    let soft = |m: &TypedMention| m.tokens.clone().all(lower_word);
    let mut covered = vec![false; n];
    for m in ms.iter().filter(|m| !soft(m)) {
        for i in m.tokens.clone() {
            if let Some(c) = covered.get_mut(i) {
                *c = true;
            }
        }
    }
    let mut added = Vec::new();
    let mut i = 1;
    while i < n {
        let after_preposition = lower_word(i)
            && !covered[i]
            && preps.contains(&doc.tok_text(i - 1))
            && doc.same_sentence(i - 1, i);
        if !after_preposition {
            i += 1;
            continue;
        }
        let mut found = None;
        for len in (1..=MAX_WORDS).rev() {
            let end = i + len;
            if end > n
                || !(i..end).all(|k| lower_word(k) && !covered[k] && doc.same_sentence(i, k))
                || (i + 1..end).any(|k| doc.tokens[k].start() != doc.tokens[k - 1].end() + 1)
            {
                continue;
            }
            // "the bottom" (a capital's name, but two common words): no stop word inside.
            if (i..end).any(|k| lx.get(doc.tok_text(k)).is_some_and(|e| e.stop)) {
                continue;
            }
            let text = doc.slice(doc.tokens[i].start(), doc.tokens[end - 1].end());
            let Some(e) = lx.get(text) else { continue };
            if e.stop || e.acronym || e.demonym.is_some() {
                continue;
            }
            let place = e.country.or(if len >= 2 { e.city } else { None });
            if place.is_some() || e.region {
                found = Some((end, Label::Gpe, place));
                break;
            }
            // Hand-listed regions and places ("europe", "kashmir").
            if let Some((l @ (Label::Gpe | Label::Loc), cc)) = e.known {
                found = Some((end, l, cc));
                break;
            }
        }
        match found {
            Some((end, label, country)) => {
                added.push(TypedMention {
                    start: doc.tokens[i].start(),
                    end: doc.tokens[end - 1].end(),
                    label,
                    role: None,
                    country,
                    capital_of: None,
                    confidence: 0.6,
                    tokens: i..end,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    if added.is_empty() {
        return;
    }
    // `added` is in text order and disjoint: a binary search finds the place over a mention.
    ms.retain(|m| {
        !soft(m)
            || !added[overlapping(&added, m.start, m.end)]
                .iter()
                .any(|a| a.start <= m.start && m.end <= a.end)
    });
    ms.extend(added);
    crate::sort::sort_by_key(ms, |m| m.start);
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_listed_place_in_lower_case_after_a_place_preposition_is_a_place() {
        let got = names("we moved to san diego in june and then drove to ohio and to mexico.");
        for place in ["san diego", "ohio", "mexico"] {
            assert!(has(&got, place, "GPE"), "{place}: {got:?}");
        }
    }

    #[test]
    fn a_lower_case_mention_inside_a_listed_place_gives_way_to_it() {
        use super::*;
        let doc = Doc::new("we moved to san diego in june.");
        let at = |w: &str| {
            (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == w)
                .unwrap()
        };
        let s = at("san");
        let mut ms = vec![TypedMention::over(&doc, s..s + 1, Label::Gpe, 0.9)];
        add(&doc, &mut ms);
        let got: Vec<&str> = ms.iter().map(|m| doc.slice(m.start, m.end)).collect();
        assert_eq!(got, ["san diego"]);
    }

    #[test]
    fn lower_case_words_without_a_preposition_or_a_listing_stay_words() {
        let got = names("i was reading in reading room and the china in turkey pot.");
        assert!(!got.iter().any(|(t, _)| t == "reading"), "{got:?}");
        let got = names("she wrote to us and went to the bottom of the hill.");
        assert!(got.is_empty(), "{got:?}");
    }
}
