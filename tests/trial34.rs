//! Faults a new-user trial found in session 34 on ten articles of its own, each as a kind, on
//! short texts written for these tests (through the public API, `engine::analyze`): a vessel
//! named after its flag ("the Liberian-flagged X"), "the ship" resolved to a canal, "the bank"
//! resolved to the nearest bank rather than the one whose name holds "bank", a currency
//! word read as a verb in the timeline, and a report closing its sentence ("X did Y, the agency
//! said on Monday") that dated nothing, or let the date of an infinitive date the act.

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2026-09-17".into()),
    })
}

/// (date, label) of every event, in text order.
fn events_of(a: &Analysis) -> Vec<(&str, &str)> {
    a.events
        .iter()
        .map(|e| (e.date.as_str(), e.label.as_str()))
        .collect()
}

/// The name of the entity description `surface` (its first mention) resolves to.
fn resolved_to(a: &Analysis, surface: &str) -> Option<String> {
    let m = a.entities.iter().find(|m| m.text == surface)?;
    a.entity_list
        .iter()
        .find(|e| e.id == m.entity)
        .map(|e| e.name.clone())
}

#[test]
fn a_name_after_a_flag_is_a_vessel_and_the_ship_is_never_a_canal() {
    let a = run(
        "The Panama-flagged Coral Meridian was sailing to the Kiel Canal when \
                 gunmen boarded her. The ship was later released.",
    );
    let vessel = a.entities.iter().find(|m| m.text == "Coral Meridian");
    assert_eq!(
        vessel.map(|m| m.label),
        Some(Label::Product),
        "{:?}",
        a.entities
    );
    assert_eq!(
        resolved_to(&a, "The ship").as_deref(),
        Some("Coral Meridian")
    );
    // With no vessel named, "the ship" names nothing rather than the canal.
    let a = run("Crude was shipped through the Kiel Canal. The ship was later released.");
    assert_ne!(resolved_to(&a, "The ship").as_deref(), Some("Kiel Canal"));
}

#[test]
fn the_bank_is_the_one_whose_name_holds_bank() {
    let a = run(
        "The Bank of Valdoria cut its main rate on Thursday. Economists at Harrow \
                 Securities had expected it. \"The board waited for the Federal Reserve,\" \
                 said an analyst at the Swiss broker. The bank's next meeting is in October.",
    );
    assert_eq!(
        resolved_to(&a, "The bank").as_deref(),
        Some("Bank of Valdoria"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_currency_word_is_no_verb_in_the_timeline() {
    let a = run("The cabinet said it would unveil a 9 trillion won relief package next month.");
    let labels: Vec<&str> = a.events.iter().map(|e| e.label.as_str()).collect();
    assert!(labels.iter().all(|l| !l.contains("wins")), "{labels:?}");
    assert!(
        labels.iter().any(|l| l.contains("won relief package")),
        "{labels:?}"
    );
}

#[test]
fn a_report_closing_the_sentence_dates_the_act_it_reports() {
    // Thursday 2026-09-17: "on Monday" is 2026-09-14.
    let a = run("Korvel Mining sold the smelter to Ostrand Metals, the company said on Monday.");
    let dated = events_of(&a);
    assert!(
        dated
            .iter()
            .any(|(d, l)| *d == "2026-09-14" && l.contains("smelter")),
        "{dated:?}"
    );
    // The launch window is the contract's content, not the award's date.
    let a = run(
        "The agency has awarded a contract to Velora Space to launch four probes \
                 between 2029 and 2031, the agency said on Monday.",
    );
    let dated = events_of(&a);
    assert!(
        dated
            .iter()
            .any(|(d, l)| *d == "2026-09-14" && l.contains("contract")),
        "{dated:?}"
    );
    assert!(
        !dated
            .iter()
            .any(|(d, l)| d.starts_with("2029") && l.contains("award")),
        "{dated:?}"
    );
}

#[test]
fn the_new_rules_keep_out_of_ordinary_sentences() {
    // A past day behind an object and an infinitive still dates the act.
    let a = run("Police fired tear gas to disperse protesters on Saturday.");
    assert!(
        a.events.iter().any(|e| e.date == "2026-09-12"),
        "{:?}",
        a.events
    );
    // "red-flagged" names no vessel.
    let a = run("Auditors red-flagged Brennmark's accounts in May.");
    assert!(
        a.entities.iter().all(|m| m.label != Label::Product),
        "{:?}",
        a.entities
    );
    // The nearest subject bank is meant when it is near, even when an earlier name holds
    // "bank".
    let a = run(
        "The Central Bank of Valdoria held rates. Harrowgate Securities said profit rose; the \
                 bank also announced a buyback.",
    );
    assert_eq!(
        resolved_to(&a, "the bank").as_deref(),
        Some("Harrowgate Securities")
    );
}
