//! Kinds of time expressions found missing or misread in error analysis on
//! a development set, each with sentences written for these tests: anaphoric
//! units ("that year"), vague futures, fractional durations, the year of
//! accounts, and the clause tense that decides which way a year-less date
//! goes.

use annalist::engine::analyze;
use annalist::engine::model::{DocumentInput, TimexType};

/// (text, type, value, mod) of every timex.
fn timexes(text: &str, date: Option<&str>) -> Vec<(String, TimexType, String, Option<String>)> {
    analyze(&DocumentInput {
        id: "k".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
    .timex
    .into_iter()
    .map(|t| (t.text, t.kind, t.value, t.modifier))
    .collect()
}

/// Type and value of the expression `expr` in `text`.
fn of(text: &str, date: Option<&str>, expr: &str) -> Option<(TimexType, String)> {
    timexes(text, date)
        .into_iter()
        .find(|t| t.0 == expr)
        .map(|t| (t.1, t.2))
}

const DCT: Option<&str> = Some("2024-04-16"); // a Tuesday

fn date(v: &str) -> Option<(TimexType, String)> {
    Some((TimexType::Date, v.to_string()))
}

fn duration(v: &str) -> Option<(TimexType, String)> {
    Some((TimexType::Duration, v.to_string()))
}

#[test]
fn that_unit_is_the_unit_of_the_date_in_focus() {
    let text = "The mill opened in 2015. Its output doubled that year.";
    assert_eq!(of(text, DCT, "that year"), date("2015"));
    let text = "The strike began on March 3, 2021. Talks failed later that week.";
    let all = timexes(text, DCT);
    let later = all.iter().find(|t| t.0 == "later that week");
    assert_eq!(
        later.map(|t| (t.2.as_str(), t.3.as_deref())),
        Some(("2021-W09", Some("END")))
    );
}

#[test]
fn vague_futures_and_hourly_sets() {
    let text = "The board hopes to list the unit in the near future.";
    assert_eq!(of(text, DCT, "the near future"), date("FUTURE_REF"));
    let text = "Rates may stay high in the short term.";
    assert_eq!(of(text, DCT, "the short term"), date("FUTURE_REF"));
    let text = "Shuttles to the terminal leave hourly.";
    assert_eq!(
        of(text, DCT, "hourly"),
        Some((TimexType::Set, "PT1H".into()))
    );
}

#[test]
fn halves_print_in_the_next_smaller_unit() {
    let text = "The family spent 2 1/2 years in the camp.";
    assert_eq!(of(text, DCT, "2 1/2 years"), duration("P2Y6M"));
    let text = "The crossing took 5 1/2 hours.";
    assert_eq!(of(text, DCT, "5 1/2 hours"), duration("PT5H30M"));
    let text = "The speech lasted a minute and a half.";
    assert_eq!(of(text, DCT, "a minute and a half"), duration("PT1M30S"));
    let text = "The repairs took two and a half years.";
    assert_eq!(of(text, DCT, "two and a half years"), duration("P2Y6M"));
}

#[test]
fn the_year_is_the_current_year_unless_it_is_a_year_of_accounts() {
    let text = "For the year, sales of the cheaper models were flat.";
    assert_eq!(of(text, DCT, "the year"), date("2024"));
    let text = "The shares hit a high for the year in March.";
    assert_eq!(of(text, DCT, "the year"), date("2024"));
    // "the year ended March 31" is twelve months of accounts; "ended" stays outside.
    let text = "The group earned $4 million in the year ended March 31.";
    assert_eq!(of(text, DCT, "the year"), duration("P1Y"));
}

#[test]
fn the_clause_verb_not_an_adjective_or_a_noun_sets_the_direction() {
    // "untouched by" is a participle: August belongs to "will add".
    let text =
        "The carrier will add flights to Lisbon by August in a push into markets untouched by the downturn.";
    assert_eq!(of(text, DCT, "August"), date("2024-08"));
    // "plans" after "announced" is a noun: September is when they were announced.
    let text = "In September, the group announced plans to buy the port.";
    assert_eq!(of(text, DCT, "September"), date("2023-09"));
    // "agreed to buy ... in February": the purchase lies ahead of the agreement.
    let text = "The company agreed to buy the mill for $5 million in February.";
    assert_eq!(of(text, Some("2024-10-30"), "February"), date("2025-02"));
    // A date after an "-ed" adjective keeps its clause's tense.
    let text = "The dividend would be paid on an unspecified date in January.";
    assert_eq!(of(text, DCT, "January"), date("2025-01"));
    // "a memorial planned for Saturday was cancelled": past, not ahead.
    let text = "A memorial planned for Saturday was cancelled after the threat.";
    assert_eq!(of(text, DCT, "Saturday"), date("2024-04-13"));
}

#[test]
fn a_narrative_rolls_forward_over_a_year_end() {
    let text = "In December 1941 the fleet sailed north with the convoy. \
                In January, it reached the port and unloaded.";
    assert_eq!(of(text, None, "January"), date("1942-01"));
    // Going back a little within the year stays in the year.
    let text = "In August 1914 the regiment crossed the river. \
                In June, the officers had trained near the coast.";
    assert_eq!(of(text, None, "June"), date("1914-06"));
}

#[test]
fn a_month_in_a_sentence_that_states_a_month_with_its_year_is_of_that_year() {
    // News (days around the document date named twice), but this sentence tells 2021.
    let text = "The Kessby ferry deal was signed on Monday and the vote is due on Friday. \
                Crews and owners bargained from February to October 2021, and the crews \
                struck for a week in May.";
    assert_eq!(of(text, DCT, "May"), date("2021-05"));
    // A bare year is often background: the report's month stays the document's year.
    let text = "Under a plan its board approved in 2019, Brenna Steel had bought back \
                shares through Feb. 28.";
    assert_eq!(of(text, DCT, "Feb. 28"), date("2024-02-28"));
    // The next sentence of news is not moved.
    let text = "The Kessby ferry deal was signed on Monday and the vote is due on Friday. \
                Ferry crews struck on 3 October 2021. In March, fares rose.";
    assert_eq!(of(text, DCT, "March"), date("2024-03"));
}

#[test]
fn a_narrative_rolls_forward_from_a_season_that_crosses_the_year_end() {
    // Winter of 1655 runs into 1656: its January is 1656, and the story goes on from there.
    let text = "The mill at Harrow Ford was finished in 1655. The winter brought floods, \
                and on February 3 the wheel broke. The miller rebuilt it in April.";
    assert_eq!(of(text, None, "February 3"), date("1656-02-03"));
    assert_eq!(of(text, None, "April"), date("1656-04"));
    // An autumn's next February too; a summer's September stays in its year.
    let text = "The crew reached Skarvik in the autumn of 1702. In February the ice broke.";
    assert_eq!(of(text, None, "February"), date("1703-02"));
    let text = "The crew reached Skarvik in the summer of 1702. In September they left.";
    assert_eq!(of(text, None, "September"), date("1702-09"));
}

#[test]
fn a_future_clause_in_a_dated_history_looks_ahead_of_the_document() {
    let text = "The fort was built in 1850 and rebuilt in 1871. \
                It burned in 1902 and was restored in 1958. \
                A festival at the fort will be held in May.";
    assert_eq!(of(text, DCT, "May"), date("2024-05"));
    // The story's own year-less dates still take the story's year.
    let text = "The fort was built in 1850 and rebuilt in 1871. \
                It burned in 1902 and was restored in 1958. \
                In May, the last guns were removed.";
    assert_eq!(of(text, DCT, "May"), date("1958-05"));
}

#[test]
fn a_schedule_looks_ahead() {
    // "set for" and "slated for" point forward even after a present verb.
    let text = "The question is likely to dominate a summit set for Oslo in March.";
    assert_eq!(of(text, Some("2024-10-30"), "March"), date("2025-03"));
    let text = "The plant, slated for completion in February, is half built.";
    assert_eq!(of(text, Some("2024-10-30"), "February"), date("2025-02"));
}

#[test]
fn a_report_on_several_months_compares_with_the_year_before() {
    // In a quarterly report, "a year earlier" is the same quarter a year before ...
    let text = "Net income rose in the third quarter. \
                Profit was $9 million, up from $7 million a year earlier.";
    assert_eq!(
        of(text, Some("2024-10-30"), "a year earlier"),
        date("2023-Q3")
    );
    // ... but after "for the nine months" it is the year before.
    let text = "Net income rose in the third quarter. \
                For the nine months, profit was $20 million, up from $15 million a year earlier.";
    assert_eq!(of(text, Some("2024-10-30"), "a year earlier"), date("2023"));
}

#[test]
fn a_quarter_still_running_is_not_the_one_reported_on() {
    // Written on 2024-11-05: a charge expected in the fourth quarter does not
    // make the fourth quarter the one the results are for.
    let text = "Third-quarter sales rose. The insurer expects a fourth-quarter charge. \
                Its earnings fell 20% in the latest quarter, against $3 million a year ago.";
    let dct = Some("2024-11-05");
    assert_eq!(of(text, dct, "the latest quarter"), date("2024-Q3"));
    assert_eq!(of(text, dct, "a year ago"), date("2023-Q3"));
    // "a year-earlier loss" compares with the year before; it is no duration.
    let text = "The group had a third-quarter profit, against a year-earlier loss of $2 million.";
    let all = timexes(text, dct);
    assert!(
        all.iter()
            .any(|t| t.0 == "a year-earlier" && t.2 == "2023-Q3"),
        "{all:?}"
    );
}

#[test]
fn a_plan_told_in_the_past_perfect_was_for_a_day_now_past() {
    // Written on Monday 2024-04-15.
    let text = "The tender offer had been due to expire on Friday evening.";
    let all = timexes(text, Some("2024-04-15"));
    assert!(all.iter().any(|t| t.2 == "2024-04-12TEV"), "{all:?}");
    // The plain future still looks ahead.
    let text = "The tender offer is due to expire on Friday evening.";
    let all = timexes(text, Some("2024-04-15"));
    assert!(all.iter().any(|t| t.2 == "2024-04-19TEV"), "{all:?}");
}

#[test]
fn every_month_or_season_is_a_set_and_or_so_ago_a_date() {
    let all = timexes("The fair opens each July and closes every spring.", DCT);
    let sets: Vec<_> = all
        .iter()
        .map(|t| (t.0.as_str(), t.1, t.2.as_str()))
        .collect();
    assert_eq!(
        sets,
        vec![
            ("each July", TimexType::Set, "XXXX-07"),
            ("every spring", TimexType::Set, "XXXX-SP")
        ]
    );
    let text = "Two months or so ago, the general picked the date.";
    assert_eq!(of(text, DCT, "Two months or so ago"), date("2024-02"));
}

#[test]
fn a_range_end_without_a_year_takes_the_start_year() {
    let all = timexes("The exhibition ran 10 August 2013 - 12 September.", DCT);
    let values: Vec<&str> = all.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, vec!["2013-08-10", "2013-09-12"], "{all:?}");
    let all = timexes("The festival ran from 20 December 2019 to 5 January.", DCT);
    let values: Vec<&str> = all.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, vec!["2019-12-20", "2020-01-05"], "{all:?}");
}

