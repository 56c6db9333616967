//! Firms by their legal form or trade word, places named with a given name and a particle, a
//! firm's "&" initials alone in a sentence, and a country's public body before a possessive, as
//! kinds (issue 11), on short texts written for these tests, through the public API
//! (`engine::analyze`).

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-11-20".into()),
    })
}

fn label_of(a: &Analysis, text: &str) -> Option<Label> {
    a.entities.iter().find(|m| m.text == text).map(|m| m.label)
}

/// Asserts that the mention `text` has `label`, showing every mention when it does not.
fn expect(a: &Analysis, text: &str, label: Label) {
    assert_eq!(label_of(a, text), Some(label), "{text}: {:?}", a.entities);
}

#[test]
fn a_legal_form_ends_a_firm_with_or_without_its_period() {
    let a = run(
        "The order went to Ferrante Tessuti S.p.A. and to Lumière de Vaucluse SAS. \
         Costa Verde S.L. and Horvat Metal d.o.o. were paid later.",
    );
    for name in [
        "Ferrante Tessuti S.p.A.",
        "Lumière de Vaucluse SAS",
        "Costa Verde S.L.",
        "Horvat Metal d.o.o.",
    ] {
        expect(&a, name, Label::Org);
    }
}

#[test]
fn a_trade_word_ends_a_firm_not_a_person() {
    let a = run(
        "Ostrander Ship Management, Belcourt Properties and Quillon Trading denied \
         chartering the tanker.",
    );
    for name in [
        "Ostrander Ship Management",
        "Belcourt Properties",
        "Quillon Trading",
    ] {
        expect(&a, name, Label::Org);
    }
}

#[test]
fn a_given_name_and_a_particle_before_a_place_name_a_place() {
    let a = run(
        "Pilgrims walked to Santiago de Compostela, and the envoy flew on to Santiago de \
         Chile. Charles de Gaulle spoke.",
    );
    for place in ["Santiago de Compostela", "Santiago de Chile"] {
        assert!(
            matches!(label_of(&a, place), Some(Label::Gpe | Label::Loc)),
            "{place}: {:?}",
            a.entities
        );
    }
    // A given name with a particle and no place at either end stays a person.
    expect(&a, "Charles de Gaulle", Label::Person);
    // So does a given name that is also a city's, with no country after it.
    let b = run(
        "Victoria de Souza, a lawyer in Lisbon, represents the shipowner. Florence de Changy \
         reported from the port. Santiago de la Fuente, Chile's deputy finance minister, resigned.",
    );
    for person in [
        "Victoria de Souza",
        "Florence de Changy",
        "Santiago de la Fuente",
    ] {
        expect(&b, person, Label::Person);
    }
}

#[test]
fn a_firms_ampersand_initials_alone_in_a_sentence_are_the_firm() {
    let a = run("AT&T rose.");
    expect(&a, "AT&T", Label::Org);
    // A common abbreviation with an "&" is no firm.
    let b = run("Spending on R&D rose.");
    assert_eq!(label_of(&b, "R&D"), None, "{:?}", b.entities);
}

#[test]
fn a_countrys_body_before_a_possessive_is_one_organisation() {
    for text in [
        "A report by the U.S. Treasury's sanctions office named two brokers.",
        "The U.S. Treasury's sanctions office named two brokers.",
    ] {
        let a = run(text);
        expect(&a, "U.S. Treasury", Label::Org);
    }
}

#[test]
fn a_name_before_a_product_noun_is_the_product_unless_a_listed_firm_makes_it() {
    let a = run(
        "Lumenta, which makes the Claude chatbot, raised money. Users of Lumenta's Vela \
         chatbot complained, and regulators approved the Pfizer vaccine.",
    );
    for product in ["Claude", "Vela"] {
        expect(&a, product, Label::Product);
    }
    // A listed company before the noun is the maker.
    expect(&a, "Pfizer", Label::Org);
}

#[test]
fn missions_and_archives_are_bodies_and_a_coroner_is_a_title() {
    let a = run("Visas are issued at the Peruvian Consulate in Leeds on weekdays.");
    expect(&a, "Peruvian Consulate", Label::Org);
    let a = run("The letters are kept in the Latvian State Historical Archive in Riga.");
    expect(&a, "Latvian State Historical Archive", Label::Org);
    let a = run("District Coroner Helen Marsh opened the inquest on Monday.");
    expect(&a, "Helen Marsh", Label::Person);
    assert!(
        a.entities
            .iter()
            .all(|m| !m.text.contains("Coroner") || m.label != Label::Gpe),
        "{:?}",
        a.entities
    );
}
