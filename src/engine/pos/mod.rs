//! Stage 1b: part-of-speech tags (Universal Dependencies UPOS) for the
//! engine's tokens.
//!
//! An averaged perceptron (Collins 2002; the feature set of Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python") decoded
//! greedily left to right in two passes, the second also reading the first
//! pass's tags of the next two words (one set of weights), with a tag
//! dictionary for frequent unambiguous words and a closed list of the words
//! that may be AUX (`data/pos/aux.txt`). The weights are trained by `make train`
//! (`src/bin/annalist-train-pos.rs`) on UD English EWT + GUM
//! (`../shared/ud/pos-train.conllu`), quantized to `i8` and pruned into
//! `data/models/pos.bin` (CC BY-SA 4.0, see `data/models/SOURCES.md`), which is
//! compiled in. Feature hashing lives in [`features`], shared with training.
//!
//! The engine's tokens keep clitics attached ("China's", "don't"); UD splits
//! them. [`tag`] splits such a token into the words UD would see ("China" +
//! "'s", "do" + "n't") and tags those; each [`Word`] remembers its token.

pub mod features;

use super::text::{Doc, TokenKind};
use features::{
    right_features, static_features, tag_features, WordHashes, DYNAMIC_BY_TAGS, FIRST_RIGHT,
    N_DYNAMIC, N_RIGHT, N_STATIC, N_TAGS, RIGHT_BY_NEXT, RIGHT_BY_PREV_NEXT,
};
use std::sync::OnceLock;

/// Universal Dependencies v2 part-of-speech tags, in the model's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// Every tag, index = the model's tag number.
    pub const ALL: [Upos; N_TAGS] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD spelling ("NOUN", "PROPN", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parse the UD spelling.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|u| u.as_str() == s)
    }

    /// Position in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the magic bytes and version this code reads.
    #[error("not a part-of-speech model (bad magic or version)")]
    BadMagic,
    /// The file ends before `section` is complete.
    #[error("part-of-speech model truncated in {section}")]
    Truncated { section: &'static str },
}

/// Magic bytes and format version of `pos.bin`.
pub const MAGIC: &[u8; 5] = b"APOS3";

/// Open-addressing table from a feature hash to a row number.
#[derive(Debug, Default)]
struct Table {
    /// (key, row + 1); row 0 marks an empty slot. Key and row side by side:
    /// one cache line per probe.
    slots: Vec<(u32, u32)>,
    mask: usize,
}

