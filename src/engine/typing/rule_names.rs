//! The rules' names that [`super::reconcile`] weighs against the tagger: which rule names stand
//! whole over the tagger's pieces inside them (several words holding a designator, listed whole,
//! headed by a designator and an "of" phrase, opened by a capitalised function word inside a
//! sentence), listed companies in an ordinary sentence, firms' frames, terms a contract defines,
//! capitalised common words, and the names found inside headline lines.
//!
//! Input: the [`Doc`], the lexicon, the rules' mentions and the tagger's spans (token ranges, text
//! order). Output: predicates, filtered references into the rules' mentions, or `out` edited in
//! place (text order kept).
//!
//! *Architecture invariant:* pure functions of the document, the lexicon and the mentions handed
//! in; read only by `reconcile`; import no stage outside `typing`.

use super::evidence::{sanctions_on, stake_in, traded};
use super::tagger::Class;
use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{with_lower, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised, tail_len};
use crate::engine::text::Doc;
use std::ops::Range;

/// Rule names of several words holding a designator ("North China Research Institute of
/// Electro-Optics", "Port of Ust-Luga", "Proceeds of Crime Act"), in text order: the designator makes the whole span
/// one name, so they replace the tagger's pieces inside them.
pub(super) fn designated_rule_names<'r>(
    doc: &Doc,
    lx: &Lexicon,
    names: &'r [TypedMention],
    buf: &mut String,
) -> Vec<&'r TypedMention> {
    names
        .iter()
        .filter(|m| {
            (3..=8).contains(&m.tokens.len())
                && (matches!(Class::of(m.label), Some(Class::Org | Class::Loc))
                    || m.label == Label::Law && m.tokens.clone().any(|i| doc.tok_text(i) == "of"))
                && !m.tokens.clone().any(|i| {
                    let w = doc.tok_text(i);
                    w.eq_ignore_ascii_case("and") || w == "&"
                })
                && !m.tokens.clone().all(|i| is_all_caps(doc.tok_text(i)))
        })
        .filter(|m| {
            // The designator ends the name or heads an "of" phrase ("Institute of ...").
            m.tokens.clone().any(|i| {
                let last = i + 1 == m.tokens.end;
                let of = i + 1 < m.tokens.end && matches!(doc.tok_text(i + 1), "of" | "for");
                (last || of)
                    && lx
                        .get_any(doc.tok_text(i), buf)
                        .and_then(|e| e.designator)
                        .is_some_and(|(l, _)| Class::of(l) == Class::of(m.label))
            })
        })
        .collect()
}

/// A rule name opened by a designator and an "of"/"for" phrase of capitalised words
/// ("Office of Foreign Assets Control", "Ministry of Defence"): one name whatever the tagger
/// says of its pieces.
pub(super) fn headed_by_designator(doc: &Doc, lx: &Lexicon, m: &TypedMention) -> bool {
    let mut buf = String::new();
    let (a, b) = (m.tokens.start, m.tokens.end);
    b - a >= 3
        && matches!(doc.tok_text(a + 1), "of" | "for")
        && (a + 2..b).all(|i| is_capitalised(doc.tok_text(i)))
        && lx
            .get_any(doc.tok_text(a), &mut buf)
            .and_then(|e| e.designator)
            .is_some_and(|(l, _)| Class::of(l) == Class::of(m.label))
}

/// A rule name opened inside a sentence by a capitalised function word of
/// `[name_opening_words]` ("flew on All Nippon Airways"): the capital says the words are one
/// name, whatever the tagger reads of them.
pub(super) fn opened_inside_a_sentence(doc: &Doc, m: &TypedMention) -> bool {
    let first = m.tokens.start;
    !doc.is_sentence_start(first)
        && with_lower(doc.tok_text(first), |w| {
            words().name_opening_words.contains(&w)
        })
}

