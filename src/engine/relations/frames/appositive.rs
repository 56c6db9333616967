//! OWNERSHIP told by an apposition: "its subsidiary, the Beta Company", "Acme's largest
//! shareholder, Beta, holds 22%", "X, whose beneficial owner is Y" (owned_appos), and "X, a
//! joint venture between A and B" (joint_venture). Split from [`super::ownership`], whose
//! `ownable` and `push_owned` it uses.

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Frame, Parties, Subject};
use super::common::*;
use super::ownership::{ownable_of, push_owned};
use crate::engine::model::{Label, RelationType};

/// Most modifiers between "its" and the trigger ("its Nigerian onshore subsidiary").
const MAX_APPOS_MODIFIERS: usize = 3;

/// Is token `k` a modifier an appositive ownership phrase may hold ("its Nigerian onshore
/// subsidiary", "is the Swiss conglomerate Y"): a nationality, or a plain lower-case word no
/// mention covers and no function-word class holds?
fn modifier_word(ctx: &Ctx, k: usize) -> bool {
    match ctx.cover(k) {
        Some(n) => ctx.mentions[n].label == Label::Norp,
        None => {
            ctx.class(k) & !CONTENT == 0
                && ctx
                    .doc
                    .tok_text(k)
                    .starts_with(|c: char| c.is_ascii_lowercase())
        }
    }
}

/// "X, a Korean-Japanese joint venture between A and B", "X is a joint venture of A and B":
/// each party after the trigger owns the party the apposition describes (before its comma) or
/// the one right before the form of "be"; only an article, lower-case modifiers and
/// nationalities between.
pub(super) fn joint_venture(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, _) = ctx.bounds(a);
    let Some(owners) = ctx.parties_at(b + 1) else {
        return;
    };
    let mut j = a;
    let owned = loop {
        if j <= lo + 1 || a - j > MAX_APPOS_MODIFIERS + 1 {
            return;
        }
        j -= 1;
        if ctx.is_punct(j, &[',']) || ctx.has(j, BE) {
            break ctx.parties_ending_at(j - 1);
        }
        if !(ctx.is(j, "a") || ctx.is(j, "an") || ctx.is(j, "the") || modifier_word(ctx, j)) {
            return;
        }
    };
    let Some(owned) = owned else {
        return;
    };
    let subj = Subject {
        parties: owners,
        ..Subject::default()
    };
    push_owned(ctx, &subj, &owned, (a, b), out);
}

/// Where the organisation named for an `owned_appos`/`owner_appos` trigger ending at token `b`
/// starts: right after the trigger ("Acme's subsidiary Beta Systems"), or after a comma or a
/// form of "be" (`be` in `words.tsv`), an optional determiner and at most
/// [`MAX_APPOS_MODIFIERS`] nationalities or lower-case words ("its unit, the Beta Company",
/// "its largest shareholder, the investment firm Beta Capital", "whose parent company is the
/// Swiss conglomerate Beta Gruppe"). Inside the trigger's sentence.
fn appositive_start(ctx: &Ctx, b: usize) -> Option<usize> {
    let comma = ctx.is_punct(b + 1, &[',']);
    if !comma && !ctx.has(b + 1, BE) {
        return Some(b + 1);
    }
    let (_, hi) = ctx.bounds(b);
    let mut k = b + 2;
    // ", the investment firm Y": after the comma, an article and modifiers as after "is".
    if comma && ctx.mention_starting_at(k).is_some() {
        return Some(k);
    }
    if ctx.has(k, DET) {
        k += 1;
    }
    for _ in 0..=MAX_APPOS_MODIFIERS {
        if k >= hi {
            return None;
        }
        if ctx
            .mention_starting_at(k)
            .is_some_and(|m| ctx.mentions[m].label != Label::Norp)
        {
            return Some(k);
        }
        if !modifier_word(ctx, k) {
            return None;
        }
        k = ctx.cover(k).map_or(k + 1, |n| ctx.mentions[n].tokens.end);
    }
    None
}

/// "Acme's largest shareholder, Beta, holds 22%": the last token of the PERCENT a verb of
/// holding (an `owns` or `holds_share` trigger) gives after the comma closing the apposition
/// that ends before token `end`; only an article between the verb and the share.
fn held_after(ctx: &Ctx, end: usize) -> Option<usize> {
    let k = end + 1 + ctx.holding_after_comma(end)?;
    let k = if ctx.is(k, "a") { k + 1 } else { k };
    ctx.mention_starting_at(k)
        .filter(|&m| ctx.mentions[m].label == Label::Percent)
        .map(|m| ctx.mentions[m].tokens.end - 1)
}

