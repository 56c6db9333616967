//! Stories told across years (session 13), texts written for these tests: every time
//! expression's value is checked, with and without a document date far from the story.
//! Kinds fixed with them: "Two months later" after a bare year was FUTURE_REF (a time after
//! the document date); "by the end of the month" was the document's month while the story was
//! on a day of another; in a narrative "A month later, ..." did not move the story, so "that
//! night" after it had no month.

use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput};

fn run(text: &str, date: Option<&str>) -> Analysis {
    analyze(&DocumentInput {
        id: "story".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
}

/// Every expression's text and value, in order.
fn values(a: &Analysis) -> Vec<(String, String)> {
    a.timex
        .iter()
        .map(|t| (t.text.clone(), t.value.clone()))
        .collect()
}

fn check(text: &str, want: &[(&str, &str)]) {
    for date in [None, Some("2026-11-30")] {
        check_at(date, text, want);
    }
}

/// One text's values with document date `date`.
fn check_at(date: Option<&str>, text: &str, want: &[(&str, &str)]) {
    let got = values(&run(text, date));
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(t, v)| (t.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want, "document date {date:?}");
}

#[test]
fn a_ferry_line_over_thirteen_years_with_a_flashback() {
    check(
        "Ilse Marrow founded the Brenholt ferry line in March 1998. The following year, she \
         bought a second boat. Two months later, a storm sank it off Kessby Point. That spring \
         she nearly sold the company. In 2003 the line carried its millionth passenger. Ilse \
         had grown up on the island; in 1971 her father had taken her across the strait for \
         the first time. She retired in 2011, and the line closed three years later.",
        &[
            ("March 1998", "1998-03"),
            ("The following year", "1999"),
            // A month of 1999 the text does not name, not a time after the document date.
            ("Two months later", "1999-XX"),
            ("That spring", "1999-SP"),
            ("2003", "2003"),
            ("1971", "1971"),
            ("2011", "2011"),
            ("three years later", "2014"),
        ],
    );
}

#[test]
fn an_orchard_flood_the_month_after_and_a_flashback() {
    check(
        "The Halden orchard flooded on 14 April 2019. The next morning, volunteers arrived \
         from Tessby. By the end of the month, most of the trees were gone. Two years earlier, \
         the orchard had won a regional prize. That autumn the family replanted. On 2 June \
         2020 the first new shoots appeared, and the following summer the orchard sold its \
         first crop.",
        &[
            ("14 April 2019", "2019-04-14"),
            ("The next morning", "2019-04-15TMO"),
            // The story's month, not the document's.
            ("the end of the month", "2019-04"),
            ("Two years earlier", "2017"),
            // The flashback does not move the story: still 2019.
            ("That autumn", "2019-FA"),
            ("2 June 2020", "2020-06-02"),
            ("the following summer", "2021-SU"),
        ],
    );
}

#[test]
fn a_mayors_term_from_election_to_resignation() {
    let text = "Corvin Ashby was elected mayor of Lenby on 5 May 2016. In the same week as the \
                election, the harbour authority announced a new pier. Construction began that \
                autumn. In January 2017 the pier's first section collapsed. A month later, \
                Ashby resigned. Late that night he left the town hall for the last time. The \
                pier finally opened in the summer of 2019.";
    check(
        text,
        &[
            ("5 May 2016", "2016-05-05"),
            ("the same week", "2016-W18"),
            ("that autumn", "2016-FA"),
            ("January 2017", "2017-01"),
            ("A month later", "2017-02"),
            // A night of February 2017, the month the story moved to.
            ("Late that night", "2017-02-XXTNI"),
            ("summer of 2019", "2019-SU"),
        ],
    );
    let a = run(text, None);
    let date_of = |word: &str| {
        a.events
            .iter()
            .find(|e| e.label.contains(word))
            .map(|e| e.date.clone())
    };
    assert_eq!(
        date_of("pier").as_deref(),
        Some("2016-W18"),
        "{:?}",
        a.events
    );
    assert_eq!(
        date_of("town hall").as_deref(),
        Some("2017-02-XXTNI"),
        "{:?}",
        a.events
    );
}

/// One text's values with the given document date.
fn check_on(date: &str, text: &str, want: &[(&str, &str)]) {
    check_at(Some(date), text, want);
}

/// A feature story recalling recent years (session 15, trial 14's kind): too few of its
/// years are far from the document date for a narrative, yet a sentence opened by a past
/// date with its year sets the time its past clauses speak of, until the text comes back
/// to the document's time ("last month"). Before, October, November and Christmas were of
/// the year before the document date and "the following spring" of its own year.
#[test]
fn a_past_episode_opened_by_a_dated_sentence() {
    check_on(
        "2024-02-20",
        "The tannery by the canal shut in the spring of 2020. In the autumn of 2020, \
         neighbours fought the sale at a hearing in October. The board turned them down in \
         November. The following spring, the buyers filed plans for a school. By Christmas \
         the walls were down. Classes began last month, and the second wing will open in May.",
        &[
            ("spring of 2020", "2020-SP"),
            ("autumn of 2020", "2020-FA"),
            ("October", "2020-10"),
            ("November", "2020-11"),
            ("The following spring", "2021-SP"),
            ("Christmas", "2021-12-25"),
            ("last month", "2024-01"),
            ("May", "2024-05"),
        ],
    );
}

/// The episode's limits: a bare year opening a sentence is background, not a new time
/// for what follows ("In January" after it is this January), and a date of the
/// document's year opening a sentence brings the text back to it.
#[test]
fn background_years_do_not_move_the_reference_time() {
    check_on(
        "2024-02-20",
        "In 2022, the bakery lost money. In January it hired a new chef. In June 2021, its \
         founder had retired; he moved to Lisbon in August. On 3 January 2024, the bakery \
         reopened. Sales rose in December.",
        &[
            ("2022", "2022"),
            ("January", "2024-01"),
            ("June 2021", "2021-06"),
            ("August", "2021-08"),
            ("3 January 2024", "2024-01-03"),
            ("December", "2023-12"),
        ],
    );
}

#[test]
fn expectations_look_ahead_and_the_standard_of_a_comparison_looks_back() {
    // Session-21 trial, written on Thursday 3 December 2026: the premium is over a closing
    // price already known (the Tuesday gone), the approval expected is ahead (next June).
    check_at(
        Some("2026-12-03"),
        "Halden Group will pay a premium of 31% over Norrsken's closing price on Tuesday. \
         The deal needs approval, which Hallberg expects by the end of June.",
        &[("Tuesday", "2026-12-01"), ("the end of June", "2027-06")],
    );
}

#[test]
fn early_or_late_on_a_day_is_that_day_not_a_vague_past() {
    // Before a day, "early on" and "late on" say which part of it ("early" alone was a
    // vague past reference of its own, and the day a second expression).
    let a = run(
        "Coast guards boarded the tanker early on Sunday and released it late on Monday.",
        Some("2026-12-02"),
    );
    let got: Vec<(String, String, Option<String>)> = a
        .timex
        .iter()
        .map(|t| (t.text.clone(), t.value.clone(), t.modifier.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "early on Sunday".into(),
                "2026-11-29".into(),
                Some("START".into())
            ),
            (
                "late on Monday".into(),
                "2026-11-30".into(),
                Some("END".into())
            ),
        ],
        "{got:?}"
    );
}

/// Trial 27: "in March of that year" after a later month of a stated year was the next March
/// (the year after), and the expression was two ("March", "that year").
#[test]
fn a_month_of_that_year_is_in_the_year_the_story_is_in() {
    check(
        "The envoys met in Oslo in September 2023, and before that in Bergen in March of that \
         year. The talks resumed in the spring of the same year.",
        &[
            ("September 2023", "2023-09"),
            ("March of that year", "2023-03"),
            ("spring of the same year", "2023-SP"),
        ],
    );
}

/// Session 29 (a user's trial): in a news story with two past years, "Three years later" was
/// counted but did not move the story, so "The following year" counted from the year stated
/// before it (1972, not 1975), and "The next day" after "two years later" fell in 1964.
#[test]
fn a_forward_count_moves_the_story_in_news_too() {
    check_at(
        Some("2026-11-30"),
        "Dora Venn opened her first bakery in Tollmere in 1971. Three years later she moved the \
         business to Aldcaster. The following year she hired her first apprentice.",
        &[
            ("1971", "1971"),
            ("Three years later", "1974"),
            ("The following year", "1975"),
        ],
    );
    check_at(
        Some("2026-11-30"),
        "Dredging of the Halvik channel began in 1964, and two years later the first ore \
         carrier docked. The next day the harbour master resigned.",
        &[
            ("1964", "1964"),
            ("two years later", "1966"),
            // A day of 1966 the text does not name; the year is what it says.
            ("The next day", "1966"),
        ],
    );
}

/// Session 29: "The next spring" after a stated year was counted from the document date as
/// "next spring" is; "the end of the year" (or "of the decade") in a past clause after a year
/// stated long before the document's was the document's year, and "the decade" was no
/// expression at all. A future clause keeps the document's year.
#[test]
fn the_next_season_and_the_end_of_the_year_follow_a_past_story() {
    check_at(
        Some("2026-11-30"),
        "The Oskarby mill was founded in 1990. The next spring it hired its first weavers. In \
         1994 it doubled in size. By the end of the year it employed 40 people.",
        &[
            ("1990", "1990"),
            ("The next spring", "1991-SP"),
            ("1994", "1994"),
            ("the end of the year", "1994"),
        ],
    );
    check_at(
        Some("2026-11-30"),
        "In the 1990s the Oskarby mill grew quickly. By the end of the decade it had three \
         sites.",
        &[("the 1990s", "199"), ("the end of the decade", "199")],
    );
    check_at(
        Some("2026-11-30"),
        "In 2023 the mill lost money. It expects to return to profit by the end of the year, \
         and to open a plant next spring.",
        &[
            ("2023", "2023"),
            ("the end of the year", "2026"),
            ("next spring", "2027-SP"),
        ],
    );
    // Review: a year of a side clause of the same sentence is no story year; "the next spring"
    // of a future clause counts from the document date; "the decade since" is a stretch.
    // (Three texts: three years stated far from the document date would make one a narrative.)
    check_at(
        Some("2026-11-30"),
        "Born in 1961, Edda Lorn said the mill had shrunk by the end of the year.",
        &[("1961", "1961"), ("the end of the year", "2026")],
    );
    check_at(
        Some("2026-11-30"),
        "The dam, damaged in 2019, will reopen the next spring.",
        &[("2019", "2019"), ("the next spring", "2027-SP")],
    );
    check_at(
        Some("2026-11-30"),
        "In the decade since 2010, prices doubled.",
        &[("2010", "2010")],
    );
}

/// Session 46: a profile that steps into the present ("Today she ... on Monday she ...")
/// and back into its story counted "Two years later" of a past clause from Monday (two years
/// ahead of the document), and "the end of that decade" was the year last stated.
#[test]
fn a_profile_back_from_its_present_counts_from_the_storys_past() {
    check_at(
        Some("2026-05-10"),
        "The glassblower Ines Moravec opened her first workshop in 1987. Today she employs \
         forty people, and on Monday she unveiled a new furnace. Two years later she moved \
         the workshop to Brno. In 2003 she won a state prize. By the end of that decade she \
         was exporting to Japan. She says she will retire in two years.",
        &[
            ("1987", "1987"),
            ("Today", "2026-05-10"),
            ("Monday", "2026-05-04"),
            ("Two years later", "1989"),
            ("2003", "2003"),
            ("the end of that decade", "200"),
            ("two years", "P2Y"),
        ],
    );
}

/// Session 47: a day or week counted from a month the text states without its day claimed a
/// day ("two days later" after "May 2021" was 2021-05-03) and "the following week" a week;
/// both are a month (the one most of the possible days fall in). From a stated day, a week.
#[test]
fn days_and_weeks_after_a_month_stay_a_month() {
    check_at(
        Some("2026-01-30"),
        "Inspectors raided the depot in May 2021. The foreman was questioned three days \
         later and the director was charged the following week.",
        &[
            ("May 2021", "2021-05"),
            ("three days later", "2021-05"),
            ("the following week", "2021-05"),
        ],
    );
    check_at(
        Some("2026-01-30"),
        "Crews sealed the mine in March 2025. Three weeks later it reopened. The following \
         month the owners sold it.",
        &[
            ("March 2025", "2025-03"),
            ("Three weeks later", "2025-04"),
            ("The following month", "2025-05"),
        ],
    );
    check_at(
        Some("2026-01-30"),
        "Crews sealed the mine on 3 March 2025. Two days later it reopened.",
        &[
            ("3 March 2025", "2025-03-03"),
            ("Two days later", "2025-03-05"),
        ],
    );
}

/// Session 47: "the three months to June" was a duration and June a month, so its report was
/// dated by June and "a year earlier" was the whole year before; it is the quarter that June
/// ends, a year back. A period of nine months, or one that ends no quarter, is no quarter.
#[test]
fn the_three_months_to_a_month_is_that_quarter() {
    check_at(
        Some("2025-10-29"),
        "Revenue at Kelmar grew to $8 million in the three months to June, from $6 million \
         a year earlier.",
        &[
            ("the three months", "P3M"),
            ("June", "2025-06"),
            ("a year earlier", "2024-Q2"),
        ],
    );
    check_at(
        Some("2025-10-29"),
        "Revenue at Kelmar grew to $8 million in the nine months to September, from $6 \
         million a year earlier.",
        &[
            ("the nine months", "P9M"),
            ("September", "2025-09"),
            ("a year earlier", "2024"),
        ],
    );
}
