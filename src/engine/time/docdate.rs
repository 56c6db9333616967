//! The document date (TimeML's DCT): the caller's, else one printed near the top.
//!
//! Input: the caller's string (a `YYYY-MM-DD` date, a longer ISO timestamp
//! accepted) and the document. Output: the date and where it came from
//! ("input" or "text"), plus warnings (a bad caller date is a warning, never a
//! failure). In the text only the first lines count, boilerplate lines ("Sign
//! up for our newsletter", "Read the full article here") skipped, and only a
//! date standing on a [`DateLine`]: "Published/Updated ..." lines, bylines, a
//! line that is only a date, or a dateline ("WASHINGTON, April 14 (Reuters) -")
//! whose year comes from the years the article names. A date in the body of
//! the text never dates the document.

use super::calendar::Ymd;
use super::matcher::find;
use super::normalise::{normalise, Ctx};
use super::recognise::vtokens;
use super::tables::Class;
use super::tense::{self, Tense};
use super::value::TimeValue;
use crate::engine::text::Doc;

/// Parse "YYYY-MM-DD" (optionally followed by a time: "2024-04-16T09:00Z").
pub fn parse_iso(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    match TimeValue::parse(head)? {
        TimeValue::Day { y: Some(y), m, d } => Ymd::new(y, m, d),
        _ => None,
    }
}

pub fn fmt(d: Ymd) -> String {
    TimeValue::day(d).to_timeml()
}

const DATELINES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/datelines.txt"));

/// The phrases of `data/time/datelines.txt`: boilerplate lines and date-line
/// openers, and the lines that could not be read (tested empty).
#[derive(Debug, Default)]
pub struct LineWords {
    /// Furniture wherever they start a word ("We use cookies").
    pub boilerplate: Vec<String>,
    /// Furniture only when the line starts with them ("Log in to comment").
    pub boilerplate_start: Vec<String>,
    pub openers: Vec<String>,
    pub errors: Vec<String>,
}

fn parse_line_words(text: &str) -> LineWords {
    let mut w = LineWords::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some(("boilerplate", p)) if !p.trim().is_empty() => w.boilerplate.push(p.trim().into()),
            Some(("boilerplate_start", p)) if !p.trim().is_empty() => {
                w.boilerplate_start.push(p.trim().into())
            }
            Some(("opener", p)) if !p.trim().is_empty() => w.openers.push(p.trim().into()),
            _ => w.errors.push(line.to_string()),
        }
    }
    w
}

/// The date-line phrases, parsed on first use.
pub fn line_words() -> &'static LineWords {
    static W: std::sync::OnceLock<LineWords> = std::sync::OnceLock::new();
    W.get_or_init(|| parse_line_words(DATELINES))
}

/// How many non-boilerplate lines at the top may hold the date.
const HEAD_LINES: usize = 5;

/// Is this line site furniture ("Sign up for our newsletter")? Public for
/// the title logic of the UI, which skips the same lines.
///
/// A phrase counts where it starts a word ("cookies" yes, "fortune cookie"
/// too, "unsubscribed" no), and the `boilerplate_start` phrases only at the
/// start of the line after any bullet or quote: a story sentence that holds
/// "log in" or "read more" ("He read the log in Kiel") is not furniture.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end();
    // Length first: a long line is never furniture, and is not copied.
    line.len() < 120 && {
        let l = line.to_ascii_lowercase();
        let w = line_words();
        let word_start = |at: usize| {
            l[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        };
        // A whole word at the start: "Subscribe now", not "Subscribers rose".
        let word_end = |at: usize| l[at..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        w.boilerplate_start
            .iter()
            .any(|b| l.starts_with(b.as_str()) && word_end(b.len()))
            || w.boilerplate
                .iter()
                .any(|b| l.match_indices(b.as_str()).any(|(at, _)| word_start(at)))
    }
}

/// Where in its line a date stands: the only kinds that date the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLine {
    /// "Published 14 April 2024", "Updated: 2024-04-14".
    Published,
    /// "By Jane Roe | 14 April 2024".
    Byline,
    /// A line that is only a date (and a weekday or time).
    DateOnly,
    /// "OSLO, April 14 (Wire) -": a place, the date, a source or a dash.
    Dateline,
}

