//! `RelationsView`: the relations of the selected document, beside the entity panel.
//!
//! Input: the document id, its analysis, the selected entity. Output: a table grouped by
//! relation type, one row per relation ("Source → Target", the items, the modality as a
//! word, the date; the same relation stated in several sentences is one row, "×3" with a
//! button per further sentence: `state::relations`), each row a button that shows its
//! sentence in the text (`on_focus`), and
//! the [`network`](super::network::network) drawing, whose nodes select entities (`on_select`). Rows of relations the
//! selected entity takes part in (as source, target or item) are highlighted.

use std::rc::{Rc, Weak};

use web_sys::MouseEvent;
use yew::prelude::*;

use super::network::{drawn, network, NetworkProps, NODES_MAX};
use super::SameAnalysis;
use crate::engine::model::{Analysis, RelationType};
pub use crate::web::state::relations::{rows, Row};

/// Rows listed per relation type before "Show all" (a 2 MB text has about a
/// thousand relations: all of them as rows are ~10,000 DOM nodes, drawn in
/// one main-thread task; issue 17.3).
const GROUP_MAX: usize = 50;

/// Rows listed per type before "Show all" in a document with more than
/// [`MANY`] relations (50 a type was 1,500 elements on a 2 MB text, built
/// on every switch back to it; issue 14.10).
const GROUP_MAX_MANY: usize = 20;

/// A document with more relations than this lists [`GROUP_MAX_MANY`] a type.
const MANY: usize = 500;

/// Analyses whose rows and graph [`RelationsView`] keeps.
const KEPT: usize = 2;

/// What [`RelationsView`] derives from an analysis: rows by type, and the drawn graph.
type Derived = (Vec<(RelationType, Vec<Row>)>, super::network::Graph);

/// Props of [`RelationsView`].
#[derive(Properties)]
pub struct RelationsViewProps {
    /// Id of the document the analysis belongs to (for `on_focus`).
    pub doc_id: String,
    /// The selected document's analysis; `None` before the first one.
    pub analysis: Option<Rc<Analysis>>,
    /// Identifies `analysis` (it never changes for one generation).
    pub generation: u64,
    /// Id of the selected entity (shared with the entity panel).
    #[prop_or_default]
    pub selected: Option<String>,
    /// An entity (network node) was activated (`None`: cleared).
    pub on_select: Callback<Option<String>>,
    /// Show a sentence: (document id, code point span).
    pub on_focus: Callback<(String, [usize; 2])>,
    /// Id of the relation the timeline is narrowed to.
    #[prop_or_default]
    pub relation: Option<String>,
    /// Narrow the timeline to a relation (None: show every event again).
    #[prop_or_default]
    pub on_relation: Callback<Option<String>>,
}

impl PartialEq for RelationsViewProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc_id == o.doc_id
            && self.generation == o.generation
            && self.analysis.is_some() == o.analysis.is_some()
            && self.selected == o.selected
            && self.on_select == o.on_select
            && self.on_focus == o.on_focus
            && self.relation == o.relation
            && self.on_relation == o.on_relation
    }
}

