//! Relation faults of the session-48 trial, as kinds: a sanctions target described by an
//! apposition before ", who", passive and list sanctions of a vessel, a list's second name cut
//! short by the name tagger, goods a pronoun object stands for, "sourced from", one relation
//! stated undated and dated, ownership past a date or a description, deals not done, meetings
//! "between" two people, a town before a club's staff title, a transfer's new club. All texts
//! are written for these tests (invented people, firms, vessels and clubs).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

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

#[test]
fn them_after_a_purchase_stands_for_the_goods_bought() {
    let r = rel(
        "Harbin Alloys bought 900 gearboxes from Volkmar Antriebe GmbH and resold them to \
         Sibtech LLC, a firm in Omsk.",
        DATE,
    );
    let s = has(&r, RelationType::Supply, "Harbin Alloys", "Sibtech LLC").expect("resale");
    assert_eq!(s.3, vec!["gearboxes"]);
    assert!(
        has(
            &r,
            RelationType::Supply,
            "Volkmar Antriebe GmbH",
            "Harbin Alloys"
        )
        .is_some(),
        "{r:?}"
    );
}

#[test]
fn goods_sourced_from_a_firm_are_its_supply() {
    let r = rel(
        "Sibtech LLC sourced its bearings from Volkmar Antriebe GmbH in 2023.",
        DATE,
    );
    let s = has(
        &r,
        RelationType::Supply,
        "Volkmar Antriebe GmbH",
        "Sibtech LLC",
    )
    .expect("source");
    assert_eq!(s.3, vec!["bearings"]);
}

#[test]
fn one_supply_stated_undated_and_dated_is_one_relation() {
    let r = rel(
        "Harbin Alloys bought gearboxes from Volkmar Antriebe GmbH. Volkmar Antriebe GmbH said \
         it had sold the gearboxes to Harbin Alloys in 2023.",
        DATE,
    );
    let rows: Vec<_> = r
        .iter()
        .filter(|x| x.0 == RelationType::Supply && x.1 == "Volkmar Antriebe GmbH")
        .collect();
    assert_eq!(rows.len(), 1, "{r:?}");
    assert_eq!(rows[0].5.as_deref(), Some("2023"));
}

#[test]
fn ownership_past_a_date_or_after_a_description_of_the_firm_bought() {
    let r = rel(
        "Redline Logistics was owned until March 2024 by Pavel Grekov.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Pavel Grekov",
            "Redline Logistics"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Dalby Chemicals agreed on Monday to buy the Danish enzyme maker Fjordzyme A/S for $3 \
         billion.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Dalby Chemicals",
        "Fjordzyme A/S",
    )
    .expect("deal");
    assert_eq!(o.4, Modality::Hedged);
}

#[test]
fn the_purchase_of_a_firm_by_another_is_ownership_hedged_when_only_planned() {
    let r = rel(
        "The purchase of Corvia Networks by Helix Systems was completed in May.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Helix Systems",
        "Corvia Networks",
    )
    .expect("done");
    assert_eq!(o.4, Modality::Asserted);
    let r = rel(
        "The proposed purchase of Corvia Networks by Helix Systems was announced in May.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Helix Systems",
        "Corvia Networks",
    )
    .expect("plan");
    assert_eq!(o.4, Modality::Hedged);
    // No "by": no buyer.
    let r = rel(
        "The purchase of Corvia Networks was completed in May.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
}

#[test]
fn a_meeting_between_two_people_and_a_meeting_due() {
    let r = rel(
        "Officials said a meeting between Polish Foreign Minister Tomasz Brzeski and his Czech \
         counterpart Jana Vondrova took place in Vienna.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Meeting, "Tomasz Brzeski", "Jana Vondrova").is_some(),
        "{r:?}"
    );
    let r = rel(
        "Polish President Tomasz Brzeski is due to meet Czech President Jana Vondrova in Lima \
         next month.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Meeting, "Tomasz Brzeski", "Jana Vondrova").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_town_before_a_clubs_staff_title_is_its_club() {
    let r = rel(
        "Dortmund sporting director Lars Ricken praised the striker. Borussia Dortmund sold him \
         for 40 million euros.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Employment,
            "Lars Ricken",
            "Borussia Dortmund"
        )
        .is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Employment, "Lars Ricken", "Dortmund").is_none(),
        "{r:?}"
    );
    // A town's own office stays the town's.
    let r = rel("The Leeds mayor Tom Riordan opened the bridge.", DATE);
    assert!(
        has(&r, RelationType::Employment, "Tom Riordan", "Leeds").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_transfer_names_the_new_club() {
    let r = rel(
        "Kemal Aydin joined Newcastle from Atalanta in July. Newcastle United paid 40 million \
         euros for the striker.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Employment,
            "Kemal Aydin",
            "Newcastle United"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Rangers FC completed the signing of Lucas Moreira on Friday.",
        DATE,
    );
    let e = has(&r, RelationType::Employment, "Lucas Moreira", "Rangers FC").expect("signing");
    assert_eq!(e.4, Modality::Asserted);
}
