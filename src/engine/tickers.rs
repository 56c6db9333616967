//! Stock tickers after typing: in "Fjordkraft Marine ASA (OSE: FJRD)" the exchange code is no
//! name and the ticker is another name of the firm before the bracket.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where, inside a bracket opening with an exchange code and a colon (`[exchange_codes]`
//! of `data/lexicons/context_words.txt`: "(NYSE: ORVL)", "(Nasdaq: HLDR)"), a mention of the
//! code is dropped and the ticker is an ORG mention; the same ticker written elsewhere in the
//! document ("Shares of FJRD fell") is an ORG mention too. Merge makes the ticker in the
//! bracket an alias of the firm right before it ([`ticker_of_firm`]), and so every mention of
//! the ticker joins the firm.
//!
//! This stage runs after the name tagger, so `ner.bin` does not depend on it.
//! *Architecture invariant:* reads the document and word lists only; imports no other stage;
//! drops only the mentions of an exchange code inside such a bracket; linear in the tokens
//! plus the mentions.

use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};

/// The ticker's token of a bracket "(" CODE ":" TICKER opening at token `open`, if it is one.
fn bracket_ticker(doc: &Doc, open: usize) -> Option<usize> {
    let t = |k: usize| doc.tokens.get(k).map(|_| doc.tok_text(k));
    if t(open)? != "(" || t(open + 2)? != ":" {
        return None;
    }
    let code = t(open + 1)?.to_lowercase();
    if !words().exchange_codes.contains(&code.as_str()) {
        return None;
    }
    let k = open + 3;
    let w = t(k)?;
    let after = t(k + 1)?;
    let shape = (1..=6).contains(&w.chars().count())
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.chars().any(|c| c.is_ascii_uppercase());
    (doc.tokens[k].kind == TokenKind::Word
        && shape
        && matches!(after, ")" | "," | ";" | ".")
        && doc.same_sentence(open, k))
    .then_some(k)
}

/// Is mention `m` the ticker of a bracket right after the mention `firm` ("Halden Robotics
/// Inc. (NASDAQ: HLDR)")? Merge makes it an alias of the firm.
pub fn ticker_of_firm(doc: &Doc, firm: &TypedMention, m: &TypedMention) -> bool {
    if firm.label != Label::Org || m.label != Label::Org || m.tokens.len() != 1 {
        return false;
    }
    // The bracket opens right after the firm (an abbreviated form's period may stand between).
    let mut open = firm.tokens.end;
    if doc.tokens.get(open).is_some() && doc.tok_text(open) == "." {
        open += 1;
    }
    open + 3 == m.tokens.start && bracket_ticker(doc, open) == Some(m.tokens.start)
}

/// Drop the exchange codes and type the tickers (see the module documentation).
pub fn type_tickers(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut codes: Vec<usize> = Vec::new();
    let mut tickers: Vec<usize> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word && doc.tok_text(i) == "(" {
            if let Some(k) = bracket_ticker(doc, i) {
                codes.push(i + 1);
                tickers.push(k);
            }
        }
    }
    if tickers.is_empty() {
        return;
    }
    ms.retain(|m| !codes.iter().any(|&c| m.tokens.contains(&c)));
    // A few tickers a document: a list, not a hashed set (no hasher code in the wasm).
    let names: Vec<&str> = tickers.iter().map(|&k| doc.tok_text(k)).collect();
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter_mut() {
        for c in covered.get_mut(m.tokens.clone()).into_iter().flatten() {
            *c = true;
        }
        if m.tokens.len() == 1 && names.contains(&doc.tok_text(m.tokens.start)) {
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
    let mut added = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if !covered[i] && t.kind == TokenKind::Word && names.contains(&doc.tok_text(i)) {
            added.push(TypedMention {
                start: t.start(),
                end: t.end(),
                label: Label::Org,
                role: None,
                country: None,
                capital_of: None,
                confidence: 0.6,
                tokens: i..i + 1,
            });
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}
