//! Exports: turn analysed documents into files people can take elsewhere.
//!
//! Pure Rust, no web dependency, tested natively (`tests/export.rs`). The UI,
//! the JS API and the share feature call these; the browser only adds the
//! download.
//!
//! Input: [`Document`]s (the text as given plus the engine's
//! [`Analysis`], possibly corrected by the user). Output: strings.
//!
//! | function | output |
//! |---|---|
//! | [`to_jsonl`] | the CLI's JSONL contract, one `Analysis` a line |
//! | [`to_jsonl_documents`] | the same lines plus `text` and `name`: the app's export, which imports back |
//! | [`csv::entities`], [`csv::mentions`], [`csv::events`] | RFC 4180 CSV |
//! | [`csv::relations`] | RFC 4180 CSV edge list (source, target, type, items, modality, date, sentence) |
//! | [`timeline::timelinejs`] | TimelineJS 3 JSON (`{"title", "events"}`) |
//! | [`svg::timeline`] | a self-contained SVG timeline |
//! | [`summary::text`] | the CLI's readable summary of one analysis (types, times, relations, timeline) |
//! | [`html::page`] | one read-only HTML file with the data embedded, no script |
//! | [`fragment::encode`] / [`fragment::decode`] | a share-link fragment carrying compressed text |
//! | [`escape::html`], [`escape::css_ident`], [`escape::token`] | text made safe for HTML, CSS, ids |
//!
//! Offsets in an `Analysis` are code points; an imported (hence untrusted)
//! analysis may carry offsets out of range or out of order: every function
//! here clamps or skips them and never panics.

pub mod csv;
pub mod decimal;
pub mod escape;
pub mod fragment;
pub mod html;
pub mod summary;
pub mod svg;
pub mod timeline;
pub mod words;

use crate::engine::model::{Analysis, DocumentInput};
use serde::{Deserialize, Serialize};

/// One document and its analysis: the unit every export works on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document as given (id, text, date).
    pub input: DocumentInput,
    /// The engine's analysis of it, possibly corrected by the user.
    pub analysis: Analysis,
    /// The document's title as the user sees it (a tab name, a headline);
    /// empty when it has none. Every export names documents by
    /// [`Document::title`], never by bare id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Document {
    /// Analyse `input` with the engine.
    pub fn analyze(input: DocumentInput) -> Document {
        let analysis = crate::engine::analyze(&input);
        Document {
            input,
            analysis,
            name: String::new(),
        }
    }

    /// What exports call the document, in full: its [`Document::name`], else
    /// the headline of its text (first non-blank line that is not site
    /// boilerplate), else its id. A name the app cut for its tab (ending in
    /// "…" and a prefix of the headline) gives the whole headline: exports
    /// never carry a display-truncated title. A first line longer than
    /// [`words::EXPORT_CHARS`] (150) characters is a paragraph, not a
    /// headline: its first sentence, or its start cut at a word ([`words::title_of`]).
    pub fn title(&self) -> String {
        let headline = self
            .input
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !crate::engine::time::docdate::is_boilerplate(l))
            .map(|l| words::title_of(l, words::EXPORT_CHARS));
        let name = self.name.trim();
        if !name.is_empty() {
            let cut = name.strip_suffix('…').map(str::trim_end);
            return match (cut, headline) {
                (Some(c), Some(h)) if !c.is_empty() && h.starts_with(c) => h,
                _ => name.to_string(),
            };
        }
        match headline {
            Some(h) => h,
            None if self.analysis.id.is_empty() => self.input.id.clone(),
            None => self.analysis.id.clone(),
        }
    }
}

/// What a shared file carries: the documents (with their analyses, corrections
/// applied) and the user's corrections as the UI recorded them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Format tag, [`BUNDLE_FORMAT`]; lets a later version read old files.
    pub format: String,
    /// The documents, in the order they were exported.
    pub documents: Vec<Document>,
    /// The UI's correction log, kept opaque here (it is the UI's type).
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub corrections: serde_json::Value,
}

/// The current [`Bundle::format`].
pub const BUNDLE_FORMAT: &str = "annalist-bundle/1";

impl Bundle {
    /// A bundle of the current [`BUNDLE_FORMAT`].
    pub fn new(documents: Vec<Document>, corrections: serde_json::Value) -> Bundle {
        Bundle {
            format: BUNDLE_FORMAT.to_string(),
            documents,
            corrections,
        }
    }

    /// Parse a bundle read back from a file; rejects other formats.
    pub fn from_json(s: &str) -> Result<Bundle, ExportError> {
        let b: Bundle = crate::json::from_str(s).map_err(|e| ExportError::BadBundle {
            detail: e.to_string(),
        })?;
        if b.format != BUNDLE_FORMAT {
            return Err(ExportError::UnknownFormat { format: b.format });
        }
        Ok(b)
    }
}

