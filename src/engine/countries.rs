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
//! [`split_acronyms`]: a mention that is a listed country (in Title Case) and then only
//! ALL-CAPS words before a lower-case noun ("sold Ukraine NASAMS launchers") is two names:
//! the country, a GPE (the recipient of a double object), and the acronym, a PRODUCT before a
//! product or item head noun (`[product_heads]`, `[version_heads]`, an item of the lexicon),
//! else an organisation.
//!
//! [`nationality_modifiers`]: a language's name that is a nationality too, right before a
//! noun it describes ("Spanish police"), is the nationality (NORP).
//!
//! [`placed_in_countries`]: a place a comma puts in a country or region ("St. Petersburg,
//! Russia", "Paris, Texas") is in that country, not in the lexicon's city of that name.
//!
//! *Architecture invariant:* reads the document, the lexicon and the word lists only; only
//! relabels NORP or PRODUCT mentions to GPE (setting their country), LANGUAGE to NORP before a
//! noun, sets the country of a place before ", Country", and cuts a country off
//! the acronyms after it; never adds a name over words no mention covered, nor drops one.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, starts_lower};
use super::text::{Doc, TokenKind};

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

/// A place a comma puts in a country or a region is in that country ("St. Petersburg,
/// Russia", "Paris, Texas"), whatever the lexicon's city of that name says: a GPE or LOC
/// mention right before ", " and a GPE mention the lexicon lists as a country (not a city
/// too) or a region takes that country, and is no capital acting for another. Not in a list
/// ("Washington, Russia and China": the second name before "and", "or" or "&"), nor when
/// the first is a country itself ("Germany, France").
pub fn placed_in_countries(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    for i in 1..ms.len() {
        let (head, tail) = ms.split_at_mut(i);
        let (m, n) = (&mut head[i - 1], &tail[0]);
        let comma = m.tokens.end;
        if !matches!(m.label, Label::Gpe | Label::Loc)
            || n.label != Label::Gpe
            || n.tokens.start != comma + 1
            || doc.tok_text(comma) != ","
            || !doc.same_sentence(m.tokens.start, n.tokens.end - 1)
        {
            continue;
        }
        // The country closes the apposition: a comma, stop or bracket after it, or the
        // sentence's end ("In Brussels, Germany said", "in Washington, China's envoy" are no
        // such pair), and no further ", Place" (a list: "through Dubai, Turkey, Armenia").
        let after = |k: usize| {
            doc.tokens
                .get(k)
                .filter(|_| doc.same_sentence(n.tokens.start, k))
                .map(|t| doc.slice(t.start(), t.end()))
        };
        // A dateline's dash or bracket closes it too ("SANTA CLARA, California — ...",
        // "PARIS, Texas (Wire) -").
        let closed = after(n.tokens.end)
            .is_none_or(|t| matches!(t, "," | "." | ")" | ";" | "(" | "-" | "—" | "–"));
        let more = after(n.tokens.end) == Some(",")
            && after(n.tokens.end + 1).is_some_and(|t| t.starts_with(char::is_uppercase));
        let listed =
            !closed || more || (m.tokens.start >= 2 && doc.tok_text(m.tokens.start - 1) == ",");
        let own = lx.get_any(doc.slice(m.start, m.end), &mut buf);
        if listed || own.is_some_and(|e| e.country.is_some()) {
            continue;
        }
        let Some(e) = lx.get_any(doc.slice(n.start, n.end), &mut buf) else {
            continue;
        };
        let region = e.region_country.filter(|_| e.region);
        // "Atlanta, Georgia": a name that is a country and a region too, a region of the
        // place's own country, leaves it there.
        if m.country.is_some() && region == m.country {
            continue;
        }
        let cc = e
            .country
            .filter(|_| e.city.is_none() && e.capital.is_none())
            .or(region);
        if let Some(cc) = cc.filter(|cc| m.country != Some(*cc)) {
            m.country = Some(cc);
            m.capital_of = None;
        }
    }
}

/// A language's name that is a nationality too, read as the language before a noun it
/// describes ("Spanish police", "Portuguese officials"), is the nationality: a one-word
/// LANGUAGE mention the lexicon lists as a demonym, right before a lower-case word in its
/// sentence that is no noun of language (`[language_nouns]`: "the Spanish translation",
/// "Arabic speakers"), or before a title ("Portuguese Prime Minister X"), becomes NORP. "She
/// speaks Spanish" keeps the language.
pub fn nationality_modifiers(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    let nouns = &words().language_nouns;
    for m in ms
        .iter_mut()
        .filter(|m| m.label == Label::Language && m.tokens.len() == 1)
    {
        let next = m.tokens.end;
        let word = next < doc.tokens.len()
            && doc.tokens[next].kind == TokenKind::Word
            && doc.same_sentence(m.tokens.start, next);
        // "Portuguese Prime Minister X": a title after it, capitalised or not.
        let modifies = word
            && (starts_lower(doc.tok_text(next)) && !nouns.contains(&doc.tok_text(next))
                || lx
                    .get_any(doc.tok_text(next), &mut buf)
                    .is_some_and(|e| e.title || e.title_start));
        let demonym = lx
            .get_any(doc.slice(m.start, m.end), &mut buf)
            .is_some_and(|e| e.demonym.is_some());
        if modifies && demonym {
            m.label = Label::Norp;
        }
    }
}

