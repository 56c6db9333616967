//! `DocumentView`: the analysed text with every mention highlighted.
//!
//! Input: a text and the analysis computed from exactly that text, the
//! selected entity, the hidden types and a focus request. Output: the text
//! as text nodes (never parsed as HTML), split into sentences
//! (`<span class="sentence" data-s>`) with mentions and time expressions as
//! `<mark data-entity data-label>`: a colour per type plus an underline style
//! and a small type tag (CSS) for readers who do not see colours. Clicking a
//! mark selects its entity; a selected entity's marks are outlined and the
//! first is scrolled into view; a focus request scrolls to a sentence and
//! flashes it.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

use super::{after_paint, flash, scroll_to};
use crate::engine::model::{Analysis, Label};

mod blocks;
mod body;
mod dom;
mod found;
mod prepared;
mod window;
use crate::web::state::Focus;
pub use blocks::{blocks, chunks, spans, Block, Chunk, Piece, Span};
use body::DocBody;
use dom::{entity_query, mark_more_below, roving_step, set_class};
use prepared::{prepared_for, LARGE_CHARS};
pub use prepared::{Prepared, Preparing};
use window::use_window;
pub use window::Heights;

use crate::web::state::words::label_name;
/// Short tag shown after a mark (CSS `attr(data-tag)`): a plain word.
pub use crate::web::state::words::tag as short_tag;

/// Props of [`DocumentView`].
#[derive(Properties)]
pub struct DocumentViewProps {
    /// Id of the document shown.
    pub doc_id: String,
    /// Generation of the analysis (identifies `text` + `analysis`).
    pub generation: u64,
    /// The exact text analysed (offsets index it).
    pub text: Rc<str>,
    /// Its (corrected) analysis.
    pub analysis: Rc<Analysis>,
    /// Entity id whose mentions are highlighted.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Entity types not highlighted.
    #[prop_or_default]
    pub hidden: BTreeSet<Label>,
    /// A sentence to scroll to and flash.
    #[prop_or_default]
    pub focus: Option<Focus>,
    /// An entity was clicked (None: clicked again to clear).
    pub on_select: Callback<Option<String>>,
    /// Dates in words after each time expression (a view setting, saved).
    #[prop_or_default]
    pub dates_in_words: bool,
    /// The "Show dates in words" box was ticked or cleared.
    #[prop_or_default]
    pub on_dates_in_words: Callback<bool>,
}

impl PartialEq for DocumentViewProps {
    /// Cheap: `text` and `analysis` never change for one (doc, generation).
    fn eq(&self, o: &Self) -> bool {
        self.doc_id == o.doc_id
            && self.generation == o.generation
            && self.selected == o.selected
            && self.hidden == o.hidden
            && self.focus == o.focus
            && self.on_select == o.on_select
            && self.dates_in_words == o.dates_in_words
            && self.on_dates_in_words == o.on_dates_in_words
    }
}

