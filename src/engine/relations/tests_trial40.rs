//! Relation faults found in session 40 while retraining the name tagger: an appointment "as"
//! the tagger read as a conjunction, an employer named by a possessive in the "as" phrase, a
//! role "of" an organisation described by a trade noun, and firms named only in a stake's or a
//! sanction's frame. All texts are written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn an_appointment_as_a_firms_role_employs_the_person_there() {
    // The employer is the possessive in the "as" phrase, not the board that appoints.
    let r = rel(
        "The board appointed Pieter Vos, the chief financial officer of Dutch truckmaker \
         Dalvik, as Tarnow's new CFO.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Pieter Vos", "Tarnow").is_some(),
        "{r:?}"
    );
    // His current role, named after a nationality and a trade noun.
    assert!(
        has(&r, RelationType::Employment, "Pieter Vos", "Dalvik").is_some(),
        "{r:?}"
    );
    let r = rel(
        "The board named Ines Marr as Halvern Steel's chief executive.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Ines Marr", "Halvern Steel").is_some(),
        "{r:?}"
    );
    // An "as" phrase holding no role names no employer.
    let r = rel(
        "Halvern Steel named Ines Marr as Britain's best manager.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_firm_named_in_a_stakes_or_a_sanctions_frame_is_a_party() {
    // Named before in the document, then only in the frame: still a firm there.
    let r = rel(
        "KVM is listed in Santiago. Kessan Mining, which holds a 22% stake in KVM, is set to \
         supply ore to Japan.",
        None,
    );
    assert!(
        has(&r, RelationType::Ownership, "Kessan Mining", "KVM").is_some(),
        "{r:?}"
    );
    let r = rel(
        "The measures follow a step by the European Union, which imposed sanctions on \
         Volnoflot in March.",
        None,
    );
    assert!(
        has(&r, RelationType::Sanction, "European Union", "Volnoflot").is_some(),
        "{r:?}"
    );
}

#[test]
fn every_target_of_a_designation_list_is_sanctioned() {
    // A director after a possessive ("its managing director" is no clause of its own), an
    // apposition before "and", and vessels joined to the first one after a firm.
    let r = rel(
        "The Treasury designated Corvane Maritime FZE, its managing director Arjun Mehlotra, \
         an Indian national, and the Panama-flagged tankers Sable Crest, Orla and Grey Heron.",
        None,
    );
    for target in [
        "Corvane Maritime FZE",
        "Arjun Mehlotra",
        "Sable Crest",
        "Orla",
        "Grey Heron",
    ] {
        assert!(
            has(&r, RelationType::Sanction, "Treasury", target).is_some(),
            "{target}: {r:?}"
        );
    }
    // The apposition's own words are no target.
    assert_eq!(r.len(), 5, "{r:?}");
}

#[test]
fn a_comma_and_closes_an_ownership_apposition() {
    // "A, the owner of B, and C": A owns B, not C.
    let r = rel(
        "The Treasury sanctioned Kolvan Shipping, the owner of Borrow Marine, and Lantern \
         Trading.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Kolvan Shipping",
            "Borrow Marine"
        )
        .is_some(),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Kolvan Shipping",
            "Lantern Trading"
        )
        .is_none(),
        "{r:?}"
    );
    // Without the closing comma both are owned.
    let r = rel(
        "Kolvan Shipping, the owner of Borrow Marine and Lantern Trading, said profits rose.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Kolvan Shipping",
            "Lantern Trading"
        )
        .is_some(),
        "{r:?}"
    );
}
