//! The learned name tagger: a greedy left-to-right averaged-perceptron BIO tagger over the
//! document's tokens, whose features combine the word and its neighbours with the rules'
//! evidence (lexicon hits, designators, titles, the rules' own label, line casing).
//!
//! Input: the [`Doc`] and the rules' [`TypedMention`]s. Output: name spans (token ranges) with
//! a coarse [`Class`] (PER, ORG, LOC, MISC). The fine OntoNotes label, roles and countries are
//! taken from the rules in [`super::reconcile`].
//!
//! The same [`Extractor`] computes the features when training (`src/bin/annalist-train-ner.rs`)
//! and when tagging, so the two cannot drift. Weights: `data/models/ner.bin` (format in
//! [`Tagger::from_bytes`]), trained on the open sets listed in `data/models/SOURCES.md`.

use super::TypedMention;
use crate::engine::lexicon::{lexicon, lower, FxBuild, FxHasher, Lexicon};
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised};
use crate::engine::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::hash::Hasher;
use std::ops::Range;
use std::sync::OnceLock;

/// Coarse name classes the tagger decides (the CoNLL classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Per,
    Org,
    Loc,
    Misc,
}

impl Class {
    pub const ALL: [Class; 4] = [Class::Per, Class::Org, Class::Loc, Class::Misc];

