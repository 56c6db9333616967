//! Stage 3: candidate spans → typed mentions.
//!
//! Input: the [`Doc`] and the [`Candidate`] spans. Output: non-overlapping [`TypedMention`]s in
//! text order, with OntoNotes labels (plus ITEM), the role said with a person ("secretary of
//! state"), and the country a place or nationality belongs to.
//!
//! Each candidate is first split where a name holds several ("Chinese President Xi Jinping" →
//! NORP "Chinese", role "President", PERSON "Xi Jinping"); the remaining span is described by
//! [`Features`] (lexicon hits, shape, context) and labelled by a [`Scorer`]. The hand rules in
//! [`Rules`] are the scorer today; a trained compact model can implement the same trait and be
//! combined with them. A document-level pass then makes repeated names agree ("Biden" after
//! "Joe Biden" is a person), and a capitalised phrase alone in quotes becomes a work of art
//! ("The Crying Game"). Amounts ([`super::amounts`]) and items ([`super::items`]) are added
//! last.
//!
//! Context the rules read besides the lexicons: the words around the span (place prepositions
//! and frames, speech verbs, "shares"/"chairman" after a firm, "index" after a market index,
//! result verbs and table rows in sports reports, parentheses) and the report's subject from its
//! first line (team sports make towns teams).

pub mod reconcile;
pub mod tagger;
pub mod words;

use words::words;

use super::amounts;
use super::candidates::Candidate;
use super::items;
use super::lexicon::{lexicon, lower, Cc, Entry, FxBuild, Lexicon, Place};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len, tail_len};
use super::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

pub use super::mention::TypedMention;

/// What the scorer knows about one span.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub words: usize,
    /// Letters in the span.
    pub letters: usize,
    /// The span comes from an ALL-CAPS line.
    pub caps_line: bool,
    pub all_caps: bool,
    pub has_digit: bool,
    /// Whole-span lexicon facts.
    pub known: Option<(Label, Option<Cc>)>,
    pub country: Option<Cc>,
    pub demonym: Option<Cc>,
    pub city: Option<Cc>,
    pub capital: Option<Cc>,
    pub us_state: bool,
    /// Word facts.
    pub first_given: bool,
    pub first_surname: bool,
    pub last_surname: bool,
    pub single_name: bool,
    pub suffix_designator: Option<Label>,
    pub prefix_designator: Option<Label>,
    pub has_of: bool,
    pub has_initial: bool,
    /// A title was said with it ("President", "foreign minister").
    pub titled: bool,
    /// The previous word, lower case, when it is a place preposition ("in", "from", ...).
    pub after_place_preposition: bool,
    /// The next word is a speech verb ("said", "told").
    pub before_speech_verb: bool,
    /// The next token is a number (a score: "Chicago 5 Houston 3").
    pub before_number: bool,
    /// The document is a sports report: cities and states often name teams.
    pub sports: bool,
    /// ... of a team sport (football, cricket, baseball, ...), where a city named outside a
    /// place phrase ("in Chicago", "At Hove :") is a team.
    pub team_sports: bool,
    /// The next token is a colon (a venue heading: "Leicester : Leicestershire beat ...").
    pub before_colon: bool,
    /// A result verb or preposition stands next to the span ("Chicago beat", "lost to Boston").
    pub match_context: bool,
    /// The span starts a dateline ("LONDON 1996-08-30") or a very short line.
    pub dateline: bool,
    /// Some word (not the first) of a multi-word span is a country, city or nationality
    /// ("Air France", "Dynamo Moscow").
    pub has_place_word: bool,
    /// The last word is a nationality or group ("Kurds", "Catholic").
    pub last_norp: bool,
    /// The first word is a city or country ("Bristol" of "Bristol City").
    pub first_place: bool,
    /// The previous word is a common noun for an organisation ("agency", "carmaker").
    pub after_org_noun: bool,
    /// The next word (after a possessive) is one said of a firm, paper or club ("Jones stock",
    /// "Cofinec 's shares", "Chelsea defender").
    pub before_org_noun: bool,
    /// A place noun frames the span: "the town of Moengo", "Zhejiang province".
    pub place_frame: bool,
    /// The span is in parentheses or follows a comma inside them: "( London )",
    /// "( at Edgbaston , Birmingham )": a venue's town.
    pub in_parentheses: bool,
    /// The next word is "club" or "side": "the Moscow club" (the town, qualifying the club).
    pub before_club: bool,
    /// The next word names a market index ("Nikkei average", "Nasdaq composite").
    pub before_index: bool,
    /// An ampersand joins words of the span: "Douglas & Lomason", "Procter & Gamble".
    pub has_ampersand: bool,
    /// A model designation: capitals, a hyphen, digits ("F-16", "AK-47s", "MiG-29").
    pub model_code: bool,
    /// The span starts its line or follows a number on it: a row of a results table
    /// ("Hyundai 6 Lotte 5", "Clyde 3 1 0 2 2 5 3").
    pub row_start: bool,
}

