//! The name tagger's features: what is known about each token (its word, affixes, shape, lexicon
//! facts, the rules' evidence, the line's casing and how the document writes the word elsewhere),
//! hashed into feature numbers by one [`Extractor`] that training
//! (`src/bin/annalist-train-ner/`) and tagging ([`super::tagger`]) share, so the two cannot
//! drift.
//!
//! Input: the [`Doc`] and the rules' [`TypedMention`]s. Output: per token, feature hashes of `weights::KEY_BITS` (22) bits
//! (the static ones, then the ones that read the two tags before).

use super::keys::{
    h, hs, small_rule, small_rule_conf, small_rules, small_tag, small_tags, Sink, BIAS, KIND, LX,
    NEXT_LX, PREV_LX, RULE_LABEL, T,
};
use super::tags::{tag, Class, OUT};
use crate::engine::lexicon::{lexicon, lower, Entry};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// What is known about one token before tagging (strings as 64-bit hashes).
struct TokenInfo {
    /// Hash of the lower-case word.
    word: u64,
    /// Hash of the word shape.
    shape: u64,
    /// Hashes of the first three and last three characters (0 for words of three or fewer).
    prefix: u64,
    suffix: u64,
    /// Characters in the word, at most 8.
    len: u8,
    kind: u8,
    /// Lexicon facts as a bit set (see `LX_*`).
    lx: u32,
    /// The rules' tag for this token (B/I of their class, or O; amounts and items are O).
    /// A u8 (tags are below [`TAGS`]): 48 bytes a token, not 56 (issue 16.6).
    rule: u8,
    /// The rules' fine label, as a small number (0 = none).
    rule_label: u8,
    /// The rules' confidence in tenths (0 = no rule name here).
    rule_conf: u8,
    /// How the document writes this word elsewhere: bit 0, in lower case somewhere; bit 1,
    /// capitalised somewhere not at a sentence's start ([`DOC_LOWER`], [`DOC_CAP_MID`]).
    doc_case: u8,
}

/// [`TokenInfo::doc_case`]: the document writes the word in lower case somewhere.
const DOC_LOWER: u8 = 1;
/// [`TokenInfo::doc_case`]: the document writes the word capitalised inside a sentence.
const DOC_CAP_MID: u8 = 2;

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

