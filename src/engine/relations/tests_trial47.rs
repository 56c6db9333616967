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
