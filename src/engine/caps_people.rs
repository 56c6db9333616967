//! People's names written in capitals inside ordinary lines: the surnames of a court's opinion
//! ("KELLER filed a dissent, in which MORENO and PETERSEN joined") and a transcript's speakers
//! ("CASTILLO: The port reopens next week."). The tagger reads a word in capitals inside a mixed-case
//! sentence as an acronym or leaves it out; these frames say it is a person's name:
//! - a listed given name or surname opening its sentence before a speech verb or a verb in
//!   "-ed" ("KELLER filed", "MORENO said"), not before "it", and only where the document also
//!   writes it in a list of such words ("TESLA reported", "SWIFT declined" stay no people);
//! - a word after a title or an honorific ("JUSTICE KELLER", "Ms. RIVERA");
//! - a word the tagger already read as (the end of) a person's name ("Anna MORENO");
//! - a transcript's label before ":" opening a line: a listed name opening two lines or more
//!   ("MORENO: ..."), or a listed given name and a second word ("JOHN OKAFOR: ...");
//!
//! then every word of a list ("KELLER, MORENO and PETERSEN") holding one of those words, and
//! every other place the document writes one of them so.
//!
//! Input: the document and the typed mentions (text order, not overlapping). Output: the same,
//! with each such word (or speaker label) one PERSON mention in place of a mention over it
//! alone. A longer mention over it stays.
//! Architecture invariant: reads only the tokens, the lexicon's entries and the
//! `[speech_verbs]`, `[report_verbs]`, `[honorifics]` and `[speaker_roles]` of
//! `data/lexicons/context_words.txt`; adds PERSON mentions only over words in capitals inside
//! sentences that also hold lower-case words; never a listed country, capital, region,
//! nationality, acronym, title or stop word.

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{lexicon, with_lower_word};
use crate::engine::mention::{overlapping, replace_token_spans, TypedMention};
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_lower_word};
use crate::engine::text::{Doc, TokenKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// What the lexicons say of a word in capitals as a person's name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// A listed given name or surname (and nothing that rules it out).
    Name,
    /// Not listed.
    Unknown,
    /// A country, capital, region, nationality, acronym, title, stop word, currency,
    /// designator, a name known as no person, a city that is no listed name, a speaker's role.
    NotName,
}

/// Make the people's names in capitals PERSON mentions (see the module doc).
pub fn add(doc: &Doc, out: &mut Vec<TypedMention>) {
    let caps: Vec<usize> = (0..doc.tokens.len())
        .filter(|&k| caps_word(doc, k))
        .collect();
    if caps.is_empty() {
        return;
    }
    let mut mixed_sentences: Vec<Option<bool>> = vec![None; doc.sentences.len()];
    let mut mixed = |k: usize| {
        let s = doc.sentence_of(k) as usize;
        *mixed_sentences[s].get_or_insert_with(|| {
            doc.sentences[s]
                .tokens()
                .filter(|&i| is_lower_word(doc, i))
                .nth(1)
                .is_some()
        })
    };
    let caps: Vec<(usize, Listing)> = caps
        .into_iter()
        .filter(|&k| mixed(k))
        .map(|k| (k, listing(doc.tok_text(k))))
        .filter(|&(_, l)| l != Listing::NotName)
        .collect();
    if caps.is_empty() {
        return;
    }
    let speakers = speaker_labels(doc, &caps);
    let lists = lists(doc, &caps);
    let listed: FxHashSet<&str> = lists
        .iter()
        .flat_map(|r| caps[r.clone()].iter().map(|&(k, _)| doc.tok_text(k)))
        .collect();
    let mut seeds: FxHashSet<&str> = FxHashSet::default();
    for &(k, l) in &caps {
        let w = doc.tok_text(k);
        match person_frame(doc, k, l, out) {
            Frame::Person => {
                seeds.insert(w);
            }
            Frame::PersonInList if listed.contains(w) => {
                seeds.insert(w);
            }
            _ => {}
        }
    }
    for r in &speakers {
        seeds.extend(r.clone().map(|k| doc.tok_text(k)));
    }
    spread_over_lists(doc, &caps, &lists, &mut seeds);
    if seeds.is_empty() {
        return;
    }
    let in_labels: FxHashSet<usize> = speakers.iter().flat_map(|r| r.clone()).collect();
    let mut spans: Vec<Range<usize>> = speakers;
    for &(k, _) in &caps {
        if seeds.contains(doc.tok_text(k)) && !in_labels.contains(&k) {
            spans.push(k..k + 1);
        }
    }
    crate::sort::sort_by_key(&mut spans, |r| r.start);
    // A mention reaching outside the span (a full name, a firm's name) stays, and so does the
    // span's word then.
    spans.retain(|r| {
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        out[overlapping(out, start, end)]
            .iter()
            .all(|m| m.start >= start && m.end <= end)
    });
    if !spans.is_empty() {
        replace_token_spans(doc, out, spans, Label::Person);
    }
}

