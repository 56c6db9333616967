//! Relation faults of the session-48 trial, as kinds: a sanctions target described by an
//! apposition before ", who", passive and list sanctions of a vessel, a list's second name cut
//! short by the name tagger, goods a pronoun object stands for, "sourced from", one relation
//! stated undated and dated, ownership past a date or a description, deals not done, meetings
//! "between" two people, a town before a club's staff title, a transfer's new club. All texts
//! are written for these tests (invented people, firms, vessels and clubs).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

const DATE: Option<&str> = Some("2026-11-20");

#[test]
fn who_after_an_apposition_naming_a_place_stands_for_the_person() {
    let text = "Meridian Freight was run until 2021 by Anton Velikov, a Kazakh trader based in \
                Almaty, who was designated by the Office of Foreign Assets Control in May 2022.";
    let r = rel(text, DATE);
    let s = has(
        &r,
        RelationType::Sanction,
        "Office of Foreign Assets Control",
        "Anton Velikov",
    )
    .expect("the person is the target");
    // Dated by the relative clause's own time, not the main clause's.
    assert_eq!(s.5.as_deref(), Some("2022-05"), "{r:?}");
    assert!(
        !r.iter()
            .any(|x| x.0 == RelationType::Sanction && x.2 == "Almaty"),
        "{r:?}"
    );
}

#[test]
fn a_vessel_sanctioned_in_the_passive_or_put_on_a_list_is_the_target() {
    let r = rel(
        "The bulk carrier Silver Tern was blacklisted by the European Union in March.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Sanction, "European Union", "Silver Tern").is_some(),
        "{r:?}"
    );
    // "the ship": the vessel framed before; the list's owner sanctions it.
    let r = rel(
        "The bulk carrier Silver Tern hauled grain from Sevastopol to Syria. The ship was added \
         to the European Union's sanctions list in July 2024.",
        DATE,
    );
    let s = has(&r, RelationType::Sanction, "European Union", "Silver Tern").expect("list");
    assert_eq!(s.5.as_deref(), Some("2024-07"));
    // A list with no owner named gives no sanctioning body.
    let r = rel(
        "The bulk carrier Silver Tern hauled grain to Syria. The ship was added to a sanctions \
         list in July 2024.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Sanction), "{r:?}");
}

#[test]
fn a_name_the_tagger_cut_short_in_a_list_is_still_listed() {
    let text = "Osprey Ridge Trading was founded in 2019. The Commerce Department added \
                Brightline Tech and Osprey Ridge to its Entity List.";
    let r = rel(text, DATE);
    assert!(
        has(
            &r,
            RelationType::Sanction,
            "Commerce Department",
            "Brightline Tech"
        )
        .is_some(),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|x| x.0 == RelationType::Sanction && x.2.starts_with("Osprey Ridge")),
        "{r:?}"
    );
}
