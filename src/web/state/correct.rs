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

/// What [`similarity`] compares of a name: its words, lower case, and its sorted
/// character bigrams. Made once per name, so ranking a name against thousands
/// ([`merge_candidates`]) splits and sorts it once, not once per other name.
struct NameKey {
    words: Vec<String>,
    bigrams: Vec<(char, char)>,
}

impl NameKey {
    fn of(s: &str) -> Self {
        let words = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        NameKey {
            words,
            bigrams: bigrams(s),
        }
    }
}

/// How alike two names are, 0.0 to 1.0: the Dice coefficient of their
/// character bigrams, raised to at least 0.9 when every word of the shorter
/// name is a word of the longer ("Scholz" and "Olaf Scholz").
pub fn similarity(a: &str, b: &str) -> f64 {
    similarity_of(&NameKey::of(a), &NameKey::of(b))
}

/// [`similarity`] of two names' keys.
fn similarity_of(a: &NameKey, b: &NameKey) -> f64 {
    let (wa, wb) = (&a.words, &b.words);
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let contained = !short.is_empty() && short.iter().all(|w| long.contains(w));
    let (x, y) = (&a.bigrams, &b.bigrams);
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
    let own = NameKey::of(&entity.name);
    let mut v: Vec<(f64, &Entity)> = a
        .entity_list
        .iter()
        .filter(|x| x.id != entity.id && !x.label.is_value())
        .map(|x| (similarity_of(&own, &NameKey::of(&x.name)), x))
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
/// [`merge_candidates`]) chosen: only when it is of `entity`'s type and its name holds
/// every word of `entity`'s ("Scholz" into "Olaf Scholz"). Otherwise the list starts at
/// "choose…", so a Merge pressed at once cannot join two unrelated entities (trials 13
/// and 14: an unrelated place came preselected), nor two of different types (a cold trial:
/// the organisation "Sudanese army" came with the nationality "Sudanese" chosen; its name
/// holds the other's, not the other way round, and the types differ).
pub fn merge_preselect(entity: &Entity, first: Option<&Entity>) -> bool {
    first.is_some_and(|f| {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let (own, other) = (words(&entity.name), words(&f.name));
        f.id != entity.id
            && f.label == entity.label
            && !own.is_empty()
            && own.iter().all(|w| other.contains(w))
    })
}

/// Why the "Merge into" list comes with `first` chosen, in words, or `None` when it does
/// not ([`merge_preselect`]).
pub fn merge_reason(entity: &Entity, first: Option<&Entity>) -> Option<String> {
    let f = first.filter(|f| merge_preselect(entity, Some(f)))?;
    Some(format!(
        "“{}” is suggested: the same type, and its name holds “{}”. Check it before merging.",
        f.name, entity.name
    ))
}

/// The code point span (end-exclusive) of the words `words` in `text`: the
/// occurrence nearest to code point `near` (the first one without it). For
/// the text corrections, whether the words were selected in the document or
/// typed (the keyboard path). `None` when `words` is blank or not in `text`.
pub fn find_words(text: &str, words: &str, near: Option<usize>) -> Option<(usize, usize)> {
    find_words_where(text, words, near, |_, _| true)
}

/// Why typed words were not added as a mention ([`find_words_to_add`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAdded {
    /// The words are not in the text.
    NotInText,
    /// Every occurrence lies inside (or cuts across) a longer mention, named here: adding
    /// there would shrink or cut that mention, perhaps one the user added.
    InsideMention(String),
}

