//! Relation faults found by the session-41 cold trial (a sanctions story with an owner chain,
//! a takeover with shareholders): a designation list added to a sanctions list, an owner chain
//! read across "in turn" and a person as beneficial owner, shares named after an apposition or
//! as "the remaining" part. All texts are written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use super::tests_trial38::{row, shares};
use crate::engine::model::{Modality, RelationType};

#[test]
fn every_name_added_to_a_sanctions_list_is_sanctioned() {
    let r = rel(
        "Corlan Freight LLC is owned by Osmer Gulf FZE. Pavel Rudnev runs both. The European \
         Union added Corlan Freight, Osmer Gulf and Rudnev to its sanctions list.",
        None,
    );
    for target in ["Corlan Freight LLC", "Osmer Gulf FZE", "Pavel Rudnev"] {
        assert!(
            has(&r, RelationType::Sanction, "European Union", target).is_some(),
            "{target}: {r:?}"
        );
    }
    // A list read into another phrase after the objects is no sanctions list.
    let r = rel(
        "The European Union added Corlan Freight and Osmer Gulf to a report on its sanctions \
         list.",
        None,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Sanction), "{r:?}");
}

#[test]
fn an_owner_chain_holds_across_in_turn_and_to_a_person() {
    let r = rel(
        "Corlan Freight LLC is wholly owned by Osmer Gulf FZE. Osmer Gulf in turn is owned by \
         Tessaly Holdings Ltd, whose beneficial owner is the Latvian businessman Pavel Rudnev.",
        None,
    );
    for (owner, owned) in [
        ("Osmer Gulf FZE", "Corlan Freight LLC"),
        ("Tessaly Holdings Ltd", "Osmer Gulf FZE"),
        ("Pavel Rudnev", "Tessaly Holdings Ltd"),
    ] {
        assert!(
            has(&r, RelationType::Ownership, owner, owned).is_some(),
            "{owner} owns {owned}: {r:?}"
        );
    }
    // A person named as what a firm owns is no ownership.
    let r = rel(
        "Tessaly Holdings Ltd and its subsidiary, Pavel Rudnev, declined to comment.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_share_named_after_an_apposition_or_as_the_rest_is_the_owners() {
    use Modality::Asserted;
    let r = shares(
        "Halvard Group's largest shareholder, the investment firm Brekkan Capital, holds 22 \
         percent.",
    );
    assert_eq!(
        r,
        [row(
            "Brekkan Capital",
            "Halvard Group",
            Some("22 percent"),
            Asserted
        )]
    );
    let r = shares(
        "Tidal Holdings holds 70 percent of Akerby Marine and Vestrand AS controls the remaining \
         30 percent.",
    );
    assert_eq!(
        r,
        [
            row(
                "Tidal Holdings",
                "Akerby Marine",
                Some("70 percent"),
                Asserted
            ),
            row("Vestrand AS", "Akerby Marine", Some("30 percent"), Asserted)
        ]
    );
    // "the remaining" with no ownership before it in the sentence owns nothing.
    let r = shares("Vestrand AS controls the remaining 30 percent.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn an_apposition_closing_the_text_reads_no_token_past_the_end() {
    // The owner set off last: the verb of holding after its comma would be past the text.
    let r = rel(
        "Osmer Gulf is owned by Tessaly Holdings Ltd, whose beneficial owner is Pavel Rudnev.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Pavel Rudnev",
            "Tessaly Holdings Ltd"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Halvard Group's largest shareholder, Brekkan Capital,",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Brekkan Capital",
            "Halvard Group"
        )
        .is_some(),
        "{r:?}"
    );
}

#[test]
fn a_share_before_by_or_held_with_another_owner_is_read() {
    use Modality::Asserted;
    let r = shares(
        "Norvend Robotics is owned 62% by Harwick Capital Partners, with founder Dr. Anjana \
         Mehrot holding 21%.",
    );
    assert_eq!(
        r,
        [
            row(
                "Harwick Capital Partners",
                "Norvend Robotics",
                Some("62%"),
                Asserted
            ),
            row("Anjana Mehrot", "Norvend Robotics", Some("21%"), Asserted)
        ]
    );
    // "holding" with no share, or no ownership before it, owns nothing.
    assert!(shares("Harwick sold its shares, with Anjana Mehrot holding talks.").is_empty());
    assert!(shares("With Anjana Mehrot holding 21%, the vote failed.").is_empty());
}

#[test]
fn a_vessel_the_story_framed_earlier_is_a_target_without_its_noun() {
    let story = "The tanker Grey Lantern left Jebel Ali. Tessaly Holdings Ltd manages it.";
    for s in [
        "Britain said it had sanctioned Tessaly Holdings and the Grey Lantern.",
        "Britain sanctioned the Grey Lantern.",
    ] {
        let r = rel(&format!("{story} {s}"), None);
        assert!(
            has(&r, RelationType::Sanction, "Britain", "Grey Lantern").is_some(),
            "{s}: {r:?}"
        );
    }
    // A product the story never framed as a vessel is no target.
    let r = rel("Britain sanctioned the Grey Lantern.", None);
    assert!(r.is_empty(), "{r:?}");
}
