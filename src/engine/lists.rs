//! Names in lists take their neighbours' kind, after typing. Places named beside places: "born
//! in Tarnby, Holstead", "ferries to Orla, Vessby and Kark", "Tarnby & Holstead councils". A name
//! the tagger read as a person (an unlisted word, often also a surname) that is joined to a place
//! by a comma, "and", "or" or "&" alone, with no person's evidence, is a place: a town's region
//! after it, or one more item of a list of places. Firms named beside firms with a comma
//! ("stakes in Siemens, Marlowe and Nokia") are firms; a pair joined by "and" alone is not
//! enough there ("talks between Putin and NATO"), and a single word that is a listed given name
//! stays a person. An organisation between two places of a list that no list or designator
//! makes one is a place ("the states of Gujarat, Tamil Nadu and Karnataka").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with such person mentions relabelled GPE (or ORG), and with them the other mentions of the
//! document written the same and read as a person with no role. A person keeps the label when something says
//! it is one: a role or title found for it, a listed given name opening two words, the document
//! writing its words inside a longer person's name ("Ann Holstead" … "Holstead"), or a verb or
//! any word other than a separator right after it ("In Tarnby, Holstead said ..."). Only names of
//! one or two words; the neighbouring place must be a GPE or LOC mention, with only the
//! separator between them, in the same sentence.
//!
//! *Architecture invariant:* reads the document, the lexicon and `[place_prepositions]` only; imports no other stage;
//! only relabels person mentions as places or organisations, and organisations as places (never
//! adds, drops or moves a name). Linear in the
//! mentions.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::text::Doc;
use std::collections::HashSet;

/// Is token text `w` a separator of a list or of a town and its region?
fn separator(w: &str) -> bool {
    matches!(w, "," | "and" | "or" | "&")
}

/// Relabel the people named in lists of places or of organisations (see the module
/// documentation).
pub fn type_lists(doc: &Doc, ms: &mut [TypedMention]) {
    relabel(doc, ms, Label::Gpe);
    relabel(doc, ms, Label::Org);
}

