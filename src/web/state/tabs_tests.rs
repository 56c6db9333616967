//! Native tests of two tabs of one workspace (issue 16.1): a correction is taken
//! back in the other tab only by an undo made there (a numbered tombstone), never
//! because the other tab's save lacks it; and an undo reopens a closed document
//! only while no correction made after the close is in force.

use std::rc::Rc;

use super::*;
use crate::engine::model::Label;
use crate::workspace::{Correction, Edit, EntityKey, Workspace};

fn seed(text: &str) -> Seed {
    Seed {
        name: String::new(),
        text: text.into(),
        date: None,
    }
}

fn saved(s: &State) -> Workspace {
    s.saved(&Default::default())
}

fn rename(from: &str, to: &str) -> Correction {
    Correction::everywhere(Edit::Rename {
        entity: EntityKey::new(from, Label::Person),
        name: to.into(),
    })
}

fn act(s: Rc<State>, a: WorkspaceAction) -> Rc<State> {
    s.reduce(Action::Workspace(a))
}

/// `s` hears that the other tab saved `new` over `old`.
fn hears(s: Rc<State>, old: &Workspace, new: &Workspace) -> Rc<State> {
    act(
        s,
        WorkspaceAction::External {
            old: Some(Box::new(old.clone())),
            new: Box::new(new.clone()),
        },
    )
}

fn start() -> Rc<State> {
    Rc::new(State::new(
        vec![seed(
            "Mill news\nIngrid Holvik bought the old mill in Lensvik.",
        )],
        None,
    ))
}

#[test]
fn a_correction_missing_from_a_save_the_other_tab_made_before_hearing_of_it_is_kept() {
    let base = saved(&start());
    let c = rename("Ingrid Holvik", "Mayor Holvik");
    // A corrects and saves.
    let a = act(start(), WorkspaceAction::Correct(c.clone()));
    let s1 = saved(&a);
    // B saves its own change before it handles A's storage event.
    let b = start().reduce(Action::Add(seed(
        "Harbour news\nThe quay in Lensvik reopened.",
    )));
    let s2 = saved(&b);
    // A hears of B's save: B's lacks A's correction, which says nothing of an undo.
    let a = hears(a, &s1, &s2);
    assert_eq!(
        a.workspace.history.done,
        vec![c.clone()],
        "A lost its correction"
    );
    assert_eq!(a.workspace.documents.len(), 2);
    assert_eq!(a.external.as_ref().expect("reported").1.corrections, 0);
    // B then hears of A's save, and gets the correction.
    let b = hears(b, &base, &s1);
    assert_eq!(b.workspace.history.done, vec![c.clone()]);
    let s3 = saved(&b);
    let a = hears(a, &s2, &s3);
    assert_eq!(a.workspace.history.done, vec![c.clone()]);
    // An undo in A is a positive signal: B takes the correction back.
    let a = act(a, WorkspaceAction::Undo);
    let b = hears(b, &s3, &saved(&a));
    assert!(
        b.workspace.history.done.is_empty(),
        "B kept the undone correction"
    );
    assert_eq!(b.external.as_ref().expect("reported").1.corrections, 1);
}

#[test]
fn an_undo_is_not_reverted_by_a_save_made_before_the_other_tab_heard_of_it() {
    let c = rename("Ingrid Holvik", "Mayor Holvik");
    let both = act(start(), WorkspaceAction::Correct(c.clone()));
    // A undoes and saves; B, not yet told, saves a new document with the correction.
    let a = act(both.clone(), WorkspaceAction::Undo);
    let s1 = saved(&a);
    let b = both.reduce(Action::Add(seed(
        "Harbour news\nThe quay in Lensvik reopened.",
    )));
    let s2 = saved(&b);
    let a = hears(a, &s1, &s2);
    assert!(
        a.workspace.history.done.is_empty(),
        "B's older save undid A's undo"
    );
    assert_eq!(a.workspace.documents.len(), 2);
    // B hears of A's undo: undone there too; A then hears nothing new of it.
    let b = hears(b, &s2, &s1);
    assert!(b.workspace.history.done.is_empty());
    let a = hears(a, &s2, &saved(&b));
    assert!(a.workspace.history.done.is_empty());
}

