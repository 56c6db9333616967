//! The list under the chart: the events in the visible window (in date
//! order, at most [`LIST_MAX`], drawn a page at a time as the list is scrolled:
//! [`Budget`]) and those with no place on the axis, each a button with
//! `<time datetime>`.

use yew::prelude::*;

use super::dates;
use super::layout::{ev_key, Item};
use super::props::TimelineProps;
use crate::engine::model::Event;
use crate::export::timeline::said;
use crate::web::state::words::order_words;

/// Rows listed at most (zoom in to list the others).
pub const LIST_MAX: usize = 200;

/// Rows of each part (on the axis, not on it) listed until the list is scrolled near the end
/// of those drawn: about what the box shows at its tallest (24rem, some fifteen one-line
/// rows). It was 40 of each: every redraw patched or built 80 rows of which a 1280×800 window
/// showed three (six since trial 43), most of the work of deselecting an entity on a
/// 5,000-event workspace (issue 17.3, session 15).
pub const FIRST_ROWS: usize = 16;

/// Rows not on the axis listed at least on the first page.
const UNDATED_FIRST: usize = 4;

/// Rows added each time the list is scrolled near the end of those drawn.
const MORE_ROWS: usize = 40;

/// How many rows of each part the list draws, and for which list of events: `list`
/// identifies the events shown (the timeline's memo of them), so that a new selection (an
/// entity, a relation, other documents) starts again at [`FIRST_ROWS`], while a zoom or a
/// pan keeps the rows the reader scrolled to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Budget {
    /// The list of events the rows are for.
    pub list: usize,
    /// Rows of each part.
    pub rows: usize,
}

impl Budget {
    /// Rows of each part drawn for the events `list`.
    pub fn rows(self, list: usize) -> usize {
        if self.list == list {
            self.rows.clamp(FIRST_ROWS, LIST_MAX)
        } else {
            FIRST_ROWS
        }
    }

    /// The budget after the list `list` was scrolled near the end of its rows (None: all drawn
    /// that may be).
    pub fn grown(self, list: usize) -> Option<Budget> {
        let rows = self.rows(list);
        (rows < LIST_MAX).then(|| Budget {
            list,
            rows: (rows + MORE_ROWS).min(LIST_MAX),
        })
    }
}

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
#[allow(clippy::too_many_arguments)]
pub(super) fn event_list(
    props: &TimelineProps,
    items: &[Item],
    unplaced: &[(usize, usize)],
    start: f64,
    end: f64,
    limit: usize,
    onclick: &Callback<MouseEvent>,
    onscroll: &Callback<web_sys::Event>,
) -> Html {
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
                Some(format!("{}: {}", order_words(&r.relation), other.label))
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
                order_words(rel),
                dates::readable(&t.value)
            ))
        });
        html! {
            <li class={classes!(vague.then_some("vague"))}
                data-doc={d.id.clone()} data-who={e.participants.join(" ")}>
                <button type="button" class="event-row" data-ev={ev_key(lane, ev)}>
                    <time datetime={e.date.clone()}>{dates::readable(&e.date)}</time>
                    // The rest in one cell of the row's grid, the label first: every row's
                    // words start at the same x, whatever its date and tags (trial 26).
                    <span class="event-body">
                        <span class="event-label">{&e.label}</span>
                        if let Some(o) = ordered { <span class="tag">{o}</span> }
                        else if vague { <span class="tag">{"relative"}</span> }
                        if e.planned { <span class="tag">{"planned"}</span> }
                        if let Some(a) = &e.attribution { <span class="event-source">{said(a)}</span> }
                        if several { <span class="event-doc">{&d.name}</span> }
                        if !relations.is_empty() { <span class="event-rel">{relations}</span> }
                    </span>
                </button>
            </li>
        }
    };
    let shown = visible.len().min(limit);
    // In view but more than the list holds even scrolled to its end.
    let beyond = visible.len().saturating_sub(LIST_MAX);
    // The rows not on the axis, below the others in the box: on the first page, those the
    // budget leaves, and at least a few (they are there, scrolling brings the rest); then as
    // many as on the axis.
    let undated = if limit > FIRST_ROWS {
        limit
    } else {
        (limit - shown).max(UNDATED_FIRST)
    };
    let out_of_view = total_placed - visible.len();
    html! {
        <div class="event-list" onclick={onclick.clone()}>
            <p class="event-count" aria-live="polite">
                if props.relation.is_some() && total_placed == 0 && unplaced.is_empty() {
                    {"No event is stated in the selected relation's sentence. Press its timeline button again to see every event."}
                } else if props.entity.is_some() && total_placed == 0 && unplaced.is_empty() {
                    // Not "0 events in view" over an empty axis: say why.
                    {"No event names the selected entity. Select it again to see every event."}
                } else if (props.entity.is_some() || props.relation.is_some()) && total_placed == 0 {
                    // The axis is hidden (nothing to draw), the undated rows are below it.
                    {format!(
                        "No event here can be placed on the axis: {} {} listed under “Not on the axis”. {}",
                        unplaced.len(),
                        if unplaced.len() == 1 { "is" } else { "are" },
                        if props.entity.is_some() {
                            "Select the entity again to see every event."
                        } else {
                            "Press the relation's timeline button again to see every event."
                        }
                    )}
                } else {
                    {format!("{} event{} in view", visible.len(), if visible.len() == 1 { "" } else { "s" })}
                    if out_of_view > 0 { {format!(", {out_of_view} outside (zoom out or Fit to see them)")} }
                }
            </p>
            // One box scrolls both lists: the rows not on the axis no longer
            // take a box of their own below it (trial 13).
            <div class="event-scroll" onscroll={onscroll.clone()}>
                <ol>
                    { for visible.iter().take(limit).map(|it| row(it.doc, it.event, it.shape.is_vague())) }
                </ol>
                if !unplaced.is_empty() {
                    <h3 class="undated-title">{"Not on the axis"}</h3>
                    <ol class="undated">
                        { for unplaced.iter().take(undated).map(|&(l, e)| row(l, e, true)) }
                    </ol>
                }
            </div>
            // Rows scrolling brings are not counted here: the line took the height that
            // keeps the text's first lines in the first screen (trial 13, at 1280×800).
            if beyond > 0 {
                <p class="more">{format!("{beyond} more: zoom in to list them.")}</p>
            }
        </div>
    }
}
