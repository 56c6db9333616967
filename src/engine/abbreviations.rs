//! Abbreviations defined in brackets, read after typing: "the Medicines and Healthcare
//! products Regulatory Agency (MHRA)", "the Food and Drug Administration (FDA)". The tagger
//! cuts such names at their lower-case words ("Food" and "Drug Administration", or "Regulatory
//! Agency" alone); the abbreviation's letters say where the long form starts.
//!
//! The long form is found as Schwartz and Hearst do ("A simple algorithm for identifying
//! abbreviation definitions in biomedical text", PSB 2003): the abbreviation's letters are
//! matched right to left against the tokens before the bracket (at most `min(n + 5, 2n)` tokens
//! for `n` letters, in the same sentence), each letter found in a token at or before the last
//! match, the first letter at a word's start, with no more letters than twice the long form's
//! tokens ("Google and Amazon (GOOGLEZON)" is a blend). An abbreviation the lexicon lists as a place ("(NY)")
//! says where a name is, not what it stands for. A long form is kept when it is two words or more,
//! its first and last words are capitalised, the first no stop word ("The"), and a name the tagger found lies inside it (so
//! "Gross Domestic Product (GDP)" stays words when nothing was found there).
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where each long form is one mention replacing the mentions inside it, and the
//! abbreviation in its brackets a mention of the same label. The label is the abbreviation's
//! own when the tagger typed it, else that of the longest name inside the long form; an
//! organisation designator ending the long form makes it an organisation. People's names are
//! never joined this way ("Ann Lee (AL)"), nor a long form holding a place with no designator
//! saying what the whole is ("the Kurdistan Region of Iraq (KRI)").
//!
//! When the letters match no words before the bracket (another language's: "the Supreme
//! Electoral Tribunal (TSE)") and the tagger typed the abbreviation an organisation, the run of capitalised
//! words right before the bracket that no name covers, not ending in a place's designator
//! ("Undercliff Avenue (NY)"), is a name of the abbreviation's label.
//! A long form said again elsewhere in the document (same words, with or without its
//! abbreviation) is joined the same way.
//!
//! [`defines`] tells the merge that such an abbreviation is its long form's alias, whatever
//! its letters ("the Supreme Electoral Tribunal (TSE)").
//!
//! *Architecture invariant:* reads the document and the lexicon only; imports no other stage;
//! only joins mentions inside a long form, relabels or adds its abbreviation, and never drops a
//! name outside them. At most [`MAX_DEFINITIONS`] definitions a document, each a scan of the
//! tokens for its long form said again: linear in the tokens plus the mentions.

