//! SUPPLY frames told from the supplier's side: "X provides Y to Z", "X provided Z with Y",
//! "Y were delivered to Z by X" (give). The recipient's side, "Z obtained Y from X" and "Y came
//! from X", is [`super::supply_obtain`].

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Parties, Subject};
use super::common::*;
use super::supply_split;
use crate::engine::clause::{Clause, Group, PrepPhrase};
use crate::engine::model::{Label, RelationType};

/// "X provides Y to Z", "X provided Z with Y", "X sold Z Y", "X supplies Y for use in Z",
/// "X supplies Y to A and W to B": goods and recipients are read from the trigger's clause.
pub(super) fn give(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    // A passive's subject is the goods or the recipient, never the supplier.
    if c.verb.passive {
        return give_passive(ctx, c, a, b, out);
    }
    let Some(subj) = ctx.subject(a, false).or_else(|| unit_of(ctx, c)) else {
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
    let amounts = ctx.quantity_objects(c);
    for (n, g) in c
        .objects_after_verb(ctx.words)
        .chain(amounts.iter().copied())
        .enumerate()
    {
        let (mut items, l) = ctx.group_items(g);
        if !items.is_empty() {
            // "IRIS-T air defence systems": a model, then the goods no list knows it is of.
            let more = ctx.unlisted_goods(c, g).filter(|(e, _)| !items.contains(e));
            items.extend(more.map(|(e, _)| e));
            last = last.max(l).max(more.map_or(0, |(_, k)| k));
            goods.push((g.span(ctx.words).0, items));
        } else if let Some((e, l)) = ctx.unlisted_goods(c, g) {
            last = last.max(l);
            goods.push((g.span(ctx.words).0, vec![e]));
        } else if let Some(items) = (n == 0)
            .then(|| supply_split::earlier_goods(ctx, out, g, a))
            .flatten()
        {
            goods.push((g.span(ctx.words).0, items));
        } else if n == 0 {
            // "provided Russia with ...", "sold Serbia tools": a first object naming a party.
            // "and Norway sold it B": an unresolved "it" after an earlier supply's recipient.
            let named = ctx
                .group_parties(g)
                .or_else(|| supply_split::earlier_recipient(ctx, out, g, a));
            match named {
                Some(p) => recipients.push((g.span(ctx.words).0, p)),
                None => {
                    unnamed_goods = ctx
                        .token_starting_at(g.span(ctx.words).0)
                        .filter(|&k| ctx.has(k, UNNAMED))
                        .map(|_| g.span(ctx.words).0)
                }
            }
        }
    }
    // "supplied most of its drones to X": a share as the object names the goods of its "of"
    // phrase; "with 90 per cent of its chips": a share after "with"/"to" reads like that
    // preposition's complement.
    let shares = ctx.partitive_of(c);
    for (_, p) in shares.iter().filter(|s| s.0.is_none()) {
        let (mut items, mut l) = ctx.group_items(&p.object);
        if let (true, Some((e, k))) = (items.is_empty(), ctx.unlisted_goods(c, &p.object)) {
            (items, l) = (vec![e], k);
        }
        if !items.is_empty() {
            last = last.max(l);
            goods.push((p.span(ctx.words).0, items));
        }
    }
    let indirect = !recipients.is_empty();
    let mut phrases: Vec<(&str, &PrepPhrase)> = c
        .preps_after_verb(ctx.words, text, &["with", "to", "for"])
        .into_iter()
        .map(|p| (&text[p.prep().0..p.prep().1], p))
        .collect();
    // "selling chips made by Lanterra to Arax": the recipient after the agent.
    if let Some(r) = ctx.reduced_relative_of(c) {
        let to = r.preps_after_verb(ctx.words, text, &["to"]);
        phrases.extend(to.into_iter().map(|p| (&text[p.prep().0..p.prep().1], p)));
    }
    // "to A, based in Shenzhen, and to B".
    let more = supply_split::to_after_participle(ctx, c);
    phrases.extend(more.into_iter().map(|p| (&text[p.prep().0..p.prep().1], p)));
    for (gov, p) in &shares {
        let Some(t) = gov.map(|k| &text[ctx.doc.tokens[k].range()]) else {
            continue;
        };
        if t.eq_ignore_ascii_case("with") || t.eq_ignore_ascii_case("to") {
            phrases.push((t, p));
        }
    }
    crate::sort::sort_by_key(&mut phrases, |x| x.1.span(ctx.words).0);
    // "to Kvant, a supplier to the defence ministry": a phrase after an apposition describes
    // the party the apposition describes, not the verb.
    let appositive = |p: &PrepPhrase| {
        c.objects().iter().any(|g| {
            let (s, e) = g.span(ctx.words);
            text.get(e..p.prep().0).is_some_and(|t| t.trim().is_empty())
                && ctx.token_starting_at(s).is_some_and(|k| {
                    k > 1 && ctx.is_punct(k - 1, &[',']) && ctx.parties_ending_at(k - 2).is_some()
                })
                && ctx.group_items(g).0.is_empty()
        })
    };
    phrases.retain(|(_, p)| !appositive(p));
    for (prep, p) in phrases {
        if prep.eq_ignore_ascii_case("for") {
            // "for use in Russian weapons": the user names the recipient.
            if !indirect
                && text[p.span(ctx.words).0..p.span(ctx.words).1].eq_ignore_ascii_case("use")
            {
                let user = c
                    .preps_after_verb(ctx.words, text, &["in", "by"])
                    .into_iter()
                    .find(|q| q.span(ctx.words).0 > p.span(ctx.words).1);
                if let Some(r) = user.and_then(|q| user_parties(ctx, q)) {
                    recipients.push((p.span(ctx.words).0, r));
                }
            }
            continue;
        }
        let with = prep.eq_ignore_ascii_case("with");
        let (mut items, mut l) = ctx.group_items(&p.object);
        // "supplied Ukraine with IRIS-T systems": goods no list knows after "with".
        if with && indirect && items.is_empty() {
            if let Some((e, k)) = ctx.unlisted_goods(c, &p.object) {
                (items, l) = (vec![e], k);
            }
        }
        // Goods after "with" when the recipient is the object; after "to" when no party is
        // named there ("in addition to turbojet engines").
        if !items.is_empty() && (!with || indirect) {
            last = last.max(l);
            goods.push((p.span(ctx.words).0, items));
        } else if !with && !indirect {
            // "to carmakers including A and B": the list names the recipients.
            if let Some(r) = ctx
                .group_parties(&p.object)
                .or_else(|| customer_place(ctx, c, &p.object))
                .or_else(|| ctx.appositive_list(&p.object))
            {
                recipients.push((p.span(ctx.words).0, r));
            }
        }
    }
    // "Norway sold it NASAMS launchers built by X", "sold Ukraine armoured vehicles": a double
    // object the chunker cut off after the verb or its pronoun object.
    if goods.is_empty() && recipients.len() <= 1 {
        let pronoun = recipients.first().map(|r| r.1.clone());
        if let Some((p, items, l)) = supply_split::cut_double_object(ctx, c, pronoun) {
            last = last.max(l);
            recipients = vec![(0, p)];
            goods.push((0, items));
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
    // "plans to supply", "hopes to sell": a supply only intended is hedged.
    let modality = modality(subj.hedged || intended(ctx, c, a), subj.negated);
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
    // "supplied Kyiv artillery shells": a state or city opening the first object, before the
    // goods, receives them when no other recipient is named ("sold Iran oil to X" does not).
    if recipients.is_empty() {
        if let Some(p) = c
            .objects_after_verb(ctx.words)
            .next()
            .and_then(|g| supply_split::leading_state(ctx, g))
        {
            recipients.push((0, p));
        }
    }
    // "signed an agreement with Y to supply turbines": the contract's counterpart receives.
    if recipients.is_empty() {
        if let Some(p) = ctx.counterpart(c) {
            recipients.push((0, p));
        }
    }
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

/// "to a buyer in Minsk": a recipient group naming no party whose head is a buyer
/// (`customer` in `words.tsv`), right before "in" and a place: the place receives; not when
/// the group describes a name set off before it ("to X, a distributor in Dubai").
fn customer_place(ctx: &Ctx, c: &Clause, g: &Group) -> Option<Parties> {
    let head = ctx.token_ending_at(g.span(ctx.words).1)?;
    if !ctx.has(head, CUSTOMER) {
        return None;
    }
    // "to Altair FZE, a distributor in Dubai": the buyer is named, set off before the group;
    // the place is only where it is.
    let first = ctx.token_starting_at(g.span(ctx.words).0)?;
    if first >= 2 && ctx.is_punct(first - 1, &[',']) && ctx.mention_ending_at(first - 2).is_some() {
        return None;
    }
    let p = c
        .preps_after_verb(ctx.words, ctx.doc.text, &["in"])
        .into_iter()
        .find(|p| ctx.token_starting_at(p.prep().0) == Some(head + 1))?;
    let place = ctx.group_parties(&p.object)?;
    place
        .entities
        .iter()
        .all(|&e| ctx.label_of_entity(e) == Some(Label::Gpe))
        .then_some(place)
}

/// "its unit, which sells X to A": a subject "its" and a unit or site word (`site` in
/// `words.tsv`) names the organisation in focus ([`Ctx::org_in_focus`]), whose unit supplies.
fn unit_of(ctx: &Ctx, c: &Clause) -> Option<Subject> {
    let (lo, hi) = c.subject.as_ref()?.span(ctx.words);
    let (k, j) = (ctx.token_starting_at(lo)?, ctx.token_ending_at(hi)?);
    (j == k + 1 && ctx.is(k, "its") && ctx.has(j, SITE)).then_some(())?;
    Some(Subject {
        parties: Parties {
            entities: vec![ctx.org_in_focus(k)?],
            first: k,
            last: j,
        },
        ..Subject::default()
    })
}

/// "Y were delivered to Z by X", "Z was supplied with Y by X": the supplier is the passive's
/// agent; the subject names the goods (the recipient then follows "to") or the recipient (the
/// goods then follow "with"). Nothing without an agent.
fn give_passive(ctx: &Ctx, c: &Clause, a: usize, b: usize, out: &mut Vec<Found>) {
    let text = ctx.doc.text;
    let Some(src) = c
        .agent(ctx.words, text)
        .and_then(|g| ctx.token_starting_at(g.span(ctx.words).0))
        .and_then(|k| ctx.parties_after(k))
    else {
        return;
    };
    let Some(subject) = c.subject.as_ref() else {
        return;
    };
    let (mut items, _) = ctx.group_items(subject);
    let mut first = ctx
        .token_starting_at(subject.span(ctx.words).0)
        .unwrap_or(a);
    let recipient = if items.is_empty() {
        let r = ctx.group_parties(subject);
        if let Some(p) = c.preps_after_verb(ctx.words, text, &["with"]).first() {
            items = ctx.group_items(&p.object).0;
        }
        r
    } else {
        c.preps_after_verb(ctx.words, text, &["to"])
            .first()
            .and_then(|p| ctx.token_starting_at(p.span(ctx.words).0))
            .and_then(|k| ctx.parties_at(k))
    };
    let Some(recipient) = recipient.filter(|_| !items.is_empty()) else {
        return;
    };
    first = first.min(recipient.first);
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &recipient.entities,
            items,
            modality: modality(c.verb.hedged(), c.verb.negated),
            trigger: (a, b),
            extent: (first.min(a), src.last.max(recipient.last)),
        },
    );
}

/// The parties of the user phrase `q` after "for use" ("in Russian weapons systems" → Russia
/// through the nationality, "by the Russian army"). A place named after "in" is where the goods
/// are used, not who uses them: "for use in Ukraine" names no recipient.
fn user_parties(ctx: &Ctx, q: &PrepPhrase) -> Option<Parties> {
    let g = &q.object;
    let (a, b) = q.prep();
    let place = |p: &Parties| {
        p.entities.iter().all(|&e| {
            matches!(
                ctx.label_of_entity(e),
                Some(Label::Gpe | Label::Loc | Label::Fac)
            )
        })
    };
    let within = ctx.doc.text[a..b].eq_ignore_ascii_case("in");
    let named = ctx.group_parties(g).filter(|p| !(within && place(p)));
    named.or_else(|| {
        let k = ctx.token_starting_at(g.span(ctx.words).0)?;
        let m = ctx.mention_starting_at(k)?;
        Some(Parties {
            entities: vec![ctx.nationality_country(m)?],
            first: k,
            last: ctx.mentions[m].tokens.end - 1,
        })
    })
}

/// Is the trigger at token `a` of clause `c` only intended: a verb of intent (`intent` in
/// `words.tsv`: "plans", "hopes", "aims") opens its verb group, or stands right before its
/// "to" where the tagger split the group ("X plans to supply")? "agreed to supply" and "will
/// supply" are commitments (asserted); "would" and "could" hedge through the modal.
pub(super) fn intended(ctx: &Ctx, c: &Clause, a: usize) -> bool {
    c.verb
        .chain()
        .iter()
        .any(|l| ctx.word_class(l) & INTENT != 0)
        || (a >= 2 && ctx.is(a - 1, "to") && ctx.has(a - 2, INTENT))
}
