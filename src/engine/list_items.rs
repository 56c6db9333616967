//! Names in lists that typing left out: "clients such as Velkora, Orvane Freight and Telkor
//! Marine", "guests included Ana Ruiz, Brel and Tomas Keller". An unfamiliar one-word name in the
//! middle of a list has no evidence of its own (no designator, no title, no listed word), so the
//! tagger and the rules often pass it over, while its neighbours are found. A list is its own
//! evidence: items joined by commas and one final "and"/"or" are things of one kind.
//!
//! The frame, within one sentence: items joined by `,`, `and`, `or`, `, and` or `, or`, where an
//! item is either a name mention or a run of up to four capitalised words that no mention
//! covers; the list ends after the item that follows "and"/"or". When at least two items are
//! name mentions, all of one kind (person; organisation; place: GPE, LOC or FAC; nationality;
//! product), and no item is a mention of another kind or of an amount or date, each uncovered
//! run becomes a mention of that kind (for places, the label most of the listed places have).
//! A run is taken only when the part-of-speech tagger reads its first word as a proper noun,
//! it is not written in capitals ("WHEREAS, X and Y agree"), no word of it is a listed stop
//! word, title or designator (the rules had that evidence and chose), and, for one word, the
//! document never writes it in lower case (a common word: "Sales, Marketing and Finance").
//!
//! Input: the document, its tagged words and the typed mentions (byte offsets, text order,
//! non-overlapping). Output: the same mentions with the list items added, in text order.
//!
//! *Architecture invariant:* reads the document, the tagged words and the lexicon; imports no
//! other stage; only adds mentions over runs of capitalised words no mention covers; never
//! changes or drops a mention.

use super::lexicon::lexicon;
use super::mention::TypedMention;
use super::model::Label;
use super::pos::{Upos, Words};
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Confidence of a name read from its place in a list.
const CONFIDENCE: f32 = 0.5;
/// Longest uncovered run taken as an item, in tokens.
const MAX_RUN: usize = 4;

/// The kinds of name a list is made of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Place,
    Norp,
    Product,
}

fn kind_of(label: Label) -> Option<Kind> {
    Some(match label {
        Label::Person => Kind::Person,
        Label::Org => Kind::Org,
        Label::Gpe | Label::Loc | Label::Fac => Kind::Place,
        Label::Norp => Kind::Norp,
        Label::Product => Kind::Product,
        _ => return None,
    })
}

/// One item of a list: a mention (its index) or an uncovered run of capitalised words.
#[derive(Clone)]
enum Item {
    Mention(usize),
    Run(Range<usize>),
}

