//! MEETING frames: "X met Y", "X and Y met" (meet_verb); "talks with",
//! "in a phone call with" (meet_noun).

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Subject};
use super::common::*;
use crate::engine::clause;
use crate::engine::model::RelationType;
use crate::engine::text::TokenKind;

/// "X met (with) Y", "X and Y met", "X visited Y", "he meets him" (the sentence's two people):
/// the other side is the first argument after the verb in the trigger's clause.
pub(super) fn meet_verb(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    let arg = ctx.first_argument(c, &["with", "to"]);
    let mut obj = arg.and_then(|(g, _)| {
        ctx.group_names(g)
            .or_else(|| ctx.appositive_parties(c, g))
            .or_else(|| officials_from(ctx, c, g))
    });
    // "met A and B": each party joined to the first object is met too.
    if let Some(o) = obj
        .as_mut()
        .filter(|_| arg.is_some_and(|(g, _)| c.objects_after_verb(ctx.words).next() == Some(g)))
    {
        let (more, last) = ctx.joined_objects(c, ctx.doc.tokens[o.last].end(), false, false);
        for e in more {
            if !o.entities.contains(&e) {
                o.entities.push(e);
            }
        }
        o.last = last.unwrap_or(o.last);
    }
    let m = modality(subj.hedged, subj.negated);
    if subj.pronoun {
        let persons = ctx.persons_in_sentence(a);
        let pronoun = arg.filter(|&(g, k)| {
            ctx.has(k, PRONOUN) && ctx.token_ending_at(g.span(ctx.words).1) == Some(k)
        });
        if let (None, Some((_, k)), 2) = (&obj, pronoun, persons.len()) {
            push(
                out,
                Reading {
                    kind: RelationType::Meeting,
                    sources: &persons[..1],
                    targets: &persons[1..],
                    items: Vec::new(),
                    modality: m,
                    trigger: (a, b),
                    extent: (subj.parties.first, k),
                },
            );
        }
        return;
    }
    let sources = &subj.parties.entities;
    match obj {
        Some(o) => push(
            out,
            Reading {
                kind: RelationType::Meeting,
                sources,
                targets: &o.entities,
                items: Vec::new(),
                modality: m,
                trigger: (a, b),
                extent: (subj.parties.first, o.last),
            },
        ),
        None if sources.len() >= 2 => push(
            out,
            Reading {
                kind: RelationType::Meeting,
                sources: &sources[..1],
                targets: &sources[1..],
                items: Vec::new(),
                modality: m,
                trigger: (a, b),
                extent: (subj.parties.first, b),
            },
        ),
        None => {}
    }
}

/// "X held talks with Y", "... on a phone call with (Japanese Premier) Y", and "X raised
/// the matter with Y during a phone call" (the party named with "with" before the noun).
pub(super) fn meet_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, hi) = ctx.bounds(a);
    if !ctx.is(b, "with") {
        if ctx.is(b + 1, "with") {
            return meet_noun(ctx, a, b + 1, out);
        }
        // Back over "during a", "in their": short function words only, then "with PARTY".
        let mut j = a;
        let target = loop {
            if j <= lo || a - j > 4 {
                return;
            }
            j -= 1;
            if let Some(m) = ctx.mention_ending_at(j) {
                if ctx.party(m).is_none() {
                    return;
                }
                let first = ctx.mentions[m].tokens.start;
                if first == 0 || !ctx.is(first - 1, "with") {
                    return;
                }
                break ctx.parties_at(first);
            }
            if !(ctx.has(j, LIGHT | DET | PREP) || ctx.is(j, "during")) {
                return;
            }
        };
        let Some(target) = target else { return };
        let with = target.first - 1;
        let Some(subj) = acting_party_left(ctx, with) else {
            return;
        };
        push_from_subject(
            out,
            RelationType::Meeting,
            &subj,
            &target.entities,
            (a, b),
            b,
        );
        return;
    }
    let mut target = None;
    let mut k = b + 1;
    while k < hi.min(b + 7) {
        if let Some(m) = ctx.mention_starting_at(k) {
            if ctx.party(m).is_some() {
                target = ctx.parties_at(k);
                break;
            }
            k = ctx.mentions[m].tokens.end;
            continue;
        }
        if ctx.doc.tokens[k].kind != TokenKind::Word {
            break;
        }
        k += 1;
    }
    let Some(target) = target else { return };
    let Some(subj) = ctx
        .subject(a, true)
        .filter(|s| !s.pronoun)
        .or_else(|| acting_party_left(ctx, a))
    else {
        return;
    };
    push_from_subject(
        out,
        RelationType::Meeting,
        &subj,
        &target.entities,
        (a, b),
        target.last,
    );
}

/// "a meeting between Turkish Foreign Minister A and his Greek counterpart B", "talks between
/// A and B": the first party after the trigger (past nationalities and title words) meets the
/// one after the "and" right after it (past a possessive pronoun, nationalities and lower-case
/// words: "his counterpart"). Hedged under a hedging modal ("a meeting between A and B may take
/// place"); "will take place" is asserted, as "A will meet B" is.
pub(super) fn meet_between(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (_, hi) = ctx.bounds(a);
    let Some(first) = party_past_titles(ctx, b + 1, hi) else {
        return;
    };
    if !ctx.is(first.last + 1, "and") {
        return;
    }
    let Some(second) = party_past_titles(ctx, first.last + 2, hi) else {
        return;
    };
    let hedged = ctx
        .object_clause(a)
        .or_else(|| clause::containing(ctx.clauses, ctx.words, ctx.doc.tokens[b].end()))
        .is_some_and(|c| c.verb.hedged());
    push(
        out,
        Reading {
            kind: RelationType::Meeting,
            sources: &first.entities[..1],
            targets: &second.entities[..1],
            items: Vec::new(),
            modality: modality(hedged, false),
            trigger: (a, b),
            extent: (a, second.last),
        },
    );
}