/// Labels a span from its features. Returns the label, a country, and a confidence 0..1.
pub trait Scorer {
    fn label(&self, f: &Features) -> Option<(Label, Option<Cc>, f32)>;
}

/// The hand-written rules.
pub struct Rules;

impl Scorer for Rules {
    fn label(&self, f: &Features) -> Option<(Label, Option<Cc>, f32)> {
        if f.before_index && !f.titled && f.country.is_none() && f.city.is_none() {
            return Some((Label::Product, None, 0.8)); // "the Nikkei average"
        }
        if let Some((l, cc)) = f.known {
            return Some((l, cc, 0.95));
        }
        if let Some(cc) = f.country {
            return Some((Label::Gpe, Some(cc), 0.95));
        }
        if f.model_code {
            return Some((Label::Product, None, 0.7)); // "F-16", "AK-47s"
        }
        if f.before_number && (f.city.is_some() || f.us_state) && f.country.is_none() {
            return Some((Label::Org, None, 0.6)); // a team in a results line
        }
        if f.us_state && !(f.sports && f.match_context && !f.dateline) {
            return Some((Label::Gpe, Cc::parse("US"), 0.9));
        }
        if let Some(cc) = f.demonym {
            return Some((Label::Norp, Some(cc), 0.9));
        }
        if f.words >= 2 {
            if let Some(l) = f.suffix_designator {
                return Some((l, None, 0.85));
            }
            if let (Some(l), true) = (f.prefix_designator, f.has_of) {
                return Some((l, None, 0.85));
            }
        }
        let place = f.city.is_some() || f.us_state;
        if f.team_sports
            && place
            && !f.has_initial
            && !f.in_parentheses
            && !f.before_club
            && f.country.is_none()
            && (!f.dateline || f.match_context)
            && !f.after_place_preposition
            && !f.before_colon
        {
            return Some((Label::Org, None, 0.6)); // "Chicago beat Houston", "joined Milan"
        }
        if f.sports && f.before_number && f.row_start && !f.first_given && !f.has_initial {
            return Some((Label::Org, None, 0.6)); // a team in a table row
        }
        if let Some(cc) = f.city {
            let person_cue = f.titled
                || (f.words == 1 && f.before_speech_verb && f.single_name)
                || (f.words >= 2 && f.has_initial);
            if !person_cue {
                return Some((Label::Gpe, Some(cc), 0.8));
            }
        }
        let full_name = f.words >= 2 && f.first_given;
        if f.before_org_noun && !f.titled && !full_name && !f.has_initial {
            return Some((Label::Org, None, 0.7)); // "Jones stock", "Chelsea defender"
        }
        if f.place_frame && !f.titled && !f.first_given {
            return Some((Label::Gpe, None, 0.7)); // "the village of Layron", "Sharqiyah province"
        }
        if f.has_ampersand && f.words >= 3 {
            return Some((Label::Org, None, 0.8)); // "Douglas & Lomason"
        }
        if f.after_org_noun && !f.titled {
            return Some((Label::Org, None, 0.7)); // "news agency Tanjug", "carmaker Skoda"
        }
        if f.titled && !f.has_digit {
            return Some((Label::Person, None, 0.85));
        }
        let person_shape = f.words >= 2 && f.words <= 4 && !f.has_digit && !f.all_caps;
        if f.words >= 2 && f.last_norp && !f.last_surname {
            return Some((Label::Norp, None, 0.7)); // "Iraqi Kurds", "Roman Catholic"
        }
        if f.sports && f.words >= 2 && f.first_place && !f.first_given {
            return Some((Label::Org, None, 0.6)); // "Bristol City", "Greenock Morton"
        }
        if person_shape && (f.first_given || f.has_initial || (f.words == 2 && f.first_surname)) {
            return Some((Label::Person, None, 0.8));
        }
        if f.words >= 2 && f.has_place_word {
            return Some((Label::Org, None, 0.5));
        }
        if person_shape && f.last_surname {
            return Some((Label::Person, None, 0.75));
        }
        if f.dateline && f.words <= 3 && !f.has_digit {
            return Some((Label::Gpe, None, 0.6)); // the place of a dateline
        }
        if f.words == 1 {
            let letters = f.letters;
            if f.all_caps && !f.caps_line && letters <= 5 {
                return Some((Label::Org, None, 0.55));
            }
            if f.single_name && (f.before_speech_verb || f.first_given) {
                return Some((Label::Person, None, 0.55));
            }
            if f.single_name {
                // A lone surname with no full name before it: often a company or team.
                return Some((Label::Person, None, 0.35));
            }
            if f.after_place_preposition {
                return Some((Label::Gpe, None, 0.4));
            }
            return Some((Label::Org, None, 0.3));
        }
        if f.words <= 3 && !f.has_digit && !f.all_caps && !f.has_of {
            return Some((Label::Person, None, 0.4));
        }
        Some((Label::Org, None, 0.35))
    }
}

