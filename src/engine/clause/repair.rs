//! Repairs of the tagger's output the chunker and clause splitter ask for: the verb of a
//! sentence the tagger gave none, a currency code taken for a verb, and the name an
//! apposition describes before its verb.
//!
//! Input: the document, its tagged words and word ranges. Output: word indices (into the
//! tagged words).

use super::{is, noun_ending_at, verb, Chunk, MAX_APPOSITION};
use crate::engine::pos::{Upos, Words};
use crate::engine::text::Doc;
use std::ops::Range;

/// "Tessaro Inc owns Brightline Labs", "The ministry on Friday blacklisted
/// Halden Capital", "The trawler kept unloading fish": in a sentence the tagger gave no
/// finite verb (an "-ing" word is not one) before its first relative clause (", which lifted
/// its sales": [`relative`](super::words) after a comma), the first lower-case "-s", "-ed" or
/// irregular past word tagged noun or adjective between a name or noun and a determiner, name,
/// number or "-ing" verb is its verb.
pub(super) fn verbless_verb(doc: &Doc, words: &Words, range: Range<usize>) -> Option<usize> {
    let text = |j: usize| &doc.text[words.at(j).start()..words.at(j).end()];
    let relative = &super::words::lists().relative;
    let end = (range.start + 1..range.end)
        .find(|&j| is(doc, &words.at(j - 1), &[","]) && is(doc, &words.at(j), relative))
        .unwrap_or(range.end);
    let range = range.start..end;
    let gerund = |j: usize| words.upos(j) == Upos::Verb && text(j).ends_with("ing");
    if range
        .clone()
        .any(|j| matches!(words.upos(j), Upos::Verb | Upos::Aux) && !gerund(j))
    {
        return None;
    }
    (range.start + 1..range.end.saturating_sub(1)).find(|&j| {
        let t = text(j);
        matches!(words.upos(j), Upos::Noun | Upos::Adj)
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && matches!(words.upos(j - 1), Upos::Propn | Upos::Noun)
            && (matches!(words.upos(j + 1), Upos::Det | Upos::Propn | Upos::Num) || gerund(j + 1))
            && (t.ends_with("ed")
                || (t.ends_with('s') && !t.ends_with("ss"))
                || verb::is_past_form(&t.to_lowercase(), false))
    })
}

/// "Vogt said the next trial begins in March", "told staff the plant reopens on Monday": in
/// the clause a reporting verb (`[complement_verbs]`) takes as its object, when the tagger gave
/// it no verb (no verb or auxiliary after the reporting verb in the sentence), a lower-case
/// "-s" form of a verb of schedules (`[schedule_verbs]`: "begins", "opens", "expires"; not any
/// "-s" word: "announced the tax cuts in March" holds a plural noun) tagged noun that ends a
/// noun group opened by a determiner or possessive, before a preposition, determiner, number,
/// name, adverb or "to", is the clause's verb. Without the repair the clause is the reporting
/// verb's, past, and "March" went back a year.
pub(super) fn complement_verb(doc: &Doc, words: &Words, range: Range<usize>) -> Option<usize> {
    let v = range
        .clone()
        .rev()
        .find(|&j| matches!(words.upos(j), Upos::Verb | Upos::Aux))?;
    let lists = super::words::lists();
    let lemma_in = |j: usize, list: &[&str]| {
        list.contains(&super::verb::lemma(&super::lower(doc, &words.at(j))).as_str())
    };
    if words.upos(v) != Upos::Verb || !lemma_in(v, &lists.complement_verbs) {
        return None;
    }
    // The noun group's opener: a determiner or a possessive, then only nouns, names,
    // adjectives and numbers up to the word.
    let mut opened = false;
    for j in v + 1..range.end.saturating_sub(1) {
        let t = &doc.text[words.at(j).start()..words.at(j).end()];
        if opened
            && words.upos(j) == Upos::Noun
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && t.ends_with('s')
            && matches!(words.upos(j - 1), Upos::Noun | Upos::Propn)
            && (matches!(
                words.upos(j + 1),
                Upos::Adp | Upos::Det | Upos::Num | Upos::Propn | Upos::Adv
            ) || is(doc, &words.at(j + 1), &["to"]))
            && lemma_in(j, &lists.schedule_verbs)
        {
            return Some(j);
        }
        opened = match words.upos(j) {
            Upos::Det => true,
            Upos::Pron => is(doc, &words.at(j), &lists.possessive),
            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num => opened,
            _ => false,
        };
    }
    None
}

/// "Halvard Dynamics already supplies drones": a lower-case "-s" word the tagger took for a
/// noun, right after an adverb that follows a name or noun and before a noun, article,
/// adjective or number, is a verb (an adverb does not open a noun group that goes on).
pub(super) fn verb_after_adverb(doc: &Doc, words: &Words, start: usize, j: usize) -> bool {
    let t = &doc.text[words.at(j).start()..words.at(j).end()];
    j >= start + 2
        && words.upos(j) == Upos::Noun
        && words.upos(j - 1) == Upos::Adv
        && matches!(words.upos(j - 2), Upos::Propn | Upos::Noun)
        && t.starts_with(|c: char| c.is_ascii_lowercase())
        && t.ends_with('s')
        && !t.ends_with("ss")
        && words
            .get(j + 1)
            .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Det | Upos::Adj | Upos::Num))
}

/// "was fined AED 4.5m", "froze CHF 120,000": a word of three capital letters the tagger took
/// for a verb, right before a number, is a currency code (the amount's unit), not a verb.
pub(super) fn currency_code(doc: &Doc, words: &Words, j: usize) -> bool {
    let t = &doc.text[words.at(j).start()..words.at(j).end()];
    words.upos(j) == Upos::Verb
        && t.len() == 3
        && t.bytes().all(|b| b.is_ascii_uppercase())
        && words
            .get(j + 1)
            .is_some_and(|n| doc.text[n.start()..n.end()].starts_with(|c: char| c.is_ascii_digit()))
}

