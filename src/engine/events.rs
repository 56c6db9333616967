//! Stage 6: dated clauses → events for the timeline.
//!
//! Input ([`Inputs`]): the tokenised [`Doc`], tagged words and clauses, the
//! typed mentions with their entities and resolved pronouns, plus the
//! normalised time expressions and the document date. Output: one
//! [`EventDraft`] per clause a DATE/TIME expression dates, in text order:
//!
//! * the label is the headline of the clause holding the expression
//!   ([`super::headline`]: "Biden raises issue in phone call with Xi"), or of
//!   the clause a reporting clause reports; when the clause gives none, the
//!   older token window: the stretch between commas, semicolons and
//!   subordinators around the expression, from the subject to the clause end;
//!   a label under three words gives no event;
//! * participants are the entities of the clause, its subject first;
//! * "from March to May" and "2014-2016" give a range date "2014/2016";
//! * relative anchoring: "... two weeks after X" dates X at the main event's
//!   date minus P2W, with BEFORE/AFTER relations between the two; "ahead of
//!   the trip" / "before X" / "after X" with no date of their own give an
//!   undated event (date "XXXX-XX-XX") ordered against the main one.
//!
//! Linear in the text: clause scans are bounded by [`MAX_CLAUSE`].

use std::collections::HashMap;
use std::sync::OnceLock;

use super::clause::{self, Clause};
use super::coref::Resolved;
use super::headline::{self, Headline};
use super::merge::Merged;
use super::model::{Label, TimexType};
use super::pos::{Upos, Word};
use super::text::{Doc, TokenKind};
use super::time::value::shift_value;
use super::time::TimexDraft;
use super::typing::TypedMention;

const VERBS: &str = include_str!("../../data/time/verbs.txt");

/// Value of an event whose date the text does not give.
pub const UNDATED: &str = "XXXX-XX-XX";
/// Longest clause scanned either side of a time expression (tokens).
const MAX_CLAUSE: usize = 40;
const MAX_LABEL_WORDS: usize = 12;
const MAX_NP_WORDS: usize = 8;

/// An event. Byte offsets; indexes into the timex and entity lists.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    pub date: String,
    pub label: String,
    pub participants: Vec<usize>,
    pub sentence: (usize, usize),
    pub timex: Option<usize>,
    /// (relation, index of the other event)
    pub relations: Vec<(String, usize)>,
}

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
    w.len() >= 5 && w.ends_with("ed") && w.chars().next().is_some_and(char::is_lowercase)
}

/// Verbs that report speech; the event is what they report.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "stated",
    "noted",
    "reported",
    "announced",
    "claimed",
    "warned",
    "believed",
    "believes",
    "thinks",
    "thought",
];

/// Words opening a new clause.
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "because",
    "although",
    "though",
    "until",
    "ahead",
    "following",
    "whereas",
    "but",
    "prior",
    "once",
    "which",
    "who",
];
const CLAUSE_PUNCT: &[&str] = &[",", ";", ":", "—", "–", "(", ")", "\"", "“", "”"];
/// Signals of order: (first word, optional second word, relation of the main event to the other).
const SIGNALS: &[(&str, Option<&str>, &str)] = &[
    ("ahead", Some("of"), "BEFORE"),
    ("prior", Some("to"), "BEFORE"),
    ("before", None, "BEFORE"),
    ("until", None, "BEFORE"),
    ("after", None, "AFTER"),
    ("following", None, "AFTER"),
    ("since", None, "AFTER"),
];
/// Prepositions dropped in front of a removed time expression.
const TIME_PREPS: &[&str] = &[
    "on", "in", "at", "to", "since", "by", "during", "from", "until", "as", "of", "early", "late",
    "just",
];

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    mentions: &'d [TypedMention],
    merged: &'d Merged,
    /// For each token: inside a time expression?
    in_timex: Vec<bool>,
}

impl Ctx<'_, '_> {
    fn word(&self, k: usize) -> &str {
        self.doc
            .tokens
            .get(k)
            .map_or("", |t| self.doc.slice(t.start, t.end))
    }

