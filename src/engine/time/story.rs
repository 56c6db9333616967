//! The sentence loop: every sentence's matches read in text order against one context
//! ([`Ctx`]), which carries the story's reference time from each expression to the next.
//!
//! ```text
//! sentence ─▶ recognise::vtokens → matcher::find, tense::clauses, aside::asides  (Sentence)
//!   match  ─▶ tense of its clause, checks::cut_signal          (the match as read)
//!          ─▶ read: normalise from the reference, an aside's date or X's ("the same day as X")
//!          ─▶ checks (spurious, amount, dateline, "ended"), the period a report is on
//!          ─▶ reference::Role, episode, state           (the reference moved)
//!          ─▶ "two weeks after X", "since" periods, the clock time; TimexDraft out
//! ```
//!
//! Input: a [`Doc`], the document date, a year-less dateline's offset, the clause stage's
//! clauses. Output: the [`TimexDraft`]s in text order and, for each, whether its year was
//! written, for `ranges`, which [`super::extract_with_dateline`] runs after the loop.

use super::aside;
use super::checks::{self, Signal};
use super::docdate;
use super::draft::TimexDraft;
use super::durations;
use super::forms;
use super::later;
use super::matcher::{find, Match};
use super::normalise::{normalise, Ctx, Normalised};
use super::recognise::{vtokens, TimeToken};
use super::reference::{self, Place, Progress, Role};
use super::stated::{self, Stated};
use super::style::{narrative, numeric_order, NumericOrder};
use super::tables::{self, Action};
use super::tense;
use super::value::{self, TimeValue};
use crate::engine::clause::{self, Clause};
use crate::engine::model::TimexType;
use crate::engine::pos::Words;
use crate::engine::text::{Doc, TokenKind};

/// One sentence being read: its matches, the time stage's clauses and the asides.
struct Sentence {
    /// Index of the sentence in the document.
    s: usize,
    /// Byte span of the sentence.
    start: usize,
    end: usize,
    found: Vec<Match<'static>>,
    clauses: Vec<tense::Clause>,
    asides: Vec<(usize, usize)>,
}

/// A match as normalised in its sentence, with what the reading found about its place.
struct Read {
    n: Normalised,
    /// The index of the aside holding it.
    in_aside: Option<usize>,
}

/// The loop's state across sentences.
pub(super) struct Story<'d, 'a> {
    doc: &'d Doc<'a>,
    stage: &'d [Clause],
    words: &'d Words<'d>,
    /// A year-less dateline's byte offset, when there is a document date.
    dateline: Option<usize>,
    ctx: Ctx,
    /// Days the text stated, for "two weeks after X" ([`Stated::anchored`]).
    stated: Stated,
    toks: Vec<TimeToken>,
    /// The sentence of the clock time the story stated last ([`Ctx::clock`]).
    clock_sentence: Option<usize>,
    out: Vec<TimexDraft>,
    /// Whether each expression of `out` had its year written.
    explicit_year: Vec<bool>,
}

impl<'d, 'a> Story<'d, 'a> {
    /// A story of `doc` told on `reference` (YYYY-MM-DD), nothing read yet.
    pub fn new(
        doc: &'d Doc<'a>,
        reference: Option<&str>,
        dateline: Option<usize>,
        stage: &'d [Clause],
        words: &'d Words<'d>,
    ) -> Self {
        let mut ctx = Ctx {
            dct: reference.and_then(docdate::parse_iso),
            day_first: numeric_order(doc) != NumericOrder::MonthFirst,
            ..Ctx::default()
        };
        ctx.narrative = narrative(doc, ctx.dct);
        // A year-less dateline ("OSLO, March 4 (Wire) -") was filed on or before the document date.
        let dateline = ctx.dct.and(dateline);
        Story {
            doc,
            stage,
            words,
            dateline,
            ctx,
            stated: Stated::default(),
            toks: Vec::new(),
            clock_sentence: None,
            out: Vec::new(),
            explicit_year: Vec::new(),
        }
    }

