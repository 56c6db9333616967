//! An analysis in parts, for the hand-over from the analysis worker to the
//! page (issue 17.3): one JSON string of a 2 MB document's analysis is about
//! 12 MB and takes the main thread hundreds of ms to read; in parts of
//! [`PART_ITEMS`] items each, one message a part, every part reads in a few ms.

use crate::engine::model::Analysis;

/// Items of one list in one part.
pub const PART_ITEMS: usize = 500;

/// `a` as parts, each (list name, JSON) handed to `put` as soon as it is written, its lists
/// taken out of it: first `("", head)` (the analysis without its lists), then slices of at
/// most [`PART_ITEMS`] items of "sentences", "entities", "entity_list", "timex", "events"
/// and "relations", in that order. Every part is an [`Analysis`] with one list (or none)
/// filled: the one (de)serializer the app has anyway, not one per list type (7.5 KB of
/// wasm, gzip). One part's JSON is alive at a time, never the whole analysis' (which in
/// wasm was the linear memory's high-water mark: a string doubling to about four times the
/// text while the analysis was still alive, issue 16.6).
pub fn split(a: &mut Analysis, put: &mut dyn FnMut(&'static str, String)) {
    fn slices<T>(
        put: &mut dyn FnMut(&'static str, String),
        key: &'static str,
        list: Vec<T>,
        fill: impl Fn(&mut Analysis, Vec<T>),
    ) {
        let mut it = list.into_iter();
        loop {
            let chunk: Vec<T> = it.by_ref().take(PART_ITEMS).collect();
            if chunk.is_empty() {
                break;
            }
            let mut part = Analysis::default();
            fill(&mut part, chunk);
            let json = serde_json::to_string(&part).unwrap_or_default();
            drop(part);
            put(key, json);
        }
    }
    let sentences = std::mem::take(&mut a.sentences);
    let entities = std::mem::take(&mut a.entities);
    let entity_list = std::mem::take(&mut a.entity_list);
    let timex = std::mem::take(&mut a.timex);
    let events = std::mem::take(&mut a.events);
    let relations = std::mem::take(&mut a.relations);
    put("", serde_json::to_string(&*a).unwrap_or_default());
    slices(put, "sentences", sentences, |p, v| p.sentences = v);
    slices(put, "entities", entities, |p, v| p.entities = v);
    slices(put, "entity_list", entity_list, |p, v| p.entity_list = v);
    slices(put, "timex", timex, |p, v| p.timex = v);
    slices(put, "events", events, |p, v| p.events = v);
    slices(put, "relations", relations, |p, v| p.relations = v);
}

/// Adds one part (`key`, `json`) of [`split`] to the analysis being put
/// together (parts in their order: the head, `key` "", first).
///
/// Read as a `serde_json::Value` first ([`crate::json::from_str`]): the analysis' structs
/// are read by their `Value` readers, and the wasm has none for the string parser, which
/// compressed worse (issue 17.2: 2.6 KB gzip; a part reads about three times slower).
///
/// # Errors
/// The part's JSON does not read as an [`Analysis`].
pub fn add(a: &mut Analysis, key: &str, json: &str) -> Result<(), serde_json::Error> {
    let p: Analysis = crate::json::from_str(json)?;
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
        let mut a = engine::analyze(&DocumentInput {
            id: String::new(),
            text,
            date: Some("2024-05-01".into()),
        });
        let want = serde_json::to_string(&a).unwrap();
        let mut ps = Vec::new();
        split(&mut a, &mut |k, json| ps.push((k, json)));
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
