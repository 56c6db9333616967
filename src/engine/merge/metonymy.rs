//! Capital-city metonymy: "Beijing believed", "pressing Ankara to", "talks between Seoul and
//! Pyongyang" act for the country (created when not named), "Brussels imposed" for the body the
//! city is the seat of (`[seats]`); "flights to Ankara" stays the place.

use super::acc::Acc;
use super::index::Index;
use crate::engine::lexicon::lexicon;
use crate::engine::lexicon::words::words as words_lists;
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::{Doc, TokenKind};

/// For each mention, the entity it acts for (a country or a body), adding that entity to
/// `accs` and `ix` when it was not named.
pub(super) fn actors(
    doc: &Doc,
    mentions: &[TypedMention],
    accs: &mut Vec<Acc>,
    ix: &mut Index,
) -> Vec<Option<usize>> {
    let lx = lexicon();
    let mut mention_actor = vec![None; mentions.len()];
    for (mi, m) in mentions.iter().enumerate() {
        let Some(cc) = m.capital_of else { continue };
        let Some(cue) = acts(doc, mentions, mi).filter(|_| m.label == Label::Gpe) else {
            continue;
        };
        // "ties with Moscow", "Ankara's ties": only for a state the text names.
        if cue == Cue::Weak && !ix.country_of.contains_key(&(Label::Gpe, cc)) {
            continue;
        }
        // "Brussels imposed": a city that is the seat of a body acts for that body.
        if let Some(body) = seat_of(doc.slice(m.start, m.end)) {
            let full = lx.full_name(body).unwrap_or(body);
            let found = [Label::Org, Label::Gpe].into_iter().find_map(|l| {
                [full, body]
                    .iter()
                    .find_map(|n| ix.by_key.get(&(l, n.to_lowercase())).copied())
            });
            let i = found.unwrap_or_else(|| {
                accs.push(Acc {
                    label: Some(Label::Org),
                    surfaces: vec![(full.to_string(), 0)],
                    first: m.start,
                    ..Acc::default()
                });
                ix.by_key
                    .insert((Label::Org, full.to_lowercase()), accs.len() - 1);
                accs.len() - 1
            });
            accs[i].actor_count += 1;
            mention_actor[mi] = Some(i);
            continue;
        }
        let country = match ix.country_of.get(&(Label::Gpe, cc)) {
            Some(&i) => i,
            None => {
                accs.push(Acc {
                    label: Some(Label::Gpe),
                    surfaces: vec![(lx.country_name(cc).unwrap_or(cc.as_str()).to_string(), 0)],
                    country: Some(cc),
                    first: m.start,
                    ..Acc::default()
                });
                ix.country_of.insert((Label::Gpe, cc), accs.len() - 1);
                accs.len() - 1
            }
        };
        accs[country].actor_count += 1;
        mention_actor[mi] = Some(country);
    }
    mention_actor
}

/// The body (a short form: "EU") whose seat the city `surface` is (`[seats]`), if any.
fn seat_of(surface: &str) -> Option<&'static str> {
    let city = surface.to_lowercase();
    words_lists().seats.iter().find_map(|row| {
        let (c, body) = row.split_once('\t')?;
        (c.trim() == city).then(|| body.trim())
    })
}