/// Word shape: X for upper-case letters, x for lower, d for digits, other characters kept;
/// runs of the same class collapse after two ("Xxx" → "Xxx", "Washington" → "Xxx").
fn shape(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        // The same classes byte by byte (no ASCII letter is outside X and x).
        let mut last = 0u8;
        let mut run = 0;
        for &c in w.as_bytes().iter().take(24) {
            let s = match c {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => c,
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
            out.push(char::from(s));
        }
        return;
    }
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

/// The lexicon facts of an entry as a bit set (see `LX_*`).
fn lexicon_bits(e: Option<&Entry>) -> u32 {
    let Some(e) = e else {
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
    set(e.region, LX_STATE);
    set(e.stop, LX_STOP);
    set(e.title || e.title_start, LX_TITLE);
    set(e.model_item, LX_ITEM);
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

/// How the document writes its words, for [`TokenInfo::doc_case`]: the word hashes written in
/// lower case, and those written capitalised inside a sentence. Document-level case
/// evidence: a sentence-initial "Harrison" the document also writes mid-sentence is a name; a
/// capitalised "Holders" the document also writes "holders" is a common word.
#[derive(Default)]
struct DocCase {
    /// Per word hash: [`DOC_LOWER`] and/or [`DOC_CAP_MID`] (one map, one look-up a token).
    case: std::collections::HashMap<u64, u8, crate::engine::lexicon::FxBuild>,
}

impl DocCase {
    fn new(doc: &Doc) -> DocCase {
        let mut d = DocCase::default();
        let mut buf = String::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = doc.tok_text(i);
            let Some(c) = w.chars().next() else {
                continue;
            };
            let bit = if c.is_lowercase() {
                DOC_LOWER
            } else if c.is_uppercase() && !doc.is_sentence_start(i) {
                DOC_CAP_MID
            } else {
                continue;
            };
            *d.case.entry(word_hash(lower(w, &mut buf))).or_default() |= bit;
        }
        d
    }

    /// [`TokenInfo::doc_case`] of a word token with this word hash.
    fn of(&self, word: u64) -> u8 {
        self.case.get(&word).copied().unwrap_or(0)
    }
}

/// The lower-case word cut to 30 characters (what [`TokenInfo::word`] hashes).
fn cut_word(lw: &str) -> &str {
    if lw.len() <= 30 {
        lw
    } else {
        match lw.char_indices().nth(30) {
            Some((cut, _)) => &lw[..cut],
            None => lw,
        }
    }
}

/// [`TokenInfo::word`] of a lower-case word.
fn word_hash(lw: &str) -> u64 {
    hs(cut_word(lw).as_bytes())
}

/// Stand-ins for the words before the sentence's start and after its end.
const START: u64 = 0x9e37_79b9_7f4a_7c15;
const END: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// Computes the features of every token of one document.
///
/// The per-token facts ([`TokenInfo`], 48 bytes a token) are computed for one sentence at a
/// time, the sentence of the token asked about, and kept until a token of another sentence is
/// asked about: for the whole document they were the peak of an analysis (issue 16.6). Only
/// the document-level facts are kept whole: how the document writes each word, the rules' tags
/// (3 bytes a token) and the line casing.
pub struct Extractor<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Per token: the rules' tag, fine label and confidence ([`TokenInfo::rule`],
    /// [`TokenInfo::rule_label`], [`TokenInfo::rule_conf`]).
    rules: Vec<[u8; 3]>,
    case: DocCase,
    /// The token range of the sentence whose facts are in `info.1`, and those facts.
    info: std::cell::RefCell<(Range<usize>, Vec<TokenInfo>)>,
    /// Per sentence: mostly ALL-CAPS words; mostly Title Case words.
    caps_line: Vec<bool>,
    title_line: Vec<bool>,
    /// Per token: 1 + the UPOS tag of its first word ([`crate::engine::pos`]), 0 for none;
    /// empty when no tags were given.
    pos: Vec<u8>,
}

fn label_code(l: Label) -> u8 {
    Label::ALL
        .iter()
        .position(|&x| x == l)
        .map_or(0, |p| p as u8 + 1)
}

impl<'d, 'a> Extractor<'d, 'a> {
    /// Prepares the document-level facts. `rules` are the rules' mentions in text order.
    #[inline(never)]
    pub fn new(doc: &'d Doc<'a>, rules: &[TypedMention]) -> Self {
        let mut tags = vec![[OUT as u8, 0, 0]; doc.tokens.len()];
        for m in rules {
            let Some(c) = Class::of(m.label) else {
                continue;
            };
            for (k, i) in m.tokens.clone().enumerate() {
                if let Some(ti) = tags.get_mut(i) {
                    *ti = [
                        tag(c, k == 0) as u8,
                        label_code(m.label),
                        (m.confidence * 10.0).round().clamp(1.0, 10.0) as u8,
                    ];
                }
            }
        }
        let (caps_line, title_line) = super::headline::line_casing(doc);
        Extractor {
            doc,
            rules: tags,
            case: DocCase::new(doc),
            info: std::cell::RefCell::new((0..0, Vec::new())),
            caps_line,
            title_line,
            pos: Vec::new(),
        }
    }

    /// Gives the tokens' UPOS tags (from `words`, the POS tagger's words of the same
    /// document): a token takes its first word's tag.
    pub fn with_pos(mut self, words: &[crate::engine::pos::Word]) -> Self {
        let doc = self.doc;
        let mut pos = vec![0u8; doc.tokens.len()];
        let mut w = 0;
        for (i, t) in doc.tokens.iter().enumerate() {
            while w < words.len() && words[w].start() < t.start() {
                w += 1;
            }
            if let Some(x) = words.get(w).filter(|x| x.start() == t.start()) {
                pos[i] = x.upos as u8 + 1;
            }
        }
        self.pos = pos;
        self
    }

    /// The token range whose facts are kept together with token `i`'s: its sentence (the
    /// neighbours features read stay inside it), or the whole document for a token of no
    /// sentence (never: the sentences cover every token).
    fn unit(&self, i: usize) -> Range<usize> {
        let doc = self.doc;
        (i < doc.tokens.len())
            .then(|| doc.sentence_of(i))
            .and_then(|s| doc.sentences.get(s as usize))
            .map(|s| s.tokens())
            .filter(|r| r.contains(&i))
            .unwrap_or(0..doc.tokens.len())
    }

    /// The facts of the tokens of `unit` ([`Extractor::unit`]), computed unless they are the
    /// ones kept.
    fn facts(&self, unit: &Range<usize>) -> std::cell::Ref<'_, (Range<usize>, Vec<TokenInfo>)> {
        if self.info.borrow().0 != *unit {
            let mut kept = self.info.borrow_mut();
            let (range, info) = &mut *kept;
            info.clear();
            self.fill(unit.clone(), info);
            *range = unit.clone();
        }
        self.info.borrow()
    }

    /// Computes the facts of tokens `range` into `info`.
    fn fill(&self, range: Range<usize>, info: &mut Vec<TokenInfo>) {
        let doc = self.doc;
        let lx = lexicon();
        let mut buf = String::new();
        let mut sh = String::new();
        for i in range {
            let Some(t) = doc.tokens.get(i) else {
                break;
            };
            let w = doc.tok_text(i);
            shape(w, &mut sh);
            let lw = lower(w, &mut buf);
            // Lexicon facts of the whole lower-case word (looked up once, here).
            let lx_bits = if t.kind == TokenKind::Word && w.len() <= 40 {
                lexicon_bits(lx.get(lw))
            } else {
                0
            };
            let lw = cut_word(lw);
            let n = if lw.is_ascii() {
                lw.len()
            } else {
                lw.chars().count()
            };
            let (prefix, suffix) = if n > 3 && n == lw.len() {
                (hs(&lw.as_bytes()[..3]), hs(&lw.as_bytes()[n - 3..]))
            } else if n > 3 {
                let p = lw.char_indices().nth(3).map_or(lw.len(), |(b, _)| b);
                let s = lw.char_indices().nth(n - 3).map_or(0, |(b, _)| b);
                (hs(&lw.as_bytes()[..p]), hs(&lw.as_bytes()[s..]))
            } else {
                (0, 0)
            };
            let word = hs(lw.as_bytes());
            let kind = match t.kind {
                TokenKind::Word => b'w',
                TokenKind::Number => b'n',
                TokenKind::Punct => b'p',
                TokenKind::Link => b'l',
            };
            let [rule, rule_label, rule_conf] =
                self.rules.get(i).copied().unwrap_or([OUT as u8, 0, 0]);
            info.push(TokenInfo {
                word,
                shape: hs(sh.as_bytes()),
                prefix,
                suffix,
                len: n.min(8) as u8,
                kind,
                lx: lx_bits,
                rule,
                rule_label,
                rule_conf,
                doc_case: if t.kind == TokenKind::Word {
                    self.case.of(word)
                } else {
                    0
                },
            });
        }
    }

    /// The features of token `i` that do not depend on the tags before it.
    pub fn static_features(&self, i: usize, out: &mut Vec<u32>) {
        out.clear();
        self.each_static_feature(i, &mut |f| out.push(f));
    }

    /// Calls `out` with each feature of [`Extractor::static_features`], in the same order
    /// (tagging scores them as they come, without collecting them).
    #[inline(always)]
    pub(super) fn each_static_feature(&self, i: usize, out: &mut impl FnMut(u32)) {
        // Neighbours stay inside the sentence.
        let srange = self.unit(i);
        let kept = self.facts(&srange);
        self.static_of(&kept.1, &srange, i, out);
    }

    /// The facts of the tokens of one sentence (a range of [`Extractor::sentences`]), borrowed
    /// while its tokens are tagged one after another: [`Extractor::each_static_feature`] and
    /// [`Extractor::keys`] find and borrow the kept facts on every call, twice a token.
    pub(super) fn sentence_facts(&self, s: Range<usize>) -> SentenceFacts<'_, 'd, 'a> {
        SentenceFacts {
            ex: self,
            kept: self.facts(&s),
        }
    }

    /// The static features of token `i` of unit `srange`, whose facts are `info`.
    #[inline(always)]
    fn static_of(&self, info: &[TokenInfo], srange: &Range<usize>, i: usize, out: &mut impl Sink) {
        let sent = self.doc.sentence_of(i) as usize;
        let t = &info[i - srange.start];
        let at = |d: isize| -> Option<&TokenInfo> {
            let j = i as isize + d;
            if j >= srange.start as isize && (j as usize) < srange.end {
                info.get(j as usize - srange.start)
            } else {
                None
            }
        };
        // The neighbours, each found once (the features read the one before and after
        // several times).
        let (p2, p1, n1, n2) = (at(-2), at(-1), at(1), at(2));
        let near = |d: isize| match d {
            -2 => p2,
            -1 => p1,
            1 => n1,
            _ => n2,
        };
        let edge = |d: isize| if d < 0 { START } else { END };
        let wd = |d: isize| near(d).map_or(edge(d), |x| x.word);
        let sh = |d: isize| near(d).map_or(edge(d), |x| x.shape);
        let lxb = |d: isize| near(d).map_or(0, |x| x.lx);
        let shape = t.shape;
        let w = t.word;
        out.small(BIAS, h(T::Bias, &[]));
        out.small(KIND + usize::from(t.kind), h(T::Kind, &[u64::from(t.kind)]));
        out.hashed(h(T::Word, &[w]));
        out.hashed(h(T::Shape, &[shape]));
        if t.prefix != 0 {
            out.hashed(h(T::Prefix, &[t.prefix]));
            out.hashed(h(T::Suffix, &[t.suffix]));
        }
        out.hashed(h(T::Len, &[u64::from(t.len), shape]));
        out.hashed(h(T::Prev1, &[wd(-1)]));
        out.hashed(h(T::Next1, &[wd(1)]));
        out.hashed(h(T::Prev2, &[wd(-2)]));
        out.hashed(h(T::Next2, &[wd(2)]));
        out.hashed(h(T::Next1Word, &[wd(1), w]));
        out.hashed(h(T::ShapeWin, &[sh(-1), shape, sh(1)]));
        out.hashed(h(T::Prev1Shape, &[wd(-1), shape]));
        out.hashed(h(T::Next1Shape, &[wd(1), shape]));
        let first = p1.is_none();
        out.hashed(h(T::FirstShape, &[u64::from(first), shape]));
        out.hashed(h(
            T::DocCase,
            &[u64::from(t.doc_case), u64::from(first), shape],
        ));
        if self.caps_line.get(sent).copied().unwrap_or(false) {
            out.hashed(h(T::CapsLine, &[shape]));
            out.hashed(h(T::CapsLine, &[w]));
        }
        if self.title_line.get(sent).copied().unwrap_or(false) {
            out.hashed(h(T::TitleLine, &[shape]));
        }
        let (own, prev, next) = (t.lx, lxb(-1), lxb(1));
        let mut any = own | prev | next;
        while any != 0 {
            let bit = any.trailing_zeros();
            let b = 1u32 << bit;
            any &= !b;
            if own & b != 0 {
                out.small(LX + bit as usize, h(T::Lx, &[u64::from(bit)]));
                out.hashed(h(T::LxShape, &[u64::from(bit), shape]));
            }
            if prev & b != 0 {
                out.small(PREV_LX + bit as usize, h(T::PrevLx, &[u64::from(bit)]));
            }
            if next & b != 0 {
                out.small(NEXT_LX + bit as usize, h(T::NextLx, &[u64::from(bit)]));
            }
        }
        let rule = t.rule as u64;
        out.small_or_hashed(small_rule(rule), h(T::Rule, &[rule]));
        out.hashed(h(T::RuleShape, &[rule, shape]));
        out.small(
            RULE_LABEL + usize::from(t.rule_label),
            h(T::RuleLabel, &[u64::from(t.rule_label)]),
        );
        out.small_or_hashed(
            small_rule_conf(rule, u64::from(t.rule_conf)),
            h(T::RuleConf, &[rule, u64::from(t.rule_conf)]),
        );
        let prev_rule = p1.map_or(99, |x| x.rule as u64);
        let next_rule = n1.map_or(99, |x| x.rule as u64);
        out.small_or_hashed(
            small_rules(rule, prev_rule, next_rule),
            h(T::Rule, &[rule, prev_rule, next_rule]),
        );
        if !self.pos.is_empty() {
            // The POS tagger's tags of the token and its neighbours (issue 11; only when given:
            // `annalist-train-ner --pos`, measured and not shipped, see data/models/SOURCES.md).
            let ps = |d: isize| -> u64 {
                let j = i as isize + d;
                if j >= srange.start as isize && (j as usize) < srange.end {
                    u64::from(self.pos.get(j as usize).copied().unwrap_or(0))
                } else {
                    99
                }
            };
            out.hashed(h(T::PosWin, &[ps(-1), ps(0), ps(1)]));
        }
    }

    /// The features that read the tags already given to the two tokens before.
    pub fn tag_features(&self, i: usize, prev: usize, prev2: usize, out: &mut Vec<u32>) {
        let (shape, word) = self.keys(i);
        tag_features_of(shape, word, prev, prev2, out);
    }

    /// Is token `i` left out of tagging (always O)? Punctuation other than the marks names
    /// hold ("&", "-", ".", apostrophes), and links: a cheap shortcut for about a sixth of
    /// the tokens, the same when training and tagging.
    pub fn skipped(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        match t.kind {
            TokenKind::Link => true,
            TokenKind::Punct => !matches!(
                self.doc.tok_text(i),
                "&" | "-" | "." | "'" | "’" | "/" | "+"
            ),
            _ => false,
        }
    }

    /// Shape and word hashes of token `i` (what [`tag_features_of`] reads).
    pub fn keys(&self, i: usize) -> (u64, u64) {
        self.info_of(i, |t| (t.shape, t.word))
    }

    /// Reads the facts of token `i`.
    fn info_of<R>(&self, i: usize, read: impl FnOnce(&TokenInfo) -> R) -> R {
        let unit = self.unit(i);
        let kept = self.facts(&unit);
        read(&kept.1[i - unit.start])
    }

    /// Per sentence: is it an ALL-CAPS line, a Title Case line ([`super::headline::line_casing`]).
    pub fn line_casing(&self) -> (&[bool], &[bool]) {
        (&self.caps_line, &self.title_line)
    }

    /// [`Extractor::line_casing`], owned: the rules' tags and the last sentence's facts are
    /// freed here, before reconciling (issue 16.6).
    pub fn into_line_casing(self) -> (Vec<bool>, Vec<bool>) {
        (self.caps_line, self.title_line)
    }

    /// Token ranges of the document's sentences (the units tagged left to right).
    pub fn sentences(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.doc.sentences.iter().map(|s| s.tokens())
    }
}

