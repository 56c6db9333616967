//! Noun and verb groups of one sentence, chunked from the part-of-speech tags (with the
//! repairs of [`super::repair`]).
//!
//! Input: the document, its tagged words and one sentence's word range. Output: groups as
//! (kind, word range) in text order; word ranges index the tagged words.

use super::{is, lower, repair, verb, words, Chunk, MAX_CONJUNCT};
use crate::engine::pos::{Upos, Words};
use crate::engine::text::Doc;
use std::ops::Range;

/// Is `t` a capitalised word hyphened to a participle ("Yerevan-based", "Panama-flagged")?
fn hyphened_place(t: &str) -> bool {
    t.starts_with(|c: char| c.is_uppercase())
        && t.ends_with("ed")
        && t.rsplit_once('-')
            .is_some_and(|(a, b)| !a.is_empty() && b.len() > 2)
}

/// Chunk the words of one sentence into noun and verb groups.
pub(super) fn chunk(doc: &Doc, words: &Words, range: Range<usize>) -> Vec<(Chunk, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = range.start;
    let end = range.end;
    let verbless = repair::verbless_verb(doc, words, range.clone())
        .or_else(|| repair::complement_verb(doc, words, range.clone()));
    // "Uniper, which is owned by X, bought liquefied gas": an irregular past
    // form the tagger took for a noun right after the comma closing a
    // relative clause or apposition is the main verb.
    let past_after_comma = |j: usize| {
        words.upos(j) == Upos::Noun
            && j > range.start
            && is(doc, &words.at(j - 1), &[","])
            && {
                // Lower-cased only here: the tests before are cheaper and rarely pass.
                let t = lower(doc, &words.at(j));
                !t.ends_with("ed") && verb::is_past_form(&t, false)
            }
            && words.get(j + 1).is_some_and(|n| {
                doc.text[n.start()..n.end()].starts_with(|c: char| c.is_ascii_lowercase())
            })
    };
    let repaired = |j: usize| {
        Some(j) == verbless
            || past_after_comma(j)
            || repair::verb_after_adverb(doc, words, range.start, j)
    };
    // "the United States": a title-case word the tagger took for a verb between
    // a determiner and a name is part of the name.
    let in_name = |j: usize| {
        j > range.start
            && words.upos(j - 1) == Upos::Det
            && words.get(j + 1).is_some_and(|n| n.upos == Upos::Propn)
            && doc.text[words.at(j).start()..words.at(j).end()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    // "provides advanced chips", "sold used cars": a participle after a full
    // verb and before a noun modifies the noun.
    // "in addition to turbojet engines": a verb form other than a gerund after a
    // (non-subordinating) preposition and before a noun modifies the noun too.
    // "shipped drones and spare parts": so does a bare form after "and" when
    // the verb before is a simple past (a coordinated verb would agree with it).
    let modifier = |j: usize| {
        if words.upos(j) != Upos::Verb {
            return false;
        }
        // "to Yerevan-based Arax Trading", "Texas-based Lanterra said": a capitalised
        // hyphenated "-based"/"-flagged" word before a noun or a name modifies it wherever it
        // stands.
        if words
            .get(j + 1)
            .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Propn))
            && j + 1 < end
            && hyphened_place(&doc.text[words.at(j).start()..words.at(j).end()])
        {
            return true;
        }
        // Only a verb after the sentence's first word and before a noun is one (tested first:
        // this runs for most words, and the text tests below are dearer).
        if words.upos(j) != Upos::Verb
            || j <= range.start
            || j + 1 >= end
            || words.upos(j + 1) != Upos::Noun
        {
            return false;
        }
        let t = &doc.text[words.at(j).start()..words.at(j).end()];
        let bare = !t.ends_with("ing") && !t.ends_with('s') && !t.ends_with("ed");
        let after_past = || {
            (range.start.max(j.saturating_sub(MAX_CONJUNCT))..j)
                .rev()
                .find(|&k| matches!(words.upos(k), Upos::Verb | Upos::Aux))
                .is_some_and(|k| {
                    words.upos(k) == Upos::Verb
                        && verb::is_past_form(&lower(doc, &words.at(k)), false)
                })
        };
        // "its Cyprus-based owner", "a Panama-flagged tanker": a hyphenated participle opening
        // with a capital (a place or body) after a determiner or possessive and before a noun
        // modifies the noun.
        let hyphenated = j > range.start
            && t.contains('-')
            && t.starts_with(|c: char| c.is_uppercase())
            && t.ends_with("ed")
            && matches!(words.upos(j - 1), Upos::Det | Upos::Pron);
        // "bought eight armoured vehicles", "the guided missiles", "its refurbished trucks": an
        // "-ed" word after an article, a possessive or a number inside a phrase (after a verb,
        // preposition or determiner) and before a noun modifies the noun; the tagger read
        // "armoured" as the verb of a clause of its own, and the purchase lost its goods.
        let after_opener = || {
            let k = j - 1;
            let w = &words.at(k);
            match words.upos(k) {
                Upos::Det => is(doc, w, &words::lists().modifier_openers),
                Upos::Pron => is(doc, w, &words::lists().possessive),
                Upos::Num => {
                    k > range.start
                        && matches!(words.upos(k - 1), Upos::Verb | Upos::Adp | Upos::Det)
                }
                _ => false,
            }
        };
        // "the managing director", "its growing debt": an "-ing" word there too, though not
        // after "her", which may be an object ("saw her leaving office").
        let gerund_after_opener =
            || t.ends_with("ing") && !is(doc, &words.at(j - 1), &["her"]) && after_opener();
        hyphenated
            || (t.ends_with("ed") && after_opener())
            || gerund_after_opener()
            || (matches!(words.upos(j - 1), Upos::Verb | Upos::Noun)
                && t.ends_with("ed")
                && (words.upos(j - 1) == Upos::Verb || past_after_comma(j - 1)))
            || (words.upos(j - 1) == Upos::Adp
                && !is(doc, &words.at(j - 1), &words::lists().subordinating)
                && !t.ends_with("ing"))
            || (words.upos(j - 1) == Upos::Cconj && bare && after_past())
    };
    // "Exports fell", "Prices rose": a capitalised plural the tagger took for a
    // verb, first in the sentence and right before a verb, is the subject.
    let initial_noun = |j: usize| {
        let t = &doc.text[words.at(j).start()..words.at(j).end()];
        j == range.start
            && words.upos(j) == Upos::Verb
            && j + 1 < end
            && words.upos(j + 1) == Upos::Verb
            && t.ends_with('s')
            && t.chars().next().is_some_and(char::is_uppercase)
    };
    let verbal = |j: usize| {
        repaired(j)
            || matches!(words.upos(j), Upos::Verb | Upos::Aux)
                && !in_name(j)
                && !modifier(j)
                && !initial_noun(j)
                && !repair::currency_code(doc, words, j)
    };
    while i < end {
        let w = &words.at(i);
        // Verb groups: AUX/VERB runs with "not", "to" and adverbs inside.
        let starts_verb = verbal(i)
            || (w.upos == Upos::Part
                && is(doc, w, &["to"])
                && i + 1 < end
                && (verbal(i + 1) || words.upos(i + 1) == Upos::Adv));
        if starts_verb {
            let s = i;
            let mut last_verbal = i;
            let mut j = i + 1;
            while j < end {
                let x = &words.at(j);
                let inside = verbal(j)
                    || (x.upos == Upos::Part && is(doc, x, &["not", "n't", "n’t", "to"]))
                    || x.upos == Upos::Adv
                    || (x.upos == Upos::Adj && is(doc, x, &["likely", "unlikely"]));
                // "the wheat that Egypt used came from": a past tense that is no participle
                // right after a past full verb starts the next clause's verb group.
                let second_past = x.upos == Upos::Verb
                    && words.upos(last_verbal) == Upos::Verb
                    && verb::is_past_form(&lower(doc, &words.at(last_verbal)), false)
                    && verb::is_past_form(&lower(doc, x), false)
                    && !verb::is_past_form(&lower(doc, x), true);
                if !inside || second_past {
                    break;
                }
                if verbal(j) {
                    last_verbal = j;
                }
                j += 1;
            }
            if verbal(last_verbal) {
                out.push((Chunk::Verb, s..last_verbal + 1));
                i = last_verbal + 1;
            } else {
                i += 1;
            }
            continue;
        }
        let nominal = |u: Upos| matches!(u, Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron);
        let starts_noun = (matches!(
            w.upos,
            Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron
        ) || modifier(i)
            || initial_noun(i))
            && !is(doc, w, &words::lists().relative);
        let nameish = |j: usize| {
            matches!(words.upos(j), Upos::Verb | Upos::Aux)
                && j < end
                && (in_name(j) || modifier(j))
        };
        if starts_noun {
            let s = i;
            // "in a phone call with": after the singular noun of a prepositional
            // object, a bare verb form ("call", not "calls"/"called") continues
            // the noun ("after the firm sold" is a clause: a subordinator).
            let in_prep_object = s > range.start
                && words.upos(s - 1) == Upos::Adp
                && !is(doc, &words.at(s - 1), &words::lists().subordinating);
            let compound = |j: usize| {
                let t = &doc.text[words.at(j).start()..words.at(j).end()];
                in_prep_object
                    && words.upos(j) == Upos::Verb
                    && j > s
                    && words.upos(j - 1) == Upos::Noun
                    && !doc.text[words.at(j - 1).start()..words.at(j - 1).end()].ends_with('s')
                    && t.chars().all(|c| c.is_ascii_lowercase())
                    && !t.ends_with('s')
                    && !t.ends_with("ed")
                    && !t.ends_with("ing")
            };
            let mut head = None;
            let mut j = i;
            while j < end {
                let x = &words.at(j);
                let ok = !repaired(j)
                    && match x.upos {
                        Upos::Det => j == s || words.upos(j - 1) == Upos::Part,
                        Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num => {
                            // A pronoun ends its group unless it is a possessive determiner.
                            j == s
                                || words.upos(j - 1) != Upos::Pron
                                || is(doc, &words.at(j - 1), &words::lists().possessive)
                        }
                        Upos::Pron => j == s,
                        Upos::Verb | Upos::Aux => nameish(j) || compound(j) || initial_noun(j),
                        // "its most ambitious expansion", "a very large order"
                        Upos::Adv => {
                            j > s
                                && matches!(words.upos(j - 1), Upos::Det | Upos::Pron | Upos::Adj)
                                && words.get(j + 1).is_some_and(|n| n.upos == Upos::Adj)
                                && j + 1 < end
                        }
                        Upos::Part => {
                            is(doc, x, &["'s", "’s", "'"]) && head.is_some() && j + 1 < end
                        }
                        Upos::Punct => {
                            // "Smith & Wesson", "Rolls-Royce" (when split): inside names.
                            is(doc, x, &["&", "-"])
                                && words.upos(j - 1) == Upos::Propn
                                && j > s
                                && words.get(j + 1).is_some_and(|n| n.upos == Upos::Propn)
                        }
                        _ => false,
                    };
                if !ok {
                    break;
                }
                if nominal(x.upos) || compound(j) || initial_noun(j) {
                    head = Some(j);
                }
                j += 1;
            }
            // "A senior official said": a determiner, adjectives and then a verb;
            // "Germany bought": a capitalised word alone before a verb. The
            // tagger took the noun or name for an adjective.
            let capitalised = |k: usize| {
                doc.text[words.at(k).start()..words.at(k).end()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            if head.is_none()
                && ((j > s + 1 && words.upos(s) == Upos::Det) || (j == s + 1 && capitalised(s)))
                && words.upos(j - 1) == Upos::Adj
                && j < end
                && verbal(j)
            {
                head = Some(j - 1);
            }
            match head {
                Some(h) => {
                    // "the turbines Norland bought": a common noun and then a name
                    // right before a past verb are two groups, the name the verb's subject
                    // (a contact relative clause, or "the firm Huawei shipped").
                    let name_from = (s + 1..=h)
                        .rev()
                        .take_while(|&k| words.upos(k) == Upos::Propn)
                        .last();
                    let contact = name_from.filter(|&n| {
                        words.upos(n - 1) == Upos::Noun
                            && words.get(h + 1).is_some_and(|v| {
                                h + 1 < end
                                    && v.upos == Upos::Verb
                                    && verb::is_past_form(&lower(doc, &v), false)
                            })
                    });
                    if let Some(n) = contact {
                        out.push((Chunk::Noun, s..n));
                        out.push((Chunk::Noun, n..h + 1));
                    } else {
                        out.push((Chunk::Noun, s..h + 1));
                    }
                    i = h + 1;
                }
                None => i = j.max(i + 1),
            }
            continue;
        }
        i += 1;
    }
    out
}
