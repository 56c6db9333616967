//! Helpers shared by the events stage's test files: analyse a text with a document date, and
//! find an event by a word of its label.

use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput, Event};

/// `text` analysed with the document date `date` (YYYY-MM-DD).
pub(super) fn run_dated(text: &str, date: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "events-test".into(),
        text: text.into(),
        date: Some(date.into()),
    })
}

/// The event whose label holds `word`; panics, listing the events, when none does.
pub(super) fn event<'a>(a: &'a Analysis, word: &str) -> &'a Event {
    a.events
        .iter()
        .find(|e| e.label.contains(word))
        .unwrap_or_else(|| panic!("no event with {word:?} in {:#?}", a.events))
}