/// "F-16", "AK-47s", "MiG-29", "Su-27": one to four letters starting with a capital, a hyphen,
/// one to four digits, at most two letters after.
fn is_model_code(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &tail[digits..];
    (1..=4).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_alphabetic())
        && head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && (1..=4).contains(&digits)
        && rest.len() <= 2
        && rest.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Join the words of `range` as a lower-case lexicon key in `key` (possessive and inner white
/// space normalised).
fn key_of(doc: &Doc, range: Range<usize>, end: usize, key: &mut String, buf: &mut String) {
    key.clear();
    for i in range {
        let t = &doc.tokens[i];
        let e = end.min(t.end).max(t.start);
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(lower(doc.slice(t.start, e), buf));
    }
}

fn word_entry<'l>(lx: &'l Lexicon, doc: &Doc, i: usize, buf: &mut String) -> Option<&'l Entry> {
    let w = doc.tok_text(i);
    lx.get_any(&w[..w.len() - tail_len(w)], buf)
}

/// Longest title phrase starting at token `from` (within `limit`), in tokens.
fn title_at(
    doc: &Doc,
    lx: &Lexicon,
    from: usize,
    limit: usize,
    key: &mut String,
    buf: &mut String,
) -> usize {
    let mut best = 0;
    key.clear();
    for (n, i) in (from..limit).enumerate() {
        if n >= lx.max_title_words {
            break;
        }
        if doc.tokens[i].kind == TokenKind::Punct && doc.tok_text(i) != "." {
            break;
        }
        let w = lower(doc.tok_text(i), buf);
        if key.is_empty() && words().title_modifiers.contains(&w) {
            continue; // "Assistant Secretary of State", "acting President"
        }
        if !key.is_empty() && w != "." {
            key.push(' ');
        }
        key.push_str(w);
        if lx.get(key).is_some_and(|e| e.title) {
            best = n + 1;
        }
    }
    best
}

/// A lower-case title phrase ending just before token `at` ("secretary of state Antony Blinken").
fn title_before(
    doc: &Doc,
    lx: &Lexicon,
    at: usize,
    key: &mut String,
    buf: &mut String,
) -> Option<Range<usize>> {
    let lo = at.saturating_sub(lx.max_title_words);
    let sentence = doc.tokens.get(at)?.sentence;
    let mut best = None;
    for s in lo..at {
        if doc.tokens[s].sentence != sentence {
            continue;
        }
        let all_words = (s..at).all(|i| {
            doc.tokens[i].kind == TokenKind::Word
                && doc
                    .tok_text(i)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        });
        if !all_words {
            continue;
        }
        key.clear();
        for i in s..at {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(lower(doc.tok_text(i), buf));
        }
        if lx.get(key).is_some_and(|e| e.title) {
            best = Some(s..at);
            break; // the earliest start is the longest phrase
        }
    }
    best
}

