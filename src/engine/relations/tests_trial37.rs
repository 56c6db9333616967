//! Relation faults the session-37 trial found: a recipient's description naming a place, a
//! subsidiary opened by "Its". All texts are written for these tests (invented firms).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_recipient_described_in_apposition_keeps_its_place_out() {
    let r = rel(
        "Tessel Motors sold engines to Varro Trading FZE, a distributor in Dubai.",
        Some("2026-05-01"),
    );
    has(
        &r,
        RelationType::Supply,
        "Tessel Motors",
        "Varro Trading FZE",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        has(&r, RelationType::Supply, "Tessel Motors", "Dubai").is_none(),
        "{r:?}"
    );
    // Unnamed, the buyer's place still receives.
    let r = rel(
        "Tessel Motors sold engines to a distributor in Dubai.",
        Some("2026-05-01"),
    );
    has(&r, RelationType::Supply, "Tessel Motors", "Dubai").unwrap_or_else(|| panic!("{r:?}"));
}

#[test]
fn a_subsidiary_opened_by_its_belongs_to_the_subject_before() {
    let r = rel(
        "Brenmoor Holding AG reported a loss. Its largest subsidiary, Brenmoor Rail GmbH, runs \
         freight trains.",
        Some("2026-05-01"),
    );
    has(
        &r,
        RelationType::Ownership,
        "Brenmoor Holding AG",
        "Brenmoor Rail GmbH",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
}
