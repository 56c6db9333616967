//! File import: .txt, .md and .html files → documents.
//!
//! Input: a file name and its contents. Output: a [`Seed`] (name, plain
//! text, publication date when the file states one). HTML is parsed with the
//! browser's `DOMParser` (never inserted in the page): scripts, styles,
//! navigation, headers, footers, asides and forms are dropped, and the text
//! of `<article>` or `<main>` (else `<body>`) is kept, one paragraph per block.
//! Event-handler attributes are renamed before parsing ([`crate::web::state::markup`]):
//! parsed, each one was a CSP violation report in the console.
//! Markdown loses its heading marks, emphasis and link targets. A read-only
//! page exported by Annalist gives back the documents it carries.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::web::state::files::export_workspace;
use crate::web::state::{words, Seed};
use crate::workspace::Workspace;

/// Elements whose content is never article text.
const SKIP: [&str; 14] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "figure",
];

/// Elements that end a paragraph.
const BLOCK: [&str; 22] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "br",
    "hr",
    "dd",
    "dt",
];

/// What opening a file gives.
pub enum Opened {
    /// Documents to add (an article file).
    Seeds(Vec<Seed>),
    /// A read-only page exported by Annalist: its documents with the
    /// corrections it was exported with (issue 14.8), to import as a workspace.
    Export(Workspace),
    /// A file with no text (empty, only white space, or markup without
    /// words): nothing to open; the page says so ([`words::empty_file`]).
    Empty,
}

/// Open a file: a read-only page exported by Annalist gives back its
/// documents and corrections (see [`export_workspace`]; `now` stamps them),
/// any other file the one document [`seed_from_file`] reads, unless it has
/// no text ([`Opened::Empty`]).
pub fn open_file(name: &str, content: &str, now: &str) -> Opened {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        if let Ok(bundle) = crate::web::share::read_export(content) {
            return Opened::Export(export_workspace(bundle, name, now));
        }
    }
    let seed = seed_from_file(name, content);
    if words::blank(&seed.text) {
        return Opened::Empty;
    }
    Opened::Seeds(vec![seed])
}

/// A document from a file's name and text.
pub fn seed_from_file(name: &str, content: &str) -> Seed {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        let (title, text, date) = html_to_text(content);
        Seed {
            name: if title.is_empty() {
                name.to_string()
            } else {
                title
            },
            text,
            date,
        }
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Seed {
            name: name.to_string(),
            text: markdown_to_text(content),
            date: None,
        }
    } else {
        Seed {
            name: name.to_string(),
            text: content.to_string(),
            date: None,
        }
    }
}

/// (title, article text, publication date) of an HTML page.
pub fn html_to_text(html: &str) -> (String, String, Option<String>) {
    let Ok(parser) = DomParser::new() else {
        return (String::new(), html.to_string(), None);
    };
    // Handler attributes renamed first: parsed, each one is a CSP report (markup).
    let inert = crate::web::state::markup::inert(html);
    let Ok(doc) = parser.parse_from_string(&inert, SupportedType::TextHtml) else {
        return (String::new(), html.to_string(), None);
    };
    let date = [
        "meta[property='article:published_time']",
        "meta[name='date']",
        "meta[itemprop='datePublished']",
        "meta[name='pubdate']",
    ]
    .iter()
    .find_map(|q| {
        doc.query_selector(q)
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
    })
    .or_else(|| {
        doc.query_selector("article time[datetime], time[datetime]")
            .ok()
            .flatten()
            .and_then(|t| t.get_attribute("datetime"))
    })
    .and_then(|d| iso_day(&d));
    let title = doc
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .or_else(|| {
            doc.query_selector("title")
                .ok()
                .flatten()
                .and_then(|t| t.text_content())
        })
        .map(|t| collapse(&t).trim().to_string())
        .unwrap_or_default();
    let root: Option<Element> = ["article", "main", "[role='main']", "body"]
        .iter()
        .find_map(|q| doc.query_selector(q).ok().flatten());
    let mut out = String::new();
    if let Some(root) = root {
        walk(root.as_ref(), &mut out);
    }
    (title, out.trim().to_string(), date)
}

/// The `YYYY-MM-DD` prefix of an ISO date or timestamp.
fn iso_day(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    ok.then(|| d.to_string())
}

/// Runs of white space → one space (kept at the ends: the caller trims).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

fn paragraph_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

fn walk(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                let t = collapse(&child.text_content().unwrap_or_default());
                let t = if out.is_empty() || out.ends_with('\n') || out.ends_with(' ') {
                    t.trim_start().to_string()
                } else {
                    t
                };
                out.push_str(&t);
            }
            Node::ELEMENT_NODE => {
                let Some(el) = child.dyn_ref::<Element>() else {
                    continue;
                };
                let tag = el.local_name().to_ascii_lowercase();
                if SKIP.contains(&tag.as_str()) || el.has_attribute("hidden") {
                    continue;
                }
                let block = BLOCK.contains(&tag.as_str());
                if block {
                    paragraph_break(out);
                }
                walk(&child, out);
                if block {
                    paragraph_break(out);
                }
            }
            _ => {}
        }
    }
}

/// Markdown → plain text: heading marks, emphasis and link targets dropped.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let l = line.trim_start_matches('#');
        let l = if l.len() != line.len() {
            l.trim_start()
        } else {
            line
        };
        let l = l.replace("**", "").replace("__", "");
        // [text](target) → text
        let mut rest = l.as_str();
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            match after.find("](").and_then(|close| {
                after[close + 2..]
                    .find(')')
                    .map(|end| (close, close + 2 + end))
            }) {
                Some((close, end)) => {
                    out.push_str(&rest[..open]);
                    out.push_str(&after[..close]);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str(&rest[..open + 1]);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}