/// Rule names of several words that a lexicon lists whole ("Bosnia and Herzegovina", "United
/// States"), in text order: the listing makes the span one name, so they replace the tagger's
/// pieces inside them ("United" alone as an organisation). Only where the rules' class is the
/// listed one and the tagger did not find the same span already (its class then stands).
pub(super) fn listed_rule_names<'r>(
    doc: &Doc,
    lx: &Lexicon,
    names: &'r [TypedMention],
    spans: &[(Range<usize>, Class)],
    buf: &mut String,
) -> Vec<&'r TypedMention> {
    names
        .iter()
        .filter(|m| (2..=8).contains(&m.tokens.len()))
        .filter(|m| {
            let listed = lx.get_any(doc.slice(m.start, m.end), buf).and_then(|e| {
                if e.country.is_some() || e.city.is_some() || e.region {
                    Some(Class::Loc)
                } else {
                    e.known.and_then(|(l, _)| Class::of(l))
                }
            });
            listed.is_some() && listed == Class::of(m.label)
        })
        .filter(|m| {
            let k = spans.partition_point(|(r, _)| r.start < m.tokens.start);
            spans.get(k).is_none_or(|(r, _)| *r != m.tokens)
        })
        .collect()
}

/// Terms a document defines in quotes (contracts: `(the "Lender")`, `hereinafter "Servicer"`):
/// a capitalised phrase of up to four words alone between two quotes right after "the",
/// "as", "hereinafter" or an opening bracket. Lower-case forms.
pub(super) fn defined_terms(doc: &Doc) -> rustc_hash::FxHashSet<String> {
    let mut out = rustc_hash::FxHashSet::default();
    let quote = |i: usize| matches!(doc.tok_text(i), "\"" | "“" | "”");
    let n = doc.tokens.len();
    for q in 1..n {
        if !quote(q) {
            continue;
        }
        let before = doc.tok_text(q - 1).to_lowercase();
        if !crate::engine::lexicon::words::words()
            .defined_term_openers
            .contains(&before.as_str())
        {
            continue;
        }
        let Some(close) = (q + 1..n.min(q + 6)).find(|&j| quote(j)) else {
            continue;
        };
        if close == q + 1 || !is_capitalised(doc.tok_text(q + 1)) {
            continue;
        }
        let t = doc.slice(doc.tokens[q + 1].start(), doc.tokens[close - 1].end());
        out.insert(t.to_lowercase());
    }
    out
}

/// A one-word name the document also writes in lower case, that no lexicon lists as a name
/// and that the rules are not sure of, is a common word capitalised for emphasis or as a
/// defined term ("the Holders", "each Servicer" beside "the holders"): not a name.
pub(super) fn drop_common_words(
    doc: &Doc,
    lx: &Lexicon,
    out: &mut Vec<TypedMention>,
    buf: &mut String,
) {
    // The lower-case forms of the one-word names in question (few), then one pass over the
    // tokens that only hashes a word whose length one of them has.
    let lower_of = |m: &TypedMention, buf: &mut String| -> Option<String> {
        if m.tokens.len() != 1 || m.confidence >= 0.9 {
            return None;
        }
        let w = doc.tok_text(m.tokens.start);
        let w = &w[..w.len() - tail_len(w)];
        let lw = crate::engine::lexicon::lower(w, buf);
        (lw != w).then(|| lw.to_string())
    };
    let asked: std::collections::HashSet<String, crate::engine::lexicon::FxBuild> =
        out.iter().filter_map(|m| lower_of(m, buf)).collect();
    if asked.is_empty() {
        return;
    }
    let lengths = asked.iter().fold(0u64, |a, w| a | 1u64 << w.len().min(63));
    let mut written_lower: std::collections::HashSet<&str, crate::engine::lexicon::FxBuild> =
        Default::default();
    for i in 0..doc.tokens.len() {
        let w = doc.tok_text(i);
        if lengths & (1u64 << w.len().min(63)) != 0
            && w.starts_with(char::is_lowercase)
            && asked.contains(w)
        {
            written_lower.insert(w);
        }
    }
    if written_lower.is_empty() {
        return;
    }
    out.retain(|m| {
        let Some(lw) = lower_of(m, buf) else {
            return true;
        };
        if !written_lower.contains(lw.as_str()) {
            return true;
        }
        lx.get(&lw).is_some_and(|e| {
            e.given
                || e.surname
                || e.country.is_some()
                || e.city.is_some()
                || e.demonym.is_some()
                || e.region
                || e.known.is_some()
        })
    });
}

