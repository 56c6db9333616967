//! What the document view does to the page directly, outside Yew's
//! rendering: the "More text below" cue, the roving focus between names and
//! the `sel` class on a selected entity's marks.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::NodeRef;

/// Give the text box's wrapper the `more` class while text lies below the box's view (see
/// the "More below" cue in [`DocumentView`]); a class set here, not state, so scrolling
/// never re-renders the text.
pub(super) fn mark_more_below(container: &NodeRef, wrapper: &NodeRef) {
    let (Some(root), Some(wrap)) = (container.cast::<Element>(), wrapper.cast::<Element>()) else {
        return;
    };
    let below = root.scroll_height() - root.scroll_top() - root.client_height();
    // A few pixels of slack: zoomed pages scroll to fractional positions.
    let more = below > 4;
    // A scroll bar that takes room (not an overlay one) stays clear of the fade.
    let bar =
        more && root.get_bounding_client_rect().width() - f64::from(root.client_width()) > 2.0;
    for (class, on) in [("more", more), ("bar", bar)] {
        if wrap.class_list().contains(class) != on {
            let _ = wrap.class_list().toggle_with_force(class, on);
        }
    }
}

/// Move the focus from the text (or the highlighted name focused in it) to
/// the next (`forward`) or previous shown name; the first from the text
/// itself. False when there is none to move to (the key then does what it
/// would). A roving focus: the names are focusable (`tabindex="-1"`) but not
/// Tab stops, the text is.
pub(super) fn roving_step(e: &KeyboardEvent, forward: bool) -> bool {
    let Some(root) = e
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return false;
    };
    let Ok(list) = root.query_selector_all("mark.ent:not(.off)") else {
        return false;
    };
    let marks: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = active.and_then(|a| marks.iter().position(|m| **m == a));
    let next = match (at, forward) {
        (None, true) => Some(0),
        (None, false) => marks.len().checked_sub(1),
        (Some(i), true) => Some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    };
    match next.and_then(|i| marks.get(i)) {
        Some(m) => m.focus().is_ok(),
        None => false,
    }
}

/// Selector of the marks of entity `id`: its own mentions and those
/// standing for it ("Berlin" for Germany).
pub(super) fn entity_query(id: &str) -> String {
    let id = css_escape(id);
    format!("mark[data-entity=\"{id}\"], mark[data-actor=\"{id}\"]")
}

/// Add (or remove) `class` on every element under `root` matching `query`.
pub(super) fn set_class(root: &Element, query: &str, class: &str, on: bool) {
    let Ok(list) = root.query_selector_all(query) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = if on {
                el.class_list().add_1(class)
            } else {
                el.class_list().remove_1(class)
            };
        }
    }
}

/// Escape a value for a CSS attribute selector in double quotes.
fn css_escape(s: &str) -> String {
    crate::web::state::escape::css_string(s)
}
