//! Recognition: the tokens of one sentence → matched time expressions.
//!
//! Input: a sentence of [`Doc`] tokens. Each token is looked up once (ASCII
//! lowercased into a stack buffer: no allocation per token) and classified by
//! the lexicon and by its shape (ISO date, "15/04/2024", "10:30", "1990s",
//! "15th", "Q3"); hyphenated words are split ("third-quarter", "mid-2023") and
//! number words joined ("twenty four", "twenty-fourth"). Output: [`TimeToken`]s;
//! `matcher` then tries the rules on them.

use super::tables::{tables, Class, Tables, N_CLASSES, UNSPECIFIED};
use crate::engine::shape::starts_lower;
use crate::engine::text::{Doc, TokenKind};

pub const NO_WORD: u32 = u32::MAX;

/// NUM value of a digit string too long for any count (over nine digits).
pub const TOO_LARGE: i32 = i32::MAX;

/// A CLOCK token's value is hhmm, or this plus hhmmss for a time written with its seconds
/// ("20:32:13": 1_203_213); [`clock_parts`] reads both.
pub const CLOCK_SECONDS: i32 = 1_000_000;

/// Hours, minutes and seconds of a CLOCK token's value.
pub fn clock_parts(v: i32) -> (i32, i32, Option<i32>) {
    if v >= CLOCK_SECONDS {
        let hms = v - CLOCK_SECONDS;
        (hms / 10_000, hms / 100 % 100, Some(hms % 100))
    } else {
        (v / 100, v % 100, None)
    }
}

/// A token as the time rules see it.
#[derive(Debug, Clone)]
pub struct TimeToken {
    pub start: usize,
    pub end: usize,
    pub word: u32,
    pub classes: u32,
    pub weak: u32,
    pub vals: [i32; N_CLASSES],
    number_word: bool,
    /// The part of a unit the token counts as a `count_fraction` word ("half" 500,
    /// [`super::names::count_part`]), 0 if none: found as the token is looked up, so
    /// [`join_fractions`] does not lower-case every token again.
    part: i16,
}

impl TimeToken {
    fn new(start: usize, end: usize) -> TimeToken {
        TimeToken {
            start,
            end,
            word: NO_WORD,
            classes: 0,
            weak: 0,
            vals: [0; N_CLASSES],
            number_word: false,
            part: 0,
        }
    }

    fn set(&mut self, c: Class, v: i32, weak: bool) {
        if self.classes & c.bit() != 0 && self.weak & c.bit() == 0 {
            return; // a strong reading already set
        }
        self.classes |= c.bit();
        self.vals[c.idx()] = v;
        if weak {
            self.weak |= c.bit();
        } else {
            self.weak &= !c.bit();
        }
    }

    pub fn val(&self, c: Class) -> i32 {
        self.vals[c.idx()]
    }
}