#[test]
fn a_redo_reaches_the_other_tab_and_a_save_made_before_it_does_not_undo_it() {
    let c = rename("Ingrid Holvik", "Mayor Holvik");
    let both = act(start(), WorkspaceAction::Correct(c.clone()));
    let base = saved(&both);
    let a = act(both.clone(), WorkspaceAction::Undo);
    let s1 = saved(&a);
    let b = hears(both, &base, &s1);
    assert!(b.workspace.history.done.is_empty());
    // A redoes it: B gets it back.
    let a = act(a, WorkspaceAction::Redo);
    let s2 = saved(&a);
    let b_before = b.clone();
    let b = hears(b, &s1, &s2);
    assert_eq!(
        b.workspace.history.done,
        vec![c.clone()],
        "the redo did not reach B"
    );
    // A save of B's from before the redo (it knows the undo, not the redo) keeps it in A.
    let stale = b_before.reduce(Action::Add(seed("Harbour news\nThe quay reopened.")));
    let a = hears(a, &s2, &saved(&stale));
    assert_eq!(
        a.workspace.history.done,
        vec![c.clone()],
        "an older save undid the redo"
    );
    // Undone again in B: a new undo, taken back in A too.
    let b = act(b, WorkspaceAction::Undo);
    let a = hears(a, &s2, &saved(&b));
    assert!(
        a.workspace.history.done.is_empty(),
        "the second undo did not reach A"
    );
}

#[test]
fn undos_are_saved_bounded_and_read_back() {
    use crate::workspace::corrections::MAX_REMOVED;
    use crate::workspace::persist::{from_json, to_json};
    let plain = to_json(&saved(&start())).expect("json");
    assert!(
        !plain.contains("removed"),
        "a workspace with no undo is written as before"
    );
    let mut s = start();
    for i in 0..MAX_REMOVED + 6 {
        let c = rename("Ingrid Holvik", &format!("Holvik {i}"));
        s = act(s, WorkspaceAction::Correct(c));
        s = act(s, WorkspaceAction::Undo);
    }
    let h = &s.workspace.history;
    assert_eq!(h.removed.len(), MAX_REMOVED);
    assert_eq!(
        h.removed[0].1,
        rename("Ingrid Holvik", "Holvik 6"),
        "the oldest go"
    );
    let back = from_json(&to_json(&saved(&s)).expect("json")).expect("read");
    assert_eq!(back.history.removed, h.removed);
}

#[test]
fn an_undo_reopens_a_closed_document_only_while_no_later_correction_is_in_force() {
    let two = Rc::new(State::new(
        vec![
            seed("Mill news\nIngrid Holvik bought the old mill in Lensvik."),
            seed("Ferry news\nOla Brekke ran the ferry to Lensvik."),
        ],
        None,
    ));
    let first = rename("Ingrid Holvik", "Mayor Holvik");
    let later = rename("Ola Brekke", "Skipper Brekke");
    let both = act(two, WorkspaceAction::Correct(first.clone()));
    let base = saved(&both);
    let closed = nth_id(&both, 1);
    // A closes the second document, then makes a correction.
    let a = both.clone().reduce(Action::Remove(closed.clone()));
    assert!(a.undo_reopens());
    let a = act(a, WorkspaceAction::Correct(later.clone()));
    assert!(!a.undo_reopens());
    // B undoes the first correction; A hears of it: one correction in force, as
    // many as when the document was closed, but not the same one.
    // (B closed the document too: a document open in the other tab comes back.)
    let b = act(both, WorkspaceAction::Undo).reduce(Action::Remove(closed.clone()));
    let a = hears(a, &base, &saved(&b));
    assert_eq!(a.workspace.history.done, vec![later]);
    assert!(
        !a.undo_reopens(),
        "the undo would reopen the document, not take back the correction"
    );
    let a = act(a, WorkspaceAction::Undo);
    assert!(
        a.workspace.history.done.is_empty(),
        "the later correction was not taken back"
    );
    assert!(a.document(&closed).is_none(), "reopened instead");
    // Now nothing made after the close is in force: the next undo reopens it.
    assert!(a.undo_reopens());
    let a = act(a, WorkspaceAction::Undo);
    assert!(a.document(&closed).is_some());
}

fn nth_id(s: &State, i: usize) -> String {
    s.documents().nth(i).expect("document").id.clone()
}
