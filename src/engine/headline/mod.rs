//! Event labels from clauses, in present-tense headline style:
//! "Olaf Scholz will meet Xi Jinping" → "Scholz meets Xi"; "Lind discussed the
//! tariffs in a phone call with Tanaka" → "Lind discusses tariffs in phone call
//! with Tanaka";
//! "The trader was sanctioned by the treasury" → "Treasury sanctions trader".
//!
//! Input: one [`Clause`] and what the engine knows about its words (mentions,
//! entities, resolved pronouns, time expressions). Output: a [`Headline`]
//! (label and participating entities, agent first), or `None` when the clause
//! gives fewer than three words. People are named by surname, pronouns by the
//! entity they were resolved to, articles are dropped, and the label stops at
//! the first time expression or comma after the verb.

mod complement;
mod forms;
mod names;
mod sources;
mod subject;
mod verb_head;
mod voice;

pub use forms::{bare_auxiliary, is_function, present};
pub use names::{short_name, surname};
pub use sources::Sources;

use std::borrow::Cow;

use super::clause::{Clause, Group, Modal};
use super::model::{Label, Role};
use super::pos::{Upos, Word};
use super::roles;
use complement::{complement_end, infinitive_after};
use subject::set_off_person;
use verb_head::without_acronym_head;

/// Longest label, in words.
const MAX_WORDS: usize = 12;

/// A clause's label and the entities taking part (agent first, no values).
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub label: String,
    pub participants: Vec<usize>,
    /// Roles of participants the clause's grammar states ([`super::roles`]).
    pub roles: Vec<(usize, Role)>,
}

