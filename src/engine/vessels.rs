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
//! - Names joined to a vessel by "and" or a comma are vessels ("the vessels Cassia Star and
//!   Mirela", also past a bracket after it: "Cassia Star (IMO 9412345) and Mirela"), and the name written where no mention covers it is added ("the Aegaeo has").
//!
//! Input: the [`Doc`] and the typed mentions (text order). Output: the same mentions, some
//! relabelled, and PRODUCT mentions added where a vessel's name stands uncovered.
//!
//! *Architecture invariant:* reads the document, the word lists and the typing stage's
//! vessel-frame test only; only relabels names (never values) to PRODUCT and adds PRODUCT
//! mentions of a vessel's exact words; never drops or moves a mention.

use super::mention::TypedMention;
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use super::typing::{after_vessel_noun, vessel_prefixed};
use std::collections::HashSet;

/// The most tokens a bracket after a vessel's name may span to its ")" ("(IMO 9321457)"); it
/// must hold a number.
const MAX_BRACKET: usize = 8;

/// Type the vessels (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let prefixed = |m: &TypedMention| vessel_prefixed(doc, &m.tokens);
    // "the vessels Cassia Star and Mirela": joined to a vessel by "and" or a comma.
    // "Sea Lantern (IMO 9321457) and Amur Star": over a bracket right after the vessel.
    // Only a bracket holding a number (a registry number, "IMO 9321457"): "(pictured)" ends
    // the list.
    let bracket_end = |prev: usize| {
        if prev >= doc.tokens.len() || doc.tok_text(prev) != "(" {
            return None;
        }
        let close = (prev + 1..(prev + MAX_BRACKET).min(doc.tokens.len()))
            .find(|&k| doc.tok_text(k) == ")")?;
        (prev + 1..close)
            .any(|k| doc.tok_text(k).bytes().any(|b| b.is_ascii_digit()))
            .then_some(close)
    };
    let joined = |prev: usize, m: &TypedMention| {
        let prev = bracket_end(prev).map_or(prev, |k| k + 1);
        let gap = prev..m.tokens.start;
        (1..=2).contains(&gap.len()) && gap.clone().all(|k| matches!(doc.tok_text(k), "," | "and"))
    };
    let in_bracket =
        |prev: usize, m: &TypedMention| bracket_end(prev).is_some_and(|k| m.tokens.end <= k);
    add_framed(doc, ms);
    // The vessels' names, keyed by their words (one key per name however often it is framed:
    // a look-up per token and length below, not a scan of every name, so a text of thousands
    // of ships stays linear).
    // "the tankers Sable Crest, Orla and Grey Heron" where no mention covers "Orla": a run of
    // one to three capitalised words set off by a comma after a vessel and joined to the next
    // name by "and" or a comma is a vessel too, and so is that name.
    let unnamed = |prev: usize, m: &TypedMention| {
        if prev >= m.tokens.start || doc.tok_text(prev) != "," {
            return None;
        }
        let a = prev + 1;
        let b = (a..m.tokens.start.min(a + 3))
            .take_while(|&k| {
                doc.tokens[k].kind == TokenKind::Word && is_capitalised(doc.tok_text(k))
            })
            .last()?
            + 1;
        let gap = b..m.tokens.start;
        ((1..=2).contains(&gap.len())
            && gap.clone().all(|k| matches!(doc.tok_text(k), "," | "and"))
            && doc.same_sentence(prev, m.tokens.start))
        .then_some(a..b)
    };
    let mut names: HashSet<String> = HashSet::new();
    let mut longest = 0;
    let mut last_vessel: Option<usize> = None;
    for m in ms.iter_mut() {
        if m.label.is_value() || m.label == Label::Item {
            continue;
        }
        // "(IMO 9321457)" after a vessel's name leaves the list open.
        if last_vessel.is_some_and(|end| in_bracket(end, m)) {
            continue;
        }
        let framed = after_vessel_noun(doc, m.tokens.start);
        let run = last_vessel.and_then(|end| unnamed(end, m));
        if let Some(r) = &run {
            names.insert(key(doc, r.clone(), &mut String::new()).to_string());
            longest = longest.max(r.len());
        }
        if prefixed(m) || framed || run.is_some() || last_vessel.is_some_and(|end| joined(end, m)) {
            m.label = Label::Product;
            m.country = None;
            m.capital_of = None;
            names.insert(key(doc, m.tokens.clone(), &mut String::new()).to_string());
            longest = longest.max(m.tokens.len());
            last_vessel = Some(m.tokens.end);
        } else {
            last_vessel = None;
        }
    }
    if names.is_empty() {
        return;
    }
    let mut buf = String::new();
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter_mut() {
        covered[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
        let named = names.contains(key(doc, m.tokens.clone(), &mut buf));
        if named && !m.label.is_value() && m.label != Label::Item {
            m.label = Label::Product;
            m.country = None;
            m.capital_of = None;
        }
    }
    // "the Aegaeo has mapped": the name where no mention covers it (the longest first).
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let hit = (1..=longest.min(doc.tokens.len() - i)).rev().find(|&n| {
            !covered[i..i + n].iter().any(|c| *c) && names.contains(key(doc, i..i + n, &mut buf))
        });
        let Some(n) = hit else {
            i += 1;
            continue;
        };
        added.push(TypedMention::over(doc, i..i + n, Label::Product, 0.6));
        i += n;
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// The words of tokens `r`, one space between them, written into `buf`: a vessel's name as
/// compared, whatever white space the text puts between its words.
fn key<'b>(doc: &Doc, r: std::ops::Range<usize>, buf: &'b mut String) -> &'b str {
    buf.clear();
    for k in r {
        if !buf.is_empty() {
            buf.push(' ');
        }
        buf.push_str(doc.tok_text(k));
    }
    buf
}

