//! Comparisons: a time expression that is the standard a figure is compared with ("paid €5m
//! more than last year", "up 4% compared with a year earlier", "the highest since 2011") says
//! when the *other* figure held, not when the clause's event happens, so it does not date the
//! event.
//!
//! Input: the document text and a time expression's start (byte offset). Output: whether the
//! words right before it (after an optional preposition: "than in 2019") are one of the
//! `[comparisons]` of `data/events/words.txt`, or are "since" after one of its `[superlatives]`
//! within [`MAX_SUPERLATIVE_GAP`] words, no punctuation between.

use super::words;

/// Prepositions that may stand between the comparison word and the date ("than in 2019",
/// "compared with at the same point last year" is not covered).
const BETWEEN: &[&str] = &["in", "on", "at", "during", "for", "by"];

/// Most words between a superlative and "since" ("the strongest quake in the region since";
/// "the largest shareholder has held the stake since" is too far).
const MAX_SUPERLATIVE_GAP: usize = 4;

/// Is the time expression starting at byte `start` of `text` the standard of a comparison?
pub(super) fn is_comparison_standard(text: &str, start: usize) -> bool {
    since_superlative(text, start) || after_comparison(text, start)
}

/// "the highest since 2011": "since" right before the date, a superlative a few words before;
/// "our best harvest since we arrived in 2009": "since" may open a clause of a few words that
/// holds the date ([`MAX_SINCE_CLAUSE`]). `[close_superlatives]` ("best") count only with at most
/// one word between them and "since" ("the best-paid manager has lived there since 2017" is
/// no comparison).
fn since_superlative(text: &str, start: usize) -> bool {
    let before = crate::engine::text::before(text, start);
    let clause: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(MAX_SINCE_CLAUSE + 1)
        .take_while(|w| !w.ends_with([',', '.', ';', ':', '"', '”']))
        .collect();
    let Some(since) = clause.iter().position(|w| w.eq_ignore_ascii_case("since")) else {
        return false;
    };
    let lists = words::lists();
    let is = |list: &[&str], w: &str| list.iter().any(|s| s.eq_ignore_ascii_case(w));
    before
        .split_whitespace()
        .rev()
        .skip(since + 1)
        .take(MAX_SUPERLATIVE_GAP + 1)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .enumerate()
        .any(|(gap, w)| is(&lists.superlatives, w) || gap <= 1 && is(&lists.close_superlatives, w))
}

/// Most words between "since" and the date it opens a clause for ("since we arrived in").
const MAX_SINCE_CLAUSE: usize = 4;

/// The comparison words of `[comparisons]` right before the date.
fn after_comparison(text: &str, start: usize) -> bool {
    // The three words before, within 64 bytes (a text without spaces is not walked back).
    let mut from = start.saturating_sub(64);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let mut rev = before.split_whitespace().rev().take(3);
    let mut last = rev.next().unwrap_or("");
    let mut prev = rev.next().unwrap_or("");
    if BETWEEN.iter().any(|p| p.eq_ignore_ascii_case(last)) {
        last = prev;
        prev = rev.next().unwrap_or("");
    }
    words::lists()
        .comparisons
        .iter()
        .any(|c| match c.split_once(' ') {
            Some((a, b)) => a.eq_ignore_ascii_case(prev) && b.eq_ignore_ascii_case(last),
            None => c.eq_ignore_ascii_case(last),
        })
}

#[cfg(test)]
mod tests {
    use super::is_comparison_standard;

    fn at(text: &str, date: &str) -> bool {
        is_comparison_standard(text, text.find(date).unwrap_or(0))
    }

    #[test]
    fn the_standard_of_a_comparison_is_found() {
        assert!(at("The mill paid €5m more than last year.", "last year"));
        assert!(at("Exports were lower than in 2019.", "2019"));
        assert!(at(
            "Orders rose 4% compared with a year earlier.",
            "a year earlier"
        ));
        assert!(at("Output fell 3% Compared To May.", "May"));
        assert!(at("Turnout was the highest since 2011.", "2011"));
        assert!(at(
            "It was the strongest storm in the valley since June 2001.",
            "June 2001"
        ));
        // "since" opening a short clause that holds the date; "best" right before its noun.
        assert!(at(
            "It was the worst spring since the farm opened in 1998.",
            "1998"
        ));
        assert!(at(
            "\"It is our best vintage since we planted in 2011,\" she said.",
            "2011"
        ));
    }

    #[test]
    fn a_plain_date_is_not_a_standard() {
        assert!(!at("The mill paid €5m last year.", "last year"));
        assert!(!at("Exports fell in 2019.", "2019"));
        assert!(!at("They met on May 3.", "May 3"));
        assert!(!at("May 3 was the day.", "May 3"));
        // "since" alone dates the span of the event.
        assert!(!at("Prices have risen since 2011.", "2011"));
        assert!(!at(
            "It was the best, and prices have risen since 2011.",
            "2011"
        ));
        assert!(!at("The first lady has lived there since 2017.", "2017"));
        assert!(!at(
            "The largest shareholder has held the stake since 2015.",
            "2015"
        ));
        assert!(!at(
            "The best-known trader has worked there since 2016.",
            "2016"
        ));
        assert!(!at("Rents have risen since the mill shut in 2015.", "2015"));
    }
}
