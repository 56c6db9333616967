//! Watchlist: names of interest imported from CSV, flagged when they appear.
//!
//! Input: CSV text with the columns name, aliases, note (aliases separated by
//! `;` or `|`), as exported by a spreadsheet: optional UTF-8 BOM, CRLF or LF,
//! quoted fields with `""` escapes and line breaks, an optional header row
//! (which may also reorder the columns or add others, ignored). Output: a
//! [`Watchlist`] and the rows that could not be read, each with the line
//! number it starts on. Matching is by [`fold`]ed name or alias against
//! entity names and aliases (case-, diacritics- and punctuation-insensitive),
//! through a hash index: linear in entities plus aliases.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::corpus::CorpusEntity;
use super::fold::fold;
use crate::engine::error::{LineError, LineReason};
use crate::engine::model::Analysis;

/// One name of interest.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WatchEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Watchlist {
    #[serde(default)]
    pub entries: Vec<WatchEntry>,
}

/// Result of [`parse_csv`]: the entries read and the rows rejected.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CsvImport {
    pub watchlist: Watchlist,
    pub errors: Vec<LineError>,
}

/// An entity that matches a watchlist entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchHit {
    /// Entity id (of the analysis, or of the corpus).
    pub entity: String,
    /// Index of the entry in the watchlist.
    pub entry: usize,
}

/// A watched name found in the workspace, as the watchlist panel lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchMatch {
    /// The corpus entity's name.
    pub name: String,
    /// The watchlist entry's note.
    pub note: String,
    /// Documents the entity appears in.
    pub documents: usize,
    /// Its mentions across them.
    pub mentions: usize,
}

/// One CSV record: its fields, the line it starts on, or why it is unreadable.
struct Record {
    line: usize,
    fields: Vec<String>,
    error: Option<LineReason>,
}

/// Split CSV text into records (RFC 4180, tolerant of LF and of quotes inside
/// unquoted fields, which are kept as text).
fn records(input: &str) -> Vec<Record> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut out = Vec::new();
    let mut line = 1usize;
    let mut chars = input.chars().peekable();
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut error = None;
        let mut quoted = false; // inside quotes
        let mut was_quoted = false; // this field was quoted and is closed
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    error = Some(LineReason::UnclosedQuote);
                }
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => {
                        quoted = false;
                        was_quoted = true;
                    }
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    '\r' => {}
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    break;
                }
                '"' if field.is_empty() && !was_quoted => quoted = true,
                _ if was_quoted => {
                    if error.is_none() && !c.is_whitespace() {
                        error = Some(LineReason::TextAfterQuote { found: c });
                    }
                }
                _ => field.push(c),
            }
        }
        fields.push(field);
        let blank = fields.len() == 1 && fields.first().is_some_and(|f| f.trim().is_empty());
        if !blank || error.is_some() {
            out.push(Record {
                line: start,
                fields,
                error,
            });
        }
    }
    out
}

/// Column positions of name, aliases and note.
struct Columns {
    name: usize,
    aliases: Option<usize>,
    note: Option<usize>,
    /// Without a header, more than three fields is an error.
    strict: bool,
}

fn header(fields: &[String]) -> Option<Columns> {
    let keys: Vec<String> = fields.iter().map(|f| fold(f)).collect();
    let find = |names: &[&str]| keys.iter().position(|k| names.contains(&k.as_str()));
    let name = find(&["name", "names", "full name", "entity"])?;
    Some(Columns {
        name,
        aliases: find(&["aliases", "alias", "aka", "also known as", "other names"]),
        note: find(&["note", "notes", "comment", "comments", "remarks"]),
        strict: false,
    })
}

