//! Time faults a new-user trial found (session 7), one kind per test, each with
//! sentences written for these tests: a year shared by a list of months,
//! datelines with a region or a compound-modifier year, the day number of a
//! dateline as an amount, fortnights, "after midnight", ordinal minutes and
//! halves of a match; (session 17) a deal agreed on a weekday read as ahead; and (session
//! 18) a past clause's month put after the document date by the story's last date, and
//! "until" after an infinitive read as past; (session 31) a day, quarter or half before
//! "last year" / "of next year" read as two expressions, the first in the wrong year, and
//! the year inside a vulnerability's identifier read as a date; (session 32) the next month
//! right after a past verb read as ahead, a modal's weekday read as gone, and "the week of 3
//! November" (day first) read as the document's week; (session 33) "the fiscal year 2023-24" read
//! as a duration and a year, and "a month earlier than" read as a date; (session 34) a month
//! after "could" in reported speech read as the one gone, "the end of the week" anchored on a past or
//! foreseen month of an earlier sentence, a weekday listed after "next Thursday" read alone, "two years
//! ago" given a quarter, and "a quarter point" read as a duration; (session 35) a zone named in words
//! between a clock time and its weekday.

use annalist::engine::analyze;
use annalist::engine::model::{Analysis, DocumentInput, Label, TimexType};

fn run(text: &str, date: Option<&str>) -> Analysis {
    analyze(&DocumentInput {
        id: "f".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
}

/// (text, type, value) of every timex.
fn timexes(text: &str, date: Option<&str>) -> Vec<(String, TimexType, String)> {
    run(text, date)
        .timex
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

fn value_of(text: &str, date: Option<&str>, expr: &str) -> Option<String> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| t.2)
}

const DCT: Option<&str> = Some("2024-06-10"); // a Monday

#[test]
fn a_list_of_months_shares_the_year_written_at_its_end() {
    let text = "The mill stood idle in August and September 2021.";
    assert_eq!(value_of(text, DCT, "August").as_deref(), Some("2021-08"));
    assert_eq!(
        value_of(text, DCT, "September 2021").as_deref(),
        Some("2021-09")
    );
    // Down a longer list, with "or" too.
    let text = "Tolls rose in April, May or June 2018, the report said.";
    assert_eq!(value_of(text, DCT, "April").as_deref(), Some("2018-04"));
    assert_eq!(value_of(text, DCT, "May").as_deref(), Some("2018-05"));
    // A range after "between" as before.
    let text = "Ferries ran less often between February and June 2020.";
    assert_eq!(value_of(text, DCT, "February").as_deref(), Some("2020-02"));
    // A weekday or "last month" before a dated item is no month of that list.
    let text = "The board met on Friday and March 5, 2021.";
    assert_eq!(value_of(text, DCT, "Friday").as_deref(), Some("2024-06-07"));
    let text = "Prices fell last month and May 2021.";
    assert_eq!(
        value_of(text, DCT, "last month").as_deref(),
        Some("2024-05")
    );
    // No list: a month on its own takes its year from the document date and tense.
    let text = "Fares went up in August. In September 2021 they fell.";
    assert_eq!(value_of(text, DCT, "August").as_deref(), Some("2023-08"));
}

#[test]
fn a_dateline_with_a_region_dates_the_document() {
    let a = run(
        "AUSTIN, Texas, Nov. 3, 2022 - A chip maker said on Wednesday it would hire staff.",
        None,
    );
    assert_eq!(a.date.as_deref(), Some("2022-11-03"));
    assert_eq!(
        value_of(
            "AUSTIN, Texas, Nov. 3, 2022 - A chip maker said on Wednesday it would hire staff.",
            None,
            "Wednesday"
        )
        .as_deref(),
        Some("2022-11-02")
    );
    // A lower-case phrase before the date is a sentence, not a place.
    let a = run("The plant in Texas, Nov. 3, 2022 - closed.", None);
    assert_eq!(a.date, None);
}

#[test]
fn a_press_release_dateline_with_a_wire_between_slashes_dates_the_document() {
    let text = "TROMSVIK, Norway, Oct. 14, 2025 /Nordwire/ -- Brattli Solar ASA today reported \
        its third-quarter results.";
    assert_eq!(run(text, None).date.as_deref(), Some("2025-10-14"));
    assert_eq!(value_of(text, None, "today").as_deref(), Some("2025-10-14"));
}

#[test]
fn a_year_in_a_compound_modifier_does_not_date_a_dateline() {
    // Only "1998-registered" names a year: the dateline's year stays unknown.
    let a = run(
        "ROTTERDAM, March 4 (Portwire) - The 1998-registered tanker docked on Friday.",
        None,
    );
    assert_eq!(a.date, None);
    // A year the article names as such still gives the dateline its year.
    let a = run(
        "ROTTERDAM, March 4 (Portwire) - The 1998-registered tanker left in January 2021.",
        None,
    );
    assert_eq!(a.date.as_deref(), Some("2021-03-04"));
}

#[test]
fn the_day_of_an_abbreviated_month_is_no_cardinal() {
    for text in [
        "OSAKA, Dec. 9, 2021 - Two firms agreed to merge.",
        "The vote was held on Sept. 30 in Lyon.",
    ] {
        let a = run(text, None);
        let cardinals: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.label == Label::Cardinal)
            .map(|e| e.text.as_str())
            .collect();
        assert!(
            !cardinals
                .iter()
                .any(|c| c.starts_with(|c: char| c.is_ascii_digit())),
            "{text}: {cardinals:?}"
        );
    }
    // A number that is not a day after a month is still a cardinal.
    let a = run("The vote drew 30 delegates.", None);
    assert!(a
        .entities
        .iter()
        .any(|e| e.label == Label::Cardinal && e.text == "30"));
}

