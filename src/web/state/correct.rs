//! What the correction controls offer: the entities one may be merged into,
//! ranked by how alike their names are (issue 14.2).
//!
//! Input: an analysis and one of its entities. Output: candidates of every
//! type, those of the entity's own type first, most similar name first (a
//! firm mistyped as a place can be merged into the firm; the merged mentions
//! take the type of the entity merged into). Values (amounts, percentages,
//! numbers, dates and times) are never offered and are never merged. Pure Rust.

use crate::engine::model::{Analysis, Entity, Mention};

/// Lower-case character bigrams of `s`'s letters and digits, word by word.
fn bigrams(s: &str) -> Vec<(char, char)> {
    let mut out = Vec::new();
    for word in s.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
        out.extend(chars.windows(2).map(|w| (w[0], w[1])));
    }
    crate::sort::sort(&mut out);
    out
}

/// How alike two names are, 0.0 to 1.0: the Dice coefficient of their
/// character bigrams, raised to at least 0.9 when every word of the shorter
/// name is a word of the longer ("Scholz" and "Olaf Scholz").
pub fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let contained = !short.is_empty() && short.iter().all(|w| long.contains(w));
    let (x, y) = (bigrams(a), bigrams(b));
    let dice = if x.is_empty() || y.is_empty() {
        0.0
    } else {
        // Both sorted: count the common bigrams as a merge of two lists.
        let (mut i, mut j, mut common) = (0, 0, 0usize);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * common as f64 / (x.len() + y.len()) as f64
    };
    if contained {
        dice.max(0.9)
    } else {
        dice
    }
}

/// [`similarity`] of two names one of which holds every word of the other.
const CONTAINED: f64 = 0.9;

/// The entities of `a` that `entity` may be merged into: any type but never
/// a value, at most `max` (a name holding every word of the other's, or the other way
/// round, first, then those of `entity`'s type, then the most similar name, then the most
/// salient), listed with the names [`alike`] first, most alike first, then the others by
/// name, A to Z ignoring case (trial 43: ranked by likeness alone, some forty names came in
/// a different order each time the form opened). Merging into another type's entity gives
/// the merged mentions that entity's type (`workspace::corrections::merge`).
pub fn merge_candidates<'a>(a: &'a Analysis, entity: &Entity, max: usize) -> Vec<&'a Entity> {
    if entity.label.is_value() {
        return Vec::new();
    }
    let mut v: Vec<(f64, &Entity)> = a
        .entity_list
        .iter()
        .filter(|x| x.id != entity.id && !x.label.is_value())
        .map(|x| (similarity(&entity.name, &x.name), x))
        .collect();
    let other = |x: &Entity| x.label != entity.label;
    // A name holding every word of the other ("Northway", "Northway Freight") first, whatever
    // its type: a short form typed wrong is what a merge most often mends.
    let weak = |s: f64| s < CONTAINED;
    crate::sort::sort_by(&mut v, |(sx, x), (sy, y)| {
        weak(*sx)
            .cmp(&weak(*sy))
            .then(other(x).cmp(&other(y)))
            .then(sy.total_cmp(sx))
            .then(y.salience.total_cmp(&x.salience))
            .then(x.name.cmp(&y.name))
    });
    let mut v: Vec<&Entity> = v.into_iter().take(max).map(|(_, x)| x).collect();
    let n = v.iter().take_while(|x| alike(entity, x)).count();
    crate::sort::sort_by_key(&mut v[n..], |x| (x.name.to_lowercase(), x.id.clone()));
    v
}

/// Whether `other`'s name is alike `entity`'s: one holds every word of the other
/// ("Scholz" and "Olaf Scholz", "Northway" and "Northway Freight"), or it is of
/// `entity`'s type and its name alike ([`similarity`] at least 0.5). Those come
/// first in [`merge_candidates`].
pub fn alike(entity: &Entity, other: &Entity) -> bool {
    let s = similarity(&entity.name, &other.name);
    s >= CONTAINED || (other.label == entity.label && s >= 0.5)
}