/// Read a watchlist from CSV (see the module header). Never fails: bad rows
/// are listed in [`CsvImport::errors`] and skipped.
pub fn parse_csv(input: &str) -> CsvImport {
    let mut out = CsvImport::default();
    let mut cols = Columns {
        name: 0,
        aliases: Some(1),
        note: Some(2),
        strict: true,
    };
    for (i, r) in records(input).into_iter().enumerate() {
        if let Some(e) = r.error {
            out.errors.push(LineError::skipped(r.line, e));
            continue;
        }
        if i == 0 {
            if let Some(h) = header(&r.fields) {
                cols = h;
                continue;
            }
        }
        if cols.strict && r.fields.len() > 3 {
            out.errors.push(LineError::skipped(
                r.line,
                LineReason::TooManyFields {
                    fields: r.fields.len(),
                    expected: 3,
                },
            ));
            continue;
        }
        let get = |i: Option<usize>| {
            i.and_then(|i| r.fields.get(i))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let name = get(Some(cols.name));
        if fold(&name).is_empty() {
            out.errors
                .push(LineError::skipped(r.line, LineReason::NoName));
            continue;
        }
        let aliases = get(cols.aliases)
            .split(['|', ';'])
            .map(str::trim)
            .filter(|a| !fold(a).is_empty())
            .map(str::to_string)
            .collect();
        out.watchlist.entries.push(WatchEntry {
            name,
            aliases,
            note: get(cols.note),
        });
    }
    out
}

/// A lookup from folded names and aliases to entries.
pub struct WatchIndex {
    keys: HashMap<String, usize>,
}

impl Watchlist {
    /// Build the lookup (the first entry wins when two share a name).
    pub fn index(&self) -> WatchIndex {
        let mut keys = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                let k = fold(n);
                if !k.is_empty() {
                    keys.entry(k).or_insert(i);
                }
            }
        }
        WatchIndex { keys }
    }

    /// Add entries, skipping those whose name is already listed.
    pub fn extend(&mut self, other: Watchlist) {
        for e in other.entries {
            if !self.entries.iter().any(|x| fold(&x.name) == fold(&e.name)) {
                self.entries.push(e);
            }
        }
    }
}

impl WatchIndex {
    /// The entry matching any of these names.
    pub fn lookup<'a>(&self, names: impl IntoIterator<Item = &'a String>) -> Option<usize> {
        names
            .into_iter()
            .find_map(|n| self.keys.get(&fold(n)).copied())
    }

    /// Entities of one analysis that are on the watchlist.
    pub fn flag(&self, a: &Analysis) -> Vec<WatchHit> {
        self.hits(
            a.entity_list
                .iter()
                .map(|e| (&e.id, &e.name, e.aliases.as_slice())),
        )
    }

    /// Corpus entities that are on the watchlist.
    pub fn flag_corpus(&self, entities: &[CorpusEntity]) -> Vec<WatchHit> {
        self.hits(
            entities
                .iter()
                .map(|e| (&e.id, &e.name, e.aliases.as_slice())),
        )
    }

    /// The corpus entities on `list` (whose index this is), with the entry's
    /// note and how often they occur, in corpus order.
    pub fn corpus_matches(&self, list: &Watchlist, entities: &[CorpusEntity]) -> Vec<WatchMatch> {
        self.flag_corpus(entities)
            .into_iter()
            .filter_map(|h| {
                let c = entities.iter().find(|c| c.id == h.entity)?;
                let entry = list.entries.get(h.entry)?;
                Some(WatchMatch {
                    name: c.name.clone(),
                    note: entry.note.clone(),
                    documents: c.documents.len(),
                    mentions: c.mentions,
                })
            })
            .collect()
    }

    /// A hit for every (id, name, aliases) whose name or an alias is listed.
    fn hits<'a>(
        &self,
        entities: impl Iterator<Item = (&'a String, &'a String, &'a [String])>,
    ) -> Vec<WatchHit> {
        entities
            .filter_map(|(id, name, aliases)| {
                let entry = self.lookup(std::iter::once(name).chain(aliases))?;
                Some(WatchHit {
                    entity: id.clone(),
                    entry,
                })
            })
            .collect()
    }
}
