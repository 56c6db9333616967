//! Holidays: the names written in several words (`data/time/holidays.tsv`: "Good Friday",
//! "Boxing Day", "Black Friday") and the day a HOLIDAY value names in a year.
//!
//! Input: the text at a token (for [`name_at`]), a HOLIDAY value and a year (for [`day_in`]).
//! Output: the name's length and value, which `recognise` makes one HOLIDAY token (so the
//! rules of `data/time/rules.txt` read "Good Friday 2019" as they read "Christmas 2019"), and
//! the day, which [`normalise`] turns into a DATE.
//! A name counts only when every word of it is capitalised ("a good Friday for traders" is a
//! Friday): a name of several words is a proper name.

use super::calendar::{self, Ymd};
use super::matcher::Match;
use super::norm::{date, has, infer_year, int_arg, plain, Ctx, Normalised};
use super::tables::Class;
use super::value::TimeValue;
use crate::engine::model::TimexType;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/holidays.tsv"));

/// HOLIDAY values from this one on are movable feasts: `EASTER_BASE + 100 + days from Easter`.
const EASTER_BASE: i32 = 100_000;
/// HOLIDAY values from this one up to [`EASTER_BASE`] are days counted from an n-th weekday.
const NTH_BASE: i32 = 10_000;

/// The names, by their first word (lowercase): the whole name and its value, longest first.
#[derive(Debug, Default)]
struct Names {
    by_first: FxHashMap<String, Vec<(String, i32)>>,
    errors: Vec<String>,
}

fn parse(text: &str) -> Names {
    let mut n = Names::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = line.split_once('\t').and_then(|(name, v)| {
            let v: i32 = v.trim().parse().ok()?;
            let ok = valid(v) && !name.is_empty() && name == name.to_lowercase();
            ok.then(|| (name.split_whitespace().collect::<Vec<_>>().join(" "), v))
        });
        let Some((name, v)) = parsed else {
            n.errors.push(line.to_string());
            continue;
        };
        let first = letters(&name).to_string();
        n.by_first.entry(first).or_default().push((name, v));
    }
    for list in n.by_first.values_mut() {
        list.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    }
    n
}

/// Whether `v` is a HOLIDAY value of one of the three encodings.
fn valid(v: i32) -> bool {
    match v {
        EASTER_BASE.. => (EASTER_BASE..EASTER_BASE + 200).contains(&v),
        NTH_BASE.. => {
            let rest = v % NTH_BASE;
            let (n, m, w) = (rest / 1000, rest % 1000 / 10, rest % 10);
            ((1..=5).contains(&n) || n == 9) && (1..=12).contains(&m) && (1..=7).contains(&w)
        }
        _ => (1..=12).contains(&(v / 100)) && (1..=31).contains(&(v % 100)),
    }
}

/// The letters `s` starts with, up to its first other character ("mother" of "mother's").
pub fn letters(s: &str) -> &str {
    let n = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    s.get(..n).unwrap_or_default()
}

fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| parse(NAMES))
}

/// The holiday name of several words starting at byte `start` of `text`, every word
/// capitalised, ending where a word ends: its end (bytes) and value. `first` is the
/// lowercase [`letters`] the text starts with ("st" of "St. Patrick's Day").
pub fn name_at(text: &str, start: usize, first: &str) -> Option<(usize, i32)> {
    let list = names().by_first.get(first)?;
    let rest = text.get(start..)?;
    list.iter()
        .find_map(|(name, v)| matches_name(rest, name).map(|len| (start + len, *v)))
}

/// The length of `name` at the start of `s` (spaces match any run of white space, a curly
/// apostrophe a straight one, letters any case), when every word of it is capitalised in `s`
/// and no letter or digit follows.
fn matches_name(s: &str, name: &str) -> Option<usize> {
    let mut chars = s.char_indices().peekable();
    let mut word_start = true;
    for p in name.chars() {
        if p == ' ' {
            let mut n = 0;
            while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            word_start = true;
            continue;
        }
        let (_, c) = chars.next()?;
        let c = if matches!(c, '’' | 'ʼ') { '\'' } else { c };
        if c.to_lowercase().ne(std::iter::once(p)) || (word_start && !c.is_uppercase()) {
            return None;
        }
        word_start = false;
    }
    match chars.peek() {
        Some((_, c)) if c.is_alphanumeric() => None,
        Some(&(i, _)) => Some(i),
        None => Some(s.len()),
    }
}

/// The day HOLIDAY value `v` names in year `y` (`None` before the Gregorian Easter, or for
/// a day the month does not have).
pub fn day_in(v: i32, y: i64) -> Option<Ymd> {
    if v >= EASTER_BASE {
        let off = i64::from(v - EASTER_BASE) - 100;
        return calendar::easter(y).map(|e| e.add_days(off));
    }
    if v >= NTH_BASE {
        let after = i64::from(v / NTH_BASE - 1);
        let rest = v % NTH_BASE;
        let n = match rest / 1000 {
            9 => -1,
            n => n,
        };
        let d = calendar::nth_weekday(y, (rest % 1000 / 10) as u32, (rest % 10) as u32, n)?;
        return Some(d.add_days(after));
    }
    Ymd::new(y, (v / 100) as u32, (v % 100) as u32)
}

