//! Relation faults found by the session-43 cold trial (a club takeover, a family holding, a
//! chip maker's staff): a share of a firm named after a description or after what the share
//! is of, a takeover that failed, and employment stated by a verb of work rather than a title.
//! All texts are written for these tests (invented firms and people).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

#[test]
fn a_share_of_a_firm_after_a_description_or_of_its_voting_rights_is_ownership() {
    for (text, owner, owned) in [
        (
            "Tarnvik Group owns 51 percent of the ferry operator Skjold Lines.",
            "Tarnvik Group",
            "Skjold Lines",
        ),
        (
            "The Ostberg Foundation holds 54 percent of the voting rights in Tarnvik Group.",
            "Ostberg Foundation",
            "Tarnvik Group",
        ),
        (
            "Vantor Capital owns 30 percent of the shares of Brisk Logistics.",
            "Vantor Capital",
            "Brisk Logistics",
        ),
    ] {
        let r = rel(text, None);
        assert!(
            has(&r, RelationType::Ownership, owner, owned).is_some(),
            "{text}: {r:?}"
        );
    }
    // A share of something else the firm has is no share of the firm.
    let r = rel(
        "Vantor Capital owns 40% of the debt of Brisk Logistics.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_takeover_that_failed_is_negated() {
    let r = rel(
        "Tarnvik Group had tried and failed to buy the German trucking firm Kessel Transporte in 2021.",
        None,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Tarnvik Group",
        "Kessel Transporte",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(o.4, Modality::Negated);
}

#[test]
fn a_verb_of_work_states_employment() {
    for (text, person, firm, modality) in [
        (
            "Maria Okafor joined Banco Lirio last year.",
            "Maria Okafor",
            "Banco Lirio",
            Modality::Asserted,
        ),
        (
            "Mette Lund previously worked at Halden Bank.",
            "Mette Lund",
            "Halden Bank",
            Modality::Asserted,
        ),
        (
            "Ravi Menon was hired by Kestrel Aerosystems in 2019.",
            "Ravi Menon",
            "Kestrel Aerosystems",
            Modality::Asserted,
        ),
        (
            "Maria Okafor joined the Danish lender Halden Bank as chief economist.",
            "Maria Okafor",
            "Halden Bank",
            Modality::Asserted,
        ),
        (
            "Maria Okafor will join Banco Lirio in March.",
            "Maria Okafor",
            "Banco Lirio",
            Modality::Hedged,
        ),
    ] {
        let r = rel(text, Some("2026-05-01"));
        let e = has(&r, RelationType::Employment, person, firm)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(e.4, modality, "{text}");
    }
    // Who left one firm to join another joins it (session 44's trial: the firm left was read
    // as the one joining).
    for (text, person, firm) in [
        (
            "Omar Haddad left Banco Lirio in September to join Halden Bank as an adviser.",
            "Omar Haddad",
            "Halden Bank",
        ),
        (
            "Ravi Menon quit Kestrel Aerosystems last year to join Tarnvik Steel.",
            "Ravi Menon",
            "Tarnvik Steel",
        ),
    ] {
        let r = rel(text, Some("2026-05-01"));
        assert!(
            has(&r, RelationType::Employment, person, firm).is_some(),
            "{text}: {r:?}"
        );
        assert!(
            !r.iter()
                .any(|x| x.0 == RelationType::Employment && x.1 != person),
            "{text}: {r:?}"
        );
    }
    // A country joining an alliance, a person joining a person: no employment of the one
    // who joins ("Tom Berg" is Kestrel's by his title).
    for text in [
        "Sweden joined NATO in 2024.",
        "Ana Lopes joined Tom Berg at the summit.",
        // The firm only modifies what follows (session 43's review).
        "Ana Lopes joined Kestrel Aerosystems chief executive Tom Berg on stage.",
        "Ana Lopes joined the Halden Bank conference in Oslo.",
    ] {
        let r = rel(text, None);
        assert!(
            !r.iter()
                .any(|x| x.0 == RelationType::Employment && text.starts_with(x.1.as_str())),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_relation_is_not_dated_by_a_relative_clause_or_by_what_a_titled_person_will_do() {
    let text = "Ana Lopes, chief executive of Kestrel Aerosystems, which was founded in 1998, \
                visited Chad three days ago. Halden Bank said its chief executive, Mette Lund, \
                will step down in June. Ravi Menon joined Banco Lirio in 2019.";
    let r = rel(text, Some("2026-03-10"));
    let date = |kind, source: &str, target: &str| {
        has(&r, kind, source, target)
            .unwrap_or_else(|| panic!("{kind:?} {source} {target}: {r:?}"))
            .5
    };
    let employment = RelationType::Employment;
    assert_eq!(date(employment, "Ana Lopes", "Kestrel Aerosystems"), None);
    assert_eq!(
        date(RelationType::Meeting, "Ana Lopes", "Chad").as_deref(),
        Some("2026-03-07")
    );
    assert_eq!(date(employment, "Mette Lund", "Halden Bank"), None);
    // A verb of work keeps the date of its own clause.
    assert_eq!(
        date(employment, "Ravi Menon", "Banco Lirio").as_deref(),
        Some("2019")
    );
    // A dateline's date dates the document, not what its lead says will happen.
    for (text, want) in [
        (
            "OSLO, 18 November 2026 (Wire) - Tarnvik Steel will supply rails to Kestrel Rail \
             in 2027, the company said on Wednesday.",
            Some("2027"),
        ),
        (
            "OSLO, 18 November 2026 (Wire) - Tarnvik Steel will supply rails to Kestrel Rail \
             from 2027, the company said on Wednesday.",
            Some("2027"),
        ),
    ] {
        let r = rel(text, None);
        let supply = has(&r, RelationType::Supply, "Tarnvik Steel", "Kestrel Rail")
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(supply.5.as_deref(), want, "{text}");
    }
}