/// "..., but ASML, the Dutch maker of lenses, has not shipped": when a comma
/// closes an apposition right before the verb group starting at word `v`, the
/// first word of the name it describes (a noun group ending in a name, right
/// before ", the/a ..."), after word `floor`: its word range. `chunks` are the groups
/// before the verb group. The other way round, "said its chief executive, Thomas Ellery,
/// will step down": a noun group ending in a common noun, a comma and a name closed by the
/// comma, the range from the description's first word to the name's last (the name its head).
pub(super) fn appositive_subject(
    doc: &Doc,
    words: &Words,
    chunks: &[(Chunk, Range<usize>)],
    v: usize,
    floor: usize,
) -> Option<Range<usize>> {
    let mut c = v;
    while c > floor && words.upos(c - 1) == Upos::Adv {
        c -= 1;
    }
    if c < floor + 2 || !is(doc, &words.at(c - 1), &[","]) {
        return None;
    }
    // The verb finite: "..., accusing them", "..., to run" is no clause of the name's.
    let vt = &doc.text[words.at(v).start()..words.at(v).end()];
    let finite = !vt.ends_with("ing") && !vt.eq_ignore_ascii_case("to");
    // Only a reported clause's subject: the description right after "that" or a reporting
    // verb ("said its chief executive, X, will"); after another verb it is that verb's object
    // ("Prosecutors who charged its former chief, X, said": X did not say it).
    let reported = |d: &Range<usize>| {
        d.start > 0 && {
            let w = &words.at(d.start - 1);
            let t = doc.text[w.start()..w.end()].to_lowercase();
            t == "that"
                || crate::engine::lexicon::words::words()
                    .speech_verbs
                    .contains(&t.as_str())
        }
    };
    let described = noun_ending_at(chunks, c - 1)
        .filter(|_| finite)
        .filter(|n| {
            n.start > floor + 1
                && (n.start..n.end).all(|j| words.upos(j) == Upos::Propn)
                && is(doc, &words.at(n.start - 1), &[","])
        })
        .and_then(|n| {
            noun_ending_at(chunks, n.start - 1)
                .filter(|d| d.start >= floor && words.upos(d.end - 1) == Upos::Noun && reported(d))
                .map(|d| d.start..n.end)
        });
    if described.is_some() {
        return described;
    }
    let open = (floor + 1..c - 1)
        .rev()
        .take(MAX_APPOSITION)
        .find(|&k| is(doc, &words.at(k), &[","]) && words.upos(k + 1) == Upos::Det)?;
    noun_ending_at(chunks, open)
        .filter(|r| r.start >= floor && words.upos(r.end - 1) == Upos::Propn)
        .cloned()
}

/// "X, which supplies drones to Y": right after a comma and a relative pronoun (`[relative]` of
/// `data/clause/words.txt`) the tagger read as one, a lower-case "-s" word it read as a plural
/// noun before a lower-case "-s" word it read as a verb is the verb, and the word after it the
/// plural noun ("supplies" and "drones" are both either, and the tagger swaps them there). The
/// two tags are exchanged, before the clauses are found (`engine::names_as_proper_nouns`).
pub fn retag_relative_verbs(doc: &Doc, words: &mut Words) {
    let plural = |w: &crate::engine::pos::Word| {
        let t = &doc.text[w.start()..w.end()];
        t.starts_with(|c: char| c.is_ascii_lowercase())
            && t.ends_with('s')
            && !["ss", "us", "is"].iter().any(|x| t.ends_with(x))
    };
    for j in 2..words.len().saturating_sub(1) {
        if words.upos(j) == Upos::Noun
            && words.upos(j + 1) == Upos::Verb
            && words.upos(j - 1) == Upos::Pron
            && is(doc, &words.at(j - 2), &[","])
            && is(doc, &words.at(j - 1), &super::words::lists().relative)
            && plural(&words.at(j))
            && plural(&words.at(j + 1))
        {
            words.set_upos(j, Upos::Verb);
            words.set_upos(j + 1, Upos::Noun);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::clause::{find, Tense};
    use crate::engine::pos;
    use crate::engine::text::Doc;

    /// The lemmas and tenses of `text`'s clauses.
    fn verbs(text: &str) -> Vec<(String, Tense)> {
        let doc = Doc::new(text);
        let words = pos::tag(&doc);
        find(&doc, &words)
            .iter()
            .map(|c| (c.verb.lemma.to_string(), c.verb.tense))
            .collect()
    }

    #[test]
    fn a_reported_clause_without_a_verb_gets_its_s_word() {
        // Texts written for this test. The tagger reads "begins", "opens" as plural nouns here.
        for (text, lemma) in [
            ("Mira Osk said the next trial begins in March.", "begin"),
            (
                "Mira Osk said that the next trial begins in March.",
                "begin",
            ),
            (
                "The council told parents the new school opens in March.",
                "open",
            ),
        ] {
            let got = verbs(text);
            assert!(
                got.iter().any(|(l, t)| l == lemma && *t == Tense::Present),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_object_or_a_clause_with_its_own_verb_is_left_alone() {
        for (text, noun) in [
            // Not a reporting verb: "parts" is the object's head.
            ("Kell Marine bought the steel parts in March.", "part"),
            // The reported clause has its verb ("ended"): "talks" is its subject.
            (
                "Officials said the trade talks in Tarnby ended in March.",
                "talk",
            ),
        ] {
            let got = verbs(text);
            assert!(!got.iter().any(|(l, _)| l == noun), "{text}: {got:?}");
        }
    }
}
