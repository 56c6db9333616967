//! The walks frames read their subjects with: the subject left of a trigger
//! (over auxiliaries, adverbs, hedges, negations, time expressions and
//! relative clauses, else the clause stage's subject of the trigger's verb
//! group), the nearest party of a noun trigger, the organisation in focus.
//! Party lists at a phrase ("A, B and C") are [`super::parties`]'s; objects
//! and recipients of verb triggers come from the clause stage
//! (`relations::groups`).
//!
//! Input: a [`Ctx`] and token indexes. Output: [`Subject`]s and [`Parties`]
//! (entity indexes and the token range they cover). Every walk stays in the
//! trigger's sentence and passes a bounded number of tokens.

use super::ctx::class::*;
use super::ctx::{Ctx, Parties, Subject};
use super::governed::Governor;
use crate::engine::clause::{self, Clause};
use crate::engine::model::Label;
use crate::engine::text::TokenKind;

/// Longest left walk from a trigger to its subject (tokens).
pub(super) const MAX_SUBJECT_GAP: usize = 12;
/// Longest walk left to the nearest party for a noun trigger ("in a phone call with").
pub(super) const MAX_NEAREST: usize = 15;
/// Most tokens a subject walk passes, time expressions and relative clauses included.
pub(super) const MAX_SUBJECT_WALK: usize = 48;

