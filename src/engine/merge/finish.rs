//! The entity records merge gives ([`EntityDraft`]) from the entities it built (`Acc`): the
//! name (the full name for short forms: "US" → "United States"), aliases, roles, country code
//! and salience.
//!
//! Takes the built entities in order; returns one record each, in the same order. Invariant:
//! imports `acc` and `draft` only.

use super::acc::Acc;
use super::draft::EntityDraft;
use crate::engine::lexicon::lexicon;
use crate::engine::model::Label;
use crate::engine::text::Doc;

/// The entity records of the entities built (see the module comment).
pub(super) fn finish(doc: &Doc, accs: Vec<Acc>) -> Vec<EntityDraft> {
    let lx = lexicon();
    let max_count = accs
        .iter()
        .map(|a| a.count + a.actor_count)
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let len = doc.text.len().max(1) as f32;
    let mut out: Vec<EntityDraft> = accs
        .into_iter()
        .map(|a| {
            let mut surfaces = a.surfaces;
            // Canonical name: the longest form not in ALL CAPS (unless all are); but when every
            // form is a short one ("US", "U.S.", "EU"), the full name: a country's by its code
            // ("United States"), else the listed one ("European Union"). The other forms
            // become aliases.
            let short = |s: &str| {
                crate::engine::candidates::is_all_caps(s)
                    || lx.full_name(s).is_some()
                    || (s.contains('.') && !s.contains(' '))
            };
            let full = if surfaces.iter().all(|(s, _)| short(s)) {
                match a.country {
                    Some(cc) if a.country_entity => lx.country_name(cc),
                    _ => None,
                }
                .or_else(|| surfaces.iter().find_map(|(s, _)| lx.full_name(s)))
            } else {
                None
            };
            let name = full.map(str::to_string).unwrap_or_else(|| {
                surfaces
                    .iter()
                    .max_by_key(|(s, c)| {
                        let caps =
                            crate::engine::candidates::is_all_caps(s) && s.chars().count() > 4;
                        (!caps, s.chars().count(), *c)
                    })
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default()
            });
            crate::sort::sort_by_key(&mut surfaces, |s| std::cmp::Reverse(s.1));
            let mut aliases: Vec<String> = Vec::new();
            for (s, _) in surfaces {
                if s != name && !aliases.iter().any(|x| x == &s) {
                    aliases.push(s);
                }
            }
            let freq = (a.count as f32 + 0.5 * a.actor_count as f32) / max_count;
            let early = 1.0 - (a.first as f32 / len).min(1.0);
            let salience = 0.6 * freq + 0.25 * early + if a.headline { 0.15 } else { 0.0 };
            EntityDraft {
                name,
                label: a.label.unwrap_or(Label::Org),
                aliases,
                roles: a.roles,
                country: a.country.map(|c| c.as_str().to_string()),
                salience,
                first: a.first,
            }
        })
        .collect();
    let top = out.iter().map(|e| e.salience).fold(0.0f32, f32::max);
    if top > 0.0 {
        for e in &mut out {
            e.salience = (e.salience / top * 1000.0).round() / 1000.0;
        }
    }
    out
}
