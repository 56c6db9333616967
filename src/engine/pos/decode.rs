//! Decoding: the greedy left-to-right passes of the part-of-speech tagger over one sentence,
//! the two repairs of its known errors, and the best-score pick.

use super::features::{
    ascii_lower_hash, right_features, static_features, tag_features, WordHashes, DYNAMIC_BY_TAGS,
    FIRST_RIGHT, N_DYNAMIC, N_RIGHT, N_STATIC, N_TAGS, RIGHT_BY_NEXT, RIGHT_BY_PREV_NEXT,
};
use super::model::{Tagger, TAG_VALUES};
use super::Upos;
use crate::engine::lexicon::IRREGULAR_VERBS;
use std::sync::OnceLock;

/// Scratch space of [`Tagger::tag_forced`], kept between calls to save allocations.
#[derive(Debug, Default)]
pub struct Scratch {
    /// Per word: the scores of its static features (first pass).
    statics: Vec<[i32; N_TAGS]>,
    /// Per word: the first pass's scores with the tag features, and the two previous tags
    /// (t1, t2) they read; the second pass reuses them when it reads the same two tags.
    /// `u8::MAX` there: the word was forced or in the dictionary.
    first: Vec<([i32; N_TAGS], u8, u8)>,
}

/// Add row (a, b) of a `TagScores` table to `scores` (nothing when the table is empty: a
/// default tagger).
#[inline]
fn add_pair(scores: &mut [i32; N_TAGS], table: &[[i32; N_TAGS]], a: usize, b: usize) {
    if let Some(row) = table.get(a * TAG_VALUES + b) {
        for (s, &w) in scores.iter_mut().zip(row.iter()) {
            *s += w;
        }
    }
}

impl Tagger {
    /// Tag one sentence given the hashes of its words; `out` is cleared and
    /// receives one tag per word.
    pub fn tag_hashes(&self, words: &[WordHashes], out: &mut Vec<Upos>) {
        self.tag_forced(words, &[], out, &mut Scratch::default());
    }

    /// [`Tagger::tag_hashes`] with tags known beforehand (`forced[i]`, when
    /// present, is word i's tag: punctuation, numbers), which skip the model.
    /// `scratch` is kept between calls (it saves allocations).
    ///
    /// A model with right-tag templates ([`super::features::right_features`]) tags
    /// twice: the second pass reads the first pass's tags of the next two
    /// words. `out` holds the first pass's tags while the second overwrites
    /// them left to right; the scores of the static features, the same in
    /// both passes, are kept by the first and not looked up again, and so are
    /// those with the tag features where the second pass reads the same previous tags.
    pub fn tag_forced(
        &self,
        words: &[WordHashes],
        forced: &[Option<Upos>],
        out: &mut Vec<Upos>,
        scratch: &mut Scratch,
    ) {
        out.clear();
        out.resize(words.len(), Upos::X);
        scratch.statics.clear();
        scratch.statics.resize(words.len(), [0; N_TAGS]);
        scratch.first.clear();
        scratch
            .first
            .resize(words.len(), ([0; N_TAGS], u8::MAX, u8::MAX));
        self.pass(words, forced, out, scratch, false);
        if self.templates >> FIRST_RIGHT != 0 {
            self.pass(words, forced, out, scratch, true);
        }
        repair(words, out);
    }

