//! Products and models after typing: letter-and-digit model codes, a product name with its
//! version number, and a capitalised name before a product head noun are PRODUCT mentions.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with PRODUCT mentions added or relabelled; any mention a new product span overlaps (a
//! CARDINAL "3" of "Llama 3", an ORG "MAX" of "737 MAX 10") is replaced by it.
//!
//! - A model code ("A321neo", "A350F", "H100", "F-150", "AH-64E", "777X") is a product after
//!   a determiner ("the A350F"; `[model_determiners]`), before an item or product head noun
//!   ("K2 tanks"), or at the end of a capitalised name ("Blackwell B200"); a listed name
//!   ("G7") and period codes ("Q3", "H1", "FY2024") are not.
//! - A capitalised name followed by a version number of one or two digits ("Llama 3",
//!   "Raspberry Pi 5", "iPhone 15"), with up to two edition words after the number
//!   (`[model_editions]`: "iPhone 17 Pro Max"), is one product, unless the name is a numbered noun
//!   (`[numbered_nouns]`: "Article 5", "Group 4"), a calendar word, or a name the tagger typed
//!   as anything but a product (teams with scores stay ORG), or the number starts a score.
//!   A model number with a series word ("737 MAX 10") after a determiner or a capitalised
//!   name is one product.
//! - A capitalised name of one or two words (with a model number: "HeliaStack 500 fuel cells";
//!   typed as a person, place, nationality or event, or left out) before a product head noun (`[product_heads]`:
//!   "Patriot missiles", "Caesar artillery systems") is a product, unless it is a listed firm,
//!   place or nationality or the tagger typed it an organisation ("Raytheon missiles") and no
//!   determiner sets its one word apart as a model ("the Tessaro sedan").
//!
//! The word lists are sections of `data/lexicons/context_words.txt`. This stage runs after
//! the name tagger, so `ner.bin` does not depend on it.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no
//! other stage.

