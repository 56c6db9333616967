//! Analysis jobs of the app: which documents are analysed where and when.
//!
//! Input: the state's pending (document, generation) pairs and correction
//! jobs. Output: `Action`s dispatched as results arrive. Short texts are
//! analysed on the main thread in time slices; long texts, and many short
//! ones at once, go to the analysis worker ([`crate::web::worker`]), which
//! is started on first need, watched at start-up and replaced when it fails.
//! Architecture invariant: a job is asked for once (in flight, arrived and
//! pending do not overlap), and a dropped worker's replies never reach the
//! state.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::engine::model::{Analysis, DocumentInput};
use crate::web::components::document_view::Preparing;
use crate::web::guard;
use crate::web::state::{Action, AnalysedDoc, State, WorkspaceAction};
use crate::web::worker::{AnalysisWorker, Reply, WORKER_THRESHOLD};
use crate::workspace::Correction;

/// Main-thread analysis budget per tick (ms): short documents are analysed
/// until this much time is used, then the page gets the thread back.
const SLICE_MS: f64 = 10.0;

/// Short documents left over after a time slice go to the analysis worker,
/// all at once, when there are at least this many (a workspace of files
/// opened together); fewer wait for the next slice here (issue 17.3).
const BATCH_TO_WORKER: usize = 8;

/// Analyses coming back from the worker while more are on their way are
/// handed to the page together: the first ones this soon (ms), so the page
/// shows that the batch is coming, then at most every
/// [`WORKER_FLUSH_LATER_MS`]: one state change and one render per flush, not
/// one per document.
const WORKER_FLUSH_MS: u32 = 100;

/// The wait (ms) before the second flush of one batch, doubled for each
/// later one: each draws the whole page again (349 tabs, a growing
/// timeline), which was most of the main thread's time while a 5,000-event
/// workspace loaded (issue 17); a batch that takes n seconds is drawn about
/// log2(n) + 2 times.
const WORKER_FLUSH_LATER_MS: u32 = 1000;

/// Jobs sent to the worker and not answered yet, by (doc, generation).
pub(crate) type InFlight = Rc<RefCell<HashMap<(String, u64), DocumentInput>>>;

/// Workers that may fail to start or fail before the app stops using one
/// and analyses long texts on the main thread.
const WORKER_FAILURES: u8 = 2;

/// Worker handle shared by the scheduling effect; `broken` once workers
/// failed [`WORKER_FAILURES`] times.
#[derive(Default)]
pub(crate) struct WorkerSlot {
    worker: Option<AnalysisWorker>,
    broken: bool,
    failures: u8,
    /// Correction jobs sent to the worker, by (doc, token), with what it
    /// takes to apply them here instead if the worker fails.
    /// (A Vec: a few jobs at most, and no map type of its own in the wasm.)
    fixing: Vec<((String, u64), Fallback)>,
    /// Analyses the worker sent that the page has not been given yet, and the
    /// timer that gives them ([`WORKER_FLUSH_MS`]).
    arrived: Vec<AnalysedDoc>,
    flush: Option<Timeout>,
    /// Flushes since the worker last had nothing in flight.
    flushes: u32,
    /// Long texts whose analysis (or correction) came back and whose view
    /// is being derived ([`prepare_then`]): given to the state after that.
    preparing: Vec<PrepKey>,
}

/// What gives a prepared job's result to the state ([`prepare_then`]).
type Then = Box<dyn FnOnce(&Rc<RefCell<WorkerSlot>>)>;

/// A job whose result waits for its view: (doc, generation or correction
/// token, is a correction).
type PrepKey = (String, u64, bool);

impl WorkerSlot {
    /// Take the job `key` out of `fixing`.
    fn take_fix(&mut self, key: &(String, u64)) -> Option<Fallback> {
        let at = self.fixing.iter().position(|(k, _)| k == key)?;
        Some(self.fixing.swap_remove(at).1)
    }
}