#[test]
fn a_fortnight_is_two_weeks() {
    let text = "The ferry will be back in service in a fortnight.";
    assert_eq!(value_of(text, DCT, "a fortnight").as_deref(), Some("P2W"));
    let text = "Repairs took three fortnights.";
    assert_eq!(
        value_of(text, DCT, "three fortnights").as_deref(),
        Some("P6W")
    );
}

#[test]
fn after_midnight_is_the_start_of_the_named_day() {
    let text = "The alarm sounded just after midnight on Thursday.";
    let v = value_of(text, DCT, "midnight on Thursday");
    assert_eq!(v.as_deref(), Some("2024-06-06T00:00"));
    // A bare "midnight Thursday" (a deadline) stays the end of that day.
    let text = "Bids close at midnight Thursday.";
    let found = timexes(text, DCT);
    assert!(found.iter().any(|t| t.2.ends_with("T24:00")), "{found:?}");
}

#[test]
fn an_ordinal_minute_is_no_duration() {
    let text = "Kane headed in the 67th minute after a corner.";
    let found = timexes(text, DCT);
    assert!(found.is_empty(), "{found:?}");
    // A count of minutes is still a duration.
    let text = "The lift stopped for 20 minutes after the fault.";
    assert_eq!(value_of(text, DCT, "20 minutes").as_deref(), Some("PT20M"));
}

#[test]
fn a_half_of_a_match_is_no_half_year() {
    let text = "The visitors' striker was booked early in the second half.";
    let found = timexes(text, DCT);
    assert!(found.is_empty(), "{found:?}");
    let text = "Rain stopped play in the first half of the match.";
    assert!(timexes(text, DCT).is_empty());
    // A half without a word of sport is a half-year, and so is one of a year.
    let text = "Shipments should recover in the second half.";
    assert_eq!(
        value_of(text, DCT, "the second half").as_deref(),
        Some("2024-H2")
    );
    let text = "The striker's club expects profit in the first half of 2025.";
    let found = timexes(text, DCT);
    assert!(found.iter().any(|t| t.2 == "2025-H1"), "{found:?}");
}

#[test]
fn a_year_earlier_after_a_forecast_is_the_reported_quarter_a_year_back() {
    // The third quarter is reported; the outlook names a half-year still to
    // come; "a year earlier" compares with the third quarter of last year.
    let text = "Boatyard Ltd said on Monday its third-quarter sales rose 4%. \
                It expects a slower first half of 2025. \
                Its margin was 9%, down from 11% a year earlier.";
    let dct = Some("2024-10-21");
    assert_eq!(
        value_of(text, dct, "third-quarter").as_deref(),
        Some("2024-Q3")
    );
    assert_eq!(
        value_of(text, dct, "a year earlier").as_deref(),
        Some("2023-Q3")
    );
}