/// The facts of one sentence's tokens ([`Extractor::sentence_facts`]): the static features
/// and keys of its tokens, the same as [`Extractor::each_static_feature`] and
/// [`Extractor::keys`] give.
pub(super) struct SentenceFacts<'x, 'd, 'a> {
    ex: &'x Extractor<'d, 'a>,
    kept: std::cell::Ref<'x, (Range<usize>, Vec<TokenInfo>)>,
}

impl SentenceFacts<'_, '_, '_> {
    /// [`Extractor::each_static_feature`] of token `i` of the sentence, into a [`Sink`].
    #[inline(always)]
    pub(super) fn each_static_feature(&self, i: usize, out: &mut impl Sink) {
        let (range, info) = &*self.kept;
        self.ex.static_of(info, range, i, out);
    }

    /// [`Extractor::keys`] of token `i` of the sentence.
    #[inline(always)]
    pub(super) fn keys(&self, i: usize) -> (u64, u64) {
        let (range, info) = &*self.kept;
        let t = &info[i - range.start];
        (t.shape, t.word)
    }
}

/// The features that read the tags `prev` and `prev2` given to the two tokens before a
/// token of this shape and word (hashes, from [`Extractor::keys`]).
pub fn tag_features_of(shape: u64, word: u64, prev: usize, prev2: usize, out: &mut Vec<u32>) {
    each_tag_feature(shape, word, prev, prev2, &mut |f| out.push(f));
}

