//! Relation faults trial users found (session 13): dates taken from another clause, a
//! coordinated subject read as one party, owners named in a description, sellers, recipients as
//! first objects, roles named by "its", inverted designations and coordinated vessels. Texts
//! written for these tests (invented firms, people and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

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
