//! OWNERSHIP frames: "X, a subsidiary of Y", "owned by" (owned_by); "Y owns X"
//! (owns, the object of the trigger's clause); "Y holds a stake in X" (stake). Ownership an
//! apposition tells ("its subsidiary, Y", "a joint venture of A and B") is in
//! [`super::appositive`].

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Frame, Parties, Subject};
use super::common::*;
use crate::engine::clause::{Clause, Tense};
use crate::engine::lexicon::lexicon;
use crate::engine::model::{Label, RelationType};
use crate::engine::pos::Upos;

/// The entities of `parties` that can be owned ([`ownable`]), in their order.
pub(super) fn ownable_of(ctx: &Ctx, parties: &Parties) -> Vec<usize> {
    parties
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect()
}

/// Can entity `e` be owned? Not a state or place; organisations, facilities and vessels, and names
/// the typing took for people (a firm read as a person is more likely than an owned person),
/// unless the name opens with a given name of the lexicon ("Juan Gonzalez was controlled by
/// the Cuban government" is no ownership).
pub(super) fn ownable(ctx: &Ctx, e: usize) -> bool {
    match ctx.label_of_entity(e) {
        // A vessel ([`vessel`]): only `owns` gives a product as a party.
        Some(Label::Org | Label::Fac | Label::Product) => true,
        Some(Label::Person) => {
            let name = &ctx.merged.entities[e].name;
            let first = name.split_whitespace().next().unwrap_or("");
            let mut buf = String::new();
            !(name.contains(' ') && lexicon().get_any(first, &mut buf).is_some_and(|x| x.given))
        }
        _ => false,
    }
}

/// "X, a subsidiary of Y", "X is owned by Y", "X, which is controlled by Y".
pub(super) fn owned_by(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    before_and_after(ctx, a, b, false, out);
}

/// "Y, the parent company of X", "Y is the owner of X": [`owned_by`] the other way round.
pub(super) fn owner_of(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    before_and_after(ctx, a, b, true, out);
}

