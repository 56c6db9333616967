//! The verb group a label writes: a currency code or other all-capital word the tagger read as
//! the group's last verb ("was fined AED 4.5m") is none.
//!
//! Takes [`Sources`] and a verb group; returns the repaired group, or `None` when it needs no
//! repair. Invariant: only ever shortens the group; imports `sources` only.

use super::sources::Sources;
use crate::engine::clause::VerbGroup;
use crate::engine::pos::Upos;

/// "was fined AED 4.5m": a currency code or other all-capital word the tagger read as the
/// last verb of the group is none; the group ends on the verb before it, which is its head
/// (here a passive participle). `None` when the group's head is no such word.
pub(super) fn without_acronym_head(src: &Sources, v: &VerbGroup) -> Option<VerbGroup> {
    use crate::engine::clause::verb::{is_past_form, lemma};
    let head = src.words.get(v.head())?;
    let t = src.text(head.start(), head.end());
    let acronym = t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase());
    if !acronym || v.head() + 1 != v.words().end {
        return None;
    }
    let range = v.words();
    let prev = (range.start..v.head())
        .rev()
        .find(|&j| src.words.upos(j) == Upos::Verb)?;
    let lower = |j: usize| {
        let w = &src.words.at(j);
        src.text(w.start(), w.end()).to_lowercase()
    };
    let be = (range.start..prev)
        .rev()
        .find(|&j| src.words.upos(j) == Upos::Aux)
        .is_some_and(|j| matches!(lemma(&lower(j)).as_str(), "be" | "get"));
    let mut fixed = v.clone();
    fixed.words = v.words.start..prev as u32 + 1;
    fixed.head = prev as u32;
    fixed.lemma = lemma(&lower(prev)).into();
    fixed.passive = be && is_past_form(&lower(prev), true);
    let chain: Vec<_> = v
        .chain()
        .iter()
        .take(v.chain().len().saturating_sub(1))
        .cloned()
        .collect();
    fixed.set_chain(chain);
    Some(fixed)
}
