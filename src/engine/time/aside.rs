//! Asides: background set off after a noun, whose dates are not the time the story is at.
//!
//! "Kell Tooling, founded in 1990, said on 2 May that ...": 1990 dates the founding, a fact
//! about the firm told in passing; the narrative's reference time is still the one its main
//! clauses stated (Reichenbach's R). A comparison's standard in the main clause counts from
//! the main clause's time even when the main clause states no date ("Kell Tooling, founded in
//! 1990, said revenue rose 12% from a year earlier" is a year before the document date, not
//! 1989: [`standard`]). An aside opens after a comma or an opening bracket with
//! - an `aside` word of `data/time/tense.txt` ("which", "who", "whose", "born"),
//! - a past participle with no auxiliary, followed by a lower-case word that is no determiner
//!   (", built in 1890 by", not ", said the minister"), or
//! - "a"/"an" and a noun group of at most [`MAX_APPOSITION_WORDS`] words before such a
//!   participle (", a toolmaker founded in 1990,"),
//!
//! and runs to the next comma, semicolon, bracket, dash or the sentence's end; the comma that
//! closes it opens no other (the verb after it is the main clause's), and a participle is an
//! aside's only with a verb before or after the aside (else it is the main verb: "The mill, the
//! town's oldest, closed in 2004"). The participle's
//! word before the comma must be a word, not a number or a time word ("left on 3 March, arrived
//! in Oslo" is a second act of the story, not an aside).
//!
//! Input: one sentence of a [`Doc`]. Output: the asides' byte spans, in text order. The time
//! loop ([`super::extract_with_dateline`]) counts an expression inside one from the aside's own
//! date when it stated one before it ("founded in 1990 and sold two years later"), and its dates
//! never move the story's reference time.

use super::calendar::Ymd;
use super::tense_words::{kind, kinds_of, lower};
use super::value::TimeValue;
use crate::engine::text::{Doc, TokenKind};

/// Most words of an apposition's noun group between "a"/"an" and its participle ("a family
/// toolmaker founded in").
const MAX_APPOSITION_WORDS: usize = 4;

/// Whether `w` (lower case) is a past participle by form: a regular "-ed" word or a `past`
/// word, not a `notpast` one ("need"), and no `report` verb of the time names ("said").
fn participle(w: &str) -> bool {
    let k = kinds_of(w);
    let regular = w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase());
    k & kind::NOT_PAST == 0
        && (k & kind::PAST != 0 || regular)
        && !super::names::words().report.iter().any(|r| r == w)
}

/// Whether `w` ends an aside: a comma, semicolon, bracket or dash.
fn closes(w: &str) -> bool {
    matches!(w, "," | ";" | "(" | ")" | "—" | "–" | ":")
}