/// The party before the trigger (over determiners, "is", "which", a comma) owned by the one
/// after it, or with `owner_first` owning it.
fn before_and_after(ctx: &Ctx, a: usize, b: usize, owner_first: bool, out: &mut Vec<Found>) {
    // "a subsidiary of the Toronto-listed Northgate Minerals", "owned by Bermuda reinsurer
    // Castellan Re": a place describing the owner is not the owner.
    let place = |p: &Parties| {
        p.entities
            .iter()
            .all(|&e| matches!(ctx.label_of_entity(e), Some(Label::Gpe | Label::Loc)))
    };
    let owner = match ctx.parties_after(b + 1) {
        Some(p) if place(&p) => ctx.party_after_description(b + 1).or(Some(p)),
        Some(p) => Some(p),
        // "X is the registered owner of the tanker Y".
        None if owner_first => ctx.vessels_after(b + 1),
        None => None,
    };
    let Some(mut owner) = owner else {
        return;
    };
    let (lo, hi) = ctx.bounds(a);
    // "A, the owner of B, and C": in a trigger set off by a comma, ", and" closes the
    // apposition; C is the sentence's, not B's partner.
    let mut k = a;
    while k > lo && ctx.has(k - 1, DET) {
        k -= 1;
    }
    if k > lo && ctx.is_punct(k - 1, &[',']) && owner.entities.len() > 1 {
        if let Some((e, last)) = ctx.party_phrase_at(owner.first, hi) {
            let (from, to) = (
                ctx.doc.tokens[last].end(),
                ctx.doc.tokens[owner.last].start(),
            );
            if ctx
                .doc
                .text
                .get(from..to)
                .is_some_and(|t| t.contains(", and"))
            {
                owner.entities = vec![e];
                owner.last = last;
            }
        }
    }
    let mut j = a;
    let mut steps = 0;
    let mut negated = false;
    let mut hedged = false;
    let owned = loop {
        if j <= lo || steps > 6 {
            return;
        }
        j -= 1;
        steps += 1;
        // "X, which builds them, is owned by Y": over the relative clause to X.
        if ctx.is_punct(j, &[',']) && steps > 1 {
            if let Some(k) = ctx.parenthetical_start(j) {
                j = k;
                continue;
            }
        }
        // "B in turn is owned by C": the adverbial phrase.
        if j > lo + 1 && ctx.is(j, "turn") && ctx.is(j - 1, "in") {
            j -= 1;
            continue;
        }
        let c = ctx.class(j);
        negated |= c & NEG != 0;
        hedged |= c & HEDGE != 0;
        // "51%-owned by": the hyphen joining the share.
        if c & (LIGHT | DET | BE | ADV | AUX | NEG | HEDGE) != 0
            || ctx.is_punct(j, &[',', '-'])
            || ctx.is(j, "which")
            || share_or_adverb(ctx, j)
        {
            continue;
        }
        // "the Ardent Wave is owned by X": a vessel is owned, though no party.
        // "the club, owned by Y": a description coreference resolved.
        let described = || {
            if ctx.is(j, "it") || ctx.has(j, PRONOUN) {
                return None;
            }
            let (first, e) = ctx.resolved_at(j)?;
            Some(Parties {
                entities: vec![e],
                first,
                last: j,
            })
        };
        break ctx
            .parties_ending_at(j)
            .or_else(|| (!owner_first).then(|| ctx.vessel_ending_at(j)).flatten())
            .or_else(described);
    };
    // "X, a Dutch chipmaker owned by Y": the name before the apposition.
    let owned = owned.or_else(|| {
        let k = (lo + 1..a)
            .rev()
            .take(8)
            .find(|&k| ctx.is_punct(k, &[',']))?;
        if !ctx.has(k + 1, DET) {
            return None;
        }
        ctx.parties_ending_at(k - 1)
    });
    let Some(owned) = owned else { return };
    let (owner, owned) = if owner_first {
        (owned, owner)
    } else {
        (owner, owned)
    };
    let owned_e: Vec<usize> = ownable_of(ctx, &owned);
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &owner.entities,
            targets: &owned_e,
            items: Vec::new(),
            modality: modality(hedged, negated),
            trigger: (a, b),
            extent: (owned.first.min(owner.first), owner.last.max(owned.last)),
        },
    );
}

/// "X is 51% owned by", "X is jointly owned by": a word of the share owned (a percentage) or
/// an adverb of how it is owned (`shareadv` in `words.tsv`) between the owned party and an
/// `owned_by` trigger ("formerly owned by" states no ownership now).
fn share_or_adverb(ctx: &Ctx, j: usize) -> bool {
    ctx.has(j, SHARE_ADV)
        || ctx
            .cover(j)
            .is_some_and(|m| ctx.mentions[m].label == Label::Percent)
}