/// A rule organisation of up to three words in a firm's frame: "a 22% stake in Vantor",
/// "sanctions on Sovcomflot", "Harwell shares fell" ([`traded`]).
pub(super) fn firm_frame(doc: &Doc, lx: &Lexicon, r: &TypedMention, buf: &mut String) -> bool {
    r.label == Label::Org
        && r.tokens.len() <= 3
        && (stake_in(doc, r.tokens.start)
            || sanctions_on(doc, r.tokens.start)
            || traded(doc, lx, &r.tokens, buf))
}

/// Does an honorific (`[honorifics]`: "Mr", "Mrs.", "Dame") stand right before token `first`?
pub(super) fn after_honorific(doc: &Doc, first: usize) -> bool {
    let mut p = first.checked_sub(1);
    if p.is_some_and(|p| doc.tok_text(p) == ".") {
        p = p.and_then(|p| p.checked_sub(1));
    }
    p.is_some_and(|p| {
        doc.sentence_of(p) == doc.sentence_of(first)
            && crate::engine::lexicon::with_lower(doc.tok_text(p), |w| {
                crate::engine::lexicon::words::words()
                    .honorifics
                    .contains(&w)
            })
    })
}

/// Is `word` a word of a person the tagger named in two words or more ("Paris" of "Paris
/// Hilton")? A scan of the spans, asked only of a listed place the tagger read as a person.
pub(super) fn in_a_full_name(doc: &Doc, spans: &[(Range<usize>, Class)], word: &str) -> bool {
    spans.iter().any(|(r, c)| {
        *c == Class::Per
            && r.len() >= 2
            && r.clone()
                .any(|i| doc.tok_text(i).eq_ignore_ascii_case(word))
    })
}

/// Is the line of token `i` written in capitals ([`super::extract`]'s line casing)?
pub(super) fn caps_line_of(caps: &[bool], doc: &Doc, i: usize) -> bool {
    caps.get(doc.sentence_of(i) as usize)
        .copied()
        .unwrap_or(false)
}

