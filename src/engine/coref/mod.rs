//! Stage 4b: pronouns and descriptions → entities (coreference), after merge.
//!
//! Input: the document, its tagged words and clauses, the typed mentions and
//! the merged entities. Output: `Vec<Resolved>`, one per pronoun ("he", "him",
//! "his", "they") or definite description ("the company", "the minister",
//! "the ship") resolved to an entity, in text order, byte offsets.
//!
//! Conservative by design: a pronoun is resolved only when one entity fits.
//! - he/she/his/her/himself/herself: a PERSON in the same or the previous
//!   sentence, named or a pronoun already resolved; the subject of an earlier
//!   clause first, else the only person there. An object pronoun ("meets him")
//!   never takes its own clause's subject, nor, as an infinitive's subject
//!   ("told her to leave"), the teller; a possessive after a copula ("became
//!   her husband") not the subject. A person-like common noun subject in
//!   between ("an official ... he said") blocks. A subject of the previous
//!   sentence yields to a person opening the pronoun's own sentence; other
//!   persons there leave it open.
//!   Agreement: not a name like a firm's ("Dunmore Brothers"), nor a person
//!   known to be of the other gender (an honorific or a kin noun beside a name,
//!   "his wife, X", a listed given name or its ending, the pronouns resolved to it). For "she", a woman named here, else the story's
//!   main woman, outweighs a person of unknown gender (most often a man in the
//!   news); when nobody nearby agrees, the main person of that gender, if any.
//! - they/them/their: only an ORG that is the subject of the previous clause; hearsay set off
//!   by commas (", they say,") names nobody. "Its" opening a sentence likewise (an ORG or GPE).
//! - it: only as the subject of a clause reported by the previous one ("the
//!   ministry said it would ..."), the reporting clause's ORG or GPE subject,
//!   or the name in commas after an organisation noun subject ("a chip maker,
//!   Orvan Semi, said it ...") whatever its type; as the subject of a clause
//!   opening with "and"/"but", the ORG or GPE subject of the clause before it.
//! - "the company" etc.: the only ORG of the sentence and the two before (or
//!   the nearest one if it was a clause subject), never a public body's name (a police force), a news outlet's name
//!   only when no other is there; "the minister": the nearest
//!   person whose role has that word; "the ship": the only PRODUCT/FAC nearby.
//!
//! - a contract's defined term ('X (the "Lender")'): every later "the Lender" is X
//!   (`engine::defined`).
//!
//! Nouns and their classes: `data/lexicons/coref_nouns.tsv`.

mod ctx;
mod description;
mod person;
mod pronouns;
mod words;

use super::clause::Clause;
use super::merge::Merged;
use super::pos::{Upos, Words};
use super::text::Doc;
use super::typing::TypedMention;
use ctx::{Ctx, NO_ENTITY};
use person::{name_genders, FEMALE, MALE};

/// How a mention was resolved (the contract's `Mention::resolved`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Pronoun,
    Description,
}

impl Resolution {
    /// The contract's spelling: "pronoun" or "description".
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Pronoun => "pronoun",
            Resolution::Description => "description",
        }
    }
}

/// A pronoun or description resolved to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Byte span of the pronoun or description ("the company") in the text.
    pub start: usize,
    pub end: usize,
    /// Index of the entity in [`Merged::entities`].
    pub entity: usize,
    pub kind: Resolution,
}

