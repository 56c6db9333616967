//! Autosave (issue 14.11: out of `WorkspaceBar`): [`use_autosave`] saves
//! the workspace to browser storage a moment after every change that is
//! saved (documents, corrections, watchlist, view), when the main thread is
//! next idle, and at once when the page is left with a save pending;
//! [`use_other_tabs`] merges what another tab of this browser saved.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::web::components::notices::{notify, Notify};
use crate::web::state::files::Tone;
use crate::web::state::workspace::save_key;
use crate::web::state::{Action, State, WorkspaceAction};
use crate::web::storage;

/// Wait this long after the last change before saving.
const SAVE_DEBOUNCE_MS: u32 = 400;

/// A save waits at most this long for the main thread to be idle.
const IDLE_TIMEOUT_MS: u32 = 1000;

/// Run `f` when the main thread is idle (`requestIdleCallback`, at most
/// [`IDLE_TIMEOUT_MS`] later), so a save does not lengthen a task that is
/// drawing or handling input; at once where the browser has no
/// `requestIdleCallback`.
fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let window = web_sys::window().map(JsValue::from);
    let ric = window.as_ref().and_then(|w| {
        js_sys::Reflect::get(w, &"requestIdleCallback".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    let (Some(w), Some(ric)) = (window, ric) else {
        return f();
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_TIMEOUT_MS.into());
    // The closure frees itself once called.
    let _ = ric.call2(&w, &Closure::once_into_js(f), &options);
}

/// A failed save is tried again after this long, then twice as long each time up to
/// [`RETRY_MAX_MS`]: room may be freed (a damaged copy discarded, documents closed in
/// another tab) without any change here that would save (issue 16.2).
const RETRY_FIRST_MS: u32 = 2000;
const RETRY_MAX_MS: u32 = 32_000;

/// The state waiting to be saved, and the number of the last failed save (only its
/// own retry runs: one chain of tries, however many saves failed).
type Pending = Rc<RefCell<(Option<UseReducerHandle<State>>, u32)>>;

/// Save the state waiting in `pending`, the newest one, if any, `ms` from now when the
/// main thread is idle; only if `failed` is the number of the last failed save, when
/// given (a retry). When saving fails and waiting may cure it
/// ([`StoreError::may_pass_later`](crate::workspace::store::StoreError::may_pass_later)), the
/// state waits there again (unless a newer one came meanwhile), to be tried again after
/// `wait` ms, or at once when the page is left. One timer closure serves the first save and the retries (each closure type
/// costs the wasm its glue).
fn save_later(
    pending: Pending,
    stamps: Stamps,
    status: UseStateHandle<SaveStatus>,
    (ms, wait, failed): (u32, u32, Option<u32>),
) -> Timeout {
    Timeout::new(ms, move || {
        when_idle(move || {
            let mut p = pending.borrow_mut();
            if failed.is_some_and(|n| n != p.1) {
                return;
            }
            let Some(state) = p.0.take() else {
                return;
            };
            drop(p);
            let mut st = stamps.borrow_mut();
            for d in &state.workspace.documents {
                if d.added_at.is_none() && !st.contains_key(&d.id) {
                    st.insert(d.id.clone(), storage::now_iso());
                }
            }
            let w = state.saved(&st);
            drop(st);
            match storage::save(&w) {
                Ok(n) => status.set(SaveStatus::Saved(n)),
                Err(e) => {
                    status.set(SaveStatus::Failed(e.to_string()));
                    // Retried only when waiting may cure it (not a workspace larger than
                    // the store can ever hold: it would be serialised every 32 s for
                    // nothing); the next change saves again anyway.
                    if !e.may_pass_later() {
                        return;
                    }
                    let mut p = pending.borrow_mut();
                    p.0.get_or_insert(state);
                    p.1 = p.1.wrapping_add(1);
                    let n = p.1;
                    drop(p);
                    let next = (wait * 2).min(RETRY_MAX_MS);
                    save_later(pending, stamps, status, (wait, next, Some(n))).forget();
                }
            }
        })
    })
}

/// What the last save did.
#[derive(Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing saved yet.
    Idle,
    /// Saved this many bytes.
    Saved(usize),
    /// Not saved: why, in words.
    Failed(String),
}

/// When each document was first saved (ISO 8601), by id: what the workspace
/// file records as `added_at` for documents that came without one.
pub type Stamps = Rc<RefCell<HashMap<String, String>>>;

/// Save `state` after changes, except the first render (a restore comes
/// first) and while `paused` (the store could not be read: saving would
/// overwrite what may still be recovered). Returns the save status and the
/// stamps used (the workspace export writes the same ones).
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<State>,
    paused: Rc<RefCell<bool>>,
) -> (UseStateHandle<SaveStatus>, Stamps) {
    let status = use_state(|| SaveStatus::Idle);
    let first_save = use_mut_ref(|| true);
    let stamps: Stamps = use_mut_ref(HashMap::new);
    // Save after changes (not on mount: the restore above comes first).
    // `unsaved` holds the state while a debounced save is pending, so leaving
    // the page (reload, tab closed) saves it at once.
    let unsaved: Pending = use_mut_ref(|| (None, 0));
    {
        let state = state.clone();
        let status = status.clone();
        let stamps = stamps.clone();
        let first = first_save.clone();
        let paused = paused.clone();
        let pending = unsaved.clone();
        use_effect_with(save_key(&state), move |_| {
            let skip = std::mem::replace(&mut *first.borrow_mut(), false) || *paused.borrow();
            if !skip {
                pending.borrow_mut().0 = Some(state.clone());
            }
            // The state saved is the newest one (`unsaved`), taken when the save
            // runs: a pagehide in between saves it instead, and then this does nothing.
            let timer = (!skip).then(|| {
                let times = (SAVE_DEBOUNCE_MS, RETRY_FIRST_MS, None);
                save_later(pending, stamps, status, times)
            });
            move || drop(timer)
        });
    }

    {
        let unsaved = unsaved.clone();
        let stamps = stamps.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "pagehide", move |_| {
                    if let Some(st) = unsaved.borrow_mut().0.take() {
                        // Nowhere left to report a failure: the page is going away.
                        let _ = storage::save(&st.saved(&stamps.borrow()));
                    }
                })
            });
            move || drop(listener)
        });
    }

    (status, stamps)
}

