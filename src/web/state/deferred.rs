//! Corrections of long texts applied off the main thread (issue 14.10).
//!
//! Applying the corrections to a 2 MB document's analysis copies all of it
//! (tens of ms on the main thread). For texts over [`DEFER_BYTES`] the
//! reducer therefore leaves the analysis shown as it is and records a
//! [`Deferred`] job: the app computes the corrected analysis (in the
//! analysis worker, which kept the engine output) and hands it back with
//! `WorkspaceAction::Corrected`, which [`install`] puts in place if nothing
//! changed since. The same holds when corrections change ([`defer_long`]),
//! when a closed document is reopened ([`defer_one`]) and when a long text's
//! analysis arrives with corrections in force (a restored or edited text:
//! `workspace::on_analysed`); its engine output is shown meanwhile. Short
//! texts are corrected at once, as before. Pure Rust, tested natively.
//!
//! Architecture invariant: a deferred job only ever replaces the analysis
//! of the text and engine output it was made for (same document, same
//! analysed generation, the latest job for that document).

use std::rc::Rc;

use super::State;
use crate::engine::model::Analysis;

/// Texts longer than this (bytes) have their corrections applied off the
/// main thread (the worker's threshold too).
pub const DEFER_BYTES: usize = 200_000;

/// A document whose corrected analysis is to be computed off the main thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    /// Document id.
    pub doc: String,
    /// Identifies the job (a fresh value of the state's counter, kept in the
    /// document's `Live::fixing`); only the latest job of a document is installed.
    pub token: u64,
}

/// Whether the corrections of document `id` wait for the app: its analysis
/// is up to date and of a long text, and corrections are in force (with
/// none, the engine output is shown as it is, at no cost).
fn should_defer(s: &State, id: &str) -> bool {
    let Some(live) = s.live.get(id) else {
        return false;
    };
    let Some(a) = live.analysed.as_ref() else {
        return false;
    };
    !s.workspace.history.done.is_empty()
        && live.generation == a.generation
        && a.text.len() > DEFER_BYTES
}

/// For the corrections in force changing: record a new job for each long
/// text (replacing an older one), drop the jobs of the others, and return
/// the ids of the documents deferred (the caller corrects the others at once).
pub fn defer_long(s: &mut State) -> Vec<String> {
    let ids: Vec<String> = s.workspace.documents.iter().map(|d| d.id.clone()).collect();
    let mut later = Vec::new();
    for id in ids {
        let token = if should_defer(s, &id) {
            s.counter += 1;
            later.push(id.clone());
            Some(s.counter)
        } else {
            None
        };
        if let Some(live) = s.live.get_mut(&id) {
            live.fixing = token;
        }
    }
    later
}

/// [`defer_long`] for document `id` alone (a reopened document): true when
/// it was deferred (the caller corrects it at once otherwise).
pub fn defer_one(s: &mut State, id: &str) -> bool {
    let token = should_defer(s, id).then(|| {
        s.counter += 1;
        s.counter
    });
    if let Some(live) = s.live.get_mut(id) {
        live.fixing = token;
    }
    token.is_some()
}

/// The jobs waiting, in tab order.
pub fn jobs(s: &State) -> Vec<Deferred> {
    s.workspace
        .documents
        .iter()
        .filter_map(|d| {
            let token = s.live.get(&d.id)?.fixing?;
            Some(Deferred {
                doc: d.id.clone(),
                token,
            })
        })
        .collect()
}

