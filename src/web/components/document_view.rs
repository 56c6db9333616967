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
use crate::engine::model::{Analysis, Label, TimexType};
use crate::web::state::Focus;

/// A highlighted stretch of text, code point offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Start, in code points into the analysed text.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Contract label ("PERSON", "DATE", ...).
    pub label: &'static str,
    /// Entity id for mentions, None for bare time expressions.
    pub entity: Option<String>,
    /// Normalised value for time expressions.
    pub value: Option<String>,
    /// The entity a metonymic mention stands for ("Berlin" acting for Germany).
    pub actor: Option<String>,
}

fn timex_label(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Mentions and time expressions as sorted, non-overlapping spans. Where a
/// time expression overlaps a mention (a DATE mention of the same words),
/// the mention is kept and takes the time expression's value.
pub fn spans(a: &Analysis) -> Vec<Span> {
    let mut all: Vec<(Span, u8)> = a
        .entities
        .iter()
        .map(|m| {
            (
                Span {
                    start: m.start,
                    end: m.end,
                    label: m.label.as_str(),
                    entity: Some(m.entity.clone()),
                    value: None,
                    actor: m.actor.clone(),
                },
                0,
            )
        })
        .chain(a.timex.iter().map(|t| {
            (
                Span {
                    start: t.start,
                    end: t.end,
                    label: timex_label(t.kind),
                    entity: None,
                    value: Some(t.value.clone()),
                    actor: None,
                },
                1,
            )
        }))
        .filter(|(s, _)| s.start < s.end)
        .collect();
    crate::sort::sort_by(&mut all, |(x, px), (y, py)| {
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(px.cmp(py))
    });
    let mut out: Vec<Span> = Vec::with_capacity(all.len());
    for (s, _) in all {
        match out.last_mut() {
            Some(last) if s.start < last.end => {
                if last.value.is_none() && s.value.is_some() {
                    last.value = s.value;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// A run of text: a sentence (index into `Analysis::sentences`) or the gap
/// between two; `pieces` cover it exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Index into `Analysis::sentences`; `None` for the text between sentences.
    pub sentence: Option<usize>,
    /// Start, in code points.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Consecutive pieces covering `start..end`.
    pub pieces: Vec<Piece>,
}

/// Part of a [`Block`]: plain text or (part of) a highlighted [`Span`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece {
    /// Unmarked text.
    Text {
        /// Start, in code points.
        start: usize,
        /// End, in code points, exclusive.
        end: usize,
    },
    /// Part (or all) of span `span`.
    Mark {
        /// Index of the [`Span`] in the prepared span list.
        span: usize,
        /// Start, in code points.
        start: usize,
        /// End, in code points, exclusive.
        end: usize,
    },
}

/// Splits `0..len` (code points) into sentence and gap blocks, and each
/// block into plain and highlighted pieces. A span crossing a sentence end
/// is split into two marks. Linear in the number of sentences and spans.
pub fn blocks(len: usize, sentences: &[[usize; 2]], spans: &[Span]) -> Vec<Block> {
    let mut bounds: Vec<(Option<usize>, usize, usize)> = Vec::new();
    let mut cursor = 0;
    for (i, s) in sentences.iter().enumerate() {
        let (a, b) = (s[0].min(len), s[1].min(len));
        if a < cursor || b <= a {
            continue; // overlapping or empty: leave it to the gap text
        }
        if a > cursor {
            bounds.push((None, cursor, a));
        }
        bounds.push((Some(i), a, b));
        cursor = b;
    }
    if cursor < len {
        bounds.push((None, cursor, len));
    }
    let mut out = Vec::with_capacity(bounds.len());
    let mut j = 0;
    for (sentence, bs, be) in bounds {
        while spans.get(j).is_some_and(|s| s.end <= bs) {
            j += 1;
        }
        let mut pieces = Vec::new();
        let mut at = bs;
        let mut k = j;
        while let Some(s) = spans.get(k) {
            if s.start >= be {
                break;
            }
            let (ms, me) = (s.start.max(bs), s.end.min(be));
            if ms > at {
                pieces.push(Piece::Text { start: at, end: ms });
            }
            if me > ms.max(at) {
                pieces.push(Piece::Mark {
                    span: k,
                    start: ms.max(at),
                    end: me,
                });
                at = me;
            }
            k += 1;
        }
        if at < be {
            pieces.push(Piece::Text { start: at, end: be });
        }
        out.push(Block {
            sentence,
            start: bs,
            end: be,
            pieces,
        });
    }
    out
}

/// Byte offset of every code point of `text`, plus `text.len()` at the end.
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn slice<'a>(text: &'a str, starts: &[usize], a: usize, b: usize) -> &'a str {
    match (starts.get(a), starts.get(b)) {
        (Some(&x), Some(&y)) => text.get(x..y).unwrap_or(""),
        _ => "",
    }
}

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
    }
}

/// Everything derived from one (text, analysis) pair, computed once.
pub struct Prepared {
    spans: Vec<Span>,
    blocks: Vec<Block>,
    starts: Vec<usize>,
    names: HashMap<String, String>,
}

