//! What every frame shares: the [`Found`] relation and the reading of one frame
//! pushed as one relation per (source, target) pair.

use super::super::ctx::Subject;
use crate::engine::model::{Modality, RelationType};

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
