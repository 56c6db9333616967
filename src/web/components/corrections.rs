//! Correction controls, shown where the user is looking (issue 14.2):
//!
//! - [`EntityCorrection`]: rename, retype, merge into another entity (those
//!   of its own type first; merged into another type's, its mentions take that
//!   type), or "not an entity", for the selected entity; drawn by
//!   `EntityPanel` under the entity's row (above the list when the row is not
//!   listed), in the Entities panel that stays in view beside the text (a
//!   bottom sheet at phone width);
//! - [`TextTools`]: add a missed mention, split one off, or remove one, for
//!   the words selected in the document;
//! - [`on_f2`]: F2 on a focused mention opens its entity's form.
//!
//! Input: plain data (the entity, the candidates, the analysed text).
//! Output: `on_correct` with a [`Correction`]; they keep no state but the
//! fields being typed in. Every control is a real form control, so all of it
//! works from the keyboard; Escape closes the entity form and gives the
//! focus back to the entity's button in the list (issue 14.2).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use super::workspace_parts::plural;
use super::SameAnalysis;
use crate::engine::model::{Analysis, Entity, Label};
use crate::web::state::correct::{
    find_mention_words, find_words, find_words_to_add, merge_candidates, merge_preselect,
    merge_reason, quoted_list, replaced_mentions, NotAdded,
};
use crate::web::state::escape::css_string;
use crate::web::state::words::type_name;
use crate::workspace::{Correction, Edit, EntityKey, TextAnchor};

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

impl PartialEq for TextToolsProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc == o.doc
            && Rc::ptr_eq(&self.text, &o.text)
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && self.on_correct == o.on_correct
    }
}