/// "the survey ship Aegaeo" where the typing left no mention (its reading of a later
/// "the Aegaeo" as a person outvoted it): the capitalised words right after a vessel noun, up
/// to four in the sentence, become a PRODUCT mention.
fn add_framed(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter() {
        covered[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
    }
    let name_word = |k: usize| {
        doc.tokens[k].kind == crate::engine::text::TokenKind::Word
            && !covered[k]
            && doc.tok_text(k).starts_with(char::is_uppercase)
    };
    let mut added = Vec::new();
    for i in 1..doc.tokens.len() {
        if !name_word(i) || !after_vessel_noun(doc, i) {
            continue;
        }
        let mut end = i + 1;
        while end < doc.tokens.len()
            && end - i < 4
            && name_word(end)
            && doc.sentence_of(end) == doc.sentence_of(i)
        {
            end += 1;
        }
        added.push(TypedMention::over(doc, i..end, Label::Product, 0.6));
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
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
    fn framed_listed_and_repeated_vessels_are_products() {
        let text = "The survey ship Halcyon Dawn entered the area. Officials said the Halcyon \
                    Dawn has mapped the seabed before. He told him that the survey ship Aegaeo \
                    had entered an area, and that the Aegaeo has mapped the same seabed twice. Brekke Logistics manages the vessels \
                    Corran Star and Velma.";
        for name in ["Halcyon Dawn", "Corran Star", "Velma", "Aegaeo"] {
            let got = labels(text, name);
            assert!(!got.is_empty(), "{name} not found");
            assert!(got.iter().all(|l| *l == Label::Product), "{name}: {got:?}");
        }
        assert_eq!(labels(text, "Halcyon Dawn").len(), 2);
        assert_eq!(labels(text, "Aegaeo").len(), 2);
    }

    #[test]
    fn a_headline_opened_by_a_vessel_noun_names_no_vessel() {
        for (text, words) in [
            (
                "Ferry Line Resumes\nThe ferry to Gozo resumed on Monday.",
                "Line Resumes",
            ),
            (
                "Tanker Seized Off Oman\nThe ship was boarded on Monday.",
                "Seized Off Oman",
            ),
        ] {
            assert!(labels(text, words).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_no_mention_covers_inside_a_list_of_vessels_is_a_vessel() {
        let text = "Officials named the tankers Sable Crest, Orla and Grey Heron.";
        for name in ["Sable Crest", "Orla", "Grey Heron"] {
            assert_eq!(labels(text, name), vec![Label::Product], "{name}");
        }
        // Not a run closed by anything but "and" or a comma ("Orla said").
        let text = "Officials named the tanker Sable Crest, Orla Byrne said on Monday.";
        assert!(labels(text, "Orla").is_empty(), "{text}");
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