/// Features of the span `range` (name ending at byte `end`).
fn features(
    doc: &Doc,
    lx: &Lexicon,
    range: Range<usize>,
    end: usize,
    caps_line: bool,
    key: &mut String,
    buf: &mut String,
) -> Features {
    let mut f = Features {
        words: range.len(),
        caps_line,
        ..Features::default()
    };
    let text = doc.slice(doc.tokens[range.start].start, end);
    f.all_caps = is_all_caps(text);
    f.letters = text.chars().filter(|c| c.is_alphabetic()).count();
    f.has_digit = text.chars().any(|c| c.is_ascii_digit());
    f.model_code = range.len() == 1 && is_model_code(text);
    key_of(doc, range.clone(), end, key, buf);
    let surface_caps = f.all_caps && !caps_line;
    if let Some(e) = lx.get(key) {
        if !e.acronym || surface_caps || caps_line {
            f.known = e.known;
            f.country = e.country;
        }
        if e.known.is_some() && e.acronym && !surface_caps && !caps_line {
            f.known = None;
        }
        f.demonym = e.demonym;
        f.city = e.city;
        f.capital = e.capital;
        f.us_state = e.us_state;
        f.single_name = range.len() == 1 && (e.given || e.surname);
    } else if key.len() > 3 && key.ends_with('s') {
        // Plural demonyms: "Afghans", "Canadians".
        if let Some(e) = lx.get(&key[..key.len() - 1]) {
            f.demonym = e.demonym;
        }
    }
    let first = range.start;
    let last = range.end - 1;
    let fe = word_entry(lx, doc, first, buf);
    f.first_given = fe.is_some_and(|e| e.given && !e.stop);
    f.first_surname = fe.is_some_and(|e| e.surname);
    f.first_place = fe.is_some_and(|e| e.city.is_some() || e.country.is_some() || e.us_state);
    f.prefix_designator = fe
        .and_then(|e| e.designator)
        .filter(|(_, p)| p.prefix())
        .map(|(l, _)| l);
    let le = word_entry(lx, doc, last, buf);
    f.last_surname = le.is_some_and(|e| e.surname);
    f.last_norp =
        le.is_some_and(|e| e.demonym.is_some() || e.known.is_some_and(|(l, _)| l == Label::Norp));
    f.suffix_designator = le
        .and_then(|e| e.designator)
        .filter(|(_, p)| matches!(p, Place::Suffix | Place::Both))
        .map(|(l, _)| l);
    for i in range.clone() {
        let w = doc.tok_text(i);
        if w == "of" {
            f.has_of = true;
        }
        f.has_ampersand |= w == "&";
        let mut cs = w.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(a), Some('.'), None) => f.has_initial |= a.is_uppercase(),
            // "G" and "." as two tokens: "G. Hamilton".
            (Some(a), None, None) if i + 1 < range.end && doc.tok_text(i + 1) == "." => {
                f.has_initial |= a.is_uppercase()
            }
            _ => {}
        }
    }
    f.row_start = doc.is_sentence_start(first);
    if let Some(p) = first.checked_sub(1) {
        let w = doc.tok_text(p);
        f.in_parentheses |= w == "(";
        f.place_frame |= w == "of"
            && p.checked_sub(1)
                .is_some_and(|q| words().place_nouns.contains(&doc.tok_text(q)));
        f.row_start |= doc.tokens[p].kind == TokenKind::Number;
        f.match_context |= words().match_before.contains(&w);
        f.after_org_noun = words().org_nouns.contains(&w);
        f.after_place_preposition = doc.tokens[p].sentence == doc.tokens[first].sentence
            && words().place_prepositions.contains(&lower(w, buf));
    }
    if let Some(n) = doc.tokens.get(last + 1) {
        let w = doc.slice(n.start, n.end);
        f.before_speech_verb = words().speech_verbs.contains(&w);
        f.before_colon = w == ":";
        f.in_parentheses |= w == ")";
        f.before_index = matches!(w, "index" | "average" | "composite" | "industrial");
        f.before_club = matches!(w, "club" | "side");
        f.place_frame |= words().place_nouns.contains(&w);
        // Skip a possessive written apart ("Cofinec 's shares", "Deportivo ' keeper").
        let mut j = last + 1;
        let next_is_s = doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| doc.slice(t.start, t.end) == "s");
        if matches!(w, "'s" | "’s") {
            j += 1;
        } else if matches!(w, "'" | "’") {
            j += if next_is_s { 2 } else { 1 };
        }
        f.before_org_noun = doc.tokens.get(j).is_some_and(|t| {
            t.sentence == n.sentence && words().org_followers.contains(&doc.slice(t.start, t.end))
        });
        f.match_context |= words().match_after.contains(&w);
        f.before_number = n.kind == TokenKind::Number
            && n.sentence == doc.tokens[last].sentence
            && n.end - n.start <= 3
            && w.bytes().all(|b| b.is_ascii_digit());
    }
    let si = doc.tokens[first].sentence;
    if let Some(sent) = doc.sentences.get(si) {
        let next_is_date = doc.tokens.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.sentence == si
                && doc.slice(t.start, t.end).contains('-')
        });
        // "LONGYEAR , Norway 1996-08-30": a place, a comma, its country.
        let comma_country = doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| doc.slice(t.start, t.end) == ",")
            && doc.tokens.get(last + 2).is_some_and(|t| t.sentence == si)
            && word_entry(lx, doc, last + 2, buf)
                .is_some_and(|e| e.country.is_some() || e.us_state);
        f.dateline =
            sent.tokens.start == first && (next_is_date || comma_country || sent.tokens.len() <= 3);
    }
    if range.len() >= 2 {
        for i in range.start + 1..range.end {
            f.has_place_word |= word_entry(lx, doc, i, buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        }
    }
    f
}

/// What the first line says about the document's subject.
#[derive(Debug, Clone, Copy, Default)]
struct Sports {
    /// A sports report ("SOCCER - ...", "Tennis: results").
    any: bool,
    /// A report on a team sport.
    team: bool,
}

/// Does the first line say this is a sports report, and of a team sport?
fn sports_report(doc: &Doc) -> Sports {
    let Some(s) = doc.sentences.first() else {
        return Sports::default();
    };
    let mut out = Sports::default();
    for i in s.tokens.clone().take(12) {
        let w = doc.tok_text(i);
        out.any |= words().sports.iter().any(|x| x.eq_ignore_ascii_case(w));
        out.team |= words()
            .team_sports
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w));
    }
    out
}

/// Type the candidates, then add amounts and items: the rules propose, the learned
/// [`tagger`] decides which names stand and their class ([`reconcile`]).
pub fn classify(doc: &Doc, candidates: &[Candidate]) -> Vec<TypedMention> {
    classify_tagged(doc, candidates, tagger::tagger())
}

/// [`classify`] with given tagger weights (an empty tagger leaves the rules' output as is).
pub fn classify_tagged(
    doc: &Doc,
    candidates: &[Candidate],
    t: &tagger::Tagger,
) -> Vec<TypedMention> {
    classify_policy(doc, candidates, t, reconcile::POLICY)
}