/// Whether the "Merge into" list should come with `first` (the top of
/// [`merge_candidates`]) chosen: only when its name is [`alike`].
/// Otherwise nothing is chosen, so a Merge pressed at once cannot join two
/// unrelated entities (trials 13 and 14: an unrelated place came preselected).
pub fn merge_preselect(entity: &Entity, first: Option<&Entity>) -> bool {
    first.is_some_and(|f| alike(entity, f))
}

/// The code point span (end-exclusive) of the words `words` in `text`: the
/// occurrence nearest to code point `near` (the first one without it). For
/// the text corrections, whether the words were selected in the document or
/// typed (the keyboard path). `None` when `words` is blank or not in `text`.
pub fn find_words(text: &str, words: &str, near: Option<usize>) -> Option<(usize, usize)> {
    find_words_where(text, words, near, |_, _| true)
}

/// [`find_words`] among the occurrences that overlap one of `mentions`
/// (sorted by start, as an analysis lists them): where "Split" and "Remove"
/// can act when the occurrence nearest the caret is not highlighted (trial 9:
/// a contract's defined term "Supplier", first typed in quotes unhighlighted,
/// then used as a mention).
pub fn find_mention_words(
    text: &str,
    words: &str,
    near: Option<usize>,
    mentions: &[Mention],
) -> Option<(usize, usize)> {
    find_words_where(text, words, near, |s, e| {
        let i = mentions.partition_point(|m| m.start < e);
        i.checked_sub(1)
            .and_then(|i| mentions.get(i))
            .is_some_and(|m| m.end > s)
    })
}

