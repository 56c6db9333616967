//! SANCTION frames: "X sanctioned Y", "Y was blacklisted by X" (sanction_verb);
//! "sanctions on Y", "froze the assets of Y" (sanction_noun); "X added Y to its sanctions list"
//! (list_add).

use super::super::ctx::class::*;
use super::super::ctx::Ctx;
use super::super::ctx::{Frame, Parties, Subject};
use super::common::*;
use crate::engine::clause::Clause;
use crate::engine::model::{Label, Modality, RelationType};
use crate::engine::text::TokenKind;

/// "The Commerce Department banned X from selling chips to China", "barred Y from
/// exporting": an export ban on a party is a sanction of it by the subject. Only a party as
/// the first object, right followed by "from" and a gerund ("banned imports from Y", "barred
/// the door" are none); not in the passive, nor by a person (a judge's order).
pub(super) fn ban(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a).filter(|c| !c.verb.passive) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let Some(obj) = c
        .objects_after_verb(ctx.words)
        .next()
        .and_then(|g| ctx.group_parties(g))
        .filter(|o| o.first > b)
    else {
        return;
    };
    let from = obj.last + 1;
    let gerund = ctx.is(from, "from")
        && ctx
            .doc
            .tokens
            .get(from + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && ctx.low(from + 1).ends_with("ing");
    if !gerund || ctx.possessive(obj.last) {
        return;
    }
    // "Judge X barred Y from contacting witnesses" is a court's order, no sanction: only a
    // state or a body bans.
    let bodies: Vec<usize> = (subj.parties.entities.iter().copied())
        .filter(|&e| ctx.label_of_entity(e) != Some(Label::Person))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Sanction,
            sources: &bodies,
            targets: &obj.entities,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first.min(a), from + 1),
        },
    );
}

/// "X sanctioned Y", "Y was blacklisted by X", "Y, designated by X": read from the trigger's
/// clause (its object, or its subject and passive agent).
pub(super) fn sanction_verb(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let text = ctx.doc.text;
    // The agent of a passive, or of a participle right after its noun ("Y, designated by X").
    let after = ctx.doc.tokens[b].end();
    let by = c.agent(ctx.words, text).or_else(|| {
        c.preps_after_verb(ctx.words, text, &["by"])
            .first()
            .filter(|p| text[after..p.prep().0].trim().is_empty())
            .map(|p| &p.object)
    });
    if let Some(g) = by {
        let Some(src) = ctx
            .token_starting_at(g.span(ctx.words).0)
            .and_then(|k| ctx.parties_after(k))
        else {
            return;
        };
        let Some(subj) = passive_target(ctx, c, a) else {
            return;
        };
        push(
            out,
            Reading {
                kind: RelationType::Sanction,
                sources: &src.entities,
                targets: &subj.parties.entities,
                items: Vec::new(),
                modality: modality(subj.hedged, subj.negated),
                trigger: (a, b),
                extent: (subj.parties.first, src.last),
            },
        );
        return;
    }
    // A passive without its agent names no source, unless it says "also".
    if c.verb.passive || (a > 0 && ctx.has(a - 1, BE)) {
        return also_passive(ctx, c, (a, b), out);
    }
    // "Also designated were A and B": an inverted passive names its targets after "be" and
    // no subject; its sanctioning bodies are those of the sanction stated last (this sentence
    // or the one before).
    let inverted = c.subject.is_none() && ctx.has(b + 1, BE);
    let subj = match ctx.subject(a, false).filter(|s| !s.pronoun) {
        Some(s) => s,
        None if inverted => match earlier_sanctioners(ctx, a, out) {
            Some(s) => s,
            None => return,
        },
        None => return,
    };
    // "indicted two traders, A and B": the names set off after an object naming none;
    // "blacklisted the tanker X and its Cyprus-based owner, Y": past a first object naming
    // none, the object joined to it by "and", or the name set off after that one.
    // "sanctioned the tanker X": a vessel named after a vessel noun is a target too.
    // "sanctioned two other Kestrel vessels": the firm whose vessels they are, when the
    // object names no vessel.
    let named = |g| {
        ctx.group_names(g)
            .or_else(|| ctx.appositive_list(g))
            .or_else(|| ctx.vessel(g, false))
            .or_else(|| ctx.vessels_owner(g))
    };
    let mut objects = c.objects_after_verb(ctx.words);
    let first = objects.next();
    let joined = || {
        let f = first?;
        let g = objects.next()?;
        let between = text.get(f.span(ctx.words).1..g.span(ctx.words).0)?.trim();
        if !between.eq_ignore_ascii_case("and") {
            return None;
        }
        named(g).or_else(|| ctx.appositive_parties(c, g))
    };
    let Some(mut obj) = first
        .and_then(named)
        .or_else(joined)
        .filter(|t| !ctx.possessive(t.last))
        // "Kvant, which the Treasury sanctioned in 2022".
        .or_else(|| ctx.relative_antecedent(c, subj.parties.first))
    else {
        // "designated four companies. The designated firms are A, B ...".
        super::sanction_list::counted_targets(ctx, c, &subj, (a, b), out);
        return;
    };
    // "designated A and B": one relation per coordinated object.
    let vessels = ctx.label_of_entity(obj.entities[0]) == Some(Label::Product);
    let (more, last) = ctx.joined_objects(c, ctx.doc.tokens[obj.last].end(), vessels, false);
    obj.entities.extend(more);
    obj.last = last.unwrap_or(obj.last);
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &obj.entities,
        (a, b),
        obj.last,
    );
}

