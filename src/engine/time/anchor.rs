//! Which earlier dated clause "X" names in "two weeks after X": the story's event X, whose date
//! the duration counts on from.
//!
//! "The embargo took effect on 3 March 2025. Two weeks after the embargo took effect, the
//! first carrier left": X ("the embargo took effect") is the clause the story dated before,
//! so the carrier left on 17 March, counted from that date and never from the document's.
//! The time stage moves its reference there ("The same day, ..." is 17 March); the events
//! stage dates the main event by it.
//!
//! A clause names X when its verb (by lemma: "took" and "take" meet) or the words of its
//! subject and objects hold every noun, name and full verb of X, compared by a light stem; an
//! event noun meets the verb whose event it names ("the election" and "was elected": `nominal`
//! of `data/time/names.txt`, [`verb_of`]). A
//! word elsewhere in that clause does not count: "the murder" is not the search "in the murder
//! inquiry". Bounded: X's first [`MAX_WORDS`] content words, [`MAX_NAMED`] words of a clause.

use crate::engine::clause::{self, Clause};
use crate::engine::pos::{Upos, Word, Words};

/// Content words of X compared, at most.
const MAX_WORDS: usize = 8;
/// Words of a clause's subject and objects compared, at most.
const MAX_NAMED: usize = 32;

/// Lower case without the common inflections: "signed", "signs", "signing" → "sign";
/// "vote", "voted", "votes" → "vot"; "sanctions" → "sanction".
pub(crate) fn stem(w: &str) -> String {
    let mut s = w.to_ascii_lowercase();
    for suffix in ["ing", "ied", "ies", "ed", "es", "s"] {
        if s.len() > suffix.len() + 2 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            break;
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// The stem of the verb whose event the noun with stem `noun` names ("election" → "elect"),
/// from `nominal` of `data/time/names.txt`.
pub(crate) fn verb_of(noun: &str) -> Option<String> {
    // A few dozen pairs, read only for "as X" and "after X" phrases: scanned, not indexed
    // (a map cost the app half a kilobyte of code).
    let (_, verb) = super::names::words()
        .nominal
        .iter()
        .filter_map(|pair| pair.split_once(' '))
        .find(|(n, _)| stem(n) == noun)?;
    Some(stem(verb))
}

/// A word X must share with its event: a noun, a name or a full verb.
fn content(w: &Word) -> bool {
    matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Verb)
}

/// The lemma of the clause whose head verb is word `i`, if any.
fn lemma_of<'c>(clauses: &'c [Clause], words: &Words, i: usize) -> Option<&'c str> {
    let w = words.get(i)?;
    clause::containing(clauses, words, w.start())
        .filter(|c| c.verb.head() == i)
        .map(|c| c.verb.lemma.as_str())
}

/// X's content words: (stem of the form, stem of its clause's lemma when it heads one).
pub(crate) struct Wanted(Vec<(String, Option<String>)>);

impl Wanted {
    /// The content words of X, bytes `x.0..x.1`; `None` when it has none ("after that").
    pub(crate) fn of(
        text: &str,
        words: &Words,
        clauses: &[Clause],
        x: (usize, usize),
    ) -> Option<Wanted> {
        let first = words.partition_point(|w| w.start() < x.0);
        let mut wanted = Vec::new();
        for k in first..words.len() {
            let Some(w) = words.get(k).filter(|w| w.end() <= x.1) else {
                break;
            };
            if content(&w) && wanted.len() < MAX_WORDS {
                let form = stem(text.get(w.start()..w.end()).unwrap_or(""));
                let lemma = lemma_of(clauses, words, k)
                    .map(stem)
                    .or_else(|| verb_of(&form));
                wanted.push((form, lemma));
            }
        }
        (!wanted.is_empty()).then_some(Wanted(wanted))
    }

    /// Whether every word of X is among `have` (stems).
    pub(crate) fn within(&self, have: &[String]) -> bool {
        self.0.iter().all(|(form, lemma)| {
            have.contains(form) || lemma.as_ref().is_some_and(|l| have.contains(l))
        })
    }

    /// Whether clause `c` names X: see the module comment.
    pub(crate) fn named_by(&self, text: &str, words: &Words, c: &Clause) -> bool {
        let mut have = Vec::new();
        for g in c.subject.iter().chain(c.objects().iter()) {
            for k in g.words() {
                if let Some(w) = words.get(k).filter(|_| have.len() < MAX_NAMED) {
                    let form = stem(text.get(w.start()..w.end()).unwrap_or(""));
                    have.extend(verb_of(&form));
                    have.push(form);
                }
            }
        }
        have.push(stem(c.verb.lemma.as_str()));
        self.within(&have)
    }
}

/// Where X ends: at the next comma or semicolon after byte `x_start`, else at `end` (the
/// sentence's end).
pub(crate) fn x_end(text: &str, x_start: usize, end: usize) -> usize {
    let rest = text.get(x_start..end).unwrap_or("");
    x_start + rest.find([',', ';']).unwrap_or(rest.len())
}

/// X of "the same week as X" when "as" follows byte `at` (the end of "the same week"): its
/// span from the word after "as" to [`x_end`] (`end`: the sentence's end).
pub(crate) fn as_phrase(text: &str, at: usize, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..end)?.trim_start();
    let x = rest
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("as "))
        .and_then(|_| rest.get(3..))?
        .trim_start();
    let x_start = end - x.len();
    (!x.is_empty()).then(|| (x_start, x_end(text, x_start, end)))
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn value_of(text: &str, expr: &str) -> String {
        let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
            id: "s".into(),
            text: text.into(),
            date: Some("2025-06-10".into()),
        });
        a.timex
            .iter()
            .find(|t| t.text == expr)
            .map_or(String::new(), |t| t.value.clone())
    }

    #[test]
    fn the_same_week_as_x_is_xs_week_or_unknown_never_the_documents() {
        // X dated two sentences back, another date stated in between.
        let text = "Councillors in Kessby voted on the ferry levy on 4 May 2025. Ferry crews \
                    struck on 20 May 2025. The harbour master quit in the same week as the vote.";
        assert_eq!(value_of(text, "the same week"), "2025-W18");
        // X is a date expression.
        let text = "The harbour master quit on the same day as the 4 May election.";
        assert_eq!(value_of(text, "the same day"), "2025-05-04");
        // X not dated by the text: unknown at the expression's unit.
        let text = "The harbour master quit in the same week as the election.";
        assert_eq!(value_of(text, "the same week"), "XXXX-WXX");
        let text = "The harbour master quit in the same month as the ferry strike.";
        assert_eq!(value_of(text, "the same month"), "XXXX-XX");
        // Without "as", the week of the date last stated, as before.
        let text = "Ferry crews struck on 20 May 2025. The same week, the harbour master quit.";
        assert_eq!(value_of(text, "The same week"), "2025-W21");
    }

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in [
            ("signed", "sign"),
            ("Votes", "vote"),
            ("voted", "voting"),
            ("sanctions", "sanction"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_ne!(stem("deal"), stem("death"));
    }
}
