//! The page's undo and redo keys: Ctrl/Cmd+Z undoes the last correction,
//! Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it; F2 opens the correction form.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::web::state::{Action, State, WorkspaceAction};

/// The workspace action a key press asks for: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z
/// or Ctrl+Y redo; None inside a text field (the browser undoes typing there).
fn undo_key(e: &web_sys::KeyboardEvent) -> Option<WorkspaceAction> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    let in_field = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        });
    if in_field {
        return None;
    }
    match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
        ("z", false) => Some(WorkspaceAction::Undo),
        ("z", true) | ("y", false) => Some(WorkspaceAction::Redo),
        _ => None,
    }
}

/// Ctrl/Cmd+Z undoes the last correction, Shift+Ctrl/Cmd+Z (or Ctrl+Y)
/// redoes it; inside a text field the browser's own undo of typing wins.
/// F2 opens the correction form (`corrections::on_f2`).
#[hook]
pub(super) fn use_undo_keys(state: &UseReducerHandle<State>, editable: bool) {
    let d = state.dispatcher();
    use_effect_with(editable, move |editable| {
        let listener = editable.then(web_sys::window).flatten().map(|w| {
            let active = gloo::events::EventListenerOptions::enable_prevent_default();
            gloo::events::EventListener::new_with_options(&w, "keydown", active, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = undo_key(e) {
                    e.prevent_default();
                    d.dispatch(Action::Workspace(action));
                } else if e.key() == "F2" {
                    crate::web::components::corrections::on_f2(e, &d);
                }
            })
        });
        move || drop(listener)
    });
}
