//! The time engine through the public pipeline: TIMEX3 values against the
//! document date, the document date itself, events, and robustness.
//! All texts are written for these tests.

use annalist::engine::analyze;
use annalist::engine::model::{Analysis, DocumentInput, TimexType};

fn run(text: &str, date: Option<&str>) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
}

/// (text, type, value, mod) of every timex.
fn timexes(text: &str, date: Option<&str>) -> Vec<(String, TimexType, String, Option<String>)> {
    run(text, date)
        .timex
        .into_iter()
        .map(|t| (t.text, t.kind, t.value, t.modifier))
        .collect()
}

/// The value given to the expression `expr` in `text`.
fn value_of(text: &str, date: Option<&str>, expr: &str) -> Option<String> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| t.2)
}

const DCT: Option<&str> = Some("2024-04-16"); // a Tuesday, ISO week 16

#[test]
fn relative_expressions_follow_the_document_date() {
    let cases = [
        (
            "Exports to the region doubled last year.",
            "last year",
            "2023",
        ),
        (
            "The ministry published the list on Tuesday.",
            "Tuesday",
            "2024-04-16",
        ),
        (
            "The ministry published the list on Friday.",
            "Friday",
            "2024-04-12",
        ),
        (
            "The ministers will meet again on Friday.",
            "Friday",
            "2024-04-19",
        ),
        (
            "Prices have climbed in recent weeks.",
            "recent weeks",
            "PAST_REF",
        ),
        ("Talks are now stalled.", "now", "PRESENT_REF"),
        ("The delegation arrives this week.", "this week", "2024-W16"),
        ("The harbour froze last summer.", "last summer", "2023-SU"),
        ("Shipyards boomed in the 1990s.", "the 1990s", "199"),
        ("Revenue fell in Q3.", "Q3", "2023-Q3"),
        ("Revenue will rise in Q3.", "Q3", "2024-Q3"),
        ("The plant opened in March 2022.", "March 2022", "2022-03"),
        (
            "The form was filed on 15/04/2024.",
            "15/04/2024",
            "2024-04-15",
        ),
        (
            "The form was filed on April 15, 2024.",
            "April 15, 2024",
            "2024-04-15",
        ),
        ("The agency was founded in 2001.", "2001", "2001"),
        ("Officials met yesterday.", "yesterday", "2024-04-15"),
        ("The fleet sails tomorrow.", "tomorrow", "2024-04-17"),
        ("The deal closed two years ago.", "two years ago", "2022"),
        (
            "The vote comes five days from now.",
            "five days from now",
            "2024-04-21",
        ),
        ("The firm expects to grow next year.", "next year", "2025"),
        (
            "Output rose in the third quarter.",
            "the third quarter",
            "2023-Q3",
        ),
        (
            "The festival ends on Christmas Day.",
            "Christmas Day",
            "2023-12-25",
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(value_of(text, DCT, expr).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn iso_timestamps_give_their_date() {
    let t = timexes("Logged at 2024-04-15T13:15:30Z by the server.", DCT);
    assert!(t.iter().any(|t| t.2 == "2024-04-15"), "{t:?}");
    assert!(!t.iter().any(|t| t.2 == "2024"), "{t:?}");
}

#[test]
fn durations_sets_and_modifiers() {
    let t = timexes(
        "The review took two weeks and the audit every Monday lasted about three hours.",
        DCT,
    );
    assert!(
        t.contains(&("two weeks".into(), TimexType::Duration, "P2W".into(), None)),
        "{t:?}"
    );
    assert!(
        t.contains(&(
            "every Monday".into(),
            TimexType::Set,
            "XXXX-WXX-1".into(),
            None
        )),
        "{t:?}"
    );
    assert!(
        t.contains(&(
            "about three hours".into(),
            TimexType::Duration,
            "PT3H".into(),
            Some("APPROX".into())
        )),
        "{t:?}"
    );
    let t = timexes(
        "The mill was rebuilt in mid-2023 and sold early next year.",
        DCT,
    );
    assert!(
        t.contains(&(
            "mid-2023".into(),
            TimexType::Date,
            "2023".into(),
            Some("MID".into())
        )),
        "{t:?}"
    );
    assert!(
        t.contains(&(
            "early next year".into(),
            TimexType::Date,
            "2025".into(),
            Some("START".into())
        )),
        "{t:?}"
    );
    assert_eq!(
        value_of(
            "Sales rose in the first eight months of 2025.",
            DCT,
            "the first eight months of 2025"
        )
        .as_deref(),
        Some("P8M")
    );
    assert_eq!(
        value_of("A 6-year-old girl was rescued.", DCT, "6-year"),
        None,
        "ages are not durations"
    );
}

#[test]
fn without_a_document_date_values_stay_relative() {
    assert_eq!(
        value_of("Exports doubled last year.", None, "last year").as_deref(),
        Some("PAST_REF")
    );
    assert_eq!(
        value_of("The vote is due in April.", None, "April").as_deref(),
        Some("XXXX-04")
    );
    assert_eq!(
        value_of("The court ruled on Friday.", None, "Friday").as_deref(),
        Some("XXXX-WXX-5")
    );
    assert_eq!(
        value_of("The court ruled on June 3.", None, "June 3").as_deref(),
        Some("XXXX-06-03")
    );
}

#[test]
fn the_reference_moves_with_stated_dates() {
    let text =
        "The reactor was commissioned in March 2020. A year earlier, the site had been cleared.";
    assert_eq!(
        value_of(text, DCT, "A year earlier").as_deref(),
        Some("2019-03")
    );
    let text = "Profit rose in the third quarter of 2023. A year ago, the company lost money.";
    assert_eq!(
        value_of(text, DCT, "A year ago").as_deref(),
        Some("2022-Q3")
    );
}

#[test]
fn extreme_years_do_not_break_anything() {
    assert_eq!(
        value_of("The fort dates from 500 BC.", DCT, "500 BC").as_deref(),
        Some("BC0500")
    );
    assert_eq!(
        value_of("The capsule opens in 9999.", DCT, "9999"),
        None,
        "bare far years are not dates"
    );
    assert_eq!(
        value_of("The capsule opens in the year 9999.", DCT, "the year 9999").as_deref(),
        Some("9999")
    );
    assert_eq!(
        value_of("Nothing happened in the year 0000.", DCT, "the year 0000").as_deref(),
        Some("0000")
    );
    let a = run(
        "It happened a year before 0001-01-01, 9999-12-31 and 1 BC.",
        Some("0000-01-01"),
    );
    assert!(
        a.timex.iter().any(|t| t.value == "9999-12-31"),
        "{:?}",
        a.timex
    );
    let a = run("Last year, next week and 3 days ago.", Some("9999-12-31"));
    assert!(
        a.timex
            .iter()
            .any(|t| t.value == "10000-W01" || t.value.starts_with("10000")),
        "{:?}",
        a.timex
    );
}

#[test]
fn document_date_from_caller_or_text() {
    let a = run("Ships left port.", Some("2024-04-16T08:00:00Z"));
    assert_eq!(
        (a.date.as_deref(), a.date_source.as_deref()),
        (Some("2024-04-16"), Some("input"))
    );
    let a = run("Published 14 April 2024\nShips left port yesterday.", None);
    assert_eq!(
        (a.date.as_deref(), a.date_source.as_deref()),
        (Some("2024-04-14"), Some("text"))
    );
    assert!(a
        .timex
        .iter()
        .any(|t| t.text == "yesterday" && t.value == "2024-04-13"));
    let a = run(
        "OSLO, April 14 (Wire) - The fund sold its stake, its first sale since 2024.",
        None,
    );
    assert_eq!(
        (a.date.as_deref(), a.date_source.as_deref()),
        (Some("2024-04-14"), Some("dateline"))
    );
    let a = run("Ships left port yesterday.", Some("2024-02-30"));
    assert_eq!(a.date, None);
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    assert_eq!(a.timex.first().map(|t| t.value.as_str()), Some("PAST_REF"));
}

/// A year-less dateline read on a known day: the year on which its date falls on the lead's
/// weekday, not the latest year the story recalls.
#[test]
fn a_year_less_dateline_is_dated_by_the_leads_weekday_up_to_today() {
    let text = "TURIN, March 9 (Wire) - A court on Monday jailed the former treasurer of a \
                rowing club for fraud. He joined the club in 2012 and left it in 2019.";
    let input = DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: None,
    };
    let today = annalist::engine::time::iso_date("2026-12-05");
    let a = annalist::engine::analyze_with(
        &input,
        annalist::engine::Options {
            today,
            ..Default::default()
        },
    );
    // 9 March was a Monday in 2026 (and in 2020, the first such year after 2019).
    assert_eq!(
        (a.date.as_deref(), a.date_source.as_deref()),
        (Some("2026-03-09"), Some("dateline"))
    );
    assert!(a
        .timex
        .iter()
        .any(|t| t.text == "Monday" && t.value == "2026-03-09"));
    assert_eq!(run(text, None).date.as_deref(), Some("2020-03-09"));
}

#[test]
fn events_are_dated_labelled_and_ordered() {
    let text = "The agency on Tuesday fined the carrier, just two weeks after the minister raised the matter in a letter. \
                The envoy will fly to Oslo next week ahead of the summit.";
    let a = run(text, DCT);
    let fine = a
        .events
        .iter()
        .find(|e| e.label == "Agency fines carrier")
        .expect("fine event");
    assert_eq!(fine.date, "2024-04-16");
    let letter = a
        .events
        .iter()
        .find(|e| e.label == "Minister raises matter in letter")
        .expect("letter event");
    assert_eq!(letter.date, "2024-04-02");
    assert!(
        letter
            .relations
            .iter()
            .any(|r| r.relation == "BEFORE" && r.event == fine.id),
        "{letter:?}"
    );
    assert!(
        fine.relations
            .iter()
            .any(|r| r.relation == "AFTER" && r.event == letter.id),
        "{fine:?}"
    );
    let trip = a
        .events
        .iter()
        .find(|e| e.label == "Envoy flies to Oslo")
        .expect("trip event");
    assert_eq!(trip.date, "2024-W17");
    let summit = a
        .events
        .iter()
        .find(|e| e.label == "the summit")
        .expect("summit event");
    assert!(trip
        .relations
        .iter()
        .any(|r| r.relation == "BEFORE" && r.event == summit.id));
    assert!(!summit.label.is_empty() && summit.timex.is_none());
    // Every event points at a real timex, and its sentence span holds it.
    for e in &a.events {
        if let Some(tid) = &e.timex {
            let t = a.timex.iter().find(|t| &t.id == tid).expect("timex id");
            assert!(e.sentence[0] <= t.start && t.end <= e.sentence[1]);
        }
    }
}

#[test]
fn ranges_become_one_event() {
    let a = run(
        "The mine ran from March to May. The dam was built in 2014-2016.",
        DCT,
    );
    let dates: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).collect();
    assert!(dates.contains(&"2024-03/2024-05"), "{dates:?}");
    assert!(dates.contains(&"2014/2016"), "{dates:?}");
}

#[test]
fn coordinated_clauses_and_pinned_durations_are_separate_events() {
    let a = run(
        "Exports fell last year and rose sharply in the first eight months of 2025.",
        DCT,
    );
    let dated: Vec<(&str, &str)> = a
        .events
        .iter()
        .map(|e| (e.date.as_str(), e.label.as_str()))
        .collect();
    // "Exports fall" is under three words: no event rather than a fragment.
    assert!(
        dated.iter().all(|(_, l)| l.split_whitespace().count() >= 3),
        "{dated:?}"
    );
    assert!(
        dated
            .iter()
            .any(|(d, l)| *d == "2025-01/2025-08" && *l == "Exports rise sharply"),
        "{dated:?}"
    );
}

#[test]
fn never_panics_on_strange_text() {
    let long_word = "x".repeat(1 << 20);
    let capitals = "MAY MARCH JANUARY ".repeat(2_000);
    let numbers = "12/13/14 2024-13-45 99:99 31st 0th 1990s '90s Q9 ".repeat(200);
    for text in [
        "",
        "\u{0}\u{0} 2024-04-16\u{0}",
        "👍🏽 on Tuesday, é́ last year ﷽ next week",
        "مرحبا yesterday שלום",
        long_word.as_str(),
        capitals.as_str(),
        numbers.as_str(),
        "a a a a a a year year year ago ago earlier later before after",
        "the the the of of of , , , - - - mid- early late",
    ] {
        for date in [
            None,
            DCT,
            Some("0000-01-01"),
            Some("9999-12-31"),
            Some("garbage"),
        ] {
            let a = run(text, date);
            for t in &a.timex {
                assert!(t.start < t.end && t.end <= text.chars().count());
            }
        }
    }
}

/// Issue 12.4: each missing form, in sentences written for these tests.
#[test]
fn before_last_and_two_days_away() {
    let cases = [
        (
            "Prices peaked the week before last.",
            "the week before last",
            "2024-W14",
        ),
        (
            "Rents rose the month before last.",
            "the month before last",
            "2024-02",
        ),
        (
            "The fleet sailed the year before last.",
            "the year before last",
            "2022",
        ),
        (
            "The jury met the day before yesterday.",
            "the day before yesterday",
            "2024-04-14",
        ),
        (
            "The jury meets the day after tomorrow.",
            "the day after tomorrow",
            "2024-04-18",
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(value_of(text, DCT, expr).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn nth_weekdays_weeks_and_parts_of_a_year() {
    let cases = [
        (
            "The fair closes on the last Friday of May.",
            "the last Friday of May",
            "2024-05-31",
        ),
        (
            "Voting starts on the first Monday of next month.",
            "the first Monday of next month",
            "2024-05-06",
        ),
        (
            "Audits ended on the second Tuesday of this month.",
            "the second Tuesday of this month",
            "2024-04-09",
        ),
        (
            "Crews worked through the last week of March.",
            "the last week of March",
            "2024-W13",
        ),
        (
            "Output fell in the first half of 2023.",
            "the first half of 2023",
            "2023-H1",
        ),
        (
            "Output will rise in the second quarter.",
            "the second quarter",
            "2024-Q2",
        ),
        (
            "The court sits the week of May 6.",
            "the week of May 6",
            "2024-W19",
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(value_of(text, DCT, expr).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn day_ranges_keep_start_and_end() {
    let cases = [
        (
            "The festival runs May 6-8 in the old port.",
            "May 6-8",
            "2024-05-06/2024-05-08",
        ),
        (
            "The summit runs from 11 to 13 June in Oslo.",
            "11 to 13 June",
            "2024-06-11/2024-06-13",
        ),
        (
            "The fair runs June 30–July 2 near the river.",
            "June 30–July 2",
            "2024-06-30/2024-07-02",
        ),
    ];
    for (text, expr, want) in cases {
        let a = run(text, DCT);
        let t = a.timex.iter().find(|t| t.text == expr);
        assert!(t.is_some(), "{text}: {:?}", a.timex);
        let dates: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).collect();
        assert!(dates.contains(&want), "{text}: {dates:?}");
    }
    // Both ends carry the stated year; no range runs backwards.
    let a = run("The strike lasted between March and November 2023.", DCT);
    let values: Vec<&str> = a.timex.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2023-03", "2023-11"]);
    let dates: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2023-03/2023-11"]);
    // A dash joins two dates on its own; the start takes the end's year.
    let a = run("The exhibition ran 10 August - 12 September 2013.", DCT);
    let values: Vec<&str> = a.timex.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2013-08-10", "2013-09-12"]);
}

#[test]
fn last_and_next_with_a_day_of_the_month() {
    assert_eq!(
        value_of(
            "The mill burned last Oct. 23 after a dry summer.",
            DCT,
            "last Oct. 23"
        )
        .as_deref(),
        Some("2023-10-23")
    );
    assert_eq!(
        value_of("The lease ends next March 3.", DCT, "next March 3").as_deref(),
        Some("2025-03-03")
    );
}

#[test]
fn a_weekday_picks_the_year_of_a_yearless_date() {
    // 15 September is a Sunday in 2024 and a Friday in 2023.
    assert_eq!(
        value_of(
            "The race was run on Sunday, 15 September.",
            Some("2024-01-20"),
            "Sunday, 15 September"
        )
        .as_deref(),
        Some("2024-09-15")
    );
    assert_eq!(
        value_of(
            "The race was run on Friday, 15 September.",
            Some("2024-01-20"),
            "Friday, 15 September"
        )
        .as_deref(),
        Some("2023-09-15")
    );
}

#[test]
fn bare_ordinal_days_take_the_month_in_focus() {
    let text = "The survey began on 3 February 2022. The last boat left on the 21st.";
    assert_eq!(
        value_of(text, DCT, "the 21st").as_deref(),
        Some("2022-02-21")
    );
    // Without a stated month: the document's, or the one before in a past clause.
    assert_eq!(
        value_of("The plant reopened on the 12th.", DCT, "the 12th").as_deref(),
        Some("2024-04-12")
    );
    assert_eq!(
        value_of("The plant reopened on the 25th.", DCT, "the 25th").as_deref(),
        Some("2024-03-25")
    );
    // An ordinal before a noun is no day.
    assert_eq!(
        value_of("They met on the 21st floor.", DCT, "the 21st"),
        None
    );
}

#[test]
fn numeric_and_abbreviated_dates() {
    assert_eq!(
        value_of("The ledger entry is dated 07-Mar-19.", DCT, "07-Mar-19").as_deref(),
        Some("2019-03-07")
    );
    // Day-first unless the text is US-dated, and the warning says which.
    let a = run("The form was signed on 3/4/21.", DCT);
    assert_eq!(
        a.timex.first().map(|t| t.value.as_str()),
        Some("2021-04-03")
    );
    assert!(
        a.warnings.iter().any(|w| w.contains("day-first")),
        "{:?}",
        a.warnings
    );
    let a = run(
        "The form was signed on 3/4/21. It was filed on April 15, 2021 and stamped 04/20/2021.",
        DCT,
    );
    assert_eq!(
        a.timex.first().map(|t| t.value.as_str()),
        Some("2021-03-04")
    );
    assert!(
        a.warnings.iter().any(|w| w.contains("month-first")),
        "{:?}",
        a.warnings
    );
    assert_eq!(
        value_of("Synth pop ruled the '90s.", DCT, "90s").as_deref(),
        Some("199")
    );
}

#[test]
fn parts_of_day_and_clock_times_join_their_day() {
    let cases = [
        (
            "The vote was held Friday afternoon.",
            "Friday afternoon",
            "2024-04-12TAF",
        ),
        (
            "Looters struck Monday night.",
            "Monday night",
            "2024-04-15TNI",
        ),
        (
            "The ferry left at 9 a.m. on Sunday.",
            "9 a.m. on Sunday",
            "2024-04-14T09:00",
        ),
        (
            "The market closed at 18:00 UTC.",
            "18:00 UTC",
            "2024-04-16T18:00Z",
        ),
        ("The call began at 3pm GMT.", "3pm GMT", "2024-04-16T15:00Z"),
        (
            "The call began at noon ET.",
            "noon ET",
            "2024-04-16T12:00-04:00",
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(value_of(text, DCT, expr).as_deref(), Some(want), "{text}");
    }
    // Standard time in winter.
    assert_eq!(
        value_of("The call began at noon ET.", Some("2024-01-10"), "noon ET").as_deref(),
        Some("2024-01-10T12:00-05:00")
    );
}

#[test]
fn years_before_the_common_era() {
    assert_eq!(
        value_of("The fleet was lost in 490 BC.", DCT, "490 BC").as_deref(),
        Some("BC0490")
    );
    assert_eq!(
        value_of(
            "Bronze tools spread in the 5th century BC.",
            DCT,
            "the 5th century BC"
        )
        .as_deref(),
        Some("BC04")
    );
}

/// Issue 12.3: tense per clause, not per sentence.
#[test]
fn tense_is_read_per_clause() {
    let text = "The courier was arrested on Friday and will appear before a judge on Thursday.";
    assert_eq!(value_of(text, DCT, "Friday").as_deref(), Some("2024-04-12"));
    assert_eq!(
        value_of(text, DCT, "Thursday").as_deref(),
        Some("2024-04-18")
    );
    assert_eq!(
        value_of("Results are due on Friday.", DCT, "Friday").as_deref(),
        Some("2024-04-19")
    );
    assert_eq!(
        value_of("The mill said it would close in March.", DCT, "March").as_deref(),
        Some("2025-03")
    );
    assert_eq!(
        value_of("In October, the mill closed.", DCT, "October").as_deref(),
        Some("2023-10")
    );
    assert_eq!(
        value_of("In October, the mill will close.", DCT, "October").as_deref(),
        Some("2024-10")
    );
    // "effective <date>" points ahead even after a past verb.
    assert_eq!(
        value_of("The tariff was cut, effective January 1.", DCT, "January 1").as_deref(),
        Some("2025-01-01")
    );
    // A future clause on the document's own weekday is that very day.
    assert_eq!(
        value_of(
            "The envoy will raise the dispute with the premier when she sees her on Tuesday.",
            DCT,
            "Tuesday"
        )
        .as_deref(),
        Some("2024-04-16")
    );
}

/// Issue 16.8: "years ago" with no number is no date; huge counts are refused.
#[test]
fn counts_are_never_wrapped() {
    let t = timexes("The well ran dry years ago.", DCT);
    assert_eq!(
        t.first().map(|t| (t.1, t.2.as_str())),
        Some((TimexType::Duration, "PXY"))
    );
    // Past i32, past u32 (4294967297 wraps to 1: yesterday), past u64 and past any year.
    for text in [
        "The well ran dry 2147483648 days ago.",
        "The well ran dry 4294967297 days ago.",
        "The well ran dry 18446744073709551617 days ago.",
        "The well ran dry 99999999999999999999 years ago.",
    ] {
        let t = timexes(text, DCT);
        assert!(t.iter().all(|t| t.2 != "2024-04-15"), "{text}: {t:?}");
        assert!(t.iter().all(|t| t.1 != TimexType::Date), "{text}: {t:?}");
    }
}

/// Issue 12.2: year-less dates in a story take the story's year.
#[test]
fn a_narrative_keeps_its_own_year() {
    let text = "The canal was begun in 1817. Work stopped in 1819 for lack of money. \
                It resumed in 1820. On June 10, the first barge passed the locks.";
    assert_eq!(
        value_of(text, DCT, "June 10").as_deref(),
        Some("1820-06-10")
    );
    assert_eq!(
        value_of(text, None, "June 10").as_deref(),
        Some("1820-06-10")
    );
}

/// Issue 12.1: only a dateline, byline or "Published ..." line near the top
/// dates the document; site boilerplate above it is skipped.
#[test]
fn only_date_lines_date_the_document() {
    let a = run(
        "Sign up for our morning newsletter\nRead the full article here\nPublished 14 April 2024\nShips left port yesterday.",
        None,
    );
    assert_eq!(a.date.as_deref(), Some("2024-04-14"));
    let a = run(
        "By Ana Lindqvist | 2 March 2023\nThe ferry sank at dawn.",
        None,
    );
    assert_eq!(a.date.as_deref(), Some("2023-03-02"));
    let a = run(
        "Tuesday 16 April 2024\nHarbour pilots went on strike.",
        None,
    );
    assert_eq!(a.date.as_deref(), Some("2024-04-16"));
    // A date in the body is the story's, not the article's.
    let a = run(
        "The canal opened on 3 May 1820. Barges carried coal for eighty years.",
        None,
    );
    assert_eq!(a.date, None);
    assert_eq!(a.date_source, None);
}

/// Trial 43: "January 15 of the following year" is one expression, in the year after the one
/// the story is in (it was "January 15" of the document's year and "the following year" after
/// that); a present clause reported by a past verb keeps its present ("said on Friday that the
/// window closes on Monday": ahead), while a present perfect looks back.
#[test]
fn the_following_year_counts_from_the_story_and_a_reported_present_looks_ahead() {
    let d = Some("2026-11-18");
    let text = "Lina Voss was arrested on March 3, 2024. Her trial opened on January 15 of the \
                following year.";
    assert_eq!(
        value_of(text, d, "January 15 of the following year").as_deref(),
        Some("2025-01-15")
    );
    let text = "The smelter shut in 2019. It reopened in May of the following year.";
    assert_eq!(
        value_of(text, d, "May of the following year").as_deref(),
        Some("2020-05")
    );
    // 2025-08-29 was a Friday.
    let d = Some("2025-08-29");
    for (text, expr, value) in [
        (
            "Brisk FC said on Friday that the window closes on Monday.",
            "Monday",
            "2025-09-01",
        ),
        (
            "The talks resume on Tuesday, officials said.",
            "Tuesday",
            "2025-09-02",
        ),
        (
            "The carrier has been on patrol since Monday, officials said.",
            "Monday",
            "2025-08-25",
        ),
    ] {
        assert_eq!(value_of(text, d, expr).as_deref(), Some(value), "{text}");
    }
}

/// A verb whose past is its base form ("beat", "hurt", "split", "shed") after a singular
/// subject is past, also when an aside stands between them: its weekday looks back.
#[test]
fn a_zero_change_past_verb_looks_back() {
    let d = Some("2026-11-14"); // a Saturday
    for (text, expr, value) in [
        (
            "Tarnby, meanwhile, beat Vessby 2-0 in a friendly on Wednesday.",
            "Wednesday",
            "2026-11-11",
        ),
        (
            "The storm hurt the harvest on Tuesday, farmers said.",
            "Tuesday",
            "2026-11-10",
        ),
        ("The lender shed 4% on Thursday.", "Thursday", "2026-11-12"),
    ] {
        assert_eq!(value_of(text, d, expr).as_deref(), Some(value), "{text}");
    }
}

/// "both sides" is a noun phrase, so the past verb before it dates its weekday back; a day a
/// supply was agreed on is past, a meeting agreed on lies ahead.
#[test]
fn a_plan_looks_ahead_and_an_act_told_or_agreed_looks_back() {
    let d = Some("2026-11-26"); // a Thursday
    for (text, expr, value) in [
        (
            "The judge told both sides on Monday.",
            "Monday",
            "2026-11-23",
        ),
        (
            "Harwick Arms agreed to supply 40 radars to Norland on Tuesday.",
            "Tuesday",
            "2026-11-24",
        ),
        // A meeting agreed on still lies ahead.
        (
            "The owners agreed to meet on Tuesday.",
            "Tuesday",
            "2026-12-01",
        ),
    ] {
        assert_eq!(value_of(text, d, expr).as_deref(), Some(value), "{text}");
    }
}
