//! Stage 3: candidate spans → typed mentions.
//!
//! PLACEHOLDER (spine): everything is ORG. The entity engine replaces it.

use super::candidates::Candidate;
use super::model::Label;
use super::text::Doc;

/// A typed mention. Byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedMention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// A title or role said with the name ("secretary of state").
    pub role: Option<String>,
}

pub fn classify(_doc: &Doc, candidates: &[Candidate]) -> Vec<TypedMention> {
    candidates
        .iter()
        .map(|c| TypedMention {
            start: c.start,
            end: c.end,
            label: Label::Org,
            role: None,
        })
        .collect()
}
