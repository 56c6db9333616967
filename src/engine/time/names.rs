//! Matches that are names or other words, not time expressions (TimeML marks
//! expressions with a temporal value, not titles or ages):
//!
//! - a title in quotes whose words are capitalised, with a unit or part of day
//!   among them: a programme or a film ("This Week", "60 Minutes", "High Noon");
//! - a decade of someone's age: "in his 30s", "in their early 20s";
//! - the noun "March" naming a procession: "the March for Jobs", "the March of
//!   the Veterans";
//! - "Now," and "Now for" opening a sentence: a discourse marker, not the present time;
//! - "Today" capitalised after an acronym or inside a name ("USA Today");
//! - "a quarter of the market": a share, not three months;
//! - a unit after an ordinal: "in the 53rd minute after the foul" is a position, not a
//!   duration or a shift of one minute;
//! - "the second half" with no year, in a sentence about a match ("the referee", "the
//!   striker"): a half of play, not a half-year;
//! - "dawn", "dusk" not after "at", "by", ...: "the dawn of an era", a name;
//! - a weekday after a capitalised word that is neither a name the lexicons know nor a time
//!   word, mid-sentence ("the song Gloomy Sunday", "Bloody Sunday"): a named day whose date
//!   is unknown, not the coming or last weekday ([`modifies_weekday`]; holidays of several
//!   words are read before, `data/time/holidays.tsv`).
//!
//! The word lists are `data/time/names.txt` ([`words`]).
//!
//! Architecture invariant: reads only the text around a match (byte offsets
//! into `Doc::text`); never changes a value, only says "drop this match".

use super::matcher::Match;
use super::normalise::Normalised;
use super::tables::{Action, Class};
use crate::engine::model::TimexType;
use crate::engine::text::Doc;

const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/names.txt"));

/// The word lists of `data/time/names.txt`, and the lines that could not be read (tested empty).
#[derive(Debug, Default)]
pub struct NameWords {
    /// Unit and part-of-day words that, capitalised inside a quoted title, make it a name.
    pub title: Vec<String>,
    /// Possessive determiners before an age decade ("in his 30s").
    pub possessive: Vec<String>,
    /// Quote marks that open a title.
    pub quote: Vec<String>,
    /// Words before "a year", "a week" that make it a rate ("twice a week").
    pub rate: Vec<String>,
    /// Unit words that, with "of" after them, are a share of something ("a quarter of the market").
    pub fraction: Vec<String>,
    /// Nouns a fraction word measures right before them ("a quarter point", "a half
    /// percentage point"): a share of that, not a duration.
    pub fraction_noun: Vec<String>,
    /// Fraction words before "a"/"an" that count part of a unit ("half an hour later"), with
    /// the part in thousandths of the unit ("half" 500).
    pub count_fraction: Vec<(String, i32)>,
    /// Words of a match or game ("goal", "referee"): with one in its sentence, "the second
    /// half" is a half of play, not of the year.
    pub sport: Vec<String>,
    /// Words before "midnight" that put it at the start of the day named after it ("shortly
    /// after midnight on Tuesday" is early Tuesday, T00:00; "midnight Tuesday" alone is its end, T24:00).
    pub day_start: Vec<String>,
    /// Prepositions before "the spring", "the fall" that make the weak season word a
    /// season on its own ("would open in the spring").
    pub season_before: Vec<String>,
    /// Words after "the spring", "the fall" that make it a noun ("the fall of", "the fall in
    /// prices", "the spring session"): it stays weak.
    pub season_not_before: Vec<String>,
    /// Prepositions right before a lower-case "spring" or "fall" with no "the" ("in spring",
    /// "by fall") that make it a season on its own too.
    pub season_bare_before: Vec<String>,
    /// Words of a season's part between the preposition and the season ("in early spring",
    /// "during the late fall"), passed over.
    pub season_part: Vec<String>,
    /// Reporting verbs ("said"): a date right after one ("the firm said on Monday") is when
    /// a story was told, not a date the story moves to, when its sentence stated another.
    pub report: Vec<String>,
    /// Prepositions that end a name when a time expression follows them: the tagger ran
    /// "the Corran Hockey Club on May 3" into one name (`engine::name_ends`).
    pub name_end: Vec<String>,
    /// Prepositions before "dawn", "dusk" that make them a part of the day in focus ("at
    /// dawn"; not "the dawn of an era", nor a name).
    pub part_before: Vec<String>,
    /// Prepositions before a name and a weekday ("met with Sununu Sunday", "in Iraq Friday"): the
    /// capitalised word after one is a name the weekday dates, not a word naming the day.
    pub name_before_weekday: Vec<String>,
    /// Event nouns and the verbs whose events they name, "noun verb" ("election elect"):
    /// [`super::anchor`] reads "the same week as the election" as the week of "was elected".
    pub nominal: Vec<String>,
    /// Words after a count that make it a point counted from the story's time ("2.5 hours
    /// later"): where the value is the count's duration instead, the word is cut from the
    /// expression as a signal; "the next hour" has none and keeps its unit word.
    pub count_signal: Vec<String>,
    /// Words before a count back that make it a comparison's standard ("from a year
    /// earlier"): counted from the main clause's time, not an aside's ([`super::aside`]).
    pub comparison: Vec<String>,
    /// Lines that are not `KIND <TAB> WORD` with a known kind.
    pub errors: Vec<String>,
}

