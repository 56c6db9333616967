//! Analysis off the main thread, for long texts.
//!
//! Input: (document id, generation, text, date) jobs. Output: analyses,
//! reported through a callback with the same id and generation (the reducer
//! drops stale ones). The worker runs this same wasm module: it is a Blob
//! script that loads the wasm-bindgen glue, receives the already compiled
//! `WebAssembly.Module` by message and calls [`annalist_worker_analyze`].
//!
//! - Over http the Blob is a *module* worker importing `pkg/annalist.js`.
//! - From `file://` (the single-file page) module workers fail, so the page
//!   carries the glue as a classic script in `<script id="annalist-glue">`,
//!   and the Blob is a *classic* worker made of that text.
//!
//! The analysis comes back in parts (issue 17.3): a head (the analysis
//! without its lists), then each list in slices of at most [`parts::PART_ITEMS`]
//! items, one message each. Every message is its own task on the main
//! thread, so parsing a 2 MB document's analysis (about 12 MB of JSON) never
//! blocks it for long; the parts are put together here and the finished
//! analysis reported once.
//!
//! The worker keeps the engine output of the last texts it analysed (a
//! couple at most), so a correction of a long text is applied there too
//! ([`AnalysisWorker::correct`], issue 14.10): the page sends the
//! corrections in force, the worker applies them to what it kept (or
//! analyses the text again when it kept nothing for it) and sends the
//! corrected analysis back in parts, as an analysis.
//!
//! The worker says when it is ready (its wasm instantiated). One that has
//! not said so within [`START_MS`] is taken as failed: a worker whose script
//! never loads (a fetch that hangs, a message lost at start-up) would
//! otherwise leave its documents "Analysing…" for ever.
//!
//! When the worker cannot start or fails, [`AnalysisWorker::spawn`] returns
//! None or the error callback fires, and the app starts another worker or
//! analyses (and corrects) on the main thread.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker, WorkerOptions, WorkerType};

use crate::engine::{self, model::Analysis, model::DocumentInput};
use crate::web::parts;
use crate::workspace::{self, Correction, History, Workspace};

/// Texts longer than this (bytes) are analysed in the worker (and have
/// their corrections applied there: the state's `DEFER_BYTES`).
pub const WORKER_THRESHOLD: usize = crate::web::state::deferred::DEFER_BYTES;

/// The engine output of a text the worker analysed, kept there so a
/// correction of that text is applied without analysing it again.
struct Kept {
    doc: String,
    input: DocumentInput,
    analysis: Analysis,
}

/// Analyses kept in the worker, the latest last: a few long texts at most
/// (each is tens of MB).
const KEPT: usize = 2;