/// Put the corrected `analysis` of job (`doc`, `token`) in place: only when
/// it is that document's latest job and its engine output is still the one
/// shown. Like a correction applied at once, an up-to-date document gets a
/// new generation (views key on it). False (nothing changed) otherwise.
pub fn install(s: &mut State, doc: &str, token: u64, analysis: Rc<Analysis>) -> bool {
    let Some(live) = s.live.get_mut(doc) else {
        return false;
    };
    if live.fixing != Some(token) {
        return false;
    }
    live.fixing = None;
    let (Some(a), Some((g, _))) = (live.analysed.as_mut(), live.raw.as_mut()) else {
        return false;
    };
    if *g != a.generation {
        return false;
    }
    a.analysis = analysis;
    if live.generation == a.generation {
        s.counter += 1;
        live.generation = s.counter;
        a.generation = s.counter;
        *g = s.counter;
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
        let d = s.documents().next().expect("a document");
        let a = Rc::new(crate::engine::analyze(&d.input()));
        let (doc, generation) = (d.id.clone(), d.generation());
        s.reduce(Action::Analysed {
            doc,
            generation,
            analysis: a,
        })
    }

    fn rename(s: Rc<State>, from: &str, to: &str) -> Rc<State> {
        let a = first(&s).live.analysed.as_ref().expect("analysed");
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
        let a = first(s).live.analysed.as_ref().expect("analysed");
        a.analysis
            .entity_list
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    fn first(s: &State) -> crate::web::state::document::Doc<'_> {
        s.documents().next().expect("a document")
    }

    const TEXT: &str = "Olaf Scholz met Antony Blinken in Berlin on Monday.";

    #[test]
    fn a_short_text_is_corrected_at_once() {
        let s = rename(open(TEXT.into()), "Olaf Scholz", "Chancellor Scholz");
        assert!(jobs(&s).is_empty());
        assert!(names(&s).contains(&"Chancellor Scholz".to_string()));
    }

    #[test]
    fn a_long_texts_correction_waits_for_its_job_and_only_the_latest_is_installed() {
        // Long by its padding: the engine finds the same entities.
        let text = format!("{TEXT}\n\n{}", " ".repeat(DEFER_BYTES));
        let s = open(text);
        let before = first(&s).generation();
        let s = rename(s, "Olaf Scholz", "Chancellor Scholz");
        // Nothing changed yet but the job.
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
        assert_eq!(first(&s).generation(), before);
        assert_eq!(jobs(&s).len(), 1);
        let older = jobs(&s)[0].clone();
        // A second correction replaces the job.
        let s = rename(s, "Antony Blinken", "Secretary Blinken");
        assert_eq!(jobs(&s).len(), 1);
        let job = jobs(&s)[0].clone();
        assert_ne!(job.token, older.token);
        // What the app computes: the engine output with the corrections in force.
        let d = first(&s);
        let a = d.live.analysed.as_ref().expect("analysed");
        let raw = d.live.raw.as_ref().expect("raw").1.clone();
        let fixed = Rc::new(crate::workspace::apply(
            &a.text,
            &raw,
            &s.workspace.history.done,
        ));
        // The answer to the older job is dropped.
        let stale = s
            .clone()
            .reduce(Action::Workspace(WorkspaceAction::Corrected {
                doc: older.doc.clone(),
                token: older.token,
                analysis: fixed.clone(),
            }));
        assert!(names(&stale).contains(&"Olaf Scholz".to_string()));
        assert_eq!(jobs(&stale).len(), 1);
        // The latest one is installed, under a new generation.
        let s = s.reduce(Action::Workspace(WorkspaceAction::Corrected {
            doc: job.doc.clone(),
            token: job.token,
            analysis: fixed,
        }));
        let got = names(&s);
        assert!(got.contains(&"Chancellor Scholz".to_string()), "{got:?}");
        assert!(got.contains(&"Secretary Blinken".to_string()), "{got:?}");
        assert!(jobs(&s).is_empty());
        assert!(first(&s).generation() > before);
        assert!(!first(&s).is_stale());
        // Undoing every correction shows the engine output at once (no job).
        let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
        assert_eq!(jobs(&s).len(), 1, "one correction still in force");
        let s = s.reduce(Action::Workspace(WorkspaceAction::Undo));
        assert!(jobs(&s).is_empty());
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
    }

    /// The corrected analysis the app computes for `s`'s job (the worker's answer).
    fn answer(s: &State) -> Action {
        let job = jobs(s).first().cloned().expect("a job");
        let d = s.document(&job.doc).expect("the job's document");
        let a = d.live.analysed.as_ref().expect("analysed");
        let raw = d.live.raw.as_ref().expect("raw").1.clone();
        let fixed = crate::workspace::apply(&a.text, &raw, &s.workspace.history.done);
        Action::Workspace(WorkspaceAction::Corrected {
            doc: job.doc,
            token: job.token,
            analysis: Rc::new(fixed),
        })
    }

    fn long() -> String {
        format!("{TEXT}\n\n{}", " ".repeat(DEFER_BYTES))
    }

    #[test]
    fn a_reopened_long_text_gets_the_corrections_made_while_closed_from_a_job() {
        let s = open(long());
        let id = first(&s).id.clone();
        let s = s.reduce(Action::Remove(id.clone()));
        // Renamed everywhere while it is closed (by its name and type).
        let key = EntityKey {
            name: "Olaf Scholz".into(),
            label: crate::engine::model::Label::Person,
        };
        let s = s.reduce(Action::Workspace(WorkspaceAction::Correct(
            Correction::everywhere(Edit::Rename {
                entity: key,
                name: "Chancellor Scholz".into(),
            }),
        )));
        let s = s.reduce(Action::Reopen);
        // Back as it was, with a job for the corrections (not applied here).
        assert_eq!(first(&s).id, id);
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
        assert_eq!(jobs(&s).len(), 1);
        let s = s.clone().reduce(answer(&s));
        assert!(names(&s).contains(&"Chancellor Scholz".to_string()));
        assert!(jobs(&s).is_empty());
        // A short text reopened is corrected at once, as before.
        let short = rename(open(TEXT.into()), "Olaf Scholz", "Chancellor Scholz");
        let id = first(&short).id.clone();
        let short = short.reduce(Action::Remove(id)).reduce(Action::Reopen);
        assert!(jobs(&short).is_empty());
        assert!(names(&short).contains(&"Chancellor Scholz".to_string()));
    }

    #[test]
    fn a_restored_long_text_with_corrections_is_corrected_by_a_job() {
        let s = rename(open(long()), "Olaf Scholz", "Chancellor Scholz");
        let s = s.clone().reduce(answer(&s));
        assert!(names(&s).contains(&"Chancellor Scholz".to_string()));
        // The workspace as saved, restored (a reload): analysed anew.
        let saved = s.workspace.clone();
        let s =
            Rc::new(State::default()).reduce(Action::Workspace(WorkspaceAction::Restore(saved)));
        assert!(first(&s).live.analysed.is_none());
        let d = first(&s);
        let (doc, generation) = (d.id.clone(), d.generation());
        let raw = Rc::new(crate::engine::analyze(&d.input()));
        let s = s.reduce(Action::Analysed {
            doc,
            generation,
            analysis: raw,
        });
        // The engine output is shown until the job's answer comes.
        assert!(names(&s).contains(&"Olaf Scholz".to_string()));
        assert_eq!(jobs(&s).len(), 1);
        let s = s.clone().reduce(answer(&s));
        assert!(names(&s).contains(&"Chancellor Scholz".to_string()));
        assert!(jobs(&s).is_empty());
        assert!(!first(&s).is_stale());
    }
}