/// "X added Y to its sanctions list", "X placed Y on the Entity List", "Y was put on a
/// blacklist by X", "X placed Y under an asset freeze": read as [`sanction_verb`] reads "X
/// sanctioned Y", when the "to"/"on"/"onto"/"in" phrase right after the verb's object names a
/// sanctions list ([`names_a_sanctions_list`]), or the "under" phrase a restrictive measure
/// ([`names_a_measure`]). Adding Y to any other list ("its list of partners", "its sanctions
/// exemption list") is nothing.
pub(super) fn list_add(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a) else {
        return;
    };
    let text = ctx.doc.text;
    // The phrase right after the verb's objects (or the verb): "added Y to its sanctions list",
    // "added X, Y and Z to its sanctions list", not "included Y in a report on its sanctions
    // list".
    let object_end = c
        .objects_after_verb(ctx.words)
        .last()
        .map_or(ctx.doc.tokens[b].end(), |g| g.span(ctx.words).1);
    let onto = c.preps_after_verb(ctx.words, text, &["to", "on", "onto", "in", "under"]);
    let first = onto
        .iter()
        .find(|p| p.prep().0 >= object_end)
        .filter(|p| text[object_end..p.prep().0].trim().is_empty());
    let sanctioned = first.is_some_and(|p| {
        let (start, end) = p.prep();
        if text[start..end].eq_ignore_ascii_case("under") {
            names_a_measure(ctx, p.object.span(ctx.words))
        } else {
            names_a_sanctions_list(ctx, p.object.span(ctx.words))
        }
    });
    // "identified the tankers A and B as blocked property" (the tagger reads "blocked" as a
    // verb: the words, not the clause, are read).
    let blocked = || {
        let j = ctx.token_ending_at(object_end)?;
        (ctx.is(j + 1, "as") && ctx.is(j + 2, "blocked") && ctx.is(j + 3, "property")).then_some(())
    };
    if sanctioned && c.verb.passive && c.agent(ctx.words, text).is_none() {
        // "Y was added to the EU's sanctions list": the list's owner sanctions.
        let owner = first.and_then(|p| list_owner(ctx, p.object.span(ctx.words)));
        if let (Some(src), Some(subj)) = (owner, passive_target(ctx, c, a)) {
            let mut src = Subject {
                parties: src,
                ..subj.clone()
            };
            src.parties.first = subj.parties.first;
            push_from_subject(
                out,
                RelationType::Sanction,
                &src,
                &subj.parties.entities,
                (a, b),
                b,
            );
            return;
        }
    }
    if sanctioned || blocked().is_some() {
        sanction_verb(ctx, a, b, out);
    }
}

