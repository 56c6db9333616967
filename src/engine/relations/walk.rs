//! The walks frames read their parties with: the subject left of a trigger
//! (over auxiliaries, adverbs, hedges, negations, time expressions and
//! relative clauses, else the clause stage's subject of the trigger's verb
//! group), party lists at a phrase ("A, B and C"; read by noun triggers and at
//! the start of a clause's groups), the nearest party of a noun trigger.
//! Objects and recipients of verb triggers come from the clause stage
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
/// Most parties in one joined list ("A, B and C").
pub(super) const MAX_LIST: usize = 12;
/// Most tokens between a preposition and the word opening its list ("on 45 more firms on
/// Wednesday, including A").
pub(super) const MAX_LIST_OPENER: usize = 9;

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

    pub(super) fn is_joiner(&self, i: usize) -> bool {
        self.is(i, "and") || self.is(i, "or") || self.is_punct(i, &['&'])
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
        let joined = (end > g.span(self.words).1 && !own_person)
            .then(|| named(end))
            .flatten()
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
                    .or_else(|| Some((j, self.named_elsewhere(j)?)))?;
                Parties {
                    entities: vec![e],
                    first,
                    last: j,
                }
            }
        };
        Some(Subject {
            parties,
            ..Subject::default()
        })
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

    /// The nationality mention before the group noun at token `j`: right before it
    /// ("Chinese entities"), or before one plain lower-case word ("Russian military users").
    fn nationality_before(&self, j: usize) -> Option<usize> {
        let (lo, _) = self.bounds(j);
        self.mention_ending_at(j.checked_sub(1)?).or_else(|| {
            // "Romanian defence ministry", "Romania's defence ministry": one plain word
            // between a nationality or a possessive and the group noun.
            (j >= lo + 2 && self.plain_word(j - 1))
                .then(|| self.mention_ending_at(j - 2))
                .flatten()
                .filter(|&m| self.mentions[m].label == Label::Norp || self.possessive(j - 2))
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

    /// Parties named by the phrase ending at token `j`: a party mention with the ones joined
    /// to it ("Russia and Iran"), a nationality with a group noun ("Chinese entities" →
    /// China), or the "including" list inside dashes or brackets ("several groups — including
    /// A, B and C —").
    pub fn parties_ending_at(&self, j: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(j);
        let head = if let Some(m) = self.mention_ending_at(j) {
            let e = self.party(m)?;
            Some((e, self.mentions[m].tokens.start, false))
        } else if self.has(j, COLLECTIVE) && j > lo {
            let m = self.nationality_before(j)?;
            let e = self
                .nationality_country(m)
                .or_else(|| self.authority_state(m, j))?;
            Some((e, self.mentions[m].tokens.start, true))
        } else {
            None
        };
        if let Some((e, first, nationality)) = head {
            let mut p = Parties {
                entities: vec![e],
                first,
                last: j,
            };
            // Joined parties to the left: the joiner next to the head must be "and"/"or".
            let mut seen_and = false;
            // "from Kongsberg, and Sweden has sent": ", and" between only two names joins two
            // clauses, not a list ("A, B, and C" has a third).
            let mut comma_and = false;
            let head = p.clone();
            while p.first >= lo + 2 && p.entities.len() < MAX_LIST {
                // "The EU and the UK": an article before a joined name is part of its phrase.
                let q = p.first - 1 - usize::from(self.is(p.first - 1, "the"));
                if q <= lo {
                    break;
                }
                let r = if self.is_joiner(q) {
                    seen_and = true;
                    if self.is_punct(q - 1, &[',']) {
                        comma_and = true;
                        q.saturating_sub(2)
                    } else {
                        q - 1
                    }
                } else if seen_and && self.is_punct(q, &[',']) {
                    q - 1
                } else {
                    break;
                };
                let Some(m) = self.mention_ending_at(r) else {
                    break;
                };
                let e = if nationality {
                    self.nationality_country(m)
                } else {
                    self.party(m)
                };
                let Some(e) = e else { break };
                if !p.entities.contains(&e) {
                    p.entities.insert(0, e);
                }
                p.first = self.mentions[m].tokens.start;
            }
            if comma_and && p.entities.len() == 2 {
                return Some(head);
            }
            return Some(p);
        }
        if self.is_punct(j, &['—', '–', ')']) && j > lo {
            let opener = (lo..j)
                .rev()
                .take(30)
                .find(|&k| self.is_punct(k, &['—', '–', '(']))?;
            let k = opener + 1;
            let start = if self.is(k, "including") || self.is(k, "notably") {
                k + 1
            } else if self.is(k, "such") && self.is(k + 1, "as") {
                k + 2
            } else {
                return None;
            };
            let mut p = self.parties_at(start)?;
            if p.last + 1 != j {
                return None;
            }
            p.first = opener;
            p.last = j;
            return Some(p);
        }
        None
    }

    /// Parties named by the phrase starting at token `k` (after quotes): a party mention with
    /// the ones joined to it ("Russia, Iran and Syria"), or a nationality with a group noun.
    pub fn parties_at(&self, k: usize) -> Option<Parties> {
        let hi = self.end_of_sentence_before(k);
        let mut k = k;
        while k < hi && self.is_quote(k) {
            k += 1;
        }
        // "met him", "sanctioned the company": coreference named the entity.
        if let Some((first, e)) = self
            .resolved_at(k)
            .filter(|&(first, _)| first == k && self.mention_starting_at(k).is_none())
        {
            let mut last = k;
            while self.resolved_at(last + 1).is_some_and(|(f, _)| f == first) {
                last += 1;
            }
            return Some(Parties {
                entities: vec![e],
                first,
                last,
            });
        }
        while k < hi && (self.is_quote(k) || self.is(k, "the")) {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        // "met Kazakh President Kassym-Jomart Tokayev": the person after a nationality and title.
        if let Some(m) = self
            .mention_starting_at(k)
            .filter(|&m| self.mentions[m].label == Label::Norp)
        {
            let after = self.mentions[m].tokens.end;
            let person = (after + 1..(after + 5).min(hi)).find(|&p| {
                self.mention_starting_at(p)
                    .is_some_and(|pm| self.mentions[pm].label == Label::Person)
                    && self.is_role(after, p)
            });
            if let Some(p) = person {
                // "on North Korean leader Kim Jong-un's government": the leader's government is
                // the state of the nationality.
                if let Some(g) = self.leaders_government(p, hi) {
                    if let Some(e) = self.nationality_country(m) {
                        return Some(Parties {
                            entities: vec![e],
                            first: k,
                            last: g,
                        });
                    }
                }
                k = p;
            }
        }
        // "the Dubai-based Aster Freight": a hyphenated place modifier is no party.
        if k + 1 < hi && self.place_modifier(k) {
            k += 1;
        }
        let one = |k: usize| self.party_phrase_at(k, hi);
        let (e, last) = one(k)?;
        let mut p = Parties {
            entities: vec![e],
            first: k,
            last,
        };
        // Joined parties: keep the ones up to the last "and"/"or" ("to Russia, China said"
        // does not join China).
        let mut pending: Vec<(usize, usize)> = Vec::new();
        let mut q = p.last + 1;
        while q < hi && p.entities.len() + pending.len() < MAX_LIST {
            let (r, and) = if self.is_joiner(q) {
                (q + 1, true)
            } else if self.is_punct(q, &[',']) {
                if self.is_joiner(q + 1) {
                    (q + 2, true)
                } else {
                    (q + 1, false)
                }
            } else {
                break;
            };
            // "by Denmark and the Netherlands"
            let r = if r + 1 < hi && self.is(r, "the") {
                r + 1
            } else {
                r
            };
            let Some((e, last)) = one(r) else { break };
            // "from China, and Beijing tightened ...": a name followed by a word that is not a
            // preposition or clause word starts a new clause.
            let f = last + 1;
            let ends = f >= hi
                || self.doc.tokens[f].kind != TokenKind::Word
                || self.has(f, PREP | BOUNDARY | SPEECH | COLLECTIVE)
                || self.is_joiner(f);
            if !ends {
                break;
            }
            pending.push((e, last));
            if and {
                for (e, last) in pending.drain(..) {
                    if !p.entities.contains(&e) {
                        p.entities.push(e);
                    }
                    p.last = last;
                }
            }
            q = last + 1;
        }
        Some(p)
    }

    /// Parties after a preposition: directly ("from China"), through a list introduced
    /// within a few words ("from other groups, including A and B"), or after a description
    /// ("of insurer X", [`Ctx::party_after_description`]).
    pub fn parties_after(&self, k: usize) -> Option<Parties> {
        if let Some(p) = self.parties_at(k) {
            return Some(p);
        }
        let hi = self.end_of_sentence_before(k);
        for j in k..(k + MAX_LIST_OPENER).min(hi) {
            if self.is(j, "including") || self.is(j, "notably") || self.is(j, "namely") {
                return self.parties_at(j + 1);
            }
            if self.is(j, "such") && self.is(j + 1, "as") {
                return self.parties_at(j + 2);
            }
            let word = self.doc.tokens[j].kind == TokenKind::Word;
            let named = self
                .cover(j)
                .is_some_and(|m| matches!(self.mentions[m].label, Label::Person | Label::Org));
            if !(word || self.is_punct(j, &[','])) || named {
                break;
            }
        }
        // "of insurer X", "to the Greek utility Y": the party a description introduces.
        self.party_after_description(k)
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

    /// Does token `k` end in a possessive "'s" ("Britain's")?
    pub(super) fn possessive(&self, k: usize) -> bool {
        k < self.n_tokens() && crate::engine::shape::possessive_len(self.doc.tok_text(k)) > 0
    }

    /// Is token `k` a hyphenated place modifier ("Dubai-based", "Cyprus-registered": its last
    /// part is a `placemod` word of `words.tsv`)?
    pub(super) fn place_modifier(&self, k: usize) -> bool {
        let t = self.doc.tok_text(k);
        self.doc.tokens[k].kind == TokenKind::Word
            && t.rsplit_once('-')
                .is_some_and(|(_, w)| self.word_class(&w.to_lowercase()) & PLACEMOD != 0)
    }

    /// One party named at token `k` (sentence end `hi`), with its last token: a party mention
    /// (not a modifier of a plural noun, not the start of a longer unrecognised name; the
    /// owner in a possessive gives way to the organisation or person it owns: "Britain's BAE
    /// Systems"), or a nationality with a group noun ("Chinese refiners").
    pub(super) fn party_phrase_at(&self, k: usize, hi: usize) -> Option<(usize, usize)> {
        let m = self.mention_starting_at(k)?;
        let end = self.mentions[m].tokens.end;
        if let Some(e) = self.party(m) {
            if let Some(owned) = self.possessed_party(end, hi) {
                return Some(owned);
            }
            // "by UAE regulators": a state's body acts for the state.
            if end < hi && self.authority_state(m, end).is_some() {
                return Some((e, end));
            }
            // "from Dubai brokers": a name before a plural common noun only modifies it.
            let next = if end < hi { self.doc.tok_text(end) } else { "" };
            let function = PREP | BOUNDARY | SPEECH | AUX | BE | ADV | HEDGE | NEG;
            let modifier = self
                .doc
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && next.starts_with(char::is_lowercase)
                && (self.has(end, COLLECTIVE)
                    || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss")))
                && self.class(end) & function == 0;
            // "Astana Trade House": a name running on into capitalised words no mention
            // covers is part of a longer, unrecognised name.
            let runs_on = end < hi && self.runs_on(m);
            return (!modifier && !runs_on).then_some((e, end - 1));
        }
        if end < hi && self.has(end, COLLECTIVE) {
            return Some((self.nationality_country(m)?, end));
        }
        // "Russian military users": one plain lower-case word between.
        if end + 1 < hi && self.has(end + 1, COLLECTIVE) && self.plain_word(end) {
            return Some((self.nationality_country(m)?, end + 1));
        }
        None
    }

    /// After a party ending before token `end`: when it ends in a possessive and is followed
    /// (over at most two lower-case words: "Zambia's state-owned ZCCM") by an organisation
    /// or person, that party and its last token.
    pub(super) fn possessed_party(&self, end: usize, hi: usize) -> Option<(usize, usize)> {
        if end >= hi || end == 0 || !self.possessive(end - 1) {
            return None;
        }
        let q = (end..(end + 3).min(hi)).find(|&q| {
            self.mention_starting_at(q).is_some()
                || !self
                    .doc
                    .tok_text(q)
                    .starts_with(|c: char| c.is_ascii_lowercase())
        })?;
        let m = self.mention_starting_at(q)?;
        let plain = (end..q).all(|w| self.class(w) & !CONTENT == 0 && self.cover(w).is_none());
        if !plain
            || !matches!(self.mentions[m].label, Label::Org | Label::Person)
            || self.runs_on(m)
        {
            return None;
        }
        Some((self.party(m)?, self.mentions[m].tokens.end - 1))
    }
}
