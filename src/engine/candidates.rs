//! Stage 2: tokens → candidate name spans (from capitalisation and connectors).
//!
//! PLACEHOLDER (spine): runs of capitalised words. The entity engine replaces it.

use super::text::{Doc, TokenKind};
use std::ops::Range;

/// A span that may be a name. Byte offsets; `tokens` is the token index range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

pub fn find(doc: &Doc) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let cap = |j: usize| {
            doc.tokens[j].kind == TokenKind::Word
                && doc
                    .tok_text(j)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        if cap(i) {
            let s = i;
            while i < doc.tokens.len() && cap(i) && doc.tokens[i].sentence == doc.tokens[s].sentence
            {
                i += 1;
            }
            out.push(Candidate {
                start: doc.tokens[s].start,
                end: doc.tokens[i - 1].end,
                tokens: s..i,
            });
        } else {
            i += 1;
        }
    }
    out
}