    /// Reads every sentence; the expressions and whether each had its year written.
    pub fn read(mut self) -> (Vec<TimexDraft>, Vec<bool>) {
        for s in 0..self.doc.sentences.len() {
            let Some(sentence) = self.sentence(s) else {
                continue;
            };
            let mut progress = Progress::default();
            for fi in 0..sentence.found.len() {
                self.expression(&sentence, &mut progress, fi);
            }
        }
        (self.out, self.explicit_year)
    }

    /// Sentence `s` read for its matches; `None` when it has no word at all.
    fn sentence(&mut self, s: usize) -> Option<Sentence> {
        let doc = self.doc;
        let sent = doc.sentences.get(s)?;
        // Cheap skip: a sentence without digits or known words has no time expression.
        if doc
            .tokens
            .get(sent.tokens())
            .is_some_and(|ts| ts.iter().all(|t| t.kind == TokenKind::Punct))
        {
            return None;
        }
        self.stated.next_sentence();
        vtokens(doc, s, &mut self.toks);
        let found = find(doc, &self.toks);
        let clauses = if found.is_empty() {
            Vec::new()
        } else {
            tense::clauses(doc, s)
        };
        self.ctx.months_report = false;
        self.ctx.year_here = false;
        self.ctx.last_before = self.ctx.last;
        // Background set off after a noun (", founded in 1990,"): its dates are its own, and
        // the last one it stated (by the aside's index) is what its other expressions count from.
        let asides = if found.is_empty() {
            Vec::new()
        } else {
            aside::asides(doc, s)
        };
        Some(Sentence {
            s,
            start: sent.start(),
            end: sent.end(),
            found,
            clauses,
            asides,
        })
    }

    /// The `fi`-th match of `sentence`: read, checked, moves the reference, written out.
    fn expression(&mut self, sentence: &Sentence, progress: &mut Progress, fi: usize) {
        let doc = self.doc;
        let Some(mut m) = sentence.found.get(fi).cloned() else {
            return;
        };
        self.set_tense(sentence, &m);
        // "two weeks after X": the direction and where X starts.
        let signal = match checks::cut_signal(doc, &self.toks, &mut m) {
            Signal::Drop => return,
            Signal::None => None,
            Signal::Before { x_start, dir } => Some((x_start, dir)),
        };
        if m.rule.action == Action::OrdDay && !checks::ordinal_day(doc, &m) {
            return;
        }
        let Some(Read { mut n, in_aside }) = self.read_match(sentence, progress, fi, &m) else {
            return;
        };
        checks::drop_amount(&mut m, &mut n);
        checks::cut_count_signal(doc, &self.toks, &mut m, &n);
        if checks::spurious(doc, &m, &n) {
            return;
        }
        if let (true, Some(dct)) = (self.dateline == Some(m.start), self.ctx.dct) {
            checks::on_dateline(&mut n, dct);
        }
        checks::ended_before(doc, &m, &mut n, self.ctx.dct);
        let (text, before) = (
            doc.slice(m.start, m.end),
            crate::engine::text::before(doc.text, m.start),
        );
        if let Some(v) = forms::midnight_start(text, before, &n.value) {
            n.value = v;
        }
        self.report_period(sentence, fi, &m, &mut n);
        let opening = (fi == 0).then(|| doc.text.get(sentence.start..m.start).unwrap_or(""));
        let role = Role::of(doc, &m, &n, &self.ctx, opening, progress.moved);
        reference::episode(&mut self.ctx, &role, &n);
        let place = Place {
            in_aside,
            clock_here: self.clock_sentence == Some(sentence.s),
        };
        reference::state(
            &mut self.ctx,
            progress,
            &mut self.stated,
            (&m, &n, &role),
            place,
        );
        // "Two weeks after the embargo took effect, the first ship left": the story is
        // now two weeks after the day it dated the embargo's taking effect, unless this
        // sentence stated its own date before.
        if let (Some((x_start, dir)), false, false) =
            (signal, progress.moved, self.stage.is_empty())
        {
            if let Some(v) = self.stated.anchored(
                doc,
                (self.stage, self.words),
                (x_start, sentence.end),
                &n.value,
                dir,
            ) {
                self.ctx.last = Some(v);
            }
        }
        if role.since {
            since_period(&mut n, self.ctx.dct);
        }
        // "at 9:00 ... 2.5 hours later": the clock time the story is at.
        if n.kind == TimexType::Time && in_aside.is_none() {
            if let Some(c) = later::clock_of(&n.value) {
                self.ctx.clock = Some(c);
                self.clock_sentence = Some(sentence.s);
            }
        }
        self.write(&m, n);
    }