    /// One greedy left-to-right pass writing `out[i]`. The first fills
    /// `scratch` with the static features' scores, and with those plus the tag features';
    /// the second (`right`) reads them and adds the right-tag features, which read
    /// `out[i + 1]` and `out[i + 2]` before they are overwritten.
    fn pass(
        &self,
        words: &[WordHashes],
        forced: &[Option<Upos>],
        out: &mut [Upos],
        scratch: &mut Scratch,
        right: bool,
    ) {
        let (mut t1, mut t2) = (N_TAGS, N_TAGS + 1);
        let mut st = [0u32; N_STATIC];
        let mut dy = [0u32; N_DYNAMIC];
        let mut rt = [0u32; N_RIGHT];
        let aux = Upos::Aux.index();
        for (i, w) in words.iter().enumerate() {
            let tag = if right && scratch.first[i].1 == u8::MAX {
                // Forced or in the dictionary (the first pass scored only the others): the
                // same tag again.
                out[i].index()
            } else if let Some(Some(f)) = forced.get(i) {
                f.index()
            } else if let Some(d) = self.dict.get(w.cased) {
                usize::from(self.dict_tags[d])
            } else {
                if !right {
                    let mut s = [0i32; N_TAGS];
                    let n = static_features(words, i, &mut st);
                    for (k, &f) in st[..n].iter().enumerate() {
                        self.add_template(&mut s, k, f);
                    }
                    scratch.statics[i] = s;
                }
                let prev = (t1 as u8, t2 as u8);
                let mut scores = match scratch.first[i] {
                    (s, a, b) if (a, b) == prev => s,
                    _ => {
                        let mut s = scratch.statics[i];
                        add_pair(&mut s, &self.by_tags.prev, t2, t1);
                        tag_features(w, t1, t2, &mut dy);
                        for (k, &f) in dy.iter().enumerate() {
                            if !DYNAMIC_BY_TAGS.contains(&k) {
                                self.add_template(&mut s, N_STATIC + k, f);
                            }
                        }
                        if !right {
                            scratch.first[i] = (s, prev.0, prev.1);
                        }
                        s
                    }
                };
                if right {
                    let next = |j: usize| out.get(j).map_or(N_TAGS, |u| u.index());
                    let (n1, n2) = (next(i + 1), next(i + 2));
                    add_pair(&mut scores, &self.by_tags.next, n1, n2);
                    add_pair(&mut scores, &self.by_tags.prev_next, t1, n1);
                    right_features(w, t1, n1, n2, &mut rt);
                    for (k, &f) in rt.iter().enumerate() {
                        if !RIGHT_BY_NEXT.contains(&k) && !RIGHT_BY_PREV_NEXT.contains(&k) {
                            self.add_template(&mut scores, FIRST_RIGHT + k, f);
                        }
                    }
                }
                let tag = best(&scores);
                if tag == aux && self.aux.get(w.lower).is_none() {
                    scores[aux] = i32::MIN;
                    best(&scores)
                } else {
                    tag
                }
            };
            out[i] = Upos::ALL[tag];
            t2 = t1;
            t1 = tag;
        }
    }
}

/// Readings the model gets wrong on unseen contexts, each rare in the training data:
/// - "to" tagged ADP between an adjective and a lower-case verb or auxiliary not ending in
///   "-ing" is the infinitive's particle: PART ("is due to travel", "is ready to sign"). In UD
///   English EWT + GUM (train) a "to" before a verb is PART 1,930 times and ADP 4. Only after
///   an adjective: elsewhere a verb after "to" is more often the model's error ("in addition
///   to turbojet engines", "stick to Hop Hing").
/// - a lower-case word tagged VERB right after another preposition, ending neither in "-ing"
///   nor "-ed", is a noun ("for use in"): after such a preposition a word of that kind is a
///   verb 47 times in about 11,000 (train).
fn repair(words: &[WordHashes], out: &mut [Upos]) {
    // Constants: hashing them per sentence cost about 1.5 M instructions per 200 KB.
    const TO: u32 = ascii_lower_hash("to");
    const ING: u32 = ascii_lower_hash("ing");
    const ED: u32 = ascii_lower_hash("ed");
    for i in 1..out.len().min(words.len()) {
        let w = &words[i];
        let plain = !w.capitalised && w.suffix[2] != ING;
        if out[i - 1] != Upos::Adp || !plain {
            continue;
        }
        if words[i - 1].lower == TO {
            if i >= 2 && out[i - 2] == Upos::Adj && matches!(out[i], Upos::Verb | Upos::Aux) {
                out[i - 1] = Upos::Part;
            }
        } else if out[i] == Upos::Verb && w.suffix[1] != ED {
            out[i] = Upos::Noun;
        }
    }
    irregular_past(words, out);
    both_before_noun(words, out);
    nationality_plural(words, out);
    present_verb(words, out);
    after_modal(words, out);
    hyphenated_participles(words, out);
}

