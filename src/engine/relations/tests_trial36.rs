//! Relation faults the session-36 trial found: targets counted first and named in later
//! sentences, a state body signing a contract, vessels owned by a firm, holdings planned or
//! stated with "whose", subsidiaries named without a comma, and "the company" after a news
//! agency. All texts are written for these tests (invented people, firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn targets_counted_first_are_the_ones_named_after() {
    let text = "The Treasury on Friday sanctioned three firms and two people. The sanctioned \
                firms are Orlov Freight, Kama Metals and Tessaly Trading. The people are Ivan \
                Morozov and Petra Lind.";
    let r = rel(text, Some("2026-05-01"));
    for target in [
        "Orlov Freight",
        "Kama Metals",
        "Tessaly Trading",
        "Ivan Morozov",
        "Petra Lind",
    ] {
        has(&r, RelationType::Sanction, "Treasury", target)
            .unwrap_or_else(|| panic!("{target}: {r:?}"));
    }
    // Items split at semicolons, each with its own apposition.
    let text = "The Treasury designated two companies on Monday. The designated \
                entities are Vettor Shipping LLC, registered in Sharjah; and Brasko Oil Ltd of \
                Limassol, Cyprus.";
    let r = rel(text, Some("2026-05-01"));
    for target in ["Vettor Shipping LLC", "Brasko Oil Ltd"] {
        assert!(
            r.iter()
                .any(|x| x.0 == RelationType::Sanction && x.2 == target),
            "{target}: {r:?}"
        );
    }
    assert!(
        !r.iter().any(|x| x.2 == "Cyprus" || x.2 == "Sharjah"),
        "{r:?}"
    );
    // An object that does not count names no list after it.
    let text = "The Treasury sanctioned firms in Dubai on Friday. The firms are Kama Metals and \
                Tessaly Trading.";
    let r = rel(text, Some("2026-05-01"));
    assert!(
        has(&r, RelationType::Sanction, "Treasury", "Kama Metals").is_none(),
        "{r:?}"
    );
    // Prose after "are" is no list: it must open with a name.
    let text = "The Treasury sanctioned three firms on Friday. The firms are based in Dubai, \
                Reuters reported, and Kama Metals denied it.";
    let r = rel(text, Some("2026-05-01"));
    assert!(r.iter().all(|x| x.0 != RelationType::Sanction), "{r:?}");
}

#[test]
fn a_text_ending_inside_a_reading_is_read_without_a_fault() {
    for text in [
        "Halden Pharma, whose parent company is",
        "Halden Pharma, whose parent company is the Swiss",
        "The Treasury designated four companies. The",
        "The Treasury designated four companies. The designated",
        "The Treasury designated four companies. The designated firms are",
        "The tanker Grey Heron (",
        "The tanker Grey Heron (IMO 9123456",
    ] {
        let r = rel(text, Some("2026-05-01"));
        assert!(
            r.iter().all(|x| x.0 != RelationType::Sanction),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_state_body_signing_a_contract_buys_for_its_state() {
    for (text, buyer) in [
        (
            "Latvia's Ministry of Defence signed a contract last Tuesday with Kestrel Avionics \
             for 40 missiles.",
            "Latvia",
        ),
        (
            "The Ministry of Defence signed a contract with Kestrel Avionics for 40 missiles.",
            "Ministry of Defence",
        ),
    ] {
        let r = rel(text, Some("2026-05-01"));
        has(&r, RelationType::Supply, "Kestrel Avionics", buyer)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
    // A firm signing with a firm states no direction, after its state's possessive too.
    for text in [
        "Halden Pharma signed a contract with Kestrel Avionics for 40 missiles.",
        "France's Veloria Aero signed a deal with Kestrel Avionics for 50 jets.",
    ] {
        let r = rel(text, Some("2026-05-01"));
        assert!(
            r.iter().all(|x| x.0 != RelationType::Supply),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_vessel_named_earlier_is_owned_by_its_owner() {
    let text = "The tanker Grey Heron was listed. Officials said the Grey Heron is owned by \
                Vettor Shipping and managed by Brasko Marine Services.";
    let r = rel(text, Some("2026-05-01"));
    has(&r, RelationType::Ownership, "Vettor Shipping", "Grey Heron")
        .unwrap_or_else(|| panic!("{r:?}"));
    // The manager joined by "and" is no second owner.
    let owned = r.iter().filter(|x| x.0 == RelationType::Ownership).count();
    assert_eq!(owned, 1, "{r:?}");
}

#[test]
fn a_vessel_list_goes_on_past_a_bracket() {
    let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
        text: "The tankers Grey Heron (IMO 9123456) and Silver Tern (IMO 9654321) were listed."
            .into(),
        ..Default::default()
    });
    for name in ["Grey Heron", "Silver Tern"] {
        assert!(
            a.entities
                .iter()
                .any(|m| m.text == name && m.label == crate::engine::model::Label::Product),
            "{name}: {:?}",
            a.entities
        );
    }
}

#[test]
fn a_holding_planned_stated_with_whose_or_named_without_a_comma() {
    let r = rel(
        "Halden Pharma agreed to buy a 40% stake in Norvik Chemicals.",
        Some("2026-05-01"),
    );
    let x = has(
        &r,
        RelationType::Ownership,
        "Halden Pharma",
        "Norvik Chemicals",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(x.4, Modality::Hedged, "only agreed: {r:?}");
    // Holding on is holding.
    let r = rel(
        "Halden Pharma continued to hold a 40% stake in Norvik Chemicals.",
        Some("2026-05-01"),
    );
    let x = has(
        &r,
        RelationType::Ownership,
        "Halden Pharma",
        "Norvik Chemicals",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(x.4, Modality::Asserted, "{r:?}");
    for (text, owner, owned) in [
        (
            "Halden Pharma, whose parent company is the Swiss conglomerate Tessel Gruppe, \
             reported a loss.",
            "Tessel Gruppe",
            "Halden Pharma",
        ),
        (
            "The engines will be built by Tessel Group's subsidiary Ostrava Motors at its plant.",
            "Tessel Group",
            "Ostrava Motors",
        ),
    ] {
        let r = rel(text, Some("2026-05-01"));
        has(&r, RelationType::Ownership, owner, owned).unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}

#[test]
fn the_company_is_not_the_news_agency_that_reported_it() {
    let text = "Halden Pharma rose 3% after Reuters first reported the talks. Last year the \
                company acquired Norvik Chemicals.";
    let r = rel(text, Some("2026-05-01"));
    assert!(
        has(&r, RelationType::Ownership, "Reuters", "Norvik Chemicals").is_none(),
        "{r:?}"
    );
    // Alone, the agency is still the company meant.
    let text = "Reuters cut 50 jobs. Last year the company acquired Norvik Chemicals.";
    let r = rel(text, Some("2026-05-01"));
    has(&r, RelationType::Ownership, "Reuters", "Norvik Chemicals")
        .unwrap_or_else(|| panic!("{r:?}"));
}