    /// The coarse class of an OntoNotes label; `None` for amounts, dates and items.
    pub fn of(label: Label) -> Option<Class> {
        Some(match label {
            Label::Person => Class::Per,
            Label::Org => Class::Org,
            Label::Gpe | Label::Loc | Label::Fac => Class::Loc,
            Label::Norp
            | Label::Product
            | Label::Event
            | Label::WorkOfArt
            | Label::Law
            | Label::Language => Class::Misc,
            _ => return None,
        })
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Number of tags: O, then B- and I- of each [`Class`].
pub const TAGS: usize = 9;
/// Tag index of "outside".
pub const OUT: usize = 0;

/// Tag index of the first (B) or a following (I) token of a name of class `c`.
pub fn tag(c: Class, begin: bool) -> usize {
    1 + 2 * c.index() + usize::from(!begin)
}

/// The class of a tag, and whether it begins a name.
pub fn untag(t: usize) -> Option<(Class, bool)> {
    if t == OUT || t >= TAGS {
        return None;
    }
    Some((Class::ALL[(t - 1) / 2], (t - 1) % 2 == 0))
}

/// May tag `t` follow tag `prev`? (I-X only after B-X or I-X.)
pub fn allowed(prev: usize, t: usize) -> bool {
    match untag(t) {
        Some((c, false)) => untag(prev).is_some_and(|(p, _)| p == c),
        _ => true,
    }
}

/// Longest name the tagger returns, in tokens; a longer run is cut (hostile text: a run of
/// capitalised words is not one megabyte-long name).
pub const MAX_NAME_TOKENS: usize = 12;

/// What is known about one token before tagging.
struct TokenInfo {
    lower: String,
    shape: String,
    /// Lexicon facts as a bit set (see `LX_*`).
    lx: u32,
    /// The rules' tag for this token (B/I of their class, or O; amounts and items are O).
    rule: usize,
    /// The rules' fine label, as a small number (0 = none).
    rule_label: u8,
    /// The rules' confidence in tenths (0 = no rule name here).
    rule_conf: u8,
}

const LX_GIVEN: u32 = 1;
const LX_SURNAME: u32 = 2;
const LX_COUNTRY: u32 = 4;
const LX_DEMONYM: u32 = 8;
const LX_CITY: u32 = 16;
const LX_CAPITAL: u32 = 32;
const LX_STATE: u32 = 64;
const LX_STOP: u32 = 128;
const LX_TITLE: u32 = 256;
const LX_DESIG_ORG: u32 = 512;
const LX_DESIG_PLACE: u32 = 1024;
const LX_DESIG_OTHER: u32 = 2048;
const LX_KNOWN_PER: u32 = 4096;
const LX_KNOWN_ORG: u32 = 8192;
const LX_KNOWN_LOC: u32 = 16384;
const LX_KNOWN_MISC: u32 = 32768;
const LX_ITEM: u32 = 65536;
const LX_BITS: u32 = 17;

/// Word shape: X for upper-case letters, x for lower, d for digits, other characters kept;
/// runs of the same class collapse after two ("Xxx" → "Xxx", "Washington" → "Xxx").
fn shape(w: &str, out: &mut String) {
    out.clear();
    let mut last = ' ';
    let mut run = 0;
    for c in w.chars().take(24) {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = s;
        }
        out.push(s);
    }
}

fn lexicon_bits(lx: &Lexicon, w: &str, buf: &mut String) -> u32 {
    let Some(e) = lx.get_any(w, buf) else {
        return 0;
    };
    let mut b = 0;
    let mut set = |on: bool, bit: u32| {
        if on {
            b |= bit;
        }
    };
    set(e.given, LX_GIVEN);
    set(e.surname, LX_SURNAME);
    set(e.country.is_some(), LX_COUNTRY);
    set(e.demonym.is_some(), LX_DEMONYM);
    set(e.city.is_some(), LX_CITY);
    set(e.capital.is_some(), LX_CAPITAL);
    set(e.us_state, LX_STATE);
    set(e.stop, LX_STOP);
    set(e.title || e.title_start, LX_TITLE);
    set(e.item || e.item_start, LX_ITEM);
    if let Some((l, _)) = e.designator {
        b |= match Class::of(l) {
            Some(Class::Org) => LX_DESIG_ORG,
            Some(Class::Loc) => LX_DESIG_PLACE,
            _ => LX_DESIG_OTHER,
        };
    }
    if let Some((l, _)) = e.known {
        b |= match Class::of(l) {
            Some(Class::Per) => LX_KNOWN_PER,
            Some(Class::Org) => LX_KNOWN_ORG,
            Some(Class::Loc) => LX_KNOWN_LOC,
            Some(Class::Misc) => LX_KNOWN_MISC,
            None => 0,
        };
    }
    b
}

/// Feature templates (the first byte of each feature's hash).
#[repr(u8)]
#[derive(Clone, Copy)]
enum T {
    Bias = 1,
    Word,
    Shape,
    Prefix,
    Suffix,
    Prev1,
    Next1,
    Prev2,
    Next2,
    ShapeWin,
    Prev1Shape,
    Next1Shape,
    FirstShape,
    CapsLine,
    TitleLine,
    Lx,
    LxShape,
    PrevLx,
    NextLx,
    Rule,
    RuleShape,
    RuleLabel,
    Kind,
    PrevTag,
    PrevTagShape,
    PrevTags,
    PrevTagWord,
    Next1Word,
    Len,
    RuleConf,
}

fn h(t: T, parts: &[&[u8]]) -> u32 {
    let mut x = FxHasher::default();
    x.write_u8(t as u8);
    for p in parts {
        x.write(p);
        x.write_u8(0xff);
    }
    let v = x.finish();
    (v ^ (v >> 32)) as u32
}

/// Computes the features of every token of one document.
pub struct Extractor<'d, 'a> {
    doc: &'d Doc<'a>,
    info: Vec<TokenInfo>,
    /// Per sentence: mostly ALL-CAPS words; mostly Title Case words.
    caps_line: Vec<bool>,
    title_line: Vec<bool>,
}

fn label_code(l: Label) -> u8 {
    Label::ALL
        .iter()
        .position(|&x| x == l)
        .map_or(0, |p| p as u8 + 1)
}

impl<'d, 'a> Extractor<'d, 'a> {
    /// Prepares the per-token facts. `rules` are the rules' mentions in text order.
    pub fn new(doc: &'d Doc<'a>, rules: &[TypedMention]) -> Self {
        let lx = lexicon();
        let mut buf = String::new();
        let mut info: Vec<TokenInfo> = Vec::with_capacity(doc.tokens.len());
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = doc.tok_text(i);
            let mut sh = String::new();
            shape(w, &mut sh);
            let lower_w = lower(w, &mut buf).chars().take(30).collect::<String>();
            let lx_bits = if t.kind == TokenKind::Word && w.len() <= 40 {
                lexicon_bits(lx, w, &mut buf)
            } else {
                0
            };
            info.push(TokenInfo {
                lower: lower_w,
                shape: sh,
                lx: lx_bits,
                rule: OUT,
                rule_label: 0,
                rule_conf: 0,
            });
        }
        for m in rules {
            let Some(c) = Class::of(m.label) else {
                continue;
            };
            for (k, i) in m.tokens.clone().enumerate() {
                if let Some(ti) = info.get_mut(i) {
                    ti.rule = tag(c, k == 0);
                    ti.rule_label = label_code(m.label);
                    ti.rule_conf = (m.confidence * 10.0).round().clamp(1.0, 10.0) as u8;
                }
            }
        }
        let mut caps_line = Vec::with_capacity(doc.sentences.len());
        let mut title_line = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let (mut words, mut caps, mut titled) = (0usize, 0usize, 0usize);
            for i in s.tokens.clone() {
                if doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                let w = doc.tok_text(i);
                if !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                words += 1;
                if is_all_caps(w) && w.chars().count() > 1 {
                    caps += 1;
                }
                if is_capitalised(w) {
                    titled += 1;
                }
            }
            caps_line.push(words >= 3 && caps * 10 >= words * 7);
            title_line.push(words >= 4 && titled * 10 >= words * 8);
        }
        Extractor {
            doc,
            info,
            caps_line,
            title_line,
        }
    }

    fn word(&self, i: isize) -> &str {
        if i < 0 {
            return "<s>";
        }
        self.info
            .get(i as usize)
            .map_or("</s>", |t| t.lower.as_str())
    }

    fn shape_at(&self, i: isize) -> &str {
        if i < 0 {
            return "<s>";
        }
        self.info
            .get(i as usize)
            .map_or("</s>", |t| t.shape.as_str())
    }

    /// The features of token `i` that do not depend on the tags before it.
    pub fn static_features(&self, i: usize, out: &mut Vec<u32>) {
        out.clear();
        let doc = self.doc;
        let t = &self.info[i];
        let tok = &doc.tokens[i];
        let ii = i as isize;
        let sent = tok.sentence;
        // Neighbours stay inside the sentence.
        let srange = doc
            .sentences
            .get(sent)
            .map_or(0..doc.tokens.len(), |s| s.tokens.clone());
        let inside = |j: isize| j >= srange.start as isize && (j as usize) < srange.end;
        let wd = |j: isize| {
            if inside(j) {
                self.word(j)
            } else if j < ii {
                "<s>"
            } else {
                "</s>"
            }
        };
        let sh = |j: isize| {
            if inside(j) {
                self.shape_at(j)
            } else if j < ii {
                "<s>"
            } else {
                "</s>"
            }
        };
        let lxb = |j: isize| {
            if inside(j) {
                self.info[j as usize].lx
            } else {
                0
            }
        };
        let kind: &[u8] = match tok.kind {
            TokenKind::Word => b"w",
            TokenKind::Number => b"n",
            TokenKind::Punct => b"p",
            TokenKind::Link => b"l",
        };
        let shape = t.shape.as_bytes();
        let w = t.lower.as_str();
        out.push(h(T::Bias, &[]));
        out.push(h(T::Kind, &[kind]));
        out.push(h(T::Word, &[w.as_bytes()]));
        out.push(h(T::Shape, &[shape]));
        let n_chars = w.chars().count();
        if n_chars > 3 {
            let fourth = w.char_indices().nth(3).map_or(w.len(), |(b, _)| b);
            let last3 = w.char_indices().nth_back(2).map_or(0, |(b, _)| b);
            out.push(h(T::Prefix, &[&w.as_bytes()[..fourth]]));
            out.push(h(T::Suffix, &[&w.as_bytes()[last3..]]));
        }
        let len = n_chars.min(8) as u8;
        out.push(h(T::Len, &[&[len], shape]));
        out.push(h(T::Prev1, &[wd(ii - 1).as_bytes()]));
        out.push(h(T::Next1, &[wd(ii + 1).as_bytes()]));
        out.push(h(T::Prev2, &[wd(ii - 2).as_bytes()]));
        out.push(h(T::Next2, &[wd(ii + 2).as_bytes()]));
        out.push(h(T::Next1Word, &[wd(ii + 1).as_bytes(), w.as_bytes()]));
        out.push(h(
            T::ShapeWin,
            &[sh(ii - 1).as_bytes(), shape, sh(ii + 1).as_bytes()],
        ));
        out.push(h(T::Prev1Shape, &[wd(ii - 1).as_bytes(), shape]));
        out.push(h(T::Next1Shape, &[wd(ii + 1).as_bytes(), shape]));
        let first = srange.start == i || !inside(ii - 1);
        out.push(h(T::FirstShape, &[&[u8::from(first)], shape]));
        let caps = self.caps_line.get(sent).copied().unwrap_or(false);
        let title = self.title_line.get(sent).copied().unwrap_or(false);
        if caps {
            out.push(h(T::CapsLine, &[shape]));
            out.push(h(T::CapsLine, &[w.as_bytes()]));
        }
        if title {
            out.push(h(T::TitleLine, &[shape]));
        }
        for bit in 0..LX_BITS {
            let b = 1u32 << bit;
            if t.lx & b != 0 {
                out.push(h(T::Lx, &[&[bit as u8]]));
                out.push(h(T::LxShape, &[&[bit as u8], shape]));
            }
            if lxb(ii - 1) & b != 0 {
                out.push(h(T::PrevLx, &[&[bit as u8]]));
            }
            if lxb(ii + 1) & b != 0 {
                out.push(h(T::NextLx, &[&[bit as u8]]));
            }
        }
        let rule = [t.rule as u8];
        out.push(h(T::Rule, &[&rule]));
        out.push(h(T::RuleShape, &[&rule, shape]));
        out.push(h(T::RuleLabel, &[&[t.rule_label]]));
        out.push(h(T::RuleConf, &[&rule, &[t.rule_conf]]));
        let prev_rule = if inside(ii - 1) {
            self.info[i - 1].rule as u8
        } else {
            99
        };
        let next_rule = if inside(ii + 1) {
            self.info[i + 1].rule as u8
        } else {
            99
        };
        out.push(h(T::Rule, &[&rule, &[prev_rule], &[next_rule]]));
    }

    /// The features that read the tags already given to the two tokens before.
    pub fn tag_features(&self, i: usize, prev: usize, prev2: usize, out: &mut Vec<u32>) {
        let t = &self.info[i];
        tag_features_of(&t.shape, &t.lower, prev, prev2, out);
    }

    /// Shape and lower-case form of token `i` (what [`tag_features_of`] reads).
    pub fn keys(&self, i: usize) -> (String, String) {
        (self.info[i].shape.clone(), self.info[i].lower.clone())
    }

    /// Token ranges of the document's sentences (the units tagged left to right).
    pub fn sentences(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.doc.sentences.iter().map(|s| s.tokens.clone())
    }
}

