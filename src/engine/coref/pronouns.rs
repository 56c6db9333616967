//! Pronouns: he/she/him/his/her/himself/herself (a person, through `person`), they/them/their
//! and "its" opening a sentence (an organisation or state subject of the clause before), and
//! "it" (reported by the clause before, or opening a coordinated clause).
//!
//! Takes the walk's state (`Ctx`: the subjects known so far and the resolved chain), a word
//! tagged as a pronoun and the clause holding it; returns the entity the pronoun stands for,
//! or `None` when no one entity fits. A resolved person pronoun teaches `Ctx` its gender.
//! Invariant: a pronoun two entities fit stays unresolved (`None`); imports `ctx`, `person` and
//! `words`, never `mod.rs` nor `description`.

use super::super::clause::Clause;
use super::super::model::Label;
use super::super::pos::{Upos, Word};
use super::ctx::Ctx;
use super::person::{FEMALE, MALE};
use super::words::{lower_is, nouns, NounClass};

impl Ctx<'_, '_> {
    /// they / them / their: an ORG subject of the previous clause.
    fn plural_pronoun(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let prev = match ci {
            Some(c) => c.checked_sub(1)?,
            None => self
                .clauses
                .partition_point(|c| c.span(self.words).1 <= w.start())
                .checked_sub(1)?,
        };
        let c = &self.clauses[prev];
        if self.sentence_of(w.start()) > c.sentence() + 1 {
            return None;
        }
        let e = self.subject_of(prev)?;
        // "Rotorflug sold them": an object pronoun is not its own clause's subject.
        let own_subject = ci.is_some_and(|c| {
            let clause = &self.clauses[c];
            let in_subject = clause.subject.as_ref().is_some_and(|g| {
                let (a, b) = g.span(self.words);
                a <= w.start() && w.end() <= b
            });
            !in_subject && self.subject_of(c) == Some(e)
        });
        (!own_subject && matches!(self.label_of(e), Some(Label::Org | Label::Gpe))).then_some(e)
    }

    /// it: the subject of a clause that the previous clause of the sentence
    /// reports ("The ministry said it had ...") is that clause's organisation or
    /// state subject.
    fn reported_it(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let c = ci?;
        let clause = &self.clauses[c];
        let g = clause.subject.as_ref()?;
        if !(g.span(self.words).0 <= w.start() && w.end() <= g.span(self.words).1) {
            return None;
        }
        let p = &self.clauses[c.checked_sub(1)?];
        if p.sentence != clause.sentence
            || nouns().get(p.verb.lemma.as_str()) != Some(&NounClass::Say)
        {
            return None;
        }
        let e = self.subject_of(c - 1);
        e.filter(|&e| matches!(self.label_of(e), Some(Label::Org | Label::Gpe)))
            .or_else(|| self.named_org_subject(p))
    }

    /// it: the subject of a clause opening with "and" or "but" ("X sells A, and in 2019 it
    /// provided B") is the organisation or state subject of the clause before it in the sentence.
    fn coordinated_it(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let c = ci?;
        let clause = &self.clauses[c];
        let g = clause.subject.as_ref()?;
        let p = &self.clauses[c.checked_sub(1)?];
        let opens = clause.words().take(2).any(|j| {
            let x = &self.words.at(j);
            x.upos == Upos::Cconj && lower_is(self.doc, x, &["and", "but"])
        });
        if g.span(self.words).0 != w.start() || p.sentence != clause.sentence || !opens {
            return None;
        }
        let e = self.subject_of(c - 1)?;
        matches!(self.label_of(e), Some(Label::Org | Label::Gpe)).then_some(e)
    }

    /// "A German machine-tool maker, Voss, said ...": the name set off by commas between a
    /// subject whose head is an organisation noun (`coref_nouns.tsv`) and its verb is that
    /// organisation, whatever type the name was given.
    fn named_org_subject(&self, p: &Clause) -> Option<usize> {
        let g = p.subject.as_ref()?;
        let head = self.words.get(g.head())?;
        let noun = self.text(head.start(), head.end()).to_lowercase();
        if nouns().get(noun.as_str()) != Some(&NounClass::Org) {
            return None;
        }
        let (from, to) = (g.span(self.words).1, p.verb.span(self.words).0);
        let i = self.mentions.partition_point(|m| m.start < from);
        let m = self.mentions.get(i).filter(|m| m.end <= to)?;
        let comma = |a: usize, b: usize| a <= b && self.text(a, b).trim() == ",";
        (comma(from, m.start) && comma(m.end, to)).then(|| self.entity_of_mention(i))?
    }
}

/// The entity the pronoun `w` (word `wi`, in clause `ci`) stands for; see the module comment.
pub(super) fn resolve(cx: &mut Ctx, wi: usize, w: Word, ci: Option<usize>) -> Option<usize> {
    let (doc, words) = (cx.doc, cx.words);
    let next_nominal = words
        .get(wi + 1)
        .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num));
    let g = if lower_is(doc, &w, &["he", "him", "his", "himself"]) {
        MALE
    } else if lower_is(doc, &w, &["she", "her", "herself"]) {
        FEMALE
    } else {
        0
    };
    let person = if lower_is(doc, &w, &["he", "she"]) {
        cx.person_pronoun(&w, ci, false, false, g)
    } else if lower_is(doc, &w, &["his"]) || (lower_is(doc, &w, &["her"]) && next_nominal) {
        cx.person_pronoun(&w, ci, false, true, g)
    } else if lower_is(doc, &w, &["him", "her"]) {
        cx.person_pronoun(&w, ci, true, false, g)
    } else if lower_is(doc, &w, &["himself", "herself"]) {
        ci.and_then(|c| cx.subject_of(c))
            .filter(|&e| cx.agrees(e, g))
    } else {
        None
    };
    if let Some(e) = person {
        cx.learn(w.start(), w.end(), e, g);
        Some(e)
    } else if g != 0 {
        None
    } else if lower_is(doc, &w, &["they", "them", "their"]) {
        // ", they say,": hearsay set off by commas names nobody.
        let hearsay = lower_is(doc, &w, &["they"])
            && wi > 0
            && lower_is(doc, &words.at(wi - 1), &[","])
            && words.get(wi + 1).is_some_and(|v| {
                let verb = doc.slice(v.start(), v.end()).to_lowercase();
                nouns().get(verb.as_str()) == Some(&NounClass::Say)
                    || crate::engine::lexicon::words::words()
                        .speech_verbs
                        .contains(&verb.as_str())
            })
            && words
                .get(wi + 2)
                .is_some_and(|p| lower_is(doc, &p, &[",", "."]));
        if hearsay {
            None
        } else {
            cx.plural_pronoun(&w, ci)
        }
    } else if lower_is(doc, &w, &["it"]) {
        cx.reported_it(&w, ci).or_else(|| cx.coordinated_it(&w, ci))
    } else if lower_is(doc, &w, &["its"])
        && doc.is_sentence_start(doc.tokens.partition_point(|t| t.start() < w.start()))
    {
        // "Its largest subsidiary, X, ...": opening a sentence, the organisation or
        // state subject of the clause before, as for "their".
        cx.plural_pronoun(&w, ci)
    } else {
        None
    }
}