/// Hand the worker's analyses that arrived so far to the state, in one action.
fn flush_arrived(dispatcher: &UseReducerDispatcher<State>, slot: &RefCell<WorkerSlot>) {
    let (batch, timer) = {
        let mut s = slot.borrow_mut();
        s.flushes += 1;
        (std::mem::take(&mut s.arrived), s.flush.take())
    };
    // Dropped after this task: this may be that timer's own callback.
    wasm_bindgen_futures::spawn_local(async move { drop(timer) });
    if !batch.is_empty() {
        dispatcher.dispatch(Action::AnalysedBatch(batch));
    }
}

/// Derive the view of a long text's analysis that came back ([`Preparing`]),
/// one step a task, then `then` (which hands it to the state). `key`: the
/// (doc, generation or correction token, is a correction) of the job, which
/// is not asked for again meanwhile.
fn prepare_then(
    slot: &Rc<RefCell<WorkerSlot>>,
    key: PrepKey,
    text: Rc<str>,
    analysis: Rc<Analysis>,
    then: Then,
) {
    slot.borrow_mut().preparing.push(key.clone());
    step_later(
        Preparing::new(text, analysis),
        Rc::downgrade(slot),
        key,
        then,
    );
}

/// One step of `preparing` in a task of its own (a zero timeout), then the
/// next, and after the last one `then`, unless the page has gone meanwhile
/// (its slot with it).
fn step_later(mut preparing: Preparing, slot: Weak<RefCell<WorkerSlot>>, key: PrepKey, then: Then) {
    // Forgotten: it runs once and is not cancelled (the slot is checked).
    Timeout::new(0, move || {
        // The page has gone: derive nothing more (a step may displace a cached view).
        if slot.strong_count() == 0 {
            return;
        }
        if !preparing.step() {
            return step_later(preparing, slot, key, then);
        }
        drop(preparing);
        let Some(slot) = slot.upgrade() else { return };
        slot.borrow_mut().preparing.retain(|k| *k != key);
        then(&slot);
    })
    .forget();
}

/// A long text's correction job done on the main thread: (text, engine
/// output, corrections for it).
type Fallback = (Rc<str>, Rc<Analysis>, Vec<Correction>);

/// Apply a correction job here and hand the result to the state.
fn correct_now(dispatcher: &UseReducerDispatcher<State>, doc: String, token: u64, job: &Fallback) {
    let (text, raw, done) = job;
    dispatcher.dispatch(Action::Workspace(WorkspaceAction::Corrected {
        doc,
        token,
        analysis: Rc::new(crate::workspace::apply(text, raw, done)),
    }));
}

/// Start the state's deferred correction jobs (long texts, issue 14.10):
/// in the worker, which kept the engine output, or here when it cannot run.
pub(crate) fn run_corrections(
    state: &State,
    dispatcher: &UseReducerDispatcher<State>,
    slot: &Rc<RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) {
    for job in crate::web::state::deferred::jobs(state) {
        let key = (job.doc.clone(), job.token);
        let s = slot.borrow();
        let preparing = s.preparing.contains(&(key.0.clone(), key.1, true));
        if preparing || s.fixing.iter().any(|(k, _)| *k == key) {
            continue;
        }
        drop(s);
        let Some(d) = state.document(&job.doc) else {
            continue;
        };
        let (Some(a), Some((_, raw))) = (d.live.analysed.as_ref(), d.live.raw.as_ref()) else {
            continue;
        };
        let done: Vec<Correction> = (state.workspace.history.done.iter())
            .filter(|c| c.applies_to(&job.doc))
            .cloned()
            .collect();
        let json = crate::web::worker::corrections_json(done.clone());
        let fallback = (a.text.clone(), raw.clone(), done);
        let input = DocumentInput {
            text: a.text.to_string(),
            ..d.input()
        };
        let sent = ensure_worker(dispatcher, slot, in_flight)
            && json.is_some_and(|json| {
                (slot.borrow().worker.as_ref())
                    .is_some_and(|w| w.correct(&job.doc, job.token, &input, &json))
            });
        if sent {
            slot.borrow_mut().fixing.push((key, fallback));
        } else {
            correct_now(dispatcher, job.doc.clone(), job.token, &fallback);
        }
    }
}

