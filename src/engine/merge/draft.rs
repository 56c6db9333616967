//! The merge stage's output: entity records ([`EntityDraft`]) and, per mention, its entity and
//! the entity it acts for ([`Merged`]).
//!
//! Invariant: data only; imports no other module of `merge`.

use crate::engine::model::Label;

#[derive(Debug, Clone, PartialEq)]
pub struct EntityDraft {
    pub name: String,
    pub label: Label,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub country: Option<String>,
    pub salience: f32,
    /// Byte offset of the first mention (or of the first mention it acts through).
    pub first: usize,
}

/// Entities, and for each input mention the index of its entity
/// (and of the entity it acts for, for metonymy).
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub entities: Vec<EntityDraft>,
    pub mention_entity: Vec<usize>,
    pub mention_actor: Vec<Option<usize>>,
}
