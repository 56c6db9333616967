//! The token-window fallback of the events stage: when the clause stage gives
//! no headline for a dated clause, the stretch between commas, semicolons and
//! subordinators around the time expression is the clause, labelled from its
//! subject to its end, and "ahead of" / "after" / "before" signals order an
//! undated event against it.
//!
//! Input: the tokenised document, typed mentions, merged entities and the time
//! expressions (byte spans). Output: token ranges, labels, participants and
//! signals, all bounded by [`MAX_CLAUSE`] tokens around a position.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::engine::bits::Bits;
use crate::engine::headline::{short_name, surname};
use crate::engine::merge::Merged;
use crate::engine::model::Label;
use crate::engine::shape::starts_lower;
use crate::engine::text::{Doc, TokenKind};
use crate::engine::time::TimexDraft;
use crate::engine::typing::TypedMention;

const VERBS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/verbs.txt"));

/// Longest clause scanned either side of a time expression (tokens).
pub(super) const MAX_CLAUSE: usize = 40;
const MAX_LABEL_WORDS: usize = 12;
/// Longest undated event phrase after a signal (tokens).
pub(super) const MAX_NP_WORDS: usize = 8;

/// true = auxiliary ("was", "will"), false = full verb.
fn verbs() -> &'static HashMap<&'static str, bool> {
    static V: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    V.get_or_init(|| {
        VERBS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?, f.next() == Some("aux")))
            })
            .collect()
    })
}

fn is_verb(w: &str) -> bool {
    // ASCII-lowercased on the stack: no allocation per token.
    let mut buf = [0u8; 16];
    if w.len() <= buf.len() && w.is_ascii() {
        for (b, c) in buf.iter_mut().zip(w.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(buf.get(..w.len()).unwrap_or(&[])).unwrap_or("");
        if verbs().contains_key(lower) {
            return true;
        }
    }
    // Regular past tenses, lowercase: "raised", "imposed" (not "United").
    w.len() >= 5 && w.ends_with("ed") && starts_lower(w)
}

pub(super) const CLAUSE_PUNCT: &[&str] = &[",", ";", ":", "—", "–", "(", ")", "\"", "“", "”"];
pub(super) struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    mentions: &'d [TypedMention],
    merged: &'d Merged,
    /// For each token: inside a time expression? (a bit a token: it is alive at the peak of an
    /// analysis, with the clauses and tagged words; issue 16.6)
    in_timex: Bits,
}

impl Ctx<'_, '_> {
    pub(super) fn word(&self, k: usize) -> &str {
        self.doc
            .tokens
            .get(k)
            .map_or("", |t| self.doc.slice(t.start(), t.end()))
    }

