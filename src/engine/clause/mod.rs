//! Stage 1c: clauses from part-of-speech tags.
//!
//! Input: the document and its tagged words ([`crate::engine::pos::tag`]).
//! Output: `Vec<Clause>` in text order, each with its subject noun group, its
//! verb group (head lemma, tense, aspect, modality, negation, voice), its
//! objects and its prepositional complements. All spans (read from the words: `span(&words)`) are **byte offsets**
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
pub use args::Objects;
mod chunk;
mod lemma;
mod repair;
pub use repair::retag_relative_verbs;
mod subject;
mod thin;
pub mod verb;
mod words;

use super::pos::{Upos, Word, Words};
use super::text::Doc;
pub use lemma::Lemma;
use std::borrow::Cow;
use std::num::NonZeroU32;
use std::ops::Range;
pub use thin::ThinPair;
use verb::verb_group;
pub use verb::{Aspect, Modal, Tense};

/// A noun group ("the Chinese firm", "three companies", "he").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// First word (index into the tagged words; read the range with [`Group::words`]).
    first: u32,
    /// One past the last word: never 0 (a group is never empty), so an absent subject
    /// (`Option<Group>`) costs no tag (issue 16.6).
    end: NonZeroU32,
}

/// Byte span in the document text of the words `r` of `words`: from the first one's start to
/// the last one's end; (0, 0) for an empty range or words that are not the clause stage's.
#[inline]
fn span_of(words: &Words, r: Range<usize>) -> (usize, usize) {
    match (
        words.get(r.start),
        r.end.checked_sub(1).and_then(|e| words.get(e)),
    ) {
        (Some(a), Some(b)) => (a.start(), b.end()),
        _ => (0, 0),
    }
}

impl Group {
    /// Byte span in the document text: from its first word's start to its last word's end.
    /// Not stored (8 bytes less in every group; issue 16.6): `words` are the tagged words the
    /// clauses were found in.
    #[inline]
    pub fn span(&self, words: &Words) -> (usize, usize) {
        span_of(words, self.words())
    }

    /// Word indices (into the tagged words).
    #[inline]
    pub fn words(&self) -> Range<usize> {
        self.first as usize..self.end.get() as usize
    }

    /// Index of the head word: the last word of the group (the last noun, name, pronoun or
    /// number). Not stored: 4 bytes less in every group (issue 16.6).
    #[inline]
    pub fn head(&self) -> usize {
        self.end.get() as usize - 1
    }
}

/// A verb group ("had not provided", "will meet", "is believed to have supplied").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// Word indices ([`VerbGroup::words`]).
    pub words: Range<u32>,
    /// Index of the head word: the last full verb (or the last auxiliary of a copula;
    /// [`VerbGroup::head`]).
    pub head: u32,
    /// Lemma of the head ("provide", "meet", "be"): in place, no heap block per clause.
    pub lemma: Lemma,
    pub tense: Tense,
    pub aspect: Aspect,
    /// The modal verbs and hedges ([`VerbGroup::modality`]) and the chained verbs' lemmas
    /// ([`VerbGroup::chain`]): both mostly empty, so in one word (issue 16.6).
    lists: ThinPair<Modal, Lemma>,
    /// "not", "n't" or "never" in or right before the group.
    pub negated: bool,
    /// be/get + past participle: "was sanctioned".
    pub passive: bool,
}

impl VerbGroup {
    /// Byte span in the document text, from its words (`words`: the tagged words the clauses
    /// were found in; not stored, issue 16.6).
    #[inline]
    pub fn span(&self, words: &Words) -> (usize, usize) {
        span_of(words, self.words())
    }

    /// Word indices (into the tagged words).
    #[inline]
    pub fn words(&self) -> Range<usize> {
        self.words.start as usize..self.words.end as usize
    }

    /// Index of the head word.
    #[inline]
    pub fn head(&self) -> usize {
        self.head as usize
    }

    /// Modal verbs and hedges, in text order ("would", "likely", "is believed to").
    #[inline]
    pub fn modality(&self) -> &[Modal] {
        self.lists.first()
    }

