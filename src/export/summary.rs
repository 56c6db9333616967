//! The readable summary of one analysis that `annalist extract FILE` prints
//! (without `--json`): document date, entities by type, time expressions,
//! relations and the timeline, in the app's words: its type names
//! ([`Label::display`](crate::engine::model::Label::display)) and its wording
//! of TimeML values ([`super::words::vague_value`]). Plain text, one item a line.

use super::words::vague_value;
use crate::engine::model::{Analysis, Entity};
use crate::engine::time::value::range;
use std::fmt::Write as _;

/// The readable summary of one analysis (`annalist extract FILE`): the
/// document date, the entities by type, the time expressions, the relations
/// and the timeline, in the app's words (its type names, and its wording of
/// TimeML values that are no calendar date: "PRESENT_REF" → "now").
pub fn text(a: &Analysis) -> String {
    let mut s = String::new();
    let date = a.date.as_deref();
    let _ = writeln!(
        s,
        "Document date: {}",
        date.unwrap_or("unknown (relative dates stay relative)")
    );
    for w in &a.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    let mut ents: Vec<&Entity> = a.entity_list.iter().collect();
    crate::sort::sort_by(&mut ents, |x, y| {
        x.label
            .cmp(&y.label)
            .then(y.salience.total_cmp(&x.salience))
    });
    let mut last = None;
    for e in ents {
        if last != Some(e.label) {
            let _ = writeln!(s, "\n{}:", e.label.display());
            last = Some(e.label);
        }
        // An entity seen only through another ("Iran" acting through "Tehran") says so
        // rather than "×0".
        let through: Vec<&str> = if e.mentions == 0 {
            let mut seen: Vec<&str> = Vec::new();
            for m in a
                .entities
                .iter()
                .filter(|m| m.actor.as_deref() == Some(&e.id))
            {
                if !seen.contains(&m.text.as_str()) {
                    seen.push(&m.text);
                }
            }
            seen
        } else {
            Vec::new()
        };
        if through.is_empty() {
            let _ = write!(s, "  {} ×{}", e.name, e.mentions);
        } else {
            let _ = write!(s, "  {} (through {})", e.name, through.join(", "));
        }
        if !e.aliases.is_empty() {
            let _ = write!(s, "  (also: {})", e.aliases.join(", "));
        }
        if !e.roles.is_empty() {
            let _ = write!(s, "  [{}]", e.roles.join("; "));
        }
        let _ = writeln!(s);
    }
    if !a.timex.is_empty() {
        let _ = writeln!(s, "\nTime expressions:");
        for t in &a.timex {
            let _ = writeln!(s, "  \"{}\"  {}", t.text, value_words(&t.value));
        }
    }
    let name = |id: &str| {
        a.entity_list
            .iter()
            .find(|e| e.id == id)
            .map_or(id, |e| e.name.as_str())
            .to_string()
    };
    if !a.relations.is_empty() {
        let _ = writeln!(s, "\nRelations:");
        for r in &a.relations {
            let _ = write!(
                s,
                "  {}: {} → {}",
                r.kind.display(),
                name(&r.source),
                name(&r.target)
            );
            if !r.items.is_empty() || r.share.is_some() {
                let items: Vec<String> = r.details().map(|(i, suffix)| name(i) + suffix).collect();
                let _ = write!(s, " ({})", items.join(", "));
            }
            let modality = r.modality.as_str();
            if modality != "asserted" {
                let _ = write!(s, ", {modality}");
            }
            if let Some(d) = &r.date {
                let _ = write!(s, ", {}", value_words(d));
            }
            let _ = writeln!(s);
        }
    }
    if !a.events.is_empty() {
        let _ = writeln!(s, "\nTimeline:");
        // In date order as the app's timeline reads it (first day, then last), undated
        // events last; events of one date keep the text's order.
        let mut events: Vec<_> = a.events.iter().collect();
        crate::sort::sort_by_key(&mut events, |ev| {
            range(&ev.date).map_or((1, 0, 0), |(a, b)| (0, a.start, b.end))
        });
        for ev in events {
            let _ = writeln!(s, "  {:<12} {}", value_words(&ev.date), ev.label);
        }
    }
    s
}