use super::lexicon::lexicon;
use super::mention::{overlapping, replace_token_spans, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Longest abbreviation read, in characters.
const MAX_LETTERS: usize = 10;

/// Most definitions read in one document: each costs a scan of the document for its long form
/// said again, so a bound keeps the stage linear on hostile text.
const MAX_DEFINITIONS: usize = 32;

/// Join long forms and type their abbreviations (see the module documentation).
pub fn define(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let n = doc.tokens.len();
    let mut found: Vec<(Range<usize>, usize, Label)> = Vec::new();
    let mut buf = String::new();
    for i in 2..n.saturating_sub(1) {
        if found.len() >= MAX_DEFINITIONS {
            break;
        }
        if !bracketed_abbreviation(doc, i) || listed_place(doc.tok_text(i), &mut buf) {
            continue;
        }
        let (a_start, a_end) = (doc.tokens[i].start(), doc.tokens[i].end());
        let own_label = ms[overlapping(ms, a_start, a_end)].first().map(|m| m.label);
        let Some(long) = long_form(doc, i - 2, doc.tok_text(i)) else {
            // Letters of another language's words ("the Supreme Electoral Tribunal (TSE)"):
            // an abbreviation the tagger typed an organisation names the capitalised words before it.
            if let Some(label) = own_label.filter(|&l| l == Label::Org) {
                let place_word = |k: usize| {
                    lexicon()
                        .get(&doc.tok_text(k).to_lowercase())
                        .and_then(|e| e.designator)
                        .is_some_and(|(l, _)| l != Label::Org)
                };
                if let Some(run) = capitalised_run(doc, i - 2).filter(|r| !place_word(r.end - 1)) {
                    let (s, e) = (doc.tokens[run.start].start(), doc.tokens[run.end - 1].end());
                    if overlapping(ms, s, e).is_empty() {
                        found.push((run, i, label));
                    }
                }
            }
            continue;
        };
        let (s, e) = (
            doc.tokens[long.start].start(),
            doc.tokens[long.end - 1].end(),
        );
        // A name running out of the long form: the long form cuts it, so it is not one.
        let inside = overlapping(ms, s, e);
        if inside.is_empty() || ms[inside.clone()].iter().any(|m| m.start < s || m.end > e) {
            continue;
        }
        let longest = ms[inside.clone()]
            .iter()
            .max_by_key(|m| m.end - m.start)
            .map(|m| m.label);
        let Some(mut label) = own_label.or(longest) else {
            continue;
        };
        if ends_in_org_designator(doc, long.end - 1) {
            label = Label::Org;
        } else if ms[inside.clone()]
            .iter()
            .any(|m| matches!(m.label, Label::Gpe | Label::Loc))
        {
            // "the Kurdistan Region of Iraq (KRI)": a place inside and no designator saying
            // what the whole is; the names stay as they are.
            continue;
        }
        if !joinable(label) {
            continue;
        }
        found.push((long, i, label));
    }
    if found.is_empty() {
        return;
    }
    // The long form said again elsewhere, with or without its abbreviation, is the same name.
    let mut again: Vec<(Range<usize>, Label)> = Vec::new();
    for (long, _, label) in &found {
        let words: Vec<&str> = long.clone().map(|k| doc.tok_text(k)).collect();
        let mut k = 0;
        while k + words.len() <= n {
            let same = k != long.start
                && (0..words.len()).all(|j| doc.tok_text(k + j) == words[j])
                && doc.same_sentence(k, k + words.len() - 1);
            if same {
                let (s, e) = (doc.tokens[k].start(), doc.tokens[k + words.len() - 1].end());
                if ms[overlapping(ms, s, e)]
                    .iter()
                    .all(|m| m.start >= s && m.end <= e)
                {
                    again.push((k..k + words.len(), *label));
                }
                k += words.len();
            } else {
                k += 1;
            }
        }
    }
    // The definitions are in text order, so each label's spans are.
    let longs: Vec<(Range<usize>, Label)> = found.iter().map(|f| (f.0.clone(), f.2)).collect();
    replace_by_label(doc, ms, &longs);
    let abbrs: Vec<(Range<usize>, Label)> = found.iter().map(|f| (f.1..f.1 + 1, f.2)).collect();
    replace_by_label(doc, ms, &abbrs);
    // The repeats that stand alone (no name runs out of them), disjoint, in text order: one
    // replacement a label.
    again.sort_by_key(|a| a.0.start);
    let mut end = 0;
    let mut kept: Vec<(Range<usize>, Label)> = Vec::new();
    for (span, label) in again {
        let (s, e) = (
            doc.tokens[span.start].start(),
            doc.tokens[span.end - 1].end(),
        );
        let alone = ms[overlapping(ms, s, e)]
            .iter()
            .all(|m| m.start >= s && m.end <= e);
        if span.start >= end && alone {
            end = span.end;
            kept.push((span, label));
        }
    }
    replace_by_label(doc, ms, &kept);
}

/// [`replace_token_spans`] once a label, over `spans` (token ranges in text order, disjoint).
fn replace_by_label(doc: &Doc, ms: &mut Vec<TypedMention>, spans: &[(Range<usize>, Label)]) {
    let mut labels: Vec<Label> = Vec::new();
    for (_, l) in spans {
        if !labels.contains(l) {
            labels.push(*l);
        }
    }
    for label in labels {
        let of_label = spans.iter().filter(|s| s.1 == label).map(|s| s.0.clone());
        replace_token_spans(doc, ms, of_label.collect(), label);
    }
}

/// Whether the lexicon lists `w` as a place ("(NY)", "(UK)" after a name say where it is).
fn listed_place(w: &str, buf: &mut String) -> bool {
    lexicon().get_any(w, buf).is_some_and(|e| {
        e.country.is_some()
            || e.city.is_some()
            || e.region
            || matches!(e.known, Some((Label::Gpe | Label::Loc, _)))
    })
}

/// Labels a long form may take: not a person's ("Ann Lee (AL)"), nor a value's.
fn joinable(label: Label) -> bool {
    label != Label::Person && !label.is_value()
}

/// The run of two or more capitalised words ending at token `last` in its sentence, "of",
/// "and", "for", "de", "del", "la" allowed inside, a stop word not first ("the Supreme
/// Electoral Tribunal" → "Supreme Electoral Tribunal").
fn capitalised_run(doc: &Doc, last: usize) -> Option<Range<usize>> {
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
    if !word(last) || !is_capitalised(doc.tok_text(last)) {
        return None;
    }
    let mut start = last;
    while start > 0 && doc.same_sentence(start - 1, last) && word(start - 1) {
        let w = doc.tok_text(start - 1);
        // An owner ends the run: "Portugal's" is not a word of the name ("People's" is).
        if owner(doc, start - 1) {
            break;
        }
        if is_capitalised(w) || matches!(w, "of" | "and" | "for" | "de" | "del" | "la") {
            start -= 1;
        } else {
            break;
        }
    }
    let lx = lexicon();
    while start < last
        && (!is_capitalised(doc.tok_text(start))
            || lx
                .get(&doc.tok_text(start).to_lowercase())
                .is_some_and(|e| e.stop))
    {
        start += 1;
    }
    (last > start).then_some(start..last + 1)
}

/// Is token `i` a listed place's name in the possessive ("Portugal's", "Ohio's"): the owner
/// of the name after it, not one of its words ("People's Liberation Army", "Women's Health").
fn owner(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    let p = possessive_len(w);
    p > 0
        && lexicon()
            .get(&w[..w.len() - p].to_lowercase())
            .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.region)
}

