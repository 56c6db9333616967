//! More relation faults of the session-47 trial: an indefinite apposition after a sanctions
//! target ("X, a Cyprus national, and Y"), control and kept stakes, a consortium acting for its
//! leader, goods to "carmakers including A and B" or to "A, based in C, and to B", a person
//! sold as a firm, staff titles after a described firm or goods, "now led by", and meetings
//! with a place visited or a capital whose state the text never names. All texts are written
//! for these tests (invented people, firms and clubs).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

const DATE: Option<&str> = Some("2026-05-01");

#[test]
fn a_place_in_a_targets_apposition_is_no_target_and_the_list_runs_on_past_it() {
    for text in [
        "The Treasury designated Ilan Voss, a Cyprus national, and Petra Lindgren, a Swedish \
         banker.",
        "The Treasury designated Ilan Voss, a Cyprus national who ran two shell firms, and \
         Petra Lindgren, a Swedish banker who allegedly moved the funds.",
        "The Treasury designated Ilan Voss, a Cyprus national, and Petra Lindgren.",
    ] {
        let r = rel(text, DATE);
        for target in ["Ilan Voss", "Petra Lindgren"] {
            assert!(
                has(&r, RelationType::Sanction, "Treasury", target).is_some(),
                "{text}: {r:?}"
            );
        }
        assert!(
            !r.iter()
                .any(|x| x.0 == RelationType::Sanction && x.2 == "Cyprus"),
            "{text}: {r:?}"
        );
    }
    let text = "The Treasury designated Ilan Voss, a Cyprus national.";
    let r = rel(text, DATE);
    assert!(
        has(&r, RelationType::Sanction, "Treasury", "Ilan Voss").is_some(),
        "{r:?}"
    );
    assert!(!r.iter().any(|x| x.2 == "Cyprus"), "{r:?}");
    // The name after ", and" starts a clause of its own: not designated.
    let text = "The Treasury designated Ilan Voss, a broker who works in Cyprus, and Petra \
                Lindgren said she would appeal.";
    let r = rel(text, DATE);
    assert!(
        has(&r, RelationType::Sanction, "Treasury", "Ilan Voss").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "Treasury", "Petra Lindgren").is_none(),
        "{r:?}"
    );
}

#[test]
fn control_of_a_club_and_a_stake_kept_are_ownership() {
    let r = rel(
        "Tomas Brandt has controlled Harven Athletic since 2015.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Tomas Brandt",
        "Harven Athletic",
    )
    .expect("control");
    assert_eq!(o.4, Modality::Asserted);
    assert_eq!(o.5.as_deref(), Some("2015"));
    let r = rel(
        "Tomas Brandt will keep a 15 percent stake in Harven Athletic.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Tomas Brandt",
        "Harven Athletic",
    )
    .expect("keep");
    assert_eq!(o.4, Modality::Hedged);
    // Controlling a game or a board names no firm owned.
    for text in [
        "Harven Athletic controlled the game against Ostby United.",
        "Tomas Brandt controlled the board of Harven Athletic.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Ownership),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_consortium_led_by_a_party_acts_for_it() {
    for (text, buyer) in [
        (
            "A consortium led by Norvik Capital has agreed to buy a 60 percent stake in \
             Harven Athletic.",
            "Norvik Capital",
        ),
        (
            "A consortium led by Danish investor Mads Holmgaard has agreed to buy a 60 \
             percent stake in Harven Athletic.",
            "Mads Holmgaard",
        ),
    ] {
        let r = rel(text, DATE);
        let o = has(&r, RelationType::Ownership, buyer, "Harven Athletic")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(o.4, Modality::Hedged, "{text}");
    }
    // Fans led by a person are no body acting for that person.
    let text = "Fans led by Mads Holmgaard have agreed to buy a 60 percent stake in Harven \
                Athletic.";
    let r = rel(text, DATE);
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
}

#[test]
fn a_player_sold_is_no_firm_owned() {
    let r = rel(
        "Harven Athletic sold midfielder Chidubem Okorafor-Nwosu to Ostby United.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
    let r = rel(
        "Norvik Capital sold Harven Athletic to Ostby Holdings.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Ostby Holdings",
            "Harven Athletic"
        )
        .is_some(),
        "{r:?}"
    );
}

#[test]
fn recipients_listed_after_a_plural_noun_or_past_a_based_in_clause() {
    let r = rel(
        "Kestrel Micro supplied sensors to automakers including Volvo and Renault.",
        DATE,
    );
    for to in ["Volvo", "Renault"] {
        let s = has(&r, RelationType::Supply, "Kestrel Micro", to)
            .unwrap_or_else(|| panic!("{to}: {r:?}"));
        assert_eq!(s.3, vec!["sensors"]);
    }
    let r = rel(
        "Kestrel Micro supplied sensors to Arden Mobile, based in Lyon, and to Norrland \
         Devices.",
        DATE,
    );
    for to in ["Arden Mobile", "Norrland Devices"] {
        assert!(
            has(&r, RelationType::Supply, "Kestrel Micro", to).is_some(),
            "{to}: {r:?}"
        );
    }
    // After the participle a new clause with its own subject: Norrland is no recipient.
    let r = rel(
        "Kestrel Micro supplied sensors to Arden Mobile, based in Lyon, and Norrland Devices \
         sold phones to Kia.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Supply,
            "Kestrel Micro",
            "Norrland Devices"
        )
        .is_none(),
        "{r:?}"
    );
}

