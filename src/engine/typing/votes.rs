//! Repeated names agree after the tagger: each tagger mention takes the class its surface form
//! got most often in the document (the tagger's mentions, the sure rules' and place frames
//! voting), and the fine OntoNotes label a class takes when the rules said nothing of it.
//!
//! Input: the document, the reconciled mentions and the rules' mentions. Output: the same
//! mentions relabelled. Linear in the mentions (one hash map of surface forms).
//!
//! *Architecture invariant:* reads the document, lexicons and `refine`'s frame tests; never
//! `reconcile` (which imports it). Split out of `reconcile.rs`, whose logic it was.

use super::refine::{after_vessel_noun, place_framed};
use super::tagger::Class;
use crate::engine::lexicon::{with_lower, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::possessive_len;
use crate::engine::text::Doc;

/// The fine label for a tagger class when the rules said nothing of that class about the span.
pub(super) fn default_label(lx: &Lexicon, c: Class, text: &str, buf: &mut String) -> Label {
    default_label_of(lx, c, text, false, buf)
}

/// [`default_label`], knowing whether a vessel noun stands before the name.
pub(super) fn default_label_of(
    lx: &Lexicon,
    c: Class,
    text: &str,
    vessel: bool,
    buf: &mut String,
) -> Label {
    // "Syrian-Emirati", "Lebanese-Canadian": nationalities joined by hyphens describe a
    // person's origins, whatever class the tagger read.
    if demonym_pair(lx, text, buf) {
        return Label::Norp;
    }
    let e = lx.get_any(text, buf);
    match c {
        Class::Per => Label::Person,
        Class::Org => Label::Org,
        Class::Loc => {
            if e.is_some_and(|e| e.country.is_some() || e.city.is_some() || e.region) {
                Label::Gpe
            } else if e.is_some_and(|e| matches!(e.known, Some((Label::Loc | Label::Fac, _)))) {
                e.and_then(|e| e.known).map_or(Label::Gpe, |k| k.0)
            } else if e.is_none() && region_of_continent(lx, text, buf) {
                Label::Loc // "East Asia", "Western Europe"
            } else {
                Label::Gpe
            }
        }
        Class::Misc if vessel => Label::Product,
        Class::Misc => match e {
            Some(e) if e.demonym.is_some() => Label::Norp,
            Some(e) => match e.known {
                Some((l, _)) if Class::of(l) == Some(Class::Misc) => l,
                _ => Label::Norp,
            },
            None if text.ends_with('s') && text.chars().next().is_some_and(char::is_uppercase) => {
                Label::Norp
            }
            None => Label::Product,
        },
    }
}

/// Two or more listed nationalities joined by hyphens, with no space ("Syrian-Emirati"); the
/// first ones may be combining forms ("Franco-German", "Sino-Russian";
/// `[demonym_combining_forms]`).
pub(super) fn demonym_pair(lx: &Lexicon, text: &str, buf: &mut String) -> bool {
    let Some((head, last)) = text.rsplit_once('-') else {
        return false;
    };
    let demonym =
        |p: &str, buf: &mut String| lx.get_any(p, buf).is_some_and(|e| e.demonym.is_some());
    let forms = &crate::engine::lexicon::words::words().demonym_combining_forms;
    !text.contains(' ')
        && demonym(last, buf)
        && head
            .split('-')
            .all(|p| forms.iter().any(|f| f.eq_ignore_ascii_case(p)) || demonym(p, buf))
}

/// An unlisted name of several words ending in a listed region ("East Asia", "Central Asia",
/// "Western Europe") names a part of that region: a place (LOC), not a state.
fn region_of_continent(lx: &Lexicon, text: &str, buf: &mut String) -> bool {
    text.rsplit_once(' ').is_some_and(|(_, last)| {
        lx.get_any(last, buf)
            .is_some_and(|e| matches!(e.known, Some((Label::Loc, _))) && e.country.is_none())
    })
}

/// Adds `n` votes for class `c` to the lower-case form of `surface` (a key is allocated only
/// for a form not counted before).
fn vote(
    counts: &mut std::collections::HashMap<String, [u32; 4], crate::engine::lexicon::FxBuild>,
    surface: &str,
    c: usize,
    n: u32,
) {
    let counted = with_lower(surface, |k| counts.get_mut(k).map(|v| v[c] += n).is_some());
    if !counted {
        counts.entry(surface.to_lowercase()).or_default()[c] += n;
    }
}

/// The class the tagger gave most often to each lower-case surface form in the document, and
/// whether another class had as many votes (then the first class in [`Class::ALL`] order, so
/// PER, is given). Single words of multi-word person names vote PER as much as the name itself
/// ("Lebed" after "Alexander Lebed").
pub(super) fn class_votes(
    doc: &Doc,
    ms: &[TypedMention],
) -> std::collections::HashMap<String, (Class, bool), crate::engine::lexicon::FxBuild> {
    class_votes_of(doc, &[(ms, 1, 0.0)])
}

/// [`class_votes`] over several groups of mentions, each `(mentions, weight, least
/// confidence)`: a mention votes `weight` times when its confidence is at least the least.
fn class_votes_of(
    doc: &Doc,
    groups: &[(&[TypedMention], u32, f32)],
) -> std::collections::HashMap<String, (Class, bool), crate::engine::lexicon::FxBuild> {
    let mut counts: std::collections::HashMap<String, [u32; 4], crate::engine::lexicon::FxBuild> =
        Default::default();
    for (m, weight) in groups.iter().flat_map(|&(ms, weight, least)| {
        ms.iter()
            .filter(move |m| m.confidence >= least)
            .map(move |m| (m, weight))
    }) {
        let Some(c) = Class::of(m.label) else {
            continue;
        };
        let surface = doc.slice(m.start, m.end);
        vote(&mut counts, surface, c as usize, 2 * weight);
        if c == Class::Misc && after_vessel_noun(doc, m.tokens.start) {
            // "the tanker Sea Falcon" says what "The Sea Falcon" is elsewhere.
            vote(&mut counts, surface, c as usize, 4 * weight);
        }
        if c == Class::Per && m.tokens.len() >= 2 {
            // A word of a person's name votes as much as a name alone: "Garland" after
            // "Merrick Garland" is the person even where the tagger read it alone as a place.
            // Words after "of" name a place the person is of ("Gordon of Auchleuchries").
            for i in m.tokens.clone().take_while(|&i| doc.tok_text(i) != "of") {
                let w = doc.tok_text(i);
                let w = &w[..w.len() - possessive_len(w)];
                if w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase) {
                    vote(&mut counts, w, 0, 2 * weight);
                }
            }
        }
    }
    counts
        .into_iter()
        .map(|(k, v)| {
            let mut b = 0;
            for i in 1..4 {
                if v[i] > v[b] {
                    b = i;
                }
            }
            let tie = (0..4).any(|i| i != b && v[i] == v[b]);
            (k, (Class::ALL[b], tie))
        })
        .collect()
}

