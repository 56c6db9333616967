//! The name faults a new-user trial found, each as a kind, on short texts written for these
//! tests (through the public API, `engine::analyze`).

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-04-12".into()),
    })
}

/// Every mention of `surface`, with its label and entity id.
fn mentions<'a>(a: &'a Analysis, surface: &str) -> Vec<(Label, &'a str)> {
    a.entities
        .iter()
        .filter(|m| m.text == surface)
        .map(|m| (m.label, m.entity.as_str()))
        .collect()
}

fn only(a: &Analysis, surface: &str) -> (Label, String) {
    let ms = mentions(a, surface);
    assert!(
        !ms.is_empty(),
        "no mention {surface:?} in {:?}",
        a.entities
            .iter()
            .map(|m| (&m.text, m.label))
            .collect::<Vec<_>>()
    );
    assert!(ms.windows(2).all(|w| w[0] == w[1]), "{surface:?}: {ms:?}");
    (ms[0].0, ms[0].1.to_string())
}

#[test]
fn a_short_form_of_a_company_named_in_full_is_that_company() {
    let a = run(
        "Regulators in Dubai fined Qasr Alwaha Fuel Trading FZE last month. \
        Qasr Alwaha said it would appeal, and lawyers for Qasr Alwaha declined to comment. \
        Separately, Guangzhou Lixin Microsystems sold sensors to a buyer in Minsk. \
        Lixin shipped them by air.",
    );
    let (full, id) = only(&a, "Qasr Alwaha Fuel Trading FZE");
    assert_eq!(full, Label::Org);
    assert_eq!(only(&a, "Qasr Alwaha"), (Label::Org, id));
    let (full, id) = only(&a, "Guangzhou Lixin Microsystems");
    assert_eq!(full, Label::Org);
    assert_eq!(only(&a, "Lixin"), (Label::Org, id));
    // The place inside the name stays a place of its own.
    assert_eq!(only(&a, "Minsk").0, Label::Gpe);
}

#[test]
fn a_short_department_name_and_its_full_name_are_one_organisation() {
    let a = run("Treasury officials met bankers on Monday. \
        The U.S. Treasury Department later issued new guidance.");
    let (l, id) = only(&a, "Treasury");
    assert_eq!(l, Label::Org);
    assert_eq!(only(&a, "U.S. Treasury Department"), (Label::Org, id));
}

#[test]
fn a_legal_form_makes_a_company_even_opening_a_sentence() {
    let a = run("Tamsin Harbour Shipping Ltd owns two bulk carriers. \
        Volkov Metals JSC sold nickel to Orlen Freight GmbH.");
    for name in [
        "Tamsin Harbour Shipping Ltd",
        "Volkov Metals JSC",
        "Orlen Freight GmbH",
    ] {
        assert_eq!(only(&a, name).0, Label::Org, "{name}");
    }
}

#[test]
fn institute_for_the_and_department_of_the_names_stay_whole() {
    let a = run(
        "Economists at the Lund Institute for the Study of Trade counted the cargoes. \
        Exporters need a licence from the Department of the Treasury.",
    );
    assert_eq!(
        only(&a, "Lund Institute for the Study of Trade").0,
        Label::Org
    );
    assert_eq!(only(&a, "Department of the Treasury").0, Label::Org);
    assert!(mentions(&a, "Study of Trade").is_empty());
}

#[test]
fn a_vessel_named_after_tanker_is_a_vessel_wherever_it_is_named() {
    let a = run(
        "Investigators boarded the tanker Ocean Heron near Fujairah. \
        The Ocean Heron had switched off its transponder.",
    );
    let ms = mentions(&a, "Ocean Heron");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(ms.iter().all(|(l, _)| *l == Label::Product), "{ms:?}");
    // "carrier" alone is a shipping line or airline, not a ship.
    let a = run("Norwegian carrier Fjordlink said its ferries would sail again.");
    assert_eq!(only(&a, "Fjordlink").0, Label::Org);
}

#[test]
fn model_codes_before_item_nouns_are_products() {
    let a = run("Tehran supplied Karrar-171 drones and Fateh-110 missiles to its allies.");
    assert_eq!(only(&a, "Karrar-171").0, Label::Product);
    assert_eq!(only(&a, "Fateh-110").0, Label::Product);
}