    pub(super) fn is_boundary(&self, k: usize) -> bool {
        let w = self.word(k);
        // "fell last year and rose ...": a coordinated verb starts a clause.
        if (w == "and" || w == "but") && (is_verb(self.word(k + 1)) || self.new_subject(k)) {
            return true;
        }
        CLAUSE_PUNCT.contains(&w)
            || super::words::lists()
                .subordinators
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w))
    }

    /// Whether "and" at token `k` joins two clauses with subjects and dates of their own: a
    /// verb before it, then a subject opened by a `[subject_openers]` word or a name, its verb
    /// within a few words and a time expression ("was arrested two days later and the owner
    /// was detained the following week"; not "the manager and the owner were arrested", nor
    /// "pledged $5m on Monday and the EU released 2m", whose date is the first clause's).
    fn new_subject(&self, k: usize) -> bool {
        let next = self.word(k + 1);
        let opener = next.starts_with(char::is_uppercase)
            || super::words::lists()
                .subject_openers
                .iter()
                .any(|o| o.eq_ignore_ascii_case(next));
        let plain = |j: &usize| !CLAUSE_PUNCT.contains(&self.word(*j)) && !self.ends(*j);
        let verb_after = (k + 2..k + 6)
            .take_while(plain)
            .any(|j| is_verb(self.word(j)) && !self.in_timex(j))
            && (k + 2..k + MAX_CLAUSE)
                .take_while(plain)
                .any(|j| self.in_timex(j));
        // The verb before is the first clause's own: the scan stops at a subordinator ("The
        // talks opened ten days after Oslo and Riga agreed": "opened" is not Oslo's).
        let subordinate = |j: &usize| {
            !super::words::lists()
                .subordinators
                .iter()
                .any(|w| w.eq_ignore_ascii_case(self.word(*j)))
        };
        let verb_before = (k.saturating_sub(12)..k)
            .rev()
            .take_while(plain)
            .take_while(subordinate)
            .any(|j| is_verb(self.word(j)) && !self.in_timex(j));
        opener && verb_after && verb_before
    }

    /// Whether token `k` ends a clause's words (punctuation that cuts a clause, or a full stop).
    fn ends(&self, k: usize) -> bool {
        matches!(self.word(k), "." | "!" | "?") || CLAUSE_PUNCT.contains(&self.word(k))
    }

    pub(super) fn in_timex(&self, k: usize) -> bool {
        self.in_timex.get(k)
    }

    /// Token range [a, b) of the clause around token `k` inside sentence tokens [sa, sb).
    pub(super) fn clause(&self, k: usize, sa: usize, sb: usize) -> (usize, usize) {
        let mut a = k;
        while a > sa && k - a < MAX_CLAUSE && !self.is_boundary(a) {
            a -= 1;
        }
        if CLAUSE_PUNCT.contains(&self.word(a)) && a < k {
            a += 1;
        }
        let mut b = k + 1;
        while b < sb && b - k < MAX_CLAUSE && !self.is_boundary(b) {
            b += 1;
        }
        (a, b)
    }

    pub(super) fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| is_verb(self.word(k)) && !self.in_timex(k))
    }

    /// The clause around `k`, widened to the next (or previous) clause when it has no verb.
    pub(super) fn event_clause(&self, k: usize, sa: usize, sb: usize) -> (usize, usize) {
        let (a, b) = self.clause(k, sa, sb);
        if self.has_verb(a, b) {
            return (a, b);
        }
        if b < sb {
            let (_, b2) = self.clause(
                b + usize::from(CLAUSE_PUNCT.contains(&self.word(b))),
                sa,
                sb,
            );
            if self.has_verb(b, b2) {
                return (a, b2);
            }
        }
        if a > sa {
            let (a2, _) = self.clause(a - 1, sa, sb);
            if self.has_verb(a2, a) {
                return (a2, b);
            }
        }
        (a, b)
    }

    /// The mention covering token `k`, if any.
    pub(super) fn mention_at(&self, k: usize) -> Option<(usize, &TypedMention)> {
        let t = self.doc.tokens.get(k)?;
        let i = self.mentions.partition_point(|m| m.end <= t.start());
        self.mentions
            .get(i)
            .filter(|m| m.start <= t.start() && t.end() <= m.end)
            .map(|m| (i, m))
    }

    pub(super) fn label(&self, a: usize, b: usize) -> String {
        // Trigger: the first verb, passing over a reporting verb ("officials
        // added that ...") when another verb follows it.
        let verbs: Vec<usize> = (a..b)
            .filter(|&k| !self.in_timex(k) && is_verb(self.word(k)))
            .take(8)
            .collect();
        let reporting = |k: &usize| {
            super::words::lists()
                .reporting_forms
                .iter()
                .any(|r| r.eq_ignore_ascii_case(self.word(*k)))
        };
        let verb = verbs
            .iter()
            .find(|k| !reporting(k))
            .or(verbs.first())
            .copied();
        let mut start = a;
        if let Some(v) = verb {
            // After a reporting verb, the reported clause starts after it (and "that").
            if let Some(&r) = verbs.iter().find(|k| reporting(k) && **k < v) {
                start = r + 1;
                if self.word(start).eq_ignore_ascii_case("that") {
                    start += 1;
                }
            }
            // Subject: the mention just before the verb.
            let from = start;
            for k in (from..v).rev().take(4) {
                if let Some((_, m)) = self.mention_at(k) {
                    let first = self.doc.tokens.partition_point(|t| t.start() < m.start);
                    start = first.max(from);
                    break;
                }
            }
        }
        let mut words: Vec<&str> = Vec::new();
        let mut glue: Vec<bool> = Vec::new();
        // "Exports fell last year and rose ...": the second verb shares the subject.
        let coordinated = matches!(self.word(a), "and" | "but") && verb == Some(a + 1);
        if coordinated && start == a && a > 0 {
            if let Some(subject) = self.subject_before(a) {
                words.push(subject);
                glue.push(false);
                start = a + 1;
            }
        }
        let mut k = start;
        while k < b && words.len() < MAX_LABEL_WORDS {
            if self.in_timex(k) {
                // Drop the preposition that introduced the time expression, and the
                // article between ("In the spring of 2020, ..." → nothing).
                while words
                    .last()
                    .is_some_and(|w| ["the", "a", "an"].iter().any(|a| a.eq_ignore_ascii_case(w)))
                {
                    words.pop();
                    glue.pop();
                }
                if words.last().is_some_and(|w| {
                    super::words::lists()
                        .time_prepositions
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(w))
                }) {
                    words.pop();
                    glue.pop();
                }
                k += 1;
                // "this decade or never", "for this decade and the next": a conjunction after
                // the expression and the few words after it, up to the clause's end, with no
                // verb, are more of the time expression, not of the event.
                if !self.in_timex(k) && matches!(self.word(k), "and" | "or") {
                    let mut j = k + 1;
                    while j < b && j - k <= 3 && !is_verb(self.word(j)) && !self.ends(j) {
                        j += 1;
                    }
                    if j > k + 1 && (j == b || self.ends(j)) {
                        k = j;
                    }
                }
                continue;
            }
            if let Some((i, m)) = self.mention_at(k).filter(|(_, m)| m.label == Label::Person) {
                // People as the clause-based labels name them: "Wang", "Marcos", "Xi".
                let name = self.doc.slice(m.start, m.end);
                let short = self
                    .merged
                    .mention_entity
                    .get(i)
                    .and_then(|&e| self.merged.entities.get(e))
                    .map_or_else(|| surname(name), short_name);
                words.push(short.trim_end_matches("'s").trim_end_matches("’s"));
                glue.push(false);
                let end = m.end;
                while k < b && self.doc.tokens.get(k).is_some_and(|t| t.end() <= end) {
                    k += 1;
                }
                continue;
            }
            let w = self.word(k);
            let is_punct = self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Punct);
            // Emoji and flags are no words of an event ("to Denmark 🇩🇰 on Tuesday").
            if is_punct && crate::engine::text::is_pictograph(w) {
                k += 1;
                continue;
            }
            words.push(w);
            glue.push(is_punct && !matches!(w, "(" | "\"" | "“" | "$"));
            k += 1;
        }
        // Trim leading subordinators/conjunctions and trailing prepositions/punctuation.
        let lead = words
            .iter()
            .position(|w| {
                !(["and", "but", "that", "then"]
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(w))
                    || super::words::lists()
                        .subordinators
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(w))
                    || CLAUSE_PUNCT.contains(w))
            })
            .unwrap_or(words.len());
        // "... and the owner was detained": a clause of its own opens with its subject.
        let joined = lead
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| matches!(*w, "and" | "but"));
        let mut words = words.split_off(lead);
        let mut glue = glue.split_off(lead);
        // Nor on an auxiliary: "It will be" is no event.
        while words.last().is_some_and(|w| {
            CLAUSE_PUNCT.contains(w)
                || matches!(*w, "." | "the" | "a" | "and" | "or")
                || self::verbs().get(w.to_ascii_lowercase().as_str()) == Some(&true)
                || super::words::lists()
                    .time_prepositions
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(w))
        }) {
            words.pop();
            glue.pop();
        }
        let mut s = String::new();
        for (w, g) in words.iter().zip(glue) {
            if !s.is_empty() && !g {
                s.push(' ');
            }
            s.push_str(w);
        }
        let opener = words
            .first()
            .is_some_and(|f| super::words::lists().subject_openers.iter().any(|o| o == f));
        if joined && opener {
            if let Some(c) = s.get(..1) {
                s = c.to_ascii_uppercase() + s.get(1..).unwrap_or("");
            }
        }
        s
    }

    /// The subject of the clause ending at token `a`: the mention (a person
    /// by surname) or the word just before its first verb.
    pub(super) fn subject_before(&self, a: usize) -> Option<&str> {
        let from = a.saturating_sub(MAX_CLAUSE);
        let mut c = a;
        while c > from && !self.is_boundary(c - 1) {
            c -= 1;
        }
        let v = (c..a).find(|&k| !self.in_timex(k) && is_verb(self.word(k)))?;
        let k = v.checked_sub(1).filter(|&k| k >= c && !self.in_timex(k))?;
        if let Some((_, m)) = self.mention_at(k) {
            let name = self.doc.slice(m.start, m.end);
            return if m.label == Label::Person {
                name.split_whitespace().last()
            } else {
                Some(name)
            };
        }
        let w = self.word(k);
        w.chars()
            .next()
            .is_some_and(char::is_alphabetic)
            .then_some(w)
    }

    pub(super) fn participants(&self, a: usize, b: usize) -> Vec<usize> {
        let (Some(ta), Some(tb)) = (
            self.doc.tokens.get(a),
            self.doc.tokens.get(b.saturating_sub(1)),
        ) else {
            return vec![];
        };
        let (sa, sb) = (ta.start(), tb.end());
        let first = self.mentions.partition_point(|m| m.start < sa);
        let mut out = Vec::new();
        for (i, m) in self.mentions.iter().enumerate().skip(first) {
            if m.start >= sb {
                break;
            }
            // Values (dates, amounts, numbers) are no participants.
            let value = m.label.is_value();
            if m.end <= sb && !value {
                if let Some(&e) = self.merged.mention_entity.get(i) {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }

    /// A signal of order at token `k`: (relation of the main event, tokens it spans).
    pub(super) fn signal(&self, k: usize) -> Option<(&'static str, usize)> {
        let w = self.word(k);
        super::words::lists()
            .signals
            .iter()
            .find_map(|(first, second, rel)| {
                if !first.eq_ignore_ascii_case(w) {
                    return None;
                }
                match second {
                    Some(s) if s.eq_ignore_ascii_case(self.word(k + 1)) => Some((*rel, 2)),
                    Some(_) => None,
                    None => Some((*rel, 1)),
                }
            })
    }
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// Index the document's tokens inside time expressions.
    pub(super) fn new(
        doc: &'d Doc<'a>,
        mentions: &'d [TypedMention],
        merged: &'d Merged,
        timexes: &[TimexDraft],
    ) -> Self {
        let mut in_timex = Bits::new(doc.tokens.len());
        for t in timexes {
            let (a, b) = tok_range(doc, t.start, t.end);
            for k in a..b.min(doc.tokens.len()) {
                in_timex.set(k);
            }
        }
        Ctx {
            doc,
            mentions,
            merged,
            in_timex,
        }
    }
}

/// Token index range of a byte span.
pub(super) fn tok_range(doc: &Doc, start: usize, end: usize) -> (usize, usize) {
    let a = doc.tokens.partition_point(|t| t.start() < start);
    let b = doc.tokens.partition_point(|t| t.start() < end);
    (a, b.max(a + 1))
}
