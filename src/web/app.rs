//! `App`: the root component. Owns the [`State`] reducer, schedules analyses
//! (on the main thread in ~10 ms time slices, one state change per slice;
//! edits debounced, new documents at once; long texts in a Web Worker) and
//! lays out the four regions: input, Document, Entities, Timeline.
//!
//! Input: [`AppProps`] (documents to start with, read-only and embedded
//! modes, the entity types to show). Output: the whole interface.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::engine::model::{DocumentInput, Label};
use crate::web::components::after_paint;
use crate::web::components::corrections::{EntityCorrection, TextTools};
use crate::web::components::document_input::{DocTab, DocumentInput as DocumentInputView};
use crate::web::components::document_view::DocumentView;
use crate::web::components::entity_panel::EntityPanel;
use crate::web::components::timeline::{Timeline, TimelineDoc};
use crate::web::jobs::{InFlight, WorkerSlot};
use crate::web::state::{words, Action, State};
use crate::web::worker::WORKER_THRESHOLD;

mod handlers;
mod keys;
mod late;
mod schedule;
mod start;
mod status;
mod timeline_docs;
use handlers::{use_handlers, Handlers};
use start::{analyse_selected_now, seeds};
use status::status_line;

/// Props of [`App`], set by the custom element or the exported page.
#[derive(Properties, PartialEq, Default, Clone)]
pub struct AppProps {
    /// Documents to open instead of the example article.
    #[prop_or_default]
    pub initial: Option<Vec<DocumentInput>>,
    /// No editing: the text input is hidden (exported pages).
    #[prop_or_default]
    pub read_only: bool,
    /// Compact layout without the page header (inside `<annalist-view>`).
    #[prop_or_default]
    pub embedded: bool,
    /// Entity types to show (None: all).
    #[prop_or_default]
    pub types: Option<Vec<Label>>,
}

