//! Verb groups: lemma of the head verb, tense, aspect, modality and negation,
//! read from the words of a verb group and their UPOS tags ([`verb_group`]
//! builds a [`VerbGroup`] from its word range).
//!
//! Lemmas come from `data/lexicons/irregular_verbs.tsv` (hand-written
//! irregular forms and the endings that take back a silent "e") and regular
//! suffix rules (-ies/-ied → y, -es, -s, -ed, -ing with undoubling).

use super::{is, lower, words, Lemma, ThinPair, VerbGroup};
use crate::engine::pos::{Upos, Words};
use crate::engine::text::Doc;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::engine::lexicon::IRREGULAR_VERBS as IRREGULAR;

/// Grammatical tense of a verb group (TimeML's `tense`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Present,
    /// "will", "shall", "is going to".
    Future,
    /// No tense: infinitives, participles, and modals other than "will" ("could meet").
    None,
}

/// Grammatical aspect (TimeML's `aspect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    Simple,
    /// be + -ing: "is providing".
    Progressive,
    /// have + participle: "had provided".
    Perfective,
    /// have + been + -ing: "has been providing".
    PerfectiveProgressive,
}

/// Modal verbs and hedges that qualify a verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modal {
    Will,
    Would,
    Shall,
    Should,
    May,
    Might,
    Can,
    Could,
    Must,
    /// "likely", "is likely to", "probably".
    Likely,
    /// "reportedly".
    Reportedly,
    /// "allegedly".
    Allegedly,
    /// "is believed / thought / said / expected / understood to".
    Believed,
}

impl Modal {
    /// Modals that make the clause uncertain (for relations' `hedged`).
    pub fn is_hedge(self) -> bool {
        !matches!(self, Modal::Will | Modal::Shall | Modal::Must | Modal::Can)
    }

    /// The modal or hedge word written in a verb group or right before it.
    pub fn from_word(lower: &str) -> Option<Modal> {
        Some(match lower {
            "will" | "'ll" | "’ll" | "wo" => Modal::Will,
            "would" | "'d" | "’d" => Modal::Would,
            "shall" => Modal::Shall,
            "should" => Modal::Should,
            "may" => Modal::May,
            "might" => Modal::Might,
            "can" | "ca" => Modal::Can,
            "could" => Modal::Could,
            "must" => Modal::Must,
            "likely" | "probably" | "possibly" | "perhaps" => Modal::Likely,
            "reportedly" => Modal::Reportedly,
            "allegedly" | "purportedly" | "supposedly" => Modal::Allegedly,
            _ => return None,
        })
    }
}

/// The raising verbs of "X is believed to ...": the hedge, not the event.
pub fn is_belief_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "believe" | "think" | "say" | "report" | "expect" | "understand" | "suspect" | "allege"
    )
}

struct Forms {
    /// form → (lemma, is past tense, is past participle)
    irregular: HashMap<&'static str, (&'static str, bool, bool)>,
    /// (ending, needs a consonant before it)
    e_endings: Vec<(&'static str, bool)>,
    /// Stem endings whose doubled l stays ("install", "recall"; the `+ll` row).
    keep_ll: Vec<&'static str>,
}

