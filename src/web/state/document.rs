//! One document as the UI sees it: the saved [`ws::Document`] (id, name,
//! text, date, when added) of the state's [`crate::workspace::Workspace`]
//! and, beside it, what only this page knows of it ([`Live`]: its text's
//! generation, the latest analysis, where the date came from). [`Doc`]
//! pairs the two for reading; the state changes them only through its
//! reducer.

use std::ops::Deref;
use std::rc::Rc;

use crate::engine::model::{Analysis, DocumentInput};
use crate::workspace as ws;

/// What the page knows of a document beyond what is saved of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Live {
    /// The name was not chosen by the user or a file (the example's, a
    /// "Document N" placeholder, or the text's own headline): editing the
    /// text renames the document after its new headline.
    pub auto_name: bool,
    /// The example article as first shown, untouched: replaced by the first
    /// article the user pastes over it or opens (a file, an import, a link; not
    /// one typed in a new tab), and never saved or exported.
    pub example: bool,
    /// Bumped on every edit of the text or the date.
    pub generation: u64,
    /// The latest analysis and the exact text it was computed from (shown
    /// together, so offsets always match the text they index).
    pub analysed: Option<Analysed>,
    /// The analysis of the current generation failed (issue 16.5): it is
    /// not retried until the text or date changes.
    pub failed: Option<Failure>,
    /// The engine's output before corrections and the generation it was
    /// computed at: corrections are re-applied to it when they change.
    pub raw: Option<(u64, Rc<Analysis>)>,
    /// A long text's corrected analysis is being computed off the main
    /// thread: the job's token ([`super::deferred`]).
    pub fixing: Option<u64>,
}

/// An analysis that failed (a wasm trap in the worker, such as running out
/// of memory), for the generation of the text it was run on.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The [`Live::generation`] whose analysis failed.
    pub generation: u64,
    /// What the worker reported, in words.
    pub reason: String,
}

/// What the date field says about the date it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// The user typed it.
    User,
    /// It came with the document (file, import, example).
    Given,
    /// The engine found it printed near the top of the text.
    Text,
    /// The engine read a year-less dateline's month and day and inferred the year (from
    /// the lead's weekday, up to today): worth a look.
    Dateline,
    /// None anywhere: relative dates stay relative.
    None,
    /// Not known yet: the text is being analysed.
    Pending,
}

impl DateSource {
    /// The words under the date field.
    pub fn describe(self) -> &'static str {
        match self {
            DateSource::User => "you set it",
            DateSource::Given => "came with the document",
            DateSource::Text => "found in the text",
            DateSource::Dateline => "from the dateline; its year is a guess — check it",
            DateSource::None => "none found — relative dates are left relative",
            DateSource::Pending => "",
        }
    }
}

/// An analysis paired with the text and generation it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    /// The [`Live::generation`] the analysis was computed at.
    pub generation: u64,
    /// The exact text analysed: the analysis' code point offsets index this,
    /// which may be older than the document's text.
    pub text: Rc<str>,
    /// The engine's result for `text` (the JSONL contract), corrections applied.
    pub analysis: Rc<Analysis>,
}

/// A document of the state: the saved document (its fields through
/// `Deref`: `id`, `name`, `text`, `date`, `added_at`) and what the page
/// knows of it.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The document as saved in the workspace.
    pub saved: &'a ws::Document,
    /// What the page knows of it.
    pub live: &'a Live,
}

impl Deref for Doc<'_> {
    type Target = ws::Document;

    fn deref(&self) -> &ws::Document {
        self.saved
    }
}

impl<'a> Doc<'a> {
    /// The generation of its current text and date.
    pub fn generation(&self) -> u64 {
        self.live.generation
    }

    /// The latest analysis (maybe of an older text: see [`Doc::is_stale`]).
    pub fn analysed(&self) -> Option<&'a Analysed> {
        self.live.analysed.as_ref()
    }

    /// The untouched example article.
    pub fn example(&self) -> bool {
        self.live.example
    }

    /// True while the shown analysis is older than the text (or missing).
    pub fn is_stale(&self) -> bool {
        self.live
            .analysed
            .as_ref()
            .is_none_or(|a| a.generation != self.live.generation)
    }

    /// Why the analysis of the current text failed, if it did.
    pub fn failure(&self) -> Option<&'a str> {
        self.live
            .failed
            .as_ref()
            .filter(|f| f.generation == self.live.generation)
            .map(|f| f.reason.as_str())
    }

    /// The analysis of this very text and date, if done.
    fn current(&self) -> Option<&'a Analysed> {
        self.live
            .analysed
            .as_ref()
            .filter(|a| a.generation == self.live.generation)
    }

    /// The date to show in the date field: the document's, else the one the
    /// engine found in the text.
    pub fn shown_date(&self) -> String {
        if let Some(d) = &self.saved.date {
            return d.clone();
        }
        // Only the analysis of this very text: a date found in the previous
        // article is never shown for a pasted new one.
        self.current()
            .and_then(|a| a.analysis.date.as_deref())
            .map(|d| d.chars().take(10).collect())
            .unwrap_or_default()
    }

    /// Where the shown date comes from (see [`Doc::shown_date`]).
    pub fn date_source(&self) -> DateSource {
        if self.saved.date.is_some() {
            return match self.saved.date_by_user {
                true => DateSource::User,
                false => DateSource::Given,
            };
        }
        match self.current() {
            None => DateSource::Pending,
            Some(a) if a.analysis.date.is_some() => match a.analysis.date_source.as_deref() {
                Some("dateline") => DateSource::Dateline,
                _ => DateSource::Text,
            },
            Some(_) => DateSource::None,
        }
    }

    /// What the engine said about this text and date (a given date its dateline
    /// contradicts, the order numeric dates were read in), empty until analysed.
    pub fn warnings(&self) -> &'a [String] {
        self.current().map_or(&[], |a| &a.analysis.warnings)
    }

    /// [`Doc::warnings`] as the page shows them under the date field: each a sentence,
    /// its first letter a capital (the engine writes them for the command line and the
    /// JSON, lower-case: "the text is dated ...").
    pub fn shown_warnings(&self) -> Vec<String> {
        self.warnings()
            .iter()
            .map(|w| super::words::sentence(w))
            .collect()
    }

    /// The text's own date (YYYY-MM-DD) when the date in the field differs from it.
    pub fn text_date(&self) -> Option<&'a str> {
        self.current().and_then(|a| a.analysis.text_date.as_deref())
    }

    /// What to hand the engine.
    pub fn input(&self) -> DocumentInput {
        self.saved.input()
    }
}
