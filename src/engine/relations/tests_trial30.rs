//! Relation faults a session-30 trial found. All texts are written for these tests (invented
//! people, firms and places).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::RelationType;

#[test]
fn a_body_before_a_title_employs_the_person_after_it() {
    // "ESA" before "Director General" was read as part of the role and dropped; "Bank of
    // Japan" before "Governor" too, so the employer was the country the bank is of.
    for (text, person, employer) in [
        (
            "NORSA Director General Ilse Marten and JAXA President Taro Ikeda signed the accord.",
            "Ilse Marten",
            "NORSA",
        ),
        (
            "Bank of Latvia Governor Edgars Ozols said rates would stay.",
            "Edgars Ozols",
            "Bank of Latvia",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Employment, person, employer)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}

#[test]
fn a_role_after_a_possessive_body_with_its_portfolio_is_employment() {
    // "X, WFP's country director in Chad": the possessive and the portfolio word before the
    // title hid the role.
    for (text, person, employer) in [
        (
            "Marc Delorme, Brevik Relief Fund's country director in Mali, said food was short.",
            "Marc Delorme",
            "Brevik Relief Fund",
        ),
        (
            "Dr. Asha Menon, the Halvern Institute's chief safety officer, said so.",
            "Asha Menon",
            "Halvern Institute",
        ),
        (
            "Dr. Lena Strand, a planetary scientist at the University of Tromso, agreed.",
            "Lena Strand",
            "University of Tromso",
        ),
    ] {
        let r = rel(text, Some("2026-12-03"));
        has(&r, RelationType::Employment, person, employer)
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
    }
}

#[test]
fn a_party_under_named_sanctions_is_sanctioned_by_who_named_them() {
    let r = rel(
        "Korvald Group has been under U.S. and EU sanctions since 2022.",
        Some("2026-12-03"),
    );
    has(&r, RelationType::Sanction, "United States", "Korvald Group")
        .unwrap_or_else(|| panic!("{r:?}"));
    has(
        &r,
        RelationType::Sanction,
        "European Union",
        "Korvald Group",
    )
    .unwrap_or_else(|| panic!("{r:?}"));
    let r = rel(
        "Britain named six firms. Orvik Shipping is subject to British sanctions.",
        Some("2026-12-03"),
    );
    has(&r, RelationType::Sanction, "Britain", "Orvik Shipping").unwrap_or_else(|| panic!("{r:?}"));
    // No one named: no relation.
    let r = rel(
        "Orvik Shipping has been under sanctions since 2022.",
        Some("2026-12-03"),
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Sanction), "{r:?}");
}
