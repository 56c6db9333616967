//! Relation faults found by the session-46 cold trial (an earnings report, a sanctions notice,
//! an aid report): a supplier a firm relies on ("relies on Y to make its chips"), "the
//! company" of a supply sentence taken for the supplier named just before. All texts are
//! written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_firm_relying_on_a_supplier_for_goods_is_supplied_by_it() {
    for (text, supplier, buyer) in [
        (
            "Kestrel Systems Inc. relies on Tamsa Foundry Co. to manufacture its chips.",
            "Tamsa Foundry Co.",
            "Kestrel Systems Inc.",
        ),
        (
            "Volvo relies heavily on Orvane Labs to assemble its battery packs.",
            "Orvane Labs",
            "Volvo",
        ),
        (
            "Volvo depends on Brekke AS for its chips.",
            "Brekke AS",
            "Volvo",
        ),
    ] {
        let r = rel(text, Some("2026-11-30"));
        assert!(
            has(&r, RelationType::Supply, supplier, buyer).is_some(),
            "{text}: {r:?}"
        );
    }
    // No goods, no supply: advice is none, nor the weather a party.
    for text in [
        "Volvo relies on Orvane Labs for advice.",
        "Volvo depends on Orvane Labs to decide the matter.",
    ] {
        let r = rel(text, Some("2026-11-30"));
        assert!(r.is_empty(), "{text}: {r:?}");
    }
}

#[test]
fn the_company_buying_is_the_story_firm_not_the_supplier_named_last() {
    let r = rel(
        "Kestrel Systems Inc. reported record sales on Tuesday. Kestrel relies on Tamsa \
         Foundry Co. to manufacture its chips. Tamsa will begin a new line in May. The company \
         also buys memory chips from Hanvel Semiconductor.",
        Some("2026-04-29"),
    );
    assert!(
        has(
            &r,
            RelationType::Supply,
            "Hanvel Semiconductor",
            "Kestrel Systems Inc."
        )
        .is_some(),
        "{r:?}"
    );
    assert!(
        r.iter()
            .filter(|x| x.1 == "Hanvel Semiconductor")
            .all(|x| x.2 == "Kestrel Systems Inc."),
        "{r:?}"
    );
}

#[test]
fn a_date_before_a_noun_dates_that_thing_not_the_relation() {
    // "for his role in a December 2025 shipment": the shipment's month, not the sanction's.
    let r = rel(
        "The State Department is also sanctioning Captain Ivo Marenko for his role in a \
         December 2025 shipment of crude.",
        Some("2026-03-17"),
    );
    let s = has(
        &r,
        RelationType::Sanction,
        "State Department",
        "Ivo Marenko",
    );
    assert!(s.as_ref().is_some_and(|s| s.5.is_none()), "{r:?}");
    // After a preposition of time it is the relation's start: "since the 2022 invasion".
    let r = rel(
        "Norway has supplied Ukraine with artillery shells since the 2022 invasion.",
        Some("2026-03-17"),
    );
    let s = has(&r, RelationType::Supply, "Norway", "Ukraine");
    assert!(
        s.as_ref()
            .is_some_and(|s| s.5.as_deref().is_some_and(|d| d.starts_with("2022"))),
        "{r:?}"
    );
}

#[test]
fn a_firm_announcing_its_officer_and_a_current_role_at_a_firm_are_employment() {
    for (text, person, org) in [
        (
            "Nexel Systems said chief financial officer David Oakes will step down in May.",
            "David Oakes",
            "Nexel Systems",
        ),
        (
            "Nexel Systems announced that chief executive Ruth Alden will retire.",
            "Ruth Alden",
            "Nexel Systems",
        ),
        (
            "Nexel hired Mei-Ling Cho, currently finance chief at Arista Networks.",
            "Mei-Ling Cho",
            "Arista Networks",
        ),
    ] {
        let r = rel(text, Some("2026-04-29"));
        assert!(
            has(&r, RelationType::Employment, person, org).is_some(),
            "{text}: {r:?}"
        );
    }
    // A news agency reporting a minister employs nobody.
    let r = rel(
        "Reuters said Finance Minister Ruth Alden will resign.",
        Some("2026-04-29"),
    );
    assert!(
        has(&r, RelationType::Employment, "Ruth Alden", "Reuters").is_none(),
        "{r:?}"
    );
}
