//! Native tests of the UI state model: the reducer (stale analyses, names,
//! selection), dates and their source, the example article, closing and
//! reopening, corrections and the workspace file.

use std::rc::Rc;

use super::*;
use crate::engine::model::{Analysis, DocumentInput, Label};

/// The document at `i` (tab order) of `s`.
fn nth(s: &State, i: usize) -> Doc<'_> {
    s.documents().nth(i).expect("document")
}

fn seed(text: &str, date: Option<&str>) -> Seed {
    Seed {
        name: String::new(),
        text: text.into(),
        date: date.map(Into::into),
    }
}

fn analyse(text: &str, date: &str) -> Rc<Analysis> {
    Rc::new(crate::engine::analyze(&DocumentInput {
        id: "x".into(),
        text: text.into(),
        date: Some(date.into()),
    }))
}

// ---- reducer ----

#[test]
fn a_failed_analysis_is_kept_for_its_text_and_not_retried_until_an_edit() {
    let s = Rc::new(State::new(vec![seed("Olaf Scholz flew home.", None)], None));
    let doc = nth(&s, 0).id.clone();
    let generation = nth(&s, 0).generation();
    // A failure for an older text is dropped.
    let same = s.clone().reduce(Action::AnalysisFailed {
        doc: doc.clone(),
        generation: generation + 100,
        reason: "out of memory".into(),
    });
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::AnalysisFailed {
        doc: doc.clone(),
        generation,
        reason: "out of memory".into(),
    });
    assert_eq!(nth(&s, 0).failure(), Some("out of memory"));
    assert!(
        s.pending().is_empty(),
        "a failed analysis is scheduled again"
    );
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Xi Jinping stayed.".into(),
    });
    assert_eq!(nth(&s, 0).failure(), None);
    assert_eq!(s.pending().len(), 1);
}

#[test]
fn a_stale_analysis_is_never_shown_over_newer_text() {
    let s = Rc::new(State::new(vec![seed("Olaf Scholz flew home.", None)], None));
    let doc = nth(&s, 0).id.clone();
    let old_gen = nth(&s, 0).generation();
    assert_eq!(s.pending(), vec![(doc.clone(), old_gen)]);

    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Xi Jinping stayed.".into(),
    });
    let new_gen = nth(&s, 0).generation();
    assert_ne!(old_gen, new_gen);

    // The analysis of the old text arrives late: dropped.
    let s = s.reduce(Action::Analysed {
        doc: doc.clone(),
        generation: old_gen,
        analysis: analyse("Olaf Scholz flew home.", "2024-01-01"),
    });
    assert!(nth(&s, 0).analysed().is_none());
    assert!(nth(&s, 0).is_stale());

    let s = s.reduce(Action::Analysed {
        doc: doc.clone(),
        generation: new_gen,
        analysis: analyse("Xi Jinping stayed.", "2024-01-01"),
    });
    let a = nth(&s, 0).analysed().expect("current analysis kept");
    assert_eq!(&*a.text, "Xi Jinping stayed.");
    assert!(s.pending().is_empty());
}

#[test]
fn a_batch_of_analyses_applies_the_current_ones_and_drops_the_stale_one() {
    let texts = [
        "Antony Blinken met Olaf Scholz in Berlin.",
        "Hikvision shipped cameras to Wuhan.",
        "Xi Jinping spoke on Monday.",
    ];
    let s = Rc::new(State::new(
        texts.iter().map(|t| seed(t, Some("2024-03-01"))).collect(),
        None,
    ));
    let ids: Vec<String> = s.documents().map(|d| d.id.clone()).collect();
    let gens: Vec<u64> = s.documents().map(|d| d.generation()).collect();
    // The third text changes while its old version is being analysed.
    let s = s.reduce(Action::EditText {
        doc: ids[2].clone(),
        text: "Joe Biden spoke on Tuesday.".into(),
    });
    let batch = (0..3)
        .map(|i| AnalysedDoc {
            doc: ids[i].clone(),
            generation: gens[i],
            analysis: analyse(texts[i], "2024-03-01"),
        })
        .collect();
    let s = s.reduce(Action::AnalysedBatch(batch));
    assert!(nth(&s, 0).analysed().is_some());
    assert!(nth(&s, 1).analysed().is_some());
    assert!(nth(&s, 2).analysed().is_none(), "stale analysis shown");
    assert_eq!(s.pending(), vec![(ids[2].clone(), nth(&s, 2).generation())]);
    // A batch holding only stale results changes nothing (no re-render).
    let before = s.clone();
    let s = s.reduce(Action::AnalysedBatch(vec![AnalysedDoc {
        doc: ids[2].clone(),
        generation: gens[2],
        analysis: analyse(texts[2], "2024-03-01"),
    }]));
    assert!(Rc::ptr_eq(&before, &s));
}

#[test]
fn editing_the_same_text_or_date_changes_nothing() {
    let s = Rc::new(State::new(vec![seed("Same.", Some("2024-04-16"))], None));
    let doc = nth(&s, 0).id.clone();
    let g = nth(&s, 0).generation();
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Same.".into(),
    });
    let s = s.reduce(Action::EditDate {
        doc: doc.clone(),
        date: "2024-04-16".into(),
    });
    assert_eq!(nth(&s, 0).generation(), g);
    let s = s.reduce(Action::EditDate {
        doc,
        date: "2024-04-17".into(),
    });
    assert_ne!(nth(&s, 0).generation(), g);
    assert_eq!(nth(&s, 0).input().date.as_deref(), Some("2024-04-17"));
}

#[test]
fn a_document_nobody_named_takes_its_new_texts_headline() {
    // Named like the example (with another text, so it is not the untouched
    // example that a first own article replaces).
    let example = Seed {
        name: crate::web::example::NAME.into(),
        text: "An example\nWith a body.".into(),
        date: None,
    };
    let file = Seed {
        name: "notes.txt".into(),
        text: "Some notes.".into(),
        date: None,
    };
    let s = Rc::new(State::new(vec![example, file, seed("", None)], None));
    let ids: Vec<String> = s.documents().map(|d| d.id.clone()).collect();
    assert_eq!(nth(&s, 2).name, "Document 3");
    let text = "\n  Scholz visits Hangzhou  \nOlaf Scholz met executives of Hikvision.";
    let mut s = s;
    for id in &ids {
        s = s.reduce(Action::EditText {
            doc: id.clone(),
            text: text.into(),
        });
    }
    let names: Vec<&str> = s.documents().map(|d| d.saved.name.as_str()).collect();
    // The example and the placeholder are renamed; a file keeps its name.
    assert_eq!(
        names,
        [
            "Scholz visits Hangzhou",
            "notes.txt",
            "Scholz visits Hangzhou"
        ]
    );
    // Still named by the text: a new headline renames it again.
    let s = s.reduce(Action::EditText {
        doc: ids[0].clone(),
        text: "Blinken in Vienna\nAntony Blinken met Wang Yi.".into(),
    });
    assert_eq!(nth(&s, 0).name, "Blinken in Vienna");
}

#[test]
fn headlines_are_cut_at_a_word_and_blank_texts_have_none() {
    use crate::web::state::{auto_named, headline};
    assert_eq!(headline("   \n\t\n"), None);
    let long = "word ".repeat(40);
    let h = headline(&long).unwrap_or_default();
    assert!(h.ends_with('…') && h.chars().count() <= 61, "{h}");
    assert!(!h.contains("wor…"), "cut inside a word: {h}");
    // A megabyte without spaces or newlines: cut at the limit, no panic.
    let run = "é".repeat(1 << 20);
    assert_eq!(headline(&run).map(|h| h.chars().count()), Some(61));
    assert!(auto_named("Document 12", "x"));
    assert!(!auto_named("Document twelve", "x"));
    assert!(auto_named("Short title", "Short title\nbody"));
    assert!(!auto_named("report.html", "Short title\nbody"));
}

#[test]
fn site_boilerplate_lines_are_not_the_title() {
    use crate::web::state::{auto_named, headline};
    let text = "Sign up to the morning briefing and get it every weekday\n\
                We use cookies to improve your visit.\n\
                Harbour authority orders twelve new pilot boats\n\
                The order was placed on Monday.";
    assert_eq!(
        headline(text).as_deref(),
        Some("Harbour authority orders twelve new pilot boats")
    );
    assert!(auto_named(
        "Harbour authority orders twelve new pilot boats",
        text
    ));
    assert_eq!(
        headline("Stay informed with our alerts\n\nRead the full article here\nFerry fares rise")
            .as_deref(),
        Some("Ferry fares rise")
    );
    // A text of nothing but furniture still gets a name: its first line.
    assert_eq!(
        headline("Read more\nFollow us").as_deref(),
        Some("Read more")
    );
    // An ordinary first line stays the title.
    assert_eq!(
        headline("Council votes on bridge\nSign up here").as_deref(),
        Some("Council votes on bridge")
    );
}

