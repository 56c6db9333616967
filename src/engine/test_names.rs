//! Test helpers shared by the name stages' tests (`retype`, `datelines`, `numbered`, `place_modifiers`): a text's named
//! mentions as (surface, OntoNotes label) after the whole pipeline.

use super::{analyze, model::DocumentInput};

/// The mentions of `text` (not resolved pronouns or descriptions) as (text, "ORG"/"GPE"/…),
/// analysed with a fixed document date.
pub(crate) fn names(text: &str) -> Vec<(String, String)> {
    let a = analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-03-01".into()),
    });
    a.entities
        .iter()
        .filter(|m| m.resolved.is_none())
        .map(|m| (m.text.clone(), m.label.as_str().to_string()))
        .collect()
}

/// Whether `got` holds `text` with `label`.
pub(crate) fn has(got: &[(String, String)], text: &str, label: &str) -> bool {
    got.iter().any(|(t, l)| t == text && l == label)
}