fn analyse_now(
    dispatcher: &UseReducerDispatcher<State>,
    doc: String,
    generation: u64,
    input: &DocumentInput,
) {
    match guard::analyze(input) {
        Ok(analysis) => dispatcher.dispatch(Action::Analysed {
            doc,
            generation,
            analysis: Rc::new(analysis),
        }),
        Err(fault) => dispatcher.dispatch(Action::AnalysisFailed {
            doc,
            generation,
            reason: guard::failure_reason(&fault),
        }),
    }
}

/// Start the jobs: long texts go to the worker (started on first need);
/// short ones are analysed here, time-sliced: as many as fit in
/// [`SLICE_MS`] (at least one), delivered in ONE [`Action::AnalysedBatch`]
/// so the page re-renders once per slice, not once per document. The rest
/// follow on the next tick (the state change re-runs the scheduling effect
/// with a zero timeout), so input is handled between slices; when
/// [`BATCH_TO_WORKER`] or more are left, they go to the worker at once.
pub(crate) fn run_jobs(
    jobs: Vec<(String, u64, DocumentInput, bool)>,
    dispatcher: &UseReducerDispatcher<State>,
    slot: &Rc<RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) {
    let start = js_sys::Date::now();
    let mut batch = Vec::new();
    let mut failed = Vec::new();
    // Not again: jobs sent meanwhile, or whose analysis came back and waits
    // for the next flush (the state still counts them as pending).
    let mut jobs = jobs;
    jobs.retain(|(doc, generation, ..)| {
        let key = (doc.clone(), *generation);
        let s = slot.borrow();
        !in_flight.borrow().contains_key(&key)
            && !(s.arrived.iter()).any(|a| a.doc == *doc && a.generation == *generation)
            && !s.preparing.contains(&(key.0.clone(), key.1, false))
    });
    // Many short documents: the worker is started first, so that it loads
    // while this slice runs (the batch below goes to it).
    if jobs.len() > 2 * BATCH_TO_WORKER {
        ensure_worker(dispatcher, slot, in_flight);
    }
    // Short documents that did not fit in this slice.
    let mut left = Vec::new();
    for (doc, generation, input, _) in jobs {
        if input.text.len() > WORKER_THRESHOLD && ensure_worker(dispatcher, slot, in_flight) {
            let sent = slot
                .borrow()
                .worker
                .as_ref()
                .is_some_and(|w| w.post(&doc, generation, &input));
            if sent {
                in_flight.borrow_mut().insert((doc, generation), input);
                continue;
            }
        }
        if (batch.is_empty() && failed.is_empty()) || js_sys::Date::now() - start < SLICE_MS {
            // A trap here is caught and shown; the page goes on (issue 16.5).
            match guard::analyze(&input) {
                Ok(a) => batch.push(AnalysedDoc {
                    doc,
                    generation,
                    analysis: Rc::new(a),
                }),
                Err(fault) => failed.push((doc, generation, fault)),
            }
        } else {
            left.push((doc, generation, input));
        }
    }
    // Many left (files opened together): all to the worker now, which
    // analyses them one after the other while this thread only draws what
    // comes back (issue 17.3: a 5,000-event workspace). Those it cannot take
    // stay pending and are done here, slice by slice.
    if left.len() >= BATCH_TO_WORKER && ensure_worker(dispatcher, slot, in_flight) {
        for (doc, generation, input) in left {
            let sent =
                (slot.borrow().worker.as_ref()).is_some_and(|w| w.post(&doc, generation, &input));
            if sent {
                in_flight.borrow_mut().insert((doc, generation), input);
            }
        }
    }
    if !batch.is_empty() {
        dispatcher.dispatch(Action::AnalysedBatch(batch));
    }
    for (doc, generation, fault) in failed {
        dispatcher.dispatch(Action::AnalysisFailed {
            doc,
            generation,
            reason: guard::failure_reason(&fault),
        });
    }
}

