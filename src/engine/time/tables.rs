//! The time rules and lexicon, compiled into the binary from `data/time/`
//! (`include_str!`) and parsed once (`OnceLock`).
//!
//! Input: `lexicon.tsv` (word → token classes and values) and `rules.txt`
//! (token-class patterns → normaliser names). Output: [`Tables`], with every
//! word the rules or lexicon know interned to a small id so that matching
//! compares integers. A malformed line is skipped (and caught by the unit test
//! below), never a panic at run time.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Set of rule indexes (at most [`MAX_RULES`]).
pub type RuleSet = [u64; 4];
pub const MAX_RULES: usize = 256;

fn add(set: &mut RuleSet, i: usize) {
    if let Some(w) = set.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// Which rules may start at a token, by word id and by class.
#[derive(Debug, Default)]
pub struct StartIndex {
    pub by_word: Vec<RuleSet>,
    pub by_class: [RuleSet; N_CLASSES],
    /// Rules whose first two elements are both required, by what the second one accepts
    /// (word id, class): they match only where the next token is one of these.
    second_by_word: Vec<RuleSet>,
    second_by_class: [RuleSet; N_CLASSES],
    /// Rules the next token does not constrain (one element, or an optional first or second).
    any_second: RuleSet,
    /// Rules `[a?, b, ...]` (optional first element, required second): they match at a token
    /// only where it takes `a` and the next one takes `b`, or it takes `b` (and the next one
    /// the third element, when that one is required). See [`StartIndex::filter_optional_first`].
    opt_first: RuleSet,
    /// Of those rules, the ones whose `a`, `b`, required third element accept a token.
    opt_a: ElemIndex,
    opt_b: ElemIndex,
    opt_c: ElemIndex,
    /// Of those rules, the ones with no required third element.
    opt_no_c: RuleSet,
}

/// Rule sets by what one element of each rule accepts: a word id or a token class.
#[derive(Debug, Default)]
struct ElemIndex {
    by_word: Vec<RuleSet>,
    by_class: [RuleSet; N_CLASSES],
}

impl ElemIndex {
    fn new(n_words: usize) -> ElemIndex {
        ElemIndex {
            by_word: vec![[0; 4]; n_words],
            by_class: [[0; 4]; N_CLASSES],
        }
    }

    /// Rule `i`'s element `e`.
    fn add(&mut self, e: &Elem, i: usize) {
        for &w in &e.words {
            if let Some(set) = self.by_word.get_mut(w as usize) {
                add(set, i);
            }
        }
        for (c, set) in self.by_class.iter_mut().enumerate() {
            if e.classes & (1 << c) != 0 {
                add(set, i);
            }
        }
    }

    /// The rules whose element accepts a token with this word id and class mask.
    fn get(&self, (word, classes): (u32, u32)) -> RuleSet {
        let mut set = self.by_word.get(word as usize).copied().unwrap_or([0; 4]);
        or_classes(&mut set, &self.by_class, classes);
        set
    }
}

impl StartIndex {
    fn build(rules: &[Rule], n_words: usize) -> StartIndex {
        let mut ix = StartIndex {
            by_word: vec![[0; 4]; n_words],
            by_class: [[0; 4]; N_CLASSES],
            second_by_word: vec![[0; 4]; n_words],
            second_by_class: [[0; 4]; N_CLASSES],
            any_second: [0; 4],
            opt_first: [0; 4],
            opt_a: ElemIndex::new(n_words),
            opt_b: ElemIndex::new(n_words),
            opt_c: ElemIndex::new(n_words),
            opt_no_c: [0; 4],
        };
        for (i, r) in rules.iter().enumerate().take(MAX_RULES) {
            // Each element matches one token: a rule whose first two are required needs the
            // next token to match its second.
            match r.elems.as_slice() {
                [a, b, ..] if !a.optional && !b.optional => {
                    for &w in &b.words {
                        if let Some(set) = ix.second_by_word.get_mut(w as usize) {
                            add(set, i);
                        }
                    }
                    for (c, set) in ix.second_by_class.iter_mut().enumerate() {
                        if b.classes & (1 << c) != 0 {
                            add(set, i);
                        }
                    }
                }
                _ => add(&mut ix.any_second, i),
            }
            if let [a, b, rest @ ..] = r.elems.as_slice() {
                if a.optional && !b.optional {
                    add(&mut ix.opt_first, i);
                    ix.opt_a.add(a, i);
                    ix.opt_b.add(b, i);
                    match rest.first() {
                        Some(c) if !c.optional => ix.opt_c.add(c, i),
                        _ => add(&mut ix.opt_no_c, i),
                    }
                }
            }
            // Every element up to the first required one may start a match.
            for e in &r.elems {
                for &w in &e.words {
                    if let Some(set) = ix.by_word.get_mut(w as usize) {
                        add(set, i);
                    }
                }
                for (c, set) in ix.by_class.iter_mut().enumerate() {
                    if e.classes & (1 << c) != 0 {
                        add(set, i);
                    }
                }
                if !e.optional {
                    break;
                }
            }
        }
        ix
    }

    /// Rules that may start at a token with this word id and class mask.
    pub fn candidates(&self, word: u32, classes: u32) -> RuleSet {
        let mut set = self.by_word.get(word as usize).copied().unwrap_or([0; 4]);
        or_classes(&mut set, &self.by_class, classes);
        set
    }

    /// Drops from `set` the rules the token after the start rules out: `next` is its word id
    /// and class mask, `None` at the end of the sentence. Only rules that cannot match go.
    pub fn filter_second(&self, set: &mut RuleSet, next: Option<(u32, u32)>) {
        let mut ok = self.any_second;
        if let Some((word, classes)) = next {
            if let Some(s) = self.second_by_word.get(word as usize) {
                for (a, b) in ok.iter_mut().zip(s) {
                    *a |= b;
                }
            }
            or_classes(&mut ok, &self.second_by_class, classes);
        }
        for (a, b) in set.iter_mut().zip(ok) {
            *a &= b;
        }
    }
}

impl StartIndex {
    /// Drops from `set` the rules `[a?, b, ...]` that cannot match at a token (`tok`: word id
    /// and class mask) followed by `next` (`None` at the sentence's end): the start index
    /// lists them at every token `a` or `b` accepts ("the? end of" at every "the"), but they
    /// match only where `a` is followed by `b`, or where `b` is (followed by their third
    /// element, when that one is required). Only rules that cannot match go.
    pub fn filter_optional_first(
        &self,
        set: &mut RuleSet,
        tok: (u32, u32),
        next: Option<(u32, u32)>,
    ) {
        if set.iter().zip(&self.opt_first).all(|(s, o)| s & o == 0) {
            return;
        }
        let a = self.opt_a.get(tok);
        let b_here = self.opt_b.get(tok);
        let (b_next, c_next) =
            next.map_or(([0; 4], [0; 4]), |n| (self.opt_b.get(n), self.opt_c.get(n)));
        for k in 0..4 {
            let ok = (a[k] & b_next[k]) | (b_here[k] & (c_next[k] | self.opt_no_c[k]));
            set[k] &= !self.opt_first[k] | ok;
        }
    }
}

/// ORs into `set` the rule sets `by_class[c]` of each class bit `c` of `classes`, visiting only
/// the bits that are set (a token has one or two classes of [`N_CLASSES`]).
fn or_classes(set: &mut RuleSet, by_class: &[RuleSet; N_CLASSES], classes: u32) {
    let mut bits = classes;
    while bits != 0 {
        let c = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if let Some(cs) = by_class.get(c) {
            for (a, b) in set.iter_mut().zip(cs) {
                *a |= b;
            }
        }
    }
}

const LEXICON: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/lexicon.tsv"));
const RULES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/time/rules.txt"));

/// Token classes. The discriminant is the bit index in a class mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Class {
    Month,
    Weekday,
    Season,
    Unit,
    Units,
    Num,
    Ord,
    Day,
    Year,
    Decade,
    Part,
    Parts,
    Deictic,
    AmPm,
    Era,
    Holiday,
    Iso,
    NumDate,
    YearRange,
    Clock,
    QName,
    /// A time zone word after a clock time: minutes from UTC.
    Zone,
    /// The day-first reading of an ambiguous numeric date ("3/4/21" → 2021-04-03).
    NumDmy,
    /// A decimal number ("3.4", "2.5"), in thousandths: a count a duration may take.
    Dec,
}

