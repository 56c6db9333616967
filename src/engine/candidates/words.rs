//! Word tests of the candidate stage: which lower-case words join a name ("von", "bin"), which
//! sentence-initial words never start one ("The", "However"), saints, initials, calendar words
//! (they end a name), abbreviated company designators, and lexicon names.
//!
//! Input: one token's text (and the lexicon). Output: yes or no. No state.

use crate::engine::lexicon::Lexicon;
use crate::engine::shape::is_all_caps;

/// Lower-case words that may join capitalised words inside one name.
pub(super) fn particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "dos"
            | "das"
            | "y"
            | "ter"
            | "zu"
    )
}

/// Sentence-initial words that never start a name.
pub(super) fn function_word(w: &str) -> bool {
    let w = w.as_bytes();
    if w.len() > 10 {
        return false;
    }
    let mut b = [0u8; 10];
    b[..w.len()].copy_from_slice(w);
    b[..w.len()].make_ascii_lowercase();
    matches!(
        &b[..w.len()],
        b"the"
            | b"a"
            | b"an"
            | b"but"
            | b"and"
            | b"or"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"from"
            | b"with"
            | b"by"
            | b"to"
            | b"of"
            | b"as"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"his"
            | b"her"
            | b"their"
            | b"its"
            | b"our"
            | b"my"
            | b"your"
            | b"former"
            | b"top"
            | b"ex"
            | b"then"
            | b"so"
            | b"yet"
            | b"since"
            | b"under"
            | b"over"
            | b"during"
            | b"about"
            | b"among"
            | b"between"
            | b"against"
            | b"without"
            | b"despite"
            | b"although"
            | b"though"
            | b"because"
            | b"however"
            | b"meanwhile"
            | b"also"
            | b"both"
            | b"all"
            | b"some"
            | b"many"
            | b"most"
            | b"other"
            | b"such"
            | b"every"
            | b"each"
            | b"no"
            | b"not"
            | b"only"
            | b"even"
            | b"now"
            | b"here"
            | b"there"
            | b"where"
            | b"what"
            | b"who"
            | b"why"
            | b"how"
            | b"which"
            | b"it"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"read"
            | b"stay"
            | b"senior"
            | b"junior"
            | b"new"
            | b"later"
            | b"earlier"
            | b"still"
            | b"instead"
            | b"thus"
            | b"today"
            | b"yesterday"
            | b"neither"
            | b"either"
            | b"initially"
            | b"controversial"
    ) && w != b"I"
}

/// Abbreviations that end company names and take a period.
pub(super) const ABBREVIATED_DESIGNATORS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Bros", "Cos"];

/// "St", "St.": a saint's name starts here ("St Louis", "St. Petersburg").
pub(super) fn saint(w: &str) -> bool {
    matches!(w, "St" | "St." | "ST")
}

/// A single capital letter: an initial ("S" of "S. Waugh").
pub(super) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Month and day names: they end a name ("Biden Monday") and are left to the time engine.
pub(super) fn calendar_word(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "JANUARY"
            | "FEBRUARY"
            | "MARCH"
            | "APRIL"
            | "MAY"
            | "JUNE"
            | "JULY"
            | "AUGUST"
            | "SEPTEMBER"
            | "OCTOBER"
            | "NOVEMBER"
            | "DECEMBER"
            | "MONDAY"
            | "TUESDAY"
            | "WEDNESDAY"
            | "THURSDAY"
            | "FRIDAY"
            | "SATURDAY"
            | "SUNDAY"
    )
}

/// A word the lexicons list as a place, nationality, known name, given name or surname.
pub(super) fn lexicon_name(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    lx.get_any(w, buf).is_some_and(|e| {
        e.country.is_some()
            || e.city.is_some()
            || e.demonym.is_some()
            || e.us_state
            || (e.known.is_some() && (!e.acronym || is_all_caps(w)))
            || e.given
            || e.surname
    })
}
