//! Which way a year-less or week-less expression points, and what is no time at all: a
//! possessive day inside a future clause, a verbless stretch after a participle's modifier, a
//! fiscal period written as one word, a unit word that opens a hyphenated compound noun, and a
//! past clause's "the week" after a day still to come; and calendar faults: a weekday range whose
//! start fell after its end, a year-less 29 February, a clock time with its seconds. Sentences
//! written for these tests.

use annalist::engine::analyze;
use annalist::engine::model::{DocumentInput, TimexType};

/// (text, type, value) of every timex.
fn timexes(text: &str, date: &str) -> Vec<(String, TimexType, String)> {
    analyze(&DocumentInput {
        id: "d".into(),
        text: text.into(),
        date: Some(date.to_string()),
    })
    .timex
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

/// The value of the expression `expr` in `text`.
fn value(text: &str, date: &str, expr: &str) -> Option<String> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| t.2)
}

/// Friday, ISO week 20.
const FRIDAY: &str = "2025-05-16";

#[test]
fn a_possessive_day_hosting_a_future_clause_is_the_coming_one() {
    let text = "The young striker will start in Sunday's cup tie at the national stadium.";
    assert_eq!(value(text, FRIDAY, "Sunday").as_deref(), Some("2025-05-18"));
    let text = "Both leaders are due to speak at Thursday's summit in the capital.";
    assert_eq!(
        value(text, FRIDAY, "Thursday").as_deref(),
        Some("2025-05-22")
    );
    // The same possessive in a past clause, or as the object of a future verb, names a day
    // already spoken of.
    let text = "The coach praised her players after Wednesday's semi-final.";
    assert_eq!(
        value(text, FRIDAY, "Wednesday").as_deref(),
        Some("2025-05-14")
    );
    let text = "The union will challenge Tuesday's decision in the appeal court.";
    assert_eq!(
        value(text, FRIDAY, "Tuesday").as_deref(),
        Some("2025-05-13")
    );
}

#[test]
fn a_participle_between_commas_lends_no_tense_to_what_follows() {
    // Written on a Tuesday in February: the third quarter ahead is this year's.
    let text = "The regulator is expected to rule on the merger, agreed between both boards, \
                by the end of the third quarter.";
    assert_eq!(
        value(text, "2025-02-04", "the end of the third quarter").as_deref(),
        Some("2025-Q3")
    );
    let text = "The ministry plans to open the bridge, financed with state loans, in October.";
    assert_eq!(
        value(text, "2025-02-04", "October").as_deref(),
        Some("2025-10")
    );
    // The participle's own date stays past.
    let text = "The mill, founded in March, will double its staff.";
    assert_eq!(
        value(text, "2025-02-04", "March").as_deref(),
        Some("2024-03")
    );
}

#[test]
fn a_fiscal_year_or_quarter_written_as_one_word_is_a_date() {
    let dct = "2025-11-20";
    let text = "The retailer lifted its forecast for FY2026 on Thursday.";
    let all = timexes(text, dct);
    assert!(
        all.contains(&("FY2026".into(), TimexType::Date, "2026".into())),
        "{all:?}"
    );
    let text = "Revenue for the period, which the group calls Q2 FY2026, rose 4%.";
    let all = timexes(text, dct);
    assert!(
        all.contains(&("Q2 FY2026".into(), TimexType::Date, "2026-Q2".into())),
        "{all:?}"
    );
    let text = "Margins should recover in the second quarter of fiscal 2027, the firm said.";
    assert_eq!(
        value(text, dct, "the second quarter of fiscal 2027").as_deref(),
        Some("2027-Q2")
    );
    let text = "The chain expects flat sales in Q4 fiscal 2026.";
    assert_eq!(
        value(text, dct, "Q4 fiscal 2026").as_deref(),
        Some("2026-Q4")
    );
}

#[test]
fn a_unit_word_opening_a_hyphenated_compound_is_no_time() {
    let text = "She was beaten in the quarter-finals of the Madrid event.";
    let all = timexes(text, FRIDAY);
    assert!(all.iter().all(|t| !t.0.contains("quarter")), "{all:?}");
    let text = "Parents queued outside the day-care centre.";
    let all = timexes(text, FRIDAY);
    assert!(all.iter().all(|t| !t.0.contains("day")), "{all:?}");
    // A compound the time tables know stays a time.
    let text = "Profit fell from the year-earlier quarter.";
    assert!(!timexes(text, FRIDAY).is_empty());
}

#[test]
fn a_past_clause_s_week_is_never_a_week_still_to_come() {
    let text = "The champion will defend her title on Wednesday. \
                Earlier in the week, she had lost two practice sets.";
    // Wednesday is 2025-05-21, in week 21; the past clause speaks of the document's week.
    assert_eq!(
        value(text, FRIDAY, "Wednesday").as_deref(),
        Some("2025-05-21")
    );
    assert_eq!(value(text, FRIDAY, "the week").as_deref(), Some("2025-W20"));
}

#[test]
fn a_weekday_range_never_leaves_its_week() {
    // A start after its end is the week before, never a year back (no Monday at all).
    let t = "The strike ran from Monday to Friday.";
    assert_eq!(
        value(t, "2025-05-13", "Monday").as_deref(),
        Some("2025-05-05")
    );
    assert_eq!(
        value(t, "2025-05-13", "Friday").as_deref(),
        Some("2025-05-09")
    );
    let t = "Roadworks closed the bridge Tuesday - Thursday.";
    assert_eq!(value(t, FRIDAY, "Tuesday").as_deref(), Some("2025-05-13"));
}

#[test]
fn a_year_less_leap_day_is_in_a_leap_year() {
    // Written in 2025: the 29th of February of the nearest leap year the clause allows.
    let t = "The gala was held on February 29.";
    assert_eq!(
        value(t, FRIDAY, "February 29").as_deref(),
        Some("2024-02-29")
    );
    let t = "The gala will be held on 29 February.";
    assert_eq!(
        value(t, FRIDAY, "29 February").as_deref(),
        Some("2028-02-29")
    );
}

#[test]
fn a_clock_time_keeps_its_seconds() {
    let t = "The launch was logged at 14:05:09 on Tuesday.";
    assert_eq!(
        value(t, FRIDAY, "14:05:09 on Tuesday").as_deref(),
        Some("2025-05-13T14:05:09")
    );
    let t = "The gates stayed open 08:00:00 - 17:30:00.";
    let all = timexes(t, FRIDAY);
    assert!(all.iter().any(|x| x.2 == "2025-05-16T17:30:00"), "{all:?}");
    // Not a clock: a ratio or a reference with a third part too long.
    let t = "Verse 3:16:200 was read.";
    assert!(timexes(t, FRIDAY).is_empty());
}
