//! The kind a copular sentence gives its subject: "Tessaly Mart is a grocery chain founded
//! in Gdansk", "Orrendale was a mining village in the hills", "The Varn were a tribe of
//! the upper valley". The complement's head noun says what the subject is; the tagger, reading
//! the name alone, often guesses a person for an unfamiliar word.
//!
//! The frame, in one sentence: the subject (a name mention, or a run of one to
//! [`MAX_RUN_WORDS`] capitalised words no mention covers opening the sentence, after "The" at
//! most), then "is", "was", "are" or "were", then "a", "an" or "the", then at most
//! [`MAX_MODIFIERS`] words and the head: a lower-case word of `[predicate_nouns]`
//! (`data/lexicons/context_words.txt`, "noun LABEL") followed by punctuation, the sentence's end
//! or a word of `[predicate_phrase_ends]` ("of", "in", "that", "located", ...).
//!
//! A subject mention the typing read as a person or a product (its guess for an unknown word)
//! takes the head's label when that is not a person and its coarse class (organisation; place:
//! GPE, LOC, FAC; any other) differs; so does every other mention of the same words with the
//! same old label, no role and no title or honorific right before it. A run no mention covered
//! becomes a mention of the head's label (a run of one word only for an organisation's or a
//! place's head: "Poverty is a war on the poor" names nothing). Left alone: a subject with a
//! role or a title or honorific right before it ("Mr. X"), after a lower-case word other than "the" ("the Front in
//! Ostravia was a militia": the subject is not "Ostravia"), or of two words or more one of
//! which the lexicon lists as a designator ("Pell Valley Rowing Club is the oldest team");
//! a run whose first word the lexicon lists as a stop word, a title or a given name ("It",
//! "This", "President", "Anna"), or whose words the document all writes in lower case too
//! ("Harbour Works was the largest firm ... the harbour works").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! mentions, some relabelled, and the runs added, in text order. Linear in the tokens.
//!
//! *Architecture invariant:* reads the document, the lexicon, `[predicate_nouns]` and
//! `[predicate_phrase_ends]`; imports no other stage; relabels and adds mentions, never drops
//! or moves one.

use super::lexicon::words::words;
use super::lexicon::{lexicon, with_lower};
use super::mention::{covered_tokens, TypedMention};
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Most words between the determiner and the head ("a long and narrow glacial lake").
const MAX_MODIFIERS: usize = 4;

/// Most words of an uncovered subject run.
const MAX_RUN_WORDS: usize = 4;

/// Confidence of an added mention (a frame, not a list).
const CONFIDENCE: f32 = 0.6;

/// `[predicate_nouns]` as a map from the lower-case noun to its label.
fn heads() -> &'static FxHashMap<&'static str, Label> {
    static HEADS: OnceLock<FxHashMap<&'static str, Label>> = OnceLock::new();
    HEADS.get_or_init(|| {
        words()
            .predicate_nouns
            .iter()
            .filter_map(|line| {
                let (noun, label) = line.split_once(' ')?;
                Some((noun, Label::parse(label.trim())?))
            })
            .collect()
    })
}

/// `[predicate_phrase_ends]`: words that end the complement's noun phrase right after its head.
fn phrase_ends() -> &'static FxHashSet<&'static str> {
    static ENDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    ENDS.get_or_init(|| words().predicate_phrase_ends.iter().copied().collect())
}

/// Coarse class of a label, as the name sets score it.
fn class(l: Label) -> u8 {
    match l {
        Label::Person => 0,
        Label::Org => 1,
        Label::Gpe | Label::Loc | Label::Fac => 2,
        _ => 3,
    }
}

/// The label the complement after the copula at token `c` gives its subject, if the frame holds.
fn complement_label(doc: &Doc, c: usize) -> Option<Label> {
    let n = doc.tokens.len();
    let sentence = doc.sentence_of(c);
    let word = |i: usize| (i < n && doc.sentence_of(i) == sentence).then(|| doc.tok_text(i));
    if !matches!(word(c)?, "is" | "was" | "are" | "were")
        || !matches!(word(c + 1)?, "a" | "an" | "the")
    {
        return None;
    }
    for i in c + 2..=c + 2 + MAX_MODIFIERS {
        if i >= n || doc.sentence_of(i) != sentence || doc.tokens[i].kind != TokenKind::Word {
            return None;
        }
        let ends = match word(i + 1) {
            None => true,
            Some(w) => doc.tokens[i + 1].kind != TokenKind::Word || phrase_ends().contains(w),
        };
        if ends {
            // A common noun: "a Bank of Ostravia economist" has no head here.
            let head = doc.tok_text(i);
            return head
                .starts_with(char::is_lowercase)
                .then(|| with_lower(head, |k| heads().get(k).copied()))
                .flatten();
        }
    }
    None
}

