//! A hyphenated place modifier is not part of the name it describes: "Swiss-based MSC",
//! "Ohio-based KeyCorp", "Hong Kong-registered Sovcomflot". The name tagger sometimes runs
//! the modifier and the name into one mention, typed by either half ("Swiss-based MSC" an
//! ORG, "Ontario-based Magna" a GPE). A lower-case participle after a hyphen inside a name
//! ([`suffix_len`]: "-based", "-registered", "-listed", "-born"), before the name's last
//! word, splits it in two (a mention that ends with the modifier, its ending included,
//! "The Dubai-based", is the first part alone):
//! - the modifier, without its suffix, is a mention of its own when the lexicon lists it: a
//!   country, city or US state (GPE, with its country), a nationality (NORP) or a hand-listed
//!   name with its label ("Kremlin-backed"); otherwise it is dropped, as a mention that ends
//!   in such a word already is ("Marsaxlokk-based" alone);
//! - the name after it, unless it opens with a common noun in lower case ("The Houthi-held
//!   port", dropped), keeps
//!   the mention's label, unless that label was the place's (GPE, LOC, NORP, which the tagger
//!   read off the modifier) and the lexicon does not list the name as a place ("Israeli-occupied
//!   West Bank" stays a place): then it is the one described, a PERSON after "-born" ("German-born Ana Ruiz") and an ORG otherwise.
//!
//! Input: the document and the typed mentions (byte offsets, text order, non-overlapping).
//! Output: the same mentions with those split, in text order.
//!
//! *Architecture invariant:* reads the document and the lexicon; imports no other stage; only
//! splits a mention at a hyphenated modifier inside it (dropping an unlisted modifier and a
//! lower-case common noun after it), never joins, moves or relabels another.

use super::lexicon::lexicon;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::suffix_len;
use super::text::Doc;

