//! Evidence that a name is a product's, read after the learned tagger ([`super::reconcile`]):
//! the name right after a product noun ("the drug Ozempic", [`after_product_noun`]) or right
//! before one ("the Claude chatbot", [`before_product_noun`]) and the name
//! something is sold or marketed as ("sold by Halvard Pharma as Zentrova and Lumexa",
//! [`marketed_as`]).
//!
//! Input: the document and a name's token range. Output: yes/no. Each question looks at a
//! bounded number of tokens.
//! Architecture invariant: reads the document, the lexicons and `evidence`'s place test; never
//! `reconcile` (which imports it). Changes here do not change what `annalist-train-ner` learns.

use super::evidence::holds_a_place;
use crate::engine::lexicon::words::words;
use crate::engine::lexicon::Lexicon;
use crate::engine::shape::{is_capitalised, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// "the drug Ozempic", "a new chatbot Vela": a name of one to three words right after a
/// lower-case `[product_nouns]` noun of its sentence is a product's. Not when a word of the
/// name is a listed place, nor when it opens with a given name or is a known name (the noun
/// then describes what a firm or a person made: "the vaccine Russia approved", "the chatbot
/// Google released"), nor when a lower-case word other than a function word follows it (a
/// verb of such a reduced relative clause: "the drug Halvard Pharma makes").
pub(super) fn after_product_noun(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    let i = range.start;
    i >= 1
        && (1..=3).contains(&range.len())
        && doc.same_sentence(i - 1, i)
        && doc.tokens[i - 1].kind == TokenKind::Word
        && words().product_nouns.contains(&doc.tok_text(i - 1))
        && !verb_after(doc, lx, range, buf)
        && unlisted(doc, lx, range, buf)
}

/// "the Claude chatbot", "Anthropic's Vela chatbot", "a Sputnik jab": a name of one or two
/// capitalised words after "the", "a", "an" or a possessive and right before a lower-case
/// `[product_nouns]` noun of its sentence names the product, even a given name ("Claude").
/// Not a known name or a listed company (the maker then: "the Pfizer vaccine"; callers also keep
/// a name read as an organisation's), nor one holding a listed place ("the Oxford vaccine").
pub(super) fn before_product_noun(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    let (i, end) = (range.start, range.end);
    if !(1..=2).contains(&range.len())
        || i == 0
        || end >= doc.tokens.len()
        || !doc.same_sentence(i - 1, end)
        || doc.tokens[end].kind != TokenKind::Word
        || !words().product_nouns.contains(&doc.tok_text(end))
        || !range.clone().all(|k| is_capitalised(doc.tok_text(k)))
    {
        return false;
    }
    let before = doc.tok_text(i - 1);
    let name = doc.slice(doc.tokens[i].start(), doc.tokens[end - 1].end());
    (matches!(before, "the" | "The" | "a" | "A" | "an" | "An") || possessive_len(before) > 0)
        && lx.get_any(name, buf).is_none_or(|e| e.known.is_none())
        && !lx.listed_company(name)
        && !holds_a_place(doc, lx, range, false, buf)
}

/// Is the name no listed one: it opens with no given name, is no known name and holds no
/// listed place (the noun before it then describes what a firm, a person or a place made or
/// sold: "the vaccine Russia approved", "sold as Champagne").
fn unlisted(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    let i = range.start;
    !lx.get_any(doc.tok_text(i), buf).is_some_and(|e| e.given)
        && lx
            .get_any(
                doc.slice(doc.tokens[i].start(), doc.tokens[range.end - 1].end()),
                buf,
            )
            .is_none_or(|e| e.known.is_none())
        && !holds_a_place(doc, lx, range, false, buf)
}

/// Does a lower-case word other than a function word follow the name in its sentence (the verb
/// of a clause the name is the subject of: "the drug Halvard Pharma makes", "sold its stake as
/// Varnel Holdings bought more")?
fn verb_after(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    doc.tokens.get(range.end).is_some_and(|t| {
        let w = doc.tok_text(range.end);
        t.kind == TokenKind::Word
            && doc.same_sentence(range.end, range.start)
            && w.starts_with(char::is_lowercase)
            && !lx.get_any(w, buf).is_some_and(|e| e.stop)
    })
}

/// After the name and any names joined to it by "and", "or" or commas, does a clause go on:
/// a lower-case word right after a name ("as Petrobras and Vale rose": "as" is "while"), or a
/// stop word after a comma (an apposition: "as Jenkins, its founder, retired")? "as Zentrova
/// and Lumexa, cut relapses" ends the list at a comma before its sentence's verb.
fn clause_after(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    let mut k = range.end;
    while k < doc.tokens.len() && doc.same_sentence(k, range.start) {
        let w = doc.tok_text(k);
        if is_capitalised(w) || matches!(w, "and" | "or" | ",") {
            k += 1;
            continue;
        }
        let lower_word = doc.tokens[k].kind == TokenKind::Word && w.starts_with(char::is_lowercase);
        let after_comma = doc.tok_text(k - 1) == ",";
        return lower_word && (!after_comma || lx.get_any(w, buf).is_some_and(|e| e.stop));
    }
    false
}

/// "sold by Halvard Pharma as Zentrova and Lumexa", "marketed as Velqo": a name of one to three
/// words that follows "as" (perhaps after other such names joined by "and", "or" or commas), with
/// a `[marketing_verbs]` verb ("sold", "marketed", "branded") at most six words before the "as"
/// in its sentence, is a product's. Not when a word of the name is a listed place, nor when it
/// opens with a given name or is a known name, nor when a verb follows it ("sold its stake as
/// Varnel Holdings bought more").
pub(super) fn marketed_as(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    let i = range.start;
    if range.is_empty() || range.len() > 3 {
        return false;
    }
    // Back over earlier names of the same list ("as Zentrova and Lumexa") to the "as".
    let mut k = i;
    let mut steps = 0;
    loop {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if !doc.same_sentence(p, i) || steps > 8 {
            return false;
        }
        let w = doc.tok_text(p);
        if w == "as" {
            k = p;
            break;
        }
        if !(matches!(w, "and" | "or" | ",") || is_capitalised(w)) {
            return false;
        }
        k = p;
        steps += 1;
    }
    let sold = (k.saturating_sub(6)..k).any(|j| {
        doc.same_sentence(j, k)
            && doc.tokens[j].kind == TokenKind::Word
            && words().marketing_verbs.contains(&doc.tok_text(j))
    });
    sold && !verb_after(doc, lx, range, buf)
        && !clause_after(doc, lx, range, buf)
        && unlisted(doc, lx, range, buf)
}