/// Where typed words are added as a mention (trial: "army" typed was added inside the
/// user's own mention "Sudanese army", which shrank to "army", while "The army delegation"
/// further on was free). Among the occurrences of `words` in `text`, the nearest to `near`
/// (else the first) of the best kind:
///
/// 1. one that overlaps no mention of `mentions` (sorted by start, as an analysis lists them);
/// 2. else one that holds every mention it overlaps whole (the same span, or a longer name
///    the engine cut short: "Varnel" found, "Varnel Robotics" typed);
///
/// never one inside a longer mention or cutting across one, which would shrink or cut it
/// ([`NotAdded::InsideMention`] names the first such mention, so the page can say where the
/// words are and how to act on that mention instead).
pub fn find_words_to_add(
    text: &str,
    words: &str,
    near: Option<usize>,
    mentions: &[Mention],
) -> Result<(usize, usize), NotAdded> {
    // The mentions overlapping [s, e), each with whether [s, e) holds it whole.
    let overlapping = |s: usize, e: usize| {
        let i = mentions.partition_point(|m| m.start < e);
        mentions[..i]
            .iter()
            .rev()
            .take_while(move |m| m.end > s || m.start + MAX_MENTION > s)
            .filter(move |m| m.end > s)
    };
    let free = find_words_where(text, words, near, |s, e| overlapping(s, e).next().is_none());
    if let Some(span) = free {
        return Ok(span);
    }
    let whole = |s: usize, e: usize| overlapping(s, e).all(|m| s <= m.start && m.end <= e);
    if let Some(span) = find_words_where(text, words, near, whole) {
        return Ok(span);
    }
    let Some((s, e)) = find_words(text, words, near) else {
        return Err(NotAdded::NotInText);
    };
    let inside = overlapping(s, e)
        .find(|m| m.start < s || m.end > e)
        .map(|m| m.text.clone())
        .unwrap_or_default();
    Err(NotAdded::InsideMention(inside))
}

/// The mentions a mention added at `span` replaces: every one it overlaps, those it
/// holds whole ("Biden" and "Xi" under a typed "Biden and Xi") as well as one it cuts or
/// shrinks, in text order, so the page names them all: none goes silently (cold trial:
/// typed words holding two mentions removed both and said nothing).
pub fn replaced_mentions(span: (usize, usize), mentions: &[Mention]) -> Vec<String> {
    let (s, e) = span;
    mentions
        .iter()
        .filter(|m| m.start < e && m.end > s && (m.start, m.end) != span)
        .map(|m| m.text.clone())
        .collect()
}

/// The replaced mentions' names for the page: "“A”", "“A” and “B”", "“A”, “B” and “C”".
pub fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
    match q.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Mentions are searched back from a span's end while they may still reach it: none is
