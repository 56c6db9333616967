//! Bodies' names the tagger reads in pieces, joined after it: two halves around "and" whose
//! designator ends the second ("U.S. Food and Drug Administration", "Fish and Wildlife
//! Service"), a common noun's possessive opening the name ("People's Bank of China"), a
//! title word opening a firm's ("General Electric", cut by the rules as an office), and two
//! sector words joined by "and" ("Pacific Gas and Electric").
//!
//! Input: the document and the names after reconciling (text order, non-overlapping). Output:
//! the same list with those names widened over their first half (the pieces inside it
//! dropped), still in text order. One pass over the names, a bounded look-back from each.
//!
//! The reverse too, on the tagger's spans before they become names: a span run on past the
//! period of an abbreviated designator into the next sentence ("Northgate Minerals Corp.
//! Northgate acquired ...", where the tokenizer keeps "Corp." from ending the sentence) is cut
//! there.
//! Read after the tagger (so `ner.bin` and its training do not depend on it).
//!
//! Architecture invariant: reads the document, the lexicons and the word lists only; no other
//! stage of `typing` is imported.

use crate::engine::lexicon::words::{is_org_suffix, words};
use crate::engine::lexicon::{with_lower_word, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// At most this many words in either half ("Alcohol, Tobacco, Firearms and Explosives" is
/// left as found).
const HALF_WORDS: usize = 3;

/// Is the word (without a possessive) a name on its own, or a designator: a listed place,
/// nationality, given name, known name or any designator ("Microsoft and Alphabet Inc." are
/// two firms; so are "Acme Ltd and ..."). Not a surname: the list holds common words ("Fish",
/// "Human").
fn listed(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    lx.get_any(&w[..w.len() - possessive_len(w)], buf)
        .is_some_and(|e| {
            e.designator.is_some()
                || e.known.is_some()
                || e.country.is_some()
                || e.city.is_some()
                || e.capital.is_some()
                || e.demonym.is_some()
                || e.region
                || e.given
        })
}

/// Is the word an organisation's designator that may end a name (`designators.tsv`, S or B)
/// and no company's legal form ("KeyCorp and Banc One Corp." are two firms)?
fn body_end(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    !is_org_suffix(w) && org_last_word(lx, w, buf)
}

/// Is the word an organisation's designator that may end a name (`designators.tsv`, S or B)?
fn org_last_word(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    lx.get_any(w, buf)
        .and_then(|e| e.designator)
        .is_some_and(|(l, p)| l == Label::Org && p.suffix())
}

/// Does the word end firms' names: an organisation designator (`designators.tsv`, S or B) or a
/// `[sector_words]` entry ("Electric", "Motors")?
fn firm_end(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    let w = &w[..w.len() - possessive_len(w)];
    org_last_word(lx, w, buf) || with_lower_word(w, |l| words().sector_words.contains(&l))
}

/// The names in `ms` widened over a first half before "and" and over a common noun's
/// possessive before them (see the module docs). A second half is an ORG of one to
/// [`HALF_WORDS`] capitalised words ending in [`body_end`], its first word not [`listed`]; the
/// first half is one to [`HALF_WORDS`] capitalised words in the same sentence after "the",
/// ending just before "and", its last word not [`listed`] and no possessive (a body's name takes
/// "the"; two firms' names seldom do: "from Norinco and Elbit Systems"). A possessive opener is a capitalised word whose stem is a stop word
/// (`stopwords.txt`: "People's", "Women's") right before an ORG of two words or more holding a
/// designator (not "Tomorrow's Times"). A title, before a one-word
/// PERSON or ORG that ends firms' names ([`firm_end`]), opens that firm's name ("General
/// Electric"). Every name widened is an ORG.
pub(super) fn join_halves(doc: &Doc, lx: &Lexicon, ms: &mut Vec<TypedMention>, buf: &mut String) {
    // Built anew (not drained in place), so that many joins stay linear.
    let mut out: Vec<TypedMention> = Vec::with_capacity(ms.len());
    for mut m in std::mem::take(ms) {
        let first = m.tokens.start;
        let cap = |i: usize| {
            doc.tokens[i].kind == TokenKind::Word
                && doc.same_sentence(i, first)
                && is_capitalised(doc.tok_text(i))
        };
        let mut start = first;
        let second_half = m.label == Label::Org
            && m.tokens.len() <= HALF_WORDS
            && first >= 2
            && doc.tok_text(first - 1) == "and"
            && doc.same_sentence(first - 1, first)
            && body_end(lx, doc.tok_text(m.tokens.end - 1), buf)
            && !listed(lx, doc.tok_text(first), buf);
        if second_half && cap(first - 2) {
            let last = doc.tok_text(first - 2);
            if possessive_len(last) == 0 && !listed(lx, last, buf) {
                let mut s = first - 2;
                while s > 0 && first - 1 - s < HALF_WORDS && cap(s - 1) && !doc.is_sentence_start(s)
                {
                    s -= 1;
                }
                let longer = s > 0 && !doc.is_sentence_start(s) && cap(s - 1);
                // "The Fish and Wildlife Service": the article opening the sentence stays out.
                if doc.tok_text(s) == "The" && s + 2 < first {
                    s += 1;
                }
                // A body's name takes "the"; two firms' names seldom do ("from Norinco and
                // Elbit Systems", "designated Calvex Trading and Dunmere Logistics").
                let the = s > 0 && doc.tok_text(s - 1).eq_ignore_ascii_case("the");
                if !longer && the {
                    start = s;
                }
            }
        }
        // "People's Bank of China": a common noun's possessive opens the name.
        if m.label == Label::Org
            && m.tokens.len() >= 2
            && start == first
            && first >= 1
            && cap(first - 1)
        {
            let w = doc.tok_text(first - 1);
            let stem = &w[..w.len() - possessive_len(w)];
            let designated = m.tokens.clone().any(|i| {
                lx.get_any(doc.tok_text(i), buf)
                    .and_then(|e| e.designator)
                    .is_some_and(|(l, _)| l == Label::Org)
            });
            if possessive_len(w) > 0 && designated && lx.get_any(stem, buf).is_some_and(|e| e.stop)
            {
                start = first - 1;
            }
        }
        // "General Electric": a title before a firm's last word alone is the firm's first word
        // (the rules cut the title off as a person's office).
        let titled_firm = start == first
            && m.tokens.len() == 1
            && matches!(m.label, Label::Person | Label::Org)
            && first >= 1
            && cap(first - 1)
            && lx
                .get_any(doc.tok_text(first - 1), buf)
                .is_some_and(|e| e.title || e.title_start)
            && firm_end(lx, doc.tok_text(first), buf);
        if titled_firm {
            start = first - 1;
        }
        // "Pacific Gas and Electric": a firm ending in a sector word, "and", and one more
        // sector word alone is one firm's name, not a firm and a person.
        let sector_pair = start == first
            && m.tokens.len() == 1
            && matches!(
                m.label,
                Label::Org | Label::Person | Label::Gpe | Label::Loc
            )
            && first >= 2
            && doc.tok_text(first - 1) == "and"
            && doc.same_sentence(first - 1, first)
            && firm_end(lx, doc.tok_text(first), buf)
            && out.last().is_some_and(|p| {
                matches!(
                    p.label,
                    Label::Org | Label::Person | Label::Gpe | Label::Loc
                ) && p.tokens.len() <= HALF_WORDS
                    && p.tokens.end == first - 1
                    && firm_end(lx, doc.tok_text(first - 2), buf)
            });
        if sector_pair {
            start = out.last().map_or(first, |p| p.tokens.start);
        }
        if start == first {
            out.push(m);
            continue;
        }
        // Drop the pieces the tagger found inside the first half ("U.S." of "U.S. Food").
        let from = doc.tokens[start].start();
        while out.last().is_some_and(|p| p.end > from) {
            out.pop();
        }
        m.start = from;
        m.tokens.start = start;
        m.label = Label::Org;
        m.role = None;
        m.country = None;
        m.capital_of = None;
        out.push(m);
    }
    widen_over_sector_pair(doc, lx, &mut out, buf);
    *ms = out;
}

/// "Lakeland Gas and Electric" where no mention covers "Electric": a name of up to
/// [`HALF_WORDS`] words ending in a sector word, then "and" and one more capitalised sector
/// word that ends the name (no capitalised word after it) is one firm. `ms` in text order.
fn widen_over_sector_pair(doc: &Doc, lx: &Lexicon, ms: &mut [TypedMention], buf: &mut String) {
    for k in 0..ms.len() {
        let m = &ms[k];
        let (first, end) = (m.tokens.start, m.tokens.end);
        let second = end + 1;
        let fits = matches!(
            m.label,
            Label::Org | Label::Person | Label::Gpe | Label::Loc
        ) && m.tokens.len() <= HALF_WORDS
            && second < doc.tokens.len()
            && doc.tok_text(end) == "and"
            && doc.same_sentence(first, second)
            && doc.tokens[second].kind == TokenKind::Word
            && is_capitalised(doc.tok_text(second))
            && !is_all_caps(doc.tok_text(second))
            && firm_end(lx, doc.tok_text(end - 1), buf)
            && firm_end(lx, doc.tok_text(second), buf)
            && ms
                .get(k + 1)
                .is_none_or(|n| n.start >= doc.tokens[second].end())
            && doc.tokens.get(second + 1).is_none_or(|t| {
                !doc.same_sentence(second, second + 1)
                    || t.kind != TokenKind::Word
                    || !is_capitalised(doc.tok_text(second + 1))
            });
        if fits {
            let m = &mut ms[k];
            m.end = doc.tokens[second].end();
            m.tokens.end = second + 1;
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
}

/// The tagger's `spans` (token ranges in text order, with their class) cut after an abbreviated
/// designator and its period when a capitalised word follows inside the span: that word opens
/// the next sentence ("Northgate Minerals Corp. | Northgate acquired ..."). In text order.
pub(super) fn cut_after_designator_dot<C: Copy>(
    doc: &Doc,
    spans: &[(Range<usize>, C)],
) -> Vec<(Range<usize>, C)> {
    let abbreviated = &words().abbreviated_designators;
    let mut out = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut start = range.start;
        for k in range.start + 1..range.end.saturating_sub(1) {
            if doc.tok_text(k) == "."
                && abbreviated.contains(&doc.tok_text(k - 1))
                && is_capitalised(doc.tok_text(k + 1))
                && k > start
            {
                out.push((start..k, *class));
                start = k + 1;
            }
        }
        out.push((start..range.end, *class));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    /// The names after [`join_halves`], given mentions over the last occurrence of each first
    /// word, with the number of tokens and the label.
    fn run(text: &str, given: &[(&str, usize, Label)]) -> Vec<(String, Label)> {
        let doc = Doc::new(text);
        let mut ms: Vec<TypedMention> = given
            .iter()
            .map(|&(w, len, label)| {
                let i = (0..doc.tokens.len())
                    .rfind(|&i| doc.tok_text(i) == w)
                    .unwrap();
                TypedMention::over(&doc, i..i + len, label, 0.8)
            })
            .collect();
        crate::sort::sort_by_key(&mut ms, |m| m.start);
        join_halves(&doc, lexicon(), &mut ms, &mut String::new());
        ms.iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    fn org(s: &str) -> (String, Label) {
        (s.to_string(), Label::Org)
    }

    #[test]
    fn two_halves_of_a_body_around_and_are_one_name() {
        assert_eq!(
            run(
                "Officials at the U.S. Food and Drug Administration agreed.",
                &[("U.S.", 1, Label::Gpe), ("Drug", 2, Label::Org)]
            ),
            [org("U.S. Food and Drug Administration")]
        );
        assert_eq!(
            run(
                "The Fish and Wildlife Service agreed.",
                &[("Wildlife", 2, Label::Org)]
            ),
            [org("Fish and Wildlife Service")]
        );
    }

    #[test]
    fn two_bodies_or_a_longer_run_stay_apart() {
        // A listed firm, a legal form, a listed first word after "and", no capital before.
        for (text, given) in [
            ("Microsoft and Brennholt Services agreed.", ("Brennholt", 2)),
            ("Varnholt and Brennholt Ltd agreed.", ("Brennholt", 2)),
            ("Cotton and Germany Agency agreed.", ("Germany", 2)),
            ("He agreed and Brennholt Services paid.", ("Brennholt", 2)),
            (
                "Drones came from Varnholt and Brennholt Systems.",
                ("Brennholt", 2),
            ),
            (
                "The Old Mill Yard Works and Brennholt Services paid.",
                ("Brennholt", 2),
            ),
        ] {
            let got = run(text, &[(given.0, given.1, Label::Org)]);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(!got[0].0.contains(" and "), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_common_nouns_possessive_opens_a_bodys_name() {
        assert_eq!(
            run(
                "The People's Bank of China cut rates.",
                &[("Bank", 3, Label::Org)]
            ),
            [org("People's Bank of China")]
        );
        // A place's possessive, or no designator in the name, stays out.
        assert_eq!(
            run(
                "China's Bank of Communications rose.",
                &[("Bank", 3, Label::Org)]
            ),
            [org("Bank of Communications")]
        );
        assert_eq!(
            run(
                "The People's Brennholt rose.",
                &[("Brennholt", 1, Label::Org)]
            ),
            [org("Brennholt")]
        );
    }

    #[test]
    fn a_span_run_past_a_designators_period_into_the_next_sentence_is_cut() {
        let text = "It belongs to Ostrander Minerals Corp. Ostrander bought it.";
        let doc = Doc::new(text);
        let first = (0..doc.tokens.len())
            .find(|&i| doc.tok_text(i) == "Ostrander")
            .unwrap();
        let spans = [(first..first + 5, ())];
        let got: Vec<&str> = cut_after_designator_dot(&doc, &spans)
            .iter()
            .map(|(r, _)| doc.slice(doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
            .collect();
        assert_eq!(got, ["Ostrander Minerals Corp", "Ostrander"]);
        // "John F. Kennedy": an initial's period is no designator's.
        let doc = Doc::new("We met John F. Kennedy there.");
        let spans = [(2..doc.tokens.len() - 2, ())];
        assert_eq!(cut_after_designator_dot(&doc, &spans).len(), 1);
    }

    #[test]
    fn a_possessive_before_a_one_word_name_stays_out() {
        assert_eq!(
            run("Tomorrow's Times will say so.", &[("Times", 1, Label::Org)]),
            [org("Times")]
        );
    }

    #[test]
    fn a_title_before_a_firms_last_word_opens_the_firm() {
        assert_eq!(
            run(
                "Shares of General Electric rose.",
                &[("Electric", 1, Label::Person)]
            ),
            [org("General Electric")]
        );
        // A person's office stays outside the name.
        assert_eq!(
            run(
                "Later General Brennholt spoke.",
                &[("Brennholt", 1, Label::Person)]
            ),
            [("Brennholt".to_string(), Label::Person)]
        );
    }
}
