//! What every frame shares: the [`Found`] relation, the reading of one frame
//! pushed as one relation per (source, target) pair, and the object-phrase scan
//! ("three firms supplied lenses, sensors and cameras to ...").

use super::super::ctx::class::*;
use super::super::ctx::{Ctx, Subject};
use crate::engine::model::Label;
use crate::engine::model::{Modality, RelationType};

/// Longest object phrase scanned right of a trigger (tokens).
pub(super) const MAX_OBJECT: usize = 25;

/// A relation found by a frame, before dating and numbering.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub kind: RelationType,
    pub source: usize,
    pub target: usize,
    pub items: Vec<usize>,
    pub modality: Modality,
    /// First and last token of the trigger.
    pub trigger_tokens: (usize, usize),
    /// First and last token of everything the relation was read from.
    pub extent: (usize, usize),
}

pub(super) fn modality(hedged: bool, negated: bool) -> Modality {
    if negated {
        Modality::Negated
    } else if hedged {
        Modality::Hedged
    } else {
        Modality::Asserted
    }
}

/// What one frame read, pushed as one relation per (source, target) pair.
pub(super) struct Reading<'p> {
    pub kind: RelationType,
    pub sources: &'p [usize],
    pub targets: &'p [usize],
    pub items: Vec<usize>,
    pub modality: Modality,
    pub trigger: (usize, usize),
    pub extent: (usize, usize),
}

/// A relation from each of the subject's parties to each of `targets`, with no items and the
/// subject's modality, stated from the subject to token `end`; `trigger` is the trigger's
/// token range (inclusive).
pub(super) fn push_from_subject(
    out: &mut Vec<Found>,
    kind: RelationType,
    subj: &Subject,
    targets: &[usize],
    trigger: (usize, usize),
    end: usize,
) {
    push(
        out,
        Reading {
            kind,
            sources: &subj.parties.entities,
            targets,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger,
            extent: (subj.parties.first, end),
        },
    );
}

pub(super) fn push(out: &mut Vec<Found>, r: Reading) {
    for &s in r.sources {
        for &t in r.targets {
            if s != t {
                out.push(Found {
                    kind: r.kind,
                    source: s,
                    target: t,
                    items: r.items.clone(),
                    modality: r.modality,
                    trigger_tokens: r.trigger,
                    extent: r.extent,
                });
            }
        }
    }
}

pub(super) fn extent(parts: &[(usize, usize)]) -> (usize, usize) {
    let lo = parts.iter().map(|p| p.0).min().unwrap_or(0);
    let hi = parts.iter().map(|p| p.1).max().unwrap_or(0);
    (lo, hi)
}

/// Items in an object phrase starting at `k`, up to a clause boundary; stops at a
/// preposition among `stops` and returns its position.
pub(super) struct Object {
    pub items: Vec<usize>,
    pub last: usize,
    /// The token where the scan stopped, when it was one of the asked prepositions.
    pub stop: Option<usize>,
}

pub(super) fn object(ctx: &Ctx, k: usize, stops: &[&str]) -> Object {
    let hi = ctx.end_of_sentence_before(k);
    let mut o = Object {
        items: Vec::new(),
        last: k.saturating_sub(1),
        stop: None,
    };
    let mut k = k;
    let limit = (k + MAX_OBJECT).min(hi);
    while k < limit {
        if let Some(m) = ctx.mention_starting_at(k) {
            if let Some(it) = ctx.item(m) {
                if !o.items.contains(&it) {
                    o.items.push(it);
                }
                k = ctx.mentions[m].tokens.end;
                o.last = k - 1;
                continue;
            }
            if ctx.party(m).is_some() || ctx.mentions[m].label == Label::Norp {
                break;
            }
            k = ctx.mentions[m].tokens.end;
            continue;
        }
        if ctx.is_punct(k, &['.', ';', ':', '?', '!', '(']) || ctx.has(k, BOUNDARY | SPEECH) {
            break;
        }
        if ctx.is(k, "to") && (ctx.is(k - 1, "addition") || ctx.is(k - 1, "due")) {
            k += 1;
            continue;
        }
        if stops.iter().any(|s| ctx.is(k, s)) {
            o.stop = Some(k);
            break;
        }
        k += 1;
    }
    o
}