fn forms() -> &'static Forms {
    static F: OnceLock<Forms> = OnceLock::new();
    F.get_or_init(|| {
        let mut irregular = HashMap::default();
        let mut e_endings = Vec::new();
        let mut keep_ll = Vec::new();
        for line in IRREGULAR.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            if cols[0] == "+e" {
                for e in cols.get(1).unwrap_or(&"").split_whitespace() {
                    match e.strip_suffix('.') {
                        Some(x) => e_endings.push((x, true)),
                        None => e_endings.push((e, false)),
                    }
                }
                continue;
            }
            if cols[0] == "+ll" {
                keep_ll.extend(cols.get(1).unwrap_or(&"").split_whitespace());
                continue;
            }
            if cols.len() < 3 {
                continue;
            }
            let lemma = cols[0];
            for f in cols[1].split('/') {
                let e = irregular.entry(f).or_insert((lemma, false, false));
                e.1 = true;
            }
            for f in cols[2].split('/') {
                let e = irregular.entry(f).or_insert((lemma, false, false));
                e.2 = true;
            }
        }
        Forms {
            irregular,
            e_endings,
            keep_ll,
        }
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Put back what -ed or -ing removed: undouble "stopp", add the silent e of "provid".
fn restore(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && b[n - 1].is_ascii_alphabetic()
        && !is_vowel(b[n - 1])
        && !b"lsfzd".contains(&b[n - 1])
    {
        return stem[..n - 1].to_string();
    }
    // "cancell", "signall", "fuell", "controll": a doubled l after one vowel undoubles when
    // a syllable comes before it and the stem ends with no one-syllable verb ending of
    // `+ll` ("install", "recall"); after two vowels always ("dial", "fuel").
    if n >= 4 && b[n - 1] == b'l' && b[n - 2] == b'l' && is_vowel(b[n - 3]) {
        let earlier = &b[..n - 3];
        let pair = earlier.last().is_some_and(|&c| is_vowel(c));
        let syllable = earlier.iter().any(|&c| is_vowel(c) || c == b'y');
        let kept = forms().keep_ll.iter().any(|k| stem.ends_with(k));
        if pair || (syllable && !kept) {
            return stem[..n - 1].to_string();
        }
    }
    // Two letters: "ow" of "owed", "ey" of "eyed"; "dy" of "dying" is "die".
    if n == 2 && is_vowel(b[0]) {
        return format!("{stem}e");
    }
    if n == 2 && b[1] == b'y' {
        return format!("{}ie", &stem[..1]);
    }
    for &(end, consonant) in &forms().e_endings {
        if let Some(before) = stem.strip_suffix(end) {
            let ok = !consonant
                || before
                    .as_bytes()
                    .last()
                    .is_some_and(|&c| c.is_ascii_alphabetic() && !is_vowel(c));
            if ok {
                return format!("{stem}e");
            }
        }
    }
    // One syllable ending in one vowel and one consonant (not w, x or y): English doubles
    // that consonant before -ed and -ing ("stopped"), so one left single had a silent e
    // ("hoped", "wiped", "traded", "hoping"; trial 22: "the port hoped to" read "hops").
    let groups = b
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
        .count();
    // The "u" of "qu" is a consonant here ("quoted").
    let consonant_before =
        |i: usize| !is_vowel(b[i]) || (b[i] == b'u' && i > 0 && b[i - 1] == b'q');
    if n >= 3
        && groups == 1
        && is_vowel(b[n - 2])
        && consonant_before(n - 3)
        && b[n - 1].is_ascii_lowercase()
        && !is_vowel(b[n - 1])
        && !b"wxy".contains(&b[n - 1])
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Lemma of a lower-cased verb form ("supplied" → "supply", "met" → "meet").
pub fn lemma(lower: &str) -> String {
    match lower {
        "is" | "are" | "am" | "was" | "were" | "been" | "being" | "be" | "'s" | "’s" | "'re"
        | "’re" | "'m" | "’m" => return "be".into(),
        "has" | "had" | "having" | "'ve" | "’ve" => return "have".into(),
        "does" | "did" | "doing" | "done" => return "do".into(),
        "ca" => return "can".into(),
        "wo" => return "will".into(),
        _ => {}
    }
    if let Some(&(l, _, _)) = forms().irregular.get(lower) {
        return l.into();
    }
    let has_vowel = |s: &str| s.bytes().any(|c| is_vowel(c) || c == b'y');
    if let Some(stem) = lower.strip_suffix("ies").or(lower.strip_suffix("ied")) {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
        // "died", "tied": a one-letter stem keeps its "ie".
        if stem.len() == 1 {
            return format!("{stem}ie");
        }
    }
    if lower.ends_with("eed") {
        return lower.into();
    }
    if let Some(stem) = lower.strip_suffix("ing") {
        if stem.len() >= 2 && has_vowel(stem) {
            return restore(stem);
        }
        return lower.into();
    }
    if let Some(stem) = lower.strip_suffix("ed") {
        if stem.len() >= 2 && has_vowel(stem) {
            return restore(stem);
        }
        return lower.into();
    }
    for end in ["sses", "ches", "shes", "xes", "zzes", "oes"] {
        if lower.ends_with(end) {
            return lower[..lower.len() - 2].to_string();
        }
    }
    if let Some(stem) = lower.strip_suffix('s') {
        if !stem.ends_with('s') && !stem.ends_with('u') && stem.len() >= 2 {
            return stem.into();
        }
    }
    lower.into()
}

/// Whether a lower-cased form is a past tense (`past`) or past participle.
pub fn is_past_form(lower: &str, participle: bool) -> bool {
    match forms().irregular.get(lower) {
        Some(&(_, p, pp)) => {
            if participle {
                pp
            } else {
                p
            }
        }
        None => lower.ends_with("ed") && lower.len() > 3,
    }
}

/// Build the verb group of word range `r`.
pub(super) fn verb_group(
    doc: &Doc,
    words: &Words,
    r: Range<usize>,
    before: Range<usize>,
) -> VerbGroup {
    // A group opens on a verbal word (or "to"): a noun or adjective there is one the chunker
    // repaired to a verb (`super::repair`: "The trawler kept unloading fish"), a full verb.
    let full = |j: usize| {
        words.upos(j) == Upos::Verb
            || (j == r.start && matches!(words.upos(j), Upos::Noun | Upos::Adj))
    };
    let vs: Vec<usize> = r
        .clone()
        .filter(|&j| full(j) || words.upos(j) == Upos::Aux)
        .collect();
    let head = vs
        .iter()
        .rev()
        .copied()
        .find(|&j| full(j))
        .or(vs.last().copied())
        .unwrap_or(r.start);
    let head_lower = lower(doc, &words.at(head));
    let head_lemma = lemma(&head_lower);
    let mut modality = Vec::new();
    let mut negated = false;
    for j in before.chain(r.clone()) {
        let w = &words.at(j);
        if is(doc, w, &words::lists().negation) {
            negated = true;
        }
        if matches!(w.upos, Upos::Aux | Upos::Adv | Upos::Adj) {
            if let Some(m) = Modal::from_word(&lower(doc, w)) {
                if !modality.contains(&m) {
                    modality.push(m);
                }
            }
        }
    }
    // Full verbs before the head: "stopped providing", "is believed to have supplied".
    let mut chain = Vec::new();
    for &j in vs.iter().filter(|&&j| j < head && full(j)) {
        let l = lemma(&lower(doc, &words.at(j)));
        let after_be = j > r.start
            && (r.start..j)
                .any(|k| words.upos(k) == Upos::Aux && lemma(&lower(doc, &words.at(k))) == "be");
        if is_belief_verb(&l) && after_be && !modality.contains(&Modal::Believed) {
            modality.push(Modal::Believed);
        }
        chain.push(Lemma::from(l));
    }
    // Tense from the first verbal word.
    let first = vs.first().copied().unwrap_or(head);
    let fl = lower(doc, &words.at(first));
    let infinitive = r.start < first && is(doc, &words.at(r.start), &["to"]);
    let going_to = vs.len() >= 2
        && lemma(&fl) == "be"
        && vs
            .get(1)
            .is_some_and(|&k| is(doc, &words.at(k), &["going"]))
        && words.get(vs[1] + 1).is_some_and(|w| is(doc, &w, &["to"]));
    let tense = if infinitive {
        Tense::None
    } else if matches!(Modal::from_word(&fl), Some(Modal::Will | Modal::Shall)) || going_to {
        Tense::Future
    } else if Modal::from_word(&fl).is_some() {
        Tense::None
    } else if matches!(fl.as_ref(), "was" | "were" | "had" | "did" | "'d") {
        Tense::Past
    } else if matches!(
        fl.as_ref(),
        "is" | "are" | "am" | "'s" | "'re" | "'m" | "has" | "have" | "'ve" | "do" | "does"
    ) {
        Tense::Present
    } else if is_past_form(&fl, false) {
        Tense::Past
    } else if fl.ends_with("ing") || (is_past_form(&fl, true) && first == head) {
        Tense::None
    } else {
        Tense::Present
    };
    // Aspect and voice from the auxiliaries before the head.
    let auxes: Vec<String> = vs
        .iter()
        .filter(|&&j| j < head)
        .map(|&j| lemma(&lower(doc, &words.at(j))))
        .collect();
    let head_ing = head_lower.ends_with("ing");
    let last_aux = vs.iter().rev().find(|&&j| j < head).copied();
    let last_aux_lemma = last_aux.map(|j| lemma(&lower(doc, &words.at(j))));
    let has_have = auxes.iter().any(|a| a == "have");
    let be_before_head = matches!(last_aux_lemma.as_deref(), Some("be" | "get"));
    let passive = be_before_head && !head_ing && is_past_form(&head_lower, true);
    let progressive = be_before_head && head_ing;
    let aspect = match (has_have, progressive) {
        (true, true) => Aspect::PerfectiveProgressive,
        (true, false) => Aspect::Perfective,
        (false, true) => Aspect::Progressive,
        (false, false) => Aspect::Simple,
    };
    VerbGroup {
        words: r.start as u32..r.end as u32,
        head: head as u32,
        lemma: Lemma::from(head_lemma),
        tense,
        aspect,
        lists: ThinPair::new(modality, chain),
        negated,
        passive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_regular_and_irregular_forms() {
        for (form, l) in [
            ("supplied", "supply"),
            ("rebuilt", "rebuild"),
            ("withheld", "withhold"),
            ("rebound", "rebound"),
            ("supplies", "supply"),
            ("handled", "handle"),
            ("settled", "settle"),
            ("struggling", "struggle"),
            ("enabled", "enable"),
            ("recycled", "recycle"),
            ("tackled", "tackle"),
            ("coupled", "couple"),
            ("puzzled", "puzzle"),
            ("shuffled", "shuffle"),
            ("curled", "curl"),
            ("provided", "provide"),
            ("providing", "provide"),
            ("stopped", "stop"),
            ("meets", "meet"),
            ("met", "meet"),
            ("sold", "sell"),
            ("shipped", "ship"),
            ("exported", "export"),
            ("sanctioned", "sanction"),
            ("designated", "designate"),
            ("negotiated", "negotiate"),
            ("using", "use"),
            ("pushes", "push"),
            ("appeared", "appear"),
            ("declared", "declare"),
            ("called", "call"),
            ("bring", "bring"),
            ("needed", "need"),
            ("continued", "continue"),
            ("continuing", "continue"),
            ("issued", "issue"),
            ("agreed", "agree"),
            ("proceed", "proceed"),
            ("was", "be"),
            ("had", "have"),
        ] {
            assert_eq!(lemma(form), l, "{form}");
        }
    }

    #[test]
    fn doubled_l_and_silent_e_and_short_stems() {
        for (form, l) in [
            ("cancelled", "cancel"),
            ("cancelling", "cancel"),
            ("signalled", "signal"),
            ("travelling", "travel"),
            ("labelled", "label"),
            ("totalled", "total"),
            ("fuelled", "fuel"),
            ("dialled", "dial"),
            ("controlled", "control"),
            ("patrolling", "patrol"),
            ("compelled", "compel"),
            ("counselled", "counsel"),
            ("installed", "install"),
            ("recalled", "recall"),
            ("forestalled", "forestall"),
            ("snowballed", "snowball"),
            ("stonewalled", "stonewall"),
            ("retelling", "retell"),
            ("refilled", "refill"),
            ("unrolled", "unroll"),
            ("called", "call"),
            ("killed", "kill"),
            ("stalled", "stall"),
            ("challenged", "challenge"),
            ("challenging", "challenge"),
            ("avenged", "avenge"),
            ("changed", "change"),
            ("exchanging", "exchange"),
            ("arranged", "arrange"),
            ("plunged", "plunge"),
            ("infringed", "infringe"),
            ("impinging", "impinge"),
            ("hinged", "hinge"),
            ("belonged", "belong"),
            ("banged", "bang"),
            ("wronged", "wrong"),
            ("ringed", "ring"),
            ("disclosed", "disclose"),
            ("died", "die"),
            ("tied", "tie"),
            ("dying", "die"),
            ("lying", "lie"),
            ("owed", "owe"),
            ("owing", "owe"),
            ("eyed", "eye"),
            ("used", "use"),
            ("going", "go"),
            ("did", "do"),
            ("hoped", "hope"),
            ("hoping", "hope"),
            ("wiped", "wipe"),
            ("traded", "trade"),
            ("timed", "time"),
            ("fixed", "fix"),
            ("showed", "show"),
            ("played", "play"),
            ("eated", "eat"),
            ("visited", "visit"),
            ("developed", "develop"),
            ("opened", "open"),
            ("aimed", "aim"),
            ("quoted", "quote"),
        ] {
            assert_eq!(lemma(form), l, "{form}");
        }
    }

    #[test]
    fn past_forms() {
        assert!(is_past_form("went", false));
        assert!(!is_past_form("gone", false));
        assert!(is_past_form("gone", true));
        assert!(is_past_form("delivered", false));
        assert!(!is_past_form("deliver", false));
    }
}