pub const N_CLASSES: usize = 24;

impl Class {
    pub fn parse(s: &str) -> Option<Class> {
        use Class::*;
        Some(match s {
            "MONTH" => Month,
            "WEEKDAY" => Weekday,
            "SEASON" => Season,
            "UNIT" => Unit,
            "UNITS" => Units,
            "NUM" => Num,
            "ORD" => Ord,
            "DAY" => Day,
            "YEAR" => Year,
            "DECADE" => Decade,
            "PART" => Part,
            "PARTS" => Parts,
            "DEICTIC" => Deictic,
            "AMPM" => AmPm,
            "ERA" => Era,
            "HOLIDAY" => Holiday,
            "ISO" => Iso,
            "NUMDATE" => NumDate,
            "YEARRANGE" => YearRange,
            "CLOCK" => Clock,
            "QNAME" => QName,
            "ZONE" => Zone,
            "NUMDMY" => NumDmy,
            "DEC" => Dec,
            _ => return None,
        })
    }

    pub fn bit(self) -> u32 {
        1 << (self as u8)
    }

    pub fn idx(self) -> usize {
        self as usize
    }
}

/// Value meaning "unspecified" ("several years" → PXY).
pub const UNSPECIFIED: i32 = -1;

/// Units, as stored in a token's value for UNIT/UNITS.
pub mod unit {
    pub const YEAR: i32 = 1;
    pub const MONTH: i32 = 2;
    pub const WEEK: i32 = 3;
    pub const DAY: i32 = 4;
    pub const HOUR: i32 = 5;
    pub const MINUTE: i32 = 6;
    pub const SECOND: i32 = 7;
    pub const QUARTER: i32 = 8;
    pub const DECADE: i32 = 9;
    pub const CENTURY: i32 = 10;
    pub const WEEKEND: i32 = 11;
    pub const HALF: i32 = 12;
    pub const FORTNIGHT: i32 = 13;