fn select_value(r: &NodeRef) -> String {
    r.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
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
            super::after_paint(move || {
                let Some(el) = form.cast::<Element>() else {
                    return;
                };
                let (Some(row), Some(panel)) = (
                    el.closest("li.entity").ok().flatten(),
                    el.closest(".entity-panel-wrap").ok().flatten(),
                ) else {
                    return;
                };
                let clicked = super::from_list();
                let part = if clicked {
                    let f = el.get_bounding_client_rect();
                    (f.top(), f.top() + f.height().min(FIRST_LINES_PX))
                } else {
                    let r = row.get_bounding_client_rect();
                    (r.top(), r.bottom())
                };
                super::reveal_in(part, &panel);
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
    let others: Rc<MergeChoices> = use_memo(
        (SameAnalysis(props.analysis.clone()), e.clone()),
        |(a, e)| {
            let c = merge_candidates(&a.0, e, MERGE_CHOICES);
            let chosen = merge_reason(e, c.first().copied());
            debug_assert_eq!(chosen.is_some(), merge_preselect(e, c.first().copied()));
            let c = c
                .into_iter()
                .map(|x| (x.id.clone(), x.name.clone(), x.label))
                .collect();
            (c, chosen)
        },
    );
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

/// Props of [`TextTools`].
#[derive(Properties)]
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
/// selected in the document, or typed in the "Words" field (the keyboard
/// path: the page's text cannot take a caret without caret browsing).
#[function_component]
pub fn TextTools(props: &TextToolsProps) -> Html {
    let type_ref = use_node_ref();
    let words_ref = use_node_ref();
    let hint = use_state(String::new);
    // The words selected in the document show in the Words field's placeholder as they are
    // selected, so the user sees what a button will act on: no state, so nothing redraws
    // (a line of hint appearing mid-drag moved the text under the mouse), and nothing is
    // written into the field (a user then typing the words there would add to them).
    {
        let (text, words_ref) = (props.text.clone(), words_ref.clone());
        use_effect_with(props.text.clone(), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                gloo::events::EventListener::new(&d, "selectionchange", move |_| {
                    let Some(field) = words_ref.cast::<HtmlInputElement>() else {
                        return;
                    };
                    let said = selected_span(&text).map(|(s, e)| {
                        let words: String = text.chars().skip(s).take(e - s).collect();
                        format!("“{words}” selected")
                    });
                    field.set_placeholder(said.as_deref().unwrap_or(WORDS_PLACEHOLDER));
                })
            });
            move || drop(listener)
        });
    }
    // The words to correct: the document's selection when it is what the
    // field holds (or the field is empty), else the field's words in the
    // text, nearest the selection. Typing in the field drops the page's
    // selection, so the selection's span is also kept on the field
    // (`data-at`, set on a press in this form): the user who selected the
    // third "crane" and then typed "crane" there got the first one.
    // For "Add as mention" (`adding`), typed words go where they overlap no mention, else
    // where they hold whole the mentions they overlap, never inside a longer one
    // (`find_words_to_add`: "army" typed shrank the user's "Sudanese army").
    let target = {
        let (text, words_ref, hint) = (props.text.clone(), words_ref.clone(), hint.clone());
        let analysis = props.analysis.clone();
        move |adding: bool| {
            let field = words_ref.cast::<HtmlInputElement>();
            let typed = field.as_ref().map(|i| i.value()).unwrap_or_default();
            let typed = typed.trim();
            let kept = || {
                let at = field.as_ref()?.get_attribute("data-at")?;
                let (s, e) = at.split_once(' ')?;
                Some((s.parse().ok()?, e.parse().ok()?))
            };
            let selected = selected_span(&text).or_else(|| kept().filter(|_| !typed.is_empty()));
            let span = match selected {
                Some((s, e))
                    if typed.is_empty()
                        || text.chars().skip(s).take(e - s).collect::<String>() == typed =>
                {
                    Some((s, e))
                }
                _ if adding && !typed.is_empty() => {
                    let near = selected.map(|(s, _)| s);
                    match find_words_to_add(&text, typed, near, &analysis.entities) {
                        Ok(span) => Some(span),
                        Err(NotAdded::InsideMention(m)) => {
                            hint.set(format!(
                                "“{typed}” is only found inside the mention “{m}”: adding it \
                                 there would shrink that mention. Select the words in the \
                                 document to add them there anyway, or use Split mention off."
                            ));
                            return None;
                        }
                        Err(NotAdded::NotInText) => None,
                    }
                }
                _ => find_words(&text, typed, selected.map(|(s, _)| s)),
            };
            hint.set(match (span, typed.is_empty()) {
                (Some(_), _) => String::new(),
                (None, true) => {
                    "Select words in the document, or type them in the Words field.".into()
                }
                (None, false) => format!("“{typed}” is not in the text."),
            });
            span
        }
    };
    // Only the span of words selected in the document is kept: a span `find_words` picked
    // for typed words (the nearest occurrence, perhaps inside a mention) was kept too, and
    // "Add as mention" then added there, shrinking that mention (cold trial).
    let on_press = {
        let (text, words_ref) = (props.text.clone(), words_ref.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some((s, e)), Some(field)) = (selected_span(&text), words_ref.cast::<Element>())
            {
                let _ = field.set_attribute("data-at", &format!("{s} {e}"));
            }
        })
    };
    let mention_at = {
        let (text, analysis, hint, target, words_ref) = (
            props.text.clone(),
            props.analysis.clone(),
            hint.clone(),
            target.clone(),
            words_ref.clone(),
        );
        move || {
            let span = target(false)?;
            let at = |(s, e): (usize, usize)| {
                let mentions = analysis.entities.iter();
                mentions.clone().find(|m| m.start < e && m.end > s)
            };
            // Typed words whose nearest occurrence is not highlighted: the
            // nearest one that is (a defined term's uses, not its definition).
            let typed = words_ref.cast::<HtmlInputElement>().map(|i| i.value());
            let typed = typed.as_deref().map(str::trim).filter(|t| !t.is_empty());
            let found = at(span).or_else(|| {
                find_mention_words(&text, typed?, Some(span.0), &analysis.entities).and_then(at)
            });
            if found.is_none() {
                hint.set(format!(
                    "{} not highlighted{}: there is no mention to split or remove (Add as \
                     mention marks them).",
                    if typed.is_some() {
                        "These words are"
                    } else {
                        "The selected words are"
                    },
                    if typed.is_some() {
                        " anywhere in the text"
                    } else {
                        ""
                    },
                ));
            }
            found.and_then(|m| TextAnchor::capture(&text, m.start, m.end))
        }
    };
    let on_add = {
        let (text, doc, cb, r, hint, words_ref) = (
            props.text.clone(),
            props.doc.to_string(),
            props.on_correct.clone(),
            type_ref.clone(),
            hint.clone(),
            words_ref.clone(),
        );
        let analysis = props.analysis.clone();
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let label = Label::parse(&select_value(&r)).unwrap_or(Label::Person);
            let span = target(true);
            if let Some(anchor) = span.and_then(|(s, e)| TextAnchor::capture(&text, s, e)) {
                // Said, and the selection and the words cleared: the document redraws
                // under a kept selection, which then covers other words, and a second
                // press would add those. A mention the added one replaces or shrinks
                // (selected words inside it) is named: never changed silently.
                // Those it holds whole too (cold trial: they went silently).
                let replaced = span
                    .map(|span| replaced_mentions(span, &analysis.entities))
                    .unwrap_or_default();
                hint.set(match replaced.len() {
                    0 => format!("Added “{}” as {}.", anchor.text, type_name(label)),
                    n => format!(
                        "Added “{}” as {}; it replaces the mention{} {} (Ctrl+Z undoes it).",
                        anchor.text,
                        type_name(label),
                        if n == 1 { "" } else { "s" },
                        quoted_list(&replaced)
                    ),
                });
                if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten())
                {
                    let _ = sel.remove_all_ranges();
                }
                if let Some(field) = words_ref.cast::<HtmlInputElement>() {
                    field.set_value("");
                    field.set_placeholder(WORDS_PLACEHOLDER);
                    let _ = field.remove_attribute("data-at");
                }
                cb.emit(Correction::in_doc(
                    doc.clone(),
                    Edit::AddMention {
                        mention: anchor,
                        label,
                        name: None,
                    },
                ))
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
        <form class="ws-text" role="group" aria-label="Correct selected text" onsubmit={on_add}
            onmousedown={on_press}>
            <label class="ws-what">{"Words "}
                <input ref={words_ref} type="text" aria-label="Words to correct"
                    placeholder={WORDS_PLACEHOLDER} />
            </label>
            <select ref={type_ref} aria-label="Type of the added mention">
                // `selected` on the first option: Yew inserts options last first, and
                // without it the browser keeps the first one inserted (the last type).
                { for Label::ALL.iter().enumerate().map(|(i, l)| html! { <option value={l.as_str()} selected={i == 0}>{type_name(*l)}</option> }) }
            </select>
            <button type="submit">{"Add as mention"}</button>
            <button type="button" onclick={on_split}>{"Split mention off"}</button>
            <button type="button" onclick={on_remove}>{"Remove mention"}</button>
            if !hint.is_empty() { <span class="ws-hint" role="status">{(*hint).clone()}</span> }
        </form>
    }
}

