//! The engine on the main thread, behind a trap guard (issue 16.5).
//!
//! Input: a [`DocumentInput`] (texts under `worker::WORKER_THRESHOLD`
//! bytes are analysed on the page's own thread). Output: the [`Analysis`],
//! or the fault in words when the wasm trapped (out of memory, or a panic,
//! which aborts in this build).
//!
//! A trap unwinds every wasm frame up to the nearest JavaScript caller. So
//! the analysis is not called directly: it runs in a closure that is called
//! *through JavaScript* (`Function.prototype.call`, which wasm-bindgen wraps
//! in a `try`/`catch`), so the trap stops there, the calling Rust frames
//! stay intact, and the page keeps running. What the trapped analysis had
//! allocated is not freed; the wasm memory itself stays valid.
//!
//! Architecture invariant: the page never calls `engine::analyze` on its
//! own thread except through [`analyze`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::{self, model::Analysis, model::DocumentInput};

/// Test hook: when the page's `window` has this property set to `true`,
/// the next guarded analysis executes a wasm `unreachable` instruction (a
/// real trap, as running out of memory gives) and clears the flag. Used
/// by the e2e test of issue 16.5; nothing in the app sets it.
pub const TRAP_HOOK: &str = "__annalistTrapNextAnalysis";

/// Analyse `input` on this thread; `Err` holds the trap's message (such as
/// `RuntimeError: unreachable`) when the wasm trapped.
pub fn analyze(input: &DocumentInput) -> Result<Analysis, String> {
    let out: Rc<RefCell<Option<Analysis>>> = Rc::default();
    let run = {
        let out = out.clone();
        let input = input.clone();
        Closure::<dyn FnMut()>::new(move || {
            if trap_requested() {
                core::arch::wasm32::unreachable();
            }
            let a = engine::analyze_with(&input, crate::web::analysis_options());
            *out.borrow_mut() = Some(a);
        })
    };
    let called = run
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL);
    drop(run);
    match called {
        Ok(_) => out
            .borrow_mut()
            .take()
            .ok_or_else(|| "the analysis returned nothing".to_string()),
        Err(e) => Err(match e.dyn_ref::<js_sys::Error>() {
            Some(err) => String::from(err.to_string()),
            None => e.as_string().unwrap_or_else(|| "an internal fault".into()),
        }),
    }
}

/// Whether the test hook [`TRAP_HOOK`] is set (it is cleared here).
fn trap_requested() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let key = JsValue::from_str(TRAP_HOOK);
    let set = js_sys::Reflect::get(&w, &key).is_ok_and(|v| v.is_truthy());
    if set {
        let _ = js_sys::Reflect::delete_property(&w, &key);
    }
    set
}

/// The notice for a document whose analysis trapped (here or in the worker).
pub fn failure_reason(fault: &str) -> String {
    format!(
        "This text could not be analysed: the analysis ran out of memory \
         or stopped on an internal fault ({fault}). The page still works: \
         try a shorter text, or split it."
    )
}