/// Split the names holding a hyphenated place modifier (see the module documentation).
pub fn split(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let mut out = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let r = m.tokens.clone();
        // A modifier inside, or one the mention ends with, its ending kept ("The Dubai-based").
        let inner = (r.start..r.end).find(|&k| {
            suffix_len(doc.tok_text(k)) > 0 && (k + 1 < r.end || m.end == doc.tokens[k].end())
        });
        let Some(k) = inner.filter(|_| !m.label.is_value() && m.label != Label::WorkOfArt) else {
            out.push(m);
            continue;
        };
        let w = doc.tok_text(k);
        // "The Dubai-based trader": the article is no part of the place.
        let first = r.start
            + usize::from(k > r.start && matches!(doc.tok_text(r.start), "The" | "A" | "An"));
        let (start, end) = (
            doc.tokens[first].start(),
            doc.tokens[k].end() - suffix_len(w),
        );
        let modifier = doc.slice(start, end);
        let listed = lx.get_any(modifier, &mut buf).and_then(|e| {
            if e.country.is_some() || e.city.is_some() || e.region {
                Some((Label::Gpe, e.country.or(e.city), e.capital))
            } else if e.demonym.is_some() {
                Some((Label::Norp, e.demonym, None))
            } else {
                e.known.map(|(l, c)| (l, c, None))
            }
        });
        if let Some((label, country, capital_of)) = listed {
            out.push(TypedMention {
                start,
                end,
                label,
                role: None,
                country,
                capital_of,
                confidence: m.confidence,
                tokens: first..k + 1,
            });
        }
        // "The Houthi-held port": a common noun after the modifier is no name ("3M",
        // "al-Jazeera" and "iPhones" are).
        let common = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
        if k + 1 == r.end || common(doc.tok_text(k + 1)) {
            continue;
        }
        // A place the lexicon lists is still a place ("Israeli-occupied West Bank").
        let rest = doc.slice(doc.tokens[k + 1].start(), m.end);
        let place = lx.get_any(rest, &mut buf).is_some_and(|e| {
            e.country.is_some()
                || e.city.is_some()
                || e.region
                || e.known
                    .is_some_and(|(l, _)| matches!(l, Label::Gpe | Label::Loc))
        });
        let described = if matches!(m.label, Label::Gpe | Label::Loc | Label::Norp) && !place {
            if w.ends_with("-born") {
                Label::Person
            } else {
                Label::Org
            }
        } else {
            m.label
        };
        out.push(TypedMention {
            start: doc.tokens[k + 1].start(),
            label: described,
            country: if described == m.label {
                m.country
            } else {
                None
            },
            capital_of: if described == m.label {
                m.capital_of
            } else {
                None
            },
            tokens: k + 1..r.end,
            ..m
        });
    }
    *ms = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::Doc;

    fn mention(doc: &Doc, text: &str, label: Label) -> TypedMention {
        let start = doc.text.find(text).expect("in the text");
        let end = start + text.len();
        let first = doc
            .tokens
            .iter()
            .position(|t| t.start() == start)
            .expect("a token");
        let last = doc
            .tokens
            .iter()
            .rposition(|t| t.end() == end)
            .expect("a token");
        TypedMention::over(doc, first..last + 1, label, 0.6)
    }

    fn spans(doc: &Doc, ms: &[TypedMention]) -> Vec<(String, Label)> {
        ms.iter()
            .map(|m| (doc.slice(m.start, m.end).to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_place_modifier_and_the_name_it_describes_are_two_mentions() {
        let doc = Doc::new(
            "Tallow Bay signed with Swiss-based Norrland Freight and Geneva-based Quillon.",
        );
        let mut ms = vec![
            mention(&doc, "Tallow Bay", Label::Org),
            mention(&doc, "Swiss-based Norrland Freight", Label::Org),
            mention(&doc, "Geneva-based Quillon", Label::Gpe),
        ];
        split(&doc, &mut ms);
        assert_eq!(
            spans(&doc, &ms),
            [
                ("Tallow Bay".to_string(), Label::Org),
                ("Swiss".into(), Label::Norp),
                ("Norrland Freight".into(), Label::Org),
                ("Geneva".into(), Label::Gpe),
                ("Quillon".into(), Label::Org),
            ]
        );
        assert!(ms[3].country.is_some(), "Geneva is placed in its country");
    }

    #[test]
    fn an_unlisted_modifier_is_dropped_and_a_born_name_is_a_person() {
        let doc = Doc::new("Brenmoor-based Oskel Tools hired Danish-born Tove Lindahl.");
        let mut ms = vec![
            mention(&doc, "Brenmoor-based Oskel Tools", Label::Org),
            mention(&doc, "Danish-born Tove Lindahl", Label::Norp),
        ];
        split(&doc, &mut ms);
        assert_eq!(
            spans(&doc, &ms),
            [
                ("Oskel Tools".to_string(), Label::Org),
                ("Danish".into(), Label::Norp),
                ("Tove Lindahl".into(), Label::Person),
            ]
        );
    }

    #[test]
    fn an_irregular_participle_splits_and_a_lower_case_rest_is_no_name() {
        let doc = Doc::new("The Houthi-held port and the Hamas-run ministry were named.");
        let mut ms = vec![
            mention(&doc, "Houthi-held port", Label::Loc),
            mention(&doc, "Hamas-run ministry", Label::Org),
        ];
        split(&doc, &mut ms);
        assert_eq!(
            spans(&doc, &ms),
            [
                ("Houthi".to_string(), Label::Org),
                ("Hamas".into(), Label::Org)
            ]
        );
    }

    #[test]
    fn a_mention_of_a_modifier_alone_is_its_place() {
        let doc = Doc::new("The Dubai-based trader and the Brenmoor-based one bought it.");
        let mut ms = vec![
            mention(&doc, "The Dubai-based", Label::Person),
            mention(&doc, "Brenmoor-based", Label::Org),
        ];
        split(&doc, &mut ms);
        assert_eq!(spans(&doc, &ms), [("Dubai".to_string(), Label::Gpe)]);
    }

    #[test]
    fn a_listed_place_after_the_modifier_stays_a_place() {
        let doc = Doc::new("Troops left Israeli-occupied Gaza in May.");
        let mut ms = vec![mention(&doc, "Israeli-occupied Gaza", Label::Gpe)];
        split(&doc, &mut ms);
        assert_eq!(
            spans(&doc, &ms),
            [
                ("Israeli".to_string(), Label::Norp),
                ("Gaza".into(), Label::Gpe)
            ]
        );
    }

    #[test]
    fn a_modifier_ending_the_name_or_a_capitalised_hyphen_word_splits_nothing() {
        let doc = Doc::new("Vell Electro-Optics and the Lisbon-based met.");
        let mut ms = vec![mention(&doc, "Vell Electro-Optics", Label::Org)];
        let before = ms.clone();
        split(&doc, &mut ms);
        assert_eq!(ms, before);
    }

    #[test]
    fn a_listed_place_before_a_hyphenated_ending_is_kept_when_the_tagger_reads_none() {
        // The tagger reads "Moscow-based" as a modifier; the rules' known place stands.
        let got = crate::engine::test_names::names(
            "Orlen Trade, a Moscow-based subsidiary of Kama Metals, and a Sharjah-based broker \
             were listed.",
        );
        for place in ["Moscow", "Sharjah"] {
            assert!(
                crate::engine::test_names::has(&got, place, "GPE"),
                "{place}: {got:?}"
            );
        }
        // An unlisted word before the ending is no place.
        let got = crate::engine::test_names::names("A Brenmoor-based broker was listed.");
        assert!(got.iter().all(|(t, _)| t != "Brenmoor"), "{got:?}");
    }
}
