//! Relation faults found by the session-47 trial: designations with no verb frame of their own
//! ("Among those designated is X", "X, who was also designated,", vessels "also identified as
//! blocked property"), vessels a firm owns, manages or operates, a unit's supplies, a completed
//! acquisition, aid deliveries, a bare corporate title in a one-firm story, "met President X".
//! All texts are written for these tests (invented firms, people and vessels).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

const DATE: Option<&str> = Some("2026-05-01");

#[test]
fn an_also_designated_passive_takes_the_earlier_sanctioner() {
    for (text, target) in [
        (
            "The Treasury on Tuesday sanctioned 14 firms that carry Venezuelan fuel. Among \
             those designated is Pellow Trading, a broker in Sharjah.",
            "Pellow Trading",
        ),
        (
            "The Treasury on Tuesday imposed sanctions on a network of fuel brokers. Among \
             those designated is Pellow Trading, a broker in Sharjah.",
            "Pellow Trading",
        ),
        (
            "The Treasury on Tuesday sanctioned Velmar Shipping. Tove Rasmussen, who was also \
             designated, chairs the firm.",
            "Tove Rasmussen",
        ),
        (
            "The Treasury on Tuesday designated a ring of fuel brokers. The action targets its \
             fleet. Pellow Trading was also designated.",
            "Pellow Trading",
        ),
    ] {
        let r = rel(text, DATE);
        assert!(
            has(&r, RelationType::Sanction, "Treasury", target).is_some(),
            "{text}: {r:?}"
        );
    }
    // No "also", an appointment, no asserted sanction before, or one too far back: nothing.
    for text in [
        "The Treasury on Tuesday sanctioned Velmar Shipping. Pellow Trading was designated \
         in 2019.",
        "The Treasury on Tuesday sanctioned Velmar Shipping. Tove Rasmussen was also \
         designated as the firm's chief executive.",
        "Analysts said the Treasury may sanction Velmar Shipping. Pellow Trading was also \
         designated.",
        "Velmar Shipping was sanctioned last year. Pellow Trading was also designated.",
        "The Treasury on Tuesday sanctioned Velmar Shipping. Velmar was founded in 2001. It \
         has offices in Oslo. Its fleet is large. Pellow Trading was also designated.",
        "The Treasury on Tuesday sanctioned Velmar Shipping. Pellow Trading was also named \
         in the report.",
    ] {
        let r = rel(text, DATE);
        assert!(
            has(&r, RelationType::Sanction, "Treasury", "Pellow Trading").is_none()
                && has(&r, RelationType::Sanction, "Treasury", "Tove Rasmussen").is_none(),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn vessels_identified_as_blocked_property_are_sanctioned() {
    let r = rel(
        "The Treasury on Tuesday sanctioned Velmar Shipping. The tankers Gull Crest and \
         Amber Tide were also identified as blocked property.",
        DATE,
    );
    for v in ["Gull Crest", "Amber Tide"] {
        assert!(
            has(&r, RelationType::Sanction, "Treasury", v).is_some(),
            "{v}: {r:?}"
        );
    }
    let r = rel(
        "The Treasury on Tuesday sanctioned 12 companies. OFAC also identified the tankers \
         Gull Crest, Sable Wind and Amber Tide as blocked property.",
        DATE,
    );
    for v in ["Gull Crest", "Sable Wind", "Amber Tide"] {
        assert!(
            has(&r, RelationType::Sanction, "OFAC", v).is_some(),
            "{v}: {r:?}"
        );
    }
    // Identified as something else: no sanction.
    for text in [
        "Police identified the man as Tove Rasmussen.",
        "Velmar Shipping identified the tanker Gull Crest as its property.",
    ] {
        let r = rel(text, DATE);
        assert!(r.is_empty(), "{text}: {r:?}");
    }
}

#[test]
fn a_firm_owning_managing_or_operating_vessels_controls_them() {
    for (text, owner, vessels) in [
        (
            "Velmar Shipping is the registered owner of the tanker Gull Crest.",
            "Velmar Shipping",
            &["Gull Crest"][..],
        ),
        (
            "Velmar Shipping, the registered owner of the tankers Gull Crest and Amber Tide, \
             is based in Oslo.",
            "Velmar Shipping",
            &["Gull Crest", "Amber Tide"][..],
        ),
        (
            "Pellow Trading manages the vessel Sable Wind.",
            "Pellow Trading",
            &["Sable Wind"][..],
        ),
        (
            "Pellow Trading operates the vessels Gull Crest and Amber Tide.",
            "Pellow Trading",
            &["Gull Crest", "Amber Tide"][..],
        ),
        (
            "The tanker Sable Wind, which is operated by Pellow Trading, sailed to Oslo.",
            "Pellow Trading",
            &["Sable Wind"][..],
        ),
    ] {
        let r = rel(text, DATE);
        for v in vessels {
            assert!(
                has(&r, RelationType::Ownership, owner, v).is_some(),
                "{text} → {v}: {r:?}"
            );
        }
    }
    // Managing or operating anything but a vessel, or a person at the helm, owns nothing.
    for text in [
        "Pellow Trading operates a refinery in Rotterdam and manages the Tollan mine.",
        "Captain Tove Rasmussen operates the tanker Gull Crest.",
        "Pellow Trading manages Tollan Systems.",
        "The Tollan refinery is operated by Pellow Trading.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Ownership),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn aid_deliveries_are_supplies() {
    for (text, src, dst, item) in [
        (
            "The Red Crescent delivered 30 tonnes of medical supplies to Bukavu.",
            "Red Crescent",
            "Bukavu",
            "medical supplies",
        ),
        (
            "The Red Crescent has delivered relief goods to Bukavu.",
            "Red Crescent",
            "Bukavu",
            "relief goods",
        ),
        (
            "Halvik Chemicals is supplying chlorine to the Bukavu Water Board.",
            "Halvik Chemicals",
            "Bukavu Water Board",
            "chlorine",
        ),
    ] {
        let r = rel(text, DATE);
        let row = has(&r, RelationType::Supply, src, dst);
        assert!(
            row.as_ref().is_some_and(|x| x.3 == vec![item.to_string()]),
            "{text}: {r:?}"
        );
    }
    // Bare supplies, or people with an aid word, are no goods.
    for text in [
        "Norway sent supplies to Bukavu.",
        "Norway sent medical personnel to Bukavu.",
    ] {
        let r = rel(text, DATE);
        assert!(r.is_empty(), "{text}: {r:?}");
    }
}

#[test]
fn a_unit_supplies_for_its_parent_and_a_completed_acquisition_owns() {
    for text in [
        "Brenmark Group said its unit, which sells turbines to Vattenfall AB, grew sales.",
        "Brenmark Group reported profit on Tuesday. Its unit sells turbines to Vattenfall AB.",
    ] {
        let r = rel(text, DATE);
        assert!(
            has(&r, RelationType::Supply, "Brenmark Group", "Vattenfall AB").is_some(),
            "{text}: {r:?}"
        );
    }
    // Two firms in focus: "its" names neither.
    let r = rel(
        "Brenmark Group and Vattenfall AB met on Tuesday. Its unit sells turbines to Nordkraft \
         Energy.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Supply), "{r:?}");
    let r = rel(
        "Brenmark Group completed its acquisition of Tollan Systems in March.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Brenmark Group",
            "Tollan Systems"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Brenmark Group will complete its acquisition of Tollan Systems in June.",
        DATE,
    );
    let row = has(
        &r,
        RelationType::Ownership,
        "Brenmark Group",
        "Tollan Systems",
    );
    assert!(
        row.is_some_and(|x| x.4 == crate::engine::model::Modality::Hedged),
        "{r:?}"
    );
    // Announced, not completed; or a purchase of goods: no ownership.
    for text in [
        "Brenmark Group announced its acquisition of Tollan Systems in March.",
        "Brenmark Group completed the purchase of 12 turbines from Tollan Systems.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Ownership),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_bare_firm_title_works_for_the_one_firm_in_focus() {
    let r = rel(
        "Brenmark Industries reported higher profit on Tuesday. Chief executive Tove Rasmussen \
         said demand was strong.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Employment,
            "Tove Rasmussen",
            "Brenmark Industries"
        )
        .is_some(),
        "{r:?}"
    );
    // Two firms in view, no firm before, or a title not held at a firm: nothing.
    for text in [
        "Brenmark Industries sued Tollan Systems on Tuesday. Chief executive Tove Rasmussen \
         said the case was strong.",
        "Brenmark Industries reported higher profit on Tuesday. Chief executive Tove \
         Rasmussen said Tollan Systems would buy more.",
        "Demand rose on Tuesday. Chief executive Tove Rasmussen said it was strong.",
        "Brenmark Industries reported higher profit on Tuesday. Finance Minister Tove \
         Rasmussen said demand was strong.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Employment),
            "{text}: {r:?}"
        );
    }
}
