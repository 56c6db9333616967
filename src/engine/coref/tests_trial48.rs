//! Session-48 trial faults: pronouns, honorifics and descriptions tied to the wrong entity,
//! merging different people. Our own sentences (invented people and firms).

use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput, Label};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-11-20".into()),
    })
}

/// The entity name of the `nth` mention written `text` (named or resolved).
fn entity_of(a: &Analysis, text: &str, nth: usize) -> Option<String> {
    let m = a.entities.iter().filter(|m| m.text == text).nth(nth)?;
    let e = a.entity_list.iter().find(|e| e.id == m.entity)?;
    Some(e.name.clone())
}

/// Every mention's text and entity name, for assertion messages.
fn all(a: &Analysis) -> Vec<(String, String)> {
    (a.entities.iter())
        .filter_map(|m| {
            let e = a.entity_list.iter().find(|e| e.id == m.entity)?;
            Some((m.text.clone(), e.name.clone()))
        })
        .collect()
}

#[test]
fn a_womans_honorific_never_joins_a_man_of_her_surname() {
    // Only the husband is named in full: "Mrs Ashcombe" is a woman of her own, and "her" hers.
    let a = run(
        "Nigel Ashcombe, 61, denies fraud. In 2022 Mrs Ashcombe wired £40,000 to her brother \
         in Cadiz. Ashcombe told the court he was unaware of it.",
    );
    let mrs = entity_of(&a, "Ashcombe", 0);
    assert_eq!(mrs.as_deref(), Some("Mrs Ashcombe"), "{:?}", all(&a));
    assert_eq!(entity_of(&a, "her", 0), mrs, "{:?}", all(&a));
    assert!(
        a.entity_list
            .iter()
            .any(|e| e.name == "Nigel Ashcombe" && e.label == Label::Person),
        "{:?}",
        a.entity_list
    );
    assert_ne!(
        entity_of(&a, "Ashcombe", 0).as_deref(),
        Some("Nigel Ashcombe")
    );
}

#[test]
fn honorifics_of_both_genders_split_a_shared_surname() {
    let a = run(
        "Colin Varley runs a bakery in Hull. Mrs Varley keeps the accounts. Mr Varley said \
         trade was slow.",
    );
    let (mrs, mr) = (entity_of(&a, "Varley", 0), entity_of(&a, "Varley", 1));
    assert_eq!(mr.as_deref(), Some("Colin Varley"), "{:?}", all(&a));
    assert_ne!(mrs, mr, "{:?}", all(&a));
    // With the wife named in full too, each honorific goes to the one of its gender.
    let a = run(
        "Colin Varley and his wife, Brenda Varley, run a bakery. Mrs Varley keeps the \
         accounts, and Mr Varley bakes.",
    );
    assert_eq!(entity_of(&a, "Varley", 0).as_deref(), Some("Brenda Varley"));
    assert_eq!(entity_of(&a, "Varley", 1).as_deref(), Some("Colin Varley"));
    // A foreign honorific too ("Frau").
    let a = run("Jonas Kessler sold the farm. Frau Kessler bought a flat in Graz.");
    assert_ne!(
        entity_of(&a, "Kessler", 0).as_deref(),
        Some("Jonas Kessler"),
        "{:?}",
        all(&a)
    );
}

#[test]
fn a_man_named_in_full_after_mrs_is_not_her() {
    // Near miss the other way: "Mrs Hale" first, then a man of that surname.
    let a = run("Mrs Hale opened the shop in 2001. Martin Hale joined it in 2010.");
    assert_ne!(
        entity_of(&a, "Martin Hale", 0),
        entity_of(&a, "Hale", 0),
        "{:?}",
        all(&a)
    );
    // Same gender still joins: "Ms Quinlan" is Ruth Quinlan.
    let a = run("Ruth Quinlan chairs the board. Ms Quinlan said profits rose.");
    assert_eq!(entity_of(&a, "Quinlan", 0).as_deref(), Some("Ruth Quinlan"));
}

#[test]
fn he_and_his_never_take_an_organisation() {
    let a = run(
        "Harlow Cartage Ltd was owned until 2024 by Dmitri Volkan, a Latvian citizen. The \
         company then went to his son.",
    );
    assert_eq!(entity_of(&a, "his", 0).as_deref(), Some("Dmitri Volkan"));
    let a = run("Brennick Steel said profits fell. He did not say why.");
    assert_eq!(entity_of(&a, "He", 0), None, "{:?}", all(&a));
}

#[test]
fn a_firm_noun_never_stands_for_a_police_force_or_court() {
    let a = run(
        "Tom Rudd was arrested by Humberside Police in May. His lawyer said the cash had \
         never left the company.",
    );
    assert_ne!(
        entity_of(&a, "the company", 0).as_deref(),
        Some("Humberside Police"),
        "{:?}",
        all(&a)
    );
    // Near miss: a firm named near it is still meant.
    let a = run(
        "Tom Rudd worked for Lyndon Carriers Ltd. Humberside Police arrested him in May. His \
         lawyer said the cash had never left the company.",
    );
    assert_eq!(
        entity_of(&a, "the company", 0).as_deref(),
        Some("Lyndon Carriers Ltd"),
        "{:?}",
        all(&a)
    );
}

#[test]
fn an_indefinite_firm_is_a_new_referent() {
    // "Yorkshire" (typed a firm) was a short form of the police force named later.
    let a = run(
        "A former payroll manager of a Yorkshire removals firm took nearly £900,000 from his \
         employer. He was arrested by West Yorkshire Police in 2024.",
    );
    assert!(
        a.entities.iter().any(|m| m.text == "Yorkshire"),
        "{:?}",
        all(&a)
    );
    assert_ne!(
        entity_of(&a, "Yorkshire", 0),
        entity_of(&a, "West Yorkshire Police", 0),
        "{:?}",
        all(&a)
    );
}

#[test]
fn a_possessive_after_the_late_x_is_x() {
    let a = run(
        "Defence counsel Ian Moberly KC said his client would argue that the firm's owner, \
         the late Edwin Thorncliffe, had agreed to the loans before his death in 2019.",
    );
    assert_eq!(entity_of(&a, "his", 0).as_deref(), Some("Ian Moberly KC"));
    assert_eq!(
        entity_of(&a, "his", 1).as_deref(),
        Some("Edwin Thorncliffe"),
        "{:?}",
        all(&a)
    );
}

#[test]
fn an_institution_word_alone_is_no_alias() {
    let a = run(
        "The trial at Bristol Crown Court began on Monday. Speaking for the Crown, Anna Pike \
         said the loans were false.",
    );
    let court = a
        .entity_list
        .iter()
        .find(|e| e.name == "Bristol Crown Court")
        .expect("the court");
    assert!(!court.aliases.iter().any(|x| x == "Crown"), "{court:?}");
}