/// Relabel as `target` (GPE or ORG) the people named beside mentions of its kind.
fn relabel(doc: &Doc, ms: &mut [TypedMention], target: Label) {
    let org = target == Label::Org;
    let place = |m: &TypedMention| {
        if org {
            m.label == Label::Org
        } else {
            matches!(m.label, Label::Gpe | Label::Loc)
        }
    };
    if !ms.iter().any(place) {
        return;
    }
    // Words of people's names of two words or more: such a word alone is that person.
    let mut full_name_words: HashSet<&str> = HashSet::new();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
    {
        full_name_words.extend(m.tokens.clone().map(|i| doc.tok_text(i)));
    }
    let lx = lexicon();
    let preps = &words().place_prepositions;
    let mut buf = String::new();
    let n = doc.tokens.len();
    // Only the separator tokens between two mentions in one sentence ("," / "and" / ", and");
    // between organisations a comma ("Assad and ISIL" pairs a person with a body).
    let joined = |a: usize, b: usize| {
        a < b
            && b - a <= 2
            && doc.same_sentence(a, b)
            && (a..b).all(|i| separator(doc.tok_text(i)))
            && (!org || (a..b).any(|i| doc.tok_text(i) == ","))
    };
    // Forward, then backward: a place found passes on along the list ("Carlisle, Harrison and
    // Penrith"; "Harrison, Penrith and Carlisle").
    let mut found: HashSet<String> = HashSet::new();
    let order: Vec<usize> = (0..ms.len()).chain((0..ms.len()).rev()).collect();
    for k in order {
        let m = &ms[k];
        // An organisation between two places of a list, that no list or designator makes one
        // ("the states of Gujarat, Tamil Nadu and Karnataka"), is a place too.
        if !org && m.label == Label::Org && m.tokens.len() <= 2 && k > 0 {
            let (p, q) = (&ms[k - 1], ms.get(k + 1));
            let listed = m.tokens.clone().any(|i| {
                let w = doc.tok_text(i);
                crate::engine::shape::is_all_caps(w)
                    || lx
                        .get_any(w, &mut buf)
                        .is_some_and(|e| e.designator.is_some())
            }) || lx.get_any(doc.slice(m.start, m.end), &mut buf).is_some();
            let between = place(p)
                && joined(p.tokens.end, m.tokens.start)
                && q.is_some_and(|q| place(q) && joined(m.tokens.end, q.tokens.start));
            if between && !listed {
                let m = &mut ms[k];
                m.label = target;
                m.role = None;
            }
            continue;
        }
        if m.label != Label::Person || m.role.is_some() || m.tokens.len() > 2 {
            continue;
        }
        let (first, end) = (m.tokens.start, m.tokens.end);
        // A listed given name opening two words ("Ellen Carlisle") is a person's. A single
        // word that is also a given name ("Harrison") is a place only after a place that a
        // place preposition or a comma introduces ("to Carlisle, Harrison"), not after a
        // surname-like word opening a line ("London, Jack." in a list of authors), or when a
        // place preposition introduces it ("to Harrison and Penrith").
        let given = lx
            .get_any(doc.tok_text(first), &mut buf)
            .is_some_and(|e| e.given);
        if (given && (m.tokens.len() == 2 || org))
            || m.tokens
                .clone()
                .any(|i| full_name_words.contains(doc.tok_text(i)))
        {
            continue;
        }
        // What follows the name: the sentence's end or a separator (a region or list goes on
        // or stops), or a closing mark.
        let after_ok = end >= n
            || !doc.same_sentence(first, end)
            || matches!(
                doc.tok_text(end),
                "," | "." | ";" | ":" | ")" | "and" | "or" | "&"
            );
        if !after_ok {
            continue;
        }
        // Is the name at `p` said after a place preposition ("to"), or after a comma too?
        let introduced = |p: &TypedMention, comma: bool| {
            p.tokens.start > 0 && doc.same_sentence(p.tokens.start - 1, p.tokens.start) && {
                let w = doc.tok_text(p.tokens.start - 1);
                comma && w == "," || w.bytes().all(|b| b.is_ascii_lowercase()) && preps.contains(&w)
            }
        };
        let left = k.checked_sub(1).map(|j| &ms[j]).is_some_and(|p| {
            place(p) && joined(p.tokens.end, first) && (!given || introduced(p, true))
        });
        let right = (!given || introduced(m, false))
            && ms
                .get(k + 1)
                .is_some_and(|q| place(q) && joined(end, q.tokens.start));
        if left || right {
            let m = &mut ms[k];
            m.label = target;
            m.role = None;
            found.insert(doc.slice(m.start, m.end).to_string());
        }
    }
    // The same name elsewhere in the document, alone and read as a person with no role, is
    // that place too ("the line from Harrison" after "Bridgton and Harrison,").
    if found.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if m.label == Label::Person && m.role.is_none() && found.contains(doc.slice(m.start, m.end))
        {
            m.label = target;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_name_beside_a_place_in_a_list_or_after_a_town_is_a_place() {
        let got = names("Buses run to Carlisle, Harrison and Penrith.");
        for town in ["Carlisle", "Harrison", "Penrith"] {
            assert!(has(&got, town, "GPE"), "{town}: {got:?}");
        }
        let got = names("Flights leave Leeds for Grenada, Lowther and Barbados.");
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        let got = names("Reading list:\nParis, Harold.\nBerlin, Greta.\n");
        assert!(
            !has(&got, "Harold", "GPE") && !has(&got, "Greta", "GPE"),
            "{got:?}"
        );
    }

    #[test]
    fn an_organisation_between_places_of_a_list_is_a_place() {
        let got = names("The ban covers the Indian states of Gujarat, Tamil Nadu and Karnataka.");
        assert!(has(&got, "Tamil Nadu", "GPE"), "{got:?}");
        let got = names("Envoys from France, NATO and Germany met.");
        assert!(has(&got, "NATO", "ORG"), "{got:?}");
    }

    #[test]
    fn a_name_in_a_list_of_firms_is_a_firm_but_a_pair_with_and_is_not() {
        let got = names("Buyers included Kestrel Logistics, Fenwick, and Orvik Components.");
        assert!(has(&got, "Fenwick", "ORG"), "{got:?}");
        let got = names("Talks between Putin and NATO stalled.");
        assert!(has(&got, "Putin", "PERSON"), "{got:?}");
    }

    #[test]
    fn a_person_after_a_place_stays_a_person() {
        let got = names("In Exeter, Fenwick said the bridge was shut.");
        assert!(has(&got, "Fenwick", "PERSON"), "{got:?}");
        let got = names("Nora Fenwick lives in Exeter. Exeter, Fenwick and the mayor agreed.");
        assert!(
            !got.iter().any(|(t, l)| t == "Fenwick" && l != "PERSON"),
            "{got:?}"
        );
        let got = names("Talks in Oslo and Berlin involved Jonas Brekke and Mette Holm.");
        assert!(has(&got, "Mette Holm", "PERSON"), "{got:?}");
    }
}
