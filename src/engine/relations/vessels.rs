//! Vessels as parties: a vessel named after a vessel noun ("owns the tanker Ardent Wave"), a
//! vessel the document framed earlier ("the Ardent Wave is owned by X"), and the firm named
//! before a vessel noun ("sanctioned two Kestrel tankers"). A vessel is a PRODUCT, no party of
//! the other readings.
//!
//! Input: a [`Ctx`] and groups of [`crate::engine::clause`] (byte spans) or token indexes.
//! Output: [`Parties`]. Each reading is a binary search plus a look at the mention's words;
//! which entities are framed as vessels is found once per document.

use super::ctx::{Ctx, Parties};
use crate::engine::bits::Bits;
use crate::engine::clause::Group;
use crate::engine::model::Label;
use crate::engine::text::TokenKind;
use crate::engine::typing::after_vessel_noun;

impl Ctx<'_> {
    /// "owns the tanker Ardent Wave": a vessel named after a vessel noun (or, with `listed`,
    /// joined to one: "the tankers A and B"; or one the document frames so elsewhere,
    /// [`Ctx::vessel_ending_at`]) ends the object group `g` (a PRODUCT, which is no party of the
    /// other readings).
    pub(super) fn vessel(&self, g: &Group, listed: bool) -> Option<Parties> {
        let last = self.token_ending_at(g.span(self.words).1)?;
        let m = self.mention_ending_at(last)?;
        let first = self.mentions[m].tokens.start;
        let framed = listed || after_vessel_noun(self.doc, first);
        if !framed {
            // "sanctioned Corvane and the Sea Lantern": a vessel the document framed elsewhere.
            return self.vessel_ending_at(last);
        }
        (self.mentions[m].label == Label::Product).then(|| Parties {
            entities: vec![self.entity_of(m)],
            first,
            last,
        })
    }

    /// "the Ardent Wave is owned by X": a vessel's name ending at token `j`, a PRODUCT one of
    /// whose mentions the document frames as a vessel ("the tanker Ardent Wave" earlier).
    pub(super) fn vessel_ending_at(&self, j: usize) -> Option<Parties> {
        let m = self.mention_ending_at(j)?;
        if self.mentions[m].label != Label::Product {
            return None;
        }
        let e = self.entity_of(m);
        // Which entities are framed as vessels, found once for the document (a scan of every
        // mention per trigger was triggers × mentions).
        let framed = self.framed_vessels.get_or_init(|| {
            let mut b = Bits::new(self.merged.entities.len());
            for (o, mention) in self.mentions.iter().enumerate() {
                if mention.label == Label::Product
                    && after_vessel_noun(self.doc, mention.tokens.start)
                {
                    b.set(self.entity_of(o));
                }
            }
            b
        });
        framed.get(e).then(|| Parties {
            entities: vec![e],
            first: self.mentions[m].tokens.start,
            last: j,
        })
    }

    /// "The vessel was added to ...": a group of a determiner and a vessel noun naming none,
    /// standing for the last vessel framed as one ([`Ctx::vessel_ending_at`]) in the two
    /// sentences before it or its own.
    pub(super) fn described_vessel(&self, g: &Group) -> Option<Parties> {
        let (lo, hi) = g.span(self.words);
        let (first, head) = (self.token_starting_at(lo)?, self.token_ending_at(hi)?);
        let definite = ["the", "this", "that"].iter().any(|w| self.is(first, w));
        if head != first + 1 || !definite || !after_vessel_noun(self.doc, head + 1) {
            return None;
        }
        let start = self.doc.sentences[self.sentence_of(first).saturating_sub(2)]
            .tokens()
            .start;
        let p = (start..first)
            .rev()
            .take(150)
            .find_map(|j| self.vessel_ending_at(j))?;
        Some(Parties {
            entities: p.entities,
            first,
            last: head,
        })
    }

    /// "The tankers A, B and C were also identified": the vessels listed ending at token `j`
    /// (PRODUCTs joined by commas and "and"), when one of them follows a vessel noun or is
    /// framed as a vessel elsewhere ([`Ctx::vessel_ending_at`]).
    pub(super) fn vessel_list_ending_at(&self, j: usize) -> Option<Parties> {
        let (mut entities, mut framed, mut k) = (Vec::new(), false, j);
        let mut first = j;
        while let Some(m) = self.mention_ending_at(k) {
            if self.mentions[m].label != Label::Product || entities.len() >= 12 {
                break;
            }
            first = self.mentions[m].tokens.start;
            entities.push(self.entity_of(m));
            framed |= after_vessel_noun(self.doc, first) || self.vessel_ending_at(k).is_some();
            let Some(mut p) = first.checked_sub(1) else {
                break;
            };
            if self.is_joiner(p) && p > 0 && self.is_punct(p - 1, &[',']) {
                p -= 1;
            }
            if !(self.is_joiner(p) || self.is_punct(p, &[','])) || p == 0 {
                break;
            }
            k = p - 1;
        }
        (framed && self.sentence_of(first) == self.sentence_of(j)).then(|| {
            entities.reverse();
            Parties {
                entities,
                first,
                last: j,
            }
        })
    }

    /// "the owner of the tanker A", "of the tankers A and B": the vessels named after token `k`
    /// (past a determiner and lower-case words such as the vessel noun), the first after a
    /// vessel noun, the others joined to it by commas or "and".
    pub(super) fn vessels_after(&self, k: usize) -> Option<Parties> {
        let hi = self.end_of_sentence_before(k + 1);
        // "the tankers A and B": the vessel noun may be an ITEM mention of its own.
        let first = (k..hi.min(k + 4))
            .take_while(|&j| self.doc.tokens[j].kind == TokenKind::Word)
            .find(|&j| after_vessel_noun(self.doc, j) && self.mention_starting_at(j).is_some())?;
        let m = self.mention_starting_at(first)?;
        if self.mentions[m].label != Label::Product {
            return None;
        }
        let (mut entities, mut last) = (vec![self.entity_of(m)], self.mentions[m].tokens.end - 1);
        while entities.len() < 12 {
            let mut j = last + 1;
            if self.is_punct(j, &[',']) {
                j += 1;
            }
            if self.is_joiner(j) {
                j += 1;
            }
            match self
                .mention_starting_at(j)
                .filter(|_| j > last + 1 && j < hi)
            {
                Some(m) if self.mentions[m].label == Label::Product => {
                    entities.push(self.entity_of(m));
                    last = self.mentions[m].tokens.end - 1;
                }
                _ => break,
            }
        }
        Some(Parties {
            entities,
            first,
            last,
        })
    }

    /// "sanctioned two other Kestrel vessels", "blacklisted a Kestrel tanker": the organisation
    /// named right before the vessel noun heading the object group `g`, whose vessels were
    /// acted on (a place or nationality there is a flag, no party).
    pub(super) fn vessels_owner(&self, g: &Group) -> Option<Parties> {
        let (lo, hi) = g.span(self.words);
        let head = self.token_ending_at(hi)?;
        if head == 0 || !after_vessel_noun(self.doc, head + 1) {
            return None;
        }
        let m = self.mention_ending_at(head - 1)?;
        let first = self.mentions[m].tokens.start;
        let inside = self.doc.tokens[first].start() >= lo;
        (inside && self.mentions[m].label == Label::Org).then(|| Parties {
            entities: vec![self.entity_of(m)],
            first,
            last: head,
        })
    }
}