fn parse_words(text: &str) -> NameWords {
    let mut w = NameWords::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, word)) = line.split_once('\t') else {
            w.errors.push(line.to_string());
            continue;
        };
        let word = word.trim().to_string();
        let list = match kind {
            "title" => &mut w.title,
            "possessive" => &mut w.possessive,
            "quote" => &mut w.quote,
            "rate" => &mut w.rate,
            "fraction" => &mut w.fraction,
            "fraction_noun" => &mut w.fraction_noun,
            "count_fraction" => {
                let part = word
                    .split_once(' ')
                    .and_then(|(f, k)| Some((f.to_string(), k.parse::<i32>().ok()?)))
                    .filter(|(f, k)| !f.is_empty() && (1..1000).contains(k));
                match part {
                    Some(part) => w.count_fraction.push(part),
                    None => w.errors.push(line.to_string()),
                }
                continue;
            }
            "sport" => &mut w.sport,
            "day_start" => &mut w.day_start,
            "season_before" => &mut w.season_before,
            "season_not_before" => &mut w.season_not_before,
            "season_bare_before" => &mut w.season_bare_before,
            "season_part" => &mut w.season_part,
            "report" => &mut w.report,
            "name_end" => &mut w.name_end,
            "part_before" => &mut w.part_before,
            "name_before_weekday" => &mut w.name_before_weekday,
            "count_signal" => &mut w.count_signal,
            "comparison" => &mut w.comparison,
            "nominal" if word.split_whitespace().count() == 2 => &mut w.nominal,
            _ => {
                w.errors.push(line.to_string());
                continue;
            }
        };
        if word.is_empty() {
            w.errors.push(line.to_string());
        } else {
            list.push(word);
        }
    }
    w
}

/// The word lists, parsed on first use.
pub fn words() -> &'static NameWords {
    static W: std::sync::OnceLock<NameWords> = std::sync::OnceLock::new();
    W.get_or_init(|| parse_words(WORDS))
}

fn listed(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}

/// "the company said on Monday", "officials said Tuesday": a reporting verb of `report`
/// right before the expression at byte `start` (maybe with "on" between).
pub fn told(doc: &Doc, start: usize) -> bool {
    let mut before = crate::engine::text::before(doc.text, start)
        .split_whitespace()
        .rev();
    let mut prev = before.next().unwrap_or("");
    if prev.eq_ignore_ascii_case("on") {
        prev = before.next().unwrap_or("");
    }
    words().report.iter().any(|r| r.eq_ignore_ascii_case(prev))
}

