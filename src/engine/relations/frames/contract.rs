//! SUPPLY read from a contract for goods: "Poland signed a contract with Hanwha Aerospace for
//! 24 howitzers" (the `contract_for` frame): the party after "with" supplies the goods of the
//! "for" phrase to the clause's subject, a state or a body of one ("Poland's Ministry of
//! Defence").

use super::super::ctx::class::{AGREEMENT, AUTHORITY};
use super::super::ctx::{Ctx, Parties, Subject};
use super::common::Found;
use super::supply_obtain::{goods_of, push_bought};
use crate::engine::clause::Clause;
use crate::engine::model::Label;

/// "X signed a contract (a deal, an order) with Y for GOODS": Y (organisations) supplies the
/// goods to X (a state or a state's body, [`state_buyer`]), with the subject's modality. Nothing without an agreement noun as the verb's object, a party
/// after "with", or goods after "for" ("signed a deal with Y for talks" names none).
pub(super) fn contract_for(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a).filter(|c| !c.verb.passive) else {
        return;
    };
    // "X signed a contract with Y" names no direction: read only a state buying from a firm
    // ("Airbus signed a deal with IndiGo for 500 jets" is the other way round).
    let Some(subj) = ctx
        .subject(a, false)
        .filter(|s| !s.pronoun)
        .and_then(|s| state_buyer(ctx, s))
    else {
        return;
    };
    // "signed a contract last Tuesday with Y": a time expression closing the object is not
    // its head.
    let agreement = c.objects_after_verb(ctx.words).next().is_some_and(|o| {
        let first = ctx.token_starting_at(o.span(ctx.words).0);
        let mut h = ctx.token_ending_at(o.span(ctx.words).1);
        while let (Some(k), Some(f)) = (h, first) {
            if k <= f || !ctx.in_timex(k) {
                break;
            }
            h = Some(k - 1);
        }
        h.is_some_and(|h| ctx.has(h, AGREEMENT))
    });
    if !agreement {
        return;
    }
    supplied_for(
        ctx,
        c,
        &subj,
        (&["with"], &[Label::Org]),
        (a, b),
        |_| Vec::new(),
        out,
    );
}

/// A purchase read from a verb's complements (`contract_for`, `rely`): the parties after clause
/// `c`'s first phrase opened by one of `preps.0` ("with Y", "on Y"), each labelled one of
/// `preps.1`, supply the goods of the "for" phrases (else those `more` reads from the clause)
/// to `subj`, with its modality. Nothing without such a party or goods.
pub(super) fn supplied_for(
    ctx: &Ctx,
    c: &Clause,
    subj: &Subject,
    preps: (&[&str], &[Label]),
    trigger: (usize, usize),
    more: impl FnOnce(&Clause) -> Vec<usize>,
    out: &mut Vec<Found>,
) {
    let text = ctx.doc.text;
    let Some(src) = c
        .preps_after_verb(ctx.words, text, preps.0)
        .first()
        .and_then(|p| ctx.token_starting_at(p.span(ctx.words).0))
        .and_then(|k| ctx.parties_after(k))
        .filter(|p| {
            (p.entities.iter())
                .all(|&e| ctx.label_of_entity(e).is_some_and(|l| preps.1.contains(&l)))
        })
    else {
        return;
    };
    let mut items = Vec::new();
    for p in c.preps_after_verb(ctx.words, text, &["for"]) {
        goods_of(ctx, c, &p.object, &mut items);
    }
    if items.is_empty() {
        items = more(c);
    }
    if !items.is_empty() {
        push_bought(out, subj, &src, items, trigger);
    }
}

/// The buyer of a contract's subject `s`: states ("Poland signed"), or a body, an organisation
/// whose name opens or closes with an authority word (`authority` in `words.tsv`): its state
/// when the state's possessive stands before it ("Poland's Ministry of National Defence
/// signed": Poland), else the body itself ("the Estonian Defence Forces signed").
fn state_buyer(ctx: &Ctx, s: Subject) -> Option<Subject> {
    let labels = |s: &Subject, l: Label| {
        (s.parties.entities.iter()).all(|&e| ctx.label_of_entity(e) == Some(l))
    };
    if labels(&s, Label::Gpe) {
        return Some(s);
    }
    let m = ctx.mention_ending_at(s.parties.last)?;
    let (first, last) = (ctx.mentions[m].tokens.start, s.parties.last);
    // A body: "France's Airbus signed a deal with IndiGo" is a firm, no buyer for France.
    let body = ctx.has(first, AUTHORITY) || ctx.has(last, AUTHORITY);
    if s.parties.entities.len() != 1 || !labels(&s, Label::Org) || !body {
        return None;
    }
    let state = first
        .checked_sub(1)
        .filter(|&p| ctx.possessive(p))
        .and_then(|p| ctx.mention_ending_at(p))
        .filter(|&g| ctx.mentions[g].label == Label::Gpe)
        .and_then(|g| Some((ctx.party(g)?, ctx.mentions[g].tokens.start)));
    if let Some((e, at)) = state {
        return Some(Subject {
            parties: Parties {
                entities: vec![e],
                first: at,
                last,
            },
            ..s
        });
    }
    Some(s)
}