    /// The tense of match `m`'s clause, and whether it dates a past verb right before it.
    fn set_tense(&mut self, sentence: &Sentence, m: &Match) {
        let day = m.captures.get(tables::Class::Weekday).is_some()
            || m.captures.get(tables::Class::Day).is_some();
        let (stage, words) = (self.stage, self.words);
        self.ctx.tense = tense::tense_at(self.doc, &sentence.clauses, m.start, m.end, day, || {
            stage_tense(stage, words, sentence.s, m.start)
        });
        self.ctx.past_verb = tense::dates_past_verb(self.doc.text, m.start);
    }

    /// Match `m` (the `fi`-th of `sentence`) normalised: from the story's reference, from
    /// the date its aside stated before it, or from X's date in "the same day as X" (a
    /// day, week or month the text does not name when X is undated). The reference is as
    /// it was afterwards. `None` when it has no reading.
    fn read_match(
        &mut self,
        sentence: &Sentence,
        progress: &Progress,
        fi: usize,
        m: &Match,
    ) -> Option<Read> {
        let doc = self.doc;
        // "in the same week as the vote": the week of X's date, not of the date last
        // stated (nor the document's); unknown when the text does not date X.
        let same_as = stated::same_as(doc, m, sentence.end).map(|(x_start, x_end)| {
            let stated_x = sentence
                .found
                .get(fi + 1..)
                .unwrap_or(&[])
                .iter()
                .find(|o| o.start >= x_start && o.end <= x_end)
                .and_then(|o| normalise(o, &self.ctx)?.val);
            stated_x.or_else(|| {
                (!self.stage.is_empty())
                    .then(|| {
                        self.stated.anchored(
                            doc,
                            (self.stage, self.words),
                            (x_start, x_end),
                            "P0D",
                            1,
                        )
                    })
                    .flatten()
            })
        });
        let in_aside = sentence
            .asides
            .iter()
            .position(|&(a, b)| (a..b).contains(&m.start));
        let ctx = &mut self.ctx;
        let last = ctx.last;
        let (aside_last, moved) = (progress.aside_last, progress.moved);
        // An aside's expressions count from its own date; a main clause that stated none
        // before counts from it too when it is the story's latest ([`aside::anchors`]).
        let from_aside = aside_last.and_then(|(k, v)| {
            let main = in_aside.is_none()
                && !moved
                && aside::anchors(v, ctx.last)
                && !aside::standard(doc.text, m);
            (Some(k) == in_aside || main).then_some(v)
        });
        if let Some(v) = from_aside {
            ctx.last = Some(v);
        }
        if let Some(x) = same_as {
            ctx.last = x;
        }
        let mut n = normalise(m, ctx);
        // Never past the document date in a past clause for leaving the aside's date out
        // ("Smith, who was held on 3 March, appeared in court two days later").
        if let (Some((_, v)), None, None, false) = (aside_last, in_aside, from_aside, moved) {
            if ctx.tense == Some(tense::Tense::Past)
                && aside::after(n.as_ref().and_then(|n| n.val), ctx.dct)
            {
                ctx.last = Some(v);
                let from_v = normalise(m, ctx);
                if !aside::after(from_v.as_ref().and_then(|n| n.val), ctx.dct) {
                    n = from_v.or(n);
                }
            }
        }
        ctx.last = last;
        let mut n = n?;
        if matches!(same_as, Some(None)) {
            let unit = match n.val {
                Some(TimeValue::Week { .. }) => tables::unit::WEEK,
                Some(TimeValue::Month { .. }) => tables::unit::MONTH,
                _ => tables::unit::DAY,
            };
            n.value = value::unknown_in_year(None, unit).unwrap_or_default();
            n.val = None;
        }
        Some(Read { n, in_aside })
    }