/// The Words field's placeholder when no words of the document are selected.
const WORDS_PLACEHOLDER: &str = "select or type them";

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
    // A long text draws only some chunks: count from the chunk's start.
    let (from, base16) = start_node
        .parent_element()
        .and_then(|el| el.closest(".chunk[data-at16]").ok().flatten())
        .and_then(|c| {
            let at16 = c.get_attribute("data-at16")?.parse::<usize>().ok()?;
            Some((c, at16))
        })
        .unwrap_or((root, 0));
    let before = document.create_range().ok()?;
    before.select_node_contents(&from).ok()?;
    before
        .set_end(&start_node, range.start_offset().ok()?)
        .ok()?;
    // The chunk's start is in UTF-16 units; find_words counts code points.
    let mut base = 0usize;
    let mut units = 0usize;
    for c in text.chars() {
        if units >= base16 {
            break;
        }
        units += c.len_utf16();
        base += 1;
    }
    let at = base + String::from(before.to_string()).chars().count();
    let chosen = String::from(range.to_string());
    let trimmed = chosen.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lead = chosen[..chosen.len() - chosen.trim_start().len()]
        .chars()
        .count();
    // The occurrence of the selected words nearest to where the selection
    // starts (the view may hold extra labels: nearest, not exact).
    find_words(text, trimmed, Some(at + lead))
}
