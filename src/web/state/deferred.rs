//! Corrections of long texts applied off the main thread (issue 14.10).
//!
//! Applying the corrections to a 2 MB document's analysis copies all of it
//! (tens of ms on the main thread). For texts over [`DEFER_BYTES`] the
//! reducer therefore leaves the analysis shown as it is and records a
//! [`Deferred`] job: the app computes the corrected analysis (in the
//! analysis worker, which kept the engine output) and hands it back with
//! `WorkspaceAction::Corrected`, which [`install`] puts in place if nothing
//! changed since. Short texts are corrected at once, as before. Pure Rust,
//! tested natively.
//!
//! Architecture invariant: a deferred job only ever replaces the analysis
//! of the text and engine output it was made for (same document, same
//! analysed generation, the latest job for that document).

use std::rc::Rc;

use super::{State, WorkspaceData};
use crate::engine::model::Analysis;

/// Texts longer than this (bytes) have their corrections applied off the
/// main thread (the worker's threshold too).
pub const DEFER_BYTES: usize = 200_000;

/// A document whose corrected analysis is to be computed off the main thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    /// Document id.
    pub doc: String,
    /// Identifies the job (a fresh value of the state's counter); only the
    /// latest job of a document is installed.
    pub token: u64,
}

/// Whether the corrections of document `i` of `s` wait for the app: its
/// analysis is up to date and of a long text, and corrections are in force
/// (with none, the engine output is shown as it is, at no cost).
pub fn should_defer(s: &State, i: usize) -> bool {
    let Some(d) = s.documents.get(i) else {
        return false;
    };
    let Some(a) = d.analysed.as_ref() else {
        return false;
    };
    !s.extras.history.done.is_empty() && d.generation == a.generation && a.text.len() > DEFER_BYTES
}

/// Record a new job for document `i` of `s` (replacing an older one of it).
pub fn defer(s: &mut State, i: usize) {
    let Some(doc) = s.documents.get(i).map(|d| d.id.clone()) else {
        return;
    };
    s.counter += 1;
    let token = s.counter;
    let jobs = Rc::make_mut(&mut s.extras.deferred);
    jobs.retain(|j| j.doc != doc);
    jobs.push(Deferred { doc, token });
}

/// Drop the job of `doc`, if any (its analysis was replaced another way).
pub fn forget(x: &mut WorkspaceData, doc: &str) {
    if x.deferred.iter().any(|j| j.doc == doc) {
        Rc::make_mut(&mut x.deferred).retain(|j| j.doc != doc);
    }
}