impl Ctx<'_> {
    /// First and one-past-last token of the sentence holding token `i`.
    pub fn bounds(&self, i: usize) -> (usize, usize) {
        let s = &self.doc.sentences[self.sentence_of(i)];
        (s.tokens().start, s.tokens().end)
    }

    /// One past the last token of the sentence holding token `k - 1`: the limit of a scan
    /// that starts right after a token (so it never runs into the next sentence).
    pub fn end_of_sentence_before(&self, k: usize) -> usize {
        if self.n_tokens() == 0 {
            return 0;
        }
        self.bounds(k.saturating_sub(1).min(self.n_tokens() - 1)).1
    }

    /// The subject of the trigger starting at token `a`: the party the clause stage names as
    /// the subject of the trigger's verb group, else a walk left over quotes, auxiliaries,
    /// adverbs, hedges and negations (and, with `light`, light verbs, determiners and numbers:
    /// "holds a 20% stake") to a party phrase. `None` when neither finds one.
    pub fn subject(&self, a: usize, light: bool) -> Option<Subject> {
        let clause = self
            .verb_clause(a)
            .or_else(|| light.then(|| self.object_clause(a)).flatten());
        // The clause stage's subject first (of the trigger's verb group, or for a noun trigger
        // of the clause whose object holds it); the walk where it names no party: a verb group
        // the tagger split ("were likely providing"), a subject set off by dashes ("— including
        // A, B and C —"), a noun trigger before its verb.
        let own = clause.and_then(|c| self.clause_subject(c));
        // "X met Y on Tuesday, while Japan's minister, Z, spoke with W": a subject the clause
        // stage carried over from the clause before gives way to a party the walk finds after it.
        let carried = clause.is_some_and(|c| c.subject_source == clause::SubjectSource::Shared);
        let later = carried
            .then(|| self.subject_walk(a, light))
            .flatten()
            .filter(|w| {
                own.as_ref()
                    .is_none_or(|o| w.parties.first > o.parties.last)
            });
        let mut s = later
            .or(own)
            .or_else(|| self.governed_subject(self.verb_clause(a)?))
            .or_else(|| self.subject_walk(a, light))?;
        // "Reportedly, X supplied ...": a hedge just before the subject.
        let (lo, _) = self.bounds(a);
        s.hedged |= (lo.max(s.parties.first.saturating_sub(3))..s.parties.first)
            .any(|k| self.has(k, HEDGE));
        // The clause stage reads modality over the whole verb group ("is believed to have
        // been supplying", "did not, in the end, provide").
        if let Some(c) = clause {
            // "was alleged to have sold": a hedge word inside the verb group.
            let (v0, _) = c.verb.span(self.words);
            s.hedged |= c.verb.hedged()
                || self
                    .token_starting_at(v0)
                    .is_some_and(|k| (k..a).any(|k| self.has(k, HEDGE)));
            // "has denied supplying", "had stopped selling": a verb of denial before the
            // trigger's verb (its lemma is a `neg` word of `words.tsv`), in a finite verb group
            // ("to stop exporting", a goal, still exports).
            let denial = c.verb.tense != clause::Tense::None
                && c.verb.chain().iter().any(|l| self.word_class(l) & NEG != 0);
            // "has not stopped supplying": the group's negation and the denial cancel.
            s.negated |= c.verb.negated != denial;
            // "denied that it had sold".
            s.negated ^= self.denied(c);
        }
        Some(s)
    }

    /// The subject a gerund or infinitive inherits from the clause governing it
    /// ([`Ctx::governor`]): that clause's subject or object, hedged after a verb of suspicion.
    fn governed_subject(&self, c: &Clause) -> Option<Subject> {
        let gov = self.governor(c)?;
        let mut s = match gov.by {
            Governor::Subject(g) => self.clause_subject(g)?,
            Governor::Object(o) => Subject {
                parties: self.group_parties(o)?,
                ..Subject::default()
            },
        };
        s.hedged |= gov.hedged;
        s.negated |= gov.negated;
        Some(s)
    }

    /// For a noun trigger at token `a` ("imposed sanctions on", "held talks with", "holds a
    /// stake in"), the clause whose object or complement after the verb holds it: its subject
    /// is the trigger's actor, when its verb is a light verb (`light` in `words.tsv`: "sold
    /// its stake in" is no holding).
    pub(super) fn object_clause(&self, a: usize) -> Option<&Clause> {
        let at = self.doc.tokens.get(a)?.start();
        clause::containing(self.clauses, self.words, at).filter(|c| {
            c.verb.span(self.words).1 <= at
                && self
                    .token_ending_at(c.verb.span(self.words).1)
                    .is_some_and(|h| self.has(h, LIGHT))
                && c.objects()
                    .iter()
                    .chain(c.preps().iter().map(|p| &p.object))
                    .any(|g| g.span(self.words).0 <= at && at < g.span(self.words).1)
        })
    }

    /// The clause whose verb group holds the trigger starting at token `a`.
    pub(super) fn verb_clause(&self, a: usize) -> Option<&Clause> {
        let at = self.doc.tokens.get(a)?.start();
        clause::containing(self.clauses, self.words, at)
            .filter(|c| c.verb.span(self.words).0 <= at && at < c.verb.span(self.words).1)
    }

    /// The party the clause stage found as the clause's subject: a mention (or resolved
    /// pronoun or description) ending at the subject group's last word.
    pub(super) fn clause_subject(&self, c: &Clause) -> Option<Subject> {
        let g = c.subject.as_ref()?;
        // "The Office of Foreign Assets Control designated", "Minister of Fisheries Lotte Hansvik
        // will meet": the chunker ends the group at "of"; the name runs on through the "of"
        // phrases that reach the verb.
        let text = self.doc.text;
        let mut end = g.span(self.words).1;
        for p in c
            .preps()
            .iter()
            .filter(|p| p.span(self.words).1 <= c.verb.span(self.words).0)
        {
            let joined = p.prep().0 >= end
                && text
                    .get(end..p.prep().0)
                    .is_some_and(|t| t.trim().is_empty())
                && text
                    .get(p.prep().0..p.prep().1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("of"));
            if joined {
                end = p.span(self.words).1;
            }
        }
        let named = |end: usize| {
            let j = self.token_ending_at(end)?;
            self.mention_ending_at(j)?;
            self.parties_ending_at(j)
        };
        let j = self.token_ending_at(g.span(self.words).1)?;
        let j = self.family_head(self.token_starting_at(g.span(self.words).0)?, j);
        // "Marlow Tankers of Ajman was fined": a place in the "of" phrase after a group that
        // names a party itself is where that party is based, not the subject.
        let own_party = self
            .mention_ending_at(j)
            .is_some_and(|m| self.party(m).is_some());
        // "Erik Vang of Hordfjord Energy met ...": a person's "of" phrase is where the person
        // works, and the person is the subject.
        let own_person = self
            .mention_ending_at(j)
            .is_some_and(|m| self.mentions[m].label == Label::Person);
        // "Aryna Mirova of Belarus will meet": a bare name no mention covers (the name tagger
        // missed it) before a place's "of" phrase is someone from there, not the place; it is
        // the person the document names by its last word or whole, if one.
        let g0 = self.token_starting_at(g.span(self.words).0)?;
        let unnamed = self.cover(j).is_none()
            && (g0..=j).all(|k| {
                self.doc.tokens[k].kind == TokenKind::Word
                    && self.doc.tok_text(k).starts_with(char::is_uppercase)
                    && self.class(k) == 0
            })
            && !self.is_role(j, j + 1);
        let joined = (end > g.span(self.words).1 && !own_person)
            .then(|| named(end))
            .flatten()
            .filter(|p| {
                let place = matches!(
                    self.mention_ending_at(p.last)
                        .map(|m| self.mentions[m].label),
                    Some(Label::Gpe | Label::Loc)
                );
                !(unnamed && place)
            })
            .filter(|p| {
                !own_party
                    || !matches!(
                        self.mention_ending_at(p.last)
                            .map(|m| self.mentions[m].label),
                        Some(Label::Gpe | Label::Loc)
                    )
            });
        if let Some(parties) = joined {
            return Some(Subject {
                parties,
                ..Subject::default()
            });
        }
        let parties = match self.parties_ending_at(j) {
            Some(p) => p,
            // "A consortium led by X agreed to buy": the group acts for the party leading it.
            None if self.has(j, BAND)
                && (self.is(j + 1, "led") || self.is(j + 1, "headed"))
                && self.is(j + 2, "by") =>
            {
                // "led by Saudi investor X": past the words describing the leader.
                (self.party_after_description(j + 3)).or_else(|| self.parties_at(j + 3))?
            }
            None => {
                let (first, e) = self
                    .resolved_at(j)
                    .or_else(|| Some((j, self.named_elsewhere(j)?)))
                    // `unnamed` first: `person_named` scans every entity and its aliases.
                    .or_else(|| {
                        unnamed
                            .then(|| self.person_named(g0, j))
                            .flatten()
                            .map(|e| (g0, e))
                    })?;
                Parties {
                    entities: vec![e],
                    first,
                    last: j,
                }
            }
        };
        // ", a Russian national living in Dubai, who was sanctioned": "who" never stands for
        // a place; the person the apposition describes is its antecedent.
        let parties = match c.subject_source {
            clause::SubjectSource::Antecedent if self.all_places(&parties.entities) => self
                .who_antecedent(self.token_starting_at(c.verb.span(self.words).0)?)
                .unwrap_or(parties),
            _ => parties,
        };
        Some(Subject {
            parties,
            ..Subject::default()
        })
    }

    /// The one PERSON entity named by tokens `a..=b` or by their last word ("Aryna Mirova"
    /// when the document's person is "Mirova").
    fn person_named(&self, a: usize, b: usize) -> Option<usize> {
        let whole = self
            .doc
            .text
            .get(self.doc.tokens[a].start()..self.doc.tokens[b].end())?;
        let last = self.doc.tok_text(b);
        let mut found = self.merged.entities.iter().enumerate().filter(|(_, e)| {
            e.label == Label::Person
                && [whole, last]
                    .iter()
                    .any(|w| e.name == *w || e.aliases.iter().any(|a| a == w))
        });
        let (e, _) = found.next()?;
        found.next().is_none().then_some(e)
    }

    /// Are all `entities` places (GPE, LOC)?
    fn all_places(&self, entities: &[usize]) -> bool {
        entities
            .iter()
            .all(|&e| matches!(self.label_of_entity(e), Some(Label::Gpe | Label::Loc)))
    }

    /// For a verb group opening at token `v0` right after ", who", the person or organisation
    /// an apposition before that comma describes: "X, a trader based in Minsk, who was
    /// designated" → X, read from "who" on. The apposition opens with an article after a
    /// comma, holds no person or organisation of its own and runs at most 16 tokens.
    fn who_antecedent(&self, v0: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(v0);
        if v0 < lo + 4 || !(self.is(v0 - 1, "who") && self.is_punct(v0 - 2, &[','])) {
            return None;
        }
        let comma = (lo + 1..v0 - 2)
            .rev()
            .take(16)
            .find(|&k| self.is_punct(k, &[',']))?;
        let described = self.has(comma + 1, DET)
            && (comma + 1..v0 - 2).all(|k| {
                self.cover(k)
                    .is_none_or(|m| !matches!(self.mentions[m].label, Label::Person | Label::Org))
            });
        let mut p = described.then(|| self.parties_ending_at(comma - 1))??;
        // The relation is read from "who" on: a date before it is the main clause's.
        p.first = v0 - 1;
        p.entities
            .iter()
            .all(|&e| matches!(self.label_of_entity(e), Some(Label::Person | Label::Org)))
            .then_some(p)
    }

    /// For a relative pronoun at token `r` right after an apposition ("X, the activist investor
    /// that holds ...", "X, a broker who sold ..."), the person or organisation X the
    /// apposition describes: it opens with a determiner after a comma, names no person or
    /// organisation of its own and runs at most 8 tokens. Read from the pronoun on (a date
    /// before it is the main clause's).
    fn described_antecedent(&self, r: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(r);
        let relative = self.is(r, "that") || self.is(r, "who") || self.is(r, "which");
        if !relative || r < lo + 4 || self.is_punct(r - 1, &[',']) {
            return None;
        }
        let comma = (lo + 1..r - 1)
            .rev()
            .take(8)
            .find(|&k| self.is_punct(k, &[',']))?;
        let described = self.has(comma + 1, DET)
            && (comma + 1..r).all(|k| {
                self.doc.tokens[k].kind == TokenKind::Word
                    && self.cover(k).is_none_or(|m| {
                        !matches!(self.mentions[m].label, Label::Person | Label::Org)
                    })
            });
        let mut p = described.then(|| self.parties_ending_at(comma - 1))??;
        p.first = r;
        p.entities
            .iter()
            .all(|&e| matches!(self.label_of_entity(e), Some(Label::Person | Label::Org)))
            .then_some(p)
    }

    /// The subject by walking left from the trigger (see [`Ctx::subject`]).
    pub(super) fn subject_walk(&self, a: usize, light: bool) -> Option<Subject> {
        let (lo, _) = self.bounds(a);
        let (mut hedged, mut negated) = (false, false);
        let mut j = a;
        let mut steps = 0;
        let mut tokens = 0;
        loop {
            if j <= lo || steps >= MAX_SUBJECT_GAP || tokens >= MAX_SUBJECT_WALK {
                return None;
            }
            j -= 1;
            steps += 1;
            tokens += 1;
            let c = self.class(j);
            if self.is_quote(j) || self.passable(j, c) {
                continue;
            }
            // "X on Thursday sanctioned ...": a time expression and its preposition.
            if self.in_timex(j) || (c & PREP != 0 && self.in_timex(j + 1)) {
                steps -= 1;
                continue;
            }
            // "X, which imposed sanctions": the relative pronoun stands for X.
            if (self.is(j, "which") || self.is(j, "who")) && j > lo && self.is_punct(j - 1, &[','])
            {
                j -= 1;
                continue;
            }
            // "X, which owns ..., shipped" / "X, the Dutch maker of ..., has not shipped".
            if self.is_punct(j, &[',']) {
                if let Some(k) = self.parenthetical_start(j) {
                    tokens += j - k;
                    j = k;
                    continue;
                }
                // "A second firm, X of Ajman, was fined": the name in apposition to a
                // subject naming none.
                if let Some(parties) = self.appositive_name(j) {
                    return Some(Subject {
                        parties,
                        hedged,
                        negated,
                        pronoun: false,
                    });
                }
            }
            if c & NEG != 0 {
                negated = true;
                continue;
            }
            if c & HEDGE != 0 || (c & SPEECH != 0 && self.is(j + 1, "to")) {
                hedged = true;
                continue;
            }
            let numberish = self.doc.tokens[j].kind == TokenKind::Number
                || self.is_punct(j, &['%'])
                || self.is(j, "per")
                || self.is(j, "cent")
                || self.is(j, "percent");
            if light && (c & LIGHT != 0 || numberish) {
                continue;
            }
            // "X, the activist investor that holds a stake in Y": the name the apposition
            // before the relative pronoun describes.
            if let Some(parties) = self.described_antecedent(j) {
                return Some(Subject {
                    parties,
                    hedged,
                    negated,
                    pronoun: false,
                });
            }
            break;
        }
        // "he", "the company": coreference named the entity.
        if let Some((first, e)) = self
            .resolved_at(j)
            .filter(|_| self.mention_ending_at(j).is_none())
        {
            return Some(Subject {
                parties: Parties {
                    entities: vec![e],
                    first,
                    last: j,
                },
                hedged,
                negated,
                pronoun: false,
            });
        }
        if self.has(j, PRONOUN) {
            return Some(Subject {
                parties: Parties {
                    entities: Vec::new(),
                    first: j,
                    last: j,
                },
                hedged,
                negated,
                pronoun: true,
            });
        }
        let parties = self.parties_ending_at(j)?;
        // The object of a preposition is not a subject ("drones from China supplied ...").
        if parties.first > lo {
            let p = self.low(parties.first - 1);
            if matches!(
                p.as_str(),
                "of" | "to" | "for" | "from" | "by" | "in" | "at" | "on" | "against" | "into"
            ) {
                return None;
            }
        }
        // "Reportedly, X supplied ...": a hedge just before the subject.
        let mut k = parties.first;
        for _ in 0..3 {
            if k <= lo {
                break;
            }
            k -= 1;
            if self.has(k, HEDGE) {
                hedged = true;
            }
        }
        Some(Subject {
            parties,
            hedged,
            negated,
            pronoun: false,
        })
    }

    /// For a comma at `j` closing a relative clause or an apposition after a party ("X, which
    /// owns ..., " / "X, the maker of ..., "), the position of the comma opening it.
    pub(super) fn parenthetical_start(&self, j: usize) -> Option<usize> {
        let (lo, _) = self.bounds(j);
        (lo + 1..j).rev().take(20).find(|&k| {
            self.is_punct(k, &[','])
                && (self.is(k + 1, "which") || self.is(k + 1, "who") || self.has(k + 1, DET))
                && self
                    .mention_ending_at(k - 1)
                    .is_some_and(|m| self.party(m).is_some())
        })
    }

    /// The nearest party mention left of token `a` in its clause (not crossing a reporting
    /// verb, a clause word or sentence punctuation), with the hedges and negations passed.
    pub(super) fn nearest_party_left(&self, a: usize) -> Option<Subject> {
        let (lo, _) = self.bounds(a);
        let (mut hedged, mut negated) = (false, false);
        let mut j = a;
        for _ in 0..MAX_NEAREST {
            if j <= lo {
                return None;
            }
            j -= 1;
            if let Some(m) = self.mention_ending_at(j) {
                if let Some(e) = self.party(m) {
                    let first = self.mentions[m].tokens.start;
                    return Some(Subject {
                        parties: Parties {
                            entities: vec![e],
                            first,
                            last: j,
                        },
                        hedged,
                        negated,
                        pronoun: false,
                    });
                }
            }
            let c = self.class(j);
            if c & (SPEECH | BOUNDARY) != 0 || self.is_punct(j, &[';', ':', '.']) {
                return None;
            }
            hedged |= c & HEDGE != 0;
            negated |= c & NEG != 0;
        }
        None
    }

    /// The organisation in focus at token `k`: the one organisation subject of the nearest
    /// clause before it with a subject, in its sentence or the one before ("Halvard makes
    /// drones. Its chief executive ..."), or of the clause it sits in after the verb ("X said
    /// its chief executive, Y, would leave": the reporting clause runs on over what it reports).
    pub(super) fn org_in_focus(&self, k: usize) -> Option<usize> {
        let at = self.doc.tokens.get(k)?.start();
        let i = self.clauses.partition_point(|c| c.span(self.words).1 <= at);
        let s = self.sentence_of(k);
        let before = self.clauses[..i.min(self.clauses.len())]
            .iter()
            .rev()
            .take_while(|c| c.sentence() + 1 >= s)
            .find(|c| c.subject.is_some());
        let around = || {
            self.clauses.iter().find(|c| {
                let (lo, hi) = c.span(self.words);
                lo < at && at < hi && c.verb.span(self.words).1 <= at && c.subject.is_some()
            })
        };
        let p = self.group_parties(before.or_else(around)?.subject.as_ref()?)?;
        match p.entities[..] {
            [e] if self.label_of_entity(e) == Some(Label::Org) => Some(e),
            _ => None,
        }
    }

    /// Distinct PERSON entities of the sentence holding token `a`, in order of mention.
    pub(super) fn persons_in_sentence(&self, a: usize) -> Vec<usize> {
        let (lo, hi) = self.bounds(a);
        let mut out = Vec::new();
        for k in lo.max(a.saturating_sub(MAX_NEAREST * 3))..hi.min(a + MAX_NEAREST) {
            if let Some(m) = self.mention_starting_at(k) {
                if self.mentions[m].label == Label::Person {
                    let e = self.entity_of(m);
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }
}
