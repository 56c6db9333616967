//! SUPPLY frames: "X provides Y to Z" (give), "Z obtained Y from X" (obtain),
//! "Y came from X" (origin).

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Frame, Parties};
use super::common::*;
use crate::engine::model::RelationType;

/// "X provides Y to Z", "X provided Z with Y", "X sold Z Y", "X supplies Y for use in Z".
pub(super) fn give(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let mut k = b + 1;
    while k < ctx.n_tokens() && ctx.is_quote(k) {
        k += 1;
    }
    let mut targets: Vec<usize> = Vec::new();
    let mut target_span = (a, b);
    if let Some(p) = ctx.parties_at(k) {
        let after = p.last + 1;
        if ctx.is(after, "with") {
            k = after + 1;
        } else if ctx
            .mention_starting_at(after)
            .and_then(|m| ctx.item(m))
            .is_some()
        {
            k = after;
        } else {
            return;
        }
        target_span = (p.first, p.last);
        targets = p.entities;
    }
    let mut o = object(ctx, k, &["to", "for", "from", "with"]);
    // "shipped chips from Vietnam to the US": the place of origin is not the supplier.
    if let Some(f) = o.stop.filter(|&f| ctx.is(f, "from")) {
        if let Some(p) = ctx.parties_at(f + 1) {
            if ctx.is(p.last + 1, "to") {
                o.stop = Some(p.last + 1);
            }
        }
    }
    let mut last = o.last;
    if let Some(s) = o.stop.filter(|_| targets.is_empty()) {
        let found = if ctx.is(s, "to") {
            let at = if ctx.has(s + 1, HELP) { s + 2 } else { s + 1 };
            ctx.parties_at(at)
        } else if ctx.is(s, "for")
            && ctx.is(s + 1, "use")
            && (ctx.is(s + 2, "in") || ctx.is(s + 2, "by"))
        {
            // "for use in Russian weapons": a nationality names the recipient state.
            ctx.parties_at(s + 3).or_else(|| {
                let m = ctx.mention_starting_at(s + 3)?;
                Some(Parties {
                    entities: vec![ctx.nationality_country(m)?],
                    first: s + 3,
                    last: ctx.mentions[m].tokens.end - 1,
                })
            })
        } else {
            None
        };
        if let Some(p) = found {
            last = p.last;
            target_span = (p.first, p.last);
            targets = p.entities;
        }
    }
    if targets.is_empty() {
        targets = ctx.helped_party(a, &subj.parties.entities);
    }
    if o.items.is_empty() || targets.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &subj.parties.entities,
            targets: &targets,
            items: o.items,
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: extent(&[(subj.parties.first, b), (b, last.max(b)), target_span]),
        },
    );
}

/// "Z obtained Y from X", "Z bought Y for its army from X".
pub(super) fn obtain(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let o = object(ctx, b + 1, &["from", "for", "to"]);
    let mut stop = o.stop;
    // "for the weapons from ...": a purpose phrase between the goods and the supplier.
    if let Some(s) = stop.filter(|&s| ctx.is(s, "for")) {
        stop = (s + 1..(s + 7).min(ctx.bounds(s).1)).find(|&j| ctx.is(j, "from"));
    }
    let Some(from) = stop.filter(|&s| ctx.is(s, "from")) else {
        return;
    };
    let Some(src) = ctx.parties_after(from + 1) else {
        return;
    };
    if o.items.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &subj.parties.entities,
            items: o.items,
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, src.last),
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
    if targets.is_empty() {
        targets = ctx.helped_party(a, &src.entities);
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