    pub fn parse(s: &str) -> Option<i32> {
        Some(match s {
            "Y" => YEAR,
            "M" => MONTH,
            "W" => WEEK,
            "D" => DAY,
            "H" => HOUR,
            "MIN" => MINUTE,
            "S" => SECOND,
            "Q" => QUARTER,
            "DE" => DECADE,
            "CE" => CENTURY,
            "WE" => WEEKEND,
            "HA" => HALF,
            "F" => FORTNIGHT,
            _ => return None,
        })
    }
}

/// Parts of the day (PART values).
pub const PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

/// One lexicon reading of a word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub class: Class,
    pub value: i32,
    pub weak: bool,
    pub abbr: bool,
}

/// One element of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Elem {
    /// Literal word ids (any of them matches).
    pub words: Vec<u32>,
    /// Class mask (any of them matches).
    pub classes: u32,
    pub optional: bool,
}

/// What a rule does with its match: the normaliser it names in
/// `data/time/rules.txt` (the first word of a rule line). An unknown name is
/// a load error ([`Tables::errors`]), never a rule that silently matches
/// nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Mod,
    Fixed,
    Iso,
    NumDate,
    Date,
    MonthRel,
    Year,
    Era,
    YearRange,
    Decade,
    Century,
    Holiday,
    Quarter,
    YearQuarter,
    QName,
    Half,
    LastQuarter,
    Season,
    Weekday,
    Deictic,
    Rel,
    RelName,
    Ago,
    Anaphor,
    YearAgo,
    Duration,
    Set,
    Clock,
    DayRange,
    ShortDate,
    NthWeekday,
    WeekOfMonth,
    WeekOf,
    OrdDay,
}

impl Action {
    /// The action named `s` in the rules file.
    pub fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "mod" => Action::Mod,
            "fixed" => Action::Fixed,
            "iso" => Action::Iso,
            "numdate" => Action::NumDate,
            "date" => Action::Date,
            "monthrel" => Action::MonthRel,
            "year" => Action::Year,
            "era" => Action::Era,
            "yearrange" => Action::YearRange,
            "decade" => Action::Decade,
            "century" => Action::Century,
            "holiday" => Action::Holiday,
            "quarter" => Action::Quarter,
            "yearquarter" => Action::YearQuarter,
            "qname" => Action::QName,
            "half" => Action::Half,
            "lastquarter" => Action::LastQuarter,
            "season" => Action::Season,
            "weekday" => Action::Weekday,
            "deictic" => Action::Deictic,
            "rel" => Action::Rel,
            "relname" => Action::RelName,
            "ago" => Action::Ago,
            "anaphor" => Action::Anaphor,
            "yearago" => Action::YearAgo,
            "duration" => Action::Duration,
            "set" => Action::Set,
            "clock" => Action::Clock,
            "dayrange" => Action::DayRange,
            "shortdate" => Action::ShortDate,
            "nthweekday" => Action::NthWeekday,
            "weekofmonth" => Action::WeekOfMonth,
            "weekof" => Action::WeekOf,
            "ordday" => Action::OrdDay,
            _ => return None,
        })
    }
}

