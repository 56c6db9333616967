//! Names end where a time expression starts inside them. The name tagger sometimes runs a
//! name on through a preposition into the date after it ("joined the Corran Hockey Club on
//! May 3, 1901" read as the ORG "Corran Hockey Club on May"); a name never holds a
//! preposition followed by a time expression, so it ends before the preposition (the
//! `name_end` prepositions of `data/time/names.txt`: "on", "in", "since", ...; not "of",
//! as in "the Class of 1999").
//!
//! Input: the document, the typed mentions (byte offsets, in text order), the time
//! expressions (byte offsets). Output: the mentions, some shortened, a name left with no
//! word dropped.
//!
//! A time expression wholly inside a person's or product's name is dropped ("May" of "Theresa
//! May", "2000" of "PzH 2000").
//!
//! Architecture invariant: runs after the time stage and before the merge of mentions into
//! entities; only shortens or drops name mentions (and drops numbers and ranks inside a time
//! expression; never another value), never adds one; drops only the time expressions inside
//! a person's name, never changes one.

use super::mention::TypedMention;
use super::model::Label;
use super::text::Doc;
use super::time::names::words;
use super::time::TimexDraft;

/// Cut each name mention of `mentions` before a `name_end` preposition that a time
/// expression of `timexes` follows inside it.
pub fn cut_at_times(doc: &Doc, mentions: &mut Vec<TypedMention>, timexes: &[TimexDraft]) {
    let mut starts: Vec<usize> = timexes.iter().map(|t| t.start).collect();
    starts.sort_unstable();
    let prepositions = &words().name_end;
    let mut dropped = false;
    for m in mentions.iter_mut() {
        if m.label.is_value() || m.tokens.len() < 2 {
            continue;
        }
        // The first time expression starting after the name's first byte, if inside it.
        let at = starts.partition_point(|&s| s <= m.start);
        let Some(&t) = starts.get(at).filter(|&&s| s < m.end) else {
            continue;
        };
        // The name's token where the time expression starts, after the first two.
        let Some(k) = (m.tokens.start + 1..m.tokens.end).find(|&k| doc.tokens[k].start() == t)
        else {
            continue;
        };
        let prep = doc.tok_text(k - 1);
        if !prepositions.iter().any(|p| p == prep) {
            continue;
        }
        // Keep the words before the preposition; none left: not a name.
        if k - 1 == m.tokens.start {
            m.start = m.end;
            dropped = true;
            continue;
        }
        m.tokens.end = k - 1;
        m.end = doc.tokens[k - 2].end();
    }
    // A name wholly inside a time expression is part of the date, not an entity of its own
    // ("before Easter", "by Christmas Eve"): the open dev sets mark no entity there.
    let mut spans: Vec<(usize, usize)> = timexes.iter().map(|t| (t.start, t.end)).collect();
    crate::sort::sort_by_key(&mut spans, |&(s, _)| s);
    // So is a number or rank ("One Friday that autumn", "the first week of May"): OntoNotes
    // marks no CARDINAL or ORDINAL inside a date, and the reader saw a "One" entity no
    // highlight showed (trial 14).
    for m in mentions.iter_mut() {
        let counted = matches!(m.label, Label::Cardinal | Label::Ordinal);
        if (m.label.is_value() && !counted) || m.start >= m.end {
            continue;
        }
        // The time expressions starting at or before the name (the last few: they rarely
        // overlap), one of them reaching its end.
        let at = spans.partition_point(|&(s, _)| s <= m.start);
        // "Labor Day" named as an event, exactly the holiday's span, in several words: both
        // (CoNLL marks the name; the time expression dates it). "Christmas" alone stays a date.
        let same_event = m.label == Label::Event
            && spans[..at].contains(&(m.start, m.end))
            && doc
                .text
                .get(m.start..m.end)
                .is_some_and(|t| t.contains(' '));
        if !same_event && spans[..at].iter().rev().take(4).any(|&(_, e)| e >= m.end) {
            m.start = m.end;
            dropped = true;
        }
    }
    if dropped {
        mentions.retain(|m| m.start < m.end);
    }
}

