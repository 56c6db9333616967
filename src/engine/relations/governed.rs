//! The clause that governs a trigger with no subject of its own: a gerund after a verb of
//! suspicion or charge ("X is accused of supplying", "regulators fined X for exporting"), an
//! infinitive after a contract ("X signed a contract to supply", "an agreement with Y to
//! supply"), an infinitive a time expression cuts from its verb ("X agreed last week to
//! deliver"), an infinitive of purpose after a verb of leaving a post ("X left Y to join Z");
//! and a denial governing a "that" clause ("X denied that it had sold"). Also the
//! words the walk to a subject passes over, among them a verb of intent the tagger read as a
//! noun ("Germany plans to deliver").
//!
//! Input: a [`Ctx`] and the trigger's clause. Output: where its subject is to be read (the
//! governing clause's subject or object group) and the contract's counterpart, or whether a
//! denial negates it. Only the clause right before the trigger's, in its sentence.

use super::ctx::class::*;
use super::ctx::{Ctx, Parties};
use crate::engine::clause::{Clause, Group, Tense};

/// Where the subject of a subjectless gerund or infinitive is named.
pub(super) enum Governor<'c> {
    /// The governing clause's subject: "X is accused of supplying", "X signed a contract to
    /// supply".
    Subject(&'c Clause),
    /// Its object: "prosecutors accused X of selling", "regulators fined X for exporting".
    Object(&'c Group),
}

pub(super) struct Governed<'c> {
    pub by: Governor<'c>,
    /// A verb of suspicion ("accused of", "suspected of") or a hedged governing verb.
    pub hedged: bool,
    /// "signed an agreement with Y to supply": the "with" group of a contract, Y.
    pub counterpart: Option<&'c Group>,
    /// "refused last week to deliver", "did not agree on Monday to sell": the governing verb
    /// negates the infinitive it governs.
    pub negated: bool,
}

