//! Holidays and named days: names of several words ("Good Friday", "Boxing Day", "Black
//! Friday") are dates when written as names, with the year the engine infers or the text
//! gives; a weekday a capitalised word names ("the ballad Gloomy Sunday") is no date.
//! Sentences written for these tests.

use annalist::engine::analyze;
use annalist::engine::model::{DocumentInput, TimexType};

/// (text, type, value) of every timex.
fn timexes(text: &str, date: Option<&str>) -> Vec<(String, TimexType, String)> {
    analyze(&DocumentInput {
        id: "h".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
    .timex
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

/// The value of the expression `expr` in `text`.
fn value(text: &str, date: Option<&str>, expr: &str) -> Option<String> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr && t.1 == TimexType::Date)
        .map(|t| t.2)
}

const DCT: Option<&str> = Some("2026-11-20"); // a Friday

#[test]
fn movable_feasts_count_from_easter() {
    // Easter 2026: April 5.
    let t = "The bakery closes on Good Friday and opens again on Easter Monday.";
    assert_eq!(value(t, DCT, "Good Friday").as_deref(), Some("2026-04-03"));
    assert_eq!(
        value(t, DCT, "Easter Monday").as_deref(),
        Some("2026-04-06")
    );
    let t = "The choir sang on Palm Sunday, and the fast began on Ash Wednesday 2025.";
    assert_eq!(value(t, DCT, "Palm Sunday").as_deref(), Some("2026-03-29"));
    assert_eq!(
        value(t, DCT, "Ash Wednesday 2025").as_deref(),
        Some("2025-03-05")
    );
}

#[test]
fn fixed_days_have_their_dates() {
    let t = "Our neighbours visited on Boxing Day and left before New Year's Eve.";
    assert_eq!(value(t, DCT, "Boxing Day").as_deref(), Some("2026-12-26"));
    assert_eq!(
        value(t, DCT, "New Year's Eve").as_deref(),
        Some("2026-12-31")
    );
    let t = "The museum is free on Bastille Day, St Patrick's Day and New Year’s Day 2027.";
    assert_eq!(value(t, DCT, "Bastille Day").as_deref(), Some("2026-07-14"));
    // A present clause: the nearest March 17 after the document date.
    assert_eq!(
        value(t, DCT, "St Patrick's Day").as_deref(),
        Some("2027-03-17")
    );
    assert_eq!(
        value(t, DCT, "New Year’s Day 2027").as_deref(),
        Some("2027-01-01")
    );
    let t = "Wreaths were laid on Armistice Day, which some call Veterans Day.";
    assert_eq!(
        value(t, DCT, "Armistice Day").as_deref(),
        Some("2026-11-11")
    );
    assert_eq!(value(t, DCT, "Veterans Day").as_deref(), Some("2026-11-11"));
}

#[test]
fn weekdays_of_a_month_and_the_days_after_them() {
    let t = "The pool opened on Memorial Day 2019 and closed on Labor Day 2019.";
    assert_eq!(
        value(t, DCT, "Memorial Day 2019").as_deref(),
        Some("2019-05-27")
    );
    assert_eq!(
        value(t, DCT, "Labor Day 2019").as_deref(),
        Some("2019-09-02")
    );
    // Black Friday is the day after Thanksgiving: in 2024 the 4th Friday of November is the
    // 22nd, Thanksgiving the 28th.
    let t = "Queues formed on Black Friday 2024 and the site crashed on Cyber Monday 2024.";
    assert_eq!(
        value(t, DCT, "Black Friday 2024").as_deref(),
        Some("2024-11-29")
    );
    assert_eq!(
        value(t, DCT, "Cyber Monday 2024").as_deref(),
        Some("2024-12-02")
    );
    let t = "The veterans paraded on Remembrance Sunday 2025.";
    assert_eq!(
        value(t, DCT, "Remembrance Sunday 2025").as_deref(),
        Some("2025-11-09")
    );
    let t = "Florists sell out before Mother's Day 2027 and Father's Day 2027.";
    assert_eq!(
        value(t, DCT, "Mother's Day 2027").as_deref(),
        Some("2027-05-09")
    );
    assert_eq!(
        value(t, DCT, "Father's Day 2027").as_deref(),
        Some("2027-06-20")
    );
}

#[test]
fn last_and_next_holidays_are_before_and_after_the_document_date() {
    let t = "The harbour was shut last Good Friday.";
    assert_eq!(
        value(t, DCT, "last Good Friday").as_deref(),
        Some("2026-04-03")
    );
    let t = "The harbour will be shut next Good Friday.";
    assert_eq!(
        value(t, DCT, "next Good Friday").as_deref(),
        Some("2027-03-26")
    );
}

#[test]
fn a_story_year_dates_its_holidays() {
    let t =
        "In December 2019 the twins moved to Hull. They queued all night for the Boxing Day sales.";
    assert_eq!(value(t, DCT, "Boxing Day").as_deref(), Some("2019-12-26"));
}

#[test]
fn a_holiday_of_several_words_is_written_as_a_name() {
    // "a good Friday": a Friday that went well.
    let t = "It was a good Friday for the fishing fleet.";
    let all = timexes(t, DCT);
    assert!(all.iter().all(|x| x.0 != "good Friday"), "{all:?}");
    assert_eq!(value(t, DCT, "Friday").as_deref(), Some("2026-11-20"));
    let t = "Shoppers hunted bargains on black friday.";
    assert!(timexes(t, DCT).iter().all(|x| x.0 != "black friday"));
}

#[test]
fn a_holiday_inside_a_longer_name_is_no_date() {
    let t = "Both parties signed the Good Friday Agreement at Stormont.";
    let all = timexes(t, DCT);
    assert!(all.iter().all(|x| !x.0.contains("Friday")), "{all:?}");
    // A time word after it is no name: "Memorial Day weekend", "Boxing Day 2019".
    let t = "Traffic peaked over the Memorial Day weekend.";
    assert_eq!(value(t, DCT, "Memorial Day").as_deref(), Some("2026-05-25"));
}

#[test]
fn a_weekday_a_capitalised_word_names_is_no_date() {
    let t = "The pianist recorded the ballad Gloomy Sunday in one take.";
    let all = timexes(t, DCT);
    assert!(all.iter().all(|x| !x.0.contains("Sunday")), "{all:?}");
    let t = "The town still mourns Bloody Sunday every year.";
    let all = timexes(t, DCT);
    assert!(all.iter().all(|x| !x.0.contains("Sunday")), "{all:?}");
}

#[test]
fn weekdays_after_names_and_opening_words_stay_dates() {
    for (t, expr, v) in [
        ("Last Friday the mill stopped.", "Last Friday", "2026-11-13"),
        ("On Sunday the mill stopped.", "Sunday", "2026-11-15"),
        (
            "Early Tuesday the mill stopped.",
            "Early Tuesday",
            "2026-11-17",
        ),
        ("This Friday the mill stops.", "This Friday", "2026-11-20"),
        (
            "Shares in Osaka fell sharply in Tokyo Monday.",
            "Monday",
            "2026-11-16",
        ),
        (
            "The Supreme Court Tuesday rejected the appeal.",
            "Tuesday",
            "2026-11-17",
        ),
    ] {
        assert_eq!(value(t, DCT, expr).as_deref(), Some(v), "{t}");
    }
    let all = timexes("Every Monday the mill stops.", DCT);
    assert!(
        all.iter()
            .any(|x| x.0 == "Every Monday" && x.1 == TimexType::Set),
        "{all:?}"
    );
}
