//! Relation faults a session-18 trial found: an infinitive a time expression cuts from its
//! verb, goods no list knows after a name or after "with", pronoun and first-object
//! recipients, goods with a number word before "of", a place of use named as a recipient, and
//! coordinated subjects read as employment. All texts are written for these tests (invented
//! firms, people and systems where the fault allows).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn an_infinitive_after_a_time_expression_takes_the_verbs_subject() {
    let r = rel(
        "Poland agreed on Thursday to deliver six more Krab howitzers to Ukraine.",
        Some("2026-03-20"),
    );
    let s = has(&r, RelationType::Supply, "Poland", "Ukraine").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.4, Modality::Asserted, "{r:?}");
    assert!(s.5.is_some(), "dated by Thursday: {r:?}");
    // A guard (passes before and after; the subject walk read it): refusal negates.
    let r = rel(
        "Halvard Systems refused last month to sell its Vestra radar units to Belarus.",
        Some("2026-03-20"),
    );
    let s = has(&r, RelationType::Supply, "Halvard Systems", "Belarus")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.4, Modality::Negated, "{r:?}");
}

#[test]
fn plural_goods_after_a_makers_name_are_goods() {
    let r = rel(
        "Sweden agreed last week to supply two Skarv-K coastal defence systems to Estonia, built by Marrow Industries.",
        Some("2026-03-20"),
    );
    let s = has(&r, RelationType::Supply, "Sweden", "Estonia").unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        s.3.iter().any(|i| i.contains("systems")),
        "the goods: {r:?}"
    );
    let r = rel(
        "Canada supplied Latvia with Tor-V air defence systems.",
        Some("2026-03-20"),
    );
    assert!(
        has(&r, RelationType::Supply, "Canada", "Latvia").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_pronoun_recipient_and_a_cut_double_object() {
    // "it" (no antecedent from coreference) is the recipient of the supply before it; the goods
    // the chunker read as the subject of "built".
    let r = rel(
        "The Netherlands has supplied Kyiv with Leopard tanks, and Norway sold it Vardo patrol boats built by Kystverk.",
        Some("2026-03-20"),
    );
    let s = has(&r, RelationType::Supply, "Norway", "Kyiv").unwrap_or_else(|| panic!("{r:?}"));
    assert!(s.3.iter().any(|i| i.contains("boats")), "{r:?}");
    // A double object the chunker cut after the verb (a participle read as a verb).
    let r = rel(
        "Denmark sold Ukraine armoured vehicles.",
        Some("2026-03-20"),
    );
    let s = has(&r, RelationType::Supply, "Denmark", "Ukraine").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.3, vec!["armoured vehicles"], "{r:?}");
    let r = rel(
        "Finland delivered Estonia guided rockets in May.",
        Some("2026-03-20"),
    );
    assert!(
        has(&r, RelationType::Supply, "Finland", "Estonia").is_some(),
        "{r:?}"
    );
}

#[test]
fn an_amount_after_at_least_is_the_goods_and_a_later_time_expression_dates() {
    let r = rel(
        "Belarus delivered at least 300 Korsak-4 attack drones to Armenia between June and August.",
        Some("2026-10-01"),
    );
    let s = has(&r, RelationType::Supply, "Belarus", "Armenia").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.5.as_deref(), Some("2026-06"), "{r:?}");
    // "since early 2024" dates the supply, past a long list of goods.
    let r = rel(
        "Serbia had supplied Moldova with guided missiles and thousands of mortar rounds since early 2024.",
        Some("2026-10-01"),
    );
    let s = has(&r, RelationType::Supply, "Serbia", "Moldova").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.5.as_deref(), Some("2024"), "{r:?}");
}

#[test]
fn a_place_of_use_is_no_recipient() {
    let r = rel(
        "Officials insisted Belarus had not shipped any rifles for use in Georgia.",
        Some("2026-10-01"),
    );
    assert!(
        has(&r, RelationType::Supply, "Belarus", "Georgia").is_none(),
        "{r:?}"
    );
    // A guard (passes before and after): the user of the goods named by a nationality.
    let r = rel(
        "Russia builds many drones. Lindqvist Optics sold lenses for use in Russian drones.",
        Some("2026-10-01"),
    );
    assert!(
        has(&r, RelationType::Supply, "Lindqvist Optics", "Russia").is_some(),
        "{r:?}"
    );
}

#[test]
fn coordinated_names_are_no_employment() {
    for text in [
        "Neither Corvane Logistics nor Mr Halloran answered calls on Monday.",
        "Corvane Logistics and Ms Ferreira declined to comment.",
    ] {
        let r = rel(text, Some("2026-10-01"));
        assert!(
            r.iter().all(|x| x.0 != RelationType::Employment),
            "{text}: {r:?}"
        );
    }
}
