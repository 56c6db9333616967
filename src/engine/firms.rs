//! Firm names joined by an ampersand after typing: "Johnson & Johnson", "Procter & Gamble",
//! "Kessler Drummond & Vance" are one ORG, not two people.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, where one or two capitalised words, a free-standing "&" and a surname (same
//! sentence) become one ORG mention replacing the person or organisation mentions inside; a
//! listed place, nationality or stop word, a person's full name on the left ("Clive Owen &
//! ..."), another kind of name, or a mention reaching past the span leaves the text as it was. A possessive after
//! the last word stays outside ("Standard & Poor's").
//!
//! *Architecture invariant:* reads the document and word lists only; imports no other stage.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::{in_order_disjoint, overlapping, replace_spans, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Join "X & Y" firm names into one ORG mention (see the module documentation).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut spans: Vec<Range<usize>> = Vec::new();
    // `ms` does not change while the spans are found: in text order and disjoint (as typing
    // leaves it), the mentions a span overlaps are found by binary search, not a scan of all
    // mentions per "&" (quadratic on long documents).
    let ordered = in_order_disjoint(ms);
    let near = |start: usize, end: usize| {
        if ordered {
            &ms[overlapping(ms, start, end)]
        } else {
            &ms[..]
        }
    };
    for amp in 1..doc.tokens.len().saturating_sub(1) {
        if doc.tok_text(amp) != "&" || doc.tokens[amp].kind != TokenKind::Punct {
            continue;
        }
        let sentence = doc.sentence_of(amp);
        let name_word = |i: usize| {
            let t = &doc.tokens[i];
            let w = doc.tok_text(i);
            doc.sentence_of(i) == sentence
                && t.kind == TokenKind::Word
                && is_capitalised(w)
                && !is_all_caps(w)
                && !words()
                    .sentence_function_words
                    .contains(w.to_lowercase().as_str())
        };
        let mut start = amp;
        while start > 0 && amp - start < 2 && name_word(start - 1) {
            start -= 1;
        }
        let end = amp + 2;
        if start == amp || end > doc.tokens.len() || !name_word(amp + 1) {
            continue;
        }
        // Firms named after people: the word after "&" is a listed surname or a person's name
        // ("Gamble", "Vance"), no
        // word a listed place or stop word ("Leeds & York"), and the left side no person's
        // full name ("Clive Owen & ...", two people).
        let entry = |i: usize| lx.get(&doc.tok_text(i).to_lowercase());
        let (rs, re) = (doc.tokens[amp + 1].start(), doc.tokens[amp + 1].end());
        let person_word = near(rs, re)
            .iter()
            .any(|m| m.label == Label::Person && m.start <= rs && m.end >= re);
        let surname = (person_word || entry(amp + 1).is_some_and(|e| e.surname))
            && entry(amp + 1).is_none_or(|e| e.designator.is_none());
        let placed = (start..end).filter(|&i| i != amp).any(|i| {
            entry(i).is_some_and(|e| {
                e.stop
                    || e.country.is_some()
                    || e.city.is_some()
                    || e.us_state
                    || e.demonym.is_some()
            })
        });
        // ... nor a lone given name ("Billy & Mandy", two people).
        let person = entry(start).is_some_and(|e| e.given && (amp - start == 2 || !e.surname));
        if !surname || placed || person || doc.tok_text(amp + 1).contains('\'') {
            continue;
        }
        let (s, e) = (doc.tokens[start].start(), doc.tokens[end - 1].end());
        let ok = near(s, e)
            .iter()
            .filter(|m| m.start < e && m.end > s)
            .all(|m| matches!(m.label, Label::Person | Label::Org) && m.start >= s && m.end <= e);
        if ok {
            spans.push(start..end);
        }
    }
    if spans.is_empty() {
        return;
    }
    let bytes: Vec<(usize, usize)> = spans
        .iter()
        .map(|r| {
            let last = doc.tok_text(r.end - 1);
            (
                doc.tokens[r.start].start(),
                doc.tokens[r.end - 1].end() - possessive_len(last),
            )
        })
        .collect();
    replace_spans(ms, spans, bytes, Label::Org);
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn names(text: &str) -> Vec<(String, String)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        a.entities
            .iter()
            .map(|m| (m.text.clone(), format!("{:?}", m.label)))
            .collect()
    }

    #[test]
    fn an_ampersand_joins_a_firms_name() {
        let got = names("Harlow & Fisher cut its outlook on Tuesday.");
        assert!(
            got.contains(&("Harlow & Fisher".into(), "Org".into())),
            "{got:?}"
        );
        let got = names("The law firm Mowbray Thorne & Johnson filed the appeal in Denver.");
        assert!(
            got.contains(&("Mowbray Thorne & Johnson".into(), "Org".into())),
            "{got:?}"
        );
        // Places on a side stay places.
        let got = names("Trains run between Leeds & York every hour.");
        assert!(!got.iter().any(|(t, _)| t.contains('&')), "{got:?}");
    }
}