/// ASCII-lowercase `s` into `buf` (curly apostrophes become '\''), as bytes (ASCII, so UTF-8,
/// looked up with [`Tables::id_bytes`]); `None` when the word cannot be in the lexicon (too
/// long, non-ASCII).
fn lower<'b>(s: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    if s.is_ascii() {
        // The same bytes as the loop below: an ASCII character is one byte.
        let b = buf.get_mut(..s.len())?;
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        return Some(b);
    }
    let mut n = 0;
    for c in s.chars() {
        let b = match c {
            '’' | 'ʼ' => b'\'',
            // En and em dashes read as hyphens ("June 30–July 2").
            '–' | '—' => b'-',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    buf.get(..n)
}

fn digits(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A decimal number in thousandths: "3.4" → 3400, "0.25" → 250; at most six whole digits and
/// three decimals (none of "3.", ".5", "1.2.3", "3.4567").
fn decimal(s: &str) -> Option<i32> {
    let (whole, frac) = s.split_once('.')?;
    if whole.len() > 6 || frac.is_empty() || frac.len() > 3 {
        return None;
    }
    let scale = [100, 10, 1][frac.len() - 1];
    digits(whole)?
        .checked_mul(1000)?
        .checked_add(digits(frac)? * scale)
}

/// Classify by shape: numbers, ordinals, decades, ISO and numeric dates, clock times, quarters.
fn shape(t: &mut TimeToken, s: &str) {
    // A count too large for any calendar ("2147483648 days ago"): a number
    // the normaliser refuses, never one that wraps or is dropped.
    if s.len() > 9 && s.bytes().all(|b| b.is_ascii_digit()) {
        t.set(Class::Num, TOO_LARGE, false);
        return;
    }
    // "3pm", "11am", "3.30pm": a clock time.
    // (The suffix compared without case, on the bytes: no lower-cased copy of every number.)
    let ampm = match s.as_bytes() {
        [.., a, b'm' | b'M'] if a.eq_ignore_ascii_case(&b'p') => Some(12),
        [.., a, b'm' | b'M'] if a.eq_ignore_ascii_case(&b'a') => Some(0),
        _ => None,
    };
    if let Some((hm, add)) = ampm.and_then(|add| Some((s.get(..s.len() - 2)?, add))) {
        let (h, m) = match hm.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 => (digits(h), digits(m)),
            None => (digits(hm), Some(0)),
            _ => (None, None),
        };
        if let (Some(h), Some(m)) = (h, m) {
            if (1..=12).contains(&h) && m < 60 {
                let h = if h == 12 { add } else { h + add };
                t.set(Class::Clock, h * 100 + m, false);
            }
        }
        return;
    }
    if let Some(n) = digits(s) {
        t.set(Class::Num, n, false);
        if (1..=31).contains(&n) {
            t.set(Class::Day, n, false);
        }
        if s.len() == 4 {
            t.set(Class::Year, n, false);
        }
        return;
    }
    // "3.4", "2.5": a decimal count ("3.4 years" → P3.4Y), in thousandths.
    if let Some(k) = decimal(s) {
        t.set(Class::Dec, k, false);
        return;
    }
    let b = s.as_bytes();
    // Ordinals: 1st 2nd 3rd 15th.
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(n) = s.strip_suffix(suf).and_then(digits) {
            t.set(Class::Ord, n, false);
            if (1..=31).contains(&n) {
                t.set(Class::Day, n, false);
            }
            return;
        }
    }
    // Decades: 1990s, 1990's, 90s.
    let dec = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('s'));
    if let Some(n) = dec.and_then(digits) {
        let len = dec.map_or(0, str::len);
        if len == 4 && n % 10 == 0 {
            t.set(Class::Decade, n / 10, false);
        } else if len == 2 && n % 10 == 0 {
            t.set(
                Class::Decade,
                if n >= 30 { 190 + n / 10 } else { 200 + n / 10 },
                false,
            );
        }
        return;
    }
    // Q3, 3Q.
    if b.len() == 2 {
        let q = match (b[0], b[1]) {
            (b'Q' | b'q', d @ b'1'..=b'4') | (d @ b'1'..=b'4', b'Q' | b'q') => {
                Some(i32::from(d - b'0'))
            }
            _ => None,
        };
        if let Some(q) = q {
            t.set(Class::QName, q, false);
            return;
        }
    }
    // An ISO timestamp "1994-11-05T13:15:30Z": its date.
    if let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) {
        if rest.starts_with(['T', 't']) && date.len() == 10 {
            return shape(t, date);
        }
    }
    // 2024-04-16, 2024-04, 2014-2016, 1998-99.
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() >= 2 && parts.len() <= 3 && parts.iter().all(|p| digits(p).is_some()) {
        let p: Vec<i32> = parts.iter().filter_map(|p| digits(p)).collect();
        let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        match (p.as_slice(), lens.as_slice()) {
            ([y, m, d], [4, 2, 2]) if (1..=12).contains(m) && (1..=31).contains(d) => {
                t.set(Class::Iso, y * 10_000 + m * 100 + d, false)
            }
            ([a, b], [4, 4]) if b > a => t.set(Class::YearRange, a * 10_000 + b, false),
            ([a, b], [4, 2]) if *b == (a + 1) % 100 => {
                t.set(Class::YearRange, a * 10_000 + a + 1, false)
            }
            ([y, m], [4, 2]) if (1..=12).contains(m) => {
                t.set(Class::Iso, y * 10_000 + m * 100, false)
            }
            _ => {}
        }
        return;
    }
    // 15/04/2024, 4/15/24; 09/2012.
    let parts: Vec<&str> = s.split('/').collect();
    if let [m, y] = parts[..] {
        if let (Some(mo), Some(yr)) = (digits(m), digits(y)) {
            if y.len() == 4 && (1..=12).contains(&mo) {
                t.set(Class::NumDate, yr * 10_000 + mo * 100, false);
            }
            // "2023/24", "2023/2024": a season or year of accounts across two years.
            let (a, b) = (mo, yr);
            match (m.len(), y.len()) {
                (4, 4) if b == a + 1 => t.set(Class::YearRange, a * 10_000 + b, false),
                (4, 2) if b == (a + 1) % 100 => t.set(Class::YearRange, a * 10_000 + a + 1, false),
                _ => {}
            }
        }
        return;
    }
    if parts.len() == 3 && parts.iter().all(|p| digits(p).is_some()) {
        let p: Vec<i32> = parts.iter().filter_map(|p| digits(p)).collect();
        if let [a, b, y] = p[..] {
            let y = match parts[2].len() {
                4 => Some(y),
                2 => Some(if y < 50 { 2000 + y } else { 1900 + y }),
                _ => None,
            };
            let md = if a > 12 && (1..=12).contains(&b) {
                Some((b, a))
            } else if (1..=12).contains(&a) && (1..=31).contains(&b) {
                Some((a, b))
            } else {
                None
            };
            if let (Some(y), Some((m, d))) = (y, md) {
                if (1..=31).contains(&d) {
                    t.set(Class::NumDate, y * 10_000 + m * 100 + d, false);
                    // Both orders possible ("3/4/21"): the day-first reading too.
                    if (1..=12).contains(&a) && (1..=12).contains(&b) && a != b {
                        t.set(Class::NumDmy, y * 10_000 + b * 100 + a, false);
                    }
                }
            }
        }
        return;
    }
    // 10:30, 20:32:13 (seconds: [`CLOCK_SECONDS`] and hhmmss).
    if let Some((h, m)) = s.split_once(':') {
        let (m, sec) = match m.split_once(':') {
            Some((m, sec)) if sec.len() == 2 && m.len() == 2 => (m, digits(sec)),
            Some(_) => return,
            None => (m, None),
        };
        if let (Some(h), Some(m)) = (digits(h), digits(m)) {
            match sec {
                Some(x) if h <= 24 && m < 60 && x < 60 && s.len() <= 8 => {
                    t.set(Class::Clock, CLOCK_SECONDS + (h * 100 + m) * 100 + x, false);
                }
                None if h <= 24 && m < 60 && s.len() <= 5 => {
                    t.set(Class::Clock, h * 100 + m, false);
                }
                _ => {}
            }
        }
    }
}

