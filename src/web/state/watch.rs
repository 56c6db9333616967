//! What the workspace bar shows across documents (issue 14.11: out of the
//! component): entities found in several documents, the watchlist's matches,
//! and the CSS that outlines watched entities in the document view, the
//! entity panel and the timeline. Pure Rust, tested natively.
//!
//! Input: each analysed document as (id, analysis) and the watchlist.
//! Output: a [`CrossDocs`], and from it [`flag_css`] for the shown document.

use std::collections::HashMap;
use std::rc::Rc;

use super::escape::css_string;
use crate::engine::model::{Analysis, Label};
use crate::workspace::watchlist::WatchMatch;
use crate::workspace::{merge_documents, Watchlist};

/// An entity found in several documents: its name, type and
/// `(document id, entity id)` in each.
pub type Shared = (String, Label, Vec<(String, String)>);

/// Names across the workspace's documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CrossDocs {
    /// Watched names found, with where and how often.
    pub hits: Rc<Vec<WatchMatch>>,
    /// Per document id, the ids of its entities on the watchlist.
    pub flagged: HashMap<String, Vec<String>>,
    /// Entities found in several documents (at most `max_shared`).
    pub shared: Rc<Vec<Shared>>,
}

/// Merge the documents' entities (time in the number of documents: the
/// caller memoizes) into entities found in several documents, at most
/// `max_shared` of them, and match the watchlist `list` against them.
pub fn cross_documents(
    docs: &[(String, Rc<Analysis>)],
    list: &Watchlist,
    max_shared: usize,
) -> CrossDocs {
    // One document shares nothing, and with no watchlist nothing else is read
    // from the merge (a 2 MB text's: about 20 ms of the task that drew it).
    if docs.len() < 2 && list.entries.is_empty() {
        return CrossDocs::default();
    }
    let corpus = merge_documents(docs);
    let shared: Vec<Shared> = corpus
        .iter()
        .filter(|c| c.documents.len() > 1)
        .take(max_shared)
        .map(|c| {
            let refs = c
                .documents
                .iter()
                .map(|d| (d.doc.clone(), d.entity.clone()))
                .collect();
            (c.name.clone(), c.label, refs)
        })
        .collect();
    let mut out = CrossDocs {
        shared: Rc::new(shared),
        ..CrossDocs::default()
    };
    if list.entries.is_empty() {
        return out;
    }
    let index = list.index();
    out.hits = Rc::new(index.corpus_matches(list, &corpus));
    for (doc, a) in docs {
        let ids = index.flag(a).into_iter().map(|h| h.entity).collect();
        out.flagged.insert(doc.clone(), ids);
    }
    out
}

/// CSS outlining the watched entities of document `doc` in the document
/// view and the entity panel, and marking the timeline events (points, bars
/// and list rows, which carry `data-doc` and `data-who`) in which a watched
/// entity of any document takes part. Empty when nothing is watched. Ids are
/// escaped ([`css_string`]); the order is stable, so the style element is
/// not rewritten on every render.
pub fn flag_css(doc: &str, flagged: &HashMap<String, Vec<String>>) -> String {
    let own = flagged
        .get(doc)
        .filter(|ids| !ids.is_empty())
        .map(|ids| {
            let sel: Vec<String> = ids
                .iter()
                .map(|id| {
                    let id = css_string(id);
                    format!(
                        "[aria-label=\"Document\"] mark[data-entity=\"{id}\"], [aria-label=\"Entities\"] [data-entity=\"{id}\"]"
                    )
                })
                .collect();
            format!(
                "{} {{ outline: 2px dashed var(--focus); outline-offset: 2px; }}",
                sel.join(",\n")
            )
        })
        .unwrap_or_default();
    own + &timeline_flag_css(flagged)
}

