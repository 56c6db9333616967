//! SANCTION targets counted first and named after: "X designated three firms and two
//! people. The designated firms are A, B and C. The people are D and E." (the only frame that
//! reads past its trigger's sentence, and at most [`MAX_LIST_SENTENCES`] sentences on).

use super::super::ctx::class::BE;
use super::super::ctx::{Ctx, Frame, Subject};
use super::common::*;
use crate::engine::clause::Clause;
use crate::engine::model::{Label, RelationType};
use crate::engine::pos::Upos;

/// How many sentences after a counted object may name its members.
const MAX_LIST_SENTENCES: usize = 5;

/// How many counted nouns one sanction may announce.
const MAX_COUNTED: usize = 8;

/// How many words after the first counted object may still count ("four companies, two
/// vessels and three individuals").
const MAX_COUNT_WORDS: usize = 40;

/// How many tokens of a sentence a list is read over.
const MAX_LIST_TOKENS: usize = 200;

/// For a sanction verb at tokens `a..=b` of clause `c` whose objects only count their targets
/// ("designated four companies, two vessels and three individuals"): the names listed by the
/// next sentences that open with "the" and one of those plural nouns, or any plural noun after
/// a sanction participle ("The designated firms are A, B and C", "The individuals are D; E;
/// and F"), then "are", "were" or "include". Each named organisation, person or vessel is a
/// target of the subject `subj`; the relation's words stay those of the trigger's sentence.
pub(super) fn counted_targets(
    ctx: &Ctx,
    c: &Clause,
    subj: &Subject,
    (a, b): (usize, usize),
    out: &mut Vec<Found>,
) {
    let counted = |j: usize| {
        let w = ctx.words.at(j);
        w.upos == Upos::Num
            || ctx
                .token_starting_at(w.start())
                .and_then(|k| ctx.cover(k))
                .is_some_and(|m| ctx.mentions[m].label == Label::Cardinal)
    };
    // The first object counts ("four companies"); so may more after it, in the clause or in
    // one the clause stage split off ("..., two vessels and three individuals accused of").
    let Some(first) = c.objects_after_verb(ctx.words).next() else {
        return;
    };
    if !counted(first.words().start) {
        return;
    }
    let (_, hi) = ctx.bounds(a);
    let hi = ctx.doc.tokens[hi - 1].end();
    let mut nouns: Vec<String> = Vec::new();
    let mut j = first.words().start;
    let stop = (j + MAX_COUNT_WORDS).min(ctx.words.len());
    while j + 1 < stop && ctx.words.at(j).end() <= hi && nouns.len() < MAX_COUNTED {
        if counted(j) {
            // One adjective may stand between the number and its noun ("two other vessels").
            let n = if ctx.words.at(j + 1).upos == Upos::Adj {
                j + 2
            } else {
                j + 1
            };
            if n < ctx.words.len() && ctx.words.at(n).upos == Upos::Noun {
                let w = ctx.words.at(n);
                nouns.push(ctx.doc.text[w.start()..w.end()].to_lowercase());
            }
        }
        j += 1;
    }
    if nouns.is_empty() {
        return;
    }
    let s = ctx.sentence_of(a);
    let mut targets: Vec<usize> = Vec::new();
    for sentence in ctx
        .doc
        .sentences
        .iter()
        .skip(s + 1)
        .take(MAX_LIST_SENTENCES)
    {
        let r = sentence.tokens();
        let end = r.end.min(r.start + MAX_LIST_TOKENS);
        if let Some(k) = list_start(ctx, r.start, end, &nouns) {
            for e in listed(ctx, k, end) {
                if !targets.contains(&e) {
                    targets.push(e);
                }
            }
        }
    }
    if targets.is_empty() {
        return;
    }
    push_from_subject(out, RelationType::Sanction, subj, &targets, (a, b), b);
}

/// Where the list of a sentence from token `k` to `hi` starts: after "The [participle] NOUN
/// are|were|include|included", NOUN one of `nouns`, or any plural noun after a sanction
/// participle.
fn list_start(ctx: &Ctx, k: usize, hi: usize, nouns: &[String]) -> Option<usize> {
    if k + 4 > hi || !ctx.is(k, "the") {
        return None;
    }
    let participle = ctx
        .trigger_at(k + 1)
        .is_some_and(|(t, n)| n == 1 && t.frame == Frame::SanctionVerb);
    let n = if participle { k + 2 } else { k + 1 };
    let noun = ctx.low(n);
    let ok = if participle {
        noun.ends_with('s') && ctx.mention_starting_at(n).is_none()
    } else {
        nouns.contains(&noun)
    };
    let verb = n + 1;
    let include = ctx.is(verb, "include") || ctx.is(verb, "included");
    (ok && verb + 1 < hi && (ctx.has(verb, BE) || include)).then_some(verb + 1)
}

/// The organisations, people and vessels a list from token `k` to `hi` names: the name opening
/// each item, items split at semicolons when there are any ("A, a broker; B of Limassol; and
/// C"), else at commas and "and" ("A, B and C"). The list must open with such a name and ends
/// at the first item that does not ("The companies are based in Dubai, Reuters said" names
/// none); a PRODUCT counts only as a vessel the document framed so ("the tanker X").
fn listed(ctx: &Ctx, k: usize, hi: usize) -> Vec<usize> {
    let semicolons = (k..hi).any(|j| ctx.is_punct(j, &[';']));
    let split = |j: usize| {
        ctx.is_punct(j, &[';']) || (!semicolons && (ctx.is_punct(j, &[',']) || ctx.is_joiner(j)))
    };
    let mut out = Vec::new();
    let mut at_item = true;
    for j in k..hi {
        if split(j) {
            at_item = true;
            continue;
        }
        if !at_item || ctx.is_joiner(j) {
            continue;
        }
        at_item = false;
        let e = ctx
            .mention_starting_at(j)
            .and_then(|m| match ctx.mentions[m].label {
                Label::Org | Label::Person => ctx.party(m),
                Label::Product => ctx
                    .vessel_ending_at(ctx.mentions[m].tokens.end - 1)
                    .map(|p| p.entities[0]),
                _ => None,
            });
        match e {
            Some(e) => out.push(e),
            None => break,
        }
    }
    out
}