thread_local! {
    static KEPT_ANALYSES: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// The worker's engine output for `input` of `doc` as parts, `fix`ed
/// first: the output kept if it was made from the same text and date, else
/// a new analysis (kept). One function for both entry points (wasm size).
fn engine_output(
    doc: String,
    input: DocumentInput,
    fix: &dyn Fn(&DocumentInput, &Analysis) -> Analysis,
) -> Array {
    KEPT_ANALYSES.with(|k| {
        let mut kept = k.borrow_mut();
        let at = kept
            .iter()
            .position(|x| x.doc == doc && x.input.text == input.text && x.input.date == input.date);
        let entry = match at {
            Some(at) => kept.remove(at),
            None => {
                kept.retain(|x| x.doc != doc);
                // Its id is the document's: corrections name the document
                // they apply to by it.
                let input = DocumentInput {
                    id: doc.clone(),
                    ..input
                };
                let analysis = engine::analyze_with(&input, crate::web::analysis_options());
                Kept {
                    doc,
                    input,
                    analysis,
                }
            }
        };
        let mut out = fix(&entry.input, &entry.analysis);
        kept.push(entry);
        if kept.len() > KEPT {
            kept.remove(0);
        }
        // Each part is copied out to JS as it is written (issue 16.6).
        let parts = Array::new();
        parts::split(&mut out, &mut |k, json| {
            parts.push(&Array::of2(
                &JsValue::from_str(k),
                &JsValue::from_str(&json),
            ));
        });
        parts
    })
}

/// `done` as the worker reads them: a workspace file holding only them
/// (the reader and writer the app has anyway; a serde format of their own
/// cost kilobytes of wasm).
pub fn corrections_json(done: Vec<Correction>) -> Option<String> {
    let ws = Workspace {
        history: History {
            done,
            ..History::default()
        },
        ..Workspace::default()
    };
    workspace::persist::to_json(&ws).ok()
}

/// Entry point inside the worker: analyse one text of document `doc`, keep
/// the result, return it as parts, each `[list name, JSON]` (see
/// [`parts::split`]).
#[wasm_bindgen]
pub fn annalist_worker_analyze(doc: String, text: String, date: Option<String>) -> Array {
    let input = DocumentInput {
        id: String::new(),
        text,
        date,
    };
    engine_output(doc, input, &|_, a| a.clone())
}

/// Entry point inside the worker: the analysis of document `doc` (`text`,
/// `date`) with `corrections` applied (a workspace file, see
/// [`corrections_json`], holding them), as parts like [`annalist_worker_analyze`]. Uses the engine
/// output kept from the analysis of the same text when there is one.
///
/// # Errors
/// `corrections` is not a workspace file.
#[wasm_bindgen]
pub fn annalist_worker_correct(
    doc: String,
    text: String,
    date: Option<String>,
    corrections: &str,
) -> Result<Array, JsError> {
    let done = workspace::persist::from_json(corrections)
        .map_err(|e| JsError::new(&e.to_string()))?
        .history
        .done;
    let input = DocumentInput {
        id: String::new(),
        text,
        date,
    };
    Ok(engine_output(doc, input, &|input, raw| {
        workspace::apply(&input.text, raw, &done)
    }))
}

/// The message loop of the worker (appended to the glue).
const SHIM: &str = r#"
let ready = null;
self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") {
    ready = __wbg_init({ module_or_path: m.module });
    ready.then(() => self.postMessage({ ready: true }), (err) => self.postMessage({ ready: false, error: String(err) }));
    return;
  }
  (ready || Promise.reject(new Error("worker not initialised")))
    .then(() => {
      const fix = m.corrections !== undefined;
      const parts = fix
        ? annalist_worker_correct(m.doc, m.text, m.date, m.corrections)
        : annalist_worker_analyze(m.doc, m.text, m.date);
      parts.forEach(([key, json], i) =>
        self.postMessage({ doc: m.doc, generation: m.generation, fix, part: i, parts: parts.length, key, json }));
    })
    .catch((err) =>
      self.postMessage({ doc: m.doc, generation: m.generation, fix: m.corrections !== undefined, error: String(err) }));
};
"#;

/// How long a new worker may take to say it is ready (ms) before it is taken
/// as failed: loading the glue and instantiating the already compiled
/// module takes well under a second; this leaves room for a loaded machine.
pub const START_MS: u32 = 15_000;

/// A job: (document id, generation or correction token, is a correction).
type Job = (String, u64, bool);

/// A finished job.
pub struct Reply {
    /// Id of the document analysed.
    pub doc: String,
    /// The document's generation when the job was sent (stale replies are
    /// dropped); for a correction, the job's token.
    pub generation: u64,
    /// A reply to [`AnalysisWorker::correct`]: the corrected analysis.
    pub corrected: bool,
    /// The analysis (its `id` empty), or an error message.
    pub result: Result<Analysis, String>,
}

/// A running analysis worker. Dropping it terminates the worker.
pub struct AnalysisWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// Fires the error callback if the worker has not said it is ready in
    /// time (cancelled when the worker is dropped).
    _start_watch: gloo::timers::callback::Timeout,
    /// Cleared on drop: a reply read before but handed on after the drop
    /// (a zero timeout) is not given to the page.
    alive: Rc<Cell<bool>>,
}

impl Drop for AnalysisWorker {
    fn drop(&mut self) {
        self.alive.set(false);
        self.worker.terminate();
    }
}

