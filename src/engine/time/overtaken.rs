//! A plan the text says was overtaken: "The vote, originally set for the week of 3 March, was
//! postponed", "a summit scheduled for May was called off", "a hearing first slated for
//! Tuesday".
//!
//! A schedule read alone looks ahead of the document date ("a summit set for April" is the
//! next April: [`super::tense`]). A plan the text calls former (a `former` word right before
//! its `schedule` word: "originally", "initially") or that an `undo` word acting on it says
//! was undone (the done verb of the plan's subject, "A race set for May was called off", or
//! one with the plan as its object, "cancelled a summit set for May"; not an undo word of
//! another clause: "Rain delayed the start, but the final is set for Tuesday") belongs to the
//! past that made it: its date is not pushed to the next occurrence
//! after the document date but read as a date without a tense, the one nearest the document
//! date ("originally set for 3 March, was postponed" written in April is the March gone, and
//! "originally planned for June" written in April still the coming June, where a past clause
//! would read last June). A plan word is a `schedule` word or a `prospect` that is no
//! auxiliary ("planned", not "was").
//!
//! Input: the text and byte positions of a clause, an expression and its sentence. Output:
//! whether the expression is such a plan's date ([`overtaken`]), or the new date of a
//! postponement ("was postponed until June", "delayed to 12 May": [`postponed_to`]), which
//! looks ahead as a `term` does in a past clause. Words are `data/time/tense.txt`'s.

use super::tense_words::regular_past;
use super::tense_words::{kind, kinds_of, lower};
use std::borrow::Cow;

/// Most words between the schedule word and the time expression ("set for the week of").
const MAX_PLAN_WORDS: usize = 4;

/// Most words between an `undo` participle and the "to"/"until" of its new date ("postponed
/// the final vote until").
const MAX_UNDO_WORDS: usize = 4;

/// Most words between a plan and the `undo` verb that acts on it: the rest of its noun group
/// ("a summit set for 3 May in Oslo was cancelled", "cancelled the annual spring summit set
/// for").
const MAX_REACH_WORDS: usize = 6;

/// The words of `text` at bytes `from..to`, lower case; a punctuation mark is a word of its
/// own (", was postponed" is [",", "was", "postponed"]).
fn words(text: &str, from: usize, to: usize) -> Vec<Cow<'_, str>> {
    let part = text.get(from..to).unwrap_or("");
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in part.char_indices() {
        let in_word = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push(lower(part.get(a..i).unwrap_or("")));
                start = None;
            }
            _ => {}
        }
        if !in_word && !c.is_whitespace() {
            out.push(lower(part.get(i..i + c.len_utf8()).unwrap_or("")));
        }
    }
    if let Some(a) = start {
        out.push(lower(part.get(a..).unwrap_or("")));
    }
    out
}

/// The last `n` of [`words`]`(text, from, to)` (all of them when there are fewer), read from
/// the end: the words are runs of word characters and single marks, the same whichever way
/// they are read, so a test on the last few words needs no pass over the clause before them.
fn last_words(text: &str, from: usize, to: usize, n: usize) -> Vec<Cow<'_, str>> {
    let part = text.get(from..to).unwrap_or("");
    let mut out = Vec::with_capacity(n + 1);
    let mut run: Option<(usize, usize)> = None;
    for (i, c) in part.char_indices().rev() {
        if out.len() >= n {
            break;
        }
        if c.is_alphanumeric() || matches!(c, '\'' | '’' | '-') {
            run = Some((i, run.map_or(i + c.len_utf8(), |(_, e)| e)));
            continue;
        }
        if let Some((a, e)) = run.take() {
            out.push(lower(part.get(a..e).unwrap_or("")));
        }
        if !c.is_whitespace() {
            out.push(lower(part.get(i..i + c.len_utf8()).unwrap_or("")));
        }
    }
    if let Some((a, e)) = run.filter(|_| out.len() < n) {
        out.push(lower(part.get(a..e).unwrap_or("")));
    }
    out.truncate(n);
    out.reverse();
    out
}

fn is(w: Option<&Cow<str>>, k: u32) -> bool {
    w.is_some_and(|w| kinds_of(w) & k != 0)
}