#[test]
fn staff_of_a_described_firm_or_a_goods_analyst_and_a_firm_now_led_by_its_chief() {
    for (text, person, firm) in [
        (
            "Lea Marchand of the Geneva law firm Vautier Associés said the ruling was wrong.",
            "Lea Marchand",
            "Vautier Associés",
        ),
        (
            "Lea Marchand of the law firm Vautier Associés said the ruling was wrong.",
            "Lea Marchand",
            "Vautier Associés",
        ),
        (
            "Anil Menon, a semiconductor analyst at Halvik Securities in Mumbai, said demand \
             was weak.",
            "Anil Menon",
            "Halvik Securities",
        ),
        (
            "Tarvo Foods, now led by chief executive Ines Maru, said profits rose.",
            "Ines Maru",
            "Tarvo Foods",
        ),
    ] {
        let r = rel(text, DATE);
        assert!(
            has(&r, RelationType::Employment, person, firm).is_some(),
            "{text}: {r:?}"
        );
    }
    // No firm named after the description, a former role (no qualifier to keep it apart from
    // a current one), and a group a person leads that is no organisation: no employment.
    for text in [
        "Lea Marchand of the law firm said the ruling was wrong.",
        "Paul Verne, the former chief executive of Tarvo Foods, was jailed.",
        "Protesters, now led by Ines Maru, marched on Tarvo Foods.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Employment),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_district_visited_or_a_capital_with_no_state_named_is_no_meeting() {
    for text in [
        "Prime Minister Lena Dahl visited flood-hit Kurigram district on Monday.",
        "Ana Berg held talks with Moscow on Monday.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Meeting),
            "{text}: {r:?}"
        );
    }
    // The capital stands for its state when the text names it; a capital visited is a
    // state visit; a state visited stays a party.
    let r = rel(
        "Russia denied it. Ana Berg held talks with Moscow on Monday.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Meeting, "Ana Berg", "Russia").is_some(),
        "{r:?}"
    );
    let r = rel("Prime Minister Lena Dahl visited Beijing on Monday.", DATE);
    assert!(
        has(&r, RelationType::Meeting, "Lena Dahl", "Beijing").is_some(),
        "{r:?}"
    );
    let r = rel(
        "Prime Minister Lena Dahl visited Bangladesh on Monday.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Meeting, "Lena Dahl", "Bangladesh").is_some(),
        "{r:?}"
    );
}
