//! Event dates trial users found wrong (session 13), one kind per test, with texts written for
//! these tests: an event noun ("the election") that names an event the story told with its verb
//! ("was elected on ..."), and parts of the day ("shortly after midnight", "at dawn", "that
//! night") dated on the publication day instead of the day the story is on.

use super::tests_support::event;
use crate::engine::analyze;
use crate::engine::model::{Analysis, DocumentInput};

fn run(text: &str, date: Option<&str>) -> Analysis {
    analyze(&DocumentInput {
        id: "s13".into(),
        text: text.into(),
        date: date.map(str::to_string),
    })
}

fn value_of<'a>(a: &'a Analysis, text: &str) -> &'a str {
    a.timex
        .iter()
        .find(|t| t.text == text)
        .map_or("", |t| t.value.as_str())
}

#[test]
fn an_event_noun_names_the_event_its_verb_told() {
    // "elected" ~ "the election": the week is the election's, not the document's.
    let a = run(
        "Marta Velde was elected mayor of Lenby on 4 May 2025. In the same week as the \
         election, the town council froze the harbour budget.",
        Some("2025-09-01"),
    );
    assert_eq!(value_of(&a, "the same week"), "2025-W18", "{:?}", a.timex);
    let (elected, froze) = (event(&a, "Velde"), event(&a, "budget"));
    assert_eq!(froze.date, "2025-W18", "{:?}", a.events);
    assert!(froze
        .relations
        .iter()
        .any(|r| r.relation == "SIMULTANEOUS" && r.event == elected.id));
    // The other way round: the noun told first, the verb in X.
    let a = run(
        "The Lenby council election was held on 4 May 2025. Two days after it was elected, \
         the new council froze the harbour budget.",
        Some("2025-09-01"),
    );
    assert_eq!(event(&a, "budget").date, "2025-05-06", "{:?}", a.events);
    // A noun the list does not link to the verb stays unknown, never the document's week.
    let a = run(
        "Marta Velde was elected mayor of Lenby on 4 May 2025. In the same week as the \
         flood, the town council froze the harbour budget.",
        Some("2025-09-01"),
    );
    assert_eq!(value_of(&a, "the same week"), "XXXX-WXX", "{:?}", a.timex);
}

#[test]
fn a_part_of_the_day_without_its_own_day_takes_the_storys_day() {
    // News written a week later: the parts of the day are on the day the story is on.
    let a = run(
        "Fire crews were called to the Harwick grain depot on 3 March 2026. Shortly after \
         midnight, the roof fell in. At dawn the fire was out, and that night rain fell.",
        Some("2026-03-10"),
    );
    assert_eq!(
        value_of(&a, "midnight"),
        "2026-03-03T00:00",
        "{:?}",
        a.timex
    );
    assert_eq!(value_of(&a, "dawn"), "2026-03-03TMO", "{:?}", a.timex);
    assert_eq!(value_of(&a, "that night"), "2026-03-03TNI", "{:?}", a.timex);
    // "The next morning" moves the story a day on; a bare clock time follows it.
    let a = run(
        "Fire crews were called to the Harwick grain depot on 3 March 2026. The next morning \
         the depot stayed shut. At 3 p.m., county inspectors arrived at the depot.",
        Some("2026-03-10"),
    );
    assert_eq!(
        value_of(&a, "The next morning"),
        "2026-03-04TMO",
        "{:?}",
        a.timex
    );
    assert_eq!(value_of(&a, "3 p.m."), "2026-03-04T15:00", "{:?}", a.timex);
    assert_eq!(
        event(&a, "inspectors").date,
        "2026-03-04T15:00",
        "{:?}",
        a.events
    );
    // A weekday's part of the day puts the story on that day.
    let a = run(
        "The Lenby river burst its banks late on Sunday night. Shortly after midnight the \
         bridge closed.",
        Some("2026-03-10"),
    );
    assert_eq!(
        value_of(&a, "late on Sunday night"),
        "2026-03-08TNI",
        "{:?}",
        a.timex
    );
    assert_eq!(
        value_of(&a, "midnight"),
        "2026-03-08T00:00",
        "{:?}",
        a.timex
    );
}

#[test]
fn a_part_of_the_day_with_no_day_in_focus_is_not_the_publication_day() {
    // The story has moved off the document date to a month: a day of it, which one unknown.
    let a = run(
        "The Harwick grain depot burned down in November 2025. Shortly after midnight, \
         officers found the depot gates open. At dawn the fire was out. That night the guards \
         were questioned.",
        Some("2026-03-10"),
    );
    assert_eq!(
        value_of(&a, "midnight"),
        "2025-11-XXT00:00",
        "{:?}",
        a.timex
    );
    assert_eq!(value_of(&a, "dawn"), "2025-11-XXTMO", "{:?}", a.timex);
    assert_eq!(value_of(&a, "That night"), "2025-11-XXTNI", "{:?}", a.timex);
    // A story with no date of its own.
    let a = run(
        "Shortly after midnight, officers found the depot gates open. At dawn the fire was out.",
        None,
    );
    assert_eq!(
        value_of(&a, "midnight"),
        "XXXX-XX-XXT00:00",
        "{:?}",
        a.timex
    );
    assert_eq!(value_of(&a, "dawn"), "XXXX-XX-XXTMO", "{:?}", a.timex);
    // News that has stated no date yet: the reference time is the document date.
    let a = run(
        "Shortly after midnight, officers found the depot gates open.",
        Some("2026-03-10"),
    );
    assert_eq!(
        value_of(&a, "midnight"),
        "2026-03-10T00:00",
        "{:?}",
        a.timex
    );
    // Not a part of the day: an era's dawn, a person's name.
    let a = run(
        "Analysts hailed the dawn of a new era for Harwick. Dawn Pelley runs the depot.",
        Some("2026-03-10"),
    );
    assert!(a.timex.is_empty(), "{:?}", a.timex);
}