/// The document text with its mentions highlighted and tagged.
#[function_component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let container = use_node_ref();
    // Write each time expression's value after it ("Tuesday → 2024-04-16").
    let show_values = use_state(|| false);
    let prepared = {
        let text = props.text.clone();
        let analysis = props.analysis.clone();
        use_memo((props.doc_id.clone(), props.generation), move |_| {
            let spans = spans(&analysis);
            let starts = char_starts(&text);
            let len = starts.len().saturating_sub(1);
            let blocks = blocks(len, &analysis.sentences, &spans);
            let names = analysis
                .entity_list
                .iter()
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect();
            Prepared {
                spans,
                blocks,
                starts,
                names,
            }
        })
    };

    // The selected entity's marks get the `sel` class (set here, not by a
    // re-render of thousands of marks); the first is brought into view when
    // the selection changes.
    {
        let container = container.clone();
        use_effect_with(
            (
                props.selected.clone(),
                props.doc_id.clone(),
                props.generation,
                // A re-render of the marks (types toggled) resets their classes.
                props.hidden.clone(),
            ),
            move |(sel, _, _, _)| {
                let Some(root) = container.cast::<Element>() else {
                    return;
                };
                set_class(&root, "mark.sel", "sel", false);
                if let Some(id) = sel {
                    // Its own mentions, and those standing for it ("Berlin" for Germany).
                    let id = css_escape(id);
                    let q = format!("mark[data-entity=\"{id}\"], mark[data-actor=\"{id}\"]");
                    set_class(&root, &q, "sel", true);
                    if let Ok(Some(el)) = root.query_selector(&q) {
                        scroll_to(&el);
                    }
                }
            },
        );
    }
    // A focus request (timeline click): scroll to the sentence and flash it.
    {
        let container = container.clone();
        let analysis = props.analysis.clone();
        let doc_id = props.doc_id.clone();
        use_effect_with(
            (props.focus.clone(), props.doc_id.clone()),
            move |(focus, _)| {
                let Some(f) = focus.as_ref().filter(|f| f.doc == doc_id) else {
                    return;
                };
                let Some(root) = container.cast::<Element>() else {
                    return;
                };
                let at = f.sentence[0];
                let idx = analysis
                    .sentences
                    .iter()
                    .position(|s| s[0] <= at && at < s[1].max(s[0] + 1));
                let el = match idx {
                    Some(i) => root
                        .query_selector(&format!("[data-s=\"{i}\"]"))
                        .ok()
                        .flatten(),
                    None => None,
                };
                if let Some(el) = el {
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
        }
    });

    let large = prepared.starts.len() > LARGE_CHARS;
    let on_values = {
        let show_values = show_values.clone();
        Callback::from(move |_: Event| show_values.set(!*show_values))
    };
    // The key to the highlights: the types in this text, in plain words.
    let legend = {
        let mut labels: Vec<&'static str> = prepared.spans.iter().map(|s| s.label).collect();
        crate::sort::sort(&mut labels);
        labels.dedup();
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
        labels
            .into_iter()
            .map(|(_, l)| {
                let class = classes!("m", format!("m-{}", l.to_ascii_lowercase().replace('_', "-")));
                html! { <li><mark class={class}>{label_name(l)}</mark><span class="legend-tag">{short_tag(l)}</span></li> }
            })
            .collect::<Html>()
    };
    html! {
        <>
            <ul class="legend" aria-label="Key to the highlights">{legend}</ul>
            <label class="show-values-toggle">
                <input type="checkbox" checked={*show_values} onchange={on_values} />
                {" Show dates in words after each time expression"}
            </label>
            <div class={classes!("doc-text", large.then_some("large"), (*show_values).then_some("show-values"))} ref={container}
                data-selected={props.selected.clone()} {onclick} {onkeydown}>
                <DocBody doc_id={props.doc_id.clone()} generation={props.generation}
                    text={props.text.clone()} prepared={prepared.clone()} hidden={props.hidden.clone()} />
            </div>
        </>
    }
}

/// Above this many code points the text box gets a fixed height and CSS
/// containment, so changes elsewhere in the page never re-measure it.
const LARGE_CHARS: usize = 20_000;

#[derive(Properties)]
struct DocBodyProps {
    doc_id: String,
    generation: u64,
    text: Rc<str>,
    prepared: Rc<Prepared>,
    hidden: BTreeSet<Label>,
}

impl PartialEq for DocBodyProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc_id == o.doc_id && self.generation == o.generation && self.hidden == o.hidden
    }
}

/// The text itself: rendered once per analysis and set of hidden types
/// (marks of hidden types get the `off` class). Selecting an entity never
/// re-renders it: the selection effect sets a `sel` class on a few marks.
#[function_component]
fn DocBody(props: &DocBodyProps) -> Html {
    let p = &*props.prepared;
    let text = &*props.text;
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
                tabindex={s.entity.is_some().then_some("0")}>{words}</mark>
        }
    };
    p.blocks
        .iter()
        .map(|b| {
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
        })
        .collect::<Html>()
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