/// longer than this many code points in practice (a name, an amount, a date).
const MAX_MENTION: usize = 200;

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
        // The longer name into the shorter: not suggested.
        assert!(
            !merge_preselect(scholz, Some(&short)),
            "the other way round"
        );
        let mut org = scholz.clone();
        org.label = crate::engine::model::Label::Org;
        assert!(
            !merge_preselect(&short, Some(&org)),
            "another type, even with every word"
        );
        assert!(!merge_preselect(scholz, None));
        // Why it comes chosen is said; nothing when it does not.
        assert_eq!(
            merge_reason(&short, Some(scholz)).as_deref(),
            Some("“Olaf Scholz” is suggested: the same type, and its name holds “Scholz”. Check it before merging.")
        );
        assert_eq!(merge_reason(&short, Some(&org)), None);
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

    #[test]
    fn another_types_name_inside_this_ones_never_comes_chosen() {
        // Cold trial: the organisation "Sudanese army" came with the nationality "Sudanese"
        // chosen in "Merge into", so one click merged them.
        let analysis: Analysis = serde_json::from_value(serde_json::json!({
            "id": "x", "timex": [], "events": [], "entities": [],
            "entity_list": [
                {"id": "E1", "name": "Sudanese", "label": "NORP", "mentions": 3, "salience": 0.9},
                {"id": "E2", "name": "Sudanese army", "label": "ORG", "mentions": 2, "salience": 0.8},
                {"id": "E3", "name": "Sudanese Armed Forces", "label": "ORG", "mentions": 1, "salience": 0.2},
                {"id": "E4", "name": "Kassala", "label": "GPE", "mentions": 1, "salience": 0.5}
            ]
        }))
        .expect("analysis");
        let by = |id: &str| analysis.entity_list.iter().find(|e| e.id == id).expect(id);
        for id in ["E1", "E2", "E3", "E4"] {
            let first = merge_candidates(&analysis, by(id), 60).first().copied();
            assert!(!merge_preselect(by(id), first), "{id}: {first:?}");
            assert_eq!(merge_reason(by(id), first), None);
        }
        // The same type and every word: suggested, with its reason.
        let mut army = by("E2").clone();
        (army.id, army.name) = ("E5".into(), "army".into());
        assert!(merge_preselect(&army, Some(by("E2"))));
        assert!(merge_reason(&army, Some(by("E2"))).is_some());
    }

    fn mention(start: usize, end: usize, text: &str) -> Mention {
        serde_json::from_value(serde_json::json!({
            "start": start, "end": end, "text": text, "label": "ORG", "entity": "E1"
        }))
        .expect("mention")
    }

    #[test]
    fn typed_words_are_added_where_no_mention_is_and_never_shrink_one() {
        // Cold trial: "army" typed went inside the user's "Sudanese army", shrinking it.
        let text = "The Sudanese army shelled Kassala. The army delegation left on Monday.";
        let at = |w: &str, n: usize| {
            let s = text.match_indices(w).nth(n).expect(w).0;
            (s, s + w.len())
        };
        let (ss, se) = at("Sudanese army", 0);
        let mentions = vec![mention(ss, se, "Sudanese army")];
        assert_eq!(
            find_words_to_add(text, "army", None, &mentions),
            Ok(at("army", 1))
        );
        // Nearest the caret among the free ones, however near the covered one is.
        assert_eq!(
            find_words_to_add(text, "army", Some(ss), &mentions),
            Ok(at("army", 1))
        );
        // Only inside a mention: refused, naming it.
        let (ds, de) = at("The army delegation", 0);
        let both = vec![
            mention(ss, se, "Sudanese army"),
            mention(ds, de, "The army delegation"),
        ];
        assert_eq!(
            find_words_to_add(text, "army", None, &both),
            Err(NotAdded::InsideMention("Sudanese army".into()))
        );
        // The same span as a mention, or one holding it whole (growing a name cut short): fine.
        assert_eq!(
            find_words_to_add(text, "Sudanese army", None, &mentions),
            Ok((ss, se))
        );
        let short = vec![mention(ss, ss + 8, "Sudanese")];
        assert_eq!(
            find_words_to_add(text, "Sudanese army", None, &short),
            Ok((ss, se))
        );
        // Cutting across a mention is shrinking it too.
        assert_eq!(
            find_words_to_add(text, "army shelled", None, &mentions),
            Err(NotAdded::InsideMention("Sudanese army".into()))
        );
        assert_eq!(
            find_words_to_add(text, "Port Ossen", None, &mentions),
            Err(NotAdded::NotInText)
        );
        // Offsets are code points.
        let accented = "Café army. The army left.";
        let m = vec![mention(0, 9, "Café army")];
        assert_eq!(find_words_to_add(accented, "army", None, &m), Ok((15, 19)));
    }

    #[test]
    fn every_mention_typed_words_replace_is_named() {
        // Cold trial: "Biden and Xi" typed held both mentions whole; both went, unsaid.
        let text = "Biden and Xi met in Lima.";
        let ms = vec![mention(0, 5, "Biden"), mention(10, 12, "Xi")];
        let span = find_words_to_add(text, "Biden and Xi", None, &ms).expect("added");
        assert_eq!(span, (0, 12));
        let replaced = replaced_mentions(span, &ms);
        assert_eq!(replaced, ["Biden", "Xi"]);
        assert_eq!(quoted_list(&replaced), "“Biden” and “Xi”");
        // The same span again is that mention retyped: nothing to name; a free span none.
        assert_eq!(replaced_mentions((0, 5), &ms), Vec::<String>::new());
        assert_eq!(replaced_mentions((20, 24), &ms), Vec::<String>::new());
        // Selected words inside a mention shrink it: named too.
        assert_eq!(replaced_mentions((0, 3), &ms), ["Biden"]);
        let three = ["A".to_string(), "B".into(), "C".into()];
        assert_eq!(quoted_list(&three), "“A”, “B” and “C”");
        assert_eq!(quoted_list(&[]), "");
    }
}
