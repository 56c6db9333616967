//! Which time expressions date no event of their clause (split from `events/mod.rs` along
//! this seam, outputs unchanged): a modifier joined by a hyphen or a dateline
//! ([`not_the_events_time`]), a reported period written as its noun's modifier, the date of
//! an infinitive of purpose after a done act, the date of a report whose reported clause
//! states its own.
//!
//! Input: [`Inputs`] and the time expressions (byte offsets). Output: yes or no per
//! expression.

use super::draft::Inputs;
use super::plan;
use super::standard;
use super::window::tok_range;
use super::words;
use crate::engine::clause;
use crate::engine::model::TimexType;
use crate::engine::pos::Upos;
use crate::engine::time::TimexDraft;

/// A time expression that does not date its clause's event: a modifier
/// joined by a hyphen ("a 2004-built tanker", "a 1990s-era law") says when
/// a thing was made, and a dateline ("WASHINGTON, April 12, 2024 — ...")
/// dates the document. The clause then takes its next expression ("last
/// Tuesday", "on Thursday"); a dateline with no other date in its sentence
/// still dates it. `sentence` (start, end) and the drafts' offsets are bytes.
pub(crate) fn not_the_events_time(
    text: &str,
    sentence: (usize, usize),
    timexes: &[TimexDraft],
    ti: usize,
) -> bool {
    let Some(t) = timexes.get(ti) else {
        return false;
    };
    let after = text.get(t.end..).unwrap_or("");
    let mut rest = after.chars();
    if rest.next() == Some('-') && rest.next().is_some_and(char::is_alphabetic) {
        return true;
    }
    // "Groupe Rhôval, now led by Yannick Perrot, said", "with Kuwait now ``annexed,''": a
    // state of the name, no event.
    let mut next = after.split_whitespace();
    // A participle closed by a comma or quote; "he now believed Howes had been killed" is a
    // finite verb.
    let participle = next.next().is_some_and(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        bare.len() > 4 && bare.ends_with("ed") && !w.ends_with(bare)
    });
    if t.value == "PRESENT_REF" && (participle || next.next().is_some_and(|w| w == "by")) {
        return true;
    }
    // "the agreement dated May 14, 2021": the date of a thing the clause names.
    let before_all = crate::engine::text::before(text, t.start).trim_end();
    let prev = before_all.rsplit(char::is_whitespace).next().unwrap_or("");
    if words::lists()
        .noun_dates
        .iter()
        .any(|w| w.eq_ignore_ascii_case(prev))
    {
        return true;
    }
    // A dateline: only capitalised words ("WASHINGTON,", "CUPERTINO, California,",
    // "NEW YORK (AP) ") before the date at the sentence start, and a dash after it,
    // maybe after the agency in brackets ("June 7 (Newswire) -").
    let before = text.get(sentence.0..t.start).unwrap_or("");
    let dated_later = timexes
        .get(ti + 1)
        .is_some_and(|n| n.end <= sentence.1 && n.kind == TimexType::Date);
    let mut tail = after;
    if after.trim_start().starts_with('(') {
        tail = after
            .find(')')
            .and_then(|i| after.get(i + 1..))
            .unwrap_or(after);
    }
    let dash = tail.trim_start().starts_with(['—', '–'])
        || tail.trim_start().starts_with("--")
        || tail.starts_with(" - ");
    // "NEW YORK (Reuters) -": the agency in brackets may be in lower case.
    let mut depth = 0usize;
    let mut word_start = true;
    let lower = before.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let opens_lower = depth == 0 && word_start && c.is_lowercase();
        word_start = c.is_whitespace();
        opens_lower
    });
    dash && dated_later && !lower
}

/// A period a figure is reported for, written as a modifier of its noun ("will publish
/// its second-quarter results on July 19", "reported a fall in third-quarter revenue on
/// Thursday", "its full-year forecast"): not when the clause's event happens, when the
/// clause states another date after it. `ti` indexes `timexes` (byte offsets).
pub(super) fn reported_period(inp: &Inputs, timexes: &[TimexDraft], ti: usize) -> bool {
    use crate::engine::time::value::{parse_value, TimeValue};
    let Some(t) = timexes.get(ti) else {
        return false;
    };
    let period = matches!(
        parse_value(&t.value),
        Some(TimeValue::Quarter { .. } | TimeValue::Half { .. } | TimeValue::Year(_))
    );
    if t.kind != TimexType::Date || !period {
        return false;
    }
    // The next word, after a space only, is a noun or adjective of the same phrase.
    let k = inp.words.partition_point(|w| w.start() < t.end);
    let modifier = inp.words.get(k).is_some_and(|w| {
        matches!(w.upos, Upos::Noun | Upos::Adj)
            && inp
                .doc
                .text
                .get(t.end..w.start())
                .is_some_and(|gap| gap == " ")
    });
    let Some(c) = clause::containing(inp.clauses, inp.words, t.start) else {
        return false;
    };
    let later = timexes.get(ti + 1).is_some_and(|n| {
        matches!(n.kind, TimexType::Date | TimexType::Time) && n.end <= c.span(inp.words).1
    });
    modifier && later
}

