//! Relation faults trial users found (session 13): dates taken from another clause, a
//! coordinated subject read as one party, owners named in a description, sellers, recipients as
//! first objects, roles named by "its", inverted designations and coordinated vessels. Texts
//! written for these tests (invented firms, people and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn each_coordinated_clause_has_its_own_relation_and_date() {
    let r = rel(
        "Halvard Dynamics already supplies drones to Moldova, and in 2019 it provided radars to Kenya.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Halvard Dynamics", "Moldova").expect("drones");
    assert_eq!(a.3, vec!["drones"]);
    assert_eq!(a.5, None, "the date of the other clause: {r:?}");
    let b = has(&r, RelationType::Supply, "Halvard Dynamics", "Kenya").expect("radars");
    assert_eq!(b.3, vec!["radars"]);
    assert_eq!(b.5.as_deref(), Some("2019"));
    // A date after the first clause's verb stays with it.
    let r = rel(
        "Norvik Aerospace sold missiles to Ukraine in 2017, and in March 2019 it sold radars to Poland.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Norvik Aerospace", "Ukraine").expect("missiles");
    assert_eq!(a.5.as_deref(), Some("2017"));
    let b = has(&r, RelationType::Supply, "Norvik Aerospace", "Poland").expect("radars");
    assert_eq!(b.5.as_deref(), Some("2019-03"));
    // "but he did not visit": a coordinated clause takes no date of the one before.
    let r = rel(
        "Ilse Marten met Goran Pavic in Tirana in May, but she did not visit Albania.",
        Some("2026-11-30"),
    );
    let m = has(&r, RelationType::Meeting, "Ilse Marten", "Goran Pavic").expect("met");
    assert_eq!(m.5.as_deref(), Some("2026-05"), "{r:?}");
    let v = has(&r, RelationType::Meeting, "Ilse Marten", "Albania").expect("visit");
    assert_eq!(v.5, None, "{r:?}");
}

#[test]
fn a_dependent_clause_lends_its_date() {
    // A guard (passes before and after): an infinitive of purpose and a "where" clause are no coordinated clauses.
    let r = rel(
        "Teodor Ralis visited Oslo in June, where he met Ingrid Solvang.",
        Some("2026-11-30"),
    );
    let m = has(&r, RelationType::Meeting, "Teodor Ralis", "Ingrid Solvang").expect("met");
    assert_eq!(m.5.as_deref(), Some("2026-06"), "{r:?}");
}

#[test]
fn each_party_of_a_coordinated_subject_has_a_relation() {
    for text in [
        "The EU and the UK imposed sanctions on Brackmoor Shipping.",
        "The EU and the UK sanctioned Brackmoor Shipping on Friday.",
    ] {
        let r = rel(text, None);
        for source in ["European Union", "United Kingdom"] {
            assert!(
                has(&r, RelationType::Sanction, source, "Brackmoor Shipping").is_some(),
                "{text}: {source}: {r:?}"
            );
        }
    }
}

