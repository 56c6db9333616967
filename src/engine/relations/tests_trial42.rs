//! Relation faults found by the session-42 cold trial (a defence contract, an earnings report,
//! a conflict with sanctions, a chip maker's shareholders): a person described by the place
//! they come from, a date opening the clause, a second shareholder joined by ", and", a verb
//! the tagger read as an adverb, and a recipient whose name runs on through "of". All texts
//! are written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_person_described_by_their_city_is_the_target_not_the_city() {
    for text in [
        "Last month, the European Union imposed sanctions on Tirana businessman Arben Kolaj.",
        "Last month, the European Union froze the assets of Tirana businessman Arben Kolaj.",
    ] {
        let r = rel(text, Some("2026-01-20"));
        let s = has(&r, RelationType::Sanction, "European Union", "Arben Kolaj")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        // "Last month" opens the clause: it dates the relation.
        assert_eq!(s.5.as_deref(), Some("2025-12"), "{text}");
        assert!(
            !r.iter().any(|x| x.2 == "Tirana" || x.2 == "Albania"),
            "{r:?}"
        );
    }
}

#[test]
fn a_second_shareholder_after_and_keeps_the_first() {
    let r = rel(
        "Brightfold Ventures owns 18% of Lumeno Circuits, and Northwick Capital has 7.2%.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Brightfold Ventures",
            "Lumeno Circuits"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Drone maker Falkor Aerotech owns 51% of Meric Turbine Works, and the Anvik Industry \
         Fund holds the remaining 49%.",
        None,
    );
    for owner in ["Falkor Aerotech", "Anvik Industry Fund"] {
        assert!(
            has(&r, RelationType::Ownership, owner, "Meric Turbine Works").is_some(),
            "{owner}: {r:?}"
        );
    }
}

#[test]
fn supplies_with_a_count_and_to_a_ministry_of_something() {
    for (text, target) in [
        (
            "Drone maker Falkor Aerotech will supply 48 drones to Hanseol Robotics.",
            "Hanseol Robotics",
        ),
        (
            "Drone maker Falkor Aerotech will supply drones to the Ministry of National Defence.",
            "Ministry of National Defence",
        ),
    ] {
        let r = rel(text, None);
        assert!(
            has(&r, RelationType::Supply, "Falkor Aerotech", target).is_some(),
            "{text}: {r:?}"
        );
    }
}