    /// Whether word `j` (of [`VerbGroup::words`]) is a full verb: tagged one, or the group's
    /// first word tagged a noun or adjective, which the chunker repaired to a verb (a group
    /// opens on a verbal word or "to": "The trawler kept unloading fish").
    pub fn is_full(&self, words: &Words, j: usize) -> bool {
        words.upos(j) == Upos::Verb
            || (j == self.words().start && matches!(words.upos(j), Upos::Noun | Upos::Adj))
    }

    /// Lemmas of full verbs before the head ("stop" of "stopped providing").
    #[inline]
    pub fn chain(&self) -> &[Lemma] {
        self.lists.second()
    }

    /// Replaces the chained verbs' lemmas ([`VerbGroup::chain`]).
    pub fn set_chain(&mut self, chain: Vec<Lemma>) {
        self.lists = ThinPair::new(self.modality().to_vec(), chain);
    }

    /// Whether a modal or hedge makes the clause uncertain.
    pub fn hedged(&self) -> bool {
        self.modality().iter().any(|m| m.is_hedge())
    }
}

/// A prepositional complement: "to Russia", "with satellite imagery".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepPhrase {
    /// Byte span of the preposition ([`PrepPhrase::prep`]).
    pub prep: (u32, u32),
    /// Its noun group (its span is [`PrepPhrase::span`]).
    pub object: Group,
}

impl PrepPhrase {
    /// Byte span of the preposition.
    #[inline]
    pub fn prep(&self) -> (usize, usize) {
        (self.prep.0 as usize, self.prep.1 as usize)
    }

    /// Byte span of its noun group ([`Group::span`]).
    #[inline]
    pub fn span(&self, words: &Words) -> (usize, usize) {
        self.object.span(words)
    }
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
///
/// Compact (issue 16.6): positions are u32 (texts are at most
/// [`crate::engine::text::MAX_TEXT_BYTES`]), lists are boxed slices of their exact length (the
/// mostly empty ones in one [`ThinPair`]), the lemma is in place ([`Lemma`]) and byte spans are read from
/// the words ([`Clause::span`], [`VerbGroup::span`], [`Group::span`]), so a clause is 88 bytes,
/// not 264; the accessors ([`Clause::span`], [`Clause::words`], [`Clause::sentence`]) give
/// `usize`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Word indices (into the tagged words).
    pub words: Range<u32>,
    /// Index of the sentence ([`crate::engine::text::Sentence`]).
    pub sentence: u32,
    pub subject: Option<Group>,
    pub subject_source: SubjectSource,
    pub verb: VerbGroup,
    /// The objects ([`Clause::objects`]: noun groups after the verb that are not in a
    /// prepositional phrase) then the prepositional phrases ([`Clause::preps`]), in one block
    /// (issue 16.6: one allocation and one boxed slice instead of two). An object is stored as
    /// a phrase whose preposition is [`NO_PREP`].
    args: Box<[PrepPhrase]>,
}

/// The preposition of an object stored among a clause's phrases: no text has a word there.
const NO_PREP: (u32, u32) = (u32::MAX, u32::MAX);

impl Clause {
    /// Byte span in the document text, from its words (`words`: the tagged words the clauses
    /// were found in; not stored, issue 16.6).
    #[inline]
    pub fn span(&self, words: &Words) -> (usize, usize) {
        span_of(words, self.words())
    }

    /// Word indices (into the tagged words).
    #[inline]
    pub fn words(&self) -> Range<usize> {
        self.words.start as usize..self.words.end as usize
    }

    /// Index of the sentence.
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }
}

/// The clause whose span contains byte offset `byte` (clauses in text order, found in the
/// tagged words `words`).
pub fn containing<'c>(clauses: &'c [Clause], words: &Words, byte: usize) -> Option<&'c Clause> {
    let i = clauses.partition_point(|c| c.span(words).1 <= byte);
    clauses.get(i).filter(|c| {
        let (a, b) = c.span(words);
        a <= byte && byte < b
    })
}

/// Whether `w` (any case) is a relative pronoun of `data/clause/words.txt` ("which", "who").
pub fn is_relative_pronoun(w: &str) -> bool {
    words::lists()
        .relative
        .iter()
        .any(|r| r.eq_ignore_ascii_case(w))
}

