//! Relation faults the session-35 trial found: relative clauses, shares and adverbs before
//! "owned by", a parent set off after "its", sales in the passive and in an object relative
//! clause, targets after "including", and employers introduced by a description. All texts are
//! written for these tests (invented people, firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn a_relative_clause_supplies_what_the_tagger_read_the_wrong_way_round() {
    // "supplies" and "drones" are each a noun or a verb; after "which" the first is the verb.
    for (text, recipient) in [
        (
            "Norvik Chemicals, which supplies drones to Halden Pharma, said on Monday it would stop.",
            "Halden Pharma",
        ),
        (
            "Ostrava Motors, which supplies engines to Russia, denied any wrongdoing.",
            "Russia",
        ),
    ] {
        let r = rel(text, Some("2026-05-01"));
        let supplier = text.split(',').next().unwrap_or_default();
        has(&r, RelationType::Supply, supplier, recipient)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}

#[test]
fn a_share_or_an_adverb_before_owned_by_keeps_the_owner() {
    for text in [
        "Halden Pharma is 51% owned by Norvik Chemicals.",
        "Halden Pharma is 51 per cent owned by Norvik Chemicals.",
        "Halden Pharma, which is jointly owned by Norvik Chemicals and Tessel Group, said on Monday.",
    ] {
        let r = rel(text, Some("2026-05-01"));
        has(&r, RelationType::Ownership, "Norvik Chemicals", "Halden Pharma")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
    let r = rel(
        "Halden Pharma is jointly owned by Norvik Chemicals and Tessel Group.",
        None,
    );
    has(&r, RelationType::Ownership, "Tessel Group", "Halden Pharma").expect("both owners");
}

#[test]
fn a_parent_set_off_after_its_owns_the_firm_before_it() {
    let text = "Bluewater Shipping Ltd, which owns the tankers Amber Gull and Sea Wren, and its parent company, Tai Long Ocean Holdings, were sanctioned.";
    let r = rel(text, None);
    has(
        &r,
        RelationType::Ownership,
        "Tai Long Ocean Holdings",
        "Bluewater Shipping Ltd",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    // Not the other way round, and the tankers stay the firm's.
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Bluewater Shipping Ltd",
            "Tai Long Ocean Holdings"
        )
        .is_none(),
        "{r:?}"
    );
    has(
        &r,
        RelationType::Ownership,
        "Bluewater Shipping Ltd",
        "Sea Wren",
    )
    .expect("tanker");
    let r = rel(
        "Orvel Foods and its parent, Marrow Holdings, were fined.",
        None,
    );
    has(
        &r,
        RelationType::Ownership,
        "Marrow Holdings",
        "Orvel Foods",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
}

#[test]
fn a_firm_sold_in_the_passive_or_a_relative_clause_is_the_buyers() {
    for text in [
        "Halden Logistics was sold to Tessel Group in 2024.",
        "Halden Logistics, which Norvik Chemicals sold to Tessel Group in 2024, said on Monday.",
    ] {
        let r = rel(text, Some("2026-05-01"));
        let o = has(
            &r,
            RelationType::Ownership,
            "Tessel Group",
            "Halden Logistics",
        )
        .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(o.4, Modality::Asserted, "{text}");
        assert_eq!(o.5.as_deref(), Some("2024"), "{text}");
    }
    // A sale still to come is hedged.
    let r = rel("Halden Logistics will be sold to Tessel Group.", None);
    let o = has(
        &r,
        RelationType::Ownership,
        "Tessel Group",
        "Halden Logistics",
    )
    .expect("will");
    assert_eq!(o.4, Modality::Hedged);
    // Goods sold are no firm owned.
    let r = rel("The drones were sold to Russia.", None);
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
}

#[test]
fn targets_listed_after_including_are_sanctioned() {
    let r = rel(
        "The US Treasury sanctioned three firms, including Marlin Shipping and Orca Trading.",
        None,
    );
    has(&r, RelationType::Sanction, "US Treasury", "Marlin Shipping").expect("first");
    has(&r, RelationType::Sanction, "US Treasury", "Orca Trading").expect("second");
}

#[test]
fn a_description_between_of_and_the_name_gives_the_party() {
    let r = rel(
        "The EU froze the assets of insurer Tavrin Marine Sigorta on Monday.",
        Some("2026-05-01"),
    );
    has(
        &r,
        RelationType::Sanction,
        "European Union",
        "Tavrin Marine Sigorta",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    // The employer is the firm the nationality and the noun describe, not the nationality's
    // state; with no firm named after them, no employer.
    let r = rel(
        "Greece will buy gas. Marta Lind, chief executive of Greek utility Korvessa Energeia, signed the deal.",
        None,
    );
    has(
        &r,
        RelationType::Employment,
        "Marta Lind",
        "Korvessa Energeia",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    let r = rel(
        "Greece will buy gas. Marta Lind, chief executive of a Greek utility, signed the deal.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Marta Lind", "Greece").is_none(),
        "{r:?}"
    );
}

#[test]
fn goods_after_a_nationality_are_the_goods_of_a_trade() {
    let r = rel(
        "Norvik Trading supplied Iranian crude to Shandong Refining Co in March.",
        Some("2026-05-01"),
    );
    let s = has(
        &r,
        RelationType::Supply,
        "Norvik Trading",
        "Shandong Refining Co",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.3, vec!["crude"]);
}

#[test]
fn no_ownership_from_shares_sold_a_past_owner_or_a_description_running_into_a_verb() {
    for text in [
        "Shares of Halden Pharma were sold to Tessel Group.",
        "Halden Pharma's assets were sold to Tessel Group.",
        "Halden Pharma, formerly owned by Tessel Group, said on Monday.",
        "Halden Pharma's former owner, Tessel Group, said on Monday.",
        "Norvik Chemicals bought Halden Pharma from its owner, Tessel Group, in May.",
    ] {
        let r = rel(text, Some("2026-05-01"));
        assert!(
            has(&r, RelationType::Ownership, "Tessel Group", "Halden Pharma").is_none(),
            "{text}: {r:?}"
        );
    }
    // "to factories supplying X": the description ends at the verb; X receives nothing.
    let r = rel(
        "Norvik Trading supplied turbines to factories supplying Halden Pharma.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Norvik Trading", "Halden Pharma").is_none(),
        "{r:?}"
    );
}

#[test]
fn a_ministry_after_a_states_possessive_acts_for_the_state() {
    // One plain word between the possessive or nationality and the body ("defence").
    for text in [
        "Romania's defence ministry bought 54 tanks from Kessel Arms.",
        "Kessel Arms sold 54 tanks to Romania's defence ministry in March.",
        "Romania is rearming. The Romanian defence ministry bought 54 tanks from Kessel Arms.",
    ] {
        let r = rel(text, Some("2026-05-01"));
        has(&r, RelationType::Supply, "Kessel Arms", "Romania")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}
