//! Cross-document entities and the combined timeline.
//!
//! Input: the (corrected) analyses of the workspace's documents, each with its
//! document id. Output: [`CorpusEntity`]s — the same Hikvision in ten articles
//! is one entity listing ten documents — and [`CorpusEvent`]s, every document's
//! events on one timeline tagged with their document and corpus entity ids.
//!
//! Entities are joined when they have the same type and the same loose name
//! ([`fold`]); then a group whose name is an alias of exactly one other group
//! of that type joins it ("Scholz" in one article, "Olaf Scholz" with alias
//! "Scholz" in another). An ambiguous short name (an alias of two groups)
//! stays apart rather than being merged wrongly. Hash maps keep it linear in
//! the number of entities and aliases.

use std::borrow::Borrow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::fold::fold;
use crate::engine::model::{Analysis, Event, Label};

/// One document's entity inside a corpus entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntity {
    /// Workspace document id.
    pub doc: String,
    /// The entity id within that document's analysis ("E3").
    pub entity: String,
    /// Mentions of the entity in that document.
    pub mentions: usize,
}

/// An entity across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusEntity {
    /// "C1", "C2", ... in the order of the returned list.
    pub id: String,
    /// The longest canonical name among its documents, in mixed case when one is (an
    /// ALL-CAPS dateline's "ROTTERDAM" gives way to "Rotterdam").
    pub name: String,
    /// Its type.
    pub label: Label,
    /// Every other name and alias seen, first seen first.
    pub aliases: Vec<String>,
    /// Mentions in all documents.
    pub mentions: usize,
    /// Highest salience in any document.
    pub salience: f32,
    /// The documents it appears in, in workspace order.
    pub documents: Vec<DocEntity>,
}

/// An event of one document on the combined timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusEvent {
    /// Workspace document id of the event.
    pub doc: String,
    /// The event as that document's analysis gives it.
    pub event: Event,
    /// Corpus entity ids of its participants.
    pub participants: Vec<String>,
}

struct Group {
    label: Label,
    key: String,
    names: Vec<String>,
    salience: f32,
    refs: Vec<DocEntity>,
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while let Some(&p) = parent.get(i) {
        if p == i {
            break;
        }
        let gp = parent.get(p).copied().unwrap_or(p);
        if let Some(x) = parent.get_mut(i) {
            *x = gp;
        }
        i = p;
    }
    i
}

