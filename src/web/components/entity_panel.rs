//! `EntityPanel`: the entities of the selected document, grouped by type.
//!
//! Input: an analysis, the selection, the filter text and the hidden types.
//! Output: a filter box, one toggle button per type present, and per shown
//! type a list of entities sorted by salience, each a button with its
//! canonical name, type and mention count (or, for an entity only named
//! through others, "via Berlin"), followed by aliases and roles.
//! Reports `on_select`, `on_filter` and `on_toggle`.

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::{HtmlInputElement, InputEvent, MouseEvent};
use yew::prelude::*;

use super::SameAnalysis;
use crate::engine::model::{Analysis, Entity, Label};
use crate::web::state::words::type_name;

/// Entities listed per type before "Show all" (keeps the panel fast on long texts).
const GROUP_MAX: usize = 60;

/// Entities listed per type before "Show all" when the document has more than
/// [`MANY`] entities: a 2 MB text's panel of 60 a type was 3,000 elements,
/// built on every switch back to it (issue 14.10).
const GROUP_MAX_MANY: usize = 20;

/// A document with more entities than this lists [`GROUP_MAX_MANY`] a type.
const MANY: usize = 1_000;

/// Props of [`EntityPanel`].
#[derive(Properties)]
pub struct EntityPanelProps {
    /// The selected document's (corrected) analysis; `None` before the first one.
    pub analysis: Option<Rc<Analysis>>,
    /// Identifies `analysis` (it never changes for one generation).
    pub generation: u64,
    /// Id of the selected entity.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Text filter on entity names and aliases.
    #[prop_or_default]
    pub filter: String,
    /// Entity types switched off.
    #[prop_or_default]
    pub hidden: BTreeSet<Label>,
    /// The shown analysis is older than the text: work is running.
    #[prop_or_default]
    pub busy: bool,
    /// The selected entity's correction form: shown under its row, or above the list
    /// when the row is not listed (filtered out, of a hidden type, past a group's top).
    #[prop_or_default]
    pub form: Option<Html>,
    /// An entity was clicked (`None`: clicked again to clear).
    pub on_select: Callback<Option<String>>,
    /// The filter text changed.
    pub on_filter: Callback<String>,
    /// A type's switch was flipped.
    pub on_toggle: Callback<Label>,
}

impl PartialEq for EntityPanelProps {
    fn eq(&self, o: &Self) -> bool {
        self.generation == o.generation
            && self.analysis.is_some() == o.analysis.is_some()
            && self.selected == o.selected
            && self.busy == o.busy
            && self.form == o.form
            && self.filter == o.filter
            && self.hidden == o.hidden
            && self.on_select == o.on_select
            && self.on_filter == o.on_filter
            && self.on_toggle == o.on_toggle
    }
}

/// True when `e` matches the filter `q` (lower case) by name, alias or role.
pub fn matches(e: &Entity, q: &str) -> bool {
    q.is_empty()
        || e.name.to_lowercase().contains(q)
        || e.aliases.iter().any(|a| a.to_lowercase().contains(q))
        || e.roles.iter().any(|r| r.to_lowercase().contains(q))
}

/// Entities grouped by type (contract order), each group by salience then
/// mention count, keeping those matching `filter` and not of a hidden type.
pub fn groups<'a>(
    a: &'a Analysis,
    filter: &str,
    hidden: &BTreeSet<Label>,
) -> Vec<(Label, Vec<&'a Entity>)> {
    group_indices(a, filter, hidden)
        .into_iter()
        .map(|(l, ix)| (l, ix.into_iter().map(|i| &a.entity_list[i]).collect()))
        .collect()
}

