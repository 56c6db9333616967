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

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::anchor::TextAnchor;
use super::fold::{fold, same};
use super::propagate::{self, Spread};
use crate::engine::model::{Analysis, Entity, Label, Mention};
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

/// Index of the entity a key names: same type and loose name, else the only
/// entity of that type with the name among its aliases.
fn find_entity(a: &Analysis, key: &EntityKey) -> Option<usize> {
    let k = fold(&key.name);
    if k.is_empty() {
        return None;
    }
    let same_type = || {
        a.entity_list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label == key.label)
    };
    if let Some((i, _)) = same_type().find(|(_, e)| fold(&e.name) == k) {
        return Some(i);
    }
    let mut by_alias = same_type().filter(|(_, e)| e.aliases.iter().any(|x| fold(x) == k));
    match (by_alias.next(), by_alias.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Index of the one entity not of type `except` named `name` (loosely), else of the one with
/// it among its aliases.
fn find_named(a: &Analysis, name: &str, except: Label) -> Option<usize> {
    let k = fold(name);
    let only = |hit: &dyn Fn(&Entity) -> bool| {
        let mut found = a
            .entity_list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label != except && hit(e));
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    };
    if k.is_empty() {
        return None;
    }
    only(&|e| fold(&e.name) == k).or_else(|| only(&|e| e.aliases.iter().any(|x| fold(x) == k)))
}

fn rename(a: &mut Analysis, key: &EntityKey, name: &str) -> bool {
    let name = name.trim();
    let Some(i) = find_entity(a, key) else {
        return false;
    };
    let Some(e) = a.entity_list.get_mut(i) else {
        return false;
    };
    if name.is_empty() {
        return false;
    }
    if e.name != name {
        let mut former = e.aliases.clone();
        former.push(e.name.clone());
        let (id, person) = (e.id.clone(), e.label == Label::Person);
        let old = std::mem::replace(&mut e.name, name.to_string());
        e.aliases.retain(|x| x != name && *x != old);
        e.aliases.insert(0, old);
        super::labels::rename_in_labels(a, &id, person, &former, name);
    }
    join_same_key(a, i);
    true
}

/// A retype finds its entity by the key, else by its name alone under any other type: the
/// engine may type the same name differently in another document (or after an edit), and
/// "X is an organisation" holds whatever type it guessed there. Only when one entity has the
/// name (or, failing that, the alias).
fn retype(a: &mut Analysis, key: &EntityKey, label: Label) -> bool {
    let any_type = || {
        [key.label, label]
            .iter()
            .all(|&l| find_entity(a, &EntityKey::new(key.name.clone(), l)).is_none())
            .then(|| find_named(a, &key.name, label))
            .flatten()
    };
    let Some(i) = find_entity(a, key).or_else(any_type) else {
        return false;
    };
    let Some(e) = a.entity_list.get_mut(i) else {
        return false;
    };
    e.label = label;
    let id = e.id.clone();
    for m in a.entities.iter_mut().filter(|m| m.entity == id) {
        m.label = label;
    }
    join_same_key(a, i);
    true
}

fn merge(a: &mut Analysis, from: &EntityKey, into: &EntityKey) -> bool {
    let (Some(fi), Some(ii)) = (find_entity(a, from), find_entity(a, into)) else {
        return false;
    };
    merge_at(a, fi, ii)
}

/// A key names one entity: when a retype or rename gives entity `i` the type and name of
/// another, the two become one (the other keeps its id). Without this, a place retyped to
/// the type of a same-named entity could never be merged with it: both had one key.
fn join_same_key(a: &mut Analysis, i: usize) {
    let Some(e) = a.entity_list.get(i) else {
        return;
    };
    let (k, label) = (fold(&e.name), e.label);
    let other = a
        .entity_list
        .iter()
        .enumerate()
        .position(|(j, x)| j != i && x.label == label && fold(&x.name) == k);
    if let Some(j) = other {
        merge_at(a, i, j);
    }
}

