//! Event dates and labels users saw wrong (session 8), one kind per test, each with
//! sentences written for these tests: an event dated by the period it reports or by
//! a thing's date instead of its own, a duration before a clause counted from a date
//! of a later clause, labels cut at a number or a date, a passive read as active,
//! a numeral subject read as singular.

use annalist::engine::analyze;
use annalist::engine::model::{Analysis, DocumentInput, Event};

fn run(text: &str, date: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "e".into(),
        text: text.into(),
        date: Some(date.to_string()),
    })
}

/// The event whose label starts with `prefix`.
fn event<'a>(a: &'a Analysis, prefix: &str) -> &'a Event {
    a.events
        .iter()
        .find(|e| e.label.starts_with(prefix))
        .unwrap_or_else(|| panic!("no event {prefix:?} in {:#?}", a.events))
}

fn labels(a: &Analysis) -> Vec<&str> {
    a.events.iter().map(|e| e.label.as_str()).collect()
}

#[test]
fn a_reported_period_does_not_date_the_report() {
    let a = run(
        "Brakstad Mining will release its third-quarter figures on October 22, the miner said.",
        "2024-09-30",
    );
    let e = event(&a, "Brakstad Mining releases");
    assert_eq!(e.date, "2024-10-22", "{:?}", a.events);
    // A year's accounts with the day of the report in the same clause.
    let a = run(
        "Velmora Foods presented its 2023 accounts on Tuesday.",
        "2024-03-14",
    );
    assert_eq!(event(&a, "Velmora Foods presents").date, "2024-03-12");
    // With no other date in its clause, the period still dates it.
    let a = run(
        "Velmora Foods reported weak second-quarter sales.",
        "2024-09-12",
    );
    let e = event(&a, "Velmora Foods reports");
    assert_eq!(e.date, "2024-Q2");
    assert_eq!(e.label, "Velmora Foods reports weak second-quarter sales");
}

#[test]
fn a_reported_clause_with_its_own_date_is_dated_by_it_not_by_the_report() {
    // The report's day ("on Monday") is not when the reported event happens.
    let a = run(
        "Corvane said on Monday that its new scanner will go on sale in Chile next month.",
        "2024-11-06",
    );
    let e = event(&a, "Its new scanner goes on sale");
    assert_eq!(e.date, "2024-12", "{:?}", a.events);
    let a = run(
        "Prosecutors said on Tuesday that Brenvik Machine Works shipped 40 lathes to Belarus in August.",
        "2024-11-06",
    );
    assert_eq!(
        event(&a, "Brenvik Machine Works ships 40 lathes").date,
        "2024-08"
    );
    // A reported clause without a date of its own takes the report's.
    let a = run(
        "Prosecutors said on Tuesday that Brenvik Machine Works shipped 40 lathes to Belarus.",
        "2024-11-06",
    );
    assert_eq!(
        event(&a, "Brenvik Machine Works ships 40 lathes").date,
        "2024-11-05"
    );
}

#[test]
fn a_things_date_does_not_date_the_clause() {
    let a = run(
        "The arbitrator found that the lease dated March 3, 2019 let the tenant leave early.",
        "2024-05-06",
    );
    assert!(
        a.events.iter().all(|e| e.date != "2019-03-03"),
        "{:?}",
        a.events
    );
    // The same date written as the event's own stays.
    let a = run(
        "The tenant signed the lease on March 3, 2019 in Bergen.",
        "2024-05-06",
    );
    assert!(
        a.events.iter().any(|e| e.date == "2019-03-03"),
        "{:?}",
        a.events
    );
}

#[test]
fn a_duration_before_a_clause_counts_from_the_main_clause_not_a_later_date() {
    // "since May" belongs to the clause after "after": the talks are not dated by it. Nor by
    // the document date: the text dates neither the talks nor the agreement (session 11: the
    // agreement was 2024-09-10, ten days before the document date), so both stay undated.
    let a = run(
        "The talks opened ten days after Oslo and Riga agreed to restore a ferry link closed since May.",
        "2024-09-20",
    );
    let agreed = a
        .events
        .iter()
        .find(|e| e.label.contains("agree"))
        .unwrap_or_else(|| panic!("{:?}", a.events));
    assert_eq!(agreed.date, "XXXX-XX-XX", "{:?}", a.events);
    assert!(
        a.events
            .iter()
            .all(|e| !e.date.starts_with("2024-04") && !e.date.starts_with("2024-09-10")),
        "{:?}",
        a.events
    );
}

#[test]
fn a_dateline_with_a_region_or_an_agency_does_not_date_the_first_event() {
    let a = run(
        "BERGEN, Norway, March 8, 2024 - Fjordline Energy shut its Mongstad pump on Thursday.",
        "2024-03-08",
    );
    assert_eq!(event(&a, "Fjordline Energy shuts").date, "2024-03-07");
    let a = run(
        "TROMSO, March 8 (Polar Wire) - Fjordline Energy shut its Mongstad pump on Thursday.",
        "2024-03-08",
    );
    assert_eq!(event(&a, "Fjordline Energy shuts").date, "2024-03-07");
}