fn find_words_where(
    text: &str,
    words: &str,
    near: Option<usize>,
    keep: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    let words = words.trim();
    let n = words.chars().count();
    if words.is_empty() {
        return None;
    }
    let mut best: Option<(usize, usize)> = None; // (distance, start)
    let (mut at, mut last) = (0usize, 0usize);
    for (b, _) in text.match_indices(words) {
        at += text[last..b].chars().count();
        last = b;
        let d = near.map_or(0, |n| n.abs_diff(at));
        if best.is_none_or(|(bd, _)| d < bd) && keep(at, at + n) {
            best = Some((d, at));
        }
    }
    best.map(|(_, s)| (s, s + n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::DocumentInput;

    #[test]
    fn names_that_share_words_are_alike() {
        assert!(similarity("Scholz", "Olaf Scholz") >= 0.9);
        assert!(similarity("Hikvision", "Hikvision Digital") >= 0.9);
        assert!(similarity("Olaf Scholz", "Antony Blinken") < 0.2);
        assert!(similarity("Wuhan Global Sensor", "Wuhan Guide Sensor") > 0.5);
        assert_eq!(similarity("", "x"), 0.0);
    }

    #[test]
    fn merge_offers_the_same_type_by_similarity_and_never_values() {
        let text = "Olaf Scholz met Antony Blinken in Berlin on Monday. \
                    Scholz said 90 per cent of the $3 billion deal was done. \
                    Blinken flew to Paris. Olga Scholzova, an aide, stayed.";
        let a = crate::engine::analyze(&DocumentInput {
            id: "d".into(),
            text: text.into(),
            date: Some("2024-04-15".into()),
        });
        let scholz = a
            .entity_list
            .iter()
            .find(|e| e.name == "Olaf Scholz")
            .expect("Scholz found");
        let offered = merge_candidates(&a, scholz, 10);
        assert!(!offered.is_empty());
        assert!(offered.iter().all(|e| !e.label.is_value()));
        // The same type first, then the others.
        let same = offered.iter().filter(|e| e.label == scholz.label).count();
        assert!(offered[..same].iter().all(|e| e.label == scholz.label));
        if let Some(i) = offered.iter().position(|e| e.name.contains("Scholzova")) {
            let j = offered
                .iter()
                .position(|e| e.name.contains("Blinken"))
                .unwrap_or(usize::MAX);
            assert!(i < j, "the similar name first: {offered:?}");
        }
        let money = a.entity_list.iter().find(|e| e.label.is_value());
        if let Some(m) = money {
            assert!(merge_candidates(&a, m, 10).is_empty());
        }
    }

    #[test]
    fn only_an_alike_name_of_the_same_type_comes_chosen_for_a_merge() {
        let text = "Olaf Scholz met Ada Brandt in Hangzhou. Scholz said Brandt agreed.";
        let a = crate::engine::analyze(&DocumentInput {
            id: "d".into(),
            text: text.into(),
            date: Some("2024-04-15".into()),
        });
        let named = |n: &str| a.entity_list.iter().find(|e| e.name == n).expect(n);
        let (scholz, brandt, city) = (named("Olaf Scholz"), named("Ada Brandt"), named("Hangzhou"));
        let mut short = scholz.clone();
        short.name = "Scholz".into();
        short.id = "other".into();
        assert!(merge_preselect(&short, Some(scholz)));
        assert!(!merge_preselect(scholz, Some(brandt)), "unrelated people");
        assert!(
            !merge_preselect(city, Some(scholz)),
            "another type, not alike"
        );
        let mut org = scholz.clone();
        org.label = crate::engine::model::Label::Org;
        assert!(
            merge_preselect(&short, Some(&org)),
            "another type, but every word"
        );
        assert!(!merge_preselect(scholz, None));
        // The top candidate for the city is not alike: nothing comes chosen.
        let first = merge_candidates(&a, city, 10).first().copied();
        assert!(!merge_preselect(city, first));
    }

    #[test]
    fn words_are_found_nearest_the_caret_in_code_points() {
        let text = "Café Nord sold nordic gear. Nord later closed; Café Nord reopened.";
        assert_eq!(find_words(text, " Café Nord ", None), Some((0, 9)));
        // Nearest to code point 50: the second "Café Nord" (after "é", so
        // code points, not bytes).
        assert_eq!(find_words(text, "Café Nord", Some(50)), Some((47, 56)));
        assert_eq!(find_words(text, "Nord", Some(30)), Some((28, 32)));
        assert_eq!(find_words(text, "   ", None), None);
        assert_eq!(find_words(text, "Oslo", Some(3)), None);
    }

    #[test]
    fn split_and_remove_find_the_nearest_highlighted_use_of_typed_words() {
        // Trial 9: a defined term, in quotes where it is defined (no
        // mention), then used as a mention: "Supplier" typed reached the
        // definition and was "not a mention".
        let text = "Brekke AS (\"Supplier\") and Tarsel Ltd. Supplier shall ship pumps. Signed for Supplier.";
        let a = crate::engine::analyze(&DocumentInput {
            id: "d".into(),
            text: text.into(),
            date: None,
        });
        let at = |n: usize| {
            let b = text.match_indices("Supplier").nth(n).unwrap().0;
            let s = text[..b].chars().count();
            (s, s + 8)
        };
        let mut mentions = a.entities.clone();
        mentions.retain(|m| m.start != at(0).0);
        // Make the uses mentions whatever the engine decided, the definition not.
        for n in [1, 2] {
            let (s, e) = at(n);
            if !mentions.iter().any(|m| m.start == s) {
                let mut m = mentions[0].clone();
                (m.start, m.end, m.text) = (s, e, "Supplier".into());
                mentions.push(m);
            }
        }
        mentions.retain(|m| !(m.start < at(0).1 && m.end > at(0).0));
        crate::sort::sort_by_key(&mut mentions, |m| m.start);
        assert_eq!(find_words(text, "Supplier", None), Some(at(0)));
        assert_eq!(
            find_mention_words(text, "Supplier", None, &mentions),
            Some(at(1))
        );
        assert_eq!(
            find_mention_words(text, "Supplier", Some(at(2).0), &mentions),
            Some(at(2))
        );
        assert_eq!(find_mention_words(text, "Tarsel", None, &[]), None);
    }
}