/// The headline of clause `c`; `None` under three words.
pub fn of_clause(src: &Sources, c: &Clause) -> Option<Headline> {
    let fixed = without_acronym_head(src, &c.verb);
    let v = fixed.as_ref().unwrap_or(&c.verb);
    let mut parts: Vec<usize> = Vec::new();
    // Passive with an agent: "X was sanctioned by Y" → "Y sanctions X"; a bare participle
    // too ("... and charged by police", "the mill, bought by Norvik": `voice.rs`).
    let bare = voice::bare_passive(src, c, v);
    if bare.as_ref().is_some_and(|b| b.lost) {
        return None;
    }
    let agent = v
        .passive
        .then(|| {
            c.preps()
                .iter()
                .find(|p| src.text(p.prep().0, p.prep().1).eq_ignore_ascii_case("by"))
        })
        .flatten()
        .or(bare.as_ref().map(|b| b.agent));
    let patient = bare.and_then(|b| b.subject).or(c.subject.as_ref());
    let (subject, mut objects): (Option<&Group>, Vec<&Group>) = match agent {
        Some(p) => (Some(&p.object), patient.into_iter().collect()),
        None => (
            c.subject.as_ref().or_else(|| voice::gerund_subject(src, c)),
            c.objects().iter().collect(),
        ),
    };
    // A headline needs a subject, and not a time expression ("last year came ...").
    let mut s = subject.filter(|g| !src.in_timex(g.span(src.words).0, g.span(src.words).0 + 1))?;
    // "Minister of Fisheries Lotte Hansvik will meet ...": a title whose "of" phrase ends in
    // the person's name right before the verb names the person.
    if agent.is_none() && src.entity_of_head(s).is_none() {
        let titled = c.preps().iter().find(|p| {
            p.prep().0 >= s.span(src.words).1
                && p.span(src.words).1 <= v.span(src.words).0
                && src.text(s.span(src.words).1, p.prep().0).trim().is_empty()
                && src.text(p.prep().0, p.prep().1).eq_ignore_ascii_case("of")
                && src
                    .text(p.span(src.words).1, v.span(src.words).0)
                    .chars()
                    .all(char::is_whitespace)
                && src
                    .entity_of_head(&p.object)
                    .and_then(|e| src.merged.entities.get(e))
                    .is_some_and(|e| e.label == Label::Person)
        });
        if let Some(p) = titled {
            s = &p.object;
        }
    }
    // An auxiliary alone ("ministers have, since the spring, voiced"): the next clause says it.
    if bare_auxiliary(src.words, c) {
        return None;
    }
    // Borrowed where a word is the text, a lemma or a fixed word as it stands (no heap block
    // each): most words of a label.
    let mut words: Vec<Cow<str>> = Vec::new();
    // "its chief executive, Thomas Ellery, will step down": the person set off between the
    // subject and the verb names the subject.
    let set_off = agent
        .is_none()
        .then(|| set_off_person(src, s.span(src.words).1, v.span(src.words).0))
        .flatten();
    let t = match set_off {
        Some(e) => {
            if !parts.contains(&e) {
                parts.push(e);
            }
            src.merged
                .entities
                .get(e)
                .map_or_else(String::new, |ent| short_name(ent).to_string())
        }
        None => src.group_text(s, &mut parts),
    };
    if !t.is_empty() {
        words.push(t.into());
    }
    let plural = set_off.is_none() && src.plural(Some(s));
    let head = &src.words.at(v.head());
    let head_text = src.text(head.start(), head.end());
    let hedge = v.modality().iter().find_map(|m| match m {
        Modal::May => Some("may"),
        Modal::Might => Some("might"),
        Modal::Could => Some("could"),
        Modal::Likely => Some("likely"),
        Modal::Reportedly | Modal::Believed => Some("reportedly"),
        Modal::Allegedly => Some("allegedly"),
        _ => None,
    });
    let base_form = matches!(hedge, Some("may" | "might" | "could"));
    if let Some(h) = hedge {
        words.push(h.into());
    }
    words.extend(voice::near_miss(src, v).map(Cow::from));
    // "was seen transferring cargo": a chain opened by a participle after "be" is passive too
    // ("seen transferring", not "sees transferring").
    let first_full = v.words().find(|&j| src.words.upos(j) == Upos::Verb);
    let chain_passive = !v.chain().is_empty()
        && first_full.is_some_and(|f| {
            use super::clause::verb::{is_past_form, lemma};
            let lower = |j: usize| {
                let w = &src.words.at(j);
                src.text(w.start(), w.end()).to_lowercase()
            };
            is_past_form(&lower(f), true)
                && (v.words().start..f)
                    .any(|j| src.words.upos(j) == Upos::Aux && lemma(&lower(j)) == "be")
        });
    if (v.passive || chain_passive) && agent.is_none() {
        // Headline passive: "Owner sanctioned", "Tanker seen transferring cargo".
        if v.negated {
            words.push("not".into());
        }
        match first_full.filter(|_| chain_passive) {
            Some(f) => {
                for w in src.words.range(f..v.words().end) {
                    if w.upos != Upos::Adv {
                        words.push(src.text(w.start(), w.end()).into());
                    }
                }
            }
            None => words.push(head_text.into()),
        }
    } else {
        let lemma = v.chain().first().unwrap_or(&v.lemma);
        if v.negated {
            words.push(
                if base_form {
                    "not"
                } else if plural {
                    "do not"
                } else {
                    "does not"
                }
                .into(),
            );
            words.push(lemma.as_str().into());
        } else if base_form {
            words.push(lemma.as_str().into());
        } else {
            words.push(present(lemma, plural).into());
        }
        if !v.chain().is_empty() {
            // "stopped providing", "decided to declassify": the rest as written.
            let first_full = v
                .words()
                .find(|&j| v.is_full(src.words, j))
                .unwrap_or(v.head());
            for j in first_full + 1..v.words().end {
                let w = &src.words.at(j);
                if w.upos != Upos::Adv {
                    words.push(src.text(w.start(), w.end()).into());
                }
            }
        }
    }
    // Manner adverbs right after a full verb ("rose sharply", "grew slowly"): part of what
    // happened, so they stay in the headline ("Exports rise sharply").
    let mut at = v.span(src.words).1;
    // "would step down as chairman": the particle of a phrasal verb ("steps down").
    let from = src.words.partition_point(|w| w.start() < at);
    if let Some(w) = src.words.from(from).next() {
        let t = src.text(w.start(), w.end());
        let particles = &super::lexicon::words::words().verb_particles;
        if matches!(w.upos, Upos::Adv | Upos::Part | Upos::Adp)
            && particles.iter().any(|p| t.eq_ignore_ascii_case(p))
            && !objects.iter().any(|g| g.span(src.words).0 == w.start())
            && !c.preps().iter().any(|p| p.prep().0 == w.start())
        {
            words.push(t.into());
            at = w.end();
        }
    }
    if agent.is_none() && v.lemma != "be" {
        let from = src.words.partition_point(|w| w.start() < at);
        for w in src.words.from(from).take(2) {
            let t = src.text(w.start(), w.end());
            let manner = t.len() > 4 && t.ends_with("ly") && !t.eq_ignore_ascii_case("only");
            if w.upos != Upos::Adv || !manner || src.in_timex(w.start(), w.end()) {
                break;
            }
            words.push(t.into());
            at = w.end();
        }
    }
    let verb_end = words.len();
    // Objects and prepositional phrases after the verb, in text order, while contiguous.
    let mut items: Vec<(usize, usize, Option<usize>, &Group)> = Vec::new();
    if agent.is_none() {
        for g in &objects {
            items.push((g.span(src.words).0, g.span(src.words).1, None, g));
        }
    } else {
        objects.clear();
    }
    for (k, p) in c.preps().iter().enumerate() {
        if Some(p) != agent && p.prep().0 > v.span(src.words).0 {
            items.push((p.prep().0, p.span(src.words).1, Some(k), &p.object));
        }
    }
    crate::sort::sort_by_key(&mut items, |x| x.0);
    // "spoke with his Russian counterpart, Sergei Lavrov,": the clause stage reads the name
    // in apposition as a second phrase of the same preposition; the headline names the person.
    let mut k = 0;
    while k + 1 < items.len() {
        let (a, b) = (&items[k], &items[k + 1]);
        let same_prep =
            matches!((a.2, b.2), (Some(x), Some(y)) if c.preps()[x].prep == c.preps()[y].prep);
        let person = |g: &Group| {
            src.entity_of_head(g)
                .and_then(|e| src.merged.entities.get(e))
                .is_some_and(|e| e.label == Label::Person)
        };
        if same_prep && src.entity_of_head(a.3).is_none() && person(b.3) {
            items[k] = (a.0, b.1, a.2, b.3);
            items.remove(k + 1);
        }
        k += 1;
    }
    if agent.is_some() {
        // Passive with agent: the old subject is the object, then what follows the verb.
        if let Some(s) = c.subject.as_ref() {
            words.push(src.group_text(s, &mut parts).into());
        }
    }
    for (start, end, prep, g) in items {
        if start < at {
            continue;
        }
        // Contiguous: only a conjunction between (no time expression, comma or other words).
        let from = src.words.partition_point(|w| w.start() < at);
        let gap: Vec<Word> = src
            .words
            .from(from)
            .take_while(|w| w.end() <= start)
            .collect();
        // An adverb right after the verb is passed over ("would run again for mayor"), not
        // written; between two phrases it ends the label ("to Oslo ahead of the summit").
        let first = words.len() == verb_end;
        let gap_ok = gap.iter().all(|w| {
            w.upos == Upos::Cconj
                || (w.upos == Upos::Punct && src.text(w.start(), w.end()) != ",")
                || (first && w.upos == Upos::Adv && !src.in_timex(w.start(), w.end()))
        });
        if !gap_ok {
            break;
        }
        // "released in December 2020 for lack of evidence": in a label still under three
        // words, a phrase that is all time expression is passed over; the label goes on with
        // what follows it.
        if src.in_timex(g.span(src.words).0, g.span(src.words).0 + 1) {
            let whole = src.in_timex(g.span(src.words).1.saturating_sub(1), g.span(src.words).1);
            let short = words
                .iter()
                .map(|w| w.split_whitespace().count())
                .sum::<usize>()
                < 3;
            if prep.is_some() && whole && gap.iter().all(|w| w.upos == Upos::Adv) && short {
                at = end;
                continue;
            }
            break;
        }
        let t = src.group_text(g, &mut parts);
        let count = |ws: &[Cow<str>]| {
            ws.iter()
                .map(|w| w.split_whitespace().count())
                .sum::<usize>()
        };
        if t.is_empty() || count(&words) + t.split_whitespace().count() + 1 > MAX_WORDS {
            break;
        }
        // "microchips and machine tools": the conjunction between two phrases stays.
        if let Some(w) = gap.iter().find(|w| w.upos == Upos::Cconj) {
            if words.len() > verb_end {
                words.push(src.text(w.start(), w.end()).to_lowercase().into());
            }
        }
        if let Some(k) = prep {
            let p = &c.preps()[k];
            words.push(src.text(p.prep().0, p.prep().1).to_lowercase().into());
        }
        let together = prep.is_none() && start == at && words.len() > verb_end;
        match words.last_mut() {
            // Two phrases written together ("US$" + "1.7 million") stay together.
            Some(last) if together => last.to_mut().push_str(&t),
            _ => words.push(t.into()),
        }
        at = src.name_end(g).map_or(end, |e| e.max(end));
        // "a 6% fall", "9% since January": a symbol written against the phrase ("6" + "%")
        // belongs to it.
        let next = src.words.partition_point(|w| w.start() < at);
        if let (Some(w), Some(last)) = (src.words.get(next), words.last_mut()) {
            let against = src
                .doc
                .text
                .get(..at)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|c| !c.is_whitespace());
            if w.upos == Upos::Sym && w.start() == at && against {
                last.to_mut().push_str(src.text(w.start(), w.end()));
                at = w.end();
            }
        }
    }
    let copula = v.lemma == "be" && v.chain().is_empty();
    let infinitive = (!copula && words.len() == verb_end)
        .then(|| infinitive_after(src, c))
        .flatten();
    if copula && words.len() == verb_end || infinitive.is_some() {
        // Copula: "X is critical to ...": the complement as written, up to a comma or timex,
        // ending on a content word ("is due to travel to Shanghai", never "... travel to");
        // so is an infinitive completing a verb ("agreed last Friday to buy X").
        let mut complete = words.len();
        let (from, end) = match &infinitive {
            Some(r) => (r.start, r.end),
            None => (v.words().end, complement_end(src, c)),
        };
        for w in src.words.range(from..end) {
            let t = src.text(w.start(), w.end());
            // Emoji and flags are no words of a headline ("to Denmark 🇩🇰 on Tuesday").
            if crate::engine::text::is_pictograph(t) {
                continue;
            }
            if w.upos == Upos::Punct || src.in_timex(w.start(), w.end()) || words.len() >= MAX_WORDS
            {
                break;
            }
            words.push(t.into());
            if !is_function(w.upos) {
                complete = words.len();
            }
        }
        words.truncate(complete);
    }
    // Other entities of the clause (and of an infinitive completing it) take part too.
    let i = src
        .mentions
        .partition_point(|m| m.start < c.span(src.words).0);
    let last = infinitive
        .and_then(|r| src.words.get(r.end - 1))
        .map_or(c.span(src.words).1, |w| w.end());
    for (k, m) in src.mentions.iter().enumerate().skip(i) {
        if m.start >= last {
            break;
        }
        if !m.label.is_value() {
            if let Some(&e) = src.merged.mention_entity.get(k) {
                if !parts.contains(&e) {
                    parts.push(e);
                }
            }
        }
    }
    let label = words.join(" ");
    let n = label.split_whitespace().count();
    if n < 3 {
        return None;
    }
    let roles = roles::assign(src.doc.text, src.words, c, agent, |g| {
        let e = src.entity_of_head(g)?;
        Some((e, src.merged.entities.get(e)?.label))
    });
    for &(e, _) in &roles {
        if !parts.contains(&e) {
            parts.push(e);
        }
    }
    let mut cs = label.chars();
    let label = match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => label,
    };
    Some(Headline {
        label,
        participants: parts,
        roles,
    })
}

#[cfg(test)]
mod tests;