/// The asides of sentence `s` of `doc`, as byte spans (see the module doc).
pub fn asides(doc: &Doc, s: usize) -> Vec<(usize, usize)> {
    let Some(sent) = doc.sentences.get(s) else {
        return Vec::new();
    };
    let toks = doc.tokens.get(sent.tokens()).unwrap_or(&[]);
    let word = |i: usize| toks.get(i).map(|t| lower(doc.slice(t.start(), t.end())));
    let is_word = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind != TokenKind::Punct
                && doc
                    .slice(t.start(), t.end())
                    .starts_with(|c: char| c.is_alphabetic())
                && super::tables::tables()
                    .id(&lower(doc.slice(t.start(), t.end())))
                    .is_none()
        })
    };
    // A participle at token `p` heading an aside: a lower-case word after it that is no
    // determiner.
    let heads = |p: usize| {
        word(p).is_some_and(|w| participle(&w))
            && word(p + 1).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase()) && kinds_of(&n) & kind::DET == 0
            })
    };
    // A finite verb by form: a tense word of `data/time/tense.txt` or a regular "-ed" word.
    let verb = |j: usize| {
        word(j).is_some_and(|w| {
            kinds_of(&w) & (kind::PAST | kind::PRESENT | kind::FUTURE | kind::PERFECT) != 0
                || participle(&w)
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        if i == 0 || !word(i).is_some_and(|w| w == "," || w == "(") {
            i += 1;
            continue;
        }
        let first = word(i + 1).unwrap_or_default();
        let end = (i + 1..toks.len())
            .find(|&j| word(j).is_some_and(|w| closes(&w)))
            .unwrap_or(toks.len());
        // A participle is the sentence's main verb unless a verb stands before the aside or
        // after it: "The mill, the town's oldest, closed in 2004" has none but "closed".
        let beside = (0..i).any(verb) || (end..toks.len()).any(verb);
        let participial = (is_word(i - 1) && heads(i + 1))
            || (matches!(first.as_ref(), "a" | "an")
                && (i + 3..=i + 2 + MAX_APPOSITION_WORDS)
                    .any(|p| heads(p) && (i + 2..p).all(|q| word(q).is_some_and(|w| !closes(&w)))));
        let aside = kinds_of(&first) & kind::ASIDE != 0 || participial && beside;
        if !aside {
            i += 1;
            continue;
        }
        if let (Some(a), Some(b)) = (toks.get(i + 1), toks.get(end - 1)) {
            out.push((a.start(), b.end()));
        }
        // The comma closing an aside opens none: the verb after it is the main clause's
        // ("Kell, which makes drills, reported a loss").
        i = end + 1;
    }
    out
}

/// Whether a main clause that stated no date of its own before an expression counts it from
/// the date `aside` an aside of its sentence stated: when the story stated no date yet
/// (`story`, the time it is at: "Smith, who was arrested on 3 March, appeared in court two
/// days later" is 5 March, not two days after the document date), or when the aside's date is
/// no earlier than the story's, so it is the story's latest event rather than background ("In
/// 2022 ... The printer, founded in 1985, said sales were up from a year earlier" is 2021).
pub fn anchors(aside: TimeValue, story: Option<TimeValue>) -> bool {
    match (aside.span(), story.map(TimeValue::span)) {
        (_, None | Some(None)) => true,
        (Some(a), Some(Some(s))) => a.start >= s.start,
        (None, Some(Some(_))) => false,
    }
}

/// Whether value `v` starts after the document date `dct`.
pub fn after(v: Option<TimeValue>, dct: Option<Ymd>) -> bool {
    let day = dct.and_then(|d| TimeValue::day(d).span());
    match (v.and_then(TimeValue::span), day) {
        (Some(v), Some(d)) => v.start > d.start,
        _ => false,
    }
}

/// Whether match `m` is a count back right after a `comparison` word of
/// `data/time/names.txt` ("from a year earlier", "than the year before"): the standard of the
/// main clause's figure, which counts from the main clause's time, never from an aside's date.
pub fn standard(text: &str, m: &super::matcher::Match) -> bool {
    if m.rule.action != super::tables::Action::Anaphor || super::norm::int_arg(m) >= 0 {
        return false;
    }
    let prev = crate::engine::text::before(text, m.start)
        .split_whitespace()
        .next_back()
        .map(lower)
        .unwrap_or_default();
    super::names::words().comparison.iter().any(|w| *w == prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        asides(&doc, 0)
            .into_iter()
            .map(|(a, b)| text.get(a..b).unwrap_or(""))
            .collect()
    }

    #[test]
    fn background_after_a_noun_is_an_aside() {
        assert_eq!(
            spans("Dunmore Glass, founded in 1971, said sales fell."),
            ["founded in 1971"]
        );
        assert_eq!(
            spans("The chapel, which was rebuilt in 1802, reopened."),
            ["which was rebuilt in 1802"]
        );
        assert_eq!(
            spans("Its founder, born in 1948 in Cork, retired."),
            ["born in 1948 in Cork"]
        );
        assert_eq!(
            spans("Brava, a ferry line started in 1996, cut fares."),
            ["a ferry line started in 1996"]
        );
    }

    #[test]
    fn a_second_act_or_a_report_is_no_aside() {
        assert!(spans("The barge left Ghent on 3 May, arrived in Lille on 6 May.").is_empty());
        assert!(spans("Prices rose in May, the agency said on Monday.").is_empty());
        assert!(spans("The mill, the town's oldest, closed in 2004.").is_empty());
        assert_eq!(
            spans("Vang Oy, which makes pumps, reported third-quarter profit."),
            ["which makes pumps"]
        );
    }
}
