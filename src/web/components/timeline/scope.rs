//! What the timeline shows, said above its chart: the filter in force ("Filtered: relation
//! Gazprom → Serbia, supply" with a Clear button) and whether the events are the open
//! document's or every document's (an "All documents" toggle, offered with more than one).
//!
//! New-user trial: a relation's Timeline button narrowed the timeline out of sight and
//! nothing said so or undid it; the timeline listed another tab's events beside the open
//! document's. [`use_reveal`] brings the timeline into view when a relation narrows it.

use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::props::TimelineProps;

/// The filter marker and the documents toggle, for the timeline's toolbar row above the
/// chart; `clear` is the marker's button (focused by [`use_reveal`]).
pub(super) fn scope_bar(props: &TimelineProps, clear: &NodeRef) -> Html {
    let marker = props.narrowed_to.as_ref().map(|what| {
        let on_clear = props.on_clear.reform(|_: MouseEvent| ());
        html! {
            <span class="timeline-filter">
                <span aria-live="polite">{"Filtered: "}<strong class="filtered-to">{what.clone()}</strong></span>
                <button type="button" class="clear-filter" ref={clear.clone()} onclick={on_clear}
                    aria-label={format!("Clear the filter ({what}): show every event")}>{"Clear"}</button>
            </span>
        }
    });
    let toggle = props.all_docs.map(|all| {
        let onclick = props.on_all_docs.reform(move |_: MouseEvent| !all);
        html! {
            <button type="button" class="all-docs" aria-pressed={if all { "true" } else { "false" }} {onclick}
                title="Show the events of every open document, not only the open one's">{"All documents"}</button>
        }
    });
    html! { <>{toggle}{marker}</> }
}

/// Brings the timeline (`root`) into view and moves the focus to the filter's Clear button
/// when a relation comes to narrow it (a relation's Timeline button, pressed in the panel
/// below): the user sees what the button did and can undo it at once, from the keyboard too.
/// Not on the first render, and not when the filter is cleared or an entity selected (a
/// click in the text must not move the page).
#[hook]
pub(super) fn use_reveal(relation: Option<(String, [usize; 2])>, root: NodeRef, clear: NodeRef) {
    let last = use_mut_ref(|| relation.clone());
    use_effect_with(relation, move |relation| {
        let before = std::mem::replace(&mut *last.borrow_mut(), relation.clone());
        if relation.is_some() && *relation != before {
            if let Some(el) = root.cast::<web_sys::Element>() {
                // The panel, its title included.
                let el = el.closest(".timeline-panel").ok().flatten().unwrap_or(el);
                let at = ScrollIntoViewOptions::new();
                at.set_block(ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&at);
            }
            // In view already: focusing it scrolls no further.
            if let Some(button) = clear.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    });
}
