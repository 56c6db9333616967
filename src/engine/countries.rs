//! A listed country's name is the country: a mention whose whole text the lexicon lists as a
//! country ("Turkey", "TURKEY" in an ALL-CAPS headline) and that the tagger typed as a
//! nationality or a product is a GPE of that country, so it merges with the country's other
//! mentions and capital cities acting for it ("Ankara pressed ...") point to it instead of to
//! a country entity of its own. A word listed as a nationality too ("Thai", "Saudi") is left
//! alone. People and organisations keep their type ("Jordan said",
//! "Chad" may be people; "Turkey" may be a team the sets call an organisation).
//!
//! Input: the [`Doc`] and the typed mentions. Output: the same mentions, some relabelled.
//!
//! *Architecture invariant:* reads the document and the lexicon only; only relabels NORP or
//! PRODUCT mentions to GPE (setting their country); never adds, drops or moves one.

use super::lexicon::lexicon;
use super::mention::TypedMention;
use super::model::Label;
use super::text::Doc;

/// Relabel the country names typed as nationalities or products (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    for m in ms
        .iter_mut()
        .filter(|m| matches!(m.label, Label::Norp | Label::Product))
    {
        let text = doc.slice(m.start, m.end);
        if !text.starts_with(char::is_uppercase) {
            continue;
        }
        // A word listed as a nationality too ("Thai", "Saudi") stays one.
        let entry = (lx.get_any(text, &mut buf))
            .filter(|e| e.demonym.is_none() && !matches!(e.known, Some((Label::Norp, _))));
        if let Some(cc) = entry.and_then(|e| e.country) {
            m.label = Label::Gpe;
            m.country = Some(cc);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{DocumentInput, Label};

    #[test]
    fn a_country_name_is_the_country_wherever_it_stands() {
        let text = "Ankara Presses Athens Over Survey Ship\n\nTURKEY SUMMONS GREEK ENVOY AS \
                    SURVEY SHIP SAILS\n\nAnkara pressed Athens on Wednesday. The minister said the \
                    ship had entered waters that Turkey considers its own, a Turkish official said.";
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        let turkey: Vec<_> = (a.entities.iter())
            .filter(|m| m.text.eq_ignore_ascii_case("turkey"))
            .collect();
        assert_eq!(turkey.len(), 2, "{:?}", a.entities);
        assert!(turkey.iter().all(|m| m.label == Label::Gpe), "{turkey:?}");
        // Ankara acts for the Turkey of the text, not for a country entity of its own.
        let actors: Vec<_> = (a.entities.iter())
            .filter(|m| m.text == "Ankara")
            .filter_map(|m| m.actor.as_deref())
            .collect();
        assert!(!actors.is_empty(), "{:?}", a.entities);
        assert!(actors.iter().all(|x| *x == turkey[0].entity), "{actors:?}");
        assert!(
            turkey.iter().all(|m| m.entity == turkey[0].entity),
            "{turkey:?}"
        );
        let text = "Drivers of Thai and Saudi firms met.";
        let b = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: None,
        });
        assert!(
            b.entities.iter().all(|m| m.label == Label::Norp),
            "{:?}",
            b.entities
        );
        assert!(
            a.entities
                .iter()
                .any(|m| m.text == "Turkish" && m.label == Label::Norp),
            "{:?}",
            a.entities
        );
    }
}
