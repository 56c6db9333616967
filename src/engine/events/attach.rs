//! Whether a time expression is an adverbial of its clause's event or belongs to a word
//! inside the clause: a noun it modifies ("values the firm at 30 times its 2024 sales",
//! "under a 2021 export law"), a noun whose term it ends ("signed a lease until March 2030",
//! `[term_nouns]`), or a participle describing a noun ("cancelled a concert planned for June
//! 9", `[noun_participles]`). Such an expression says when the noun's thing holds or is due,
//! not when the clause's act happens, so it dates no event of the clause (the clause takes
//! another expression it states, else it gives none).
//!
//! Input: the tagged words, the document text and one time expression (byte offsets).
//! Output: a yes or no; word lists in `data/events/words.txt`.

use super::draft::Inputs;
use super::words;
use crate::engine::clause;
use crate::engine::pos::Upos;
use crate::engine::time::TimexDraft;

/// Whether `t` belongs to a noun of its clause, not to the clause's event.
pub(super) fn of_a_noun(inp: &Inputs, t: &TimexDraft) -> bool {
    noun_modifier(inp, t) || term_of_a_noun(inp.doc.text, t) || participle_of_a_noun(inp, t)
}

/// The word (letters, digits, apostrophes, hyphens) ending right before byte `at`, with the
/// punctuation between it and `at` (a comma, a space), and where it starts.
fn word_before(text: &str, at: usize) -> (&str, &str, usize) {
    let before = crate::engine::text::before(text, at);
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let gap = before.get(trimmed.len()..).unwrap_or("");
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    let offset = at - before.len();
    (trimmed.get(start..).unwrap_or(""), gap, offset + start)
}

fn listed(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// "its 2024 sales", "the firm's 2023 results", "a 2021 export law": a year after a
/// possessive (`[noun_determiners]` or a word ending in "'s") or "a"/"an", written before a
/// noun or adjective of the same phrase (a space only between). "the 2024 election" is left
/// alone (the election is that year's event), and so are other dates: "a Sunday night
/// service" is the service's day, "a third-quarter loss" the reported period
/// (`dating::reported_period`).
fn noun_modifier(inp: &Inputs, t: &TimexDraft) -> bool {
    let text = inp.doc.text;
    let (prev, gap, _) = word_before(text, t.start);
    if gap != " " {
        return false;
    }
    let year = t.value.len() == 4 && t.value.bytes().all(|b| b.is_ascii_digit() || b == b'X');
    let lower = prev.to_lowercase();
    let indefinite = matches!(lower.as_str(), "a" | "an");
    let possessive = listed(&words::lists().noun_determiners, &lower)
        || lower.ends_with("'s")
        || lower.ends_with("’s");
    if !(year && (indefinite || possessive)) {
        return false;
    }
    let k = inp.words.partition_point(|w| w.start() < t.end);
    inp.words.get(k).is_some_and(|w| {
        matches!(w.upos, Upos::Noun | Upos::Adj | Upos::Propn)
            && text.get(t.end..w.start()).is_some_and(|g| g == " ")
    })
}

/// "signed a contract until June 2031", "extended the ban through 2027": a preposition of
/// `[term_prepositions]` right after a noun of `[term_nouns]` ends that thing's term; the
/// signing or the extension is not ordered against it.
fn term_of_a_noun(text: &str, t: &TimexDraft) -> bool {
    let lists = words::lists();
    let (prep, gap, at) = word_before(text, t.start);
    if gap != " " || !listed(&lists.term_prepositions, prep) {
        return false;
    }
    let (noun, gap, _) = word_before(text, at);
    gap == " " && listed(&lists.term_nouns, noun)
}

/// "postponed a by-election planned for May 17", "the vote, scheduled for Monday, was
/// called off", "a loan due in 2030": a participle of `[noun_participles]` right after a noun
/// (maybe after a comma), then an optional preposition and the date: the date is the noun's
/// (when its thing was to happen), not the clause's. After an auxiliary ("the vote was
/// planned for May 17") the participle is the clause's own verb, and the date its plan's.
fn participle_of_a_noun(inp: &Inputs, t: &TimexDraft) -> bool {
    let text = inp.doc.text;
    let lists = words::lists();
    let (mut w, gap, mut at) = word_before(text, t.start);
    if gap != " " {
        return false;
    }
    if listed(&lists.time_prepositions, w) {
        let (p, gap, a) = word_before(text, at);
        if gap != " " {
            return false;
        }
        (w, at) = (p, a);
    }
    if !listed(&lists.noun_participles, w) {
        return false;
    }
    // "Talks set for Friday" (a headline): the participle is the verb of its sentence's first
    // clause, the noun its own subject; after another clause ("postponed a vote planned for")
    // it describes that clause's noun.
    let clauses = inp.clauses;
    let own_verb = clause::containing(clauses, inp.words, at).is_some_and(|c| {
        let i = clauses.partition_point(|x| x.words().start < c.words().start);
        let first = i == 0 || clauses.get(i - 1).is_none_or(|p| p.sentence != c.sentence);
        first
            && c.subject_source == clause::SubjectSource::Own
            && inp
                .words
                .get(c.verb.head())
                .is_some_and(|v| v.start() == at)
    });
    let (_, _, noun_at) = word_before(text, at);
    let k = inp.words.partition_point(|x| x.start() < noun_at);
    !own_verb
        && inp
            .words
            .get(k)
            .is_some_and(|x| x.start() == noun_at && matches!(x.upos, Upos::Noun | Upos::Propn))
}

#[cfg(test)]
mod tests {
    use super::word_before;

    #[test]
    fn the_word_before_skips_spaces_and_a_comma() {
        let text = "the vote, planned for May";
        let at = text.find("planned").unwrap_or(0);
        assert_eq!(word_before(text, at), ("vote", ", ", 4));
        let at = text.find("May").unwrap_or(0);
        assert_eq!(word_before(text, at).0, "for");
        assert_eq!(word_before("its 2024", 4), ("its", " ", 0));
        assert_eq!(word_before("", 0), ("", "", 0));
    }
}