/// The kind of date line `line` is, for a date at `at..end` (bytes in the line).
fn date_line(line: &str, at: usize, end: usize) -> Option<DateLine> {
    if let Some(kind) = whole_line_kind(line) {
        return Some(kind);
    }
    let lead = line.len() - line.trim_start().len();
    let rest: String = format!(
        "{}{}",
        line.get(..at).unwrap_or(""),
        line.get(end..).unwrap_or("")
    );
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 12 {
        return Some(DateLine::DateOnly);
    }
    // A dateline: an upper-case place and a comma before, "(" or a dash after.
    let before = line.get(lead..at).unwrap_or("").trim_end();
    let mut after = line.get(end..).unwrap_or("").trim_start();
    // "OSLO, Oct. 28, 2025 /PRNewswire/ --": a wire service between slashes.
    if let Some(wire) = after.strip_prefix('/') {
        if let Some(i) = wire.find('/').filter(|&i| i < 40) {
            after = wire.get(i + 1..).unwrap_or("").trim_start();
        }
    }
    let place = before.strip_suffix(',').is_some_and(dateline_place);
    let opens = before.is_empty() || place;
    (opens && after.starts_with(['(', '-', '—', '–'])).then_some(DateLine::Dateline)
}

/// The kinds of date line that `line` is wherever on it the date stands: a "Published ..."
/// line or a byline.
fn whole_line_kind(line: &str) -> Option<DateLine> {
    let l = line.trim_start().to_ascii_lowercase();
    if line_words()
        .openers
        .iter()
        .any(|o| l.starts_with(o.as_str()))
    {
        return Some(DateLine::Published);
    }
    (l.starts_with("by ") && line.len() < 160).then_some(DateLine::Byline)
}

/// Most letters a line may hold before a date that [`date_line`] takes on a line that is not
/// [`whole_line_kind`]'s: a date-only line has at most 12 letters besides the date, and a
/// dateline's place and comma are under 61 bytes.
const MAX_LETTERS_BEFORE: usize = 60;

/// Whether a date starting at a byte of `at..before` could stand on a date line of the head's
/// `lines` (byte ranges, with whether each is [`whole_line_kind`]'s): a line that meets
/// `at..before` and either is such a line or has at most [`MAX_LETTERS_BEFORE`] letters before
/// `at`. A sentence whose tokens span `at..before` where none can is not read for dates (the
/// same dates are found: each of its expressions starts at one of its tokens).
fn may_hold_date_line(
    text: &str,
    lines: &[(usize, usize, bool)],
    (at, before): (usize, usize),
) -> bool {
    lines.iter().any(|&(la, lb, whole)| {
        at < lb
            && la < before
            && (whole
                || text.get(la..at.max(la)).is_none_or(|b| {
                    b.chars()
                        .filter(|c| c.is_alphabetic())
                        .nth(MAX_LETTERS_BEFORE)
                        .is_none()
                }))
    })
}

/// The place of a dateline, before the date's comma: an upper-case city
/// ("OSLO"), optionally followed by a region or country in capitalised words
/// ("CUPERTINO, California", "TOULOUSE, France", "AUSTIN, Texas").
fn dateline_place(p: &str) -> bool {
    let (city, region) = p.split_once(',').unwrap_or((p, ""));
    let upper_city = city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let capitalised = |part: &str| {
        let mut words = part.split_whitespace().peekable();
        words.peek().is_some()
            && words.all(|w| w.starts_with(|c: char| c.is_alphabetic() && c.is_uppercase()))
    };
    p.len() < 60 && city.len() < 40 && upper_city && (region.is_empty() || capitalised(region))
}

/// "the 2004-built vessel", "a 1990s-era plant": a year inside a compound
/// modifier describes a thing, and does not tell which year the text was written.
fn compound_modifier(doc: &Doc, end: usize) -> bool {
    let after = doc.text.get(end..).unwrap_or("");
    after
        .strip_prefix('-')
        .is_some_and(|a| a.starts_with(char::is_alphabetic))
}

/// Longest stretch of a line read for a date line (bytes).
const MAX_DATE_LINE: usize = 600;

/// What the first lines date: a full date on a date line, else a dateline's year-less
/// month and day ("OSLO, March 4 (Wire) -") with the byte offset where that date starts.
#[derive(Clone, Copy)]
enum Head {
    Full(Ymd),
    Dateline { at: usize, m: u32, d: u32 },
}