/// "would open in the spring", "during the fall,": a weak season word (byte span
/// `start..end`) after a preposition of `season_before` and "the", or in lower case right
/// after a preposition of `season_bare_before` ("deliveries began in spring", "by fall"), a
/// word of `season_part` maybe between ("in early spring"), with no word of
/// `season_not_before` after it, is a season on its own.
pub fn season_in_the(doc: &Doc, start: usize, end: usize) -> bool {
    let w = words();
    let is = |list: &[String], x: &str| list.iter().any(|p| p.eq_ignore_ascii_case(x));
    let mut before = crate::engine::text::before(doc.text, start)
        .split_whitespace()
        .rev()
        .peekable();
    if before.peek().is_some_and(|x| is(&w.season_part, x)) {
        before.next();
    }
    let the = before.peek().is_some_and(|x| x.eq_ignore_ascii_case("the"));
    if the {
        before.next();
    }
    let lower = doc
        .text
        .get(start..end)
        .is_some_and(|t| t.starts_with(|c: char| c.is_lowercase()));
    let prep = before.next().is_some_and(|x| {
        if the {
            is(&w.season_before, x)
        } else {
            lower && is(&w.season_bare_before, x)
        }
    });
    let next = doc
        .text
        .get(end..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .find(|x| !x.is_empty());
    let after_ok = doc
        .text
        .get(end..)
        .unwrap_or("")
        .trim_start()
        .starts_with(|c: char| !c.is_alphanumeric())
        || !next.is_some_and(|x| is(&w.season_not_before, x));
    prep && after_ok
}

/// True when match `m` (normalised to `n`) is a name or another word rather
/// than a time expression, judged from the text around it.
pub fn not_a_time(doc: &Doc, m: &Match, n: &Normalised) -> bool {
    let text = doc.text.get(m.start..m.end).unwrap_or("");
    let before = crate::engine::text::before(doc.text, m.start);
    let after = doc.text.get(m.end..).unwrap_or("");
    quoted_title(text, before)
        || age_decade(m, n, before)
        || march_noun(m, text, after)
        || discourse_now(text, before, after)
        || titled_today(text, before)
        || fraction(n, text, after)
        || fraction_of_count(text, before)
        || ordinal_unit(m, before)
        || half_of_play(m, before, after)
        || bare_dawn(m, text, before)
        || named_weekday(doc, m)
        || compound_unit(m, n, text, after)
}

/// "the quarter-finals", "the day-care centre": a date ending on a unit word (no number
/// counted) glued by a hyphen to a word the time tables do not know is the first part of a
/// compound noun, not a time ("the year-end", "a quarter-century" are read whole; "-long" and
/// "-old" make a duration, which this leaves alone).
fn compound_unit(m: &Match, n: &Normalised, text: &str, after: &str) -> bool {
    if n.kind != TimexType::Date || m.captures.get(Class::Num).is_some() {
        return false;
    }
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let next: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    let last = text
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let t = super::tables::tables();
    let unit = t.id(&last).is_some_and(|i| {
        t.readings(i)
            .iter()
            .any(|r| matches!(r.class, Class::Unit | Class::Units))
    });
    unit && !next.is_empty() && t.id(&next).is_none()
}

/// A bare weekday match ("Sunday" of "Gloomy Sunday") whose word before it names the day
/// ([`modifies_weekday`]).
fn named_weekday(doc: &Doc, m: &Match) -> bool {
    if m.rule.action != Action::Weekday || m.tok_end != m.tok_start + 1 {
        return false;
    }
    let k = doc.tokens.partition_point(|t| t.start() < m.start);
    k > 0 && doc.tokens.get(k).is_some_and(|t| t.start() == m.start) && modifies_weekday(doc, k - 1)
}

/// Whether doc token `i` is a word that makes the weekday after it a name: a Title Case word
/// ("Gloomy", "Bloody"; not "IBM") in mid-sentence, after no other capitalised word ("the
/// World Court Friday" is the court's Friday) nor after a preposition of `name_before_weekday`
/// ("met with Sununu Sunday"), that the time tables do not know ("Last",
/// "Early") and the lexicons know as no place, person or other name ("in Tokyo Monday",
/// "met Clinton Sunday"), right before a capitalised weekday.
fn modifies_weekday(doc: &Doc, i: usize) -> bool {
    let (Some(t), Some(next)) = (doc.tokens.get(i), doc.tokens.get(i + 1)) else {
        return false;
    };
    if i == 0
        || doc.is_sentence_start(i)
        || !doc.same_sentence(i, i + 1)
        || next.start() != t.end() + 1
    {
        return false;
    }
    let (w, day) = (doc.tok_text(i), doc.tok_text(i + 1));
    let tables = super::tables::tables();
    let weekday = day.starts_with(|c: char| c.is_ascii_uppercase())
        && tables.id(&day.to_ascii_lowercase()).is_some_and(|id| {
            tables
                .readings(id)
                .iter()
                .any(|r| r.class == Class::Weekday && !r.weak)
        });
    let mut cs = w.chars();
    let title = cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && cs.all(char::is_lowercase);
    if !weekday || !title || tables.id(&w.to_lowercase()).is_some() {
        return false;
    }
    let prev = doc.tok_text(i - 1);
    if prev.starts_with(char::is_uppercase) && doc.same_sentence(i - 1, i)
        || listed(&words().name_before_weekday, &prev.to_lowercase())
    {
        return false;
    }
    // "Dar es Salaam Thursday": the end of a name joined by a short lower-case particle.
    let particle = prev.len() <= 3 && prev.chars().all(|c| c.is_lowercase());
    if particle
        && i >= 2
        && doc.same_sentence(i - 2, i)
        && doc.tok_text(i - 2).starts_with(char::is_uppercase)
    {
        return false;
    }
    let mut buf = String::new();
    !crate::engine::lexicon::lexicon()
        .get_any(w, &mut buf)
        .is_some_and(|e| {
            e.country.is_some()
                || e.city.is_some()
                || e.demonym.is_some()
                || e.region
                || e.known.is_some()
                || e.given
                || e.surname
        })
}

/// "the dawn of an era", "Dawn Fletcher": "dawn", "dusk" (a rule's part of day, no PART word)
/// are a part of the day only in lower case after a preposition of `part_before` ("at dawn").
fn bare_dawn(m: &Match, text: &str, before: &str) -> bool {
    let dawn = m.rule.action == Action::Anaphor
        && m.rule.args.len() > 1
        && m.captures.get(Class::Part).is_none();
    dawn && (text.starts_with(|c: char| c.is_uppercase())
        || !listed(&words().part_before, &last_word(before)))
}

/// "Half an hour later", "a quarter of an hour later": the match ("an hour later") is only
/// the end of a count whose fraction word comes before it; read alone it would count a whole
/// unit, a confident wrong time. A
/// `count_fraction` word of `data/time/names.txt` ("half", "quarter") right before "a"/"an",
/// or before "of a"/"of an".
fn fraction_of_count(text: &str, before: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    if first != "a" && first != "an" {
        return false;
    }
    let mut back = before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let mut w = back.next().unwrap_or_default();
    if w == "of" {
        w = back.next().unwrap_or_default();
    }
    count_part(&w).is_some()
}

/// The part of a unit a `count_fraction` word counts, in thousandths ("half" 500, "quarters"
/// 250), or `None`. `w` is lower case.
pub fn count_part(w: &str) -> Option<i32> {
    count_part_bytes(w.as_bytes())
}

/// [`count_part`] of a word's UTF-8 bytes (a word lower-cased into a byte buffer).
pub fn count_part_bytes(w: &[u8]) -> Option<i32> {
    let w = w.strip_suffix(b"s").filter(|s| s.len() > 3).unwrap_or(w);
    words()
        .count_fraction
        .iter()
        .find(|(f, _)| f.as_bytes() == w)
        .map(|&(_, k)| k)
}

/// The first word of `after` (text after a match), lower-cased, without punctuation.
fn first_word(after: &str) -> String {
    after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The last word of `before` (text up to a match), lower-cased.
fn last_word(before: &str) -> String {
    before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// "in the 53rd minute after the foul", "on the third day after": a unit after an
/// ordinal is a position in a count, not a duration or a shift of one unit.
fn ordinal_unit(m: &Match, before: &str) -> bool {
    if !matches!(m.rule.action, Action::Duration | Action::Anaphor)
        || m.captures.get(Class::Num).is_some()
    {
        return false;
    }
    let prev = last_word(before);
    let digits = prev.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &prev[digits.len()..];
    let digit_ordinal = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th");
    let t = super::tables::tables();
    let word_ordinal = t
        .id(&prev)
        .is_some_and(|i| t.readings(i).iter().any(|r| r.class == Class::Ord));
    digit_ordinal || word_ordinal
}

/// How far around "the second half" [`half_of_play`] looks for its sentence, in bytes.
const SENTENCE_WINDOW: usize = 300;

/// "sent off in the second half": with no year ("of 2024", "of the year") and a
/// word of a match or game in the sentence ([`NameWords::sport`]), a half is
/// one of play.
fn half_of_play(m: &Match, before: &str, after: &str) -> bool {
    if m.rule.action != Action::Half || m.captures.get(Class::Year).is_some() {
        return false;
    }
    // "the second half of the year", "of this fiscal year": a half of a year after all.
    let t = super::tables::tables();
    let of_time = after.trim_start().strip_prefix("of ").is_some_and(|rest| {
        rest.split_whitespace().take(3).any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            w.starts_with(|c: char| c.is_ascii_digit())
                || t.id(&w).is_some_and(|i| {
                    t.readings(i)
                        .iter()
                        .any(|r| matches!(r.class, Class::Unit | Class::Units | Class::Year))
                })
        })
    });
    if of_time {
        return false;
    }
    // The sentence around the match, at most [`SENTENCE_WINDOW`] bytes each side
    // (linear time on text without sentence marks).
    let lo = before.len().saturating_sub(SENTENCE_WINDOW);
    let lo = (lo..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let hi = after.len().min(SENTENCE_WINDOW);
    let hi = (hi..after.len())
        .find(|&i| after.is_char_boundary(i))
        .unwrap_or(after.len());
    let (before, after) = (&before[lo..], &after[..hi]);
    let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let end = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
    let sentence = format!("{} {}", &before[start..], &after[..end]).to_lowercase();
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| listed(&words().sport, w))
}

/// True when `before` (text up to a word) ends a sentence: nothing, or a
/// sentence mark, a line break or an opening quote before the word.
fn sentence_start(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t']);
    let b = b.trim_end_matches(['"', '`', '\'', '“', '‘']);
    b.trim_end_matches([' ', '\t']).is_empty() || b.ends_with(['.', '!', '?', '\n', ':', ';'])
}

/// "Now, the board says ...": a sentence opened by "Now" and a comma uses it
/// as a discourse marker (a turn in the argument), not as the present time.
fn discourse_now(text: &str, before: &str, after: &str) -> bool {
    // "Now for the weather": a presenter's turn to the next item, likewise.
    text == "Now"
        && (after.starts_with(',') || after.starts_with(" for "))
        && sentence_start(before)
}

/// "USA Today", "VOA Today": a capitalised "Today" right after an acronym or a
/// capitalised word inside a sentence is part of a name (a paper, a programme).
fn titled_today(text: &str, before: &str) -> bool {
    if text != "Today" {
        return false;
    }
    let b = before.trim_end_matches([' ', '\t']);
    let start = b
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let prev = b.get(start..).unwrap_or("");
    if !prev.starts_with(char::is_uppercase)
        || super::tables::tables().id(&prev.to_lowercase()).is_some()
    {
        return false;
    }
    let acronym = prev.chars().count() >= 2 && prev.chars().all(|c| c.is_ascii_uppercase());
    acronym || !sentence_start(b.get(..start).unwrap_or(""))
}

/// "more than a quarter of the market", "a quarter of its staff": a share of
/// something, not three months; "a quarter of the year" stays a time.
fn fraction(n: &Normalised, text: &str, after: &str) -> bool {
    // One of the unit only: "several quarters of losses" is time.
    if n.kind != TimexType::Duration || !n.value.starts_with("P1") || n.value.len() != 3 {
        return false;
    }
    let last = text.rsplit(' ').next().unwrap_or("").to_lowercase();
    if !listed(&words().fraction, &last) {
        return false;
    }
    // "cut rates by a quarter point", "a half percentage point".
    if listed(&words().fraction_noun, &first_word(after)) {
        return true;
    }
    let Some(rest) = after.trim_start().strip_prefix("of ") else {
        return false;
    };
    let t = super::tables::tables();
    let timeish = rest.split_whitespace().take(3).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        w.starts_with(|c: char| c.is_ascii_digit())
            || t.id(&w).is_some_and(|i| {
                t.readings(i).iter().any(|r| {
                    use super::tables::Class::*;
                    matches!(r.class, Unit | Units | Month | Season | Year | Decade)
                })
            })
    });
    !timeish
}

