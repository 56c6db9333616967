//! Relation faults the session-39 trial found in an export-control indictment: goods whose
//! maker is named in a reduced relative ("chips made by X to Y"), a recipient's apposition
//! with its own "to" phrase, a sanction stated in an object relative clause, and a passive
//! sale of goods read as the sale of their maker. All texts are written for these tests
//! (invented firms).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn goods_made_by_a_maker_are_supplied_to_the_recipient_after_it() {
    let r = rel(
        "Orvane Microsystems began selling gate arrays made by Texas-based Pellucid \
         Semiconductor to Yerevan-based Ostra Trading CJSC in March 2023.",
        Some("2026-02-12"),
    );
    let s = has(
        &r,
        RelationType::Supply,
        "Orvane Microsystems",
        "Ostra Trading CJSC",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.5.as_deref(), Some("2023-03"), "{r:?}");
    assert!(
        has(
            &r,
            RelationType::Supply,
            "Pellucid Semiconductor",
            "Ostra Trading CJSC"
        )
        .is_none(),
        "{r:?}"
    );
}

#[test]
fn a_recipients_apposition_keeps_its_own_to_phrase_and_sanction() {
    let r = rel(
        "Ostra Trading then re-exported the chips to Moscow-based Veltrak-Elektron, a supplier \
         to the Russian defense ministry that the Treasury Department sanctioned in November 2022.",
        Some("2026-02-12"),
    );
    has(
        &r,
        RelationType::Supply,
        "Ostra Trading",
        "Veltrak-Elektron",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        !r.iter()
            .any(|x| x.0 == RelationType::Supply && x.2 != "Veltrak-Elektron"),
        "{r:?}"
    );
    let s = has(
        &r,
        RelationType::Sanction,
        "Treasury Department",
        "Veltrak-Elektron",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.5.as_deref(), Some("2022-11"), "{r:?}");
    // The plain relative clause too.
    let r = rel(
        "The chips went to Veltrak-Elektron, which the Treasury Department sanctioned in 2022.",
        Some("2026-02-12"),
    );
    has(
        &r,
        RelationType::Sanction,
        "Treasury Department",
        "Veltrak-Elektron",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
}

#[test]
fn goods_sold_in_the_passive_do_not_sell_their_maker() {
    let r = rel(
        "Later, five-axis milling machines built by the German firm Kessmar Werkzeuge GmbH were \
         sold to Gulf Meridian FZE, a shell company in Sharjah.",
        Some("2026-02-12"),
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
    // A firm sold in the passive still changes hands.
    let r = rel(
        "Kessmar Werkzeuge GmbH was sold to Gulf Meridian FZE in 2019.",
        Some("2026-02-12"),
    );
    has(
        &r,
        RelationType::Ownership,
        "Gulf Meridian FZE",
        "Kessmar Werkzeuge GmbH",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
}