/// Merge what another tab of this browser saves (issue 16.1: the `storage`
/// event fires only in the other tabs) and say what it changed, through `n`.
#[hook]
pub fn use_other_tabs(state: &UseReducerHandle<State>, n: &Notify) {
    // Another tab of this browser saved the workspace: merge what it has
    // (issue 16.1). The `storage` event fires only in the other tabs.
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "storage", move |e| {
                    let get = |k: &str| {
                        js_sys::Reflect::get(e, &k.into())
                            .ok()
                            .and_then(|v| v.as_string())
                    };
                    if get("key").as_deref() != Some(crate::workspace::store::KEY) {
                        return;
                    }
                    // Large texts are under their own keys (workspace::store::save).
                    let read = |v: String| storage::read_workspace(&v);
                    let Some(new) = get("newValue").and_then(read) else {
                        return;
                    };
                    let old = get("oldValue").and_then(read);
                    d.dispatch(Action::Workspace(WorkspaceAction::External {
                        old: old.map(Box::new),
                        new: Box::new(new),
                    }));
                })
            });
            move || drop(listener)
        });
    }
    // Say which imported documents were open already (not added again).
    {
        let n = n.clone();
        let already = state.already_open.clone();
        use_effect_with(already.as_ref().map(|a| a.0), move |_| {
            if let Some(a) = already {
                notify(
                    &n,
                    Tone::Info,
                    crate::web::state::words::already_open(&a.1),
                    "",
                );
            }
        });
    }
    // Say what the other tab changed.
    {
        let n = n.clone();
        let external = state.external.clone();
        use_effect_with(external.as_ref().map(|e| e.0), move |_| {
            if let Some(e) = external {
                notify(&n, Tone::Info, e.1.describe(), "");
            }
        });
    }
}