fn head_date(doc: &Doc) -> Option<Head> {
    let ctx = Ctx::default();
    let mut buf = Vec::new();
    // The first lines that are not boilerplate: byte ranges.
    let mut lines = Vec::new();
    let mut off = 0;
    for line in doc.text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() && !is_boilerplate(body) {
            // A date line is short: only a line's first MAX_DATE_LINE bytes are read (a text
            // of one long line made each match re-read the whole text: quadratic).
            let mut end = body.len().min(MAX_DATE_LINE);
            while !body.is_char_boundary(end) {
                end -= 1;
            }
            lines.push((off, off + end));
        }
        off += line.len();
        if lines.len() >= HEAD_LINES {
            break;
        }
    }
    let head_end = lines.last().map_or(0, |l| l.1);
    let kinds: Vec<(usize, usize, bool)> = lines
        .iter()
        .map(|&(la, lb)| {
            let line = doc.text.get(la..lb).unwrap_or("");
            (la, lb, whole_line_kind(line).is_some())
        })
        .collect();
    let mut dateline: Option<(usize, u32, u32)> = None;
    for s in 0..doc.sentences.len() {
        let Some(first) = doc
            .sentences
            .get(s)
            .and_then(|sent| doc.tokens.get(sent.tokens().start))
        else {
            continue;
        };
        if first.start() >= head_end {
            break;
        }
        // Most of the head's sentences are prose deep in a paragraph: no date there is on a
        // date line ([`date_line`]), and they are not read.
        let last = doc
            .sentences
            .get(s)
            .and_then(|sent| doc.tokens.get(sent.tokens().end.checked_sub(1)?))
            .map_or(doc.text.len(), |t| t.end());
        if !may_hold_date_line(doc.text, &kinds, (first.start(), last)) {
            continue;
        }
        vtokens(doc, s, &mut buf);
        for m in find(doc, &buf) {
            let Some(&(la, lb)) = lines.iter().find(|l| l.0 <= m.start && m.end <= l.1) else {
                continue;
            };
            let line = doc.text.get(la..lb).unwrap_or("");
            let Some(kind) = date_line(line, m.start - la, m.end - la) else {
                continue;
            };
            match normalise(&m, &ctx).and_then(|n| n.val) {
                Some(TimeValue::Day { y: Some(y), m, d }) => {
                    return Ymd::new(y, m, d).map(Head::Full)
                }
                Some(TimeValue::Day { y: None, m: mo, d })
                    if dateline.is_none() && kind == DateLine::Dateline =>
                {
                    dateline = Some((m.start, mo, d));
                }
                _ => {}
            }
        }
    }
    dateline.map(|(at, m, d)| Head::Dateline { at, m, d })
}

/// The byte offset of a year-less dateline date ("OSLO, March 4 (Wire) -"): written on the
/// day the story was filed, so never after the document date.
pub(super) fn dateline_at(doc: &Doc) -> Option<usize> {
    match head_date(doc)? {
        Head::Dateline { at, .. } => Some(at),
        Head::Full(_) => None,
    }
}

/// Without `today`, how many years after the latest year the article names a year-less
/// dateline may fall when only that year agrees with the lead's weekday.
const DATELINE_YEARS_AFTER: i64 = 2;

/// A date on a dateline, byline or "Published ..." line near the top of the text, and
/// whether its year was inferred ("text" for a printed date; "dateline" for a year-less
/// dateline's month and day with a year chosen by [`dateline_year`]), or `None`: a date in
/// the body never dates the document. `today` is the date the text is read, if known;
/// `head` what [`head_date`] read of the first lines.
fn from_head(doc: &Doc, head: Option<Head>, today: Option<Ymd>) -> Option<(Ymd, &'static str)> {
    let (at, mo, d) = match head? {
        Head::Full(d) => return Some((d, "text")),
        Head::Dateline { at, m, d } => (at, m, d),
    };
    let ctx = Ctx::default();
    let mut buf = Vec::new();
    // The latest year the article names outside a future clause (a dateline is recent
    // news), and the weekdays the dateline's own sentence names ("OSLO, March 4 (Wire) -
    // ... agreed on Monday ..., diplomats said on Wednesday"), as bits 1 (Monday) to 7.
    let mut year = None;
    let mut weekdays = 0u8;
    for s in 0..doc.sentences.len().min(200) {
        vtokens(doc, s, &mut buf);
        let mut clauses = None;
        let lead = doc
            .sentences
            .get(s)
            .is_some_and(|sent| sent.start() <= at && at < sent.end());
        for m in find(doc, &buf) {
            if lead && m.modifier.is_none() {
                if let Some(w) = m
                    .captures
                    .get(Class::Weekday)
                    .filter(|w| (1..=7).contains(w))
                {
                    weekdays |= 1 << w;
                }
            }
            if compound_modifier(doc, m.end) {
                continue;
            }
            if let Some(
                TimeValue::Year(y)
                | TimeValue::Day { y: Some(y), .. }
                | TimeValue::Month { y: Some(y), .. },
            ) = normalise(&m, &ctx).and_then(|n| n.val)
            {
                // A year the story looks ahead to ("will deliver the last drones in 2028")
                // comes after the day it was written.
                if year.is_some_and(|known| y <= known) {
                    continue;
                }
                let clauses = clauses.get_or_insert_with(|| tense::clauses(doc, s));
                if tense::tense_at(doc, clauses, m.start, m.end, false, || None)
                    != Some(Tense::Future)
                {
                    year = Some(y);
                }
            }
        }
    }
    dateline_year(mo, d, weekdays, year, today).map(|d| (d, "dateline"))
}