/// The target of a passive sanction: its subject, else a vessel it names ("The tanker X was
/// sanctioned by", "The vessel was added to": [`Ctx::vessel`], [`Ctx::described_vessel`]),
/// with the verb group's modality.
fn passive_target(ctx: &Ctx, c: &Clause, a: usize) -> Option<Subject> {
    if let Some(s) = ctx.subject(a, false).filter(|s| !s.pronoun) {
        return Some(s);
    }
    let g = c.subject.as_ref()?;
    let parties = ctx.vessel(g, false).or_else(|| ctx.described_vessel(g))?;
    Some(Subject {
        parties,
        hedged: c.verb.hedged(),
        negated: c.verb.negated,
        pronoun: false,
    })
}

/// The body or state owning the sanctions list at bytes `span`: a party in the possessive
/// ("the European Union's sanctions list") or right before the `sanctionlist` word ("the EU
/// sanctions list").
fn list_owner(ctx: &Ctx, span: (usize, usize)) -> Option<Parties> {
    let (first, head) = group_tokens(ctx, span)?;
    (first..head)
        .filter(|&k| ctx.possessive(k) || ctx.has(k + 1, SANCTION_LIST))
        .find_map(|k| {
            ctx.mention_ending_at(k)?;
            ctx.parties_ending_at(k)
        })
}

/// The first token of the noun group at bytes `start..end` and its head: the last token before
/// any time expression the chunker joined to it ("sanctions last week").
fn group_tokens(ctx: &Ctx, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let first = ctx.token_starting_at(start)?;
    let head = (first..ctx.n_tokens())
        .take_while(|&k| ctx.doc.tokens[k].end() <= end && (k == first || !ctx.in_timex(k)))
        .last()?;
    Some((first, head))
}

/// Does the noun group at bytes `start..end` name a restrictive measure (its head of class
/// `measure`: "an asset freeze", "sanctions", "an embargo"; "freeze" only after an `assets`
/// word)? "placed X under investigation", "under a hiring freeze" name none.
fn names_a_measure(ctx: &Ctx, span: (usize, usize)) -> bool {
    group_tokens(ctx, span).is_some_and(|(first, head)| {
        ctx.has(head, MEASURE)
            && (!ctx.is(head, "freeze") || head > first && ctx.has(head - 1, ASSETS))
    })
}

/// Does the noun group at bytes `start..end` name a sanctions list? Its head is "list",
/// "blacklist" or "watchlist", right after a word of class `sanctionlist` ("its sanctions
/// list", "the Entity List"); "blacklist" needs none ("a blacklist"). "its sanctions exemption
/// list" names no such list.
fn names_a_sanctions_list(ctx: &Ctx, span: (usize, usize)) -> bool {
    let Some((first, head)) = group_tokens(ctx, span) else {
        return false;
    };
    let listed = head > first && ctx.has(head - 1, SANCTION_LIST);
    ctx.is(head, "blacklist") || (ctx.is(head, "list") || ctx.is(head, "watchlist")) && listed
}

