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