#[test]
fn documents_selection_and_focus() {
    let s = Rc::new(State::new(
        vec![seed("One.", None), seed("Two.", None)],
        None,
    ));
    let (a, b) = (nth(&s, 0).id.clone(), nth(&s, 1).id.clone());
    assert_eq!(s.selected_doc.as_deref(), Some(a.as_str()));
    assert_eq!(nth(&s, 1).name, "Document 2");

    let s = s.reduce(Action::SelectEntity(Some("E1".into())));
    // A timeline click in another document selects that document and clears the entity.
    let s = s.reduce(Action::FocusSentence {
        doc: b.clone(),
        sentence: [0, 4],
    });
    assert_eq!(s.selected_doc.as_deref(), Some(b.as_str()));
    assert_eq!(s.selected_entity, None);
    let first = s.focus.clone().expect("focus set");
    let s = s.reduce(Action::FocusSentence {
        doc: b.clone(),
        sentence: [0, 4],
    });
    assert_ne!(
        s.focus.as_ref().map(|f| f.nonce),
        Some(first.nonce),
        "same event again re-flashes"
    );

    let s = s.reduce(Action::Remove(b));
    assert_eq!(s.workspace.documents.len(), 1);
    assert_eq!(s.selected_doc.as_deref(), Some(a.as_str()));
    assert_eq!(s.focus, None);

    let s = s.reduce(Action::ToggleType(Label::Person));
    assert!(s.hidden.contains(&Label::Person));
    let s = s.reduce(Action::ToggleType(Label::Person));
    assert!(s.hidden.is_empty());
}

#[test]
fn visible_types_hide_the_others() {
    let s = State::new(vec![], Some(&[Label::Person, Label::Org]));
    assert!(!s.hidden.contains(&Label::Person));
    assert!(s.hidden.contains(&Label::Gpe));
    assert_eq!(s.hidden.len(), Label::ALL.len() - 2);
}

// ---- dates and their source (issues 12.1 and 14.1) ----

/// Analyse the document `i` of `s` at its current generation.
fn analysed(s: Rc<State>, i: usize) -> Rc<State> {
    let d = &nth(&s, i);
    let a = Rc::new(crate::engine::analyze(&d.input()));
    let (doc, generation) = (d.id.clone(), d.generation());
    s.reduce(Action::Analysed {
        doc,
        generation,
        analysis: a,
    })
}

#[test]
fn a_pasted_article_never_keeps_the_previous_articles_date() {
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).shown_date(), crate::web::example::DATE);
    assert_eq!(nth(&s, 0).date_source(), DateSource::Given);
    let doc = nth(&s, 0).id.clone();
    // An undated article pasted over the example.
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Talks resume\nNegotiators met in Geneva last Tuesday.".into(),
    });
    assert_eq!(nth(&s, 0).shown_date(), "", "the example's date stayed");
    assert_eq!(nth(&s, 0).input().date, None);
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).date_source(), DateSource::None);
    assert!(DateSource::None.describe().contains("relative"));

    // A dated one: the date found in its dateline, said to come from there.
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Port reopens\nROTTERDAM, March 3, 2021 — The port reopened on Monday.".into(),
    });
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).shown_date(), "2021-03-03");
    assert_eq!(nth(&s, 0).date_source(), DateSource::Text);
    // A year-less dateline: its year inferred, and the field says it is a guess.
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Port reopens\nROTTERDAM, March 3 (Wire) — The port reopened on Wednesday, \
               a year after the 2020 strike."
            .into(),
    });
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).shown_date(), "2021-03-03");
    assert_eq!(nth(&s, 0).date_source(), DateSource::Dateline);
    assert!(DateSource::Dateline.describe().contains("guess"));
    // ... and not shown any more once the text changes to an undated one,
    // even before the new analysis arrives.
    let s = s.reduce(Action::EditText {
        doc: doc.clone(),
        text: "Another story\nNothing dated here.".into(),
    });
    assert_eq!(nth(&s, 0).shown_date(), "");
}

#[test]
fn a_date_the_dateline_contradicts_is_said_and_the_texts_date_offered() {
    let s = Rc::new(State::new(
        vec![seed(
            "Dam opens\nASWAN, May 12 (Wire) - The new turbines started on Tuesday.",
            Some("2026-05-19"),
        )],
        None,
    ));
    assert!(
        nth(&s, 0).warnings().is_empty(),
        "nothing said before the analysis"
    );
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).text_date(), Some("2026-05-12"));
    assert!(
        nth(&s, 0)
            .warnings()
            .iter()
            .any(|w| w.contains("2026-05-12")),
        "{:?}",
        nth(&s, 0).warnings()
    );
    // Under the date field each warning reads as a sentence (trial: "the text is dated").
    let shown = nth(&s, 0).shown_warnings();
    assert!(!shown.is_empty());
    for w in &shown {
        assert!(w.starts_with(char::is_uppercase), "{w}");
    }
    assert!(
        shown[0].starts_with("The text is dated 2026-05-12"),
        "{shown:?}"
    );
    assert_eq!(words::sentence("été"), "Été");
    assert_eq!(words::sentence(""), "");
    // Taking the text's date (what the button does) ends the disagreement.
    let doc = nth(&s, 0).id.clone();
    let s = s.reduce(Action::EditDate {
        doc,
        date: "2026-05-12".into(),
    });
    let s = analysed(s, 0);
    assert_eq!(nth(&s, 0).text_date(), None);
    assert!(
        nth(&s, 0).warnings().is_empty(),
        "{:?}",
        nth(&s, 0).warnings()
    );
}

#[test]
fn a_date_the_user_set_is_still_theirs_after_a_reload() {
    use crate::workspace::persist::{from_json, to_json};
    let s = Rc::new(State::new(
        vec![
            seed("Talks\nThey met on Friday.", Some("2021-01-04")),
            seed("Visit\nShe arrived on Monday.", None),
        ],
        None,
    ));
    let (given, typed) = (nth(&s, 0).id.clone(), nth(&s, 1).id.clone());
    let s = s.reduce(Action::EditDate {
        doc: typed.clone(),
        date: "2022-05-02".into(),
    });
    let json = to_json(&s.saved(&Default::default())).expect("writes");
    assert_eq!(json.matches("\"date_by_user\":true").count(), 1, "{json}");
    let back = Rc::new(State::default()).reduce(Action::Workspace(WorkspaceAction::Restore(
        from_json(&json).expect("reads"),
    )));
    let doc = |id: &str| back.documents().find(|d| d.id == id).expect("restored");
    assert_eq!(doc(&typed).date_source(), DateSource::User);
    assert_eq!(doc(&given).date_source(), DateSource::Given);
    // Still the user's: another article pasted over it keeps the date, while
    // the date that came with a document goes with its text.
    let back = back
        .reduce(Action::EditText {
            doc: typed.clone(),
            text: "Other talks\nThey met again on Friday.".into(),
        })
        .reduce(Action::EditText {
            doc: given.clone(),
            text: "Port closes\nThe port closed on Friday.".into(),
        });
    assert_eq!(
        back.documents()
            .find(|d| d.id == typed)
            .unwrap()
            .shown_date(),
        "2022-05-02"
    );
    assert_eq!(
        back.documents()
            .find(|d| d.id == given)
            .unwrap()
            .input()
            .date,
        None
    );
}

#[test]
fn a_date_the_user_set_is_kept_through_edits_and_redates_at_once() {
    let s = Rc::new(State::new(
        vec![seed("Talks\nThey met on Friday.", None)],
        None,
    ));
    let doc = nth(&s, 0).id.clone();
    let g = nth(&s, 0).generation();
    let s = s.reduce(Action::EditDate {
        doc: doc.clone(),
        date: "2022-05-02".into(),
    });
    assert_ne!(nth(&s, 0).generation(), g, "a new date re-analyses");
    assert_eq!(nth(&s, 0).date_source(), DateSource::User);
    let s = s.reduce(Action::EditText {
        doc,
        text: "Other talks\nThey met again on Friday.".into(),
    });
    assert_eq!(nth(&s, 0).shown_date(), "2022-05-02");
    let s = analysed(s, 0);
    let a = &nth(&s, 0).analysed().unwrap().analysis;
    assert_eq!(a.date.as_deref(), Some("2022-05-02"));
    assert!(
        a.timex.iter().any(|t| t.value == "2022-04-29"),
        "Friday before Monday 2 May 2022: {:?}",
        a.timex
    );
}

// ---- the example article (issue 14.6) ----

#[test]
fn text_typed_in_a_new_tab_keeps_the_example_and_text_pasted_over_it_replaces_it() {
    // Pasted into a new document ("+ New"): the user chose a tab beside the
    // example, which stays, untouched and unsaved (trial 43: it closed).
    let s = Rc::new(State::new(vec![Seed::example()], None));
    assert!(nth(&s, 0).example());
    let s = s.reduce(Action::Add(seed("", None)));
    let new = nth(&s, 1).id.clone();
    let s = s.reduce(Action::EditText {
        doc: new.clone(),
        text: "Mine\nMy own article.".into(),
    });
    let names: Vec<&str> = s.documents().map(|d| d.saved.name.as_str()).collect();
    assert_eq!(names, [crate::web::example::NAME, "Mine"]);
    assert!(nth(&s, 0).example());
    assert!(s.closed.is_empty(), "a tab was closed");
    let saved = s.saved(&Default::default());
    assert_eq!(saved.documents.len(), 1, "the example is never saved");
    assert_eq!(saved.documents[0].id, new);

    // Pasted over the example: the same tab, the user's now (saved), nothing closed.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let ex = nth(&s, 0).id.clone();
    let s = s.reduce(Action::EditText {
        doc: ex.clone(),
        text: "Mine\nMy own article.".into(),
    });
    let names: Vec<&str> = s.documents().map(|d| d.saved.name.as_str()).collect();
    assert_eq!(names, ["Mine"]);
    assert!(!nth(&s, 0).example() && s.closed.is_empty());
    assert_eq!(s.saved(&Default::default()).documents.len(), 1);
}

