//! Which events the timeline shows: those of a selected entity (named, or
//! through a mention standing for it) and those of a selected relation's
//! sentence. Pure functions over `engine::model`; offsets are code points.

use crate::engine::model::{Analysis, Event, Mention};

/// True when event `e` of document `doc` passes the relation filter `rel`: its sentence
/// overlaps the relation's.
pub fn in_relation(rel: &Option<(String, [usize; 2])>, doc: &str, e: &Event) -> bool {
    rel.as_ref()
        .is_none_or(|(d, [s0, s1])| d == doc && e.sentence[0] < *s1 && *s0 < e.sentence[1])
}

/// The mentions of `a` standing for entity `ent` ("Berlin" acting for
/// Germany), by start.
pub fn stand_ins<'a>(a: &'a Analysis, ent: &str) -> Vec<&'a Mention> {
    let mut v: Vec<_> = a
        .entities
        .iter()
        .filter(|m| m.actor.as_deref() == Some(ent))
        .collect();
    crate::sort::sort_by_key(&mut v, |m| m.start);
    v
}

/// True when entity `ent` takes part in `e`: named among its participants,
/// or through a stand-in mention (from [`stand_ins`]) of a participant in
/// its sentence. Logarithmic in the number of stand-ins.
pub fn involves(e: &Event, ent: &str, stand_ins: &[&Mention]) -> bool {
    if e.participants.iter().any(|p| p == ent) {
        return true;
    }
    let [s0, s1] = e.sentence;
    let first = stand_ins.partition_point(|m| m.start < s0);
    stand_ins
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|m| m.start < s1)
        .any(|m| m.end <= s1 && e.participants.contains(&m.entity))
}
