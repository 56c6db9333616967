//! Titles of works in double quotes, read after typing: `the drama "The Quiet Shore"`, `her
//! memoir, "Stones Remember,"`, `"Harbour Lights", a Danish film`. The tagger reads a quoted
//! title's words as what they look like (a place, a person, a season: "Winter Harbour" was a
//! place holding the date "Winter"); a noun for a work beside the quotes says what they hold.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where each such title is one WORK_OF_ART mention replacing the mentions inside it, and
//! every other mention with the same text is a WORK_OF_ART too (the title said again without
//! its noun). A title is one to [`MAX_WORDS`] words between double quotes in one sentence:
//! the first capitalised, the rest capitalised, numbers or small function words
//! (`[title_function_words]`), a comma or full stop allowed before the closing quote. The
//! noun (`[work_nouns]` of `data/lexicons/context_words.txt`) is the word right before the
//! opening quote ("the film "X""), or before a comma there ("her memoir, "X""), or follows
//! the closing quote and a comma within three words ("X", a Danish drama). Not when a
//! mention runs out of the quotes.
//!
//! *Architecture invariant:* reads the document and the word lists only; imports no other
//! stage; only joins and relabels mentions inside quoted titles (and mentions with a title's
//! text), never drops a name outside them. Linear in the tokens plus the mentions.

use super::lexicon::words::words;
use super::mention::{in_order_disjoint, overlapping, replace_token_spans, TypedMention};
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Most words a quoted title holds.
const MAX_WORDS: usize = 8;

fn is_quote(doc: &Doc, i: usize) -> bool {
    matches!(doc.tok_text(i), "\"" | "“" | "”")
}

/// Is the word of token `i` a noun for a work (`[work_nouns]`)?
fn work_noun(doc: &Doc, i: usize) -> bool {
    let t = doc.tok_text(i);
    doc.tokens[i].kind == TokenKind::Word
        && words().work_nouns.iter().any(|n| n.eq_ignore_ascii_case(t))
}

/// The title's token range inside quotes opening at token `open`, and the closing quote's
/// token, when the words between read as a title (see the module documentation).
fn title_at(doc: &Doc, open: usize) -> Option<(Range<usize>, usize)> {
    let n = doc.tokens.len();
    let sentence = doc.sentence_of(open);
    let close = (open + 1..(open + MAX_WORDS + 3).min(n))
        .take_while(|&j| doc.sentence_of(j) == sentence || is_quote(doc, j))
        .find(|&j| is_quote(doc, j))?;
    let mut end = close;
    while end > open + 1 && matches!(doc.tok_text(end - 1), "," | ".") {
        end -= 1;
    }
    let inner = open + 1..end;
    let small = &words().title_function_words;
    let fits = |j: usize| {
        let t = doc.tok_text(j);
        doc.tokens[j].kind == TokenKind::Word
            && (is_capitalised(t)
                || t.starts_with(|c: char| c.is_ascii_digit())
                || small.contains(&t))
    };
    (!inner.is_empty()
        && inner.len() <= MAX_WORDS
        && is_capitalised(doc.tok_text(inner.start))
        && inner.clone().all(fits))
    .then_some((inner, close))
}

/// Does a noun for a work stand beside the quotes (tokens `open` and `close`)?
fn beside_work_noun(doc: &Doc, open: usize, close: usize) -> bool {
    let sentence = doc.sentence_of(open);
    let same = |j: usize| j < doc.tokens.len() && doc.sentence_of(j) == sentence;
    let before = open >= 1
        && same(open - 1)
        && (work_noun(doc, open - 1)
            || (open >= 2 && doc.tok_text(open - 1) == "," && work_noun(doc, open - 2)));
    let after = same(close + 1)
        && doc.tok_text(close + 1) == ","
        && (close + 2..close + 5).any(|j| same(j) && work_noun(doc, j));
    before || after
}

/// Make each quoted title of a work one WORK_OF_ART mention (see the module documentation).
pub fn quoted(doc: &Doc, ms: &mut Vec<TypedMention>) {
    if !in_order_disjoint(ms) {
        return;
    }
    let n = doc.tokens.len();
    // Every quoted title, and whether a noun for a work stands beside it.
    let mut quoted: Vec<(Range<usize>, bool)> = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_quote(doc, i) {
            i += 1;
            continue;
        }
        let Some((inner, close)) = title_at(doc, i) else {
            i += 1;
            continue;
        };
        let (start, end) = (
            doc.tokens[inner.start].start(),
            doc.tokens[inner.end - 1].end(),
        );
        let inside = ms[overlapping(ms, start, end)]
            .iter()
            .all(|m| m.start >= start && m.end <= end);
        if inside {
            quoted.push((inner, beside_work_noun(doc, i, close)));
        }
        i = close + 1;
    }
    let text =
        |r: &Range<usize>| doc.slice(doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
    let titles: Vec<&str> = quoted.iter().filter(|q| q.1).map(|q| text(&q.0)).collect();
    if titles.is_empty() {
        return;
    }
    // A work's title quoted again without its noun is the work too.
    let spans: Vec<Range<usize>> = quoted
        .into_iter()
        .filter(|(r, _)| titles.contains(&text(r)))
        .map(|(r, _)| r)
        .collect();
    // The same title said again without its noun: its mentions are the work too.
    for m in ms.iter_mut() {
        if titles.contains(&doc.slice(m.start, m.end)) {
            m.label = Label::WorkOfArt;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
    replace_token_spans(doc, ms, spans, Label::WorkOfArt);
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_quoted_title_beside_a_work_noun_is_a_work() {
        let got = names(
            "The jury gave its top prize to the Danish drama \"Salt Winter Road\" on Saturday.",
        );
        assert!(has(&got, "Salt Winter Road", "WORK_OF_ART"), "{got:?}");
        let got = names("Her memoir, \"Letters From Tromso,\" was published in 2016.");
        assert!(has(&got, "Letters From Tromso", "WORK_OF_ART"), "{got:?}");
        let got = names(
            "Critics praised \"Harbour of Glass\", a Finnish film, and later \"Harbour of Glass\" won.",
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Harbour of Glass" && l == "WORK_OF_ART")
                .count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn quotes_without_a_work_noun_or_in_lower_case_are_no_title() {
        use super::{beside_work_noun, title_at};
        use crate::engine::text::Doc;
        // The first quotes: (a title, beside a work's noun).
        let quoted = |text: &str| -> (bool, bool) {
            let doc = Doc::new(text);
            let i = (0..doc.tokens.len())
                .find(|&i| matches!(doc.tok_text(i), "\"" | "“"))
                .unwrap();
            match title_at(&doc, i) {
                Some((_, close)) => (true, beside_work_noun(&doc, i, close)),
                None => (false, false),
            }
        };
        // Speech in quotes is no title; a quoted name with no work beside it is a title but no
        // work's.
        assert_eq!(
            quoted("\"We will win,\" said Maria Lund, the film director."),
            (false, false)
        );
        assert_eq!(
            quoted("Analysts called Ivar Berg \"Mr Norway\" after the vote."),
            (true, false)
        );
        assert_eq!(
            quoted("The novel \"Salt and Iron\" sold well."),
            (true, true)
        );
    }
}
