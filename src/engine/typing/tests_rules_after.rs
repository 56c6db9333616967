//! Names the rules decide after the tagger, whatever its draw (session 40: the retrained
//! weights left these out, so the kinds moved to rules that the training does not read). All
//! texts are written for these tests (invented people and firms).

use crate::engine::test_names::{has, names};

#[test]
fn a_name_after_an_honorific_is_a_person() {
    let got = names("Mr Ostvik met Mrs Harlowe in Tromso. Ms Quennell and Dame Ivy Sarn joined.");
    for p in ["Ostvik", "Harlowe", "Quennell", "Ivy Sarn"] {
        assert!(has(&got, p, "PERSON"), "{p}: {got:?}");
    }
    // The honorific stays outside the name.
    assert!(!got.iter().any(|(t, _)| t.starts_with("Mrs")), "{got:?}");
}

#[test]
fn a_legal_form_in_capitals_ends_a_firms_name() {
    let got = names("The chips went to Ostra Trading CJSC and to Belkor OJSC last year.");
    assert!(has(&got, "Ostra Trading CJSC", "ORG"), "{got:?}");
    assert!(has(&got, "Belkor OJSC", "ORG"), "{got:?}");
    // A heading in capitals is still no firm's name.
    let got = names("LOAN AGREEMENT ACME CJSC\nThe borrower shall repay the loan.");
    assert!(!has(&got, "LOAN AGREEMENT ACME CJSC", "ORG"), "{got:?}");
}

#[test]
fn a_sector_word_makes_a_firm_of_what_the_tagger_read_as_a_nationality() {
    let got = names("Regulators fined Nordvik Optics for exporting cameras.");
    assert!(has(&got, "Nordvik Optics", "ORG"), "{got:?}");
    // A people's name without a sector word keeps its class.
    let got = names("The Kurds and the Uighurs protested.");
    assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
}

#[test]
fn a_firm_in_a_stakes_or_a_sanctions_frame_is_kept() {
    let got = names("KVM is listed in Santiago. Tessan Mining holds a 22% stake in KVM.");
    assert_eq!(
        got.iter().filter(|(t, l)| t == "KVM" && l == "ORG").count(),
        2,
        "{got:?}"
    );
    let got = names("The bloc imposed sanctions on Volnoflot in March.");
    assert!(has(&got, "Volnoflot", "ORG"), "{got:?}");
    // What is at stake in a place makes no firm of it.
    let got = names("Much is at stake in Veltrovo this spring.");
    assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
}

#[test]
fn two_sector_words_joined_by_and_end_one_firm_where_the_second_was_not_found() {
    let got = names("Prices were raised by Corwen Gas and Electric on Monday.");
    assert!(has(&got, "Corwen Gas and Electric", "ORG"), "{got:?}");
    // A capitalised word after the second one: a longer name, not widened here.
    let got = names("Corwen Gas and Electric Company raised prices.");
    assert!(!has(&got, "Corwen Gas and Electric", "ORG"), "{got:?}");
}

#[test]
fn a_title_read_alone_as_a_person_leaves_no_mention() {
    // The tagger may read "Dr." as a name of its own before the person's.
    for text in [
        "Its founder Dr. Anjana Mehrot spoke.",
        "The clinic, founded by Dr. Anjana Mehrot, holds 21%.",
    ] {
        let got = names(text);
        assert!(has(&got, "Anjana Mehrot", "PERSON"), "{text}: {got:?}");
        assert!(
            got.iter()
                .all(|(t, _)| t.chars().any(char::is_alphanumeric)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_body_named_by_its_designator_after_an_article_is_an_organisation() {
    for (text, body) in [
        (
            "The Foreign Office said it had sanctioned Corlan Freight.",
            "Foreign Office",
        ),
        (
            "Britain's Foreign Office said it had acted.",
            "Foreign Office",
        ),
        (
            "Officials at the Justice Ministry declined to comment.",
            "Justice Ministry",
        ),
    ] {
        let got = names(text);
        assert!(has(&got, body, "ORG"), "{text}: {got:?}");
    }
    // Without the article or possessive, nothing says the words are a body's name.
    let got = names("Foreign Office workers were told to stay home.");
    assert!(!has(&got, "Foreign Office workers", "ORG"), "{got:?}");
}

#[test]
fn a_name_after_a_nationality_and_national_is_a_persons() {
    for text in [
        "Police said Kazakh national Aigul Sarsenova was arrested in Almaty.",
        "The second individual designated, Kazakh national Aigul Nurlanovna Sarsenova, ran the firm.",
        "A British citizen, Tom Harlow, and Estonian resident Mart Kask were held.",
    ] {
        let got = names(text);
        let person = got
            .iter()
            .any(|(t, l)| l == "PERSON" && (t.starts_with("Aigul") || t == "Mart Kask"));
        assert!(person, "{text}: {got:?}");
        assert!(
            !got.iter().any(|(_, l)| l == "PRODUCT"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_name_opened_by_a_storms_word_is_an_event() {
    let got =
        names("Thousands fled after Cyclone Ilvara made landfall near Quelimane on Thursday.");
    assert!(has(&got, "Cyclone Ilvara", "EVENT"), "{got:?}");
    // Read as a person's name by the tagger.
    let got = names("Insurers paid claims after Typhoon Halvik struck Okinawa.");
    assert!(has(&got, "Typhoon Halvik", "EVENT"), "{got:?}");
}

#[test]
fn a_name_in_cyrillic_or_greek_after_a_dateline_is_kept() {
    let got =
        names("TARNBY, March 1 (Reuters) - Олег Сидоренко met Νίκος Αλεξίου in Tarnby on Friday.");
    assert!(has(&got, "Олег Сидоренко", "PERSON"), "{got:?}");
    assert!(has(&got, "Νίκος Αλεξίου", "PERSON"), "{got:?}");
    // One capitalised word of another script alone says too little.
    let got = names("TARNBY, March 1 (Reuters) - Привет, said the sign.");
    assert!(!got.iter().any(|(t, _)| t == "Привет"), "{got:?}");
}

#[test]
fn a_title_word_inside_a_firm_with_a_legal_form_is_no_title() {
    // "General" is a title, but the run ends with a legal form: one firm, no general's name.
    let got = names("The funds moved through Heron Bay General Trading FZE, a firm in Ajman.");
    assert!(has(&got, "Heron Bay General Trading FZE", "ORG"), "{got:?}");
    assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
    // A title before a person's name still splits: "Brigadier General Omar Haddad".
    let got = names("The order came from Brigadier General Omar Haddad on Monday.");
    assert!(has(&got, "Omar Haddad", "PERSON"), "{got:?}");
}