#[test]
fn compound_ordinal_words_are_one_day() {
    let text = "The vote is on May twenty-fourth.";
    assert_eq!(of(text, DCT, "May twenty-fourth"), date("2024-05-24"));
    let text = "The talks ended on the thirty first of March.";
    assert_eq!(
        of(text, DCT, "the thirty first of March"),
        date("2024-03-31")
    );
    // Not a day: a place in a race.
    assert!(timexes("He came twenty-first in the race.", DCT).is_empty());
}

#[test]
fn two_digit_years_after_a_day_and_month_before_punctuation() {
    let d = Some("2012-08-10");
    assert_eq!(
        of("The letter was sent on 3 Aug 96.", d, "3 Aug 96"),
        date("1996-08-03")
    );
    assert_eq!(
        of("It was posted on Aug 9, 96, by the clerk.", d, "Aug 9, 96"),
        date("1996-08-09")
    );
    assert_eq!(
        of(
            "The deal closed on 3rd Feb 82; few noticed.",
            d,
            "3rd Feb 82"
        ),
        date("1982-02-03")
    );
    // A count after the date is no year.
    assert_eq!(
        of("On 3 Aug 12 people were hurt.", d, "3 Aug"),
        date("2012-08-03")
    );
    assert_eq!(
        of("Shares rose on Aug 9, 12 points in all.", d, "Aug 9"),
        date("2012-08-09")
    );
}

