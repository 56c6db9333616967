//! Word tests of the candidate stage: which lower-case words join a name ("von", "bin"), which
//! sentence-initial words never start one ("The", "However"), saints, initials, calendar words
//! (they end a name), abbreviated company designators, and lexicon names.
//!
//! Input: one token's text (and the lexicon). Output: yes or no. No state. The word lists are
//! sections of `data/lexicons/context_words.txt`, loaded by [`crate::engine::lexicon::words`].

use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{with_lower, Lexicon};
use crate::engine::shape::{is_all_caps, is_capitalised};
use crate::engine::text::{Doc, TokenKind};

/// Lower-case words that may join capitalised words inside one name ("von", "bin";
/// `[name_particles]` of `data/lexicons/context_words.txt`).
pub(super) fn particle(w: &str) -> bool {
    words().name_particles.contains(w)
}

/// Sentence-initial words that never start a name (`[sentence_function_words]`, compared in
/// lower case; the capital pronoun "I" is not one).
pub(super) fn function_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 10 || w == "I" {
        return false;
    }
    let mut low = [0u8; 10];
    low[..b.len()].copy_from_slice(b);
    low[..b.len()].make_ascii_lowercase();
    std::str::from_utf8(&low[..b.len()]).is_ok_and(|l| words().sentence_function_words.contains(l))
}

/// A function word that, capitalised inside a sentence before another name word, opens the
/// name: "the All England Club" (`[name_opening_words]`).
pub(super) fn name_opening_word(w: &str) -> bool {
    w.len() <= 10 && with_lower(w, |l| words().name_opening_words.contains(&l))
}

/// An abbreviated company designator whose period belongs to the name ("Corp", "Ltd";
/// `[abbreviated_designators]`, as written).
pub(super) fn abbreviated_designator(w: &str) -> bool {
    words().abbreviated_designators.contains(&w)
}

/// "St", "St.": a saint's name starts here ("St Louis", "St. Petersburg"; `[saints]`).
pub(super) fn saint(w: &str) -> bool {
    words().saints.contains(&w)
}

/// A single capital letter: an initial ("S" of "S. Waugh").
pub(super) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Month and day names: they end a name ("Biden Monday") and are left to the time engine
/// (`[calendar_words]`). Only when written Capitalised or in ALL CAPS: "may" is a verb.
pub(super) fn calendar_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 9 || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let rest = &b[1..];
    let title = rest.iter().all(u8::is_ascii_lowercase);
    if !(title || rest.iter().all(u8::is_ascii_uppercase)) {
        return false;
    }
    let mut low = [0u8; 9];
    low[..b.len()].copy_from_slice(b);
    low[..b.len()].make_ascii_lowercase();
    std::str::from_utf8(&low[..b.len()]).is_ok_and(|l| words().calendar_words.contains(l))
}

/// Token `i`, a month that is also a listed given name ("April", "June", "May"), opens a
/// person's name ("former aide April Mokoena", "singer June Carter", "Ms May Tan"): the word
/// before is a noun for a person (`[person_nouns]`: "aide", "singer") or a title ("Ms",
/// "spokeswoman"), the next one a Title Case word that the lexicons know as nothing but a
/// surname, and no capitalised word follows it ("August Bank Holiday", "May Day", "June Fed
/// cuts", "Ms May Said She Would Resign" stay dates). All in one sentence.
pub fn month_given_name(doc: &Doc, lx: &Lexicon, i: usize, buf: &mut String) -> bool {
    let w = doc.tok_text(i);
    if i == 0
        || i + 1 >= doc.tokens.len()
        || !calendar_word(w)
        || !lx.get_any(w, buf).is_some_and(|e| e.given)
        || !doc.same_sentence(i - 1, i + 1)
    {
        return false;
    }
    let next = doc.tok_text(i + 1);
    let prev = doc.tok_text(i - 1);
    let next_ok = doc.tokens[i + 1].kind == TokenKind::Word
        && is_capitalised(next)
        && !is_all_caps(next)
        && !calendar_word(next)
        && !function_word(next)
        && lx.get_any(next, buf).is_none_or(|e| e.surname && !e.stop)
        && doc.tokens.get(i + 2).is_none_or(|t| {
            !doc.same_sentence(i, i + 2)
                || t.kind != TokenKind::Word
                || !is_capitalised(doc.tok_text(i + 2))
        });
    let prev_ok = doc.tokens[i - 1].kind == TokenKind::Word
        && (words().person_nouns.contains(&prev)
            || lx
                .get_any(prev, buf)
                .is_some_and(|e| e.title || e.title_start));
    next_ok && prev_ok
}

/// A word the lexicons list as a place, nationality, known name, given name or surname.
pub(super) fn lexicon_name(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    lx.get_any(w, buf).is_some_and(|e| {
        e.country.is_some()
            || e.city.is_some()
            || e.demonym.is_some()
            || e.region
            || (e.known.is_some() && (!e.acronym || is_all_caps(w)))
            || e.given
            || e.surname
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_read_the_data_lists() {
        assert!(particle("von") && particle("al") && !particle("of"));
        assert!(function_word("However") && function_word("THE") && function_word("the"));
        assert!(!function_word("I") && !function_word("Reuters"));
        assert!(abbreviated_designator("Corp") && !abbreviated_designator("corp"));
        assert!(saint("St.") && !saint("Sta"));
        assert!(calendar_word("May") && calendar_word("MONDAY") && calendar_word("December"));
        assert!(!calendar_word("may") && !calendar_word("mAY") && !calendar_word("Mayor"));
    }
}
