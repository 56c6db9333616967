//! Stage 1: text → tokens and sentences.
//!
//! Everything inside the engine works in **byte offsets** into the original
//! `&str` (cheap slicing); [`crate::engine::offsets`] converts to code points
//! and UTF-16 at the very end. No stage ever edits the text.

use super::error::InputError;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and marks, digits, internal apostrophes, hyphens or dots: "U.S.", "Electro-Optics", "China's").
    Word,
    /// Digits, possibly with separators: "1,200", "3.5", "2024-04-16".
    Number,
    /// Any other single character that is not white space.
    Punct,
    /// Not a word: a URL, an e-mail address, an @handle, a #hashtag or a file name
    /// ("report.pdf"). One token, never part of a name.
    Link,
}

/// Longest text the engine analyses, in bytes (4 GiB − 1): byte offsets inside the engine
/// ([`Token`], `pos::Word`) are u32, which halves their memory (issue 16.6).
/// [`crate::engine::analyze`] refuses a longer text with
/// [`crate::engine::error::InputError::TextTooLarge`]; [`Doc::new`] reads only its first
/// `MAX_TEXT_BYTES` (to the character boundary below), so offsets never wrap.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// Whether the engine analyses a text of `bytes` bytes (UTF-8 length).
pub fn check_size(bytes: usize) -> Result<(), InputError> {
    // A u32 conversion, not a comparison: on wasm32 no length can exceed the limit.
    match u32::try_from(bytes) {
        Ok(_) => Ok(()),
        Err(_) => Err(InputError::TextTooLarge {
            bytes,
            limit: MAX_TEXT_BYTES,
        }),
    }
}

/// The last words before byte `at` of `text`: at most [`LOOK_BEHIND`] bytes, cut at a
/// character boundary. Rules that read the word or three before a match read this, not
/// `text[..at]`: scanning back from each match to the start of a text with no spaces was
/// quadratic in the text's length.
pub fn before(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(LOOK_BEHIND);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..at).unwrap_or("")
}

/// How far back [`before`] reads (bytes).
pub const LOOK_BEHIND: usize = 256;

/// One token. Packed, 9 bytes (issue 16.6: a whole document's tokens are alive to the end
/// of an analysis): u32 offsets; read the offsets with [`Token::start`] / [`Token::end`] / [`Token::range`] and the kind by
/// value (copy it), never by reference. Its sentence is [`Doc::sentence_of`] (not a field:
/// 4 bytes a token, 12 MB on 16 MiB of text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Token {
    /// Byte offset of the start in the document text (texts are at most [`MAX_TEXT_BYTES`]).
    start: u32,
    /// Byte offset of the end (exclusive).
    end: u32,
    pub kind: TokenKind,
}

impl Token {
    /// The token `start..end` (byte offsets, `end` at most [`MAX_TEXT_BYTES`]).
    #[inline]
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        debug_assert!(end >= start && u32::try_from(end).is_ok());
        Token {
            start: start as u32,
            end: end as u32,
            kind,
        }
    }

    /// Byte range in the document text.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

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

/// One sentence: its byte range and its tokens. Compact (issue 16.6): u32 fields, 20 bytes
/// instead of 48; read them as `usize` with [`Sentence::start`], [`Sentence::end`],
/// [`Sentence::tokens`] and [`Sentence::first_word`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document text (trimmed of surrounding white space).
    start: u32,
    end: u32,
    /// Token index range.
    tokens: (u32, u32),
    /// Index of the first token that is not punctuation (opening quotes, brackets);
    /// `u32::MAX` for none.
    first_word: u32,
}

impl Sentence {
    /// The sentence of bytes `start..end` and tokens `tokens` (all below [`MAX_TEXT_BYTES`]).
    pub fn new(start: usize, end: usize, tokens: Range<usize>, first_word: Option<usize>) -> Self {
        Sentence {
            start: start as u32,
            end: end as u32,
            tokens: (tokens.start as u32, tokens.end as u32),
            first_word: first_word.map_or(u32::MAX, |f| f as u32),
        }
    }

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

