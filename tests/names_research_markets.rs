//! Names of research and market news as kinds (issue 11), on short texts written for these
//! tests, through the public API (`engine::analyze`): bodies named with a designator of another
//! language, firms whose shares are said to trade, market indices named with a number, and
//! journals.
//! A market index is a PRODUCT (a measure funds sell; CoNLL's dev set marks indices MISC).

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-03-04".into()),
    })
}

fn label_of(a: &Analysis, text: &str) -> Option<Label> {
    a.entities.iter().find(|m| m.text == text).map(|m| m.label)
}

fn all(a: &Analysis) -> Vec<(&str, Label)> {
    a.entities
        .iter()
        .map(|m| (m.text.as_str(), m.label))
        .collect()
}

#[test]
fn a_body_named_with_a_designator_of_another_language_is_an_organisation() {
    let a = run(
        "The trial was run by doctors at the Lindqvist Institutet and the Varberg Universitet, \
         paid for by the Ebbesen Stiftung, with statisticians from the Universidad de Tarapacá \
         and the Technische Universität Oberhausen.",
    );
    for name in [
        "Lindqvist Institutet",
        "Varberg Universitet",
        "Ebbesen Stiftung",
        "Universidad de Tarapacá",
        "Technische Universität Oberhausen",
    ] {
        assert_eq!(
            label_of(&a, name),
            Some(Label::Org),
            "{name}: {:?}",
            all(&a)
        );
    }
}

#[test]
fn a_name_whose_shares_trade_is_a_firm_even_when_it_opens_with_a_given_name() {
    let a = run(
        "Shares of Henri Duvalle fell 6% after the warning. Investors also sold shares in \
         Marta Hollis, and Quenby Foods shares slid 3%.",
    );
    for name in ["Henri Duvalle", "Marta Hollis", "Quenby Foods"] {
        assert_eq!(
            label_of(&a, name),
            Some(Label::Org),
            "{name}: {:?}",
            all(&a)
        );
    }
    // A market is a place, and the shares of what a person owns are not the person's.
    let a = run("Shares in Singapore rose, and shares of Tomas Brekke's company fell.");
    assert_eq!(label_of(&a, "Singapore"), Some(Label::Gpe), "{:?}", all(&a));
    assert_eq!(
        label_of(&a, "Tomas Brekke"),
        Some(Label::Person),
        "{:?}",
        all(&a)
    );
    // "shares" as a verb says nothing, nor do a person's own shares or standing, nor the
    // stock one puts in someone.
    for text in [
        "Anna Kjeldsen shares an office with two lawyers.",
        "Anna Kjeldsen shares lost letters from her father.",
        "Anna Kjeldsen's stock rose after the debate.",
        "Few investors put much stock in Anna Kjeldsen now.",
    ] {
        let a = run(text);
        assert_eq!(
            label_of(&a, "Anna Kjeldsen"),
            Some(Label::Person),
            "{text}: {:?}",
            all(&a)
        );
    }
}

#[test]
fn a_market_index_named_with_a_number_is_one_product_not_a_cardinal() {
    let a = run("Markets fell: the FTSE 100 lost 1.1% and the S&P 500 shed 40 points.");
    assert_eq!(
        label_of(&a, "FTSE 100"),
        Some(Label::Product),
        "{:?}",
        all(&a)
    );
    assert_eq!(
        label_of(&a, "S&P 500"),
        Some(Label::Product),
        "{:?}",
        all(&a)
    );
    assert!(
        !a.entities
            .iter()
            .any(|m| m.text == "100" || m.text == "500"),
        "{:?}",
        all(&a)
    );
}

#[test]
fn a_journal_is_an_organisation_and_keeps_its_of_phrase() {
    let a = run(
        "The results, published in The Lancet on Monday, were later questioned in the \
         Northern Journal of Cardiology.",
    );
    assert_eq!(label_of(&a, "Lancet"), Some(Label::Org), "{:?}", all(&a));
    assert_eq!(
        label_of(&a, "Northern Journal of Cardiology"),
        Some(Label::Org),
        "{:?}",
        all(&a)
    );
    // A listed place after a capitalised "The" stays the place, and so does a range.
    let a = run("The delegates flew to The Hague on Monday.");
    assert_eq!(label_of(&a, "The Hague"), Some(Label::Gpe), "{:?}", all(&a));
    let a = run("They hiked for a week in The Alps last summer.");
    assert_ne!(label_of(&a, "Alps"), Some(Label::Org), "{:?}", all(&a));
}

#[test]
fn a_name_right_after_a_product_noun_is_a_product() {
    let a = run(
        "Clinics ran short of the drug Velatrex in May, and regulators approved the vaccine \
         Corvanil for children. Users of the chatbot Quorvex Assist complained.",
    );
    for name in ["Velatrex", "Corvanil", "Quorvex Assist"] {
        assert_eq!(
            label_of(&a, name),
            Some(Label::Product),
            "{name}: {:?}",
            all(&a)
        );
    }
    // A place after the noun is not the product's name.
    let a = run("Supplies of the vaccine Brazil ordered arrived late.");
    assert_ne!(
        label_of(&a, "Brazil"),
        Some(Label::Product),
        "{:?}",
        all(&a)
    );
}

#[test]
fn a_hyphenated_general_title_stays_outside_the_name_and_is_the_role() {
    let a = run(
        "Auditor-General Maren Tosk said the accounts were late, and Governor-General Ilse \
         Baerent signed the bill.",
    );
    for (name, role) in [
        ("Maren Tosk", "auditor-general"),
        ("Ilse Baerent", "governor-general"),
    ] {
        assert_eq!(
            label_of(&a, name),
            Some(Label::Person),
            "{name}: {:?}",
            all(&a)
        );
        let e = a.entity_list.iter().find(|e| e.name == name).expect(name);
        assert!(
            e.roles.iter().any(|r| r.eq_ignore_ascii_case(role)),
            "{name}: {:?}",
            e.roles
        );
    }
    assert!(
        !a.entities.iter().any(|m| m.text.contains("-General")),
        "{:?}",
        all(&a)
    );
}