/// A rule: a normaliser name, its arguments and the elements to match.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub action: Action,
    pub args: Vec<String>,
    pub elems: Vec<Elem>,
    /// A prefix giving a TIMEX3 mod.
    pub is_mod: bool,
}

#[derive(Debug, Default)]
pub struct Tables {
    /// Word → id (FxHash: short keys from a fixed table, looked up once per token).
    /// Keyed by the word's UTF-8 bytes, so a word lower-cased into a byte buffer is looked up
    /// without a UTF-8 check ([`Tables::id_bytes`]).
    pub word_ids: FxHashMap<Box<[u8]>, u32>,
    pub rule_index: StartIndex,
    pub mod_index: StartIndex,
    /// Lexicon readings by word id.
    pub readings: Vec<Vec<Reading>>,
    pub rules: Vec<Rule>,
    pub mods: Vec<Rule>,
    /// Lines that could not be parsed (should stay empty; tested).
    pub errors: Vec<String>,
}

impl Tables {
    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(w.as_bytes()) {
            return id;
        }
        let id = self.readings.len() as u32;
        self.readings.push(Vec::new());
        self.word_ids.insert(w.as_bytes().into(), id);
        id
    }

    pub fn id(&self, w: &str) -> Option<u32> {
        self.id_bytes(w.as_bytes())
    }

    /// [`Tables::id`] of a word given as its UTF-8 bytes.
    pub fn id_bytes(&self, w: &[u8]) -> Option<u32> {
        self.word_ids.get(w).copied()
    }

    pub fn readings(&self, id: u32) -> &[Reading] {
        self.readings.get(id as usize).map_or(&[], Vec::as_slice)
    }

    fn parse(lexicon: &str, rules: &str) -> Tables {
        let mut t = Tables::default();
        for line in lexicon.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let (Some(word), Some(class), Some(val)) = (f.first(), f.get(1), f.get(2)) else {
                t.errors.push(line.to_string());
                continue;
            };
            let Some(class) = Class::parse(class) else {
                t.errors.push(line.to_string());
                continue;
            };
            let value = match class {
                Class::Unit | Class::Units => unit::parse(val),
                Class::Part | Class::Parts => PARTS.iter().position(|p| p == val).map(|p| p as i32),
                _ if *val == "X" => Some(UNSPECIFIED),
                _ => val.parse().ok(),
            };
            let Some(value) = value else {
                t.errors.push(line.to_string());
                continue;
            };
            let flags = f.get(3).copied().unwrap_or("");
            let id = t.intern(word);
            if let Some(r) = t.readings.get_mut(id as usize) {
                r.push(Reading {
                    class,
                    value,
                    weak: flags.contains("weak"),
                    abbr: flags.contains("abbr"),
                });
            }
        }
        for line in rules.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((head, body)) = line.split_once(":=") else {
                t.errors.push(line.to_string());
                continue;
            };
            let mut head = head.split_whitespace();
            let Some(action) = head.next().and_then(Action::parse) else {
                t.errors.push(line.to_string());
                continue;
            };
            let args: Vec<String> = head.map(str::to_string).collect();
            let mut elems = Vec::new();
            let mut ok = true;
            for e in body.split_whitespace() {
                let (e, optional) = match e.strip_suffix('?') {
                    Some(s) if !s.is_empty() => (s, true),
                    _ => (e, false),
                };
                let mut el = Elem {
                    words: vec![],
                    classes: 0,
                    optional,
                };
                if let Some(cl) = e.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                    for c in cl.split('|') {
                        match Class::parse(c) {
                            Some(c) => el.classes |= c.bit(),
                            None => ok = false,
                        }
                    }
                } else {
                    for w in e.split('|') {
                        let id = t.intern(w);
                        el.words.push(id);
                    }
                }
                elems.push(el);
            }
            if !ok || elems.is_empty() {
                t.errors.push(line.to_string());
                continue;
            }
            let rule = Rule {
                action,
                is_mod: action == Action::Mod,
                args,
                elems,
            };
            if rule.is_mod {
                t.mods.push(rule);
            } else {
                t.rules.push(rule);
            }
        }
        if t.rules.len() > MAX_RULES || t.mods.len() > MAX_RULES {
            t.errors.push(format!("more than {MAX_RULES} rules"));
        }
        t.rule_index = StartIndex::build(&t.rules, t.readings.len());
        t.mod_index = StartIndex::build(&t.mods, t.readings.len());
        t
    }
}