/// "both" read as the conjunction of "both X and Y" before an "-s" word read as a verb, with
/// no "and" in the three words after that one, is the determiner of a plural noun: "told both
/// sides on Monday" (read as a verb "sides", the clause lost its object and its date).
/// "She both writes and directs" keeps its reading.
fn both_before_noun(words: &[WordHashes], out: &mut [Upos]) {
    const BOTH: u32 = ascii_lower_hash("both");
    const AND: u32 = ascii_lower_hash("and");
    let n = out.len().min(words.len());
    for i in 0..n.saturating_sub(1) {
        if words[i].lower == BOTH
            && out[i] == Upos::Cconj
            && out[i + 1] == Upos::Verb
            && plural_s(&words[i + 1])
            && !words[i + 2..n.min(i + 5)].iter().any(|w| w.lower == AND)
        {
            out[i] = Upos::Det;
            out[i + 1] = Upos::Noun;
        }
    }
}

/// A capitalised word with a nationality's ending: "-an", "-ese", "-ish", "-i", "-ch"
/// ("Iranian", "Chinese", "Turkish", "Israeli", "French").
fn nationality_shape(w: &WordHashes) -> bool {
    const I: u32 = ascii_lower_hash("i");
    const TWO: [u32; 2] = [ascii_lower_hash("an"), ascii_lower_hash("ch")];
    const THREE: [u32; 2] = [ascii_lower_hash("ese"), ascii_lower_hash("ish")];
    w.capitalised
        && (w.suffix[0] == I || TWO.contains(&w.suffix[1]) || THREE.contains(&w.suffix[2]))
}

/// An "-s" word right after a capitalised adjective of a nationality's shape, then a base-form word
/// read as a noun before its object (a noun, name, number or determiner), is the plural
/// subject and its verb: "Iranian firms supply drones to X" (read as "firms supply drones",
/// one noun phrase, the clause had no verb, or "firms" the verb of the nationality).
fn nationality_plural(words: &[WordHashes], out: &mut [Upos]) {
    let n = out.len().min(words.len());
    for i in 1..n.saturating_sub(2) {
        if words[i - 1].capitalised
            && out[i - 1] == Upos::Adj
            && nationality_shape(&words[i - 1])
            && matches!(out[i], Upos::Verb | Upos::Noun)
            && plural_s(&words[i])
            && out[i + 1] == Upos::Noun
            && !words[i + 1].capitalised
            && !plural_s(&words[i + 1])
            && matches!(out[i + 2], Upos::Noun | Upos::Propn | Upos::Num | Upos::Det)
        {
            out[i] = Upos::Noun;
            out[i + 1] = Upos::Verb;
        }
    }
}

/// A hyphenated word ending in "-ed" ("Texas-based", "state-owned", "Kremlin-backed") that
/// the model read as a verb, right before a name, noun or adjective, is an adjective: "made
/// by Texas-based Pellucid Semiconductor" (read as a verb, it opened a clause of its own).
fn hyphenated_participles(words: &[WordHashes], out: &mut [Upos]) {
    static SHAPES: OnceLock<[u32; 2]> = OnceLock::new();
    const ED: u32 = ascii_lower_hash("ed");
    let shapes = SHAPES.get_or_init(|| {
        [
            WordHashes::new("Texas-based").shape,
            WordHashes::new("state-owned").shape,
        ]
    });
    let n = out.len().min(words.len());
    for i in 0..n.saturating_sub(1) {
        if out[i] == Upos::Verb
            && words[i].suffix[1] == ED
            && shapes.contains(&words[i].shape)
            && matches!(out[i + 1], Upos::Propn | Upos::Noun | Upos::Adj)
        {
            out[i] = Upos::Adj;
        }
    }
}