/// The worker is gone (dropped after a trap or a failure): its analysis
/// jobs go to a new worker (or are done here), and its correction jobs are
/// done here, where the engine output is kept.
fn worker_gone(
    dispatcher: &UseReducerDispatcher<State>,
    slot: &Rc<RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) {
    resend(dispatcher, slot, in_flight);
    let fixes: Vec<_> = (slot.try_borrow_mut())
        .map(|mut s| s.fixing.drain(..).collect())
        .unwrap_or_default();
    for ((doc, token), job) in fixes {
        correct_now(dispatcher, doc, token, &job);
    }
}

/// Send the jobs in flight again, to a new worker (the last one is gone),
/// or analyse them here when no worker can run.
fn resend(
    dispatcher: &UseReducerDispatcher<State>,
    slot: &Rc<RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) {
    let jobs: Vec<_> = in_flight.borrow_mut().drain().collect();
    for ((doc, generation), input) in jobs {
        let sent = ensure_worker(dispatcher, slot, in_flight)
            && (slot.borrow().worker.as_ref()).is_some_and(|w| w.post(&doc, generation, &input));
        if sent {
            in_flight.borrow_mut().insert((doc, generation), input);
        } else {
            analyse_now(dispatcher, doc, generation, &input);
        }
    }
}

/// Start the worker if needed; false when it cannot run here.
fn ensure_worker(
    dispatcher: &UseReducerDispatcher<State>,
    slot: &Rc<RefCell<WorkerSlot>>,
    in_flight: &InFlight,
) -> bool {
    {
        let s = slot.borrow();
        if s.broken {
            return false;
        }
        if s.worker.is_some() {
            return true;
        }
    }
    let on_reply = {
        let dispatcher = dispatcher.clone();
        let in_flight = in_flight.clone();
        let slot = Rc::downgrade(slot);
        move |r: Reply| {
            if r.corrected {
                let Some(slot) = slot.upgrade() else { return };
                let job = slot.borrow_mut().take_fix(&(r.doc.clone(), r.generation));
                match (r.result, job) {
                    (Ok(mut a), job) => {
                        a.id = r.doc.clone();
                        let analysis = Rc::new(a);
                        let key = (r.doc.clone(), r.generation, true);
                        let (dispatcher, a) = (dispatcher.clone(), analysis.clone());
                        let give = move |_: &Rc<RefCell<WorkerSlot>>| {
                            dispatcher.dispatch(Action::Workspace(WorkspaceAction::Corrected {
                                doc: r.doc,
                                token: r.generation,
                                analysis,
                            }));
                        };
                        // Its view derived first, a step a task, as an analysis's.
                        match job {
                            Some((text, ..)) => {
                                prepare_then(&slot, key, text, a, Box::new(give));
                            }
                            None => give(&slot),
                        }
                    }
                    // Failed there (a trap ends that worker): done here.
                    (Err(_), Some(job)) => {
                        let trapped = slot.borrow_mut().worker.take();
                        wasm_bindgen_futures::spawn_local(async move { drop(trapped) });
                        correct_now(&dispatcher, r.doc, r.generation, &job);
                        worker_gone(&dispatcher, &slot, &in_flight);
                    }
                    (Err(_), None) => {}
                }
                return;
            }
            let input = in_flight
                .borrow_mut()
                .remove(&(r.doc.clone(), r.generation));
            let (parsed, err) = match r.result {
                Ok(a) => (Some(a), String::new()),
                Err(e) => (None, e),
            };
            match (parsed, input) {
                (Some(mut a), Some(input)) => {
                    a.id = input.id;
                    let Some(slot) = slot.upgrade() else { return };
                    let analysis = Rc::new(a);
                    let arrived = AnalysedDoc {
                        doc: r.doc,
                        generation: r.generation,
                        analysis,
                    };
                    // A long text's view is derived in steps, a task each, and
                    // the page drawn with it after (issue 17.3: deriving and
                    // drawing a 2 MB text in one task was its longest task).
                    if input.text.len() > WORKER_THRESHOLD {
                        let key = (arrived.doc.clone(), arrived.generation, false);
                        let (text, analysis) = (Rc::from(input.text), arrived.analysis.clone());
                        let (dispatcher, in_flight) = (dispatcher.clone(), in_flight.clone());
                        let then = move |slot: &Rc<RefCell<WorkerSlot>>| {
                            slot.borrow_mut().arrived.push(arrived);
                            flush_arrived(&dispatcher, slot);
                            if in_flight.borrow().is_empty() {
                                slot.borrow_mut().flushes = 0;
                            }
                        };
                        prepare_then(&slot, key, text, analysis, Box::new(then));
                    // The last one expected: given now; else with the
                    // others that arrive within WORKER_FLUSH_MS.
                    } else {
                        slot.borrow_mut().arrived.push(arrived);
                        if in_flight.borrow().is_empty() {
                            flush_arrived(&dispatcher, &slot);
                            slot.borrow_mut().flushes = 0;
                        } else if slot.borrow().flush.is_none() {
                            let dispatcher = dispatcher.clone();
                            let weak = Rc::downgrade(&slot);
                            let wait = match slot.borrow().flushes {
                                0 => WORKER_FLUSH_MS,
                                n => WORKER_FLUSH_LATER_MS << (n - 1).min(4),
                            };
                            let timer = Timeout::new(wait, move || {
                                if let Some(slot) = weak.upgrade() {
                                    flush_arrived(&dispatcher, &slot);
                                }
                            });
                            slot.borrow_mut().flush = Some(timer);
                        }
                    }
                }
                // The worker trapped on this text (out of memory, an
                // internal fault): say so, and never retry it here, where a
                // trap would take the page down (issue 16.5). The trapped
                // instance is dropped; the next long text starts a new one.
                (None, Some(_)) => {
                    if let Some(slot) = slot.upgrade() {
                        if let Ok(mut s) = slot.try_borrow_mut() {
                            // Dropped after this message handler returns: it
                            // belongs to the worker being dropped.
                            let trapped = s.worker.take();
                            wasm_bindgen_futures::spawn_local(async move { drop(trapped) });
                        }
                        // Its other jobs are sent again, to the next worker.
                        worker_gone(&dispatcher, &slot, &in_flight);
                    }
                    dispatcher.dispatch(Action::AnalysisFailed {
                        doc: r.doc,
                        generation: r.generation,
                        reason: guard::failure_reason(&err),
                    });
                }
                _ => {}
            }
        }
    };
    let on_error = {
        let dispatcher = dispatcher.clone();
        let in_flight = in_flight.clone();
        let slot = Rc::downgrade(slot);
        move || {
            let Some(slot) = slot.upgrade() else { return };
            let Ok(mut s) = slot.try_borrow_mut() else {
                return;
            };
            // Dropped after this handler returns: it may belong to the
            // failed worker.
            let failed = s.worker.take();
            wasm_bindgen_futures::spawn_local(async move { drop(failed) });
            s.failures += 1;
            s.broken = s.failures >= WORKER_FAILURES;
            drop(s);
            worker_gone(&dispatcher, &slot, &in_flight);
        }
    };
    let worker = AnalysisWorker::spawn(on_reply, on_error);
    let mut s = slot.borrow_mut();
    s.broken = worker.is_none();
    s.worker = worker;
    !s.broken
}