#[test]
fn a_saved_view_with_only_the_example_open_reloads_with_the_example() {
    // Cold trial: only the example open, "dates in words" switched on: the file saved has
    // no documents (the example is never saved), and the reload showed an empty page.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let s = s.reduce(Action::DatesInWords(true));
    let saved = s.saved(&Default::default());
    assert!(saved.documents.is_empty(), "the example is never saved");
    let mut back = State::new(vec![Seed::example()], None);
    workspace::restore(&mut back, saved);
    assert_eq!(back.documents().count(), 1);
    let d = nth(&back, 0);
    assert!(
        d.example(),
        "still the untouched example, so still never saved"
    );
    assert_eq!(d.saved.name, crate::web::example::NAME);
    assert_eq!(back.selected().map(|d| d.id.clone()), Some(d.id.clone()));
    assert!(back.dates_in_words, "the view setting came back too");
    assert!(back.saved(&Default::default()).documents.is_empty());
    // A saved workspace with documents replaces the example, as before.
    let mut mine = State::new(vec![Seed::example()], None);
    let with_docs = {
        let s = Rc::new(State::new(vec![seed("Mine\nMy own article.", None)], None));
        s.saved(&Default::default())
    };
    workspace::restore(&mut mine, with_docs);
    let texts: Vec<&str> = mine.documents().map(|d| &*d.saved.text).collect();
    assert_eq!(texts, ["Mine\nMy own article."]);
    assert!(!nth(&mine, 0).example());
}

#[test]
fn the_first_own_article_opened_replaces_the_untouched_example() {
    // Opened from a file: the example gives way, closed, not gone (trial 21):
    // "Undo close" brings it back, still the untouched example (never saved).
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let s = s.reduce(Action::Add(seed("Mine\nMy own article.", None)));
    assert_eq!(s.workspace.documents.len(), 1);
    let new = nth(&s, 0).id.clone();
    assert_eq!(s.selected_doc.as_deref(), Some(new.as_str()));
    assert_eq!(
        s.closed.last().map(|c| c.document.name.as_str()),
        Some(crate::web::example::NAME)
    );
    // Not by Undo (Ctrl+Z, the bar's button): the user did not close it.
    assert!(!s.undo_reopens());
    let back = s.clone().reduce(Action::Reopen);
    assert_eq!(back.workspace.documents.len(), 2);
    assert!(nth(&back, 0).example());
    assert_eq!(back.saved(&Default::default()).documents.len(), 1);

    // Kept once corrected: a correction of it is work on it.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let ex = nth(&s, 0).id.clone();
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        crate::workspace::Correction::in_doc(
            ex.clone(),
            crate::workspace::Edit::Rename {
                entity: crate::workspace::EntityKey::new("Antony Blinken", Label::Person),
                name: "Secretary Blinken".into(),
            },
        ),
    )));
    let s = s.reduce(Action::Add(seed("Another.", None)));
    assert_eq!(
        s.workspace.documents.len(),
        2,
        "the corrected example stays"
    );
    assert_eq!(s.saved(&Default::default()).documents.len(), 2);

    // Opened from a file.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let s = s.reduce(Action::Add(Seed {
        name: "report.txt".into(),
        text: "A report.".into(),
        date: None,
    }));
    let names: Vec<&str> = s.documents().map(|d| d.saved.name.as_str()).collect();
    assert_eq!(names, ["report.txt"]);

    // Kept once the user worked on it (a date set), and then saved.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let ex = nth(&s, 0).id.clone();
    assert!(s.saved(&Default::default()).documents.is_empty());
    let s = s.reduce(Action::EditDate {
        doc: ex,
        date: "2024-04-17".into(),
    });
    let s = s.reduce(Action::Add(seed("Another.", None)));
    assert_eq!(s.workspace.documents.len(), 2);
    assert_eq!(s.saved(&Default::default()).documents.len(), 2);
}

#[test]
fn files_opened_into_an_empty_new_tab_fill_it_and_keep_the_example() {
    // New-user trial: "+ New", then a file opened, left the empty tab and closed the
    // example. The file fills the empty tab, in its place; the example stays beside it.
    let named = |name: &str, text: &str| Seed {
        name: name.into(),
        text: text.into(),
        date: None,
    };
    let report = || named("report.txt", "Report\nA report on the port.");
    let second = || named("second.txt", "Second\nMore.");
    let names =
        |s: &State| -> Vec<String> { s.documents().map(|d| d.saved.name.clone()).collect() };
    for import in [false, true] {
        let s = Rc::new(State::new(vec![Seed::example()], None));
        let s = s.reduce(Action::Add(seed("", None)));
        assert_eq!(names(&s), [crate::web::example::NAME, "Document 2"]);
        let s = if import {
            let file = files::articles(vec![report(), second()], "2026-01-01");
            s.reduce(Action::Workspace(WorkspaceAction::Import(file)))
        } else {
            s.reduce(Action::AddAll(vec![report(), second()]))
        };
        assert_eq!(
            names(&s),
            [crate::web::example::NAME, "report.txt", "second.txt"],
            "import: {import}"
        );
        assert!(nth(&s, 0).example(), "the example was replaced");
        assert!(s.closed.is_empty(), "a tab was closed (import: {import})");
        assert_eq!(
            s.selected().map(|d| d.saved.name.clone()).as_deref(),
            Some("report.txt")
        );
    }

    // An empty tab between others is filled in its place; one the user named, or that is
    // not the tab shown, is kept.
    let s = Rc::new(State::new(vec![named("one.txt", "One\nFirst text.")], None));
    let one = nth(&s, 0).id.clone();
    let s = s.reduce(Action::Add(seed("", None)));
    let blank = nth(&s, 1).id.clone();
    // Not shown, the empty tab is not filled.
    let s = s.reduce(Action::SelectDoc(one));
    let s = s.reduce(Action::Add(named("three.txt", "Three\nThird text.")));
    assert_eq!(s.workspace.documents.len(), 3);
    let s = s.reduce(Action::SelectDoc(blank.clone()));
    let s = s.reduce(Action::Add(report()));
    assert_eq!(names(&s), ["one.txt", "report.txt", "three.txt"]);
    let s = s.reduce(Action::Add(seed("", None)));
    let blank = s.selected_doc.clone().expect("the new tab");
    let s = s.reduce(Action::Rename {
        doc: blank,
        name: "Notes".into(),
    });
    let s = s.reduce(Action::Add(named("five.txt", "Five\nFifth text.")));
    assert_eq!(
        names(&s),
        ["one.txt", "report.txt", "three.txt", "Notes", "five.txt"]
    );
    // With no empty tab, the first own article still replaces the untouched example.
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let s = s.reduce(Action::Add(report()));
    assert_eq!(names(&s), ["report.txt"]);
}

#[test]
fn another_document_shown_drops_the_last_ones_entity_and_relation() {
    // The relation id "R1" exists in every document with a relation: kept across a switch
    // of tab (or a new tab, a timeline click), it narrowed the new document's timeline.
    let text = "Gazprom supplied gas to Serbia in March 2024. Putin met Vucic in Belgrade.";
    let s = Rc::new(State::new(vec![seed(text, None), seed(text, None)], None));
    let (a, b) = (nth(&s, 0).id.clone(), nth(&s, 1).id.clone());
    let mut s = s;
    for d in [&a, &b] {
        let generation = s.document(d).expect("doc").generation();
        s = s.reduce(Action::Analysed {
            doc: d.clone(),
            generation,
            analysis: analyse(text, "2024-04-01"),
        });
    }
    let relation = nth(&s, 0)
        .analysed()
        .and_then(|x| x.analysis.relations.first().map(|r| r.id.clone()));
    let relation = relation.expect("a relation in the test text");
    let select = |s: Rc<State>| {
        s.reduce(Action::SelectEntity(Some("E1".into())))
            .reduce(Action::SelectRelation(Some(relation.clone())))
    };
    let s = select(s);
    assert_eq!(s.selected_relation.as_deref(), Some(relation.as_str()));
    let moved = [
        s.clone().reduce(Action::SelectDoc(b.clone())),
        s.clone().reduce(Action::Add(seed("", None))),
        s.clone().reduce(Action::FocusSentence {
            doc: b.clone(),
            sentence: [0, 10],
        }),
        s.clone().reduce(Action::Remove(a.clone())),
    ];
    for m in moved {
        assert_ne!(m.selected_doc.as_deref(), Some(a.as_str()));
        assert_eq!(
            (m.selected_entity.clone(), m.selected_relation.clone()),
            (None, None)
        );
    }
    // The same document shown: kept.
    let same = s.clone().reduce(Action::FocusSentence {
        doc: a.clone(),
        sentence: [0, 10],
    });
    assert_eq!(same.selected_relation.as_deref(), Some(relation.as_str()));
    // Its text edited: the relation's id may name another relation now, so none is selected.
    let edited = s.clone().reduce(Action::EditText {
        doc: a.clone(),
        text: format!("Added first. {text}"),
    });
    assert_eq!(edited.selected_relation, None);
}

// ---- closing can be undone (issue 14.2) ----

