//! Stage 5: time expressions, normalised against the document date (TimeML TIMEX3).
//!
//! ```text
//! Doc ─▶ docdate   (caller's date, else a dateline / "Published ..." in the text)
//!     ─▶ story: per sentence recognise::vtokens → matcher::find   (rules of data/time/)
//!               per match checks → normalise → reference   (the moving reference time)
//!     ─▶ ranges    (lists and ranges across expressions)
//!     ─▶ Vec<TimexDraft>   (byte offsets, `draft`)
//! ```
//!
//! Modules: [`calendar`] (date arithmetic), [`value`] (TimeML values),
//! `tables` (data files), `recognise`, `holidays` (names of several words, their days), `normalise`, `docdate`, `style` (narrative or
//! news, day- or month-first), `ranges` (lists and ranges across expressions; crate-private);
//! the loop itself is `story` (sentences and matches), `checks` (a match against the text
//! around it), `reference` (which dates move the story's reference time) and `stated` (days
//! kept for "two weeks after X"). This file only wires them: nothing imports it back.

pub(crate) mod anchor;
pub(crate) mod aside;
pub mod calendar;
mod checks;
pub(crate) mod cues;
pub(crate) mod docdate;
mod draft;
pub(crate) mod durations;
pub(crate) mod forms;
pub(crate) mod holidays;
pub(crate) mod later;
pub(crate) mod matcher;
pub(crate) mod names;
pub(crate) mod norm;
pub(crate) mod normalise;
pub(crate) mod occasion;
pub(crate) mod overtaken;
pub(crate) mod ranges;
pub(crate) mod recognise;
mod reference;
pub(crate) mod relative;
mod stated;
mod story;
pub(crate) mod style;
pub(crate) mod tables;
pub(crate) mod tense;
pub(crate) mod tense_words;
#[cfg(test)]
mod tests_story;
pub mod value;

/// Whether `s` (surrounding spaces ignored) is a calendar date written `YYYY-MM-DD`, as a
/// document date must be ("2025-02-30" is not).
pub fn is_iso_date(s: &str) -> bool {
    iso_date(s).is_some()
}

/// The calendar date `s` writes as `YYYY-MM-DD` (surrounding spaces ignored; a longer ISO
/// timestamp's date), or `None`.
pub fn iso_date(s: &str) -> Option<Ymd> {
    docdate::parse_iso(s.trim())
}

use super::clause::Clause;
use super::pos::Words;
use super::text::Doc;
use calendar::Ymd;

pub use docdate::{document_date, DocDate};
pub use draft::TimexDraft;
pub use style::{numeric_note, numeric_order, NumericOrder};

/// Find and normalise every time expression. `reference` is the document date
/// (YYYY-MM-DD) or `None` (relative values then stay relative). Tense per
/// clause comes from the time module's own split (`tense::clauses`) alone here;
/// the pipeline calls [`extract_with_clauses`], which also reads the clause stage.
pub fn extract(doc: &Doc, reference: Option<&str>) -> Vec<TimexDraft> {
    extract_with_clauses(doc, reference, &[], &Words::empty())
}

/// [`extract`], with the clause stage's clauses (`engine::clause`, text order, found in the
/// tagged words `words`): where the
/// time stage's own split finds no tense for an expression (no verb its word list knows:
/// "the two leaders meet separately Monday"), the clause stage's verb group gives it.
/// The split stays first: with the clause stage's tense first and the split as the
/// fallback, TempEval-3 value F1 was 81.60 against 82.08 (the split knows prospects,
/// schedules and "had been due to", which the verb groups read as plain tenses).
pub fn extract_with_clauses(
    doc: &Doc,
    reference: Option<&str>,
    stage: &[Clause],
    words: &Words,
) -> Vec<TimexDraft> {
    let dateline = reference.and_then(|_| docdate::dateline_at(doc));
    extract_with_dateline(doc, reference, dateline, stage, words)
}

/// [`extract_with_clauses`] with the year-less dateline's byte offset as
/// [`document_date`] read it ([`docdate::DocDate::dateline_at`]), so the pipeline reads the
/// text's head once.
pub fn extract_with_dateline(
    doc: &Doc,
    reference: Option<&str>,
    dateline: Option<usize>,
    stage: &[Clause],
    words: &Words,
) -> Vec<TimexDraft> {
    let (mut out, mut explicit_year) =
        story::Story::new(doc, reference, dateline, stage, words).read();
    ranges::share_listed_year(doc, &mut out, &mut explicit_year);
    ranges::share_listed_week(doc, &mut out);
    ranges::join_ranges(doc, &mut out, &explicit_year);
    ranges::clock_on_its_day(doc, &mut out);
    out
}