/// Whether expression `t` dates the infinitive after an object in a clause whose act is
/// done, a date after the document's ("has awarded a contract to Arianespace to launch
/// satellites between 2028 and 2030"): what is to happen, not the award, which cannot lie
/// ahead. The infinitive ("to" and a verb) holds `t`, with a noun between the clause's verb
/// and "to" (not "were unable to locate him on Friday"), and the clause tells no plan ("plans
/// to open a plant in March" is dated by March). "ordered 40,000 people to leave on Saturday"
/// keeps Saturday, a past day, as the order's date.
pub(super) fn purpose_infinitives_date(inp: &Inputs, t: &TimexDraft) -> bool {
    let (words, text, at) = (inp.words, inp.doc.text, t.start);
    // Years compare as text: both are four digits ("2028" > "2026").
    let ahead = inp
        .dct
        .and_then(|d| d.get(..4))
        .zip(t.value.get(..4))
        .is_some_and(|(d, v)| v.bytes().all(|b| b.is_ascii_digit()) && v > d);
    if !ahead {
        return false;
    }
    let is_to = |k: usize| {
        words
            .get(k)
            .and_then(|w| text.get(w.start()..w.end()))
            .is_some_and(|t| t.eq_ignore_ascii_case("to"))
    };
    // The nearest "to" and a verb before the expression, in its sentence.
    let end = words.partition_point(|w| w.start() < at);
    let Some(to) = (end.saturating_sub(MAX_INFINITIVE_REACH)..end)
        .rev()
        .find(|&k| {
            is_to(k)
                && words.get(k + 1).is_some_and(|n| n.upos == Upos::Verb)
                && words.get(k).is_some_and(|w| {
                    let (kw, _) = tok_range(inp.doc, w.start(), w.end());
                    inp.doc.same_sentence(kw, tok_range(inp.doc, at, at + 1).0)
                })
        })
    else {
        return false;
    };
    // The expression is in the infinitive's clause ("..., the agency said on Monday" is not).
    let here = clause::containing(inp.clauses, words, at).map(|c| c.span(words));
    let verb = words.get(to + 1).map(|w| w.start());
    let of_verb =
        verb.and_then(|v| clause::containing(inp.clauses, words, v).map(|c| c.span(words)));
    if here.is_none() || here != of_verb {
        return false;
    }
    let Some(before) = to.checked_sub(1).and_then(|k| words.get(k)) else {
        return false;
    };
    let Some(c) = clause::containing(inp.clauses, words, before.start()) else {
        return false;
    };
    let (_, verb_end) = c.verb.span(words);
    if verb_end > before.start() || plan::planned(text, words, c) {
        return false;
    }
    let first = words.partition_point(|w| w.start() < verb_end);
    (first..to).any(|k| {
        words
            .get(k)
            .is_some_and(|w| matches!(w.upos, Upos::Noun | Upos::Propn))
    })
}

/// Most words between a time expression and the "to" of the infinitive it may date.
const MAX_INFINITIVE_REACH: usize = 16;

/// When a report was made, not when what it reports happens: "Apple said on Monday that the
/// headset will go on sale next month", "prosecutors said on Tuesday that the firm shipped
/// lathes in August". The event is the reported clause's ([`super::label::headline_at`] passes over the
/// reporting clause to it), so when that clause states its own date, it is dated by that
/// date, not by the report's. `ti` indexes `timexes` (byte offsets).
pub(super) fn date_of_the_report(inp: &Inputs, timexes: &[TimexDraft], ti: usize) -> bool {
    let Some(t) = timexes.get(ti) else {
        return false;
    };
    let Some(c) = clause::containing(inp.clauses, inp.words, t.start) else {
        return false;
    };
    if !words::lists()
        .reporting_lemmas
        .contains(&c.verb.lemma.as_str())
    {
        return false;
    }
    let i = inp
        .clauses
        .partition_point(|x| x.span(inp.words).0 <= c.span(inp.words).0);
    let Some(n) = inp.clauses.get(i).filter(|n| n.sentence == c.sentence) else {
        return false;
    };
    let (na, nb) = n.span(inp.words);
    // Time expressions are in text order: look no further than the reported clause's end
    // (scanning to the document's end made this quadratic on long texts).
    timexes
        .get(ti + 1..)
        .unwrap_or(&[])
        .iter()
        .take_while(|o| o.start < nb)
        .any(|o| {
            matches!(o.kind, TimexType::Date | TimexType::Time)
                && o.start >= na
                && o.end <= nb
                && !standard::is_comparison_standard(inp.doc.text, o.start)
                // "said on Tuesday that the deal broke a 2021 law": the law's year.
                && !super::attach::of_a_noun(inp, o)
                // "has awarded a contract to launch satellites between 2028 and 2030, the
                // agency said on Monday": a date behind an infinitive is the infinitive's
                // (what is to happen), not the reported act's.
                && !purpose_infinitives_date(inp, o)
        })
}
