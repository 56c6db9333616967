//! `App`: the root component. Owns the [`State`] reducer, schedules analyses
//! (on the main thread in ~10 ms time slices, one state change per slice;
//! edits debounced, new documents at once; long texts in a Web Worker) and
//! lays out the four regions: input, Document, Entities, Timeline.
//!
//! Input: [`AppProps`] (documents to start with, read-only and embedded
//! modes, the entity types to show). Output: the whole interface.

use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::engine::model::{Analysis, DocumentInput, Label};
use crate::web::components::corrections::{EntityCorrection, TextTools};
use crate::web::components::document_input::{DocTab, DocumentInput as DocumentInputView};
use crate::web::components::document_view::DocumentView;
use crate::web::components::entity_panel::EntityPanel;
use crate::web::components::timeline::{Timeline, TimelineDoc};
use crate::web::components::workspace_parts::plural;
use crate::web::guard;
use crate::web::jobs::{run_corrections, run_jobs, InFlight, WorkerSlot};
use crate::web::state::{words, Action, Seed, State, WorkspaceAction};
use crate::web::worker::WORKER_THRESHOLD;
use crate::workspace::Correction;

/// Wait this long after the last keystroke before re-analysing.
const DEBOUNCE_MS: u32 = 250;

/// While documents are being analysed, redraw the timeline at most this often (ms).
const TIMELINE_REFRESH_MS: f64 = 400.0;

/// A selected document up to this long (bytes) is analysed before the app is
/// first drawn (the example article on a first visit, the selected document
/// of a restored workspace): a few tens of ms here.
const FIRST_NOW_BYTES: usize = 32_000;

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

fn seeds(props: &AppProps) -> Vec<Seed> {
    match &props.initial {
        Some(docs) => docs
            .iter()
            .map(|d| Seed {
                name: d.id.clone(),
                text: d.text.clone(),
                date: d.date.clone(),
            })
            .collect(),
        None => vec![Seed::example()],
    }
}

/// The selected document analysed now, before the app is first drawn, when it
/// is short (see [`FIRST_NOW_BYTES`]): the first frame the app draws then shows
/// it highlighted, instead of the app drawn once without it and again a task
/// later (issue 17.3: first render).
fn analyse_selected_now(s: State) -> State {
    let job = s
        .selected()
        .filter(|d| d.is_stale() && d.failure().is_none() && d.text.len() <= FIRST_NOW_BYTES)
        .map(|d| (d.id.clone(), d.generation(), d.input()));
    let Some((doc, generation, input)) = job else {
        return s;
    };
    let action = match guard::analyze(&input) {
        Ok(a) => Action::Analysed {
            doc,
            generation,
            analysis: Rc::new(a),
        },
        Err(fault) => Action::AnalysisFailed {
            doc,
            generation,
            reason: guard::failure_reason(&fault),
        },
    };
    let s = yew::Reducible::reduce(Rc::new(s), action);
    Rc::try_unwrap(s).unwrap_or_else(|s| (*s).clone())
}

/// Run `f` in a task after the next frame is painted: a timeout set in an
/// animation-frame callback (as `bench/browser.mjs` waits for a paint).
fn after_paint(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || Timeout::new(0, f).forget());
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(cb.unchecked_ref());
    }
}

/// The callbacks App hands to the panels, made once (see [`use_handlers`]).
#[derive(Clone)]
struct Handlers {
    select_doc: Callback<String>,
    remove_doc: Callback<String>,
    filter: Callback<String>,
    add: Callback<Vec<Seed>>,
    import: Callback<crate::workspace::Workspace>,
    select_entity: Callback<Option<String>>,
    /// Close the correction form (deselect the entity).
    close_entity: Callback<()>,
    toggle: Callback<Label>,
    focus: Callback<(String, [usize; 2])>,
    reopen: Callback<MouseEvent>,
    correct: Callback<Correction>,
    select_relation: Callback<Option<String>>,
    dates_in_words: Callback<bool>,
    lanes: Callback<crate::workspace::Lanes>,
    /// The timeline's "All documents" toggle.
    all_docs: Callback<bool>,
    /// The timeline's filter cleared (entity and relation deselected).
    clear: Callback<()>,
    /// Text and date edits of the selected document (made again when it changes).
    text: Callback<String>,
    date: Callback<String>,
    rename: Callback<String>,
}