/// [`classify_tagged`] with a given [`reconcile::Policy`] (for measuring policies).
pub fn classify_policy(
    doc: &Doc,
    candidates: &[Candidate],
    t: &tagger::Tagger,
    policy: reconcile::Policy,
) -> Vec<TypedMention> {
    let rules = classify_with(doc, candidates, &Rules);
    if t.is_empty() || (policy.sports_rules && sports_report(doc).any) {
        return rules;
    }
    let ex = tagger::Extractor::new(doc, &rules);
    let spans = t.tag(&ex);
    reconcile::reconcile(doc, rules, &spans, policy)
}

/// [`classify`] with another scorer (for a trained model, or tests).
pub fn classify_with(
    doc: &Doc,
    candidates: &[Candidate],
    scorer: &dyn Scorer,
) -> Vec<TypedMention> {
    let lx = lexicon();
    let mut key = String::new();
    let mut buf = String::new();
    let mut out: Vec<TypedMention> = Vec::with_capacity(candidates.len());
    let sports = sports_report(doc);
    for c in candidates {
        split_and_type(doc, lx, c, scorer, sports, &mut out, &mut key, &mut buf);
    }
    agree(doc, &mut out);
    let mut all = quoted_titles(doc, out);
    all.extend(amounts::find(doc));
    all.extend(items::find(doc));
    all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<TypedMention> = Vec::with_capacity(all.len());
    for m in all {
        if m.start >= m.end {
            continue;
        }
        if kept.last().is_some_and(|k| m.start < k.end) {
            continue;
        }
        kept.push(m);
    }
    kept
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”")
}

/// Titles in quotes: a capitalised phrase alone between two quotes on one line ("The Crying
/// Game", "Lawrence of Arabia") is a work of art, and replaces the names found inside it.
/// Speech does not qualify: it holds lower-case words other than [`words().title_fillers`]; nor does a
/// single quoted word the lexicons know.
/// `ms` is in text order; so is the result. Linear: each quote pair is looked at once.
fn quoted_titles(doc: &Doc, ms: Vec<TypedMention>) -> Vec<TypedMention> {
    let mut titles: Vec<TypedMention> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct || !is_quote(doc.slice(t.start, t.end)) {
            continue;
        }
        let prev = open.replace(i);
        let Some(q) = prev else { continue };
        if doc.tokens[q].sentence != t.sentence || i - q < 2 || i - q > 11 {
            continue;
        }
        let mut last = i - 1;
        while last > q + 1 && matches!(doc.tok_text(last), "," | "." | "!" | "?") {
            last -= 1;
        }
        let first = q + 1;
        let ok_token = |j: usize| {
            let w = doc.tok_text(j);
            match doc.tokens[j].kind {
                TokenKind::Word => is_capitalised(w) || words().title_fillers.contains(&w),
                TokenKind::Number => j > first,
                TokenKind::Punct => matches!(w, "'" | "’" | "-" | "&" | ":") && j > first,
                TokenKind::Link => false,
            }
        };
        let starts =
            doc.tokens[first].kind == TokenKind::Word && is_capitalised(doc.tok_text(first));
        if starts && (first..=last).all(ok_token) {
            let mut m = mention(doc, first..last + 1, doc.tokens[last].end, Label::WorkOfArt);
            m.confidence = 0.6;
            titles.push(m);
            open = None; // this quote closed a pair
        }
    }
    // A lone quoted word the lexicons know ("Lisbon" in scare quotes) keeps its type.
    titles.retain(|t| {
        t.tokens.len() > 1
            || ms
                .binary_search_by_key(&t.start, |m| m.start)
                .ok()
                .and_then(|i| ms.get(i))
                .is_none_or(|m| m.confidence < 0.8)
    });
    if titles.is_empty() {
        return ms;
    }
    let mut out = Vec::with_capacity(ms.len() + titles.len());
    let mut ti = 0;
    for m in ms {
        while ti < titles.len() && titles[ti].end <= m.start {
            out.push(titles[ti].clone());
            ti += 1;
        }
        let inside = titles
            .get(ti)
            .is_some_and(|t| m.start < t.end && t.start < m.end);
        if !inside {
            out.push(m);
        }
    }
    out.extend(titles.into_iter().skip(ti));
    out
}

fn mention(doc: &Doc, range: Range<usize>, end: usize, label: Label) -> TypedMention {
    TypedMention {
        start: doc.tokens[range.start].start,
        end,
        label,
        role: None,
        country: None,
        capital_of: None,
        confidence: 0.5,
        tokens: range,
    }
}

