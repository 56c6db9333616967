//! Edits of single mentions, located by their text anchors: split one off,
//! delete, add; then [`tidy`] restores the analysis's invariants.

use std::collections::HashMap;

use super::entities::find_entity;
use super::EntityKey;
use crate::engine::model::{Analysis, Entity, Label, Mention};
use crate::engine::offsets::OffsetMap;
use crate::workspace::anchor::TextAnchor;
use crate::workspace::fold::fold;

/// Where an anchor is in a text, in the contract's two kinds of offsets.
pub(super) struct Located {
    /// Code point offsets, end-exclusive.
    pub(super) start: usize,
    pub(super) end: usize,
    /// UTF-16 offsets, end-exclusive.
    start16: usize,
    end16: usize,
}

/// The span of an anchor in `text`.
pub(super) fn locate(text: &str, map: &OffsetMap, anchor: &TextAnchor) -> Option<Located> {
    let (bs, be) = anchor.resolve(text)?;
    let (start, start16) = map.find(bs);
    let (end, end16) = map.find(be);
    Some(Located {
        start,
        end,
        start16,
        end16,
    })
}

/// Index of the mention exactly at an anchor.
pub(super) fn find_mention(
    a: &Analysis,
    text: &str,
    map: &OffsetMap,
    anchor: &TextAnchor,
) -> Option<usize> {
    let Located {
        start: s, end: e, ..
    } = locate(text, map, anchor)?;
    a.entities.iter().position(|m| m.start == s && m.end == e)
}

/// A fresh entity id ("E" + one more than the largest number in use).
pub(super) fn fresh_id(a: &Analysis) -> String {
    let max = a
        .entity_list
        .iter()
        .filter_map(|e| e.id.strip_prefix('E').and_then(|n| n.parse::<usize>().ok()))
        .max()
        .unwrap_or(0);
    format!("E{}", max + 1)
}

pub(super) fn new_entity(id: String, name: &str, label: Label) -> Entity {
    Entity {
        id,
        name: name.to_string(),
        label,
        aliases: Vec::new(),
        mentions: 0,
        salience: 0.0,
        roles: Vec::new(),
        country: None,
    }
}

pub(super) fn split(
    a: &mut Analysis,
    text: &str,
    map: &OffsetMap,
    anchor: &TextAnchor,
    name: Option<&str>,
) -> bool {
    let Some(mi) = find_mention(a, text, map, anchor) else {
        return false;
    };
    let id = fresh_id(a);
    let Some(m) = a.entities.get_mut(mi) else {
        return false;
    };
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(&m.text);
    let e = new_entity(id.clone(), name, m.label);
    m.entity = id;
    a.entity_list.push(e);
    true
}

pub(super) fn delete_surface(a: &mut Analysis, surface: &str, label: Option<Label>) -> bool {
    let k = fold(surface);
    if k.is_empty() {
        return false;
    }
    let before = a.entities.len();
    a.entities
        .retain(|m| !(label.is_none_or(|l| l == m.label) && fold(&m.text) == k));
    a.entities.len() != before
}

pub(super) fn delete_mention(
    a: &mut Analysis,
    text: &str,
    map: &OffsetMap,
    anchor: &TextAnchor,
) -> bool {
    match find_mention(a, text, map, anchor) {
        Some(i) => {
            a.entities.remove(i);
            true
        }
        None => false,
    }
}

pub(super) fn add_mention(
    a: &mut Analysis,
    text: &str,
    map: &OffsetMap,
    anchor: &TextAnchor,
    label: Label,
    name: Option<&str>,
) -> bool {
    let Some(Located {
        start: s,
        end: e,
        start16,
        end16,
    }) = locate(text, map, anchor)
    else {
        return false;
    };
    // The user's selection wins over what the engine found there.
    let gone: Vec<(String, String, usize)> = a
        .entities
        .iter()
        .filter(|m| m.end > s && m.start < e && m.resolved.is_none())
        .map(|m| (m.entity.clone(), m.text.clone(), m.start))
        .collect();
    a.entities.retain(|m| m.end <= s || m.start >= e);
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(&anchor.text);
    let id = match find_entity(a, &EntityKey::new(name, label)) {
        Some(i) => a.entity_list.get(i).map(|x| x.id.clone()),
        None => None,
    };
    let id = id.unwrap_or_else(|| {
        let id = fresh_id(a);
        a.entity_list.push(new_entity(id.clone(), name, label));
        id
    });
    let at = a.entities.partition_point(|m| m.start < s);
    a.entities.insert(
        at,
        Mention {
            start: s,
            end: e,
            start16,
            end16,
            text: anchor.text.clone(),
            label,
            entity: id.clone(),
            actor: None,
            resolved: None,
        },
    );
    crate::workspace::labels::took_over(a, &gone, &anchor.text, &id);
    true
}

/// Restore the invariants after edits: counts match mentions, entities
/// without mentions are gone, and nothing refers to a removed entity.
pub(super) fn tidy(a: &mut Analysis) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in &a.entities {
        *counts.entry(m.entity.as_str()).or_default() += 1;
    }
    for e in &mut a.entity_list {
        e.mentions = counts.get(e.id.as_str()).copied().unwrap_or(0);
    }
    // A country met only through its capital ("Ankara pressed ...") has no mention of its
    // own: it lives while a mention names it as actor.
    let actors: std::collections::HashSet<&str> = a
        .entities
        .iter()
        .filter_map(|m| m.actor.as_deref())
        .collect();
    a.entity_list
        .retain(|e| e.mentions > 0 || actors.contains(e.id.as_str()));
    let alive: std::collections::HashSet<String> =
        a.entity_list.iter().map(|e| e.id.clone()).collect();
    for m in &mut a.entities {
        if m.actor.as_ref().is_some_and(|x| !alive.contains(x)) {
            m.actor = None;
        }
    }
    for ev in &mut a.events {
        let mut seen = std::collections::HashSet::new();
        ev.participants
            .retain(|p| alive.contains(p) && seen.insert(p.clone()));
        let mut seen = std::collections::HashSet::new();
        ev.roles
            .retain(|r| alive.contains(&r.entity) && seen.insert((r.entity.clone(), r.role)));
    }
    // A relation needs both its parties; a merge can leave a party related to itself.
    a.relations
        .retain(|r| alive.contains(&r.source) && alive.contains(&r.target) && r.source != r.target);
    for r in &mut a.relations {
        let mut seen = std::collections::HashSet::new();
        r.items
            .retain(|i| alive.contains(i) && seen.insert(i.clone()));
        // The share's PERCENT removed: the ownership stays, without its share.
        r.share = r.share.take().filter(|s| alive.contains(s));
    }
}
