//! Firms named before a comma and their legal form: "KESTREL MARINE, INC.", "Garnet Foods,
//! LLC", "Dorn Capital, L.P.". Contracts and filings write the party's name so, often in
//! capitals inside an ordinary sentence, where the tagger reads a word of it as a person
//! ("MARINE") or leaves it out.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, where the one to six capitalised words (or "&") right before ", <form>" in one
//! sentence, with no sentence function word opening them ("The"), become one ORG mention
//! replacing the mentions inside. The form is a short legal form of `[org_suffixes]` (four
//! letters at most, "Inc", "LLC", "Ltd", "plc", "L.P."), never "Co" ("Denver, Co."); the form
//! stays outside the name, as the candidate stage leaves it. A line break ends the name, and
//! so does a person's name inside the run (a signature on one line: the firm is the words
//! after the person). Left as they are: a run a
//! mention reaches past, a run the lexicon lists as a place ("Paris, Inc." names no firm of
//! Paris), a run already one ORG mention.
//!
//! *Architecture invariant:* reads the document, the lexicon and the word lists only; imports
//! no other stage.

use super::lexicon::words::{is_org_suffix, words};
use super::lexicon::{lexicon, with_lower};
use super::mention::{replace_token_spans, TypedMention};
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Longest firm name taken before the comma, in tokens.
const MAX_RUN: usize = 6;

/// Make the names before ", <legal form>" firms (see the module documentation).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let n = doc.tokens.len();
    let mut spans: Vec<Range<usize>> = Vec::new();
    for comma in 1..n.saturating_sub(1) {
        if doc.tok_text(comma) != "," || !legal_form_at(doc, comma + 1) {
            continue;
        }
        let Some(mut run) = name_before(doc, comma) else {
            continue;
        };
        let end = doc.tokens[run.end - 1].end();
        // "Regards, Vangie Tollis Haskell Grid Services, Inc.": a person named before the
        // firm (a signature run into one line) stays the person.
        if let Some(after) = ms
            .iter()
            .filter(|m| {
                m.label == Label::Person && run.contains(&m.tokens.start) && m.tokens.end < run.end
            })
            .map(|m| m.tokens.end)
            .max()
        {
            run.start = after;
        }
        let start = doc.tokens[run.start].start();
        let inside: Vec<&TypedMention> = ms
            .iter()
            .filter(|m| m.start < end && m.end > start)
            .collect();
        let past = inside.iter().any(|m| m.start < start || m.end > end);
        let done = inside.len() == 1 && inside[0].label == Label::Org && inside[0].tokens == run;
        if past || done || listed_place(doc, &run) {
            continue;
        }
        if spans.last().is_none_or(|r| r.end <= run.start) {
            spans.push(run);
        }
    }
    if !spans.is_empty() {
        replace_token_spans(doc, ms, spans, Label::Org);
    }
}

/// Is token `i` (with the period after it, if any) a short legal form: "Inc", "INC.", "LLC",
/// "Ltd", "plc", or "L.P." written as letters and periods?
fn legal_form_at(doc: &Doc, i: usize) -> bool {
    if doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let w = doc.tok_text(i);
    let w = w.strip_suffix('.').unwrap_or(w);
    // "L.P.", "N.V." as one token or as letters and periods: compared without the periods.
    let bare: String = w.chars().filter(|&c| c != '.').collect();
    let form = if bare.len() == 1 && doc.tokens.get(i + 2).is_some() && doc.tok_text(i + 1) == "." {
        let mut s = bare.clone();
        s.push_str(doc.tok_text(i + 2).trim_end_matches('.'));
        s
    } else {
        bare
    };
    (2..=4).contains(&form.len())
        && !form.eq_ignore_ascii_case("co")
        && (is_org_suffix(&form) || is_org_suffix(w))
}