/// How many words the `undo` verb at index `i` of `ws` takes: 1 ("postponed"), 2 ("called
/// off"), or 0 when none stands there.
fn undo_at(ws: &[Cow<str>], i: usize) -> usize {
    let Some(w) = ws.get(i) else {
        return 0;
    };
    if ws
        .get(i + 1)
        .is_some_and(|n| kinds_of(&format!("{w} {n}")) & kind::UNDO != 0)
    {
        return 2;
    }
    usize::from(kinds_of(w) & kind::UNDO != 0)
}

/// Whether `w` is a verb of a clause of its own: a tense word of `data/time/tense.txt` or a
/// regular "-ed" form, and no word a verb group runs through.
fn verb(w: &str) -> bool {
    let k = kinds_of(w);
    k & (kind::INSIDE | kind::AUX) == 0
        && (k & (kind::PAST | kind::PRESENT | kind::FUTURE | kind::PERFECT | kind::PROSPECT) != 0
            || (k & kind::NOT_PAST == 0 && regular_past(w)))
}

/// Whether a word of a verb group may stand between a plan and the `undo` verb after it:
/// an auxiliary or adverb ("was", "has been", "later", "abruptly"), not "to" (a plan to
/// undo it: "is to be postponed").
fn in_group(w: &str) -> bool {
    w != "to" && (kinds_of(w) & (kind::AUX | kind::INSIDE) != 0 || w.ends_with("ly"))
}

/// Whether an `undo` verb after the plan, in `after` (the sentence's words after the
/// expression), undoes it: the verb group its noun group is the subject of, done ("A summit
/// set for May was cancelled", "The vote, originally set for March, has been postponed", "was
/// set for May but was called off"). Only the rest of the noun group may come first, and a
/// comma, "and" or "but" only right before that verb group: "the final is set for Sunday, the
/// semifinal was postponed" undoes no Sunday. A `negation` word in the verb group ("has not
/// been delayed", "was never postponed") undoes nothing.
fn undone_after(after: &[Cow<str>]) -> bool {
    // Whether the verb group has started (a comma, "and", "but" or an auxiliary), whether it
    // holds a word of its own yet, and whether it is done: an auxiliary of its own, or a
    // conjunction before it (its auxiliary is the plan's: "was set for May but called off").
    let (mut group, mut inside, mut done) = (false, false, false);
    for (i, w) in after.iter().enumerate().take(MAX_REACH_WORDS + 4) {
        if undo_at(after, i) > 0 {
            return done;
        }
        let k = kinds_of(w);
        if w == "," || w == "and" || w == "but" {
            // Only before the verb group (", was postponed", ", and was postponed").
            if inside {
                return false;
            }
            group = true;
            done |= w != ",";
        } else if in_group(w) {
            // "has not been delayed", "was never postponed": the plan stands.
            if k & kind::NEGATION != 0 {
                return false;
            }
            group = true;
            inside = true;
            done |= k & kind::AUX != 0 && w != "be" && w != "being";
        } else if group || k & (kind::STRONG | kind::WEAK) != 0 || verb(w) || i >= MAX_REACH_WORDS {
            return false;
        }
    }
    false
}

/// Whether an `undo` verb before the plan word, in `before` (the sentence's words up to the
/// plan word, at `p`), undoes it: the plan is its object ("cancelled a summit set for May",
/// "postponed the vote, scheduled for June"), a noun group with no boundary nor verb between.
fn undone_before(before: &[Cow<str>], p: usize) -> bool {
    (p.saturating_sub(MAX_REACH_WORDS + 1)..p).any(|u| {
        let n = undo_at(before, u);
        n > 0
            && is(before.get(u + n), kind::DET)
            && (u + n..p).all(|j| {
                before.get(j).is_some_and(|w| {
                    let boundary = kinds_of(w) & (kind::STRONG | kind::WEAK) != 0;
                    !verb(w) && (!boundary || (w == "," && j + 1 == p))
                })
            })
    })
}

