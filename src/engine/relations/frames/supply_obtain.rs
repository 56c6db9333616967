//! SUPPLY frames told from the recipient's side: "Z obtained Y from X", "Z bought Y from
//! brokers, including X" (obtain), "Y (that Z imported) came from X" (origin); and what the
//! purchase frames share (`push_bought`, `goods_of`). Split from [`super::supply`], which reads
//! the supplier's side.

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Frame, Parties, Subject};
use super::common::*;
use crate::engine::clause::{Clause, Group, PrepPhrase, SubjectSource};
use crate::engine::model::{Label, RelationType};

/// "Z obtained Y from X", "Z bought Y for its army from X", "Z bought Y from brokers, including
/// X": goods from the trigger's clause's objects, the supplier from its "from" complement.
pub(super) fn obtain(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(mut subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    // "plans to buy": a purchase only intended.
    subj.hedged |= super::supply::intended(ctx, c, a);
    let mut items: Vec<usize> = Vec::new();
    let shares = ctx.partitive_of(c);
    let share_objects = shares.iter().filter(|s| s.0.is_none()).map(|s| &s.1.object);
    let amounts = ctx.quantity_objects(c);
    for g in c
        .objects_after_verb(ctx.words)
        .chain(share_objects)
        .chain(amounts.iter().copied())
    {
        goods_of(ctx, c, g, &mut items);
    }
    let froms = c.preps_after_verb(ctx.words, ctx.doc.text, &["from"]);
    if froms.len() > 1 && each_from_its_goods(ctx, c, &froms, &subj, (a, b), out) {
        return;
    }
    let from = froms.first().copied().or_else(|| requested_from(ctx, c));
    // "signed a deal with Y to buy drones": the contract's counterpart supplies.
    let Some(src) = from
        .and_then(|p| ctx.token_starting_at(p.span(ctx.words).0))
        .and_then(|k| ctx.parties_after(k))
        .or_else(|| from.and_then(|p| ctx.described_name(&p.object)))
        .or_else(|| ctx.counterpart(c))
        .or_else(|| made_in(ctx, c))
    else {
        return;
    };
    if items.is_empty() {
        return;
    }
    push_bought(out, &subj, &src, items, (a, b));
}

/// The SUPPLY of a purchase: `src` supplies `items` to the buyer `subj`, with the buyer's
/// modality, over the trigger's tokens `trigger`.
pub(super) fn push_bought(
    out: &mut Vec<Found>,
    subj: &Subject,
    src: &Parties,
    items: Vec<usize>,
    trigger: (usize, usize),
) {
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &subj.parties.entities,
            items,
            modality: modality(subj.hedged, subj.negated),
            trigger,
            extent: (subj.parties.first.min(trigger.0), src.last),
        },
    );
}

/// Adds the goods object group `g` of clause `c` names to `items` (once each): its listed
/// items, else the goods word of a trade verb's object ("air defence launchers").
pub(super) fn goods_of(ctx: &Ctx, c: &Clause, g: &Group, items: &mut Vec<usize>) {
    let found = ctx.group_items(g).0;
    let unlisted = found.is_empty().then(|| ctx.unlisted_goods(c, g));
    for it in found.into_iter().chain(unlisted.flatten().map(|x| x.0)) {
        if !items.contains(&it) {
            items.push(it);
        }
    }
}

/// "bought tanks from X and missiles from Y": each "from" supplies the goods named between it
/// and the "from" before it (the verb for the first), one relation each. False, and nothing
/// pushed, unless every "from" has goods before it and names a party.
fn each_from_its_goods(
    ctx: &Ctx,
    c: &Clause,
    froms: &[&PrepPhrase],
    subj: &Subject,
    trigger: (usize, usize),
    out: &mut Vec<Found>,
) -> bool {
    let mut readings = Vec::with_capacity(froms.len());
    let mut after = 0;
    for p in froms {
        let at = p.prep().0;
        let mut items: Vec<usize> = Vec::new();
        for g in c.objects_after_verb(ctx.words) {
            let start = g.span(ctx.words).0;
            if (after..at).contains(&start) {
                goods_of(ctx, c, g, &mut items);
            }
        }
        let src = ctx
            .token_starting_at(p.span(ctx.words).0)
            .and_then(|k| ctx.parties_after(k));
        match src {
            Some(src) if !items.is_empty() => readings.push((src, items)),
            _ => return false,
        }
        after = p.span(ctx.words).1;
    }
    for (src, items) in readings {
        push_bought(out, subj, &src, items, trigger);
    }
    true
}

/// "had not bought any Russian weapons", "imports Chinese drones": with no "from", the state
/// of the nationality inside the object naming the goods supplies them.
fn made_in(ctx: &Ctx, c: &Clause) -> Option<Parties> {
    c.objects_after_verb(ctx.words)
        .filter(|g| !ctx.group_items(g).0.is_empty())
        .find_map(|g| {
            let lo = ctx.token_starting_at(g.span(ctx.words).0)?;
            let hi = ctx.token_ending_at(g.span(ctx.words).1)?;
            let (k, m) = (lo..=hi).find_map(|k| {
                ctx.mention_starting_at(k)
                    .filter(|&m| ctx.mentions[m].label == Label::Norp)
                    .map(|m| (k, m))
            })?;
            Some(Parties {
                entities: vec![ctx.nationality_country(m)?],
                first: k,
                last: ctx.mentions[m].tokens.end - 1,
            })
        })
}