#[test]
fn the_sport_cue_is_read_near_the_half_only() {
    // A word of sport far before, in a run with no sentence mark and many
    // two-byte letters: out of the window, so the half-year stands (no panic
    // on a character boundary either).
    let filler = "é ".repeat(400);
    let text = format!("The striker {filler} sales grow in the second half");
    assert_eq!(
        value_of(&text, DCT, "the second half").as_deref(),
        Some("2024-H2")
    );
}

#[test]
fn a_season_ahead_is_the_next_one_across_the_turn_of_the_year() {
    // Future clauses: the next summer, even from winter or autumn.
    let text = "The ferry company said the new timetable would start in the summer.";
    assert_eq!(
        value_of(text, Some("2024-01-24"), "summer").as_deref(),
        Some("2024-SU")
    );
    let text = "The rowing club will race again in the summer.";
    assert_eq!(
        value_of(text, Some("2024-10-14"), "summer").as_deref(),
        Some("2025-SU")
    );
    // Past clauses: the last one.
    let text = "The rowing club raced twice in the summer.";
    assert_eq!(
        value_of(text, Some("2024-01-24"), "summer").as_deref(),
        Some("2023-SU")
    );
    assert_eq!(
        value_of(text, Some("2024-10-14"), "summer").as_deref(),
        Some("2024-SU")
    );
}

/// A year-less dateline ("BERGEN, March 4 (Wire) -") was filed on or before the document
/// date: with a document date in November it is this March, never next year's (trial 11:
/// 2027-03-04 for a story dated 2026-11-30). Other dates in the body are unchanged.
#[test]
fn a_year_less_dateline_is_never_after_the_document_date() {
    let text = "BERGEN, March 4 (Wire) - The ferry operator Kystlinja said on Tuesday it would \
                order two hybrid ferries in December.";
    assert_eq!(
        value_of(text, Some("2026-11-30"), "March 4").as_deref(),
        Some("2026-03-04")
    );
    // A dateline later in the year than the document date is last year's.
    assert_eq!(
        value_of(text, Some("2026-02-10"), "March 4").as_deref(),
        Some("2025-03-04")
    );
    // A leap day is the latest one on or before the document date, never a day that does
    // not exist (2026-02-29).
    let leap = "BERGEN, February 29 (Wire) - The ferry operator Kystlinja said it sold a ferry.";
    assert_eq!(
        value_of(leap, Some("2026-11-30"), "February 29").as_deref(),
        Some("2024-02-29")
    );
    // The same words in the body are not a dateline: read as any year-less date.
    let body = "Officials met in Bergen. The ferry operator said on March 4 it would order \
                two ferries.";
    assert_eq!(
        value_of(body, Some("2026-11-30"), "March 4"),
        value_of(
            "The ferry operator said on March 4 it would order two ferries.",
            Some("2026-11-30"),
            "March 4"
        )
    );
}

/// A deal agreed, decided or voted on a weekday is news of that day: "Tollund Mills agreed to
/// buy Harwick Dairy on Monday" written on Wednesday 2026-11-25 is the Monday gone
/// (2026-11-23), not the next one (2026-11-30), while a meeting agreed for a day, a plan and a
/// schedule still look ahead (`act` and `deal` words of data/time/tense.txt).
#[test]
fn a_deal_agreed_on_a_weekday_is_the_weekday_gone() {
    let d = Some("2026-11-25"); // a Wednesday
    let monday = |text: &str| value_of(text, d, "Monday");
    let gone = Some("2026-11-23".to_string());
    let ahead = Some("2026-11-30".to_string());
    assert_eq!(
        monday("Tollund Mills agreed to buy Harwick Dairy on Monday, a spokesman said."),
        gone
    );
    assert_eq!(
        monday("Harwick Dairy has agreed to sell its creamery for $12 million on Monday."),
        gone
    );
    assert_eq!(
        monday("The county board voted to sell the old depot on Monday."),
        gone
    );
    // A day with its month is the act's day of this year.
    assert_eq!(
        value_of(
            "Tollund Mills agreed to pay $40 million on Nov. 23.",
            d,
            "Nov. 23"
        )
        .as_deref(),
        Some("2026-11-23")
    );
    // Scheduled events, plans and acts still to come look ahead.
    assert_eq!(monday("Ministers agreed to meet on Monday."), ahead);
    assert_eq!(
        monday("Tollund Mills plans to buy Harwick Dairy on Monday."),
        ahead
    );
    assert_eq!(
        monday("The sale of the depot is scheduled to close on Monday."),
        ahead
    );
    assert_eq!(
        monday("The two co-ops will agree to merge on Monday."),
        ahead
    );
    assert_eq!(
        monday("Tollund Mills agreed to buy Harwick Dairy effective Monday."),
        ahead
    );
    // A month after such an act stays the deal's later step (TempEval-3 reads it ahead).
    assert_eq!(
        value_of(
            "Tollund Mills agreed to buy Harwick Dairy in February.",
            d,
            "February"
        )
        .as_deref(),
        Some("2027-02")
    );
}

