//! Stage 4: typed mentions → entities.
//!
//! PLACEHOLDER (spine): identical surface forms are one entity. The entity engine replaces it.

use super::model::Label;
use super::text::Doc;
use super::typing::TypedMention;

#[derive(Debug, Clone, PartialEq)]
pub struct EntityDraft {
    pub name: String,
    pub label: Label,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub country: Option<String>,
    pub salience: f32,
}

/// Entities, and for each input mention the index of its entity
/// (and of the entity it acts for, for metonymy).
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub entities: Vec<EntityDraft>,
    pub mention_entity: Vec<usize>,
    pub mention_actor: Vec<Option<usize>>,
}

pub fn merge(doc: &Doc, mentions: &[TypedMention]) -> Merged {
    let mut m = Merged::default();
    let mut counts: Vec<usize> = Vec::new();
    for t in mentions {
        let s = doc.slice(t.start, t.end);
        let idx = match m
            .entities
            .iter()
            .position(|e| e.name == s && e.label == t.label)
        {
            Some(i) => i,
            None => {
                m.entities.push(EntityDraft {
                    name: s.to_string(),
                    label: t.label,
                    aliases: vec![],
                    roles: vec![],
                    country: None,
                    salience: 0.0,
                });
                counts.push(0);
                m.entities.len() - 1
            }
        };
        counts[idx] += 1;
        m.mention_entity.push(idx);
        m.mention_actor.push(None);
    }
    let max = counts.iter().copied().max().unwrap_or(1) as f32;
    for (e, c) in m.entities.iter_mut().zip(counts) {
        e.salience = c as f32 / max;
    }
    m
}
