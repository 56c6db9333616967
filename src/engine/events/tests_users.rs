//! Event dates new users found wrong (session 12), one kind per test, with sentences written
//! for these tests: "the same week as X" dated by the document's week, "before Easter" placed on
//! Easter, and a plan ("will visit on Friday") shown as if it had happened.

use super::tests_support::event;
use super::UNDATED;
use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "u".into(),
        text: text.into(),
        date: Some("2025-06-10".into()),
    })
}

fn value_of<'a>(a: &'a Analysis, text: &str) -> &'a str {
    a.timex
        .iter()
        .find(|t| t.text == text)
        .map_or("", |t| t.value.as_str())
}

#[test]
fn the_same_week_as_a_dated_event_is_that_events_week() {
    // The vote is dated, then another date is stated: the week is the vote's, not the
    // strike's (the date last stated) nor the document's.
    let a = run(
        "Lawmakers in Pellaro voted on the harbour levy on 4 May 2025. Dock workers in \
         Brenna struck on 20 May 2025. The finance minister Ola Vik resigned in the same week \
         as the vote.",
    );
    assert_eq!(value_of(&a, "the same week"), "2025-W18", "{:?}", a.timex);
    let (vote, vik) = (event(&a, "levy"), event(&a, "Vik"));
    assert_eq!(vik.date, "2025-W18", "{:?}", a.events);
    assert!(vik
        .relations
        .iter()
        .any(|r| r.relation == "SIMULTANEOUS" && r.event == vote.id));
    // X is a date expression.
    let a = run("The finance minister Ola Vik resigned on the same day as the 4 May vote.");
    assert_eq!(event(&a, "Vik").date, "2025-05-04", "{:?}", a.events);
}

#[test]
fn the_same_week_as_an_undated_event_is_not_the_documents_week() {
    let a = run("The finance minister Ola Vik resigned in the same week as the vote.");
    assert_eq!(value_of(&a, "the same week"), "XXXX-WXX", "{:?}", a.timex);
    let vik = event(&a, "Vik");
    assert_eq!(vik.date, "XXXX-WXX", "{:?}", a.events);
    // Ordered with the vote, an event of its own without a date.
    let vote = a
        .events
        .iter()
        .find(|e| vik.relations.iter().any(|r| r.event == e.id))
        .unwrap_or_else(|| panic!("no vote in {:?}", a.events));
    assert_eq!(vote.date, UNDATED);
    assert!(vote.label.contains("vote"), "{:?}", a.events);
    let a = run("Harbour pilots in Brenna walked out in the same month as the strike.");
    assert_eq!(value_of(&a, "the same month"), "XXXX-XX", "{:?}", a.timex);
}

#[test]
fn a_date_after_before_or_after_orders_the_event_without_dating_it() {
    for (text, holiday, value, rel) in [
        (
            "Orvik Shipping sold its tankers before Easter.",
            "Easter",
            "2025-04-20",
            "BEFORE",
        ),
        (
            "Orvik Shipping sold its tankers after Christmas.",
            "Christmas",
            "2024-12-25",
            "AFTER",
        ),
        (
            "Orvik Shipping sold its tankers ahead of March 4.",
            "March 4",
            "2025-03-04",
            "BEFORE",
        ),
        (
            "Orvik Shipping kept its tankers in port until March 4.",
            "March 4",
            "2025-03-04",
            "BEFORE",
        ),
    ] {
        let a = run(text);
        // The expression keeps its own date; the event is not placed on it.
        assert_eq!(value_of(&a, holiday), value, "{text}");
        let e = event(&a, "Orvik");
        assert_eq!(e.date, UNDATED, "{text}: {:?}", a.events);
        assert_eq!(e.timex.as_deref(), Some("T1"), "{text}");
        assert_eq!(e.timex_relation.as_deref(), Some(rel), "{text}");
    }
    // A date the clause states of its own dates it; a duration still counts from the holiday.
    let a = run("Before Easter, Orvik Shipping sold its tankers on Monday.");
    assert_eq!(event(&a, "Orvik").date, "2025-06-09", "{:?}", a.events);
    assert_eq!(event(&a, "Orvik").timex_relation, None);
    let a = run("Orvik Shipping sold its tankers three days before Easter.");
    assert_eq!(event(&a, "Orvik").date, "2025-04-17", "{:?}", a.events);
    // A signal before the negated verb is outside the negation.
    let a = run("Before Easter, Orvik Shipping did not sell its tankers.");
    assert_eq!(
        event(&a, "Orvik").timex_relation.as_deref(),
        Some("BEFORE"),
        "{:?}",
        a.events
    );
    // Trial 43: "not ... before March" is at or after March.
    let a = run("The Orvik purchase is not expected to complete before March 2026.");
    assert_eq!(
        event(&a, "Orvik").timex_relation.as_deref(),
        Some("AFTER"),
        "{:?}",
        a.events
    );
}