/// A time expression wholly inside a person's name is part of the name ("May" of "Theresa
/// May", "April" of "former aide April Mokoena"): TimeML marks no time there, and the reader
/// saw a false month on the timeline (trial 27); so is a number inside a product's or a
/// work's name ("PzH 2000" howitzers, "Windows 2000": trial 29), and a month or season
/// word inside any longer name ("Winter Harbour", "March Networks": trial 30; a year stays,
/// as in "the 2024 Summer Games"). `text` the document; `mentions` in text order, not
/// overlapping; offsets bytes.
pub fn drop_times_in_names(text: &str, mentions: &[TypedMention], timexes: &mut Vec<TimexDraft>) {
    timexes.retain(|t| {
        let at = mentions.partition_point(|m| m.start <= t.start);
        let Some(m) = at.checked_sub(1).map(|k| &mentions[k]) else {
            return true;
        };
        let inside = m.end >= t.end && !m.label.is_value();
        let word = text
            .get(t.start..t.end)
            .is_some_and(|s| !s.contains(|c: char| c.is_ascii_digit()));
        let longer = m.start < t.start || m.end > t.end;
        !(inside
            && (matches!(m.label, Label::Person | Label::Product | Label::WorkOfArt)
                || (word && longer)))
    });
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{DocumentInput, Label};

    fn names(text: &str) -> Vec<(String, Label)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        let chars: Vec<char> = text.chars().collect();
        a.entities
            .iter()
            .filter(|e| !e.label.is_value())
            .map(|e| (chars[e.start..e.end].iter().collect(), e.label))
            .collect()
    }

    /// The surface of every time expression, in order.
    fn times(text: &str) -> Vec<String> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        let chars: Vec<char> = text.chars().collect();
        a.timex
            .iter()
            .map(|t| chars[t.start..t.end].iter().collect())
            .collect()
    }

    #[test]
    fn a_number_or_rank_inside_a_date_is_part_of_it() {
        let text = "One Friday that autumn in 2019 the mill shut. It reopened in the first week of May 2020 with 40 staff.";
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-11-30".into()),
        });
        let chars: Vec<char> = text.chars().collect();
        let values: Vec<String> = a
            .entities
            .iter()
            .filter(|e| matches!(e.label, Label::Cardinal | Label::Ordinal))
            .map(|e| chars[e.start..e.end].iter().collect())
            .collect();
        assert_eq!(values, ["40"], "{:?}", a.timex);
    }

    #[test]
    fn a_year_inside_a_products_name_is_no_time() {
        let text = "Norland will deliver 18 PzH 2000 howitzers by March 2027.";
        let times = times(text);
        assert_eq!(times, ["March 2027"]);
        let got = names(text);
        assert!(
            got.contains(&("PzH 2000".into(), Label::Product)),
            "{got:?}"
        );
    }

    #[test]
    fn a_month_inside_a_persons_name_is_no_time() {
        let text = "Theresa May left office in July 2019. The prosecution called former aide \
                    April Mokoena, who said she had carried cash in June.";
        let times = times(text);
        assert_eq!(times, ["July 2019", "June"]);
        let got = names(text);
        assert!(
            got.contains(&("April Mokoena".into(), Label::Person)),
            "{got:?}"
        );
        // A month after "in" is a time, not a given name.
        let got = names("In June Apple unveiled a phone.");
        assert!(!got.iter().any(|(n, _)| n.contains("June")), "{got:?}");
    }

    #[test]
    fn a_name_ends_before_the_date_it_ran_into() {
        let text = "She joined the Corran Hockey Club on May 3, 1901, and stayed for ten years.";
        let got = names(text);
        assert!(
            got.iter().any(|(n, _)| n == "Corran Hockey Club"),
            "{got:?}"
        );
        assert!(got.iter().all(|(n, _)| !n.contains("May")), "{got:?}");
    }

    #[test]
    fn of_before_a_year_stays_in_the_name() {
        // Only the listed prepositions end a name: "of" does not.
        let w = &super::words().name_end;
        assert!(w.iter().any(|p| p == "on") && w.iter().any(|p| p == "since"));
        assert!(!w.iter().any(|p| p == "of" || p == "for"));
    }

    #[test]
    fn a_name_inside_a_time_expression_is_no_entity() {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: "The Orlan Accord must be signed before Easter, the envoy said.".into(),
            date: Some("2026-11-30".into()),
        });
        assert!(a.timex.iter().any(|t| t.text == "Easter"), "{:?}", a.timex);
        let got = names("The Orlan Accord must be signed before Easter, the envoy said.");
        assert!(got.iter().all(|(n, _)| n != "Easter"), "{got:?}");
    }
}