/// Lower-case words of the multi-word person names in `ms` ("lebed" of "Alexander Lebed").
pub(super) fn person_words(doc: &Doc, ms: &[TypedMention]) -> rustc_hash::FxHashSet<String> {
    let mut out = rustc_hash::FxHashSet::default();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
    {
        for i in m.tokens.clone() {
            let w = doc.tok_text(i);
            let w = &w[..w.len() - possessive_len(w)];
            if w.chars().count() > 2 {
                out.insert(w.to_lowercase());
            }
        }
    }
    out
}

/// How sure a rule name must be to vote on a repeated name's class (0.6; 0.7 was measured on
/// every dev set and gave less; so did rule votes as heavy as the tagger's).
const SURE_RULE: f32 = 0.6;

/// Votes of a name in a place frame, against the tagger's two per mention.
const FRAME_VOTES: u32 = 16;

/// Repeated names agree: each tagger mention takes the class its surface form got most often,
/// the tagger's mentions voting twice and the sure rules' ([`SURE_RULE`]) once, so the rules'
/// reading of every occurrence outweighs a thin majority of the tagger's ("Mahala", read three
/// times as a person and twice as a place, that the rules call a place in "the village of
/// Mahala" and everywhere else). On a tie the sure rules' class decides alone, else the first
/// tied class in [`Class::ALL`] order (PER).
pub(super) fn agree(
    doc: &Doc,
    lx: &Lexicon,
    ms: &mut [TypedMention],
    rules: &[TypedMention],
    buf: &mut String,
) {
    // A place frame ("the town of Bridgeford") says what the name is wherever the document
    // repeats it: it outweighs the tagger's readings of the bare name elsewhere.
    let framed: Vec<TypedMention> = ms
        .iter()
        .filter(|m| Class::of(m.label) == Some(Class::Loc) && place_framed(doc, m.tokens.start))
        .cloned()
        .collect();
    let votes = class_votes_of(
        doc,
        &[
            (&*ms, 2, 0.0),
            (rules, 1, SURE_RULE),
            (&framed, FRAME_VOTES, 0.0),
        ],
    );
    let rule_votes = class_votes_of(doc, &[(rules, 1, SURE_RULE)]);
    for m in ms.iter_mut() {
        if Class::of(m.label) == Some(Class::Loc) && place_framed(doc, m.tokens.start) {
            continue;
        }
        let found = with_lower(doc.slice(m.start, m.end), |k| {
            votes.get(k).map(|&(c, tie)| match rule_votes.get(k) {
                Some(&(r, false)) if tie => r,
                _ => c,
            })
        });
        if let Some(c) = found {
            if Class::of(m.label) != Some(c) {
                m.label = default_label(lx, c, doc.slice(m.start, m.end), buf);
                m.role = None;
                m.country = None;
                m.capital_of = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    fn m(doc: &Doc, word: &str, nth: usize, label: Label, confidence: f32) -> TypedMention {
        let (i, _) = doc
            .tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| doc.tok_text(*i) == word)
            .nth(nth)
            .expect("word in text");
        TypedMention {
            start: doc.tokens[i].start(),
            end: doc.tokens[i].end(),
            label,
            role: None,
            country: None,
            capital_of: None,
            confidence,
            tokens: i..i + 1,
        }
    }

    #[test]
    fn the_sure_rules_vote_on_a_repeated_names_class_and_break_ties() {
        let text = "Carts reached Quenby. The hamlet of Quenby is small. Quenby voted. Near Quenby a mill stood.";
        let doc = Doc::new(text);
        let lx = lexicon();
        let mut buf = String::new();
        let tagged = |doc: &Doc| {
            vec![
                m(doc, "Quenby", 0, Label::Person, 0.6),
                m(doc, "Quenby", 1, Label::Gpe, 0.6),
                m(doc, "Quenby", 2, Label::Person, 0.6),
                m(doc, "Quenby", 3, Label::Gpe, 0.6),
            ]
        };
        let rules: Vec<TypedMention> = (0..4)
            .map(|k| m(&doc, "Quenby", k, Label::Gpe, 0.7))
            .collect();
        let mut ms = tagged(&doc);
        agree(&doc, lx, &mut ms, &rules, &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Gpe), "{ms:?}");
        // Unsure rules do not break the tie: the first class (a person) stands, as before.
        let unsure: Vec<TypedMention> = (0..4)
            .map(|k| m(&doc, "Quenby", k, Label::Gpe, 0.3))
            .collect();
        let mut ms = tagged(&doc);
        agree(&doc, lx, &mut ms, &unsure, &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Person), "{ms:?}");
        // A thin majority of the tagger's readings yields to the sure rules' reading of every
        // occurrence; a clear one does not yield to one sure rule reading.
        let mut ms = tagged(&doc);
        ms[1].label = Label::Person;
        agree(&doc, lx, &mut ms, &rules, &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Gpe), "{ms:?}");
        let mut ms = tagged(&doc);
        ms[1].label = Label::Person;
        agree(&doc, lx, &mut ms, &rules[..1], &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Person), "{ms:?}");
    }

    #[test]
    fn a_place_frame_types_the_name_wherever_the_document_repeats_it() {
        let text = "Carts left Marwick at dawn. Marwick slept. The town of Marwick grew. \
                    Mail went to Marwick. Marwick paid.";
        let doc = Doc::new(text);
        let lx = lexicon();
        let mut buf = String::new();
        let mut ms: Vec<TypedMention> = (0..5)
            .map(|k| {
                let label = if k == 2 { Label::Gpe } else { Label::Person };
                m(&doc, "Marwick", k, label, 0.6)
            })
            .collect();
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Gpe), "{ms:?}");
        // Without the frame, the tagger's majority stands.
        let doc = Doc::new("Carts left Marwick at dawn. Marwick slept. The home of Marwick grew.");
        let mut ms: Vec<TypedMention> = (0..3)
            .map(|k| {
                let label = if k == 2 { Label::Gpe } else { Label::Person };
                m(&doc, "Marwick", k, label, 0.6)
            })
            .collect();
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Person), "{ms:?}");
    }
}