/// Whether the time expression at bytes `at..end`, in the clause from byte `clause_start`, in
/// the sentence at bytes `sentence`, is the date of a plan the text says was overtaken (see
/// the module doc): a `former` word before its plan word, or an `undo` verb acting on that
/// plan, as its subject's verb or with the plan as its object; an undo elsewhere in the
/// sentence ("Rain delayed the start, but the final is set for Tuesday") leaves the plan's
/// tense alone.
pub fn overtaken(
    text: &str,
    clause_start: usize,
    (at, end): (usize, usize),
    sentence: (usize, usize),
) -> bool {
    let plan = |w: &Cow<str>| {
        let k = kinds_of(w);
        k & kind::SCHEDULE != 0 || (k & kind::PROSPECT != 0 && k & kind::AUX == 0)
    };
    // Most expressions have no plan word among the last words before them: answered from
    // those words alone, without the clause's others (time: once per expression).
    let from = clause_start.max(sentence.0);
    if !last_words(text, from, at, MAX_PLAN_WORDS + 1)
        .iter()
        .any(&plan)
    {
        return false;
    }
    let before = words(text, from, at);
    let Some(p) = before
        .iter()
        .rev()
        .take(MAX_PLAN_WORDS + 1)
        .position(&plan)
        .map(|back| before.len() - 1 - back)
    else {
        return false;
    };
    // "originally set for", "was initially scheduled for", "had first been slated for".
    let former = (1..=2).any(|k| {
        p.checked_sub(k)
            .is_some_and(|j| is(before.get(j), kind::FORMER))
    });
    if former {
        return true;
    }
    let after = words(text, end, sentence.1);
    // The plan word's place among the sentence's words from its start.
    let whole = words(text, sentence.0, at);
    let p_whole = whole.len() - (before.len() - p);
    undone_after(&after) || undone_before(&whole, p_whole)
}

/// Whether the time expression at byte `at` (in the clause from byte `clause_start`) is the
/// new date of a postponement: right after "until", "till" or "to" that follows an `undo`
/// word within [`MAX_UNDO_WORDS`] words ("was postponed until June", "delayed the vote to 12
/// May").
pub fn postponed_to(text: &str, clause_start: usize, at: usize) -> bool {
    // The last word first: the clause's others only where it is "to" or a `forward` word.
    let to = |w: &Cow<str>| w == "to" || kinds_of(w) & kind::FORWARD != 0;
    if !last_words(text, clause_start, at, 1)
        .first()
        .is_some_and(&to)
    {
        return false;
    }
    let before = words(text, clause_start, at);
    let Some(last) = before.last() else {
        return false;
    };
    if !to(last) {
        return false;
    }
    let last = before.len() - 1;
    (last.saturating_sub(MAX_UNDO_WORDS + 2)..last).any(|i| undo_at(&before, i) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(text: &str, date: &str) -> bool {
        let at = text.find(date).unwrap_or(0);
        overtaken(text, 0, (at, at + date.len()), (0, text.len()))
    }

    #[test]
    fn a_former_or_undone_plan_is_overtaken() {
        assert!(plan(
            "The ballot, originally set for 9 June, was moved.",
            "9 June"
        ));
        assert!(plan("The fair was initially scheduled for May.", "May"));
        assert!(plan(
            "A tasting slated for Friday was later cancelled.",
            "Friday"
        ));
        assert!(plan("The council postponed a ballot set for June.", "June"));
        assert!(!plan(
            "A summit set for April will be held in Bergen.",
            "April"
        ));
        assert!(!plan(
            "The vote is set for 9 June but could be postponed.",
            "9 June"
        ));
        assert!(!plan("The firm first opened in May.", "May"));
    }

    #[test]
    fn the_last_words_are_the_tail_of_the_words() {
        let t = "The ÉLAN vote, set (again) for May - was re-scheduled’d: 12 o'clock… ok";
        for from in 0..t.len() {
            for to in from..=t.len() {
                if !t.is_char_boundary(from) || !t.is_char_boundary(to) {
                    continue;
                }
                let all = words(t, from, to);
                for n in 0..8 {
                    let tail = &all[all.len().saturating_sub(n)..];
                    assert_eq!(last_words(t, from, to, n), tail, "{from}..{to} n={n}");
                }
            }
        }
    }

    #[test]
    fn the_new_date_of_a_postponement_follows_its_verb() {
        let t = "The opening was postponed until June.";
        assert!(postponed_to(t, 0, t.find("June").unwrap_or(0)));
        let t = "The club delayed the final vote to 12 May.";
        assert!(postponed_to(t, 0, t.find("12 May").unwrap_or(0)));
        let t = "The opening stayed open until June.";
        assert!(!postponed_to(t, 0, t.find("June").unwrap_or(0)));
    }
}