/// "Acme will sell its subsidiary, the Acme Tea Company", "Acme's German unit, Beta GmbH,": the
/// owner is the possessive before the trigger (for "its"/"their", the party it stands for, else
/// the subject of the clause holding it); the owned organisation is set off by a comma right
/// after it. With `reverse` ("Acme and its parent company, Beta Holdings,"), the possessive's
/// party is owned by the organisation set off. A clause that sold it ("sold its unit, X")
/// states no ownership.
pub(super) fn owned_appos(ctx: &Ctx, a: usize, b: usize, reverse: bool, out: &mut Vec<Found>) {
    let (lo, hi) = ctx.bounds(a);
    let Some(at) = appositive_start(ctx, b) else {
        return;
    };
    let Some(m) = ctx.mention_starting_at(at).filter(|_| at < hi) else {
        return;
    };
    // The owner set off may be a person ("whose beneficial owner is X"); what is owned is not.
    let person = reverse && ctx.mentions[m].label == Label::Person;
    if !(ctx.mentions[m].label == Label::Org || person) || ctx.runs_on(m) {
        return;
    }
    let end = ctx.mentions[m].tokens.end;
    if !(end >= hi || ctx.is_punct(end, &[',', '.', ';']) || ctx.has(end, PREP)) {
        return;
    }
    let Some(owned) = ctx.party(m) else {
        return;
    };
    // Back over plain lower-case modifiers and nationalities to the possessive.
    let mut j = a;
    let mut steps = 0;
    let poss = loop {
        if j <= lo || steps > MAX_APPOS_MODIFIERS {
            return;
        }
        j -= 1;
        steps += 1;
        if ctx.is(j, "its") || ctx.is(j, "their") || ctx.is(j, "whose") || ctx.possessive(j) {
            break j;
        }
        // "its former owner, Y": an ownership that has ended.
        if ctx.has(j, PAST_ROLE) {
            return;
        }
        if !modifier_word(ctx, j) {
            return;
        }
    };
    let clause =
        crate::engine::clause::containing(ctx.clauses, ctx.words, ctx.doc.tokens[a].start());
    if let Some(c) = clause {
        // "bought Acme from its owner, Y": Y owned Acme until the sale.
        let bought = ctx
            .token_ending_at(c.verb.span(ctx.words).1)
            .and_then(|k| ctx.trigger_at(k))
            .is_some_and(|(t, _)| t.frame == Frame::Acquire);
        if reverse && bought {
            return;
        }
        let sold = ctx.word_class(c.verb.lemma.as_str()) & DIVEST != 0;
        if sold && c.verb.tense == crate::engine::clause::Tense::Past && c.verb.chain().is_empty() {
            return;
        }
    }
    let owner = if ctx.possessive(poss) {
        ctx.mention_ending_at(poss).and_then(|o| {
            Some(Subject {
                parties: Parties {
                    entities: vec![ctx.party(o)?],
                    first: ctx.mentions[o].tokens.start,
                    last: poss,
                },
                ..Subject::default()
            })
        })
    } else if ctx.is(poss, "whose") {
        // "Acme, whose parent company is Beta": the party before the comma.
        (poss >= 2 && ctx.is_punct(poss - 1, &[',']))
            .then(|| ctx.parties_ending_at(poss - 2))
            .flatten()
            .map(|parties| Subject {
                parties,
                ..Subject::default()
            })
    } else if poss >= 2 && ctx.is(poss - 1, "and") {
        // "X and its parent company, Y": "its" is the party right before "and"; "X, which
        // owns A, and its parent company, Y": the party before the relative clause.
        let before = if ctx.is_punct(poss - 2, &[',']) {
            ctx.parenthetical_start(poss - 2).map(|k| k - 1)
        } else {
            Some(poss - 2)
        };
        before
            .and_then(|j| ctx.parties_ending_at(j))
            .map(|parties| Subject {
                parties,
                ..Subject::default()
            })
    } else {
        ctx.resolved_at(poss)
            .map(|(first, e)| Subject {
                parties: Parties {
                    entities: vec![e],
                    first,
                    last: poss,
                },
                ..Subject::default()
            })
            .or_else(|| clause.and_then(|c| ctx.clause_subject(c)))
    };
    let obj = Parties {
        entities: vec![owned],
        first: at,
        last: end - 1,
    };
    if reverse {
        // "its parent company, Y": Y owns what the possessive names.
        let Some(owned) = owner else { return };
        let targets: Vec<usize> = ownable_of(ctx, &owned.parties);
        return push(
            out,
            Reading {
                kind: RelationType::Ownership,
                sources: &obj.entities,
                targets: &targets,
                items: Vec::new(),
                modality: modality(false, false),
                trigger: (a, b),
                extent: (
                    owned.parties.first.min(a),
                    held_after(ctx, end).unwrap_or(obj.last),
                ),
            },
        );
    }
    let Some(owner) = owner.filter(|o| {
        o.parties
            .entities
            .iter()
            .all(|&e| matches!(ctx.label_of_entity(e), Some(Label::Org | Label::Person)))
    }) else {
        return;
    };
    push_owned(ctx, &owner, &obj, (a, b), out);
}