/// "thank Oracle for", "analysts at Goldman Sachs": a listed company's name, written as the list
/// writes it ([`Lexicon::listed_company`]), inside an ordinary sentence is that company. Not
/// when a one-word name opens its sentence (a capital there says nothing: "Shell out"; "Eli
/// Lilly's drug" there is the firm still), nor in a headline or
/// ALL-CAPS line, nor when a one-word name is a word of a person the tagger named in full
/// ("Sharp" beside "Tom Sharp").
pub(super) fn listed_company(
    doc: &Doc,
    lx: &Lexicon,
    headlines: &[bool],
    caps_line: bool,
    tokens: &Range<usize>,
    spans: &[(Range<usize>, Class)],
) -> bool {
    let Some(last) = tokens.end.checked_sub(1) else {
        return false;
    };
    let first = tokens.start;
    // A one-word name opening a sentence may be a common word ("Target", "Next").
    if caps_line
        || (doc.is_sentence_start(first) && tokens.len() == 1)
        || headlines
            .get(doc.sentence_of(first) as usize)
            .copied()
            .unwrap_or(true)
    {
        return false;
    }
    // Without a possessive or "-based" ending ("Oracle's").
    let (start, end) = (doc.tokens[first].start(), doc.tokens[last].end());
    let text = doc.slice(start, end - tail_len(doc.tok_text(last)).min(end - start));
    let listed = if text.contains(|c: char| c.is_whitespace() && c != ' ') || text.contains("  ") {
        lx.listed_company(&text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        lx.listed_company(text)
    };
    listed && (tokens.len() > 1 || !in_a_full_name(doc, spans, text))
}

/// People and places inside headline lines ([`super::headline`]): added where no name stands,
/// a person's name replaces the pieces of it the tagger found ("NICOLAS" of "NICOLAS
/// SARKOZY"), and a name replaces a wider mention nothing vouches for ("Chiefs Blame Brussels"). `out` is in text order and stays so.
pub(super) fn add_headline_names(
    doc: &Doc,
    lx: &Lexicon,
    out: &mut Vec<TypedMention>,
    casing: (&[bool], &[bool]),
    buf: &mut String,
) {
    let found = super::headline::names(doc, lx, out, casing, buf);
    if found.is_empty() {
        return;
    }
    let mut removed = vec![false; out.len()];
    // Removed because a name inside replaced a wider run of the line.
    let mut replaced = vec![false; out.len()];
    let mut added = Vec::new();
    for super::headline::Found {
        name: h,
        replaces_wider,
    } in found
    {
        // `out` holds no overlaps and is in text order: the ones overlapping `h` are a run.
        let first = out.partition_point(|m| m.end <= h.start);
        let over = first
            ..(first..out.len())
                .find(|&k| out[k].start >= h.end)
                .unwrap_or(out.len());
        if over.clone().any(|k| removed[k]) {
            // A second name of the run the first one replaced ("Sunak" of "Zelensky Meets
            // Sunak") joins it; any other overlap with what was removed is left alone.
            let from_replaced = over.clone().all(|k| replaced[k])
                && !added
                    .iter()
                    .any(|a: &TypedMention| a.start < h.end && h.start < a.end);
            if from_replaced {
                added.push(h);
            }
            continue;
        }
        let person_pieces = h.label == Label::Person
            && over.clone().all(|k| {
                out[k].label == Label::Person && out[k].start >= h.start && out[k].end <= h.end
            });
        if over.is_empty() || person_pieces || replaces_wider {
            over.for_each(|k| {
                removed[k] = true;
                replaced[k] = replaces_wider && !person_pieces;
            });
            added.push(h);
        }
    }
    if added.is_empty() {
        return;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !removed[k - 1]
    });
    out.extend(added);
    crate::sort::sort_by_key(out, |m| m.start);
}

#[cfg(test)]
mod listed_company_tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_listed_company_inside_a_sentence_is_a_firm() {
        // Left out by the tagger, or read as a place.
        let got = names("I still thank Oracle for fixing that bug so fast.");
        assert!(has(&got, "Oracle", "ORG"), "{got:?}");
        let got = names("We rented the digger from Caterpillar last spring.");
        assert!(has(&got, "Caterpillar", "ORG"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "GPE"), "{got:?}");
        let got = names("Her pension is managed by Goldman Sachs these days.");
        assert!(has(&got, "Goldman Sachs", "ORG"), "{got:?}");
        // A firm named after its founder, listed without "and Company" (the list once held
        // "Eli Lilly and", so the founder's name stood as a person).
        let got = names("Sales of the new drug made by Eli Lilly rose again.");
        assert!(has(&got, "Eli Lilly", "ORG"), "{got:?}");
    }

    #[test]
    fn a_listed_company_word_opening_a_sentence_or_in_lower_case_is_no_firm() {
        for text in [
            "Shell out for the good seats, she told me.",
            "A hermit crab needs a bigger shell every year.",
        ] {
            let got = names(text);
            assert!(!got.iter().any(|(_, l)| l == "ORG"), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_listed_company_word_of_a_persons_full_name_stays_the_persons() {
        let got = names("The singer Tessa Oracle waved to us, and later Oracle sang two songs.");
        assert!(!has(&got, "Oracle", "ORG"), "{got:?}");
    }
}