/// The year of a year-less dateline "`m` `d`". A wire story is filed on its dateline's day,
/// often a day its lead names (`weekdays`, bits 1 = Monday to 7), or the day after one (a
/// story filed after the event). With `today`: the latest such day up to today, or the one a
/// year before it when only that one falls on (or the day after) a weekday the lead names (a weekday agrees with
/// one year in seven by chance, so older years are not searched: a story read near the day
/// it was filed is the common case); the years the text names are no bound (a plan "for
/// 2026" is as often named in a past clause as a past year). Without `today`: the first year
/// from `named` (the latest year the text names outside a future clause), at most
/// [`DATELINE_YEARS_AFTER`] later, on which a named weekday falls, or on which the day after
/// one does, else `named` itself. `None` when nothing gives a year, or the month and day are
/// no date in any year looked at.
fn dateline_year(
    m: u32,
    d: u32,
    weekdays: u8,
    named: Option<i64>,
    today: Option<Ymd>,
) -> Option<Ymd> {
    // The date falls on a named weekday (`after` 0) or on the day after one (`after` 1).
    let agrees = |date: &Ymd, after: u32| {
        let w = (date.weekday() + 6 - after) % 7 + 1;
        weekdays & (1 << w) != 0
    };
    match today {
        Some(t) => {
            // The latest such day up to today and the one before it (29 February: leap years).
            let back: Vec<Ymd> = (t.y - 8..=t.y)
                .rev()
                .filter_map(|y| Ymd::new(y, m, d))
                .filter(|date| *date <= t)
                .take(2)
                .collect();
            // The latest year first, filed on a weekday of its lead or the day after one
            // ("GENEVA, Nov 27 - ... warned on Thursday", read a week later); the year
            // before only when the latest agrees with no weekday of the lead.
            back.iter()
                .find(|date| agrees(date, 0) || agrees(date, 1))
                .or(back.first())
                .copied()
        }
        None => {
            let named = named?;
            let ahead: Vec<Ymd> = (named..=named + DATELINE_YEARS_AFTER)
                .filter_map(|y| Ymd::new(y, m, d))
                .collect();
            [0, 1]
                .iter()
                .find_map(|&after| ahead.iter().find(|date| agrees(date, after)))
                .copied()
                .or_else(|| Ymd::new(named, m, d))
        }
    }
}

/// The reference date: the caller's if valid, else one found in the text, with its source
/// ("input", "text", or "dateline" when the year of a year-less dateline was inferred;
/// see [`from_head`]). `today` is the date the text is read, if the caller knows it. A
/// caller's date that differs from the text's own (its dateline or a dated heading, its year
/// inferred up to the caller's date) is used, with a warning that says so.
pub fn document_date(doc: &Doc, given: Option<&str>, today: Option<Ymd>) -> DocDate {
    let mut warnings = Vec::new();
    // The head is read once: the time stage takes the dateline's offset from here.
    let head = head_date(doc);
    let dateline_at = match head {
        Some(Head::Dateline { at, .. }) => Some(at),
        _ => None,
    };
    if let Some(g) = given.map(str::trim).filter(|g| !g.is_empty()) {
        match parse_iso(g) {
            Some(d) => {
                // "NEW YORK, Nov 24 (Reuters) -" read with another date: said, not overridden.
                // A dateline of the given month and day needs no year read (the scan of the
                // lead for its weekdays costs as much as the rest of this stage).
                let other = match head {
                    Some(Head::Full(t)) => Some((t, "text")),
                    Some(Head::Dateline { m, d: day, .. }) if (m, day) != (d.m, d.d) => {
                        from_head(doc, head, Some(d))
                    }
                    _ => None,
                };
                let text_date = other.filter(|&(t, _)| t != d).map(|(t, _)| t);
                if let Some(t) = text_date {
                    warnings.push(format!(
                        "the text is dated {} (its dateline or heading); its dates are resolved \
                         against the given date {} instead",
                        fmt(t),
                        fmt(d)
                    ));
                }
                return DocDate {
                    date: Some((fmt(d), "input")),
                    warnings,
                    dateline_at,
                    text_date: text_date.map(fmt),
                };
            }
            None => warnings.push(format!(
                "invalid date {g:?}: expected YYYY-MM-DD; looking for one in the text"
            )),
        }
    }
    DocDate {
        date: from_head(doc, head, today).map(|(d, source)| (fmt(d), source)),
        warnings,
        dateline_at,
        text_date: None,
    }
}

