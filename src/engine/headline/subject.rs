//! The person who names a label's subject: a name set off by commas between the subject and
//! its verb ("its chief executive, Thomas Ellery, will step down").
//!
//! Takes [`Sources`] and the byte span between the subject and the verb; returns the person's
//! entity, or `None`. Invariant: only a PERSON entity; imports `sources` only.

use super::sources::Sources;
use crate::engine::model::Label;

/// The person entity of a name set off by commas between bytes `from` (the subject's end)
/// and `to` (the verb's start): ", Thomas Ellery," or with an honorific the name leaves out
/// (", Sir Robert Haines,": one capitalised word), and nothing else.
pub(super) fn set_off_person(src: &Sources, from: usize, to: usize) -> Option<usize> {
    let i = src.mentions.partition_point(|m| m.start < from);
    let m = src.mentions.get(i).filter(|m| m.end <= to)?;
    let opened = src
        .text(from, m.start)
        .trim()
        .strip_prefix(',')
        .is_some_and(|t| {
            let t = t.trim();
            t.is_empty()
                || (!t.contains(char::is_whitespace)
                    && t.starts_with(char::is_uppercase)
                    && t.chars().all(|c| c.is_alphabetic() || c == '.'))
        });
    let commas = opened && src.text(m.end, to).trim() == ",";
    let e = *src.merged.mention_entity.get(i)?;
    let person = src.merged.entities.get(e)?.label == Label::Person;
    (commas && person).then_some(e)
}
