//! The read-only HTML export: one self-contained file that any browser opens
//! without Annalist, showing each document with its names highlighted, the
//! entity table, the relations and the timeline, and carrying the full [`Bundle`] (documents,
//! analyses, corrections) as a JSON data block that Annalist can import back.
//!
//! The file runs no script at all: its Content-Security-Policy is
//! `default-src 'none'` (inline styles only), the text is HTML-escaped, and
//! the data block is a `type="application/json"` script with `<`, `>` and `&`
//! escaped so no text can close it.

use super::escape::{self, html_into};
use super::{svg, Bundle, CharCursor, Document, ExportError};
use crate::engine::model::RelationType;
use std::collections::HashMap;
use std::fmt::Write;

/// Id of the JSON data block inside an exported page.
pub const DATA_ID: &str = "annalist-data";

/// CSP of the exported page: nothing may load or run.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The highlight colours are the app's light theme's (`--person-bg` and the rest in
/// `www/style.css`), so an exported page reads like the app (UI trial 41: persons were orange
/// here, blue there).
const STYLE: &str = "
:root{color-scheme:light;font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff}
body{max-width:60rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5}
header p{color:#555}
article{border-top:1px solid #ccc;margin-top:1.5rem;padding-top:.5rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark.PERSON{background:#dbe9ff}mark.ORG{background:#eadfff}mark.GPE{background:#d8f3e0}mark.LOC{background:#d3f1f0}
mark.FAC{background:#eee3d6}mark.NORP{background:#ffe6cc}mark.ITEM{background:#ffdfe6}mark.PRODUCT{background:#fbe0f5}
mark.TIMEX{background:#fff2bf}mark.MONEY,mark.PERCENT,mark.QUANTITY,mark.CARDINAL,mark.ORDINAL{background:#ececec}
mark.EVENT,mark.LAW,mark.WORK_OF_ART,mark.LANGUAGE,mark.DATE,mark.TIME{background:#e4e8ee}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
.tl{overflow-x:auto}
";

/// The whole read-only page for `bundle`.
pub fn page(bundle: &Bundle, title: &str) -> Result<String, ExportError> {
    let json = serde_json::to_string(bundle)?;
    let mut s = String::new();
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"Annalist\"><title>{t}</title><style>{STYLE}</style></head>\n<body>\
         <header><h1>{t}</h1><p>Read-only export from Annalist: {n} document(s). \
         This file runs no code; open it in Annalist to edit.</p></header>\n",
        t = escape::html(title),
        n = bundle.documents.len(),
    );
    for (i, d) in bundle.documents.iter().enumerate() {
        document(&mut s, i, d);
    }
    let _ = write!(
        s,
        "<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>\n</body></html>\n",
        escape_json_for_script(&json)
    );
    Ok(s)
}

/// Read the [`Bundle`] back from an exported page.
pub fn read(page: &str) -> Result<Bundle, ExportError> {
    let open = format!("<script type=\"application/json\" id=\"{DATA_ID}\">");
    let start = page
        .find(&open)
        .map(|i| i + open.len())
        .ok_or(ExportError::NoData)?;
    let rest = page.get(start..).unwrap_or("");
    let end = rest
        .find("</script>")
        .ok_or(ExportError::UnterminatedData)?;
    Bundle::from_json(rest.get(..end).unwrap_or(""))
}

/// `<`, `>` and `&` as JSON escapes: valid JSON, and `</script>` or `<!--`
/// can no longer appear inside the data block.
fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for ch in json.chars() {
        match ch {
            '&' => out.push_str("\\u0026"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            c => out.push(c),
        }
    }
    out
}

fn document(s: &mut String, i: usize, d: &Document) {
    let a = &d.analysis;
    let name = match d.title() {
        t if t.is_empty() => format!("Document {}", i + 1),
        t => t,
    };
    let _ = write!(
        s,
        "<article class=\"doc\" id=\"doc-{}\"><h2>{}</h2>",
        i + 1,
        escape::html(&name)
    );
    if let Some(date) = &a.date {
        let _ = write!(s, "<p class=\"date\">Dated {}</p>", escape::html(date));
    }
    s.push_str("<div class=\"text\">");
    highlighted(s, d);
    s.push_str("</div>");
    let mut ents: Vec<_> = a.entity_list.iter().collect();
    crate::sort::sort_by(&mut ents, |x, y| {
        y.salience.total_cmp(&x.salience).then(x.name.cmp(&y.name))
    });
    if !ents.is_empty() {
        s.push_str("<table class=\"entities\"><thead><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Also</th></tr></thead><tbody>");
        for e in ents {
            let _ = write!(
                s,
                "<tr data-entity=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape::html(&e.id),
                escape::html(&e.name),
                e.label.display(),
                e.mentions,
                escape::html(&e.aliases.join(", "))
            );
        }
        s.push_str("</tbody></table>");
    }
    relations(s, d);
    if !a.events.is_empty() {
        // At its own size, scrolled sideways on a narrow screen: shrunk to the width of a
        // phone, its 12 px words were 5 px (trial 26).
        s.push_str("<h3>Timeline</h3><div class=\"tl\">");
        s.push_str(&svg::timeline(std::slice::from_ref(d)));
        s.push_str("</div>");
    }
    s.push_str("</article>\n");
}

/// The relations table: grouped by type, "source → target: items", the modality as a word,
/// the date and the sentence stating it.
fn relations(s: &mut String, d: &Document) {
    let a = &d.analysis;
    if a.relations.is_empty() {
        return;
    }
    let names: HashMap<&str, &str> = a
        .entity_list
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let name = |id: &str| escape::html(names.get(id).copied().unwrap_or(id));
    let mut cursor = CharCursor::new(&d.input.text);
    s.push_str("<h3>Relations</h3><table class=\"relations\"><thead><tr><th>Type</th><th>Relation</th><th>Items</th><th>Modality</th><th>Date</th><th>Sentence</th></tr></thead><tbody>");
    for kind in RelationType::ALL {
        for r in a.relations.iter().filter(|r| r.kind == kind) {
            let items: Vec<String> = r.details().map(|(i, suffix)| name(i) + suffix).collect();
            let sentence = cursor
                .slice(r.sentence[0], r.sentence[1])
                .trim()
                .to_string();
            let _ = write!(
                s,
                "<tr data-relation=\"{}\"><td>{}</td><td>{} → {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape::html(&r.id),
                kind.display(),
                name(&r.source),
                name(&r.target),
                items.join(", "),
                r.modality.as_str(),
                escape::html(r.date.as_deref().unwrap_or("")),
                escape::html(&sentence),
            );
        }
    }
    s.push_str("</tbody></table>");
}

/// One highlighted span of the text.
struct Mark<'a> {
    /// Code point offsets, end-exclusive.
    start: usize,
    end: usize,
    /// CSS class: the label (`PERSON`, ...) or `TIMEX`.
    class: &'a str,
    /// Tooltip: the entity's name or the time value.
    title: String,
}

/// The text with non-overlapping `<mark>`s for mentions and time expressions
/// (the first, longest span wins where they overlap).
fn highlighted(s: &mut String, d: &Document) {
    let a = &d.analysis;
    let names: HashMap<&str, &str> = a
        .entity_list
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let mut marks: Vec<Mark> = a
        .entities
        .iter()
        .map(|m| {
            let name = names.get(m.entity.as_str()).copied().unwrap_or(&m.text);
            Mark {
                start: m.start,
                end: m.end,
                class: m.label.as_str(),
                title: format!("{}: {name}", m.label.display()),
            }
        })
        .chain(a.timex.iter().map(|t| Mark {
            start: t.start,
            end: t.end,
            class: "TIMEX",
            title: format!("Time: {}", t.value),
        }))
        .filter(|m| m.start < m.end)
        .collect();
    crate::sort::sort_by(&mut marks, |x, y| {
        x.start.cmp(&y.start).then(y.end.cmp(&x.end))
    });
    let text = d.input.text.as_str();
    let mut cursor = CharCursor::new(text);
    let mut done = 0usize; // code points written so far
    for m in marks {
        if m.start < done {
            continue;
        }
        html_into(s, cursor.slice(done, m.start));
        let inner = cursor.slice(m.start, m.end);
        let _ = write!(s, "<mark class=\"{}\" title=\"", m.class);
        html_into(s, &m.title);
        s.push_str("\">");
        html_into(s, inner);
        s.push_str("</mark>");
        done = m.end;
    }
    let b = cursor.byte_at(done);
    html_into(s, text.get(b..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    /// The exported page highlights each type in the colour the app's light theme gives it.
    #[test]
    fn highlight_colours_are_the_apps() {
        let css = include_str!("../../www/style.css");
        let light = &css[..css.find("@media (prefers-color-scheme: dark)").unwrap()];
        let var = |name: &str| {
            let at = light.find(&format!("--{name}-bg:")).unwrap() + name.len() + 6;
            light[at..].trim_start()[..7].to_string()
        };
        for (class, name) in [
            ("PERSON", "person"),
            ("ORG", "org"),
            ("GPE", "gpe"),
            ("LOC", "loc"),
            ("FAC", "fac"),
            ("NORP", "norp"),
            ("ITEM", "item"),
            ("PRODUCT", "product"),
            ("TIMEX", "date"),
            ("ORDINAL", "num"),
            ("TIME", "misc"),
        ] {
            let rule = super::STYLE
                .split('}')
                .find(|r| {
                    r.split('{').next().is_some_and(|s| {
                        s.split(',')
                            .any(|s| s.trim().trim_start_matches("mark.") == class)
                    })
                })
                .unwrap_or_else(|| panic!("no rule for {class}"));
            assert!(
                rule.ends_with(&format!("background:{}", var(name))),
                "{class}: {rule}"
            );
        }
    }
}