/// Is token `i` an abbreviation alone in brackets: "(", one word of 2 to [`MAX_LETTERS`]
/// characters in capitals (digits and hyphens allowed: "G7", "ZCCM-IH"), ")", in one sentence?
fn bracketed_abbreviation(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    doc.tok_text(i - 1) == "("
        && doc.tok_text(i + 1) == ")"
        && doc.tokens[i].kind == TokenKind::Word
        && doc.same_sentence(i - 1, i + 1)
        && (2..=MAX_LETTERS).contains(&w.chars().count())
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && is_all_caps(w)
}

/// The long form ending at token `last` (the word before the bracket) that `abbr` abbreviates
/// (Schwartz and Hearst's match; see the module documentation), as a token range.
fn long_form(doc: &Doc, last: usize, abbr: &str) -> Option<Range<usize>> {
    let letters: Vec<char> = abbr
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let most = (letters.len() + 5).min(letters.len() * 2);
    let first = (last + 1).saturating_sub(most);
    let first = (first..=last)
        .rev()
        .take_while(|&k| doc.same_sentence(k, last))
        .last()?;
    // The window's characters, lower case, each with its token and whether a word starts there.
    let mut chars: Vec<(char, usize, bool)> = Vec::new();
    for k in first..=last {
        for (j, c) in doc.tok_text(k).chars().enumerate() {
            for l in c.to_lowercase() {
                chars.push((l, k, j == 0));
            }
        }
    }
    let mut at = chars.len();
    for (s, &letter) in letters.iter().enumerate().rev() {
        loop {
            at = at.checked_sub(1)?;
            let (c, _, word_start) = chars[at];
            if c == letter && (s > 0 || word_start) {
                break;
            }
        }
    }
    let mut start = chars[at].1;
    // "Portugal's Socialist Party (PS)": the owner in the possessive is no word of the name
    // (its letters may be the abbreviation's, as in another language's word order).
    if let Some(p) = (start..last).rev().find(|&k| owner(doc, k)) {
        start = p + 1;
    }
    // "Google and Amazon (GOOGLEZON)": a blend, not an abbreviation of those words.
    if letters.len() > 2 * (last + 1 - start) {
        return None;
    }
    // "The Supreme Electoral Tribunal (TSE)": a determiner is no long form's first word.
    let opens_with_stop_word = lexicon()
        .get(&doc.tok_text(start).to_lowercase())
        .is_some_and(|e| e.stop);
    let fits = |k: usize| {
        let w = doc.tok_text(k);
        match doc.tokens[k].kind {
            TokenKind::Word => true,
            _ => matches!(w, "&" | "-"),
        }
    };
    (last > start
        && !opens_with_stop_word
        && is_capitalised(doc.tok_text(start))
        && is_capitalised(doc.tok_text(last))
        && (start..=last).all(fits))
    .then_some(start..last + 1)
}

/// Does token `i` end an organisation's name by its designator ("Agency", "Administration")?
fn ends_in_org_designator(doc: &Doc, i: usize) -> bool {
    lexicon()
        .get(&doc.tok_text(i).to_lowercase())
        .and_then(|e| e.designator)
        .is_some_and(|(l, p)| l == Label::Org && p.suffix())
}

