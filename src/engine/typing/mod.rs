//! Stage 3: candidate spans → typed mentions.
//!
//! Input: the [`Doc`] and the [`Candidate`] spans. Output: non-overlapping [`TypedMention`]s in
//! text order, with OntoNotes labels (plus ITEM), the role said with a person ("secretary of
//! state"), and the country a place or nationality belongs to.
//!
//! The rules propose: each candidate is split where a name holds several (`split`: "Chinese
//! President Xi Jinping" → NORP "Chinese", role "President", PERSON "Xi Jinping"); the
//! remaining span is described by [`Features`] (`features`: lexicon hits, shape, context) and
//! labelled by the hand [`Rules`] (`rules`); document-level passes (`agree`) make repeated
//! names agree and turn capitalised phrases alone in quotes into works of art. Amounts
//! (`engine::amounts`) and items (`engine::items`) are added.
//!
//! The learned [`tagger`] then decides which names stand and their class, and [`reconcile`]
//! joins its spans with what the rules know (fine labels, roles, countries, amounts).
//! The context word lists the rules read live in `data/lexicons/context_words.txt`
//! (`lexicon::words`).
mod agree;
mod credits;
mod evidence;
mod extract;
mod features;
mod halves;
mod headline;
mod keys;
mod legal;
mod products;
pub mod reconcile;
mod refine;
mod rule_names;
pub(crate) use evidence::stake_in;
pub(crate) use refine::{after_vessel_noun, vessel_prefixed};
mod rules;
mod short_forms;
mod span_edges;
mod split;
mod subjects;
pub mod tagger;
mod tags;
pub mod viterbi;
mod votes;
mod weights;

use agree::{agree, quoted_titles};
use features::sports_report;
pub use features::Features;
pub use rules::{RuleLabel, Rules, Scorer};
use split::split_and_type;

use super::lexicon::words::words;

use super::amounts;
use super::candidates::Candidate;
use super::items;
use super::lexicon::{lexicon, lower, Cc, DesignatorPosition, Entry, FxBuild, Lexicon};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, is_lower_word, possessive_len, tail_len};
use super::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

pub use super::mention::TypedMention;

/// Type the candidates, then add amounts and items: the rules propose, the learned
/// [`tagger`] decides which names stand and their class ([`reconcile`]).
pub fn classify(doc: &Doc, candidates: &[Candidate]) -> Vec<TypedMention> {
    classify_tagged(doc, candidates, tagger::tagger())
}

/// [`classify`] with given tagger weights (an empty tagger leaves the rules' output as is).
pub fn classify_tagged(
    doc: &Doc,
    candidates: &[Candidate],
    t: &tagger::Tagger,
) -> Vec<TypedMention> {
    classify_policy(doc, candidates, t, reconcile::POLICY, None)
}

/// [`classify_tagged`] with a given [`reconcile::Policy`] (for measuring policies), and, for
/// measuring weights trained with them (`annalist-train-ner --pos`), the document's POS-tagged
/// words as tagger features.
pub fn classify_policy(
    doc: &Doc,
    candidates: &[Candidate],
    t: &tagger::Tagger,
    policy: reconcile::Policy,
    words: Option<&[super::pos::Word]>,
) -> Vec<TypedMention> {
    let rules = classify_with(doc, candidates, &Rules);
    let mut out = if t.is_empty() || (policy.sports_rules && sports_report(doc).any) {
        rules
    } else {
        let mut ex = tagger::Extractor::new(doc, &rules);
        if let Some(w) = words {
            ex = ex.with_pos(w);
        }
        // The Viterbi decoder is for measuring natively: the wasm app never carries it.
        let spans = if policy.viterbi && cfg!(not(target_arch = "wasm32")) {
            t.tag_viterbi(&ex)
        } else {
            t.tag(&ex)
        };
        let (caps, title) = ex.into_line_casing();
        reconcile::reconcile(doc, rules, &spans, policy, (&caps, &title))
    };
    credits::credit_people(doc, &mut out);
    cap_names(doc, &mut out);
    out
}

