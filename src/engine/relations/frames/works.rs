//! EMPLOYMENT from a verb of work: "X joined Y", "X works at Y", "X worked for Y", "X was
//! hired by Y" (`works_at` in `triggers.tsv`). The roles a title states ("Y's chief executive
//! X") are read by `relations::employment`; these verbs state the link without a role.

use super::super::ctx::Ctx;
use super::common::*;
use crate::engine::clause::Tense;
use crate::engine::model::{Label, RelationType};
use crate::engine::pos::Upos;
use crate::engine::text::TokenKind;

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
    // "joined Nvidia chief executive X on stage", "joined the NATO summit": the firm only
    // modifies the noun that follows, so it is not what the person joined.
    if modifies_next(ctx, firm.last + 1) {
        return;
    }
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

/// The word at `k` continues a noun phrase the firm opened: a noun, proper noun or adjective
/// outside a time expression ("Nvidia chief executive", "the NATO summit").
fn modifies_next(ctx: &Ctx, k: usize) -> bool {
    k < ctx.n_tokens()
        && ctx.doc.tokens[k].kind == TokenKind::Word
        && !ctx.in_timex(k)
        && matches!(
            ctx.words.upos_starting_at(ctx.doc.tokens[k].start()),
            Some(Upos::Noun | Upos::Propn | Upos::Adj)
        )
}
