//! Relation faults the session-34 trial found. All texts are written for these tests
//! (invented people, firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_title_with_its_field_before_a_person_employs_them() {
    for (text, person, employer) in [
        (
            "Brennvik's director of football, Sjoerd Molenaar, said the fee was fair.",
            "Sjoerd Molenaar",
            "Brennvik",
        ),
        (
            "The yen will weaken, said Nomura analyst Kenji Sato.",
            "Kenji Sato",
            "Nomura",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Employment, person, employer)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}