/// "Y owns X", "Y acquires X"; for [`Frame::HoldsShare`] only a share of X ("Y holds 27.5% of
/// X"); for [`Frame::Operates`] only vessels, by a firm ("Y manages the tanker X"; "operates a
/// plant" is no ownership, nor a captain's command one).
pub(super) fn owns(ctx: &Ctx, a: usize, b: usize, frame: Frame, out: &mut Vec<Found>) {
    let (share_only, vessels_only) = (frame == Frame::HoldsShare, frame == Frame::Operates);
    // "held by Iranian forces" owns nothing; "owned by" is read by `owned_by`.
    // "is owned 62% by Y": the share between the participle and "by".
    let by = ctx
        .mention_starting_at(b + 1)
        .filter(|&m| ctx.mentions[m].label == Label::Percent)
        .map_or(b + 1, |m| ctx.mentions[m].tokens.end);
    // "was owned until October 2025 by Y": past a time expression.
    let by = after_time(ctx, by);
    if ctx.is(by, "by") {
        // "the tanker X, managed by Y": only a vessel is so owned.
        let mut j = a.saturating_sub(1);
        while j > 0 && (ctx.has(j, BE | ADV | AUX) || ctx.is_punct(j, &[',']) || ctx.is(j, "which"))
        {
            j -= 1;
        }
        if !share_only && (!vessels_only || ctx.vessel_ending_at(j).is_some()) {
            owned_by(ctx, a, by, out);
        }
        return;
    }
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false).filter(|s| {
        !s.pronoun
            && (!vessels_only
                || (s.parties.entities.iter()).all(|&e| ctx.label_of_entity(e) == Some(Label::Org)))
    }) else {
        return;
    };
    let first = c.objects_after_verb(ctx.words).next();
    let Some(mut obj) = first
        .filter(|_| !share_only && !vessels_only)
        .and_then(|g| ctx.group_names(g).or_else(|| ctx.vessel(g, false)))
        .or_else(|| {
            first
                .filter(|_| vessels_only)
                .and_then(|g| ctx.vessel(g, false))
        })
        .or_else(|| partitive_owned(ctx, c).filter(|_| !vessels_only))
    else {
        if vessels_only {
            return;
        }
        // "X, in which Y holds 15%", "Y controls the remaining 30 percent".
        in_which_share(ctx, &subj, (a, b), out);
        remaining_share(ctx, &subj, (a, b), out);
        return;
    };
    // "owns A and B", "the tankers A and B": each coordinated object is owned.
    let vessels = ctx.label_of_entity(obj.entities[0]) == Some(Label::Product);
    let (more, last) = ctx.joined_objects(c, ctx.doc.tokens[obj.last].end(), vessels, true);
    obj.entities.extend(more);
    obj.last = last.unwrap_or(obj.last);
    push_owned(ctx, &subj, &obj, (a, b), out);
}

/// "X, in which Y holds a 15% stake", "X, in which A will hold 51% and B 49%": the party
/// right before ", in which" is owned by the subject, when a percentage follows the verb
/// (only "a" between); an elided conjunct ("and B 49%") owns its own share.
fn in_which_share(ctx: &Ctx, subj: &Subject, (a, b): (usize, usize), out: &mut Vec<Found>) {
    let mut k = subj.parties.first;
    if k > 0 && ctx.is(k - 1, "the") {
        k -= 1;
    }
    let relative =
        k >= 4 && ctx.is(k - 1, "which") && ctx.is(k - 2, "in") && ctx.is_punct(k - 3, &[',']);
    let Some(owned) = relative.then(|| ctx.parties_ending_at(k - 4)).flatten() else {
        return;
    };
    let percent_at = |j: usize| {
        ctx.cover(j)
            .filter(|&m| ctx.mentions[m].label == Label::Percent)
    };
    let first = if ctx.is(b + 1, "a") { b + 2 } else { b + 1 };
    let Some(share) = percent_at(first) else {
        return;
    };
    // "will hold 51%": a holding planned.
    let mut subj = subj.clone();
    subj.hedged |= ctx
        .verb_clause(a)
        .is_some_and(|c| c.verb.tense == Tense::Future || !c.verb.modality().is_empty());
    let subj = &subj;
    push_owned(ctx, subj, &owned, (a, b), out);
    // "and B 49%".
    let after = ctx.mentions[share].tokens.end;
    let Some(other) = ctx
        .is(after, "and")
        .then(|| ctx.parties_at(after + 1))
        .flatten()
    else {
        return;
    };
    if let Some(m) = percent_at(other.last + 1) {
        let second = Subject {
            parties: other,
            ..subj.clone()
        };
        let n = out.len();
        push_owned(ctx, &second, &owned, (a, b), out);
        for f in &mut out[n..] {
            f.extent.1 = ctx.mentions[m].tokens.end - 1;
        }
    }
}