#[test]
fn a_past_clause_never_lands_after_the_document_date() {
    // Written in May 2026: the story moved to "last March" (2026-03), and a later month in a
    // past clause is the one gone, November 2025, not November 2026.
    let date = Some("2026-05-13");
    let text = "The treasurer took 90,000 pounds between 2018 and 2021. \
                She ran the fund from 2015 until she quit last March. \
                Her deputy was fined after admitting the fraud in November.";
    assert_eq!(
        value_of(text, date, "last March").as_deref(),
        Some("2026-03")
    );
    assert_eq!(value_of(text, date, "November").as_deref(), Some("2025-11"));
    // A later month in a future clause still looks ahead from the same story.
    let text = "The treasurer quit last March. Her deputy will be sentenced in November.";
    assert_eq!(value_of(text, date, "November").as_deref(), Some("2026-11"));
    // A month before the document date keeps the story's year.
    let text = "The treasurer quit last March. Her deputy was charged in April.";
    assert_eq!(value_of(text, date, "April").as_deref(), Some("2026-04"));
}

#[test]
fn until_after_an_infinitive_looks_ahead_in_a_past_clause() {
    let date = Some("2026-05-13");
    // The delay was asked for and refused: Christmas is the coming one, even after the story
    // named an earlier year.
    let text = "Police raided the depot on 4 May 2021. \
                The court refused a plea to postpone the hearing until after Christmas.";
    assert_eq!(
        value_of(text, date, "Christmas").as_deref(),
        Some("2026-12-25")
    );
    let text = "The court refused a plea to postpone the hearing until Christmas.";
    assert_eq!(
        value_of(text, date, "Christmas").as_deref(),
        Some("2026-12-25")
    );
    // Without an infinitive, a past clause's "until" is past.
    let text = "The depot stayed shut until Christmas.";
    assert_eq!(
        value_of(text, date, "Christmas").as_deref(),
        Some("2025-12-25")
    );
    // "to" before a number or a determiner is no infinitive.
    let text = "The clerk was sentenced to two months, served until Christmas.";
    assert_eq!(
        value_of(text, date, "Christmas").as_deref(),
        Some("2025-12-25")
    );
}

#[test]
fn a_day_quarter_or_half_of_a_year_named_by_last_or_next_is_one_expression_in_that_year() {
    for (text, expr, value) in [
        (
            "The mill shut on May 2 last year.",
            "May 2 last year",
            "2023-05-02",
        ),
        (
            "It reopens on 14 March of next year.",
            "14 March of next year",
            "2025-03-14",
        ),
        (
            "Costs rose in the second quarter of last year.",
            "the second quarter of last year",
            "2023-Q2",
        ),
        (
            "Work starts in the first half of next year.",
            "the first half of next year",
            "2025-H1",
        ),
        (
            "Sales fell in the fourth quarter of this year.",
            "the fourth quarter of this year",
            "2024-Q4",
        ),
    ] {
        let got = timexes(text, DCT);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].2.as_str()),
            (expr, value),
            "{text}"
        );
    }
}

#[test]
fn the_digits_of_an_identifier_are_no_year() {
    for text in [
        "The flaw, tracked as CVE-2023-4966, was patched.",
        "Advisory GHSA-2022-118 lists the fix.",
    ] {
        assert!(
            timexes(text, DCT).is_empty(),
            "{text}: {:?}",
            timexes(text, DCT)
        );
    }
    // A year after a prefix in lower case, and a hyphenated range, stay dates.
    assert_eq!(
        value_of("Output peaked in mid-2021.", DCT, "mid-2021").as_deref(),
        Some("2021")
    );
}

