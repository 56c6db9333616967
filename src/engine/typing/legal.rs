//! Legal and filing furniture that looks like names: references to parts of a document
//! ("Paragraph 4", "Section 12(b)", "Exhibit B") and the capitalised titles of documents,
//! orders and registers ("the Consent Order", "the Entity List", "the Loan Agreement",
//! "Motion to Dismiss"). Court reports and contracts capitalise them; they are not names unless
//! a place or a listed name inside says so ("the Paris Agreement").
//!
//! A law found without the words before its "of" takes them in ("the Proceeds of Crime Act"
//! was "Crime Act").
//!
//! Input: the [`Doc`] and the typed names in text order. Output: the same names without those,
//! and laws widened.
//! Word lists: `[reference_nouns]` and `[document_nouns]` of `data/lexicons/context_words.txt`.

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{lower, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::{Doc, TokenKind};

/// Is token `i` a citation mark after a reference noun: a number ("4", "12"), a single
/// letter ("B"), or a Roman numeral ("IV")?
fn citation_mark(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let w = doc.tok_text(i);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            let b = w.as_bytes();
            (b.len() == 1 && b[0].is_ascii_alphabetic())
                || (b.len() <= 5 && b.iter().all(|c| b"IVXLC".contains(c)))
                || (b.len() <= 4
                    && b[0].is_ascii_digit()
                    && b.iter().all(u8::is_ascii_alphanumeric))
        }
        _ => false,
    }
}

/// Does a name word here say the phrase is a name: a country, city, US state, nationality or
/// a listed name?
fn name_evidence(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    lx.get(lower(w, buf)).is_some_and(|e| {
        e.country.is_some()
            || e.city.is_some()
            || e.demonym.is_some()
            || e.region
            || e.known.is_some()
    })
}

/// Is the name at `m` legal furniture (see the module doc)?
fn furniture(doc: &Doc, lx: &Lexicon, m: &TypedMention, buf: &mut String) -> bool {
    let w = words();
    let (first, end) = (m.tokens.start, m.tokens.end);
    if first >= end {
        return false;
    }
    let is_in = |list: &[&str], i: usize, buf: &mut String| {
        let t = doc.tok_text(i);
        t.starts_with(char::is_uppercase) && list.contains(&lower(t, buf))
    };
    // "Paragraph 4", "Exhibit B", "Section 12(b)": a reference noun then a citation mark,
    // whether the mark is inside the name or right after it.
    if is_in(&w.reference_nouns, first, buf) && citation_mark(doc, first + 1) {
        return true;
    }
    // "Motion to Dismiss": a capitalised word after "to"/"for" after a document noun.
    if first >= 2
        && matches!(doc.tok_text(first - 1), "to" | "for")
        && is_in(&w.document_nouns, first - 2, buf)
    {
        return true;
    }
    // "the Consent Order", "the Entity List": a title headed by a document noun, with no
    // name word inside it and not listed as a whole.
    let last = end - 1;
    if end - first >= 2 && is_in(&w.document_nouns, last, buf) {
        let whole = doc.slice(m.start, m.end);
        if lx.get_any(whole, buf).is_some_and(|e| e.known.is_some()) {
            return false;
        }
        return !(first..last).any(|i| name_evidence(lx, doc.tok_text(i), buf));
    }
    false
}

/// Longest run of capitalised words before "of" that a law's name takes in.
const MAX_LAW_OPENING: usize = 3;

