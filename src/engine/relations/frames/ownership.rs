//! OWNERSHIP frames: "X, a subsidiary of Y", "owned by" (owned_by); "Y owns X"
//! (owns, the object of the trigger's clause); "Y holds a stake in X" (stake).

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Parties, Subject};
use super::common::*;
use crate::engine::model::{Label, RelationType};

/// Can entity `e` be owned? Not a state or place; organisations and facilities, and names
/// the typing took for people (a firm read as a person is more likely than an owned person).
pub(super) fn ownable(ctx: &Ctx, e: usize) -> bool {
    matches!(
        ctx.label_of_entity(e),
        Some(Label::Org | Label::Fac | Label::Person)
    )
}

/// "X, a subsidiary of Y", "X is owned by Y", "X, which is controlled by Y".
pub(super) fn owned_by(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(owner) = ctx.parties_after(b + 1) else {
        return;
    };
    let (lo, _) = ctx.bounds(a);
    let mut j = a;
    let mut negated = false;
    let mut hedged = false;
    let owned = loop {
        if j <= lo || a - j > 6 {
            return;
        }
        j -= 1;
        let c = ctx.class(j);
        negated |= c & NEG != 0;
        hedged |= c & HEDGE != 0;
        if c & (LIGHT | DET | BE | ADV | AUX | NEG | HEDGE) != 0
            || ctx.is_punct(j, &[','])
            || ctx.is(j, "which")
        {
            continue;
        }
        break ctx.parties_ending_at(j);
    };
    // "X, a Dutch chipmaker owned by Y": the name before the apposition.
    let owned = owned.or_else(|| {
        let k = (lo + 1..a)
            .rev()
            .take(8)
            .find(|&k| ctx.is_punct(k, &[',']))?;
        if !ctx.has(k + 1, DET) {
            return None;
        }
        ctx.parties_ending_at(k - 1)
    });
    let Some(owned) = owned else { return };
    let owned_e: Vec<usize> = owned
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &owner.entities,
            targets: &owned_e,
            items: Vec::new(),
            modality: modality(hedged, negated),
            trigger: (a, b),
            extent: (owned.first, owner.last),
        },
    );
}

/// "Y owns X", "Y acquires X".
pub(super) fn owns(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    if ctx.is(b + 1, "by") {
        return owned_by(ctx, a, b + 1, out);
    }
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let Some(obj) = c
        .objects_after_verb()
        .next()
        .and_then(|g| ctx.group_names(g))
    else {
        return;
    };
    push_owned(ctx, &subj, &obj, (a, b), out);
}

/// "Y holds a 20% stake in X", "Y took a stake in X".
pub(super) fn stake(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, true).filter(|s| !s.pronoun) else {
        return;
    };
    if let Some(obj) = ctx.parties_at(b + 1) {
        push_owned(ctx, &subj, &obj, (a, b), out);
    }
}

/// The subject owns the ownable parties of `obj` (the trigger is `a..=b`).
fn push_owned(
    ctx: &Ctx,
    subj: &Subject,
    obj: &Parties,
    (a, b): (usize, usize),
    out: &mut Vec<Found>,
) {
    let owned: Vec<usize> = obj
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect();
    push_from_subject(out, RelationType::Ownership, subj, &owned, (a, b), obj.last);
}