#[test]
fn titles_ages_and_the_noun_march_are_not_times() {
    // A programme or film title in quotes is a name.
    let text = "The minister spoke on the radio show \"Late Hours\" about the budget.";
    assert_eq!(of(text, DCT, "Hours"), None);
    let text = "The critic said the western ``Dusty Noon'' still holds up.";
    assert!(timexes(text, DCT).is_empty());
    // The same words outside a title stay times.
    let text = "The vote came after \"long hours\" of debate; it ends at noon.";
    assert_eq!(
        of(text, DCT, "noon"),
        Some((TimexType::Time, "2024-04-16T12:00".to_string()))
    );
    // A decade after a possessive is an age, not a decade.
    let text = "The painter moved to Lisbon when she was in her 40s.";
    assert!(timexes(text, DCT).is_empty());
    let text = "Painters moved to Lisbon in the 1940s.";
    assert_eq!(of(text, DCT, "the 1940s"), date("194"));
    // The noun "March" names a procession; lowercase "march" is the noun or verb.
    let text = "Thousands joined the March for Clean Rivers in the capital.";
    assert!(timexes(text, DCT).is_empty());
    let text = "Veterans will march again this march, organisers said.";
    assert!(timexes(text, DCT).is_empty());
    let text = "The plant closed in March of last year.";
    assert!(timexes(text, DCT).iter().any(|t| t.0.starts_with("March")));
}

