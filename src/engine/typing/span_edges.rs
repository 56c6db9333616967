//! Where a name's span starts and ends, read after the tagger ([`super::reconcile`]): "of the" /
//! "for the" after a designator continues a name ("Kiel Institute for the World Economy"); a
//! regnal or ordinal "I" right after a person's or an event's name belongs to it ("Halvard I,",
//! "World War I."); a clitic or dangling word at a span's end is cut; a tagger span holding two
//! names joined by "and" is cut in two, and one ending in "of the" is cut before it; the period of
//! an abbreviated designator ("Corp.") is the name's when the sentence goes on.
//!
//! Input: the document, token ranges (half-open, into `doc.tokens`) and typed mentions. Output:
//! ranges and mentions with moved edges (text order kept). Each question looks at a bounded
//! number of tokens.
//!
//! *Architecture invariant:* reads the document and the lexicons; never `reconcile` (which
//! imports it). Changes here do not change what `annalist-train-ner` learns.

use super::tagger::Class;
use crate::engine::lexicon::Lexicon;
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// Joins a name ending in a designator that heads "of"/"for" phrases ("Kiel Institute",
/// "Department") with the name after "of the" / "for the" ("World Economy", "Treasury"), as
/// one name of the first one's label. Only when the first name holds no connector of its own,
/// and not over a country's short form ("University of the US").
/// `ms` is in text order and stays so.
pub(super) fn join_of_the(doc: &Doc, lx: &Lexicon, ms: &mut Vec<TypedMention>, buf: &mut String) {
    let mut k = 0;
    while k + 1 < ms.len() {
        let (a, b) = (&ms[k], &ms[k + 1]);
        let gap = a.tokens.end..b.tokens.start;
        // "Centre for Defence Investments", "Agency for Maritime Safety": "for" and the
        // capitalised name of what the body is for, not a place it works for ("Agency for
        // Ukraine").
        let for_name = gap.len() == 1
            && doc.tok_text(gap.start) == "for"
            && b.tokens.clone().all(|i| is_capitalised(doc.tok_text(i)))
            && !matches!(b.label, Label::Gpe | Label::Loc | Label::Norp)
            && !lx
                .get_any(doc.slice(b.start, b.end), buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        let joins = (for_name
            || (gap.len() == 2
                && matches!(doc.tok_text(gap.start), "of" | "for")
                && doc.tok_text(gap.start + 1) == "the"))
            && doc.tokens[a.tokens.end - 1].end() == a.end
            && matches!(a.label, Label::Org | Label::Fac | Label::Gpe | Label::Loc)
            && b.label != Label::Person
            && is_capitalised(doc.tok_text(b.tokens.start))
            // "the University of the US": a country's short form is not the name's own part.
            && !(b.tokens.len() == 1
                && is_all_caps(doc.tok_text(b.tokens.start))
                && lx
                    .get_any(doc.tok_text(b.tokens.start), buf)
                    .is_some_and(|e| e.country.is_some()))
            && !a
                .tokens
                .clone()
                .any(|i| matches!(doc.tok_text(i), "of" | "for" | "and" | "&"))
            && {
                let last = doc.tok_text(a.tokens.end - 1);
                possessive_len(last) == 0
                    && !is_all_caps(last)
                    && lx
                        .get_any(last, buf)
                        .is_some_and(|e| !e.title && e.designator.is_some_and(|(_, p)| p.prefix()))
            };
        if joins {
            let b = ms.remove(k + 1);
            let a = &mut ms[k];
            a.end = b.end;
            a.tokens.end = b.tokens.end;
            a.role = None;
            a.country = None;
            a.capital_of = None;
            if let Some((l, _)) = lx
                .get_any(doc.tok_text(gap.start - 1), buf)
                .and_then(|e| e.designator)
            {
                a.label = l;
            }
        } else {
            k += 1;
        }
    }
    // "Centre for Defence Investments" where no mention holds the words after "for": the
    // capitalised words up to the sentence's next lower-case word join the body's name.
    for k in 0..ms.len() {
        let a = &ms[k];
        let f = a.tokens.end;
        let next = ms.get(k + 1).map_or(doc.tokens.len(), |n| n.tokens.start);
        let mut end = f + 1;
        let limit = next.min(doc.tokens.len());
        let cap = |i: usize| {
            i < limit
                && doc.same_sentence(f, i)
                && doc.tokens[i].kind == TokenKind::Word
                && is_capitalised(doc.tok_text(i))
                && !is_all_caps(doc.tok_text(i))
        };
        // "Centre for Strategic and International Studies": a connector between capitals.
        while end - f <= 6
            && (cap(end)
                || (end > f + 1
                    && end < limit
                    && matches!(doc.tok_text(end), "and" | "of" | "&")
                    && cap(end + 1)))
        {
            end += 1;
        }
        let ok = f < doc.tokens.len()
            && end > f + 1
            && doc.tok_text(f) == "for"
            && matches!(a.label, Label::Org | Label::Fac)
            && doc.tokens[f - 1].end() == a.end
            && !a
                .tokens
                .clone()
                .any(|i| matches!(doc.tok_text(i), "of" | "for" | "and" | "&"))
            // (a word also listed as a title, "Centre", is the designator here: it ends an
            // organisation's name)
            && lx.get_any(doc.tok_text(f - 1), buf).is_some_and(|e| {
                e.designator.is_some_and(|(l, p)| l == Label::Org && p.prefix())
            })
            && !lx
                .get_any(doc.slice(doc.tokens[f + 1].start(), doc.tokens[end - 1].end()), buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        if ok {
            let a = &mut ms[k];
            a.end = doc.tokens[end - 1].end();
            a.tokens.end = end;
            a.label = Label::Org;
            a.role = None;
            a.country = None;
            a.capital_of = None;
        }
    }
    // A lone designator is no name of its own ("Bank" is dropped as a candidate), so
    // "Department of the Treasury" arrives as "Treasury": the name takes the designator back.
    for k in 0..ms.len() {
        let b = &ms[k];
        let Some(d) = b.tokens.start.checked_sub(3) else {
            continue;
        };
        let free = (k == 0 || ms[k - 1].tokens.end <= d)
            && d >= 1
            && doc.tok_text(d - 1).eq_ignore_ascii_case("the"); // "the Department of the Treasury"

        let ok = free
            && b.label != Label::Person
            && matches!(doc.tok_text(d + 1), "of" | "for")
            && doc.tok_text(d + 2) == "the"
            && doc.sentence_of(d) == doc.sentence_of(b.tokens.start)
            && is_capitalised(doc.tok_text(d))
            && !is_all_caps(doc.tok_text(d))
            && !doc.is_sentence_start(d);
        let label = ok
            .then(|| lx.get_any(doc.tok_text(d), buf))
            .flatten()
            .filter(|e| !e.title)
            .and_then(|e| e.designator)
            .filter(|(_, p)| p.prefix())
            .map(|(l, _)| l);
        if let Some(l) = label {
            let b = &mut ms[k];
            b.start = doc.tokens[d].start();
            b.tokens.start = d;
            b.label = l;
            b.role = None;
            b.country = None;
            b.capital_of = None;
        }
    }
}

/// `range` widened over a regnal or ordinal "I" right after a person's or an event's name, when
/// only punctuation or the sentence's end follows it ("Halvard I, King of Ostravia", "after World War I.");
/// the pronoun "I" is never a candidate's word, so the tagger cannot take it. "Peter I think"
/// keeps "I" out.
pub(super) fn with_regnal_one(doc: &Doc, range: Range<usize>, class: Class) -> Range<usize> {
    if !matches!(class, Class::Per | Class::Misc) {
        return range;
    }
    let i = range.end;
    let sentence = doc.sentence_of(range.start);
    let Some(t) = doc.tokens.get(i) else {
        return range;
    };
    if doc.sentence_of(i) != sentence
        || doc.tok_text(i) != "I"
        || t.start() != doc.tokens[i - 1].end() + 1
    {
        return range;
    }
    let closes = doc.tokens.get(i + 1).is_none_or(|n| {
        doc.sentence_of(i + 1) != sentence
            || (n.kind == TokenKind::Punct && !matches!(doc.tok_text(i + 1), "'" | "’" | "-"))
    });
    if closes {
        range.start..i + 1
    } else {
        range
    }
}

/// A person's or other name's span without a last "I" of its own: [`with_regnal_one`] gives
/// it back where it closes the name ("World War I,"), so the name is matched to the rules'
/// mention without it and keeps its label; elsewhere it is the pronoun ("We met Marek Novak I
/// believe").
pub(super) fn without_regnal_one(doc: &Doc, range: Range<usize>, class: Class) -> Range<usize> {
    if range.len() >= 2
        && matches!(class, Class::Per | Class::Misc)
        && doc.tok_text(range.end - 1) == "I"
    {
        range.start..range.end - 1
    } else {
        range
    }
}

/// `range` without a last token that is only a possessive or a closing apostrophe, written
/// apart from the name ("Bogota 's", "Seoul '" in tokenized text): the mark is not part of the
/// name. A one-token range is kept as it is.
pub(super) fn without_clitic_end(doc: &Doc, range: Range<usize>) -> Range<usize> {
    if range.len() < 2 {
        return range;
    }
    let apart = |i: usize| doc.tokens[i].start() > doc.tokens[i - 1].end();
    let mark = |i: usize| matches!(doc.tok_text(i), "'" | "’");
    let last = range.end - 1;
    if apart(last) && (mark(last) || matches!(doc.tok_text(last), "'s" | "’s")) {
        return range.start..last;
    }
    // "'" and "s" as two tokens.
    if range.len() >= 3
        && matches!(doc.tok_text(last), "s" | "S")
        && !apart(last)
        && mark(last - 1)
        && apart(last - 1)
    {
        return range.start..last - 1;
    }
    range
}

/// Lower-case words a name never ends with: a tagger span ending in them ("University of
/// Sheffield of the") is cut before them.
pub(super) fn dangling(w: &str) -> bool {
    matches!(w, "of" | "the" | "and" | "for" | "on" | "in" | "at" | "&")
}

/// Does `range` end in an organisation designator ("... State University")?
pub(super) fn ends_designated(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    let w = doc.tok_text(range.end - 1);
    let w = &w[..w.len() - possessive_len(w)];
    lx.get_any(w, buf)
        .and_then(|e| e.designator)
        .is_some_and(|(l, place)| place.suffix() && Class::of(l) == Some(Class::Org))
}

/// Does `range` hold an organisation designator anywhere ("Institute", "University")?
pub(super) fn holds_designator(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    range.clone().any(|i| {
        lx.get_any(doc.tok_text(i), buf)
            .and_then(|e| e.designator)
            .is_some_and(|(l, _)| Class::of(l) == Some(Class::Org))
    })
}

/// Tagger spans cut where they hold two names or end in a connector: "Massachusetts Institute
/// of Technology and Colorado State University" (a designated name, "and", a name with its own
/// designator at its end) and "University of Birmingham and London's" (a designated name,
/// "and", a listed place with a possessive) become two names; "University of Sheffield of the"
/// loses "of the". "Bureau of Industry and Security", "Procter & Gamble Co" stay whole. In text
/// order, as `spans` is.
pub(super) fn cut_joined(
    doc: &Doc,
    lx: &Lexicon,
    spans: &[(Range<usize>, Class)],
    buf: &mut String,
) -> Vec<(Range<usize>, Class)> {
    let mut out = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut r = range.clone();
        while r.len() > 1 && dangling(doc.tok_text(r.end - 1)) {
            r.end -= 1;
        }
        let and = (r.start + 2..r.end.saturating_sub(1))
            .find(|&k| matches!(doc.tok_text(k), "and" | "&"));
        if let (Some(k), Class::Org) = (and, class) {
            let (left, right) = (r.start..k, k + 1..r.end);
            let full_name = right.len() >= 2
                && is_capitalised(doc.tok_text(right.start))
                && ends_designated(doc, lx, &right, buf);
            let place = right.len() == 1 && {
                let w = doc.tok_text(right.start);
                let own = possessive_len(w) > 0;
                let next = doc
                    .tokens
                    .get(right.end)
                    .is_some_and(|_| matches!(doc.tok_text(right.end), "'s" | "’s"));
                let name = &w[..w.len() - possessive_len(w)];
                (own || next)
                    && lx
                        .get_any(name, buf)
                        .is_some_and(|e| e.city.is_some() || e.country.is_some())
            };
            if (full_name || place) && holds_designator(doc, lx, &left, buf) {
                out.push((left, Class::Org));
                out.push((right, if place { Class::Loc } else { Class::Org }));
                continue;
            }
        }
        out.push((r, *class));
    }
    out
}

/// `range` widened over the period of an abbreviated company designator that ends it ("Norwest
/// Corp. rose", "Acme Inc., a maker"; `[abbreviated_designators]`) when the sentence goes on
/// after it (a lower-case word or a comma, semicolon, colon, bracket or quote follows): there
/// the period is the name's. Before a capital, a number or the end it may close the sentence.
pub(super) fn with_designator_dot(doc: &Doc, range: Range<usize>) -> Range<usize> {
    let last = range.end - 1;
    let dot = range.end;
    let abbreviated = crate::engine::lexicon::words::words()
        .abbreviated_designators
        .contains(&doc.tok_text(last));
    if range.len() >= 2
        && abbreviated
        && doc
            .tokens
            .get(dot)
            .is_some_and(|t| t.start() == doc.tokens[last].end())
        && doc.tok_text(dot) == "."
        && doc.tokens.get(dot + 1).is_some_and(|_| {
            let w = doc.tok_text(dot + 1);
            doc.same_sentence(dot + 1, last)
                && (w.starts_with(char::is_lowercase)
                    || matches!(w, "," | ";" | ":" | ")" | "\"" | "”" | "'"))
        })
    {
        range.start..dot + 1
    } else {
        range
    }
}
