//! Relation faults found by the session-45 cold trial (an arms supply story, a takeover, a
//! sanctions notice): ownership said by "controls", "took ownership of" or an adverb before
//! "owns", a takeover with its date before "by", a supplier opening its sentence before an
//! auxiliary, nationalities as plural subjects, and the party a measure is put on "for
//! supplying". All texts are written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn control_ownership_taken_and_an_adverb_before_owns_are_ownership() {
    for (text, owner, owned) in [
        (
            "Kestrel Holdings already owns Veltra Energy.",
            "Kestrel Holdings",
            "Veltra Energy",
        ),
        (
            "Kestrel Holdings controls Veltra Energy.",
            "Kestrel Holdings",
            "Veltra Energy",
        ),
        (
            "Oaktree Capital took ownership of Veltra Energy from Borealis Capital in May.",
            "Oaktree Capital",
            "Veltra Energy",
        ),
        (
            "Orvane Systems was acquired in 2023 by Harbor Peak Holdings.",
            "Harbor Peak Holdings",
            "Orvane Systems",
        ),
    ] {
        let r = rel(text, Some("2026-11-30"));
        assert!(
            has(&r, RelationType::Ownership, owner, owned).is_some(),
            "{text}: {r:?}"
        );
    }
    // The takeover's year, between the participle and "by", dates it.
    let r = rel(
        "Orvane Systems was acquired in 2023 by Harbor Peak Holdings.",
        Some("2026-11-30"),
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Harbor Peak Holdings",
        "Orvane Systems",
    );
    assert_eq!(o.and_then(|o| o.5).as_deref(), Some("2023"));
    // Control lost or a place held is no ownership.
    for text in [
        "Kestrel Holdings lost control of Veltra Energy in May.",
        "The rebels control Mosul.",
    ] {
        let r = rel(text, Some("2026-11-30"));
        assert!(
            r.iter().all(|x| x.0 != RelationType::Ownership),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_supplier_opening_its_sentence_before_an_auxiliary_supplies() {
    let r = rel("Baykar may supply drones to Kenya.", Some("2026-11-30"));
    let s = has(&r, RelationType::Supply, "Baykar", "Kenya").expect("Baykar → Kenya");
    assert_eq!(s.4, Modality::Hedged);
}

#[test]
fn firms_of_a_nationality_supply_for_their_country() {
    let r = rel(
        "Iranian firms supply drones to Russia. Iran denies it.",
        Some("2026-11-30"),
    );
    assert!(
        has(&r, RelationType::Supply, "Iran", "Russia").is_some(),
        "{r:?}"
    );
}

#[test]
fn the_party_a_measure_is_put_on_for_supplying_is_the_supplier() {
    let r = rel(
        "The European Union imposed sanctions on Kestrel Holdings, a Dubai trader, for shipping drone engines to Russia.",
        Some("2026-11-30"),
    );
    assert!(
        has(
            &r,
            RelationType::Sanction,
            "European Union",
            "Kestrel Holdings"
        )
        .is_some(),
        "{r:?}"
    );
    let s = has(&r, RelationType::Supply, "Kestrel Holdings", "Russia").expect("supply");
    assert_eq!(s.3, vec!["drone engines"]);
    // A measure put on a party for something other than a supply gives no supply.
    let r = rel(
        "The European Union imposed sanctions on Kestrel Holdings for its role in the war.",
        Some("2026-11-30"),
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn an_emoji_in_the_sentence_loses_no_goods_and_a_day_agreed_on_is_past() {
    let r = rel(
        "🚀 Rheinmetall AG agreed to supply 40 Skyranger systems to Denmark 🇩🇰 on Tuesday.",
        Some("2026-11-30"),
    );
    let s = has(&r, RelationType::Supply, "Rheinmetall AG", "Denmark").expect("supply");
    assert!(!s.3.is_empty(), "{s:?}");
    assert_eq!(s.5.as_deref(), Some("2026-11-24"));
}

#[test]
fn a_title_before_a_speaker_is_not_dated_by_the_speech() {
    for text in [
        "U.S. Commerce Secretary Anna Berg said last week that exports would fall.",
        "Tarvik Group's chief technology officer Jonas Lind said on Monday that output would double.",
    ] {
        let r = rel(text, Some("2026-11-30"));
        let e = r
            .iter()
            .find(|x| x.0 == RelationType::Employment)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(e.5, None, "{text}: {e:?}");
    }
    // Joining a firm keeps the date of the joining.
    let r = rel(
        "Anna Berg joined Tarvik Ports in March.",
        Some("2026-11-30"),
    );
    let e = has(&r, RelationType::Employment, "Anna Berg", "Tarvik Ports").expect("joined");
    assert_eq!(e.5.as_deref(), Some("2026-03"));
}

#[test]
fn each_party_met_in_a_list_is_met() {
    let r = rel(
        "Anna Berg met Jonas Lind, Ole Brekke and Tove Sand in Tarnby on Friday.",
        Some("2026-11-30"),
    );
    for other in ["Jonas Lind", "Ole Brekke", "Tove Sand"] {
        assert!(
            has(&r, RelationType::Meeting, "Anna Berg", other).is_some(),
            "{other}: {r:?}"
        );
    }
}