/// Resolve pronouns and definite descriptions; see the module comment.
pub fn resolve(
    doc: &Doc,
    words: &Words,
    clauses: &[Clause],
    mentions: &[TypedMention],
    merged: &Merged,
) -> Vec<Resolved> {
    let (gender, weight) = name_genders(doc, mentions, merged);
    let mut cx = Ctx {
        doc,
        words,
        clauses,
        mentions,
        merged,
        subject_entity: vec![NO_ENTITY; clauses.len()],
        gender,
        weight,
        main: [None, None],
        chain: Vec::new(),
    };
    for e in 0..cx.gender.len() {
        for (k, g) in [MALE, FEMALE].into_iter().enumerate() {
            if cx.gender[e] == g && cx.main[k].is_none_or(|m| cx.weight[e] > cx.weight[m]) {
                cx.main[k] = Some(e);
            }
        }
    }
    let mut out: Vec<Resolved> = Vec::new();
    let mut next_clause = 0usize;
    for (wi, w) in words.iter().enumerate() {
        // Subjects of clauses that start before this word are known by now.
        while next_clause < clauses.len() && clauses[next_clause].span(words).0 <= w.start() {
            let c = &clauses[next_clause];
            let e = cx.appositive_subject(c).or_else(|| {
                c.subject.as_ref().and_then(|g| {
                    let h = &words.at(g.head());
                    cx.mention_over(h.start(), h.end())
                        .and_then(|(i, _)| cx.entity_of_mention(i))
                        .or_else(|| cx.named_in_commas(g, c.verb.span(words).0))
                })
            });
            cx.set_subject(next_clause, e);
            next_clause += 1;
        }
        // The clause holding the word: looked up (a binary search) only for the words that
        // read it, pronouns and resolved descriptions, not for every word.
        let clause_of_word = || {
            let i = clauses.partition_point(|c| c.span(words).1 <= w.start());
            clauses
                .get(i)
                .filter(|c| c.span(words).0 <= w.start())
                .map(|_| i)
        };
        let mut ci = None;
        let resolved = if w.upos == Upos::Pron {
            ci = clause_of_word();
            pronouns::resolve(&mut cx, wi, w, ci)
                .map(|e| (e, w.start(), w.end(), Resolution::Pronoun))
        } else {
            description::resolve(&cx, wi, w)
                .map(|(e, start, end)| (e, start, end, Resolution::Description))
        };
        if let Some((e, start, end, kind)) = resolved {
            if w.upos != Upos::Pron {
                ci = clause_of_word();
            }
            // A resolved subject pronoun makes its clause's subject known.
            if let Some(c) = ci {
                if clauses[c]
                    .subject
                    .as_ref()
                    .is_some_and(|g| g.span(words).0 <= start && end <= g.span(words).1)
                {
                    cx.set_subject(c, Some(e));
                }
            }
            out.push(Resolved {
                start,
                end,
                entity: e,
                kind,
            });
        }
    }
    add_defined_uses(&mut out, doc, mentions, merged);
    out
}

/// Contract defined terms: 'X (the "Lender")' makes "the Lender" X. Adds each use of a defined
/// term that overlaps no pronoun or description already in `out`, keeping `out` in text order.
fn add_defined_uses(
    out: &mut Vec<Resolved>,
    doc: &Doc,
    mentions: &[TypedMention],
    merged: &Merged,
) {
    let defined = super::defined::uses(doc, mentions, &merged.mention_entity);
    if !defined.is_empty() {
        // A use is kept where no pronoun or description was resolved: looked up by binary
        // search over the resolved spans sorted by start with the furthest end so far (a scan
        // of all of them per use was quadratic on a long contract).
        crate::sort::sort_by_key(out, |r| r.start);
        let reach: Vec<usize> = (out.iter())
            .scan(0, |far, r| {
                *far = (*far).max(r.end);
                Some(*far)
            })
            .collect();
        let resolved = out.len();
        let mut last_end = 0;
        for (start, end, entity) in defined {
            let before = out[..resolved].partition_point(|r| r.start < end);
            let free = before == 0 || reach[before - 1] <= start;
            // Uses come in text order; one overlapping the last kept use is not kept either.
            let clear_of_uses = out.len() == resolved || start >= last_end;
            if free && clear_of_uses {
                last_end = end;
                out.push(Resolved {
                    start,
                    end,
                    entity,
                    kind: Resolution::Description,
                });
            }
        }
        crate::sort::sort_by_key(out, |r| r.start);
    }
}

#[cfg(test)]
mod tests_trial48;

#[cfg(test)]
mod tests;
