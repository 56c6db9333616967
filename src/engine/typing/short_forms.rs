//! Company names decided by their own words and by the document: a legal-form word ending a
//! name ("Ltd", "LLC", "GmbH", "FZE", "JSC"; `[org_suffixes]` of
//! `data/lexicons/context_words.txt`) makes it an organisation, and a short form of an
//! organisation named in full elsewhere in the document ("Al Noor" after "Al Noor Petroleum
//! Trading FZE", "Huaxin" after "Shenzhen Huaxin Electronics") is that organisation.
//!
//! Input: the document and its typed mentions (token ranges, byte offsets). Output: the same
//! mentions relabelled. Linear in the mentions times the square of a name's length (names are
//! at most `tagger::MAX_NAME_TOKENS` words).
//! Architecture invariant: reads the document, the lexicons and the word lists; never
//! `reconcile` (which imports it).

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{FxBuild, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::possessive_len;
use crate::engine::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;

/// Does the name of tokens `range` end in a company's legal form ("Coral Meridian Shipping
/// Ltd", "Kestrel Holdings JSC")? Two to six words, written in one case: not ALL CAPS (a
/// heading or a contract's party block, where capitals join unrelated words), and not Title
/// Case words run into ALL-CAPS ones ("Loan Agreement ACME LLC").
pub(super) fn legal_form(doc: &Doc, range: &Range<usize>) -> bool {
    if range.len() < 2 || range.len() > 6 {
        return false;
    }
    let caps = range
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .filter(|&i| {
            doc.tok_text(i)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                > 3
        })
        .map(|i| crate::engine::shape::is_all_caps(doc.tok_text(i)))
        .collect::<Vec<bool>>();
    if caps.iter().any(|&c| c) {
        return false;
    }
    let mut last = range.end - 1;
    // "Corp ." written apart: the designator is the word before the period.
    if doc.tok_text(last) == "." && last > range.start + 1 {
        last -= 1;
    }
    let w = doc.tok_text(last);
    let w = &w[..w.len() - possessive_len(w)];
    doc.tokens[last].kind == TokenKind::Word
        && words()
            .org_suffixes
            .iter()
            .any(|s| s.trim_end_matches('.').eq_ignore_ascii_case(w))
}

/// May this lower-case word stand alone as a short form of an organisation? Not a connector,
/// a designator ("Electronics"), a stop word or a place ("Shenzhen").
fn short_word(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    if w.chars().count() < 2 || matches!(w, "of" | "for" | "the" | "and" | "&" | "on") {
        return false;
    }
    !lx.get_any(w, buf).is_some_and(|e| {
        e.stop
            || e.designator.is_some()
            || e.country.is_some()
            || e.city.is_some()
            || e.us_state
            || e.demonym.is_some()
            || e.known.is_some_and(|(l, _)| l != Label::Org)
    })
}

/// Lower-case short forms of the multi-word organisations in `ms`: every run of their words
/// shorter than the whole that holds a word able to stand alone ([`short_word`]) and neither
/// starts nor ends with a connector.
fn org_parts(doc: &Doc, lx: &Lexicon, ms: &[TypedMention]) -> HashSet<String, FxBuild> {
    let mut out: HashSet<String, FxBuild> = HashSet::default();
    let mut buf = String::new();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Org && m.tokens.len() >= 2)
    {
        let toks: Vec<usize> = m
            .tokens
            .clone()
            .filter(|&i| doc.tokens[i].start() < m.end)
            .collect();
        let bare = |i: usize| {
            let t = &doc.tokens[i];
            doc.slice(t.start(), t.end().min(m.end)).to_lowercase()
        };
        let conn = |i: usize| matches!(bare(i).as_str(), "of" | "for" | "the" | "and" | "&" | "on");
        for a in 0..toks.len() {
            for b in a + 1..=toks.len() {
                if b - a == toks.len() || conn(toks[a]) || conn(toks[b - 1]) {
                    continue;
                }
                let opening = a == 0 && b >= 2; // "Kiel Institute"
                if !opening && !(a..b).any(|k| short_word(lx, &bare(toks[k]), &mut buf)) {
                    continue;
                }
                let (s, e) = (doc.tokens[toks[a]].start(), doc.tokens[toks[b - 1]].end());
                out.insert(doc.slice(s, e.min(m.end)).to_lowercase());
            }
        }
    }
    out
}

/// The document's short forms of organisations, with the words of its people's full names
/// (a short form all of whose words belong to a person stays that person: "Ford" beside
/// "Henry Ford").
pub(super) struct ShortForms {
    parts: HashSet<String, FxBuild>,
    people: HashSet<String, FxBuild>,
}

impl ShortForms {
    /// Collect the short forms of the organisations in `ms`.
    pub(super) fn new(doc: &Doc, lx: &Lexicon, ms: &[TypedMention]) -> Self {
        let parts = org_parts(doc, lx, ms);
        let mut people: HashSet<String, FxBuild> = HashSet::default();
        if !parts.is_empty() {
            // People named in full, other than the short forms themselves ("Al Noor").
            for m in ms.iter().filter(|m| {
                m.label == Label::Person
                    && m.tokens.len() >= 2
                    && !parts.contains(&doc.slice(m.start, m.end).to_lowercase())
            }) {
                for i in m.tokens.clone() {
                    let w = doc.tok_text(i);
                    people.insert(w[..w.len() - possessive_len(w)].to_lowercase());
                }
            }
        }
        ShortForms { parts, people }
    }

    /// Is mention `m` a short form of an organisation of the document?
    pub(super) fn holds(&self, doc: &Doc, m: &TypedMention) -> bool {
        if self.parts.is_empty() {
            return false;
        }
        let key = doc.slice(m.start, m.end).to_lowercase();
        self.parts.contains(&key)
            && !key
                .split_whitespace()
                .all(|w| self.people.contains(w.trim_end_matches("'s")))
    }

    /// Short forms typed as people, products, works or facilities become the organisation.
    pub(super) fn retype(&self, doc: &Doc, ms: &mut [TypedMention]) {
        for m in ms.iter_mut() {
            let other = matches!(
                m.label,
                Label::Person | Label::Product | Label::WorkOfArt | Label::Fac | Label::Event
            );
            if other && self.holds(doc, m) {
                m.label = Label::Org;
                m.role = None;
                m.country = None;
                m.capital_of = None;
            }
        }
    }
}
