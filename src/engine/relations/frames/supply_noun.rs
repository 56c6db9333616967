//! SUPPLY read from a noun trigger (give_noun): "Chile's exports of lithium to South Korea",
//! "the delivery of missiles to Kyiv by Germany", "X had arranged shipments of drone parts to
//! Iran".

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Parties};
use super::common::*;
use crate::engine::clause;
use crate::engine::model::{Label, RelationType};
use crate::engine::text::TokenKind;

/// Most tokens of the goods phrase after the trigger's "of".
const MAX_GOODS: usize = 8;
/// Most tokens between the goods and the last of their complements.
const MAX_COMPLEMENTS: usize = 14;

/// `[SUPPLIER's] trigger ITEMS [to RECIPIENT] [by|from SUPPLIER]`; the trigger (tokens
/// `a..=b`) ends in "of". The supplier is the "by"/"from" party, else the possessive or
/// nationality right before the trigger, else the subject of an `arrange` verb whose object
/// holds it. Nothing without goods, supplier and recipient.
pub(super) fn give_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let hi = ctx.end_of_sentence_before(b + 1);
    let mut items: Vec<usize> = Vec::new();
    let mut k = b + 1;
    while k < hi && k <= b + MAX_GOODS {
        if let Some(m) = ctx.mention_starting_at(k) {
            let Some(it) = ctx.item(m) else { break };
            if !items.contains(&it) {
                items.push(it);
            }
            k = ctx.mentions[m].tokens.end;
            continue;
        }
        let word = ctx.doc.tokens[k].kind == TokenKind::Word;
        let stop = ctx.is(k, "to") || ctx.is(k, "by") || ctx.is(k, "from");
        if !word || stop || ctx.has(k, BOUNDARY | SPEECH | AUX | BE | NEG | HEDGE) {
            break;
        }
        k += 1;
    }
    if items.is_empty() {
        return;
    }
    let (mut recipient, mut supplier): (Option<Parties>, Option<Parties>) = (None, None);
    let mut q = k;
    while q < hi && q <= k + MAX_COMPLEMENTS {
        let slot = if ctx.is(q, "to") {
            &mut recipient
        } else if ctx.is(q, "by") || ctx.is(q, "from") {
            &mut supplier
        } else if ctx.in_timex(q) || (ctx.has(q, PREP) && ctx.in_timex(q + 1)) {
            q += 1;
            continue;
        } else {
            break;
        };
        if slot.is_some() {
            break;
        }
        let Some(p) = ctx.parties_at(q + 1) else {
            break;
        };
        q = p.last + 1;
        *slot = Some(p);
    }
    let Some(recipient) = recipient else {
        return;
    };
    let mut modality = modality(false, false);
    let supplier = supplier.or_else(|| owner_before(ctx, a)).or_else(|| {
        let at = ctx.doc.tokens[a].start();
        let c = clause::containing(ctx.clauses, ctx.words, at).filter(|c| {
            c.verb.span(ctx.words).1 <= at
                && ctx
                    .token_ending_at(c.verb.span(ctx.words).1)
                    .is_some_and(|h| ctx.has(h, ARRANGE))
        })?;
        let s = ctx.clause_subject(c)?;
        modality = super::common::modality(c.verb.hedged(), c.verb.negated);
        Some(s.parties)
    });
    let Some(supplier) = supplier else {
        return;
    };
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &supplier.entities,
            targets: &recipient.entities,
            items,
            modality,
            trigger: (a, b),
            extent: (supplier.first.min(a), recipient.last.max(supplier.last)),
        },
    );
}

/// The party owning the noun trigger at token `a`: "Chile's exports" (a possessive), "Russian
/// exports" (a nationality), skipping a "the".
fn owner_before(ctx: &Ctx, a: usize) -> Option<Parties> {
    let (lo, _) = ctx.bounds(a);
    let mut j = a.checked_sub(1).filter(|&j| j >= lo)?;
    if ctx.possessive(j) {
        let m = ctx.mention_ending_at(j)?;
        return Some(Parties {
            entities: vec![ctx.party(m).or_else(|| ctx.nationality_country(m))?],
            first: ctx.mentions[m].tokens.start,
            last: j,
        });
    }
    if ctx.is(j, "the") && j > lo {
        j -= 1;
    }
    let m = ctx.mention_ending_at(j)?;
    if ctx.mentions[m].label != Label::Norp {
        return None;
    }
    Some(Parties {
        entities: vec![ctx.nationality_country(m)?],
        first: ctx.mentions[m].tokens.start,
        last: j,
    })
}
