//! The list under the chart: the events in the visible window (in date
//! order, at most [`LIST_MAX`]) and those with no place on the axis, each a
//! button with `<time datetime>`.

use yew::prelude::*;

use super::dates;
use super::layout::{ev_key, Item};
use super::props::TimelineProps;
use crate::engine::model::Event;

/// Rows listed at most (zoom in to list the others).
const LIST_MAX: usize = 200;

/// Rows listed until the list is scrolled near its end, which lists up to
/// [`LIST_MAX`]: the box shows about eight, and every redraw patched 400
/// rows (placed and not), most of the work of deselecting an entity on a
/// 5,000-event workspace (issue 17).
pub(super) const FIRST_ROWS: usize = 40;

/// The event with id `id`: "V7" is the 7th (the engine numbers them in
/// order), looked up there first, then searched for (a 2 MB text has
/// thousands of events, and each listed row names those it is ordered against).
fn event_by_id<'a>(events: &'a [Event], id: &str) -> Option<&'a Event> {
    id.strip_prefix('V')
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| events.get(n.checked_sub(1)?))
        .filter(|e| e.id == id)
        .or_else(|| events.iter().find(|e| e.id == id))
}

/// The list under the chart: the events in the visible window (in date
/// order) and those that cannot be placed, each a button with `<time>`.
/// The buttons carry `data-ev` ([`ev_key`]) and no listener: `onclick`, on
/// the list, gets (document index, event index, by pointer) of the one
/// clicked (issue 17.3: 200 rows, not 200 closures, on every redraw). Rows
/// have no key: when the events listed change (an entity selected or
/// deselected, a zoom), the rows in place are patched, not dropped and built
/// again (a keyed list whose keys all change re-creates every row).
pub(super) fn event_list(
    props: &TimelineProps,
    items: &[Item],
    unplaced: &[(usize, usize)],
    start: f64,
    end: f64,
    onclick: &Callback<MouseEvent>,
    rows: &UseStateHandle<usize>,
) -> Html {
    let limit = (**rows).min(LIST_MAX);
    // Scrolled near the end of the rows drawn: draw them all.
    let onscroll = {
        let rows = rows.clone();
        Callback::from(move |e: web_sys::Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            let near = el.scroll_top() + 2 * el.client_height() >= el.scroll_height();
            if near && *rows < LIST_MAX {
                rows.set(LIST_MAX);
            }
        })
    };
    let visible: Vec<&Item> = items
        .iter()
        .filter(|it| it.end > start && it.start < end)
        .collect();
    let total_placed = items.len();
    let several = props.docs.len() > 1;
    let row = |lane: usize, ev: usize, vague: bool| -> Html {
        let Some(d) = props.docs.get(lane) else {
            return Html::default();
        };
        let Some(e) = d.analysis.events.get(ev) else {
            return Html::default();
        };
        // "before: talks in Beijing": how it is ordered against other events.
        let relations = e
            .relations
            .iter()
            .filter_map(|r| {
                let other = event_by_id(&d.analysis.events, &r.event)?;
                Some(format!("{}: {}", r.relation.to_lowercase(), other.label))
            })
            .collect::<Vec<_>>()
            .join("; ");
        // "sold before Easter": ordered against a date, not on it ("before 20 Apr 2025").
        let ordered = e.timex_relation.as_deref().and_then(|rel| {
            let t = d
                .analysis
                .timex
                .iter()
                .find(|t| Some(&t.id) == e.timex.as_ref())?;
            Some(format!(
                "{} {}",
                rel.to_lowercase(),
                dates::readable(&t.value)
            ))
        });
        html! {
            <li class={classes!(vague.then_some("vague"))}
                data-doc={d.id.clone()} data-who={e.participants.join(" ")}>
                <button type="button" class="event-row" data-ev={ev_key(lane, ev)}>
                    <time datetime={e.date.clone()}>{dates::readable(&e.date)}</time>
                    if let Some(o) = ordered { <span class="tag">{o}</span> }
                    else if vague { <span class="tag">{"relative"}</span> }
                    if e.planned { <span class="tag">{"planned"}</span> }
                    <span class="event-label">{&e.label}</span>
                    if several { <span class="event-doc">{&d.name}</span> }
                    if !relations.is_empty() { <span class="event-rel">{relations}</span> }
                </button>
            </li>
        }
    };
    let shown = visible.len().min(limit);
    let hidden_count = visible.len() - shown;
    let out_of_view = total_placed - visible.len();
    html! {
        <div class="event-list" onclick={onclick.clone()}>
            <p class="event-count" aria-live="polite">
                if props.relation.is_some() && total_placed == 0 && unplaced.is_empty() {
                    {"No event is stated in the selected relation's sentence. Press its timeline button again to see every event."}
                } else if props.entity.is_some() && total_placed == 0 && unplaced.is_empty() {
                    // Not "0 events in view" over an empty axis: say why.
                    {"No event names the selected entity. Select it again to see every event."}
                } else {
                    {format!("{} event{} in view", visible.len(), if visible.len() == 1 { "" } else { "s" })}
                    if out_of_view > 0 { {format!(", {out_of_view} outside (zoom out or Fit to see them)")} }
                }
            </p>
            // One box scrolls both lists: the rows not on the axis no longer
            // take a box of their own below it (trial 13).
            <div class="event-scroll" {onscroll}>
                <ol>
                    { for visible.iter().take(limit).map(|it| row(it.doc, it.event, it.shape.is_vague())) }
                </ol>
                if !unplaced.is_empty() {
                    <h3 class="undated-title">{"Not on the axis"}</h3>
                    <ol class="undated">
                        { for unplaced.iter().take(limit).map(|&(l, e)| row(l, e, true)) }
                    </ol>
                }
            </div>
            if hidden_count > 0 && shown < LIST_MAX.min(visible.len()) {
                <p class="more">{format!("{hidden_count} more: scroll the list, or zoom in, to list them.")}</p>
            } else if hidden_count > 0 {
                <p class="more">{format!("{hidden_count} more: zoom in to list them.")}</p>
            }
        </div>
    }
}
