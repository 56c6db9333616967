//! SUPPLY read from a contract for goods: "Poland signed a contract with Hanwha Aerospace for
//! 24 howitzers" (the `contract_for` frame): the party after "with" supplies the goods of the
//! "for" phrase to the clause's subject, a state.

use super::super::ctx::class::AGREEMENT;
use super::super::ctx::Ctx;
use super::common::Found;
use super::supply::{goods_of, push_bought};
use crate::engine::model::Label;

/// "X signed a contract (a deal, an order) with Y for GOODS": Y (organisations) supplies the
/// goods to X (states), with the subject's modality. Nothing without an agreement noun as the verb's object, a party
/// after "with", or goods after "for" ("signed a deal with Y for talks" names none).
pub(super) fn contract_for(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a).filter(|c| !c.verb.passive) else {
        return;
    };
    // "X signed a contract with Y" names no direction: read only a state buying from a firm
    // ("Airbus signed a deal with IndiGo for 500 jets" is the other way round).
    let Some(subj) = ctx.subject(a, false).filter(|s| {
        !s.pronoun
            && s.parties
                .entities
                .iter()
                .all(|&e| ctx.label_of_entity(e) == Some(Label::Gpe))
    }) else {
        return;
    };
    let agreement = c.objects_after_verb(ctx.words).next().is_some_and(|o| {
        ctx.token_ending_at(o.span(ctx.words).1)
            .is_some_and(|h| ctx.has(h, AGREEMENT))
    });
    if !agreement {
        return;
    }
    let text = ctx.doc.text;
    let Some(src) = c
        .preps_after_verb(ctx.words, text, &["with"])
        .first()
        .and_then(|p| ctx.token_starting_at(p.span(ctx.words).0))
        .and_then(|k| ctx.parties_after(k))
        .filter(|p| {
            p.entities
                .iter()
                .all(|&e| ctx.label_of_entity(e) == Some(Label::Org))
        })
    else {
        return;
    };
    let mut items = Vec::new();
    for p in c.preps_after_verb(ctx.words, text, &["for"]) {
        goods_of(ctx, c, &p.object, &mut items);
    }
    if items.is_empty() {
        return;
    }
    push_bought(out, &subj, &src, items, (a, b));
}
