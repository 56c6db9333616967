use crate::engine::analyze;
use crate::engine::model::DocumentInput;

#[test]
fn a_window_label_may_open_with_a_digit_or_a_quote() {
    use super::label::opens_subject;
    for label in [
        "The mill closes",
        "3M ships filters",
        "“Blue Fjord” opens",
        "Émile runs",
    ] {
        assert!(opens_subject(label), "{label}");
    }
    for label in [
        "to the port",
        "4 is too long",
        "' s election",
        "\"the deal",
        "(and",
    ] {
        assert!(!opens_subject(label), "{label}");
    }
}

#[test]
fn a_duration_after_an_undated_clause_orders_both_ends_without_a_date() {
    // Neither the fine nor the walk-out is dated in the text: the document date is not
    // when either happened, so both stay undated, ordered against each other.
    let a = analyze(&DocumentInput {
        id: "d".into(),
        text: "The regulator fined the airline three days after the pilots walked out.".into(),
        date: Some("2024-04-16".into()),
    });
    let dates: Vec<_> = a.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, [super::UNDATED, super::UNDATED], "{:?}", a.events);
    let (main, x) = (&a.events[0], &a.events[1]);
    assert!(main
        .relations
        .iter()
        .any(|r| r.relation == "AFTER" && r.event == x.id));
    assert!(x
        .relations
        .iter()
        .any(|r| r.relation == "BEFORE" && r.event == main.id));
}

fn events(text: &str) -> Vec<(String, String)> {
    analyze(&DocumentInput {
        id: "d".into(),
        text: text.into(),
        date: Some("2025-06-10".into()),
    })
    .events
    .into_iter()
    .map(|e| (e.date, e.label))
    .collect()
}

#[test]
fn a_duration_after_an_event_the_story_dated_counts_from_that_date() {
    let ev = events(
        "The embargo on Kestrel Minerals took effect on 3 March 2025. Two weeks after the \
             embargo took effect, the first ore carrier left Varnholm.",
    );
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert_eq!(ev[0].0, "2025-03-03", "{ev:?}");
    assert_eq!(ev[1].0, "2025-03-17", "{ev:?}");
    assert!(ev[1].1.contains("carrier"), "{ev:?}");
    let ev = events(
        "Lawmakers in Pellaro vote on the budget on 12 May 2025. Three days before the vote, \
             the finance minister resigned.",
    );
    assert_eq!(
        ev.last().map(|e| e.0.as_str()),
        Some("2025-05-09"),
        "{ev:?}"
    );
    let ev = events(
        "Orvik Shipping signed the charter deal on 2 February 2025. A month after the deal \
             was signed, the first tanker sailed.",
    );
    assert_eq!(
        ev.last().map(|e| e.0.as_str()),
        Some("2025-03-02"),
        "{ev:?}"
    );
}

#[test]
fn a_duration_after_a_pronoun_makes_no_event_of_the_pronoun() {
    for text in [
        "Two weeks after that, the tanker Sea Falcon left port.",
        "The tanker Sea Falcon left port two weeks after that.",
        "Kestrel Mills sold the plant. Two days after this, the ship left.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter()
                .all(|(_, l)| !l.trim().is_empty() && l != "this" && l != "that"),
            "{text}: {ev:?}"
        );
    }
    // The main event stays, undated and ordered against nothing.
    let a = analyze(&DocumentInput {
        id: "d".into(),
        text: "Two weeks after that, the tanker Sea Falcon left port.".into(),
        date: Some("2025-06-10".into()),
    });
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    assert!(a.events[0].label.contains("Sea Falcon"), "{:?}", a.events);
    assert!(a.events[0].relations.is_empty(), "{:?}", a.events);
    // A date as X is still one: counted from it.
    let ev = events("Three weeks after 2 May 2025, the tanker Sea Falcon left port.");
    assert_eq!(
        ev.first().map(|e| e.0.as_str()),
        Some("2025-05-23"),
        "{ev:?}"
    );
}

#[test]
fn a_duration_after_an_event_the_story_never_dated_stays_undated() {
    // The story dates another event (the strike), not the embargo: nothing is counted
    // from the document date, nor from the strike.
    let ev = events(
        "Dock workers struck on 3 March 2025. Two weeks after the embargo took effect, the \
             first ore carrier left Varnholm.",
    );
    assert!(
        ev.iter()
            .all(|e| e.0 != "2025-05-27" && e.0 != "2025-06-10" && e.0 != "2025-03-17"),
        "{ev:?}"
    );
    assert!(ev.iter().skip(1).all(|e| e.0 == super::UNDATED), "{ev:?}");
    // The search is dated, and only mentions the murder inside a phrase of its clause:
    // it is not the murder, so the sighting is not counted from it.
    let ev = events(
        "Police searched the Lund warehouse in the murder inquiry on 2 May 2025. A courier \
             saw the van ten days before the murder.",
    );
    assert!(ev.iter().skip(1).all(|e| e.0 == super::UNDATED), "{ev:?}");
}

#[test]
fn every_label_names_a_person_the_way_the_text_does() {
    let a = analyze(&DocumentInput {
            id: "d".into(),
            text: "Lena Berg to meet Wang Yi in Oslo next week as talks resume\n\nOSLO — Wang visited Oslo in May. The two leaders agreed to meet again later this year.".into(),
            date: Some("2025-03-03".into()),
        });
    let labels: Vec<&str> = a.events.iter().map(|e| e.label.as_str()).collect();
    // "as talks resume" is a clause of its own ("as" SCONJ); it followed the label only
    // while the tagger read "as" as a preposition.
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("Berg meets Wang in Oslo")),
        "{labels:?}"
    );
    assert!(labels.contains(&"Wang visits Oslo"), "{labels:?}");
    assert!(labels.iter().all(|l| !l.contains("Yi")), "{labels:?}");
    assert!(
        labels.iter().any(|l| l.starts_with("Two leaders agree")),
        "{labels:?}"
    );
}