/// The month a HOLIDAY value falls in (for year inference; a movable feast: April).
fn month_of(v: i32) -> (u32, u32) {
    match v {
        EASTER_BASE.. => (4, 1),
        NTH_BASE.. => ((v % 1000 / 10) as u32, 15),
        _ => ((v / 100) as u32, (v % 100) as u32),
    }
}

/// A match of a `holiday` rule → its day: the year written, else for "last"/"next" (the
/// rule's argument -1/1) the one before/after the document date, else the year the engine
/// infers for the holiday's month. "Christmas Eve" is the day before, "Easter week" the week
/// that holds the day.
pub fn normalise(m: &Match, ctx: &Ctx) -> Option<Normalised> {
    let c = &m.captures;
    let v = c.get(Class::Holiday)?;
    let (mo, d) = month_of(v);
    let dir = int_arg(m);
    let y = match (c.get(Class::Year), ctx.dct) {
        (Some(y), _) => Some(i64::from(y)),
        (None, Some(dct)) if dir != 0 => {
            let this = day_in(v, dct.y);
            let y = match this {
                Some(day) if dir < 0 && day >= dct => dct.y - 1,
                Some(day) if dir > 0 && day <= dct => dct.y + 1,
                _ => dct.y,
            };
            Some(y)
        }
        (None, _) => infer_year(ctx, mo, d),
    };
    let Some(day) = y.and_then(|y| day_in(v, y)) else {
        return plain(TimexType::Date, "XXXX-XX-XX".to_string());
    };
    if has(m, "week") {
        return date(TimeValue::week_of(day));
    }
    // "Christmas Eve": the day before (a fixed day's only: "New Year's Eve" is its own name).
    if has(m, "eve") && v < NTH_BASE {
        return date(TimeValue::day(day.add_days(-1)));
    }
    date(TimeValue::day(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i64, m: u32, d: u32) -> Option<Ymd> {
        Ymd::new(y, m, d)
    }

    #[test]
    fn the_names_file_parses_cleanly() {
        assert!(names().errors.is_empty(), "bad lines: {:?}", names().errors);
        assert!(
            parse("x\t1332\nGood Friday\t100098\nbad\tline\n")
                .errors
                .len()
                == 3
        );
    }

    #[test]
    fn values_name_their_days() {
        // Easter 2024: March 31.
        assert_eq!(day_in(100098, 2024), ymd(2024, 3, 29)); // Good Friday
        assert_eq!(day_in(100101, 2024), ymd(2024, 4, 1)); // Easter Monday
        assert_eq!(day_in(100054, 2024), ymd(2024, 2, 14)); // Ash Wednesday
        assert_eq!(day_in(14114, 2024), ymd(2024, 11, 28)); // Thanksgiving
        assert_eq!(day_in(24114, 2024), ymd(2024, 11, 29)); // Black Friday
        assert_eq!(day_in(54114, 2024), ymd(2024, 12, 2)); // Cyber Monday
        assert_eq!(day_in(19051, 2024), ymd(2024, 5, 27)); // Memorial Day
        assert_eq!(day_in(11091, 2024), ymd(2024, 9, 2)); // Labor Day
        assert_eq!(day_in(12117, 2024), ymd(2024, 11, 10)); // Remembrance Sunday
        assert_eq!(day_in(1226, 2024), ymd(2024, 12, 26));
        // Black Friday is the day after Thanksgiving, not the 4th Friday: 2023's Nov 1 was a
        // Wednesday, so the 4th Friday (Nov 24) and the day after the 4th Thursday agree; in
        // 2024 Nov 1 is a Friday: the 4th Friday is Nov 22, Black Friday Nov 29.
        assert_ne!(day_in(24114, 2024), calendar::nth_weekday(2024, 11, 5, 4));
    }

    #[test]
    fn a_name_needs_its_capitals_and_its_word_end() {
        let s = "Good Friday sales";
        assert_eq!(name_at(s, 0, "good"), Some((11, 100098)));
        assert_eq!(name_at("good Friday", 0, "good"), None);
        assert_eq!(name_at("Good friday", 0, "good"), None);
        assert_eq!(name_at("Good Fridays", 0, "good"), None);
        assert_eq!(name_at("New Year’s  Eve", 0, "new"), Some((17, 1231)));
        assert_eq!(name_at("St. Patrick's Day", 0, "st"), Some((17, 317)));
        assert_eq!(name_at("BOXING DAY", 0, "boxing"), Some((10, 1226)));
        assert_eq!(name_at("Mother’s Day", 0, "mother"), Some((14, 12057)));
    }
}
