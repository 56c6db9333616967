//! Contract defined terms linked to the party they define: `Harbor Point Inc. (the
//! "Borrower")` makes every later "the Borrower" (and "Borrower's") a mention of Harbor Point.
//!
//! Input: the [`Doc`], the typed mentions (text order) and each mention's entity index.
//! Output: `(start, end, entity)` byte spans of the term's other uses, in text order, for
//! coreference to report as descriptions. A definition is a name mention, then up to four
//! tokens of "." / "," and legal forms it left out (", Inc."), then "(", up to two words of
//! `[defined_term_openers]` ("the", "hereinafter"), a quoted run of one to three capitalised
//! words and ")" or "," (`(hereinafter the "Lender", a company ...`). A use is the same words
//! (the last may carry a possessive, left outside the span) with "the" before them taken in,
//! where no mention lies. Linear in the tokens.
//!
//! [`drop_role_terms`], run at the end of the name stages, removes the name mentions that only
//! repeat a role term ("Borrower"), so that they are found as uses.
//!
//! *Architecture invariant:* reads the document, the mentions and the word lists only; imports
//! no other stage (coreference calls it).

use super::lexicon::words::{is_org_suffix, words};
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use std::collections::HashMap;

/// Longest defined term, in words.
const MAX_TERM_WORDS: usize = 3;

/// Most tokens between a party's name and its definition's bracket (", Inc." is three).
const MAX_LEGAL_TAIL: usize = 4;

/// Uses of defined terms (see the module documentation).
pub fn uses(doc: &Doc, mentions: &[TypedMention], entity: &[usize]) -> Vec<(usize, usize, usize)> {
    let terms = definitions(doc, mentions);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut covered = vec![false; doc.tokens.len()];
    for m in mentions {
        for i in m.tokens.clone() {
            if let Some(c) = covered.get_mut(i) {
                *c = true;
            }
        }
    }
    // The definitions' own tokens are no uses (of this term or another one).
    let mut defining = vec![false; doc.tokens.len()];
    for t in &terms {
        for i in t.inside.clone() {
            if let Some(d) = defining.get_mut(i) {
                *d = true;
            }
        }
    }
    // Terms by their first word (in text order), so each token is checked against its own few.
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, t) in terms.iter().enumerate() {
        by_first.entry(t.words[0]).or_default().push(k);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let first = doc.tok_text(i);
        let first = &first[..first.len() - possessive_len(first)];
        let hit = by_first
            .get(first)
            .into_iter()
            .flatten()
            .map(|&k| &terms[k])
            // A use is of the last definition before it: a term defined again for another
            // party means that party from there on, and nothing before a definition is a use.
            .rev()
            .find(|t| {
                !defining[i]
                    && t.inside.end <= i
                    && t.words.iter().enumerate().all(|(k, w)| {
                        let j = i + k;
                        j < doc.tokens.len() && !covered[j] && {
                            let s = doc.tok_text(j);
                            let s = if k + 1 == t.words.len() {
                                &s[..s.len() - possessive_len(s)]
                            } else {
                                s
                            };
                            s == *w
                        }
                    })
            });
        let Some(t) = hit else {
            i += 1;
            continue;
        };
        let last = i + t.words.len() - 1;
        let the = i > 0
            && doc.tok_text(i - 1).eq_ignore_ascii_case("the")
            && doc.sentence_of(i - 1) == doc.sentence_of(i);
        let start = doc.tokens[if the { i - 1 } else { i }].start();
        let end = doc.tokens[last].end() - possessive_len(doc.tok_text(last));
        if let Some(&e) = entity.get(t.party) {
            out.push((start, end, e));
        }
        i = last + 1;
    }
    out
}

/// A name mention that only repeats a role a definition gave its party is no name: in
/// `Tamsin Foods Inc. ("Borrower")`, a later bare "Borrower" is a description of Tamsin Foods
/// (which [`uses`] then finds), not an organisation of its own. Dropped: a mention whose words
/// are exactly a defined term, after its definition, where the term shares no word with the
/// party's name and is not written in capitals (`("Vega")` for Vega Holdings plc, `("SVB")`
/// and `("Bank")` for Silicon Valley Bank stay names).
pub fn drop_role_terms(doc: &Doc, mentions: &mut Vec<TypedMention>) {
    let terms = definitions(doc, mentions);
    let roles: Vec<&Term> = terms
        .iter()
        .filter(|t| {
            let party = &doc.text[mentions[t.party].start..mentions[t.party].end];
            t.words.iter().all(|w| {
                !is_all_caps(w)
                    && !party
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|p| p.eq_ignore_ascii_case(w))
            })
        })
        .collect();
    if roles.is_empty() {
        return;
    }
    // Each role's words (joined by spaces) and where its first definition ends: one look-up
    // per mention (a scan of all definitions per mention was quadratic on long contracts).
    let mut first_defined: HashMap<String, usize> = HashMap::new();
    for t in roles {
        let e = first_defined
            .entry(t.words.join(" "))
            .or_insert(t.inside.end);
        *e = (*e).min(t.inside.end);
    }
    let mut key = String::new();
    mentions.retain(|m| {
        if m.tokens.len() > MAX_TERM_WORDS {
            return true;
        }
        key.clear();
        for i in m.tokens.clone() {
            let s = doc.tok_text(i);
            if !key.is_empty() {
                key.push(' ');
            }
            let cut = if i + 1 == m.tokens.end {
                possessive_len(s)
            } else {
                0
            };
            key.push_str(&s[..s.len() - cut]);
        }
        first_defined
            .get(key.as_str())
            .is_none_or(|&end| end > m.tokens.start)
    });
}

