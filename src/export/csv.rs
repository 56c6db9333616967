//! CSV exports (RFC 4180: comma-separated, CRLF line ends, fields quoted when
//! they hold a comma, quote or line break) of entities, mentions, events and relations,
//! one row per item across all documents, with `document` (its title) and
//! `document_id` columns. Each file starts with a UTF-8 byte-order mark so
//! spreadsheet programs read it as UTF-8.
//!
//! Cells that a spreadsheet would run as a formula (starting with `=`, `+`,
//! `-`, `@`, tab or CR) are quoted and prefixed with `'`, and a `=` after `;`
//! or `,` inside a cell gets a `'` too (opened with the other separator, it
//! would start a cell): a news text is untrusted input and "=HYPERLINK(...)"
//! must stay text when the file is opened in Excel, LibreOffice or Sheets.

use super::{CharCursor, Document};
use std::collections::HashMap;

/// Header and one row per merged entity.
pub fn entities(docs: &[Document]) -> String {
    let mut w = Writer::new(&[
        "document",
        "document_id",
        "id",
        "name",
        "label",
        "mentions",
        "salience",
        "aliases",
        "roles",
        "country",
    ]);
    for d in docs {
        let title = d.title();
        for e in &d.analysis.entity_list {
            w.row(&[
                &title,
                &d.analysis.id,
                &e.id,
                &e.name,
                e.label.as_str(),
                &e.mentions.to_string(),
                &super::decimal::fixed(e.salience.into(), 3),
                &e.aliases.join("; "),
                &e.roles.join("; "),
                e.country.as_deref().unwrap_or(""),
            ]);
        }
    }
    w.finish()
}

/// Header and one row per mention, with its code point span.
pub fn mentions(docs: &[Document]) -> String {
    let mut w = Writer::new(&[
        "document",
        "document_id",
        "entity",
        "label",
        "start",
        "end",
        "text",
        "actor",
    ]);
    for d in docs {
        let title = d.title();
        for m in &d.analysis.entities {
            w.row(&[
                &title,
                &d.analysis.id,
                &m.entity,
                m.label.as_str(),
                &m.start.to_string(),
                &m.end.to_string(),
                &m.text,
                m.actor.as_deref().unwrap_or(""),
            ]);
        }
    }
    w.finish()
}

/// Entity id → entity name, for one document.
fn entity_names(d: &Document) -> HashMap<&str, &str> {
    d.analysis
        .entity_list
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect()
}

/// Header and one row per event: its date, label, participants by name, the
/// sentence that states it, whether it is `planned` (true or false) and its
/// `timex_relation` (BEFORE, AFTER; empty when its time expression dates it), and who states
/// it when the text attributes it (`source`, by name, and the reporting words, `source_cue`:
/// "said", "according to"; both empty when the text states it itself). The newer columns come
/// after the older ones, so readers by position still work.
pub fn events(docs: &[Document]) -> String {
    let mut w = Writer::new(&[
        "document",
        "document_id",
        "id",
        "date",
        "label",
        "participants",
        "sentence",
        "planned",
        "timex_relation",
        "source",
        "source_cue",
    ]);
    for d in docs {
        let title = d.title();
        let names = entity_names(d);
        let mut cursor = CharCursor::new(&d.input.text);
        for ev in &d.analysis.events {
            let participants: Vec<&str> = ev
                .participants
                .iter()
                .map(|p| names.get(p.as_str()).copied().unwrap_or(p.as_str()))
                .collect();
            let sentence = cursor.slice(ev.sentence[0], ev.sentence[1]).trim();
            w.row(&[
                &title,
                &d.analysis.id,
                &ev.id,
                &ev.date,
                &ev.label,
                &participants.join("; "),
                sentence,
                if ev.planned { "true" } else { "false" },
                ev.timex_relation.as_deref().unwrap_or(""),
                ev.attribution.as_ref().map_or("", |a| a.source.as_str()),
                ev.attribution.as_ref().map_or("", |a| a.cue.as_str()),
            ]);
        }
    }
    w.finish()
}

/// Header and one row per relation: an edge list that spreadsheets and Gephi read
/// (`source` and `target` are entity names, so one name is one node across documents).
/// `items` are the goods' names (and an ownership's share, "32 percent stake") joined with "; ", `modality` is asserted, hedged or negated,
/// `date` the TimeML value when the text dates it, `sentence` the sentence stating it.
pub fn relations(docs: &[Document]) -> String {
    let mut w = Writer::new(&[
        "document",
        "document_id",
        "id",
        "source",
        "target",
        "type",
        "items",
        "modality",
        "date",
        "sentence",
    ]);
    for d in docs {
        let title = d.title();
        let names = entity_names(d);
        let name = |id: &str| names.get(id).copied().unwrap_or(id).to_string();
        let mut cursor = CharCursor::new(&d.input.text);
        for r in &d.analysis.relations {
            let items: Vec<String> = r.details().map(|(i, suffix)| name(i) + suffix).collect();
            let sentence = cursor.slice(r.sentence[0], r.sentence[1]).trim();
            w.row(&[
                &title,
                &d.analysis.id,
                &r.id,
                &name(&r.source),
                &name(&r.target),
                r.kind.as_str(),
                &items.join("; "),
                r.modality.as_str(),
                r.date.as_deref().unwrap_or(""),
                sentence,
            ]);
        }
    }
    w.finish()
}

struct Writer {
    out: String,
}

impl Writer {
    fn new(header: &[&str]) -> Self {
        // A UTF-8 byte-order mark first: without it Excel reads the file as
        // the local code page and shows "€" as "â‚¬".
        let mut w = Writer {
            out: String::from('\u{feff}'),
        };
        w.row(header);
        w
    }

    fn row(&mut self, cells: &[&str]) {
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_cell(&mut self.out, c);
        }
        self.out.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Append one cell: quoted when it holds a comma, quote or line break, and
/// defused (quoted, with `'` before the formula) when a spreadsheet could run
/// it: a cell starting with `=`, `+`, `-`, `@`, tab or CR, or holding `;=` or
/// `,=` (a formula that starts a cell of its own when the file is opened with
/// the other separator).
fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let hidden = cell.contains(";=") || cell.contains(",=");
    let quote = formula || hidden || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    let mut prev = None;
    for ch in cell.chars() {
        if ch == '"' {
            out.push('"');
        }
        if ch == '=' && matches!(prev, Some(',' | ';')) {
            out.push('\'');
        }
        out.push(ch);
        prev = Some(ch);
    }
    if quote {
        out.push('"');
    }
}
