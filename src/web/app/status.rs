//! What the Document panel's status line and the timeline's "Filtered: …"
//! marker say, in words.

use yew::AttrValue;

use crate::engine::model::Analysis;
use crate::web::components::workspace_parts::plural;

/// One line saying what the document view shows.
pub(super) fn status_line(
    len: Option<usize>,
    a: Option<&Analysis>,
    stale: bool,
    big: bool,
) -> String {
    let Some(len) = len else {
        return String::new();
    };
    if stale {
        return if big {
            format!(
                "Analysing {} MB in the background…",
                crate::export::decimal::fixed(len as f64 / 1e6, 1)
            )
        } else {
            "Updating…".into()
        };
    }
    match a {
        Some(a) => format!(
            "{}, {}, {}{}",
            match a.entity_list.len() {
                1 => "1 entity".to_string(),
                n => format!("{n} entities"),
            },
            plural(a.timex.len(), "time expression"),
            plural(a.events.len(), "event"),
            match (a.date.as_deref(), a.date_source.as_deref()) {
                (Some(d), Some("text")) => format!(" · dated {d} (found in the text)"),
                (Some(d), Some("dateline")) => format!(" · dated {d} (year guessed)"),
                (Some(d), _) => format!(" · dated {d}"),
                (None, _) => " · no date: relative dates stay relative".to_string(),
            }
        ),
        None => String::new(),
    }
}

/// What narrows the timeline, in words ("entity Ada Lovelace and relation A → B
/// (supply)"), for its "Filtered: … Clear" marker; None when nothing does.
pub(super) fn narrowed_to(
    list: Option<&Analysis>,
    entity: Option<&str>,
    relation: Option<&str>,
) -> Option<AttrValue> {
    let name = |id: &str| {
        list.and_then(|a| a.entity_list.iter().find(|e| e.id == id))
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let entity = entity.map(|e| format!("entity {}", name(e)));
    let relation = relation
        .and_then(|id| list?.relations.iter().find(|r| r.id == id))
        .map(|r| {
            let kind = r.kind.display().to_lowercase();
            format!(
                "relation {} → {} ({kind})",
                name(&r.source),
                name(&r.target)
            )
        });
    let both: Vec<String> = entity.into_iter().chain(relation).collect();
    (!both.is_empty()).then(|| AttrValue::from(both.join(" and ")))
}
