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

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

use super::{flash, scroll_to};
use crate::engine::model::{Analysis, Label};

mod blocks;
mod found;
mod window;
use crate::web::state::Focus;
pub use blocks::{blocks, chunks, spans, Block, Chunk, Piece, Span};
use blocks::{char_starts, slice};
pub use window::Heights;
use window::{use_window, CHUNK_CHARS};

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

/// Everything derived from one (text, analysis) pair, computed once.
pub struct Prepared {
    spans: Vec<Span>,
    blocks: Vec<Block>,
    /// Long texts only: the blocks in chunks, drawn only near the view.
    chunks: Rc<Vec<Chunk>>,
    starts: Vec<usize>,
    names: HashMap<String, String>,
    /// Long texts only: each chunk's words, for its empty box (find in page).
    plain: Vec<AttrValue>,
    /// The labels highlighted in the text, in the legend's order (sorting
    /// a 2 MB text's labels on every render was tens of ms, issue 14.10).
    legend: Vec<&'static str>,
}

impl Prepared {
    fn new(text: &str, analysis: &Analysis) -> Prepared {
        let spans = spans(analysis);
        let starts = char_starts(text);
        let blocks = blocks(starts.len().saturating_sub(1), &analysis.sentences, &spans);
        Prepared::from_parts(text, analysis, spans, starts, blocks)
    }

    /// The rest, from the spans, code point starts and blocks of `text`.
    fn from_parts(
        text: &str,
        analysis: &Analysis,
        spans: Vec<Span>,
        starts: Vec<usize>,
        blocks: Vec<Block>,
    ) -> Prepared {
        let len = starts.len().saturating_sub(1);
        let chunks = if len > LARGE_CHARS {
            chunks(text, &blocks, CHUNK_CHARS)
        } else {
            Vec::new()
        };
        let names = analysis
            .entity_list
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        let legend = legend_labels(&spans);
        let plain = chunks
            .iter()
            .map(|c| AttrValue::from(slice(text, &starts, c.start, c.start + c.chars).to_string()))
            .collect();
        Prepared {
            plain,
            spans,
            blocks,
            chunks: Rc::new(chunks),
            starts,
            names,
            legend,
        }
    }
}

/// The distinct labels of `spans` in the order of `Label::ALL` (others last).
fn legend_labels(spans: &[Span]) -> Vec<&'static str> {
    let mut labels: Vec<&'static str> = Vec::new();
    for s in spans {
        if !labels.contains(&s.label) {
            labels.push(s.label);
        }
    }
    let mut labels: Vec<(usize, &'static str)> = labels
        .into_iter()
        .map(|l| {
            (
                Label::parse(l).map_or(usize::MAX, |x| {
                    Label::ALL.iter().position(|y| *y == x).unwrap_or(0)
                }),
                l,
            )
        })
        .collect();
    crate::sort::sort(&mut labels);
    labels.into_iter().map(|(_, l)| l).collect()
}

/// The last texts drawn, with what was derived from them: switching back to
/// a long document draws it without deriving it again (tens of ms on a
/// 2 MB text, issue 14.10). Keyed by the identity of the text and analysis
/// (both held here, so an address is never reused while kept).
type Kept = (Rc<str>, Rc<Analysis>, Rc<Prepared>);

/// How many [`Kept`] entries: the document shown and the one before.
const KEPT: usize = 2;

