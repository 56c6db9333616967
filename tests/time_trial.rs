//! Time faults found by reading our own news and narrative texts by hand (session 50): decimal
//! counts of a duration ("2.5 hours") split or missed, an occasion still to come read as the
//! day gone ("tickets for Saturday's final were being offered"), "a year earlier" after a
//! half-year taken from the quarter in focus, and "every morning" missed. Every sentence is
//! written for these tests.

use annalist::engine::analyze;
use annalist::engine::model::{DocumentInput, TimexType};

/// (text, type, value) of every timex.
fn timexes(text: &str, date: &str) -> Vec<(String, TimexType, String)> {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some(date.into()),
    })
    .timex
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

fn value_of(text: &str, date: &str, expr: &str) -> Option<String> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| t.2)
}

/// A Thursday.
const THURSDAY: &str = "2025-06-05";
/// The Monday after it.
const MONDAY: &str = "2025-06-09";

#[test]
fn a_decimal_count_is_one_duration_with_its_fraction() {
    let text = "The power cut lasted 2.5 hours, and the repairs took 1.5 days.";
    let t = timexes(text, THURSDAY);
    assert!(t.contains(&("2.5 hours".into(), TimexType::Duration, "PT2.5H".into())));
    assert!(t.contains(&("1.5 days".into(), TimexType::Duration, "P1.5D".into())));
    let text = "The average tenure of a chief executive there is 3.4 years.";
    assert_eq!(
        value_of(text, THURSDAY, "3.4 years").as_deref(),
        Some("P3.4Y")
    );
    // Joined by a hyphen, with trailing zeros, and counted in decades.
    let text = "Dockers began a 1.50-day stoppage after 2.5 decades of peace.";
    assert_eq!(
        value_of(text, THURSDAY, "1.50-day").as_deref(),
        Some("P1.5D")
    );
    assert_eq!(
        value_of(text, THURSDAY, "2.5 decades").as_deref(),
        Some("P25Y")
    );
    // A decimal that counts no time unit is no time expression.
    let text = "Shares of the ferry operator rose 2.5 percent.";
    assert!(timexes(text, THURSDAY).is_empty());
}

#[test]
fn an_occasion_still_to_come_is_on_its_coming_day() {
    // Offered before the final, in a past clause: the coming Saturday.
    let text = "Seats for Saturday's cup final were being resold at three times their price.";
    assert_eq!(
        value_of(text, THURSDAY, "Saturday").as_deref(),
        Some("2025-06-07")
    );
    let text = "Seats for the cup final on Saturday were sold out within an hour.";
    assert_eq!(
        value_of(text, THURSDAY, "Saturday").as_deref(),
        Some("2025-06-07")
    );
    // Nothing says it was held, in the present: ahead.
    let text = "Sunday's election is a test for the governing coalition.";
    assert_eq!(
        value_of(text, THURSDAY, "Sunday").as_deref(),
        Some("2025-06-08")
    );
}

#[test]
fn an_occasion_the_text_says_was_held_stays_gone() {
    let text = "Saturday's cup final was played in heavy rain.";
    assert_eq!(
        value_of(text, MONDAY, "Saturday").as_deref(),
        Some("2025-06-07")
    );
    assert_eq!(
        value_of(text, THURSDAY, "Saturday").as_deref(),
        Some("2025-05-31")
    );
    let text = "On Sunday the final was played behind closed doors.";
    assert_eq!(
        value_of(text, THURSDAY, "Sunday").as_deref(),
        Some("2025-06-01")
    );
    let text = "The winger scored twice in Sunday's semi-final.";
    assert_eq!(
        value_of(text, THURSDAY, "Sunday").as_deref(),
        Some("2025-06-01")
    );
    let text = "Turnout for Sunday's vote was the lowest in a decade.";
    assert_eq!(
        value_of(text, THURSDAY, "Sunday").as_deref(),
        Some("2025-06-01")
    );
    let text = "The coalition looks weaker after Sunday's vote.";
    assert_eq!(
        value_of(text, THURSDAY, "Sunday").as_deref(),
        Some("2025-06-01")
    );
}

#[test]
fn a_year_earlier_than_a_half_stated_in_its_sentence_is_that_half() {
    let text = "Brennmoor reported higher second-quarter revenue on Thursday. Net profit for the \
                first half rose to 140 million euros from 98 million a year earlier.";
    assert_eq!(
        value_of(text, "2025-07-24", "a year earlier").as_deref(),
        Some("2024-H1")
    );
    let text = "Brennmoor reported higher second-quarter revenue on Thursday. Net profit for the \
                first half rose to 140 million euros from the year-earlier period.";
    assert_eq!(
        value_of(text, "2025-07-24", "the year-earlier period").as_deref(),
        Some("2024-H1")
    );
    // Without a half in its sentence, still the quarter in focus.
    let text = "Brennmoor reported higher second-quarter revenue on Thursday. Net profit rose \
                to 70 million euros from 52 million a year earlier.";
    assert_eq!(
        value_of(text, "2025-07-24", "a year earlier").as_deref(),
        Some("2024-Q2")
    );
}

#[test]
fn every_part_of_the_day_is_a_set() {
    let text = "The squad trained every morning and rested each evening.";
    let t = timexes(text, THURSDAY);
    assert!(t.contains(&(
        "every morning".into(),
        TimexType::Set,
        "XXXX-XX-XXTMO".into()
    )));
    assert!(t.contains(&(
        "each evening".into(),
        TimexType::Set,
        "XXXX-XX-XXTEV".into()
    )));
}

#[test]
fn the_full_year_of_a_report_on_a_past_year_is_that_year() {
    let text = "Orvik said on Monday that sales in the fourth quarter of 2024 fell 3%. For the \
                full year, revenue rose 2%.";
    assert_eq!(
        value_of(text, "2025-02-10", "the full year").as_deref(),
        Some("2024")
    );
    // Looking ahead, the document's year.
    let text = "Orvik said on Monday that sales in the fourth quarter of 2024 fell 3%. It \
                expects a profit for the full year.";
    assert_eq!(
        value_of(text, "2025-02-10", "the full year").as_deref(),
        Some("2025")
    );
    // The year before it is the one before that; a background year beside "the year-earlier
    // period" leaves the quarter in focus.
    let text = "Orvik said on Monday that sales in the fourth quarter of 2024 fell 3%. For the \
                full year, revenue rose 2% on the year before.";
    assert_eq!(
        value_of(text, "2025-02-10", "the year before").as_deref(),
        Some("2023")
    );
    let text = "Orvik said on Monday that sales in the fourth quarter of 2024 fell 3%. The firm, \
                founded in 1990, said costs rose from the year-earlier period.";
    assert_eq!(
        value_of(text, "2025-02-10", "the year-earlier period").as_deref(),
        Some("2023-Q4")
    );
}
