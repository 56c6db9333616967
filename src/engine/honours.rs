//! Decorations and honours named by a head and an "of" phrase, read after typing: "the Order
//! of the White Star", "the Medal of Honour", "the Cross of Valour" are one name, where the
//! candidates cut them at "of" (they join "of" only after a designator) and the tagger typed
//! the pieces apart ("Order" a product, "White Star" a place).
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where each such name is one WORK_OF_ART mention (OntoNotes files awards with works)
//! replacing the mentions inside it. The name is a capitalised word of `[honour_heads]`
//! (`data/lexicons/context_words.txt`: "order", "medal", "cross", "legion") right after "the",
//! then "of", an optional "the", and one to five capitalised words ("and" may join two:
//! "the Order of Saints Anselm and Ivo") in the same sentence; not in a headline line, where
//! capitals say nothing, and not when a mention runs out of the span (a person's name).
//!
//! *Architecture invariant:* reads the document and the word lists only; imports no other
//! stage; only joins mentions inside such a span into one, never drops a name the span does
//! not cover. Linear in the tokens plus the mentions.

use super::lexicon::words::words;
use super::mention::{in_order_disjoint, overlapping, replace_token_spans, TypedMention};
use super::model::Label;
use super::shape::{headline_sentences, is_capitalised};
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Most capitalised words after "of" an honour's name holds.
const MAX_WORDS: usize = 5;

/// Make each honour's name one WORK_OF_ART mention (see the module documentation).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let heads = &words().honour_heads;
    let mut headline: Option<Vec<bool>> = None;
    let mut spans: Vec<Range<usize>> = Vec::new();
    let n = doc.tokens.len();
    let word = |i: usize| i < n && doc.tokens[i].kind == TokenKind::Word;
    let is = |i: usize, w: &str| word(i) && doc.tok_text(i).eq_ignore_ascii_case(w);
    let mut i = 1;
    while i + 2 < n {
        let w = doc.tok_text(i);
        let head = word(i)
            && is_capitalised(w)
            && heads.iter().any(|h| h.eq_ignore_ascii_case(w))
            && is(i - 1, "the")
            && doc.tok_text(i + 1) == "of";
        if !head {
            i += 1;
            continue;
        }
        let sentence = doc.sentence_of(i);
        let cap =
            |j: usize| word(j) && doc.sentence_of(j) == sentence && is_capitalised(doc.tok_text(j));
        let first = if is(i + 2, "the") { i + 3 } else { i + 2 };
        let (mut end, mut count) = (first, 0);
        while count < MAX_WORDS && (cap(end) || (end > first && is(end, "and") && cap(end + 1))) {
            if cap(end) {
                count += 1;
            }
            end += 1;
        }
        let (start, stop) = (
            doc.tokens[i].start(),
            doc.tokens.get(end.max(1) - 1).map_or(0, |t| t.end()),
        );
        let inside = in_order_disjoint(ms)
            && ms[overlapping(ms, start, stop)]
                .iter()
                .all(|m| m.start >= start && m.end <= stop);
        let ok = count > 0
            && inside
            && !headline.get_or_insert_with(|| headline_sentences(doc))[sentence as usize];
        if ok {
            spans.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    if spans.is_empty() {
        return;
    }
    replace_token_spans(doc, ms, spans, Label::WorkOfArt);
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn an_honour_with_an_of_phrase_is_one_name() {
        let got = names("In March the sculptor Hanna Virtanen received the Order of the Silver Heron from the president.");
        assert!(
            has(&got, "Order of the Silver Heron", "WORK_OF_ART"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(t, _)| t == "Silver Heron"), "{got:?}");
        let got = names("Two divers were given the Medal of Valour and Service for the rescue.");
        assert!(
            has(&got, "Medal of Valour and Service", "WORK_OF_ART"),
            "{got:?}"
        );
        // No "the" before the head, or a lower-case word after "of": no honour.
        let got = names("Sales rose in the order of the company's forecast.");
        assert!(!got.iter().any(|(_, l)| l == "WORK_OF_ART"), "{got:?}");
    }
}
