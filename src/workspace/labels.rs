//! A renamed entity's name in the event labels that name it: "Madlener visits site" becomes
//! "Barry Madlener MP visits site" once the user renames the entity "Barry Madlener MP". The
//! engine writes labels from the mentions' text; a rename changes the entity's name, so the
//! timeline and the exports showed the old one beside the new (trial 22).
//!
//! *Architecture invariant:* touches only the labels of events the entity takes part in
//! (`Event::participants`), and in them only a whole-word occurrence of one of the entity's
//! former names; imports no other workspace module.

use crate::engine::model::Analysis;

/// In the labels of the events `entity` (an id) takes part in, write `name` for the first
/// whole-word occurrence of the longest of `former` (the entity's names before the rename:
/// its name and aliases). Labels that hold none are left as they are.
pub fn rename_in_labels(a: &mut Analysis, entity: &str, former: &[String], name: &str) {
    let former: Vec<&str> = former
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty() && *s != name)
        .collect();
    for ev in a
        .events
        .iter_mut()
        .filter(|ev| ev.participants.iter().any(|p| p == entity))
    {
        // The longest that occurs (no sort: `crate::sort` is for lists, this is a pick).
        if let Some((at, old)) = former
            .iter()
            .filter_map(|old| word_at(&ev.label, old).map(|at| (at, *old)))
            .max_by_key(|(_, old)| old.len())
        {
            ev.label.replace_range(at..at + old.len(), name);
        }
    }
}

/// Byte offset of the first occurrence of `w` in `s` with no letter or digit right before or
/// after it.
fn word_at(s: &str, w: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    s.match_indices(w)
        .map(|(i, _)| i)
        .find(|&i| !alnum(s[..i].chars().next_back()) && !alnum(s[i + w.len()..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Event;

    fn event(label: &str, participants: &[&str]) -> Event {
        serde_json::from_value(serde_json::json!({
            "id": "V1", "date": "2025-06-05", "label": label,
            "participants": participants, "sentence": [0, 10],
        }))
        .expect("an event")
    }

    #[test]
    fn a_renamed_entity_is_named_anew_in_its_events_labels_only() {
        let mut a = Analysis {
            events: vec![
                event("Madlener visits site", &["E5"]),
                event("Barry Madlener praises Madleners' plan", &["E5", "E2"]),
                event("Madlener visits site", &["E2"]),
                event("Minister visits site", &["E5"]),
            ],
            ..Analysis::default()
        };
        let former = ["Barry Madlener".to_string(), "Madlener".to_string()];
        rename_in_labels(&mut a, "E5", &former, "Barry Madlener MP");
        let labels: Vec<&str> = a.events.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Barry Madlener MP visits site",
                // The longest former name first; "Madleners'" is another word.
                "Barry Madlener MP praises Madleners' plan",
                // Not this entity's event.
                "Madlener visits site",
                "Minister visits site",
            ]
        );
    }
}