#[test]
fn a_label_runs_on_past_a_percent_sign() {
    let a = run(
        "Korvak Steel reported an 8% drop in orders on Monday.",
        "2024-04-10",
    );
    assert!(
        labels(&a).contains(&"Korvak Steel reports 8% drop in orders"),
        "{:?}",
        labels(&a)
    );
}

#[test]
fn a_label_keeps_a_date_that_modifies_its_noun_and_never_ends_on_a_determiner() {
    let a = run(
        "The brewer will present its second-quarter accounts on August 2.",
        "2024-07-15",
    );
    let l = labels(&a);
    assert!(
        l.contains(&"Brewer presents its second-quarter accounts"),
        "{l:?}"
    );
    for label in l {
        let last = label.split_whitespace().last().unwrap_or("");
        assert!(
            !["its", "the", "a", "their", "of"].contains(&last),
            "{label}"
        );
    }
}

#[test]
fn a_passive_with_a_currency_code_keeps_its_voice() {
    let a = run(
        "A Sharjah broker was fined AED 900,000 by the securities regulator on Friday.",
        "2024-04-10",
    );
    let l = labels(&a);
    assert!(
        l.iter()
            .any(|x| x.starts_with("Securities regulator fines") && x.contains("broker")),
        "{l:?}"
    );
    assert!(l.iter().all(|x| !x.contains("broker fines")), "{l:?}");
}

#[test]
fn a_numeral_subject_above_one_is_plural() {
    let a = run(
        "Mayor Ilse Brandt met Governor Tomas Lenz on Monday, and the two agreed to meet again in June.",
        "2024-04-10",
    );
    let l = labels(&a);
    assert!(l.iter().any(|x| x.starts_with("Two agree ")), "{l:?}");
    assert!(l.iter().all(|x| !x.starts_with("Two agrees")), "{l:?}");
}