    fn is_boundary(&self, k: usize) -> bool {
        let w = self.word(k);
        // "fell last year and rose ...": a coordinated verb starts a clause.
        if (w == "and" || w == "but") && is_verb(self.word(k + 1)) {
            return true;
        }
        CLAUSE_PUNCT.contains(&w) || SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w))
    }

    fn in_timex(&self, k: usize) -> bool {
        self.in_timex.get(k).copied().unwrap_or(false)
    }

    /// Token range [a, b) of the clause around token `k` inside sentence tokens [sa, sb).
    fn clause(&self, k: usize, sa: usize, sb: usize) -> (usize, usize) {
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

    fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| is_verb(self.word(k)) && !self.in_timex(k))
    }

    /// The clause around `k`, widened to the next (or previous) clause when it has no verb.
    fn event_clause(&self, k: usize, sa: usize, sb: usize) -> (usize, usize) {
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
    fn mention_at(&self, k: usize) -> Option<(usize, &TypedMention)> {
        let t = self.doc.tokens.get(k)?;
        let i = self.mentions.partition_point(|m| m.end <= t.start);
        self.mentions
            .get(i)
            .filter(|m| m.start <= t.start && t.end <= m.end)
            .map(|m| (i, m))
    }

    fn label(&self, a: usize, b: usize) -> String {
        // Trigger: the first verb, passing over a reporting verb ("officials
        // added that ...") when another verb follows it.
        let verbs: Vec<usize> = (a..b)
            .filter(|&k| !self.in_timex(k) && is_verb(self.word(k)))
            .take(8)
            .collect();
        let reporting = |k: &usize| {
            REPORTING
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
                    let first = self.doc.tokens.partition_point(|t| t.start < m.start);
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
                // Drop the preposition that introduced the time expression.
                if words
                    .last()
                    .is_some_and(|w| TIME_PREPS.iter().any(|p| p.eq_ignore_ascii_case(w)))
                {
                    words.pop();
                    glue.pop();
                }
                k += 1;
                continue;
            }
            if let Some((_, m)) = self.mention_at(k).filter(|(_, m)| m.label == Label::Person) {
                // People by surname: "Biden", "Xi" (Chinese names put it first).
                let name = self.doc.slice(m.start, m.end);
                let parts: Vec<&str> = name.split_whitespace().collect();
                let chinese =
                    parts.len() == 2 && parts.first().is_some_and(|p| p.chars().count() <= 2);
                let surname = if chinese { parts.first() } else { parts.last() };
                words.push(
                    surname
                        .copied()
                        .unwrap_or(name)
                        .trim_end_matches("'s")
                        .trim_end_matches("’s"),
                );
                glue.push(false);
                let end = m.end;
                while k < b && self.doc.tokens.get(k).is_some_and(|t| t.end <= end) {
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
                    || SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w))
                    || CLAUSE_PUNCT.contains(w))
            })
            .unwrap_or(words.len());
        let mut words = words.split_off(lead);
        let mut glue = glue.split_off(lead);
        while words.last().is_some_and(|w| {
            CLAUSE_PUNCT.contains(w)
                || matches!(*w, "." | "the" | "a" | "and")
                || TIME_PREPS.iter().any(|p| p.eq_ignore_ascii_case(w))
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
        s
    }

    /// The subject of the clause ending at token `a`: the mention (a person
    /// by surname) or the word just before its first verb.
    fn subject_before(&self, a: usize) -> Option<&str> {
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

    fn participants(&self, a: usize, b: usize) -> Vec<usize> {
        let (Some(ta), Some(tb)) = (
            self.doc.tokens.get(a),
            self.doc.tokens.get(b.saturating_sub(1)),
        ) else {
            return vec![];
        };
        let (sa, sb) = (ta.start, tb.end);
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
    fn signal(&self, k: usize) -> Option<(&'static str, usize)> {
        let w = self.word(k);
        SIGNALS.iter().find_map(|(first, second, rel)| {
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

fn inverse(rel: &str) -> &'static str {
    match rel {
        "BEFORE" => "AFTER",
        "AFTER" => "BEFORE",
        _ => "SIMULTANEOUS",
    }
}

/// Token index range of a byte span.
fn tok_range(doc: &Doc, start: usize, end: usize) -> (usize, usize) {
    let a = doc.tokens.partition_point(|t| t.start < start);
    let b = doc.tokens.partition_point(|t| t.start < end);
    (a, b.max(a + 1))
}

/// Lemmas of verbs that report speech or belief: the event is what they report.
const REPORTING_LEMMAS: &[&str] = &[
    "say", "add", "tell", "state", "note", "report", "announce", "claim", "warn", "believe",
    "think", "write",
];

/// The headline of the clause holding byte `at`, passing over a reporting
/// clause ("officials said ...") to the clause it reports.
fn headline_at(src: &headline::Sources, clauses: &[Clause], at: usize) -> Option<Headline> {
    let c = clause::containing(clauses, at)?;
    let i = clauses.partition_point(|x| x.span.0 < c.span.0);
    let next = clauses.get(i + 1).filter(|n| n.sentence == c.sentence);
    if REPORTING_LEMMAS.contains(&c.verb.lemma.as_str()) {
        if let Some(h) = next.and_then(|n| headline::of_clause(src, n)) {
            return Some(h);
        }
    }
    headline::of_clause(src, c).or_else(|| {
        // "Officials have, in recent weeks, raised ...": an auxiliary alone, the verb follows.
        let aux_only = src
            .words
            .get(c.verb.head)
            .is_some_and(|w| w.upos == Upos::Aux);
        next.filter(|n| aux_only && n.subject_source == clause::SubjectSource::Shared)
            .and_then(|n| headline::of_clause(src, n))
    })
}

/// What [`build`] reads besides the time expressions: the tagged words, their
/// clauses, the mentions, the entities and the resolved pronouns.
pub struct Inputs<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub words: &'a [Word],
    pub clauses: &'a [Clause],
    pub mentions: &'a [TypedMention],
    pub merged: &'a Merged,
    pub resolved: &'a [Resolved],
}

/// Events of the document; see the module comment.
pub fn build(inp: &Inputs, timexes: &[TimexDraft], reference: Option<&str>) -> Vec<EventDraft> {
    let (doc, mentions, merged) = (inp.doc, inp.mentions, inp.merged);
    let src = headline::Sources {
        doc,
        words: inp.words,
        mentions,
        merged,
        resolved: inp.resolved,
        timexes,
    };
    let head_at = |byte: usize| headline_at(&src, inp.clauses, byte);
    let tok_start = |k: usize| doc.tokens.get(k).map(|t| t.start);
    let mut in_timex = vec![false; doc.tokens.len()];
    for t in timexes {
        let (a, b) = tok_range(doc, t.start, t.end);
        for f in in_timex.iter_mut().take(b).skip(a) {
            *f = true;
        }
    }
    let cx = Ctx {
        doc,
        mentions,
        merged,
        in_timex,
    };
    let mut out: Vec<EventDraft> = Vec::new();
    let mut skip_next = false;
    // End (token) of the last clause that got an event: one event per clause.
    let mut clause_end = 0usize;
    for (ti, t) in timexes.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let (ka, kb) = tok_range(doc, t.start, t.end);
        let Some(sent_i) = doc.tokens.get(ka).map(|tok| tok.sentence) else {
            continue;
        };
        let Some(sent) = doc.sentences.get(sent_i as usize) else {
            continue;
        };
        let (sa, sb) = (sent.tokens.start, sent.tokens.end);
        let span = (sent.start, sent.end);

        // "two weeks after X": X happened that long before the main clause.
        if t.kind == TimexType::Duration && t.period.is_none() {
            let Some((rel, n)) = cx
                .signal(kb)
                .filter(|(r, _)| *r != "BEFORE" || cx.word(kb) == "before")
            else {
                continue;
            };
            let (_, xb) = cx.clause(kb + n, sa, sb);
            let (x_label, x_parts) = match tok_start(kb + n).and_then(&head_at) {
                Some(h) => (h.label, h.participants),
                None => (cx.label(kb + n, xb), cx.participants(kb + n, xb)),
            };
            // The main clause: this one, or the previous one when this has no verb
            // ("X imposed curbs on Tuesday, just two weeks after ...").
            let (mut ma, mut mb) = cx.clause(ka, sa, sb);
            mb = mb.min(ka);
            if !cx.has_verb(ma, mb) && ma > sa {
                let (pa, _) = cx.clause(ma - 1, sa, sb);
                (ma, mb) = (pa, mb);
            }
            // Already an event (dated by its own expression)? Order X against it.
            let existing = out.len().checked_sub(1).filter(|&i| {
                out.get(i).is_some_and(|e| {
                    e.sentence == span && e.timex.is_some() && e.relations.is_empty()
                })
            });
            let main = match existing {
                Some(main) => {
                    let x = out.len();
                    if let Some(e) = out.get_mut(main) {
                        e.relations.push((rel.to_string(), x));
                    }
                    main
                }
                None => {
                    // A date stated in the same sentence (timexes are in text order).
                    let first = timexes.partition_point(|o| o.start < sent.start);
                    let main_date = timexes
                        .get(first..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|o| o.end <= sent.end)
                        .filter(|o| o.kind == TimexType::Date)
                        .map(|o| o.value.clone())
                        .next()
                        .or_else(|| reference.map(str::to_string))
                        .unwrap_or_else(|| "PRESENT_REF".to_string());
                    let main = out.len();
                    let (label, participants) = match head_at(t.start) {
                        Some(h) => (h.label, h.participants),
                        None => (cx.label(ma, mb), cx.participants(ma, mb)),
                    };
                    if label.split_whitespace().count() < 3 {
                        // No readable main event ("China comes"): X alone, dated from it.
                        let x_date =
                            shift_value(&main_date, &t.value, if rel == "AFTER" { -1 } else { 1 })
                                .unwrap_or_else(|| UNDATED.to_string());
                        out.push(EventDraft {
                            date: x_date,
                            label: x_label,
                            participants: x_parts,
                            sentence: span,
                            timex: Some(ti),
                            relations: vec![],
                        });
                        continue;
                    }
                    out.push(EventDraft {
                        date: main_date,
                        label,
                        participants,
                        sentence: span,
                        timex: None,
                        relations: vec![(rel.to_string(), main + 1)],
                    });
                    main
                }
            };
            // X, dated by shifting the main clause's date by the duration.
            let main_date = out.get(main).map(|e| e.date.as_str()).unwrap_or_default();
            let dir = if rel == "AFTER" { -1 } else { 1 };
            let x_date =
                shift_value(main_date, &t.value, dir).unwrap_or_else(|| UNDATED.to_string());
            out.push(EventDraft {
                date: x_date,
                label: x_label,
                participants: x_parts,
                sentence: span,
                timex: Some(ti),
                relations: vec![(inverse(rel).to_string(), main)],
            });
            continue;
        }
        if t.kind == TimexType::Set {
            continue;
        }
        // "from March to May": one event over the range.
        let mut date = match (&t.range_end, &t.period) {
            (Some(e), _) => format!("{}/{}", t.value, e),
            (None, Some(p)) => p.clone(),
            (None, None) => t.value.clone(),
        };
        if let Some(next) = timexes.get(ti + 1) {
            let before = cx.word(ka.wrapping_sub(1));
            let (na, _) = tok_range(doc, next.start, next.end);
            let joined = na == kb + 1
                && matches!(
                    cx.word(kb).to_ascii_lowercase().as_str(),
                    "to" | "until" | "through" | "and" | "-" | "–"
                );
            if joined
                && ["from", "between"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before))
                && next.kind == t.kind
            {
                date = format!("{}/{}", t.value, next.value);
                skip_next = true;
            }
        }
        if ka < clause_end && ka >= sa {
            continue; // a second expression in a clause that already has its event
        }
        let (a, b) = cx.event_clause(ka, sa, sb);
        clause_end = b;
        // The clause stage's headline; the old token window when it gives none.
        let (label, participants) = match head_at(t.start) {
            Some(h) => (h.label, h.participants),
            None => (cx.label(a, b), cx.participants(a, b)),
        };
        if label.split_whitespace().count() < 3 {
            continue; // a bare date (a dateline) or a fragment, not an event
        }
        if out
            .last()
            .is_some_and(|e| e.label == label && e.sentence == span)
        {
            continue; // one event per clause
        }
        let me = out.len();
        out.push(EventDraft {
            date,
            label,
            participants,
            sentence: span,
            timex: Some(ti),
            relations: vec![],
        });
        // "ahead of the trip", "before the vote", "after Biden called": an undated event ordered against this one.
        if let Some((rel, n)) = cx.signal(b).or_else(|| {
            cx.signal(b + 1)
                .filter(|_| CLAUSE_PUNCT.contains(&cx.word(b)))
        }) {
            let from = if cx.signal(b).is_some() {
                b + n
            } else {
                b + 1 + n
            };
            let mut to = from;
            while to < sb
                && to - from < MAX_NP_WORDS
                && !CLAUSE_PUNCT.contains(&cx.word(to))
                && !cx.in_timex(to)
            {
                to += 1;
            }
            if to > from && !(from..to).any(|k| cx.in_timex(k)) {
                let other = out.len();
                out.push(EventDraft {
                    date: UNDATED.to_string(),
                    label: cx.label(from, to),
                    participants: cx.participants(from, to),
                    sentence: span,
                    timex: None,
                    relations: vec![(inverse(rel).to_string(), me)],
                });
                if let Some(e) = out.get_mut(me) {
                    e.relations.push((rel.to_string(), other));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::DocumentInput;

    #[test]
    fn a_duration_after_an_undated_clause_dates_both_ends() {
        let a = analyze(&DocumentInput {
            id: "d".into(),
            text: "The regulator fined the airline three days after the pilots walked out.".into(),
            date: Some("2024-04-16".into()),
        });
        let dates: Vec<_> = a.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2024-04-16", "2024-04-13"], "{:?}", a.events);
        let (main, x) = (&a.events[0], &a.events[1]);
        assert!(main
            .relations
            .iter()
            .any(|r| r.relation == "AFTER" && r.event == x.id));
        assert!(x
            .relations
            .iter()
            .any(|r| r.relation == "BEFORE" && r.event == main.id));
    }
}