/// The features that read the tags `prev` and `prev2` given to the two tokens before a
/// token of this shape and lower-case form.
pub fn tag_features_of(shape: &str, lower: &str, prev: usize, prev2: usize, out: &mut Vec<u32>) {
    let p = [prev as u8];
    out.push(h(T::PrevTag, &[&p]));
    out.push(h(T::PrevTagShape, &[&p, shape.as_bytes()]));
    out.push(h(T::PrevTags, &[&p, &[prev2 as u8]]));
    out.push(h(T::PrevTagWord, &[&p, lower.as_bytes()]));
}

/// Trained weights: for each feature hash, one weight per tag.
#[derive(Debug, Default)]
pub struct Tagger {
    index: HashMap<u32, u32, FxBuild>,
    /// `TAGS` weights per feature, in the order of `index`'s values.
    weights: Vec<i8>,
}

/// Errors reading a weight file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a name tagger weight file (bad magic or version)")]
    BadMagic,
    #[error("weight file truncated: expected {expected} bytes, got {got}")]
    Truncated { expected: usize, got: usize },
}

const MAGIC: &[u8; 8] = b"ANNER\x00\x02\x09";

impl Tagger {
    /// Reads a weight file: the 8-byte magic `ANNER\0\2\x09` (version 2, 9 tags), a
    /// little-endian u32 count `n`, then `n` feature hashes (u32 little-endian, ascending,
    /// each stored as the difference to the one before), then `n × 9` weights (i8, one row
    /// per feature, in tag order).
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, ModelError> {
        if b.len() < 12 || &b[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let n = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
        let expected = 12 + n * 4 + n * TAGS;
        if b.len() != expected {
            return Err(ModelError::Truncated {
                expected,
                got: b.len(),
            });
        }
        let mut index = HashMap::with_capacity_and_hasher(n, FxBuild::default());
        let mut acc = 0u32;
        for k in 0..n {
            let o = 12 + k * 4;
            acc = acc.wrapping_add(u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]));
            index.insert(acc, k as u32);
        }
        let base = 12 + n * 4;
        let weights = b[base..].iter().map(|&v| v as i8).collect();
        Ok(Tagger { index, weights })
    }

    /// Writes the format [`Tagger::from_bytes`] reads. `rows` must be sorted by hash.
    pub fn to_bytes(rows: &[(u32, [i8; TAGS])]) -> Vec<u8> {
        let mut out = Vec::with_capacity(12 + rows.len() * (4 + TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (hsh, _) in rows {
            out.extend_from_slice(&hsh.wrapping_sub(prev).to_le_bytes());
            prev = *hsh;
        }
        for (_, w) in rows {
            out.extend(w.iter().map(|&v| v as u8));
        }
        out
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    fn add(&self, feats: &[u32], scores: &mut [i32; TAGS]) {
        for f in feats {
            if let Some(&k) = self.index.get(f) {
                let row = &self.weights[k as usize * TAGS..(k as usize + 1) * TAGS];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += i32::from(*w);
                }
            }
        }
    }

    /// Tags the document: name spans as token ranges with their class, in text order.
    pub fn tag(&self, ex: &Extractor) -> Vec<(Range<usize>, Class)> {
        let mut feats = Vec::with_capacity(96);
        let mut tags = vec![OUT; ex.doc.tokens.len()];
        for s in ex.sentences() {
            let (mut prev, mut prev2) = (OUT, OUT);
            for i in s {
                ex.static_features(i, &mut feats);
                ex.tag_features(i, prev, prev2, &mut feats);
                let mut scores = [0i32; TAGS];
                self.add(&feats, &mut scores);
                let t = best(&scores, prev);
                tags[i] = t;
                prev2 = prev;
                prev = t;
            }
        }
        spans(&tags)
    }
}

/// The highest-scoring tag allowed after `prev` (ties: the lower index, so O first).
pub fn best<S: PartialOrd + Copy>(scores: &[S; TAGS], prev: usize) -> usize {
    let mut b = OUT;
    for t in 1..TAGS {
        if allowed(prev, t) && scores[t] > scores[b] {
            b = t;
        }
    }
    b
}

/// Name spans from a tag sequence; a name longer than [`MAX_NAME_TOKENS`] is cut there.
pub fn spans(tags: &[usize]) -> Vec<(Range<usize>, Class)> {
    let mut out: Vec<(Range<usize>, Class)> = Vec::new();
    let mut open: Option<(usize, Class)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let cont = match (open, untag(t)) {
            (Some((s, c)), Some((tc, false))) => tc == c && i - s < MAX_NAME_TOKENS,
            _ => false,
        };
        if cont {
            continue;
        }
        if let Some((s, c)) = open.take() {
            out.push((s..i, c));
        }
        if let Some((c, _)) = untag(t) {
            open = Some((i, c));
        }
    }
    if let Some((s, c)) = open {
        out.push((s..tags.len(), c));
    }
    out
}

