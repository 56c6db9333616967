//! Who states an event (attribution): a claim reported by someone reads as theirs, with
//! sentences written for these tests.

use super::tests_support::event;
use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "s".into(),
        text: text.into(),
        date: Some("2026-12-03".into()),
    })
}

/// (source, cue, the source entity's name) of the event whose label holds `word`.
fn source_of(a: &Analysis, word: &str) -> Option<(String, String, Option<String>)> {
    event(a, word).attribution.as_ref().map(|s| {
        let name = s.entity.as_ref().and_then(|id| {
            a.entity_list
                .iter()
                .find(|e| &e.id == id)
                .map(|e| e.name.clone())
        });
        (s.source.clone(), s.cue.clone(), name)
    })
}

#[test]
fn a_claim_reported_before_it_is_its_speakers() {
    let a = run(
        "Varnholt Shipping chief executive Mats Oberg said on Monday that the company had \
         carried no Russian oil since March.",
    );
    let (source, cue, entity) = source_of(&a, "Russian oil").expect("attributed");
    assert_eq!(source, "Mats Oberg");
    assert_eq!(cue, "said");
    assert_eq!(entity.as_deref(), Some("Mats Oberg"));
}

#[test]
fn a_report_closing_the_sentence_and_according_to_attribute_the_event() {
    let a = run(
        "The coast guard boarded the tanker Selka Dawn on Wednesday, the ministry said. \
         The Selka Dawn sailed from Marsaxlokk on Tuesday, according to port records.",
    );
    let (source, cue, _) = source_of(&a, "boards").expect("attributed after");
    assert_eq!((source.as_str(), cue.as_str()), ("ministry", "said"));
    let (source, cue, _) = source_of(&a, "sails").expect("attributed by according to");
    assert_eq!(
        (source.as_str(), cue.as_str()),
        ("port records", "according to")
    );
}

#[test]
fn what_the_text_states_itself_has_no_source() {
    // The report is the event itself here, and a denial is not a claim of what it denies.
    let a = run(
        "The coast guard boarded the tanker Selka Dawn on Wednesday. The ministry announced \
         a harbour levy on Friday. The ministry said nothing on Thursday.",
    );
    assert_eq!(source_of(&a, "boards"), None);
    assert_eq!(source_of(&a, "levy"), None);
}

#[test]
fn a_named_speaker_is_preferred_and_what_is_said_is_never_the_speaker() {
    // "I think ..., said X": X, not "I".
    let a = run(
        "\"I think the Selka Dawn will reach Valletta on Friday,\" said Mats Oberg, who runs \
         Varnholt Shipping.",
    );
    let (source, _, _) = source_of(&a, "Valletta").expect("attributed");
    assert_eq!(source, "Mats Oberg");
    // A clause sharing the reporting clause's subject is the speaker's own act, not what is
    // reported: "announced X and signed Y on Thursday".
    let a = run(
        "Varnholt Shipping announced a new route and signed a charter with Kvarn Energy on \
         Thursday.",
    );
    assert_eq!(source_of(&a, "charter"), None);
}

#[test]
fn a_denied_report_dates_no_claim() {
    // The date is the report's: a report that was not made dates nothing it would have said.
    let a = run(
        "Officials at the ministry did not say on Monday that the tanker had reached \
         Valletta. Mats Oberg said on Sunday that the tanker had reached Tunis.",
    );
    assert!(
        a.events
            .iter()
            .all(|e| !e.label.contains("Valletta") && !e.label.contains("say")),
        "{:#?}",
        a.events
    );
    let (source, _, _) = source_of(&a, "Tunis").expect("attributed");
    assert_eq!(source, "Mats Oberg");
}
