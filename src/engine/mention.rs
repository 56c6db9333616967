//! The typed mention: the plain data the typing stage hands to merging, time and events.
//!
//! Its own module so that `typing`, `amounts` and `items` (which all produce mentions) do not
//! import each other.

use super::lexicon::Cc;
use super::model::Label;
use super::text::Doc;
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

impl TypedMention {
    /// A mention of `label` over the document's tokens `tokens` (a non-empty range of
    /// `doc.tokens`), its byte span theirs, with no role or country.
    pub fn over(doc: &Doc, tokens: Range<usize>, label: Label, confidence: f32) -> TypedMention {
        TypedMention {
            start: doc.tokens[tokens.start].start(),
            end: doc.tokens[tokens.end - 1].end(),
            label,
            role: None,
            country: None,
            capital_of: None,
            confidence,
            tokens,
        }
    }
}

/// Whether the mentions are in text order and do not overlap (each ends where or before the
/// next starts), so their ends are in order too and [`overlapping`] may search them.
pub fn in_order_disjoint(ms: &[TypedMention]) -> bool {
    ms.windows(2).all(|w| w[0].end <= w[1].start)
}

/// The index range of the mentions overlapping the byte span `start..end` (`m.start < end &&
/// m.end > start`), found by binary search: `ms` must be [`in_order_disjoint`]. A scan of
/// all mentions per candidate made the stages that ask this quadratic on long documents.
pub fn overlapping(ms: &[TypedMention], start: usize, end: usize) -> Range<usize> {
    let from = ms.partition_point(|m| m.end <= start);
    let to = from + ms[from..].partition_point(|m| m.start < end);
    from..to
}

/// [`replace_spans`] with each span's bytes read from the document's tokens (`spans`: token
/// ranges in text order, none empty).
pub fn replace_token_spans(
    doc: &Doc,
    ms: &mut Vec<TypedMention>,
    spans: Vec<Range<usize>>,
    label: Label,
) {
    let bytes = spans
        .iter()
        .map(|r| (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
        .collect();
    replace_spans(ms, spans, bytes, label);
}

/// Per token of `doc`, whether a mention of `ms` covers it.
pub fn covered_tokens(doc: &Doc, ms: &[TypedMention]) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms {
        for i in m.tokens.clone() {
            if let Some(c) = covered.get_mut(i) {
                *c = true;
            }
        }
    }
    covered
}

/// Put a new mention of `label` on each span (`spans[i]` its token range, `bytes[i]` its byte
/// span, in text order), dropping every mention a span overlaps, then sort by start. Spans that
/// do not overlap each other (nearly always) drop what they cover in one pass (a pass per span
/// was quadratic on long documents); else span by span, so a span that starts inside the one
/// before drops that one's new mention too.
pub fn replace_spans(
    ms: &mut Vec<TypedMention>,
    spans: Vec<Range<usize>>,
    bytes: Vec<(usize, usize)>,
    label: Label,
) {
    let disjoint = bytes.windows(2).all(|w| w[0].1 <= w[1].0);
    if disjoint {
        ms.retain(|m| {
            let k = bytes.partition_point(|&(_, end)| end <= m.start);
            bytes.get(k).is_none_or(|&(start, _)| m.end <= start)
        });
    }
    for (r, (start, end)) in spans.into_iter().zip(bytes) {
        if !disjoint {
            ms.retain(|m| m.end <= start || m.start >= end);
        }
        ms.push(TypedMention {
            start,
            end,
            label,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: r,
        });
    }
    crate::sort::sort_by_key(ms, |m| m.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize) -> TypedMention {
        TypedMention {
            start,
            end,
            label: Label::Person,
            role: None,
            country: None,
            capital_of: None,
            confidence: 1.0,
            tokens: 0..0,
        }
    }

    #[test]
    fn overlapping_finds_what_a_scan_finds_in_ordered_mentions() {
        let ms = [m(0, 3), m(4, 4), m(5, 9), m(9, 12), m(20, 25)];
        assert!(in_order_disjoint(&ms));
        for start in 0..27 {
            for end in start..28 {
                let scan: Vec<usize> = (0..ms.len())
                    .filter(|&k| ms[k].start < end && ms[k].end > start)
                    .collect();
                let found: Vec<usize> = overlapping(&ms, start, end).collect();
                assert_eq!(found, scan, "{start}..{end}");
            }
        }
        assert!(!in_order_disjoint(&[m(0, 5), m(3, 8)]));
    }
}