#[test]
fn an_owner_named_through_a_description_owns() {
    for text in [
        "Vantor Group, a subsidiary of the Swedish conglomerate Orrefors Group, makes rifles.",
        "Vantor Group, a unit of the state-owned holding company Orrefors Group, makes rifles.",
    ] {
        let r = rel(text, None);
        assert!(
            has(
                &r,
                RelationType::Ownership,
                "Orrefors Group",
                "Vantor Group"
            )
            .is_some(),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_firm_bought_is_owned_by_its_buyer() {
    let r = rel(
        "Varnholt Industries bought Pellmark Systems from Orrefors Group in 2021.",
        None,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Varnholt Industries",
        "Pellmark Systems",
    )
    .expect("bought");
    assert_eq!(o.4, Modality::Asserted);
    assert_eq!(o.5.as_deref(), Some("2021"));
    // Agreed, not done: hedged.
    let r = rel(
        "Varnholt Industries agreed to acquire Pellmark Systems from Orrefors Group.",
        None,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Varnholt Industries",
        "Pellmark Systems",
    )
    .expect("agreed to acquire");
    assert_eq!(o.4, Modality::Hedged);
    // Goods bought are supplied by the seller, and owned by nobody new.
    let r = rel(
        "Varnholt Industries bought six tankers from Orrefors Group.",
        None,
    );
    assert!(has(
        &r,
        RelationType::Supply,
        "Orrefors Group",
        "Varnholt Industries"
    )
    .is_some());
    assert!(r.iter().all(|x| x.0 != RelationType::Ownership), "{r:?}");
    // A denial stays negated.
    let r = rel("Varnholt Industries did not buy Pellmark Systems.", None);
    let o = has(
        &r,
        RelationType::Ownership,
        "Varnholt Industries",
        "Pellmark Systems",
    )
    .expect("did not buy");
    assert_eq!(o.4, Modality::Negated);
}

#[test]
fn a_state_as_first_object_receives_the_goods() {
    let r = rel("Kastrel Defence supplied Kyiv artillery shells.", None);
    let s = has(&r, RelationType::Supply, "Kastrel Defence", "Kyiv").expect("Kyiv");
    assert_eq!(s.3, vec!["artillery shells"]);
    let r = rel("Kastrel Defence sold Estonia its radars in 2008.", None);
    let s = has(&r, RelationType::Supply, "Kastrel Defence", "Estonia").expect("Estonia");
    assert_eq!(s.3, vec!["radars"]);
    assert_eq!(s.5.as_deref(), Some("2008"));
    // With a recipient after "to", the state before the goods only says where they are from.
    let r = rel("Kastrel Defence sold Iran oil to Kelsan.", None);
    assert!(
        has(&r, RelationType::Supply, "Kastrel Defence", "Iran").is_none(),
        "{r:?}"
    );
}

#[test]
fn a_role_of_the_organisation_in_focus_is_employment() {
    for text in [
        "Kastrel Defence makes drones. Its chief executive, Marta Lindqvist, said sales rose.",
        "Kastrel Defence makes drones. Marta Lindqvist, its chief executive, said sales rose.",
        "Kastrel Defence makes drones. A spokesman for the company, Marta Lindqvist, declined to comment.",
        "Kastrel Defence makes drones. Marta Lindqvist, a spokesman for the company, declined to comment.",
        // Session 23: "its ..." after a reporting verb, and a role given "as" a title.
        "Kastrel Defence said its chief executive, Marta Lindqvist, would leave in March.",
        "Kastrel Defence named Marta Lindqvist as its new chief financial officer.",
        "Kastrel Defence appointed Marta Lindqvist as chief executive on Monday.",
    ] {
        let r = rel(text, None);
        assert!(
            has(&r, RelationType::Employment, "Marta Lindqvist", "Kastrel Defence").is_some(),
            "{text}: {r:?}"
        );
    }
    // "its" with no organisation in focus names no employer.
    let r = rel(
        "Its chief executive, Marta Lindqvist, said sales rose.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
    // Named "as" something that is no title: no role.
    let r = rel(
        "Kastrel Defence named Marta Lindqvist as a witness in the case.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
}

#[test]
fn an_inverted_designation_sanctions_each_name() {
    let r = rel(
        "The Treasury sanctioned Brackmoor Shipping. Also designated were Calvex Trading and Dunmere Logistics.",
        None,
    );
    for target in ["Brackmoor Shipping", "Calvex Trading", "Dunmere Logistics"] {
        assert!(
            has(&r, RelationType::Sanction, "Treasury", target).is_some(),
            "{target}: {r:?}"
        );
    }
    // With no sanction stated before, nobody designated them.
    let r = rel(
        "Also designated were Calvex Trading and Dunmere Logistics.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn coordinated_vessels_are_each_a_party() {
    let r = rel(
        "The Treasury sanctioned the tankers Aurora Star and Baltic Wind.",
        None,
    );
    for target in ["Aurora Star", "Baltic Wind"] {
        assert!(
            has(&r, RelationType::Sanction, "Treasury", target).is_some(),
            "{target}: {r:?}"
        );
    }
    let r = rel(
        "Brackmoor Shipping owns the tankers Aurora Star and Baltic Wind.",
        None,
    );
    for target in ["Aurora Star", "Baltic Wind"] {
        assert!(
            has(&r, RelationType::Ownership, "Brackmoor Shipping", target).is_some(),
            "{target}: {r:?}"
        );
    }
}

#[test]
fn a_firm_sold_or_acquired_by_passes_to_its_buyer() {
    let r = rel(
        "Orrefors Group sold Pellmark Systems to Varnholt Industries in 2020.",
        None,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Varnholt Industries",
        "Pellmark Systems",
    )
    .expect("sold to");
    assert_eq!(o.4, Modality::Asserted);
    let r = rel(
        "Pellmark Systems was acquired by Varnholt Industries in 2021.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Varnholt Industries",
            "Pellmark Systems"
        )
        .is_some(),
        "{r:?}"
    );
    // Each firm bought; a purchase only announced is hedged.
    let r = rel(
        "Varnholt Industries will buy Pellmark Systems and Halvard Dynamics.",
        None,
    );
    for firm in ["Pellmark Systems", "Halvard Dynamics"] {
        let o = has(&r, RelationType::Ownership, "Varnholt Industries", firm).expect(firm);
        assert_eq!(o.4, Modality::Hedged, "{r:?}");
    }
    // Goods sold stay a supply only.
    let r = rel("Orrefors Group sold radars to Varnholt Industries.", None);
    assert!(r.iter().all(|x| x.0 != RelationType::Ownership), "{r:?}");
}
