//! Relation faults a session-21 trial found. All texts are written for these tests (invented
//! firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn goods_with_a_participle_after_a_number_are_bought() {
    // "armoured" after "eight" was read as the verb of a clause of its own ("eight armoured
    // vehicles"), so the purchase had no goods.
    for (text, item) in [
        (
            "Lithuania bought eight armoured vehicles from Nordvik.",
            "armoured vehicles",
        ),
        (
            "Lithuania bought the armoured vehicles from Nordvik.",
            "armoured vehicles",
        ),
        (
            "Lithuania bought eight refurbished helicopters from Nordvik.",
            "helicopters",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        let s = has(&r, RelationType::Supply, "Nordvik", "Lithuania")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(s.3, vec![item], "{text}");
    }
}