#[allow(clippy::too_many_arguments)]
fn split_and_type(
    doc: &Doc,
    lx: &Lexicon,
    c: &Candidate,
    scorer: &dyn Scorer,
    sports: Sports,
    out: &mut Vec<TypedMention>,
    key: &mut String,
    buf: &mut String,
) {
    let r = c.tokens.clone();
    if r.is_empty() {
        return;
    }
    let tok_end = |i: usize| {
        if i + 1 == r.end {
            c.end
        } else {
            doc.tokens[i].end
        }
    };
    let mut k = r.start;
    // 1. A leading country or nationality before a title: "Chinese President Xi Jinping".
    for len in (1..=3.min(r.len())).rev() {
        if k + len >= r.end {
            continue;
        }
        key_of(doc, k..k + len, doc.tokens[k + len - 1].end, key, buf);
        let place = lx.get(key).is_some_and(|e| {
            e.country.is_some()
                || e.demonym.is_some()
                || e.city.is_some()
                || e.known.is_some_and(|(l, _)| l == Label::Norp)
        });
        let person_next = r.end - (k + len) >= 2
            && word_entry(lx, doc, k + len, buf).is_some_and(|e| e.given && !e.stop)
            && word_entry(lx, doc, r.end - 1, buf).is_none_or(|e| e.designator.is_none());
        // "German Foreign Ministry", "Panamanian Boxing Association": a nationality before a
        // public body is its own name.
        let nationality = lx
            .get(key)
            .is_some_and(|e| e.demonym.is_some() || e.known.is_some_and(|(l, _)| l == Label::Norp));
        let body_next = nationality
            && r.end - (k + len) >= 2
            && words()
                .body_heads
                .contains(&lower(doc.tok_text(r.end - 1), buf));
        if place && (person_next || body_next || title_at(doc, lx, k + len, r.end, key, buf) > 0) {
            let mut f = features(doc, lx, k..k + len, tok_end(k + len - 1), c.caps, key, buf);
            f.sports = sports.any;
            f.team_sports = sports.team;
            if let Some((label, cc, conf)) = scorer.label(&f) {
                let mut m = mention(doc, k..k + len, tok_end(k + len - 1), label);
                m.country = cc;
                m.capital_of = f.capital;
                m.confidence = conf;
                out.push(m);
            }
            k += len;
            break;
        }
    }
    // 2. A title: "President", "Secretary of State", "Mr"; the last one before a person-like
    // rest, so that "General Motors Chief Executive Mary Barra" splits at "Chief Executive".
    let mut role: Option<String> = None;
    key_of(doc, k..r.end, c.end, key, buf);
    let whole_known = lx
        .get(key)
        .is_some_and(|e| e.known.is_some() || e.country.is_some() || e.city.is_some());
    let last_designator =
        word_entry(lx, doc, r.end - 1, buf).is_some_and(|e| e.designator.is_some());
    let mut split: Option<(usize, usize, usize)> = None; // (title start, title len, rest)
    if !whole_known && !last_designator {
        for p in k..r.end {
            let starts = word_entry(lx, doc, p, buf).is_some_and(|e| e.title_start)
                || words()
                    .title_modifiers
                    .contains(&lower(doc.tok_text(p), buf));
            // Inside the title already found: "Financial Secretary" stays one title.
            let inside = split.is_some_and(|(q, ql, _)| p < q + ql);
            if !starts || inside {
                continue;
            }
            let tl = title_at(doc, lx, p, r.end, key, buf);
            if tl == 0 || p + tl >= r.end {
                continue;
            }
            let mut rest = p + tl;
            while rest < r.end && matches!(doc.tok_text(rest), "of" | "and" | "for" | ".") {
                rest += 1;
            }
            if rest < r.end && r.end - rest <= 4 {
                split = Some((p, tl, rest));
            }
        }
    }
    if let Some((p, tl, rest)) = split {
        let mut role_start = p;
        if p > k {
            // What precedes the title: a name of its own ("Federal Reserve Governor", "Bosnian
            // President") or part of the role ("Education Minister").
            let mut f = features(doc, lx, k..p, doc.tokens[p - 1].end, c.caps, key, buf);
            f.sports = sports.any;
            f.team_sports = sports.team;
            let own_name = f.known.is_some()
                || f.country.is_some()
                || f.demonym.is_some()
                || f.city.is_some()
                || f.suffix_designator.is_some()
                || (f.words == 1 && f.all_caps && f.words > 0);
            if own_name {
                if let Some((label, cc, conf)) = scorer.label(&f) {
                    let mut m = mention(doc, k..p, doc.tokens[p - 1].end, label);
                    m.country = cc;
                    m.capital_of = if label == Label::Gpe { f.capital } else { None };
                    m.confidence = if c.caps { conf.min(0.6) } else { conf };
                    out.push(m);
                }
            } else {
                role_start = k;
            }
        }
        let t = doc.slice(doc.tokens[role_start].start, doc.tokens[p + tl - 1].end);
        if !words().honorifics.contains(&t.to_lowercase().as_str()) {
            role = Some(t.to_string());
        }
        k = rest;
    } else {
        let tl = title_at(doc, lx, k, r.end, key, buf);
        if tl > 0 && k + tl == r.end {
            return; // a title alone ("President") is not an entity
        }
    }
    if role.is_none() {
        if let Some(t) = title_before(doc, lx, k, key, buf) {
            role = Some(
                doc.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end)
                    .to_string(),
            );
        }
    }
    let end = c.end;
    if k >= r.end {
        return;
    }
    let mut f = features(doc, lx, k..r.end, end, c.caps, key, buf);
    f.titled = role.is_some();
    f.sports = sports.any;
    f.team_sports = sports.team;
    let Some((label, cc, conf)) = scorer.label(&f) else {
        return;
    };
    let mut m = mention(doc, k..r.end, end, label);
    m.country = cc;
    m.capital_of = if label == Label::Gpe { f.capital } else { None };
    m.confidence = if c.caps && !(f.dateline && label == Label::Gpe) {
        conf.min(0.6)
    } else {
        conf
    };
    if label == Label::Person {
        m.role = role;
    }
    out.push(m);
}

