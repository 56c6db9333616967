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

/// Votes for a place of a name the tagger read as a person right after a preposition of place
/// ([`prep_framed`]), against the tagger's two per mention.
const PREP_VOTES: u32 = 3;

/// Votes for a place of a name the tagger read as a person, joined by "and" to a sure place
/// ([`coordinated_with_place`]): a name the document repeats as a person elsewhere stays one.
const COORD_VOTES: u32 = 8;

/// Is the person the tagger read at `m` a place by its frame: right after a word of
/// `[place_only_prepositions]` ("in Tarnow", "near Quorrin"), in one sentence with it, not a
/// possessor ("in Hallam's novels"), not in capitals ("in the QPL offices"), not a listed
/// surname or given name alone ("a settlement in Moore case"), nor a given name opening a longer
/// name ("in Anna Kell's view")?
fn prep_framed(doc: &Doc, lx: &Lexicon, m: &TypedMention, buf: &mut String) -> bool {
    let first = m.tokens.start;
    if first == 0 || Class::of(m.label) != Some(Class::Per) || !doc.same_sentence(first - 1, first)
    {
        return false;
    }
    let prep = with_lower(doc.tok_text(first - 1), |w| {
        crate::engine::lexicon::words::words()
            .place_only_prepositions
            .contains(&w)
    });
    let surname = m.tokens.len() == 1
        && lx
            .get_any(doc.tok_text(first), buf)
            .is_some_and(|e| e.surname);
    prep && bare_name(doc, lx, m, buf) && !given_alone(doc, lx, m, buf) && !surname
}

/// Could the tagger's person at `m` be a place's bare name: not a possessor ("Hallam's
/// novels"), not in capitals ("QPL offices": a body as often) and not a given name opening a
/// longer name ("Anna Kell")?
fn bare_name(doc: &Doc, lx: &Lexicon, m: &TypedMention, buf: &mut String) -> bool {
    let (first, end) = (m.tokens.start, m.tokens.end);
    let possessor = possessive_len(doc.tok_text(end - 1)) > 0
        || (end < doc.tokens.len()
            && matches!(doc.tok_text(end), "'s" | "’s" | "'" | "’")
            && doc.tokens[end].start() == doc.tokens[end - 1].end());
    let acronym = crate::engine::shape::is_all_caps(doc.slice(m.start, m.end));
    let given_first = end - first >= 2
        && lx
            .get_any(doc.tok_text(first), buf)
            .is_some_and(|e| e.given);
    !possessor && !acronym && !given_first
}

/// Is the name at `m` one given name alone ("Brandt, Karl and Weiss")?
fn given_alone(doc: &Doc, lx: &Lexicon, m: &TypedMention, buf: &mut String) -> bool {
    m.tokens.len() == 1
        && lx
            .get_any(doc.tok_text(m.tokens.start), buf)
            .is_some_and(|e| e.given)
}

