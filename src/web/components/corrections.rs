//! Correction controls, shown where the user is looking (issue 14.2):
//!
//! - [`EntityCorrection`]: rename, retype, merge into a similar entity of the
//!   same type, or "not an entity", for the selected entity; rendered at the
//!   top of the Entities panel, which stays in view beside the text (a bottom
//!   sheet at phone width);
//! - [`TextTools`]: add a missed mention, split one off, or remove one, for
//!   the words selected in the document.
//!
//! Input: plain data (the entity, the candidates, the analysed text).
//! Output: `on_correct` with a [`Correction`]; they keep no state but the
//! fields being typed in. Every control is a real form control, so all of it
//! works from the keyboard; Escape closes the entity form.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::engine::model::{Analysis, Entity, Label};
use crate::web::state::correct::merge_candidates;
use crate::web::state::words::type_name;
use crate::workspace::{Correction, Edit, EntityKey, TextAnchor};

/// Entities offered in the "Merge into" list.
const MERGE_CHOICES: usize = 60;

/// Props of [`EntityCorrection`].
#[derive(Properties, PartialEq)]
pub struct EntityCorrectionProps {
    /// Id of the document the entity belongs to.
    pub doc: AttrValue,
    /// The selected entity, as corrections left it.
    pub entity: Entity,
    /// The document's (corrected) analysis: merge candidates come from it.
    pub analysis: Rc<Analysis>,
    /// Called with the correction the user made.
    pub on_correct: Callback<Correction>,
    /// Close the form (deselect the entity).
    pub on_close: Callback<()>,
}