#[test]
fn a_closed_document_can_be_reopened_where_it_was() {
    let s = Rc::new(State::new(
        vec![seed("One.", None), seed("Two.", None), seed("Three.", None)],
        None,
    ));
    let b = nth(&s, 1).id.clone();
    let s = s.reduce(Action::Remove(b.clone()));
    assert_eq!(s.workspace.documents.len(), 2);
    let s = s.reduce(Action::Reopen);
    let ids: Vec<&str> = s.documents().map(|d| d.saved.id.as_str()).collect();
    assert_eq!(ids[1], b);
    assert_eq!(s.selected_doc.as_deref(), Some(b.as_str()));
    // Nothing more to reopen: the same state back.
    let again = s.clone().reduce(Action::Reopen);
    assert!(Rc::ptr_eq(&again, &s));
}

#[test]
fn undo_takes_back_closes_and_corrections_in_the_order_they_were_made() {
    use crate::workspace::{Correction, Edit, EntityKey};
    // Trial 9: "Undo correction" after closing a tab undid an older
    // correction and left the document closed; a second close forgot the first.
    let s = Rc::new(State::new(
        vec![seed("One.", None), seed("Two.", None), seed("Three.", None)],
        None,
    ));
    let ids: Vec<String> = s.documents().map(|d| d.saved.id.clone()).collect();
    let rename = Correction::everywhere(Edit::Rename {
        entity: EntityKey::new("One", Label::Org),
        name: "Uno".into(),
    });
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(rename)));
    let s = s.reduce(Action::Remove(ids[1].clone()));
    let s = s.reduce(Action::Remove(ids[2].clone()));
    assert!(s.undo_reopens());
    let open = |s: &State| -> Vec<String> { s.documents().map(|d| d.saved.id.clone()).collect() };
    let undo = |s: Rc<State>| s.reduce(Action::Workspace(WorkspaceAction::Undo));
    let s = undo(s);
    assert_eq!(open(&s), [ids[0].clone(), ids[2].clone()]);
    assert_eq!(s.workspace.history.done.len(), 1, "the correction stays");
    let s = undo(s);
    assert_eq!(open(&s), ids, "both closed documents back, in place");
    assert!(!s.undo_reopens());
    let s = undo(s);
    assert!(s.workspace.history.done.is_empty(), "then the correction");
    assert!(!s.workspace.history.can_undo() && !s.undo_reopens());
}

#[test]
fn a_reopened_document_shows_the_corrections_made_while_it_was_closed() {
    use crate::workspace::{Correction, Edit, EntityKey};
    let texts = [
        "Lotte Brandvik opened the new bridge in Tromsø.",
        "Lotte Brandvik later toured the harbour.",
    ];
    let s = Rc::new(State::new(
        texts.iter().map(|t| seed(t, None)).collect(),
        None,
    ));
    let analysed = s
        .pending()
        .into_iter()
        .zip(texts)
        .map(|((doc, generation), t)| AnalysedDoc {
            doc,
            generation,
            analysis: analyse(t, "2024-05-06"),
        });
    let s = s.reduce(Action::AnalysedBatch(analysed.collect()));
    let b = nth(&s, 1).id.clone();
    let names = |s: &State| -> Vec<String> {
        let d = s.document(&b).expect("open");
        let a = d.analysed().expect("analysed");
        a.analysis
            .entity_list
            .iter()
            .map(|e| e.name.clone())
            .collect()
    };
    assert!(
        names(&s).contains(&"Lotte Brandvik".to_string()),
        "{:?}",
        names(&s)
    );
    let s = s.reduce(Action::Remove(b.clone()));
    // Renamed in every document while the second one is closed.
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        Correction::everywhere(Edit::Rename {
            entity: EntityKey {
                name: "Lotte Brandvik".into(),
                label: Label::Person,
            },
            name: "Lotte K. Brandvik".into(),
        }),
    )));
    let s = s.reduce(Action::Reopen);
    assert!(
        names(&s).contains(&"Lotte K. Brandvik".to_string()),
        "{:?}",
        names(&s)
    );
    // A correction made after a second close is taken back first (the
    // document stays closed), then the close, then the first correction.
    let s = s.reduce(Action::Remove(b.clone()));
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        Correction::everywhere(Edit::Rename {
            entity: EntityKey {
                name: "Lotte K. Brandvik".into(),
                label: Label::Person,
            },
            name: "L. Brandvik".into(),
        }),
    )));
    let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
    assert!(s.document(&b).is_none(), "still closed");
    let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
    assert_eq!(names(&s), ["Lotte K. Brandvik"]);
    let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
    assert_eq!(names(&s), ["Lotte Brandvik"]);
    assert!(s.pending().is_empty(), "reopening re-analyses nothing");
}

#[test]
fn a_closed_document_whose_id_was_taken_meanwhile_still_comes_back() {
    use crate::workspace::{Document, Workspace};
    let s = Rc::new(State::new(
        vec![seed("One kept.", None), seed("Two closed.", None)],
        None,
    ));
    let b = nth(&s, 1).id.clone();
    let s = s.reduce(Action::Remove(b.clone()));
    // An imported file has another document under the closed one's id.
    let file = Workspace {
        documents: vec![Document {
            id: b.clone(),
            name: "Imported".into(),
            text: "Three imported.".into(),
            date: None,
            added_at: None,
            ..Document::default()
        }],
        ..Workspace::default()
    };
    let s = s.reduce(Action::Workspace(WorkspaceAction::Import(file)));
    let s = s.reduce(Action::Reopen);
    let texts: Vec<&str> = s.documents().map(|d| &*d.saved.text).collect();
    assert_eq!(texts, ["One kept.", "Two closed.", "Three imported."]);
    let ids: std::collections::BTreeSet<&str> =
        s.documents().map(|d| d.saved.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "ids stay unique");
    assert!(s.closed.is_empty(), "nothing left to reopen");
    let back = nth(&s, 1);
    assert_eq!(s.selected_doc.as_deref(), Some(back.saved.id.as_str()));
}

#[test]
fn opening_a_file_after_closing_a_document_keeps_the_closed_ones_corrections() {
    use crate::workspace::{Correction, Edit, EntityKey};
    let s = Rc::new(State::new(
        vec![seed("One kept.", None), seed("Nadia Ferro spoke.", None)],
        None,
    ));
    let b = nth(&s, 1).id.clone();
    let rename = Edit::Rename {
        entity: EntityKey {
            name: "Nadia Ferro".into(),
            label: Label::Person,
        },
        name: "Nadia M. Ferro".into(),
    };
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        Correction::in_doc(b.clone(), rename.clone()),
    )));
    let s = s.reduce(Action::Remove(b.clone()));
    // An opened article gets the lowest free id: the closed document's.
    let file = files::articles(vec![seed("Opened later.", None)], "2024-06-01T10:00:00Z");
    let s = s.reduce(Action::Workspace(WorkspaceAction::Import(file)));
    let s = s.reduce(Action::Reopen);
    let id_of = |text: &str| {
        s.documents()
            .find(|d| &*d.saved.text == text)
            .map(|d| d.saved.id.clone())
            .expect("open")
    };
    let (closed, opened) = (id_of("Nadia Ferro spoke."), id_of("Opened later."));
    assert_ne!(closed, opened);
    let done = s.saved(&Default::default()).history.done;
    assert_eq!(
        done,
        [Correction::in_doc(closed, rename)],
        "the correction follows its document"
    );
}

// ---- two tabs, one workspace (issue 16.1) ----

fn saved(s: &State) -> crate::workspace::Workspace {
    s.saved(&Default::default())
}

#[test]
fn a_date_typed_in_one_tab_is_kept_when_the_other_tab_changes_the_text() {
    let start = Rc::new(State::new(
        vec![seed("Talks\nThey met on Friday.", Some("2021-01-04"))],
        None,
    ));
    let id = nth(&start, 0).id.clone();
    // A date typed before both tabs opened.
    let start = start.reduce(Action::EditDate {
        doc: id.clone(),
        date: "2021-02-02".into(),
    });
    let base = saved(&start);
    // Tab A types another date; tab B, at the same time, edits the text.
    let a = start.clone().reduce(Action::EditDate {
        doc: id.clone(),
        date: "2022-05-02".into(),
    });
    let b = start.reduce(Action::EditText {
        doc: id.clone(),
        text: "Talks\nThey met again on Friday.".into(),
    });
    let merged = a.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base.clone())),
        new: Box::new(saved(&b)),
    }));
    let d = nth(&merged, 0);
    assert_eq!(&*d.text, "Talks\nThey met again on Friday.", "their text");
    assert_eq!(d.date.as_deref(), Some("2022-05-02"), "our typed date");
    assert_eq!(d.date_source(), DateSource::User);
    // A tab that did not touch the date takes the other's typed date with its text.
    let c = Rc::new(State::new(
        vec![seed("Talks\nThey met on Friday.", Some("2021-01-04"))],
        None,
    ));
    let base_c = saved(&c);
    let typed = c
        .clone()
        .reduce(Action::EditDate {
            doc: nth(&c, 0).id.clone(),
            date: "2023-07-07".into(),
        })
        .reduce(Action::EditText {
            doc: nth(&c, 0).id.clone(),
            text: "Talks\nThey met a third time.".into(),
        });
    let merged = c.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base_c)),
        new: Box::new(saved(&typed)),
    }));
    assert_eq!(nth(&merged, 0).date.as_deref(), Some("2023-07-07"));
    assert_eq!(nth(&merged, 0).date_source(), DateSource::User);
}