#[test]
fn midday_is_noon() {
    let text = "The court will hear the case at midday.";
    assert_eq!(
        of(text, DCT, "midday"),
        Some((TimexType::Time, "2024-04-16T12:00".to_string()))
    );
}

#[test]
fn a_second_listed_day_later_dates_and_mid_afternoon() {
    let text = "The fair runs on June 14 and 15.";
    let all = timexes(text, DCT);
    assert!(all.iter().any(|t| t.0 == "15" && t.2 == "2024-06-15"));
    // A number before a noun is a count, not a day.
    let text = "On June 14 and 15 stalls were set up.";
    assert!(!timexes(text, DCT).iter().any(|t| t.0 == "15"));
    let text = "The bank will sell the shares at a later date.";
    assert_eq!(of(text, DCT, "a later date"), date("FUTURE_REF"));
    let text = "By mid-afternoon the river had crested.";
    assert_eq!(
        of(text, DCT, "mid-afternoon"),
        Some((TimexType::Time, "2024-04-16TAF".to_string()))
    );
}

#[test]
fn the_quarter_a_year_ago_is_one_expression() {
    let text = "The brewer lost money in the second quarter of 2023. In the quarter a year earlier it broke even.";
    assert_eq!(of(text, DCT, "the quarter a year earlier"), date("2022-Q2"));
    assert!(!timexes(text, DCT).iter().any(|t| t.0 == "a year earlier"));
}