/// [`Handlers`] dispatching to `state`, made once, the text and date ones once per
/// selected document `doc`: a new `Callback` compares unequal, so making them on
/// every render re-rendered every panel on every state change, the document tabs
/// and their listeners included (issue 17.3: a 350-document workspace re-drew its
/// 350 tabs on each analysis batch and on each entity selected).
#[hook]
fn use_handlers(state: &UseReducerHandle<State>, doc: &str) -> Handlers {
    let d = state.dispatcher();
    let fixed = use_memo((), move |_| {
        let on = |f: fn(String) -> Action| {
            let d = d.clone();
            Callback::from(move |v: String| d.dispatch(f(v)))
        };
        let (d9, d10, d11) = (d.clone(), d.clone(), d.clone());
        let (d1, d2, d3, d4, d5, d6, d7, d8) = (
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
        );
        Handlers {
            select_doc: on(Action::SelectDoc),
            remove_doc: on(Action::Remove),
            filter: on(Action::SetFilter),
            add: Callback::from(move |seeds| d1.dispatch(Action::AddAll(seeds))),
            import: Callback::from(move |w| {
                d2.dispatch(Action::Workspace(WorkspaceAction::Import(w)))
            }),
            select_entity: Callback::from(move |e| d3.dispatch(Action::SelectEntity(e))),
            close_entity: Callback::from(move |()| d11.dispatch(Action::SelectEntity(None))),
            toggle: Callback::from(move |l| d4.dispatch(Action::ToggleType(l))),
            focus: Callback::from(move |(doc, sentence)| {
                d5.dispatch(Action::FocusSentence { doc, sentence })
            }),
            reopen: Callback::from(move |_| d6.dispatch(Action::Reopen)),
            correct: Callback::from(move |c| {
                d7.dispatch(Action::Workspace(WorkspaceAction::Correct(c)))
            }),
            select_relation: Callback::from(move |r| d8.dispatch(Action::SelectRelation(r))),
            dates_in_words: Callback::from(move |on| d9.dispatch(Action::DatesInWords(on))),
            lanes: Callback::from(move |l| d10.dispatch(Action::SetLanes(l))),
            all_docs: {
                let d = d.clone();
                Callback::from(move |all| d.dispatch(Action::TimelineAll(all)))
            },
            clear: {
                let d = d.clone();
                Callback::from(move |()| d.dispatch(Action::ClearNarrowing))
            },
            text: Callback::noop(),
            date: Callback::noop(),
            rename: Callback::noop(),
        }
    });
    let d = state.dispatcher();
    let per_doc = use_memo(doc.to_string(), move |doc| {
        let (doc1, doc2, doc3, d1, d2) =
            (doc.clone(), doc.clone(), doc.clone(), d.clone(), d.clone());
        (
            Callback::from(move |text| {
                d1.dispatch(Action::EditText {
                    doc: doc1.clone(),
                    text,
                })
            }),
            Callback::from(move |name| {
                d2.dispatch(Action::Rename {
                    doc: doc3.clone(),
                    name,
                })
            }),
            Callback::from(move |date| {
                d.dispatch(Action::EditDate {
                    doc: doc2.clone(),
                    date,
                })
            }),
        )
    });
    Handlers {
        text: per_doc.0.clone(),
        rename: per_doc.1.clone(),
        date: per_doc.2.clone(),
        ..(*fixed).clone()
    }
}

