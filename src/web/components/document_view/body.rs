//! `DocBody`: the text itself, as text nodes and marks, for one [`Prepared`]
//! text; a long text's chunks outside the window drawn as empty boxes.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::blocks::{slice, Block, Piece};
use super::prepared::Prepared;
use crate::engine::model::Label;
use crate::web::state::words::{label_name, tag as short_tag};

/// Empty boxes given their words in one task (see [`DocBody`]): about 256 KB of text.
const FILL_CHUNKS: usize = 64;

#[derive(Properties)]
pub(super) struct DocBodyProps {
    pub(super) doc_id: String,
    pub(super) generation: u64,
    pub(super) text: Rc<str>,
    pub(super) prepared: Rc<Prepared>,
    pub(super) hidden: BTreeSet<Label>,
    /// Chunks drawn, `[lo, hi)` (long texts).
    pub(super) range: (usize, usize),
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
pub(super) fn DocBody(props: &DocBodyProps) -> Html {
    let p = &*props.prepared;
    let text = &*props.text;
    // A long text's empty boxes get their words after the first draw of this
    // text (issue 17.3: a 2 MB text's words as text nodes were a third of the
    // longest task of its opening, and of each switch back to it), FILL_CHUNKS
    // boxes a task (all at once, one task after the draw, they were a task of
    // ~70 ms of their own on a 2 MB text).
    let key = (props.doc_id.clone(), props.generation);
    let filled = use_mut_ref(|| (None::<(String, u64)>, 0usize));
    let count = {
        let f = filled.borrow();
        if f.0.as_ref() == Some(&key) {
            f.1
        } else {
            0
        }
    };
    let redraw = use_force_update();
    {
        let filled = filled.clone();
        let total = p.chunks.len();
        use_effect_with((key.clone(), count), move |(key, count)| {
            let (key, next) = (key.clone(), count + FILL_CHUNKS);
            let timer = (*count < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    *filled.borrow_mut() = (Some(key), next);
                    redraw.force_update();
                })
            });
            move || drop(timer)
        });
    }
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
                let words = (p.plain.get(i).filter(|_| i < count).cloned()).unwrap_or_default();
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
