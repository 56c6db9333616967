//! User corrections as rules that re-apply to fresh engine output.
//!
//! Input: the text a document was analysed from, its [`Analysis`] and the
//! workspace's list of [`Correction`]s. Output: a corrected `Analysis` with the
//! same shape (ids, offsets and counts stay consistent), plus which corrections
//! no longer find their target ([`apply_report`]).
//!
//! Corrections never name engine ids (`E3` changes between runs): entities are
//! keyed by canonical name + type ([`EntityKey`], matched loosely, falling back
//! to aliases so a rename by the engine does not orphan them), single mentions
//! by a [`TextAnchor`] (their text with some context), so they survive small
//! edits of the text and re-analysis by a better engine. Corrections apply in
//! order: a merge keyed by a name given by an earlier rename works.
//!
//! Undo and redo are a pair of stacks of corrections ([`History`]): undoing
//! drops the last rule and re-applying the rest gives the previous state.
//! Each application is linear in the size of the analysis.

use serde::{Deserialize, Serialize};

mod entities;
mod mentions;

use entities::{find_entity, merge, rename, retype};
use mentions::{add_mention, delete_mention, delete_surface, find_mention, locate, split, tidy};

use super::anchor::TextAnchor;
use super::fold::fold;
use super::propagate::{self, Spread};
use crate::engine::model::{Analysis, Entity, Label};
use crate::engine::offsets::OffsetMap;

/// A stable reference to an entity: its canonical name and type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityKey {
    /// Canonical name, compared case- and accent-insensitively.
    pub name: String,
    /// Its type.
    pub label: Label,
}

impl EntityKey {
    /// The key of `name` as a `label`.
    pub fn new(name: impl Into<String>, label: Label) -> EntityKey {
        EntityKey {
            name: name.into(),
            label,
        }
    }

    /// The key of an entity of an analysis.
    pub fn of(e: &Entity) -> EntityKey {
        EntityKey::new(e.name.clone(), e.label)
    }
}