#[test]
fn the_report_quarter_stays_in_focus_over_comparisons() {
    // Written on 2024-11-05: the results are for the third quarter; an
    // earlier quarter named for contrast, or "the 2023 period", does not
    // move the report's quarter back.
    let dct = Some("2024-11-05");
    let text = "The chemicals group posted a third-quarter profit of $40 million. \
                After a weak second quarter, demand for resins picked up. \
                Costs were lower than a year ago.";
    assert_eq!(of(text, dct, "a year ago"), date("2023-Q3"));
    let text = "The software maker earned $3 million in the fiscal first quarter. \
                In the 2023 period it lost $1 million. \
                It expects to break even for the quarter ending in December.";
    assert_eq!(of(text, dct, "the 2023 period"), date("2023-Q1"));
    assert_eq!(of(text, dct, "the quarter"), date("2024-Q1"));
}

#[test]
fn news_that_names_days_around_its_date_stays_news() {
    // A report written on Tuesday 2024-04-16 that recalls old years is still
    // news: its year-less months are the document's, not the last year named.
    let text = "Police said on Monday that they had reopened the case. \
                The thefts date back to 2011, 2013 and 2016. \
                In January, a witness came forward, and detectives met her again on Friday.";
    assert_eq!(of(text, DCT, "January"), date("2024-01"));
    // Without those days the same years make it a story told in its own years.
    let text = "The thefts date back to 2011, 2013 and 2016. \
                In January, a witness came forward.";
    assert_eq!(of(text, DCT, "January"), date("2016-01"));
}

#[test]
fn a_period_that_ended_is_over() {
    // Written on 2024-04-16: the year that ended on April 30 is last year's,
    // one that ended on March 31 this year's.
    let text = "The retailer lost money in its fiscal year ended April 30.";
    assert_eq!(of(text, DCT, "April 30"), date("2023-04-30"));
    let text = "The retailer lost money in its fiscal year ended March 31.";
    assert_eq!(of(text, DCT, "March 31"), date("2024-03-31"));
    // A period still to end keeps the coming date.
    let text = "The retailer expects a loss for its fiscal year ending April 30.";
    assert_eq!(of(text, DCT, "April 30"), date("2024-04-30"));
}

#[test]
fn a_weekday_of_a_named_week_is_one_expression() {
    // Written on Tuesday 2024-04-16 (week 16).
    let text = "The hearing moves to Thursday of next week.";
    assert_eq!(of(text, DCT, "Thursday of next week"), date("2024-04-25"));
    let text = "The vote was held on Monday of last week.";
    assert_eq!(of(text, DCT, "Monday of last week"), date("2024-04-08"));
    let text = "Talks resume on Friday, next week, in Geneva.";
    assert_eq!(of(text, DCT, "Friday, next week"), date("2024-04-26"));
}

#[test]
fn a_weekday_in_a_present_clause_looks_ahead() {
    // Written on Tuesday 2024-04-16: a present-tense schedule is coming.
    let text = "The deadline is Friday.";
    assert_eq!(of(text, DCT, "Friday"), date("2024-04-19"));
    let text = "The two leaders are in Rome on Thursday.";
    assert_eq!(of(text, DCT, "Thursday"), date("2024-04-18"));
    // A past clause still looks back.
    let text = "The two leaders met in Rome on Thursday.";
    assert_eq!(of(text, DCT, "Thursday"), date("2024-04-11"));
}

#[test]
fn a_weekday_settles_the_order_of_a_numeric_date() {
    // Day-first by default, but 4 May 2024 is a Saturday: "Friday 4/5/2024" is April 5.
    let text = "The polls close on Friday 4/5/2024 at noon.";
    assert_eq!(of(text, DCT, "Friday 4/5/2024"), date("2024-04-05"));
    // Without the weekday the default holds.
    let text = "The polls close on 4/5/2024 at noon.";
    assert_eq!(of(text, DCT, "4/5/2024"), date("2024-05-04"));
}