/// Put the corrected `analysis` of job (`doc`, `token`) in place: only when
/// it is that document's latest job and its engine output is still the one
/// shown. Like a correction applied at once, an up-to-date document gets a
/// new generation (views key on it). False (nothing changed) otherwise.
pub fn install(s: &mut State, doc: &str, token: u64, analysis: Rc<Analysis>) -> bool {
    if !s
        .extras
        .deferred
        .iter()
        .any(|j| j.doc == doc && j.token == token)
    {
        return false;
    }
    forget(&mut s.extras, doc);
    let raw_generation = s.extras.raw.get(doc).map(|(g, _)| *g);
    let Some(d) = s.documents.iter_mut().find(|d| d.id == doc) else {
        return false;
    };
    let Some(a) = d.analysed.as_mut() else {
        return false;
    };
    if raw_generation != Some(a.generation) {
        return false;
    }
    a.analysis = analysis;
    if d.generation == a.generation {
        s.counter += 1;
        d.generation = s.counter;
        a.generation = s.counter;
        if let Some(entry) = Rc::make_mut(&mut s.extras.raw).get_mut(doc) {
            entry.0 = s.counter;
        }
    }
    s.revalidate_selection();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::state::{Action, Seed, WorkspaceAction};
    use crate::workspace::{Correction, Edit, EntityKey};

    fn open(text: String) -> Rc<State> {
        let s = Rc::new(State::new(
            vec![Seed {
                name: "t".into(),
                text,
                date: Some("2024-04-15".into()),
            }],
            None,
        ));
        let d = &s.documents[0];
        let a = Rc::new(crate::engine::analyze(&d.input()));
        let (doc, generation) = (d.id.clone(), d.generation);
        s.reduce(Action::Analysed {
            doc,
            generation,
            analysis: a,
        })
    }

    fn rename(s: Rc<State>, from: &str, to: &str) -> Rc<State> {
        let a = s.documents[0].analysed.as_ref().expect("analysed");
        let e = a
            .analysis
            .entity_list
            .iter()
            .find(|e| e.name == from)
            .expect("entity");
        let key = EntityKey {
            name: e.name.clone(),
            label: e.label,
        };
        s.reduce(Action::Workspace(WorkspaceAction::Correct(
            Correction::everywhere(Edit::Rename {
                entity: key,
                name: to.into(),
            }),
        )))
    }

    fn names(s: &State) -> Vec<String> {
        let a = s.documents[0].analysed.as_ref().expect("analysed");
        a.analysis
            .entity_list
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    const TEXT: &str = "Olaf Scholz met Antony Blinken in Berlin on Monday.";

    #[test]
    fn a_short_text_is_corrected_at_once() {
        let s = rename(open(TEXT.into()), "Olaf Scholz", "Chancellor Scholz");
        assert!(s.extras.deferred.is_empty());
        assert!(names(&s).contains(&"Chancellor Scholz".to_string()));
    }

    #[test]
    fn a_long_texts_correction_waits_for_its_job_and_only_the_latest_is_installed() {
        // Long by its padding: the engine finds the same entities.
        let text = format!("{TEXT}\n\n{}", " ".repeat(DEFER_BYTES));
        let s = open(text);
        let before = s.documents[0].generation;
        let s = rename(s, "Olaf Scholz", "Chancellor Scholz");
        // Nothing changed yet but the job.
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
        assert_eq!(s.documents[0].generation, before);
        assert_eq!(s.extras.deferred.len(), 1);
        let first = s.extras.deferred[0].clone();
        // A second correction replaces the job.
        let s = rename(s, "Antony Blinken", "Secretary Blinken");
        assert_eq!(s.extras.deferred.len(), 1);
        let job = s.extras.deferred[0].clone();
        assert_ne!(job.token, first.token);
        // What the app computes: the engine output with the corrections in force.
        let d = &s.documents[0];
        let a = d.analysed.as_ref().expect("analysed");
        let raw = s.extras.raw.get(&d.id).expect("raw").1.clone();
        let fixed = Rc::new(crate::workspace::apply(
            &a.text,
            &raw,
            &s.extras.history.done,
        ));
        // The answer to the older job is dropped.
        let stale = s
            .clone()
            .reduce(Action::Workspace(WorkspaceAction::Corrected {
                doc: first.doc.clone(),
                token: first.token,
                analysis: fixed.clone(),
            }));
        assert!(names(&stale).contains(&"Olaf Scholz".to_string()));
        assert_eq!(stale.extras.deferred.len(), 1);
        // The latest one is installed, under a new generation.
        let s = s.reduce(Action::Workspace(WorkspaceAction::Corrected {
            doc: job.doc.clone(),
            token: job.token,
            analysis: fixed,
        }));
        let got = names(&s);
        assert!(got.contains(&"Chancellor Scholz".to_string()), "{got:?}");
        assert!(got.contains(&"Secretary Blinken".to_string()), "{got:?}");
        assert!(s.extras.deferred.is_empty());
        assert!(s.documents[0].generation > before);
        assert!(!s.documents[0].is_stale());
        // Undoing every correction shows the engine output at once (no job).
        let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
        assert_eq!(s.extras.deferred.len(), 1, "one correction still in force");
        let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
        assert!(s.extras.deferred.is_empty());
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
    }
}
