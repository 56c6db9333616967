//! Whether a clause tells a plan or an expectation, not a done event: "The minister will visit
//! Vilnius on Friday", "is due to meet", "plans to open", "is expected to resume", "is
//! scheduled to open", "is going to fly". Read from the clause stage's verb group: its future
//! tense ("will", "shall", "is going to"), a plan lemma chained in a present group ("is
//! expected to resume"), or a plan word right before the group's "to" ("plans to open", "is
//! due to meet") that is not told in the past ("was due to", "planned to": a plan of the past,
//! which may have been carried out or not). A simple "would" group is a plan told from the
//! past ("the ministry said it would publish", "the firm would open a centre in 2027") or a
//! condition, not a done event either ("would have opened" is neither, and stays as it was).
//! The plan lemmas are `[plans]` of `data/events/words.txt`.

use super::super::clause::verb::{is_past_form, lemma, Aspect, Modal};
use super::super::clause::{Clause, Tense};
use super::super::pos::Words;

/// Whether clause `c` (found in the tagged `words` of `text`) is a plan; see the module comment.
pub(super) fn planned(text: &str, words: &Words, c: &Clause) -> bool {
    let v = &c.verb;
    let plans = &super::words::lists().plans;
    match v.tense {
        Tense::Future => return true,
        Tense::Present if v.chain().iter().any(|l| plans.contains(&l.as_str())) => return true,
        Tense::Past => return false,
        _ => {}
    }
    let lower = |k: Option<usize>| {
        k.and_then(|k| words.get(k))
            .and_then(|w| text.get(w.start()..w.end()))
            .map(str::to_lowercase)
            .unwrap_or_default()
    };
    if v.tense == Tense::None
        && v.aspect == Aspect::Simple
        && v.modality().first() == Some(&Modal::Would)
    {
        // "he would later become", "would eventually win": a narrative's future in the past,
        // told as done.
        let told = (v.words().start..=v.words().end)
            .any(|k| matches!(lower(Some(k)).as_str(), "later" | "eventually"));
        return !told;
    }
    let first = v.words().start;
    if lower(Some(first)) != "to" {
        return false;
    }
    let word = lower(first.checked_sub(1));
    if !plans.contains(&lemma(&word).as_str()) {
        return false;
    }
    // "is scheduled to", "are set to": a participle after a present "be"; "planned to" alone
    // is a past plan.
    let aux = lower(first.checked_sub(2));
    let past_aux = matches!(aux.as_str(), "was" | "were" | "had" | "been");
    let present_aux = matches!(
        aux.as_str(),
        "is" | "are" | "am" | "'s" | "’s" | "'re" | "’re"
    );
    !past_aux && (!is_past_form(&word, true) || present_aux || word == "set")
}
