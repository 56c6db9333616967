//! Relation faults a session-21 trial found. All texts are written for these tests (invented
//! firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn goods_with_a_participle_after_a_number_are_bought() {
    // "armoured" after "eight" was read as the verb of a clause of its own ("eight armoured
    // vehicles"), so the purchase had no goods.
    for (text, item) in [
        (
            "Lithuania bought eight armoured vehicles from Nordvik.",
            "armoured vehicles",
        ),
        (
            "Lithuania bought the armoured vehicles from Nordvik.",
            "armoured vehicles",
        ),
        (
            "Lithuania bought eight refurbished helicopters from Nordvik.",
            "helicopters",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        let s = has(&r, RelationType::Supply, "Nordvik", "Lithuania")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(s.3, vec![item], "{text}");
    }
}

#[test]
fn vessels_sanctioned_under_their_owner_s_name_sanction_the_owner() {
    // The trial's sentence: the object names no vessel, only the firm whose vessels they are.
    for text in [
        "Kestrel Shipping owns the tanker Mirela. The Treasury sanctioned two other Kestrel vessels in June.",
        "Kestrel Shipping owns the tanker Mirela. In June the Treasury sanctioned a Kestrel tanker.",
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Sanction, "Treasury", "Kestrel Shipping")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
    // A flag is no owner.
    let r = rel(
        "The Treasury sanctioned two Panama tankers in June.",
        Some("2026-12-03"),
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Sanction), "{r:?}");
}

#[test]
fn a_share_owned_of_a_firm_is_ownership() {
    // "owns 22% of X" had no relation: the object is the share, the firm follows "of";
    // "owns a 22% stake in X" had none either ("owns" was no light verb before "stake in").
    for text in [
        "Halvorsen Marine owns 22% of Brandt Chemicals.",
        "Brandt Chemicals makes resins. Halvorsen Marine, which owns 22% of the company, opposed the deal.",
        "Halvorsen Marine owns a 22% stake in Brandt Chemicals.",
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Ownership, "Halvorsen Marine", "Brandt Chemicals")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}

#[test]
fn a_family_owns_as_a_party_of_its_own() {
    // "the Meier family" was merged into "Lukas Meier", and its "family" head named no party.
    let r = rel(
        "Lukas Meier runs Brandt Chemicals. The Meier family, which owns 22% of the company, opposed the deal.",
        Some("2026-12-03"),
    );
    has(
        &r,
        RelationType::Ownership,
        "Meier family",
        "Brandt Chemicals",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Lukas Meier",
            "Brandt Chemicals"
        )
        .is_none(),
        "{r:?}"
    );
}

#[test]
fn a_city_visited_is_no_party_to_a_meeting() {
    // Session 29's trial: "visited Lucknow" was a MEETING of the minister with the city. A
    // state stays a party ("visited Norway" below); capitals have tests of their own.
    let r = rel(
        "Chief Minister Arvind Tallow visited Lucknow on Monday. Later, Tallow visited Norway \
         and met Prime Minister Jonas Ravn.",
        Some("2026-12-03"),
    );
    assert!(
        !r.iter()
            .any(|x| x.0 == RelationType::Meeting && (x.1 == "Lucknow" || x.2 == "Lucknow")),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Meeting, "Arvind Tallow", "Jonas Ravn").is_some(),
        "{r:?}"
    );
    // Review: only a visit's place is dropped; talks held with a province keep it a party.
    let r = rel(
        "Premier Dana Holt met with Quebec on Monday.",
        Some("2026-12-03"),
    );
    assert!(
        has(&r, RelationType::Meeting, "Dana Holt", "Quebec").is_some(),
        "{r:?}"
    );
}