#[test]
fn a_plan_is_marked_planned_and_a_done_event_is_not() {
    let a = run(
        "The minister Ola Vik will visit Vilnius on Friday. Karl Tamm is due to meet \
         traders in Riga on 20 June. Brenna Steel plans to open a plant in Lund in July. Talks \
         on the levy are expected to resume on Monday. The Pellaro summit is scheduled to \
         open on 30 June.",
    );
    for word in ["Vilnius", "Riga", "plant", "resume", "summit"] {
        assert!(event(&a, word).planned, "{word}: {:?}", a.events);
    }
    let a = run(
        "The minister Ola Vik visited Vilnius on Friday. Karl Tamm was due to meet \
         traders in Riga on 2 June. Brenna Steel opened a plant in Lund in May.",
    );
    for word in ["Vilnius", "Riga", "plant"] {
        assert!(!event(&a, word).planned, "{word}: {:?}", a.events);
    }
    // A plan told from the past: "would" and a plain verb.
    let a = run(
        "The ministry said on Tuesday that it would publish the audit in Tallinn on Monday. \
         Brenna Steel said it would open a plant in Lund in 2027. Karl Tamm said the ferry \
         would have sailed to Riga on Sunday had the strike not begun. Ola Vik flew to \
         Vilnius on Friday. In 1990 she would later move to Oslo.",
    );
    for word in ["Tallinn", "Lund"] {
        assert!(event(&a, word).planned, "{word}: {:?}", a.events);
    }
    for word in ["Riga", "Vilnius", "Oslo"] {
        assert!(!event(&a, word).planned, "{word}: {:?}", a.events);
    }
    // The contract: "planned": true on a plan, no field on a done event.
    let a = run(
        "The minister Ola Vik will visit Vilnius on Friday. Karl Tamm met traders in \
         Riga on Monday.",
    );
    let json = serde_json::to_string(&a.events).unwrap_or_default();
    assert_eq!(json.matches("\"planned\":true").count(), 1, "{json}");
    assert!(!json.contains("\"planned\":false"), "{json}");
}

/// Session 14: a label is never made of what is left around a removed time expression: the
/// preposition before it ("Throughout", "Over"), a conjunction and words that go on with it
/// ("or never", "and the next"), or a verb group left with no complement ("It will be").
#[test]
fn no_label_is_made_of_a_time_expressions_leftovers() {
    let a = run(
        "Throughout this decade, rents stagnated. It will be this decade or never, the \
         harbour master said. The tax is for this decade and the next. Over this decade the \
         village shrank. Across this decade, Korsvik Ferries raised fares twice.",
    );
    for e in &a.events {
        for bad in [
            "Throughout",
            "Over",
            "Across",
            " or never",
            "and the next",
            "will be",
        ] {
            assert!(!e.label.contains(bad), "{bad}: {:?}", e.label);
        }
    }
    assert!(event(&a, "fares").label.contains("raise"), "{:?}", a.events);
}

#[test]
fn a_date_between_a_verb_and_its_infinitive_dates_the_verbs_event() {
    // Session 41's trial: the date sat between "agreed" and "to acquire", and the report
    // closing the sentence dated the agreement by its own day. 2025-06-10 is a Tuesday.
    for text in [
        "Tarvik Ports agreed last Friday to acquire Ostry Cranes, the companies said on Monday.",
        "Tarvik Ports, the Danish port operator, agreed last Friday to acquire Ostry Cranes.",
        "Tarvik Ports agreed on Friday to acquire Ostry Cranes.",
    ] {
        let a = run(text);
        let e = event(&a, "acquire Ostry Cranes");
        assert_eq!(e.date, "2025-06-06", "{text}: {:#?}", a.events);
        assert!(e.label.starts_with("Tarvik Ports agrees"), "{text}: {e:?}");
        assert!(
            a.events.iter().all(|x| x.date != "2025-06-09"),
            "{text}: the report's Monday dates nothing: {:#?}",
            a.events
        );
    }
}

/// Emoji and flags in a sentence are no words of its event's label, whichever way the label
/// is built (from the clause, or from the words around the date).
#[test]
fn an_events_label_holds_no_emoji() {
    for text in [
        "🚀 Harwick Arms agreed to supply 40 radars to Norland 🇳🇴 on Tuesday.",
        "Harwick Arms 🎉 opened a plant in Tarnby 🇩🇰 on Tuesday 👍🏽.",
    ] {
        let a = run(text);
        let e = event(&a, "Harwick");
        assert!(
            !e.label.chars().any(|c| c as u32 >= 0x1F000),
            "{text}: {:?}",
            e.label
        );
    }
}