/// Add the uncovered names of lists (see the module documentation).
pub fn add(doc: &Doc, tagged: &Words, ms: &mut Vec<TypedMention>) {
    let mut found: Vec<(Range<usize>, Label)> = Vec::new();
    for s in doc.sentences.iter() {
        let items = items_of(doc, ms, s.tokens());
        for list in lists(doc, &items) {
            if let Some(label) = label_of(ms, &list) {
                for it in &list {
                    if let Item::Run(r) = it {
                        found.push((r.clone(), label));
                    }
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let lx = lexicon();
    let mut buf = String::new();
    let mut lower: Option<FxHashSet<String>> = None;
    let before = ms.len();
    for (r, label) in found {
        let upos = tagged.upos_starting_at(doc.tokens[r.start].start());
        let listed = r.clone().any(|i| {
            lx.get_any(doc.tok_text(i), &mut buf)
                .is_some_and(|e| e.stop || e.title || e.title_start || e.designator.is_some())
        });
        let shouted = r
            .clone()
            .all(|i| crate::engine::shape::is_all_caps(doc.tok_text(i)));
        if upos != Some(Upos::Propn) || listed || shouted {
            continue;
        }
        if r.len() == 1 {
            let lower = lower.get_or_insert_with(|| doc.lower_words());
            if lower.contains(&doc.tok_text(r.start).to_lowercase()) {
                continue;
            }
        }
        ms.push(TypedMention::over(doc, r, label, CONFIDENCE));
    }
    if ms.len() > before {
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// Is token `i` a capitalised word?
fn capitalised(doc: &Doc, i: usize) -> bool {
    let t = doc.tok_text(i);
    doc.tokens[i].kind == TokenKind::Word && t.starts_with(char::is_uppercase)
}

/// The items of sentence `toks` and what lies between them, in order: `Some(item)`, or
/// `None` for a token that is neither an item nor a separator (which breaks a list).
fn items_of(doc: &Doc, ms: &[TypedMention], toks: Range<usize>) -> Vec<(Option<Item>, usize)> {
    let mut out = Vec::new();
    let mut k = ms.partition_point(|m| m.tokens.end <= toks.start);
    let mut i = toks.start;
    while i < toks.end {
        while k < ms.len() && ms[k].tokens.end <= i {
            k += 1;
        }
        if let Some(m) = ms.get(k).filter(|m| m.tokens.start <= i) {
            let end = m.tokens.end.min(toks.end);
            if m.tokens.start == i {
                out.push((Some(Item::Mention(k)), i));
            } else {
                out.push((None, i));
            }
            i = end.max(i + 1);
            continue;
        }
        if capitalised(doc, i) {
            let next_mention = ms.get(k).map_or(usize::MAX, |m| m.tokens.start);
            let mut j = i + 1;
            while j < toks.end && j < next_mention {
                let t = doc.tok_text(j);
                // An initial's period joins: "P. Kessler".
                let period = t == "." && doc.tok_text(j - 1).chars().count() == 1;
                if !(capitalised(doc, j) || period) {
                    break;
                }
                j += 1;
            }
            let run = i..j;
            if run.len() <= MAX_RUN && !doc.tok_text(j - 1).eq(".") {
                out.push((Some(Item::Run(run)), i));
            } else {
                out.push((None, i));
            }
            i = j;
            continue;
        }
        out.push((None, i));
        i += 1;
    }
    out
}

/// The lists among `elems`: runs of items joined by separators, each ending after the item
/// that follows "and"/"or"; only lists of three items or more.
fn lists(doc: &Doc, elems: &[(Option<Item>, usize)]) -> Vec<Vec<Item>> {
    let mut out = Vec::new();
    let mut cur: Vec<Item> = Vec::new();
    let mut seps: Vec<&str> = Vec::new();
    let mut closing = false;
    let flush = |cur: &mut Vec<Item>, out: &mut Vec<Vec<Item>>| {
        if cur.len() >= 3 {
            out.push(std::mem::take(cur));
        } else {
            cur.clear();
        }
    };
    for (e, at) in elems {
        match e {
            Some(item) => {
                let joined = matches!(
                    seps.as_slice(),
                    [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
                );
                if !joined || closing {
                    flush(&mut cur, &mut out);
                    closing = false;
                }
                if joined && !cur.is_empty() {
                    closing = seps.iter().any(|s| *s == "and" || *s == "or");
                }
                cur.push(item.clone());
                seps.clear();
            }
            None => {
                let t = doc.tok_text(*at);
                if matches!(t, "," | "and" | "or") && seps.len() < 2 && !cur.is_empty() {
                    seps.push(t);
                } else {
                    flush(&mut cur, &mut out);
                    seps.clear();
                    closing = false;
                }
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// The label an uncovered item of `list` takes: the kind all its mentions share, when it holds
/// two or more mentions and at least one uncovered run.
fn label_of(ms: &[TypedMention], list: &[Item]) -> Option<Label> {
    let mut kind = None;
    let (mut named, mut runs) = (0, 0);
    let mut places = [0usize; 3];
    for it in list {
        match it {
            Item::Run(_) => runs += 1,
            Item::Mention(k) => {
                let label = ms[*k].label;
                let this = kind_of(label)?;
                if kind.is_some_and(|k| k != this) {
                    return None;
                }
                kind = Some(this);
                named += 1;
                match label {
                    Label::Gpe => places[0] += 1,
                    Label::Loc => places[1] += 1,
                    Label::Fac => places[2] += 1,
                    _ => {}
                }
            }
        }
    }
    if named < 2 || runs == 0 {
        return None;
    }
    Some(match kind? {
        Kind::Person => Label::Person,
        Kind::Org => Label::Org,
        Kind::Norp => Label::Norp,
        Kind::Product => Label::Product,
        Kind::Place if places[1] > places[0] && places[1] >= places[2] => Label::Loc,
        Kind::Place if places[2] > places[0] => Label::Fac,
        Kind::Place => Label::Gpe,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_names::{has, names};

    /// The mentions `add` puts into `text` when `named` (surface, label) are the mentions
    /// found before it.
    fn added(text: &str, named: &[(&str, Label)]) -> Vec<(String, Label)> {
        let doc = Doc::new(text);
        let words = crate::engine::pos::tag(&doc);
        let mut ms: Vec<TypedMention> = named
            .iter()
            .map(|(w, l)| {
                let at = text.find(w).expect("named in the text");
                let first = (0..doc.tokens.len())
                    .find(|&i| doc.tokens[i].start() == at)
                    .expect("a token starts there");
                let end = (first..doc.tokens.len())
                    .find(|&i| doc.tokens[i].end() == at + w.len())
                    .expect("a token ends there");
                TypedMention::over(&doc, first..end + 1, *l, 0.9)
            })
            .collect();
        crate::sort::sort_by_key(&mut ms, |m| m.start);
        add(&doc, &words, &mut ms);
        ms.iter()
            .filter(|m| m.confidence == CONFIDENCE)
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn an_unfamiliar_name_among_named_firms_is_a_firm() {
        let text = "Suppliers such as Orvane Freight Ltd, Velkora, and Telkor Marine Inc \
                    raised prices.";
        let got = names(text);
        assert!(has(&got, "Velkora", "ORG"), "{got:?}");
        let got = added(
            "Guests were Ana Ruiz, Brel Tomasson and Tomas Keller.",
            &[("Ana Ruiz", Label::Person), ("Tomas Keller", Label::Person)],
        );
        assert_eq!(got, vec![("Brel Tomasson".to_string(), Label::Person)]);
        let got = added(
            "Ferries call at Vessby, Orla and Kark.",
            &[("Vessby", Label::Gpe), ("Kark", Label::Gpe)],
        );
        assert_eq!(got, vec![("Orla".to_string(), Label::Gpe)]);
    }

    #[test]
    fn a_list_of_mixed_kinds_or_of_one_name_adds_nothing() {
        let text = "Guests were Maria Okafor, Velkora and Orvane Freight Ltd.";
        let mixed = [
            ("Maria Okafor", Label::Person),
            ("Orvane Freight Ltd", Label::Org),
        ];
        assert!(added(text, &mixed).is_empty());
        let one = [("Orvane Freight Ltd", Label::Org)];
        assert!(added("Buyers were Velkora and Orvane Freight Ltd.", &one).is_empty());
        // "and" ends the list: the item after it starts no longer list.
        let firms = [
            ("Orvane Freight Ltd", Label::Org),
            ("Telkor Marine Inc", Label::Org),
        ];
        let text = "Orvane Freight Ltd and Telkor Marine Inc, Velkora said.";
        assert!(added(text, &firms).is_empty());
    }

    #[test]
    fn a_run_longer_than_four_words_is_no_item_nor_is_its_tail() {
        let people = [("Ana Ruiz", Label::Person), ("Tomas Keller", Label::Person)];
        let text = "Winners Of The Annual Vessby Poetry Prize, Ana Ruiz and Tomas Keller, read.";
        assert!(added(text, &people).is_empty());
    }

    #[test]
    fn a_common_word_or_capitals_in_a_list_is_no_name() {
        let places = [("Lisbon", Label::Gpe), ("Madrid", Label::Gpe)];
        // Written in lower case elsewhere.
        let text = "Offices in Lisbon, Harbour and Madrid opened. The harbour office is small.";
        assert!(added(text, &places).is_empty());
        // Capitals opening a clause of a contract.
        let firms = [
            ("Orvane Freight Ltd", Label::Org),
            ("Telkor Marine Inc", Label::Org),
        ];
        let text = "Recitals: WHEREAS, Orvane Freight Ltd and Telkor Marine Inc agree.";
        assert!(added(text, &firms).is_empty());
    }
}