#[test]
fn company_initials_open_an_organisation() {
    let a = run("KTM Stahl had not delivered machine tools to Belarus.");
    assert_eq!(only(&a, "KTM Stahl").0, Label::Org);
}

#[test]
fn a_region_of_a_continent_is_a_place_not_a_state() {
    let a = run("The buyers were spread across East Asia and Western Europe.");
    assert_eq!(only(&a, "East Asia").0, Label::Loc);
    assert_eq!(only(&a, "Western Europe").0, Label::Loc);
}

#[test]
fn third_countries_are_no_rank_but_a_third_round_is() {
    let a = run("The parts reached Russia through third countries. A third round of talks failed.");
    let thirds: Vec<Label> = a
        .entities
        .iter()
        .filter(|m| m.text == "third")
        .map(|m| m.label)
        .collect();
    assert_eq!(thirds, vec![Label::Ordinal]);
}

#[test]
fn a_name_before_an_apposition_with_a_title_is_a_person_opening_a_sentence() {
    let a = run("Exports of phones rose again last year.\n\nTran Van Khoa, Vietnam's deputy trade minister, \
        said the country would buy more cotton.");
    assert_eq!(only(&a, "Tran Van Khoa").0, Label::Person);
}

#[test]
fn a_word_that_ends_a_places_name_makes_it_a_place_not_a_person() {
    let a = run(
        "The old line ran from Russell Junction past Morgan Creek to the dam. \
        Crews bridged Morgan Creek twice, and Russell Junction kept a water tank.",
    );
    for place in ["Russell Junction", "Morgan Creek"] {
        let (l, _) = only(&a, place);
        assert!(
            matches!(l, Label::Gpe | Label::Loc | Label::Fac),
            "{place}: {l:?}"
        );
    }
}

#[test]
fn a_regnal_or_ordinal_i_after_a_name_belongs_to_it_but_the_pronoun_does_not() {
    let a = run(
        "Letters of Casimir I, a duke of the region, survive in Krakow. \
        The memorial lists soldiers who fell in World War I, and their towns. \
        We met Marek Novak I believe.",
    );
    assert_eq!(only(&a, "Casimir I").0, Label::Person);
    assert_eq!(only(&a, "World War I").0, Label::Event);
    assert_eq!(only(&a, "Marek Novak").0, Label::Person);
}

#[test]
fn a_possessive_written_apart_in_tokenized_text_stays_out_of_the_name() {
    let a = run(
        "Talks failed , a spokesman for Air Nordica 's pilots said . \
        Oslo 's mayor and Bergen ' s council agreed , and Lisbon ' officials too .",
    );
    for m in &a.entities {
        assert!(
            !m.text.ends_with('\'') && !m.text.ends_with("'s") && !m.text.ends_with(" s"),
            "{:?} holds the possessive",
            m.text
        );
    }
    assert_eq!(only(&a, "Oslo").0, Label::Gpe);
    assert_eq!(only(&a, "Air Nordica").0, Label::Org);
}

#[test]
fn two_names_joined_by_and_stay_two_names() {
    let a = run(
        "Scientists from the Halvorsen Institute of Marine Science and Dunmore State \
        University published the survey. She trained at the University of Tromso and Oslo's \
        Nordby Academy before moving.",
    );
    assert_eq!(
        only(&a, "Halvorsen Institute of Marine Science").0,
        Label::Org
    );
    assert_eq!(only(&a, "Dunmore State University").0, Label::Org);
    assert_eq!(only(&a, "University of Tromso").0, Label::Org);
    assert_eq!(only(&a, "Oslo").0, Label::Gpe);
    // A country's short form after "of the" is not part of the name before it.
    let c = run("Engineers at Dunmore State University of the UK built the probe.");
    assert_eq!(only(&c, "Dunmore State University").0, Label::Org);
    assert_eq!(only(&c, "UK").0, Label::Gpe);
    // One name with "and" inside it stays whole.
    let b = run("The Bureau of Industry and Security added the firm to its list.");
    assert_eq!(only(&b, "Bureau of Industry and Security").0, Label::Org);
}

#[test]
fn an_abbreviated_designators_period_belongs_to_the_name_inside_a_sentence() {
    let a = run("Shares of Halverd Corp. rose while Brannock Inc., a maker of valves, fell.");
    assert_eq!(only(&a, "Halverd Corp.").0, Label::Org);
    assert_eq!(only(&a, "Brannock Inc.").0, Label::Org);
}
