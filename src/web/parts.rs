//! An analysis in parts, for the hand-over from the analysis worker to the
//! page (issue 17.3): one JSON string of a 2 MB document's analysis is about
//! 12 MB and takes the main thread hundreds of ms to read; in parts of
//! [`PART_ITEMS`] items each, one message a part, every part reads in a few ms.

use crate::engine::model::Analysis;

/// Items of one list in one part.
pub const PART_ITEMS: usize = 2000;

/// `a` as parts, each (list name, JSON), its lists taken out of it: first
/// `("", head)` (the analysis without its lists), then slices of at most
/// [`PART_ITEMS`] items of "sentences", "entities", "entity_list", "timex",
/// "events" and "relations", in that order.
pub fn split(a: &mut Analysis) -> Vec<(&'static str, String)> {
    fn slices<T: serde::Serialize>(
        out: &mut Vec<(&'static str, String)>,
        key: &'static str,
        list: &[T],
    ) {
        for chunk in list.chunks(PART_ITEMS) {
            out.push((key, serde_json::to_string(chunk).unwrap_or_default()));
        }
    }
    let sentences = std::mem::take(&mut a.sentences);
    let entities = std::mem::take(&mut a.entities);
    let entity_list = std::mem::take(&mut a.entity_list);
    let timex = std::mem::take(&mut a.timex);
    let events = std::mem::take(&mut a.events);
    let relations = std::mem::take(&mut a.relations);
    let mut out = vec![("", serde_json::to_string(&*a).unwrap_or_default())];
    slices(&mut out, "sentences", &sentences);
    slices(&mut out, "entities", &entities);
    slices(&mut out, "entity_list", &entity_list);
    slices(&mut out, "timex", &timex);
    slices(&mut out, "events", &events);
    slices(&mut out, "relations", &relations);
    out
}

/// Adds one part (`key`, `json`) of [`split`] to the analysis being put
/// together (parts in their order; an unknown key is ignored).
///
/// # Errors
/// The part's JSON does not read as what its key says.
pub fn add(a: &mut Analysis, key: &str, json: &str) -> Result<(), serde_json::Error> {
    fn extend<T: serde::de::DeserializeOwned>(
        list: &mut Vec<T>,
        json: &str,
    ) -> Result<(), serde_json::Error> {
        list.extend(serde_json::from_str::<Vec<T>>(json)?);
        Ok(())
    }
    match key {
        "" => *a = serde_json::from_str(json)?,
        "sentences" => extend(&mut a.sentences, json)?,
        "entities" => extend(&mut a.entities, json)?,
        "entity_list" => extend(&mut a.entity_list, json)?,
        "timex" => extend(&mut a.timex, json)?,
        "events" => extend(&mut a.events, json)?,
        "relations" => extend(&mut a.relations, json)?,
        _ => {}
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
        let ps = split(&mut a);
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
