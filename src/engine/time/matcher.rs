//! Matching: the rules of `data/time/rules.txt` tried at each vtoken of a
//! sentence (longest match wins, an optional `mod` prefix before it; ties go
//! to the earlier rule). Input: the [`TimeToken`]s from [`super::recognise::vtokens`].
//! Output: [`Match`]es with byte spans and captured values ([`Captures`]). Cost per
//! token is bounded by the (fixed) rule set: linear time.

use super::recognise::{TimeToken, NO_WORD};
use super::tables::{tables, Class, Elem, Rule, StartIndex, Tables, N_CLASSES};
use crate::engine::text::Doc;

/// Values captured by a match, by class: the first token of each class, and
/// the second when a rule names a class twice ("June 30 - July 2").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Captures {
    pub set: u32,
    pub vals: [i32; N_CLASSES],
    /// Classes captured a second time, and their values.
    pub set2: u32,
    pub vals2: [i32; N_CLASSES],
    /// Literal words matched, in order (ids).
    pub words: Vec<u32>,
}

impl Captures {
    /// The value of the first token of class `c`.
    pub fn get(&self, c: Class) -> Option<i32> {
        (self.set & c.bit() != 0).then(|| self.vals[c.idx()])
    }

    /// The value of the second token of class `c`.
    pub fn second(&self, c: Class) -> Option<i32> {
        (self.set2 & c.bit() != 0).then(|| self.vals2[c.idx()])
    }
}

/// A matched expression.
#[derive(Debug, Clone)]
pub struct Match<'t> {
    pub start: usize,
    pub end: usize,
    /// Index of the first and one past the last vtoken.
    pub tok_start: usize,
    pub tok_end: usize,
    pub rule: &'t Rule,
    pub captures: Captures,
    pub modifier: Option<&'t str>,
    /// Where the expression after the modifier prefix starts (bytes, vtoken).
    pub main_start: usize,
    pub main_tok: usize,
}

fn elem_matches(e: &Elem, t: &TimeToken) -> bool {
    (e.classes & t.classes != 0) || (t.word != NO_WORD && e.words.contains(&t.word))
}

/// Match `elems` at `toks[i..]`, greedily with backtracking over optional
/// elements; returns the end index and fills `captures` (on the success path only).
fn match_elems(
    elems: &[Elem],
    toks: &[TimeToken],
    i: usize,
    captures: &mut Captures,
    single_weak: &mut bool,
) -> Option<usize> {
    let Some((e, rest)) = elems.split_first() else {
        return Some(i);
    };
    if let Some(t) = toks.get(i).filter(|t| elem_matches(e, t)) {
        if let Some(end) = match_elems(rest, toks, i + 1, captures, single_weak) {
            let hit = e.classes & t.classes;
            if hit != 0 {
                // A weak-only class reading ("may" the verb) cannot stand alone.
                if hit & !t.weak == 0 {
                    *single_weak = true;
                }
                // Filled from the last element back: an earlier token of a
                // class already captured moves that one to second place.
                for c in 0..N_CLASSES {
                    if hit & (1 << c) != 0 {
                        if captures.set & (1 << c) != 0 {
                            captures.set2 |= 1 << c;
                            captures.vals2[c] = captures.vals[c];
                        }
                        captures.set |= 1 << c;
                        captures.vals[c] = t.vals[c];
                    }
                }
            } else {
                captures.words.insert(0, t.word);
            }
            return Some(end);
        }
    }
    if e.optional {
        return match_elems(rest, toks, i, captures, single_weak);
    }
    None
}

/// Longest match of any rule in `rules` at `i` (only those the start index allows).
fn best<'t>(
    rules: &'t [Rule],
    ix: &StartIndex,
    toks: &[TimeToken],
    i: usize,
) -> Option<(&'t Rule, usize, Captures)> {
    let tok = toks.get(i)?;
    let mut set = ix.candidates(tok.word, tok.classes);
    let next = toks.get(i + 1).map(|n| (n.word, n.classes));
    ix.filter_second(&mut set, next);
    ix.filter_optional_first(&mut set, (tok.word, tok.classes), next);
    // At most tokens no rule is left: return before the scratch captures are made.
    if set == [0; 4] {
        return None;
    }
    let mut best: Option<(&Rule, usize, Captures)> = None;
    // One scratch `Captures` for every rule tried, reset before each (the vals arrays are
    // read only where `set` says): a copy is kept only when a rule beats the best so far.
    let mut captures = Captures::default();
    for (wi, mut bits) in set.into_iter().enumerate() {
        while bits != 0 {
            let ri = wi * 64 + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let Some(r) = rules.get(ri) else { continue };
            captures.set = 0;
            captures.set2 = 0;
            captures.words.clear();
            let mut weak = false;
            if let Some(end) = match_elems(&r.elems, toks, i, &mut captures, &mut weak) {
                if end <= i || (weak && end == i + 1) {
                    continue;
                }
                // Longest wins; ties go to the earlier rule (bits run in rule order).
                if best.as_ref().is_none_or(|b| end > b.1) {
                    best = Some((r, end, captures.clone()));
                }
            }
        }
    }
    best
}

/// Words that never end an expression ("of", "the", ","; "ended" after "the year"; "than" after
/// "a month earlier"): trimmed from a match's end.
fn trailing_junk(doc: &Doc, t: &TimeToken) -> bool {
    let w = doc.slice(t.start, t.end);
    [
        "of", "the", ",", "-", "and", "a", "on", "ended", "ending", ".", ";", ")", "than",
    ]
    .iter()
    .any(|j| w.eq_ignore_ascii_case(j))
}

/// All time expressions of one sentence, left to right, not overlapping.
pub fn find(doc: &Doc, toks: &[TimeToken]) -> Vec<Match<'static>> {
    let t: &'static Tables = tables();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(tok) = toks.get(i) else { break };
        if tok.word == NO_WORD && tok.classes == 0 {
            i += 1;
            continue;
        }
        let with_mod = best(&t.mods, &t.mod_index, toks, i).and_then(|(m, j, _)| {
            best(&t.rules, &t.rule_index, toks, j)
                .map(|(r, end, captures)| (Some(m), j, r, end, captures))
        });
        let found = with_mod.or_else(|| {
            best(&t.rules, &t.rule_index, toks, i)
                .map(|(r, end, captures)| (None, i, r, end, captures))
        });
        match found {
            Some((m, j, rule, mut end, captures)) => {
                // A leading comma (optional in "Tuesday, April 16") never starts an expression.
                let mut first = i;
                while first + 1 < end
                    && toks
                        .get(first)
                        .is_some_and(|t| doc.slice(t.start, t.end) == ",")
                {
                    first += 1;
                }
                while end > i + 1 && toks.get(end - 1).is_some_and(|t| trailing_junk(doc, t)) {
                    end -= 1;
                }
                let (Some(a), Some(b)) = (toks.get(first), toks.get(end - 1)) else {
                    break;
                };
                // Trimming may leave one weak word alone ("Fall of" → "Fall"): not a time.
                if end == first + 1 && a.classes != 0 && a.classes & !a.weak == 0 {
                    i = end;
                    continue;
                }
                out.push(Match {
                    start: a.start,
                    end: b.end,
                    tok_start: first,
                    tok_end: end,
                    rule,
                    captures,
                    modifier: m.and_then(|m| m.args.first()).map(String::as_str),
                    main_start: toks.get(j.max(first)).map_or(a.start, |t| t.start),
                    main_tok: j.max(first),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