/// One edit of the output. JSON: an object whose `op` names the variant in snake case
/// (`{"op":"merge","entity":…,"into":…}`); read through [`EditRecord`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", try_from = "EditRecord")]
pub enum Edit {
    /// Give an entity another canonical name (the old one becomes an alias).
    Rename {
        /// The entity.
        entity: EntityKey,
        /// Its new canonical name.
        name: String,
    },
    /// Change an entity's type (and its mentions').
    Retype {
        /// The entity.
        entity: EntityKey,
        /// Its new type.
        label: Label,
    },
    /// Fold `entity` into `into`: its mentions, aliases and roles move over.
    Merge {
        /// The entity that disappears.
        entity: EntityKey,
        /// The entity that takes its mentions.
        into: EntityKey,
    },
    /// Take one mention out of its entity into a new entity (named `name`,
    /// else by the mention's text).
    Split {
        /// The mention.
        mention: TextAnchor,
        /// Name of the new entity.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
    /// Delete every mention with this surface text (a false positive such as
    /// "he" typed PERSON), optionally only with one type.
    DeleteSurface {
        /// The surface text, exactly.
        text: String,
        /// Only mentions of this type.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<Label>,
    },
    /// Delete one mention.
    DeleteMention {
        /// The mention.
        mention: TextAnchor,
    },
    /// Add a mention the engine missed; it joins the entity named `name` (or
    /// named like its text) of that type, or a new one. Overlapping mentions
    /// give way to the user's selection.
    AddMention {
        /// The span the user selected.
        mention: TextAnchor,
        /// Its type.
        label: Label,
        /// Name of the entity it joins.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
}

/// An [`Edit`] as read: every field optional, the variant's own checked by `TryFrom`.
/// One flat struct instead of serde's internally tagged enum, which buffers each edit
/// into a `Content` tree and builds a deserializer for every variant from it: 20 KB
/// less wasm (issue 17). The same fields are required and optional as before, with the
/// same message for a missing one ("missing field `name`"); unknown fields are ignored.
/// Two differences: `null` in a required field reads as missing, and a field of another
/// variant is parsed, so a malformed one is an error (`"label": "bogus"` on a merge).
#[derive(Deserialize)]
struct EditRecord {
    op: Op,
    entity: Option<EntityKey>,
    name: Option<String>,
    label: Option<Label>,
    into: Option<EntityKey>,
    mention: Option<TextAnchor>,
    text: Option<String>,
}

/// The variants of [`Edit`], as `op` names them.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Op {
    Rename,
    Retype,
    Merge,
    Split,
    DeleteSurface,
    DeleteMention,
    AddMention,
}

/// `value`, or serde's message for a missing `field`.
fn required<T>(value: Option<T>, field: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{field}`"))
}

impl TryFrom<EditRecord> for Edit {
    type Error = String;

    fn try_from(r: EditRecord) -> Result<Edit, String> {
        Ok(match r.op {
            Op::Rename => Edit::Rename {
                entity: required(r.entity, "entity")?,
                name: required(r.name, "name")?,
            },
            Op::Retype => Edit::Retype {
                entity: required(r.entity, "entity")?,
                label: required(r.label, "label")?,
            },
            Op::Merge => Edit::Merge {
                entity: required(r.entity, "entity")?,
                into: required(r.into, "into")?,
            },
            Op::Split => Edit::Split {
                mention: required(r.mention, "mention")?,
                name: r.name,
            },
            Op::DeleteSurface => Edit::DeleteSurface {
                text: required(r.text, "text")?,
                label: r.label,
            },
            Op::DeleteMention => Edit::DeleteMention {
                mention: required(r.mention, "mention")?,
            },
            Op::AddMention => Edit::AddMention {
                mention: required(r.mention, "mention")?,
                label: required(r.label, "label")?,
                name: r.name,
            },
        })
    }
}

/// An edit and where it applies: one document, or every document (`doc: None`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// The document it applies to; `None`: every document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// What it changes.
    pub edit: Edit,
}

impl Correction {
    /// A correction for every document.
    pub fn everywhere(edit: Edit) -> Correction {
        Correction { doc: None, edit }
    }

    /// A correction for document `doc` only.
    pub fn in_doc(doc: impl Into<String>, edit: Edit) -> Correction {
        Correction {
            doc: Some(doc.into()),
            edit,
        }
    }

    /// True when it applies to the document with this id.
    pub fn applies_to(&self, doc: &str) -> bool {
        self.doc.as_deref().is_none_or(|d| d == doc)
    }
}

impl Correction {
    /// One line for the user: "Rename Hikvision (ORG) → Hikvision Digital, in all documents".
    pub fn describe(&self) -> String {
        let key = |k: &EntityKey| format!("{} ({})", k.name, k.label.as_str());
        let what = match &self.edit {
            Edit::Rename { entity, name } => format!("Rename {} → {name}", key(entity)),
            Edit::Retype { entity, label } => {
                format!("Change {} to {}", key(entity), label.as_str())
            }
            Edit::Merge { entity, into } => format!("Merge {} into {}", key(entity), key(into)),
            Edit::Split { mention, name } => match name {
                Some(n) => format!("Split “{}” off as {n}", mention.text),
                None => format!("Split “{}” off", mention.text),
            },
            Edit::DeleteSurface { text, label } => match label {
                Some(l) => format!("Not an entity: “{text}” ({})", l.as_str()),
                None => format!("Not an entity: “{text}”"),
            },
            Edit::DeleteMention { mention } => format!("Remove the mention “{}”", mention.text),
            Edit::AddMention { mention, label, .. } => {
                format!("Add “{}” as {}", mention.text, label.as_str())
            }
        };
        match &self.doc {
            Some(d) => format!("{what}, in document {d}"),
            None => format!("{what}, in all documents"),
        }
    }
}

/// What [`apply_report`] did.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ApplyReport {
    /// Indices (into the given slice) of corrections that applied.
    pub applied: Vec<usize>,
    /// Indices of corrections for this document whose target was not found
    /// (the text changed, or the engine no longer finds that entity).
    pub unresolved: Vec<usize>,
}

/// Apply `corrections` (those for `analysis.id` or for every document) to an
/// analysis of `text`. Pure; the input is not modified.
pub fn apply(text: &str, analysis: &Analysis, corrections: &[Correction]) -> Analysis {
    apply_report(text, analysis, corrections).0
}

/// [`apply`], also reporting which corrections found their target.
pub fn apply_report(
    text: &str,
    analysis: &Analysis,
    corrections: &[Correction],
) -> (Analysis, ApplyReport) {
    let mut a = analysis.clone();
    let mut report = ApplyReport::default();
    let mut offsets: Option<OffsetMap> = None;
    let mut spread = Spread::default();
    for (i, c) in corrections.iter().enumerate() {
        if !c.applies_to(&analysis.id) {
            continue;
        }
        let ok = match &c.edit {
            Edit::Rename { entity, name } => rename(&mut a, entity, name),
            Edit::Retype { entity, label } => retype(&mut a, entity, *label),
            Edit::Merge { entity, into } => merge(&mut a, entity, into),
            Edit::Split { mention, name } => {
                let map = offsets.get_or_insert_with(|| OffsetMap::new(text));
                split(&mut a, text, map, mention, name.as_deref())
            }
            Edit::DeleteSurface {
                text: surface,
                label,
            } => delete_surface(&mut a, surface, *label),
            Edit::DeleteMention { mention } => {
                let map = offsets.get_or_insert_with(|| OffsetMap::new(text));
                delete_mention(&mut a, text, map, mention)
            }
            Edit::AddMention {
                mention,
                label,
                name,
            } => {
                let map = offsets.get_or_insert_with(|| OffsetMap::new(text));
                add_mention(&mut a, text, map, mention, *label, name.as_deref())
            }
        };
        if ok {
            report.applied.push(i);
            let map = offsets.get_or_insert_with(|| OffsetMap::new(text));
            note(&mut spread, &mut a, text, map, &c.edit);
        } else {
            report.unresolved.push(i);
        }
    }
    tidy(&mut a);
    (a, report)
}

/// After an applied edit: spread the name of the entity it acted on
/// ([`propagate::spread`]), or record what it deleted.
fn note(s: &mut Spread, a: &mut Analysis, text: &str, map: &OffsetMap, edit: &Edit) {
    let key = match edit {
        Edit::Rename { entity, name } => EntityKey::new(name.trim(), entity.label),
        Edit::Retype { entity, label } => EntityKey::new(entity.name.clone(), *label),
        Edit::Merge { into, .. } => into.clone(),
        Edit::AddMention { mention, .. } => {
            let id = find_mention(a, text, map, mention).and_then(|i| a.entities.get(i));
            if let Some(id) = id.map(|m| m.entity.clone()) {
                propagate::spread(a, text, map, &id, s);
            }
            return;
        }
        Edit::DeleteMention { mention } => {
            s.deleted_spans
                .extend(locate(text, map, mention).map(|l| (l.start, l.end)));
            return;
        }
        Edit::DeleteSurface { text, .. } => {
            s.deleted_surfaces.push(fold(text));
            return;
        }
        Edit::Split { .. } => return,
    };
    let id = find_entity(a, &key).and_then(|i| a.entity_list.get(i));
    if let Some(id) = id.map(|e| e.id.clone()) {
        propagate::spread(a, text, map, &id, s);
    }
}

/// Corrections with undo and redo.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct History {
    /// The corrections in force, oldest first.
    #[serde(default)]
    pub done: Vec<Correction>,
    /// Undone corrections, most recently undone last.
    #[serde(default)]
    pub undone: Vec<Correction>,
    /// Corrections taken back by an undo, each with the undo's number (random, so
    /// unique across tabs), oldest first, at most [`MAX_REMOVED`]: saved so that
    /// another tab of the same workspace takes back exactly these, and keeps a
    /// correction merely missing from this tab's save (issue 16.1). Redo does not
    /// remove the entry: the number says which undos a save has seen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<(u64, Correction)>,
}

/// Most undone corrections [`History::removed`] remembers.
pub const MAX_REMOVED: usize = 64;

impl History {
    /// Record a new correction (clears the redo stack).
    pub fn push(&mut self, c: Correction) {
        self.done.push(c);
        self.undone.clear();
    }

    /// Undo the last correction; returns it.
    pub fn undo(&mut self) -> Option<&Correction> {
        let c = self.done.pop()?;
        self.undone.push(c);
        self.undone.last()
    }

    /// Redo the last undone correction; returns it.
    pub fn redo(&mut self) -> Option<&Correction> {
        let c = self.undone.pop()?;
        self.done.push(c);
        self.done.last()
    }

    /// Remember that the undo numbered `undo` took back `c` (nothing when that
    /// number is known already); the oldest go past [`MAX_REMOVED`].
    pub fn tombstone(&mut self, undo: u64, c: Correction) {
        if self.removed.iter().any(|(n, _)| *n == undo) {
            return;
        }
        self.removed.push((undo, c));
        if self.removed.len() > MAX_REMOVED {
            self.removed.remove(0);
        }
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// True when there is an undone correction to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Forget corrections for one document (when it is removed).
    pub fn drop_document(&mut self, doc: &str) {
        self.done.retain(|c| c.doc.as_deref() != Some(doc));
        self.undone.retain(|c| c.doc.as_deref() != Some(doc));
    }
}
