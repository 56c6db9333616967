//! Name faults new users found on their own articles in session 12, each as a kind, on short
//! texts written for these tests (invented firms and people; through the public API,
//! `engine::analyze`): a firm's short name that is also its chief's surname, a legal-form name
//! cut at its first word, Title Case headlines, hyphenated nationality pairs, currencies
//! written out in words, and a description noun before a firm's name.

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-03-02".into()),
    })
}

/// Every named mention (not a resolved pronoun or description) as (surface, label).
fn all(a: &Analysis) -> Vec<(String, Label)> {
    a.entities
        .iter()
        .filter(|m| m.resolved.is_none())
        .map(|m| (m.text.clone(), m.label))
        .collect()
}

fn has(a: &Analysis, surface: &str, label: Label) -> bool {
    all(a).iter().any(|(t, l)| t == surface && *l == label)
}

#[test]
fn a_name_ending_in_a_legal_form_is_one_firm_from_its_first_capital() {
    for (text, firm) in [
        (
            "First Lantern Trading FZE paid for the diesel in cash.",
            "First Lantern Trading FZE",
        ),
        (
            "The fuel went to Varnholt Oils DMCC and First Kestrel Energy DMCC last spring.",
            "First Kestrel Energy DMCC",
        ),
        (
            "The seller was Prime Harbour FZCO, according to the invoice.",
            "Prime Harbour FZCO",
        ),
        (
            "Records list Orion Marine FZCO as the ship's manager.",
            "Orion Marine FZCO",
        ),
    ] {
        let a = run(text);
        assert!(has(&a, firm, Label::Org), "{text}: {:?}", all(&a));
    }
}