#[test]
fn two_tabs_never_drop_each_others_documents_and_converge() {
    // Both tabs start from the same saved workspace.
    let start = Rc::new(State::new(
        vec![seed("Shared\nA text both tabs have.", None)],
        None,
    ));
    let base = saved(&start);
    let mut a = start.clone();
    let mut b = start;
    a = a.reduce(Action::Add(seed("From A\nOnly tab A wrote this.", None)));
    b = b.reduce(Action::Add(seed("From B\nOnly tab B wrote this.", None)));
    // Both new documents got the same id in their own tab.
    assert_eq!(nth(&a, 1).id, nth(&b, 1).id);

    // A saves; B hears of it.
    let a_saved = saved(&a);
    b = b.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base.clone())),
        new: Box::new(a_saved.clone()),
    }));
    let texts = |s: &State| {
        let mut v: Vec<String> = s.documents().map(|d| d.text.to_string()).collect();
        v.sort();
        v
    };
    assert_eq!(texts(&b).len(), 3, "{:?}", texts(&b));
    let note = b.external.as_ref().expect("reported").1.clone();
    assert_eq!(note.added, 1);
    assert!(note.describe().contains("1 document added"));
    // Ids stay unique.
    let mut ids: Vec<&str> = b.documents().map(|d| d.saved.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);

    // B saves; A hears of it and gets B's document; then nothing more moves.
    let b_saved = saved(&b);
    a = a.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(a_saved)),
        new: Box::new(b_saved.clone()),
    }));
    assert_eq!(texts(&a), texts(&b));
    let rev = a.revision;
    let again = a
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::External {
            old: Some(Box::new(b_saved.clone())),
            new: Box::new(saved(&b)),
        }));
    assert_eq!(
        again.revision, rev,
        "an unchanged save must not be merged again"
    );

    // A document closed in one tab is not dropped from the other.
    let id = nth(&b, 0).id.clone();
    let b2 = b.clone().reduce(Action::Remove(id));
    let a2 = a
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::External {
            old: Some(Box::new(b_saved)),
            new: Box::new(saved(&b2)),
        }));
    assert_eq!(a2.workspace.documents.len(), 3);
}

#[test]
fn another_tabs_edit_is_taken_unless_both_tabs_edited() {
    let start = Rc::new(State::new(vec![seed("Draft\nFirst version.", None)], None));
    let base = saved(&start);
    let id = nth(&start, 0).id.clone();
    let a = start.clone().reduce(Action::EditText {
        doc: id.clone(),
        text: "Draft\nSecond version.".into(),
    });
    // B did not touch it: takes A's text.
    let b = start
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::External {
            old: Some(Box::new(base.clone())),
            new: Box::new(saved(&a)),
        }));
    assert_eq!(b.workspace.documents.len(), 1);
    assert_eq!(&*nth(&b, 0).text, "Draft\nSecond version.");
    assert!(nth(&b, 0).is_stale(), "re-analysed");
    // C changed it too: both versions kept.
    let c = start.reduce(Action::EditText {
        doc: id,
        text: "Draft\nThird version.".into(),
    });
    let c = c.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base)),
        new: Box::new(saved(&a)),
    }));
    assert_eq!(c.workspace.documents.len(), 2);
    assert_eq!(c.external.as_ref().unwrap().1.copies, 1);
}

#[test]
fn another_tabs_corrections_and_watched_names_are_merged_and_reported() {
    use crate::workspace::{Correction, Edit, EntityKey, WatchEntry, Watchlist};
    let start = Rc::new(State::new(
        vec![seed("Ferry news\nTove Skarland sailed to Bodø.", None)],
        None,
    ));
    let base = saved(&start);
    let rename = Correction::everywhere(Edit::Rename {
        entity: EntityKey::new("Tove Skarland", Label::Person),
        name: "Captain Skarland".into(),
    });
    let a = start
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::Correct(rename.clone())))
        .reduce(Action::Workspace(WorkspaceAction::Watch(Watchlist {
            entries: vec![WatchEntry {
                name: "Skarland".into(),
                aliases: vec![],
                note: "skipper".into(),
            }],
        })));
    let b = start.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base)),
        new: Box::new(saved(&a)),
    }));
    assert_eq!(b.workspace.history.done, vec![rename]);
    assert_eq!(b.workspace.watchlist.entries.len(), 1);
    let note = &b.external.as_ref().expect("reported").1;
    assert_eq!((note.corrections, note.watched), (1, 1));
    assert_eq!(
        note.describe(),
        "Another tab changed this workspace: 1 correction, 1 watched name."
    );
}

#[test]
fn a_correction_undone_in_one_tab_is_not_brought_back_by_the_other() {
    use crate::workspace::{Correction, Edit, EntityKey};
    // Both tabs start with one correction in force.
    let rename = Correction::everywhere(Edit::Rename {
        entity: EntityKey::new("Tove Skarland", Label::Person),
        name: "Captain Skarland".into(),
    });
    let start = Rc::new(State::new(
        vec![seed("Ferry news\nTove Skarland sailed to Bodø.", None)],
        None,
    ))
    .reduce(Action::Workspace(WorkspaceAction::Correct(rename)));
    let base = saved(&start);
    // A undoes it and saves; B hears of it: undone there too.
    let a = start
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::Undo));
    let a_saved = saved(&a);
    let b = start.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(base)),
        new: Box::new(a_saved.clone()),
    }));
    assert!(
        b.workspace.history.done.is_empty(),
        "B kept the undone correction"
    );
    let note = &b.external.as_ref().expect("reported").1;
    assert_eq!(note.corrections, 1, "{}", note.describe());
    // B adds a document and saves: A's undo stays undone.
    let b = b.reduce(Action::Add(seed("Harbour news\nThe quay reopened.", None)));
    let a = a.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(a_saved.clone())),
        new: Box::new(saved(&b)),
    }));
    assert!(
        a.workspace.history.done.is_empty(),
        "B's save brought the correction back"
    );
    assert_eq!(a.workspace.documents.len(), 2);
    // A tab that never had the correction's base does not lose its own: a correction
    // made here after the other tab's last save is kept.
    let own = Correction::everywhere(Edit::Rename {
        entity: EntityKey::new("Bodø", Label::Gpe),
        name: "Bodø harbour".into(),
    });
    let a2 = a
        .clone()
        .reduce(Action::Workspace(WorkspaceAction::Correct(own.clone())));
    let a2 = a2.reduce(Action::Workspace(WorkspaceAction::External {
        old: Some(Box::new(a_saved)),
        new: Box::new(saved(&b)),
    }));
    assert_eq!(a2.workspace.history.done, vec![own]);
}

// ---- the state wraps the saved workspace (issue 14.11) ----

#[test]
fn a_saved_workspace_restores_and_saves_back_byte_for_byte_without_copying_texts() {
    use crate::workspace::persist::{from_json, to_json};
    use crate::workspace::{parse_csv, Correction, Edit, EntityKey, ViewSettings, Workspace};
    let doc = |id: &str, text: &str, date: Option<&str>| crate::workspace::Document {
        id: id.into(),
        name: format!("Report {id}"),
        text: text.into(),
        date: date.map(Into::into),
        added_at: Some("2024-06-01T09:00:00Z".into()),
        ..crate::workspace::Document::default()
    };
    let mut file = Workspace {
        documents: vec![
            doc(
                "d3",
                "Harbour report\nMarta Ruiz inspected the cranes.",
                Some("2024-05-30"),
            ),
            doc("mine", "Second note\nThe ferry left at noon.", None),
        ],
        watchlist: parse_csv("name,aliases,note\nMarta Ruiz,,inspector\n").watchlist,
        view: ViewSettings {
            selected_doc: Some("mine".into()),
            hidden: vec![Label::Date],
            filter: "ruiz".into(),
            ..ViewSettings::default()
        },
        ..Workspace::default()
    };
    file.correct(Correction::in_doc(
        "d3",
        Edit::Rename {
            entity: EntityKey {
                name: "Marta Ruiz".into(),
                label: Label::Person,
            },
            name: "Marta Ruiz Gómez".into(),
        },
    ));
    let json = to_json(&file).expect("serialises");
    let mut s = State::default();
    workspace::restore(&mut s, from_json(&json).expect("reads"));
    assert_eq!(s.selected_doc.as_deref(), Some("mine"));
    assert_eq!(s.filter, "ruiz");
    assert!(s.hidden.contains(&Label::Date));
    assert_eq!(s.pending().len(), 2, "restored documents are analysed");
    let back = s.saved(&Default::default());
    assert_eq!(to_json(&back).expect("serialises"), json);
    // The saved workspace shares the state's texts.
    assert!(Rc::ptr_eq(
        &back.documents[0].text,
        &s.workspace.documents[0].text
    ));
    // A new document gets an id clear of the restored "d3".
    let s = Rc::new(s).reduce(Action::Add(seed("Third\nA third text.", None)));
    let ids: Vec<&str> = s.documents().map(|d| d.saved.id.as_str()).collect();
    assert_eq!(ids, ["d3", "mine", "d4"]);
}

#[test]
fn files_opened_together_are_added_in_one_change_and_the_first_is_shown() {
    let s = Rc::new(State::new(vec![Seed::example()], None));
    let files: Vec<Seed> = (1..=3)
        .map(|i| Seed {
            name: format!("report-{i}.txt"),
            text: format!("Report {i}\nThe quay reopened."),
            date: None,
        })
        .collect();
    let s = s.reduce(Action::AddAll(files));
    let names: Vec<&str> = s.documents().map(|d| d.saved.name.as_str()).collect();
    assert_eq!(
        names,
        ["report-1.txt", "report-2.txt", "report-3.txt"],
        "the example gives way"
    );
    assert_eq!(s.selected_doc.as_deref(), Some(nth(&s, 0).id.as_str()));
    // Nothing to add: nothing changes.
    let same = s.clone().reduce(Action::AddAll(Vec::new()));
    assert!(Rc::ptr_eq(&s, &same));
}