/// A TimeML value as the app says it: calendar values as they are
/// ("2024-04-16"), decades and centuries as the app's timeline writes them ("199" →
/// "1990s", "19" → "1900s"), the others in words ("now", "3 days").
fn value_words(value: &str) -> String {
    if let Some(w) = vague_value(value) {
        return w;
    }
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    match value.len() {
        3 if digits => format!("{value}0s"),
        2 if digits => format!("{value}00s"),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::text as summary;
    use crate::engine::model::{
        Analysis, Entity, Label, Modality, Relation, RelationType, Timex, TimexType,
    };

    fn entity(id: &str, name: &str, label: Label) -> Entity {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": name, "label": label.as_str(), "mentions": 1, "salience": 1.0
        }))
        .unwrap()
    }

    #[test]
    fn summary_uses_the_apps_words_and_lists_times_and_relations() {
        let a = Analysis {
            date: Some("2024-05-02".into()),
            entity_list: vec![
                entity("E1", "Northwind Marine", Label::Org),
                entity("E2", "Lake Ilmen", Label::Loc),
                entity("E3", "pumps", Label::Item),
                entity("E4", "second", Label::Ordinal),
            ],
            timex: vec![Timex {
                id: "T1".into(),
                start: 0,
                end: 3,
                start16: 0,
                end16: 3,
                text: "now".into(),
                kind: TimexType::Date,
                value: "PRESENT_REF".into(),
                modifier: None,
            }],
            relations: vec![Relation {
                id: "R1".into(),
                kind: RelationType::Supply,
                source: "E1".into(),
                target: "E2".into(),
                items: vec!["E3".into()],
                share: None,
                modality: Modality::Negated,
                sentence: [0, 0],
                sentence16: [0, 0],
                trigger: [0, 0],
                date: Some("2024-04".into()),
                timex: None,
            }],
            ..Analysis::default()
        };
        let s = summary(&a);
        for want in [
            "Organisation:",
            "Place:",
            "Rank:",
            "Time expressions:\n  \"now\"  now\n",
            "Relations:\n  Supply: Northwind Marine → Lake Ilmen (pumps), negated, 2024-04\n",
        ] {
            assert!(s.contains(want), "{want:?} missing from:\n{s}");
        }
        for never in ["Organization", "Location", "Ordinal", "PRESENT_REF"] {
            assert!(!s.contains(never), "{never:?} in:\n{s}");
        }
    }

    #[test]
    fn decades_and_centuries_are_written_out() {
        // TimeML writes the 1990s "199" and the 1900s "19"; the CLI printed those digits.
        assert_eq!(super::value_words("199"), "1990s");
        assert_eq!(super::value_words("19"), "1900s");
        assert_eq!(super::value_words("2024"), "2024");
        assert_eq!(super::value_words("2024-04"), "2024-04");
    }

    #[test]
    fn the_timeline_is_in_date_order_and_a_state_seen_through_its_capital_says_so() {
        let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
            id: "t".into(),
            text: "Tehran announced new export limits on 4 May 2024. Norsk Vale opened its first \
                   mill in 2019. The firm cut 300 jobs in March 2021."
                .into(),
            date: Some("2024-05-06".into()),
        });
        let s = summary(&a);
        let timeline = &s[s.find("Timeline:").expect("a timeline")..];
        let at = |y: &str| {
            timeline
                .find(y)
                .unwrap_or_else(|| panic!("{y} in {timeline}"))
        };
        assert!(
            at("2019") < at("2021-03") && at("2021-03") < at("2024-05-04"),
            "{s}"
        );
        assert!(
            s.contains("Iran (through Tehran)") && !s.contains("×0"),
            "{s}"
        );
    }
}