/// A lower-case word right after a modal ("will", "would", "can", "could", "shall", "should",
/// "may", "might", "must") that the model read as an adverb, adjective or noun, followed by a
/// number or determiner, is the modal's verb: "will supply 48 drones", "could ship the first
/// units". An adverb there is followed by the verb ("will also supply"), not by its object.
fn after_modal(words: &[WordHashes], out: &mut [Upos]) {
    const MODALS: [u32; 9] = [
        ascii_lower_hash("will"),
        ascii_lower_hash("would"),
        ascii_lower_hash("can"),
        ascii_lower_hash("could"),
        ascii_lower_hash("shall"),
        ascii_lower_hash("should"),
        ascii_lower_hash("may"),
        ascii_lower_hash("might"),
        ascii_lower_hash("must"),
    ];
    let n = out.len().min(words.len());
    for i in 1..n.saturating_sub(1) {
        if out[i - 1] == Upos::Aux
            && MODALS.contains(&words[i - 1].lower)
            && !words[i].capitalised
            && matches!(out[i], Upos::Adv | Upos::Adj | Upos::Noun)
            && matches!(out[i + 1], Upos::Num | Upos::Det)
        {
            out[i] = Upos::Verb;
        }
    }
}

/// Lower-case hashes ([`WordHashes::lower`]) of the irregular past forms that are only that:
/// no participle, no lemma ("ran", "fell", "grew", "took"; not "cut", "found", "left"), from
/// `data/lexicons/irregular_verbs.tsv`, without the auxiliaries' ("was", "had", "did") and "said".
fn past_only() -> &'static [u32] {
    static SET: OnceLock<Vec<u32>> = OnceLock::new();
    SET.get_or_init(|| {
        let rows = || {
            IRREGULAR_VERBS
                .lines()
                .filter(|l| !l.starts_with(['#', '+']))
                .filter_map(|l| {
                    let mut c = l.split('\t');
                    Some((c.next()?, c.next()?, c.next()?))
                })
        };
        // About 50 forms: a list, searched in order, costs less code than a set.
        let other = |f: &str| {
            ["was", "were", "did", "had", "said"].contains(&f)
                || rows().any(|(lemma, _, part)| lemma == f || part.split('/').any(|p| p == f))
        };
        rows()
            .flat_map(|(_, past, _)| past.split('/'))
            .filter(|f| !other(f))
            .map(ascii_lower_hash)
            .collect()
    })
}

/// An irregular past form only a verb has ("ran", "fell", "grew") that the model, meeting it
/// rarely (UD English EWT + GUM is web text: "fell" 3 times, "sank" never), read as an
/// adjective, adverb, noun or preposition right after a noun, name or pronoun, and not before
/// a noun, is the verb of that subject: "the ship ran aground", "Throughput at the port fell
/// sharply". When the subject is the sentence's first word and the model made it a verb (an
/// imperative, common in the web text: "Let", "See"), it is a noun: "Revenue fell 12 percent".
/// On UD dev this changes one word, rightly.
fn irregular_past(words: &[WordHashes], out: &mut [Upos]) {
    let n = out.len().min(words.len());
    for i in 1..n {
        if words[i].capitalised
            || matches!(out[i], Upos::Verb | Upos::Aux)
            || out.get(i + 1) == Some(&Upos::Noun)
            || !past_only().contains(&words[i].lower)
        {
            continue;
        }
        let imperative = i == 1 && out[0] == Upos::Verb;
        if imperative || matches!(out[i - 1], Upos::Noun | Upos::Propn | Upos::Pron) {
            if imperative {
                out[0] = Upos::Noun;
            }
            out[i] = Upos::Verb;
        }
    }
}

/// A lower-case plural-looking "-s" word (not "-ss", "-us", "-is", "-ics", "-ews").
fn plural_s(w: &WordHashes) -> bool {
    const S: u32 = ascii_lower_hash("s");
    const NOT: [u32; 3] = [
        ascii_lower_hash("ss"),
        ascii_lower_hash("us"),
        ascii_lower_hash("is"),
    ];
    const NOT3: [u32; 2] = [ascii_lower_hash("ics"), ascii_lower_hash("ews")];
    !w.capitalised
        && w.suffix[0] == S
        && !NOT.contains(&w.suffix[1])
        && !NOT3.contains(&w.suffix[2])
}

