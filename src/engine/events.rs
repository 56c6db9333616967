//! Stage 6: dated sentences → events for the timeline.
//!
//! PLACEHOLDER (spine): one event per time expression, labelled by its sentence.

use super::merge::Merged;
use super::text::Doc;
use super::time::TimexDraft;
use super::typing::TypedMention;

/// An event. Byte offsets; indexes into the timex and entity lists.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    pub date: String,
    pub label: String,
    pub participants: Vec<usize>,
    pub sentence: (usize, usize),
    pub timex: Option<usize>,
    /// (relation, index of the other event)
    pub relations: Vec<(String, usize)>,
}

pub fn build(
    doc: &Doc,
    timexes: &[TimexDraft],
    mentions: &[TypedMention],
    merged: &Merged,
) -> Vec<EventDraft> {
    let mut out = Vec::new();
    for (ti, t) in timexes.iter().enumerate() {
        let Some(s) = doc
            .sentences
            .iter()
            .find(|s| s.start <= t.start && t.end <= s.end)
        else {
            continue;
        };
        let mut participants: Vec<usize> = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| s.start <= m.start && m.end <= s.end)
            .map(|(mi, _)| merged.mention_entity[mi])
            .collect();
        participants.dedup();
        let label: String = doc.slice(s.start, s.end).chars().take(80).collect();
        out.push(EventDraft {
            date: t.value.clone(),
            label,
            participants,
            sentence: (s.start, s.end),
            timex: Some(ti),
            relations: vec![],
        });
    }
    out
}