/// Does a title or an honorific stand right before the mention (a period between): "Mr. X",
/// "President X"? The roles are attached after this stage, so `role` alone does not say it.
fn titled(doc: &Doc, m: &TypedMention, buf: &mut String) -> bool {
    let mut p = m.tokens.start.checked_sub(1);
    if p.is_some_and(|p| doc.tok_text(p) == ".") {
        p = p.and_then(|p| p.checked_sub(1));
    }
    p.is_some_and(|p| {
        doc.same_sentence(p, m.tokens.start)
            && (with_lower(doc.tok_text(p), |w| words().honorifics.contains(&w))
                || lexicon()
                    .get_any(doc.tok_text(p), buf)
                    .is_some_and(|e| e.title || e.title_start))
    })
}

/// Does the mention `m` open its clause: no lower-case word but "the" right before it?
fn opens_clause(doc: &Doc, m: &TypedMention) -> bool {
    let s = m.tokens.start;
    s == 0
        || !doc.same_sentence(s - 1, s)
        || doc.tokens[s - 1].kind != TokenKind::Word
        || !doc.tok_text(s - 1).starts_with(char::is_lowercase)
        || doc.tok_text(s - 1) == "the"
}

/// Relabel and add the subjects of copular sentences (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    // (the subject's words, its old label) -> the head's label.
    let mut relabel: FxHashMap<(&str, Label), Label> = FxHashMap::default();
    let mut added: Vec<TypedMention> = Vec::new();
    // Subjects that are mentions.
    for m in ms.iter() {
        if !matches!(m.label, Label::Person | Label::Product)
            || m.role.is_some()
            || m.tokens.end >= doc.tokens.len()
            || !opens_clause(doc, m)
            || titled(doc, m, &mut buf)
        {
            continue;
        }
        // "Pell Valley Rowing Club is the oldest team on the river": a designator of the name's
        // own says more than the complement.
        if m.tokens.len() > 1
            && m.tokens.clone().any(|i| {
                lx.get_any(doc.tok_text(i), &mut buf)
                    .is_some_and(|e| e.designator.is_some())
            })
        {
            continue;
        }
        if let Some(l) = complement_label(doc, m.tokens.end) {
            if l != Label::Person && class(l) != class(m.label) {
                relabel.insert((doc.slice(m.start, m.end), m.label), l);
            }
        }
    }
    // Subjects no mention covers, opening their sentence.
    let covered = covered_tokens(doc, ms);
    let mut lower: Option<FxHashSet<String>> = None;
    for s in &doc.sentences {
        let Some(mut first) = s.first_word() else {
            continue;
        };
        if doc.tok_text(first) == "The" {
            first += 1;
        }
        let end = s.tokens().end;
        let mut last = first;
        while last < end
            && last - first < MAX_RUN_WORDS
            && !covered[last]
            && doc.tokens[last].kind == TokenKind::Word
            && is_capitalised(doc.tok_text(last))
        {
            last += 1;
        }
        if last == first || last >= end {
            continue;
        }
        let opener = lx.get_any(doc.tok_text(first), &mut buf);
        if opener.is_some_and(|e| e.stop || e.title || e.title_start || e.given) {
            continue;
        }
        let Some(l) = complement_label(doc, last) else {
            continue;
        };
        // One capitalised word opening a sentence is as often a common noun ("Poverty is a war
        // on the poor"): only an organisation's or a place's head makes it a name.
        if last - first == 1 && !matches!(l, Label::Org | Label::Gpe | Label::Loc | Label::Fac) {
            continue;
        }
        let lower = lower.get_or_insert_with(|| doc.lower_words());
        if (first..last).all(|i| lower.contains(&doc.tok_text(i).to_lowercase())) {
            continue;
        }
        added.push(TypedMention::over(doc, first..last, l, CONFIDENCE));
    }
    if !relabel.is_empty() {
        for m in ms.iter_mut() {
            let Some(&to) = relabel.get(&(doc.slice(m.start, m.end), m.label)) else {
                continue;
            };
            if m.role.is_none() && !titled(doc, m, &mut buf) {
                m.label = to;
                m.country = None;
                m.capital_of = None;
            }
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn the_complements_head_types_the_subject_everywhere() {
        let got = names(
            "Tessaly Mart is a grocery chain founded in Gdansk. Tessaly Mart opened its first shop in 1994.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n == "Tessaly Mart")
                .all(|(_, l)| l == "ORG")
                && has(&got, "Tessaly Mart", "ORG"),
            "{got:?}"
        );
        let got = names("Orrendale was a small mining village in the hills. Orrendale grew.");
        assert!(has(&got, "Orrendale", "GPE"), "{got:?}");
    }

    #[test]
    fn an_uncovered_opening_run_takes_the_heads_label() {
        let got = names("The Brask Water is a narrow lake between two ridges.");
        assert!(
            got.iter()
                .any(|(n, l)| n.contains("Brask Water") && l == "LOC"),
            "{got:?}"
        );
    }

    #[test]
    fn no_frame_no_change() {
        // No listed head, a pronoun subject: nothing moves.
        let got = names("Tessaly Mart is a member of the group. It is a village.");
        assert!(!has(&got, "Tessaly Mart", "GPE"), "{got:?}");
        // The subject is the whole name, not the place inside it.
        let got = names("The Front in Ostravia was a militia of a few hundred fighters.");
        assert!(
            !got.iter().any(|(n, l)| n == "Ostravia" && l == "ORG"),
            "{got:?}"
        );
    }

    #[test]
    fn people_stay_people() {
        // A head of a person's kind never moves a name; a capitalised word inside a name
        // before the head is no head.
        for text in [
            "Anna Kell is a Bank of Ostravia economist. Anna Kell spoke first.",
            "Kell is a Church of Ostravia priest. Kell said so.",
            "Anna Kell is a village teacher. Anna Kell is a writer.",
        ] {
            let got = names(text);
            assert!(
                got.iter()
                    .filter(|(n, _)| n.contains("Kell"))
                    .all(|(_, l)| l == "PERSON")
                    && got.iter().any(|(n, _)| n.contains("Kell")),
                "{text}: {got:?}"
            );
        }
        // A titled name is a person whatever a namesake's sentence says.
        let got = names("Mr. Orlov Tarn spoke. Orlov Tarn is a grocery chain in the east.");
        assert!(has(&got, "Orlov Tarn", "PERSON"), "{got:?}");
    }

    #[test]
    fn every_predicate_noun_line_parses() {
        let words = crate::engine::lexicon::words::words();
        assert!(words.predicate_nouns.len() > 100);
        for line in &words.predicate_nouns {
            assert!(
                line.split_once(' ')
                    .and_then(|(_, l)| crate::engine::model::Label::parse(l.trim()))
                    .is_some(),
                "{line}"
            );
        }
        assert_eq!(super::heads().len(), words.predicate_nouns.len());
    }

    /// The runs the stage alone adds to a document with no mentions.
    fn added(text: &str) -> Vec<String> {
        let doc = crate::engine::text::Doc::new(text);
        let mut ms = Vec::new();
        super::retype(&doc, &mut ms);
        ms.iter()
            .map(|m| doc.slice(m.start, m.end).to_string())
            .collect()
    }

    #[test]
    fn common_words_capitalised_at_the_start_are_no_subject() {
        assert_eq!(
            added("Orlen Works was the largest firm on the quay. Men still call it home."),
            ["Orlen Works"]
        );
        assert!(
            added("Harbour Works was the largest firm on the quay. Men still call the harbour works home.")
                .is_empty()
        );
        assert!(added("It was a village. President Doe is a lawyer.").is_empty());
        // One word opening a sentence names something only by an organisation's or a place's
        // head.
        for text in [
            "Mathematics is the language of science.",
            "Poverty is a war on the poor.",
        ] {
            assert!(added(text).is_empty(), "{text}");
        }
        assert_eq!(added("Quorrin is a village in the hills."), ["Quorrin"]);
    }
}