/// The third-person "-s" verb the model reads as a plural noun right after its subject, while
/// the sentence has no verb before it:
/// - "The firm supplies drones to X": a "-s" noun after a noun or name, then an "-s" word
///   tagged VERB before a preposition, determiner, punctuation or the end: a plural subject
///   takes no "-s" verb, so the first is the verb and the second its object;
/// - "Tessel Freight ships turbines to X": in a clause with no verb (no verb before the word,
///   none after it up to a coordinating conjunction: "SoftPeak owns 18% of Y, and Z has 7%"),
///   an "-s" noun right after a name and before a determiner, number or name, or before a
///   run of nouns and adjectives followed by "to".
///
/// One lower-case adverb may stand between the subject and the word ("Kestrel already owns
/// Y", "the firm also supplies drones to X").
fn present_verb(words: &[WordHashes], out: &mut [Upos]) {
    const TO: u32 = ascii_lower_hash("to");
    const DOT: u32 = ascii_lower_hash(".");
    const ON: u32 = ascii_lower_hash("on");
    const UPON: u32 = ascii_lower_hash("upon");
    let n = out.len().min(words.len());
    let verb = |t: &Upos| matches!(t, Upos::Verb | Upos::Aux);
    // No finite verb before or after in the clause ("to make" after is an infinitive).
    let verbless = |i: usize| {
        let clause_end = (i + 1..n).find(|&k| out[k] == Upos::Cconj).unwrap_or(n);
        !out[..i].iter().any(verb)
            && !(i + 1..clause_end).any(|k| verb(&out[k]) && words[k - 1].lower != TO)
    };
    for i in 1..n.saturating_sub(1) {
        if out[i] != Upos::Noun || !plural_s(&words[i]) {
            continue;
        }
        // "Kestrel already owns Y": one adverb may stand between the name and the verb.
        let adverb = i >= 2 && out[i - 1] == Upos::Adv && !words[i - 1].capitalised;
        // "Nexel Systems Inc. relies on": the period of an abbreviation ends the name.
        let period = i >= 2
            && out[i - 1] == Upos::Punct
            && words[i - 1].lower == DOT
            && out[i - 2] == Upos::Propn;
        let s = if adverb || period { i - 2 } else { i - 1 };
        // A nationality is no subject ("Iranian firms supply").
        let nationality = out[s] == Upos::Adj && nationality_shape(&words[s]);
        let name = words[s].capitalised && !nationality || out[s] == Upos::Propn;
        if !name && out[s] != Upos::Noun {
            continue;
        }
        if out[i + 1] == Upos::Verb && plural_s(&words[i + 1]) {
            let closed = out
                .get(i + 2)
                .is_none_or(|t| matches!(t, Upos::Adp | Upos::Det | Upos::Punct | Upos::Cconj));
            if closed && !out[..i].iter().any(|t| matches!(t, Upos::Verb | Upos::Aux)) {
                out[i] = Upos::Verb;
                out[i + 1] = Upos::Noun;
            }
            return;
        }
        if name && verbless(i) {
            // "relies on Tamsa": "on" and a name ("The Friday explosions at U.S. embassies" is
            // no verb: only "on").
            let on_name = matches!(words[i + 1].lower, ON | UPON)
                && out[i + 1] == Upos::Adp
                && out.get(i + 2) == Some(&Upos::Propn);
            let object = matches!(out[i + 1], Upos::Det | Upos::Num | Upos::Propn) || on_name || {
                let j = (i + 1..n.min(i + 5))
                    .find(|&j| !matches!(out[j], Upos::Noun | Upos::Adj))
                    .unwrap_or(n);
                j > i + 1 && j < n && words[j].lower == TO
            };
            if object {
                out[i] = Upos::Verb;
                return;
            }
        }
    }
}

/// Index of the highest score; ties go to the lower index.
pub fn best(scores: &[i32; N_TAGS]) -> usize {
    // The best score so far kept in a register, not read back through its index.
    let (mut b, mut top) = (0, scores[0]);
    for (t, &s) in scores.iter().enumerate().skip(1) {
        if s > top {
            (b, top) = (t, s);
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_empty_model_tags_without_panicking() {
        // What `builtin` falls back to if the compiled-in model could not be read.
        let words = ["Ships", "sail", "today", "."].map(WordHashes::new);
        let mut out = Vec::new();
        Tagger::default().tag_hashes(&words, &mut out);
        assert_eq!(out.len(), words.len());
    }
}
