//! Edits of whole entities: find one by its key, rename, retype, merge.

use super::EntityKey;
use crate::engine::model::{Analysis, Entity, Label};
use crate::workspace::fold::{fold, same};

/// Index of the entity a key names: same type and loose name, else the only
/// entity of that type with the name among its aliases.
pub(super) fn find_entity(a: &Analysis, key: &EntityKey) -> Option<usize> {
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
pub(super) fn find_named(a: &Analysis, name: &str, except: Label) -> Option<usize> {
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

pub(super) fn rename(a: &mut Analysis, key: &EntityKey, name: &str) -> bool {
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
        crate::workspace::labels::rename_in_labels(a, &id, person, &former, name);
    }
    join_same_key(a, i);
    true
}

/// A retype finds its entity by the key, else by its name alone under any other type: the
/// engine may type the same name differently in another document (or after an edit), and
/// "X is an organisation" holds whatever type it guessed there. Only when one entity has the
/// name (or, failing that, the alias).
pub(super) fn retype(a: &mut Analysis, key: &EntityKey, label: Label) -> bool {
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

pub(super) fn merge(a: &mut Analysis, from: &EntityKey, into: &EntityKey) -> bool {
    let (Some(fi), Some(ii)) = (find_entity(a, from), find_entity(a, into)) else {
        return false;
    };
    merge_at(a, fi, ii)
}

/// A key names one entity: when a retype or rename gives entity `i` the type and name of
/// another, the two become one (the other keeps its id). Without this, a place retyped to
/// the type of a same-named entity could never be merged with it: both had one key.
pub(super) fn join_same_key(a: &mut Analysis, i: usize) {
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
pub(super) fn merge_at(a: &mut Analysis, fi: usize, ii: usize) -> bool {
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
    crate::workspace::labels::rename_in_labels(a, &new, label == Label::Person, &former, &name);
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
