//! Stage 6: dated clauses → events for the timeline.
//!
//! Input ([`Inputs`]): the tokenised [`Doc`], tagged words and clauses, the
//! typed mentions with their entities and resolved pronouns, plus the
//! normalised time expressions and the document date. Output: one
//! [`EventDraft`] per clause a DATE/TIME expression dates, in text order:
//!
//! * the label is the headline of the clause holding the expression
//!   ([`super::headline`]: "Biden raises issue in phone call with Xi"), or of
//!   the clause a reporting clause reports (none for a denied report: "did not
//!   say on Monday that ..."); when the clause gives none, the
//!   older token window: the stretch between commas, semicolons and
//!   subordinators around the expression, from the subject to the clause end;
//!   a label under three words gives no event;
//! * participants are the entities of the clause, its subject first;
//! * "from March to May" and "2014-2016" give a range date "2014/2016";
//! * relative anchoring: "... two weeks after X" dates X at the main event's
//!   date minus P2W, with BEFORE/AFTER relations between the two; "ahead of
//!   the trip" / "before X" / "after X" with no date of their own give an
//!   undated event (date "XXXX-XX-XX") ordered against the main one.
//!
//! Linear in the text: clause scans are bounded by `window::MAX_CLAUSE`.
//!
//! The clause-based path is this file; the token-window fallback is
//! [`window`].

mod anchor;
mod attach;
mod dating;
mod plan;
mod quote;
mod source;
mod standard;
#[cfg(test)]
mod tests_s13;
#[cfg(test)]
mod tests_s47;
#[cfg(test)]
mod tests_s48;
#[cfg(test)]
mod tests_source;
#[cfg(test)]
mod tests_support;
#[cfg(test)]
mod tests_users;
mod window;
pub(crate) mod words;

use super::clause::{self, Clause};
use super::coref::Resolved;
use super::headline::{self, Headline};
use super::merge::Merged;
use super::model::{Role, TimexType};
use super::pos::{Upos, Words};
use super::text::Doc;
use super::time::value::shift_value;
use super::time::TimexDraft;
use super::typing::TypedMention;
pub(crate) use dating::not_the_events_time;
use dating::{date_of_the_report, purpose_infinitives_date, reported_period};
pub use source::SourceDraft;
use window::{tok_range, Ctx, CLAUSE_PUNCT, MAX_NP_WORDS};

/// Value of an event whose date the text does not give.
pub const UNDATED: &str = "XXXX-XX-XX";

/// An event. Byte offsets; indexes into the timex and entity lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDraft {
    pub date: String,
    pub label: String,
    pub participants: Vec<usize>,
    /// (entity index, role) for the participants whose role the clause states.
    pub roles: Vec<(usize, Role)>,
    pub sentence: (usize, usize),
    pub timex: Option<usize>,
    /// (relation, index of the other event)
    pub relations: Vec<(String, usize)>,
    /// "BEFORE"/"AFTER" when `timex` orders the event rather than dating it ("before Easter").
    pub timex_relation: Option<&'static str>,
    /// Planned or expected, not (yet) done ([`headline::Headline::planned`]).
    pub planned: bool,
    /// Who states it, when the text attributes it ([`source::of_event`]).
    pub source: Option<SourceDraft>,
}

fn inverse(rel: &str) -> &'static str {
    match rel {
        "BEFORE" => "AFTER",
        "AFTER" => "BEFORE",
        _ => "SIMULTANEOUS",
    }
}

