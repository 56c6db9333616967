//! Relation faults new users found (session 12): present-tense supply verbs the tagger read as
//! nouns, goods no list knows, coordinated objects, and managers named by a passive, a copula
//! or an apposition. Texts written for these tests (invented firms, people and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_present_tense_supply_verb_after_a_name_is_the_verb() {
    for (text, supplier, recipient) in [
        (
            "Orvane Dynamics supplies drones to Moravia.",
            "Orvane Dynamics",
            "Moravia",
        ),
        (
            "Tessel Freight ships turbines to Norland.",
            "Tessel Freight",
            "Norland",
        ),
        (
            "Brantel Systems sells rifles to Moravia and provides drones to Kelsan.",
            "Brantel Systems",
            "Moravia",
        ),
        (
            "Aldren Shipping supplies drones to Kelsan.",
            "Aldren Shipping",
            "Kelsan",
        ),
    ] {
        let r = rel(text, None);
        assert!(
            has(&r, RelationType::Supply, supplier, recipient).is_some(),
            "{text}: {r:?}"
        );
    }
    // A plural noun before a plural verb stays a noun: no supply is read.
    let r = rel("Moravia's army supplies ran low in March.", None);
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn each_coordinated_object_is_a_party_of_its_own() {
    let r = rel(
        "The Treasury designated Aldren Shipping and Voskov Trading on Monday.",
        None,
    );
    for target in ["Aldren Shipping", "Voskov Trading"] {
        assert!(
            has(&r, RelationType::Sanction, "Treasury", target).is_some(),
            "{target}: {r:?}"
        );
    }
    let r = rel(
        "The European Union sanctioned Brask Metals, Ilven Logistics and Corvel Trading.",
        None,
    );
    for target in ["Brask Metals", "Ilven Logistics", "Corvel Trading"] {
        assert!(
            has(&r, RelationType::Sanction, "European Union", target).is_some(),
            "{target}: {r:?}"
        );
    }
    let r = rel(
        "Voskov Holdings owns Aldren Shipping and Pellam Marine.",
        None,
    );
    for target in ["Aldren Shipping", "Pellam Marine"] {
        assert!(
            has(&r, RelationType::Ownership, "Voskov Holdings", target).is_some(),
            "{target}: {r:?}"
        );
    }
    let r = rel(
        "The European Union sanctioned Aldren Shipping and its owner, Dara Voskov.",
        None,
    );
    assert!(
        has(&r, RelationType::Sanction, "European Union", "Dara Voskov").is_some(),
        "{r:?}"
    );
    // A place after "and" that is no object ("in Moravia") is not sanctioned.
    let r = rel(
        "The Treasury designated Aldren Shipping and froze its accounts in Moravia.",
        None,
    );
    assert!(
        r.iter()
            .all(|x| x.0 != RelationType::Sanction || x.2 == "Aldren Shipping"),
        "{r:?}"
    );
}

#[test]
fn a_manager_named_by_a_passive_a_copula_or_an_apposition_is_employed() {
    let r = rel(
        "Kivari Freight was registered in Moravia in 2019. The company was directed by Mira Tall until 2023.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Mira Tall", "Kivari Freight").is_some(),
        "{r:?}"
    );
    let r = rel(
        "Kivari Freight was registered in Moravia in 2019. Its sole manager was Petra Lind.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Petra Lind", "Kivari Freight").is_some(),
        "{r:?}"
    );
    let r = rel(
        "Asta Venn, the sole manager of Kivari Freight, declined to comment.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Asta Venn", "Kivari Freight").is_some(),
        "{r:?}"
    );
    // A firm run by another firm, or a negated run, employs no one.
    let r = rel(
        "Kivari Freight is managed by Voskov Holdings. Mira Tall never ran Kivari Freight.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
}

#[test]
fn goods_no_list_knows_are_the_object_of_a_verb_of_trade() {
    for (text, supplier, recipient, goods) in [
        (
            "Harnel Robotics sold linear actuators to Norland.",
            "Harnel Robotics",
            "Norland",
            "linear actuators",
        ),
        (
            "Quorva Labs shipped 40 lidar modules to Moravia last May.",
            "Quorva Labs",
            "Moravia",
            "lidar modules",
        ),
        (
            "Dessen Oil delivered crude to Ostrava.",
            "Dessen Oil",
            "Ostrava",
            "crude",
        ),
        (
            "Dessen Oil sold 700,000 barrels of crude to Ostrava.",
            "Dessen Oil",
            "Ostrava",
            "crude",
        ),
        (
            "Voskov Holdings bought lidar modules from Quorva Labs.",
            "Quorva Labs",
            "Voskov Holdings",
            "lidar modules",
        ),
    ] {
        let r = rel(text, None);
        let got = has(&r, RelationType::Supply, supplier, recipient);
        assert_eq!(
            got.map(|x| x.3),
            Some(vec![goods.to_string()]),
            "{text}: {r:?}"
        );
    }
    // The same goods twice are one entity.
    let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
        text: "Dessen Oil delivered crude to Ostrava. Harnel Robotics sold crude to Norland."
            .into(),
        ..Default::default()
    });
    let crude: Vec<_> = a.entity_list.iter().filter(|e| e.name == "crude").collect();
    assert_eq!(crude.len(), 1, "{:?}", a.entity_list);
    assert_eq!(crude[0].mentions, 2);
    // Shares, a firm, troops, support or bare "equipment" are no goods; nor is an object with
    // no recipient.
    for text in [
        "Harnel Robotics sold equipment to Norland.",
        "Harnel Robotics sold shares to Voskov Holdings.",
        "Harnel Robotics sold the company to Voskov Holdings.",
        "Kelsan Defence sent troops to Moravia.",
        "Harnel Robotics provided support to Norland.",
        "Harnel Robotics sold linear actuators last year.",
    ] {
        let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
            text: text.into(),
            ..Default::default()
        });
        assert!(a.relations.is_empty(), "{text}: {:?}", a.relations);
        assert!(
            a.entity_list
                .iter()
                .all(|e| e.label != crate::engine::model::Label::Item),
            "{text}: {:?}",
            a.entity_list
        );
    }
}
