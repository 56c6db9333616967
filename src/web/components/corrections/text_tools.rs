//! The text tools ([`TextTools`]): add, split off or remove a mention for the words
//! selected in the document or typed.

use std::rc::Rc;

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::select_value;
use crate::engine::model::{Analysis, Label};
use crate::web::state::correct::{
    find_mention_words, find_words, find_words_to_add, quoted_list, replaced_mentions, NotAdded,
};
use crate::web::state::words::type_name;
use crate::workspace::{Correction, Edit, TextAnchor};

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

impl PartialEq for TextToolsProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc == o.doc
            && Rc::ptr_eq(&self.text, &o.text)
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && self.on_correct == o.on_correct
    }
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