    /// Token index range.
    #[inline]
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.0 as usize..self.tokens.1 as usize
    }

    /// Index of the first token that is not punctuation (opening quotes, brackets).
    #[inline]
    pub fn first_word(&self) -> Option<usize> {
        (self.first_word != u32::MAX).then_some(self.first_word as usize)
    }
}

/// A tokenised document: the input of every later stage.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Which sentence holds each token ([`Doc::sentence_of`]).
    starts: SentenceStarts,
}

/// The sentence of every token in 1.5 bits a token: a bit on each sentence's first
/// token, and per 64 tokens the number of sentences that start before them. Sentences cover
/// the tokens without gaps, in order, so a token's sentence is the count of starts up to it,
/// less one: a popcount, constant time.
#[derive(Debug, Clone, Default)]
struct SentenceStarts {
    bits: Vec<u64>,
    before: Vec<u32>,
}

impl SentenceStarts {
    fn new(tokens: usize, sentences: &[Sentence]) -> SentenceStarts {
        let mut bits = vec![0u64; tokens.div_ceil(64)];
        for s in sentences {
            if let Some(w) = bits.get_mut(s.tokens().start / 64) {
                *w |= 1 << (s.tokens().start % 64);
            }
        }
        let mut before = Vec::with_capacity(bits.len());
        let mut n = 0u32;
        for w in &bits {
            before.push(n);
            n += w.count_ones();
        }
        SentenceStarts { bits, before }
    }

    /// Sentences that start at or before token `i`, less one.
    #[inline]
    fn of(&self, i: usize) -> u32 {
        let (Some(&w), Some(&n)) = (self.bits.get(i / 64), self.before.get(i / 64)) else {
            return 0;
        };
        let upto = w & (u64::MAX >> (63 - i % 64));
        (n + upto.count_ones()).saturating_sub(1)
    }
}