#[test]
fn a_comma_before_last_years_and_a_months_prefix_keep_the_date_they_had() {
    // "last year's" after a comma describes what follows: the day is this year's.
    let text = "On March 3, last year's winner Ann Reid withdrew.";
    assert_eq!(
        value_of(text, DCT, "March 3").as_deref(),
        Some("2024-03-03")
    );
    // A month's prefix on a hyphenated batch code is no identifier's.
    assert!(!timexes("The batch JAN-15-2024 was recalled.", DCT).is_empty());
}

#[test]
fn the_next_month_right_after_a_past_verb_has_happened() {
    // Written in May 2024: the seizure and the release were last June and July, in order.
    let may = Some("2024-05-20");
    let text = "The freighter was detained in June and released in July.";
    assert_eq!(value_of(text, may, "June").as_deref(), Some("2023-06"));
    assert_eq!(value_of(text, may, "July").as_deref(), Some("2023-07"));
    assert_eq!(
        value_of("Copper prices fell in June.", may, "June").as_deref(),
        Some("2023-06")
    );
    // A month a past clause announces, after a noun or "to be", is still ahead.
    for text in [
        "The board told staff of a cut in June.",
        "She said rules to be published in June would apply.",
        "She said the treaty will be formally signed in June.",
    ] {
        assert_eq!(
            value_of(text, may, "June").as_deref(),
            Some("2024-06"),
            "{text}"
        );
    }
}

#[test]
fn a_weekday_after_a_modal_is_ahead() {
    // Monday 2024-06-10: "must", "should" and "might" look ahead, as "will" does.
    for text in [
        "The buyer must pay by Friday.",
        "The vote should take place on Friday.",
        "The ferry might sail on Friday.",
    ] {
        assert_eq!(
            value_of(text, DCT, "Friday").as_deref(),
            Some("2024-06-14"),
            "{text}"
        );
    }
}

#[test]
fn the_week_of_a_day_written_day_first_is_that_days_week() {
    let text = "A hearing is set for the week of 4 November.";
    assert_eq!(
        value_of(text, DCT, "the week of 4 November").as_deref(),
        Some("2024-W45")
    );
    let text = "A hearing is set for the week of November 4.";
    assert_eq!(
        value_of(text, DCT, "the week of November 4").as_deref(),
        Some("2024-W45")
    );
}

#[test]
fn a_modal_before_a_perfect_looks_back() {
    // Monday 2024-06-10: "might have entered on Friday" is the Friday gone.
    for text in [
        "The intruders might have entered on Friday.",
        "The regulator should have acted on Friday.",
    ] {
        assert_eq!(
            value_of(text, DCT, "Friday").as_deref(),
            Some("2024-06-07"),
            "{text}"
        );
    }
}