/// The Relations panel: relations grouped by type, and the network drawing.
#[function_component]
pub fn RelationsView(props: &RelationsViewProps) -> Html {
    // Relation types whose full list the user asked for.
    // One bit per type, by its place in `RelationType::ALL`.
    let expanded = use_state(|| 0u32);
    // Rows and graph once per analysis, not on every selection (tens of ms
    // on a 2 MB text, issue 14.10), and kept for the last KEPT analyses shown: switching
    // back to a tab (whose panel showed nothing meanwhile) does not derive them again in
    // the task drawing them (issue 17.3). Held by `Weak`, so a closed document's analysis
    // is not kept alive for them.
    let kept = use_mut_ref(Vec::<(Weak<Analysis>, Rc<Derived>)>::new);
    let derived = use_memo(props.analysis.clone().map(SameAnalysis), move |a| {
        let a = &a.as_ref()?.0;
        let mut kept = kept.borrow_mut();
        kept.retain(|(k, _)| k.strong_count() > 0);
        let d = match kept.iter().position(|(k, _)| k.ptr_eq(&Rc::downgrade(a))) {
            Some(at) => kept.remove(at).1,
            None => Rc::new((rows(a), drawn(a, NODES_MAX))),
        };
        kept.push((Rc::downgrade(a), d.clone()));
        if kept.len() > KEPT {
            kept.remove(0);
        }
        Some(d)
    });
    // A document with many relations (a long text) opened or switched to: its network is
    // drawn a frame after the table, in a task of its own (issue 17.3: table and network,
    // ~2,700 elements on a 2 MB text, were one task of ~40 ms of CPU, and their first
    // layout one frame of ~45 ms). Once drawn for a document, at once on its new analyses.
    let net_doc = use_mut_ref(|| None::<String>);
    let redraw = use_force_update();
    let many = derived
        .as_deref()
        .is_some_and(|(groups, _)| groups.iter().map(|(_, rs)| rs.len()).sum::<usize>() > MANY);
    if !many && derived.is_some() && net_doc.borrow().as_deref() != Some(props.doc_id.as_str()) {
        *net_doc.borrow_mut() = Some(props.doc_id.clone());
    }
    let net_now = net_doc.borrow().as_deref() == Some(props.doc_id.as_str());
    {
        let net_doc = net_doc.clone();
        let later = (derived.is_some() && !net_now).then(|| props.doc_id.clone());
        super::use_after_paint(later, move |doc| {
            *net_doc.borrow_mut() = Some(doc);
            redraw.force_update();
        });
    }
    let Some((groups, g)) = derived.as_deref() else {
        return html! { <p class="empty">{"No analysis yet."}</p> };
    };
    if groups.is_empty() {
        return html! { <p class="empty">{"No relations found."}</p> };
    }
    let sel = props.selected.as_deref();
    let total: usize = groups.iter().map(|(_, rs)| rs.len()).sum();
    let group_max = if total > MANY {
        GROUP_MAX_MANY
    } else {
        GROUP_MAX
    };
    let body = groups
        .iter()
        .map(|(kind, rs)| {
            let kind = *kind;
            let n = rs.len();
            let bit = 1u32 << RelationType::ALL.iter().position(|k| *k == kind).unwrap_or(0);
            let open = *expanded & bit != 0;
            let shown = if open { n } else { n.min(group_max) };
            let trs = rs
                .iter()
                .take(shown)
                .map(|r| row(r, sel, props))
                .collect::<Html>();
            let toggle = (n > group_max).then(|| {
                let expanded = expanded.clone();
                let onclick = Callback::from(move |_: MouseEvent| expanded.set(*expanded ^ bit));
                let text = if open {
                    format!("Show the first {group_max} only")
                } else {
                    format!("Show all {n}")
                };
                html! {
                    <tr class="more"><td colspan="5">
                        <button type="button" class="show-all" {onclick}>{text}</button>
                    </td></tr>
                }
            });
            html! {
                <tbody class={format!("rel-group rel-{}", kind.as_str().to_ascii_lowercase())} key={kind.as_str()}>
                    <tr><th colspan="5" scope="rowgroup">{kind.display()}<span class="n">{format!(" {n}")}</span></th></tr>
                    {trs}
                    {toggle}
                </tbody>
            }
        })
        .collect::<Html>();
    html! {
        <div class="relations-view">
            <table class="relations">
                <thead><tr>
                    <th scope="col">{"Relation"}</th><th scope="col">{"Items"}</th>
                    <th scope="col" title="Modality: asserted, hedged or negated">{"Stated as"}</th><th scope="col">{"Date"}</th>
                    <th scope="col"><span class="visually-hidden">{"Timeline"}</span></th>
                </tr></thead>
                {body}
            </table>
            if net_now {
                {network(NetworkProps { graph: g, selected: props.selected.as_deref(), on_select: &props.on_select })}
            }
        </div>
    }
}

fn row(r: &Row, sel: Option<&str>, props: &RelationsViewProps) -> Html {
    let onclick = {
        let cb = props.on_focus.clone();
        let doc = props.doc_id.clone();
        let sentence = r.sentence;
        Callback::from(move |_: MouseEvent| cb.emit((doc.clone(), sentence)))
    };
    let filtering = props.relation.as_deref() == Some(r.id.as_str());
    let on_timeline = {
        let cb = props.on_relation.clone();
        let id = r.id.clone();
        Callback::from(move |_: MouseEvent| cb.emit((!filtering).then(|| id.clone())))
    };
    let involved = sel.map(|s| r.involves(s));
    let class = classes!(
        "relation",
        format!("mod-{}", r.modality.as_str()),
        (involved == Some(true)).then_some("hl"),
        (involved == Some(false)).then_some("dim"),
    );
    let items: Vec<&str> = r.items.iter().map(|(_, n)| n.as_str()).collect();
    // The same relation stated again: one row, every sentence a button.
    let n = r.more.len() + 1;
    let more = r.more.iter().enumerate().map(|(i, &sentence)| {
        let (cb, doc) = (props.on_focus.clone(), props.doc_id.clone());
        let onclick = Callback::from(move |_: MouseEvent| cb.emit((doc.clone(), sentence)));
        let label = format!("Sentence {} of {n}", i + 2);
        html! { <button type="button" class="relation-more" {onclick} title={label.clone()} aria-label={label}>{i + 2}</button> }
    });
    html! {
        <tr class={class} key={r.id.clone()} data-relation={r.id.clone()}>
            <td>
                <button type="button" class="relation-jump" {onclick}
                    title="Show the sentence in the text">
                    <span class="rel-source">{&r.source_name}</span>
                    {" → "}
                    <span class="rel-target">{&r.target_name}</span>
                </button>
                if n > 1 {
                    <span class="rel-count">{format!(" ×{n} ")}</span>{for more}
                }
            </td>
            <td class="rel-items">{items.join(", ")}</td>
            <td class="rel-modality" title={format!("Modality: {}", r.modality.as_str())}>{crate::web::state::words::modality_words(r.modality)}</td>
            <td class="rel-date">{r.date.as_deref().map(super::timeline::dates::readable).unwrap_or_default()}</td>
            <td>
                <button type="button" class="relation-timeline" onclick={on_timeline}
                    aria-pressed={if filtering { "true" } else { "false" }}
                    title="Show only this relation's events on the timeline">{"Timeline"}</button>
            </td>
        </tr>
    }
}
