//! The typed mention: the plain data the typing stage hands to merging, time and events.
//!
//! Its own module so that `typing`, `amounts` and `items` (which all produce mentions) do not
//! import each other.

use super::lexicon::Cc;
use super::model::Label;
use std::ops::Range;

/// A typed mention. Byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedMention {
    /// Start, in bytes into the document text (a char boundary).
    pub start: usize,
    /// End, in bytes, exclusive.
    pub end: usize,
    /// The type the typing stage gave it.
    pub label: Label,
    /// A title or role said with the name ("secretary of state").
    pub role: Option<String>,
    /// Country of a country, city or nationality mention.
    pub country: Option<Cc>,
    /// Set when the mention names the capital city of this country (for metonymy).
    pub capital_of: Option<Cc>,
    /// How sure the typing is, 0..1.
    pub confidence: f32,
    /// Token index range of the mention.
    pub tokens: Range<usize>,
}