/// The whole application: document input, document view, entity panel,
/// relations and timeline over one [`State`].
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let mut s = State::new(seeds(props.initial.as_deref()), props.types.as_deref());
            if !props.embedded && !props.read_only {
                // A returning user's workspace, before anything is shown or analysed.
                crate::web::components::workspace::restore_saved(&mut s);
            }
            analyse_selected_now(s)
        })
    };
    let slot = use_mut_ref(WorkerSlot::default);
    let in_flight: InFlight = use_mut_ref(HashMap::new);
    // What the timeline last showed, and when (ms since the epoch).
    let timeline_shown = use_mut_ref(|| (0.0f64, Rc::new(Vec::<TimelineDoc>::new())));

    // Analyses and corrections of long texts, on time slices here or in the worker.
    schedule::use_scheduling(&state, &slot, &in_flight);

    // New documents from the embedding page.
    {
        let dispatcher = state.dispatcher();
        let initial = props.initial.clone();
        // The reducer was built from the first props: only later changes count.
        let mounted = use_mut_ref(|| false);
        use_effect_with(initial, move |initial| {
            let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
            if !first && initial.is_some() {
                dispatcher.dispatch(Action::Replace(seeds(initial.as_deref())));
            }
        });
    }

    // Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z (or Ctrl+Y) and F2 (`keys`).
    keys::use_undo_keys(&state, !props.embedded && !props.read_only);

    // The callbacks handed to the panels are made once (those that name the
    // selected document, once per document): a new `Callback` compares unequal,
    // so making them on every render re-rendered every panel on every state
    // change, the document tabs with their listeners included (issue 17.3: a
    // 350-document workspace re-drew its 350 tabs on each analysis batch and
    // on each entity selected).
    let selected_id = state.selected_doc.clone().unwrap_or_default();
    let Handlers {
        select_doc: on_select_doc,
        remove_doc: on_remove_doc,
        filter: on_filter,
        add: on_add,
        import: on_import,
        select_entity: on_select_entity,
        close_entity: on_close_entity,
        toggle: on_toggle,
        focus: on_focus,
        reopen,
        correct: on_correct,
        select_relation: on_select_relation,
        dates_in_words: on_dates_in_words,
        lanes: on_lanes,
        all_docs: on_all_docs,
        clear: on_clear,
        text: on_text,
        date: on_date,
        rename: on_rename,
    } = use_handlers(
        &state,
        &selected_id,
        state.documents().any(|d| d.text.len() > WORKER_THRESHOLD),
    );
    let selected = state.selected();
    let tabs: Vec<DocTab> = state
        .documents()
        .map(|d| DocTab {
            id: d.id.clone(),
            name: d.name.clone(),
        })
        .collect();
    let timeline_docs = timeline_docs::refreshed(&state, &mut timeline_shown.borrow_mut());
    // The open document's events only, unless the user asked for every document's
    // (new-user trial: the list showed another tab's events beside this one's).
    let all_docs = (state.workspace.documents.len() > 1).then_some(state.timeline_all);
    let timeline_docs = if state.timeline_all {
        timeline_docs
    } else {
        Rc::new(
            (timeline_docs.iter())
                .filter(|d| d.id == selected_id)
                .cloned()
                .collect(),
        )
    };
    let big = selected.is_some_and(|d| d.text.len() > WORKER_THRESHOLD);
    // The entity the timeline and the relations show selected: a long text's a frame
    // after the text and the entity form show it (`late::use_lagged`; at once when
    // another document is shown).
    let lagged = late::use_lagged((selected_id.clone(), state.selected_entity.clone()), !big);
    let side_entity = if lagged.0 == selected_id {
        lagged.1
    } else {
        state.selected_entity.clone()
    };
    let entity_filter = side_entity.clone().map(|e| (selected_id.clone(), e));

    // A failed analysis shows its failure, not the previous text's analysis.
    let analysed = selected
        .filter(|d| d.failure().is_none())
        .and_then(|d| d.analysed().cloned());
    // The selected relation's sentence: the timeline shows the events it states.
    let relation_filter = state.selected_relation.as_ref().and_then(|id| {
        let a = analysed.as_ref()?;
        let r = a.analysis.relations.iter().find(|r| &r.id == id)?;
        Some((selected_id.clone(), r.sentence))
    });
    // What narrows the timeline, in words, for its "Filtered: … Clear" marker.
    let narrowed_to = status::narrowed_to(
        analysed.as_ref().map(|a| &*a.analysis),
        side_entity.as_deref(),
        state.selected_relation.as_deref(),
    );
    // The side panels (entities, timeline, relations) are first drawn a frame
    // after the first analysed text: that frame is painted without waiting
    // for them (issue 17.3: first render). From then on they follow at once.
    let side_ready = use_state(|| false);
    {
        let side_ready = side_ready.clone();
        // Once, after the first paint: not tied to the selected document,
        // which may be long (in the worker) or failed.
        use_effect_with((), move |_| {
            if !*side_ready {
                after_paint(move || side_ready.set(true));
            }
        });
    }
    let stale = selected.is_some_and(|d| d.is_stale() && d.failure().is_none());
    let side = (*side_ready).then_some(()).and(analysed.as_ref());
    // A long text's entities and timeline are drawn a frame after its text, and its
    // relations (the table and the network drawing: half the page's elements on a 2 MB
    // text) a frame after them, when it was not the document they last showed (opened,
    // or switched to): drawn in one task, that task took over 100 ms, then ~77 ms
    // (issue 17.3). Until then the panels say what they say while the text is analysed.
    // With every document's events asked for, the timeline is not held back.
    let panels = late::use_late(&selected_id, !big, side.is_some());
    let held = side.is_some() && !panels;
    let side = side.filter(|_| !held);
    let timeline_docs = if *side_ready && (!held || state.timeline_all) {
        timeline_docs
    } else {
        Rc::default()
    };
    let relations = late::use_late(&selected_id, !big, side.is_some());
    let relations_side =
        late::use_lagged_analysis(&selected_id, side.filter(|_| relations).cloned(), !big);
    let status = status_line(
        selected.map(|d| d.text.len()),
        analysed.as_ref().map(|a| &*a.analysis),
        stale,
        big,
    );

    let input = (!props.read_only).then(|| {
        html! {
            <section class="panel input-panel" aria-label="Input">
                <h2 class="panel-title">{"Documents"}</h2>
                if let Some(closed) = state.closed.last() {
                    <p class="reopen" role="status">{format!("Closed “{}”. ", closed.document.name)}
                        <button type="button" onclick={reopen}>{"Undo close"}</button></p>
                }
                <DocumentInputView
                    tabs={tabs}
                    selected={state.selected_doc.clone()}
                    text={selected.map(|d| AttrValue::from(d.text.clone())).unwrap_or_default()}
                    date={selected.map(|d| AttrValue::from(d.shown_date())).unwrap_or_default()}
                    date_source={selected.map(|d| AttrValue::from(d.date_source().describe())).unwrap_or_default()}
                    warnings={selected.map(|d| d.shown_warnings().into_iter().map(AttrValue::from).collect::<Vec<_>>()).unwrap_or_default()}
                    text_date={selected.and_then(|d| d.text_date()).map(|t| AttrValue::from(t.to_string())).unwrap_or_default()}
                    on_select={on_select_doc}
                    on_add={on_add}
                    on_import={on_import}
                    on_remove={on_remove_doc}
                    on_text={on_text}
                    on_date={on_date}
                    on_rename={on_rename} />
            </section>
        }
    });

    // An empty document (a new tab, or its text cleared): a hint where the text and its
    // entities would be, not a bare "0 entities" (cold trial).
    let empty = selected.is_some_and(|d| words::blank(&d.text) && d.failure().is_none());
    let empty_hint = || {
        let says = if props.read_only {
            words::EMPTY_DOCUMENT_READ_ONLY
        } else {
            words::EMPTY_DOCUMENT
        };
        html! { <p class="empty empty-doc">{says}</p> }
    };
    let document = match (selected, &analysed) {
        _ if empty => empty_hint(),
        (Some(d), Some(a)) => html! {
            <DocumentView doc_id={d.id.clone()} generation={a.generation} text={a.text.clone()}
                analysis={a.analysis.clone()} selected={state.selected_entity.clone()}
                hidden={state.hidden.clone()} focus={state.focus.clone()}
                on_select={on_select_entity.clone()} dates_in_words={state.dates_in_words}
                {on_dates_in_words} />
        },
        (Some(d), None) if d.failure().is_some() => html! {},
        (Some(_), None) => html! { <p class="empty">{"Analysing…"}</p> },
        (None, _) => {
            html! { <p class="empty">{"No document. Add one with “+ New” or open files."}</p> }
        }
    };

    let editable = !props.embedded && !props.read_only;
    let entity_form = match (&analysed, &state.selected_entity, editable) {
        (Some(a), Some(id), true) => a
            .analysis
            .entity_list
            .iter()
            .find(|e| &e.id == id)
            .map(|e| {
                html! {
                    // Keyed by entity: another entity's form starts afresh (its name
                    // in the field, not what was typed for the last one).
                    <EntityCorrection key={format!("{selected_id}/{}", e.id)} doc={selected_id.clone()} entity={e.clone()}
                        analysis={a.analysis.clone()} on_correct={on_correct.clone()}
                        on_close={on_close_entity.clone()} />
                }
            }),
        _ => None,
    };
    let text_tools = match (&analysed, editable) {
        (Some(a), true) if !empty => Some(html! {
            <TextTools doc={selected_id.clone()} text={a.text.clone()}
                analysis={a.analysis.clone()} on_correct={on_correct.clone()} />
        }),
        _ => None,
    };

    html! {
        <div class={classes!("annalist", props.embedded.then_some("embedded"), props.read_only.then_some("read-only"))}>
            if !props.embedded {
                // Landmarks a keyboard reaches in a few keys (issue 14.9).
                <nav class="skip-links" aria-label="Skip to">
                    <a href="#annalist-doc">{"Text"}</a>
                    <a href="#annalist-entities">{"Entities"}</a>
                    <a href="#annalist-timeline">{"Timeline"}</a>
                    <a href="#annalist-relations">{"Relations"}</a>
                    if !props.read_only { <a href="#annalist-text">{"Edit the article"}</a> }
                </nav>
                <header class="app-header">
                    <h1>{"Annalist"}</h1>
                    <p class="tagline">{"Who, what, where and when in news text. Everything runs in this page; nothing is sent anywhere."}</p>
                </header>
            }
            if !props.embedded && !props.read_only {
                <crate::web::components::workspace::WorkspaceBar state={state.clone()} />
                <crate::web::share::ShareMenu state={state.clone()}
                    corrections={serde_json::to_value(&state.workspace.history.done).unwrap_or_default()} />
            }
            <div class="layout">
                {input}
                <section class="panel document-panel" aria-label="Document" id="annalist-doc" tabindex="-1">
                    <div class="panel-head">
                        <h2 class="panel-title">{selected.map(|d| d.name.clone()).unwrap_or_else(|| "Document".into())}</h2>
                        <div class="status" role="status" aria-live="polite">
                            if stale && big {
                                <progress aria-label="Analysing in the background"></progress>
                            }
                            {status}
                        </div>
                    </div>
                    {text_tools}
                    if let Some(why) = selected.and_then(|d| d.failure()) {
                        <p class="empty error" role="alert">{why}</p>
                    }
                    {document}
                </section>
                <section class="panel entity-panel-wrap" aria-label="Entities" id="annalist-entities" tabindex="-1">
                    // With their number: the list scrolls in its box, and how many it holds
                    // was said nowhere (only per type).
                    <h2 class="panel-title">{"Entities"}
                        if let (Some(a), false) = (side, empty) {
                            <span class="n">{format!(" {}", a.analysis.entity_list.len())}</span>
                        }
                    </h2>
                    // The form opens under the entity's row, so the list does not move under
                    // the pointer that clicked it (trial 22).
                    if empty {
                        {empty_hint()}
                    } else {
                        <EntityPanel analysis={side.map(|a| a.analysis.clone())} form={entity_form}
                            generation={side.map_or(0, |a| a.generation)} busy={stale || side.is_none() && analysed.is_some()}
                            selected={state.selected_entity.clone()} filter={state.filter.clone()}
                            hidden={state.hidden.clone()} on_select={on_select_entity.clone()}
                            on_filter={on_filter} on_toggle={on_toggle} />
                    }
                </section>
                <section class="panel timeline-panel" aria-label="Timeline" id="annalist-timeline" tabindex="-1">
                    <h2 class="panel-title">{"Timeline"}</h2>
                    <Timeline docs={timeline_docs} entity={entity_filter} on_focus={on_focus.clone()}
                        relation={relation_filter} lanes={state.lanes} {on_lanes} selected={selected_id.clone()}
                        {narrowed_to} {on_clear} {all_docs} {on_all_docs} />
                </section>
                // The Relations view's slot: who supplies, sanctions, owns,
                // employs or meets whom in the selected document.
                <section class="panel relations-panel" aria-label="Relations" id="annalist-relations" tabindex="-1">
                    <h2 class="panel-title">{"Relations"}</h2>
                    <crate::web::components::relations_view::RelationsView doc_id={selected_id.clone()}
                        analysis={relations_side.as_ref().map(|a| a.analysis.clone())}
                        generation={relations_side.as_ref().map_or(0, |a| a.generation)}
                        selected={side_entity} on_select={on_select_entity}
                        on_focus={on_focus.clone()} relation={state.selected_relation.clone()}
                        on_relation={on_select_relation} />
                </section>
            </div>
        </div>
    }
}
