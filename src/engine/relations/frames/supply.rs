//! SUPPLY frames: "X provides Y to Z" (give), "Z obtained Y from X" (obtain),
//! "Y came from X" (origin).

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Frame, Parties};
use super::common::*;
use crate::engine::clause::Group;
use crate::engine::model::RelationType;

/// "X provides Y to Z", "X provided Z with Y", "X sold Z Y", "X supplies Y for use in Z",
/// "X supplies Y to A and W to B": goods and recipients are read from the trigger's clause.
pub(super) fn give(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let text = ctx.doc.text;
    // (byte start, items) of each phrase naming goods; (byte start, parties) of each recipient.
    let mut goods: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut recipients: Vec<(usize, Parties)> = Vec::new();
    let mut last = b;
    // "had not provided any equipment to ...": a denial is a fact about supplier and recipient
    // even when what was not supplied is no named item; an object naming no party stands
    // for the goods (no items) when it opens with "any" (`unnamed` in `words.tsv`).
    let mut unnamed_goods: Option<usize> = None;
    for (n, g) in c.objects_after_verb().enumerate() {
        let (items, l) = ctx.group_items(g);
        if !items.is_empty() {
            last = last.max(l);
            goods.push((g.span.0, items));
        } else if n == 0 {
            // "provided Russia with ...", "sold Serbia tools": a first object naming a party.
            match ctx.group_parties(g) {
                Some(p) => recipients.push((g.span.0, p)),
                None => {
                    unnamed_goods = ctx
                        .token_starting_at(g.span.0)
                        .filter(|&k| ctx.has(k, UNNAMED))
                        .map(|_| g.span.0)
                }
            }
        }
    }
    let indirect = !recipients.is_empty();
    for p in c.preps_after_verb(text, &["with", "to", "for"]) {
        let prep = &text[p.prep.0..p.prep.1];
        if prep.eq_ignore_ascii_case("for") {
            // "for use in Russian weapons": the user names the recipient.
            if !indirect && text[p.span.0..p.span.1].eq_ignore_ascii_case("use") {
                let user = c
                    .preps_after_verb(text, &["in", "by"])
                    .into_iter()
                    .find(|q| q.span.0 > p.span.1);
                if let Some(r) = user.and_then(|q| user_parties(ctx, &q.object)) {
                    recipients.push((p.span.0, r));
                }
            }
            continue;
        }
        let with = prep.eq_ignore_ascii_case("with");
        let (items, l) = ctx.group_items(&p.object);
        // Goods after "with" when the recipient is the object; after "to" when no party is
        // named there ("in addition to turbojet engines").
        if !items.is_empty() && (!with || indirect) {
            last = last.max(l);
            goods.push((p.span.0, items));
        } else if !with && !indirect {
            if let Some(r) = ctx.group_parties(&p.object) {
                recipients.push((p.span.0, r));
            }
        }
    }
    match unnamed_goods {
        Some(at) if goods.is_empty() && subj.negated && !recipients.is_empty() => {
            goods.push((at, Vec::new()));
        }
        _ => {}
    }
    if goods.is_empty() {
        return;
    }
    let modality = modality(subj.hedged, subj.negated);
    let mut push_to = |targets: &[usize], items: Vec<usize>, hi: usize| {
        push(
            out,
            Reading {
                kind: RelationType::Supply,
                sources: &subj.parties.entities,
                targets,
                items,
                modality,
                trigger: (a, b),
                extent: (subj.parties.first.min(a), hi.max(b)),
            },
        )
    };
    if recipients.is_empty() {
        let helped = ctx.helped_party(c, &subj.parties.entities);
        let items = goods.into_iter().flat_map(|g| g.1).collect();
        return push_to(&helped, items, last);
    }
    // "supplies panels to India and batteries to Korea": each recipient gets the goods named
    // between it and the previous one, when goods and recipients alternate.
    let alternate = recipients.len() > 1
        && goods.len() == recipients.len()
        && goods.iter().zip(&recipients).all(|(g, r)| g.0 < r.0)
        && goods
            .iter()
            .skip(1)
            .zip(&recipients)
            .all(|(g, r)| r.0 < g.0);
    let all: Vec<usize> = goods.iter().flat_map(|g| g.1.iter().copied()).collect();
    for (i, (_, r)) in recipients.iter().enumerate() {
        let items = if alternate {
            goods[i].1.clone()
        } else {
            all.clone()
        };
        push_to(&r.entities, items, last.max(r.last));
    }
}

/// The parties of a user group ("Russian weapons systems" → Russia through the nationality).
fn user_parties(ctx: &Ctx, g: &Group) -> Option<Parties> {
    ctx.group_parties(g).or_else(|| {
        let k = ctx.token_starting_at(g.span.0)?;
        let m = ctx.mention_starting_at(k)?;
        Some(Parties {
            entities: vec![ctx.nationality_country(m)?],
            first: k,
            last: ctx.mentions[m].tokens.end - 1,
        })
    })
}

/// "Z obtained Y from X", "Z bought Y for its army from X", "Z bought Y from brokers, including
/// X": goods from the trigger's clause's objects, the supplier from its "from" complement.
pub(super) fn obtain(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let mut items: Vec<usize> = Vec::new();
    for g in c.objects_after_verb() {
        for it in ctx.group_items(g).0 {
            if !items.contains(&it) {
                items.push(it);
            }
        }
    }
    let from = c.preps_after_verb(ctx.doc.text, &["from"]).first().copied();
    let Some(src) = from
        .and_then(|p| ctx.token_starting_at(p.span.0))
        .and_then(|k| ctx.parties_after(k))
    else {
        return;
    };
    if items.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &subj.parties.entities,
            items,
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first.min(a), src.last),
        },
    );
}

/// "Y (that Z imported) came from X".
pub(super) fn origin(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(src) = ctx.parties_after(b + 1) else {
        return;
    };
    let (lo, _) = ctx.bounds(a);
    let mut items = Vec::new();
    let mut targets = Vec::new();
    let mut first = a;
    let (mut hedged, mut negated) = (false, false);
    let mut j = a;
    for _ in 0..MAX_OBJECT {
        if j <= lo {
            break;
        }
        j -= 1;
        if ctx.has(j, SPEECH) || ctx.is_punct(j, &[';', ':']) {
            break;
        }
        hedged |= ctx.has(j, HEDGE);
        negated |= ctx.has(j, NEG) && j + 3 >= a;
        if let Some(m) = ctx.mention_ending_at(j) {
            if let Some(it) = ctx.item(m) {
                items.insert(0, it);
                first = ctx.mentions[m].tokens.start;
            } else if let Some(e) = ctx.party(m) {
                // "... that Russia imported": the recipient of a relative clause.
                let mut n = j + 1;
                while ctx.has(n, ADV | AUX) {
                    n += 1;
                }
                let obtains = ctx.has(n, CONSUME)
                    || ctx
                        .trigger_at(n)
                        .is_some_and(|(t, _)| t.frame == Frame::Obtain);
                if obtains && !targets.contains(&e) {
                    targets.push(e);
                    first = ctx.mentions[m].tokens.start;
                }
            }
        }
    }
    if let Some(c) = targets.is_empty().then(|| ctx.verb_clause(a)).flatten() {
        targets = ctx.helped_party(c, &src.entities);
    }
    if items.is_empty() || targets.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &targets,
            items,
            modality: modality(hedged, negated),
            trigger: (a, b),
            extent: (first, src.last),
        },
    );
}
