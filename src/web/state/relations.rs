//! The rows of the Relations table (pure, tested natively): one row per
//! source, target, type and modality, however many sentences state it
//! (trial 9: the same supply found in three sentences was three identical
//! rows). A row keeps every sentence, so each stays reachable.
//!
//! Input: an [`Analysis`]. Output: rows grouped by [`RelationType`], in text
//! order of each row's first sentence. Linear in the relations.

use std::collections::HashMap;

use crate::engine::model::{Analysis, Modality, RelationType};

/// One relation as the table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Relation id ("R1").
    pub id: String,
    /// Entity id of the source.
    pub source: String,
    /// Entity id of the target.
    pub target: String,
    /// Canonical name of the source.
    pub source_name: String,
    /// Canonical name of the target.
    pub target_name: String,
    /// Entity ids and names of the items, in order, then the share owned ("32 percent stake").
    pub items: Vec<(String, String)>,
    /// Asserted, hedged or negated.
    pub modality: Modality,
    /// TimeML value of its date, when dated.
    pub date: Option<String>,
    /// Code point span of the (first) sentence stating it.
    pub sentence: [usize; 2],
    /// The other sentences stating the same relation, in text order.
    pub more: Vec<[usize; 2]>,
}

impl Row {
    /// Does entity `id` take part (source, target or item)?
    pub fn involves(&self, id: &str) -> bool {
        self.source == id || self.target == id || self.items.iter().any(|(i, _)| i == id)
    }
}

/// The relations of `a` grouped by type (in [`RelationType::ALL`] order), each group in
/// text order, the same source, target and modality once (its items the union, its date
/// the first's); types without relations are left out.
pub fn rows(a: &Analysis) -> Vec<(RelationType, Vec<Row>)> {
    let names: HashMap<&str, &str> = a
        .entity_list
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let name = |id: &str| names.get(id).copied().unwrap_or(id).to_string();
    RelationType::ALL
        .into_iter()
        .map(|kind| {
            let mut rs: Vec<Row> = Vec::new();
            // Keyed by one string (a map of that type is in the wasm already).
            let mut at: HashMap<String, usize> = HashMap::new();
            for r in a.relations.iter().filter(|r| r.kind == kind) {
                let key = format!(
                    "{}\u{1f}{}\u{1f}{}",
                    r.source,
                    r.target,
                    r.modality.as_str()
                );
                if let Some(row) = at.get(&key).and_then(|&i| rs.get_mut(i)) {
                    if row.sentence != r.sentence && row.more.last() != Some(&r.sentence) {
                        row.more.push(r.sentence);
                    }
                    for (i, suffix) in r.details() {
                        if !row.items.iter().any(|(x, _)| x == i) {
                            row.items.push((i.to_string(), name(i) + suffix));
                        }
                    }
                    row.date = row.date.take().or_else(|| r.date.clone());
                    continue;
                }
                at.insert(key, rs.len());
                rs.push(Row {
                    id: r.id.clone(),
                    source: r.source.clone(),
                    target: r.target.clone(),
                    source_name: name(&r.source),
                    target_name: name(&r.target),
                    items: r
                        .details()
                        .map(|(i, suffix)| (i.to_string(), name(i) + suffix))
                        .collect(),
                    modality: r.modality,
                    date: r.date.clone(),
                    sentence: r.sentence,
                    more: Vec::new(),
                });
            }
            (kind, rs)
        })
        .filter(|(_, rs)| !rs.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Entity, Label, Relation};

    fn rel(
        id: &str,
        source: &str,
        target: &str,
        items: &[&str],
        m: Modality,
        s: usize,
    ) -> Relation {
        Relation {
            id: id.into(),
            kind: RelationType::Supply,
            source: source.into(),
            target: target.into(),
            items: items.iter().map(|i| i.to_string()).collect(),
            share: None,
            modality: m,
            sentence: [s, s + 10],
            sentence16: [s, s + 10],
            trigger: [s, s + 1],
            date: (s == 20).then(|| "2024".into()),
            timex: None,
        }
    }

    #[test]
    fn the_same_relation_in_several_sentences_is_one_row_with_every_sentence() {
        let entity = |id: &str, name: &str| Entity {
            id: id.into(),
            name: name.into(),
            label: Label::Org,
            aliases: vec![],
            mentions: 1,
            salience: 0.5,
            roles: vec![],
            country: None,
        };
        use Modality::*;
        let a = Analysis {
            entity_list: vec![
                entity("E1", "Brekke"),
                entity("E2", "Tarsel"),
                entity("E3", "pumps"),
                entity("E4", "valves"),
            ],
            relations: vec![
                rel("R1", "E1", "E2", &["E3"], Asserted, 0),
                rel("R2", "E2", "E1", &[], Asserted, 10),
                rel("R3", "E1", "E2", &["E4"], Asserted, 20),
                rel("R4", "E1", "E2", &[], Negated, 30),
                rel("R5", "E1", "E2", &["E3"], Asserted, 40),
            ],
            ..Analysis::default()
        };
        let groups = rows(&a);
        let [(RelationType::Supply, rs)] = groups.as_slice() else {
            panic!("{groups:?}")
        };
        let ids: Vec<&str> = rs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["R1", "R2", "R4"],
            "one row per source, target and modality"
        );
        let r = &rs[0];
        assert_eq!(r.sentence, [0, 10]);
        assert_eq!(r.more, [[20, 30], [40, 50]]);
        let items: Vec<&str> = r.items.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(items, ["pumps", "valves"]);
        assert_eq!(r.date.as_deref(), Some("2024"), "the first date found");
        assert!(rs[1].more.is_empty() && rs[2].more.is_empty());
    }

    #[test]
    fn an_ownerships_share_is_shown_after_its_items_and_involves_the_percentage() {
        let entity = |id: &str, name: &str, label| Entity {
            id: id.into(),
            name: name.into(),
            label,
            aliases: vec![],
            mentions: 1,
            salience: 0.5,
            roles: vec![],
            country: None,
        };
        let mut r = rel("R1", "E1", "E2", &[], Modality::Asserted, 0);
        r.kind = RelationType::Ownership;
        r.share = Some("E3".into());
        let a = Analysis {
            entity_list: vec![
                entity("E1", "Tarvik Capital", Label::Org),
                entity("E2", "Morsund Logistics", Label::Org),
                entity("E3", "32 percent", Label::Percent),
            ],
            relations: vec![r],
            ..Analysis::default()
        };
        let groups = rows(&a);
        let [(RelationType::Ownership, rs)] = groups.as_slice() else {
            panic!("{groups:?}")
        };
        assert_eq!(
            rs[0].items,
            [("E3".to_string(), "32 percent stake".to_string())]
        );
        assert!(rs[0].involves("E3"));
    }
}