/// (text, value) of every timex.
fn values(text: &str, date: &str) -> Vec<(String, String)> {
    run(text, date)
        .timex
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

fn value_of(text: &str, date: &str, expr: &str) -> Option<String> {
    values(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| t.1)
}

#[test]
fn the_same_week_of_the_previous_year_is_a_week_a_year_back() {
    // 2024-05-16 is in ISO week 20.
    let text = "Ferry bookings were 9% higher than in the same week of the previous year.";
    assert_eq!(
        value_of(text, "2024-05-16", "the same week of the previous year").as_deref(),
        Some("2023-W20"),
        "{:?}",
        values(text, "2024-05-16")
    );
    let text = "Hotel stays fell compared with that month last year, the board said.";
    assert_eq!(
        value_of(text, "2024-05-16", "that month last year").as_deref(),
        Some("2023-05"),
        "{:?}",
        values(text, "2024-05-16")
    );
}

#[test]
fn the_same_week_or_day_is_the_one_of_the_storys_last_date() {
    let dct = "2025-01-20"; // a Monday, ISO week 4
                            // After a month: a week or day of that month, not its first (2024-W31, 2024-08-01).
    let text = "The Dallow refinery shut in August 2024. Exports fell by a third in the same week.";
    let v = value_of(text, dct, "the same week");
    assert_eq!(v.as_deref(), Some("2024-WXX"), "{:?}", values(text, dct));
    let text = "The Dallow refinery shut in August 2024. On the same day two barges sank.";
    let v = value_of(text, dct, "the same day");
    assert_eq!(v.as_deref(), Some("2024-08-XX"), "{:?}", values(text, dct));
    // The day a story was told ("said on Monday") is not where the story is: the week of the
    // closure, not the document's week 4.
    let text = "The Brekk smelter closed on 14 August 2024, the owners said on Monday. In the \
                same week, two pipelines closed.";
    let v = value_of(text, dct, "the same week");
    assert_eq!(v.as_deref(), Some("2024-W33"), "{:?}", values(text, dct));
    // A week counted back from the document date is a date of the story: "the same day" is a
    // day of that week, not the document date.
    let text = "The port of Ulm reopened two weeks ago. The same day, the first barge docked.";
    let v = value_of(text, dct, "The same day");
    assert_eq!(v.as_deref(), Some("2025-W02"), "{:?}", values(text, dct));
    // A day counted on from an event the story dated is where the story is: "the same day" is
    // 17 March, the day the carrier left, not 3 March (nor the document date).
    let text = "The embargo on Kestrel Minerals took effect on 3 March 2025. Two weeks after the \
                embargo took effect, the first ore carrier left Varnholm. The same day, two \
                barges sank.";
    let v = value_of(text, dct, "The same day");
    assert_eq!(v.as_deref(), Some("2025-03-17"), "{:?}", values(text, dct));
}

#[test]
fn a_week_after_a_season_or_a_year_keeps_a_weeks_granularity() {
    let text = "In the winter of 2021, the river froze. That week, the ferry stopped.";
    let v = value_of(text, "2024-05-16", "That week");
    assert_eq!(
        v.as_deref(),
        Some("2021-WXX"),
        "{:?}",
        values(text, "2024-05-16")
    );
    let text = "Storms hit the coast in 2017. The same day, the port shut.";
    let v = value_of(text, "2024-05-16", "The same day");
    assert_eq!(
        v.as_deref(),
        Some("2017-XX-XX"),
        "{:?}",
        values(text, "2024-05-16")
    );
    // After a day, the week is that day's week, as before.
    let text = "The dam failed on March 4, 2021. That week, the valley flooded.";
    let v = value_of(text, "2024-05-16", "That week");
    assert_eq!(
        v.as_deref(),
        Some("2021-W09"),
        "{:?}",
        values(text, "2024-05-16")
    );
}

#[test]
fn the_spring_after_a_preposition_is_a_season() {
    // Written in November: "would open" looks ahead to next spring.
    let text = "The council said the new pool would open in the spring.";
    assert_eq!(
        value_of(text, "2024-11-20", "spring").as_deref(),
        Some("2025-SP"),
        "{:?}",
        values(text, "2024-11-20")
    );
    let text = "Orders slowed during the fall, the maker said.";
    assert_eq!(
        value_of(text, "2024-11-20", "fall").as_deref(),
        Some("2024-FA"),
        "{:?}",
        values(text, "2024-11-20")
    );
    // The noun stays a noun.
    for text in [
        "Exports recovered after the fall in the krone.",
        "Tourists flocked to the spring water baths.",
        "Historians wrote about the fall of the city.",
    ] {
        assert!(
            values(text, "2024-11-20").is_empty(),
            "{text}: {:?}",
            values(text, "2024-11-20")
        );
    }
}

#[test]
fn a_plan_told_in_the_simple_past_is_for_a_date_around_the_past() {
    // Written on October 2: the repairs were due in the September just gone.
    let text = "The crane was idle all summer. Repairs were due to end in mid-September, but parts came late.";
    assert_eq!(
        value_of(text, "2023-10-02", "mid-September").as_deref(),
        Some("2023-09"),
        "{:?}",
        values(text, "2023-10-02")
    );
    // A plan told in the present still looks ahead.
    let text = "Repairs are due to end in mid-September.";
    assert_eq!(
        value_of(text, "2023-10-02", "mid-September").as_deref(),
        Some("2024-09"),
        "{:?}",
        values(text, "2023-10-02")
    );
}

#[test]
fn the_day_before_and_the_day_after_count_from_the_date_in_focus() {
    let text = "The levee broke on April 9, 1927. The day before, rain had fallen for a week. The day after, the town was empty.";
    let v = values(text, "2024-05-16");
    assert_eq!(
        value_of(text, "2024-05-16", "The day before").as_deref(),
        Some("1927-04-08"),
        "{v:?}"
    );
    assert_eq!(
        value_of(text, "2024-05-16", "The day after").as_deref(),
        Some("1927-04-10"),
        "{v:?}"
    );
    // "the day before yesterday" stays a day before yesterday.
    let text = "The ferry left the day before yesterday.";
    assert_eq!(
        value_of(text, "2024-05-16", "the day before yesterday").as_deref(),
        Some("2024-05-14")
    );
}

#[test]
fn a_percent_sign_stays_with_its_number_at_the_end_of_a_label() {
    let a = run(
        "Shares in Norvik Bank have fallen 7% since March.",
        "2024-05-16",
    );
    assert!(
        labels(&a).iter().any(|l| l.ends_with("fall 7%")),
        "{:?}",
        labels(&a)
    );
}

#[test]
fn a_season_in_a_story_moves_forward_past_the_winter() {
    let text = "The Long Frost of 1740\n\nOn December 2, 1740, the harbour froze. That winter, the mills stopped. In the spring, the ice broke up. A new quay opened in 1742.";
    let v = values(text, "2024-05-16");
    assert_eq!(
        // The demonstrative is part of the expression (TimeML extent: "That winter").
        value_of(text, "2024-05-16", "That winter").as_deref(),
        Some("1740-WI"),
        "{v:?}"
    );
    assert_eq!(
        value_of(text, "2024-05-16", "spring").as_deref(),
        Some("1741-SP"),
        "{v:?}"
    );
}

#[test]
fn the_standard_of_a_comparison_does_not_date_the_event() {
    // "last year" is when the other figure held; the payment is reported on Tuesday.
    let a = run(
        "Halvik Components said on Tuesday it paid €5m more than last year for coke.",
        "2024-11-06",
    );
    assert!(a.events.iter().all(|e| e.date != "2023"), "{:?}", a.events);
    assert_eq!(event(&a, "Halvik Components pays").date, "2024-11-05");
    // Without the comparison the year dates the event.
    let a = run(
        "Halvik Components paid €5m for coke last year.",
        "2024-11-06",
    );
    assert_eq!(event(&a, "Halvik Components pays").date, "2023");
}