/// [`tag_features_of`], each feature given to `out` as it comes (in the same order).
#[inline(always)]
pub(super) fn each_tag_feature(
    shape: u64,
    word: u64,
    prev: usize,
    prev2: usize,
    out: &mut impl Sink,
) {
    let p = prev as u64;
    out.small_or_hashed(small_tag(p), h(T::PrevTag, &[p]));
    out.hashed(h(T::PrevTagShape, &[p, shape]));
    out.small_or_hashed(
        small_tags(p, prev2 as u64),
        h(T::PrevTags, &[p, prev2 as u64]),
    );
    out.hashed(h(T::PrevTagWord, &[p, word]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::typing::keys::{small_hash, RULES, SMALL_SLOTS};
    use crate::engine::typing::weights::KEY_BITS;

    #[test]
    fn document_case_marks_words_written_elsewhere() {
        let doc = Doc::new(
            "Harrison grew fast. People in Harrison agreed.\nHolders must sign. The holders did.",
        );
        let ex = Extractor::new(&doc, &[]);
        let case_of = |w: &str| {
            let i = (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == w)
                .unwrap();
            ex.info_of(i, |t| t.doc_case)
        };
        // Sentence-initial "Harrison" is also written capitalised mid-sentence.
        assert_eq!(case_of("Harrison"), DOC_CAP_MID);
        // "Holders" starts its sentence and is also written "holders".
        assert_eq!(case_of("Holders"), DOC_LOWER);
        assert_eq!(case_of("People"), 0);
    }

    #[test]
    fn feature_hashes_are_nonzero_and_fit_the_weight_tables_key_bits() {
        let doc = Doc::new("Mira Olsen joined Kestrel Logistics in Oslo. She left.");
        let ex = Extractor::new(&doc, &[]);
        let mut all = Vec::new();
        let mut f = Vec::new();
        for i in 0..doc.tokens.len() {
            ex.static_features(i, &mut f);
            all.extend_from_slice(&f);
            ex.tag_features(i, OUT, OUT, &mut f);
            all.extend_from_slice(&f);
        }
        assert!(all.len() > 100);
        assert!(all.iter().all(|&h| h != 0 && h < 1 << KEY_BITS));
        // Different templates and words still give different hashes.
        let distinct: std::collections::BTreeSet<u32> = all.iter().copied().collect();
        assert!(distinct.len() > 100);
    }

    #[test]
    fn tokens_take_their_first_words_pos_tag_and_the_tags_add_a_feature() {
        use crate::engine::pos::{Upos, Word};
        let doc = Doc::new("Mira Olsen's firm grew.");
        let at = |w: &str| {
            (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == w)
                .unwrap()
        };
        let tok = |i: usize| (doc.tokens[i].start(), doc.tokens[i].end());
        let (olsen, firm) = (at("Olsen's"), at("firm"));
        let (os, oe) = tok(olsen);
        // "Olsen's" is two words; "grew" and "." are given none.
        let words = [
            Word::new(tok(0).0, tok(0).1, Upos::Propn),
            Word::new(os, oe - 2, Upos::Propn),
            Word::new(oe - 2, oe, Upos::Part),
            Word::new(tok(firm).0, tok(firm).1, Upos::Noun),
        ];
        let plain = Extractor::new(&doc, &[]);
        let ex = Extractor::new(&doc, &[]).with_pos(&words);
        assert_eq!(ex.pos[olsen], Upos::Propn as u8 + 1);
        assert_eq!(ex.pos[firm], Upos::Noun as u8 + 1);
        assert_eq!(ex.pos[at("grew")], 0);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        plain.static_features(olsen, &mut a);
        ex.static_features(olsen, &mut b);
        assert_eq!(b.len(), a.len() + 1);
        assert_eq!(b[..a.len()], a[..]);
        // The window reads the neighbours' tags: another tag after the word, another feature.
        let (fs, fe) = tok(firm);
        let other = [&words[..3], &[Word::new(fs, fe, Upos::Verb)]].concat();
        let mut c = Vec::new();
        Extractor::new(&doc, &[])
            .with_pos(&other)
            .static_features(olsen, &mut c);
        assert_ne!(b.last(), c.last());
    }

    #[test]
    fn a_sentences_facts_give_each_tokens_own_features() {
        let doc =
            Doc::new("NORDVIK HAULAGE\nIda Brekke runs Nordvik Haulage AS. It grew.\nShe said so.");
        let ex = Extractor::new(&doc, &[]);
        let (mut one, mut by_sentence) = (Vec::new(), Vec::new());
        let mut n = 0;
        for s in ex.sentences() {
            let facts = ex.sentence_facts(s.clone());
            for i in s {
                by_sentence.clear();
                facts.each_static_feature(i, &mut |f| by_sentence.push(f));
                let keys = facts.keys(i);
                one.push((i, by_sentence.clone(), keys));
                n += 1;
            }
        }
        assert_eq!(n, doc.tokens.len());
        let mut f = Vec::new();
        for (i, feats, keys) in one {
            ex.static_features(i, &mut f);
            assert_eq!(f, feats, "token {i}");
            assert_eq!(ex.keys(i), keys);
        }
    }

    #[test]
    fn small_feature_indices_give_back_their_hashes() {
        struct Check(Vec<(usize, u32)>, usize);
        impl Sink for Check {
            fn hashed(&mut self, _: u32) {
                self.1 += 1;
            }
            fn small(&mut self, index: usize, f: u32) {
                self.0.push((index, f));
            }
        }
        let doc = Doc::new(
            "NORDVIK HAULAGE\nIda Brekke of Bergen runs Nordvik Haulage AS.\nShe said so.",
        );
        let rules = crate::engine::typing::classify(&doc, &crate::engine::candidates::find(&doc));
        let ex = Extractor::new(&doc, &rules);
        let mut check = Check(Vec::new(), 0);
        for s in ex.sentences() {
            let facts = ex.sentence_facts(s.clone());
            for i in s {
                facts.each_static_feature(i, &mut check);
                let (shape, word) = facts.keys(i);
                for (p, p2) in [(OUT, OUT), (3, 1), (8, 8)] {
                    each_tag_feature(shape, word, p, p2, &mut check);
                }
            }
        }
        assert!(check.0.len() > 100 && check.1 > 100);
        assert!(
            check.0.iter().any(|&(k, _)| (RULES..LX).contains(&k)),
            "rules' tags seen"
        );
        for (k, f) in check.0 {
            assert!(k < SMALL_SLOTS);
            assert_eq!(small_hash(k), f, "index {k}");
        }
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