/// "did not receive the missiles it had requested from X": with no "from" of its own, the
/// "from" of the relative clause right after the trigger's clause's last object, when that
/// clause has no object of its own (the goods are its gap), its subject is a pronoun or a
/// relative word, and its verb asks for goods (`request` in `words.tsv`).
fn requested_from<'c>(ctx: &'c Ctx, c: &Clause) -> Option<&'c PrepPhrase> {
    let object_end = c.objects_after_verb(ctx.words).last()?.span(ctx.words).1;
    let i = ctx
        .clauses
        .partition_point(|x| x.span(ctx.words).0 < c.span(ctx.words).1);
    let r = ctx.clauses.get(i).filter(|r| r.sentence == c.sentence)?;
    let text = ctx.doc.text;
    let subject = r.subject.as_ref()?;
    let opens = text.get(object_end..subject.span(ctx.words).0)?.trim();
    if !(opens.is_empty()
        || opens.eq_ignore_ascii_case("that")
        || opens.eq_ignore_ascii_case("which"))
    {
        return None;
    }
    let s = ctx.token_starting_at(subject.span(ctx.words).0)?;
    let pronoun = ctx.token_ending_at(subject.span(ctx.words).1) == Some(s)
        && (ctx.has(s, PRONOUN) || ctx.is(s, "it"));
    if !pronoun || r.objects_after_verb(ctx.words).next().is_some() || r.verb.negated {
        return None;
    }
    if ctx.word_class(r.verb.lemma.as_str()) & REQUEST == 0 {
        return None;
    }
    r.preps_after_verb(ctx.words, text, &["from"])
        .first()
        .copied()
}

/// "Y (that Z imported) came from X", read from the trigger's clause: the goods are the items
/// of its subject (the antecedent of "the valves (that) Norland bought") or of the phrases
/// before its verb ("most of the chips"); the recipient is the subject of the relative clause
/// right before it, when that clause's verb obtains ("imported", "used"); else the party a
/// "help" clause names. The supplier is the party the trigger's preposition names.
pub(super) fn origin(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(src) = ctx.parties_after(b + 1) else {
        return;
    };
    let mut items: Vec<usize> = Vec::new();
    let mut first = a;
    let before_verb = c
        .preps()
        .iter()
        .filter(|p| p.span(ctx.words).1 <= c.verb.span(ctx.words).0)
        .map(|p| &p.object);
    for g in c.subject.iter().chain(before_verb) {
        let (found, _) = ctx.group_items(g);
        if !found.is_empty() {
            first = first.min(ctx.token_starting_at(g.span(ctx.words).0).unwrap_or(first));
        }
        for it in found {
            if !items.contains(&it) {
                items.push(it);
            }
        }
    }
    // Without goods the relation is dropped anyway: return before looking for its recipient,
    // which may scan earlier clauses of the sentence (quadratic on a sentence of many clauses).
    if items.is_empty() {
        return;
    }
    let mut targets = Vec::new();
    if c.subject_source == SubjectSource::Antecedent {
        let i = ctx
            .clauses
            .partition_point(|x| x.span(ctx.words).0 < c.span(ctx.words).0);
        let relative = i
            .checked_sub(1)
            .and_then(|k| ctx.clauses.get(k))
            .filter(|r| r.sentence == c.sentence);
        if let Some(r) = relative {
            let head = ctx.token_ending_at(r.verb.span(ctx.words).1);
            let obtains = head.is_some_and(|h| {
                ctx.has(h, CONSUME)
                    || ctx
                        .trigger_at(h)
                        .is_some_and(|(t, _)| matches!(t.frame, Frame::Obtain | Frame::Acquire))
            });
            if let Some(p) = r
                .subject
                .as_ref()
                .filter(|_| obtains)
                .and_then(|g| ctx.group_parties(g))
            {
                first = first.min(p.first);
                targets = p.entities;
            }
        }
    }
    // "the gallium Japan bought was sourced from ...": the tagger read the relative clause's
    // verb as a noun inside the group; a party right before an obtaining word there is the
    // recipient.
    let before_verb = c.subject.iter().chain(
        c.preps()
            .iter()
            .filter(|p| p.span(ctx.words).1 <= c.verb.span(ctx.words).0)
            .map(|p| &p.object),
    );
    for g in before_verb {
        if !targets.is_empty() {
            break;
        }
        let (Some(lo), Some(hi)) = (
            ctx.token_starting_at(g.span(ctx.words).0),
            ctx.token_ending_at(g.span(ctx.words).1),
        ) else {
            continue;
        };
        let obtains = |k: usize| {
            ctx.has(k, CONSUME)
                || ctx
                    .trigger_at(k)
                    .is_some_and(|(t, _)| matches!(t.frame, Frame::Obtain | Frame::Acquire))
        };
        let party = (lo + 1..=hi)
            .filter(|&k| obtains(k))
            .find_map(|k| ctx.mention_ending_at(k - 1).and_then(|m| ctx.party(m)));
        if let Some(e) = party {
            targets.push(e);
        }
    }
    if targets.is_empty() {
        targets = ctx.helped_party(c, &src.entities);
    }
    if targets.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &targets,
            items,
            modality: modality(c.verb.hedged(), c.verb.negated),
            trigger: (a, b),
            extent: (first, src.last),
        },
    );
}
