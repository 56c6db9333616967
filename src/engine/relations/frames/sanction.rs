//! SANCTION frames: "X sanctioned Y", "Y was blacklisted by X" (sanction_verb);
//! "sanctions on Y", "froze the assets of Y" (sanction_noun).

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Parties, Subject};
use super::common::*;
use crate::engine::model::RelationType;

/// "X sanctioned Y", "Y was blacklisted by X", "Y, designated by X": read from the trigger's
/// clause (its object, or its subject and passive agent).
pub(super) fn sanction_verb(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let text = ctx.doc.text;
    // The agent of a passive, or of a participle right after its noun ("Y, designated by X").
    let after = ctx.doc.tokens[b].end();
    let by = c.agent(text).or_else(|| {
        c.preps_after_verb(text, &["by"])
            .first()
            .filter(|p| text[after..p.prep().0].trim().is_empty())
            .map(|p| &p.object)
    });
    if let Some(g) = by {
        let Some(src) = ctx
            .token_starting_at(g.span().0)
            .and_then(|k| ctx.parties_after(k))
        else {
            return;
        };
        let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
            return;
        };
        push(
            out,
            Reading {
                kind: RelationType::Sanction,
                sources: &src.entities,
                targets: &subj.parties.entities,
                items: Vec::new(),
                modality: modality(subj.hedged, subj.negated),
                trigger: (a, b),
                extent: (subj.parties.first, src.last),
            },
        );
        return;
    }
    // A passive without its agent names no source.
    if c.verb.passive || (a > 0 && ctx.has(a - 1, BE)) {
        return;
    }
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    // "indicted two traders, A and B": the names set off after an object naming none.
    let Some(obj) = c
        .objects_after_verb()
        .next()
        .and_then(|g| ctx.group_names(g).or_else(|| ctx.appositive_list(g)))
        .filter(|t| !ctx.possessive(t.last))
    else {
        return;
    };
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &obj.entities,
        (a, b),
        obj.last,
    );
}

/// "(US) sanctions on/against Y", "X imposed sanctions on Y"; "X sanctions Y" as a verb.
pub(super) fn sanction_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, _) = ctx.bounds(a);
    // "froze the assets of Y": the trigger ends in its preposition.
    let on = if ctx.is(b, "on") || ctx.is(b, "against") || ctx.is(b, "of") {
        Some(b + 1)
    } else if ctx.is(b + 1, "on") || ctx.is(b + 1, "against") {
        Some(b + 2)
    } else {
        None
    };
    let Some(on) = on else {
        return sanction_verb(ctx, a, b, out);
    };
    // "froze the assets of Aster Freight's owner": the possessor is not the target.
    let Some(target) = ctx.parties_after(on).filter(|t| !ctx.possessive(t.last)) else {
        return;
    };
    // The actor named just before the noun ("US sanctions", "the EU's sanctions").
    let modifier = (a > lo)
        .then(|| ctx.mention_ending_at(a - 1))
        .flatten()
        .and_then(|m| {
            let e = ctx.party(m).or_else(|| ctx.nationality_country(m))?;
            Some(Subject {
                parties: Parties {
                    entities: vec![e],
                    first: ctx.mentions[m].tokens.start,
                    last: a - 1,
                },
                ..Subject::default()
            })
        });
    let Some(subj) = modifier.or_else(|| ctx.subject(a, true).filter(|s| !s.pronoun)) else {
        return;
    };
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &target.entities,
        (a, b),
        target.last,
    );
}
