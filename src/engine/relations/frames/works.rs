//! EMPLOYMENT from a verb of work: "X joined Y", "X works at Y", "X worked for Y", "X was
//! hired by Y" (`works_at` in `triggers.tsv`). The roles a title states ("Y's chief executive
//! X") are read by `relations::employment`; these verbs state the link without a role.

use super::super::ctx::class::COMPLETE;
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
    // "X joined Newcastle from Y": a town is its club when the document names one.
    let firms: Vec<usize> = firm
        .entities
        .iter()
        .filter_map(|&e| match ctx.label_of_entity(e) {
            Some(Label::Org) => Some(e),
            _ => ctx.club_of_town(e),
        })
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

/// "Inter completed the signing of Nigerian striker X from Y", "the club announced the signing
/// of X": the person named after the trigger (past nationalities and lower-case words naming
/// the position) joins the organisation that is the subject of the clause holding the trigger
/// as its object (or of the verb completing it, `complete` in `words.tsv`); hedged when that
/// clause is future or modal, or a verb of intent opens it.
pub(super) fn signing(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    // "completed the signing of": the subject of the verb completing it, else of the clause
    // whose object holds the trigger.
    let det = a > 0 && (ctx.is(a - 1, "the") || ctx.is(a - 1, "its"));
    let completing = a
        .checked_sub(1 + usize::from(det))
        .filter(|&v| ctx.has(v, COMPLETE) && ctx.verb_clause(v).is_some());
    let club = match completing {
        Some(v) => ctx.subject(v, false),
        None => ctx.subject(a, true),
    };
    let Some(mut club) = club.filter(|s| !s.pronoun) else {
        return;
    };
    club.parties
        .entities
        .retain(|&e| ctx.label_of_entity(e) == Some(Label::Org));
    let (_, hi) = ctx.bounds(a);
    let mut k = b + 1;
    let person = loop {
        if k >= hi.min(b + 6) {
            return;
        }
        if let Some(m) = ctx.mention_starting_at(k) {
            match ctx.mentions[m].label {
                Label::Norp => k = ctx.mentions[m].tokens.end,
                Label::Person => break m,
                _ => return,
            }
            continue;
        }
        let word = ctx.doc.tokens[k].kind == TokenKind::Word
            && ctx.doc.tok_text(k).starts_with(char::is_lowercase);
        if !word {
            return;
        }
        k += 1;
    };
    if let Some(c) = completing
        .and_then(|v| ctx.verb_clause(v))
        .or_else(|| ctx.object_clause(a))
    {
        club.hedged |= !c.verb.chain().is_empty()
            || c.verb.tense == Tense::Future
            || !c.verb.modality().is_empty();
    }
    let last = ctx.mentions[person].tokens.end - 1;
    let (sources, targets) = (vec![ctx.entity_of(person)], club.parties.entities);
    push(
        out,
        Reading {
            kind: RelationType::Employment,
            sources: &sources,
            targets: &targets,
            items: Vec::new(),
            modality: modality(club.hedged, club.negated),
            trigger: (a, b),
            extent: (club.parties.first, last),
        },
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