/// "A holds 70% of X, while B holds the remaining 30%", "X is 62% owned by A, with B holding
/// 21%": a share "remaining" (or "other") after the verb, or right after a "holding" whose
/// subject follows "with", is of the party owned in the sentence's last ownership before the
/// trigger.
fn remaining_share(ctx: &Ctx, subj: &Subject, (a, b): (usize, usize), out: &mut Vec<Found>) {
    let rest = ctx.is(b + 1, "the") && (ctx.is(b + 2, "remaining") || ctx.is(b + 2, "other"));
    // "with founder Dr. B holding": a role and a title may stand between.
    let first = subj.parties.first;
    let with = a == b
        && ctx.is(a, "holding")
        && (first.saturating_sub(4)..first).rev().any(|k| {
            ctx.is(k, "with")
                && (k + 1..first).all(|j| ctx.cover(j).is_none() && !ctx.is_punct(j, &[',', ';']))
        });
    let at = if rest { b + 3 } else { b + 1 };
    let Some(share) = ctx
        .mention_starting_at(at)
        .filter(|&m| (rest || with) && ctx.mentions[m].label == Label::Percent)
    else {
        return;
    };
    let (lo, _) = ctx.bounds(a);
    let Some(owned) = out
        .iter()
        .rev()
        .find(|f| {
            f.kind == RelationType::Ownership && f.trigger_tokens.0 >= lo && f.trigger_tokens.1 < a
        })
        .map(|f| f.target)
    else {
        return;
    };
    let obj = Parties {
        entities: vec![owned],
        first: b + 1,
        last: ctx.mentions[share].tokens.end - 1,
    };
    push_owned(ctx, subj, &obj, (a, b), out);
}

/// "owns 22% of X", "acquire a majority of X": the share owned is the verb's object, the firm
/// the party after "of" (a stake in a firm, as "owns a 22% stake in X", is the `stake` frame),
/// also after a description ("51% of the terminal operator X") or after what the share is of
/// ("54% of the voting rights in X", "30% of the shares of X": an `equity` noun of `words.tsv`).
fn partitive_owned(ctx: &Ctx, c: &Clause) -> Option<Parties> {
    let (_, p) = ctx
        .partitive_of(c)
        .into_iter()
        .find(|(by, _)| by.is_none())?;
    let k = ctx.token_starting_at(p.object.span(ctx.words).0)?;
    // "40% of Morsund's debt" is no share of Morsund.
    ctx.parties_at(k)
        .or_else(|| ctx.party_after_description(k))
        .or_else(|| equity_of(ctx, k))
        .filter(|o| !ctx.possessive(o.last))
}

/// "the voting rights in X", "the company's shares of X" from token `k`: the firm after the
/// "in" or "of" that follows an `equity` noun within four words (determiners and lower-case
/// modifiers between).
fn equity_of(ctx: &Ctx, k: usize) -> Option<Parties> {
    let hi = ctx.end_of_sentence_before(k);
    let noun = (k..(k + 4).min(hi))
        .take_while(|&j| ctx.has(j, DET) || ctx.doc.tok_text(j).starts_with(char::is_lowercase))
        .find(|&j| ctx.has(j, EQUITY))?;
    (ctx.is(noun + 1, "in") || ctx.is(noun + 1, "of"))
        .then(|| ctx.parties_at(noun + 2))
        .flatten()
}