/// Why an export, or reading back an exported file or share link, failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// serde_json could not serialise the data (not expected with these types).
    #[error("could not serialise: {source}")]
    Serialize {
        /// serde_json's error.
        #[from]
        source: serde_json::Error,
    },
    /// A bundle (exported page or file) whose JSON does not parse as one.
    #[error("not an Annalist bundle: {detail}")]
    BadBundle {
        /// The JSON parser's message.
        detail: String,
    },
    /// A bundle of another format than [`BUNDLE_FORMAT`].
    #[error("not an Annalist bundle: unknown format {format:?}")]
    UnknownFormat {
        /// The `format` the file gives.
        format: String,
    },
    /// A page without the data block of [`html::page`].
    #[error("no Annalist data in this page")]
    NoData,
    /// A page whose data block never ends.
    #[error("not an Annalist bundle: unterminated data block")]
    UnterminatedData,
    /// A share link whose payload is not base64url.
    #[error("share link: not base64url")]
    FragmentNotBase64,
    /// A share link whose payload does not inflate (corrupt, or over
    /// [`fragment::MAX_INFLATED`] bytes).
    #[error("share link: corrupt or too large")]
    FragmentCorrupt,
    /// A share link whose inflated payload is not a document.
    #[error("share link: bad document: {detail}")]
    FragmentBadDocument {
        /// The JSON parser's message.
        detail: String,
    },
    /// A share link (made or read) longer than [`fragment::MAX_ENCODED`].
    #[error("text too long for a share link ({length} characters once compressed; the limit is {limit})")]
    TooLong {
        /// Encoded length, in characters.
        length: usize,
        /// [`fragment::MAX_ENCODED`].
        limit: usize,
    },
}

/// The CLI's JSONL contract: one `Analysis` a line, in document order.
pub fn to_jsonl(docs: &[Document]) -> Result<String, ExportError> {
    let mut out = String::new();
    for d in docs {
        let line = serde_json::to_string(&d.analysis)?;
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// The app's own JSONL: each line is the CLI's `Analysis` line plus the
/// document's `text` and `name` (its [`Document::title`]), and `corrections`
/// (those of `corrections`, a JSON list of the UI's corrections, whose `doc`
/// is this line's `id` or absent, each with `seq`: its index in that list), so the file both reads as the contract
/// (extra keys, which readers ignore) and imports back into the app as
/// documents with their corrections (`workspace::import::jsonl` reads `id`,
/// `text`, `date`, `name` and `corrections`).
pub fn to_jsonl_documents(
    docs: &[Document],
    corrections: &serde_json::Value,
) -> Result<String, ExportError> {
    let mut out = String::new();
    let list = corrections
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    for d in docs {
        // Each correction with its place in the history (`seq`): corrections
        // apply in order, and a workspace-wide one is on every line, so the
        // importer needs the place to put them back in the order they were made.
        let mine: Vec<serde_json::Value> = list
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.get("doc")
                    .and_then(|x| x.as_str())
                    .is_none_or(|x| x == d.analysis.id)
            })
            .map(|(i, c)| {
                let mut c = c.clone();
                if let Some(o) = c.as_object_mut() {
                    o.insert("seq".into(), i.into());
                }
                c
            })
            .collect();
        // The contract's line with the extra keys spliced in before its
        // closing brace (no second serialiser for the whole model in wasm).
        let line = serde_json::to_string(&d.analysis)?;
        out.push_str(line.strip_suffix('}').unwrap_or(&line));
        let sep = if line.len() > 2 { "," } else { "" };
        out.push_str(sep);
        out.push_str("\"name\":");
        out.push_str(&serde_json::to_string(&d.title())?);
        out.push_str(",\"text\":");
        out.push_str(&serde_json::to_string(&d.input.text)?);
        if let (None, Some(date)) = (&d.analysis.date, &d.input.date) {
            out.push_str(",\"date\":");
            out.push_str(&serde_json::to_string(date)?);
        }
        if !mine.is_empty() {
            out.push_str(",\"corrections\":");
            out.push_str(&serde_json::to_string(&mine)?);
        }
        out.push_str("}\n");
    }
    Ok(out)
}

/// Code point → byte offset conversion for one text. It remembers where it
/// is and walks from there, forwards or backwards, so a run of requests in
/// (roughly) increasing order costs time linear in the text plus the
/// distances moved back; out-of-range requests clamp to the end.
pub(crate) struct CharCursor<'a> {
    text: &'a str,
    chars: usize,
    byte: usize,
}

impl<'a> CharCursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharCursor {
            text,
            chars: 0,
            byte: 0,
        }
    }

    /// Byte offset of code point `c` (clamped to the text's length).
    pub(crate) fn byte_at(&mut self, c: usize) -> usize {
        if c < self.chars {
            if c <= self.chars - c {
                // Closer to the start than to here.
                self.chars = 0;
                self.byte = 0;
            } else {
                let before = self.text.get(..self.byte).unwrap_or("");
                for ch in before.chars().rev() {
                    if self.chars == c {
                        break;
                    }
                    self.byte -= ch.len_utf8();
                    self.chars -= 1;
                }
                return self.byte;
            }
        }
        let mut rest = self.text.get(self.byte..).unwrap_or("").chars();
        while self.chars < c {
            match rest.next() {
                Some(ch) => {
                    self.byte += ch.len_utf8();
                    self.chars += 1;
                }
                // Past the end: stay clamped there (`chars` = the text's length).
                None => break,
            }
        }
        self.byte
    }

    /// The text between code points `start` and `end` ("" when inverted).
    pub(crate) fn slice(&mut self, start: usize, end: usize) -> &'a str {
        let s = self.byte_at(start);
        let e = self.byte_at(end.max(start));
        self.text.get(s..e).unwrap_or("")
    }
}

// proptest is a native-only dev-dependency (see Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::CharCursor;
    use proptest::prelude::*;

    proptest! {
        /// The cursor, moved to code points in any order (and past the end),
        /// lands where counting from the start lands.
        #[test]
        fn char_cursor_agrees_with_counting_from_the_start(
            text in prop_oneof![any::<String>(), "[aé€👍 ]{0,200}"],
            moves in prop::collection::vec(0usize..260, 1..30),
        ) {
            let mut cursor = CharCursor::new(&text);
            for c in moves {
                let want = text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
                prop_assert_eq!(cursor.byte_at(c), want);
            }
        }
    }
}