/// The headline of the clause holding byte `at`, passing over a reporting
/// clause ("officials said ...") to the clause it reports, whether that clause is a plan
/// ([`plan::planned`]), and who states it ([`source::of_event`]).
fn headline_at(
    src: &headline::Sources,
    clauses: &[Clause],
    at: usize,
) -> Option<(Headline, bool, Option<SourceDraft>)> {
    let c = clause::containing(clauses, src.words, at)?;
    let i = clauses.partition_point(|x| x.span(src.words).0 < c.span(src.words).0);
    let next = clauses.get(i + 1).filter(|n| n.sentence == c.sentence);
    let of = |k: usize, by: Option<&Clause>| {
        let c = clauses.get(k)?;
        headline::of_clause(src, c).map(|h| {
            (
                h,
                plan::planned(src.doc.text, src.words, c),
                source::of_event(src, k, by),
            )
        })
    };
    let reporting = words::lists()
        .reporting_lemmas
        .contains(&c.verb.lemma.as_str());
    // A denied report ("did not say on Monday that ...") dates neither a claim of what it
    // denies nor itself: an empty label, which gives no event (nor a window label).
    if reporting && c.verb.negated {
        let none = Headline {
            label: String::new(),
            participants: vec![],
            roles: vec![],
        };
        return Some((none, false, None));
    }
    if reporting {
        if let Some(h) = next.and_then(|_| of(i + 1, Some(c))) {
            return Some(h);
        }
        // "Norvik sold the mill, officials said on Monday": the report closes the sentence,
        // after a comma, and dates the clause it reports, the one before it.
        let prev = i
            .checked_sub(1)
            .and_then(|k| clauses.get(k).map(|p| (k, p)))
            .filter(|(_, p)| p.sentence == c.sentence);
        if let (None, Some((k, p))) = (next, prev) {
            let gap = src
                .doc
                .text
                .get(p.span(src.words).1..c.span(src.words).0)
                .unwrap_or("");
            let closes = gap.trim() == "," || gap.trim().is_empty() && c_opens_after_comma(src, c);
            // The reported clause may hold an infinitive clause of its own at its end ("has
            // awarded a contract to launch satellites"): the nearest with a headline.
            if closes {
                let same = |j: &usize| clauses.get(*j).is_some_and(|x| x.sentence == c.sentence);
                let mut ks = (k.saturating_sub(2)..=k).rev().filter(same);
                let told = |h: &(Headline, bool, Option<SourceDraft>)| {
                    h.0.label.split_whitespace().count() >= 3
                };
                if let Some(h) = ks.find_map(|j| of(j, Some(c)).filter(told)) {
                    return Some(h);
                }
            }
        }
    }
    of(i, None).or_else(|| {
        // "Ministers have, since the spring, voiced ...": an auxiliary alone, the verb follows.
        let aux_only = src
            .words
            .get(c.verb.head())
            .is_some_and(|w| w.upos == Upos::Aux)
            || headline::bare_auxiliary(src.words, c);
        next.filter(|n| aux_only && n.subject_source == clause::SubjectSource::Shared)
            .and_then(|_| of(i + 1, None))
    })
}

/// Whether `label` is too short to be an event: under two words, or two ("Reyes resigns",
/// "Olsen dies") unless the first is a capitalised name of a participant and the verb is no
/// `[light_verbs]` word ("China comes", "It closes" are fragments).
fn too_short(label: &str, participants: &[usize]) -> bool {
    let mut w = label.split_whitespace();
    match (w.next(), w.next(), w.next()) {
        (_, _, Some(_)) => false,
        (Some(first), Some(verb), None) => {
            // Words only: "Kuwait`` annexed" is a quotation's fragment.
            let word = |w: &str| {
                w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            };
            participants.is_empty()
                || !first.starts_with(char::is_uppercase)
                || !(word(first) && word(verb) && verb.starts_with(char::is_lowercase))
                || words::lists().light_verbs.contains(&verb)
        }
        _ => true,
    }
}

/// Whether a comma stands right before clause `c` (its span may start after it or on it).
fn c_opens_after_comma(src: &headline::Sources, c: &Clause) -> bool {
    let start = c.span(src.words).0;
    let before = crate::engine::text::before(src.doc.text, start).trim_end();
    before.ends_with(',')
        || src
            .doc
            .text
            .get(start..)
            .is_some_and(|t| t.starts_with(','))
}