/// Does the capital-city mention `mentions[mi]` stand for its government rather than the place?
///
/// The city, or the coordinated group of places holding it ("Seoul and Pyongyang",
/// "Washington, Moscow and Beijing"), acts when a verb of its own follows ("Beijing believed",
/// "Washington and Beijing traded"), when a verb of pressing or helping (or "against") precedes it ("pressing
/// Ankara to", "enabling Tehran to"), or when it follows a relation noun and "between" or
/// "with" ("talks between Seoul and Pyongyang", "ties with Washington") or a pressure noun and
/// "on" ("pressure on Beijing"). A place word before it keeps it a place ("flights to Ankara");
/// so does a possessive ("Beijing's airport"), unless a relation or pressure noun follows it
/// ("Ankara's ties", "Moscow's sanctions"); these two only for a state the text names. The cue
/// words are lists of
/// `data/lexicons/context_words.txt`.
fn acts(doc: &Doc, mentions: &[TypedMention], mi: usize) -> Option<Cue> {
    let m = &mentions[mi];
    let lt = m
        .tokens
        .end
        .checked_sub(1)
        .and_then(|l| doc.tokens.get(l))?;
    let (gs, ge) = place_group(doc, mentions, mi);
    let first = mentions[gs].tokens.start;
    let last = mentions[ge].tokens.end.saturating_sub(1);
    let sentence = doc.sentence_of(first);
    let word_at = |i: usize| -> Option<String> {
        doc.tokens
            .get(i)
            .filter(|t| doc.sentence_of(i) == sentence && t.kind == TokenKind::Word)
            .map(|t| doc.slice(t.start(), t.end()).to_lowercase())
    };
    let w = words_lists();
    let listed = |list: &[&str], word: &str| list.contains(&word);
    let strong = |b: bool| b.then_some(Cue::Strong);
    if lt.end() != m.end {
        // A possessive keeps the place ("Beijing's airport"), but not before a noun of
        // relations or pressure ("Ankara's ties with", "Moscow's sanctions").
        return word_at(m.tokens.end)
            .is_some_and(|n| listed(&w.relation_nouns, &n) || listed(&w.pressure_nouns, &n))
            .then_some(Cue::Weak);
    }
    let noun_before = |list: &[&str]| {
        first
            .checked_sub(2)
            .and_then(word_at)
            .is_some_and(|n| listed(list, &n))
    };
    if let Some(p) = first.checked_sub(1).and_then(word_at) {
        // "ties with Washington and Stockholm", "talks with Beijing"; else "with Lisbon" is
        // the place.
        if p == "with" {
            return noun_before(&w.relation_nouns).then_some(Cue::Weak);
        }
        if p == "between" {
            return strong(noun_before(&w.relation_nouns));
        }
        if p == "from" || p == "on" {
            // "pressure from Brussels", "sanctions on Moscow"; else "from Ankara", "on Hainan"
            // are places.
            return strong(noun_before(&w.pressure_nouns));
        }
        if listed(&w.metonymy_place_words, &p) {
            return None; // "to Beijing", "in Moscow", "of Moscow"
        }
        if listed(&w.metonymy_verbs_before, &p) {
            return Some(Cue::Strong); // "pressing Ankara to"
        }
    }
    strong(word_at(last + 1).is_some_and(|n| listed(&w.metonymy_verbs_after, &n)))
}

/// How a capital's context says it acts for its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A verb of its own, pressing or helping it, "talks between", "pressure on": the state
    /// acts, and is created when the text does not name it.
    Strong,
    /// "ties with", a possessive before a relation noun: only a state the text names.
    Weak,
}

/// The first and last index of the run of places joined by "and", "&" or commas around
/// `mentions[mi]` ("Seoul and Pyongyang"): mentions typed GPE with a country.
fn place_group(doc: &Doc, mentions: &[TypedMention], mi: usize) -> (usize, usize) {
    let is_place =
        |m: &TypedMention| m.label == Label::Gpe && (m.country.is_some() || m.capital_of.is_some());
    let joined = |a: &TypedMention, b: &TypedMention| {
        let gap = a.tokens.end..b.tokens.start;
        !gap.is_empty()
            && gap.len() <= 2
            && gap
                .clone()
                .all(|i| matches!(doc.tok_text(i), "and" | "&" | ","))
            && doc
                .tokens
                .get(a.tokens.end.saturating_sub(1))
                .is_some_and(|t| t.end() == a.end)
    };
    let (mut gs, mut ge) = (mi, mi);
    while gs > 0 && is_place(&mentions[gs - 1]) && joined(&mentions[gs - 1], &mentions[gs]) {
        gs -= 1;
    }
    while ge + 1 < mentions.len()
        && is_place(&mentions[ge + 1])
        && joined(&mentions[ge], &mentions[ge + 1])
    {
        ge += 1;
    }
    (gs, ge)
}