#[test]
fn a_fiscal_year_across_two_calendar_years_is_one_expression() {
    for (text, expr) in [
        (
            "Turnover grew in the fiscal year 2023-24, the board said.",
            "the fiscal year 2023-24",
        ),
        ("Margins in FY 2023-24 were thin.", "FY 2023-24"),
        (
            "Exports fell in financial year 2023-24.",
            "financial year 2023-24",
        ),
        // The range before the noun, and written with a slash (session 34).
        (
            "Losses narrowed in the 2023-24 financial year.",
            "the 2023-24 financial year",
        ),
        (
            "Grants were cut in the 2023/24 fiscal year.",
            "the 2023/24 fiscal year",
        ),
        ("The club signed him for the 2023/24 season.", "2023/24"),
    ] {
        let got = timexes(text, DCT);
        assert_eq!(
            got,
            [(expr.to_string(), TimexType::Date, "2023".to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_gap_in_a_comparison_is_a_duration_not_a_date() {
    let got = timexes(
        "The rains came a month earlier than they did in the north.",
        DCT,
    );
    assert_eq!(
        got,
        [(
            "a month earlier".to_string(),
            TimexType::Duration,
            "P1M".to_string()
        )]
    );
    // Without "than", the words still point back from the story's time.
    let got = timexes("The vote was on 3 May. A week earlier, talks failed.", DCT);
    assert_eq!(got[1].0, "A week earlier");
    assert_eq!(got[1].1, TimexType::Date);
}

#[test]
fn a_month_after_could_and_a_verb_is_ahead_even_in_reported_speech() {
    // Monday 2024-06-10: "could" before a verb is a possibility, so a month or season in its
    // clause lies ahead, also after a past speech verb.
    for (text, expr, want) in [
        (
            "A broker said the negotiations could drag on until late August.",
            "late August",
            "2024-08",
        ),
        (
            "Under the new tariff, bread prices could climb by October.",
            "October",
            "2024-10",
        ),
        (
            "The mayor said the bridge could reopen in September.",
            "September",
            "2024-09",
        ),
    ] {
        assert_eq!(value_of(text, DCT, expr).as_deref(), Some(want), "{text}");
    }
    // "could not" and "could have" state a past ability: the month stays the one gone.
    let text = "The clinic said it could not fill the posts in May.";
    assert_eq!(value_of(text, DCT, "May").as_deref(), Some("2024-05"));
    let text = "Inspectors said the leak could have started in March.";
    assert_eq!(value_of(text, DCT, "March").as_deref(), Some("2024-03"));
    // A day after "could" keeps its past reading: the search that failed was on a day gone.
    let text = "The two witnesses could be reached on Friday, a clerk said.";
    assert_eq!(value_of(text, DCT, "Friday").as_deref(), Some("2024-06-07"));
}

#[test]
fn the_week_ahead_is_the_documents_not_a_past_or_foreseen_month_of_an_earlier_sentence() {
    // Monday 2024-06-10 (ISO week 24).
    let text = "The ferry was laid up until its sale in March 2023. Brokers said fares would \
                probably rise by the end of the week.";
    assert_eq!(
        value_of(text, DCT, "the end of the week").as_deref(),
        Some("2024-W24")
    );
    let text = "The union warned that tolls might go up by September. The mayor urged both \
                sides to meet before the end of the week.";
    assert_eq!(
        value_of(text, DCT, "the end of the week").as_deref(),
        Some("2024-W24")
    );
    // A past month this sentence states is the week's own: its week is one of that month.
    let text = "In March 2023 brokers said fares would rise by the end of the month.";
    assert_eq!(
        value_of(text, DCT, "the end of the month").as_deref(),
        Some("2023-03")
    );
}

#[test]
fn a_bare_weekday_listed_after_next_weekday_is_of_that_week() {
    // Monday 2024-06-10: "next Thursday" is 2024-06-13, so its Friday is the 14th.
    let got = timexes("Dockers will strike next Thursday and Friday.", DCT);
    let next_thursday = got.iter().find(|t| t.0 == "next Thursday").map(|t| &t.2);
    let friday = got.iter().find(|t| t.0 == "Friday").map(|t| t.2.clone());
    let expected = next_thursday.map(|v| {
        let day: u32 = v[8..].parse().unwrap();
        format!("{}{:02}", &v[..8], day + 1)
    });
    assert!(next_thursday.is_some(), "{got:?}");
    assert_eq!(friday, expected, "{got:?}");
}

#[test]
fn years_ago_after_a_quarter_is_a_year_and_a_quarter_point_no_duration() {
    // "a year ago" in a report on a quarter is that quarter a year back; "two years ago" is a
    // year of the story.
    let text = "Third-quarter profit rose. The chairman was hired two years ago.";
    assert_eq!(
        value_of(text, DCT, "two years ago").as_deref(),
        Some("2022")
    );
    let got = timexes("The central bank cut its rate by a quarter point.", DCT);
    assert!(got.is_empty(), "{got:?}");
}

/// Session 35: a zone named in words ("Pacific time", "local time") between a clock time and
/// its weekday cut the clock time from the day, which then took the last date spoken of.
#[test]
fn a_zone_in_words_keeps_the_clock_time_on_its_day() {
    let d = Some("2027-10-26");
    let text =
        "Staff heard the news last Thursday. The memo went out at 6 a.m. Pacific time on Monday.";
    assert_eq!(
        value_of(text, d, "6 a.m. Pacific time on Monday").as_deref(),
        Some("2027-10-25T06:00"),
        "{:?}",
        timexes(text, d)
    );
    let text = "Polls closed at 8 p.m. local time.";
    assert_eq!(
        value_of(text, d, "8 p.m. local time").as_deref(),
        Some("2027-10-26T20:00"),
        "{:?}",
        timexes(text, d)
    );
}