// ---- share links reproduce what the sender sees (trial 9) ----

#[test]
fn a_shared_link_carries_the_title_and_the_corrections_of_its_document() {
    use crate::export::fragment::{decode_shared, encode_shared};
    use crate::workspace::{Correction, Edit, EntityKey};
    let text = "Brenna Holt founded Tarsel Works in Leeds. Holt later sold Tarsel Works.";
    let mut mine = seed(text, Some("2024-02-03"));
    mine.name = "Holt sells up".into();
    let s = Rc::new(State::new(vec![mine, seed("Other text.", None)], None));
    let (a, b) = (nth(&s, 0).id.clone(), nth(&s, 1).id.clone());
    let correct = |s: Rc<State>, c| s.reduce(Action::Workspace(WorkspaceAction::Correct(c)));
    let rename = Edit::Rename {
        entity: EntityKey::new("Brenna Holt", Label::Person),
        name: "Brenna K. Holt".into(),
    };
    let s = correct(s, Correction::everywhere(rename));
    let elsewhere = Edit::DeleteSurface {
        text: "Other".into(),
        label: None,
    };
    let s = correct(s, Correction::in_doc(b, elsewhere));
    let sent = shared::to_share(&s, &a).expect("document");
    assert_eq!(
        sent.corrections.len(),
        1,
        "only the corrections of this document"
    );
    let (link, left_out) = encode_shared(&sent).unwrap();
    assert_eq!(left_out, 0);
    let got = decode_shared(&link).unwrap().expect("a document");

    // The receiver has a document of their own.
    let r = Rc::new(State::new(
        vec![seed("Brenna Holt wrote this.", None)],
        None,
    ));
    let r = analysed(r, 0);
    let r = r.reduce(Action::Workspace(WorkspaceAction::Import(
        shared::from_share(got),
    )));
    let d = r.selected().expect("the shared document is shown");
    assert_eq!(d.saved.name, "Holt sells up");
    assert_eq!(d.saved.date.as_deref(), Some("2024-02-03"));
    let r = analysed(r.clone(), 1);
    let names = |s: &State, i| -> Vec<String> {
        let d = nth(s, i);
        let a = d.analysed().expect("analysed");
        a.analysis
            .entity_list
            .iter()
            .map(|e| e.name.clone())
            .collect()
    };
    assert!(
        names(&r, 1).contains(&"Brenna K. Holt".into()),
        "{:?}",
        names(&r, 1)
    );
    // The sender's corrections touch only the shared document.
    assert!(
        names(&r, 0).contains(&"Brenna Holt".into()),
        "{:?}",
        names(&r, 0)
    );
    // A link of an unnamed text is named by its headline, not "Shared text".
    let bare = shared::from_share(crate::export::fragment::Shared {
        id: String::new(),
        text: "Quarry reopens\n\nThe quarry reopened.".into(),
        date: None,
        name: String::new(),
        corrections: vec![],
    });
    assert_eq!(bare.documents[0].name, "Quarry reopens");
}

#[test]
fn a_hostile_link_brings_a_bounded_name_and_bounded_corrections() {
    use crate::workspace::{Correction, Edit, EntityKey};
    let retype = serde_json::to_value(Correction::everywhere(Edit::Retype {
        entity: EntityKey::new("Ardal", Label::Person),
        label: Label::Gpe,
    }))
    .unwrap();
    let many: Vec<serde_json::Value> = (0..2000)
        .map(|i| {
            serde_json::to_value(Correction::everywhere(Edit::Rename {
                entity: EntityKey::new("Ardal", Label::Gpe),
                name: format!("Ardal {i}"),
            }))
            .unwrap()
        })
        .collect();
    let mut corrections = vec![retype.clone(); 50];
    corrections.extend(many);
    let ws = shared::from_share(crate::export::fragment::Shared {
        id: String::new(),
        text: "Ardal grew.".into(),
        date: None,
        name: "x".repeat(100_000),
        corrections,
    });
    assert_eq!(ws.documents[0].name.chars().count(), 200);
    // 50 identical corrections in a row are one; the rest stop at the limit.
    assert_eq!(ws.history.done.len(), shared::MAX_SHARED_CORRECTIONS);
    assert!(matches!(ws.history.done[0].edit, Edit::Retype { .. }));
    assert!(matches!(ws.history.done[1].edit, Edit::Rename { .. }));
}

#[test]
fn closed_documents_kept_for_undo_are_bounded() {
    let n = super::MAX_CLOSED + 5;
    let texts: Vec<String> = (0..n).map(|i| format!("Document number {i}.")).collect();
    let mut s = Rc::new(State::new(
        texts.iter().map(|t| seed(t, None)).collect(),
        None,
    ));
    let ids: Vec<String> = s.documents().map(|d| d.saved.id.clone()).collect();
    for id in &ids {
        s = s.reduce(Action::Remove(id.clone()));
    }
    assert_eq!(s.closed.len(), super::MAX_CLOSED);
    // The newest are the ones kept.
    assert_eq!(
        s.closed.last().map(|c| c.document.id.clone()),
        ids.last().cloned()
    );
}

// ---- merging across types (a firm mistyped as a place) ----

#[test]
fn a_firm_mistyped_as_a_place_is_offered_and_merged_into_the_firm_taking_its_type() {
    use crate::workspace::{Correction, Edit, EntityKey};
    let text = "Vestrum Kraft AS signed the deal. Analysts in Vestrum cheered.";
    // The engine's result, written out: the firm, and its short name read as a place.
    let analysis: Analysis = serde_json::from_value(serde_json::json!({
        "id": "x", "timex": [], "events": [],
        "entities": [
            {"start": 0, "end": 16, "text": "Vestrum Kraft AS", "label": "ORG", "entity": "E1"},
            {"start": 46, "end": 53, "text": "Vestrum", "label": "GPE", "entity": "E2"}
        ],
        "entity_list": [
            {"id": "E1", "name": "Vestrum Kraft AS", "label": "ORG", "mentions": 1, "salience": 1.0},
            {"id": "E2", "name": "Vestrum", "label": "GPE", "mentions": 1, "salience": 0.5},
            {"id": "E3", "name": "Ola Brenn", "label": "PERSON", "mentions": 0, "salience": 0.2}
        ]
    }))
    .expect("analysis");
    let s = Rc::new(State::new(vec![seed(text, None)], None));
    let (doc, generation) = (nth(&s, 0).id.clone(), nth(&s, 0).generation());
    let s = s.reduce(Action::Analysed {
        doc,
        generation,
        analysis: Rc::new(analysis),
    });
    let a = nth(&s, 0).analysed().expect("analysed").analysis.clone();
    let place = a.entity_list.iter().find(|e| e.id == "E2").expect("place");
    let offered: Vec<&str> = correct::merge_candidates(&a, place, 10)
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        offered,
        ["Vestrum Kraft AS", "Ola Brenn"],
        "every type, not only places"
    );
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        Correction::everywhere(Edit::Merge {
            entity: EntityKey::new("Vestrum", Label::Gpe),
            into: EntityKey::new("Vestrum Kraft AS", Label::Org),
        }),
    )));
    let a = &nth(&s, 0).analysed().expect("analysed").analysis;
    let names: Vec<(&str, Label)> = a
        .entity_list
        .iter()
        .map(|e| (e.name.as_str(), e.label))
        .collect();
    assert!(
        names.contains(&("Vestrum Kraft AS", Label::Org)),
        "{names:?}"
    );
    assert!(names.iter().all(|(n, _)| *n != "Vestrum"), "{names:?}");
    assert!(
        a.entities
            .iter()
            .all(|m| m.label == Label::Org && m.entity == "E1"),
        "{:?}",
        a.entities
    );
}

#[test]
fn merge_into_lists_names_alike_first_then_every_other_a_to_z_whatever_the_entity() {
    // Salience and likeness would order these otherwise (trial 43: the list came in
    // a different order each time the form opened).
    let analysis: Analysis = serde_json::from_value(serde_json::json!({
        "id": "x", "timex": [], "events": [], "entities": [],
        "entity_list": [
            {"id": "E1", "name": "zeta Freight", "label": "ORG", "mentions": 3, "salience": 0.9},
            {"id": "E2", "name": "Olaf Scholz", "label": "PERSON", "mentions": 2, "salience": 0.8},
            {"id": "E3", "name": "berlin", "label": "GPE", "mentions": 1, "salience": 0.7},
            {"id": "E4", "name": "Scholz", "label": "PERSON", "mentions": 1, "salience": 0.6},
            {"id": "E5", "name": "Alder Bank", "label": "ORG", "mentions": 1, "salience": 0.5},
            {"id": "E6", "name": "$3 million", "label": "MONEY", "mentions": 1, "salience": 0.4},
            {"id": "E7", "name": "Berlin", "label": "PERSON", "mentions": 1, "salience": 0.3}
        ]
    }))
    .expect("analysis");
    let by_id = |id: &str| analysis.entity_list.iter().find(|e| e.id == id).expect(id);
    let offered = |id: &str| -> (Vec<String>, usize) {
        let e = by_id(id);
        let c = correct::merge_candidates(&analysis, e, 60);
        let alike = c.iter().take_while(|x| correct::alike(e, x)).count();
        (
            c.iter().map(|x| format!("{} {}", x.name, x.id)).collect(),
            alike,
        )
    };
    // "Scholz": "Olaf Scholz" first (chosen), then the others A to Z, ignoring case.
    let (scholz, alike) = offered("E4");
    assert_eq!(
        scholz,
        [
            "Olaf Scholz E2",
            "Alder Bank E5",
            "berlin E3",
            "Berlin E7",
            "zeta Freight E1"
        ]
    );
    assert_eq!(alike, 1);
    assert!(correct::merge_preselect(by_id("E4"), Some(by_id("E2"))));
    // "Alder Bank": no name alike, nothing chosen, every other A to Z: the same order
    // as for "Scholz", whatever the entity, salience or likeness.
    let (bank, alike) = offered("E5");
    assert_eq!(
        bank,
        [
            "berlin E3",
            "Berlin E7",
            "Olaf Scholz E2",
            "Scholz E4",
            "zeta Freight E1"
        ]
    );
    assert_eq!(alike, 0);
    assert_eq!(offered("E5"), (bank, 0), "the same order every time");
}