/// "X bought Z from Y", "X agreed to acquire Z": an organisation bought (the first object)
/// is owned by the buyer; hedged when the purchase is only agreed or planned (the trigger's
/// verb follows another in its group: "agreed to acquire", "plans to buy", or a modal or future
/// does: "will buy"); "Z was acquired by X" is read like "owned by".
pub(super) fn acquired(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    // "Z was acquired by X", "Z was acquired in 2023 by X": read like "owned by".
    let by = after_time(ctx, b + 1);
    if ctx.is(by, "by") {
        return owned_by(ctx, a, by, out);
    }
    let Some(c) = ctx.verb_clause(a).filter(|c| !c.verb.passive) else {
        return;
    };
    let Some(mut subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let Some(mut obj) = c
        .objects_after_verb(ctx.words)
        .next()
        .and_then(|g| {
            // "to buy the Dutch chip maker X": the name after a description of it.
            let described =
                || ctx.party_after_description(ctx.token_starting_at(g.span(ctx.words).0)?);
            ctx.group_names(g)
                .or_else(|| ctx.described_name(g))
                .or_else(described)
        })
        .or_else(|| partitive_owned(ctx, c))
        .filter(|o| o.first > b && !ctx.possessive(o.last))
    else {
        return;
    };
    // "bought A and B": each firm joined to the first.
    let (more, last) = ctx.joined_objects(c, ctx.doc.tokens[obj.last].end(), false, true);
    obj.entities.extend(more);
    obj.last = last.unwrap_or(obj.last);
    let firms: Vec<usize> = obj
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e) && ctx.label_of_entity(e) != Some(Label::Product))
        .collect();
    subj.hedged |= !c.verb.chain().is_empty()
        || matches!(c.verb.tense, Tense::None | Tense::Future)
        || !c.verb.modality().is_empty();
    // The seller ("from Y") is part of what the relation was read from (its date follows it).
    let seller = c
        .preps_after_verb(ctx.words, ctx.doc.text, &["from"])
        .first()
        .and_then(|p| ctx.token_ending_at(p.span(ctx.words).1));
    let end = seller.map_or(obj.last, |s| s.max(obj.last));
    push_from_subject(out, RelationType::Ownership, &subj, &firms, (a, b), end);
}

/// The token after a time expression starting at token `k`, with its preposition ("in 2023",
/// "last year", "on Monday", "until October 2025"); `k` when none starts there.
fn after_time(ctx: &Ctx, k: usize) -> usize {
    let preps = ["in", "on", "at", "during", "until", "since", "till"];
    let first = if preps.iter().any(|p| ctx.is(k, p)) {
        k + 1
    } else {
        k
    };
    let mut j = first;
    while j < ctx.n_tokens() && ctx.in_timex(j) && ctx.sentence_of(j) == ctx.sentence_of(k) {
        j += 1;
    }
    if j > first {
        j
    } else {
        k
    }
}

/// "Y sold Z to X", "Z was sold to X": an organisation sold (the first object, the passive's
/// subject, or the antecedent of "Z, which Y sold to X") is owned by the buyer named after "to"
/// (an organisation or person), with the sale's modality ("plans to sell": hedged).
pub(super) fn sold(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    // The seller, or in the passive ("X was sold to Y") the firm sold: there only the clause's
    // own subject ("machines built by Kessler GmbH were sold to Y" sells no Kessler).
    let subject = if c.verb.passive {
        ctx.clause_subject(c)
    } else {
        ctx.subject(a, false)
    };
    let Some(mut seller) = subject else {
        return;
    };
    // "sold striker X to Y" is a transfer: a person is never sold as a firm.
    let one_firm = |o: &Parties| match o.entities[..] {
        [e] if ownable(ctx, e)
            && !matches!(ctx.label_of_entity(e), Some(Label::Product | Label::Person)) =>
        {
            Some(e)
        }
        _ => None,
    };
    // "Shares of Acme were sold", "Acme's assets were sold": no firm sold.
    let whole = |p: &Parties| !(ctx.possessive(p.last) || p.first > 0 && ctx.is(p.first - 1, "of"));
    let firm = if c.verb.passive {
        Some(&seller.parties)
            .filter(|p| !seller.pronoun && whole(p))
            .and_then(one_firm)
    } else {
        // "sold them to X": a plural pronoun stands for goods, never for one firm.
        c.objects_after_verb(ctx.words)
            .next()
            .and_then(|g| ctx.group_names(g))
            .filter(|o| o.first > b && !ctx.possessive(o.last) && !ctx.is(o.first, "them"))
            .and_then(|o| one_firm(&o))
            .or_else(|| sold_antecedent(ctx, c, &seller).and_then(|o| one_firm(&o)))
            .or_else(|| sold_stake(ctx, c).and_then(|o| one_firm(&o)))
    };
    let buyer = c
        .preps_after_verb(ctx.words, ctx.doc.text, &["to"])
        .first()
        .and_then(|p| ctx.group_names(&p.object));
    let (Some(firm), Some(buyer)) = (firm, buyer) else {
        return;
    };
    seller.hedged |= !c.verb.chain().is_empty()
        || matches!(c.verb.tense, Tense::None | Tense::Future)
        || !c.verb.modality().is_empty();
    let buyers: Vec<usize> = buyer
        .entities
        .iter()
        .copied()
        .filter(|&e| matches!(ctx.label_of_entity(e), Some(Label::Org | Label::Person)))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &buyers,
            targets: &[firm],
            items: Vec::new(),
            modality: modality(seller.hedged, seller.negated),
            trigger: (a, b),
            extent: (seller.parties.first.min(a), buyer.last),
        },
    );
}