fn set(o: &Object, k: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn blob_url(source: &str, mime: &str) -> Option<String> {
    let parts = Array::of1(&JsValue::from_str(source));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

impl AnalysisWorker {
    /// Start a worker; `on_reply` gets every result, `on_error` fires when
    /// the worker itself fails (then no more replies come).
    pub fn spawn(
        on_reply: impl Fn(Reply) + 'static,
        on_error: impl Fn() + 'static,
    ) -> Option<AnalysisWorker> {
        let document = web_sys::window()?.document()?;
        let worker = if let Some(glue) = document
            .get_element_by_id("annalist-glue")
            .and_then(|e| e.text_content())
        {
            // Single-file page: a classic worker made of the inlined glue.
            let url = blob_url(&format!("{glue}\n{SHIM}"), "text/javascript")?;
            let w = Worker::new(&url).ok();
            Url::revoke_object_url(&url).ok();
            w?
        } else {
            let base = document.base_uri().ok().flatten()?;
            let glue = Url::new_with_base("pkg/annalist.js", &base).ok()?.href();
            let src = format!(
                "import __wbg_init, {{ annalist_worker_analyze, annalist_worker_correct }} from {};\n{SHIM}",
                serde_json::to_string(&glue).ok()?
            );
            let url = blob_url(&src, "text/javascript")?;
            let opts = WorkerOptions::new();
            opts.set_type(WorkerType::Module);
            let w = Worker::new_with_options(&url, &opts).ok();
            w?
        };
        let on_reply = Rc::new(on_reply);
        // The error callback, fired once at most (by an error event, a
        // failed start or the start watch).
        let failed = Rc::new(Cell::new(false));
        let fail = Rc::new(move || {
            if !failed.replace(true) {
                on_error();
            }
        });
        let ready = Rc::new(Cell::new(false));
        let start_watch = {
            let (ready, fail) = (ready.clone(), fail.clone());
            gloo::timers::callback::Timeout::new(START_MS, move || {
                if !ready.get() {
                    fail();
                }
            })
        };
        let fail_start = fail.clone();
        let alive = Rc::new(Cell::new(true));
        let alive_reply = alive.clone();
        // Analyses being put together, by (document, generation): a few at
        // most (a Vec: no map type of its own in the wasm).
        let pending: Rc<RefCell<Vec<(Job, Analysis)>>> = Rc::default();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let get = |k: &str| Reflect::get(&data, &JsValue::from_str(k)).ok();
            let num = |k: &str| get(k).and_then(|v| v.as_f64()).unwrap_or(0.0);
            if let Some(up) = get("ready").and_then(|v| v.as_bool()) {
                ready.set(true);
                if !up {
                    // The wasm did not instantiate there: a failed worker.
                    fail_start();
                }
                return;
            }
            let doc = get("doc").and_then(|v| v.as_string()).unwrap_or_default();
            let generation = num("generation") as u64;
            let corrected = get("fix").is_some_and(|v| v.is_truthy());
            let job = (doc.clone(), generation, corrected);
            let result = match get("json").and_then(|v| v.as_string()) {
                Some(json) => {
                    let key = get("key").and_then(|v| v.as_string()).unwrap_or_default();
                    let mut p = pending.borrow_mut();
                    let at = match p.iter().position(|(k, _)| *k == job) {
                        Some(at) => at,
                        None => {
                            p.push((job.clone(), Analysis::default()));
                            p.len() - 1
                        }
                    };
                    if let Err(err) = parts::add(&mut p[at].1, &key, &json) {
                        p.swap_remove(at);
                        Err(format!("a part of the analysis did not read back: {err}"))
                    } else if num("part") + 1.0 < num("parts") {
                        return; // more parts to come
                    } else {
                        Ok(p.swap_remove(at).1)
                    }
                }
                None => {
                    pending.borrow_mut().retain(|(k, _)| *k != job);
                    Err(get("error")
                        .and_then(|v| v.as_string())
                        .unwrap_or_else(|| "no result".into()))
                }
            };
            let reply = Reply {
                doc,
                generation,
                corrected,
                result,
            };
            // The page is drawn with the analysis in a task of its own, not
            // in the one that read the last part (issue 17.3).
            let (on_reply, alive) = (on_reply.clone(), alive_reply.clone());
            gloo::timers::callback::Timeout::new(0, move || {
                if alive.get() {
                    on_reply(reply);
                }
            })
            .forget();
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| fail());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let init = Object::new();
        set(&init, "type", &JsValue::from_str("init"));
        set(&init, "module", &wasm_bindgen::module());
        worker.post_message(&init).ok()?;
        Some(AnalysisWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
            _start_watch: start_watch,
            alive,
        })
    }

    /// Queue one analysis. False when the message could not be sent.
    pub fn post(&self, doc: &str, generation: u64, input: &DocumentInput) -> bool {
        self.send(doc, generation, input, None)
    }

    /// Queue the corrected analysis of `input` (document `doc`, correction
    /// job `token`): `corrections` is a JSON array of the corrections in
    /// force. The worker uses the engine output it kept from analysing the
    /// same text (else analyses it again). False when the message could not
    /// be sent.
    pub fn correct(&self, doc: &str, token: u64, input: &DocumentInput, corrections: &str) -> bool {
        self.send(doc, token, input, Some(corrections))
    }

    fn send(
        &self,
        doc: &str,
        generation: u64,
        input: &DocumentInput,
        corrections: Option<&str>,
    ) -> bool {
        let m = Object::new();
        if let Some(c) = corrections {
            set(&m, "corrections", &JsValue::from_str(c));
        }
        set(&m, "doc", &JsValue::from_str(doc));
        set(&m, "generation", &JsValue::from_f64(generation as f64));
        set(&m, "text", &JsValue::from_str(&input.text));
        let date = input
            .date
            .as_deref()
            .map_or(JsValue::UNDEFINED, JsValue::from_str);
        set(&m, "date", &date);
        self.worker.post_message(&m).is_ok()
    }
}