/// Hostile text: a name of more than [`tagger::MAX_NAME_TOKENS`] tokens (a run of capitalised
/// words) keeps its first tokens; the rest stays text.
fn cap_names(doc: &Doc, ms: &mut [TypedMention]) {
    for m in ms.iter_mut() {
        if m.tokens.len() > tagger::MAX_NAME_TOKENS && tagger::Class::of(m.label).is_some() {
            let last = m.tokens.start + tagger::MAX_NAME_TOKENS - 1;
            m.tokens.end = last + 1;
            m.end = doc.tokens[last].end();
        }
    }
}

/// [`classify`] with another scorer (for a trained model, or tests).
#[inline(never)]
pub fn classify_with(
    doc: &Doc,
    candidates: &[Candidate],
    scorer: &dyn Scorer,
) -> Vec<TypedMention> {
    let lx = lexicon();
    let mut key = String::new();
    let mut buf = String::new();
    let mut out: Vec<TypedMention> = Vec::with_capacity(candidates.len());
    let sports = sports_report(doc);
    for c in candidates {
        split_and_type(doc, lx, c, scorer, sports, &mut out, &mut key, &mut buf);
    }
    agree(doc, &mut out);
    let mut all = quoted_titles(doc, out);
    all.extend(amounts::find(doc));
    all.extend(items::find(doc));
    crate::sort::sort_by(&mut all, |a, b| {
        a.start.cmp(&b.start).then(b.end.cmp(&a.end))
    });
    let mut kept: Vec<TypedMention> = Vec::with_capacity(all.len());
    for m in all {
        if m.start >= m.end {
            continue;
        }
        if kept.last().is_some_and(|k| m.start < k.end) {
            continue;
        }
        kept.push(m);
    }
    kept
}

#[cfg(test)]
mod tests_rules_after;

#[cfg(test)]
mod tests {
    use super::features::is_model_code;
    use super::*;
    use crate::engine::candidates;