/// Dates of the events of `text`, in order.
fn event_dates(text: &str, date: Option<&str>) -> Vec<(String, String)> {
    analyze(&DocumentInput {
        id: "k".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
    .events
    .into_iter()
    .map(|e| (e.date, e.label))
    .collect()
}

#[test]
fn the_following_season_after_a_year_in_focus_is_next_years() {
    let text = "In 2017, the dam was finished. The following summer, the valley flooded.";
    assert_eq!(of(text, DCT, "The following summer"), date("2018-SU"));
    let text = "In 2017, the dam was finished. The following year, the valley flooded.";
    assert_eq!(of(text, DCT, "The following year"), date("2018"));
    let text = "In 2017, the dam was finished. The previous winter, engineers had left.";
    assert_eq!(of(text, DCT, "The previous winter"), date("2016-WI"));
    // A day in or after summer in focus: the summer after it.
    let text = "The dam opened on 3 September 2017. The following summer, the valley flooded.";
    assert_eq!(of(text, DCT, "The following summer"), date("2018-SU"));
    // A week counted from a month stated without a day keeps the month (session 47: which
    // week of March the text does not say).
    let text = "The dam opened in March 2017. The following week, the valley flooded.";
    assert_eq!(of(text, DCT, "The following week"), date("2017-03"));
}

#[test]
fn years_later_than_a_month_is_a_year() {
    let text = "The ferry sank in May 2011. Three years later, in 2014, the wreck was raised.";
    assert_eq!(of(text, DCT, "Three years later"), date("2014"));
    // One year after a quarter keeps the quarter.
    let text = "Sales fell in the third quarter of 1995. A year later they rose.";
    assert_eq!(of(text, DCT, "A year later"), date("1996-Q3"));
}

#[test]
fn that_year_follows_the_years_the_story_moves_to_not_since() {
    let text = "Last year, the mayor said crime had dropped since 2019. By the end of that year, \
                she had resigned.";
    assert_eq!(of(text, DCT, "the end of that year"), date("2023"));
    // Without "since", the stated year is the focus.
    let text = "Last year, the mayor recalled a flood in 2019. By the end of that year, the river \
                had burst again.";
    assert_eq!(of(text, DCT, "the end of that year"), date("2019"));
}

#[test]
fn a_hyphenated_year_modifier_does_not_date_the_event() {
    let text = "A 1998-built cargo ship ran aground off Crete last Friday.";
    let dates = event_dates(text, DCT);
    assert!(
        dates.iter().any(|(d, _)| d == "2024-04-12"),
        "expected last Friday: {dates:?}"
    );
    assert!(!dates.iter().any(|(d, _)| d == "1998"), "{dates:?}");
}

#[test]
fn a_dateline_dates_the_document_not_the_event() {
    let text = "OSLO, April 15, 2024 — The central bank on Friday raised its main rate.";
    let dates = event_dates(text, DCT);
    assert!(
        dates.iter().any(|(d, _)| d == "2024-04-12"),
        "expected Friday: {dates:?}"
    );
    assert!(!dates.iter().any(|(d, _)| d == "2024-04-15"), "{dates:?}");
    let text =
        "OSLO (Newswire) - April 15, 2024 - The central bank on Friday raised its main rate.";
    let dates = event_dates(text, DCT);
    assert!(
        dates.iter().any(|(d, _)| d == "2024-04-12")
            && !dates.iter().any(|(d, _)| d == "2024-04-15"),
        "agency dateline: {dates:?}"
    );
    // A dateline with no other date in its sentence still dates the event.
    let text = "OSLO, April 15, 2024 — The central bank raised its main rate by half a point.";
    let dates = event_dates(text, DCT);
    assert!(
        dates.iter().any(|(d, _)| d == "2024-04-15"),
        "expected the dateline: {dates:?}"
    );
}

#[test]
fn a_clause_opened_by_the_following_season_is_an_event() {
    let text =
        "In 2017, the dam was finished. The following summer, divers inspected the spillway.";
    let dates = event_dates(text, DCT);
    assert!(
        dates.iter().any(|(d, _)| d == "2018-SU"),
        "expected an event in summer 2018: {dates:?}"
    );
}

#[test]
fn a_whole_month_well_after_the_date_in_a_past_clause_is_last_years() {
    let dct = Some("2025-03-03");
    let text = "The trade envoy last toured Peru in May, her spokesman said.";
    assert_eq!(of(text, dct, "May"), date("2024-05"));
    // A future clause keeps the coming May.
    let text = "The trade envoy will tour Peru in May, her spokesman said.";
    assert_eq!(of(text, dct, "May"), date("2025-05"));
    // The next month is often announced in a past clause: it stays ahead.
    let text = "The ministry warned importers of a new levy in April.";
    assert_eq!(of(text, dct, "April"), date("2025-04"));
}

#[test]
fn the_following_month_after_a_whole_year_keeps_the_years_granularity() {
    let text = "In 2019, the port was sold. The following month, its new owner cut 200 jobs.";
    assert_eq!(of(text, DCT, "The following month"), date("2019"));
    // After a month in focus it counts from that month.
    let text = "In June 2019, the port was sold. The following month, its new owner cut 200 jobs.";
    assert_eq!(of(text, DCT, "The following month"), date("2019-07"));
}

#[test]
fn since_a_year_dates_the_event_from_that_year_up_to_the_document_date() {
    let dct = Some("2025-03-03");
    let text = "A Dutch valve maker said it had not shipped any pumps to Belarus since 2021.";
    let dates = event_dates(text, dct);
    assert!(
        dates.iter().any(|(d, _)| d == "2021/2025-03-03"),
        "expected a range from 2021: {dates:?}"
    );
    // The expression itself keeps its value.
    assert_eq!(of(text, dct, "2021"), date("2021"));
}

#[test]
fn discourse_now_and_names_with_today_are_not_times() {
    let text = "Prices fell for years. Now, the ministry says, they will rise.";
    assert_eq!(of(text, DCT, "Now"), None);
    let text = "Now for the weather in the north.";
    assert_eq!(of(text, DCT, "Now"), None);
    // "Now" telling the present stays.
    let text = "The plant was shut in 2019. Now it employs 300 people.";
    assert_eq!(of(text, DCT, "Now"), date("PRESENT_REF"));
    let text = "The figures were first printed in USA Today on Monday.";
    assert_eq!(of(text, DCT, "Today"), None);
    let text = "Today the council votes on the budget.";
    assert_eq!(of(text, DCT, "Today"), date("2024-04-16"));
}

#[test]
fn a_quarter_of_something_is_a_share_not_three_months() {
    let text = "Foreign buyers hold more than a quarter of the company's shares.";
    assert_eq!(of(text, DCT, "more than a quarter"), None);
    // Several quarters, or a quarter of a year, are time.
    let text = "After several quarters of deficits, the plant turned a profit.";
    assert_eq!(of(text, DCT, "several quarters"), duration("PXQ"));
}

#[test]
fn a_weekday_with_a_plural_part_of_day_recurs() {
    let text = "The night train leaves the capital on Friday nights.";
    assert_eq!(
        of(text, DCT, "Friday nights"),
        Some((TimexType::Set, "XXXX-WXX-5TNI".to_string()))
    );
}

#[test]
fn a_year_earlier_in_a_report_on_a_quarter_is_that_quarter_a_year_before() {
    let dct = Some("2024-10-24");
    let text = "The brewer said third-quarter profit rose 8%, its chief said yesterday. \
                Sales climbed to $2 billion from $1.8 billion a year earlier.";
    assert_eq!(of(text, dct, "a year earlier"), date("2023-Q3"));
}

#[test]
fn a_present_verb_the_word_list_does_not_know_still_looks_ahead() {
    // "meet" is no word of data/time/tense.txt: the clause stage's verb group
    // gives the clause its present tense, and a weekday in it looks ahead.
    let text = "The two ministers meet separately Monday with the envoy.";
    assert_eq!(of(text, DCT, "Monday"), date("2024-04-22"));
    // A possessive still names a day already spoken of.
    let text = "The envoy studies Monday's statement by the ministers.";
    assert_eq!(of(text, DCT, "Monday"), date("2024-04-15"));
}

#[test]
fn easter_is_a_movable_feast_and_easter_week_its_week() {
    let dct = Some("2025-03-03");
    let text = "The ferries run a reduced timetable over Easter.";
    assert_eq!(of(text, dct, "Easter"), date("2025-04-20"));
    let text = "Pilgrims will fill the old town during Easter week.";
    assert_eq!(of(text, dct, "Easter week"), date("2025-W16"));
    let text = "The bridge is due to reopen by Easter 2027.";
    assert_eq!(of(text, dct, "Easter 2027"), date("2027-03-28"));
}

/// "That December", "that same summer" point back to the story's year, not the document's:
/// a chronology written years after its events keeps them in their years (trial 11: a
/// tanker's history dated 2025 put "That summer" of a 2022 sale in 2024).
#[test]
fn demonstrative_month_or_season_takes_the_story_year() {
    let text = "The trawler was reflagged in March 2019. That December, it was seized off \
                Dakar. In 2021 the owners sold it. That same summer, it sank. A year later, \
                the wreck was raised.";
    let d = Some("2024-02-10");
    assert_eq!(of(text, d, "That December"), date("2019-12"));
    assert_eq!(of(text, d, "That same summer"), date("2021-SU"));
    // The story moves on from the demonstrative's date, not from the document's.
    assert_eq!(of(text, d, "A year later"), date("2022-SU"));
    // Across a year end, forward: after November 2020, "that March" is March 2021.
    let t2 = "Talks opened in November 2020. That March, the two sides signed.";
    assert_eq!(of(t2, d, "That March"), date("2021-03"));
    // Before any stated date the month or season is read as if named alone.
    assert_eq!(
        of("That December was cold in Tromsø.", DCT, "That December"),
        date("2023-12")
    );
}

/// "The following year" moves the story on: a later "That summer" is of that year, not of
/// the year before it (trial 11: a sale "the following year ... That summer" dated a year early).
#[test]
fn the_following_year_moves_the_story_on() {
    let text = "The ferry was bought in April 2020. The following year, its owners moved it to \
                Split. That summer, it ran aground.";
    let d = Some("2024-02-10");
    assert_eq!(of(text, d, "The following year"), date("2021"));
    assert_eq!(of(text, d, "That summer"), date("2021-SU"));
}

/// "The following spring" after a season in focus is the next spring after that season, not
/// the spring of its year (trial 12: "That autumn [2021] ... The following spring" read
/// 2021-SP, before the autumn it follows).
#[test]
fn the_following_season_comes_after_the_season_in_focus() {
    let text = "The yard was sold in March 2021. That autumn, it built its first barge. The \
                following spring, a second slipway opened.";
    let d = Some("2026-11-18");
    assert_eq!(of(text, d, "That autumn"), date("2021-FA"));
    assert_eq!(of(text, d, "The following spring"), date("2022-SP"));
    let text = "In the summer of 2019 the pier was rebuilt. The following winter it froze. \
                The following summer it reopened.";
    assert_eq!(of(text, d, "The following winter"), date("2019-WI"));
    assert_eq!(of(text, d, "The following summer"), date("2020-SU"));
    let text = "The survey began in autumn 2018. The previous spring had been dry.";
    assert_eq!(of(text, d, "The previous spring"), date("2018-SP"));
}

/// "One Friday that autumn", "one Monday": a weekday told inside a story's period is of that
/// period, its week unknown, never of the document's week (trial 14: "One Friday that autumn",
/// after an autumn of a past year, was the Friday of the publication week, and the seasons
/// after it moved five years on).
#[test]
fn a_weekday_of_the_story_period_is_not_of_the_document_week() {
    let text = "In the autumn of 2018, Ilse Marten opened a bakery in Ribe. One Friday that \
                autumn, a storm flooded the cellar. The following spring, she moved.";
    let d = Some("2024-03-08");
    assert_eq!(of(text, d, "One Friday that autumn"), date("2018-FA"));
    assert_eq!(of(text, d, "The following spring"), date("2019-SP"));
    let t2 = "The mill closed in March 2016. One Monday, the workers came back anyway.";
    assert_eq!(of(t2, d, "One Monday"), date("2016-03"));
}