impl<'a> Doc<'a> {
    /// Tokenise `text` and split it into sentences. A text over [`MAX_TEXT_BYTES`] is cut at
    /// the character boundary at or below the limit (offsets are u32); callers refuse it first.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut cut = if check_size(text.len()).is_ok() {
            text.len()
        } else {
            MAX_TEXT_BYTES
        };
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let mut raw = tokenize(text);
        // `tokenize` reserves one token per 5 bytes; a document's tokens are alive to the end
        // of its analysis, so give back what it did not use (issue 16.6: 6 MB of 44 on 16 MiB).
        raw.shrink_to_fit();
        let mut sentences = split_sentences(text, &raw);
        sentences.shrink_to_fit();
        let starts = SentenceStarts::new(raw.len(), &sentences);
        Doc {
            text,
            tokens: raw,
            sentences,
            starts,
        }
    }

    /// Index of the sentence holding token `i` (0 for an index past the tokens). Constant
    /// time.
    #[inline]
    pub fn sentence_of(&self, i: usize) -> u32 {
        if i < self.tokens.len() {
            self.starts.of(i)
        } else {
            0
        }
    }

    /// Whether tokens `i` and `j` are in one sentence.
    #[inline]
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        self.sentence_of(i) == self.sentence_of(j)
    }

    pub fn tok_text(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
    }

    /// The lower-case forms of the words the document writes starting with a lower-case letter:
    /// the passes that ask whether a capitalised word is also a common word of this text ("the
    /// shipping lines" against "Lines") read it. Linear in the tokens.
    pub fn lower_words(&self) -> rustc_hash::FxHashSet<String> {
        (0..self.tokens.len())
            .filter(|&i| self.tokens[i].kind == TokenKind::Word)
            .map(|i| self.tok_text(i))
            .filter(|t| t.starts_with(char::is_lowercase))
            .map(str::to_lowercase)
            .collect()
    }

    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[start..end]
    }

    /// Index of the first token of the sentence holding token `i`.
    /// Constant time: the sentence records its first word.
    pub fn is_sentence_start(&self, i: usize) -> bool {
        i < self.tokens.len()
            && self
                .sentences
                .get(self.sentence_of(i) as usize)
                .is_some_and(|s| s.first_word() == Some(i))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (so "Café" with a combining acute stays one word).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Split into word, number and punctuation tokens. Linear time, never panics.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut it = text.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}' {
            continue;
        }
        // Links start a white-space run or follow an opening bracket or quote; checking only
        // there keeps tokenising linear.
        let at_run_start = text[..start].chars().next_back().is_none_or(|p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '{' | '"' | '“' | '\'' | '‘' | '<' | ':')
        });
        let link = if at_run_start {
            link_len(text, start)
        } else {
            0
        };
        if link > 0 {
            let end = start + link;
            while it.peek().is_some_and(|&(i, _)| i < end) {
                it.next();
            }
            tokens.push(Token::new(start, end, TokenKind::Link));
            continue;
        }
        if !is_word_char(c) {
            let end = symbol_end(text, start, c);
            while it.peek().is_some_and(|&(i, _)| i < end) {
                it.next();
            }
            tokens.push(Token::new(start, end, TokenKind::Punct));
            continue;
        }
        // "R18 million", "N2.5bn", "Rs500 crore": a currency's letters glued to an amount are a
        // token of their own, so the amount reads as one number.
        if c.is_ascii_uppercase() {
            let n = currency_prefix_len(&text[start..]);
            if n > 0 {
                while it.peek().is_some_and(|&(i, _)| i < start + n) {
                    it.next();
                }
                tokens.push(Token::new(start, start + n, TokenKind::Word));
                continue;
            }
        }
        let mut end = start + c.len_utf8();
        let mut all_digits = c.is_ascii_digit();
        while let Some(&(i, d)) = it.peek() {
            if is_word_char(d) {
                all_digits &= d.is_ascii_digit() || !d.is_alphabetic();
                end = i + d.len_utf8();
                it.next();
                continue;
            }
            // A joiner stays inside the token when a word character follows:
            // "China's", "Electro-Optics", "U.S", "1,200", "3.5".
            let joiner = is_apostrophe(d)
                || is_hyphen(d)
                || d == '.'
                || d == '&'
                || (all_digits && (d == ',' || d == '/' || d == ':'));
            if !joiner {
                break;
            }
            let next = text[i + d.len_utf8()..].chars().next();
            match next {
                Some(n) if is_word_char(n) => {
                    // "3.5" or "U.S" or "e.g": a dot joins only digits or single letters.
                    if d == '.' {
                        let prev = &text[start..i];
                        // "Non-U.S.": the run after a hyphen is the abbreviation's first letter.
                        let last_run = prev.rsplit(['.', '-']).next().unwrap_or(prev);
                        // "GPT-5.1", "Qwen3.5": a model's version after letters and a digit.
                        let version = n.is_ascii_digit()
                            && prev.ends_with(|c: char| c.is_ascii_digit())
                            && prev.contains(char::is_alphabetic)
                            && !prev.contains('.');
                        let ok = (all_digits && n.is_ascii_digit())
                            || (last_run.chars().count() == 1 && n.is_alphabetic())
                            || version;
                        if !ok {
                            break;
                        }
                    }
                    if d == '&' && !(prev_is_upper_run(&text[start..i]) && n.is_uppercase()) {
                        break;
                    }
                    it.next();
                    end = i + d.len_utf8();
                }
                _ => break,
            }
        }
        // Abbreviations with dots keep their final dot: "U.S." (but not a sentence's last dot after a word).
        if let Some(&(i, '.')) = it.peek() {
            let word = &text[start..end];
            // Only when the last piece is a single letter ("U.S.", "e.g."), not "1.2bn." or "3.5.".
            let last_piece = word.rsplit('.').next().unwrap_or(word);
            let single_letter = {
                let mut cs = last_piece.chars();
                matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
            };
            if word.contains('.') && single_letter {
                end = i + 1;
                it.next();
            }
        }
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token::new(start, end, kind));
    }
    tokens
}

/// Whether `w` opens with a pictograph: an emoji, a flag, a dingbat or an arrow (U+2190 to
/// U+2BFF, U+1F000 and above), not punctuation, a currency sign or a letter-like symbol.
pub fn is_pictograph(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..))
}