impl Ctx<'_> {
    /// The antecedent of an object relative clause whose subject opens at token `k` and whose
    /// verb (in `c`) has no object after it: "Arriva, which Deutsche Bahn sold", "Kvant,
    /// which the Treasury sanctioned" name the parties ending right before ", which"/", that";
    /// "Kvant, a defence supplier that the Treasury sanctioned" the party an indefinite
    /// apposition describes (its noun phrase opens with "a"/"an" right after the comma and names no party but a
    /// nationality).
    pub(super) fn relative_antecedent(&self, c: &Clause, mut k: usize) -> Option<Parties> {
        // "which the Treasury sanctioned": the subject's article.
        if k > 0 && self.is(k - 1, "the") {
            k -= 1;
        }
        if k < 3 || c.objects_after_verb(self.words).next().is_some() {
            return None;
        }
        if !(self.is(k - 1, "which") || self.is(k - 1, "that")) {
            return None;
        }
        let (lo, _) = self.bounds(k);
        if self.is_punct(k - 2, &[',']) {
            return (k - 3 >= lo)
                .then(|| self.parties_ending_at(k - 3))
                .flatten();
        }
        // An indefinite apposition, no longer than a few words, with no party of its own.
        let opener = (lo + 2..k - 1)
            .rev()
            .take(8)
            .find(|&j| self.is(j, "a") || self.is(j, "an"))?;
        // ("a supplier to the Russian defence ministry that": a nationality is no party).
        let plain = (opener..k - 1).all(|j| {
            !self.is_punct(j, &[','])
                && self
                    .cover(j)
                    .is_none_or(|m| self.mentions[m].label == crate::engine::model::Label::Norp)
        });
        (plain && self.is_punct(opener - 1, &[','])).then(|| self.parties_ending_at(opener - 2))?
    }

    /// A word the walk left to a trigger's subject passes over (`j` its token, `c` its
    /// classes): an auxiliary, "be", an adverb, or a verb of intent right before the
    /// infinitive it governs, which the tagger read as a noun and the chunker as the head of
    /// the subject ("Germany plans to deliver": `plan` in `words.tsv`).
    pub(super) fn passable(&self, j: usize, c: u64) -> bool {
        c & (AUX | BE | ADV) != 0 || (c & PLAN != 0 && self.is(j + 1, "to"))
    }

    /// The clause right before `c` in its sentence.
    fn clause_before(&self, c: &Clause) -> Option<&Clause> {
        let i = self
            .clauses
            .partition_point(|x| x.span(self.words).0 < c.span(self.words).0);
        self.clauses
            .get(i.checked_sub(1)?)
            .filter(|g| g.sentence == c.sentence)
    }

    /// The governing clause of `c`, a gerund or infinitive with no subject naming a party (see
    /// the module doc). `None` for a finite clause, or when the clause before it is none of
    /// the above.
    pub(super) fn governor(&self, c: &Clause) -> Option<Governed<'_>> {
        if c.verb.tense != Tense::None {
            return None;
        }
        let g = self.clause_before(c)?;
        let v = self.token_starting_at(c.verb.span(self.words).0)?;
        if self.is(v, "to") {
            return self
                .contract(g, c)
                .or_else(|| self.dated_chain(g, c, v))
                .or_else(|| self.departed(g, c));
        }
        let prep = v.checked_sub(1)?;
        let class = self.word_class(g.verb.lemma.as_str());
        let by = self.is(prep, "of") && class & ACCUSE != 0
            || (self.is(prep, "for") || self.is(prep, "with")) && class & (ACCUSE | CHARGE) != 0;
        if g.verb.negated || !self.doc.tok_text(v).ends_with("ing") {
            return None;
        }
        if !by {
            return self.penalised(g, prep).map(|object| Governed {
                by: Governor::Object(object),
                hedged: g.verb.hedged(),
                counterpart: None,
                negated: false,
            });
        }
        let hedged = class & ACCUSE != 0 || g.verb.hedged();
        if g.verb.passive {
            return Some(Governed {
                by: Governor::Subject(g),
                hedged,
                counterpart: None,
                negated: false,
            });
        }
        // "accused X of": the object right before the preposition, or before a time expression
        // or an apposition set off by commas ("fined X, a unit of Y, for exporting").
        let object = g.objects_after_verb(self.words).find(|o| {
            self.token_ending_at(o.span(self.words).1)
                .is_some_and(|end| self.only_aside(end + 1, prep))
        })?;
        Some(Governed {
            by: Governor::Object(object),
            hedged,
            counterpart: None,
            negated: false,
        })
    }

    /// "imposed sanctions on X for supplying": the party a measure (`measure` in `words.tsv`:
    /// "sanctions", "embargo") is put on, in the "on"/"against" phrase ending right before the
    /// "for" at token `prep` (or before an aside set off by commas).
    fn penalised<'c>(&'c self, g: &'c Clause, prep: usize) -> Option<&'c Group> {
        let measure = g.objects_after_verb(self.words).any(|o| {
            self.token_ending_at(o.span(self.words).1)
                .is_some_and(|end| self.has(end, MEASURE))
        });
        if !measure || !self.is(prep, "for") {
            return None;
        }
        g.preps_after_verb(self.words, self.doc.text, &["on", "against"])
            .into_iter()
            .find(|p| {
                self.token_ending_at(p.span(self.words).1)
                    .is_some_and(|end| self.only_aside(end + 1, prep))
            })
            .map(|p| &p.object)
    }

    /// "X left Y in September to join Z": an infinitive of taking up a post (`takeup` in
    /// `words.tsv`) with no subject after a verb of leaving one (`depart`) is its subject's
    /// purpose, not its object's ("left Britain to supply the missiles" is not read here).
    fn departed<'c>(&'c self, g: &'c Clause, c: &Clause) -> Option<Governed<'c>> {
        (c.subject.is_none()
            && g.verb.tense != Tense::None
            && self.word_class(g.verb.lemma.as_str()) & DEPART != 0
            && self.word_class(c.verb.lemma.as_str()) & TAKE_UP != 0)
            .then_some(Governed {
                by: Governor::Subject(g),
                hedged: g.verb.hedged(),
                counterpart: None,
                negated: false,
            })
    }

    /// "Germany agreed last week to deliver": a verb, a time expression and an infinitive with
    /// no subject, which the chunker reads as one verb group ("agreed to deliver") when nothing
    /// stands between them. The infinitive's subject is the verb's, with the verb's modality
    /// (negated by "not" or a verb of denial or refusal, a `neg` lemma: "refused on Monday to
    /// sell"), as in the joined group. `v` is the infinitive's "to".
    fn dated_chain<'c>(&'c self, g: &'c Clause, c: &Clause, v: usize) -> Option<Governed<'c>> {
        if c.subject.is_some() {
            return None;
        }
        let end = self.token_ending_at(g.verb.span(self.words).1)?;
        let between = end + 1..v;
        if between.is_empty()
            || !between.clone().any(|k| self.in_timex(k))
            || !self.only_aside(between.start, between.end)
        {
            return None;
        }
        let refused = self.word_class(g.verb.lemma.as_str()) & NEG != 0;
        Some(Governed {
            by: Governor::Subject(g),
            hedged: g.verb.hedged(),
            counterpart: None,
            negated: g.verb.negated != refused,
        })
    }

    /// Are tokens `from..to` nothing, a time expression (with its preposition: "on Tuesday"),
    /// or an apposition set off by commas that opens with a determiner ("a unit of Y")?
    fn only_aside(&self, from: usize, to: usize) -> bool {
        let mut k = from;
        while k < to {
            if self.in_timex(k) || (self.has(k, PREP) && self.in_timex(k + 1)) {
                k += 1;
            } else if self.is_punct(k, &[',']) && self.has(k + 1, DET) {
                // The comma closing the apposition, at most 20 tokens on.
                let Some(close) = (k + 2..to.min(k + 22)).find(|&j| self.is_punct(j, &[',']))
                else {
                    return false;
                };
                k = close + 1;
            } else {
                return false;
            }
        }
        true
    }

    /// "X signed a contract to supply" (the chunker made the contract the infinitive's
    /// subject), "X signed an agreement with Y to supply" (the contract is the governing
    /// clause's object; Y is the counterpart).
    fn contract<'c>(&'c self, g: &'c Clause, c: &Clause) -> Option<Governed<'c>> {
        let agreement = |o: &Group| {
            self.token_ending_at(o.span(self.words).1)
                .is_some_and(|h| self.has(h, AGREEMENT))
        };
        if g.verb.negated {
            return None;
        }
        let hedged = g.verb.hedged();
        match c.subject.as_ref() {
            Some(s) if agreement(s) && g.objects().is_empty() && g.preps().is_empty() => {
                Some(Governed {
                    by: Governor::Subject(g),
                    hedged,
                    counterpart: None,
                    negated: false,
                })
            }
            Some(_) => None,
            None => {
                let object = g.objects_after_verb(self.words).last()?;
                if !agreement(object) {
                    return None;
                }
                let with = g
                    .preps_after_verb(self.words, self.doc.text, &["with"])
                    .into_iter()
                    .find(|p| p.span(self.words).0 > object.span(self.words).0)
                    .map(|p| &p.object);
                Some(Governed {
                    by: Governor::Subject(g),
                    hedged,
                    counterpart: with,
                    negated: false,
                })
            }
        }
    }

    /// The parties of the counterpart of the contract governing `c` ("an agreement with Y to
    /// supply": Y).
    pub(super) fn counterpart(&self, c: &Clause) -> Option<Parties> {
        self.group_parties(self.governor(c)?.counterpart?)
    }

    /// "X denied that it had sold": `c` is the "that" clause (or a clause right after) of a
    /// denial with no object ("deny" is a `neg` lemma of `words.tsv`), itself not negated.
    pub(super) fn denied(&self, c: &Clause) -> bool {
        let Some(g) = self.clause_before(c) else {
            return false;
        };
        if g.verb.negated
            || self.word_class(g.verb.lemma.as_str()) & NEG == 0
            || !g.objects().is_empty()
            || !g.preps().is_empty()
        {
            return false;
        }
        let start = c
            .subject
            .as_ref()
            .map_or(c.verb.span(self.words).0, |s| s.span(self.words).0);
        self.doc
            .text
            .get(g.verb.span(self.words).1..start)
            .is_some_and(|t| {
                let t = t.trim();
                t.is_empty() || t.eq_ignore_ascii_case("that")
            })
    }
}