/// "X was also designated", "X, who is also designated today,", "The tankers A and B were also
/// identified as blocked property": an agentless passive whose verb group says "also" sanctions
/// its subject (or the vessels listed right before its verb) on behalf of the sanctioning
/// bodies stated before ([`earlier_sanctioners`]). Without "also" ("X was designated in
/// 2019") nothing says the body is the same.
fn also_passive(ctx: &Ctx, c: &Clause, (a, b): (usize, usize), out: &mut Vec<Found>) {
    let Some(v0) = ctx.token_starting_at(c.verb.span(ctx.words).0) else {
        return;
    };
    // "was also designated as its chief executive" is an appointment.
    if !(v0.min(a.saturating_sub(1))..a).any(|k| ctx.is(k, "also")) || ctx.is(b + 1, "as") {
        return;
    }
    let target = v0
        .checked_sub(1)
        .and_then(|j| ctx.vessel_list_ending_at(j))
        .or_else(|| Some(ctx.subject(a, false).filter(|s| !s.pronoun)?.parties));
    let (Some(t), Some(mut src)) = (target, earlier_sanctioners(ctx, a, out)) else {
        return;
    };
    (src.hedged, src.negated) = (c.verb.hedged(), c.verb.negated);
    src.parties.first = t.first;
    push_from_subject(out, RelationType::Sanction, &src, &t.entities, (a, b), b);
}

/// The sanctioning bodies of the last sanction before token `a`, in its sentence or the one
/// before, when it was asserted: those of a relation found, else the subject of a sanction
/// trigger that named no target ("sanctioned 12 companies", "imposed sanctions on a network")
/// in its sentence or the two before.
fn earlier_sanctioners(ctx: &Ctx, a: usize, out: &[Found]) -> Option<Subject> {
    let s = ctx.sentence_of(a);
    let last = out
        .iter()
        .rev()
        .find(|f| f.kind == RelationType::Sanction && f.trigger_tokens.1 < a)
        .filter(|f| ctx.sentence_of(f.trigger_tokens.0) + 1 >= s);
    let Some(last) = last else {
        return unnamed_sanctioners(ctx, a);
    };
    if last.modality != Modality::Asserted {
        return None;
    }
    let mut entities: Vec<usize> = Vec::new();
    for f in out.iter().filter(|f| {
        f.kind == RelationType::Sanction
            && f.trigger_tokens == last.trigger_tokens
            && f.modality == Modality::Asserted
    }) {
        if !entities.contains(&f.source) {
            entities.push(f.source);
        }
    }
    Some(Subject {
        parties: Parties {
            entities,
            first: a,
            last: a,
        },
        ..Subject::default()
    })
}

/// The subject of the last sanction trigger before token `a` in its sentence or the two before
/// (a verb not passive, or a noun: "imposed sanctions on"): organisations or states, asserted.
fn unnamed_sanctioners(ctx: &Ctx, a: usize) -> Option<Subject> {
    let lo = ctx.doc.sentences[ctx.sentence_of(a).saturating_sub(2)]
        .tokens()
        .start;
    let k = (lo..a).rev().find(|&k| {
        ctx.trigger_at(k)
            .is_some_and(|(t, _)| matches!(t.frame, Frame::SanctionVerb | Frame::SanctionNoun))
    })?;
    let noun = ctx.verb_clause(k).is_none();
    if ctx.verb_clause(k).is_some_and(|c| c.verb.passive) {
        return None;
    }
    ctx.subject(k, noun).filter(|s| {
        !s.pronoun
            && !s.hedged
            && !s.negated
            && (s.parties.entities.iter())
                .all(|&e| matches!(ctx.label_of_entity(e), Some(Label::Org | Label::Gpe)))
    })
}

