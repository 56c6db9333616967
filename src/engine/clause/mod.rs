//! Stage 1c: clauses from part-of-speech tags.
//!
//! Input: the document and its tagged words ([`crate::engine::pos::tag`]).
//! Output: `Vec<Clause>` in text order, each with its subject noun group, its
//! verb group (head lemma, tense, aspect, modality, negation, voice), its
//! objects and its prepositional complements. All spans are **byte offsets**
//! into the document text, end-exclusive; word indices point into the tagged
//! words. Clauses of one sentence do not overlap and cover its words from the
//! first clause's start on.
//!
//! How: noun groups and verb groups are chunked from the tags; a sentence is cut
//! before subordinators and relative pronouns, before a conjunction or comma that
//! starts a new verb group or subject + verb group, and before the subject of
//! a second finite verb ("officials said [the US believed ...]"). Each clause has
//! exactly one verb group. A relative clause's subject is its antecedent; a
//! coordinated verb without a subject shares the previous clause's.

mod args;
pub mod verb;

use super::pos::{Upos, Word};
use super::text::Doc;
use std::ops::Range;
use verb::verb_group;
pub use verb::{Aspect, Modal, Tense};

/// A noun group ("the Chinese firm", "three companies", "he").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Byte span in the document text.
    pub span: (usize, usize),
    /// Word indices (into the tagged words).
    pub words: Range<usize>,
    /// Index of the head word (the last noun, name, pronoun or number).
    pub head: usize,
}

/// A verb group ("had not provided", "will meet", "is believed to have supplied").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// Byte span in the document text.
    pub span: (usize, usize),
    pub words: Range<usize>,
    /// Index of the head word: the last full verb (or the last auxiliary of a copula).
    pub head: usize,
    /// Lemma of the head ("provide", "meet", "be").
    pub lemma: String,
    pub tense: Tense,
    pub aspect: Aspect,
    /// Modal verbs and hedges, in text order ("would", "likely", "is believed to").
    pub modality: Vec<Modal>,
    /// "not", "n't" or "never" in or right before the group.
    pub negated: bool,
    /// be/get + past participle: "was sanctioned".
    pub passive: bool,
    /// Lemmas of full verbs before the head ("stop" of "stopped providing").
    pub chain: Vec<String>,
}

impl VerbGroup {
    /// Whether a modal or hedge makes the clause uncertain.
    pub fn hedged(&self) -> bool {
        self.modality.iter().any(|m| m.is_hedge())
    }
}

/// A prepositional complement: "to Russia", "with satellite imagery".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepPhrase {
    /// Byte span of the preposition.
    pub prep: (usize, usize),
    /// Byte span of its noun group.
    pub span: (usize, usize),
    /// Its noun group.
    pub object: Group,
}

/// Where a clause's subject comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectSource {
    /// Written in the clause.
    Own,
    /// The antecedent of a relative pronoun ("the firm that supplied ...").
    Antecedent,
    /// Shared with the previous clause ("China sold X and shipped Y").
    Shared,
}

/// One clause: a verb group and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Byte span in the document text.
    pub span: (usize, usize),
    pub words: Range<usize>,
    /// Index of the sentence ([`crate::engine::text::Sentence`]).
    pub sentence: usize,
    pub subject: Option<Group>,
    pub subject_source: SubjectSource,
    pub verb: VerbGroup,
    /// Noun groups after the verb that are not in a prepositional phrase.
    pub objects: Vec<Group>,
    pub preps: Vec<PrepPhrase>,
}

/// The clause whose span contains byte offset `byte` (clauses in text order).
pub fn containing(clauses: &[Clause], byte: usize) -> Option<&Clause> {
    let i = clauses.partition_point(|c| c.span.1 <= byte);
    clauses
        .get(i)
        .filter(|c| c.span.0 <= byte && byte < c.span.1)
}

fn is(doc: &Doc, w: &Word, forms: &[&str]) -> bool {
    let t = &doc.text[w.start..w.end];
    forms.iter().any(|f| t.eq_ignore_ascii_case(f))
}

fn lower(doc: &Doc, w: &Word) -> String {
    doc.text[w.start..w.end].to_lowercase().replace('’', "'")
}