fn timeline_flag_css(flagged: &HashMap<String, Vec<String>>) -> String {
    let mut sel = Vec::new();
    for (doc, ids) in flagged {
        for id in ids {
            sel.push(format!(
                "[data-doc=\"{}\"][data-who~=\"{}\"]",
                css_string(doc),
                css_string(id)
            ));
        }
    }
    if sel.is_empty() {
        return String::new();
    }
    crate::sort::sort(&mut sel); // HashMap order would rewrite the style element on every render
    let each = |suffix: &str| {
        sel.iter()
            .map(|s| format!("[aria-label=\"Timeline\"] {s}{suffix}"))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    format!(
        "\n{} {{ stroke: var(--focus) !important; stroke-width: 3px; }}\n{} {{ content: \"⚑ \"; color: var(--focus); }}\n",
        each(" :is(.dot, .bar, .vague)"),
        each(" .event-label::before"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::DocumentInput;
    use crate::workspace::parse_csv;

    fn analyse(id: &str, text: &str) -> (String, Rc<Analysis>) {
        let input = DocumentInput {
            id: id.into(),
            text: text.into(),
            date: Some("2024-05-06".into()),
        };
        (id.into(), Rc::new(crate::engine::analyze(&input)))
    }

    #[test]
    fn a_name_in_two_documents_is_shared_and_a_watched_one_is_flagged_in_both() {
        let docs = [
            analyse(
                "a",
                "Ingrid Solberg opened the new ferry terminal in Bergen.",
            ),
            analyse("b", "Ingrid Solberg later visited a shipyard in Stavanger."),
            analyse("c", "Rain fell all day."),
        ];
        let none = cross_documents(&docs, &Watchlist::default(), 40);
        let names: Vec<&str> = none.shared.iter().map(|s| s.0.as_str()).collect();
        assert!(names.contains(&"Ingrid Solberg"), "{names:?}");
        let solberg = none.shared.iter().find(|s| s.0 == "Ingrid Solberg");
        let in_docs: Vec<&str> = solberg
            .map(|s| s.2.iter().map(|(d, _)| d.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(in_docs, ["a", "b"]);
        assert!(none.hits.is_empty() && none.flagged.is_empty());
        assert_eq!(flag_css("a", &none.flagged), "");
        assert!(cross_documents(&docs, &Watchlist::default(), 0)
            .shared
            .is_empty());

        let list = parse_csv("name,aliases,note\nIngrid Solberg,,mayor\n").watchlist;
        let got = cross_documents(&docs, &list, 40);
        assert_eq!(got.hits.len(), 1);
        assert_eq!(got.hits[0].documents, 2);
        assert_eq!(got.flagged["a"].len(), 1);
        assert!(got.flagged["c"].is_empty());
        let css = flag_css("a", &got.flagged);
        let id = &got.flagged["a"][0];
        assert!(css.contains(&format!("mark[data-entity=\"{}\"]", css_string(id))));
        assert!(css.contains("[data-doc=\"b\"]"), "{css}");
        // Stable: the same CSS however the map iterates.
        assert_eq!(css, flag_css("a", &got.flagged.clone()));
        // Another document shown: no outline of a's entities, the timeline marks stay.
        let other = flag_css("c", &got.flagged);
        assert!(!other.contains("mark[data-entity") && other.contains("[data-doc=\"a\"]"));
    }

    #[test]
    fn one_document_shares_nothing_but_its_watched_names_are_still_found() {
        let docs = [analyse(
            "a",
            "Ingrid Solberg opened the new ferry terminal in Bergen. Solberg spoke briefly.",
        )];
        assert_eq!(
            cross_documents(&docs, &Watchlist::default(), 40),
            CrossDocs::default()
        );
        let list = parse_csv("name,aliases,note\nIngrid Solberg,,mayor\n").watchlist;
        let got = cross_documents(&docs, &list, 40);
        assert!(got.shared.is_empty());
        assert_eq!(got.hits.len(), 1);
        assert_eq!(got.flagged["a"].len(), 1);
    }

    #[test]
    fn ids_from_a_file_cannot_break_out_of_the_style_element() {
        let flagged =
            HashMap::from([("d\"}</style>".to_string(), vec!["E1\"] { x }".to_string()])]);
        let css = flag_css("d\"}</style>", &flagged);
        assert!(
            !css.contains("</style>") && !css.contains("\"] { x }"),
            "{css}"
        );
    }
}