/// Document-level agreement: a lone word that is part of a person's full name is that person;
/// a surface typed with little confidence takes the label it has elsewhere with more.
fn agree(doc: &Doc, ms: &mut [TypedMention]) {
    let mut person_words: HashMap<String, (), FxBuild> = HashMap::default();
    let mut best: HashMap<String, (Label, f32), FxBuild> = HashMap::default();
    for m in ms.iter() {
        let s = doc.slice(m.start, m.end).to_lowercase();
        if m.label == Label::Person && m.tokens.len() >= 2 && m.confidence >= 0.4 {
            for i in m.tokens.clone() {
                let w = doc.tok_text(i);
                let w = &w[..w.len() - possessive_len(w)];
                if w.chars().count() > 1 {
                    person_words.insert(w.to_lowercase(), ());
                }
            }
        }
        let e = best.entry(s).or_insert((m.label, m.confidence));
        if m.confidence > e.1 {
            *e = (m.label, m.confidence);
        }
    }
    for m in ms.iter_mut() {
        let s = doc.slice(m.start, m.end).to_lowercase();
        if m.confidence < 0.8 && m.tokens.len() == 1 && person_words.contains_key(&s) {
            m.label = Label::Person;
            m.country = None;
            m.capital_of = None;
            m.confidence = 0.8;
            continue;
        }
        if let Some(&(l, c)) = best.get(&s) {
            if m.confidence < 0.6 && c > m.confidence {
                m.label = l;
                m.confidence = c.min(0.6);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidates;

    fn typed(text: &str) -> Vec<(String, Label, Option<String>)> {
        let d = Doc::new(text);
        let c = candidates::find(&d);
        classify_with(&d, &c, &Rules)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label, m.role))
            .collect()
    }

    #[test]
    fn titles_become_roles() {
        let t = typed("Chinese President Xi Jinping met secretary of state Antony Blinken.");
        assert_eq!(
            t,
            vec![
                ("Chinese".into(), Label::Norp, None),
                ("Xi Jinping".into(), Label::Person, Some("President".into())),
                (
                    "Antony Blinken".into(),
                    Label::Person,
                    Some("secretary of state".into())
                ),
            ]
        );
    }

    #[test]
    fn a_longer_title_is_kept_whole() {
        assert_eq!(
            typed("Hong Kong Financial Secretary Donald Tsang spoke."),
            vec![
                ("Hong Kong".into(), Label::Gpe, None),
                (
                    "Donald Tsang".into(),
                    Label::Person,
                    Some("Financial Secretary".into())
                ),
            ]
        );
    }

    #[test]
    fn designators_places_and_lone_surnames() {
        let t = typed("Olaf Scholz visited Hikvision Digital Technology in Hangzhou. Scholz left for Germany.");
        let labels: Vec<(&str, Label)> = t.iter().map(|(s, l, _)| (s.as_str(), *l)).collect();
        assert_eq!(
            labels,
            vec![
                ("Olaf Scholz", Label::Person),
                ("Hikvision Digital Technology", Label::Org),
                ("Hangzhou", Label::Gpe),
                ("Scholz", Label::Person),
                ("Germany", Label::Gpe),
            ]
        );
    }

    #[test]
    fn datelines_teams_and_name_particles() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("ZORKVILLE, Norway 2024-04-16\nMiners waited."),
            vec![
                ("ZORKVILLE".into(), Label::Gpe),
                ("Norway".into(), Label::Gpe)
            ]
        );
        assert_eq!(
            labels("SOCCER - LEAGUE RESULTS\nChicago beat Boston 2-1 in Chicago."),
            vec![
                ("Chicago".into(), Label::Org),
                ("Boston".into(), Label::Org),
                ("Chicago".into(), Label::Gpe),
            ]
        );
        assert_eq!(
            labels("The fullback Joost van der Westhuizen scored."),
            vec![("Joost van der Westhuizen".into(), Label::Person)]
        );
    }

    #[test]
    fn towns_in_team_sports_are_teams_unless_a_place_phrase() {
        let names = |text: &str| -> Vec<(String, Label)> {
            typed(text)
                .into_iter()
                .filter(|(_, l, _)| *l != Label::Cardinal)
                .map(|(s, l, _)| (s, l))
                .collect()
        };
        let org = |s: &str| (s.to_string(), Label::Org);
        let gpe = |s: &str| (s.to_string(), Label::Gpe);
        assert_eq!(
            names("CRICKET - COUNTY NEWS\nThe bowler joined Leeds last year. In Leeds, rain fell.\nBasingstoke 4 2 1 1 9"),
            vec![org("Leeds"), gpe("Leeds"), org("Basingstoke")]
        );
        // A schedule's second town is the venue.
        assert_eq!(
            names("BASEBALL - SCHEDULE\nBOSTON AT OAKLAND"),
            vec![org("BOSTON"), gpe("OAKLAND")]
        );
        // Golf is not played by town teams.
        assert_eq!(
            names("GOLF - OPEN NEWS\nThe leader joined Leeds."),
            vec![gpe("Leeds")]
        );
    }

    #[test]
    fn nationality_before_a_ministry_and_model_codes() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("A Danish Foreign Ministry spokesman praised the F-16 and AK-47s but not the Scottish National Party."),
            vec![
                ("Danish".into(), Label::Norp),
                ("Foreign Ministry".into(), Label::Org),
                ("F-16".into(), Label::Product),
                ("AK-47s".into(), Label::Product),
                ("Scottish National Party".into(), Label::Org),
            ]
        );
        assert!(!is_model_code("COVID-19x1"));
        assert!(!is_model_code("F-"));
        assert!(!is_model_code("well-known"));
    }

    #[test]
    fn quoted_titles_are_works_but_quoted_speech_is_not() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("Olaf Brandt starred in \"The Night of Lisbon\" and “Mars Attacks”."),
            vec![
                ("Olaf Brandt".into(), Label::Person),
                ("The Night of Lisbon".into(), Label::WorkOfArt),
                ("Mars Attacks".into(), Label::WorkOfArt),
            ]
        );
        assert_eq!(
            labels("\"Berlin will not wait,\" said Olaf Brandt. \"Lisbon\" was his answer."),
            vec![
                ("Berlin".into(), Label::Gpe),
                ("Olaf Brandt".into(), Label::Person),
                ("Lisbon".into(), Label::Gpe),
            ]
        );
        assert_eq!(
            labels("He called the plan \"Zorbagate\"."),
            vec![("Zorbagate".into(), Label::WorkOfArt)]
        );
    }

    #[test]
    fn words_said_of_firms_and_clubs_after_a_name() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("Marek Novak said Brodsky shares fell and Brodsky 's chairman quit."),
            vec![
                ("Marek Novak".into(), Label::Person),
                ("Brodsky".into(), Label::Org),
                ("Brodsky".into(), Label::Org),
            ]
        );
        // A person's full name before such a word stays a person.
        assert_eq!(
            labels("Shares held by Marek Novak shares rose."),
            vec![("Marek Novak".into(), Label::Person)]
        );
    }

    #[test]
    fn place_frames_venues_and_state_abbreviations() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        let label_of = |text: &str, name: &str| -> Option<Label> {
            typed(text)
                .into_iter()
                .find(|(s, _, _)| s == name)
                .map(|(_, l, _)| l)
        };
        assert_eq!(
            labels("Rebels entered the village of Quorvath near Zelbin province."),
            vec![
                ("Quorvath".into(), Label::Gpe),
                ("Zelbin".into(), Label::Gpe)
            ]
        );
        let fixtures = "CRICKET - FIXTURES\nThe first test ( at Edgbaston , Birmingham ) \
                        suits the Leeds side, but Leeds beat Kent.";
        assert_eq!(label_of(fixtures, "Birmingham"), Some(Label::Gpe));
        assert_eq!(label_of(fixtures, "Leeds"), Some(Label::Gpe));
        assert_eq!(label_of(fixtures, "Kent"), Some(Label::Org));
        // An initial makes a town's name a player's.
        let card = "CRICKET - SCORES\nKent 210 ( G. Hamilton 61 , R. Leeds 40 )";
        assert_eq!(label_of(card, "G. Hamilton"), Some(Label::Person));
        assert_eq!(label_of(card, "R. Leeds"), Some(Label::Person));
        assert_eq!(
            labels("ZORVILLE, Calif 2024-04-16\nIt rained."),
            vec![
                ("ZORVILLE".into(), Label::Gpe),
                ("Calif".into(), Label::Gpe)
            ]
        );
    }

    #[test]
    fn market_indexes_are_products_and_their_exchanges_organisations() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            typed(text).into_iter().map(|(s, l, _)| (s, l)).collect()
        };
        assert_eq!(
            labels("The Nasdaq composite index fell while Nasdaq said trading was calm."),
            vec![
                ("Nasdaq".into(), Label::Product),
                ("Nasdaq".into(), Label::Org)
            ]
        );
        // Two surnames joined by an ampersand are a firm.
        assert_eq!(
            labels("Brodsky & Lomax hired Marek Novak."),
            vec![
                ("Brodsky & Lomax".into(), Label::Org),
                ("Marek Novak".into(), Label::Person)
            ]
        );
    }

    #[test]
    fn a_trained_scorer_can_replace_the_rules() {
        struct AllLaw;
        impl Scorer for AllLaw {
            fn label(&self, _: &Features) -> Option<(Label, Option<Cc>, f32)> {
                Some((Label::Law, None, 1.0))
            }
        }
        let text = "Biden signed it.";
        let d = Doc::new(text);
        let c = candidates::find(&d);
        let m = classify_with(&d, &c, &AllLaw);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].label, Label::Law);
    }
}
