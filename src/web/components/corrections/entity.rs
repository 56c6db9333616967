//! The entity form ([`EntityCorrection`]) and F2 ([`on_f2`]).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use super::select_value;
use crate::engine::model::{Analysis, Entity, Label};
use crate::web::components::workspace_parts::plural;
use crate::web::components::SameAnalysis;
use crate::web::state::correct::{merge_candidates, merge_preselect, merge_reason};
use crate::web::state::escape::css_string;
use crate::web::state::words::type_name;
use crate::workspace::{Correction, Edit, EntityKey};

/// F2, the usual "rename" key (as in spreadsheets and file managers): on a
/// focused mention in the text it selects the mention's entity and moves
/// into its correction form once drawn (trial 9); anywhere else it moves
/// into the open form (issue 14.2).
pub fn on_f2(e: &KeyboardEvent, d: &UseReducerDispatcher<crate::web::state::State>) {
    let mention = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("mark[data-entity]").ok().flatten())
        .and_then(|m| m.get_attribute("data-entity"));
    if let Some(id) = mention {
        e.prevent_default();
        d.dispatch(crate::web::state::Action::SelectEntity(Some(id)));
        // The form is drawn by the render this selection causes.
        gloo::timers::callback::Timeout::new(30, || {
            focus_form();
        })
        .forget();
    } else if focus_form() {
        e.prevent_default();
    }
}

/// Move the focus into the entity form's name field; false when there is no form.
fn focus_form() -> bool {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|doc| {
            doc.query_selector("form.entity-correction input")
                .ok()
                .flatten()
        })
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
    input.is_some_and(|i| {
        let _ = i.focus();
        i.select();
        true
    })
}

/// The "Merge into" list: (id, name, type) of each candidate, and, when the first comes
/// chosen, why (`merge_reason`).
type MergeChoices = (Vec<(String, String, Label)>, Option<String>);

/// Entities offered in the "Merge into" list.
const MERGE_CHOICES: usize = 60;

/// With more entities than this in the analysis, the "Merge into" list is ranked in a
/// task of its own, after the form is painted (for a short text the list comes with the
/// form).
const RANK_LATER: usize = 1_000;

/// The "Merge into" list of `e` in `a`: the candidates, and why the first comes chosen.
fn ranked(a: &Analysis, e: &Entity) -> MergeChoices {
    let c = merge_candidates(a, e, MERGE_CHOICES);
    let chosen = merge_reason(e, c.first().copied());
    debug_assert_eq!(chosen.is_some(), merge_preselect(e, c.first().copied()));
    let c = c
        .into_iter()
        .map(|x| (x.id.clone(), x.name.clone(), x.label))
        .collect();
    (c, chosen)
}

/// Props of [`EntityCorrection`].
#[derive(Properties)]
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

// Props compare analyses by pointer: a derived `PartialEq` compared the
// whole analysis on every render of the app, tens of ms on a 2 MB text
// (issue 14.10). An analysis never changes behind its `Rc`.
impl PartialEq for EntityCorrectionProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc == o.doc
            && self.entity == o.entity
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && self.on_correct == o.on_correct
            && self.on_close == o.on_close
    }
}

/// How much of a correction form opened under a clicked row is brought into view (CSS px):
/// its heading and the "New name" line.
const FIRST_LINES_PX: f64 = 110.0;