/// The document text with its mentions highlighted and tagged.
#[function_component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let container = use_node_ref();
    // Write each time expression's value after it ("Tuesday → 2024-04-16").
    let prepared = {
        let text = props.text.clone();
        let analysis = props.analysis.clone();
        let kept: Rc<Rc<Prepared>> =
            use_memo((props.doc_id.clone(), props.generation), move |_| {
                prepared_for(&text, &analysis)
            });
        (*kept).clone()
    };

    let window = use_window(
        container.clone(),
        prepared.chunks.clone(),
        (props.doc_id.clone(), props.generation),
    );
    // The selected entity's marks get the `sel` class (set here, not by a
    // re-render of thousands of marks), again whenever other chunks of a
    // long text are drawn.
    {
        let container = container.clone();
        use_effect_with(
            (
                props.selected.clone(),
                props.doc_id.clone(),
                props.generation,
                // A re-render of the marks (types toggled) resets their classes.
                props.hidden.clone(),
                window.range,
            ),
            move |(sel, _, _, _, _)| {
                let Some(root) = container.cast::<Element>() else {
                    return;
                };
                set_class(&root, "mark.sel", "sel", false);
                if let Some(id) = sel {
                    set_class(&root, &entity_query(id), "sel", true);
                }
            },
        );
    }
    // A new selection brings its first mention into view (drawing its chunk
    // first when the text is long), unless it was made by a click on a mention in
    // the text: that one is in view already (trial 18: centring the first mention
    // scrolled the page under the pointer, and the sticky Entities panel moved down).
    let in_text = use_mut_ref(|| false);
    {
        let container = container.clone();
        let prepared = prepared.clone();
        let analysis = props.analysis.clone();
        let reveal = window.reveal.clone();
        let in_text = in_text.clone();
        use_effect_with(
            // Not on a new analysis: a correction elsewhere must not jump back to it.
            (props.selected.clone(), props.doc_id.clone()),
            move |(sel, _)| {
                let Some(id) = sel.clone().filter(|_| !in_text.replace(false)) else {
                    return;
                };
                // After the frame is painted: where the mention is, read in the task that
                // selected it, forced a layout of the whole page there (issue 17.3: ~20 ms
                // of selecting an entity of a 2 MB text).
                after_paint(move || {
                    let q = entity_query(&id);
                    if prepared.chunks.is_empty() {
                        if let Some(el) = container
                            .cast::<Element>()
                            .and_then(|r| r.query_selector(&q).ok().flatten())
                        {
                            scroll_to(&el);
                        }
                        return;
                    }
                    let first = analysis
                        .entities
                        .iter()
                        .filter(|m| m.entity == id || m.actor.as_ref() == Some(&id))
                        .map(|m| m.start)
                        .min();
                    if let Some(at) = first {
                        reveal(prepared.chunk_of(at), q, false);
                    }
                });
            },
        );
    }
    // A focus request (timeline click): scroll to the sentence and flash it.
    {
        let container = container.clone();
        let analysis = props.analysis.clone();
        let doc_id = props.doc_id.clone();
        let prepared = prepared.clone();
        let reveal = window.reveal.clone();
        use_effect_with(
            (props.focus.clone(), props.doc_id.clone()),
            move |(focus, _)| {
                let Some(f) = focus.as_ref().filter(|f| f.doc == doc_id) else {
                    return;
                };
                let at = f.sentence[0];
                let Some(i) = analysis
                    .sentences
                    .iter()
                    .position(|s| s[0] <= at && at < s[1].max(s[0] + 1))
                else {
                    return;
                };
                let q = format!("[data-s=\"{i}\"]");
                if !prepared.chunks.is_empty() {
                    reveal(prepared.chunk_of(at), q, true);
                    return;
                }
                let Some(root) = container.cast::<Element>() else {
                    return;
                };
                if let Ok(Some(el)) = root.query_selector(&q) {
                    scroll_to(&el);
                    flash(&el, "flash");
                }
            },
        );
    }

    let activate = {
        let on_select = props.on_select.clone();
        let selected = props.selected.clone();
        move |target: Option<web_sys::EventTarget>| {
            let mark = target
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("mark[data-entity]").ok().flatten());
            if let Some(id) = mark.and_then(|m| m.get_attribute("data-entity")) {
                if selected.as_deref() == Some(id.as_str()) {
                    on_select.emit(None);
                } else {
                    *in_text.borrow_mut() = true;
                    on_select.emit(Some(id));
                }
                return true;
            }
            false
        }
    };
    let onclick = {
        let activate = activate.clone();
        Callback::from(move |e: MouseEvent| {
            // A drag that selected words (to split, add or remove a mention)
            // is a selection, not a click on the highlight under it.
            let selecting = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_some_and(|s| !s.is_collapsed());
            if !selecting {
                activate(e.target());
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && activate(e.target()) {
            e.prevent_default();
        } else if let Some(forward) = match e.key().as_str() {
            "ArrowRight" => Some(true),
            "ArrowLeft" => Some(false),
            _ => None,
        } {
            if roving_step(&e, forward) {
                e.prevent_default();
            }
        }
    });

    // "More below": the text box scrolls (a fixed height beside the panels), and its last
    // visible line was cut in half above the legend with nothing saying more text follows
    // (overlay scroll bars show none until scrolled). While more text is below the view,
    // the box's foot fades out under a "More text below" button, which scrolls it down.
    let scroll_ref = use_node_ref();
    {
        let (container, scroll_ref) = (container.clone(), scroll_ref.clone());
        // After every render (a new text, chunks drawn, a panel resized the page), read
        // after the frame is painted, once for any renders before it: read in the render's
        // task, it forced a layout of the whole page there (issue 17.3: 20 ms of selecting an
        // entity of a 2 MB text, which the frame then did again).
        let queued = use_mut_ref(|| false);
        use_effect(move || {
            if !std::mem::replace(&mut *queued.borrow_mut(), true) {
                after_paint(move || {
                    *queued.borrow_mut() = false;
                    mark_more_below(&container, &scroll_ref);
                });
            }
        });
    }
    {
        let (container, scroll_ref) = (container.clone(), scroll_ref.clone());
        // ... and on every scroll of the box and resize of the window.
        use_effect_with((), move |_| {
            let listeners = container.cast::<Element>().map(|root| {
                let (c, r) = (container.clone(), scroll_ref.clone());
                let on_scroll = gloo::events::EventListener::new(&root, "scroll", move |_| {
                    mark_more_below(&c, &r)
                });
                let (c, r) = (container.clone(), scroll_ref.clone());
                let on_resize = web_sys::window().map(|w| {
                    gloo::events::EventListener::new(&w, "resize", move |_| mark_more_below(&c, &r))
                });
                (on_scroll, on_resize)
            });
            move || drop(listeners)
        });
    }
    let on_more = {
        let container = container.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(root) = container.cast::<Element>() {
                let step = (f64::from(root.client_height()) * 0.8).max(40.0) as i32;
                root.set_scroll_top(root.scroll_top() + step);
            }
        })
    };
    let large = prepared.starts.len() > LARGE_CHARS;
    let show_values = props.dates_in_words;
    let on_values = {
        let set = props.on_dates_in_words.clone();
        Callback::from(move |_: Event| set.emit(!show_values))
    };
    // The key to the highlights: the types in this text, in plain words.
    let legend = {
        prepared
            .legend
            .iter()
            .map(|&l| {
                let class = classes!("m", format!("m-{}", l.to_ascii_lowercase().replace('_', "-")));
                html! { <li><mark class={class}>{label_name(l)}</mark><span class="legend-tag">{short_tag(l)}</span></li> }
            })
            .collect::<Html>()
    };
    html! {
        <>
            <ul class="legend" aria-label="Key to the highlights">{legend}</ul>
            <label class="show-values-toggle">
                <input type="checkbox" checked={show_values} onchange={on_values} />
                {" Show dates in words after each time expression"}
            </label>
            // One Tab stop for the whole text (trial: every highlight was one, 36 in a
            // 212-word article): ← and → move between the highlighted names.
            <div class="doc-scroll" ref={scroll_ref}>
                <div class={classes!("doc-text", large.then_some("large"), show_values.then_some("show-values"))} ref={container}
                    data-selected={props.selected.clone()} {onclick} {onkeydown} tabindex="0" role="group"
                    aria-label="The document, highlighted: ← and → move between the names, Enter selects one">
                    <DocBody doc_id={props.doc_id.clone()} generation={props.generation}
                        text={props.text.clone()} prepared={prepared.clone()} hidden={props.hidden.clone()}
                        range={window.range} />
                </div>
                // Shown by the `more` class (`mark_more_below`); not a Tab stop and hidden from
                // screen readers, which read the whole text anyway; the text box itself scrolls
                // with the keys.
                <div class="more-below" aria-hidden="true">
                    <button type="button" tabindex="-1" onclick={on_more}>{"More text below ↓"}</button>
                </div>
            </div>
        </>
    }
}