/// Token `k` is a word of three letters or more, all in capitals, with at most an apostrophe
/// or hyphen inside ("O'BRIEN"), and no dot ("U.S.").
fn caps_word(doc: &Doc, k: usize) -> bool {
    if doc.tokens[k].kind != TokenKind::Word {
        return false;
    }
    let w = doc.tok_text(k);
    w.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && is_all_caps(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
}

/// What the lexicons say of `w` as a person's name (see [`Listing`]).
fn listing(w: &str) -> Listing {
    if with_lower_word(w, |l| words().speaker_roles.contains(&l)) {
        return Listing::NotName;
    }
    let lx = lexicon();
    let mut buf = String::new();
    let Some(e) = lx.get_any(w, &mut buf) else {
        return Listing::Unknown;
    };
    let named = e.given || e.surname;
    let not_name = e.country.is_some()
        || e.capital.is_some()
        || e.region
        || e.demonym.is_some()
        || e.acronym
        || e.stop
        || e.title
        || e.title_start
        || e.currency
        || e.designator.is_some()
        || e.known.is_some_and(|(l, _)| l != Label::Person)
        || (e.city.is_some() && !named);
    if not_name {
        Listing::NotName
    } else if named {
        Listing::Name
    } else {
        Listing::Unknown
    }
}

/// What a frame around a word in capitals says of it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Nothing.
    None,
    /// A person's name.
    Person,
    /// A person's name if the document also writes the word in a list of such words: a listed
    /// name opening a sentence before a verb ("CASTILLO filed ..., in which KELLER and CASTILLO
    /// joined", but "WAGNER claimed control", "SWIFT declined to comment").
    PersonInList,
}

/// What a frame around token `k` (a word in capitals, [`Listing`] `l`) says of it: a listed
/// name opening its sentence or line before a speech verb or a verb in "-ed", a title or
/// honorific before it, or a person's mention of `out` ending on it say a person's name.
fn person_frame(doc: &Doc, k: usize, l: Listing, out: &[TypedMention]) -> Frame {
    let w = words();
    let opens = doc.is_sentence_start(k) || line_start(doc, k);
    // Four letters or more: a shorter word in capitals is more often a body's initials ("MAS
    // said").
    let long = doc.tok_text(k).chars().count() >= 4;
    if l == Listing::Name && long && opens && k + 1 < doc.tokens.len() && is_lower_word(doc, k + 1)
    {
        let verb = doc.tok_text(k + 1);
        // Not alone: a firm's name in capitals opens sentences before such verbs too ("WAGNER
        // claimed", "SWIFT declined", "BAYER said it"), so only a word the document also writes
        // in a list of such words ("in which KELLER and MORENO joined") is taken so.
        let it = doc
            .tokens
            .get(k + 2)
            .is_some_and(|_| matches!(doc.tok_text(k + 2), "it" | "its"));
        let verb_after = w.speech_verbs.contains(&verb)
            || w.report_verbs.contains(&verb)
            || (verb.len() > 4 && verb.ends_with("ed"));
        if verb_after && !it {
            return Frame::PersonInList;
        }
    }
    // "JUSTICE KELLER", "Ms. RIVERA", "Mr RIVERA".
    let mut before = k;
    if before > 0 && doc.tok_text(before - 1) == "." {
        before -= 1;
    }
    if before > 0 && doc.same_sentence(before - 1, k) {
        let t = doc.tok_text(before - 1);
        // A title before a listed name only ("OFFICIAL STATEMENT" is no person).
        let titled = with_lower_word(t, |lw| w.honorifics.contains(&lw))
            || (l == Listing::Name
                && lexicon()
                    .get_any(t, &mut String::new())
                    .is_some_and(|e| e.title || e.title_start));
        if titled {
            return Frame::Person;
        }
    }
    // "Anna MORENO": a person's name of two words or more ending on it (a lone word the
    // tagger read as a person is no evidence of its own).
    let at = doc.tokens[k].start();
    let named = out[overlapping(out, at, at + 1)]
        .iter()
        .any(|m| m.label == Label::Person && m.tokens.end == k + 1 && m.tokens.len() >= 2);
    if named {
        Frame::Person
    } else {
        Frame::None
    }
}

/// Whether token `k` opens its line (the text before it since the last line break is blank).
fn line_start(doc: &Doc, k: usize) -> bool {
    let from = if k == 0 { 0 } else { doc.tokens[k - 1].end() };
    k == 0 || doc.text[from..doc.tokens[k].start()].contains('\n')
}