/// "(US) sanctions on/against Y", "X imposed sanctions on Y"; "X sanctions Y" as a verb.
pub(super) fn sanction_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, _) = ctx.bounds(a);
    // "froze the assets of Y": the trigger ends in its preposition.
    let on = if ctx.is(b, "on") || ctx.is(b, "against") || ctx.is(b, "of") {
        Some(b + 1)
    } else if ctx.is(b + 1, "on") || ctx.is(b + 1, "against") {
        Some(b + 2)
    } else {
        None
    };
    let Some(on) = on else {
        if under_sanctions(ctx, a, b, out) {
            return;
        }
        return sanction_verb(ctx, a, b, out);
    };
    // "froze the assets of Aster Freight's owner": the possessor is not the target.
    let Some(target) = ctx
        .parties_after(on)
        .filter(|t| !ctx.possessive(t.last))
        .map(|t| person_behind_body(ctx, t))
    else {
        return;
    };
    // The actor named just before the noun ("US sanctions", "the EU's sanctions").
    let modifier = (a > lo)
        .then(|| ctx.mention_ending_at(a - 1))
        .flatten()
        .and_then(|m| {
            let e = ctx.party(m).or_else(|| ctx.nationality_country(m))?;
            Some(Subject {
                parties: Parties {
                    entities: vec![e],
                    first: ctx.mentions[m].tokens.start,
                    last: a - 1,
                },
                ..Subject::default()
            })
        });
    let Some(subj) = modifier.or_else(|| ctx.subject(a, true).filter(|s| !s.pronoun)) else {
        return;
    };
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &target.entities,
        (a, b),
        target.last,
    );
}

/// "sanctions on RSF commander Abdelrahim Dagalo", "the assets of Khartoum businessman Osman
/// Elnour": an organisation or a place followed by one to three lower-case words (the
/// person's office or trade) and a person names that person, not the body or place that
/// describes them; any other party is returned as it is.
fn person_behind_body(ctx: &Ctx, t: Parties) -> Parties {
    let [e] = t.entities[..] else { return t };
    // "sanctions on Khartoum businessman X": a place (or the state a capital stands for)
    // describes the person as the body does.
    if !matches!(
        ctx.label_of_entity(e),
        Some(Label::Org | Label::Gpe | Label::Loc)
    ) {
        return t;
    }
    let hi = ctx.end_of_sentence_before(t.last + 1);
    let mut j = t.last + 1;
    while j < hi && j <= t.last + 3 && ctx.mention_starting_at(j).is_none() {
        let tok = &ctx.doc.tokens[j];
        let w = &ctx.doc.text[tok.start()..tok.end()];
        if tok.kind != TokenKind::Word
            || !w.starts_with(|c: char| c.is_lowercase())
            || ctx.has(j, PREP | DET)
        {
            return t;
        }
        j += 1;
    }
    match ctx.mention_starting_at(j) {
        Some(m) if j > t.last + 1 && ctx.mentions[m].label == Label::Person => {
            ctx.parties_at(j).unwrap_or(t)
        }
        _ => t,
    }
}

/// "Y has been under US and EU sanctions since 2022", "Y is subject to British sanctions": the
/// states or bodies named right before the noun (after "under" or "subject to") sanction the
/// clause's subject. Nothing when no one is named ("under sanctions") or the subject is a
/// pronoun. Whether a relation was found.
fn under_sanctions(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) -> bool {
    let (lo, _) = ctx.bounds(a);
    let opener = (lo + 1..a)
        .rev()
        .take(MAX_UNDER_GAP)
        .find(|&k| ctx.is(k, "under") || (ctx.is(k, "to") && ctx.is(k - 1, "subject")));
    let Some(opener) = opener.filter(|&k| k + 1 < a) else {
        return false;
    };
    // The words between are the actors' names, joined by "and", "or" or commas.
    let mut actors = Parties {
        entities: Vec::new(),
        first: opener + 1,
        last: a - 1,
    };
    let mut k = opener + 1;
    while k < a {
        if ctx.is(k, "and") || ctx.is(k, "or") || ctx.is(k, "the") || ctx.is_punct(k, &[',']) {
            k += 1;
            continue;
        }
        let Some(m) = ctx.mention_starting_at(k) else {
            return false;
        };
        let Some(e) = ctx.party(m).or_else(|| ctx.nationality_country(m)) else {
            return false;
        };
        if !actors.entities.contains(&e) {
            actors.entities.push(e);
        }
        k = ctx.mentions[m].tokens.end;
    }
    let actors = (!actors.entities.is_empty()).then_some(actors);
    let Some(actors) = actors else {
        return false;
    };
    let from = if ctx.is(opener, "to") {
        opener - 1
    } else {
        opener
    };
    let Some(target) = ctx.subject(from, false).filter(|s| !s.pronoun) else {
        return false;
    };
    let subj = Subject {
        parties: actors,
        hedged: target.hedged,
        negated: target.negated,
        pronoun: false,
    };
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &target.parties.entities,
        (a, b),
        b,
    );
    true
}