// ---- every view setting survives a reload (trial 13) ----

#[test]
fn every_view_setting_the_user_changes_is_saved_and_restored() {
    use crate::workspace::persist::{from_json, to_json};
    use crate::workspace::Lanes;
    let s = Rc::new(State::new(
        vec![
            seed("Quay report\nThe Vellen quay reopened on 3 May 2024.", None),
            seed("Crane note\nTwo cranes arrived in June 2024.", None),
        ],
        None,
    ));
    let second = nth(&s, 1).id.clone();
    let key_before = workspace::save_key(&s);
    let s = s.reduce(Action::DatesInWords(true));
    assert!(s.dates_in_words);
    let s = s.reduce(Action::SetLanes(Lanes::Entity));
    assert_eq!(s.lanes, Lanes::Entity);
    let s = s.reduce(Action::ToggleType(Label::Date));
    let s = s.reduce(Action::SetFilter("quay".into()));
    let s = s.reduce(Action::SelectDoc(second.clone()));
    // Each change is one the autosave sees.
    assert_ne!(workspace::save_key(&s), key_before);
    let same = s.clone().reduce(Action::DatesInWords(true));
    assert!(
        Rc::ptr_eq(&s, &same),
        "setting the same value changes nothing"
    );
    let same = s.clone().reduce(Action::SetLanes(Lanes::Entity));
    assert!(Rc::ptr_eq(&s, &same));
    let key = workspace::save_key(&s);
    let off = s.clone().reduce(Action::DatesInWords(false));
    assert_ne!(
        workspace::save_key(&off),
        key,
        "switching words off is saved"
    );
    let by_doc = s.clone().reduce(Action::SetLanes(Lanes::Document));
    assert_ne!(
        workspace::save_key(&by_doc),
        key,
        "lanes by document is saved"
    );

    // Saved, reloaded: the same view.
    let json = to_json(&saved(&s)).expect("serialises");
    let mut r = State::default();
    workspace::restore(&mut r, from_json(&json).expect("reads"));
    assert!(r.dates_in_words, "{json}");
    assert_eq!(r.lanes, Lanes::Entity);
    assert!(r.hidden.contains(&Label::Date));
    assert_eq!(r.filter, "quay");
    assert_eq!(r.selected_doc.as_deref(), Some(second.as_str()));
    let restored = workspace::save_key(&r);
    assert_eq!((restored.2, restored.5, restored.6), (key.2, key.5, key.6));

    // A file written before the setting existed reads as "off".
    let old = json.replace(",\"dates_in_words\":true", "");
    assert_ne!(old, json);
    let mut r = State::default();
    workspace::restore(&mut r, from_json(&old).expect("reads"));
    assert!(!r.dates_in_words);

    // An embedding page's new documents keep the view settings.
    let r = Rc::new(r).reduce(Action::Replace(vec![seed("Fresh\nA new text.", None)]));
    assert_eq!(r.lanes, Lanes::Entity);
}

// ---- a one-document link carries only the corrections that concern it (trial 13) ----

#[test]
fn a_link_to_one_document_leaves_out_corrections_of_names_it_does_not_hold() {
    use crate::export::fragment::{decode_shared, encode_shared};
    use crate::workspace::{Correction, Edit, EntityKey, TextAnchor};
    let s = Rc::new(State::new(
        vec![
            seed(
                "Brenna Holt founded Tarsel Works in Leeds in 2019.",
                Some("2024-02-03"),
            ),
            seed("Corvin Mills opened a plant in Hull in 2021.", None),
        ],
        None,
    ));
    let (a, b) = (nth(&s, 0).id.clone(), nth(&s, 1).id.clone());
    let everywhere = |s: Rc<State>, e| {
        s.reduce(Action::Workspace(WorkspaceAction::Correct(
            Correction::everywhere(e),
        )))
    };
    let key = |n: &str, l| EntityKey::new(n, l);
    let s = everywhere(
        s,
        Edit::Rename {
            entity: key("Brenna Holt", Label::Person),
            name: "Brenna K. Holt".into(),
        },
    );
    // A rule about the new name: it occurs in no text, only among the entities.
    let s = everywhere(
        s,
        Edit::Retype {
            entity: key("Brenna K. Holt", Label::Person),
            label: Label::Person,
        },
    );
    let s = everywhere(
        s,
        Edit::Retype {
            entity: key("Corvin Mills", Label::Org),
            label: Label::Person,
        },
    );
    let s = everywhere(
        s,
        Edit::DeleteSurface {
            text: "Hull".into(),
            label: None,
        },
    );
    // "Leed" is not a word of "Leeds".
    let s = everywhere(
        s,
        Edit::DeleteSurface {
            text: "Leed".into(),
            label: None,
        },
    );
    let s = everywhere(
        s,
        Edit::AddMention {
            mention: TextAnchor {
                text: "tarsel works".into(),
                prefix: String::new(),
                suffix: String::new(),
                start: 0,
            },
            label: Label::Org,
            name: None,
        },
    );
    let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
        Correction::in_doc(
            b.clone(),
            Edit::DeleteSurface {
                text: "plant".into(),
                label: None,
            },
        ),
    )));
    let s = analysed(analysed(s, 0), 1);
    let carried = |id: &str| -> Vec<String> {
        shared::to_share(&s, id)
            .expect("document")
            .corrections
            .into_iter()
            .map(|v| {
                serde_json::from_value::<Correction>(v)
                    .expect("a correction")
                    .describe()
            })
            .collect()
    };
    assert_eq!(
        carried(&a),
        [
            "Rename Brenna Holt (PERSON) → Brenna K. Holt, in all documents",
            "Change Brenna K. Holt (PERSON) to PERSON, in all documents",
            "Add “tarsel works” as ORG, in all documents",
        ]
    );
    assert_eq!(
        carried(&b),
        [
            "Change Corvin Mills (ORG) to PERSON, in all documents",
            "Not an entity: “Hull”, in all documents",
            "Not an entity: “plant”, in all documents",
        ]
    );

    // The fragment format is unchanged: a link made before, carrying every
    // correction of the workspace, still opens with all of them.
    let mut old = shared::to_share(&s, &a).expect("document");
    old.corrections = s
        .workspace
        .history
        .done
        .iter()
        .filter_map(|c| serde_json::to_value(Correction::everywhere(c.edit.clone())).ok())
        .collect();
    let (link, _) = encode_shared(&old).unwrap();
    let got = decode_shared(&link).unwrap().expect("a document");
    assert_eq!(shared::from_share(got).history.done.len(), 7);
}

#[test]
fn importing_the_same_documents_again_adds_nothing_and_says_they_are_open() {
    let line1 =
        r#"{"id":"k1","name":"Harbour talks","text":"Mara Vell met Ivo Brandt in Kestrel Bay."}"#;
    let line2 = r#"{"id":"k2","text":"Lanterns lit the quay at Port Ossen."}"#;
    let file = format!("{line1}\n{line2}\n");
    let import = |s: Rc<State>, text: &str| {
        let got = files::import_data("batch.jsonl", text, "2026-01-02T10:00:00Z");
        s.reduce(Action::Workspace(got.action.expect("documents")))
    };
    let s = Rc::new(State::new(vec![seed("Own note.", None)], None));
    let s = import(s, &file);
    assert_eq!(s.documents().count(), 3);
    assert!(s.already_open.is_none());
    // The same file again: nothing added, both named as already open.
    let again = import(s.clone(), &file);
    let texts: Vec<&str> = again.documents().map(|d| &*d.saved.text).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    let (_, names) = &**again.already_open.as_ref().expect("reported");
    assert_eq!(names, &["Harbour talks".to_string(), "k2".to_string()]);
    assert_eq!(
        words::already_open(names),
        "2 documents are already open: not added again (“Harbour talks”, “k2”)."
    );
    // The one already open is shown.
    assert_eq!(
        again
            .selected()
            .map(|d| d.saved.text.to_string())
            .as_deref(),
        Some("Mara Vell met Ivo Brandt in Kestrel Bay.")
    );
    // Same id, another text: a different document, added.
    let edited = r#"{"id":"k1","name":"Harbour talks","text":"Mara Vell left Kestrel Bay."}"#;
    let more = import(again, &format!("{edited}\n{line2}\n"));
    assert_eq!(more.documents().count(), 4);
    let (_, names) = &**more.already_open.as_ref().expect("reported");
    assert_eq!(names, &["k2".to_string()]);
    assert_eq!(
        words::already_open(names),
        "“k2” is already open: not added again."
    );
    // An article file opened twice (no id): the same name and text.
    let opened = |s: Rc<State>| {
        let w = files::articles(
            vec![Seed {
                name: "quay.txt".into(),
                text: "Port Ossen reopened its quay.".into(),
                date: None,
            }],
            "2026-01-02T10:00:00Z",
        );
        s.reduce(Action::Workspace(WorkspaceAction::Import(w)))
    };
    let once = opened(more);
    let twice = opened(once.clone());
    assert_eq!(twice.documents().count(), once.documents().count());
}