const NEGATION: &[&str] = &["not", "n't", "n’t", "never"];
const RELATIVE: &[&str] = &["who", "which", "whom", "whose"];
/// Prepositions that also introduce clauses ("after Biden raised ...").
const SUBORDINATING: &[&str] = &["after", "before", "since", "until", "as", "once"];
/// Farthest a coordinated word looks back for the verb it would agree with (words).
const MAX_CONJUNCT: usize = 12;
/// Longest apposition between a name and its verb group (words).
const MAX_APPOSITION: usize = 20;
const POSSESSIVE: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Noun,
    Verb,
}

/// Chunk the words of one sentence into noun and verb groups.
fn chunk(doc: &Doc, words: &[Word], range: Range<usize>) -> Vec<(Chunk, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = range.start;
    let end = range.end;
    let verbless = verbless_verb(doc, words, range.clone());
    // "Uniper, which is owned by X, bought liquefied gas": an irregular past
    // form the tagger took for a noun right after the comma closing a
    // relative clause or apposition is the main verb.
    let past_after_comma = |j: usize| {
        let t = lower(doc, &words[j]);
        words[j].upos == Upos::Noun
            && j > range.start
            && is(doc, &words[j - 1], &[","])
            && !t.ends_with("ed")
            && verb::is_past_form(&t, false)
            && words.get(j + 1).is_some_and(|n| {
                doc.text[n.start..n.end].starts_with(|c: char| c.is_ascii_lowercase())
            })
    };
    let repaired = |j: usize| Some(j) == verbless || past_after_comma(j);
    // "the United States": a title-case word the tagger took for a verb between
    // a determiner and a name is part of the name.
    let in_name = |j: usize| {
        j > range.start
            && words[j - 1].upos == Upos::Det
            && words.get(j + 1).is_some_and(|n| n.upos == Upos::Propn)
            && doc.text[words[j].start..words[j].end]
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
        let t = &doc.text[words[j].start..words[j].end];
        let bare = !t.ends_with("ing") && !t.ends_with('s') && !t.ends_with("ed");
        let after_past = || {
            (range.start.max(j.saturating_sub(MAX_CONJUNCT))..j)
                .rev()
                .find(|&k| matches!(words[k].upos, Upos::Verb | Upos::Aux))
                .is_some_and(|k| {
                    words[k].upos == Upos::Verb && verb::is_past_form(&lower(doc, &words[k]), false)
                })
        };
        words[j].upos == Upos::Verb
            && j > range.start
            && ((matches!(words[j - 1].upos, Upos::Verb | Upos::Noun)
                && t.ends_with("ed")
                && (words[j - 1].upos == Upos::Verb || past_after_comma(j - 1)))
                || (words[j - 1].upos == Upos::Adp
                    && !is(doc, &words[j - 1], SUBORDINATING)
                    && !t.ends_with("ing"))
                || (words[j - 1].upos == Upos::Cconj && bare && after_past()))
            && j + 1 < end
            && words[j + 1].upos == Upos::Noun
    };
    // "Exports fell", "Prices rose": a capitalised plural the tagger took for a
    // verb, first in the sentence and right before a verb, is the subject.
    let initial_noun = |j: usize| {
        let t = &doc.text[words[j].start..words[j].end];
        j == range.start
            && words[j].upos == Upos::Verb
            && j + 1 < end
            && words[j + 1].upos == Upos::Verb
            && t.ends_with('s')
            && t.chars().next().is_some_and(char::is_uppercase)
    };
    let verbal = |j: usize| {
        repaired(j)
            || matches!(words[j].upos, Upos::Verb | Upos::Aux)
                && !in_name(j)
                && !modifier(j)
                && !initial_noun(j)
    };
    while i < end {
        let w = &words[i];
        // Verb groups: AUX/VERB runs with "not", "to" and adverbs inside.
        let starts_verb = verbal(i)
            || (w.upos == Upos::Part
                && is(doc, w, &["to"])
                && i + 1 < end
                && (verbal(i + 1) || words[i + 1].upos == Upos::Adv));
        if starts_verb {
            let s = i;
            let mut last_verbal = i;
            let mut j = i + 1;
            while j < end {
                let x = &words[j];
                let inside = verbal(j)
                    || (x.upos == Upos::Part && is(doc, x, &["not", "n't", "n’t", "to"]))
                    || x.upos == Upos::Adv
                    || (x.upos == Upos::Adj && is(doc, x, &["likely", "unlikely"]));
                if !inside {
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
            && !is(doc, w, RELATIVE);
        let nameish = |j: usize| {
            matches!(words[j].upos, Upos::Verb | Upos::Aux)
                && j < end
                && (in_name(j) || modifier(j))
        };
        if starts_noun {
            let s = i;
            // "in a phone call with": after the singular noun of a prepositional
            // object, a bare verb form ("call", not "calls"/"called") continues
            // the noun ("after the firm sold" is a clause: a subordinator).
            let in_prep_object = s > range.start
                && words[s - 1].upos == Upos::Adp
                && !is(doc, &words[s - 1], SUBORDINATING);
            let compound = |j: usize| {
                let t = &doc.text[words[j].start..words[j].end];
                in_prep_object
                    && words[j].upos == Upos::Verb
                    && j > s
                    && words[j - 1].upos == Upos::Noun
                    && !doc.text[words[j - 1].start..words[j - 1].end].ends_with('s')
                    && t.chars().all(|c| c.is_ascii_lowercase())
                    && !t.ends_with('s')
                    && !t.ends_with("ed")
                    && !t.ends_with("ing")
            };
            let mut head = None;
            let mut j = i;
            while j < end {
                let x = &words[j];
                let ok = !repaired(j)
                    && match x.upos {
                        Upos::Det => j == s || words[j - 1].upos == Upos::Part,
                        Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num => {
                            // A pronoun ends its group unless it is a possessive determiner.
                            j == s
                                || words[j - 1].upos != Upos::Pron
                                || is(doc, &words[j - 1], POSSESSIVE)
                        }
                        Upos::Pron => j == s,
                        Upos::Verb | Upos::Aux => nameish(j) || compound(j) || initial_noun(j),
                        // "its most ambitious expansion", "a very large order"
                        Upos::Adv => {
                            j > s
                                && matches!(words[j - 1].upos, Upos::Det | Upos::Pron | Upos::Adj)
                                && words.get(j + 1).is_some_and(|n| n.upos == Upos::Adj)
                                && j + 1 < end
                        }
                        Upos::Part => {
                            is(doc, x, &["'s", "’s", "'"]) && head.is_some() && j + 1 < end
                        }
                        Upos::Punct => {
                            // "Smith & Wesson", "Rolls-Royce" (when split): inside names.
                            is(doc, x, &["&", "-"])
                                && words[j - 1].upos == Upos::Propn
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
                doc.text[words[k].start..words[k].end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            if head.is_none()
                && ((j > s + 1 && words[s].upos == Upos::Det) || (j == s + 1 && capitalised(s)))
                && words[j - 1].upos == Upos::Adj
                && j < end
                && verbal(j)
            {
                head = Some(j - 1);
            }
            match head {
                Some(h) => {
                    out.push((Chunk::Noun, s..h + 1));
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

/// "Tessaro Inc owns Brightline Labs", "The ministry on Friday blacklisted
/// Halden Capital": in a sentence the tagger gave no verb, the first lower-case
/// "-s" or "-ed" word tagged noun or adjective between a name or noun and a
/// determiner, name or number is its verb.
fn verbless_verb(doc: &Doc, words: &[Word], range: Range<usize>) -> Option<usize> {
    if range
        .clone()
        .any(|j| matches!(words[j].upos, Upos::Verb | Upos::Aux))
    {
        return None;
    }
    (range.start + 1..range.end.saturating_sub(1)).find(|&j| {
        let t = &doc.text[words[j].start..words[j].end];
        matches!(words[j].upos, Upos::Noun | Upos::Adj)
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && (t.ends_with("ed") || (t.ends_with('s') && !t.ends_with("ss")))
            && matches!(words[j - 1].upos, Upos::Propn | Upos::Noun)
            && matches!(words[j + 1].upos, Upos::Det | Upos::Propn | Upos::Num)
    })
}

/// "..., but ASML, the Dutch maker of lenses, has not shipped": when a comma
/// closes an apposition right before the verb group starting at word `v`, the
/// first word of the name it describes (a noun group ending in a name, right
/// before ", the/a ..."), after word `floor`. `chunks` are the groups before
/// the verb group.
fn appositive_subject(
    doc: &Doc,
    words: &[Word],
    chunks: &[(Chunk, Range<usize>)],
    v: usize,
    floor: usize,
) -> Option<usize> {
    let mut c = v;
    while c > floor && words[c - 1].upos == Upos::Adv {
        c -= 1;
    }
    if c < floor + 2 || !is(doc, &words[c - 1], &[","]) {
        return None;
    }
    let open = (floor + 1..c - 1)
        .rev()
        .take(MAX_APPOSITION)
        .find(|&k| is(doc, &words[k], &[","]) && words[k + 1].upos == Upos::Det)?;
    chunks
        .iter()
        .find(|(kind, r)| {
            *kind == Chunk::Noun
                && r.end == open
                && r.start >= floor
                && words[r.end - 1].upos == Upos::Propn
        })
        .map(|(_, r)| r.start)
}

fn group(words: &[Word], r: Range<usize>) -> Group {
    Group {
        span: (words[r.start].start, words[r.end - 1].end),
        head: r.end - 1,
        words: r,
    }
}

/// Split every sentence of `doc` into clauses. `words` are the tagged words of
/// [`crate::engine::pos::tag`]. Linear in the number of words.
pub fn find(doc: &Doc, words: &[Word]) -> Vec<Clause> {
    // Room for one clause per run of VERB/AUX words, about one per verb group (and so per
    // clause): reserved once, the vector seldom doubles, and never copies a whole document's
    // clauses into a new block (the wasm memory's high-water mark; issue 16.6). More clauses
    // than runs still fit: the vector then grows as usual.
    let verbal = |w: &Word| matches!(w.upos, Upos::Verb | Upos::Aux);
    let runs = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| verbal(w) && (i == 0 || !verbal(&words[i - 1])))
        .count();
    let mut out = Vec::with_capacity(runs);
    let mut w0 = 0usize;
    for (si, s) in doc.sentences.iter().enumerate() {
        let start = w0;
        while w0 < words.len() && (words[w0].token as usize) < s.tokens.end {
            w0 += 1;
        }
        sentence_clauses(doc, words, si, start..w0, &mut out);
    }
    out
}

fn sentence_clauses(
    doc: &Doc,
    words: &[Word],
    si: usize,
    range: Range<usize>,
    out: &mut Vec<Clause>,
) {
    if range.is_empty() {
        return;
    }
    let chunks = chunk(doc, words, range.clone());
    let finite = |r: &Range<usize>| {
        let v = verb_group(doc, words, r.clone(), r.start..r.start);
        v.tense != Tense::None || v.modality.iter().any(|m| !matches!(m, Modal::Likely))
    };
    // Clause starts: one per verb group.
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (first word, chunk index of its verb group)
    let mut prev_verb: Option<usize> = None;
    for (ci, (kind, r)) in chunks.iter().enumerate() {
        if *kind != Chunk::Verb {
            continue;
        }
        let Some(pv) = prev_verb else {
            starts.push((range.start, ci));
            prev_verb = Some(ci);
            continue;
        };
        let prev_end = chunks[pv].1.end;
        // The subject: a noun group right before the verb group (adverbs between).
        let subj = (ci > 0)
            .then(|| &chunks[ci - 1])
            .filter(|(k, nr)| {
                *k == Chunk::Noun
                    // "exporting chips and machine tools to help Russia": an
                    // infinitive's subject is only the object right after the
                    // previous verb ("urged Beijing to stop").
                    && (!is(doc, &words[r.start], &["to"])
                        || (ci >= 2
                            && chunks[ci - 2].0 == Chunk::Verb
                            && chunks[ci - 2].1.end == nr.start))
                    && nr.start >= prev_end
                    && (nr.end..r.start).all(|j| words[j].upos == Upos::Adv)
                    // "after Biden raised": the tagger's ADP is a subordinator here.
                    && (!(nr.start > range.start && words[nr.start - 1].upos == Upos::Adp)
                        || (is(doc, &words[nr.start - 1], SUBORDINATING) && finite(r)))
            })
            .map(|(_, nr)| nr.start)
            .or_else(|| appositive_subject(doc, words, &chunks[..ci], r.start, prev_end));
        let mut cut = subj.unwrap_or(r.start);
        // Move the cut back over a subordinator, relative pronoun, conjunction or comma.
        while cut > prev_end {
            let w = &words[cut - 1];
            let joiner = matches!(w.upos, Upos::Sconj | Upos::Cconj)
                || is(doc, w, RELATIVE)
                || (is(doc, w, &["that"]) && w.upos != Upos::Det)
                || is(doc, w, &[",", ";", ":", "—", "–"]);
            if !joiner {
                break;
            }
            cut -= 1;
        }
        starts.push((cut.max(prev_end), ci));
        prev_verb = Some(ci);
    }
    // Scratch lists, copied into each clause at their exact length: a vector grown by push
    // holds room for at least four (issue 16.6: a third of the clauses' memory was that room).
    let mut objects: Vec<Group> = Vec::new();
    let mut preps: Vec<PrepPhrase> = Vec::new();
    for (k, &(cs, ci)) in starts.iter().enumerate() {
        let ce = starts.get(k + 1).map_or(range.end, |n| n.0);
        let vr = chunks[ci].1.clone();
        // Hedges written right before the verb group count ("reportedly supplied").
        let before = cs.max(vr.start.saturating_sub(2))..vr.start;
        let mut verb = verb_group(doc, words, vr.clone(), before);
        let in_clause: Vec<&(Chunk, Range<usize>)> = chunks
            .iter()
            .filter(|(kind, r)| *kind == Chunk::Noun && r.start >= cs && r.end <= ce)
            .collect();
        let after_adp = |r: &Range<usize>| r.start > cs && words[r.start - 1].upos == Upos::Adp;
        let adjacent = |r: &Range<usize>| (r.end..vr.start).all(|j| words[j].upos == Upos::Adv);
        let mut subject = in_clause
            .iter()
            .rev()
            .find(|(_, r)| {
                r.end <= vr.start
                    && (!after_adp(r)
                        || (adjacent(r)
                            && verb.tense != Tense::None
                            && is(doc, &words[r.start - 1], SUBORDINATING)))
            })
            .map(|(_, r)| group(words, r.clone()));
        // Apposition: "Hikvision, a camera maker, ..." names the subject first.
        if let Some(g) = subject.clone() {
            let s0 = g.words.start;
            // The apposition is set off by commas on both sides, or is a
            // description after a name ("Norvik, a cable maker based in ...");
            // "Last week, Japan provided ..." is none.
            let closed = (g.words.end..vr.start).any(|j| is(doc, &words[j], &[","]));
            let described = words[s0].upos == Upos::Det;
            let before = (s0 >= 2 && is(doc, &words[s0 - 1], &[","]))
                .then(|| {
                    chunks
                        .iter()
                        .find(|(k, r)| *k == Chunk::Noun && r.end == s0 - 1)
                })
                .flatten();
            // Not a prepositional object: "On Monday, Germany ..." is no apposition.
            let prep_object =
                |r: &Range<usize>| r.start > range.start && words[r.start - 1].upos == Upos::Adp;
            if let Some((_, r)) = before.filter(|(_, r)| {
                let name = words[r.end - 1].upos == Upos::Propn;
                !prep_object(r)
                    && ((closed && (name || r.start == range.start)) || (described && name))
            }) {
                subject = Some(group(words, r.clone()));
            }
        }
        let mut source = SubjectSource::Own;
        let relative = |j: usize| {
            is(doc, &words[j], RELATIVE)
                || (is(doc, &words[j], &["that"]) && words[j].upos == Upos::Pron)
        };
        let relative_start = (cs..vr.start).any(relative);
        // Shared only after a conjunction, comma or adverb, or for an auxiliary: a full verb
        // right after the previous clause's last word starts no coordination ("a report
        // published by ...").
        // After an auxiliary alone ("was last tracked", "have also, in recent weeks,
        // raised") the verb completes the previous clause's verb group: shared too.
        let after_aux = k > 0
            && chunks[starts[k - 1].1]
                .1
                .clone()
                .all(|j| words[j].upos != Upos::Verb);
        let starts_coordinated = (cs < vr.start || after_aux || words[vr.start].upos == Upos::Aux)
            && (cs..vr.start)
                .all(|j| matches!(words[j].upos, Upos::Cconj | Upos::Punct | Upos::Adv));
        // "a report published on Tuesday by X", "the firms involved": a lone past participle
        // right after a common noun is a reduced relative; the noun is its (passive) subject.
        let reduced = k > 0
            && !after_aux
            && subject.is_none()
            && cs == vr.start
            && vr.len() == 1
            && words[vr.start].upos == Upos::Verb
            && verb::is_past_form(&lower(doc, &words[vr.start]), true)
            && words[vr.start - 1].upos == Upos::Noun;
        if reduced {
            if let Some((_, r)) = chunks
                .iter()
                .find(|(kind, r)| *kind == Chunk::Noun && r.end == vr.start)
            {
                subject = Some(group(words, r.clone()));
                source = SubjectSource::Antecedent;
                verb.passive = true;
            }
        }
        if k > 0 && (subject.is_none() || subject.as_ref().is_some_and(|g| relative(g.head))) {
            // The nearest earlier finite clause of the sentence, else its first clause.
            let same: Vec<&Clause> = out.iter().rev().take_while(|c| c.sentence == si).collect();
            let prev = same
                .iter()
                .find(|c| c.verb.tense != Tense::None)
                .or(same.last())
                .copied();
            if relative_start {
                // The antecedent: the last noun group before the relative pronoun.
                let rel = (cs..vr.start).find(|&j| relative(j)).unwrap_or(cs);
                subject = chunks
                    .iter()
                    .rev()
                    .find(|(kind, r)| *kind == Chunk::Noun && r.end <= rel)
                    .map(|(_, r)| group(words, r.clone()));
                source = SubjectSource::Antecedent;
            } else if starts_coordinated && verb.tense != Tense::None {
                subject = prev.and_then(|c| c.subject.clone());
                source = SubjectSource::Shared;
            }
        }
        // Quotative inversion: "..., said one official".
        let inverted = subject.is_none() || source == SubjectSource::Shared;
        let quote_verb = matches!(verb.lemma.as_str(), "say" | "add" | "tell" | "write");
        let post_subject = (inverted && quote_verb && cs > range.start)
            .then(|| {
                in_clause
                    .iter()
                    .find(|(_, r)| r.start == vr.end)
                    .map(|(_, r)| group(words, r.clone()))
            })
            .flatten();
        if let Some(g) = post_subject {
            subject = Some(g);
            source = SubjectSource::Own;
        }
        objects.clear();
        preps.clear();
        let mut last_prep: Option<(usize, usize)> = None;
        for (_, r) in &in_clause {
            if subject.as_ref().is_some_and(|g| g.words == *r) {
                continue;
            }
            let g = group(words, r.clone());
            if after_adp(r) {
                let p = &words[r.start - 1];
                last_prep = Some((p.start, p.end));
                preps.push(PrepPhrase {
                    prep: (p.start, p.end),
                    span: g.span,
                    object: g,
                });
                continue;
            }
            // "to Russia and Iran": a conjunct of a prepositional object shares its preposition.
            // "to India and batteries to Korea": a group followed by the same preposition is
            // the next object.
            let own_prep = last_prep.is_some_and(|(a, b)| {
                words
                    .get(r.end)
                    .is_some_and(|w| doc.text[w.start..w.end].eq_ignore_ascii_case(&doc.text[a..b]))
            });
            let conjunct = r.start > cs
                && (is(doc, &words[r.start - 1], &["and", "or", ","]))
                && !own_prep
                && preps
                    .last()
                    .is_some_and(|p| p.object.words.end + 1 == r.start);
            if let (true, Some(p)) = (conjunct, last_prep) {
                preps.push(PrepPhrase {
                    prep: p,
                    span: g.span,
                    object: g,
                });
                continue;
            }
            if r.start >= vr.end {
                objects.push(g);
            }
        }
        let last = ce.max(cs + 1).min(range.end) - 1;
        out.push(Clause {
            span: (words[cs].start, words[last].end),
            words: cs..last + 1,
            sentence: si,
            subject,
            subject_source: source,
            verb,
            objects: objects.to_vec(),
            preps: preps.to_vec(),
        });
    }
}

#[cfg(test)]
mod tests;
