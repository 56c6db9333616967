//! Relation faults the session-39 trial found in an export-control indictment: goods whose
//! maker is named in a reduced relative ("chips made by X to Y"), a recipient's apposition
//! with its own "to" phrase, a sanction stated in an object relative clause, and a passive
//! sale of goods read as the sale of their maker; and from its mining and carmaker stories,
//! shares held "in which", joint ventures and shareholders. All texts are written for these tests
//! (invented firms).

use super::tests::has;
use super::tests_trial11::rel;
use super::tests_trial38::{row, shares};
use crate::engine::model::{Modality, RelationType};

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

#[test]
fn a_share_held_in_a_firm_named_before_in_which() {
    use Modality::*;
    let r = shares(
        "The inflators came from Kinrei Safety Systems, in which Tamaki Motors holds a 15% stake.",
    );
    assert_eq!(
        r,
        [row(
            "Tamaki Motors",
            "Kinrei Safety Systems",
            Some("15%"),
            Asserted
        )]
    );
    // A venture being formed: each partner's share, the second one elided, both planned.
    let r = shares(
        "The partners will form Tsagaan Ore LLC, in which Erdene Minerals LLC will hold 51% and \
         Hanmok Resources 49%.",
    );
    assert_eq!(
        r,
        [
            row(
                "Erdene Minerals LLC",
                "Tsagaan Ore LLC",
                Some("51%"),
                Hedged
            ),
            row("Hanmok Resources", "Tsagaan Ore LLC", Some("49%"), Hedged),
        ]
    );
    // "holds talks" in the same place owns nothing.
    assert!(
        shares("Kinrei Safety Systems, in which Tamaki Motors holds talks, makes airbags.")
            .is_empty()
    );
}

#[test]
fn a_joint_venture_is_owned_by_its_partners_and_a_shareholder_owns() {
    use Modality::*;
    let r = shares(
        "Mira Haddad runs Voltera Cells, a battery joint venture between Tamaki Motors and \
         Samsung SDI.",
    );
    assert_eq!(
        r,
        [
            row("Tamaki Motors", "Voltera Cells", None, Asserted),
            row("Samsung SDI", "Voltera Cells", None, Asserted),
        ]
    );
    // Only discussed, a venture names no company it is.
    assert!(
        shares("They discussed a joint venture between Tamaki Motors and Samsung SDI.").is_empty()
    );
    let r = shares("Orvane Industries is the largest shareholder of Tamaki Motors.");
    assert_eq!(
        r,
        [row("Orvane Industries", "Tamaki Motors", None, Asserted)]
    );
    let r = shares("Orvane Industries, a minority shareholder in Tamaki Motors, backed the plan.");
    assert_eq!(
        r,
        [row("Orvane Industries", "Tamaki Motors", None, Asserted)]
    );
    // A shareholder no longer is none.
    assert!(shares("Orvane Industries is a former shareholder of Tamaki Motors.").is_empty());
}