/// A dateline article with no headline: its first line is a whole paragraph.
const DATELINE: &str = "PORT OSSEN, March 3 — The harbour board of Port Ossen voted on Tuesday \
    to close the north quay for repairs. Ferries will use the south quay until June, the board \
    said, and fares will not change. Mara Vell, who chairs the board, said the work was overdue.\n\n\
    A second paragraph follows.";

#[test]
fn a_document_without_a_headline_gets_a_short_title_not_its_first_paragraph() {
    // Pasted into a new tab.
    let s = Rc::new(State::new(vec![seed("", None)], None));
    let doc = nth(&s, 0).id.clone();
    let s = s.reduce(Action::EditText {
        doc,
        text: DATELINE.into(),
    });
    let name = nth(&s, 0).saved.name.clone();
    assert!(name.chars().count() <= 61, "{name}");
    // The dateline is left out of the name (see `wire_stories_are_named_after_their_lead...`).
    assert!(
        name.starts_with("The harbour board of Port Ossen"),
        "{name}"
    );
    assert!(name.ends_with('…') && !name.contains("Ferries"), "{name}");
    // A name saved before (the line cut at 60) is still the app's.
    assert!(auto_named(
        "PORT OSSEN, March 3 — The harbour board of Port Ossen voted…",
        DATELINE
    ));
    assert!(!auto_named("Port Ossen…", "Kiel ferries\nPort Ossen."));
    // The exports' title: the first sentence whole, never the paragraph.
    assert_eq!(
        export_title(DATELINE).as_deref(),
        Some(
            "The harbour board of Port Ossen voted on Tuesday to close the north quay for \
             repairs."
        )
    );
    // A short first sentence is the tab's name itself, without "…".
    assert_eq!(
        headline("KIEL — Ferries stopped. Mara Vell, who chairs the harbour board, said the work was overdue and long planned.").as_deref(),
        Some("KIEL — Ferries stopped.")
    );
    // "Mr." or an initial early on is no sentence end.
    assert_eq!(
        headline("Mr. Vell opened the new quay at Port Ossen on Tuesday, the harbour board said in a statement.").as_deref(),
        Some("Mr. Vell opened the new quay at Port Ossen on Tuesday, the…")
    );
    // Read back from an export, the exports' title is the app's name again.
    let long = export_title(DATELINE).unwrap_or_default();
    assert_eq!(imported_name(long, DATELINE), name);
    assert_eq!(imported_name("Quay plans".into(), DATELINE), "Quay plans");
    let line = serde_json::json!({ "id": "d1", "name": export_title(DATELINE), "text": DATELINE });
    let got = files::import_data("annalist.jsonl", &line.to_string(), "2026-01-02T10:00:00Z");
    let Some(WorkspaceAction::Import(w)) = got.action else {
        panic!("documents expected");
    };
    assert_eq!(w.documents[0].name, name);
    // A headline stays whole in the exports.
    assert_eq!(
        export_title(
            "Harbour board closes the north quay for repairs until June, fares unchanged\nBody."
        )
        .as_deref(),
        Some("Harbour board closes the north quay for repairs until June, fares unchanged")
    );
}

#[test]
fn a_jsonl_line_without_a_name_is_named_by_its_id_or_its_title() {
    let text = format!(
        "{}\n{}\n",
        r#"{"id":"quay-7","text":"Ferries stopped at Kiel."}"#,
        serde_json::json!({ "text": DATELINE })
    );
    let got = files::import_data("lines.jsonl", &text, "2026-01-02T10:00:00Z");
    let Some(WorkspaceAction::Import(w)) = got.action else {
        panic!("documents expected");
    };
    let names: Vec<&str> = w.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names[0], "quay-7");
    assert!(
        names[1].starts_with("The harbour board of Port Ossen") && names[1].chars().count() <= 61,
        "{names:?}"
    );
}

#[test]
fn a_document_renamed_keeps_its_name_through_edits_and_a_reload() {
    let s = Rc::new(State::new(
        vec![seed(DATELINE, None), seed("Second.", None)],
        None,
    ));
    let id = nth(&s, 0).id.clone();
    let revision = s.revision;
    let s = s.reduce(Action::Rename {
        doc: id.clone(),
        name: "  North quay closure ".into(),
    });
    assert_eq!(nth(&s, 0).saved.name, "North quay closure");
    assert!(!nth(&s, 0).live.auto_name);
    assert!(s.revision > revision, "saved: the autosave key changes");
    // The same name again changes nothing.
    let same = s.clone().reduce(Action::Rename {
        doc: id.clone(),
        name: "North quay closure".into(),
    });
    assert!(Rc::ptr_eq(&s, &same));
    // A new text no longer renames it.
    let s = s.reduce(Action::EditText {
        doc: id.clone(),
        text: "Quay reopens\nThe north quay reopened.".into(),
    });
    assert_eq!(nth(&s, 0).saved.name, "North quay closure");
    // Saved and restored (a reload): the name, still the user's.
    let saved = s.saved(&Default::default());
    let back = Rc::new(State::default()).reduce(Action::Workspace(WorkspaceAction::Restore(saved)));
    let d = back.documents().find(|d| d.id == id).expect("restored");
    assert_eq!(d.saved.name, "North quay closure");
    assert!(!d.live.auto_name);
    // Blank: named after its text again, and renamed by the next text.
    let s = s.reduce(Action::Rename {
        doc: id.clone(),
        name: " ".into(),
    });
    assert_eq!(nth(&s, 0).saved.name, "Quay reopens");
    let s = s.reduce(Action::EditText {
        doc: id,
        text: "Quay closes again\nBody.".into(),
    });
    assert_eq!(nth(&s, 0).saved.name, "Quay closes again");
}

#[test]
fn wire_stories_are_named_after_their_lead_without_the_dateline() {
    // Cold trial: three wire stories pasted into new tabs were all named
    // "NAIROBI, March 3 (Wire…", alike in the tabs.
    let cases = [
        (
            "NAIROBI, March 3 (Wire) - Grain barges resumed sailing on Lake Turkana on Monday after a week of storms.",
            "Grain barges resumed sailing on Lake Turkana on Monday…",
        ),
        (
            "NAIROBI, March 3 (Wire) - Kenya Power cut tariffs. The board met twice this week to agree it.",
            "Kenya Power cut tariffs.",
        ),
        (
            "WASHINGTON (AP) — A federal court blocked the merger of two regional airlines on Friday.",
            "A federal court blocked the merger of two regional airlines…",
        ),
        (
            "OSLO, Norway, Oct. 28, 2025 /PRNewswire/ -- Fjordlys ASA opens a battery plant in Mo i Rana.",
            "Fjordlys ASA opens a battery plant in Mo i Rana.",
        ),
        (
            "PORT-AU-PRINCE, 3 March (Wire) – Fuel deliveries restarted.",
            "Fuel deliveries restarted.",
        ),
        // A dateline alone on its line: the next line names the document.
        (
            "NAIROBI, March 3 (Wire) -\n\nBarges sail again on Lake Turkana\nThe lead follows.",
            "Barges sail again on Lake Turkana",
        ),
        // A headline first: the headline, as before.
        (
            "Barges sail again\nNAIROBI, March 3 (Wire) - Grain barges resumed sailing.",
            "Barges sail again",
        ),
        // No wire's mark: the line stays whole.
        ("KIEL — Ferries stopped.", "KIEL — Ferries stopped."),
        (
            "UK output falls - official figures show a second quarterly drop",
            "UK output falls - official figures show a second quarterly…",
        ),
        ("NATO SUMMIT - leaders agree", "NATO SUMMIT - leaders agree"),
    ];
    for (text, name) in cases {
        assert_eq!(headline(text).as_deref(), Some(name), "{text}");
        assert!(auto_named(name, text), "{text}");
    }
    // Three stories with one dateline: three names.
    let leads = [
        "Grain barges sail.",
        "Tariffs were cut.",
        "A new port opens.",
    ];
    let names: std::collections::BTreeSet<String> = leads
        .iter()
        .filter_map(|l| headline(&format!("NAIROBI, March 3 (Wire) - {l} More follows.")))
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    // A name given before datelines were left out is still the app's, so a new text
    // renames it; a user's name never is.
    let text = "NAIROBI, March 3 (Wire) - Kenya Power cut tariffs.";
    assert!(auto_named(
        "NAIROBI, March 3 (Wire) - Kenya Power cut tariffs.",
        text
    ));
    let s = Rc::new(State::new(vec![seed("", None)], None));
    let doc = nth(&s, 0).id.clone();
    let s = s.reduce(Action::Rename {
        doc: doc.clone(),
        name: "Power story".into(),
    });
    let s = s.reduce(Action::EditText {
        doc,
        text: text.into(),
    });
    assert_eq!(nth(&s, 0).saved.name, "Power story");
}
