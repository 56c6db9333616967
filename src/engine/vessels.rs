//! Vessels, after typing: a ship's name is a PRODUCT (OntoNotes types vehicles so), wherever
//! the document names it.
//!
//! - A name opened by a vessel prefix written in capitals (`[vessel_prefixes]` of
//!   `data/lexicons/context_words.txt`: "HMS Dauntless", "TCG Barbaros", "MV Rena") is a
//!   PRODUCT, whatever the tagger read (an organisation, for the acronym).
//! - A name the text frames as a vessel ("the tanker Mirela", "the survey ship Aegaeo";
//!   `typing::after_vessel_noun`) makes every other mention written the same a PRODUCT:
//!   "Mirela then sailed" was a nationality, "Aegaeo had entered" a person.
//!
//! Input: the [`Doc`] and the typed mentions. Output: the same mentions, some relabelled.
//!
//! *Architecture invariant:* reads the document, the word lists and the typing stage's
//! vessel-frame test only; only relabels names (never values) to PRODUCT; never adds, drops or
//! moves a mention.

use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::is_all_caps;
use super::text::Doc;
use super::typing::after_vessel_noun;
use std::collections::HashSet;

/// Type the vessels (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut [TypedMention]) {
    let prefixed = |m: &TypedMention| {
        let w = doc.tok_text(m.tokens.start);
        m.tokens.len() >= 2
            && is_all_caps(w)
            && (words().vessel_prefixes.iter()).any(|p| p.eq_ignore_ascii_case(w))
    };
    let mut names: HashSet<&str> = HashSet::new();
    for m in ms.iter_mut().filter(|m| !m.label.is_value()) {
        let framed = m.label == Label::Product && after_vessel_noun(doc, m.tokens.start);
        if prefixed(m) || framed {
            m.label = Label::Product;
            m.country = None;
            m.capital_of = None;
            names.insert(doc.slice(m.start, m.end));
        }
    }
    if names.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let same = names.contains(doc.slice(m.start, m.end));
        if same && !m.label.is_value() && m.label != Label::Item {
            m.label = Label::Product;
            m.country = None;
            m.capital_of = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{DocumentInput, Label};

    fn labels(text: &str, name: &str) -> Vec<Label> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        (a.entities.iter())
            .filter(|m| m.text == name)
            .map(|m| m.label)
            .collect()
    }

    #[test]
    fn a_vessel_is_a_product_wherever_it_is_named() {
        let text = "The tanker Mirela loaded crude in July. Mirela then sailed to Fujairah, \
                    where Mirela anchored.";
        let got = labels(text, "Mirela");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|l| *l == Label::Product), "{got:?}");
    }

    #[test]
    fn a_prefixed_ship_name_is_a_product() {
        let text = "The navy sent two frigates, TCG Kemalreis and TCG Barbaros, while HMS \
                    Dauntless stayed in port.";
        for name in ["TCG Kemalreis", "TCG Barbaros", "HMS Dauntless"] {
            assert_eq!(labels(text, name), vec![Label::Product], "{name}");
        }
        // Not a prefix in lower case or alone.
        assert!(labels("The Tcg Group met.", "Tcg Group")
            .iter()
            .all(|l| *l != Label::Product));
    }
}
