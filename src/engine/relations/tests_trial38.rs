//! The share an OWNERSHIP relation states (session 38): "owns 32 percent of", "a 54% stake
//! in", "is 51% owned by", "will acquire 68% of". All texts are written for these tests
//! (invented firms).

use crate::engine::model::{DocumentInput, Modality, RelationType};

/// (owner, owned, share, modality) of each OWNERSHIP relation of `text`, by entity names.
pub(super) fn shares(text: &str) -> Vec<(String, String, Option<String>, Modality)> {
    let a = crate::engine::analyze(&DocumentInput {
        text: text.into(),
        date: Some("2026-05-01".into()),
        ..DocumentInput::default()
    });
    let name = |id: &str| {
        a.entity_list
            .iter()
            .find(|e| e.id == id)
            .map_or_else(String::new, |e| e.name.clone())
    };
    a.relations
        .iter()
        .filter(|r| r.kind == RelationType::Ownership)
        .map(|r| {
            let share = r.share.as_deref().map(name);
            (name(&r.source), name(&r.target), share, r.modality)
        })
        .collect()
}

pub(super) fn row(
    owner: &str,
    owned: &str,
    share: Option<&str>,
    m: Modality,
) -> (String, String, Option<String>, Modality) {
    (owner.into(), owned.into(), share.map(Into::into), m)
}

#[test]
fn a_percentage_owned_is_the_relations_share() {
    use Modality::*;
    let r = shares("Tarvik Capital owns 32 percent of Morsund Logistics.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Morsund Logistics",
            Some("32 percent"),
            Asserted
        )]
    );
    let r = shares("The Hartmann family holds a 54% stake in Brenmoor Holding AG.");
    assert_eq!(
        r,
        [row(
            "Hartmann family",
            "Brenmoor Holding AG",
            Some("54%"),
            Asserted
        )]
    );
    let r = shares("Kelso Shipping is 51% owned by Tarvik Capital.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Kelso Shipping",
            Some("51%"),
            Asserted
        )]
    );
}

#[test]
fn a_percentage_bought_is_a_planned_ownership_with_its_share() {
    let r =
        shares("Brenmoor Holding AG will acquire 68% of Dovecot Systems from Halvard Partners.");
    assert_eq!(
        r,
        [row(
            "Brenmoor Holding AG",
            "Dovecot Systems",
            Some("68%"),
            Modality::Hedged
        )]
    );
}

#[test]
fn a_percentage_elsewhere_in_the_sentence_is_no_share() {
    // The share is near the trigger or the owned party, not any percentage of the sentence.
    let r = shares("Tarvik Capital, whose profit rose 12%, acquired Morsund Logistics.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Morsund Logistics",
            None,
            Modality::Asserted
        )]
    );
    let r = shares("Tarvik Capital's profit rose 9% after it acquired Morsund Logistics.");
    assert!(r.iter().all(|x| x.2.is_none()), "{r:?}");
    let r = shares("Tarvik Capital, whose profit rose 12% last year, acquired Morsund Logistics.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Morsund Logistics",
            None,
            Modality::Asserted
        )]
    );
    let r = shares("Tarvik Capital owns Morsund Logistics, which lifted its sales by 9% in May.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Morsund Logistics",
            None,
            Modality::Asserted
        )]
    );
}

#[test]
fn a_share_held_or_owned_with_a_hyphen_is_an_ownership() {
    use Modality::*;
    let r = shares("Halvard Partners now holds 27.5% of Morsund Logistics.");
    assert_eq!(
        r,
        [row(
            "Halvard Partners",
            "Morsund Logistics",
            Some("27.5%"),
            Asserted
        )]
    );
    let r = shares("Kelso Shipping is 51%-owned by Tarvik Capital.");
    assert_eq!(
        r,
        [row(
            "Tarvik Capital",
            "Kelso Shipping",
            Some("51%"),
            Asserted
        )]
    );
    // "holds" without a share owns nothing.
    assert!(shares("Tarvik Capital holds talks with Morsund Logistics.").is_empty());
    assert!(shares("Tarvik Capital held Morsund Logistics responsible.").is_empty());
    assert!(shares("The tanker Ardent Wave, held by Tarvik Capital, sailed.").is_empty());
    assert!(shares("Halvard Partners holds 40% of Morsund Logistics's debt.").is_empty());
}

#[test]
fn a_unit_owned_by_its_parent_of_the_same_name_is_not_owned_by_itself() {
    let r = shares("Tarnholm Kabel GmbH is 51% owned by Tarnholm Kabel ASA.");
    assert_eq!(
        r,
        [row(
            "Tarnholm Kabel ASA",
            "Tarnholm Kabel GmbH",
            Some("51%"),
            Modality::Asserted
        )]
    );
}

#[test]
fn a_stake_sold_is_owned_by_the_buyer_with_its_share() {
    let r =
        shares("Fjord Capital Partners sold its 15% stake in Solvik Offshore to Halvard Partners.");
    assert_eq!(
        r,
        [row(
            "Halvard Partners",
            "Solvik Offshore",
            Some("15%"),
            Modality::Asserted
        )]
    );
    // A stake is no goods: no SUPPLY of "stake" to the buyer.
    let a = crate::engine::analyze(&DocumentInput {
        text: "Fjord Capital Partners sold its stake in Solvik Offshore to Halvard Partners."
            .into(),
        ..DocumentInput::default()
    });
    assert!(
        a.relations
            .iter()
            .all(|r| r.kind == RelationType::Ownership),
        "{:?}",
        a.relations
    );
}
