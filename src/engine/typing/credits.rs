//! Wire-copy credits: "(Reporting by Dana Whitfield in Lagos and June Tan in Singapore; Editing
//! by Mark Osei)". The names after "by", and after "and" or a comma there, are people (the
//! reporters and editors), whatever the tagger read ("Dana Park" as a park); the name after "in"
//! is their place and stays as typed.
//!
//! Input: the document and the typed mentions (text order, not overlapping). Output: the same,
//! with each credited person's name one PERSON mention in place of what overlapped it.
//! Architecture invariant: reads only the tokens and the `[credit_words]` of
//! `data/lexicons/context_words.txt`; adds PERSON mentions only inside a credit.

use crate::engine::lexicon::words::words;
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// Longest credited name, in tokens.
const MAX_NAME: usize = 5;

/// Make each credited person's name one PERSON mention (see the module doc).
pub(super) fn credit_people(doc: &Doc, out: &mut Vec<TypedMention>) {
    let credit_words = &words().credit_words;
    let mut people: Vec<Range<usize>> = Vec::new();
    for by in 1..doc.tokens.len() {
        if doc.tok_text(by) != "by" || !doc.same_sentence(by - 1, by) {
            continue;
        }
        let verb = doc.tok_text(by - 1);
        if !credit_words.iter().any(|w| w.eq_ignore_ascii_case(verb)) {
            continue;
        }
        // The credit opens its line, a bracket or a part after ";" ("Additional reporting by").
        let mut open = by - 1;
        if open > 0 && doc.tok_text(open - 1).eq_ignore_ascii_case("additional") {
            open -= 1;
        }
        if !(doc.is_sentence_start(open) || matches!(doc.tok_text(open - 1), "(" | ";" | "[" | ","))
        {
            continue;
        }
        let mut k = by + 1;
        while let Some(end) = name_at(doc, k) {
            // A credited name ends the credit or a part of it: "in", "and", a comma, ";", a
            // bracket or the sentence's end ("Photos by X, Makeup by Y": "Makeup" names the
            // next credit's work; "Reporting by Reuters found that ...": no credit).
            let ends = end >= doc.tokens.len()
                || !doc.same_sentence(k, end)
                || matches!(
                    doc.tok_text(end),
                    "in" | "and" | "," | ";" | ")" | "]" | "."
                );
            if !ends {
                break;
            }
            people.push(k..end);
            k = end;
            // "in Lagos": the reporter's place, left as typed.
            if k < doc.tokens.len() && doc.tok_text(k) == "in" {
                let Some(place_end) = name_at(doc, k + 1) else {
                    break;
                };
                k = place_end;
            }
            if k + 1 < doc.tokens.len()
                && matches!(doc.tok_text(k), "and" | ",")
                && doc.same_sentence(k, k + 1)
            {
                k += 1;
            } else {
                break;
            }
        }
    }
    if people.is_empty() {
        return;
    }
    // One merge of two lists in text order: a credited name replaces the person, facility or
    // unlabelled reading overlapping it; one the tagger or the lexicons read as an organisation
    // or a place stays ("Reporting by Reuters", "Compiled by Beijing Newsroom").
    let mut merged: Vec<TypedMention> = Vec::with_capacity(out.len() + people.len());
    let mut rest = std::mem::take(out).into_iter().peekable();
    for r in people {
        let m = TypedMention::over(doc, r, Label::Person, 0.9);
        while let Some(o) = rest.next_if(|o| o.end <= m.start) {
            merged.push(o);
        }
        let mut over: Vec<TypedMention> = Vec::new();
        while let Some(o) = rest.next_if(|o| o.start < m.end) {
            over.push(o);
        }
        let named = over.iter().any(|o| {
            matches!(
                o.label,
                Label::Org | Label::Gpe | Label::Loc | Label::Norp | Label::Product
            )
        });
        if named || merged.last().is_some_and(|p| p.end > m.start) {
            merged.extend(over);
        } else {
            merged.push(m);
        }
    }
    merged.extend(rest);
    *out = merged;
}

/// The end of a name of capitalised words (and initials with their dot) starting at token `k`,
/// in `k`'s sentence, at most [`MAX_NAME`] tokens; `None` if no such word starts there.
fn name_at(doc: &Doc, k: usize) -> Option<usize> {
    let word = |i: usize| {
        i < doc.tokens.len()
            && doc.same_sentence(k, i)
            && doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(doc.tok_text(i))
            && !is_all_caps(doc.tok_text(i))
    };
    if !word(k) {
        return None;
    }
    let mut end = k + 1;
    while end - k < MAX_NAME {
        if word(end) {
            end += 1;
        } else if end + 1 < doc.tokens.len() && doc.tok_text(end) == "." && word(end + 1) {
            end += 2; // "Mark J. Osei"
        } else {
            break;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn the_names_of_a_wire_credit_are_people() {
        let text =
            "The port reopened on Monday.\n(Reporting by Dana Park in Lagos and June Tan in \
                    Singapore; Editing by Mark Osei)";
        let got = names(text);
        assert!(has(&got, "Dana Park", "PERSON"), "{got:?}");
        assert!(has(&got, "June Tan", "PERSON"), "{got:?}");
        assert!(has(&got, "Mark Osei", "PERSON"), "{got:?}");
        assert!(has(&got, "Lagos", "GPE"), "{got:?}");
        // Elsewhere "by" and a name keep their reading, and so do a credit's organisations.
        let got = names("The plant was built by Hartwell Park in 1990.");
        assert!(!has(&got, "Hartwell Park", "PERSON"), "{got:?}");
        let got = names("Reporting by Reuters found that the ministry ignored warnings.");
        assert!(!has(&got, "Reuters", "PERSON"), "{got:?}");
        let got = names(
            "The mill shut.\n(Reporting by Dana Park in Lagos, Additional reporting by Ivo Tamm \
             in Riga)",
        );
        assert!(has(&got, "Ivo Tamm", "PERSON"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "Additional"), "{got:?}");
    }
}