/// What [`document_date`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct DocDate {
    /// The reference date (YYYY-MM-DD) and its source ("input", "text", "dateline").
    pub date: Option<(String, &'static str)>,
    /// Problems with the given date, and a given date other than the text's own.
    pub warnings: Vec<String>,
    /// Byte offset of a year-less dateline's date ("OSLO, March 4 (Wire) -"), if the text
    /// opens with one: filed on the document date, never after it.
    pub dateline_at: Option<usize>,
    /// The text's own date (YYYY-MM-DD, from its dateline or a dated heading) when the
    /// given date differs from it; `None` otherwise.
    pub text_date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i64, m: u32, d: u32) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    /// Weekday bits for [`dateline_year`] (1 = Monday).
    fn days(ws: &[u32]) -> u8 {
        ws.iter().fold(0, |bits, w| bits | 1 << w)
    }

    #[test]
    fn a_given_date_other_than_the_datelines_is_used_with_a_warning() {
        let doc = Doc::new("OSLO, Nov 24 (Wire) - The court ruled on Monday.");
        let DocDate {
            date,
            warnings,
            text_date,
            ..
        } = document_date(&doc, Some("2026-11-30"), None);
        assert_eq!(text_date.as_deref(), Some("2026-11-24"));
        assert_eq!(date, Some(("2026-11-30".to_string(), "input")));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("2026-11-24"), "{warnings:?}");
        // The dateline's own day: nothing to say.
        let agreed = document_date(&doc, Some("2026-11-24"), None);
        assert!(agreed.warnings.is_empty(), "{:?}", agreed.warnings);
        assert_eq!(agreed.text_date, None);
        // No dateline: nothing to say either.
        let doc = Doc::new("The court ruled on Monday.");
        assert!(document_date(&doc, Some("2026-11-30"), None)
            .warnings
            .is_empty());
    }

    #[test]
    fn only_sentences_that_may_stand_on_a_date_line_are_read_and_the_same_date_is_found() {
        let date = |text: &str| document_date(&Doc::new(text), None, None).date;
        // A byline is a date line wherever on it the date stands: a later sentence of it too.
        assert_eq!(
            date("Ferry fares rise\nBy Ines Varga. Staff writer. Filed 3 March 2025.\nBody."),
            Some(("2025-03-03".to_string(), "text"))
        );
        // A date-only line and a dateline after lines of prose.
        let prose = "The ferry board met again. It talked for a long while about the fares.";
        assert_eq!(
            date(&format!("{prose}\n{prose}\n3 March 2025\nBody.")),
            Some(("2025-03-03".to_string(), "text"))
        );
        assert_eq!(
            date(&format!(
                "{prose}\nTROMSO, March 3, 2025 (Wire) - Fares rose."
            )),
            Some(("2025-03-03".to_string(), "text"))
        );
        // A date in a later sentence of a line of prose does not date the text.
        assert_eq!(
            date(&format!("{prose} The vote was on 3 March 2025.\nBody.")),
            None
        );
    }

    #[test]
    fn a_year_less_dateline_takes_the_latest_year_unless_only_last_year_agrees_with_its_weekdays() {
        let wed = days(&[3]);
        let today = Some(ymd(2026, 12, 5));
        // 12 February 2026 is a Thursday, the day after the lead's Wednesday: the latest year,
        // though 12 February 2025 was a Wednesday (the text names 2023).
        assert_eq!(
            dateline_year(2, 12, wed, Some(2023), today),
            Some(ymd(2026, 2, 12))
        );
        // The lead's Tuesday: 12 February 2025 was the Wednesday after one, 12 February 2026
        // is a Thursday: last year, and a year the text names after the story (a plan "for
        // 2026") does not hold it back.
        assert_eq!(
            dateline_year(2, 12, days(&[2]), Some(2026), today),
            Some(ymd(2025, 2, 12))
        );
        // The lead names Monday and Wednesday: 2 December 2026 is a Wednesday.
        assert_eq!(
            dateline_year(12, 2, days(&[1, 3]), None, today),
            Some(ymd(2026, 12, 2))
        );
        // The lead's Friday: 28 November 2026 is the Saturday after one, 28 November 2025
        // was a Friday: the latest year (a story read soon after it was filed is the common
        // case); so too read on Saturday 5 December 2026, "Dec 5 ... on Friday".
        assert_eq!(
            dateline_year(11, 28, days(&[5]), None, today),
            Some(ymd(2026, 11, 28))
        );
        assert_eq!(
            dateline_year(12, 5, days(&[5]), None, today),
            Some(ymd(2026, 12, 5))
        );
        // Across a 29 February: 1 March 2024
        // was a Friday, 1 March 2023 a Wednesday (read on 5 December 2024).
        let leap = Some(ymd(2024, 12, 5));
        assert_eq!(
            dateline_year(3, 1, days(&[4]), None, leap),
            Some(ymd(2024, 3, 1))
        );
        assert_eq!(
            dateline_year(3, 1, days(&[2]), None, leap),
            Some(ymd(2023, 3, 1))
        );
        assert_eq!(
            dateline_year(3, 1, days(&[7]), None, leap),
            Some(ymd(2024, 3, 1))
        );
        // No year up to a year back agrees (6 December: a Saturday in 2025, a Friday in
        // 2024): the latest, not the Sunday six years back.
        assert_eq!(
            dateline_year(12, 6, days(&[7]), None, today),
            Some(ymd(2025, 12, 6))
        );
        // No weekday: the latest such day up to today, never after it.
        assert_eq!(
            dateline_year(12, 20, 0, None, today),
            Some(ymd(2025, 12, 20))
        );
        assert_eq!(dateline_year(12, 5, 0, None, today), Some(ymd(2026, 12, 5)));
        // 29 February only in a leap year.
        assert_eq!(
            dateline_year(2, 29, 0, Some(2023), today),
            Some(ymd(2024, 2, 29))
        );
    }

    #[test]
    fn without_today_a_year_less_dateline_starts_from_the_years_the_text_names() {
        // The first year from 2023 on which 12 February is a Wednesday.
        assert_eq!(
            dateline_year(2, 12, days(&[3]), Some(2023), None),
            Some(ymd(2025, 2, 12))
        );
        // Filed the day after the lead's Tuesday: 19 November 2025 was a Wednesday.
        assert_eq!(
            dateline_year(11, 19, days(&[2]), Some(2025), None),
            Some(ymd(2025, 11, 19))
        );
        // No weekday, or none agreeing within two years: the latest year named.
        assert_eq!(
            dateline_year(2, 12, 0, Some(2023), None),
            Some(ymd(2023, 2, 12))
        );
        assert_eq!(
            dateline_year(2, 12, days(&[1]), Some(2026), None),
            Some(ymd(2026, 2, 12))
        );
        assert_eq!(dateline_year(2, 12, days(&[3]), None, None), None);
        assert_eq!(dateline_year(2, 30, 0, Some(2024), None), None);
    }

    #[test]
    fn line_words_parse_cleanly() {
        assert!(line_words().errors.is_empty(), "{:?}", line_words().errors);
        assert!(!line_words().boilerplate.is_empty() && !line_words().openers.is_empty());
        assert_eq!(parse_line_words("nonsense\nopener\t\n").errors.len(), 2);
        assert!(is_boilerplate("Sign up to our daily newsletter"));
        assert!(!is_boilerplate(
            "Ships left the port after the strike ended."
        ));
        // Start-only phrases: at the start (after a bullet), not inside a sentence.
        assert!(is_boilerplate("Log in to comment"));
        assert!(is_boilerplate("• Read more: port strikes"));
        assert!(!is_boilerplate("Peter Hansen closed the log in Flensburg."));
        assert!(!is_boilerplate("Analysts had to read more filings."));
        assert!(!is_boilerplate("Subscribers to Nordlys Radio rose 5%."));
        // Anywhere phrases: at the start of a word only.
        assert!(is_boilerplate("This site uses cookies."));
    }
}
