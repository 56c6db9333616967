//! Event roles (agent, patient, recipient, place) through the public pipeline.
//! All texts are written for these tests.

use annalist::engine::analyze;
use annalist::engine::model::{Analysis, DocumentInput, Event, Role};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "r".into(),
        text: text.into(),
        date: Some("2025-06-02".into()),
    })
}

/// (entity name, role) pairs of every event, in order.
fn roles(text: &str) -> Vec<Vec<(String, Role)>> {
    let a = run(text);
    let name = |id: &str| {
        a.entity_list
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    a.events
        .iter()
        .map(|e| e.roles.iter().map(|r| (name(&r.entity), r.role)).collect())
        .collect()
}

fn has(all: &[Vec<(String, Role)>], who: &str, role: Role) -> bool {
    all.iter()
        .flatten()
        .any(|(n, r)| *r == role && n.contains(who))
}

#[test]
fn active_clause_subject_acts_and_to_phrase_receives() {
    let r = roles("On Monday, Germany delivered two air defence systems to Ukraine.");
    assert!(has(&r, "Germany", Role::Agent), "{r:?}");
    assert!(has(&r, "Ukraine", Role::Recipient), "{r:?}");
    assert!(!has(&r, "Ukraine", Role::Agent), "{r:?}");
}

#[test]
fn provide_with_makes_the_object_the_recipient() {
    let r = roles("Last week, Japan provided the Philippines with coastal radars.");
    assert!(has(&r, "Japan", Role::Agent), "{r:?}");
    assert!(has(&r, "Philippines", Role::Recipient), "{r:?}");
    assert!(!has(&r, "Philippines", Role::Patient), "{r:?}");
}

#[test]
fn passive_with_by_phrase_swaps_agent_and_patient() {
    let r = roles("On 12 May 2025, Gazprom Neft was sanctioned by the United States.");
    assert!(has(&r, "United States", Role::Agent), "{r:?}");
    assert!(has(&r, "Gazprom", Role::Patient), "{r:?}");
}

#[test]
fn a_place_after_in_is_the_place_and_a_met_person_the_patient() {
    let r = roles("Emmanuel Macron met Narendra Modi in Marseille on Friday.");
    assert!(has(&r, "Macron", Role::Agent), "{r:?}");
    assert!(has(&r, "Modi", Role::Patient), "{r:?}");
    assert!(has(&r, "Marseille", Role::Place), "{r:?}");
}

#[test]
fn a_to_phrase_of_a_noun_receives_nothing() {
    // "to Canada" belongs to "a visit", not to "met".
    let r = roles("Joe Biden met Justin Trudeau during a visit to Canada on 2 May 2021.");
    assert!(has(&r, "Biden", Role::Agent), "{r:?}");
    assert!(!has(&r, "Canada", Role::Recipient), "{r:?}");
}

#[test]
fn roles_name_participants_and_are_optional_in_the_contract() {
    let a = run("On Tuesday, Brazil sold Egypt four patrol boats.");
    for e in &a.events {
        for r in &e.roles {
            assert!(e.participants.contains(&r.entity), "{e:?}");
        }
    }
    // A line written before roles existed still reads, with no roles.
    let old = r#"{"id":"V1","date":"2024","label":"Firm sells boats","participants":["E1"],"sentence":[0,10]}"#;
    let e: Event = serde_json::from_str(old).unwrap();
    assert!(e.roles.is_empty());
    // And an event without roles writes no "roles" key.
    let back = serde_json::to_string(&e).unwrap();
    assert!(!back.contains("roles"), "{back}");
}