/// "sold its 15% stake in X to Y", "sold its shares in X": the firm after the verb's first
/// "in" when the word right before that "in" is a stake (`[stake_nouns]` of
/// `data/lexicons/context_words.txt`: "stake", "shares", "holding").
fn sold_stake(ctx: &Ctx, c: &Clause) -> Option<Parties> {
    let p = *c
        .preps_after_verb(ctx.words, ctx.doc.text, &["in"])
        .first()?;
    let k = ctx.token_starting_at(p.prep().0)?.checked_sub(1)?;
    let w = ctx.doc.tok_text(k).to_ascii_lowercase();
    let stake = crate::engine::lexicon::words::words()
        .stake_nouns
        .contains(&w.as_str());
    stake.then(|| ctx.group_names(&p.object)).flatten()
}

/// "Arriva, which Deutsche Bahn sold to X": with no object after the verb, the firm is the
/// antecedent of the relative pronoun before the seller, the parties ending right before
/// ", which" or ", that".
fn sold_antecedent(ctx: &Ctx, c: &Clause, seller: &Subject) -> Option<Parties> {
    ctx.relative_antecedent(c, seller.parties.first)
}

/// "Y holds a 20% stake in X", "Y took a stake in X".
/// With `completed`, "X completed its acquisition of Y", "X closed the takeover of Y": the
/// verb (`complete` in `words.tsv`) right before the noun, past "its" or "the", and its subject
/// (hedged when future or modal: "will complete"); "announced its acquisition" owns nothing.
pub(super) fn stake(ctx: &Ctx, a: usize, b: usize, completed: bool, out: &mut Vec<Found>) {
    let det = a > 0 && (ctx.is(a - 1, "its") || ctx.is(a - 1, "the"));
    // "completed its $8 billion acquisition of Y", "closed the long-awaited takeover of Y":
    // the price and adjectives between the article and the noun.
    let k = modified_from(ctx, a);
    let det_k = k > 0 && (ctx.is(k - 1, "its") || ctx.is(k - 1, "the"));
    let verb = match k.checked_sub(1 + usize::from(det_k)) {
        Some(v) if completed && ctx.has(v, COMPLETE) && ctx.verb_clause(v).is_some() => v,
        _ if completed => return acquisition_by(ctx, (a, b), det, out),
        _ => a,
    };
    let Some(mut subj) = ctx.subject(verb, !completed).filter(|s| !s.pronoun) else {
        return;
    };
    if let Some(c) = ctx.verb_clause(verb).filter(|_| completed) {
        subj.hedged |= c.verb.tense == Tense::Future || !c.verb.modality().is_empty();
    }
    // "agreed to buy a stake in X", "will buy a stake in X": a holding only intended (a verb
    // of intent, `plan` in `words.tsv`, opens the group, or a future or modal); "continued to
    // hold a stake" holds it.
    if let Some(c) = ctx.object_clause(a) {
        subj.hedged |= c.verb.tense == Tense::Future
            || !c.verb.modality().is_empty()
            || c.verb.chain().iter().any(|l| ctx.word_class(l) & PLAN != 0);
    }
    if let Some(obj) = ctx.parties_at(b + 1) {
        push_owned(ctx, &subj, &obj, (a, b), out);
    }
}