/// Whether `short` is the abbreviation `long` defines: `short` one word in capitals alone in
/// brackets right after `long`, a name of two words or more of the same label ("the Supreme
/// Electoral Tribunal (TSE)": its letters need not be the long form's).
pub fn defines(doc: &Doc, long: &TypedMention, short: &TypedMention) -> bool {
    let i = short.tokens.start;
    short.tokens.len() == 1
        && long.tokens.len() >= 2
        && long.label == short.label
        && i >= 1
        && long.tokens.end == i - 1
        && i + 1 < doc.tokens.len()
        && bracketed_abbreviation(doc, i)
        && !listed_place(doc.tok_text(i), &mut String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, ms: &[(&str, Label)]) -> Vec<(String, Label)> {
        let doc = Doc::new(text);
        let mut out: Vec<TypedMention> = ms
            .iter()
            .map(|(w, l)| {
                let s = text.find(w).unwrap();
                let first = (0..doc.tokens.len())
                    .find(|&k| doc.tokens[k].start() == s)
                    .unwrap();
                let last = (0..doc.tokens.len())
                    .find(|&k| doc.tokens[k].end() == s + w.len())
                    .unwrap();
                TypedMention::over(&doc, first..last + 1, *l, 0.9)
            })
            .collect();
        crate::sort::sort_by_key(&mut out, |m| m.start);
        define(&doc, &mut out);
        out.iter()
            .map(|m| (doc.slice(m.start, m.end).to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_long_form_cut_at_its_lower_case_words_is_one_name_with_its_abbreviation() {
        let got = run(
            "The Medicines and Healthcare products Regulatory Agency (MHRA) said so.",
            &[("Regulatory Agency", Label::Org)],
        );
        assert_eq!(
            got,
            [
                (
                    "Medicines and Healthcare products Regulatory Agency".to_string(),
                    Label::Org
                ),
                ("MHRA".to_string(), Label::Org)
            ]
        );
        let got = run(
            "Inspectors from the Food and Drug Administration (FDA) came.",
            &[("Food", Label::Org), ("Drug Administration", Label::Org)],
        );
        assert_eq!(got[0].0, "Food and Drug Administration");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn an_owner_in_the_possessive_is_no_word_of_the_long_form() {
        let got = crate::engine::test_names::names(
            "Portugal's Centre Party (PS) kept its seats in the north. The PS said so.",
        );
        let has = |n: &str, l: &str| got.iter().any(|(a, b)| a == n && b == l);
        assert!(
            has("Portugal", "GPE") && has("Centre Party", "ORG"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, _)| a.starts_with("Portugal's")),
            "{got:?}"
        );
        // A possessive word of the name itself stays in it.
        let got = run(
            "Troops of the People's Frontier Army (PFA) crossed the river.",
            &[("People's Frontier Army", Label::Org)],
        );
        assert_eq!(got[0].0, "People's Frontier Army", "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn the_long_form_said_again_and_a_typed_abbreviation_of_other_letters_name_their_words() {
        let got = run(
            "The Food and Drug Administration (FDA) said so. Staff of the Food and Drug Administration came.",
            &[("Food", Label::Org), ("Drug Administration", Label::Org)],
        );
        let names: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            names,
            [
                "Food and Drug Administration",
                "FDA",
                "Food and Drug Administration"
            ]
        );
        let got = run(
            "The Supreme Electoral Tribunal (TSE) met.",
            &[("TSE", Label::Org)],
        );
        assert_eq!(
            got,
            [
                ("Supreme Electoral Tribunal".to_string(), Label::Org),
                ("TSE".to_string(), Label::Org)
            ]
        );
    }

    #[test]
    fn nothing_found_inside_a_person_or_a_name_running_out_stays_as_it_was() {
        // Nothing the tagger found: a term, not a name.
        assert!(run("Gross Domestic Product (GDP) rose.", &[]).is_empty());
        // A blend of two names, and a place's code after a name.
        let two = [("Vexa", Label::Org), ("Quorn", Label::Org)];
        assert_eq!(run("Vexa and Quorn (VEXAQUORN) merged.", &two).len(), 2);
        let got = run(
            "Roadworks on Undercliff Avenue (NY) today.",
            &[("NY", Label::Org)],
        );
        assert_eq!(got, [("NY".to_string(), Label::Org)]);
        // A place inside and no designator saying what the whole is.
        let got = run(
            "Oil from the Kurdistan Region of Iraq (KRI) flowed.",
            &[("Kurdistan Region", Label::Gpe), ("Iraq", Label::Gpe)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(t, _)| t != "KRI"), "{got:?}");
        // A person's initials.
        let got = run("Ann Lee (AL) spoke.", &[("Ann Lee", Label::Person)]);
        assert_eq!(got, [("Ann Lee".to_string(), Label::Person)]);
        // Letters that match no words before the bracket.
        let got = run(
            "The Supreme Electoral Tribunal (TSE) met.",
            &[("Supreme Electoral Tribunal", Label::Org)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_bracket_at_the_texts_edges_is_read_safely() {
        assert!(run("(FDA)", &[]).is_empty());
        assert!(run("FDA (", &[]).is_empty());
        assert!(run("(", &[]).is_empty());
    }
}
