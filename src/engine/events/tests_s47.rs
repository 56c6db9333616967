//! Events a cold trial (session 47) found wrong, with sentences written for these tests: two
//! clauses joined by "and" made one event, "The announcement came a day after X" left X
//! undated, a report on "the three months to June" was dated by June, and a one-clause
//! sentence with only a date ("Reyes resigned on Sunday") made none.

use super::tests_support::{event, run_dated as run};
use super::UNDATED;

#[test]
fn two_clauses_joined_by_and_are_two_events() {
    let a = run(
        "Inspectors raided the depot in May 2021. The foreman was questioned three days \
         later and the director was charged the following week.",
        "2026-01-30",
    );
    let dated: Vec<_> = a.events.iter().filter(|e| e.date == "2021-05").collect();
    assert_eq!(dated.len(), 3, "{:#?}", a.events);
    assert!(!event(&a, "foreman").label.contains("director"));
    // "and" before a noun phrase with no verb of its own joins no clause.
    let a = run(
        "The foreman and the director were charged on 4 May 2021.",
        "2026-01-30",
    );
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
    // Nor does "and" before a clause with no date of its own: the date is the first one's.
    let a = run(
        "Norway pledged $5 million on Wednesday and the Danish government released 2 million.",
        "2026-01-30",
    );
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
    // A name opens the second clause's subject too.
    let a = run(
        "Police searched the mill in May 2021. Ola Berg was arrested two days later and \
         Kari Lund was detained the following week.",
        "2026-01-30",
    );
    assert!(!event(&a, "Berg").label.contains("Lund"), "{:#?}", a.events);
    assert_eq!(event(&a, "Lund").date, "2021-05", "{:#?}", a.events);
}

#[test]
fn the_announcement_came_a_day_after_x_dates_x_from_the_announcement() {
    let text = "The club said on Friday it had bought the stadium. The announcement came a \
                day after Vikedal sold the winger to Tromsdal.";
    let a = run(text, "2026-01-30");
    assert_eq!(event(&a, "winger").date, "2026-01-29", "{:#?}", a.events);
    // No day stated the sentence before: X stays undated, never the document's day.
    let text = "The club spoke in January. The announcement came a day after Vikedal sold \
                the winger to Tromsdal.";
    let a = run(text, "2026-01-30");
    assert_eq!(event(&a, "winger").date, UNDATED, "{:#?}", a.events);
    // Another verb than "come": not the report's event.
    let text = "The club said on Friday it had bought the stadium. The striker left a day \
                after Vikedal sold the winger to Tromsdal.";
    let a = run(text, "2026-01-30");
    assert_ne!(event(&a, "winger").date, "2026-01-29", "{:#?}", a.events);
}

#[test]
fn a_report_on_the_three_months_to_june_is_dated_by_the_quarter() {
    let a = run(
        "Revenue at Kelmar grew to $8 million in the three months to June.",
        "2025-10-29",
    );
    assert_eq!(event(&a, "Kelmar").date, "2025-Q2", "{:#?}", a.events);
    let a = run(
        "Revenue at Kelmar grew to $8 million in the three months to August.",
        "2025-10-29",
    );
    assert_eq!(event(&a, "Kelmar").date, "2025-08", "{:#?}", a.events);
}

#[test]
fn a_named_subject_and_a_full_verb_make_an_event_of_two_words() {
    for (text, word) in [
        ("Tom Reyes resigned on Sunday.", "Reyes"),
        ("Margit Olsen died on Sunday.", "Olsen"),
    ] {
        let a = run(text, "2026-01-30");
        assert_eq!(event(&a, word).date, "2026-01-25", "{:#?}", a.events);
    }
    // A light verb, or no named subject, says too little.
    for text in ["Tom Reyes came on Sunday.", "It closed on Sunday."] {
        let a = run(text, "2026-01-30");
        assert!(a.events.is_empty(), "{text}: {:#?}", a.events);
    }
}

#[test]
fn a_past_perfect_under_a_dated_report_comes_before_the_report() {
    let a = run(
        "Groupe Halvard said on Monday it had cooperated with the inquiry.",
        "2026-01-30",
    );
    let e = event(&a, "cooperat");
    assert_eq!(e.date, UNDATED, "{:#?}", a.events);
    // The simple past under the report keeps the report's day.
    let a = run(
        "Groupe Halvard said on Monday it cooperated with the inquiry.",
        "2026-01-30",
    );
    assert_eq!(event(&a, "cooperat").date, "2026-01-26", "{:#?}", a.events);
}

#[test]
fn now_before_a_participle_and_by_dates_no_event() {
    let a = run(
        "Groupe Halvard, now owned by Lise Moen, said on Monday it cooperated with the inquiry.",
        "2026-01-30",
    );
    assert!(
        a.events.iter().all(|e| e.date != "PRESENT_REF"),
        "{:#?}",
        a.events
    );
    let a = run(
        "With Vesterby now ``annexed,'' Norland holds 20 percent of the oil.",
        "2026-01-30",
    );
    assert!(a.events.is_empty(), "{:#?}", a.events);
    // "now" as the verb's own time still dates it.
    let a = run("Groupe Halvard now owns the Brekke mill.", "2026-01-30");
    assert_eq!(event(&a, "Halvard").date, "PRESENT_REF", "{:#?}", a.events);
}