/// Does a regnal number follow the name at `m` ("Ottokar II")?
fn regnal_after(doc: &Doc, m: &TypedMention) -> bool {
    m.tokens.end < doc.tokens.len()
        && doc
            .tok_text(m.tokens.end)
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// The tagger's persons joined by "and" or "or" to a place the document frames as one ("the
/// town of Harrab ... Harrab and Zelmiya"): in the open training sets' gold, of 320 pairs of
/// names so joined, two mix a person and a place. A listed place is not enough ("sanctions on
/// Russia and Putin"), nor is a listed surname or a word of a person the document names in
/// full. Indices into `ms` (text order).
fn coordinated_with_place(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    framed: &[TypedMention],
    buf: &mut String,
) -> Vec<usize> {
    let framed: rustc_hash::FxHashSet<&str> =
        framed.iter().map(|m| doc.slice(m.start, m.end)).collect();
    if framed.is_empty() {
        return Vec::new();
    }
    let people = person_words(doc, ms);
    let sure_place = |m: &TypedMention| {
        Class::of(m.label) == Some(Class::Loc) && framed.contains(doc.slice(m.start, m.end))
    };
    let named_person = |m: &TypedMention, buf: &mut String| {
        m.tokens.clone().any(|i| {
            let w = doc.tok_text(i);
            with_lower(w, |k| people.contains(k)) || lx.get_any(w, buf).is_some_and(|e| e.surname)
        })
    };
    let mut out = Vec::new();
    for (k, pair) in ms.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        // "the frigates Orla and Kestrel": names of vessels, whatever else they name.
        if b.tokens.start != a.tokens.end + 1
            || !matches!(doc.tok_text(a.tokens.end), "and" | "or" | "&")
            || after_vessel_noun(doc, a.tokens.start)
        {
            continue;
        }
        for (place, person, at) in [(a, b, k + 1), (b, a, k)] {
            if Class::of(person.label) == Some(Class::Per)
                && sure_place(place)
                && bare_name(doc, lx, person, buf)
                && !given_alone(doc, lx, person, buf)
                && !regnal_after(doc, person)
                && !named_person(person, buf)
            {
                out.push(at);
            }
        }
    }
    out
}

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
    // A person's bare name rarely follows "in" or "near": the tagger's person there is a place
    // unless the document reads the name as a person more often elsewhere.
    let coordinated = coordinated_with_place(doc, lx, ms, &framed, buf);
    let as_place = |m: &TypedMention| TypedMention {
        label: Label::Loc,
        ..m.clone()
    };
    let in_place: Vec<TypedMention> = ms
        .iter()
        .filter(|m| prep_framed(doc, lx, m, buf))
        .map(as_place)
        .collect();
    let joined: Vec<TypedMention> = coordinated.iter().map(|&k| as_place(&ms[k])).collect();
    let votes = class_votes_of(
        doc,
        &[
            (&*ms, 2, 0.0),
            (rules, 1, SURE_RULE),
            (&framed, FRAME_VOTES, 0.0),
            (&in_place, PREP_VOTES, 0.0),
            (&joined, COORD_VOTES, 0.0),
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
        let text = "Carts reached Quenby. The hamlet of Quenby is small. Quenby voted. Beside Quenby a mill stood.";
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

    #[test]
    fn a_person_read_after_in_or_near_is_a_place_unless_a_possessor_or_in_capitals() {
        let lx = lexicon();
        let mut buf = String::new();
        let person = |doc: &Doc, w: &str, nth| m(doc, w, nth, Label::Person, 0.6);
        let doc = Doc::new("Weavers settled near Quorrin.");
        let mut ms = vec![person(&doc, "Quorrin", 0)];
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert_eq!(ms[0].label, Label::Gpe, "{ms:?}");
        // Where the tagger is split, the frame decides for every mention.
        let doc = Doc::new("Quorrin grew. Weavers settled in Quorrin.");
        let mut ms = vec![
            m(&doc, "Quorrin", 0, Label::Gpe, 0.6),
            person(&doc, "Quorrin", 1),
        ];
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert!(ms.iter().all(|m| m.label == Label::Gpe), "{ms:?}");
        // A possessor, a name in capitals, and a place the document reads as a person more
        // often elsewhere keep the tagger's person.
        for text in [
            "The theme recurs in Quorrin's novels.",
            "Leaders met in QPL offices.",
            "Quorrin spoke. Quorrin left. Quorrin wrote. Letters arrived in Quorrin.",
        ] {
            let doc = Doc::new(text);
            let word = if text.contains("QPL") {
                "QPL"
            } else if text.contains("'s") {
                "Quorrin's"
            } else {
                "Quorrin"
            };
            let n = text.matches(word).count();
            let mut ms: Vec<TypedMention> = (0..n).map(|k| person(&doc, word, k)).collect();
            agree(&doc, lx, &mut ms, &[], &mut buf);
            assert!(
                ms.iter().all(|m| m.label == Label::Person),
                "{text}: {ms:?}"
            );
        }
    }

    #[test]
    fn a_person_joined_by_and_to_a_sure_place_is_a_place() {
        let lx = lexicon();
        let mut buf = String::new();
        let doc = Doc::new("Troops left the town of Harrab. Fighting reached Harrab and Zelmiya.");
        let mut ms = vec![
            m(&doc, "Harrab", 0, Label::Gpe, 0.6),
            m(&doc, "Harrab", 1, Label::Gpe, 0.6),
            m(&doc, "Zelmiya", 0, Label::Person, 0.6),
        ];
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert_eq!(ms[2].label, Label::Gpe, "{ms:?}");
        // A listed country is not enough ("sanctions on Russia and Putin"); under a framed
        // place, a given name alone, a name before a regnal number and a listed surname stay
        // people.
        let doc = Doc::new("Trade linked Portugal and Zelmiya.");
        let mut ms = vec![
            m(&doc, "Portugal", 0, Label::Gpe, 0.6),
            m(&doc, "Zelmiya", 0, Label::Person, 0.6),
        ];
        agree(&doc, lx, &mut ms, &[], &mut buf);
        assert_eq!(ms[1].label, Label::Person, "{ms:?}");
        for (text, word) in [
            (
                "The town of Harrab grew. Trade linked Harrab and Ottokar II.",
                "Ottokar",
            ),
            (
                "The town of Harrab grew. Trade linked Harrab and Karl.",
                "Karl",
            ),
            (
                "The town of Harrab grew. Trade linked Harrab and Smith.",
                "Smith",
            ),
        ] {
            let doc = Doc::new(text);
            let mut ms = vec![
                m(&doc, "Harrab", 0, Label::Gpe, 0.6),
                m(&doc, "Harrab", 1, Label::Gpe, 0.6),
                m(&doc, word, 0, Label::Person, 0.6),
            ];
            agree(&doc, lx, &mut ms, &[], &mut buf);
            assert_eq!(ms[2].label, Label::Person, "{text}: {ms:?}");
        }
    }
}
