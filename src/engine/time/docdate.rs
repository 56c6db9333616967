//! The document date (TimeML's DCT): the caller's, else one printed near the top.
//!
//! Input: the caller's string (a `YYYY-MM-DD` date, a longer ISO timestamp
//! accepted) and the document. Output: the date and where it came from
//! ("input" or "text"), plus warnings (a bad caller date is a warning, never a
//! failure). In the text it looks at the first sentences for a full date ("an
//! ISO date", "Published 14 April 2024", "April 14, 2024") or a dateline
//! ("WASHINGTON, April 14 (Reuters) -") whose year comes from the years the
//! article names.

use super::calendar::Ymd;
use super::normalise::{normalise, Ctx};
use super::recognise::{find, vtokens};
use super::value::Val;
use crate::engine::text::Doc;

/// How many leading sentences may hold the date.
const HEAD_SENTENCES: usize = 4;

/// Parse "YYYY-MM-DD" (optionally followed by a time: "2024-04-16T09:00Z").
pub fn parse_iso(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    match Val::parse(head)? {
        Val::Day { y: Some(y), m, d } => Ymd::new(y, m, d),
        _ => None,
    }
}

pub fn fmt(d: Ymd) -> String {
    Val::day(d).to_timeml()
}

/// A date found in the first sentences, or `None`.
pub fn from_text(doc: &Doc) -> Option<Ymd> {
    let ctx = Ctx::default();
    let mut buf = Vec::new();
    let mut dateline: Option<(u32, u32)> = None;
    for s in 0..doc.sentences.len().min(HEAD_SENTENCES) {
        vtokens(doc, s, &mut buf);
        for m in find(doc, &buf) {
            let Some(n) = normalise(&m, &ctx) else {
                continue;
            };
            match n.val {
                Some(Val::Day { y: Some(y), m, d }) => return Ymd::new(y, m, d),
                Some(Val::Day { y: None, m: mo, d }) if dateline.is_none() => {
                    // A dateline: "CITY, April 14 (Reuters) -" or "April 14 -".
                    let after = doc.text.get(m.end..).unwrap_or("").trim_start();
                    if after.starts_with(['(', '-', '—', '–']) {
                        dateline = Some((mo, d));
                    }
                }
                _ => {}
            }
        }
    }
    let (mo, d) = dateline?;
    // The latest year the article names (a dateline is recent news).
    let mut year = None;
    for s in 0..doc.sentences.len().min(200) {
        vtokens(doc, s, &mut buf);
        for m in find(doc, &buf) {
            if let Some(
                Val::Year(y) | Val::Day { y: Some(y), .. } | Val::Month { y: Some(y), .. },
            ) = normalise(&m, &ctx).and_then(|n| n.val)
            {
                year = year.max(Some(y));
            }
        }
    }
    Ymd::new(year?, mo, d)
}

/// The reference date: the caller's if valid, else one found in the text.
pub fn document_date(
    doc: &Doc,
    given: Option<&str>,
) -> (Option<(String, &'static str)>, Vec<String>) {
    let mut warnings = Vec::new();
    if let Some(g) = given.map(str::trim).filter(|g| !g.is_empty()) {
        match parse_iso(g) {
            Some(d) => return (Some((fmt(d), "input")), warnings),
            None => warnings.push(format!(
                "invalid date {g:?}: expected YYYY-MM-DD; looking for one in the text"
            )),
        }
    }
    (from_text(doc).map(|d| (fmt(d), "text")), warnings)
}
