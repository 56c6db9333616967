//! Native tests of what an import keeps: the corrections of documents neither open nor
//! closed (a workspace file's rules for documents it does not hold) stay through the
//! import, the next import and a reload; those of a closed document no undo reaches go
//! with it; and such a rule never acts on another document that happens to have its id.

use std::rc::Rc;

use super::*;
use crate::engine::model::Label;
use crate::workspace::{persist, Correction, Document, Edit, EntityKey, Workspace};

fn seed(text: &str) -> Seed {
    Seed {
        name: String::new(),
        text: text.into(),
        date: None,
    }
}

fn rename(doc: &str, from: &str, to: &str) -> Correction {
    Correction::in_doc(
        doc,
        Edit::Rename {
            entity: EntityKey::new(from, Label::Person),
            name: to.into(),
        },
    )
}

fn file(docs: &[(&str, &str)], done: Vec<Correction>) -> Workspace {
    let mut w = Workspace::default();
    for (id, text) in docs {
        w.documents.push(Document {
            id: (*id).into(),
            name: format!("Memo {id}"),
            text: (*text).into(),
            ..Document::default()
        });
    }
    w.history.done = done;
    w
}

fn import(s: Rc<State>, w: Workspace) -> Rc<State> {
    s.reduce(Action::Workspace(WorkspaceAction::Import(w)))
}

/// Saved, written as the store writes it, read back and restored: a reload.
fn reload(s: &State) -> Rc<State> {
    let json = persist::to_json(&s.saved(&Default::default())).expect("written");
    let w = persist::from_json(&json).expect("read back");
    Rc::new(State::default()).reduce(Action::Workspace(WorkspaceAction::Restore(w)))
}

#[test]
fn corrections_of_documents_neither_open_nor_closed_survive_imports_and_a_reload() {
    let s = Rc::new(State::new(
        vec![seed("Ilse Marten runs the harbour office.")],
        None,
    ));
    // A file with one memo and a rule for a report it does not hold.
    let rule = rename("harbour-report", "Ilse Marten", "Ilse K. Marten");
    let own = rename("memo-1", "Oren Vask", "Oren P. Vask");
    let s = import(
        s,
        file(
            &[("memo-1", "Oren Vask signed the memo.")],
            vec![own.clone(), rule.clone()],
        ),
    );
    assert_eq!(s.workspace.history.done, [own.clone(), rule.clone()]);
    assert!(saved_done(&s).contains(&rule), "saved with the workspace");
    // Another import (it used to drop every rule of a document not open or closed).
    let s = import(s, file(&[("memo-2", "Lene Dahl wrote back.")], Vec::new()));
    assert_eq!(s.workspace.history.done, [own.clone(), rule.clone()]);
    // A reload, then another import.
    let s = reload(&s);
    assert_eq!(s.workspace.history.done, [own.clone(), rule.clone()]);
    let s = import(s, file(&[("memo-3", "Pia Holm agreed.")], Vec::new()));
    assert_eq!(s.workspace.history.done, [own, rule.clone()]);
    let s = reload(&s);
    assert!(s.workspace.history.done.contains(&rule));
    // The rule is for that document: when it comes, it acts on it.
    let s = import(
        s,
        file(
            &[("harbour-report", "Ilse Marten inspected the quay.")],
            Vec::new(),
        ),
    );
    assert!(s.document("harbour-report").is_some());
    assert_eq!(
        s.workspace
            .history
            .done
            .iter()
            .filter(|c| **c == rule)
            .count(),
        1
    );
}

fn saved_done(s: &State) -> Vec<Correction> {
    s.saved(&Default::default()).history.done
}

#[test]
fn a_closed_documents_corrections_are_not_saved_and_go_when_no_undo_reaches_it() {
    let texts: Vec<String> = (0..=MAX_CLOSED + 1)
        .map(|i| format!("Clerk number {i} filed a note."))
        .collect();
    let mut s = Rc::new(State::new(texts.iter().map(|t| seed(t)).collect(), None));
    let first = s.documents().next().expect("open").id.clone();
    let fix = rename(&first, "Tova Brink", "Tova A. Brink");
    s = s.reduce(Action::Workspace(WorkspaceAction::Correct(fix.clone())));
    s = s.reduce(Action::Remove(first.clone()));
    // Closed: kept for an undo, not saved (a reload does not bring the document back).
    assert!(s.workspace.history.done.contains(&fix));
    assert!(!saved_done(&s).contains(&fix));
    // Closed past undo's reach: it goes with the document, so it is no rule of a
    // document to come either.
    for _ in 0..MAX_CLOSED {
        let next = s.documents().next().expect("open").id.clone();
        s = s.reduce(Action::Remove(next));
    }
    assert!(s.closed.iter().all(|c| c.document.id != first));
    assert!(!s.workspace.history.done.contains(&fix));
    assert!(!saved_done(&s).contains(&fix));
}

#[test]
fn a_rule_for_another_document_never_acts_on_one_that_has_its_id_here() {
    let s = Rc::new(State::new(vec![seed("Arne Folk opened the depot.")], None));
    let here = s.documents().next().expect("open").id.clone();
    // The file's rule names a document of its own workspace under the id ours has.
    let theirs = rename(&here, "Arne Folk", "Arne B. Folk");
    let s = import(
        s,
        file(&[("memo-9", "Kaja Lund left.")], vec![theirs.clone()]),
    );
    let done = &s.workspace.history.done;
    assert_eq!(done.len(), 1, "kept");
    let moved = done[0].doc.clone().expect("for one document");
    assert_ne!(moved, here, "not ours");
    assert_eq!(done[0].edit, theirs.edit);
    let s = reload(&s);
    assert!(s
        .workspace
        .history
        .done
        .iter()
        .any(|c| c.doc.as_deref() == Some(moved.as_str())));
}

#[test]
fn a_new_document_never_takes_the_id_a_kept_rule_names() {
    let s = Rc::new(State::new(vec![seed("Mette Aas chairs the board.")], None));
    let rule = rename("d7", "Mette Aas", "Mette J. Aas");
    let mut s = import(
        s,
        file(&[("memo-4", "Rune Berg resigned.")], vec![rule.clone()]),
    );
    for _ in 0..8 {
        s = s.reduce(Action::Add(seed("")));
    }
    assert!(
        s.document("d7").is_none(),
        "a new tab took the rule's document id"
    );
    // Nor after a reload.
    let mut s = reload(&s);
    for _ in 0..8 {
        s = s.reduce(Action::Add(seed("")));
    }
    assert!(s.document("d7").is_none());
    assert!(s.workspace.history.done.contains(&rule));
}