/// The first party mention from token `k` (before `hi`), over at most six tokens of
/// nationalities, possessive pronouns and words no mention covers ("Turkish Foreign Minister",
/// "his Greek counterpart"); no punctuation nor "and" between.
fn party_past_titles(ctx: &Ctx, k: usize, hi: usize) -> Option<super::super::ctx::Parties> {
    let mut j = k;
    while j < hi.min(k + 6) {
        if let Some(m) = ctx.mention_starting_at(j) {
            if let Some(e) = ctx.party(m) {
                let last = ctx.mentions[m].tokens.end - 1;
                return Some(super::super::ctx::Parties {
                    entities: vec![e],
                    first: j,
                    last,
                });
            }
            if ctx.mentions[m].label != crate::engine::model::Label::Norp {
                return None;
            }
            j = ctx.mentions[m].tokens.end;
            continue;
        }
        if ctx.doc.tokens[j].kind != TokenKind::Word || ctx.is_joiner(j) || ctx.has(j, PREP) {
            return None;
        }
        j += 1;
    }
    None
}

/// The nearest party left of token `a` that can be acting: a place named after a preposition
/// or a verb ("hosted him in Tokyo, and the two leaders agreed to a summit with ...", "visited
/// Washington and held talks with ...") is where the meeting happens, not a party; the walk goes
/// on left past it.
fn acting_party_left(ctx: &Ctx, a: usize) -> Option<Subject> {
    let mut at = a;
    for _ in 0..3 {
        let s = ctx.nearest_party_left(at)?;
        let first = s.parties.first;
        if !ctx.is_place_argument(first) {
            return Some(s);
        }
        at = first;
    }
    None
}

/// "X spoke after meeting Y and Z", "After meeting Y, X flew home": the party met follows the
/// trigger (over "with"); the one meeting is the subject of the clause the phrase depends on:
/// the clause whose verb comes before the trigger, or, for a phrase opening the sentence, the
/// clause right after its comma. A negated main verb gives nothing (what it denies is unclear).
pub(super) fn meet_after(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, hi) = ctx.bounds(a);
    let k = if ctx.is(b + 1, "with") { b + 2 } else { b + 1 };
    if k >= hi {
        return;
    }
    let Some(other) = ctx.parties_at(k) else {
        return;
    };
    if ctx.is_place_argument(other.first) {
        return;
    }
    let start = ctx.doc.tokens[a].start();
    let here = clause::containing(ctx.clauses, ctx.words, start);
    let before = here
        .filter(|c| c.verb.span(ctx.words).1 <= start && c.subject.is_some())
        .or_else(|| {
            // "X thanked Y after meeting Z": the gerund's own clause, with no subject, follows
            // the clause it depends on.
            let c = here.filter(|c| c.subject.is_none())?;
            let i = ctx
                .clauses
                .partition_point(|x| x.span(ctx.words).0 < c.span(ctx.words).0);
            let prev = ctx.clauses.get(i.checked_sub(1)?)?;
            (prev.sentence == c.sentence && prev.subject.is_some()).then_some(prev)
        });
    let main = before.or_else(|| {
        let mut first = lo;
        while first < a && ctx.is_quote(first) {
            first += 1;
        }
        if first != a || !ctx.is_punct(other.last + 1, &[',']) {
            return None;
        }
        let at = ctx.doc.tokens.get(other.last + 2)?.start();
        clause::containing(ctx.clauses, ctx.words, at).filter(|c| {
            c.subject.as_ref().is_some_and(|g| {
                g.span(ctx.words).0 == at && g.span(ctx.words).1 <= c.verb.span(ctx.words).0
            })
        })
    });
    let Some(c) = main.filter(|c| !c.verb.negated) else {
        return;
    };
    let Some(subj) = ctx.clause_subject(c) else {
        return;
    };
    push(
        out,
        Reading {
            kind: RelationType::Meeting,
            sources: &subj.parties.entities,
            targets: &other.entities,
            items: Vec::new(),
            modality: modality(c.verb.hedged(), false),
            trigger: (a, b),
            extent: (subj.parties.first.min(a), other.last),
        },
    );
}

/// "met officials from Mozambique": a group ending in a body of a state (`authority` in
/// `words.tsv`) followed right away by "from" names the party of that phrase.
fn officials_from(
    ctx: &Ctx,
    c: &clause::Clause,
    g: &clause::Group,
) -> Option<super::super::ctx::Parties> {
    let last = ctx.token_ending_at(g.span(ctx.words).1)?;
    if !ctx.has(last, AUTHORITY) {
        return None;
    }
    let p = c
        .preps_after_verb(ctx.words, ctx.doc.text, &["from"])
        .into_iter()
        .find(|p| {
            ctx.doc
                .text
                .get(g.span(ctx.words).1..p.prep().0)
                .is_some_and(|t| t.trim().is_empty())
        })?;
    ctx.group_names(&p.object)
}