fn is(doc: &Doc, w: &Word, forms: &[&str]) -> bool {
    let t = &doc.text[w.start()..w.end()];
    forms.iter().any(|f| t.eq_ignore_ascii_case(f))
}

/// The word in lower case with typographic apostrophes made straight; borrows an ASCII word
/// already in lower case (most words: no allocation).
fn lower<'a>(doc: &Doc<'a>, w: &Word) -> Cow<'a, str> {
    let s = &doc.text[w.start()..w.end()];
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(s.to_ascii_lowercase());
        }
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.to_lowercase().replace('’', "'"))
}

/// Farthest a coordinated word looks back for the verb it would agree with (words).
const MAX_CONJUNCT: usize = 12;
/// Longest apposition between a name and its verb group (words).
const MAX_APPOSITION: usize = 20;

/// The kind of a group [`chunk::chunk`] finds. Defined here, not in `chunk`, so that `chunk`
/// and `repair` (which `chunk` calls) need not import each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Noun,
    Verb,
}

/// The noun group of `chunks` (one sentence's groups, in text order, not overlapping) whose
/// word range ends at word `end`, found by binary search: the clause splitter asks this once
/// or more per clause, and a scan made a sentence of many clauses quadratic.
fn noun_ending_at(chunks: &[(Chunk, Range<usize>)], end: usize) -> Option<&Range<usize>> {
    let i = chunks.partition_point(|(_, r)| r.end < end);
    chunks[i..]
        .iter()
        .take_while(|(_, r)| r.end == end)
        .find(|(k, _)| *k == Chunk::Noun)
        .map(|(_, r)| r)
}

fn group(r: Range<usize>) -> Group {
    Group {
        first: r.start as u32,
        // `r` is not empty, and word indexes fit a u32 (texts are under 4 GiB).
        end: NonZeroU32::new(r.end as u32).unwrap_or(NonZeroU32::MIN),
    }
}

/// Split every sentence of `doc` into clauses. `words` are the tagged words of
/// [`crate::engine::pos::tag`]. Linear in the number of words.
pub fn find(doc: &Doc, words: &Words) -> Vec<Clause> {
    // Room for one clause per run of VERB/AUX words, about one per verb group (and so per
    // clause): reserved once, the vector seldom doubles, and never copies a whole document's
    // clauses into a new block (the wasm memory's high-water mark; issue 16.6). More clauses
    // than runs still fit: the vector then grows as usual.
    let verbal = |i: usize| matches!(words.upos(i), Upos::Verb | Upos::Aux);
    let runs = (0..words.len())
        .filter(|&i| verbal(i) && (i == 0 || !verbal(i - 1)))
        .count();
    let mut out = Vec::with_capacity(runs);
    let mut w0 = 0usize;
    for (si, s) in doc.sentences.iter().enumerate() {
        let start = w0;
        // The sentence's words are those before the next sentence's first token (words lie
        // inside their tokens, and tokens are in text order).
        let next = doc
            .tokens
            .get(s.tokens().end)
            .map_or(usize::MAX, |t| t.start());
        while w0 < words.len() && words.at(w0).start() < next {
            w0 += 1;
        }
        sentence_clauses(doc, words, si, start..w0, &mut out);
    }
    // There are fewer clauses than runs (427k of 485k on 16 MiB), and the clauses are alive
    // through events and relations: give the rest back.
    out.shrink_to_fit();
    out
}