use super::lexicon::words::{words, ListSet};
use super::lexicon::{lexicon, Lexicon};
use super::mention::{replace_spans, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, is_lower_brand};
use super::text::{Doc, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// Add or relabel PRODUCT mentions in `ms` (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut spans: Vec<Range<usize>> = Vec::new();
    // The first mention covering each token, found once: a scan of all mentions per token
    // made this stage quadratic (16 MiB took minutes). `ms` does not change until the spans
    // are applied below.
    let mut cover = vec![u32::MAX; doc.tokens.len()];
    for (k, m) in ms.iter().enumerate().rev() {
        for c in cover.get_mut(m.tokens.clone()).into_iter().flatten() {
            *c = k as u32;
        }
    }
    let covering = |_: &[TypedMention], i: usize| {
        cover
            .get(i)
            .filter(|&&k| k != u32::MAX)
            .map(|&k| k as usize)
    };
    let mut i = 0;
    while i < doc.tokens.len() {
        let found = code_span(doc, lx, ms, i, &covering)
            .or_else(|| versioned_span(doc, lx, ms, i, &covering))
            .or_else(|| series_span(doc, lx, ms, i))
            .or_else(|| headed_span(doc, lx, ms, i, &covering));
        match found {
            Some(r) => {
                i = r.end.max(i + 1);
                spans.push(r);
            }
            None => i += 1,
        }
    }
    drop(cover);
    if spans.is_empty() {
        return;
    }
    // "Nvidia's H100": a maker in the possessive that a mention held with the code stays an
    // organisation of its own.
    let makers: Vec<TypedMention> = spans
        .iter()
        .filter_map(|r| {
            let p = prev_in_sentence(doc, r.start)?;
            let t = doc.tok_text(p);
            let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s"))?;
            let held = ms.iter().any(|m| {
                m.tokens.contains(&p) && m.tokens.contains(&r.start) && m.label == Label::Org
            });
            (held && !stem.is_empty()).then(|| {
                let mut m = TypedMention::over(doc, p..p + 1, Label::Org, 0.6);
                m.end = m.start + stem.len();
                m
            })
        })
        .collect();
    let bytes: Vec<(usize, usize)> = spans
        .iter()
        .map(|r| (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
        .collect();
    replace_spans(ms, spans, bytes, Label::Product);
    if !makers.is_empty() {
        ms.extend(makers);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// Whether token `i` is the first of its sentence (a sentence starts where its first token
/// does): its own sentence's start, not a scan of all sentences, which was quadratic.
fn starts_sentence(doc: &Doc, i: usize) -> bool {
    let t = doc.tokens[i];
    doc.sentences
        .get(doc.sentence_of(i) as usize)
        .is_some_and(|s| s.start() == t.start())
}

/// The next token in the same sentence as token `i`, if it is a word or number.
fn next_in_sentence(doc: &Doc, i: usize) -> Option<usize> {
    doc.tokens.get(i + 1)?;
    doc.same_sentence(i + 1, i).then_some(i + 1)
}

/// The token before `i` in the same sentence.
fn prev_in_sentence(doc: &Doc, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    (doc.sentence_of(p) == doc.sentence_of(i)).then_some(p)
}

fn lower_in(list: &[&str], w: &str) -> bool {
    let l = w.to_lowercase();
    list.contains(&l.as_str())
}

/// A lower-case item or product head noun at token `i` ("tanks", "chips").
fn head_noun(doc: &Doc, lx: &Lexicon, i: Option<usize>) -> bool {
    i.is_some_and(|i| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && (product_heads().has(w) || lx.get(w).is_some_and(|e| e.item || e.item_start))
    })
}

/// A letter-and-digit model code: "A321neo", "A350F", "H100", "F-150", "AH-64E", "K9" (one to
/// three capitals, an optional hyphen, one to four digits, at most three letters) or "777X"
/// (three or four digits and one capital that is not a magnitude: "500K", "20M"). Period
/// codes ("Q3", "H1", "FY2024") are not model codes.
pub fn is_model_code(w: &str) -> bool {
    let b = w.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if (1..=3).contains(&caps) {
        let rest = &b[caps..];
        let rest = rest.strip_prefix(b"-").unwrap_or(rest);
        let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut tail = &rest[digits..];
        // "GPT-5.1": a point version after the number.
        if let Some(v) = tail.strip_prefix(b".") {
            let n = v.iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=2).contains(&n) && digits > 0 {
                tail = &v[n..];
            }
        }
        let period = (matches!(&b[..caps], b"Q" | b"H") && digits == 1)
            || (matches!(&b[..caps], b"FY" | b"CY") && matches!(digits, 2 | 4))
            || (matches!(&b[..caps], b"W" | b"T") && digits <= 2 && tail.is_empty());
        return (1..=4).contains(&digits)
            && tail.len() <= 3
            && tail.iter().all(u8::is_ascii_alphabetic)
            && !period;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (3..=4).contains(&digits)
        && b.len() == digits + 1
        && b[digits].is_ascii_uppercase()
        && !matches!(b[digits], b'K' | b'M' | b'B' | b'T' | b'G' | b'S')
}

/// A model name of capitals, a hyphen and a short tail: "IRIS-T", "SAMP-T", "AGM-X" (two to
/// six capitals, a hyphen, one or two capitals or digits); not a place code pair ("US-UK").
fn hyphen_code(w: &str) -> bool {
    // It opens with a capital: most tokens stop here, before the hyphen search.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    (2..=6).contains(&a.len())
        && a.bytes().all(|c| c.is_ascii_uppercase())
        && (1..=2).contains(&b.len())
        && b.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !(b.len() == 2 && b.bytes().all(|c| c.is_ascii_uppercase()))
}

/// An item or product head noun (or a `[version_heads]` noun: "systems") right after token
/// `i`, or after up to two lower-case words between ("IRIS-T air defence systems").
fn headed_after_modifiers(doc: &Doc, lx: &Lexicon, i: usize) -> bool {
    let mut j = next_in_sentence(doc, i);
    for _ in 0..3 {
        let Some(k) = j else {
            return false;
        };
        let w = doc.tok_text(k);
        if head_noun(doc, lx, Some(k))
            || (w.starts_with(char::is_lowercase) && lower_in(&words().version_heads, w))
        {
            return true;
        }
        if doc.tokens[k].kind != TokenKind::Word || !w.chars().all(char::is_lowercase) {
            return false;
        }
        j = next_in_sentence(doc, k);
    }
    false
}

/// A code that is a model even after a mere determiner: three digits ("H100"), or letters
/// after the digits ("A350F", "777X").
fn strong_code(w: &str) -> bool {
    let digits: Vec<usize> = w
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .map(|(k, _)| k)
        .collect();
    let last = digits.last().copied().unwrap_or(0);
    digits.len() == 3
        || (last + 1 < w.len() && w.as_bytes()[last + 1].is_ascii_alphabetic())
        || w.contains('.')
}

type Covering<'a> = dyn Fn(&[TypedMention], usize) -> Option<usize> + 'a;

/// "the A350F", "K2 tanks", "Blackwell B200": a model code standing as a product.
fn code_span(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    i: usize,
    covering: &Covering,
) -> Option<Range<usize>> {
    let w = doc.tok_text(i);
    let hyphened = hyphen_code(w);
    if doc.tokens[i].kind != TokenKind::Word
        || !(is_model_code(w) || hyphened)
        || lx.get_any(w, &mut String::new()).is_some()
    {
        return None;
    }
    let prev = prev_in_sentence(doc, i);
    // "OpenAI's GPT-5.1": a name in the possessive sets the code apart as a determiner does,
    // and is the maker, no part of the product.
    let possessive = prev.is_some_and(|p| {
        let pw = doc.tok_text(p);
        is_capitalised(pw) && (pw.ends_with("'s") || pw.ends_with("’s"))
    });
    let det =
        possessive || prev.is_some_and(|p| lower_in(&words().model_determiners, doc.tok_text(p)));
    let head = head_noun(doc, lx, next_in_sentence(doc, i));
    // A name ending in the code: "Blackwell B200" (the tagger's ORG becomes the product).
    let next = next_in_sentence(doc, i);
    if next.is_some_and(|n| {
        lower_in(&words().place_nouns, doc.tok_text(n))
            || lower_in(&words().numbered_nouns, doc.tok_text(n))
    }) {
        return None; // "the A40 road"
    }
    if let Some(k) = covering(ms, i) {
        let m = &ms[k];
        if (2..=3).contains(&m.tokens.len())
            && m.tokens.end == i + 1
            && matches!(m.label, Label::Org | Label::Product | Label::WorkOfArt)
        {
            // "Blackwell B200"; of "Nvidia's H100" the maker in the possessive is no part.
            let start = (m.tokens.start..i)
                .rev()
                .find(|&k| {
                    let t = doc.tok_text(k);
                    t.ends_with("'s") || t.ends_with("’s")
                })
                .map_or(m.tokens.start, |k| k + 1);
            return Some(start..i + 1);
        }
        // A place's code ("the M25", "A19" read as a road) stays one, unless an item noun
        // follows ("the A19 chip").
        if m.tokens.len() > 1 || matches!(m.label, Label::Gpe | Label::Loc | Label::Fac) && !head {
            return None;
        }
    }
    // "IRIS-T air defence systems": a code of capitals and a hyphen, letters only, is a
    // model only before its head, maybe through lower-case modifiers.
    if hyphened && !is_model_code(w) {
        return headed_after_modifiers(doc, lx, i).then_some(i..i + 1);
    }
    let brand = prev.filter(|&p| {
        let pw = doc.tok_text(p);
        !possessive
            && is_capitalised(pw)
            && !is_all_caps(pw)
            && covering(ms, p).is_none()
            && !lx.get(&pw.to_lowercase()).is_some_and(|e| e.stop)
            && !starts_sentence(doc, p)
    });
    // A determiner alone is weak evidence for short codes, roads and flights ("the A40",
    // "the B4169"): it takes three digits or a letter after them ("the H100", "the A350F").
    // "AH-64E Apache helicopters": the code, a capitalised name no mention holds, a head.
    let named = next.filter(|&n| {
        let nw = doc.tok_text(n);
        is_capitalised(nw)
            && !is_all_caps(nw)
            && covering(ms, n).is_none()
            && head_noun(doc, lx, next_in_sentence(doc, n))
    });
    if let Some(n) = named {
        return Some(brand.unwrap_or(i)..n + 1);
    }
    if !(head || brand.is_some() || (det && strong_code(w))) {
        return None;
    }
    Some(brand.unwrap_or(i)..i + 1)
}

/// "Llama 3", "Raspberry Pi 5", "iPhone 15": a capitalised name and a version number.
fn versioned_span(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    i: usize,
    covering: &Covering,
) -> Option<Range<usize>> {
    let t = &doc.tokens[i];
    let w = doc.tok_text(i);
    if t.kind != TokenKind::Word || !(is_capitalised(w) || is_lower_brand(w)) || is_all_caps(w) {
        return None;
    }
    let n = next_in_sentence(doc, i)?;
    let nw = doc.tok_text(n);
    // "Claude Sonnet 4.5": a point version names a product whatever the name was typed.
    let point = nw.split_once('.').is_some_and(|(a, b)| {
        (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    });
    if doc.tokens[n].kind != TokenKind::Number
        || !(point || (1..=2).contains(&nw.len()) && nw.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let wl = w.to_lowercase();
    let ws = words();
    let singular = wl.strip_suffix('s').unwrap_or(&wl);
    if ws.numbered_nouns.contains(&wl.as_str())
        || ws.numbered_nouns.contains(&singular)
        || ws.calendar_words.contains(wl.as_str())
        || lx.get(&wl).is_some_and(|e| e.stop)
    {
        return None;
    }
    // The number is a count of something else ("70 miles"): an amount wider than it.
    let (ns, ne) = (doc.tokens[n].start(), doc.tokens[n].end());
    if ms
        .iter()
        .any(|m| m.start < ne && m.end > ns && (m.start < ns || m.end > ne))
    {
        return None;
    }
    // A score: "Arsenal 2 Chelsea 1", "3 Leeds 2".
    let after = next_in_sentence(doc, n);
    if after.is_some_and(|a| {
        doc.tokens[a].kind == TokenKind::Number
            || (is_capitalised(doc.tok_text(a))
                && next_in_sentence(doc, a)
                    .is_some_and(|b| doc.tokens[b].kind == TokenKind::Number))
    }) {
        return None;
    }
    // A head noun after the number frames the two as a product ("the Arrow 3 system").
    let headed = head_noun(doc, lx, after)
        || after.is_some_and(|a| {
            doc.tokens[a].kind == TokenKind::Word
                && doc.tok_text(a).starts_with(char::is_lowercase)
                && lower_in(&ws.version_heads, doc.tok_text(a))
        });
    // Up to two edition words after the number ("iPhone 17 Pro Max") belong to the name and
    // frame it as a product ("Pixel 10 Pro"); not a given name opening another name ("3 Max
    // Smith"), while "the iPhone 17 Pro Apple unveiled" keeps its "Pro".
    let mut edition_end = n + 1;
    while edition_end < n + 3
        && doc
            .tokens
            .get(edition_end)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.same_sentence(edition_end, n)
        && ws.model_editions.contains(&doc.tok_text(edition_end))
    {
        edition_end += 1;
    }
    if edition_end > n + 1
        && lx
            .get_any(doc.tok_text(edition_end - 1), &mut String::new())
            .is_some_and(|e| e.given)
        && doc.tokens.get(edition_end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && doc.same_sentence(edition_end, n)
                && is_capitalised(doc.tok_text(edition_end))
        })
    {
        edition_end = n + 1;
    }
    let edition = edition_end > n + 1;
    let mut start = i;
    if let Some(k) = covering(ms, i) {
        let m = &ms[k];
        let head = headed || point || edition;
        if m.tokens.end != i + 1 || !(m.label == Label::Product || head) {
            return None;
        }
        start = m.tokens.start;
    } else {
        // "Raspberry Pi 5": capitalised words before it that no mention holds.
        while let Some(p) = prev_in_sentence(doc, start) {
            let pw = doc.tok_text(p);
            if start - p > 2
                || !is_capitalised(pw)
                || is_all_caps(pw)
                || covering(ms, p).is_some()
                || ws
                    .sentence_function_words
                    .contains(pw.to_lowercase().as_str())
            {
                break;
            }
            start = p;
        }
        // Sentence-initial capitals carry no evidence: "Hello 3", "Took 1" (a head noun
        // after the number does: "Arrow 3 interceptors were delivered").
        let initial = starts_sentence(doc, start);
        if i - start >= 2
            || (initial && !is_lower_brand(doc.tok_text(start)) && !headed && !edition)
        {
            return None;
        }
        // Evidence of a product: a determiner before ("a Raspberry Pi 5"), a product head
        // after ("the Llama 3 model"), or a brand's shape ("iPhone 15"); else scores, ranks
        // and titles ("Real Sociedad 0", "Big 12") would be taken too.
        // An indefinite article ("a Raspberry Pi 5"): "the" and possessives are too weak
        // here ("the Big 12", "his Beagle 2 mission", sequels' titles).
        let det = prev_in_sentence(doc, start)
            .is_some_and(|p| lower_in(&ws.version_determiners, doc.tok_text(p)));
        let sw = doc.tok_text(start);
        let brand = is_lower_brand(sw) && sw.chars().skip(2).any(char::is_lowercase);
        if !(det || headed || brand || point || edition) {
            return None;
        }
    }
    if prev_in_sentence(doc, start).is_some_and(|p| doc.tokens[p].kind == TokenKind::Number) {
        return None;
    }
    if lx
        .get_any(
            doc.slice(doc.tokens[start].start(), t.end()),
            &mut String::new(),
        )
        .is_some_and(|e| e.known.is_some() || e.country.is_some() || e.city.is_some())
    {
        return None;
    }
    Some(start..edition_end)
}

/// "the 737 MAX 10", "Boeing 737 MAX": a model number with an ALL-CAPS series word.
fn series_span(doc: &Doc, lx: &Lexicon, ms: &[TypedMention], i: usize) -> Option<Range<usize>> {
    let w = doc.tok_text(i);
    if doc.tokens[i].kind != TokenKind::Number
        || w.len() != 3
        || !w.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let s = next_in_sentence(doc, i)?;
    let sw = doc.tok_text(s);
    // Not in an ALL-CAPS line, where every word looks like a series name.
    let sentence = doc.sentence_of(i) as usize;
    let caps_line = doc.sentences.get(sentence).is_some_and(|st| {
        st.tokens()
            .clone()
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .all(|k| is_all_caps(doc.tok_text(k)))
    });
    if caps_line
        || !(3..=5).contains(&sw.len())
        || !sw.bytes().all(|b| b.is_ascii_uppercase())
        || lx
            .get_any(sw, &mut String::new())
            .is_some_and(|e| e.known.is_some() || e.country.is_some() || e.demonym.is_some())
    {
        return None;
    }
    // After a determiner or a firm's name ("Boeing 737 MAX"), not a player's ("121 RBI").
    let p = prev_in_sentence(doc, i)?;
    let firm = ms
        .iter()
        .any(|m| m.tokens.end == i && m.tokens.contains(&p) && m.label == Label::Org);
    if !(lower_in(&words().model_determiners, doc.tok_text(p)) || firm) {
        return None;
    }
    let end = match next_in_sentence(doc, s) {
        Some(n)
            if doc.tokens[n].kind == TokenKind::Number
                && doc.tok_text(n).len() <= 2
                && doc.tok_text(n).bytes().all(|b| b.is_ascii_digit()) =>
        {
            n + 1
        }
        _ => s + 1,
    };
    Some(i..end)
}

/// `[product_heads]` as a set: the list was scanned (each entry split) for every token, 2% of
/// an analysis.
fn product_heads() -> &'static ListSet {
    static S: OnceLock<ListSet> = OnceLock::new();
    S.get_or_init(|| ListSet::of(&words().product_heads))
}

/// Token `i` opens a product head noun of `[product_heads]` ("inverter", "fuel cells").
fn product_head_at(doc: &Doc, i: Option<usize>) -> bool {
    let head = |k: usize| {
        let w = doc.tok_text(k);
        doc.tokens[k].kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && product_heads().has(w)
    };
    // A row of two words stands whole: "fuel cells" (not "cells" alone: "militant cells").
    let pair = |k: usize| {
        next_in_sentence(doc, k).is_some_and(|n| {
            let (a, b) = (doc.tok_text(k), doc.tok_text(n));
            product_heads().has_pair(a, b)
        })
    };
    i.is_some_and(|i| head(i) || pair(i))
}

/// A model number of one to four digits right after a name ("HeliaStack 500 fuel cells"),
/// free or a mere CARDINAL: its token.
fn model_number(
    doc: &Doc,
    ms: &[TypedMention],
    i: Option<usize>,
    covering: &Covering,
) -> Option<usize> {
    let i = i?;
    let w = doc.tok_text(i);
    let number = doc.tokens[i].kind == TokenKind::Number
        && (1..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit());
    let free =
        covering(ms, i).is_none_or(|k| ms[k].label == Label::Cardinal && ms[k].tokens.len() == 1);
    (number && free).then_some(i)
}

/// "Patriot missiles", "Caesar artillery systems", "the Polaris inverter", "HeliaStack 500
/// fuel cells": a capitalised name (with its model number) before a product head.
fn headed_span(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    i: usize,
    covering: &Covering,
) -> Option<Range<usize>> {
    let name = match covering(ms, i) {
        Some(k) => {
            let m = &ms[k];
            if m.tokens.start != i || m.tokens.len() > 2 {
                return None;
            }
            // An organisation's name is its maker ("Raytheon missiles"), unless a determiner
            // sets one word apart as a model ("the Tessaro sedan", "its Solvane inverter").
            let model = m.label == Label::Org
                && m.tokens.len() == 1
                && prev_in_sentence(doc, i)
                    .is_some_and(|p| lower_in(&words().model_determiners, doc.tok_text(p)));
            if !model
                && !matches!(
                    m.label,
                    Label::Person
                        | Label::Loc
                        | Label::Fac
                        | Label::WorkOfArt
                        | Label::Norp
                        | Label::Event
                )
            {
                return None;
            }
            m.tokens.clone()
        }
        // A name the tagger left out: one or two capitalised words inside the sentence.
        None => {
            let word = |k: usize| {
                let w = doc.tok_text(k);
                doc.tokens[k].kind == TokenKind::Word
                    && (is_capitalised(w) || is_lower_brand(w))
                    && covering(ms, k).is_none()
            };
            if !word(i) || starts_sentence(doc, i) {
                return None;
            }
            let mut end = i + 1;
            if next_in_sentence(doc, i).is_some_and(word) {
                end = i + 2;
            }
            i..end
        }
    };
    if name.clone().any(|k| is_all_caps(doc.tok_text(k))) {
        return None; // "NYC", an ALL-CAPS line
    }
    let after = next_in_sentence(doc, name.end - 1)?;
    let number = model_number(doc, ms, Some(after), covering);
    let head_at = match number {
        Some(n) => next_in_sentence(doc, n),
        None => Some(after),
    };
    if !product_head_at(doc, head_at) {
        return None;
    }
    let mut buf = String::new();
    let first = doc.tok_text(name.start);
    let text = doc.slice(
        doc.tokens[name.start].start(),
        doc.tokens[name.end - 1].end(),
    );
    let listed = |t: &str, buf: &mut String| {
        lx.get_any(t, buf).is_some_and(|e| {
            e.known.is_some()
                || e.country.is_some()
                || e.demonym.is_some()
                || e.city.is_some()
                || e.region
                || e.stop
        })
    };
    if listed(text, &mut buf)
        || (name.len() == 2 && lx.get_any(first, &mut buf).is_some_and(|e| e.given))
        || (covering(ms, name.start).is_none()
            && name.clone().any(|k| {
                listed(doc.tok_text(k), &mut buf)
                    || lx
                        .get_any(doc.tok_text(k), &mut buf)
                        .is_some_and(|e| e.given)
            }))
    {
        return None;
    }
    Some(name.start..number.map_or(name.end, |n| n + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, model::DocumentInput};

    fn labelled(text: &str) -> Vec<(String, String)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        a.entities
            .iter()
            .map(|e| (e.text.clone(), format!("{:?}", e.label)))
            .collect()
    }

    fn has(out: &[(String, String)], text: &str, label: &str) -> bool {
        out.iter().any(|(t, l)| t == text && l == label)
    }

    /// A point version names a product, whatever the name before it was typed; a maker in
    /// the possessive before a code is an organisation of its own.
    #[test]
    fn point_versions_and_makers_in_the_possessive() {
        let out = labelled(
            "The lab's model beat Harwick's Orla Sonnet 4.5 and Tessel's TX-5.1 on tests. \
             Vantor's H100 chips sold out.",
        );
        assert!(has(&out, "Orla Sonnet 4.5", "Product"), "{out:?}");
        assert!(has(&out, "TX-5.1", "Product"), "{out:?}");
        assert!(has(&out, "H100", "Product"), "{out:?}");
        assert!(!out.iter().any(|(t, _)| t.contains("'s")), "{out:?}");
        // An amount or a share is no version.
        let out = labelled("Shares of Tarvik Group rose 4.5 percent.");
        assert!(!out.iter().any(|(_, l)| l == "Product"), "{out:?}");
    }

    #[test]
    fn model_codes_by_shape() {
        for w in [
            "A320neo", "A330F", "H200", "F-16", "AH-1Z", "K239", "787X", "GPT-5.1",
        ] {
            assert!(is_model_code(w), "{w}");
        }
        for w in [
            "Q4", "H2", "FY2023", "500K", "1990", "Boeing", "A", "ABCD12", "T20",
        ] {
            assert!(!is_model_code(w), "{w}");
        }
    }

    #[test]
    fn a_hyphened_capital_code_before_its_head_is_a_product() {
        let out =
            labelled("Finland ordered more VALKO-T air defence systems and two KORP-X launchers.");
        assert!(has(&out, "VALKO-T", "Product"), "{out:?}");
        assert!(has(&out, "KORP-X", "Product"), "{out:?}");
        // No head noun after it: the code says nothing ("the AFL-CIO said").
        let out = labelled("The union federation ORVA-T said on Monday it would strike.");
        assert!(!has(&out, "ORVA-T", "Product"), "{out:?}");
    }

    #[test]
    fn model_codes_and_versions_are_products() {
        let out = labelled(
            "The carrier leased an A330F and retired the A319neo. \
             Engineers ran the Mistral 7 model on an Orange Pi 4 before lunch. \
             Shoppers queued for the iPhone 14 in Osaka.",
        );
        for p in ["A330F", "A319neo", "Mistral 7", "Orange Pi 4", "iPhone 14"] {
            assert!(has(&out, p, "Product"), "{p}: {out:?}");
        }
        assert!(!out.iter().any(|(_, l)| l == "Cardinal"), "{out:?}");
    }

    #[test]
    fn a_series_model_number_is_one_product() {
        let out = labelled("Regulators grounded the 787 MAX 9 after the incident.");
        assert!(has(&out, "787 MAX 9", "Product"), "{out:?}");
        let out = labelled("The navy ordered 12 MH-60R Seahawk helicopters last year.");
        assert!(has(&out, "MH-60R Seahawk", "Product"), "{out:?}");
    }

    #[test]
    fn a_name_before_a_product_head_is_a_product() {
        let out = labelled("Norway will send Gepard tanks to Kyiv.");
        assert!(has(&out, "Gepard", "Product"), "{out:?}");
        // A firm before the head keeps its class.
        let out = labelled("Raytheon missiles reached Poland. Raytheon said so on Monday.");
        assert!(!has(&out, "Raytheon", "Product"), "{out:?}");
        // Numbered nouns and calendar words stay out.
        let out = labelled("Under Article 5 the members meet on March 4 in Group 2 talks.");
        assert!(!out.iter().any(|(_, l)| l == "Product"), "{out:?}");
    }

    #[test]
    fn a_name_and_a_small_number_framed_as_a_system_are_a_product() {
        let out = labelled("Finland ordered the Skyreach 4 system from Norway on Monday.");
        assert!(has(&out, "Skyreach 4", "Product"), "{out:?}");
        // Opening a sentence, a head noun after the number is the evidence.
        let out = labelled("Skyreach 4 interceptors reached the base on Monday.");
        assert!(has(&out, "Skyreach 4", "Product"), "{out:?}");
        // Without a head noun, an opening word and a number stay what they were.
        let out = labelled("Chapter 4 begins here. Hello 3 times.");
        assert!(!out.iter().any(|(_, l)| l == "Product"), "{out:?}");
    }
}
