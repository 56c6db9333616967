//! ALL-CAPS lines (headlines, datelines) in the candidate stage: there capitals say nothing, so
//! only runs of words the lexicons list as places or known names, or that the rest of the
//! document writes as names, become candidates.
//!
//! Input: the [`Doc`], one sentence's token range, the lower-case names the document writes in
//! ordinary lines. Output: [`CapsRun`]s in text order. Linear in the line's tokens (phrases are
//! at most four words).

use crate::engine::lexicon::{lower, FxBuild, Lexicon};
use crate::engine::shape::{is_all_caps, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;

/// A run of known names in an ALL-CAPS line. Byte offsets; `end` is before a possessive ending.
pub(super) struct CapsRun {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    /// The last word carried a possessive ending.
    pub possessive: bool,
}

/// Is sentence `si` an ALL-CAPS line (headline, dateline)?
pub(super) fn caps_sentence(doc: &Doc, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let (mut caps, mut total) = (0usize, 0usize);
    for i in s.tokens() {
        if doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let w = doc.tok_text(i);
        if w.chars().filter(|c| c.is_alphabetic()).nth(1).is_none() {
            continue; // single letters say little
        }
        total += 1;
        if is_all_caps(w) {
            caps += 1;
        }
    }
    caps > 0 && (caps * 10 >= total * 7) && (caps >= 2 || total <= 2)
}

/// In an ALL-CAPS line, runs of words that the lexicons or the document know as names.
pub(super) fn caps_line(
    doc: &Doc,
    lx: &Lexicon,
    seen_lower: Option<&HashSet<String, FxBuild>>,
    range: Range<usize>,
    out: &mut Vec<CapsRun>,
    buf: &mut String,
) {
    let known = |i: usize, buf: &mut String| -> bool {
        if doc.tokens[i].kind != TokenKind::Word {
            return false;
        }
        let w = doc.tok_text(i);
        let w = &w[..w.len() - possessive_len(w)];
        if w.chars().count() < 2 {
            return false;
        }
        let e = lx.get_any(w, buf);
        if e.is_some_and(|e| e.stop && !e.acronym) {
            return false;
        }
        let lw = lower(w, buf);
        let seen = seen_lower.is_some_and(|s| s.contains(lw));
        // Names from the name lists only when the article spells them out elsewhere.
        seen || lx.get(lw).is_some_and(|e| {
            e.country.is_some()
                || e.city.is_some()
                || e.demonym.is_some()
                || e.region
                || e.known.is_some()
        })
    };
    // A multi-word place or known name starting at `i` ("NEW YORK", "SAN DIEGO"), in tokens.
    let phrase = |i: usize, key: &mut String, buf: &mut String| -> usize {
        let mut best = 0;
        key.clear();
        for (n, j) in (i..range.end.min(i + 4)).enumerate() {
            if doc.tokens[j].kind != TokenKind::Word {
                break;
            }
            if n > 0 {
                key.push(' ');
            }
            let w = doc.tok_text(j);
            key.push_str(lower(&w[..w.len() - possessive_len(w)], buf));
            if n > 0
                && lx.get(key).is_some_and(|e| {
                    e.country.is_some() || e.city.is_some() || e.region || e.known.is_some()
                })
            {
                best = n + 1;
            }
            if possessive_len(w) > 0 {
                break;
            }
        }
        best
    };
    let mut key = String::new();
    let mut i = range.start;
    while i < range.end {
        let p = phrase(i, &mut key, buf);
        if p == 0 && !known(i, buf) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + p.max(1);
        let mut possessive = possessive_len(doc.tok_text(end - 1)) > 0;
        while !possessive && end < range.end && phrase(end, &mut key, buf) == 0 && known(end, buf) {
            possessive = possessive_len(doc.tok_text(end)) > 0;
            end += 1;
        }
        i = end;
        let lt = doc.tok_text(end - 1);
        out.push(CapsRun {
            start: doc.tokens[start].start(),
            end: doc.tokens[end - 1].end() - possessive_len(lt),
            tokens: start..end,
            possessive,
        });
    }
}