/// The tables, parsed on first use.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables::parse(LEXICON, RULES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_token_filter_keeps_exactly_the_rules_it_can_match() {
        let t = tables();
        let bit = |set: &RuleSet, i: usize| set[i / 64] >> (i % 64) & 1 == 1;
        let mut filtered = 0;
        for (i, r) in t.rules.iter().enumerate().take(MAX_RULES) {
            let all = [u64::MAX; 4];
            let mut at_end = all;
            t.rule_index.filter_second(&mut at_end, None);
            let two = matches!(r.elems.as_slice(), [a, b, ..] if !a.optional && !b.optional);
            // At a sentence's end only rules that need no second token stay.
            assert_eq!(bit(&at_end, i), !two, "rule {i}");
            if let [_, b, ..] = r.elems.as_slice() {
                if two {
                    filtered += 1;
                    // A next token the second element accepts keeps the rule...
                    for &w in &b.words {
                        let mut s = all;
                        t.rule_index.filter_second(&mut s, Some((w, 0)));
                        assert!(bit(&s, i), "rule {i} word {w}");
                    }
                    if b.classes != 0 {
                        let mut s = all;
                        t.rule_index
                            .filter_second(&mut s, Some((u32::MAX, b.classes)));
                        assert!(bit(&s, i), "rule {i} classes");
                    }
                    // ...and a token it does not accept drops it.
                    let mut s = all;
                    t.rule_index.filter_second(&mut s, Some((u32::MAX, 0)));
                    assert!(!bit(&s, i), "rule {i} kept for nothing");
                }
            }
        }
        assert!(filtered > 10, "{filtered} rules filtered");
    }

    #[test]
    fn the_optional_first_filter_keeps_the_rules_a_token_pair_can_match() {
        let t = tables();
        let bit = |set: &RuleSet, i: usize| set[i / 64] >> (i % 64) & 1 == 1;
        let ix = &t.rule_index;
        let (none, all) = ((u32::MAX, 0), [u64::MAX; 4]);
        // The tokens an element accepts: each of its words, and one of its classes.
        fn accepts(e: &Elem) -> Vec<(u32, u32)> {
            let mut v: Vec<(u32, u32)> = e.words.iter().map(|&w| (w, 0)).collect();
            if e.classes != 0 {
                v.push((u32::MAX, e.classes));
            }
            v
        }
        let mut checked = 0;
        for (i, r) in t.rules.iter().enumerate().take(MAX_RULES) {
            let [a, b, rest @ ..] = r.elems.as_slice() else {
                continue;
            };
            let kept = |tok, next| {
                let mut s = all;
                ix.filter_optional_first(&mut s, tok, next);
                bit(&s, i)
            };
            if !a.optional || b.optional {
                // Other rules are never dropped by this filter.
                assert!(kept(none, None), "rule {i}");
                continue;
            }
            checked += 1;
            let third = rest.first().filter(|c| !c.optional);
            for x in accepts(a) {
                for y in accepts(b) {
                    assert!(kept(x, Some(y)), "rule {i}: a then b");
                }
            }
            for y in accepts(b) {
                match third {
                    Some(c) => {
                        for z in accepts(c) {
                            assert!(kept(y, Some(z)), "rule {i}: b then c");
                        }
                        assert!(!kept(y, None), "rule {i}: b at the end");
                    }
                    None => assert!(kept(y, None), "rule {i}: b alone"),
                }
            }
            // A token neither element takes: the rule cannot start there.
            assert!(!kept(none, Some(none)), "rule {i} kept for nothing");
        }
        assert!(
            checked > 10,
            "{checked} rules with an optional first element"
        );
    }

    #[test]
    fn data_files_parse_cleanly() {
        let t = tables();
        assert!(t.errors.is_empty(), "bad lines: {:?}", t.errors);
        assert!(t.rules.len() > 40 && t.mods.len() > 5);
        let may = t
            .id("may")
            .map(|i| t.readings(i).to_vec())
            .unwrap_or_default();
        assert!(may
            .iter()
            .any(|r| r.class == Class::Month && r.value == 5 && r.weak));
    }

    #[test]
    fn bad_lines_are_reported_not_fatal() {
        let t = Tables::parse(
            "x\tNOPE\t1\nday\tUNIT\tQQ\n",
            "date := <NOPE>\nnothing here\nmonthly := <MONTH>\n",
        );
        // The last: an action no normaliser has.
        assert_eq!(t.errors.len(), 5);
    }
}
