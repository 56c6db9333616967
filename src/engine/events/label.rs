//! An event's label: the headline of the clause a time expression dates (passing over a
//! reporting clause to the clause it reports), else the token window's label when it opens
//! with its subject; and which labels are too short to be an event.
//!
//! Takes [`headline::Sources`], the clauses and a byte; returns the headline with whether the
//! clause is a plan and who states it. Invariant: a denied report ("did not say ...") gives an
//! empty label, so no event; imports `draft`, `plan`, `source`, `window` and `words`, never `mod.rs`.

use super::draft::EventDraft;
use super::plan;
use super::source::{self, SourceDraft};
use super::window::Ctx;
use super::words;
use crate::engine::clause::{self, Clause};
use crate::engine::headline::{self, Headline};
use crate::engine::model::Role;
use crate::engine::pos::Upos;

/// What a clause says of one event, as its label reads it: the fields an [`EventDraft`] takes
/// from the clause (its headline, else the token window), apart from when it happened.
pub(super) struct Said {
    pub label: String,
    pub participants: Vec<usize>,
    pub roles: Vec<(usize, Role)>,
    pub planned: bool,
    pub source: Option<SourceDraft>,
}

impl Said {
    /// What [`headline_at`] gives: the headline, whether its clause is a plan, its source.
    pub(super) fn of_headline((h, planned, source): (Headline, bool, Option<SourceDraft>)) -> Said {
        Said {
            label: h.label,
            participants: h.participants,
            roles: h.roles,
            planned,
            source,
        }
    }

    /// The event this says, dated `date`, in the sentence `sentence`, by the time expression
    /// `timex` (if it dates it), with its `relations`.
    pub(super) fn event(
        self,
        date: String,
        sentence: (usize, usize),
        timex: Option<usize>,
        relations: Vec<(String, usize)>,
    ) -> EventDraft {
        EventDraft {
            date,
            label: self.label,
            participants: self.participants,
            roles: self.roles,
            sentence,
            timex,
            relations,
            planned: self.planned,
            source: self.source,
            ..Default::default()
        }
    }
}

/// The headline of the clause holding byte `at`, passing over a reporting
/// clause ("officials said ...") to the clause it reports, whether that clause is a plan
/// ([`plan::planned`]), and who states it ([`source::of_event`]).
pub(super) fn headline_at(
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
pub(super) fn too_short(label: &str, participants: &[usize]) -> bool {
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
pub(super) fn c_opens_after_comma(src: &headline::Sources, c: &Clause) -> bool {
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
pub(super) fn window_label(cx: &Ctx, a: usize, b: usize) -> String {
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
pub(super) fn opens_subject(label: &str) -> bool {
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
