//! Relation faults the session-32 (and one of the session-33) trials found. All texts are written for these tests (invented
//! people, firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn placing_a_party_under_a_restrictive_measure_is_a_sanction() {
    for (text, source, target) in [
        (
            "The European Union placed Harbin Ostrava Trading under an asset freeze.",
            "European Union",
            "Harbin Ostrava Trading",
        ),
        (
            "Canada put Velmar Shipping under sanctions last week.",
            "Canada",
            "Velmar Shipping",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Sanction, source, target).unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
    // Placed under anything else is no sanction.
    for text in [
        "Police placed Velmar Shipping under investigation.",
        "The city placed Velmar Shipping under a hiring freeze.",
    ] {
        let r = rel(text, None);
        assert!(
            r.iter().all(|x| x.0 != RelationType::Sanction),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn its_after_an_organisation_joined_by_and_is_that_organisation() {
    let text = "The European Union imposed sanctions on Castellan Trading SA and its chief executive, Helene Marchetti.";
    let r = rel(text, None);
    has(
        &r,
        RelationType::Employment,
        "Helene Marchetti",
        "Castellan Trading SA",
    )
    .unwrap_or_else(|| panic!("{text}: {r:?}"));
    assert!(
        has(
            &r,
            RelationType::Employment,
            "Helene Marchetti",
            "European Union"
        )
        .is_none(),
        "{r:?}"
    );
}

#[test]
fn a_spokesperson_for_a_named_body_is_employed_by_it() {
    for text in [
        "Mina Cho, a spokeswoman for the Ministry of Fisheries, said the quota held.",
        "A spokesman for Orvell Marine, Tomas Reid, declined to comment.",
    ] {
        let r = rel(text, None);
        assert!(
            r.iter().any(|x| x.0 == RelationType::Employment
                && (x.2 == "Ministry of Fisheries" || x.2 == "Orvell Marine")),
            "{text}: {r:?}"
        );
    }
    // A state after "for" is a portfolio, not an employer.
    let r = rel("Ann Reid, special envoy for Ukraine, said so.", None);
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
    // A title is needed: a candidate for a body does not work for it.
    let r = rel("Ann Reid, a candidate for Orvell Marine, said so.", None);
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
}

#[test]
fn a_contract_with_a_party_for_goods_is_their_supply() {
    for text in [
        "Norway signed a contract with Velmar Defence for 18 howitzers.",
        "Norway signed contracts with Velmar Defence for 18 howitzers.",
    ] {
        let r = rel(text, None);
        has(&r, RelationType::Supply, "Velmar Defence", "Norway")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
    // A firm's deal with another names no direction; a contract for no goods supplies nothing.
    let text = "Orvell Aero signed a deal with Velmar Air for 40 jets.";
    let r = rel(text, None);
    assert!(
        r.iter().all(|x| x.0 != RelationType::Supply),
        "{text}: {r:?}"
    );
    let text = "Norway signed a contract with Velmar Defence for two years.";
    let r = rel(text, None);
    assert!(
        r.iter().all(|x| x.0 != RelationType::Supply),
        "{text}: {r:?}"
    );
}

// Session 33's trial: a place describing an owner is not the owner.
#[test]
fn a_place_describing_the_owner_is_not_the_owner() {
    for (text, owner, owned) in [
        (
            "Kestrel Copper Ltd is a subsidiary of the Toronto-listed Ostrander Minerals Corp., filings show.",
            "Ostrander Minerals Corp.",
            "Kestrel Copper Ltd",
        ),
        (
            "Halvard Marine is owned by Bermuda reinsurer Brackmoor Re Ltd.",
            "Brackmoor Re Ltd",
            "Halvard Marine",
        ),
    ] {
        let r = rel(text, None);
        has(&r, RelationType::Ownership, owner, owned).unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert!(
            r.iter().all(|x| x.0 != RelationType::Ownership || x.1 == owner),
            "{text}: {r:?}"
        );
    }
    // A place alone still owns ("owned by the state of Norway").
    let text = "Helder Oil is owned by Norway.";
    let r = rel(text, None);
    has(&r, RelationType::Ownership, "Norway", "Helder Oil")
        .unwrap_or_else(|| panic!("{text}: {r:?}"));
}

// Session 33's trial: a body naming a person's office is not the sanctions' target.
#[test]
fn sanctions_on_a_bodys_officer_target_the_officer() {
    let text = "Canada imposed sanctions on Velmar Trading director Ilse Varga on Friday.";
    let r = rel(text, None);
    has(&r, RelationType::Sanction, "Canada", "Ilse Varga").unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        has(&r, RelationType::Sanction, "Canada", "Velmar Trading").is_none(),
        "{r:?}"
    );
    // A body alone, or joined to its owner, stays the target.
    let text = "Canada imposed sanctions on Velmar Trading and its owner.";
    let r = rel(text, None);
    has(&r, RelationType::Sanction, "Canada", "Velmar Trading").unwrap_or_else(|| panic!("{r:?}"));
}