    fn typed(text: &str) -> Vec<(String, Label, Option<String>)> {
        let d = Doc::new(text);
        let c = candidates::find(&d);
        classify_with(&d, &c, &Rules)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label, m.role))
            .collect()
    }

    #[test]
    fn titles_become_roles() {
        let t = typed("Chinese President Xi Jinping met secretary of state Antony Blinken.");
        assert_eq!(
            t,
            vec![
                ("Chinese".into(), Label::Norp, None),
                ("Xi Jinping".into(), Label::Person, Some("President".into())),
                (
                    "Antony Blinken".into(),
                    Label::Person,
                    Some("secretary of state".into())
                ),
            ]
        );
    }

    #[test]
    fn a_longer_title_is_kept_whole() {
        assert_eq!(
            typed("Hong Kong Financial Secretary Donald Tsang spoke."),
            vec![
                ("Hong Kong".into(), Label::Gpe, None),
                (
                    "Donald Tsang".into(),
                    Label::Person,
                    Some("Financial Secretary".into())
                ),
            ]
        );
    }

    #[test]
    fn designators_places_and_lone_surnames() {
        let t = typed("Olaf Scholz visited Hikvision Digital Technology in Hangzhou. Scholz left for Germany.");
        let labels: Vec<(&str, Label)> = t.iter().map(|(s, l, _)| (s.as_str(), *l)).collect();
        assert_eq!(
            labels,
            vec![
                ("Olaf Scholz", Label::Person),
                ("Hikvision Digital Technology", Label::Org),
                ("Hangzhou", Label::Gpe),
                ("Scholz", Label::Person),
                ("Germany", Label::Gpe),
            ]
        );
    }

    #[test]
    fn datelines_teams_and_name_particles() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("ZORKVILLE, Norway 2024-04-16\nMiners waited."),
            vec![
                ("ZORKVILLE".into(), Label::Gpe),
                ("Norway".into(), Label::Gpe)
            ]
        );
        assert_eq!(
            labels("SOCCER - LEAGUE RESULTS\nChicago beat Boston 2-1 in Chicago."),
            vec![
                ("Chicago".into(), Label::Org),
                ("Boston".into(), Label::Org),
                ("Chicago".into(), Label::Gpe),
            ]
        );
        assert_eq!(
            labels("The fullback Joost van der Westhuizen scored."),
            vec![("Joost van der Westhuizen".into(), Label::Person)]
        );
    }

    #[test]
    fn towns_in_team_sports_are_teams_unless_a_place_phrase() {
        let names = |text: &str| -> Vec<(String, Label)> {
            typed(text)
                .into_iter()
                .filter(|(_, l, _)| *l != Label::Cardinal)
                .map(|(s, l, _)| (s, l))
                .collect()
        };
        let org = |s: &str| (s.to_string(), Label::Org);
        let gpe = |s: &str| (s.to_string(), Label::Gpe);
        assert_eq!(
            names("CRICKET - COUNTY NEWS\nThe bowler joined Leeds last year. In Leeds, rain fell.\nBasingstoke 4 2 1 1 9"),
            vec![org("Leeds"), gpe("Leeds"), org("Basingstoke")]
        );
        // A schedule's second town is the venue.
        assert_eq!(
            names("BASEBALL - SCHEDULE\nBOSTON AT OAKLAND"),
            vec![org("BOSTON"), gpe("OAKLAND")]
        );
        // Golf is not played by town teams.
        assert_eq!(
            names("GOLF - OPEN NEWS\nThe leader joined Leeds."),
            vec![gpe("Leeds")]
        );
    }

    #[test]
    fn nationality_before_a_ministry_and_model_codes() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("A Danish Foreign Ministry spokesman praised the F-16 and AK-47s but not the Scottish National Party."),
            vec![
                ("Danish".into(), Label::Norp),
                ("Foreign Ministry".into(), Label::Org),
                ("F-16".into(), Label::Product),
                ("AK-47s".into(), Label::Product),
                ("Scottish National Party".into(), Label::Org),
            ]
        );
        assert!(!is_model_code("COVID-19x1"));
        assert!(!is_model_code("F-"));
        assert!(!is_model_code("well-known"));
    }

    #[test]
    fn quoted_titles_are_works_but_quoted_speech_is_not() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("Olaf Brandt starred in \"The Night of Lisbon\" and “Mars Attacks”."),
            vec![
                ("Olaf Brandt".into(), Label::Person),
                ("The Night of Lisbon".into(), Label::WorkOfArt),
                ("Mars Attacks".into(), Label::WorkOfArt),
            ]
        );
        assert_eq!(
            labels("\"Berlin will not wait,\" said Olaf Brandt. \"Lisbon\" was his answer."),
            vec![
                ("Berlin".into(), Label::Gpe),
                ("Olaf Brandt".into(), Label::Person),
                ("Lisbon".into(), Label::Gpe),
            ]
        );
        assert_eq!(
            labels("He called the plan \"Zorbagate\"."),
            vec![("Zorbagate".into(), Label::WorkOfArt)]
        );
    }

    #[test]
    fn words_said_of_firms_and_clubs_after_a_name() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("Marek Novak said Brodsky shares fell and Brodsky 's chairman quit."),
            vec![
                ("Marek Novak".into(), Label::Person),
                ("Brodsky".into(), Label::Org),
                ("Brodsky".into(), Label::Org),
            ]
        );
        // A person's full name before such a word stays a person.
        assert_eq!(
            labels("Shares held by Marek Novak shares rose."),
            vec![("Marek Novak".into(), Label::Person)]
        );
        // Trade nouns before a name (`[org_nouns]`, session 39: "truckmaker").
        let got = labels("He joined the Dutch truckmaker VDL and the Swiss miner Orvex.");
        assert!(got.contains(&("VDL".into(), Label::Org)), "{got:?}");
        assert!(got.contains(&("Orvex".into(), Label::Org)), "{got:?}");
    }

    #[test]
    fn place_frames_venues_and_state_abbreviations() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        let label_of = |text: &str, name: &str| -> Option<Label> {
            typed(text)
                .into_iter()
                .find(|(s, _, _)| s == name)
                .map(|(_, l, _)| l)
        };
        assert_eq!(
            labels("Rebels entered the village of Quorvath near Zelbin province."),
            vec![
                ("Quorvath".into(), Label::Gpe),
                ("Zelbin".into(), Label::Gpe)
            ]
        );
        let fixtures = "CRICKET - FIXTURES\nThe first test ( at Edgbaston , Birmingham ) \
                        suits the Leeds side, but Leeds beat Kent.";
        assert_eq!(label_of(fixtures, "Birmingham"), Some(Label::Gpe));
        assert_eq!(label_of(fixtures, "Leeds"), Some(Label::Gpe));
        assert_eq!(label_of(fixtures, "Kent"), Some(Label::Org));
        // An initial makes a town's name a player's.
        let card = "CRICKET - SCORES\nKent 210 ( G. Hamilton 61 , R. Leeds 40 )";
        assert_eq!(label_of(card, "G. Hamilton"), Some(Label::Person));
        assert_eq!(label_of(card, "R. Leeds"), Some(Label::Person));
        assert_eq!(
            labels("ZORVILLE, Calif 2024-04-16\nIt rained."),
            vec![
                ("ZORVILLE".into(), Label::Gpe),
                ("Calif".into(), Label::Gpe)
            ]
        );
    }

    #[test]
    fn market_indexes_are_products_and_their_exchanges_organisations() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("The Nasdaq composite index fell while Nasdaq said trading was calm."),
            vec![
                ("Nasdaq".into(), Label::Product),
                ("Nasdaq".into(), Label::Org)
            ]
        );
        // Two surnames joined by an ampersand are a firm.
        assert_eq!(
            labels("Brodsky & Lomax hired Marek Novak."),
            vec![
                ("Brodsky & Lomax".into(), Label::Org),
                ("Marek Novak".into(), Label::Person)
            ]
        );
    }

    #[test]
    fn a_trained_scorer_can_replace_the_rules() {
        struct AllLaw;
        impl Scorer for AllLaw {
            fn label(&self, _: &Features) -> Option<RuleLabel> {
                Some(RuleLabel {
                    label: Label::Law,
                    country: None,
                    confidence: 1.0,
                })
            }
        }
        let text = "Biden signed it.";
        let d = Doc::new(text);
        let c = candidates::find(&d);
        let m = classify_with(&d, &c, &AllLaw);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].label, Label::Law);
    }

    #[test]
    fn a_body_named_for_what_it_is_for_stays_whole() {
        use crate::engine::test_names::{has, names};
        let got = names(
            "The Latvian Centre for Defence Procurement signed the contract with Rheinmetall.",
        );
        assert!(
            has(&got, "Latvian Centre for Defence Procurement", "ORG"),
            "{got:?}"
        );
        let got = names("A report by the Harwick Institute for Coastal Studies was published.");
        assert!(
            has(&got, "Harwick Institute for Coastal Studies", "ORG"),
            "{got:?}"
        );
    }

    #[test]
    fn a_law_is_named_whole_by_its_designator() {
        use crate::engine::test_names::{has, names};
        // "of" inside a law's name ("Proceeds of Crime Act"), and laws the tagger leaves out.
        for (text, law) in [
            (
                "Police used the Proceeds of Crime Act to seize the yacht.",
                "Proceeds of Crime Act",
            ),
            (
                "The paper got the files under the Freedom of Information Act.",
                "Freedom of Information Act",
            ),
            ("The Clean Air Act was passed in 1963.", "Clean Air Act"),
            (
                "Under the Companies Act the firm must file.",
                "Companies Act",
            ),
        ] {
            let got = names(text);
            assert!(has(&got, law, "LAW"), "{text}: {got:?}");
        }
        // A law's word cut from a longer name before "and" is no law.
        let got = names("The State Law and Order Council took power in 1988.");
        assert!(!got.iter().any(|(_, l)| l == "LAW"), "{got:?}");
    }
}