thread_local! {
    static KEPT_PREPARED: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Derives what the view of a long `text` and its `analysis` needs in steps,
/// one a [`Preparing::step`] call, and keeps it for the next draw of them, so
/// that the page runs each step in a task of its own and draws in another
/// (the worker's reply, `web::jobs`; issue 17.3: derived in one task, a 2 MB
/// text's view took about 55 ms). `text` may be another `Rc` of the same words.
pub struct Preparing {
    text: Rc<str>,
    analysis: Rc<Analysis>,
    spans: Vec<Span>,
    starts: Vec<usize>,
    blocks: Vec<Block>,
    done: u8,
}

impl Preparing {
    /// Nothing derived yet.
    pub fn new(text: Rc<str>, analysis: Rc<Analysis>) -> Preparing {
        Preparing {
            text,
            analysis,
            spans: Vec::new(),
            starts: Vec::new(),
            blocks: Vec::new(),
            done: 0,
        }
    }

    /// Derives the next part (spans, code point starts, blocks, the rest);
    /// true, deriving nothing, once all is derived and kept for the draw: the
    /// call after the last part, so the caller draws in a task of its own (the
    /// last part and the draw in one task took ~45 ms of CPU for a 2 MB text).
    pub fn step(&mut self) -> bool {
        match self.done {
            0 => self.spans = spans(&self.analysis),
            1 => self.starts = char_starts(&self.text),
            2 => {
                let len = self.starts.len().saturating_sub(1);
                self.blocks = blocks(len, &self.analysis.sentences, &self.spans);
            }
            3 => {
                let prepared = Prepared::from_parts(
                    &self.text,
                    &self.analysis,
                    std::mem::take(&mut self.spans),
                    std::mem::take(&mut self.starts),
                    std::mem::take(&mut self.blocks),
                );
                keep((self.text.clone(), self.analysis.clone(), Rc::new(prepared)));
            }
            _ => return true,
        }
        self.done += 1;
        false
    }
}

/// Keep `entry` as the latest drawn (at most [`KEPT`]).
fn keep(entry: Kept) {
    KEPT_PREPARED.with(|k| {
        let mut kept = k.borrow_mut();
        kept.push(entry);
        if kept.len() > KEPT {
            kept.remove(0);
        }
    });
}

/// [`Prepared`] for `text` and `analysis`, from the last ones drawn (or
/// [`prepare`]d) when it is one of them: the same analysis (by identity) of the
/// same words.
fn prepared_for(text: &Rc<str>, analysis: &Rc<Analysis>) -> Rc<Prepared> {
    let found = KEPT_PREPARED.with(|k| {
        let mut kept = k.borrow_mut();
        let at = kept.iter().position(|(t, a, _)| {
            Rc::ptr_eq(a, analysis) && (Rc::ptr_eq(t, text) || **t == **text)
        });
        at.map(|at| kept.remove(at))
    });
    let entry = found.unwrap_or_else(|| {
        (
            text.clone(),
            analysis.clone(),
            Rc::new(Prepared::new(text, analysis)),
        )
    });
    let p = entry.2.clone();
    keep(entry);
    p
}

impl Prepared {
    /// The chunk holding code point `at`.
    fn chunk_of(&self, at: usize) -> usize {
        self.chunks
            .partition_point(|c| c.start <= at)
            .saturating_sub(1)
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
                let Some(id) = sel.as_ref().filter(|_| !in_text.replace(false)) else {
                    return;
                };
                let q = entity_query(id);
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
                    .filter(|m| &m.entity == id || m.actor.as_ref() == Some(id))
                    .map(|m| m.start)
                    .min();
                if let Some(at) = first {
                    reveal(prepared.chunk_of(at), q, false);
                }
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
        // After every render (a new text, chunks drawn, a panel resized the page) ...
        use_effect(move || mark_more_below(&container, &scroll_ref));
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

/// Give the text box's wrapper the `more` class while text lies below the box's view (see
/// the "More below" cue in [`DocumentView`]); a class set here, not state, so scrolling
/// never re-renders the text.
fn mark_more_below(container: &NodeRef, wrapper: &NodeRef) {
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

/// Above this many code points the text box gets a fixed height and CSS
/// containment, so changes elsewhere in the page never re-measure it, and
/// only the chunks near the view are drawn.
const LARGE_CHARS: usize = 20_000;

#[derive(Properties)]
struct DocBodyProps {
    doc_id: String,
    generation: u64,
    text: Rc<str>,
    prepared: Rc<Prepared>,
    hidden: BTreeSet<Label>,
    /// Chunks drawn, `[lo, hi)` (long texts).
    range: (usize, usize),
}

impl PartialEq for DocBodyProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc_id == o.doc_id
            && self.generation == o.generation
            && self.hidden == o.hidden
            && self.range == o.range
    }
}

/// The text itself: rendered once per analysis and set of hidden types
/// (marks of hidden types get the `off` class). Selecting an entity never
/// re-renders it: the selection effect sets a `sel` class on a few marks.
#[function_component]
fn DocBody(props: &DocBodyProps) -> Html {
    let p = &*props.prepared;
    let text = &*props.text;
    // A long text's empty boxes get their words one task after the first
    // draw of this text (issue 17.3: a 2 MB text's words as text nodes were a
    // third of the longest task of its opening, and of each switch back to it).
    let key = (props.doc_id.clone(), props.generation);
    let filled = use_mut_ref(|| None::<(String, u64)>);
    let redraw = use_force_update();
    {
        let filled = filled.clone();
        let long = !p.chunks.is_empty();
        use_effect_with(key.clone(), move |key| {
            let key = key.clone();
            let timer = long.then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    *filled.borrow_mut() = Some(key);
                    redraw.force_update();
                })
            });
            move || drop(timer)
        });
    }
    let with_words = filled.borrow().as_ref() == Some(&key);
    let mark = |k: usize, a: usize, b: usize| -> Html {
        let Some(s) = p.spans.get(k) else {
            return Html::default();
        };
        let words = slice(text, &p.starts, a, b).to_string();
        let name = s.entity.as_ref().and_then(|e| p.names.get(e));
        let mut tip = label_name(s.label).to_string();
        if let Some(n) = name {
            tip.push_str(" · ");
            tip.push_str(n);
        }
        if let Some(v) = &s.value {
            tip.push_str(" · ");
            tip.push_str(&crate::web::components::timeline::dates::readable(v));
        }
        // DURATION and SET go with DATE.
        let label = Label::parse(s.label).unwrap_or(Label::Date);
        let class = classes!(
            "m",
            format!("m-{}", s.label.to_ascii_lowercase().replace('_', "-")),
            s.entity.is_some().then_some("ent"),
            props.hidden.contains(&label).then_some("off"),
        );
        html! {
            <mark class={class} data-entity={s.entity.clone()} data-actor={s.actor.clone()} data-label={s.label}
                data-value={s.value.clone()} data-said={s.value.as_deref().map(crate::web::components::timeline::dates::readable)}
                data-tag={short_tag(s.label)} data-tip={tip}
                tabindex={s.entity.is_some().then_some("-1")} role={s.entity.is_some().then_some("button")}
                aria-keyshortcuts={s.entity.is_some().then_some("Enter F2")}>{words}</mark>
        }
    };
    let block = |b: &Block| {
        let inner = b
            .pieces
            .iter()
            .map(|piece| match *piece {
                Piece::Text { start, end } => {
                    Html::from(slice(text, &p.starts, start, end).to_string())
                }
                Piece::Mark { span, start, end } => mark(span, start, end),
            })
            .collect::<Html>();
        match b.sentence {
            Some(i) => html! { <span class="sentence" data-s={i.to_string()}>{inner}</span> },
            None => inner,
        }
    };
    if p.chunks.is_empty() {
        return p.blocks.iter().map(block).collect::<Html>();
    }
    // A long text: the chunks in the window drawn, the others empty boxes of
    // their height, so the scroll bar and positions stay right.
    let (lo, hi) = props.range;
    p.chunks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if (lo..hi).contains(&i) {
                let inner = p.blocks.get(c.first..c.end).unwrap_or_default().iter().map(block).collect::<Html>();
                html! {
                    <div class="chunk" key={i} data-c={i.to_string()} data-at16={c.start16.to_string()}>{inner}</div>
                }
            } else {
                // Drawn `hidden="until-found"` (html! takes `hidden` as a
                // bool only), its height set after rendering (see `window`):
                // its words are there as plain text, not laid out, but found
                // by the browser's find in page (from the task after the
                // first draw), which reveals the box (the window then draws it). Its class also keeps them out of
                // layout where `until-found` is not supported (CSS).
                let words = (p.plain.get(i).filter(|_| with_words).cloned()).unwrap_or_default();
                use yew::virtual_dom::{AttributeOrProperty as A, Attributes, VTag};
                let mut tag = VTag::new("div");
                // As html! writes them (a keyed list of values, no map).
                tag.set_attributes(Attributes::Dynamic {
                    keys: &["class", "data-c", "hidden"],
                    values: Box::new([
                        Some(A::Static("chunk ph")),
                        Some(A::Attribute(i.to_string().into())),
                        Some(A::Static("until-found")),
                    ]),
                });
                tag.add_child(Html::from(words));
                tag.key = Some(i.into());
                Html::from(tag)
            }
        })
        .collect::<Html>()
}

/// Move the focus from the text (or the highlighted name focused in it) to
/// the next (`forward`) or previous shown name; the first from the text
/// itself. False when there is none to move to (the key then does what it
/// would). A roving focus: the names are focusable (`tabindex="-1"`) but not
/// Tab stops, the text is.
fn roving_step(e: &KeyboardEvent, forward: bool) -> bool {
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
fn entity_query(id: &str) -> String {
    let id = css_escape(id);
    format!("mark[data-entity=\"{id}\"], mark[data-actor=\"{id}\"]")
}

/// Add (or remove) `class` on every element under `root` matching `query`.
fn set_class(root: &Element, query: &str, class: &str, on: bool) {
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