/// Combine two number words: "twenty" "four" → 24, "a" "hundred" → 100.
fn combine(a: i32, b: i32) -> Option<i32> {
    if a <= 0 || b <= 0 {
        return None;
    }
    // "nineteen ninety-six": a year said in words.
    if (11..=20).contains(&a) && (10..100).contains(&b) {
        return Some(a * 100 + b);
    }
    if b == 100 || b == 1000 {
        return (a < 1000).then(|| a * b);
    }
    if a >= 100 && a % 100 == 0 && b < 100 {
        return Some(a + b);
    }
    if (20..100).contains(&a) && a % 10 == 0 && b < 10 {
        return Some(a + b);
    }
    // "nineteen ninety-six" is built as 1990 + 6.
    if a >= 1000 && a % 10 == 0 && a % 100 != 0 && b < 10 {
        return Some(a + b);
    }
    None
}

/// Build the rule tokens of sentence `s` into `out` (cleared first).
pub fn vtokens(doc: &Doc, s: usize, out: &mut Vec<TimeToken>) {
    out.clear();
    let t = tables();
    let Some(sent) = doc.sentences.get(s) else {
        return;
    };
    let toks = doc.tokens.get(sent.tokens()).unwrap_or(&[]);
    let first_word = toks.iter().position(|t| t.kind != TokenKind::Punct);
    let mut skip_dot = false;
    // The end of a holiday name of several words read as one token: its words are skipped.
    let mut name_end = 0;
    for (k, tok) in toks.iter().enumerate() {
        if tok.start() < name_end {
            continue;
        }
        let text = doc.slice(tok.start(), tok.end());
        if let Some((end, v)) = holiday_name(doc, tok.start(), text) {
            let mut h = TimeToken::new(tok.start(), end);
            h.set(Class::Holiday, v, false);
            h.part = fraction_part(doc.slice(tok.start(), end));
            out.push(h);
            name_end = end;
            skip_dot = false;
            continue;
        }
        if skip_dot {
            skip_dot = false;
            if text == "." {
                continue;
            }
        }
        let timestamp = text.len() > 10
            && text.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && text
                .get(10..11)
                .is_some_and(|c| c.eq_ignore_ascii_case("t"));
        // "6-8" (days of one month) splits too; "2014-2016" and ISO dates do not.
        let day_pair = tok.kind == TokenKind::Number
            && text
                .split_once('-')
                .is_some_and(|(a, b)| (1..=2).contains(&a.len()) && (1..=2).contains(&b.len()));
        // (A byte loop, not `contains`: words are short, and most have no hyphen.)
        let split = (tok.kind == TokenKind::Word || day_pair)
            && text.bytes().any(|b| b == b'-')
            && text.len() < 64
            && !timestamp
            && !identifier(text);
        if split {
            let mut off = tok.start();
            for (pi, part) in text.split('-').enumerate() {
                if pi > 0 {
                    push(t, out, doc, off - 1, off, false);
                }
                if !part.is_empty() {
                    push(t, out, doc, off, off + part.len(), false);
                }
                off += part.len() + 1;
            }
            continue;
        }
        let sentence_start = first_word == Some(k);
        let dot_follows = toks.get(k + 1).is_some_and(|n| {
            n.start() == tok.end() && doc.slice(n.start(), n.end()) == "." && k + 2 < toks.len()
        });
        if push(t, out, doc, tok.start(), tok.end(), sentence_start) && dot_follows {
            if let Some(v) = out.last_mut() {
                v.end += 1;
                v.part = fraction_part(doc.slice(v.start, v.end));
            }
            skip_dot = true;
        }
    }
    join_fractions(doc, out);
}