/// The first token of the price (a MONEY mention) and lower-case adjectives right before
/// token `a` ("$8 billion", "long-awaited"), at most six tokens; `a` when none.
fn modified_from(ctx: &Ctx, a: usize) -> usize {
    let (lo, _) = ctx.bounds(a);
    let mut k = a;
    while k > lo && a - k < 6 {
        let j = k - 1;
        if let Some(m) = ctx
            .cover(j)
            .filter(|&m| ctx.mentions[m].label == Label::Money)
        {
            k = ctx.mentions[m].tokens.start.max(lo);
            continue;
        }
        let adj = ctx.doc.tok_text(j).starts_with(char::is_lowercase)
            && ctx.class(j) == 0
            && ctx.words.upos_starting_at(ctx.doc.tokens[j].start()) == Some(Upos::Adj);
        if !adj {
            break;
        }
        k = j;
    }
    k
}

/// "the purchase of Y by X", "the planned takeover of the Swiss firm Y by X": X owns Y; hedged
/// after a `prospect` word ("planned", "proposed") or in a future or modal clause. `det` says
/// an article opens the trigger's phrase.
fn acquisition_by(ctx: &Ctx, (a, b): (usize, usize), det: bool, out: &mut Vec<Found>) {
    let Some(obj) = ctx
        .party_after_description(b + 1)
        .or_else(|| ctx.parties_at(b + 1))
    else {
        return;
    };
    let by = after_time(ctx, obj.last + 1);
    if !ctx.is(by, "by") {
        return;
    }
    let Some(owner) = ctx.parties_after(by + 1) else {
        return;
    };
    let opener = a - usize::from(det);
    let mut hedged = (opener.saturating_sub(2)..a).any(|k| ctx.has(k, PROSPECT));
    if let Some(c) = ctx
        .object_clause(a)
        .or_else(|| ctx.verb_clause(owner.last + 1))
    {
        hedged |= c.verb.tense == Tense::Future || !c.verb.modality().is_empty();
    }
    let subj = Subject {
        parties: Parties {
            first: opener,
            ..owner
        },
        hedged,
        ..Subject::default()
    };
    let owned: Vec<usize> = ownable_of(ctx, &obj);
    push_from_subject(
        out,
        RelationType::Ownership,
        &subj,
        &owned,
        (a, b),
        subj.parties.last,
    );
}

/// The subject owns the ownable parties of `obj` (the trigger is `a..=b`).
pub(super) fn push_owned(
    ctx: &Ctx,
    subj: &Subject,
    obj: &Parties,
    (a, b): (usize, usize),
    out: &mut Vec<Found>,
) {
    let owned: Vec<usize> = ownable_of(ctx, obj);
    push_from_subject(out, RelationType::Ownership, subj, &owned, (a, b), obj.last);
}

/// "Tony Roe's Roe Holdings", "Acme's Acme Ventures": the trigger is the last word of an
/// organisation's name, and the person or organisation named in the possessive right before
/// that name owns it.
pub(super) fn holding(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(m) = ctx.mention_ending_at(b) else {
        return;
    };
    let mention = &ctx.mentions[m];
    if mention.label != Label::Org || mention.tokens.start == 0 || mention.tokens.start == a {
        return;
    }
    let first = mention.tokens.start;
    let Some(owner_m) = ctx
        .mention_ending_at(first - 1)
        .filter(|_| ctx.sentence_of(first - 1) == ctx.sentence_of(a))
        .filter(|&o| matches!(ctx.mentions[o].label, Label::Person | Label::Org))
    else {
        return;
    };
    if !ctx.possessive(first - 1) {
        return;
    }
    let (Some(owner), Some(owned)) = (ctx.party(owner_m), ctx.party(m)) else {
        return;
    };
    let subj = Subject {
        parties: Parties {
            entities: vec![owner],
            first: ctx.mentions[owner_m].tokens.start,
            last: first - 1,
        },
        ..Subject::default()
    };
    let obj = Parties {
        entities: vec![owned],
        first,
        last: b,
    };
    push_owned(ctx, &subj, &obj, (a, b), out);
}
