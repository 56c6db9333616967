//! An analysis in parts, for the hand-over from the analysis worker to the
//! page (issue 17.3): one JSON string of a 2 MB document's analysis is about
//! 12 MB and takes the main thread hundreds of ms to read; in parts of
//! [`PART_ITEMS`] items each, one message a part, every part reads in a few ms.

use crate::engine::model::Analysis;

/// Items of one list in one part.
pub const PART_ITEMS: usize = 500;

/// `a` as parts, each (list name, JSON): first `("", head)` (the analysis
/// without its lists), then slices of at most [`PART_ITEMS`] items of
/// "sentences", "entities", "entity_list", "timex", "events" and
/// "relations", in that order. Every part is an [`Analysis`] with one list
/// (or none) filled: the one (de)serializer the app has anyway, not one per
/// list type (7.5 KB of wasm, gzip). `a` is left as it is (the worker keeps
/// it for corrections), each slice copied as it is written.
pub fn split(a: &Analysis) -> Vec<(&'static str, String)> {
    fn slices<T: Clone>(
        out: &mut Vec<(&'static str, String)>,
        key: &'static str,
        list: &[T],
        put: impl Fn(&mut Analysis, Vec<T>),
    ) {
        for chunk in list.chunks(PART_ITEMS) {
            let mut part = Analysis::default();
            put(&mut part, chunk.to_vec());
            out.push((key, serde_json::to_string(&part).unwrap_or_default()));
        }
    }
    // Every field but the lists (`parts_round_trip` fails on one left out).
    let head = Analysis {
        id: a.id.clone(),
        date: a.date.clone(),
        date_source: a.date_source.clone(),
        tokens: a.tokens.clone(),
        warnings: a.warnings.clone(),
        ..Analysis::default()
    };
    let mut out = vec![("", serde_json::to_string(&head).unwrap_or_default())];
    slices(&mut out, "sentences", &a.sentences, |p, v| p.sentences = v);
    slices(&mut out, "entities", &a.entities, |p, v| p.entities = v);
    slices(&mut out, "entity_list", &a.entity_list, |p, v| {
        p.entity_list = v
    });
    slices(&mut out, "timex", &a.timex, |p, v| p.timex = v);
    slices(&mut out, "events", &a.events, |p, v| p.events = v);
    slices(&mut out, "relations", &a.relations, |p, v| p.relations = v);
    out
}

/// Adds one part (`key`, `json`) of [`split`] to the analysis being put
/// together (parts in their order: the head, `key` "", first).
///
/// # Errors
/// The part's JSON does not read as an [`Analysis`].
pub fn add(a: &mut Analysis, key: &str, json: &str) -> Result<(), serde_json::Error> {
    let p: Analysis = serde_json::from_str(json)?;
    if key.is_empty() {
        *a = p;
    } else {
        a.sentences.extend(p.sentences);
        a.entities.extend(p.entities);
        a.entity_list.extend(p.entity_list);
        a.timex.extend(p.timex);
        a.events.extend(p.events);
        a.relations.extend(p.relations);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{self, model::DocumentInput};

    /// Parts put back together give the analysis they came from.
    #[test]
    fn parts_round_trip() {
        let text = "Maria Lopez met Acme Corp in Lisbon on 3 May 2024. ".repeat(300);
        let a = engine::analyze(&DocumentInput {
            id: String::new(),
            text,
            date: Some("2024-05-01".into()),
        });
        let want = serde_json::to_string(&a).unwrap();
        let ps = split(&a);
        assert!(ps.len() > 3, "{} parts", ps.len());
        assert!(ps.iter().skip(1).all(|(k, _)| !k.is_empty()));
        let mut back = Analysis::default();
        for (k, json) in &ps {
            add(&mut back, k, json).unwrap();
        }
        assert_eq!(serde_json::to_string(&back).unwrap(), want);
    }

    /// A damaged part is an error, not a silently shorter analysis.
    #[test]
    fn damaged_part_is_an_error() {
        let mut back = Analysis::default();
        assert!(add(&mut back, "entities", "[{\"start\": 1").is_err());
    }
}
