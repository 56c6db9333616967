//! Time resolved against the story's own timeline (issue 12's follow-ups), one kind per test,
//! each with sentences written for these tests: a date told in passing after a noun (",
//! founded in 1985,", ", which was planted in 1974,") taken for the time the story is at; a
//! plan the text says was overtaken ("originally set for", "was cancelled") read as the next
//! one after the document date; and a count after a clock time ("2.5 hours later") given as a
//! duration, or not at all, instead of the time it names. Each kind also has the cases a
//! review of its first version found it broke: an aside's date is still the anchor of a main
//! clause that states none ("who was arrested on 3 March, appeared in court two days later"),
//! an undo word overtakes only the plan it acts on ("Rain delayed the start, but the final is
//! scheduled for Tuesday"), and "the next hour" keeps its unit word.

use annalist::engine::analyze;
use annalist::engine::model::{DocumentInput, TimexType};

/// (text, type, value) of every time expression of `text` written on `date`.
fn timexes(text: &str, date: &str) -> Vec<(String, TimexType, String)> {
    analyze(&DocumentInput {
        id: "r".into(),
        text: text.into(),
        date: Some(date.to_string()),
    })
    .timex
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

/// Type and value of the expression written `expr`.
fn of(text: &str, date: &str, expr: &str) -> Option<(TimexType, String)> {
    let all = timexes(text, date);
    all.iter()
        .find(|(t, _, _)| t == expr)
        .map(|(_, k, v)| (*k, v.clone()))
        .or_else(|| panic!("no {expr:?} in {all:?}"))
}

fn date(v: &str) -> Option<(TimexType, String)> {
    Some((TimexType::Date, v.to_string()))
}

fn time(v: &str) -> Option<(TimexType, String)> {
    Some((TimexType::Time, v.to_string()))
}

fn duration(v: &str) -> Option<(TimexType, String)> {
    Some((TimexType::Duration, v.to_string()))
}

const WINTER: &str = "2025-01-15";

#[test]
fn a_date_told_in_passing_does_not_move_the_story() {
    // A participle after the subject's comma.
    let t =
        "Sales at Tolvik Printworks reached $12 million in 2022. The printer, founded in 1985, \
             said sales were up 9% from a year earlier.";
    assert_eq!(of(t, WINTER, "a year earlier"), date("2021"));
    // A relative clause.
    let t = "In 2020 the orchard shipped 400 tonnes. The orchard, which was planted in 1974, \
             had shipped 20 tonnes fewer a year earlier.";
    assert_eq!(of(t, WINTER, "a year earlier"), date("2019"));
    // "born in" and an apposition ("a shipbuilder established in 1932").
    let t = "In 2016 the choir toured Chile. Its conductor, born in 1950, had toured Peru two \
             years before.";
    assert_eq!(of(t, WINTER, "two years before"), date("2014"));
    let t = "In 2021 the Harstad yard delivered nine tugs. Norbukt, a shipbuilder established \
             in 1932, said orders had doubled from a year earlier.";
    assert_eq!(of(t, WINTER, "a year earlier"), date("2020"));
}

#[test]
fn an_aside_counts_from_its_own_date_and_a_main_clause_still_moves_the_story() {
    let t = "In 2019 the town lost its bridge. The bridge, built in 1911 and widened two years \
             later, had stood for a century. A year later a ferry replaced it.";
    assert_eq!(of(t, WINTER, "two years later"), date("1913"));
    assert_eq!(of(t, WINTER, "A year later"), date("2020"));
    // Dates of main clauses are the story's, as before.
    let t = "The firm was founded in 1990. In 2004 it moved to Leeds; a year earlier it had \
             bought a rival.";
    assert_eq!(of(t, WINTER, "a year earlier"), date("2003"));
}

#[test]
fn a_plan_the_text_says_was_overtaken_is_the_one_nearest_the_document_date() {
    let april = "2025-04-15";
    let t = "The ballot, originally set for the week of 10 March, was postponed.";
    assert_eq!(of(t, april, "the week of 10 March"), date("2025-W11"));
    let t = "A regatta scheduled for March was cancelled.";
    assert_eq!(of(t, april, "March"), date("2025-03"));
    // Nearest, so not the June gone either: the opening has not happened.
    let t = "The opening, first planned for June, was delayed.";
    assert_eq!(of(t, april, "June"), date("2025-06"));
    // The new date of a postponement looks ahead.
    let t = "The hearing was postponed until June.";
    assert_eq!(of(t, april, "June"), date("2025-06"));
    // A plan nothing overtook still looks ahead.
    let t = "A summit set for March will be held in Bergen.";
    assert_eq!(of(t, april, "March"), date("2026-03"));
}

#[test]
fn a_count_after_a_clock_time_is_the_time_it_names() {
    let march = "2025-03-10";
    let t = "The ferry left Tromso at 9:00 on 4 March 2025. 2.5 hours later it reached open water.";
    assert_eq!(of(t, march, "2.5 hours later"), time("2025-03-04T11:30"));
    // Across midnight, and a fraction of a day.
    let t = "The alarm sounded at 23:30 on 2 March. Forty minutes later the hall was empty.";
    assert_eq!(
        of(t, march, "Forty minutes later"),
        time("2025-03-03T00:10")
    );
    let t = "The polls closed at 8pm on 4 March. Results came 1.5 days later.";
    assert_eq!(of(t, march, "1.5 days later"), time("2025-03-06T08:00"));
    // A stretch that is no count from a time stays a duration.
    let t = "The ferry left at 9:00 on 4 March. The crossing took 2.5 hours.";
    assert_eq!(of(t, march, "2.5 hours"), duration("PT2.5H"));
}

#[test]
fn a_count_with_no_clock_time_to_count_from_is_the_duration() {
    let march = "2025-03-10";
    // A day with no clock time: "later" is a signal, the duration what the text gives.
    let t = "Voting ended on 4 March. The count was done two hours later.";
    assert_eq!(of(t, march, "two hours"), duration("PT2H"));
    // The story moved to another day since the clock time.
    let t = "At 9:15 on 3 March the pumps failed. On 5 March engineers arrived, and two hours \
             later power was back.";
    assert_eq!(of(t, march, "two hours"), duration("PT2H"));
    // An unknown count names no point.
    let t = "The court sat on 3 May 2024. A few days later it ruled.";
    assert_eq!(of(t, march, "few days"), duration("PXD"));
    // Whole days after a stated day are that day moved, as before.
    let t = "The strike began on 4 February 2025. Three days later the owners gave in.";
    assert_eq!(of(t, march, "Three days later"), date("2025-02-07"));
}

#[test]
fn an_aside_still_anchors_a_main_clause_that_states_no_date() {
    let april = "2025-04-10";
    // The story's first date is the aside's: two days after it, not after the document date.
    let t = "Dunne, who was detained on 3 March, was charged two days later.";
    assert_eq!(of(t, april, "two days later"), date("2025-03-05"));
    // After an earlier date of the story, an aside dated later is the story's latest event.
    let t = "Officers searched the warehouse on 1 March. Dunne, who was detained on 3 March, \
             was charged two days later.";
    assert_eq!(of(t, april, "two days later"), date("2025-03-05"));
    // A main clause with a date of its own counts from that, as before.
    let t = "Dunne, who was detained on 3 March, was charged on 20 March and freed two days later.";
    assert_eq!(of(t, april, "two days later"), date("2025-03-22"));
}

#[test]
fn a_past_clause_never_lands_after_the_document_date_for_an_aside() {
    // The story is at a date after the aside's, and counting from it would pass the document
    // date: the aside's date is the anchor instead.
    let t = "The port reopens on 9 April. Its harbour master, who retired on 2 April, had left \
             the post a week later.";
    assert_eq!(of(t, "2025-04-10", "a week later"), date("2025-04-09"));
    let t = "Smith, who was arrested on 3 March, appeared in court two days later.";
    for (_, _, v) in timexes(t, "2025-04-10") {
        assert!(v.as_str() <= "2025-04-10", "{v} is after the document date");
    }
}

#[test]
fn an_undo_word_overtakes_only_the_plan_it_acts_on() {
    let april = "2025-04-10"; // a Thursday
                              // The rain undid the start, not the final: Tuesday is still the coming one.
    let t = "Rain delayed the start, but the final is scheduled for Tuesday.";
    assert_eq!(of(t, april, "Tuesday"), date("2025-04-15"));
    // Monday: the next one (the 14th) and the nearest (the 7th) differ, so an overtaken
    // reading would show.
    let t = "The final is set for Monday, the semifinal was called off.";
    assert_eq!(of(t, april, "Monday"), date("2025-04-14"));
    // The plan's own subject, in two words, and with a shared subject after "but".
    let t = "A sailing race scheduled for March was called off.";
    assert_eq!(of(t, april, "March"), date("2025-03"));
    let t = "The auction was scheduled for March but was later called off.";
    assert_eq!(of(t, april, "March"), date("2025-03"));
    // The plan as the undo verb's object.
    let t = "The board has cancelled a tasting scheduled for March.";
    assert_eq!(of(t, april, "March"), date("2025-03"));
    // Without the undo, the plan looks ahead.
    let t = "A sailing race scheduled for March will start in Kiel.";
    assert_eq!(of(t, april, "March"), date("2026-03"));
}

#[test]
fn the_next_hour_keeps_its_unit_word() {
    let t = "A ruling is expected within the next hour.";
    assert_eq!(of(t, "2025-04-10", "the next hour"), duration("PT1H"));
    // After a clock time too: a stretch, no point counted from it.
    let t = "The pumps stopped at 9:00. Over the following hour the cellar flooded.";
    assert_eq!(of(t, "2025-04-10", "the following hour"), duration("PT1H"));
}

#[test]
fn a_denied_undo_word_leaves_the_plan_ahead() {
    let sunday = "2026-11-29"; // a Sunday
    let t = "The ballot scheduled for Friday was not put off, an aide confirmed.";
    assert_eq!(of(t, sunday, "Friday"), date("2026-12-04"));
    let t = "A tasting scheduled for Friday was never cancelled.";
    assert_eq!(of(t, sunday, "Friday"), date("2026-12-04"));
    // Undone, it is the Friday gone.
    let t = "A tasting scheduled for Friday was cancelled.";
    assert_eq!(of(t, sunday, "Friday"), date("2026-11-27"));
}

#[test]
fn a_fraction_of_an_hour_after_a_clock_time_is_no_whole_hour() {
    let day = "2025-04-10"; // a Thursday
    for t in [
        "The ferry docked at 14:00. Half an hour later the gates shut.",
        "The ferry docked at 14:00. A quarter of an hour later the gates shut.",
        "The ferry docked at 14:00. Three quarters of an hour later the gates shut.",
    ] {
        let all = timexes(t, day);
        assert!(
            !all.iter().any(|(_, _, v)| v.starts_with("2025-04-10T15")),
            "a whole hour counted in {t:?}: {all:?}"
        );
    }
    // A whole hour is still counted.
    let t = "The ferry docked at 14:00. An hour later the gates shut.";
    assert_eq!(
        of(t, day, "An hour later"),
        Some((TimexType::Time, "2025-04-10T15:00".to_string()))
    );
}

#[test]
fn a_fraction_of_a_unit_is_one_count() {
    let day = "2025-04-10"; // a Thursday
                            // After a clock time: that time moved by the part of the unit.
    let t = "The lifeboat launched at 06:40. A quarter of an hour later it reached the trawler.";
    assert_eq!(
        of(t, day, "A quarter of an hour later"),
        time("2025-04-10T06:55")
    );
    let t = "The lifeboat launched at 06:40. Half an hour later it reached the trawler.";
    assert_eq!(of(t, day, "Half an hour later"), time("2025-04-10T07:10"));
    let t = "The lifeboat launched at 06:40. Three quarters of an hour later it was back.";
    assert_eq!(
        of(t, day, "Three quarters of an hour later"),
        time("2025-04-10T07:25")
    );
    // With no clock time: the duration in the finer unit, "later" a signal.
    let t = "The council sat on Monday. A quarter of an hour later the mayor walked out.";
    assert_eq!(of(t, day, "A quarter of an hour"), duration("PT15M"));
    let t = "The council sat on Monday. Half an hour later the mayor walked out.";
    assert_eq!(of(t, day, "Half an hour"), duration("PT30M"));
    // Never "a quarter" of a year on its own.
    for (_, _, v) in timexes(t, day) {
        assert_ne!(v, "P1Q");
    }
}

#[test]
fn a_comparison_after_an_aside_counts_from_the_main_clause() {
    let winter = "2025-01-15";
    let t = "Harrow Mills, founded in 1921, said orders rose 8% from a year earlier.";
    assert_eq!(of(t, winter, "a year earlier"), date("2024"));
    let t = "The bakery, which opened in 1998, sold more loaves than the year before.";
    assert_eq!(of(t, winter, "the year before"), date("2024"));
    // A count of the story, not a comparison, still counts from the aside's date.
    let t = "Dunne, who was detained on 3 March, was charged two days later.";
    assert_eq!(of(t, "2025-04-10", "two days later"), date("2025-03-05"));
}

#[test]
fn a_plan_not_carried_out_is_overdue_not_moved() {
    // In news "has not been held" says a plan is overdue: its date stays the one gone.
    let sunday = "2026-11-29"; // a Sunday
    let t = "The referendum planned for Friday has not been held.";
    assert_eq!(of(t, sunday, "Friday"), date("2026-11-27"));
    let t = "The runoff planned for 8 February has not taken place.";
    assert_eq!(of(t, "2026-03-01", "8 February"), date("2026-02-08"));
    let t = "The strike planned for Monday has not affected flights.";
    assert_eq!(of(t, sunday, "Monday"), date("2026-11-23"));
}

#[test]
fn a_quarter_or_half_of_a_year_stays_a_period() {
    let t = "Sales were $2 billion, up from $1.5 billion in the first quarter a year earlier.";
    assert!(of(t, "2026-03-01", "the first quarter").is_some());
    let t = "Profit beat the second half a year earlier.";
    assert!(of(t, "2026-03-01", "the second half").is_some());
}

#[test]
fn only_comparison_words_make_a_count_the_main_clauses() {
    // "on the day before" after an aside's date counts from that date, not the article's.
    let t = "Dunmore, who was detained on 3 March, had been questioned on the day before.";
    assert_eq!(of(t, "2025-04-10", "the day before"), date("2025-03-02"));
}

#[test]
fn a_clock_time_with_its_day_moves_the_story_to_that_day() {
    let sunday = "2026-11-29"; // a Sunday
    let t = "The quake struck at 5 a.m. on Tuesday. The next day, rescuers reached the village.";
    assert_eq!(of(t, sunday, "The next day"), date("2026-11-25"));
    let t = "The dam gave way at 23:10 on 3 March. Two days later the valley was dry.";
    assert_eq!(of(t, "2025-04-10", "Two days later"), date("2025-03-05"));
    // A bare clock time names no day of its own: the story stays where it was.
    let t = "The vote was held on 12 March. Counting began at 9 p.m. The next day the result \
             was announced.";
    assert_eq!(of(t, "2025-04-10", "The next day"), date("2025-03-13"));
}

#[test]
fn a_count_and_a_half_in_words_is_one_count() {
    let day = "2025-04-10";
    // After a clock time: that time moved by the whole count and its half.
    let t = "The tanker sailed at 08:15. An hour and a half later it ran aground.";
    assert_eq!(
        of(t, day, "An hour and a half later"),
        time("2025-04-10T09:45")
    );
    let t = "The tanker sailed at 08:15. A half-hour later it ran aground.";
    assert_eq!(of(t, day, "A half-hour later"), time("2025-04-10T08:45"));
    let t = "The tanker sailed at 08:15. Two and a half hours later it ran aground.";
    assert_eq!(
        of(t, day, "Two and a half hours later"),
        time("2025-04-10T10:45")
    );
    // With no clock time: the duration, the half in the next finer unit.
    let t = "The pier reopened on Monday. An hour and a half later it shut again.";
    assert_eq!(of(t, day, "An hour and a half"), duration("PT1H30M"));
    let t = "The pier reopened on Monday. A half-hour later it shut again.";
    assert_eq!(of(t, day, "A half-hour"), duration("PT30M"));
    assert_eq!(
        of(
            "The hearing lasted an hour and a half.",
            day,
            "an hour and a half"
        ),
        duration("PT1H30M")
    );
    assert_eq!(
        of("Pupils get a half-hour break.", day, "a half-hour"),
        duration("PT30M")
    );
    assert_eq!(
        of(
            "The siege lasted a week and a half.",
            day,
            "a week and a half"
        ),
        duration("P1.5W")
    );
}

#[test]
fn a_count_and_a_half_back_from_the_document_date_is_a_month() {
    let day = "2025-04-10";
    let t = "The bakery changed hands two and a half years ago.";
    assert_eq!(of(t, day, "two and a half years ago"), date("2022-10"));
    let t = "A year and a half ago the bakery changed hands.";
    assert_eq!(of(t, day, "A year and a half ago"), date("2023-10"));
    let t = "The bakery changed hands 1.5 years ago.";
    assert_eq!(of(t, day, "1.5 years ago"), date("2023-10"));
    // Finer than a month the text names no day: a past it does not date.
    let t = "The bakery shut an hour and a half ago.";
    assert_eq!(of(t, day, "an hour and a half ago"), date("PAST_REF"));
    // After a month the story stated, counted from it; after a bare year, the duration.
    let t = "The bakery opened in May 2019. Two and a half years later it closed.";
    assert_eq!(of(t, day, "Two and a half years later"), date("2021-11"));
    let t = "The bakery opened in 2019. Two and a half years later it closed.";
    assert_eq!(of(t, day, "Two and a half years"), duration("P2Y6M"));
}

#[test]
fn what_is_yet_to_happen_is_not_dated_in_the_past() {
    let tuesday = "2026-12-01"; // a Tuesday
    let t = "The recount has yet to be held on Friday, the board said.";
    assert_eq!(of(t, tuesday, "Friday"), date("2026-12-04"));
    let t = "The merger has yet to be approved in February.";
    assert_eq!(of(t, tuesday, "February"), date("2027-02"));
    let t = "The shortlist is yet to be published on Thursday.";
    assert_eq!(of(t, tuesday, "Thursday"), date("2026-12-03"));
    // Still to come then, in a past story: around the past.
    let t = "The ruling was yet to be handed down on Thursday.";
    assert_eq!(of(t, tuesday, "Thursday"), date("2026-11-26"));
    // "since" starts a stretch that runs to now, whatever the clause's tense.
    let t = "The side has yet to score since October.";
    assert_eq!(of(t, tuesday, "October"), date("2026-10"));
}