fn sentence_clauses(
    doc: &Doc,
    words: &Words,
    si: usize,
    range: Range<usize>,
    out: &mut Vec<Clause>,
) {
    if range.is_empty() {
        return;
    }
    let chunks = chunk::chunk(doc, words, range.clone());
    debug_assert!(chunks.windows(2).all(|w| w[0].1.end <= w[1].1.start));
    // This sentence's clauses are `out[base..]`.
    let base = out.len();
    let finite = |r: &Range<usize>| {
        let v = verb_group(doc, words, r.clone(), r.start..r.start);
        v.tense != Tense::None || v.modality().iter().any(|m| !matches!(m, Modal::Likely))
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
        // The subject: a noun group right before the verb group (adverbs between), with the
        // "of" and "on" phrases after its head ("reports that the 3rd Brigade of the Rwandan army had
        // redeployed": the subject opens at "the 3rd Brigade", not at its "of" phrase).
        let mut h = ci.saturating_sub(1);
        while h >= 1
            && !is(doc, &words.at(r.start), &["to"])
            && chunks[h].0 == Chunk::Noun
            && chunks[h - 1].0 == Chunk::Noun
            && chunks[h].1.start >= 1
            && chunks[h - 1].1.end + 1 == chunks[h].1.start
            && is(doc, &words.at(chunks[h].1.start - 1), &["of", "on"])
            && chunks[h - 1].1.start >= prev_end
        {
            h -= 1;
        }
        // "began selling chips made by Lanterra to Arax": a lone past participle and "by" an
        // agent right after the object of the verb group before (no reporting verb:
        // `[speech_verbs]`) is a reduced relative of that object, not a clause whose subject it is.
        let reduced_by = ci >= 2
            && pv == ci - 2
            // "said revenue declined by a third": a reporting verb's complement is a clause.
            && !chunks[pv].1.clone().any(|j| {
                crate::engine::lexicon::words::words()
                    .speech_verbs
                    .contains(&&*lower(doc, &words.at(j)))
            })
            && chunks[ci - 1].0 == Chunk::Noun
            && chunks[ci - 1].1.start == prev_end
            && chunks[ci - 1].1.end == r.start
            && r.len() == 1
            && words.upos(r.start) == Upos::Verb
            && verb::is_past_form(&lower(doc, &words.at(r.start)), true)
            && r.end + 1 < range.end
            && is(doc, &words.at(r.end), &["by"])
            // "made by Texas-based Pellucid": an adjective may open the agent's name.
            && matches!(words.upos(r.end + 1), Upos::Det | Upos::Propn | Upos::Adj);
        let subj = (ci > 0 && !reduced_by)
            .then(|| (&chunks[h].0, chunks[h].1.start..chunks[ci - 1].1.end))
            .filter(|(k, nr)| {
                **k == Chunk::Noun
                    // "agreed last Friday to buy X": a time group before an infinitive dates
                    // the clause before it ("last year came from" keeps it: see `subject`).
                    && !(is(doc, &words.at(r.start), &["to"])
                        && subject::time_group(doc, words, (*nr).clone()))
                    // "shipping valves and pumps to help Norland": an
                    // infinitive's subject is only the object right after the
                    // previous verb ("urged Beijing to stop").
                    && (!is(doc, &words.at(r.start), &["to"])
                        || (ci >= 2
                            && chunks[ci - 2].0 == Chunk::Verb
                            && chunks[ci - 2].1.end == nr.start
                            // "left Aldar in September to join": the one who left joins.
                            && !(is(doc, &words.at(chunks[ci - 2].1.end - 1), &words::lists().subject_control)
                                && r.end > r.start + 1
                                && is(doc, &words.at(r.start + 1), &words::lists().taking_up))))
                    && nr.start >= prev_end
                    && (nr.end..r.start).all(|j| words.upos(j) == Upos::Adv)
                    // "after Biden raised": the tagger's ADP is a subordinator here.
                    && (!(nr.start > range.start && words.upos(nr.start - 1) == Upos::Adp)
                        || (is(doc, &words.at(nr.start - 1), &words::lists().subordinating) && finite(r)))
            })
            .map(|(_, nr)| nr.start)
            .or_else(|| {
                repair::appositive_subject(doc, words, &chunks[..ci], r.start, prev_end)
                    .map(|r| r.start)
            });
        let mut cut = subj.unwrap_or(r.start);
        // Move the cut back over a subordinator, relative pronoun, conjunction or comma.
        while cut > prev_end {
            let w = &words.at(cut - 1);
            let joiner = matches!(w.upos, Upos::Sconj | Upos::Cconj)
                || is(doc, w, &words::lists().relative)
                || (is(doc, w, &["that"]) && w.upos != Upos::Det)
                || is(doc, w, &[",", ";", ":", "—", "–"]);
            if !joiner {
                break;
            }
            cut -= 1;
        }
        // "…, and in 2019 it provided": a phrase dating the coordinated clause opens it.
        if let Some(p) = subject::dating_opener(doc, words, prev_end, cut) {
            cut = p;
            while cut > prev_end && is(doc, &words.at(cut - 1), &[","]) {
                cut -= 1;
            }
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
        // Only the groups from the clause's first word on (binary search: a scan of the whole
        // sentence per clause was quadratic).
        let from = chunks.partition_point(|(_, r)| r.start < cs);
        let in_clause: Vec<&(Chunk, Range<usize>)> = chunks[from..]
            .iter()
            .take_while(|(_, r)| r.start < ce)
            .filter(|(kind, r)| *kind == Chunk::Noun && r.start >= cs && r.end <= ce)
            .collect();
        // "to Yerevan-based Arax": a "to" the tagger read as an infinitive's, before a noun
        // group, is a preposition; so is an "as" it read as a conjunction ("appointed X, the
        // CFO of Y, as Z's new CFO"): a noun group in this clause has no verb of its own.
        let after_adp = |r: &Range<usize>| {
            r.start > cs
                && (words.upos(r.start - 1) == Upos::Adp
                    || (words.upos(r.start - 1) == Upos::Part
                        && is(doc, &words.at(r.start - 1), &["to"]))
                    || (words.upos(r.start - 1) == Upos::Sconj
                        && is(doc, &words.at(r.start - 1), &["as"])))
        };
        let adjacent = |r: &Range<usize>| (r.end..vr.start).all(|j| words.upos(j) == Upos::Adv);
        let mut subject = in_clause
            .iter()
            .rev()
            .find(|(_, r)| {
                r.end <= vr.start
                    && !subject::time_group(doc, words, r.clone())
                    && (!after_adp(r)
                        || (adjacent(r)
                            && verb.tense != Tense::None
                            && is(doc, &words.at(r.start - 1), &words::lists().subordinating)))
            })
            .map(|(_, r)| group(r.clone()));
        // Apposition: "Hikvision, a camera maker, ..." names the subject first.
        if let Some(r) = subject.as_ref().and_then(|g| {
            subject::named_before_apposition(doc, words, &chunks, g, vr.start, range.start)
        }) {
            subject = Some(group(r));
        }
        let mut source = SubjectSource::Own;
        let relative = |j: usize| {
            is(doc, &words.at(j), &words::lists().relative)
                || (is(doc, &words.at(j), &["that"]) && words.upos(j) == Upos::Pron)
        };
        let relative_start = (cs..vr.start).any(relative);
        // Shared only after a conjunction, comma or adverb, or for an auxiliary: a full verb
        // right after the previous clause's last word starts no coordination ("a report
        // published by ...").
        // After an auxiliary alone ("was last tracked", "had, over the winter,
        // shipped") the verb completes the previous clause's verb group: shared too.
        let after_aux = k > 0
            && chunks[starts[k - 1].1]
                .1
                .clone()
                .all(|j| words.upos(j) != Upos::Verb);
        let starts_coordinated = (cs < vr.start || after_aux || words.upos(vr.start) == Upos::Aux)
            && (cs..vr.start)
                .all(|j| matches!(words.upos(j), Upos::Cconj | Upos::Punct | Upos::Adv));
        // "a report published on Tuesday by X", "the firms involved": a lone past participle
        // right after a common noun is a reduced relative; the noun is its (passive) subject.
        let reduced = k > 0
            && !after_aux
            && subject.is_none()
            && cs == vr.start
            && vr.len() == 1
            && words.upos(vr.start) == Upos::Verb
            && verb::is_past_form(&lower(doc, &words.at(vr.start)), true)
            && words.upos(vr.start - 1) == Upos::Noun;
        // "Van der Berg, founded in 1962, reported": a participle set off after its noun.
        if subject
            .as_ref()
            .is_some_and(|g| subject::participle_after_comma(doc, words, g, &vr, range.start))
        {
            verb.passive = true;
        }
        if reduced {
            if let Some(r) = noun_ending_at(&chunks, vr.start) {
                subject = Some(group(r.clone()));
                source = SubjectSource::Antecedent;
                verb.passive = true;
            }
        }
        if k > 0 && (subject.is_none() || subject.as_ref().is_some_and(|g| relative(g.head()))) {
            // The nearest earlier finite clause of the sentence, else its first clause.
            let same = &out[base..];
            let prev = same
                .iter()
                .rev()
                .find(|c| c.verb.tense != Tense::None)
                .or(same.first());
            if relative_start {
                // The antecedent: the last noun group before the relative pronoun.
                let rel = (cs..vr.start).find(|&j| relative(j)).unwrap_or(cs);
                let upto = chunks.partition_point(|(_, r)| r.end <= rel);
                subject = chunks[..upto]
                    .iter()
                    .rev()
                    .find(|(kind, _)| *kind == Chunk::Noun)
                    .map(|(_, r)| group(r.clone()));
                source = SubjectSource::Antecedent;
            } else if let Some(r) = (starts_coordinated
                && verb.tense != Tense::None
                && (cs..vr.start).all(|j| is(doc, &words.at(j), &[","])))
            .then(|| repair::appositive_subject(doc, words, &chunks[..ci], vr.start, range.start))
            .flatten()
            {
                // "Ann Lee, the architect whose bridges became symbols, died": a verb right
                // after the comma closing an apposition takes the name it describes, not the
                // subject of the relative clause inside it.
                subject = Some(group(r));
            } else if starts_coordinated && verb.tense != Tense::None {
                // "X, whose shares rose, fell": only after the comma closing the relative clause.
                let after_comma = (cs..vr.start).all(|j| is(doc, &words.at(j), &[","]));
                subject = prev.and_then(|c| {
                    (after_comma && c.words().end == cs)
                        .then(|| subject::whose_antecedent(doc, words, &chunks, c))
                        .flatten()
                        .or_else(|| c.subject.clone())
                });
                source = SubjectSource::Shared;
                // "was last tracked": a participle completing a form of "be" is passive.
                let be = out
                    .last()
                    .is_some_and(|c| c.sentence() == si && c.verb.lemma == "be");
                if after_aux && be && verb::is_past_form(&lower(doc, &words.at(verb.head())), true)
                {
                    verb.passive = true;
                }
            } else if let Some(a) =
                subject::gap_antecedent(doc, words, &chunks, out, si, cs, vr.start)
            {
                subject = Some(a);
                source = SubjectSource::Antecedent;
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
                    .map(|(_, r)| group(r.clone()))
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
            if subject.as_ref().is_some_and(|g| g.words() == *r) {
                continue;
            }
            let g = group(r.clone());
            if after_adp(r) {
                let p = &words.at(r.start - 1);
                last_prep = Some((p.start(), p.end()));
                preps.push(PrepPhrase {
                    prep: (p.start() as u32, p.end() as u32),
                    object: g,
                });
                continue;
            }
            // "to Russia and Iran": a conjunct of a prepositional object shares its preposition.
            // "to India and batteries to Korea": a group followed by the same preposition is
            // the next object.
            let own_prep = last_prep.is_some_and(|(a, b)| {
                words.get(r.end).is_some_and(|w| {
                    doc.text[w.start()..w.end()].eq_ignore_ascii_case(&doc.text[a..b])
                })
            });
            let conjunct = r.start > cs
                && (is(doc, &words.at(r.start - 1), &["and", "or", ","]))
                && !own_prep
                && preps
                    .last()
                    .is_some_and(|p| p.object.words().end + 1 == r.start);
            if let (true, Some(p)) = (conjunct, last_prep) {
                preps.push(PrepPhrase {
                    prep: (p.0 as u32, p.1 as u32),
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
            words: cs as u32..(last + 1) as u32,
            sentence: si as u32,
            subject,
            subject_source: source,
            verb,
            args: objects
                .iter()
                .cloned()
                .map(|object| PrepPhrase {
                    prep: NO_PREP,
                    object,
                })
                .chain(preps.iter().cloned())
                .collect(),
        });
    }
}

#[cfg(test)]
mod tests;