/// The speaker labels of a transcript: a word in capitals opening a line before ":", each of
/// `caps` (so none ruled out), that is a listed name and opens two lines or more ("OKAFOR:"
/// twice), or a listed given name and a second word ("JOHN OKAFOR:"). An unlisted word is no
/// label ("PRESENTER:", "EXCLUSIVE:"). Token ranges in text order.
fn speaker_labels(doc: &Doc, caps: &[(usize, Listing)]) -> Vec<Range<usize>> {
    let listed = |k: usize| {
        caps.binary_search_by_key(&k, |&(i, _)| i)
            .ok()
            .map(|i| caps[i].1)
    };
    let mut labels: Vec<(Range<usize>, bool)> = Vec::new();
    let mut openings: FxHashMap<&str, usize> = FxHashMap::default();
    for &(k, l) in caps {
        if !line_start(doc, k) {
            continue;
        }
        let end = if listed(k + 1).is_some() {
            k + 2
        } else {
            k + 1
        };
        if end < doc.tokens.len() && doc.tok_text(end) == ":" {
            let named = end == k + 2
                && lexicon()
                    .get_any(doc.tok_text(k), &mut String::new())
                    .is_some_and(|e| e.given);
            if end == k + 1 && l == Listing::Name {
                *openings.entry(doc.tok_text(k)).or_default() += 1;
            }
            labels.push((k..end, named));
        }
    }
    labels
        .into_iter()
        .filter(|(r, named)| {
            *named || (r.len() == 1 && openings.get(doc.tok_text(r.start)).is_some_and(|&n| n >= 2))
        })
        .map(|(r, _)| r)
        .collect()
}

/// The lists of words in capitals ("KELLER, MORENO and PETERSEN": joined by ",", "and" or ",
/// and", in one sentence), as ranges of `caps` of two entries or more.
fn lists(doc: &Doc, caps: &[(usize, Listing)]) -> Vec<Range<usize>> {
    let mut lists: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for i in 1..=caps.len() {
        let joined = i < caps.len() && {
            let (a, b) = (caps[i - 1].0, caps[i].0);
            doc.same_sentence(a, b)
                && match b - a {
                    2 => matches!(doc.tok_text(a + 1), "," | "and"),
                    3 => doc.tok_text(a + 1) == "," && doc.tok_text(a + 2) == "and",
                    _ => false,
                }
        };
        if !joined {
            if i - from >= 2 {
                lists.push(from..i);
            }
            from = i;
        }
    }
    lists
}

/// Every word of a list of [`lists`] that holds a word of `seeds` joins `seeds`, and so on
/// through the lists sharing a word ("A, B" and "B, C": one group). One pass: the words are
/// grouped by union-find, then each group holding a seed is seeded whole.
fn spread_over_lists<'a>(
    doc: &Doc<'a>,
    caps: &[(usize, Listing)],
    lists: &[Range<usize>],
    seeds: &mut FxHashSet<&'a str>,
) {
    let mut id: FxHashMap<&'a str, usize> = FxHashMap::default();
    let mut parent: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for r in lists {
        let mut first: Option<usize> = None;
        for &(k, _) in &caps[r.clone()] {
            let next = id.len();
            let x = *id.entry(doc.tok_text(k)).or_insert(next);
            if x == parent.len() {
                parent.push(x);
            }
            match first {
                None => first = Some(x),
                Some(f) => {
                    let (a, b) = (root(&mut parent, f), root(&mut parent, x));
                    parent[b] = a;
                }
            }
        }
    }
    let seeded: FxHashSet<usize> = seeds
        .iter()
        .filter_map(|w| id.get(w).copied())
        .map(|x| root(&mut parent, x))
        .collect();
    for (&w, &x) in &id {
        if seeded.contains(&root(&mut parent, x)) {
            seeds.insert(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn surnames_in_capitals_in_an_opinion_are_people() {
        let text = "The court ruled 5-4 on Tuesday. KELLER delivered the opinion of the court, \
                    in which MORENO, PETERSEN, and DUPREE joined. CASTILLO filed a dissenting \
                    opinion, in which WALSH and KELLER joined, and in which DUPREE and CASTILLO joined in part. PETERSEN filed a concurring opinion.";
        let got = names(text);
        for n in ["MORENO", "PETERSEN", "DUPREE", "CASTILLO", "WALSH"] {
            assert!(has(&got, n, "PERSON"), "{n}: {got:?}");
        }
        // A firm's name in capitals opening a sentence stays no person's.
        let got = names(
            "The bank said SWIFT had cut off two lenders. SWIFT said it would comply. WAGNER \
             claimed control of the town on Monday.",
        );
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        let got = names("The bank said SWIFT had cut off two lenders. SWIFT declined to comment.");
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        // Acronyms, countries and capitals in capitals stay what they are.
        let got =
            names("The NATO summit opened in Riga. Officials of FRANCE and ITALY said little.");
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
    }

    #[test]
    fn a_transcripts_speakers_are_people_but_not_its_roles() {
        let text = "Transcript of the interview, recorded on Friday.\nINTERVIEWER: What did \
                    the minister tell you?\nCASTILLO: She said the port would reopen next \
                    week.\nINTERVIEWER: And the unions?\nCASTILLO: They were not consulted.";
        let got = names(text);
        assert!(has(&got, "CASTILLO", "PERSON"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "INTERVIEWER"), "{got:?}");
        // An unlisted label is no name, however often it opens a line.
        let got = names(
            "PRESENTER: Good evening.\nGUEST: Thank you.\nPRESENTER: Why now?\nGUEST: The \
             port shut.\nEXCLUSIVE: Tankers moved oil.\nEXCLUSIVE: Ports were closed.",
        );
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        // One label that opens one line only, and is no listed name, is no name.
        let got = names("WARNING: The port reopened on Monday after the strike ended.");
        assert!(!got.iter().any(|(t, _)| t == "WARNING"), "{got:?}");
    }
}
