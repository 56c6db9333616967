//! Matches that are names or other words, not time expressions (TimeML marks
//! expressions with a temporal value, not titles or ages):
//!
//! - a title in quotes whose words are capitalised, with a unit or part of day
//!   among them: a programme or a film ("This Week", "60 Minutes", "High Noon");
//! - a decade of someone's age: "in his 30s", "in their early 20s";
//! - the noun "March" naming a procession: "the March for Jobs", "the March of
//!   the Veterans".
//!
//! Architecture invariant: reads only the text around a match (byte offsets
//! into `Doc::text`); never changes a value, only says "drop this match".

use super::matcher::Match;
use super::normalise::Normalised;
use super::tables::Action;
use crate::engine::model::TimexType;
use crate::engine::text::Doc;

/// Unit and part-of-day words that, capitalised inside a quoted title, make
/// it a name ("60 Minutes"); weekdays, months and holidays are capitalised anyway.
const TITLE_WORDS: &[&str] = &[
    "noon", "midnight", "minute", "minutes", "hour", "hours", "week", "weeks", "month", "months",
    "year", "years",
];

/// Possessive determiners before an age decade ("in his 30s").
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our", "its"];

/// Quote marks that open a title.
const OPENING_QUOTES: &[&str] = &["\"", "``", "''", "“", "‘", "'"];

/// True when match `m` (normalised to `n`) is a name or another word rather
/// than a time expression, judged from the text around it.
pub fn not_a_time(doc: &Doc, m: &Match, n: &Normalised) -> bool {
    let text = doc.text.get(m.start..m.end).unwrap_or("");
    let before = doc.text.get(..m.start).unwrap_or("");
    let after = doc.text.get(m.end..).unwrap_or("");
    quoted_title(text, before) || age_decade(m, n, before) || march_noun(m, text, after)
}

/// "ABC's \"This Week\"", "the film ``High Noon''": a capitalised unit word in
/// a run of capitalised words that a quote mark opens.
fn quoted_title(text: &str, before: &str) -> bool {
    let capital_unit = text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.starts_with(char::is_uppercase) && TITLE_WORDS.contains(&w.to_lowercase().as_str())
    });
    if !capital_unit {
        return false;
    }
    // Capitalised words before the match on the same line belong to the title too.
    let mut rest = before.trim_end_matches([' ', '\t']);
    loop {
        let word_start = rest
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = rest.get(word_start..).unwrap_or("");
        if word.starts_with(char::is_uppercase) {
            rest = rest
                .get(..word_start)
                .unwrap_or("")
                .trim_end_matches([' ', '\t']);
        } else {
            break;
        }
    }
    OPENING_QUOTES.iter().any(|q| rest.ends_with(q))
}

/// "when she was in her 30s": a decade after a possessive is an age.
fn age_decade(m: &Match, n: &Normalised, before: &str) -> bool {
    if m.rule.action != Action::Decade || n.kind != TimexType::Date {
        return false;
    }
    let prev = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    POSSESSIVES.contains(&prev.as_str())
}

/// "the March for Jobs", "the March of the Veterans": the noun, not the month.
fn march_noun(m: &Match, text: &str, after: &str) -> bool {
    if m.rule.action != Action::Date || text != "March" {
        return false;
    }
    let after = after.trim_start_matches([' ', '\t']);
    let rest = after
        .strip_prefix("for ")
        .or_else(|| after.strip_prefix("of the "));
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}