/// Most tokens between "under" and the noun "sanctions" ("under United States and European
/// Union sanctions").
const MAX_UNDER_GAP: usize = 8;

/// Most tokens between a freezing verb and the phrase naming whose assets it froze ("froze CHF
/// 120,000 in two bank accounts held by").
const MAX_FROZEN_GAP: usize = 10;

/// "X froze assets held by Y", "X froze CHF 2m belonging to a trader, Y", "X froze the accounts
/// of Y": the owner of what was frozen is the target; the actor is the trigger's subject (also
/// past a place after "in": "prosecutors in Geneva froze"). A passive ("were frozen") or a
/// sentence with no such owner gives nothing.
pub(super) fn freeze(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    if a > 0 && ctx.has(a - 1, BE) {
        return;
    }
    if ctx.verb_clause(a).is_some_and(|c| c.verb.passive) {
        return;
    }
    let (lo, hi) = ctx.bounds(a);
    let mut at = None;
    for k in b + 1..(b + 1 + MAX_FROZEN_GAP).min(hi) {
        if ctx.is_punct(k, &['.', ';', ':']) || ctx.has(k, BOUNDARY) {
            break;
        }
        let by = (ctx.is(k, "held") || ctx.is(k, "owned") || ctx.is(k, "controlled"))
            && ctx.is(k + 1, "by");
        let to = ctx.is(k, "belonging") && ctx.is(k + 1, "to");
        if by || to {
            at = Some(k + 2);
            break;
        }
        if ctx.is(k, "of") && k > b + 1 && ctx.has(k - 1, ASSETS) {
            at = Some(k + 1);
            break;
        }
    }
    let Some(at) = at.filter(|&k| k < hi) else {
        return;
    };
    let target = ctx
        .parties_after(at)
        .or_else(|| described_party(ctx, at, hi));
    let Some(target) = target
        .filter(|t| !ctx.possessive(t.last))
        .map(|t| person_behind_body(ctx, t))
    else {
        return;
    };
    let subj = ctx.subject(a, false).or_else(|| {
        // "prosecutors in Geneva froze": walk on past the place the actor is in.
        let m = ctx.mention_ending_at(a.checked_sub(1)?)?;
        let first = ctx.mentions[m].tokens.start;
        (first > lo + 1 && ctx.is_place_argument(first) && ctx.has(first - 1, PREP))
            .then(|| ctx.subject_walk(first - 1, false))
            .flatten()
    });
    let Some(subj) = subj.filter(|s| !s.pronoun) else {
        return;
    };
    push_from_subject(
        out,
        RelationType::Sanction,
        &subj,
        &target.entities,
        (a, b),
        target.last,
    );
}

/// "a broker, Lukas Brenner,": a determiner and up to two lower-case words, then the party set
/// off by a comma and closed by punctuation (or the sentence's end).
fn described_party(ctx: &Ctx, at: usize, hi: usize) -> Option<Parties> {
    if !ctx.has(at, DET) {
        return None;
    }
    let comma = (at + 1..(at + 4).min(hi)).find(|&k| ctx.is_punct(k, &[',']))?;
    let plain = (at + 1..comma).all(|k| {
        ctx.cover(k).is_none()
            && ctx
                .doc
                .tok_text(k)
                .starts_with(|c: char| c.is_ascii_lowercase())
    });
    if !plain || comma == at + 1 {
        return None;
    }
    let p = ctx.parties_at(comma + 1)?;
    let closed = p.last + 1 >= hi || ctx.is_punct(p.last + 1, &[',', '.', ';']);
    closed.then_some(p)
}
