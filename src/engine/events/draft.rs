//! The events stage's plain data: what `build` reads ([`Inputs`]) and what it gives
//! ([`EventDraft`], [`UNDATED`] for a date the text does not give).
//!
//! Invariant: data only, no behaviour; imports no other module of `events` but `source` (for
//! [`SourceDraft`]), so every module of the stage may read it without a cycle.

use super::source::SourceDraft;
use crate::engine::clause::Clause;
use crate::engine::coref::Resolved;
use crate::engine::merge::Merged;
use crate::engine::model::Role;
use crate::engine::pos::Words;
use crate::engine::text::Doc;
use crate::engine::typing::TypedMention;

/// Value of an event whose date the text does not give.
pub const UNDATED: &str = "XXXX-XX-XX";

/// An event. Byte offsets; indexes into the timex and entity lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDraft {
    pub date: String,
    pub label: String,
    pub participants: Vec<usize>,
    /// (entity index, role) for the participants whose role the clause states.
    pub roles: Vec<(usize, Role)>,
    pub sentence: (usize, usize),
    pub timex: Option<usize>,
    /// (relation, index of the other event)
    pub relations: Vec<(String, usize)>,
    /// "BEFORE"/"AFTER" when `timex` orders the event rather than dating it ("before Easter").
    pub timex_relation: Option<&'static str>,
    /// Planned or expected, not (yet) done ([`crate::engine::headline::Headline`]).
    pub planned: bool,
    /// Who states it, when the text attributes it ([`super::source::of_event`]).
    pub source: Option<SourceDraft>,
}

/// What [`super::build`] reads besides the time expressions: the tagged words, their
/// clauses, the mentions, the entities and the resolved pronouns.
pub struct Inputs<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub words: &'a Words<'a>,
    pub clauses: &'a [Clause],
    pub mentions: &'a [TypedMention],
    pub merged: &'a Merged,
    pub resolved: &'a [Resolved],
    /// The document date (TimeML "YYYY-MM-DD"), if known: a done act is never after it.
    pub dct: Option<&'a str>,
}