impl Table {
    fn new(keys: &[u32]) -> Table {
        let cap = (keys.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![(0u32, 0u32); cap];
        let mask = cap - 1;
        for (row, &k) in keys.iter().enumerate() {
            let mut s = k as usize & mask;
            while slots[s].1 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (k, row as u32 + 1);
        }
        Table { slots, mask }
    }

    #[inline]
    fn get(&self, key: u32) -> Option<usize> {
        let mut s = key as usize & self.mask;
        loop {
            let (k, r) = *self.slots.get(s)?;
            if r == 0 {
                return None;
            }
            if k == key {
                return Some(r as usize - 1);
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// The feature rows by (cut) feature hash. Keys of at most [`DIRECT_BITS`] bits with fewer
/// than 65,535 rows (the compiled-in model: 18 bits, 28,000 features) index a flat array of
/// `u16` row numbers directly: one load per look-up instead of probing, in the same 512 KB
/// the open-addressing table took for that model. Anything larger is hashed ([`Table`]).
/// Either answers every look-up alike: the first row stored for a key.
#[derive(Debug)]
enum FeatureIndex {
    /// Row + 1 at each possible key; 0: no feature.
    Direct(Vec<u16>),
    Hashed(Table),
}

/// Widest keys [`FeatureIndex::Direct`] takes (a 2 MB array at most).
const DIRECT_BITS: u32 = 20;

impl Default for FeatureIndex {
    fn default() -> FeatureIndex {
        FeatureIndex::Hashed(Table::default())
    }
}

impl FeatureIndex {
    /// Index `keys` (row `i` has key `keys[i]`), for look-ups of keys cut to `bits` bits.
    fn new(keys: &[u32], bits: u32) -> FeatureIndex {
        if bits > DIRECT_BITS || keys.len() >= usize::from(u16::MAX) {
            return FeatureIndex::Hashed(Table::new(keys));
        }
        let mut rows = vec![0u16; 1 << bits];
        for (row, &k) in keys.iter().enumerate() {
            // A key wider than the cut is never looked up; a repeated key keeps its first row.
            if let Some(slot) = rows.get_mut(k as usize).filter(|s| **s == 0) {
                *slot = row as u16 + 1;
            }
        }
        FeatureIndex::Direct(rows)
    }

    #[inline]
    fn get(&self, key: u32) -> Option<usize> {
        match self {
            FeatureIndex::Direct(rows) => match rows.get(key as usize) {
                Some(&r) if r != 0 => Some(usize::from(r) - 1),
                _ => None,
            },
            FeatureIndex::Hashed(t) => t.get(key),
        }
    }
}

/// A loaded tagger: quantized weights and the tag dictionary.
#[derive(Debug, Default)]
pub struct Tagger {
    /// Feature hashes are cut to the model's key bits (`hash & key_mask`).
    key_mask: u32,
    /// Bit k set: template k is used (static templates first, then the
    /// tag-dependent ones, in the order of [`features`]).
    templates: u64,
    features: FeatureIndex,
    /// Weights, dequantized from the file's log-scale codes at load time.
    weights: Vec<[i16; N_TAGS]>,
    dict: Table,
    dict_tags: Vec<u8>,
    /// Lower-cased hashes of the words that may be AUX (`data/pos/aux.txt`).
    aux: Table,
    /// Scores of the features that read only tags, per tag pair (see [`TagScores`]).
    by_tags: TagScores,
}

/// Tag values the tag-only features read: the tags, "none yet" (`N_TAGS`) and the sentence
/// start's second previous tag (`N_TAGS + 1`).
const TAG_VALUES: usize = N_TAGS + 2;

/// The summed scores of the features that read only tags, computed once per tag pair at load
/// time instead of hashed and looked up per word; each table holds `TAG_VALUES²` rows, row
/// `a * TAG_VALUES + b` for the pair (a, b). Integer sums: the same scores in any order.
#[derive(Debug, Default)]
struct TagScores {
    /// [`features::DYNAMIC_BY_TAGS`] for (t2, t1).
    prev: Vec<[i32; N_TAGS]>,
    /// [`features::RIGHT_BY_NEXT`] for (n1, n2).
    next: Vec<[i32; N_TAGS]>,
    /// [`features::RIGHT_BY_PREV_NEXT`] for (t1, n1).
    prev_next: Vec<[i32; N_TAGS]>,
}

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

/// Add row (a, b) of a [`TagScores`] table to `scores` (nothing when the table is empty: a
/// default tagger).
#[inline]
fn add_pair(scores: &mut [i32; N_TAGS], table: &[[i32; N_TAGS]], a: usize, b: usize) {
    if let Some(row) = table.get(a * TAG_VALUES + b) {
        for (s, &w) in scores.iter_mut().zip(row.iter()) {
            *s += w;
        }
    }
}

/// The lower-cased hashes of the words of `data/pos/aux.txt` (one a line,
/// `#` comments).
fn aux_words() -> Vec<u32> {
    include_str!("../../../data/pos/aux.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| WordHashes::new(l).lower)
        .collect()
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self, section: &'static str) -> Result<u8, ModelError> {
        let v = *self
            .b
            .get(self.at)
            .ok_or(ModelError::Truncated { section })?;
        self.at += 1;
        Ok(v)
    }

    fn varint(&mut self, section: &'static str) -> Result<u32, ModelError> {
        Ok(self.varint64(section)? as u32)
    }

    fn varint64(&mut self, section: &'static str) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(section)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Truncated { section })
    }

    /// `n` keys stored as varint deltas from the previous key.
    fn keys(&mut self, n: usize, section: &'static str) -> Result<Vec<u32>, ModelError> {
        let mut keys = Vec::with_capacity(n.min(self.b.len()));
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.wrapping_add(self.varint(section)?);
            keys.push(prev);
        }
        Ok(keys)
    }
}

impl Tagger {
    /// Read a model in the `pos.bin` format:
    /// `"APOS3"`, the number of key bits (one byte, 8..=32), the bit set of
    /// templates in use (varint, up to 64 bits), the value of each weight code 0..=127 (128 varints; a code's
    /// sign is the weight's), dictionary size (varint), its keys (cased word hashes, varint
    /// deltas, ascending), one tag byte each; feature count (varint), feature
    /// hashes (varint deltas, ascending), a 3-byte little-endian mask of the
    /// non-zero tags per feature, then the non-zero `i8` weights in order.
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, ModelError> {
        if b.get(..MAGIC.len()) != Some(&MAGIC[..]) {
            return Err(ModelError::BadMagic);
        }
        let mut r = Reader { b, at: MAGIC.len() };
        let bits = u32::from(r.byte("key bits")?).clamp(8, 32);
        let key_mask = if bits == 32 {
            u32::MAX
        } else {
            (1 << bits) - 1
        };
        let templates = r.varint64("templates")?;
        let mut levels = Vec::with_capacity(128);
        for _ in 0..128 {
            levels.push(r.varint("levels")?.min(i16::MAX as u32) as i16);
        }
        let n_dict = r.varint("dictionary size")? as usize;
        let dict_keys = r.keys(n_dict, "dictionary keys")?;
        let mut dict_tags = Vec::with_capacity(n_dict);
        for _ in 0..n_dict {
            let t = r.byte("dictionary tags")?;
            dict_tags.push(t.min(N_TAGS as u8 - 1));
        }
        let n_feat = r.varint("feature count")? as usize;
        let keys = r.keys(n_feat, "feature keys")?;
        let mut masks = Vec::with_capacity(n_feat);
        for _ in 0..n_feat {
            let m = u32::from(r.byte("masks")?)
                | u32::from(r.byte("masks")?) << 8
                | u32::from(r.byte("masks")?) << 16;
            masks.push(m);
        }
        let mut weights = Vec::with_capacity(n_feat);
        for m in masks {
            let mut row = [0i16; N_TAGS];
            for (t, w) in row.iter_mut().enumerate() {
                if m & (1 << t) != 0 {
                    let code = r.byte("weights")? as i8;
                    let v = levels[usize::from(code.unsigned_abs()).min(127)];
                    *w = if code < 0 { -v } else { v };
                }
            }
            weights.push(row);
        }
        let mut t = Tagger {
            key_mask,
            templates,
            features: FeatureIndex::new(&keys, bits),
            weights,
            dict: Table::new(&dict_keys),
            dict_tags,
            aux: Table::new(&aux_words()),
            by_tags: TagScores::default(),
        };
        t.by_tags = t.tag_scores();
        Ok(t)
    }

    /// Score the tag-only features of every tag pair (see [`TagScores`]).
    fn tag_scores(&self) -> TagScores {
        let w = WordHashes::default();
        let (mut dy, mut rt) = ([0u32; N_DYNAMIC], [0u32; N_RIGHT]);
        let mut ts = TagScores::default();
        for a in 0..TAG_VALUES {
            for b in 0..TAG_VALUES {
                tag_features(&w, b, a, &mut dy);
                let mut s = [0i32; N_TAGS];
                for k in DYNAMIC_BY_TAGS {
                    self.add_template(&mut s, N_STATIC + k, dy[k]);
                }
                ts.prev.push(s);
                right_features(&w, 0, a, b, &mut rt);
                let mut s = [0i32; N_TAGS];
                for k in RIGHT_BY_NEXT {
                    self.add_template(&mut s, FIRST_RIGHT + k, rt[k]);
                }
                ts.next.push(s);
                right_features(&w, a, b, 0, &mut rt);
                let mut s = [0i32; N_TAGS];
                for k in RIGHT_BY_PREV_NEXT {
                    self.add_template(&mut s, FIRST_RIGHT + k, rt[k]);
                }
                ts.prev_next.push(s);
            }
        }
        ts
    }

    /// Add feature `f`'s weights to `scores` when the model uses template `k`.
    #[inline]
    fn add_template(&self, scores: &mut [i32; N_TAGS], k: usize, f: u32) {
        if self.templates >> k & 1 != 0 {
            self.add(scores, f & self.key_mask);
        }
    }

    /// The compiled-in model (`data/models/pos.bin`, stored packed: `engine::packed`).
    pub fn builtin() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| {
            Tagger::from_bytes(&crate::engine::packed::model(include_bytes!(concat!(
                env!("OUT_DIR"),
                "/pos.bin.packed"
            ))))
            .unwrap_or_default()
        })
    }

    /// Number of weighted features and dictionary words (for reports).
    pub fn size(&self) -> (usize, usize) {
        (self.weights.len(), self.dict_tags.len())
    }

    #[inline]
    fn add(&self, scores: &mut [i32; N_TAGS], f: u32) {
        if let Some(row) = self.features.get(f) {
            for (s, &w) in scores.iter_mut().zip(self.weights[row].iter()) {
                *s += i32::from(w);
            }
        }
    }

    /// Tag one sentence given the hashes of its words; `out` is cleared and
    /// receives one tag per word.
    pub fn tag_hashes(&self, words: &[WordHashes], out: &mut Vec<Upos>) {
        self.tag_forced(words, &[], out, &mut Scratch::default());
    }

    /// [`Tagger::tag_hashes`] with tags known beforehand (`forced[i]`, when
    /// present, is word i's tag: punctuation, numbers), which skip the model.
    /// `scratch` is kept between calls (it saves allocations).
    ///
    /// A model with right-tag templates ([`features::right_features`]) tags
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

/// Two readings the model gets wrong on unseen contexts, each rare in the training data:
/// - "to" tagged ADP between an adjective and a lower-case verb or auxiliary not ending in
///   "-ing" is the infinitive's particle: PART ("is due to travel", "is ready to sign"). In UD
///   English EWT + GUM (train) a "to" before a verb is PART 1,930 times and ADP 4. Only after
///   an adjective: elsewhere a verb after "to" is more often the model's error ("in addition
///   to turbojet engines", "stick to Hop Hing").
/// - a lower-case word tagged VERB right after another preposition, ending neither in "-ing"
///   nor "-ed", is a noun ("for use in"): after such a preposition a word of that kind is a
///   verb 47 times in about 11,000 (train).
fn repair(words: &[WordHashes], out: &mut [Upos]) {
    let to = WordHashes::new("to").lower;
    let ing = WordHashes::new("ing").lower;
    let ed = WordHashes::new("ed").lower;
    for i in 1..out.len().min(words.len()) {
        let w = &words[i];
        let plain = !w.capitalised && w.suffix[2] != ing;
        if out[i - 1] != Upos::Adp || !plain {
            continue;
        }
        if words[i - 1].lower == to {
            if i >= 2 && out[i - 2] == Upos::Adj && matches!(out[i], Upos::Verb | Upos::Aux) {
                out[i - 1] = Upos::Part;
            }
        } else if out[i] == Upos::Verb && w.suffix[1] != ed {
            out[i] = Upos::Noun;
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

/// A word as the tagger sees it: a token, or part of one ("do" of "don't").
///
/// Packed, 9 bytes (issue 16.6: the tagged words of a whole document are alive together with
/// its tokens and clauses, at the peak of an analysis): read the fields by value (copy them),
/// never by reference. The engine token a word is part of is the one whose byte range holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Word {
    /// Byte range in the document text: u32 like the tokens'. Read them as `usize` with
    /// [`Word::start`] / [`Word::end`].
    pub start: u32,
    pub end: u32,
    pub upos: Upos,
}

impl Word {
    /// Start, in bytes into the document text.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// End, in bytes, exclusive.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Where a clitic starts in a word token, if UD would split one off:
/// "China's" → 5, "don't" → 2, "they're" → 4, "cannot" → 3.
pub fn clitic_split(w: &str) -> Option<usize> {
    const CLITICS: [&str; 14] = [
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ];
    let n = w.len();
    if !w.contains(['\'', '’']) {
        return (n == 6 && w.eq_ignore_ascii_case("cannot")).then_some(3);
    }
    for c in CLITICS {
        if n > c.len()
            && w.is_char_boundary(n - c.len())
            && w[n - c.len()..].eq_ignore_ascii_case(c)
        {
            return Some(n - c.len());
        }
    }
    if w.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    None
}

/// Split and tag every sentence of `doc`. One [`Word`] per tagger word, in
/// text order; punctuation and numbers are words too.
pub fn tag(doc: &Doc) -> Vec<Word> {
    tag_with(Tagger::builtin(), doc)
}

/// [`tag`] with a given model.
pub fn tag_with(tagger: &Tagger, doc: &Doc) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 16);
    let mut hashes: Vec<WordHashes> = Vec::new();
    let mut tags: Vec<Upos> = Vec::new();
    let mut forced: Vec<Option<Upos>> = Vec::new();
    let mut scratch = Scratch::default();
    for s in &doc.sentences {
        let first = words.len();
        hashes.clear();
        forced.clear();
        for ti in s.tokens.clone() {
            let t = &doc.tokens[ti];
            let text = &doc.text[t.start()..t.end()];
            let split = if t.kind == TokenKind::Word {
                clitic_split(text)
            } else {
                None
            };
            // Plain punctuation and digit strings need no model.
            let known = match t.kind {
                TokenKind::Punct
                    if text.chars().all(|c| {
                        matches!(
                            c,
                            ',' | '.'
                                | ';'
                                | ':'
                                | '!'
                                | '?'
                                | '('
                                | ')'
                                | '['
                                | ']'
                                | '"'
                                | '“'
                                | '”'
                                | '‘'
                                | '’'
                                | '…'
                        )
                    }) =>
                {
                    Some(Upos::Punct)
                }
                TokenKind::Number
                    if text
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.') =>
                {
                    Some(Upos::Num)
                }
                _ => None,
            };
            let mut push = |a: usize, b: usize| {
                forced.push(known);
                hashes.push(WordHashes::new(&doc.text[a..b]));
                words.push(Word {
                    start: a as u32,
                    end: b as u32,
                    upos: Upos::X,
                });
            };
            match split {
                Some(k) => {
                    push(t.start(), t.start() + k);
                    push(t.start() + k, t.end());
                }
                None => push(t.start(), t.end()),
            }
        }
        tagger.tag_forced(&hashes, &forced, &mut tags, &mut scratch);
        for (w, &u) in words[first..].iter_mut().zip(tags.iter()) {
            w.upos = u;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_split_like_ud() {
        assert_eq!(clitic_split("China's"), Some(5));
        assert_eq!(clitic_split("China’s"), Some(5));
        assert_eq!(clitic_split("don't"), Some(2));
        assert_eq!(clitic_split("WON'T"), Some(2));
        assert_eq!(clitic_split("they're"), Some(4));
        assert_eq!(clitic_split("cannot"), Some(3));
        assert_eq!(clitic_split("'s"), None);
        assert_eq!(clitic_split("ships"), None);
    }

    #[test]
    fn bad_model_bytes_are_errors_not_panics() {
        assert_eq!(
            Tagger::from_bytes(b"nope").unwrap_err(),
            ModelError::BadMagic
        );
        let mut b = MAGIC.to_vec();
        b.push(5);
        assert!(matches!(
            Tagger::from_bytes(&b),
            Err(ModelError::Truncated { .. })
        ));
    }

    #[test]
    fn the_fallback_empty_model_tags_without_panicking() {
        // What `builtin` falls back to if the compiled-in model could not be read.
        let words = ["Ships", "sail", "today", "."].map(WordHashes::new);
        let mut out = Vec::new();
        Tagger::default().tag_hashes(&words, &mut out);
        assert_eq!(out.len(), words.len());
    }

    #[test]
    fn builtin_model_loads() {
        let (features, dict) = Tagger::builtin().size();
        assert!(features > 1000, "{features} features");
        assert!(dict > 100, "{dict} dictionary words");
    }

    fn tags(text: &str) -> Vec<(String, &'static str)> {
        let doc = Doc::new(text);
        tag(&doc)
            .iter()
            .map(|w| (text[w.start()..w.end()].to_string(), w.upos.as_str()))
            .collect()
    }

    #[test]
    fn tags_a_plain_news_sentence() {
        let t = tags("The minister will visit Lisbon next week, officials said.");
        let get = |w: &str| t.iter().find(|(x, _)| x == w).map(|x| x.1);
        assert_eq!(get("The"), Some("DET"));
        assert_eq!(get("minister"), Some("NOUN"));
        assert_eq!(get("will"), Some("AUX"));
        assert_eq!(get("visit"), Some("VERB"));
        assert_eq!(get("Lisbon"), Some("PROPN"));
        assert_eq!(get(","), Some("PUNCT"));
        assert_eq!(get("said"), Some("VERB"));
    }

    /// Errors seen with other models that cost relations downstream: a plural
    /// noun opening a sentence before its verb is no verb, and a city after
    /// "visit" is a name, not an auxiliary.
    #[test]
    fn sentence_initial_plural_nouns_and_visited_places() {
        for (text, word, want) in [
            (
                "Shipments rose by a fifth after the ban.",
                "Shipments",
                "NOUN",
            ),
            (
                "Officials warned that sanctions could follow.",
                "Officials",
                "NOUN",
            ),
            (
                "Prosecutors charged two traders with fraud.",
                "Prosecutors",
                "NOUN",
            ),
            (
                "The minister would likely visit Beijing in May.",
                "Beijing",
                "PROPN",
            ),
            (
                "The minister would likely visit Beijing in May.",
                "visit",
                "VERB",
            ),
            (
                "The envoy will fly to Tokyo and visit Seoul next week.",
                "Seoul",
                "PROPN",
            ),
            (
                "The chancellor would likely visit Beijing before the summit in June.",
                "Beijing",
                "PROPN",
            ),
            ("Diplomats said the deal was close.", "Diplomats", "NOUN"),
            (
                "Aides credit the talks with convincing Beijing to act.",
                "Beijing",
                "PROPN",
            ),
        ] {
            let t = tags(text);
            let got = t.iter().find(|(x, _)| x == word).map(|x| x.1);
            assert_eq!(got, Some(want), "{word} in {text:?}: {t:?}");
        }
    }

    #[test]
    fn the_direct_feature_index_answers_as_the_hashed_table() {
        // Keys cut to 12 bits, ascending with repeats (the first row wins), plus keys wider
        // than the cut (never looked up): every possible key gets the same answer both ways.
        let mut keys: Vec<u32> = (0u32..900)
            .map(|i| i.wrapping_mul(2_654_435_761) >> 20)
            .collect();
        let repeats = keys[..40].to_vec();
        keys.extend(repeats);
        keys.sort_unstable();
        keys.extend([5000, 1 << 20]);
        let direct = FeatureIndex::new(&keys, 12);
        assert!(matches!(direct, FeatureIndex::Direct(_)));
        let hashed = Table::new(&keys);
        for k in 0..1u32 << 12 {
            assert_eq!(direct.get(k), hashed.get(k), "key {k}");
        }
        assert!(
            keys.windows(2).any(|w| w[0] == w[1]),
            "the test has a repeated key"
        );
        assert!(matches!(
            FeatureIndex::new(&keys, 24),
            FeatureIndex::Hashed(_)
        ));
    }

    #[test]
    fn the_aux_list_holds_auxiliaries_and_their_clitics_only() {
        let aux = Table::new(&aux_words());
        for w in ["would", "Was", "'s", "’ll", "ca", "wo"] {
            assert!(aux.get(WordHashes::new(w).lower).is_some(), "{w}");
        }
        for w in ["visit", "Beijing", "said", "to"] {
            assert!(aux.get(WordHashes::new(w).lower).is_none(), "{w}");
        }
    }

    #[test]
    fn splits_clitics_and_keeps_token_index() {
        let doc = Doc::new("The firm's owner didn't sell.");
        let ws = tag(&doc);
        let texts: Vec<&str> = ws.iter().map(|w| &doc.text[w.start()..w.end()]).collect();
        assert_eq!(
            texts,
            ["The", "firm", "'s", "owner", "did", "n't", "sell", "."]
        );
        // "firm" and "'s" are the two words of one token, "firm's".
        assert_eq!(doc.tokens.len(), 6);
        assert_eq!(
            (ws[1].start(), ws[2].end()),
            (doc.tokens[1].start(), doc.tokens[1].end())
        );
        assert_eq!(ws[1].end(), ws[2].start());
        assert_eq!(std::mem::size_of::<Word>(), 9);
        assert_eq!(ws[5].upos, Upos::Part);
        assert_eq!(ws[2].upos, Upos::Part);
    }
}