/// The capitalised words right before the comma at `comma` (same sentence and line, at most
/// [`MAX_RUN`]), with a sentence function word opening them left out.
fn name_before(doc: &Doc, comma: usize) -> Option<Range<usize>> {
    let word = |i: usize| {
        let w = doc.tok_text(i);
        (doc.tokens[i].kind == TokenKind::Word && is_capitalised(w)) || w == "&"
    };
    let mut start = comma;
    // A line break ends the name: a signature's name line is no part of the firm's below it.
    let same_line =
        |i: usize| !doc.text[doc.tokens[i].end()..doc.tokens[i + 1].start()].contains('\n');
    while start > 0
        && comma - start < MAX_RUN
        && word(start - 1)
        && doc.same_sentence(start - 1, comma)
        && same_line(start - 1)
    {
        start -= 1;
    }
    let function = |i: usize| {
        with_lower(doc.tok_text(i), |l| {
            words().sentence_function_words.contains(l)
        })
    };
    while start < comma && (function(start) || doc.tok_text(start) == "&") {
        start += 1;
    }
    (start < comma && doc.tok_text(comma - 1) != "&").then_some(start..comma)
}

/// Does the lexicon list the words of `run` as a place (country, city, region)?
fn listed_place(doc: &Doc, run: &Range<usize>) -> bool {
    let text = &doc.text[doc.tokens[run.start].start()..doc.tokens[run.end - 1].end()];
    let mut buf = String::new();
    lexicon()
        .get_any(text, &mut buf)
        .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.region)
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{Analysis, DocumentInput, Label};

    fn run(text: &str) -> Analysis {
        analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: None,
        })
    }

    fn has(a: &Analysis, text: &str, label: Label) -> bool {
        a.entities
            .iter()
            .any(|m| m.text == text && m.label == label)
    }

    #[test]
    fn a_party_in_capitals_before_its_legal_form_is_one_firm() {
        let a = run(
            "This agreement is entered into by KESTREL MARINE, INC., a Delaware corporation, \
             and Hallam Bank.",
        );
        assert!(has(&a, "KESTREL MARINE", Label::Org), "{:?}", a.entities);
        assert!(
            !a.entities.iter().any(|m| m.label == Label::Person),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_firm_in_title_case_and_a_partnership_keep_their_names() {
        let a = run("Loans went to Brannock Vale Holdings, LLC and to Tessin Ridge Capital, L.P. last year.");
        assert!(
            has(&a, "Brannock Vale Holdings", Label::Org),
            "{:?}",
            a.entities
        );
        assert!(
            has(&a, "Tessin Ridge Capital", Label::Org),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_name_on_the_line_above_is_no_part_of_the_firm() {
        let a = run("Regards,\nMaren Tollis\nHaskell Grid Services, Inc.\n");
        assert!(
            has(&a, "Haskell Grid Services", Label::Org),
            "{:?}",
            a.entities
        );
        assert!(
            !a.entities.iter().any(|m| m.text.contains("Tollis Haskell")),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_person_named_before_the_firm_on_one_line_stays_the_person() {
        use crate::engine::mention::TypedMention;
        use crate::engine::text::Doc;
        let text = "Regards, Maren Tollis Haskell Grid Services, Inc. 12 Dock Road";
        let doc = Doc::new(text);
        let tok = |w: &str| {
            (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == w)
                .unwrap()
        };
        let (m, h) = (tok("Maren"), tok("Haskell"));
        let mut ms = vec![
            TypedMention::over(&doc, m..m + 2, Label::Person, 0.6),
            TypedMention::over(&doc, h..h + 3, Label::Person, 0.6),
        ];
        super::join(&doc, &mut ms);
        let got: Vec<(&str, Label)> = ms
            .iter()
            .map(|m| (&text[m.start..m.end], m.label))
            .collect();
        assert_eq!(
            got,
            [
                ("Maren Tollis", Label::Person),
                ("Haskell Grid Services", Label::Org)
            ]
        );
    }

    #[test]
    fn a_town_before_a_state_code_and_a_listed_place_are_no_firms() {
        let a = run("She moved from Denver, Co. to Paris, Inc. magazine's office.");
        assert!(!has(&a, "Denver", Label::Org), "{:?}", a.entities);
        assert!(!has(&a, "Paris", Label::Org), "{:?}", a.entities);
    }
}