/// Cut a listed country off the ALL-CAPS acronyms after it (see the module documentation).
pub fn split_acronyms(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let mut cuts = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let r = m.tokens.clone();
        if r.len() < 2 || is_all_caps(doc.tok_text(r.start)) {
            continue;
        }
        // The first word after the country: the acronyms run from it to the end.
        let Some(cut) = (r.start + 1..r.end).find(|&c| {
            (c..r.end).all(|j| {
                let w = doc.tok_text(j);
                doc.tokens[j].kind == TokenKind::Word
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && is_all_caps(w)
                    && !words().org_suffixes.contains(&w.to_lowercase().as_str())
            })
        }) else {
            continue;
        };
        let country = doc.slice(m.start, doc.tokens[cut - 1].end());
        let Some(cc) = lx.get_any(country, &mut buf).and_then(|e| e.country) else {
            continue;
        };
        // A noun the acronym modifies follows: "NASAMS launchers", "HIMARS systems".
        let next = Some(r.end)
            .filter(|&n| n < doc.tokens.len() && doc.same_sentence(n, r.end - 1))
            .filter(|&n| doc.tokens[n].kind == TokenKind::Word && starts_lower(doc.tok_text(n)));
        let Some(n) = next else {
            continue;
        };
        let head = crate::engine::lexicon::with_lower(doc.tok_text(n), |w| {
            words().product_heads.contains(&w)
                || words().version_heads.contains(&w)
                || lx.get(w).is_some_and(|e| e.item || e.item_start)
        });
        cuts.push((k, cut, cc, head));
    }
    for &(k, cut, cc, head) in cuts.iter().rev() {
        let m = &mut ms[k];
        let mut rest = TypedMention::over(doc, cut..m.tokens.end, Label::Org, m.confidence);
        if head {
            rest.label = Label::Product;
        }
        m.end = doc.tokens[cut - 1].end();
        m.tokens.end = cut;
        m.label = Label::Gpe;
        m.country = Some(cc);
        m.role = None;
        m.capital_of = None;
        ms.insert(k + 1, rest);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{DocumentInput, Label};

    #[test]
    fn a_language_before_a_noun_it_describes_is_the_nationality() {
        use super::*;
        let labels = |text: &str| {
            let doc = Doc::new(text);
            let i = (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == "Spanish")
                .unwrap();
            let mut ms = vec![TypedMention::over(&doc, i..i + 1, Label::Language, 0.9)];
            nationality_modifiers(&doc, &mut ms);
            ms[0].label
        };
        assert_eq!(labels("Spanish police arrested two men."), Label::Norp);
        assert_eq!(labels("She speaks Spanish and Arabic."), Label::Language);
        assert_eq!(labels("The Spanish translation came out."), Label::Language);
        assert_eq!(labels("She speaks Spanish."), Label::Language);
        // Before a title, capitalised or not: the nationality.
        assert_eq!(
            labels("Spanish Prime Minister Ana Reis spoke."),
            Label::Norp
        );
    }

    #[test]
    fn a_place_a_comma_puts_in_a_country_or_region_is_in_it() {
        let countries = |text: &str| {
            let a = analyze(&DocumentInput {
                id: "t".into(),
                text: text.into(),
                date: None,
            });
            a.entity_list
                .iter()
                .map(|e| (e.name.clone(), e.country.clone().unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let has = |text: &str, name: &str, cc: &str| {
            let got = countries(text);
            assert!(
                got.iter().any(|(n, c)| n == name && c == cc),
                "{name} {cc} in {text:?}: {got:?}"
            );
        };
        has(
            "The freighter sailed for St. Petersburg, Russia, on Monday.",
            "St. Petersburg",
            "RU",
        );
        has("Grain prices in Paris, Texas, rose.", "Paris", "US");
        // A dateline: the dash or bracket after the region closes the pair.
        has(
            "SANTA CLARA, California — The chipmaker said sales rose.",
            "SANTA CLARA",
            "US",
        );
        has("PARIS, Texas (Wire) - A storm hit the town.", "PARIS", "US");
        // A list of capitals and countries, a country opening the clause after a comma, a
        // possessive, and a region that is a country too: the place keeps its own.
        has(
            "Talks between Washington, Russia and China stalled.",
            "Washington",
            "US",
        );
        has(
            "Parts went through Dubai, Turkey, Armenia and Kazakhstan.",
            "Dubai",
            "AE",
        );
        has(
            "In Brussels, Germany said it would veto the plan.",
            "Brussels",
            "BE",
        );
        has(
            "Speaking in Washington, China's envoy said so.",
            "Washington",
            "US",
        );
        has(
            "The plant is in Atlanta, Georgia, near the airport.",
            "Atlanta",
            "US",
        );
    }

    #[test]
    fn a_country_before_an_acronym_is_cut_off_it() {
        let text = "Denmark sold Ukraine SKYRAM launchers in 2024, and Belgium PKX exports rose.";
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        let got: Vec<_> = (a.entities.iter())
            .map(|m| (m.text.as_str(), m.label))
            .collect();
        for want in [
            ("Ukraine", Label::Gpe),
            ("SKYRAM", Label::Product),
            ("Belgium", Label::Gpe),
            ("PKX", Label::Org),
        ] {
            assert!(got.contains(&want), "{want:?}: {got:?}");
        }
    }

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