/// One definition: the term's words as written, the party's mention (an index into the
/// mentions) and the token range of the definition itself (not a use).
struct Term<'a> {
    words: Vec<&'a str>,
    party: usize,
    inside: std::ops::Range<usize>,
}

fn definitions<'a>(doc: &Doc<'a>, mentions: &[TypedMention]) -> Vec<Term<'a>> {
    let openers = &words().defined_term_openers;
    let n_tok = doc.tokens.len();
    let quote =
        |i: usize| i < n_tok && matches!(doc.tok_text(i), "\"" | "\u{201c}" | "\u{201d}" | "'");
    let mut out = Vec::new();
    for open in 0..n_tok {
        if doc.tok_text(open) != "(" {
            continue;
        }
        let mut i = open + 1;
        let mut n = 0;
        while n < 2 && i < n_tok && openers.contains(&doc.tok_text(i).to_lowercase().as_str()) {
            i += 1;
            n += 1;
        }
        if !quote(i) {
            continue;
        }
        i += 1;
        let first = i;
        while i < n_tok
            && i - first < MAX_TERM_WORDS
            && doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(doc.tok_text(i))
        {
            i += 1;
        }
        // The bracket closes after the term, or the term is followed by more of the
        // definition ('(hereinafter the "Lender", a company ...').
        if i == first
            || !quote(i)
            || doc.tokens.get(i + 1).is_none()
            || !matches!(doc.tok_text(i + 1), ")" | ",")
        {
            continue;
        }
        // The name right before the bracket, maybe after "." or "," and a legal form the
        // name left out ("Garnet Foods, Inc. (").
        let direct = ending_before(doc, mentions, open);
        // A place right before the bracket ("organised under the laws of Norway") or no name
        // at all ("a Delaware limited liability company"): the party is the name the
        // description is in apposition to. A firm or person right before it is the party
        // ("X, a subsidiary of Vega Holdings plc (\"Vega\")" defines Vega).
        let named_party =
            direct.filter(|&k| matches!(mentions[k].label, Label::Org | Label::Person));
        let party = named_party.or_else(|| {
            apposed_party(
                doc,
                mentions,
                direct.map_or(open, |k| mentions[k].tokens.start),
            )
            .or(direct)
        });
        let Some(party) = party else {
            continue;
        };
        out.push(Term {
            words: (first..i).map(|j| doc.tok_text(j)).collect(),
            party,
            inside: open..i + 2,
        });
    }
    out
}

/// Longest description between a party and its definition, in tokens.
const MAX_APPOSITION: usize = 16;

/// The party a description in apposition describes: `X, a company organised under the laws
/// of Norway ("Supplier")` and `X, a Delaware limited liability company ("Buyer")` define X,
/// not Norway or a name inside the description. `at` is the first token of the description's
/// end (the bracket or the name before it); the party is an organisation or person mention
/// ending at a comma followed by "a" or "an", within the sentence.
fn apposed_party(doc: &Doc, mentions: &[TypedMention], at: usize) -> Option<usize> {
    let sentence = doc.sentence_of(at.min(doc.tokens.len().checked_sub(1)?));
    let from = at.saturating_sub(MAX_APPOSITION);
    let comma = (from..at).rev().find(|&j| {
        matches!(doc.tok_text(j), "," | "(" | ")" | ";") || doc.sentence_of(j) != sentence
    })?;
    let article = doc
        .tokens
        .get(comma + 1)
        .is_some_and(|_| matches!(doc.tok_text(comma + 1), "a" | "an"));
    if doc.tok_text(comma) != "," || !article || doc.sentence_of(comma) != sentence {
        return None;
    }
    ending_before(doc, mentions, comma)
        .filter(|&k| matches!(mentions[k].label, Label::Org | Label::Person))
}

/// The mention ending right before token `tok`, or before "." / "," and a capitalised legal
/// form it left out (", Inc.", at most [`MAX_LEGAL_TAIL`] tokens); mentions are in text order,
/// not overlapping.
fn ending_before(doc: &Doc, mentions: &[TypedMention], tok: usize) -> Option<usize> {
    let ending_at = |tok: usize| {
        let k = mentions.partition_point(|m| m.tokens.end < tok);
        mentions.get(k).filter(|m| m.tokens.end == tok).map(|_| k)
    };
    let tail =
        |w: &str| matches!(w, "." | ",") || (is_capitalised(w) || w == "plc") && is_org_suffix(w);
    let mut j = tok;
    let mut found = ending_at(j);
    while found.is_none() && j > 0 && tok - j < MAX_LEGAL_TAIL && tail(doc.tok_text(j - 1)) {
        j -= 1;
        found = ending_at(j);
    }
    found
}