    /// "the three months to September" is a report on that quarter, which becomes the
    /// quarter in focus; "For the nine months, ..." reports on months, not on the quarter.
    fn report_period(&mut self, sentence: &Sentence, fi: usize, m: &Match, n: &mut Normalised) {
        let doc = self.doc;
        let months_to = sentence
            .found
            .get(fi + 1)
            .filter(|_| n.kind == TimexType::Duration)
            .and_then(|o| {
                let next = normalise(o, &self.ctx).and_then(|v| v.val);
                durations::months_to(&n.value, doc.text.get(m.end..o.start)?, next)
            });
        if let Some(q) = months_to {
            n.period = Some(q.to_timeml());
            self.ctx.quarter = Some(q);
        }
        if months_to.is_none()
            && n.kind == TimexType::Duration
            && n.value.starts_with('P')
            && !n.value.starts_with("PT")
            && n.value.ends_with('M')
            && !n.value.ends_with("XM")
        {
            self.ctx.months_report = true;
        }
    }

    /// Writes match `m` read as `n` out, and the second day of a list after it ("April 24
    /// and 25").
    fn write(&mut self, m: &Match, n: Normalised) {
        self.explicit_year
            .push(m.captures.get(tables::Class::Year).is_some());
        let listed = (n.kind == TimexType::Date && m.rule.action == Action::Date)
            .then(|| forms::listed_day(&n.value, self.doc.text.get(m.end..).unwrap_or("")))
            .flatten();
        self.out.push(TimexDraft::new(
            (m.start, m.end),
            n.kind,
            n.value,
            n.modifier,
            n.range_end,
            n.period,
        ));
        if let Some((a, b, value)) = listed {
            self.explicit_year.push(false);
            self.out.push(TimexDraft::new(
                (m.end + a, m.end + b),
                TimexType::Date,
                value,
                None,
                None,
                None,
            ));
        }
    }
}

/// "has not supplied any since 2022": the stretch from that date up to the document date
/// `dct`, which is what an event in the clause spans.
fn since_period(n: &mut Normalised, dct: Option<super::calendar::Ymd>) {
    if n.kind != TimexType::Date || n.range_end.is_some() || n.period.is_some() {
        return;
    }
    if let (Some(d), Some(v)) = (dct, n.val) {
        let first = v
            .first_day()
            .or_else(|| v.year().and_then(|y| super::calendar::Ymd::new(y, 1, 1)));
        if first.is_some_and(|f| f < d) {
            n.period = Some(format!("{}/{}", n.value, TimeValue::day(d).to_timeml()));
        }
    }
}

/// The tense the clause stage gives the clause holding byte `at` (the
/// nearest clause before it in sentence `s` when `at` is outside any):
/// a modal "would"/"will" without a tense of its own is future.
fn stage_tense(clauses: &[Clause], words: &Words, s: usize, at: usize) -> Option<tense::Tense> {
    use crate::engine::clause::{Aspect, Modal, Tense as T};
    let c = clause::containing(clauses, words, at).or_else(|| {
        let i = clauses.partition_point(|c| c.span(words).0 <= at);
        clauses.get(..i)?.last()
    })?;
    if c.sentence() != s {
        return None;
    }
    match c.verb.tense {
        T::Past => Some(tense::Tense::Past),
        // "has been on patrol since March", "have gathered": a present perfect looks back.
        T::Present
            if matches!(
                c.verb.aspect,
                Aspect::Perfective | Aspect::PerfectiveProgressive
            ) =>
        {
            Some(tense::Tense::Past)
        }
        T::Present => Some(tense::Tense::Present),
        T::Future => Some(tense::Tense::Future),
        T::None
            if c.verb
                .modality()
                .iter()
                .any(|m| matches!(m, Modal::Will | Modal::Would)) =>
        {
            Some(tense::Tense::Future)
        }
        T::None => None,
    }
}