fn select_value(r: &NodeRef) -> String {
    r.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Rename, retype, merge or delete the selected entity.
#[function_component]
pub fn EntityCorrection(props: &EntityCorrectionProps) -> Html {
    let rename_ref = use_node_ref();
    let type_ref = use_node_ref();
    let merge_ref = use_node_ref();
    let scope_ref = use_node_ref();
    let e = &props.entity;
    // The "New name" field starts at the entity's name and is then the
    // user's: not a controlled `value`, which a re-render would write back.
    {
        let r = rename_ref.clone();
        use_effect_with(
            (props.doc.clone(), e.id.clone(), e.name.clone()),
            move |(_, _, name)| {
                if let Some(input) = r.cast::<HtmlInputElement>() {
                    input.set_value(name);
                }
            },
        );
    }
    let key = EntityKey::of(e);
    let scoped = {
        let scope_ref = scope_ref.clone();
        let doc = props.doc.to_string();
        move |edit: Edit| {
            let everywhere = scope_ref
                .cast::<HtmlInputElement>()
                .is_none_or(|c| c.checked());
            if everywhere {
                Correction::everywhere(edit)
            } else {
                Correction::in_doc(doc.clone(), edit)
            }
        }
    };
    let on_rename = {
        let (cb, scoped, key, r) = (
            props.on_correct.clone(),
            scoped.clone(),
            key.clone(),
            rename_ref.clone(),
        );
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let name = r
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if !name.trim().is_empty() && name.trim() != key.name {
                cb.emit(scoped(Edit::Rename {
                    entity: key.clone(),
                    name: name.trim().into(),
                }));
            }
        })
    };
    let on_retype = {
        let (cb, scoped, key, r) = (
            props.on_correct.clone(),
            scoped.clone(),
            key.clone(),
            type_ref.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(label) = Label::parse(&select_value(&r)) {
                if label != key.label {
                    cb.emit(scoped(Edit::Retype {
                        entity: key.clone(),
                        label,
                    }));
                }
            }
        })
    };
    let others: Vec<(String, String, Label)> = merge_candidates(&props.analysis, e, MERGE_CHOICES)
        .into_iter()
        .map(|x| (x.id.clone(), x.name.clone(), x.label))
        .collect();
    let on_merge = {
        let (cb, scoped, key, r) = (
            props.on_correct.clone(),
            scoped.clone(),
            key.clone(),
            merge_ref.clone(),
        );
        let others = others.clone();
        Callback::from(move |_: MouseEvent| {
            let id = select_value(&r);
            if let Some((_, name, label)) = others.iter().find(|o| o.0 == id) {
                cb.emit(scoped(Edit::Merge {
                    entity: key.clone(),
                    into: EntityKey::new(name.clone(), *label),
                }));
            }
        })
    };
    let mut surfaces: Vec<String> = props
        .analysis
        .entities
        .iter()
        .filter(|m| m.entity == e.id)
        .map(|m| m.text.clone())
        .collect();
    crate::sort::sort(&mut surfaces);
    surfaces.dedup();
    let on_delete = {
        let (cb, scoped, label) = (props.on_correct.clone(), scoped.clone(), e.label);
        let surfaces = surfaces.clone();
        Callback::from(move |_: MouseEvent| {
            for t in &surfaces {
                cb.emit(scoped(Edit::DeleteSurface {
                    text: t.clone(),
                    label: Some(label),
                }));
            }
        })
    };
    let on_close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_key = {
        let cb = props.on_close.clone();
        Callback::from(move |ev: KeyboardEvent| {
            if ev.key() == "Escape" {
                cb.emit(());
            }
        })
    };
    html! {
        <form class="entity-correction" aria-label="Correct entity" onsubmit={on_rename} onkeydown={on_key}>
            <div class="ec-head">
                <p class="ws-what">{"Correct "}<strong>{&e.name}</strong>{format!(" · {} · {} mentions", type_name(e.label), e.mentions)}</p>
                <button type="button" class="ec-close" aria-label="Close the correction form" onclick={on_close}>{"×"}</button>
            </div>
            <div class="ec-row">
                <label class="ws-row">{"Name "}
                    <input ref={rename_ref} type="text" aria-label="New name" />
                </label>
                <button type="submit">{"Rename"}</button>
            </div>
            <div class="ec-row">
                <label class="ws-row">{"Type "}
                    <select ref={type_ref} aria-label="Type">
                        { for Label::ALL.iter().map(|l| html! {
                            <option value={l.as_str()} selected={*l == e.label}>{type_name(*l)}</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={on_retype}>{"Change type"}</button>
            </div>
            if !others.is_empty() && !e.label.is_value() {
                <div class="ec-row">
                    <label class="ws-row">{"Merge into "}
                        <select ref={merge_ref} aria-label="Merge into">
                            { for others.iter().enumerate().map(|(i, (id, name, _))| html! {
                                <option value={id.clone()} selected={i == 0}>{name}</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" onclick={on_merge}>{"Merge"}</button>
                </div>
            }
            <div class="ec-row">
                <button type="button" onclick={on_delete} title={format!("Delete every mention written {}", surfaces.join(" / "))}>
                    {"Not an entity"}
                </button>
                <label class="ws-row"><input ref={scope_ref} type="checkbox" checked=true />{" in all documents"}</label>
            </div>
            <p class="ec-hint">{"Ctrl+Z undoes a correction, Ctrl+Shift+Z redoes it."}</p>
        </form>
    }
}

/// Props of [`TextTools`].
#[derive(Properties, PartialEq)]
pub struct TextToolsProps {
    /// Id of the document shown.
    pub doc: AttrValue,
    /// The analysed text (what the document view shows).
    pub text: Rc<str>,
    /// Its (corrected) analysis, to find the mentions under the selection.
    pub analysis: Rc<Analysis>,
    /// Called with the correction the user made.
    pub on_correct: Callback<Correction>,
}

/// Add a missed mention, split one off, or remove one, for the words
/// selected in the document.
#[function_component]
pub fn TextTools(props: &TextToolsProps) -> Html {
    let type_ref = use_node_ref();
    let hint = use_state(String::new);
    let mention_at = {
        let (text, analysis, hint) = (props.text.clone(), props.analysis.clone(), hint.clone());
        move || {
            let found = selected_span(&text).and_then(|(s, e)| {
                analysis
                    .entities
                    .iter()
                    .find(|m| m.start < e && m.end > s)
                    .cloned()
            });
            if found.is_none() {
                hint.set("Select (part of) a highlighted mention in the document first.".into());
            }
            found.and_then(|m| TextAnchor::capture(&text, m.start, m.end))
        }
    };
    let on_add = {
        let (text, doc, cb, r, hint) = (
            props.text.clone(),
            props.doc.to_string(),
            props.on_correct.clone(),
            type_ref.clone(),
            hint.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let label = Label::parse(&select_value(&r)).unwrap_or(Label::Person);
            match selected_span(&text).and_then(|(s, e)| TextAnchor::capture(&text, s, e)) {
                Some(anchor) => {
                    hint.set(String::new());
                    cb.emit(Correction::in_doc(
                        doc.clone(),
                        Edit::AddMention {
                            mention: anchor,
                            label,
                            name: None,
                        },
                    ))
                }
                None => hint.set("Select the missed words in the document first.".into()),
            }
        })
    };
    let on_remove = {
        let (doc, cb, find) = (
            props.doc.to_string(),
            props.on_correct.clone(),
            mention_at.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(anchor) = find() {
                cb.emit(Correction::in_doc(
                    doc.clone(),
                    Edit::DeleteMention { mention: anchor },
                ));
            }
        })
    };
    let on_split = {
        let (doc, cb, find) = (props.doc.to_string(), props.on_correct.clone(), mention_at);
        Callback::from(move |_: MouseEvent| {
            if let Some(anchor) = find() {
                cb.emit(Correction::in_doc(
                    doc.clone(),
                    Edit::Split {
                        mention: anchor,
                        name: None,
                    },
                ));
            }
        })
    };
    html! {
        <div class="ws-text" role="group" aria-label="Correct selected text">
            <span class="ws-what">{"Selected words: "}</span>
            <select ref={type_ref} aria-label="Type of the added mention">
                // `selected` on the first option: Yew inserts options last first, and
                // without it the browser keeps the first one inserted (the last type).
                { for Label::ALL.iter().enumerate().map(|(i, l)| html! { <option value={l.as_str()} selected={i == 0}>{type_name(*l)}</option> }) }
            </select>
            <button type="button" onclick={on_add}>{"Add as mention"}</button>
            <button type="button" onclick={on_split}>{"Split mention off"}</button>
            <button type="button" onclick={on_remove}>{"Remove mention"}</button>
            if !hint.is_empty() { <span class="ws-hint" role="status">{(*hint).clone()}</span> }
        </div>
    }
}

/// The code point span of the text selected in the document view, checked
/// against the analysed text `text` (the view may hold extra labels).
fn selected_span(text: &str) -> Option<(usize, usize)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let sel = window.get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    if range.collapsed() {
        return None;
    }
    let root = document
        .query_selector("[aria-label=\"Document\"] .doc-text")
        .ok()??;
    let start_node = range.start_container().ok()?;
    if !root.contains(Some(&start_node)) {
        return None;
    }
    let before = document.create_range().ok()?;
    before.select_node_contents(&root).ok()?;
    before
        .set_end(&start_node, range.start_offset().ok()?)
        .ok()?;
    let approx16 = String::from(before.to_string()).encode_utf16().count();
    let chosen = String::from(range.to_string());
    let trimmed = chosen.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lead16 = chosen[..chosen.len() - chosen.trim_start().len()]
        .encode_utf16()
        .count();
    // The occurrence of the selected words nearest to where the selection starts.
    let mut best: Option<(usize, usize)> = None; // (distance, byte)
    let mut u16_at = 0usize;
    let mut last = 0usize;
    for (b, _) in text.match_indices(trimmed) {
        u16_at += text.get(last..b).map_or(0, |s| s.encode_utf16().count());
        last = b;
        let d = u16_at.abs_diff(approx16 + lead16);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, b));
        }
    }
    let (_, b) = best?;
    let start = text.get(..b)?.chars().count();
    Some((start, start + trimmed.chars().count()))
}
