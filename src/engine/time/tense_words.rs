//! The word list of `data/time/tense.txt`: each word's kinds, as bits ([`kind`]), read by the
//! clause split and tense of [`super::tense`] and by the phrase tests of [`super::cues`].
//!
//! Input: the data file, compiled in. Output: [`kinds_of`] a lower-case word, [`lower`] to
//! make one, and [`regular_past`] for a past form by shape. A line the loader cannot read is
//! an error [`Words::errors`] holds (tested empty).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/tense.txt"));

/// Kinds of `data/time/tense.txt`, as bits (a word may have several: "was").
pub(super) mod kind {
    pub const FUTURE: u32 = 1;
    pub const PROSPECT: u32 = 2;
    pub const PAST: u32 = 4;
    pub const PRESENT: u32 = 8;
    pub const PERFECT: u32 = 16;
    pub const NOT_PAST: u32 = 32;
    pub const STRONG: u32 = 64;
    pub const WEAK: u32 = 128;
    pub const FORWARD: u32 = 256;
    pub const INSIDE: u32 = 512;
    pub const AHEAD: u32 = 1024;
    pub const AUX: u32 = 2048;
    pub const DET: u32 = 4096;
    pub const SCHEDULE: u32 = 8192;
    pub const FRAME: u32 = 16384;
    pub const ACT: u32 = 32768;
    pub const DEAL: u32 = 65536;
    pub const EXPECT: u32 = 1 << 17;
    pub const STANDARD: u32 = 1 << 18;
    pub const MARGIN: u32 = 1 << 19;
    pub const MEASURE: u32 = 1 << 20;
    pub const POSSIBLE: u32 = 1 << 21;
    pub const TERM: u32 = 1 << 22;
    pub const HOST: u32 = 1 << 23;
    pub const OCCASION: u32 = 1 << 24;
    pub const TOWARD: u32 = 1 << 25;
    pub const OUTCOME: u32 = 1 << 26;
    pub const SINCE: u32 = 1 << 27;
    pub const FORMER: u32 = 1 << 28;
    pub const UNDO: u32 = 1 << 29;
    pub const ASIDE: u32 = 1 << 30;
    pub const NEGATION: u32 = 1 << 31;

    pub fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "future" => FUTURE,
            "prospect" => PROSPECT,
            "past" => PAST,
            "present" => PRESENT,
            "perfect" => PERFECT,
            "notpast" => NOT_PAST,
            "strong" => STRONG,
            "weak" => WEAK,
            "forward" => FORWARD,
            "inside" => INSIDE,
            "ahead" => AHEAD,
            "aux" => AUX,
            "det" => DET,
            "schedule" => SCHEDULE,
            "frame" => FRAME,
            "act" => ACT,
            "deal" => DEAL,
            "expect" => EXPECT,
            "standard" => STANDARD,
            "margin" => MARGIN,
            "measure" => MEASURE,
            "possible" => POSSIBLE,
            "term" => TERM,
            "host" => HOST,
            "occasion" => OCCASION,
            "toward" => TOWARD,
            "outcome" => OUTCOME,
            "since" => SINCE,
            "former" => FORMER,
            "undo" => UNDO,
            "aside" => ASIDE,
            "negation" => NEGATION,
            _ => return None,
        })
    }
}

/// The parsed word list and the lines that could not be read (tested empty).
#[derive(Debug, Default)]
pub struct Words {
    kinds: HashMap<String, u32, rustc_hash::FxBuildHasher>,
    pub errors: Vec<String>,
}

fn parse_words(text: &str) -> Words {
    let mut w = Words::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some((word, k)) if !word.is_empty() => match kind::parse(k.trim()) {
                Some(k) => *w.kinds.entry(word.to_string()).or_default() |= k,
                None => w.errors.push(line.to_string()),
            },
            _ => w.errors.push(line.to_string()),
        }
    }
    w
}

/// The word list, parsed on first use.
pub fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| parse_words(WORDS))
}

/// ASCII lower case with typographic apostrophes made straight; borrows an ASCII word
/// already in lower case (most words: no allocation).
pub(super) fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(s.to_ascii_lowercase());
        }
        return Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '’' | 'ʼ' => '\'',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

pub(super) fn kinds_of(w: &str) -> u32 {
    words().kinds.get(w).copied().unwrap_or(0)
}

/// A regular past form by shape: "closed", "arrested" (not "need", "red").
pub(super) fn regular_past(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_parses_cleanly() {
        assert!(words().errors.is_empty(), "{:?}", words().errors);
        assert_eq!(parse_words("x\tnope\ny\n").errors.len(), 2);
    }
}