/// "half an hour", "a quarter of an hour", "three quarters of an hour": a `count_fraction`
/// word of `data/time/names.txt` (after a count, "a" or "three", or none), maybe "of", and
/// "a"/"an" right before a unit word are one DEC token, the count in thousandths of the unit
/// (250 for "a quarter of an"), so the unit is counted by it: never the unit alone ("an hour
/// later") nor "a quarter" on its own (a quarter of a year). Not after a determiner with no
/// count or an ordinal ("the quarter a year ago", "the second half a year earlier": a quarter
/// or half of a year), and "quarter(s)" only with "of" ("a quarter of an hour").
fn join_fractions(doc: &Doc, out: &mut Vec<TimeToken>) {
    let word = |out: &[TimeToken], i: usize| {
        out.get(i)
            .map(|t| doc.slice(t.start, t.end).to_ascii_lowercase())
    };
    // The fraction word's part, found as each token was made: this test runs on every token.
    let part_at =
        |out: &[TimeToken], i: usize| out.get(i).map(|t| i32::from(t.part)).filter(|&k| k != 0);
    let mut i = 0;
    while i < out.len() {
        let Some(part) = part_at(out, i) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        if word(out, j).as_deref() == Some("of") {
            j += 1;
        }
        // "half a day", but "a quarter of a day": "quarter a year" is a quarter and a count.
        if j == i + 1 && word(out, i).as_deref() != Some("half") {
            i += 1;
            continue;
        }
        let article = matches!(word(out, j).as_deref(), Some("a" | "an"));
        let unit = out
            .get(j + 1)
            .is_some_and(|u| u.classes & Class::Unit.bit() != 0);
        if !(article && unit) {
            i += 1;
            continue;
        }
        // A count before the fraction word: "a quarter", "three quarters".
        let count = i
            .checked_sub(1)
            .and_then(|p| out.get(p))
            .filter(|p| p.number_word && p.classes & Class::Num.bit() != 0)
            .map(|p| p.val(Class::Num))
            .filter(|n| (1..1000).contains(n));
        // "the quarter a year ago", "the second half a year earlier": after a determiner or
        // an ordinal the fraction word is a noun of its own.
        let determined = count.is_none()
            && i.checked_sub(1).is_some_and(|p| {
                out[p].classes & Class::Ord.bit() != 0
                    || word(out, p).is_some_and(|w| {
                        super::tense_words::kinds_of(&w) & super::tense_words::kind::DET != 0
                    })
            });
        if determined {
            i += 1;
            continue;
        }
        let first = if count.is_some() { i - 1 } else { i };
        let (Some(start), Some(end)) = (out.get(first).map(|t| t.start), out.get(j).map(|t| t.end))
        else {
            break;
        };
        let mut joined = TimeToken::new(start, end);
        joined.set(Class::Dec, count.unwrap_or(1) * part, false);
        out.splice(first..=j, [joined]);
        i = first + 1;
    }
}