/// "ABC's \"This Week\"", "the film ``High Noon''": a capitalised unit word in
/// a run of capitalised words that a quote mark opens.
fn quoted_title(text: &str, before: &str) -> bool {
    let capital_unit = text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(char::is_uppercase) && listed(&words().title, &w.to_lowercase()));
    if !capital_unit {
        return false;
    }
    // Capitalised words before the match on the same line belong to the title too.
    let mut rest = before.trim_end_matches([' ', '\t']);
    loop {
        let word_start = rest
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = rest.get(word_start..).unwrap_or("");
        if word.starts_with(char::is_uppercase) {
            rest = rest
                .get(..word_start)
                .unwrap_or("")
                .trim_end_matches([' ', '\t']);
        } else {
            break;
        }
    }
    words().quote.iter().any(|q| rest.ends_with(q.as_str()))
}

/// "when she was in her 30s": a decade after a possessive is an age.
fn age_decade(m: &Match, n: &Normalised, before: &str) -> bool {
    if m.rule.action != Action::Decade || n.kind != TimexType::Date {
        return false;
    }
    let prev = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    listed(&words().possessive, &prev)
}

/// "the March for Jobs", "the March of the Veterans": the noun, not the month.
fn march_noun(m: &Match, text: &str, after: &str) -> bool {
    if m.rule.action != Action::Date || text != "March" {
        return false;
    }
    let after = after.trim_start_matches([' ', '\t']);
    let rest = after
        .strip_prefix("for ")
        .or_else(|| after.strip_prefix("of the "));
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_parse_cleanly() {
        let w = words();
        assert!(w.errors.is_empty(), "bad lines: {:?}", w.errors);
        assert!(listed(&w.title, "minutes") && listed(&w.possessive, "their"));
        assert!(listed(&w.rate, "twice") && listed(&w.fraction, "quarter"));
        assert!(w.quote.iter().any(|q| q == "``"));
    }

    #[test]
    fn unknown_kinds_and_empty_words_are_reported() {
        let w = parse_words("title\tnoon\nsomething\tx\nrate\t \nno tab here\n");
        assert_eq!(w.title, vec!["noon".to_string()]);
        assert_eq!(w.errors.len(), 3);
    }

    /// Each expression's text and value in `text` written on 2026-05-14.
    fn timexes(text: &str) -> Vec<(String, String)> {
        let a = crate::engine::analyze(&crate::engine::model::DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2026-05-14".into()),
        });
        a.timex.into_iter().map(|t| (t.text, t.value)).collect()
    }

    #[test]
    fn a_bare_spring_or_fall_after_a_preposition_is_a_season() {
        let pair = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        // No "the": the preposition alone makes the weak word a season, told by the tense.
        assert_eq!(
            timexes("The ferry line to Vastholm reopened in spring."),
            pair("spring", "2026-SP")
        );
        assert_eq!(
            timexes("The ferry line to Vastholm will reopen by fall."),
            pair("fall", "2026-FA")
        );
        assert_eq!(
            timexes("The quarry at Oskby closed in early spring."),
            pair("early spring", "2026-SP")
        );
        // Still a noun: capitalised (a name), before "of", or after no preposition.
        assert!(timexes("The hotel in Spring Valley reopened.").is_empty());
        assert!(timexes("Critics warned of the fall of the coalition.").is_empty());
        assert!(timexes("The spring in the valley dried up.").is_empty());
    }

    #[test]
    fn a_weekday_a_capitalised_word_names_is_no_date() {
        // 2026-05-14 is a Thursday.
        assert!(timexes("The band closed its set on the ballad Gloomy Sunday.").is_empty());
        // A place, a name in two words, an opening word or a time word keeps the weekday.
        let pair = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        assert_eq!(
            timexes("Stocks slid in Oslo Monday."),
            pair("Monday", "2026-05-11")
        );
        assert_eq!(
            timexes("The High Court Monday rejected it."),
            pair("Monday", "2026-05-11")
        );
        assert_eq!(
            timexes("Gloomy Monday was cold."),
            pair("Monday", "2026-05-11")
        );
        assert_eq!(
            timexes("It rained Last Monday."),
            pair("Last Monday", "2026-05-11")
        );
        assert_eq!(
            timexes("She toured Dar es Salaam Monday."),
            pair("Monday", "2026-05-11")
        );
        // After a preposition of `name_before_weekday`, an unknown word is a name.
        assert_eq!(
            timexes("Aides met with Sununu Monday."),
            pair("Monday", "2026-05-11")
        );
    }

    #[test]
    fn sentence_openers_are_told_from_words_inside() {
        assert!(sentence_start(""));
        assert!(sentence_start("It fell. "));
        assert!(sentence_start("He said:\n\""));
        assert!(!sentence_start("Prices are "));
    }
}