/// [`groups`] as indices into `a.entity_list`.
pub fn group_indices(
    a: &Analysis,
    filter: &str,
    hidden: &BTreeSet<Label>,
) -> Vec<(Label, Vec<usize>)> {
    let q = filter.trim().to_lowercase();
    let list = &a.entity_list;
    let mut out = Vec::new();
    for label in Label::ALL {
        if hidden.contains(&label) {
            continue;
        }
        let mut es: Vec<usize> = (0..list.len())
            .filter(|&i| list[i].label == label && matches(&list[i], &q))
            .collect();
        if es.is_empty() {
            continue;
        }
        crate::sort::sort_by(&mut es, |&i, &j| {
            let (x, y) = (&list[i], &list[j]);
            y.salience
                .total_cmp(&x.salience)
                .then(y.mentions.cmp(&x.mentions))
                .then(x.name.cmp(&y.name))
        });
        out.push((label, es));
    }
    out
}

/// The merged entities of the selected document, grouped by type.
#[function_component]
pub fn EntityPanel(props: &EntityPanelProps) -> Html {
    // Types whose full list the user asked for (long groups show their top entities).
    let expanded = use_state(BTreeSet::<Label>::new);
    // Grouped and sorted once per analysis, filter and hidden types, not on
    // every render (selecting an entity re-renders; tens of ms on a 2 MB
    // text, issue 14.10): per type, indices into `entity_list`.
    let ranked: Rc<Vec<(Label, Vec<usize>)>> = use_memo(
        (
            props.analysis.clone().map(SameAnalysis),
            props.filter.clone(),
            props.hidden.clone(),
        ),
        |(a, filter, hidden)| {
            let Some(a) = a else { return Vec::new() };
            group_indices(&a.0, filter, hidden)
        },
    );
    let Some(a) = props.analysis.as_deref() else {
        return html! { <>{props.form.clone()}<p class="empty">{"Analysing…"}</p></> };
    };
    let on_filter = {
        let cb = props.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    // Types present in the document, with their entity counts.
    let present: Vec<(Label, usize)> = Label::ALL
        .into_iter()
        .map(|l| (l, a.entity_list.iter().filter(|e| e.label == l).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let toggles = present
        .iter()
        .map(|&(label, n)| {
            let on = !props.hidden.contains(&label);
            let cb = props.on_toggle.clone();
            let onclick = Callback::from(move |_: MouseEvent| cb.emit(label));
            html! {
                <button type="button" class={classes!("type-toggle", type_class(label))}
                    aria-pressed={if on { "true" } else { "false" }} {onclick}>
                    {type_name(label)}<span class="n">{format!(" {n}")}</span>
                </button>
            }
        })
        .collect::<Html>();
    let groups: Vec<(Label, Vec<&Entity>)> = ranked
        .iter()
        .map(|(l, ix)| (*l, ix.iter().map(|&i| &a.entity_list[i]).collect()))
        .collect();
    let sel = props.selected.as_deref();
    let group_max = if a.entity_list.len() > MANY {
        GROUP_MAX_MANY
    } else {
        GROUP_MAX
    };
    let shown_of = |label: &Label, total: usize| {
        if expanded.contains(label) {
            total
        } else {
            total.min(group_max)
        }
    };
    // The form goes under the selected entity's row when that row is listed.
    let inline = props.form.is_some()
        && sel.is_some_and(|id| {
            groups
                .iter()
                .any(|(l, es)| es[..shown_of(l, es.len())].iter().any(|e| e.id == id))
        });
    let body = if groups.is_empty() {
        html! { <p class="empty">{ if props.busy { "Analysing…" } else if a.entity_list.is_empty() { "No entities found." } else { "Nothing matches." } }</p> }
    } else {
        groups
            .into_iter()
            .map(|(label, es)| {
                let total = es.len();
                let open = expanded.contains(&label);
                let shown = shown_of(&label, total);
                let items = es
                    .into_iter()
                    .take(shown)
                    .map(|e| {
                        let selected = sel == Some(e.id.as_str());
                        let form = (selected && inline).then(|| props.form.clone()).flatten();
                        entity_item(e, a, selected, form, &props.on_select)
                    })
                    .collect::<Html>();
                let toggle = (total > group_max).then(|| {
                    let expanded = expanded.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let mut set = (*expanded).clone();
                        if !set.remove(&label) {
                            set.insert(label);
                        }
                        expanded.set(set);
                    });
                    let text = if open {
                        format!("Show the top {group_max} only")
                    } else {
                        format!("Show all {total}")
                    };
                    html! { <button type="button" class="show-all" {onclick}>{text}</button> }
                });
                html! {
                    <section class="entity-group" key={label.as_str()}>
                        <h3 class={type_class(label)}>{type_name(label)}<span class="n">{format!(" {total}")}</span></h3>
                        <ul>{items}</ul>
                        {toggle}
                    </section>
                }
            })
            .collect::<Html>()
    };
    html! {
        <div class="entity-panel">
            if !inline {
                {props.form.clone()}
            }
            <label class="filter">
                <span>{"Filter entities"}</span>
                <input type="search" value={props.filter.clone()} oninput={on_filter}
                    placeholder="name, alias or role" />
            </label>
            <div class="type-toggles" role="group" aria-label="Entity types">{toggles}</div>
            {body}
        </div>
    }
}

/// CSS class of a type ("t-person", "t-work-of-art").
pub fn type_class(l: Label) -> String {
    format!("t-{}", l.as_str().to_ascii_lowercase().replace('_', "-"))
}

/// The distinct words standing for `e` in `a` ("Berlin" acting for Germany),
/// in text order, and how many such mentions there are.
pub fn stand_ins(e: &Entity, a: &Analysis) -> (Vec<String>, usize) {
    let mut words: Vec<String> = Vec::new();
    let mut n = 0;
    for m in a
        .entities
        .iter()
        .filter(|m| m.actor.as_deref() == Some(&e.id))
    {
        n += 1;
        if !words.contains(&m.text) {
            words.push(m.text.clone());
        }
    }
    (words, n)
}

fn entity_item(
    e: &Entity,
    a: &Analysis,
    selected: bool,
    form: Option<Html>,
    on_select: &Callback<Option<String>>,
) -> Html {
    let onclick = {
        let cb = on_select.clone();
        let id = e.id.clone();
        Callback::from(move |_: MouseEvent| {
            // The text view and the form read it: a row clicked keeps its place.
            super::note_list_click();
            cb.emit((!selected).then(|| id.clone()))
        })
    };
    let expanded = form.is_some();
    let count = format!("{}", e.mentions);
    let plural = if e.mentions == 1 {
        "mention"
    } else {
        "mentions"
    };
    // Named only through others ("Berlin" for Germany): say so, not "0".
    let via = (e.mentions == 0)
        .then(|| stand_ins(e, a))
        .filter(|(words, _)| !words.is_empty());
    html! {
        <li key={e.id.clone()} class={classes!("entity", selected.then_some("selected"))}>
            <button type="button" {onclick} aria-pressed={if selected { "true" } else { "false" }}
                aria-expanded={expanded.then_some("true")}
                data-entity={e.id.clone()} data-label={e.label.as_str()}>
                <span class="entity-name">{&e.name}</span>
                <span class={classes!("entity-type", type_class(e.label))}>{type_name(e.label)}</span>
                if let Some((words, n)) = &via {
                    <span class="entity-via" title={format!("Not named itself; {n} {} stand for it", if *n == 1 { "mention" } else { "mentions" })}>
                        {format!("via {}", words.join(", "))}
                    </span>
                } else {
                    <span class="entity-count" title={format!("{count} {plural}")}>
                        {count}<span class="visually-hidden">{format!(" {plural}")}</span>
                    </span>
                }
            </button>
            if !e.aliases.is_empty() {
                <p class="aliases">{"also: "}{e.aliases.join(", ")}</p>
            }
            if !e.roles.is_empty() {
                <p class="roles">{e.roles.join("; ")}</p>
            }
            // In an unkeyed box of its own: the keyed form beside the unkeyed button in one
            // list made Yew replace the button, which lost the focus (keyboard users).
            if let Some(form) = form {
                <div class="ec-slot">{form}</div>
            }
        </li>
    }
}
