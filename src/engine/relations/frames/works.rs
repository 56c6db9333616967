//! EMPLOYMENT from a verb of work: "X joined Y", "X works at Y", "X worked for Y", "X was
//! hired by Y" (`works_at` in `triggers.tsv`). The roles a title states ("Y's chief executive
//! X") are read by `relations::employment`; these verbs state the link without a role.

use super::super::ctx::Ctx;
use super::common::*;
use crate::engine::clause::Tense;
use crate::engine::model::{Label, RelationType};

/// The people of the subject work at the organisations right after the trigger (`a..=b`),
/// or after a description ("joined the Danish lender Y"). A future or modal verb ("will
/// join", "may join") or one after a verb of intent ("plans to join") is hedged.
pub(super) fn works_at(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(mut subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    subj.parties
        .entities
        .retain(|&e| ctx.label_of_entity(e) == Some(Label::Person));
    let Some(firm) = ctx
        .parties_at(b + 1)
        .or_else(|| ctx.party_after_description(b + 1))
    else {
        return;
    };
    let firms: Vec<usize> = firm
        .entities
        .iter()
        .copied()
        .filter(|&e| ctx.label_of_entity(e) == Some(Label::Org))
        .collect();
    if let Some(c) = ctx.verb_clause(a) {
        subj.hedged |= !c.verb.chain().is_empty()
            || c.verb.tense == Tense::Future
            || !c.verb.modality().is_empty();
    }
    push_from_subject(
        out,
        RelationType::Employment,
        &subj,
        &firms,
        (a, b),
        firm.last,
    );
}