/// [`super::names::count_part`] of a token's text in lower case, 0 if none (parts are 1-999).
fn fraction_part(text: &str) -> i16 {
    crate::engine::lexicon::with_lower(text, super::names::count_part)
        .and_then(|k| i16::try_from(k).ok())
        .unwrap_or(0)
}

/// A holiday name of several words starting at byte `start` with the word `text`
/// (`data/time/holidays.tsv`, every word capitalised): its end and HOLIDAY value.
fn holiday_name(doc: &Doc, start: usize, text: &str) -> Option<(usize, i32)> {
    if !text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = lower(super::holidays::letters(text), &mut buf)?;
    let w = std::str::from_utf8(w).ok()?;
    let (end, v) = super::holidays::name_at(doc.text, start, w)?;
    // "the Good Friday Agreement", "the Boxing Day Test": a capitalised word after it that
    // is no time word makes the holiday part of a longer name.
    let next = doc.text.get(end..)?.trim_start_matches([' ', '\t']);
    let word = super::holidays::letters(next);
    let named = word.starts_with(char::is_uppercase)
        && lower(word, &mut buf)
            .and_then(|w| tables().id_bytes(w))
            .is_none();
    (!named).then_some((end, v))
}

/// Whether a hyphenated word is an identifier, not words and numbers: three parts or more,
/// the first in capitals (not a month's or "FY"), one of the others all digits ("CVE-2025-0282",
/// "GHSA-2024-17"). Its digits are no year.
fn identifier(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    // Not a month's or a fiscal year's prefix ("JAN-15-2024", "FY-2024-25").
    let calendar = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
        "FY",
    ];
    rest.len() >= 2
        && first.len() >= 2
        && first.bytes().all(|b| b.is_ascii_uppercase())
        && !calendar.contains(&first)
        && rest
            .iter()
            .any(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "FY2027", "FY27": a fiscal year written as one word, the year it is named by (as "fiscal
/// 2027" and "FY 2027" are: TimeBank dates a fiscal year by its name, not its calendar months);
/// two digits are 1950-2049.
fn fiscal_year(text: &str) -> Option<i32> {
    let digits = text.strip_prefix("FY")?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(n),
        2 if n >= 50 => Some(1900 + n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// Push one vtoken; returns whether it is an abbreviation that takes a following dot.
fn push(
    t: &Tables,
    out: &mut Vec<TimeToken>,
    doc: &Doc,
    start: usize,
    end: usize,
    sentence_start: bool,
) -> bool {
    let text = doc.slice(start, end);
    let mut v = TimeToken::new(start, end);
    let mut buf = [0u8; 32];
    let mut abbr = false;
    // "year's", "Friday's": the possessive of a known word is that word.
    let mut possessive = false;
    let lowered = lower(text, &mut buf);
    let id = lowered.and_then(|w| {
        t.id_bytes(w).or_else(|| {
            possessive = true;
            w.strip_suffix(b"'s").and_then(|b| t.id_bytes(b))
        })
    });
    let possessive = id.is_some() && possessive;
    if possessive {
        // The "'s" stays outside the expression ("Friday's" → "Friday").
        let apostrophe = text.rfind(['\'', '’', 'ʼ']).unwrap_or(text.len());
        v.end = start + apostrophe;
    }
    // A `count_fraction` word ("half", "quarters"): an ASCII word's key is its lower case
    // (without the "'s" cut off above); any other from its text as cut.
    v.part = match lowered.filter(|_| text.is_ascii()) {
        Some(w) => {
            let w = if possessive {
                w.strip_suffix(b"'s").unwrap_or(w)
            } else {
                w
            };
            super::names::count_part_bytes(w)
                .and_then(|k| i16::try_from(k).ok())
                .unwrap_or(0)
        }
        None => fraction_part(doc.slice(start, v.end)),
    };
    if let Some(id) = id {
        v.word = id;
        let capital = text.chars().next().is_some_and(char::is_uppercase) && !sentence_start;
        let lowercase = starts_lower(text);
        for r in t.readings(id) {
            // "this march", "may": a lowercase "march" or "may" is the noun or
            // the verb, not the month (full names are capitalised in English).
            if r.class == Class::Month && r.weak && !r.abbr && lowercase {
                continue;
            }
            // "May", "March" are months when capitalised mid-sentence.
            let weak = r.weak
                && !(r.class == Class::Month && capital && !r.abbr)
                && !(r.class == Class::Season && super::names::season_in_the(doc, start, end));
            v.set(r.class, r.value, weak);
            abbr |= r.abbr;
            if r.class == Class::Num {
                v.number_word = true;
            }
        }
    }
    if text.as_bytes().first().is_some_and(u8::is_ascii_digit) || text.starts_with(['Q', 'q']) {
        shape(&mut v, text);
    }
    if let Some(y) = fiscal_year(text) {
        v.set(Class::Year, y, false);
    }
    // Join number words: "twenty four", "twenty-four", "a hundred".
    if v.number_word && v.val(Class::Num) != UNSPECIFIED {
        let n = out.len();
        let dash = n >= 2 && doc.slice(out[n - 1].start, out[n - 1].end) == "-";
        let prev = if dash {
            n.checked_sub(2)
        } else {
            n.checked_sub(1)
        };
        if let Some(p) = prev.and_then(|p| out.get(p)).filter(|p| p.number_word) {
            if let Some(sum) = combine(p.val(Class::Num), v.val(Class::Num)) {
                let start = p.start;
                if dash {
                    out.pop();
                }
                out.pop();
                let mut m = TimeToken::new(start, end);
                m.number_word = true;
                m.part = fraction_part(doc.slice(start, end));
                m.set(Class::Num, sum, false);
                // "nineteen ninety-six", "two thousand": also a year.
                if (1000..=2999).contains(&sum) && v.val(Class::Num) != 100 {
                    m.set(Class::Year, sum, false);
                }
                if (1..=31).contains(&sum) {
                    m.set(Class::Day, sum, true);
                }
                out.push(m);
                return false;
            }
        }
    }
    // Compound ordinal words: "twenty-fourth", "thirty first".
    let ord = v.classes & Class::Ord.bit() != 0 && (1..=9).contains(&v.val(Class::Ord));
    if ord && v.word != NO_WORD {
        let n = out.len();
        let dash = n >= 2 && doc.slice(out[n - 1].start, out[n - 1].end) == "-";
        let prev = if dash {
            n.checked_sub(2)
        } else {
            n.checked_sub(1)
        };
        let tens = prev
            .and_then(|p| out.get(p))
            .filter(|p| p.number_word && matches!(p.val(Class::Num), 20 | 30))
            .map(|p| (p.start, p.val(Class::Num)));
        if let Some((start, t)) = tens {
            let o = t + v.val(Class::Ord);
            if o <= 31 {
                out.truncate(prev.unwrap_or(n));
                let mut m = TimeToken::new(start, v.end);
                m.part = fraction_part(doc.slice(start, v.end));
                m.set(Class::Ord, o, false);
                out.push(m);
                return false;
            }
        }
    }
    out.push(v);
    abbr
}
