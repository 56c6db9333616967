//! Names of politics and business news as kinds (issue 11), on short texts written for these
//! tests, through the public API (`engine::analyze`): a party named only by a word before a
//! lower-case "party", a name opened by a capitalised "All" inside a sentence, a firm whose
//! shares are said to trade even where the tagger read it as a product, a firm's initials
//! joined by "&" ("AT&T"), a listed company of two words opening a sentence, and what a drug
//! or a device is sold or marketed as, a device's edition words after its number, and a model
//! code before an item noun that the tagger read as a road.

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-05-11".into()),
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
fn a_word_before_a_lower_case_party_is_the_party() {
    let a = run(
        "Polls gave the nationalist Varda party a lead, while the ruling Ostrel party \
         lost ground to the far-left Zelvaq party in the capital.",
    );
    for name in ["Varda", "Ostrel", "Zelvaq"] {
        expect(&a, name, Label::Org);
    }
}

#[test]
fn an_ideology_word_a_function_word_or_a_holiday_before_party_is_no_party_name() {
    let a = run(
        "The Communist party met in May. Guests at the Christmas party talked. \
         Leaders said the Conservative party would vote.",
    );
    for word in ["Communist", "Conservative"] {
        assert_ne!(
            label_of(&a, word),
            Some(Label::Org),
            "{word}: {:?}",
            a.entities
        );
    }
    assert_eq!(label_of(&a, "Christmas"), None, "{:?}", a.entities);
    // A listed surname before "party" is the person's party, not its name.
    let c = run("Critics of the Trump party disagreed.");
    assert_ne!(label_of(&c, "Trump"), Some(Label::Org), "{:?}", c.entities);
    let b = run("Analysts said: New party rules start today.");
    assert_eq!(label_of(&b, "New"), None, "{:?}", b.entities);
}

#[test]
fn a_capitalised_all_inside_a_sentence_opens_the_name() {
    let a = run(
        "Delegates of the All Varnish Workers Federation flew on All Korvath Airways to a \
         meeting at the All Ebbington Club.",
    );
    for name in [
        "All Varnish Workers Federation",
        "All Korvath Airways",
        "All Ebbington Club",
    ] {
        expect(&a, name, Label::Org);
    }
    // Lower case or ending the sentence, "all" opens nothing.
    let b = run("They all met Dana Whitlock. She said it was All.");
    assert!(
        b.entities
            .iter()
            .all(|m| !m.text.to_lowercase().starts_with("all")),
        "{:?}",
        b.entities
    );
}

#[test]
fn shares_of_a_name_make_it_a_firm_not_a_product() {
    let a = run("Shares of Galvora Energia fell 2% in Lisbon, and shares in Tessar Quimica rose.");
    for name in ["Galvora Energia", "Tessar Quimica"] {
        expect(&a, name, Label::Org);
    }
}

#[test]
fn initials_joined_by_an_ampersand_are_a_firm_but_common_abbreviations_are_not() {
    let a = run(
        "KX&T and the grocer Q&J said their R&D budgets were cut; P&W's chief took questions \
         in a Q&A about M&A.",
    );
    for name in ["KX&T", "Q&J", "P&W's"] {
        let found = a
            .entities
            .iter()
            .find(|m| m.text.starts_with(name.trim_end_matches("'s")));
        assert_eq!(
            found.map(|m| m.label),
            Some(Label::Org),
            "{name}: {:?}",
            a.entities
        );
    }
    let b = run("The utility signed an O&M contract as stocks in the F&O segment fell.");
    for term in ["O&M", "F&O"] {
        assert_eq!(label_of(&b, term), None, "{term}: {:?}", b.entities);
    }
    for term in ["R&D", "Q&A", "M&A"] {
        assert_eq!(label_of(&a, term), None, "{term}: {:?}", a.entities);
    }
}

#[test]
fn a_listed_company_of_two_words_opening_a_sentence_is_the_company() {
    let a = run("Eli Lilly's newest pill failed a trial. Analysts expect Eli Lilly to appeal.");
    let labels: Vec<Label> = a
        .entities
        .iter()
        .filter(|m| m.text.starts_with("Eli Lilly"))
        .map(|m| m.label)
        .collect();
    assert_eq!(labels, vec![Label::Org, Label::Org], "{:?}", a.entities);
}

#[test]
fn what_a_drug_is_sold_or_marketed_as_is_a_product() {
    let a = run(
        "The compound, sold by Halvard Pharma as Zentrova and Lumexa, cut relapses. A rival \
         pill is marketed in Europe as Velqo. The study, known as ORBIT, ended.",
    );
    for name in ["Zentrova", "Lumexa", "Velqo"] {
        expect(&a, name, Label::Product);
    }
    expect(&a, "Halvard Pharma", Label::Org);
    assert_ne!(
        label_of(&a, "ORBIT"),
        Some(Label::Product),
        "{:?}",
        a.entities
    );
    // "as" opening a clause ("while"): the names after it are its subject, even past an
    // apposition or a second name; a noun "markets" is no marketing verb.
    for (text, name) in [
        (
            "Markets rallied as Kowalski, the finance minister, spoke.",
            "Kowalski",
        ),
        (
            "The shop was sold in 2019 as Jenkins, its founder, retired.",
            "Jenkins",
        ),
        (
            "The club sold tickets as Everton and Burnley prepared.",
            "Everton",
        ),
    ] {
        let c = run(text);
        assert_ne!(
            label_of(&c, name),
            Some(Label::Product),
            "{text}: {:?}",
            c.entities
        );
    }
    let b = run("The fund sold its stake as Varnel Holdings bought more shares.");
    expect(&b, "Varnel Holdings", Label::Org);
}

#[test]
fn edition_words_after_a_version_number_belong_to_the_product() {
    let a = run(
        "Velto unveiled the Corvin 12 Pro Max and the Corvin 12 Air; the Lumo 4 Ultra went on \
         sale.",
    );
    for name in ["Corvin 12 Pro Max", "Corvin 12 Air", "Lumo 4 Ultra"] {
        expect(&a, name, Label::Product);
    }
    let c = run("Reviewers liked the Corvin 12 Pro Velto unveiled in May.");
    expect(&c, "Corvin 12 Pro", Label::Product);
    // An edition word that opens another name is that name's: a seed, then a player.
    let b = run("Seeds 3 Max Hollander and 4 Lena Ostrova advanced.");
    expect(&b, "Max Hollander", Label::Person);
}

#[test]
fn a_code_before_an_item_noun_is_a_product_even_where_read_as_a_road() {
    let a = run("Engineers said the A19 chip draws less power.");
    expect(&a, "A19", Label::Product);
    let b = run("Traffic on the A19 was slow near Doncaster.");
    assert_ne!(
        label_of(&b, "A19"),
        Some(Label::Product),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_burmese_leaders_name_is_one_person_and_its_short_form_joins_it() {
    let a = run("Aung San Suu Kyi met the envoy in Naypyidaw. Suu Kyi said little afterwards.");
    expect(&a, "Aung San Suu Kyi", Label::Person);
    let short = a.entities.iter().find(|m| m.text == "Suu Kyi");
    let full = a.entities.iter().find(|m| m.text == "Aung San Suu Kyi");
    assert_eq!(
        short.map(|m| &m.entity),
        full.map(|m| &m.entity),
        "{:?}",
        a.entities
    );
}