/// The token window's label of tokens `a..b` when the clause stage gives none, kept only
/// when it opens with its subject ([`opens_subject`]): a capitalised word ("The election is
/// scheduled"), a name starting with a digit ("3M ships ...") or a quoted name. A window that opens in
/// lower case ("to Iranian suppliers
/// between", "was released ...", "according to a report ...") has lost its subject, and an
/// event labelled so would name no one: empty (no event).
fn window_label(cx: &Ctx, a: usize, b: usize) -> String {
    let label = cx.label(a, b);
    if opens_subject(&label) {
        label
    } else {
        String::new()
    }
}

/// Whether a token window's label opens with its subject: an upper-case letter, a name
/// starting with a digit ("3M", "7-Eleven": a first word with an upper-case letter), or an
/// opening double or curly quote before an upper-case letter. A bare number ("4 is just too
/// long") or an apostrophe ("' s election") is the tail of a cut phrase, not a subject.
fn opens_subject(label: &str) -> bool {
    let mut chars = label.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_ascii_digit() => label
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().any(char::is_uppercase)),
        Some('"' | '“' | '‘' | '«') => chars.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// What [`build`] reads besides the time expressions: the tagged words, their
/// clauses, the mentions, the entities and the resolved pronouns.
pub struct Inputs<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub words: &'a Words<'a>,
    pub clauses: &'a [Clause],
    pub mentions: &'a [TypedMention],
    pub merged: &'a Merged,
    pub resolved: &'a [Resolved],
    /// The document date (TimeML "YYYY-MM-DD"), if known: a done act is never after it.
    pub dct: Option<&'a str>,
}

/// Byte where the clause of the event `t` dates starts: `t`'s own, unless
/// that clause's verb lies inside the expression ("The following summer,
/// police arrested ...": "following" read as a verb), then the next clause
/// of the sentence.
fn event_clause_start(inp: &Inputs, t: &TimexDraft) -> usize {
    let Some(c) = clause::containing(inp.clauses, inp.words, t.start) else {
        return t.start;
    };
    let inside = inp
        .words
        .get(c.verb.head())
        .is_some_and(|w| w.start() >= t.start && w.start() < t.end);
    if !inside {
        return t.start;
    }
    let i = inp
        .clauses
        .partition_point(|x| x.span(inp.words).0 <= c.span(inp.words).0);
    inp.clauses
        .get(i)
        .filter(|n| n.sentence == c.sentence)
        .map_or(t.start, |n| n.span(inp.words).0)
}

/// The relation of an event to the time expression starting at token `ka` (sentence from
/// token `sa`) when a signal of order stands right before it ("before Easter", "ahead of
/// March 4", "until Friday": `[signals]` of `data/events/words.txt`), as "BEFORE" or "AFTER".
/// "since 2022" is left out: the time stage gives it a period up to the document date.
fn order_signal(cx: &Ctx, ka: usize, sa: usize) -> Option<&'static str> {
    [1usize, 2].into_iter().find_map(|n| {
        let k = ka.checked_sub(n).filter(|&k| k >= sa)?;
        cx.signal(k)
            .filter(|&(_, m)| m == n && !cx.word(k).eq_ignore_ascii_case("since"))
            .map(|(rel, _)| rel)
    })
}

