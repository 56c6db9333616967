//! Name faults a new user found on their own articles in session 11, each as a kind, on
//! short texts written for these tests (through the public API, `engine::analyze`): short
//! firm names, vessels after a vessel noun, products beside a product noun, stock tickers and
//! "the Chinese company".

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-03-02".into()),
    })
}

/// Every mention of `surface` as (label, entity id).
fn mentions<'a>(a: &'a Analysis, surface: &str) -> Vec<(Label, &'a str)> {
    a.entities
        .iter()
        .filter(|m| m.text == surface && m.resolved.is_none())
        .map(|m| (m.label, m.entity.as_str()))
        .collect()
}

fn all(a: &Analysis) -> Vec<(String, Label)> {
    a.entities
        .iter()
        .map(|m| (m.text.clone(), m.label))
        .collect()
}

#[test]
fn a_vessel_named_after_a_vessel_noun_is_a_product() {
    for (text, name) in [
        (
            "Coastguards stopped the dhow Al Noor near the reef on Sunday.",
            "Al Noor",
        ),
        (
            "Pirates boarded the bulk carrier Sea Falcon off the cape.",
            "Sea Falcon",
        ),
        ("The trawler Marta sank in heavy seas.", "Marta"),
        (
            "Crews freed the tug Brannoc Star from the ice.",
            "Brannoc Star",
        ),
        (
            "The LNG carrier Nordic Ember left the terminal late.",
            "Nordic Ember",
        ),
    ] {
        let a = run(text);
        let ms = mentions(&a, name);
        assert!(
            !ms.is_empty() && ms.iter().all(|(l, _)| *l == Label::Product),
            "{text}: {:?}",
            all(&a)
        );
    }
    // The vessel keeps its reading where it is named again without the noun.
    let a = run("Coastguards stopped the dhow Al Noor on Sunday. The crew of Al Noor were freed.");
    let ms = mentions(&a, "Al Noor");
    assert_eq!(ms.len(), 2, "{:?}", all(&a));
    assert!(ms.iter().all(|(l, _)| *l == Label::Product), "{ms:?}");
}