/// The whole application: document input, document view, entity panel,
/// relations and timeline over one [`State`].
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let mut s = State::new(seeds(&props), props.types.as_deref());
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

    // Schedule analyses of stale documents. The effect re-runs whenever the
    // set of (document, generation) to analyse changes, which cancels the
    // previous timer: typing re-analyses once, DEBOUNCE_MS after it stops.
    {
        let state = state.clone();
        let slot = slot.clone();
        let in_flight = in_flight.clone();
        use_effect_with(state.pending(), move |pending| {
            let dispatcher = state.dispatcher();
            let jobs: Vec<(String, u64, DocumentInput, bool)> = pending
                .iter()
                .filter(|(id, g)| !in_flight.borrow().contains_key(&(id.clone(), *g)))
                .filter_map(|(id, g)| {
                    state
                        .document(id)
                        .map(|d| (id.clone(), *g, d.input(), d.analysed().is_none()))
                })
                .collect();
            // Never-analysed documents (opened, imported, restored) start on
            // the next tick; only edits of analysed ones wait for typing to stop.
            let (new, edited): (Vec<_>, Vec<_>) = jobs.into_iter().partition(|j| j.3);
            let timer = if new.is_empty() {
                (!edited.is_empty()).then(|| {
                    Timeout::new(DEBOUNCE_MS, move || {
                        run_jobs(edited, &dispatcher, &slot, &in_flight);
                    })
                })
            } else {
                // Edited documents are re-scheduled (debounced) once the
                // new ones are done: the batch changes `pending`.
                Some(Timeout::new(0, move || {
                    run_jobs(new, &dispatcher, &slot, &in_flight);
                }))
            };
            move || drop(timer)
        });
    }

    // Corrections of long texts, off the main thread.
    {
        let state = state.clone();
        let slot = slot.clone();
        let in_flight = in_flight.clone();
        use_effect_with(crate::web::state::deferred::jobs(&state), move |_| {
            run_corrections(&state, &state.dispatcher(), &slot, &in_flight);
        });
    }

    // New documents from the embedding page.
    {
        let dispatcher = state.dispatcher();
        let initial = props.initial.clone();
        // The reducer was built from the first props: only later changes count.
        let mounted = use_mut_ref(|| false);
        use_effect_with(initial, move |initial| {
            let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
            if !first && initial.is_some() {
                dispatcher.dispatch(Action::Replace(seeds(&AppProps {
                    initial: initial.clone(),
                    ..AppProps::default()
                })));
            }
        });
    }

    // Ctrl/Cmd+Z undoes the last correction, Shift+Ctrl/Cmd+Z (or Ctrl+Y)
    // redoes it; inside a text field the browser's own undo of typing wins.
    // F2 opens the correction form (`corrections::on_f2`).
    {
        let d = state.dispatcher();
        let editable = !props.embedded && !props.read_only;
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
    } = use_handlers(&state, &selected_id);
    let selected = state.selected();
    let tabs: Vec<DocTab> = state
        .documents()
        .map(|d| DocTab {
            id: d.id.clone(),
            name: d.name.clone(),
        })
        .collect();
    // The timeline re-lays out every document's events when one changes:
    // while analyses are coming in, it is redrawn at most every
    // TIMELINE_REFRESH_MS (and at once when they are all done, or when a
    // document was removed), not after every batch.
    // The list is made again only when it changed (compared in place, not copied: a
    // 349-document workspace made 349 ids and names on every render, issue 17.3).
    let timeline_docs: Rc<Vec<TimelineDoc>> = {
        let now = js_sys::Date::now();
        let mut shown = timeline_shown.borrow_mut();
        let analysed = || {
            state
                .documents()
                .filter_map(|d| Some((d.analysed()?.generation, d)))
        };
        let same = analysed().count() == shown.1.len()
            && analysed().zip(shown.1.iter()).all(|((generation, d), t)| {
                t.generation == generation && t.id == d.id && t.name == d.name
            });
        let busy = || state.documents().any(|d| d.is_stale());
        let removed = || shown.1.iter().any(|t| state.document(&t.id).is_none());
        if !same && (!busy() || removed() || now - shown.0 >= TIMELINE_REFRESH_MS) {
            shown.0 = now;
            shown.1 = Rc::new(
                state
                    .documents()
                    .filter_map(|d| {
                        d.analysed().map(|a| TimelineDoc {
                            id: d.id.clone(),
                            name: d.name.clone(),
                            generation: a.generation,
                            analysis: a.analysis.clone(),
                        })
                    })
                    .collect(),
            );
        }
        shown.1.clone()
    };
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
    let entity_filter = state
        .selected_entity
        .clone()
        .map(|e| (selected_id.clone(), e));

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
    let narrowed_to = {
        let list = analysed.as_ref().map(|a| &a.analysis);
        let name = |id: &str| {
            list.and_then(|a| a.entity_list.iter().find(|e| e.id == id))
                .map_or_else(|| id.to_string(), |e| e.name.clone())
        };
        let entity = (state.selected_entity.as_deref()).map(|e| format!("entity {}", name(e)));
        let relation = (state.selected_relation.as_ref())
            .and_then(|id| list?.relations.iter().find(|r| &r.id == id))
            .map(|r| {
                let kind = r.kind.display().to_lowercase();
                format!(
                    "relation {} → {} ({kind})",
                    name(&r.source),
                    name(&r.target)
                )
            });
        let both: Vec<String> = entity.into_iter().chain(relation).collect();
        (!both.is_empty()).then(|| AttrValue::from(both.join(" and ")))
    };
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
    let side = (*side_ready).then_some(()).and(analysed.as_ref());
    let timeline_docs = if *side_ready {
        timeline_docs
    } else {
        Rc::default()
    };
    let stale = selected.is_some_and(|d| d.is_stale() && d.failure().is_none());
    let big = selected.is_some_and(|d| d.text.len() > WORKER_THRESHOLD);
    // A long text's relations (the table and the network drawing: half the page's
    // elements on a 2 MB text) are drawn a frame after its other panels when it was
    // not the document they last showed (opened, or switched to): drawn in one task
    // with them, that task took over 100 ms (issue 17.3). Until then the panel says
    // what it says while the text is analysed.
    let relations_of = use_state(|| None::<String>);
    let relations_side =
        side.filter(|_| !big || relations_of.as_deref() == Some(selected_id.as_str()));
    {
        let relations_of = relations_of.clone();
        let late = relations_side.is_none() && side.is_some();
        use_effect_with(late.then(|| selected_id.clone()), move |doc| {
            if let Some(doc) = doc.clone() {
                after_paint(move || relations_of.set(Some(doc)));
            }
        });
    }
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
                    <h2 class="panel-title">{"Entities"}</h2>
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
                        analysis={relations_side.map(|a| a.analysis.clone())}
                        generation={relations_side.map_or(0, |a| a.generation)}
                        selected={state.selected_entity.clone()} on_select={on_select_entity}
                        on_focus={on_focus.clone()} relation={state.selected_relation.clone()}
                        on_relation={on_select_relation} />
                </section>
            </div>
        </div>
    }
}

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

/// One line saying what the document view shows.
fn status_line(len: Option<usize>, a: Option<&Analysis>, stale: bool, big: bool) -> String {
    let Some(len) = len else {
        return String::new();
    };
    if stale {
        return if big {
            format!(
                "Analysing {} MB in the background…",
                crate::export::decimal::fixed(len as f64 / 1e6, 1)
            )
        } else {
            "Updating…".into()
        };
    }
    match a {
        Some(a) => format!(
            "{}, {}, {}{}",
            match a.entity_list.len() {
                1 => "1 entity".to_string(),
                n => format!("{n} entities"),
            },
            plural(a.timex.len(), "time expression"),
            plural(a.events.len(), "event"),
            match (a.date.as_deref(), a.date_source.as_deref()) {
                (Some(d), Some("text")) => format!(" · dated {d} (found in the text)"),
                (Some(d), Some("dateline")) => format!(" · dated {d} (year guessed)"),
                (Some(d), _) => format!(" · dated {d}"),
                (None, _) => " · no date: relative dates stay relative".to_string(),
            }
        ),
        None => String::new(),
    }
}
