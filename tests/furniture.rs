//! Site furniture around an article (newsletter sign-ups, "Read the full
//! article here", cookie notices) is not analysed: no mention, no entity,
//! while the same names in the story are found. Our own texts.

use annalist::engine::{analyze, model::DocumentInput};

fn names(text: &str) -> Vec<String> {
    let a = analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-05-06".into()),
    });
    a.entities.iter().map(|m| m.text.clone()).collect()
}

#[test]
fn names_in_boilerplate_lines_are_not_mentions() {
    let page = "Grain exports resume\n\
                Sign up for the Baltic Freight Monitor newsletter from Lloyd Harcastle\n\
                Ukrainian grain left Odesa on Monday, the agriculture ministry said.\n\
                We use cookies: see the Maritime Ledger Group privacy notice\n\
                Read the full article here at the Tallinn Courier\n";
    let found = names(page);
    for furniture in [
        "Baltic Freight Monitor",
        "Lloyd Harcastle",
        "Maritime Ledger Group",
        "Tallinn Courier",
    ] {
        assert!(
            !found.iter().any(|n| n.contains(furniture)),
            "{furniture} found in a boilerplate line: {found:?}"
        );
    }
    assert!(found.iter().any(|n| n == "Odesa"), "{found:?}");
}

#[test]
fn the_same_names_in_the_story_are_still_found() {
    let story = "Lloyd Harcastle, who edits the Tallinn Courier, said Odesa shipped more grain \
                 in May than in any month since the war began.";
    let found = names(story);
    assert!(
        found.iter().any(|n| n.contains("Lloyd Harcastle")),
        "{found:?}"
    );
    assert!(found.iter().any(|n| n.contains("Odesa")), "{found:?}");
}

#[test]
fn a_story_sentence_holding_a_furniture_phrase_keeps_its_names() {
    // "log in" and "read more" inside a sentence, not leading a line.
    let story = "Ferry log\n\
                 Peter Hansen closed the log in Flensburg on Friday.\n\
                 Inspectors in Kiel had to read more reports from Baltrum Shipping.\n";
    let found = names(story);
    for name in ["Peter Hansen", "Flensburg", "Baltrum Shipping"] {
        assert!(
            found.iter().any(|n| n.contains(name)),
            "{name} lost: {found:?}"
        );
    }
    // The same phrases leading a short line are still furniture.
    let page = "Ferry log\nLog in to read Mirela Vasquez on ferries\n\
                Peter Hansen closed the office in Flensburg.\n";
    let found = names(page);
    assert!(
        !found.iter().any(|n| n.contains("Mirela Vasquez")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|n| n.contains("Peter Hansen")),
        "{found:?}"
    );
}