/// Widens each law to the capitalised words and "of" before it, in the same sentence: the
/// candidates never join "of" after a word that is no designator, so "the Proceeds of Crime
/// Act" was found as "Crime Act" ("Freedom of Information Act", "Prevention of Terrorism
/// Act"). Names inside the widened span (the tagger's "Freedom") are dropped. Not over a
/// stop word ("The", "Under"), nor in a headline line, where every word is capitalised.
/// `headlines` marks the headline lines (`shape::headline_sentences`).
pub(super) fn widen_laws(
    doc: &Doc,
    lx: &Lexicon,
    headlines: &[bool],
    out: &mut Vec<TypedMention>,
    buf: &mut String,
) {
    let mut dropped = vec![false; out.len()];
    for k in 0..out.len() {
        let m = &out[k];
        let first = m.tokens.start;
        if m.label != Label::Law || first < 2 || doc.tok_text(first - 1) != "of" {
            continue;
        }
        let sentence = doc.sentence_of(first);
        if headlines.get(sentence as usize).copied().unwrap_or(false) {
            continue;
        }
        let mut start = first - 1;
        while start > 0
            && first - 1 - start < MAX_LAW_OPENING
            && doc.sentence_of(start - 1) == sentence
            && doc.tokens[start - 1].kind == TokenKind::Word
            && doc.tok_text(start - 1).starts_with(char::is_uppercase)
            && !lx
                .get_any(doc.tok_text(start - 1), buf)
                .is_some_and(|e| e.stop)
        {
            start -= 1;
        }
        if start == first - 1 {
            continue;
        }
        let from = doc.tokens[start].start();
        // The names before it that the widened span reaches: the last ones (text order, no
        // overlaps), so the walk back stops at the first that ends before it.
        for j in (0..k).rev() {
            if out[j].end <= from {
                break;
            }
            dropped[j] = true;
        }
        let m = &mut out[k];
        m.start = from;
        m.tokens.start = start;
    }
    let mut j = 0;
    out.retain(|_| {
        j += 1;
        !dropped[j - 1]
    });
}

/// Drops the names that are legal furniture (see the module doc).
pub(super) fn drop_legal_furniture(
    doc: &Doc,
    lx: &Lexicon,
    out: &mut Vec<TypedMention>,
    buf: &mut String,
) {
    out.retain(|m| !furniture(doc, lx, m, buf));
}

#[cfg(test)]
mod tests {
    use crate::engine::candidates;
    use crate::engine::model::Label;
    use crate::engine::text::Doc;
    use crate::engine::typing::classify;

    fn names(text: &str) -> Vec<(String, Label)> {
        let doc = Doc::new(text);
        let c = candidates::find(&doc);
        classify(&doc, &c)
            .into_iter()
            .filter(|m| crate::engine::typing::tagger::Class::of(m.label).is_some())
            .map(|m| (doc.slice(m.start, m.end).to_string(), m.label))
            .collect()
    }

    #[test]
    fn references_and_document_titles_are_not_names() {
        let t =
            "The judge ruled that Brannock Haulage breached Paragraph 9 of the Consent Order.\n\
                 Under Section 14(c) and Exhibit D, the Lessee must pay.\n\
                 Washington placed Quillon Microdevices on the Entity List last year.\n\
                 Its lawyers filed a Motion to Dismiss on Friday.";
        let n = names(t);
        for bad in [
            "Paragraph",
            "Consent Order",
            "Section",
            "Exhibit",
            "Entity List",
            "Dismiss",
        ] {
            assert!(
                !n.iter().any(|(s, _)| s.contains(bad)),
                "{bad} is not a name: {n:?}"
            );
        }
        assert!(n.iter().any(|(s, _)| s == "Brannock Haulage"), "{n:?}");
        assert!(n.iter().any(|(s, _)| s == "Quillon Microdevices"), "{n:?}");
    }

    /// Is the phrase `span` of `text`, taken as a name, legal furniture?
    fn is_furniture(text: &str, span: &str) -> bool {
        let doc = Doc::new(text);
        let start = text.find(span).unwrap();
        let end = start + span.len();
        let first = doc.tokens.iter().position(|t| t.start() == start).unwrap();
        let last = doc.tokens.iter().position(|t| t.end() == end).unwrap();
        let m = crate::engine::mention::TypedMention {
            start,
            end,
            label: Label::Org,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: first..last + 1,
        };
        super::furniture(
            &doc,
            crate::engine::lexicon::lexicon(),
            &m,
            &mut String::new(),
        )
    }

    #[test]
    fn evidence_inside_keeps_a_title_a_name() {
        let t = "Both governments stand by the Paris Agreement and the Consent Order.";
        assert!(!is_furniture(t, "Paris Agreement"));
        assert!(is_furniture(t, "Consent Order"));
    }

    #[test]
    fn a_reference_noun_needs_a_citation_mark() {
        assert!(is_furniture(
            "The jury acquitted him. Count 3 was dropped.",
            "Count"
        ));
        let t = "Count Basie played. Article writer Mona Felder agreed.";
        assert!(!is_furniture(t, "Count Basie"));
        assert!(!is_furniture(t, "Article"));
        assert!(!is_furniture(t, "Mona Felder"));
    }
}