/// The weights compiled into the engine (`data/models/ner.bin`).
pub fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
        Tagger::from_bytes(include_bytes!("../../../data/models/ner.bin")).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_spans_respect_bio() {
        for c in Class::ALL {
            assert_eq!(untag(tag(c, true)), Some((c, true)));
            assert_eq!(untag(tag(c, false)), Some((c, false)));
        }
        let per = tag(Class::Per, true);
        let per_i = tag(Class::Per, false);
        let org_i = tag(Class::Org, false);
        assert!(!allowed(OUT, per_i));
        assert!(allowed(per, per_i));
        assert!(!allowed(per, org_i));
        assert_eq!(
            spans(&[OUT, per, per_i, OUT, per, per]),
            vec![(1..3, Class::Per), (4..5, Class::Per), (5..6, Class::Per)]
        );
        let long = vec![per_i; 30];
        let s = spans(&[&[per][..], &long].concat());
        assert!(s.iter().all(|(r, _)| r.len() <= MAX_NAME_TOKENS));
    }

    #[test]
    fn weight_files_round_trip_and_bad_ones_are_refused() {
        let rows = vec![(3u32, [1i8; TAGS]), (70_000u32, [-2i8; TAGS])];
        let b = Tagger::to_bytes(&rows);
        let t = Tagger::from_bytes(&b).unwrap();
        assert_eq!(t.len(), 2);
        let mut s = [0i32; TAGS];
        t.add(&[70_000, 3, 5], &mut s);
        assert_eq!(s, [-1; TAGS]);
        assert!(matches!(
            Tagger::from_bytes(b"nope"),
            Err(ModelError::BadMagic)
        ));
        assert!(matches!(
            Tagger::from_bytes(&b[..b.len() - 1]),
            Err(ModelError::Truncated { .. })
        ));
    }

    #[test]
    fn the_shipped_weights_load() {
        assert!(!tagger().is_empty());
    }

    #[test]
    fn shapes_collapse_runs() {
        let mut s = String::new();
        shape("Washington", &mut s);
        assert_eq!(s, "Xxx");
        shape("F-16", &mut s);
        assert_eq!(s, "X-dd");
        shape("U.S.", &mut s);
        assert_eq!(s, "X.X.");
    }
}
