//! Stage 5: time expressions, normalised against the document date (TimeML TIMEX3).
//!
//! PLACEHOLDER (spine): only ISO dates "YYYY-MM-DD". The time engine replaces it.

use super::model::TimexType;
use super::text::Doc;

/// A normalised time expression. Byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexDraft {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
}

/// The reference date: the caller's if valid, else one found in the text.
/// Returns (date as YYYY-MM-DD, source "input"/"text") and warnings.
pub fn document_date(
    _doc: &Doc,
    given: Option<&str>,
) -> (Option<(String, &'static str)>, Vec<String>) {
    match given.map(str::trim).filter(|g| !g.is_empty()) {
        Some(g) if is_iso_date(&g[..g.len().min(10)]) => {
            (Some((g[..10].to_string(), "input")), vec![])
        }
        Some(g) => (
            None,
            vec![format!("invalid date {g:?}: expected YYYY-MM-DD")],
        ),
        None => (None, vec![]),
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

pub fn extract(doc: &Doc, _reference: Option<&str>) -> Vec<TimexDraft> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let s = doc.tok_text(i);
        if is_iso_date(s) {
            out.push(TimexDraft {
                start: t.start,
                end: t.end,
                kind: TimexType::Date,
                value: s.to_string(),
                modifier: None,
            });
        }
    }
    out
}