/// Merge the entities of several documents (see the module header).
/// Sorted by number of documents, then mentions, then name.
/// `A` is `Analysis` or a shared `Rc<Analysis>` (the UI's), so nothing is copied.
pub fn merge_documents<A: Borrow<Analysis>>(docs: &[(String, A)]) -> Vec<CorpusEntity> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_name: HashMap<(Label, String), usize> = HashMap::new();
    for (doc, a) in docs {
        for e in &a.borrow().entity_list {
            let key = fold(&e.name);
            let key = if key.is_empty() { e.name.clone() } else { key };
            let gi = *by_name.entry((e.label, key.clone())).or_insert_with(|| {
                groups.push(Group {
                    label: e.label,
                    key,
                    names: Vec::new(),
                    salience: 0.0,
                    refs: Vec::new(),
                });
                groups.len() - 1
            });
            let Some(g) = groups.get_mut(gi) else {
                continue;
            };
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                if !g.names.contains(n) {
                    g.names.push(n.clone());
                }
            }
            g.salience = g.salience.max(e.salience);
            g.refs.push(DocEntity {
                doc: doc.clone(),
                entity: e.id.clone(),
                mentions: e.mentions,
            });
        }
    }
    // Alias links: (label, folded alias) → groups having it as a non-key name.
    let mut by_alias: HashMap<(Label, String), Vec<usize>> = HashMap::new();
    for (gi, g) in groups.iter().enumerate() {
        for n in &g.names {
            let k = fold(n);
            if k != g.key && !k.is_empty() {
                let v = by_alias.entry((g.label, k)).or_default();
                if !v.contains(&gi) {
                    v.push(gi);
                }
            }
        }
    }
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    for (gi, g) in groups.iter().enumerate() {
        let Some(cands) = by_alias.get(&(g.label, g.key.clone())) else {
            continue;
        };
        let others: Vec<usize> = cands.iter().copied().filter(|&c| c != gi).collect();
        if let [only] = others.as_slice() {
            let (a, b) = (root(&mut parent, gi), root(&mut parent, *only));
            if a != b {
                if let Some(x) = parent.get_mut(a) {
                    *x = b;
                }
            }
        }
    }
    let mut merged: Vec<Option<Group>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    let roots: Vec<usize> = (0..groups.len()).map(|i| root(&mut parent, i)).collect();
    for (g, r) in groups.into_iter().zip(roots) {
        let at = *slot.entry(r).or_insert_with(|| {
            merged.push(None);
            merged.len() - 1
        });
        let Some(cell) = merged.get_mut(at) else {
            continue;
        };
        match cell {
            None => *cell = Some(g),
            Some(m) => {
                for n in g.names {
                    if !m.names.contains(&n) {
                        m.names.push(n);
                    }
                }
                m.salience = m.salience.max(g.salience);
                m.refs.extend(g.refs);
            }
        }
    }
    let order: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, (d, _))| (d.as_str(), i))
        .collect();
    let mut out: Vec<CorpusEntity> = merged
        .into_iter()
        .flatten()
        .map(|mut g| {
            crate::sort::sort_by_key(&mut g.refs, |r| {
                order.get(r.doc.as_str()).copied().unwrap_or(usize::MAX)
            });
            // The longest name written in mixed case: a dateline's "ROTTERDAM" is the city's
            // name only when no document writes it otherwise.
            let name = g
                .names
                .iter()
                .max_by_key(|n| (n.chars().any(char::is_lowercase), n.chars().count()))
                .cloned()
                .unwrap_or_default();
            let aliases = g.names.iter().filter(|n| **n != name).cloned().collect();
            let mut documents: Vec<DocEntity> = Vec::new();
            for r in g.refs {
                match documents.last_mut() {
                    // Two entities of one document joined through an alias.
                    Some(last) if last.doc == r.doc => last.mentions += r.mentions,
                    _ => documents.push(r),
                }
            }
            CorpusEntity {
                id: String::new(),
                mentions: documents.iter().map(|d| d.mentions).sum(),
                name,
                label: g.label,
                aliases,
                salience: g.salience,
                documents,
            }
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| a.name.cmp(&b.name))
    });
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("C{}", i + 1);
    }
    out
}

/// Every document's events on one timeline, sorted by date (calendar dates
/// first, in order; vague values such as `PAST_REF` after them), documents in
/// workspace order within a date. `entities` is [`merge_documents`]' result
/// for the same documents.
pub fn combined_timeline<A: Borrow<Analysis>>(
    docs: &[(String, A)],
    entities: &[CorpusEntity],
) -> Vec<CorpusEvent> {
    let mut corpus_id: HashMap<(&str, &str), &str> = HashMap::new();
    for ce in entities {
        for d in &ce.documents {
            corpus_id.insert((d.doc.as_str(), d.entity.as_str()), ce.id.as_str());
        }
    }
    let mut out: Vec<CorpusEvent> = Vec::new();
    for (doc, a) in docs {
        for ev in &a.borrow().events {
            let mut participants: Vec<String> = Vec::new();
            for p in &ev.participants {
                if let Some(c) = corpus_id.get(&(doc.as_str(), p.as_str())) {
                    if !participants.iter().any(|x| x == c) {
                        participants.push(c.to_string());
                    }
                }
            }
            out.push(CorpusEvent {
                doc: doc.clone(),
                event: ev.clone(),
                participants,
            });
        }
    }
    // Stable: keeps document order for equal dates.
    crate::sort::sort_by(&mut out, |a, b| {
        let vague = |e: &CorpusEvent| !e.event.date.starts_with(|c: char| c.is_ascii_digit());
        vague(a)
            .cmp(&vague(b))
            .then_with(|| a.event.date.cmp(&b.event.date))
    });
    out
}
