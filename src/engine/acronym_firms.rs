//! Firms named by an acronym and a word of a trade: "DP World", "ABC News", "ZTE Mobile".
//!
//! The candidate rules drop a capitalised word that is no name alone ("World", "News": page
//! furniture of `stopwords.txt`) from the end of a run, and the firm rules after the tagger
//! (`firms::sectors`) read runs of mixed-case words only, so an acronym before such a word was
//! left as a place or person of its own ("DP said", "DP" a GPE) or as a person's name. Here an
//! acronym (two to five capitals, not a listed place, country or nationality) right before a
//! capitalised word of `[acronym_name_tails]` or `[sector_words]` that ends the name (no
//! capitalised word or "of" after it, or its possessive) is one organisation: every mention
//! the two words overlap is replaced by it. Lines of capitalised words (headlines) are left
//! alone: there a capital is no evidence.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with each such pair one ORG mention (added where no mention was).
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; a name the
//! lexicon lists whole, and a mention reaching past the pair ("BBC World Service"), keep their
//! reading.

use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::words::{words, ListSet};
use super::lexicon::{lexicon, with_lower};
use super::mention::{overlapping, replace_spans, TypedMention};
use super::model::Label;
use super::shape::{headline_sentences, is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};

fn tails() -> &'static (ListSet, ListSet) {
    static S: OnceLock<(ListSet, ListSet)> = OnceLock::new();
    S.get_or_init(|| {
        let w = words();
        (
            ListSet::of(&w.acronym_name_tails),
            ListSet::of(&w.sector_words),
        )
    })
}

/// Two to five ASCII capitals ("DP", "ABC"), not a listed place or nationality ("US", "UK").
fn acronym(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    let mut buf = String::new();
    doc.tokens[i].kind == TokenKind::Word
        && (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !lexicon().get_any(w, &mut buf).is_some_and(|e| {
            e.country.is_some() || e.city.is_some() || e.region || e.demonym.is_some()
        })
}

/// Token `i` is a capitalised tail word ("World", "News's" bare), ending the name: the token
/// after it is no capitalised word nor "of" (unless `i` is possessive).
fn tail(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    let p = possessive_len(w);
    let bare = &w[..w.len() - p];
    let (own, sectors) = tails();
    let listed = with_lower(bare, |l| own.has(l) || sectors.has(l));
    let ends = p > 0
        || doc
            .tokens
            .get(i + 1)
            .filter(|_| doc.same_sentence(i, i + 1))
            .is_none_or(|_| {
                let n = doc.tok_text(i + 1);
                !(is_capitalised(n) || n == "of" || n == "&")
            });
    doc.tokens[i].kind == TokenKind::Word
        && is_capitalised(bare)
        && !is_all_caps(bare)
        && listed
        && ends
}

/// Relabel or add the acronym firms of `doc` (see the module documentation).
pub fn add(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut headline: Option<Vec<bool>> = None;
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut bytes: Vec<(usize, usize)> = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i + 1 < doc.tokens.len() {
        if !(doc.same_sentence(i, i + 1) && acronym(doc, i) && tail(doc, i + 1)) {
            i += 1;
            continue;
        }
        let (start, end) = (doc.tokens[i].start(), {
            let w = doc.tok_text(i + 1);
            doc.tokens[i + 1].end() - possessive_len(w)
        });
        let over = overlapping(ms, start, end);
        let kept = ms[over.clone()].iter().any(|m| {
            m.start < start
                || m.end > end
                || (m.label == Label::Org && m.start == start && m.end == end)
        });
        let listed = lexicon()
            .get_any(doc.slice(start, end), &mut buf)
            .is_some_and(|e| e.known.is_some());
        let in_headline =
            headline.get_or_insert_with(|| headline_sentences(doc))[doc.sentence_of(i) as usize];
        if !(kept || listed || in_headline) {
            spans.push(i..i + 2);
            bytes.push((start, end));
        }
        i += 2;
    }
    if !spans.is_empty() {
        replace_spans(ms, spans, bytes, Label::Org);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::names;

    fn has(text: &str, name: &str, label: &str) -> bool {
        names(text).iter().any(|(n, l)| n == name && l == label)
    }

    #[test]
    fn an_acronym_before_a_trade_word_is_one_firm_wherever_it_stands() {
        let text = "The same week, KT World said it had bought a stake in a port operator. \
                    A deal with KT World was signed in June. Officials said KT World would \
                    run the terminal, and KT World's chairman flew in.";
        let ns = names(text);
        let kt: Vec<_> = ns.iter().filter(|(n, _)| n.starts_with("KT")).collect();
        assert_eq!(kt.len(), 4, "{ns:?}");
        assert!(
            kt.iter().all(|(n, l)| n == "KT World" && l == "ORG"),
            "{ns:?}"
        );
    }

    #[test]
    fn places_longer_names_and_headlines_keep_their_reading() {
        // A country's code before the word is no firm's acronym.
        assert!(!has("Sales in the US News market fell.", "US News", "ORG"));
        // A longer name stays whole.
        assert!(has(
            "She spoke to the BBC World Service on Friday.",
            "BBC World Service",
            "ORG"
        ));
        // A line of capitals is no evidence.
        assert!(!has(
            "QX World Stocks Fall Again\n\nShares fell.",
            "QX World",
            "ORG"
        ));
    }
}