/// End (byte offset) of the symbol `c` at `start` with the code points that belong to it
/// as one emoji (a grapheme cluster of UAX #29 for the emoji news text carries): a flag's
/// second regional indicator ("🇩🇰"), variation selectors, skin-tone modifiers, tag
/// characters, a keycap mark, and a zero-width joiner with the symbol after it ("👩‍👩‍👧").
/// ASCII punctuation and symbols below U+2000 are one code point.
fn symbol_end(text: &str, start: usize, c: char) -> usize {
    let mut end = start + c.len_utf8();
    if (c as u32) < 0x2000 {
        return end;
    }
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    let mut flag_open = regional(c);
    let mut rest = text[end..].chars();
    while let Some(d) = rest.next() {
        let joined =
            matches!(d as u32, 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3);
        if joined {
            end += d.len_utf8();
        } else if flag_open && regional(d) {
            end += d.len_utf8();
            flag_open = false;
        } else if d == '\u{200D}' {
            match rest.next() {
                Some(n) if !n.is_whitespace() && !is_word_char(n) => {
                    end += d.len_utf8() + n.len_utf8();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// Bytes of a `[currency_prefixes]` entry opening `rest` when an amount with a scale or a
/// thousands comma follows it glued ("R18 million", "R1.2bn", "P3,000"); 0 otherwise ("R18",
/// "F35", "N95"), or when `rest` is long and starts no such amount (a few bytes are read).
fn currency_prefix_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    // Fast exit: every prefix is at most three letters, then a digit.
    if !b.iter().take(4).any(u8::is_ascii_digit) {
        return 0;
    }
    let words = super::lexicon::words::words();
    let Some(p) = words
        .currency_prefixes
        .iter()
        .find(|p| rest.starts_with(**p) && b.get(p.len()).is_some_and(u8::is_ascii_digit))
    else {
        return 0;
    };
    let num = &b[p.len()..];
    let mut k = 0;
    let mut grouped = false;
    while let Some(&c) = num.get(k) {
        let joins = matches!(c, b',' | b'.') && num.get(k + 1).is_some_and(u8::is_ascii_digit);
        if !(c.is_ascii_digit() || joins) {
            break;
        }
        // A thousands comma has three digits after it ("P3,000", not "P1,2").
        if c == b',' {
            let group = num[k + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            if group != 3 {
                return 0;
            }
            grouped = true;
        }
        k += 1;
    }
    // A scale word ends its word: "bn" of "R2bn." but not of "R2bnx" or "K2 thousand-metre".
    let letters = |from: usize| {
        let n = num[from..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let w = &rest[p.len() + from..p.len() + from + n];
        let ends = rest[p.len() + from + n..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || is_mark(c)));
        ends && !w.is_empty() && words.scale_words.contains(&w.to_ascii_lowercase().as_str())
    };
    let glued = num.get(k).is_some_and(u8::is_ascii_alphabetic);
    let scaled = if glued {
        letters(k)
    } else {
        num.get(k) == Some(&b' ') && letters(k + 1)
    };
    if scaled || grouped && !glued {
        p.len()
    } else {
        0
    }
}

/// File name endings that make "word.ext" one [`TokenKind::Link`] token.
const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "zip", "jpg", "jpeg", "png", "gif", "htm",
    "html", "exe", "json", "xml", "mp3", "mp4", "ppt", "pptx", "rs", "py", "js",
];

/// Where the white-space-delimited run at the start of `rest` ends (also before `<`, `>` and
/// double quotes): byte by byte over ASCII, decoding only other characters.
fn run_end(rest: &str) -> usize {
    let b = rest.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, return, space.
            if matches!(c, b'\t'..=b'\r' | b' ' | b'<' | b'>' | b'"') {
                return i;
            }
            i += 1;
            continue;
        }
        let Some(ch) = rest.get(i..).and_then(|r| r.chars().next()) else {
            return i;
        };
        if ch.is_whitespace() || matches!(ch, '“' | '”') {
            return i;
        }
        i += ch.len_utf8();
    }
    b.len()
}

/// Byte length of a URL, e-mail address, @handle, #hashtag or file name starting at `start`
/// (0 when there is none). Trailing sentence punctuation stays outside. Looks at one
/// white-space-delimited run only, so tokenising stays linear.
fn link_len(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let first = rest.as_bytes()[0];
    if !(first.is_ascii_alphanumeric() || first == b'@' || first == b'#' || first == b'/') {
        return 0;
    }
    let run_end = run_end(rest);
    if run_end > 4096 {
        return 0;
    }
    let mut run = &rest[..run_end];
    // Sentence punctuation and closing brackets after the link are not part of it.
    while let Some(c) = run.chars().last() {
        if matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '’'
        ) {
            run = &run[..run.len() - c.len_utf8()];
        } else {
            break;
        }
    }
    if run.len() < 2 {
        return 0;
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let b = run.as_bytes();
    // Most runs are plain words: every kind of link below has one of these bytes.
    if first.is_ascii_alphanumeric() && !b.iter().any(|&c| matches!(c, b'.' | b'@' | b':')) {
        return 0;
    }
    let starts = |p: &str| {
        b.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    if starts("http://") || starts("https://") || starts("ftp://") || starts("www.") {
        return run.len();
    }
    if first == b'@' || first == b'#' {
        // "@handle", "#Hashtag": word characters after the sign.
        let n = b[1..].iter().take_while(|&&c| word(c)).count();
        let letters = b[1..=n].iter().any(u8::is_ascii_alphabetic);
        return if n > 0 && letters { n + 1 } else { 0 };
    }
    if first == b'/' {
        // Reddit-style "/r/name", "/u/name".
        if b.len() > 3 && matches!(&b[..3], b"/r/" | b"/u/") && b[3..].iter().all(|&c| word(c)) {
            return run.len();
        }
        return 0;
    }
    if let Some(at) = run.find('@') {
        // name@domain.tld
        let (local, domain) = (&run[..at], &run[at + 1..]);
        let ok_local = !local.is_empty()
            && local
                .bytes()
                .all(|c| word(c) || matches!(c, b'.' | b'-' | b'+'));
        let ok_domain = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && domain.bytes().all(|c| word(c) || matches!(c, b'.' | b'-'));
        return if ok_local && ok_domain { run.len() } else { 0 };
    }
    // file.ext: word characters, one dot, a known extension.
    if let Some(dot) = run.rfind('.') {
        let (stem, ext) = (&run[..dot], &run[dot + 1..]);
        if !stem.is_empty()
            && stem.bytes().all(|c| word(c) || c == b'-')
            && stem.bytes().any(|c| c.is_ascii_alphabetic())
            && FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        {
            return run.len();
        }
    }
    0
}

fn prev_is_upper_run(s: &str) -> bool {
    let mut n = 0;
    for c in s.chars().rev() {
        if c.is_uppercase() {
            n += 1;
        } else {
            break;
        }
    }
    (1..=3).contains(&n)
}

/// Abbreviations that end in a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "rep", "sen",
    "gov", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "nos", "vs", "etc", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "fig", "approx", "est", "dept", "univ", "assn", "bros", "vol", "rev", "hon", "messrs",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.contains('.') {
        return true; // "U.S.", "e.g."
    }
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Sentence boundaries from terminal punctuation and line breaks.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let close = |out: &mut Vec<Sentence>, first: usize, last_excl: usize| {
        if first < last_excl {
            out.push(Sentence::new(
                tokens[first].start(),
                tokens[last_excl - 1].end(),
                first..last_excl,
                tokens[first..last_excl]
                    .iter()
                    .position(|t| t.kind != TokenKind::Punct)
                    .map(|p| first + p),
            ));
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        // A line break between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map(Token::start);
        let t = &tokens[i];
        let tt = &text[t.start()..t.end()];
        let mut end_here = false;
        if let Some(ns) = next_start {
            // The gap is mostly one space: a byte search, not a char pattern's.
            if text.as_bytes()[t.end()..ns].contains(&b'\n') {
                end_here = true;
            }
        } else {
            end_here = true;
        }
        let terminal = matches!(tt, "." | "!" | "?" | "…")
            || (t.kind == TokenKind::Word && tt.ends_with('.') && !is_abbreviation(tt));
        if !end_here && terminal {
            // Closing quotes and brackets belong to this sentence.
            let mut j = i + 1;
            while j < tokens.len()
                && matches!(
                    &text[tokens[j].start()..tokens[j].end()],
                    "\"" | "”" | "’" | "'" | ")" | "]"
                )
                && tokens[j - 1].end() == tokens[j].start()
            {
                j += 1;
            }
            let prev_abbrev = tt == "."
                && i > 0
                && tokens[i - 1].end() == t.start()
                && is_abbreviation(&text[tokens[i - 1].start()..tokens[i - 1].end()]);
            let next_ok = tokens.get(j).is_none_or(|n| {
                let nt = &text[n.start()..n.end()];
                let c = nt.chars().next().unwrap_or(' ');
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '\'')
            });
            if !prev_abbrev && next_ok {
                close(&mut out, first, j);
                first = j;
                i = j;
                continue;
            }
        }
        if end_here {
            close(&mut out, first, i + 1);
            first = i + 1;
        }
        i += 1;
    }
    close(&mut out, first, tokens.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let d = Doc::new(text);
        d.sentences
            .iter()
            .map(|s| &text[s.start()..s.end()])
            .collect()
    }

    /// An emoji of several code points is one token: a flag, a skin tone, a joined family, a
    /// variation selector; two flags side by side are two.
    #[test]
    fn an_emoji_of_several_code_points_is_one_token() {
        let text = "Oslo 🇳🇴🇩🇰 won 👍🏽 and 👩\u{200D}👩\u{200D}👧 cheered ❤\u{FE0F} !";
        let toks: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect();
        assert_eq!(
            toks,
            [
                "Oslo",
                "🇳🇴",
                "🇩🇰",
                "won",
                "👍🏽",
                "and",
                "👩\u{200D}👩\u{200D}👧",
                "cheered",
                "❤\u{FE0F}",
                "!"
            ]
        );
        assert!(is_pictograph("🇳🇴") && is_pictograph("❤\u{FE0F}") && !is_pictograph("€"));
        assert!(!is_pictograph("—") && !is_pictograph("Oslo") && !is_pictograph(""));
        // A joiner before a space or a word stays a token of its own.
        let text = "a 👩\u{200D} b";
        assert_eq!(tokenize(text).len(), 4);
    }

    #[test]
    fn every_token_knows_its_sentence_across_blocks_of_64() {
        // Sentences of 1 to 9 tokens, 150 of them: starts fall on every bit position and on
        // both sides of the 64-token blocks.
        let text: String = (0..150)
            .map(|i| format!("{}.\n", vec!["Word"; i % 9].join(" ")))
            .collect();
        let d = Doc::new(&text);
        assert!(d.tokens.len() > 128 && d.sentences.len() > 100);
        for (si, s) in d.sentences.iter().enumerate() {
            for i in s.tokens() {
                assert_eq!(d.sentence_of(i), si as u32, "token {i}");
            }
        }
        assert_eq!(d.sentence_of(d.tokens.len()), 0);
        assert!(d.same_sentence(0, 0) && !d.same_sentence(0, d.tokens.len() - 1));
        assert!(Doc::new("").sentence_of(0) == 0);
    }

    #[test]
    fn a_text_over_the_u32_offset_limit_is_refused_with_its_size() {
        assert_eq!(check_size(0), Ok(()));
        assert_eq!(check_size(MAX_TEXT_BYTES), Ok(()));
        // One byte more cannot be addressed by a u32 offset.
        let over = MAX_TEXT_BYTES.checked_add(1);
        if let Some(bytes) = over {
            let e = check_size(bytes).unwrap_err();
            assert_eq!(
                e,
                InputError::TextTooLarge {
                    bytes,
                    limit: MAX_TEXT_BYTES
                }
            );
            assert!(
                e.to_string().contains("4294967296 bytes is too large"),
                "{e}"
            );
        }
    }

    #[test]
    fn tokens_are_nine_bytes() {
        // u32 offsets, packed, the sentence kept by `Doc::sentence_of` (issue 16.6): 24 bytes
        // with usize offsets and the sentence index. (7 bytes with a u16 length lowered the
        // native peak but raised wasm's high-water mark from 42 to 55 MB on 4 MiB.)
        assert_eq!(std::mem::size_of::<Token>(), 9);
        // A sentence: four u32 and its first word's index (u32::MAX for none), not five usize.
        assert_eq!(std::mem::size_of::<Sentence>(), 20);
        let d = Doc::new("\"(\" Hi.");
        assert_eq!(d.sentences[0].first_word(), Some(3));
        assert_eq!(Doc::new("\"(\"").sentences[0].first_word(), None);
        let d = Doc::new("Exports rose 4% in März.");
        let t = &d.tokens[5];
        assert_eq!((t.start(), t.end()), (19, 24));
        assert_eq!(&d.text[t.range()], "März");
    }

    #[test]
    fn keeps_joined_words_together() {
        assert_eq!(
            words("China's Electro-Optics firm, U.S. exports rose 3.5 per cent to 1,200."),
            vec![
                "China's",
                "Electro-Optics",
                "firm",
                ",",
                "U.S.",
                "exports",
                "rose",
                "3.5",
                "per",
                "cent",
                "to",
                "1,200",
                "."
            ]
        );
        assert_eq!(words("Beijing’s view"), vec!["Beijing’s", "view"]);
        // A model's point version stays with it; a sentence's dot after a word does not.
        assert_eq!(
            words("GPT-5.1 beat Qwen3.5 in 2025. 4 more."),
            vec!["GPT-5.1", "beat", "Qwen3.5", "in", "2025", ".", "4", "more", "."]
        );
    }

    #[test]
    fn an_abbreviation_after_a_hyphenated_prefix_is_one_word() {
        // Trial 46: "Non-U.S." was "Non-U", ".", "S." and "S." became a place.
        assert_eq!(
            words("Non-U.S. persons and anti-U.K. groups."),
            vec!["Non-U.S.", "persons", "and", "anti-U.K.", "groups", "."]
        );
    }

    #[test]
    fn a_currency_letter_leaves_a_scaled_amount_whole() {
        assert_eq!(
            words("R2.5bn, R18 million, P3,000; but R18, F35 and R2-D2."),
            vec![
                "R", "2.5bn", ",", "R", "18", "million", ",", "P", "3,000", ";", "but", "R18", ",",
                "F35", "and", "R2-D2", "."
            ]
        );
        // No thousands group of three digits, or a scale word running on: no amount.
        assert_eq!(
            words("P1,2 R2bnx K2 thousand-metre"),
            vec!["P1", ",", "2", "R2bnx", "K2", "thousand-metre"]
        );
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith went to Washington. He met U.S. officials on Tuesday. \"It went well,\" he said."),
            vec![
                "Mr. Smith went to Washington.",
                "He met U.S. officials on Tuesday.",
                "\"It went well,\" he said."
            ]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("EXPORT CURBS TIGHTEN\nOfficials said so."),
            vec!["EXPORT CURBS TIGHTEN", "Officials said so."]
        );
    }

    #[test]
    fn strange_text_does_not_panic() {
        for t in [
            "",
            "...",
            "\u{0}\u{0}",
            "👍🏽 é́ ﷽ 'a' -",
            "A.B.C.D.E.",
            "x'",
            "1,",
            "&&&",
            "Q&A",
        ] {
            let d = Doc::new(t);
            for s in &d.sentences {
                assert!(s.start() <= s.end() && s.end() <= t.len());
            }
        }
    }
}

// proptest is a native-only dev-dependency (see Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::run_end;
    use proptest::prelude::*;

    proptest! {
        /// The byte scan ends a run where the character search it replaced does.
        #[test]
        fn run_end_agrees_with_a_character_search(
            s in prop_oneof![any::<String>(), "[a.<>\" \t\u{0b}\u{1c}\u{a0}“”é\u{2003}]{0,20}"],
        ) {
            let want = s
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”'))
                .unwrap_or(s.len());
            prop_assert_eq!(run_end(&s), want);
        }
    }
}
