//! A renamed entity's name in the event labels that name it: "Madlener visits site" becomes
//! "Barry Madlener MP visits site" once the user renames the entity "Barry Madlener MP". The
//! engine writes labels from the mentions' text; a rename changes the entity's name, so the
//! timeline and the exports showed the old one beside the new (trial 22).
//!
//! The same holds for an entity merged into another, and for the engine's pieces of a name
//! the user marked whole ("Bridge Works wins contract" once "Tarvel Road and Bridge Works" is
//! added): the labels take the name that now stands there.
//!
//! *Architecture invariant:* touches only the labels of events the entity takes part in
//! (`Event::participants`), and in them only a whole-word occurrence of one of the entity's
//! former names, and the participants of a piece left without mentions; imports no other
//! workspace module.

use crate::engine::model::{Analysis, Event};

/// In the labels of the events `entity` (an id) takes part in, write `name` for the first
/// whole-word occurrence of the longest of `former` (the entity's names before the rename:
/// its name and aliases) or, for a person, of their surnames (labels name people by surname:
/// "Lewis follows his four"). Labels that hold none are left as they are.
pub fn rename_in_labels(
    a: &mut Analysis,
    entity: &str,
    person: bool,
    former: &[String],
    name: &str,
) {
    let surnames = former
        .iter()
        .filter(|_| person)
        .map(|f| crate::engine::headline::surname(f));
    let former: Vec<&str> = former
        .iter()
        .map(|s| s.trim())
        .chain(surnames)
        .filter(|s| !s.is_empty() && *s != name)
        .collect();
    rewrite(a, &former, name, |ev| {
        ev.participants.iter().any(|p| p == entity)
    });
}

/// In the labels of the events `pick` accepts, write `name` for the first whole-word
/// occurrence of the longest of `former`.
fn rewrite(a: &mut Analysis, former: &[&str], name: &str, pick: impl Fn(&Event) -> bool) {
    for ev in a.events.iter_mut().filter(|ev| pick(ev)) {
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

/// Mentions the user's longer one took the place of (`gone`: entity id, text and code point
/// start of each: "Bridge Works" where "Tarvel Road and Bridge Works" now stands), written as
/// `name` in the labels of the events stated in their sentences; there the longer mention's
/// entity `id` takes the piece's place among the participants and roles, unless another
/// mention of the piece's entity stands in that sentence.
pub fn took_over(a: &mut Analysis, gone: &[(String, String, usize)], name: &str, id: &str) {
    for (entity, text, at) in gone {
        let stated = |ev: &Event| {
            ev.sentence[0] <= *at
                && *at < ev.sentence[1]
                && ev.participants.iter().any(|p| p == entity)
        };
        // Only the events stated in the piece's own sentence: the entity's other mentions
        // still stand where they were.
        rewrite(a, &[text.as_str()], name, stated);
        let mentions = &a.entities;
        for ev in a.events.iter_mut().filter(|ev| stated(ev)) {
            let [s, e] = ev.sentence;
            if mentions
                .iter()
                .any(|m| m.entity == *entity && m.start >= s && m.end <= e)
            {
                continue;
            }
            ev.participants.retain(|p| p != entity);
            if !ev.participants.iter().any(|p| p == id) {
                ev.participants.push(id.to_string());
            }
            for r in &mut ev.roles {
                if r.entity == *entity {
                    r.entity = id.to_string();
                }
            }
        }
    }
}

/// Byte offset of the first occurrence of `w` in `s` that is a name of its own: no letter or
/// digit right before or after it, and no capitalised word right before or after it ("Samsung"
/// in "Samsung Heavy" is another name's part).
fn word_at(s: &str, w: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let capital = |t: Option<&str>| {
        t.and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
    };
    s.match_indices(w).map(|(i, _)| i).find(|&i| {
        let (before, after) = (&s[..i], &s[i + w.len()..]);
        let joined = alnum(before.chars().next_back()) || alnum(after.chars().next());
        let beside_name = (before.ends_with(' ') && capital(before.split_whitespace().next_back()))
            || (after.starts_with(' ') && capital(after.split_whitespace().next()));
        !joined && !beside_name
    })
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
                event("Pieter Madlener Holdings sues Madlener", &["E5"]),
            ],
            ..Analysis::default()
        };
        let former = ["Barry Madlener".to_string(), "Madlener".to_string()];
        rename_in_labels(&mut a, "E5", true, &former, "Barry Madlener MP");
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
                // Not inside another name.
                "Pieter Madlener Holdings sues Barry Madlener MP",
            ]
        );
        // A person named by surname only in the label, with no alias: still renamed.
        let mut a = Analysis {
            events: vec![event("Lewis follows his four", &["E1"])],
            ..Analysis::default()
        };
        rename_in_labels(
            &mut a,
            "E1",
            true,
            &["Chris Lewis".to_string()],
            "Christopher Lewis",
        );
        assert_eq!(a.events[0].label, "Christopher Lewis follows his four");
    }
}