/// Events of the document; see the module comment. The document date dates no event (it
/// is not an argument): a clause the text leaves undated is not when the document was
/// written ("three days after the pilots walked out").
pub fn build(inp: &Inputs, timexes: &[TimexDraft]) -> Vec<EventDraft> {
    let (doc, mentions, merged) = (inp.doc, inp.mentions, inp.merged);
    let src = headline::Sources {
        doc,
        words: inp.words,
        mentions,
        merged,
        resolved: inp.resolved,
        timexes,
        clauses: inp.clauses,
    };
    let head_at = |byte: usize| headline_at(&src, inp.clauses, byte);
    // A plan told by the clause at a byte, for labels the token window gives.
    let plan_at = |byte: usize| {
        clause::containing(inp.clauses, inp.words, byte)
            .is_some_and(|c| plan::planned(doc.text, inp.words, c))
    };
    let tok_start = |k: usize| doc.tokens.get(k).map(|t| t.start());
    let cx = Ctx::new(doc, mentions, merged, timexes);
    let mut out: Vec<EventDraft> = Vec::new();
    let mut skip_next = false;
    // End (token) of the last clause that got an event: one event per clause.
    let mut clause_end = 0usize;
    for (ti, t) in timexes.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let (ka, kb) = tok_range(doc, t.start, t.end);
        let Some(sent_i) = (ka < doc.tokens.len()).then(|| doc.sentence_of(ka)) else {
            continue;
        };
        let Some(sent) = doc.sentences.get(sent_i as usize) else {
            continue;
        };
        let (sa, sb) = (sent.tokens().start, sent.tokens().end);
        let span = (sent.start(), sent.end());

        // "two weeks after X": X happened that long before the main clause.
        if t.kind == TimexType::Duration && t.period().is_none() {
            let Some((rel, n)) = cx
                .signal(kb)
                .filter(|(r, _)| *r != "BEFORE" || cx.word(kb) == "before")
            else {
                continue;
            };
            let (_, xb) = cx.clause(kb + n, sa, sb);
            // X's own clause's headline, when its verb lies inside X ("after the embargo took
            // effect"); else X's words ("before the vote").
            let x_bytes = (
                tok_start(kb + n).unwrap_or(t.end),
                doc.tokens
                    .get(xb.wrapping_sub(1))
                    .map_or(t.end, |k| k.end()),
            );
            let x_head = clause::containing(inp.clauses, inp.words, x_bytes.0)
                .filter(|c| {
                    inp.words
                        .get(c.verb.head())
                        .is_some_and(|w| w.start() >= x_bytes.0 && w.end() <= x_bytes.1)
                })
                .and_then(|_| head_at(x_bytes.0));
            let (x_label, x_parts, x_roles, x_plan) = match x_head {
                Some((h, p, _)) => (h.label, h.participants, h.roles, p),
                None => (
                    cx.label(kb + n, xb),
                    cx.participants(kb + n, xb),
                    vec![],
                    false,
                ),
            };
            // The earlier event of the story X names, when it has a date of its own.
            let anchor = anchor::find(doc.text, inp.words, inp.clauses, timexes, &out, x_bytes);
            // "Two weeks after that, ...": X is a pronoun, neither an event nor a date; no event
            // is made of it (its label was empty or "this") and the main one is ordered
            // against none.
            let x_void = anchor::names_nothing(doc.text, inp.words, inp.clauses, x_bytes)
                && timexes.get(ti + 1).is_none_or(|o| o.start != x_bytes.0);
            // The main clause: this one, or the previous one when this has no verb
            // ("X imposed curbs on Tuesday, just two weeks after ..."), or the one after X
            // when the duration opens the sentence ("Two weeks after X, the first ship left").
            let (mut ma, mut mb) = cx.clause(ka, sa, sb);
            mb = mb.min(ka);
            let mut main_at = t.start;
            if !cx.has_verb(ma, mb) && ma > sa {
                let (pa, _) = cx.clause(ma - 1, sa, sb);
                (ma, mb) = (pa, mb);
            } else if mb <= ma && xb < sb {
                let from = xb + usize::from(CLAUSE_PUNCT.contains(&cx.word(xb)));
                (ma, mb) = cx.clause(from, sa, sb);
                main_at = tok_start(from).unwrap_or(t.start);
            }
            // Already an event (dated by its own expression)? Order X against it.
            let existing = out.len().checked_sub(1).filter(|&i| {
                out.get(i).is_some_and(|e| {
                    e.sentence == span && e.timex.is_some() && e.relations.is_empty()
                })
            });
            let main = match existing {
                Some(_) if x_void => continue,
                Some(main) => {
                    let x = out.len();
                    if let Some(e) = out.get_mut(main) {
                        e.relations.push((rel.to_string(), x));
                    }
                    main
                }
                None => {
                    // A date the sentence states before the duration (timexes are in text
                    // order): "The talks came a week after X agreed to reopen a pipeline shut
                    // since March" is not dated by March, which belongs to a later clause.
                    // Else X's own date in the story, moved by the duration; else none: the
                    // document date is not when X happened.
                    let first = timexes.partition_point(|o| o.start < sent.start());
                    let stated = timexes
                        .get(first..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|o| o.end <= t.start)
                        .filter(|o| o.kind == TimexType::Date)
                        .map(|o| o.value.clone())
                        .next();
                    // X is a date itself ("eight trading days after Oct. 12"), or an earlier
                    // event of the story.
                    let dir = if rel == "AFTER" { 1 } else { -1 };
                    let x_date = timexes
                        .get(ti + 1)
                        .filter(|o| o.kind == TimexType::Date && o.start == x_bytes.0)
                        .map(|o| (None, o.value.as_str()))
                        .or_else(|| {
                            anchor.and_then(|a| Some((Some(a), out.get(a)?.date.as_str())))
                        });
                    let anchored = x_date
                        .filter(|_| stated.is_none())
                        .and_then(|(a, d)| Some((a, shift_value(d, &t.value, dir)?)));
                    let main_date = stated
                        .or_else(|| anchored.as_ref().map(|(_, d)| d.clone()))
                        .or_else(|| {
                            let at = (main_at, sent_i as usize);
                            anchor::came_after(doc, inp.words, inp.clauses, timexes, at)
                        })
                        .unwrap_or_else(|| UNDATED.to_string());
                    let main = out.len();
                    let (label, participants, roles, planned, source) = match head_at(main_at) {
                        Some((h, p, s)) => (h.label, h.participants, h.roles, p, s),
                        None => (
                            window_label(&cx, ma, mb),
                            cx.participants(ma, mb),
                            vec![],
                            plan_at(main_at),
                            None,
                        ),
                    };
                    if let Some((a, _)) = anchored {
                        // X is that date or earlier event: the main one is dated by it (and
                        // ordered against the event); no second X.
                        if label.split_whitespace().count() >= 3 {
                            if let Some(x) = a.and_then(|a| out.get_mut(a)) {
                                x.relations.push((inverse(rel).to_string(), main));
                            }
                            out.push(EventDraft {
                                date: main_date,
                                label,
                                participants,
                                roles,
                                sentence: span,
                                timex: Some(ti),
                                relations: a.map(|a| (rel.to_string(), a)).into_iter().collect(),
                                planned,
                                source,
                                ..Default::default()
                            });
                        }
                        continue;
                    }
                    if too_short(&label, &participants) {
                        if x_void {
                            continue;
                        }
                        // No readable main event ("China comes"): X alone, dated from it.
                        let x_date =
                            shift_value(&main_date, &t.value, if rel == "AFTER" { -1 } else { 1 })
                                .unwrap_or_else(|| UNDATED.to_string());
                        out.push(EventDraft {
                            date: x_date,
                            label: x_label,
                            participants: x_parts,
                            roles: x_roles,
                            sentence: span,
                            timex: Some(ti),
                            relations: vec![],
                            planned: x_plan,
                            ..Default::default()
                        });
                        continue;
                    }
                    out.push(EventDraft {
                        date: main_date,
                        label,
                        participants,
                        roles,
                        sentence: span,
                        timex: None,
                        relations: (!x_void)
                            .then(|| (rel.to_string(), main + 1))
                            .into_iter()
                            .collect(),
                        planned,
                        source,
                        ..Default::default()
                    });
                    if x_void {
                        continue;
                    }
                    main
                }
            };
            // X, dated by shifting the main clause's date by the duration.
            let main_date = out.get(main).map(|e| e.date.as_str()).unwrap_or_default();
            let dir = if rel == "AFTER" { -1 } else { 1 };
            let x_date =
                shift_value(main_date, &t.value, dir).unwrap_or_else(|| UNDATED.to_string());
            out.push(EventDraft {
                date: x_date,
                label: x_label,
                participants: x_parts,
                roles: x_roles,
                sentence: span,
                timex: Some(ti),
                relations: vec![(inverse(rel).to_string(), main)],
                planned: x_plan,
                ..Default::default()
            });
            continue;
        }
        if t.kind == TimexType::Set
            || purpose_infinitives_date(inp, t)
            || not_the_events_time(doc.text, (sent.start(), sent.end()), timexes, ti)
            || reported_period(inp, timexes, ti)
            || date_of_the_report(inp, timexes, ti)
            || standard::is_comparison_standard(doc.text, t.start)
            || attach::of_a_noun(inp, t)
        {
            continue;
        }
        // "from March to May": one event over the range.
        let mut date = match (t.range_end(), t.period()) {
            (Some(e), _) => format!("{}/{}", t.value, e),
            (None, Some(p)) => p.to_string(),
            (None, None) => t.value.clone(),
        };
        if let Some(next) = timexes.get(ti + 1) {
            let before = cx.word(ka.wrapping_sub(1));
            let (na, _) = tok_range(doc, next.start, next.end);
            let joined = na == kb + 1
                && matches!(
                    cx.word(kb).to_ascii_lowercase().as_str(),
                    "to" | "until" | "through" | "and" | "-" | "–"
                );
            if joined
                && ["from", "between"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before))
                && next.kind == t.kind
            {
                date = format!("{}/{}", t.value, next.value);
                skip_next = true;
            }
        }
        if ka < clause_end && ka >= sa {
            continue; // a second expression in a clause that already has its event
        }
        let (a, b) = cx.event_clause(ka, sa, sb);
        // "sold its tankers before Easter", "held them until March 4": the date orders the
        // event, it is not when the event happened; a date the clause states after it
        // ("Before Easter, prices rose on Monday") dates the event instead.
        let mut order = order_signal(&cx, ka, sa);
        // "is not expected to complete before March": not before is at or after; a signal
        // before the negated verb is outside the negation ("Before 2022, X did not sell").
        if clause::containing(inp.clauses, inp.words, t.start)
            .is_some_and(|c| c.verb.negated && c.verb.span(inp.words).1 <= t.start)
        {
            order = order.map(inverse);
        }
        if order.is_some()
            && timexes.get(ti + 1).is_some_and(|n| {
                matches!(n.kind, TimexType::Date | TimexType::Time)
                    && tok_range(doc, n.start, n.end).0 < b
            })
        {
            continue;
        }
        // "said on Monday it had cooperated": the cooperation came before the report's day.
        if order.is_none() && source::reported_before(inp.clauses, inp.words, t.start) {
            order = Some("BEFORE");
        }
        if order.is_some() {
            date = UNDATED.to_string();
        }
        clause_end = b;
        // The clause stage's headline; the old token window when it gives none.
        let (label, participants, roles, planned, source) =
            match head_at(event_clause_start(inp, t)) {
                Some((h, p, s)) => (h.label, h.participants, h.roles, p, s),
                None => (
                    window_label(&cx, a, b),
                    cx.participants(a, b),
                    vec![],
                    plan_at(t.start),
                    None,
                ),
            };
        if too_short(&label, &participants) || quote::speakers_words(doc.text, t, &label, &source) {
            continue; // a bare date (a dateline) or a fragment, not an event
        }
        if out
            .last()
            .is_some_and(|e| e.label == label && e.sentence == span)
        {
            continue; // one event per clause
        }
        let me = out.len();
        out.push(EventDraft {
            date,
            label,
            participants,
            roles,
            sentence: span,
            timex: Some(ti),
            relations: vec![],
            timex_relation: order,
            planned,
            source,
        });
        // "resigned in the same week as the vote": with X, the earlier event the text dates
        // (the time stage gave the expression X's date), else an undated X of its own.
        let same = doc
            .text
            .get(t.start..t.end)
            .is_some_and(|w| w.to_ascii_lowercase().contains("same"));
        if let Some(x) = same
            .then(|| crate::engine::time::anchor::as_phrase(doc.text, t.end, sent.end()))
            .flatten()
        {
            let earlier = anchor::find(doc.text, inp.words, inp.clauses, timexes, &out, x);
            let (xa, xb) = tok_range(doc, x.0, x.1);
            let other = earlier.unwrap_or(out.len());
            if earlier.is_none() && t.value.starts_with("XXXX") && xb > xa {
                out.push(EventDraft {
                    date: UNDATED.to_string(),
                    label: cx.label(xa, xb),
                    participants: cx.participants(xa, xb),
                    sentence: span,
                    ..Default::default()
                });
            }
            if let Some(o) = out.get_mut(other) {
                o.relations.push(("SIMULTANEOUS".to_string(), me));
                if let Some(e) = out.get_mut(me) {
                    e.relations.push(("SIMULTANEOUS".to_string(), other));
                }
            }
        }
        // "ahead of the trip", "before the vote", "after Biden called": an undated event ordered against this one.
        if let Some((rel, n)) = cx.signal(b).or_else(|| {
            cx.signal(b + 1)
                .filter(|_| CLAUSE_PUNCT.contains(&cx.word(b)))
        }) {
            let from = if cx.signal(b).is_some() {
                b + n
            } else {
                b + 1 + n
            };
            let mut to = from;
            while to < sb
                && to - from < MAX_NP_WORDS
                && !CLAUSE_PUNCT.contains(&cx.word(to))
                && !cx.in_timex(to)
            {
                to += 1;
            }
            if to > from && !(from..to).any(|k| cx.in_timex(k)) {
                let other = out.len();
                out.push(EventDraft {
                    date: UNDATED.to_string(),
                    label: cx.label(from, to),
                    participants: cx.participants(from, to),
                    roles: vec![],
                    sentence: span,
                    timex: None,
                    relations: vec![(inverse(rel).to_string(), me)],
                    ..Default::default()
                });
                if let Some(e) = out.get_mut(me) {
                    e.relations.push((rel.to_string(), other));
                }
            }
        }
    }
    // The events are alive with the clauses while relations are found, the peak of an
    // analysis, and the vector doubled as they came (152 bytes each natively): give back what
    // it did not use (issue 16.6).
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::DocumentInput;

    #[test]
    fn a_window_label_may_open_with_a_digit_or_a_quote() {
        use super::opens_subject;
        for label in [
            "The mill closes",
            "3M ships filters",
            "“Blue Fjord” opens",
            "Émile runs",
        ] {
            assert!(opens_subject(label), "{label}");
        }
        for label in [
            "to the port",
            "4 is too long",
            "' s election",
            "\"the deal",
            "(and",
        ] {
            assert!(!opens_subject(label), "{label}");
        }
    }

    #[test]
    fn a_duration_after_an_undated_clause_orders_both_ends_without_a_date() {
        // Neither the fine nor the walk-out is dated in the text: the document date is not
        // when either happened, so both stay undated, ordered against each other.
        let a = analyze(&DocumentInput {
            id: "d".into(),
            text: "The regulator fined the airline three days after the pilots walked out.".into(),
            date: Some("2024-04-16".into()),
        });
        let dates: Vec<_> = a.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, [super::UNDATED, super::UNDATED], "{:?}", a.events);
        let (main, x) = (&a.events[0], &a.events[1]);
        assert!(main
            .relations
            .iter()
            .any(|r| r.relation == "AFTER" && r.event == x.id));
        assert!(x
            .relations
            .iter()
            .any(|r| r.relation == "BEFORE" && r.event == main.id));
    }

    fn events(text: &str) -> Vec<(String, String)> {
        analyze(&DocumentInput {
            id: "d".into(),
            text: text.into(),
            date: Some("2025-06-10".into()),
        })
        .events
        .into_iter()
        .map(|e| (e.date, e.label))
        .collect()
    }

    #[test]
    fn a_duration_after_an_event_the_story_dated_counts_from_that_date() {
        let ev = events(
            "The embargo on Kestrel Minerals took effect on 3 March 2025. Two weeks after the \
             embargo took effect, the first ore carrier left Varnholm.",
        );
        assert_eq!(ev.len(), 2, "{ev:?}");
        assert_eq!(ev[0].0, "2025-03-03", "{ev:?}");
        assert_eq!(ev[1].0, "2025-03-17", "{ev:?}");
        assert!(ev[1].1.contains("carrier"), "{ev:?}");
        let ev = events(
            "Lawmakers in Pellaro vote on the budget on 12 May 2025. Three days before the vote, \
             the finance minister resigned.",
        );
        assert_eq!(
            ev.last().map(|e| e.0.as_str()),
            Some("2025-05-09"),
            "{ev:?}"
        );
        let ev = events(
            "Orvik Shipping signed the charter deal on 2 February 2025. A month after the deal \
             was signed, the first tanker sailed.",
        );
        assert_eq!(
            ev.last().map(|e| e.0.as_str()),
            Some("2025-03-02"),
            "{ev:?}"
        );
    }

    #[test]
    fn a_duration_after_a_pronoun_makes_no_event_of_the_pronoun() {
        for text in [
            "Two weeks after that, the tanker Sea Falcon left port.",
            "The tanker Sea Falcon left port two weeks after that.",
            "Kestrel Mills sold the plant. Two days after this, the ship left.",
        ] {
            let ev = events(text);
            assert!(
                ev.iter()
                    .all(|(_, l)| !l.trim().is_empty() && l != "this" && l != "that"),
                "{text}: {ev:?}"
            );
        }
        // The main event stays, undated and ordered against nothing.
        let a = analyze(&DocumentInput {
            id: "d".into(),
            text: "Two weeks after that, the tanker Sea Falcon left port.".into(),
            date: Some("2025-06-10".into()),
        });
        assert_eq!(a.events.len(), 1, "{:?}", a.events);
        assert!(a.events[0].label.contains("Sea Falcon"), "{:?}", a.events);
        assert!(a.events[0].relations.is_empty(), "{:?}", a.events);
        // A date as X is still one: counted from it.
        let ev = events("Three weeks after 2 May 2025, the tanker Sea Falcon left port.");
        assert_eq!(
            ev.first().map(|e| e.0.as_str()),
            Some("2025-05-23"),
            "{ev:?}"
        );
    }

    #[test]
    fn a_duration_after_an_event_the_story_never_dated_stays_undated() {
        // The story dates another event (the strike), not the embargo: nothing is counted
        // from the document date, nor from the strike.
        let ev = events(
            "Dock workers struck on 3 March 2025. Two weeks after the embargo took effect, the \
             first ore carrier left Varnholm.",
        );
        assert!(
            ev.iter()
                .all(|e| e.0 != "2025-05-27" && e.0 != "2025-06-10" && e.0 != "2025-03-17"),
            "{ev:?}"
        );
        assert!(ev.iter().skip(1).all(|e| e.0 == super::UNDATED), "{ev:?}");
        // The search is dated, and only mentions the murder inside a phrase of its clause:
        // it is not the murder, so the sighting is not counted from it.
        let ev = events(
            "Police searched the Lund warehouse in the murder inquiry on 2 May 2025. A courier \
             saw the van ten days before the murder.",
        );
        assert!(ev.iter().skip(1).all(|e| e.0 == super::UNDATED), "{ev:?}");
    }

    #[test]
    fn every_label_names_a_person_the_way_the_text_does() {
        let a = analyze(&DocumentInput {
            id: "d".into(),
            text: "Lena Berg to meet Wang Yi in Oslo next week as talks resume\n\nOSLO — Wang visited Oslo in May. The two leaders agreed to meet again later this year.".into(),
            date: Some("2025-03-03".into()),
        });
        let labels: Vec<&str> = a.events.iter().map(|e| e.label.as_str()).collect();
        // "as talks resume" is a clause of its own ("as" SCONJ); it followed the label only
        // while the tagger read "as" as a preposition.
        assert!(
            labels
                .iter()
                .any(|l| l.starts_with("Berg meets Wang in Oslo")),
            "{labels:?}"
        );
        assert!(labels.contains(&"Wang visits Oslo"), "{labels:?}");
        assert!(labels.iter().all(|l| !l.contains("Yi")), "{labels:?}");
        assert!(
            labels.iter().any(|l| l.starts_with("Two leaders agree")),
            "{labels:?}"
        );
    }
}