/// Rename, retype, merge or delete the selected entity.
#[function_component]
pub fn EntityCorrection(props: &EntityCorrectionProps) -> Html {
    let rename_ref = use_node_ref();
    let type_ref = use_node_ref();
    let merge_ref = use_node_ref();
    let scope_ref = use_node_ref();
    let form_ref = use_node_ref();
    let e = &props.entity;
    // The "New name" field starts at the entity's name and is then the
    // user's: not a controlled `value`, which a re-render would write back.
    // The first write skips a field typed in already: Yew may yield to the
    // browser between the render that draws the field and this effect, and
    // what is typed in between is the user's (a test typing at once lost its
    // new name 1 run in ~100 under load). Later writes (the entity renamed,
    // by undo or another tab) always show the new name.
    {
        let r = rename_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(
            (props.doc.clone(), e.id.clone(), e.name.clone()),
            move |(_, _, name)| {
                if let Some(input) = r.cast::<HtmlInputElement>() {
                    let typed = std::mem::replace(&mut *first.borrow_mut(), false)
                        && !input.value().is_empty();
                    if !typed {
                        input.set_value(name);
                    }
                }
            },
        );
    }
    // Opened under its row in the Entities list, brought into view by scrolling that list
    // only (never the page, which keeps the text the user was reading where it was):
    // - the row was just clicked (`from_list`): the row stays under the pointer, and
    //   the list moves only if the form's first lines would be hidden below it;
    // - selected elsewhere (the text, the timeline): the row and its whole form.
    {
        let form = form_ref.clone();
        // After the frame is painted: where the form is, read in the task that opened it,
        // forced a layout of the whole page there (issue 17.3: ~20 ms of selecting an
        // entity of a 2 MB text, which the frame then did again).
        use_effect_with((props.doc.clone(), e.id.clone()), move |_| {
            crate::web::components::after_paint(move || {
                let Some(el) = form.cast::<Element>() else {
                    return;
                };
                let (Some(row), Some(panel)) = (
                    el.closest("li.entity").ok().flatten(),
                    el.closest(".entity-panel-wrap").ok().flatten(),
                ) else {
                    return;
                };
                let clicked = crate::web::components::from_list();
                let part = if clicked {
                    let f = el.get_bounding_client_rect();
                    (f.top(), f.top() + f.height().min(FIRST_LINES_PX))
                } else {
                    let r = row.get_bounding_client_rect();
                    (r.top(), r.bottom())
                };
                crate::web::components::reveal_in(part, &panel);
            });
        });
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
    // Ranked once per analysis and entity, not on every render (tens of ms
    // on a 2 MB text, issue 14.10).
    // The candidates, and whether the first comes chosen (`merge_preselect`).
    // With many entities (a long text's thousands), ranked in a task after the form is
    // painted, the list saying "…" until then: ranked in the task drawing the form, they
    // were ~10 ms of the ~60 ms task selecting an entity of a 2 MB text (issue 17.3).
    let later = props.analysis.entity_list.len() > RANK_LATER;
    let now: Rc<Option<Rc<MergeChoices>>> = use_memo(
        (SameAnalysis(props.analysis.clone()), e.clone(), later),
        |(a, e, later)| (!later).then(|| Rc::new(ranked(&a.0, e))),
    );
    let ranked_later = use_state(|| None::<(SameAnalysis, Entity, Rc<MergeChoices>)>);
    {
        let ranked_later = ranked_later.clone();
        use_effect_with(
            (SameAnalysis(props.analysis.clone()), e.clone(), later),
            move |(a, e, later)| {
                if *later {
                    let (a, e) = (a.0.clone(), e.clone());
                    crate::web::components::after_paint(move || {
                        let c = Rc::new(ranked(&a, &e));
                        ranked_later.set(Some((SameAnalysis(a), e, c)));
                    });
                }
            },
        );
    }
    let others: Option<Rc<MergeChoices>> = match (&*now, &*ranked_later) {
        (Some(c), _) => Some(c.clone()),
        (None, Some((a, for_e, c))) if Rc::ptr_eq(&a.0, &props.analysis) && for_e == e => {
            Some(c.clone())
        }
        _ => None,
    };
    // Not ranked yet: no candidates, and a list saying so.
    let pending = others.is_none();
    let others = others.unwrap_or_default();
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
            match others.0.iter().find(|o| o.0 == id) {
                Some((_, name, label)) => cb.emit(scoped(Edit::Merge {
                    entity: key.clone(),
                    into: EntityKey::new(name.clone(), *label),
                })),
                // Nothing chosen yet: the list is where to choose.
                None => {
                    if let Some(s) = r.cast::<HtmlSelectElement>() {
                        let _ = s.focus();
                    }
                }
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
    // Closing gives the focus back to the entity's button in the list (the
    // form is gone after the re-render, which would leave focus nowhere).
    let close = {
        let (cb, form, id) = (props.on_close.clone(), form_ref.clone(), e.id.clone());
        move || {
            let root = form
                .cast::<Element>()
                .and_then(|f| f.closest(".annalist").ok().flatten());
            cb.emit(());
            let Some(root) = root else { return };
            let selector = format!(
                "[aria-label=\"Entities\"] button[data-entity=\"{}\"]",
                css_string(&id)
            );
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(b) = root
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|b| b.dyn_into::<HtmlElement>().ok())
                {
                    let _ = b.focus();
                }
            })
            .forget();
        }
    };
    let on_close = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let on_key = Callback::from(move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    });
    html! {
        <form ref={form_ref} class="entity-correction" aria-label="Correct entity" onsubmit={on_rename} onkeydown={on_key}>
            <div class="ec-head">
                <p class="ws-what">{"Correct "}<strong>{&e.name}</strong>{format!(" · {} · {}", type_name(e.label), plural(e.mentions, "mention"))}</p>
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
            if pending && !e.label.is_value() {
                <div class="ec-row">
                    <label class="ws-row">{"Merge into "}
                        <select aria-label="Merge into" disabled=true>
                            <option value="" selected=true>{"…"}</option>
                        </select>
                    </label>
                    <button type="button" disabled=true>{"Merge"}</button>
                </div>
            }
            if !others.0.is_empty() && !e.label.is_value() {
                <div class="ec-row">
                    <label class="ws-row">{"Merge into "}
                        <select ref={merge_ref} aria-label="Merge into"
                            aria-describedby={others.1.is_some().then_some("ec-merge-why")}>
                            if others.1.is_none() {
                                <option value="" selected=true>{"choose…"}</option>
                            }
                            { for others.0.iter().enumerate().map(|(i, (id, name, l))| html! {
                                <option value={id.clone()} selected={others.1.is_some() && i == 0}>{
                                    if *l == e.label { name.clone() } else { format!("{name} ({})", type_name(*l)) }
                                }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" onclick={on_merge}>{"Merge"}</button>
                </div>
                if let Some(why) = &others.1 {
                    <p class="ec-why" id="ec-merge-why">{why.clone()}</p>
                }
            }
            <div class="ec-row">
                <button type="button" onclick={on_delete} title={format!("Delete every mention written {}", surfaces.join(" / "))}>
                    {"Not an entity"}
                </button>
                <label class="ws-row"><input ref={scope_ref} type="checkbox" checked=true />{" in all documents"}</label>
            </div>
            <p class="ec-hint">{"F2 comes here from the list or the text. Ctrl+Z undoes a correction, Ctrl+Shift+Z redoes it."}</p>
        </form>
    }
}