/// Merge entity `fi` into entity `ii` (indexes into `entity_list`).
fn merge_at(a: &mut Analysis, fi: usize, ii: usize) -> bool {
    if fi == ii {
        return true;
    }
    let gone = a.entity_list.remove(fi);
    let ii = if fi < ii { ii - 1 } else { ii };
    let Some(target) = a.entity_list.get_mut(ii) else {
        return false;
    };
    for n in std::iter::once(&gone.name).chain(&gone.aliases) {
        if !same(n, &target.name) && !target.aliases.iter().any(|x| x == n) {
            target.aliases.push(n.clone());
        }
    }
    for r in gone.roles {
        if !target.roles.contains(&r) {
            target.roles.push(r);
        }
    }
    target.salience = target.salience.max(gone.salience);
    if target.country.is_none() {
        target.country = gone.country;
    }
    let (old, new) = (gone.id, target.id.clone());
    let label = target.label;
    let (name, former) = (
        target.name.clone(),
        [vec![gone.name], gone.aliases].concat(),
    );
    for m in &mut a.entities {
        if m.entity == old {
            m.entity = new.clone();
            m.label = label;
        }
        if m.actor.as_deref() == Some(old.as_str()) {
            m.actor = Some(new.clone());
        }
    }
    for ev in &mut a.events {
        for p in &mut ev.participants {
            if *p == old {
                *p = new.clone();
            }
        }
        for r in &mut ev.roles {
            if r.entity == old {
                r.entity = new.clone();
            }
        }
    }
    // "Bridge Works wins contract" merged into "Tarvel Road and Bridge Works".
    super::labels::rename_in_labels(a, &new, label == Label::Person, &former, &name);
    for r in &mut a.relations {
        for id in std::iter::once(&mut r.source)
            .chain(std::iter::once(&mut r.target))
            .chain(r.items.iter_mut())
            .chain(r.share.iter_mut())
        {
            if *id == old {
                *id = new.clone();
            }
        }
    }
    true
}

/// Where an anchor is in a text, in the contract's two kinds of offsets.
struct Located {
    /// Code point offsets, end-exclusive.
    start: usize,
    end: usize,
    /// UTF-16 offsets, end-exclusive.
    start16: usize,
    end16: usize,
}

/// The span of an anchor in `text`.
fn locate(text: &str, map: &OffsetMap, anchor: &TextAnchor) -> Option<Located> {
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
fn find_mention(a: &Analysis, text: &str, map: &OffsetMap, anchor: &TextAnchor) -> Option<usize> {
    let Located {
        start: s, end: e, ..
    } = locate(text, map, anchor)?;
    a.entities.iter().position(|m| m.start == s && m.end == e)
}

/// A fresh entity id ("E" + one more than the largest number in use).
fn fresh_id(a: &Analysis) -> String {
    let max = a
        .entity_list
        .iter()
        .filter_map(|e| e.id.strip_prefix('E').and_then(|n| n.parse::<usize>().ok()))
        .max()
        .unwrap_or(0);
    format!("E{}", max + 1)
}

fn new_entity(id: String, name: &str, label: Label) -> Entity {
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

fn split(
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

fn delete_surface(a: &mut Analysis, surface: &str, label: Option<Label>) -> bool {
    let k = fold(surface);
    if k.is_empty() {
        return false;
    }
    let before = a.entities.len();
    a.entities
        .retain(|m| !(label.is_none_or(|l| l == m.label) && fold(&m.text) == k));
    a.entities.len() != before
}

fn delete_mention(a: &mut Analysis, text: &str, map: &OffsetMap, anchor: &TextAnchor) -> bool {
    match find_mention(a, text, map, anchor) {
        Some(i) => {
            a.entities.remove(i);
            true
        }
        None => false,
    }
}

fn add_mention(
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
    super::labels::took_over(a, &gone, &anchor.text, &id);
    true
}

/// Restore the invariants after edits: counts match mentions, entities
/// without mentions are gone, and nothing refers to a removed entity.
fn tidy(a: &mut Analysis) {
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

/// Corrections with undo and redo.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct History {
    /// The corrections in force, oldest first.
    #[serde(default)]
    pub done: Vec<Correction>,
    /// Undone corrections, most recently undone last.
    #[serde(default)]
    pub undone: Vec<Correction>,
}

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
