//! The hand-written rules: a [`Scorer`] that labels a span from its [`Features`].

use super::*;

/// What a [`Scorer`] says of a span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleLabel {
    /// The OntoNotes label.
    pub label: Label,
    /// The country the span names or belongs to (GPE, NORP), when known.
    pub country: Option<Cc>,
    /// How sure the rule is, 0..=1.
    pub confidence: f32,
}

/// A [`RuleLabel`], as the rules below write it.
fn said(label: Label, country: Option<Cc>, confidence: f32) -> Option<RuleLabel> {
    Some(RuleLabel {
        label,
        country,
        confidence,
    })
}

/// Labels a span from its features, or says nothing.
pub trait Scorer {
    /// The label, country and confidence of the span `f` describes.
    fn label(&self, f: &Features) -> Option<RuleLabel>;
}

/// The hand-written rules.
pub struct Rules;

impl Scorer for Rules {
    fn label(&self, f: &Features) -> Option<RuleLabel> {
        if f.before_index && !f.titled && f.country.is_none() && f.city.is_none() {
            return said(Label::Product, None, 0.8); // "the Nikkei average"
        }
        if let Some((l, cc)) = f.known {
            return said(l, cc, 0.95);
        }
        if let Some(cc) = f.country {
            return said(Label::Gpe, Some(cc), 0.95);
        }
        if f.model_code {
            return said(Label::Product, None, 0.7); // "F-16", "AK-47s"
        }
        if f.before_number && (f.city.is_some() || f.region) && f.country.is_none() {
            return said(Label::Org, None, 0.6); // a team in a results line
        }
        if f.region && !(f.sports && f.match_context && !f.dateline) {
            return said(Label::Gpe, f.region_country, 0.9);
        }
        if let Some(cc) = f.demonym {
            return said(Label::Norp, Some(cc), 0.9);
        }
        if f.words >= 2 {
            // "Ji-hoon Park": a surname that is also a designator ends a person's name after a
            // romanised two-syllable given name.
            if let (Some(l), false) = (f.suffix_designator, f.syllable_given) {
                return said(l, None, 0.85);
            }
            if let (Some(l), true) = (f.prefix_designator, f.has_of) {
                return said(l, None, 0.85);
            }
        }
        let place = f.city.is_some() || f.region;
        if f.team_sports
            && place
            && !f.has_initial
            && !f.in_parentheses
            && !f.before_club
            && f.country.is_none()
            && (!f.dateline || f.match_context)
            && !f.after_place_preposition
            && !f.before_colon
        {
            return said(Label::Org, None, 0.6); // "Chicago beat Houston", "joined Milan"
        }
        if f.sports && f.before_number && f.row_start && !f.first_given && !f.has_initial {
            return said(Label::Org, None, 0.6); // a team in a table row
        }
        if let Some(cc) = f.city {
            let person_cue = f.titled
                || (f.words == 1 && f.before_speech_verb && f.single_name)
                || (f.words >= 2 && f.has_initial);
            if !person_cue {
                return said(Label::Gpe, Some(cc), 0.8);
            }
        }
        let full_name = f.words >= 2 && f.first_given;
        if f.before_party && f.words <= 3 && !f.titled && !full_name && !f.has_initial {
            return said(Label::Org, None, 0.9); // "the far-right Chega party"
        }
        if f.before_org_noun && !f.titled && !full_name && !f.has_initial {
            return said(Label::Org, None, 0.7); // "Jones stock", "Chelsea defender"
        }
        if f.place_frame && !f.titled && !f.first_given {
            return said(Label::Gpe, None, 0.7); // "the village of Layron", "Sharqiyah province"
        }
        if f.has_ampersand && f.words >= 3 {
            return said(Label::Org, None, 0.8); // "Douglas & Lomason"
        }
        if f.after_org_noun && !f.titled {
            return said(Label::Org, None, 0.7); // "news agency Tanjug", "carmaker Skoda"
        }
        if f.titled && !f.has_digit {
            return said(Label::Person, None, 0.85);
        }
        // "Tahnoun bin Zayed Al Nahyan": a person's particle, and no designator said otherwise.
        if f.has_person_particle && !f.has_digit && !f.all_caps && f.words <= 8 {
            return said(Label::Person, None, 0.8);
        }
        let person_shape = f.words >= 2 && f.words <= 4 && !f.has_digit && !f.all_caps;
        if f.words >= 2 && f.last_norp && !f.last_surname {
            return said(Label::Norp, None, 0.7); // "Iraqi Kurds", "Roman Catholic"
        }
        if f.sports && f.words >= 2 && f.first_place && !f.first_given {
            return said(Label::Org, None, 0.6); // "Bristol City", "Greenock Morton"
        }
        // "Mei-Ling Cho": a shape few other names have, which the tagger, trained on few such
        // names, often leaves out.
        if person_shape && f.syllable_given && !f.sports {
            return said(Label::Person, None, 0.9);
        }
        if person_shape
            && !f.place_particle
            && (f.first_given || f.has_initial || (f.words == 2 && f.first_surname))
        {
            return said(Label::Person, None, 0.8);
        }
        if f.words >= 2 && f.has_place_word {
            return said(Label::Org, None, 0.5);
        }
        if person_shape && f.last_surname {
            return said(Label::Person, None, 0.75);
        }
        if f.dateline && f.words <= 3 && !f.has_digit {
            return said(Label::Gpe, None, 0.6); // the place of a dateline
        }
        if f.words == 1 {
            let letters = f.letters;
            if f.all_caps && !f.caps_line && letters <= 5 {
                return said(Label::Org, None, 0.55);
            }
            if f.single_name && (f.before_speech_verb || f.first_given) {
                return said(Label::Person, None, 0.55);
            }
            if f.single_name {
                // A lone surname with no full name before it: often a company or team.
                return said(Label::Person, None, 0.35);
            }
            if f.after_place_preposition {
                return said(Label::Gpe, None, 0.4);
            }
            return said(Label::Org, None, 0.3);
        }
        if f.words <= 3 && !f.has_digit && !f.all_caps && !f.has_of {
            return said(Label::Person, None, 0.4);
        }
        said(Label::Org, None, 0.35)
    }
}
