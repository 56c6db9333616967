//! Names the tagger typed against what their sentence says about them, corrected after typing:
//! firms read as people or places, and a city after "in" read as a person.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with some labels changed and, where a possessive place opens a name ("China's CRRC"),
//! that mention cut in two. An organisation is what the sentence says is one:
//! - a name that "said it" / "said its" (a speech or report verb, then "it"/"its"): a person is
//!   not referred to as "it" ("Rheinmetall said it would build", "Ford said its profit rose");
//! - a name followed by an apposition headed by an organisation noun ("Renaissance, a
//!   consortium led by ...", "CRRC, the world's biggest train maker");
//! - a name after a staff noun and "at" ("analysts at Kpler", "researchers at ..."), or after
//!   a title held only at a firm and "of" ("chief executive of X", "the founder of X");
//! - a name after a stake's noun and "in" ("shares in Harwell", "a stake in Orvane");
//! - a name followed by ", which" and a verb of what firms do ("Safran, which makes engines");
//! - a name after "of" that follows a person's full name ("Marcus Feld of Pryor Cashman"), not
//!   a listed place ("Sen. Ann Lee of Maine");
//! - a one-word short form of an organisation the document names ("Hydro" after "Norsk
//!   Hydro"), and every other mention written the same as a name retyped by a cue.
//!
//! A person's name stays a person when the document also writes it as part of a person's full
//! name (unless that word also opens a firm's name the document gives: "Halvorsen" of "Petra
//! Halvorsen" and "Halvorsen Marine AS" is read mention by mention, by its own cue or, before
//! the person is named, as the firm; such a reading is not spread), or (for the cues that are
//! not "it") when it opens with a listed given name; listed
//! places, countries and nationalities keep their class. A one-word person mention right after
//! "in" that is a listed city is that city ("the port authority in Kiel said"). An acronym
//! organisation directly followed by a listed city is one organisation ("ETH Zurich").
//! Word lists: `[speech_verbs]`, `[report_verbs]`, `[org_nouns]`, `[apposition_org_nouns]`,
//! `[apposition_enders]`, `[staff_nouns]`, `[firm_titles]`, `[stake_nouns]` of `data/lexicons/context_words.txt`; read after the
//! name tagger, so `ner.bin` does not depend on the new ones.
//!
//! A sentence's opening words the tagger left out, written as a name elsewhere in the document
//! and followed by a speech or report verb, are that name ("Norsk Hydro said it ..."); before
//! an apposition headed by an organisation noun or ", which" and a firm's verb ("Statnett,
//! Norway's grid operator, will ..."), they are an organisation, and so is the same name
//! elsewhere.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only relabels, cuts, joins, repeats or adds names (never drops one).

mod cues;

use super::lexicon::words::words;

use super::lexicon::{lexicon, with_lower, Entry};
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len, starts_lower};
use super::text::{Doc, TokenKind};
use super::typing::stake_in;
use cues::{
    apposition, apposition_before, made_by, says_it, says_its, staff_at, which_makes, word,
};
use std::collections::{HashMap, HashSet};

/// Correct labels by sentence cues (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    split_possessive_places(doc, ms);
    split_person_of(doc, ms);
    join_acronym_cities(doc, ms);
    // Before the names said again at a sentence's opening, which read the firms found here.
    let openers = described_openers(doc, ms);
    sentence_initial_names(doc, ms);
    let lx = lexicon();
    let lower = |i: usize| doc.tok_text(i).to_lowercase();
    // Words of people's full names (two words or more): such a word alone is that person.
    let mut full_name_words = person_name_words(doc, ms);
    let mut retyped: HashSet<String> = openers.into_iter().collect();
    // A word that is both a person's surname and a firm's short form ("Halvorsen" beside
    // "Petra Halvorsen" and "Halvorsen Marine AS"): each mention of it alone is decided by its
    // own evidence, a cue or being named before the person is, and never spread.
    let firm_words = org_short_words(doc, ms);
    // Words of the people's full names named so far (mentions are in text order).
    let mut named_people: HashSet<String> = HashSet::new();
    for k in 0..ms.len() {
        let m = &ms[k];
        if m.label == Label::Person {
            let ws = name_words(doc, m);
            if ws.len() >= 2 {
                named_people.extend(ws.into_iter().map(|i| bare_lower(doc, i)));
            }
        }
        if !matches!(
            m.label,
            Label::Person | Label::Gpe | Label::Loc | Label::Norp
        ) || m.tokens.len() > 4
            || listed_place(doc, m)
        {
            continue;
        }
        let ws = name_words(doc, m);
        let of_person = m.label == Label::Person
            && ws.iter().any(|&i| full_name_words.contains(&lower(i)))
            && ws.len() == 1;
        let entry = |i: usize| lx.get(&lower(i));
        let given_first = ws
            .first()
            .is_some_and(|&i| entry(i).is_some_and(|e| e.given));
        // A listed given name opening a person's name ("John Smith", or "John" alone unless it
        // is a surname too, as "Ford" is): a person, whatever follows.
        let given_person = m.label == Label::Person
            && given_first
            && (ws.len() >= 2
                || ws
                    .first()
                    .is_some_and(|&i| !entry(i).is_some_and(|e| e.surname)));
        let its_cue = ws.len() == 1 && says_its(doc, m.tokens.end);
        let contested = of_person && with_bare_lower(doc, ws[0], |w| firm_words.contains(w));
        // "a son of President Suharto, which plans ...": a titled person is a person, whatever
        // the words after the name say of something else.
        let titled = m.label == Label::Person && m.role.is_some();
        if (of_person && !contested) || (given_person && !its_cue) || titled {
            continue;
        }
        // The cues other than "it" want a name of capitalised words, none a listed place
        // ("staff at Cancun airport" is at a place).
        let plain = ws
            .iter()
            .all(|&i| is_capitalised(doc.tok_text(i)) && !entry(i).is_some_and(is_place_entry));
        let it_cue = says_it(doc, m.tokens.end);
        let other_cue = !given_first
            && plain
            && (apposition(doc, m.tokens.end)
                || apposition_before(doc, m.tokens.start, m.tokens.end)
                || made_by(doc, m.tokens.start, m.tokens.end)
                || which_makes(doc, m.tokens.end)
                || staff_at(doc, m.tokens.start)
                || stake_in(doc, m.tokens.start)
                || of_a_person(doc, ms, k)
                || possessed_role(doc, ms, k));
        // Before the person of that surname is named, the firm named before it is meant.
        let firm_first = contested && !with_bare_lower(doc, ws[0], |w| named_people.contains(w));
        if it_cue || other_cue || firm_first {
            let m = &mut ms[k];
            m.label = Label::Org;
            m.country = None;
            m.capital_of = None;
            if !contested {
                retyped.insert(doc.slice(m.start, m.end).to_string());
            }
        }
    }
    // The same name elsewhere in the document is the same organisation (first, so that the
    // short forms below see every organisation the cues made: "Vestra Alum smelter" typed
    // otherwise, then "Vestra Alum said it").
    spread(doc, ms, &retyped);
    // People's full names as they stand now: a name the cues made an organisation ("Vestra
    // Alum" read as a person, then "Vestra Alum said it") no longer keeps its words a person's.
    full_name_words = person_name_words(doc, ms);
    // Short forms: a one-word person mention that is a distinctive word of an organisation ...
    let mut org_words: HashSet<String> = HashSet::new();
    // ... or its opening words, two or more.
    let mut org_openings: HashSet<String> = HashSet::new();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Org && m.tokens.len() >= 2)
    {
        let ws: Vec<String> = m.tokens.clone().map(lower).collect();
        // Not an ALL-CAPS line's guess, nor a name made of people's names only.
        let shouted = m.tokens.clone().all(|i| is_all_caps(doc.tok_text(i)));
        let personal = ws
            .iter()
            .all(|w| lx.get(w).is_some_and(|e| e.given || e.surname));
        let initial = m.tokens.clone().any(|i| {
            let w = doc.tok_text(i);
            let letter = w.trim_end_matches('.');
            letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase())
        });
        if shouted || personal || initial {
            continue;
        }
        for r in lx.org_short_runs(&ws) {
            if r.len() == 1 {
                org_words.insert(ws[r.start].clone());
            } else if r.start == 0 {
                org_openings.insert(ws[r].join(" "));
            }
        }
    }
    for m in ms.iter_mut() {
        if m.label != Label::Person {
            continue;
        }
        let short = if m.tokens.len() == 1 {
            // "Kestrel's former director": the word without its possessive.
            with_bare_lower(doc, m.tokens.start, |w| {
                org_words.contains(w) && !full_name_words.contains(w)
            })
        } else {
            // "Van der Berg" of "Van der Berg Snacks", not opening with a given name ("John
            // Lewis" stays the person; "Van" before a particle opens a surname).
            let ws = name_words(doc, m);
            let key: Vec<String> = ws.iter().map(|&i| bare_lower(doc, i)).collect();
            let particle = |w: &String| words().person_particles.contains(&w.as_str());
            let given =
                lx.get(&key[0]).is_some_and(|e| e.given) && !key.get(1).is_some_and(particle);
            !given && org_openings.contains(&key.join(" "))
        };
        if short {
            m.label = Label::Org;
            retyped.insert(doc.slice(m.start, m.end).to_string());
        }
    }
    // The same name elsewhere in the document is the same organisation (again: short forms).
    spread(doc, ms, &retyped);
    // "in Kiel said": a listed city after "in" is the city, not a person of that name.
    for m in ms.iter_mut() {
        if m.label != Label::Person || m.tokens.len() != 1 || m.tokens.start == 0 {
            continue;
        }
        let w = doc.tok_text(m.tokens.start).to_lowercase();
        if doc.tok_text(m.tokens.start - 1) != "in" || full_name_words.contains(&w) {
            continue;
        }
        if let Some(cc) = lx.get(&w).and_then(|e| e.city.or(e.capital)) {
            m.label = Label::Gpe;
            m.country = Some(cc);
        }
    }
}

/// Token `i` in lower case without a possessive ending.
fn bare_lower(doc: &Doc, i: usize) -> String {
    let w = doc.tok_text(i);
    w[..w.len() - possessive_len(w)].to_lowercase()
}

/// `f` of [`bare_lower`]`(doc, i)`, with no lower-case copy for a short ASCII word.
fn with_bare_lower<R>(doc: &Doc, i: usize, f: impl FnOnce(&str) -> R) -> R {
    let w = doc.tok_text(i);
    with_lower(&w[..w.len() - possessive_len(w)], f)
}

/// The opening words of organisations of two words or more among `ms` that may stand for them
/// alone ("halvorsen" of "Halvorsen Marine AS").
fn org_short_words(doc: &Doc, ms: &[TypedMention]) -> HashSet<String> {
    let mut out = HashSet::new();
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Org && m.tokens.len() >= 2)
    {
        let ws: Vec<String> = name_words(doc, m)
            .into_iter()
            .map(|i| bare_lower(doc, i))
            .collect();
        if lexicon()
            .org_short_runs(&ws)
            .iter()
            .any(|r| r.start == 0 && r.len() == 1)
        {
            out.insert(ws[0].clone());
        }
    }
    out
}

/// The lower-cased words of people's full names (two words or more) among `ms`.
fn person_name_words(doc: &Doc, ms: &[TypedMention]) -> HashSet<String> {
    let mut words = HashSet::new();
    for m in ms.iter().filter(|m| m.label == Label::Person) {
        let ws: Vec<usize> = name_words(doc, m);
        if ws.len() >= 2 {
            words.extend(ws.iter().map(|&i| doc.tok_text(i).to_lowercase()));
        }
    }
    words
}

/// Every person, place or nationality mention written as one of the `retyped` names becomes
/// that organisation (listed places keep their class).
fn spread(doc: &Doc, ms: &mut [TypedMention], retyped: &HashSet<String>) {
    if retyped.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if matches!(
            m.label,
            Label::Person | Label::Gpe | Label::Loc | Label::Norp
        ) && !listed_place(doc, m)
            && retyped.contains(doc.slice(m.start, m.end))
        {
            m.label = Label::Org;
            m.country = None;
            m.capital_of = None;
        }
    }
}

/// "Shell said on Tuesday ..." where the tagger left the sentence's first words out: one to
/// three capitalised words opening a sentence, written exactly as a name mention elsewhere in
/// the document (not a listed place) and followed by a speech or report verb ("said",
/// "reported"), are that name, with its label (an organisation's when any mention of it is
/// one); the cues then read it like any other mention.
fn sentence_initial_names(doc: &Doc, ms: &mut Vec<TypedMention>) {
    // Surface → label of the names of the document (an organisation's reading first).
    let mut orgs: HashMap<&str, Label> = HashMap::new();
    for m in ms.iter().filter(|m| {
        matches!(
            m.label,
            Label::Org | Label::Person | Label::Gpe | Label::Loc | Label::Norp
        ) && m.tokens.len() <= 3
            && !listed_place(doc, m)
    }) {
        let l = orgs.entry(doc.slice(m.start, m.end)).or_insert(m.label);
        if m.label == Label::Org {
            *l = Label::Org;
        }
    }
    if orgs.is_empty() {
        return;
    }
    let covered = super::mention::covered_tokens(doc, ms);
    let mut added = Vec::new();
    for s in &doc.sentences {
        let Some(f) = s.first_word() else { continue };
        let word = |i: usize| {
            i < s.tokens().end
                && doc.tokens[i].kind == TokenKind::Word
                && !covered[i]
                && is_capitalised(doc.tok_text(i))
        };
        for len in (1..=3).rev() {
            if !(f..f + len).all(word) || word(f + len) {
                continue;
            }
            let (a, b) = (doc.tokens[f].start(), doc.tokens[f + len - 1].end());
            let reports = doc.tokens.get(f + len).is_some()
                && doc.sentence_of(f + len) == doc.sentence_of(f)
                && self::word(doc, f + len).is_some_and(|v| {
                    words().speech_verbs.contains(&v.as_str())
                        || words().report_verbs.contains(&v.as_str())
                });
            if let Some(&label) = orgs.get(doc.slice(a, b)).filter(|_| reports) {
                added.push(TypedMention {
                    start: a,
                    end: b,
                    label,
                    role: None,
                    country: None,
                    capital_of: None,
                    confidence: 0.6,
                    tokens: f..f + len,
                });
                break;
            }
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// "Statnett, Norway's grid operator, will ...", "Varnholt, which makes turbines, ...": a
/// sentence's opening words the tagger left out (one to three capitalised words, none a
/// listed place, given name, title or stop word), right before an apposition headed by an
/// organisation noun or ", which" and a verb of what firms do, are an organisation. Added to
/// `ms`; their surfaces are returned, so the same name elsewhere is the organisation too.
fn described_openers(doc: &Doc, ms: &mut Vec<TypedMention>) -> Vec<String> {
    let lx = lexicon();
    let covered = super::mention::covered_tokens(doc, ms);
    let mut added = Vec::new();
    let mut surfaces = Vec::new();
    for s in &doc.sentences {
        let Some(f) = s.first_word() else { continue };
        let word = |i: usize| {
            i < s.tokens().end
                && doc.tokens[i].kind == TokenKind::Word
                && !covered[i]
                && is_capitalised(doc.tok_text(i))
                && possessive_len(doc.tok_text(i)) == 0
                && !lx.get(&doc.tok_text(i).to_lowercase()).is_some_and(|e| {
                    is_place_entry(e) || e.given || e.title || e.title_start || e.stop
                })
        };
        let len = (f..(f + 3).min(s.tokens().end))
            .take_while(|&i| word(i))
            .count();
        if len == 0 {
            continue;
        }
        // "Separately, the utility, X rose": an opening adverb before a comma and "the ..." is
        // no name; a firm's apposition is "a ..." or "Norway's ..." ("Statnett, a grid firm,").
        let adverb = doc.tok_text(f + len - 1).ends_with("ly")
            || doc
                .tokens
                .get(f + len + 1)
                .is_some_and(|_| doc.tok_text(f + len + 1).eq_ignore_ascii_case("the"));
        if adverb || !(apposition(doc, f + len) || which_makes(doc, f + len)) {
            continue;
        }
        let (a, b) = (doc.tokens[f].start(), doc.tokens[f + len - 1].end());
        surfaces.push(doc.slice(a, b).to_string());
        added.push(TypedMention {
            start: a,
            end: b,
            label: Label::Org,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: f..f + len,
        });
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
    surfaces
}

/// Token indexes of a mention's words (no punctuation, no possessive-only tokens).
fn name_words(doc: &Doc, m: &TypedMention) -> Vec<usize> {
    m.tokens
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .collect()
}

/// Is the whole mention a listed country, city, US state, nationality or hand-listed place?
fn listed_place(doc: &Doc, m: &TypedMention) -> bool {
    with_lower(doc.slice(m.start, m.end), |key| {
        lexicon().get(key).is_some_and(is_place_entry)
    })
}

fn is_place_entry(e: &Entry) -> bool {
    e.country.is_some()
        || e.city.is_some()
        || e.capital.is_some()
        || e.region
        || e.demonym.is_some()
        || matches!(e.known, Some((Label::Gpe | Label::Loc | Label::Norp, _)))
}

/// "Ann Reid, Vardell's head of refining", "Vardell's chief financial officer Ann Reid",
/// "Meridian Pearl's sole director, Anton Velikov": a name written with a possessive before a
/// firm's job title (one of its first two lower-case words in `[possessed_roles]`) in
/// apposition to a person (the person, a comma, the name) or before one (the person's name
/// within five lower-case words, maybe past a comma). The name is one word unknown to every
/// lexicon, or two or three words opening with no listed given name or surname and closing
/// with no listed surname ("Xi Jinping's chief adviser" is a person's).
fn possessed_role(doc: &Doc, ms: &[TypedMention], k: usize) -> bool {
    let m = &ms[k];
    let (start, end) = (m.tokens.start, m.tokens.end);
    let bare_lower = |i: usize| {
        let w = doc.tok_text(i);
        w[..w.len() - possessive_len(w)].to_lowercase()
    };
    let lx = lexicon();
    let unknown_name = match m.tokens.len() {
        1 => lx.get(&bare_lower(start)).is_none(),
        2 | 3 => {
            !lx.get(&bare_lower(start))
                .is_some_and(|e| e.given || e.surname)
                && !lx.get(&bare_lower(end - 1)).is_some_and(|e| e.surname)
        }
        _ => false,
    };
    // A person has a head, a chief or a general of something too ("X Y's chief of staff"):
    // after a name of several words only a firm's own offices count.
    let several = m.tokens.len() > 1;
    let role = |i: usize| {
        cues::word(doc, i).is_some_and(|r| {
            starts_lower(doc.tok_text(i))
                && words().possessed_roles.contains(&r.as_str())
                && !(several && matches!(r.as_str(), "head" | "chief" | "general" | "managing"))
        })
    };
    if !unknown_name
        || possessive_len(doc.tok_text(end - 1)) == 0
        || !(role(end)
            || end < doc.tokens.len() && starts_lower(doc.tok_text(end)) && role(end + 1))
    {
        return false;
    }
    let after_person = k > 0
        && start >= 1
        && doc.tok_text(start - 1) == ","
        && ms[k - 1].label == Label::Person
        && ms[k - 1].tokens.end + 1 == start;
    let before_person = ms.get(k + 1).is_some_and(|p| {
        p.label == Label::Person
            && p.tokens.start > end
            && p.tokens.start <= end + 5
            && doc.same_sentence(start, p.tokens.start)
            && (end..p.tokens.start).all(|i| {
                starts_lower(doc.tok_text(i)) || (i + 1 == p.tokens.start && doc.tok_text(i) == ",")
            })
    });
    after_person || before_person
}

/// "Marcus Feld of X": a name read as a person's after "of" and a person's name of two words or
/// more, opening with a listed given name, before that.
fn of_a_person(doc: &Doc, ms: &[TypedMention], k: usize) -> bool {
    let start = ms[k].tokens.start;
    k > 0
        && start >= 1
        && doc.tok_text(start - 1) == "of"
        && ms[k - 1].label == Label::Person
        && ms[k - 1].tokens.end + 1 == start
        && ms[k].label == Label::Person
        && ms[k - 1].tokens.len() >= 2
        && lexicon()
            .get(&doc.tok_text(ms[k - 1].tokens.start).to_lowercase())
            .is_some_and(|e| e.given)
}

/// "China's CRRC" read as one place: the listed place with its possessive is cut off as a place
/// of its own and the rest keeps the mention's label, or, read as a place but neither listed as
/// one nor ending in a place designator, is an organisation ("Spain's Repsol"). "The Treasury's Office of Foreign Assets
/// Control", "the Commerce Department's Bureau of ...": a listed organisation, or a name ending
/// with an organisation designator, with its possessive before a name that holds a designator
/// of its own, is two organisations (the owner and its office). A possessive inside a firm's
/// own name ("People's Bank of China", "Moody's Investors Service") has neither before it.
fn split_possessive_places(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let org_designator = |i: usize| {
        let w = doc.tok_text(i);
        let w = &w[..w.len() - possessive_len(w)];
        lx.get(&w.to_lowercase())
            .is_some_and(|e| matches!(e.designator, Some((Label::Org, _))))
    };
    let mut extra = Vec::new();
    for m in ms.iter_mut() {
        if m.tokens.len() < 2 || !matches!(m.label, Label::Gpe | Label::Loc | Label::Org) {
            continue;
        }
        // The first token written with a possessive, before the last token.
        let Some(k) = (m.tokens.start..m.tokens.end - 1).find(|&i| {
            let w = doc.tok_text(i);
            w.ends_with("'s") || w.ends_with("\u{2019}s")
        }) else {
            continue;
        };
        let next = k + 1;
        if !is_capitalised(doc.tok_text(next)) {
            continue;
        }
        let t0 = &doc.tokens[m.tokens.start];
        let left_end = doc.tokens[k].end() - possessive_len(doc.tok_text(k));
        let left = doc.slice(t0.start(), left_end).to_lowercase();
        let e = lx.get(&left);
        let cc = e.and_then(|e| e.country.or(e.city).or(e.capital));
        let place = cc.is_some() || e.is_some_and(|e| e.region);
        let owner =
            e.is_some_and(|e| matches!(e.known, Some((Label::Org, _)))) || org_designator(k);
        let label = if place {
            Label::Gpe
        } else if owner && (next..m.tokens.end).any(org_designator) {
            Label::Org
        } else {
            continue;
        };
        extra.push(TypedMention {
            start: t0.start(),
            end: left_end,
            label,
            role: None,
            country: cc,
            capital_of: None,
            confidence: m.confidence,
            tokens: m.tokens.start..next,
        });
        m.start = doc.tokens[next].start();
        m.tokens.start = next;
        if m.label == Label::Gpe {
            m.country = None;
        }
        // "Spain's Repsol" read as one place: what the place owns, unlisted and named by no
        // place designator ("Province", "Valley"), is a body of it, not a second place.
        if place && matches!(m.label, Label::Gpe | Label::Loc) {
            let rest = doc.slice(m.start, m.end).to_lowercase();
            let listed = lx.get(&rest).is_some_and(is_place_entry);
            let designated = lx
                .get(&doc.tok_text(m.tokens.end - 1).to_lowercase())
                .and_then(|e| e.designator)
                .is_some_and(|(l, _)| matches!(l, Label::Gpe | Label::Loc | Label::Fac));
            if !listed && !designated {
                m.label = Label::Org;
                m.capital_of = None;
            }
        }
    }
    if !extra.is_empty() {
        ms.extend(extra);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// "Olivia Brandt of Hestley Marrow" read as one person: a person's name of two words or more
/// opening with a listed given name ends before "of"; the two or more capitalised words after
/// it are a place when listed, else an organisation (one word is a territorial designation:
/// "Patrick Gordon of Auchleuchries").
fn split_person_of(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut extra = Vec::new();
    for m in ms.iter_mut() {
        if m.label != Label::Person || m.tokens.len() < 4 {
            continue;
        }
        let Some(of) = m.tokens.clone().find(|&i| doc.tok_text(i) == "of") else {
            continue;
        };
        let given = lx
            .get(&doc.tok_text(m.tokens.start).to_lowercase())
            .is_some_and(|e| e.given);
        let rest = of + 1..m.tokens.end;
        if of - m.tokens.start < 2
            || !given
            || rest.len() < 2
            || !rest.clone().all(|i| is_capitalised(doc.tok_text(i)))
        {
            continue;
        }
        let (rs, re) = (doc.tokens[rest.start].start(), m.end);
        let place = lx
            .get(&doc.slice(rs, re).to_lowercase())
            .filter(|e| is_place_entry(e));
        extra.push(TypedMention {
            start: rs,
            end: re,
            label: if place.is_some() {
                Label::Gpe
            } else {
                Label::Org
            },
            role: None,
            country: place.and_then(|e| e.country.or(e.city).or(e.capital)),
            capital_of: None,
            confidence: m.confidence,
            tokens: rest,
        });
        m.end = doc.tokens[of - 1].end();
        m.tokens.end = of;
    }
    if !extra.is_empty() {
        ms.extend(extra);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// "ETH Zurich": an ALL-CAPS acronym organisation and a listed city right after it (one
/// space, same sentence) are one organisation.
fn join_acronym_cities(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let joins = |a: &TypedMention, b: &TypedMention| {
        a.label == Label::Org
            && a.tokens.len() == 1
            && is_all_caps(doc.tok_text(a.tokens.start))
            && doc.tok_text(a.tokens.start).len() <= 5
            && b.label == Label::Gpe
            && b.tokens.len() == 1
            && b.tokens.start == a.tokens.end
            && doc.slice(a.end, b.start) == " "
            && !is_all_caps(doc.tok_text(b.tokens.start))
            && lx
                .get(&doc.tok_text(b.tokens.start).to_lowercase())
                .is_some_and(|e| e.city.is_some() || e.capital.is_some())
    };
    // One pass that rebuilds the list (a `remove` per join moved the tail each time: quadratic
    // on a long document that names such a body often).
    let old = std::mem::take(ms);
    let mut it = old.into_iter().peekable();
    while let Some(mut a) = it.next() {
        if let Some(b) = it.next_if(|b| joins(&a, b)) {
            a.end = b.end;
            a.tokens.end = b.tokens.end;
        }
        ms.push(a);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};
    #[test]
    fn a_name_that_says_it_is_a_firm() {
        let got = names("On Friday, Vossberg said it would open a depot in Latvia.");
        assert!(has(&got, "Vossberg", "ORG"), "{got:?}");
        let got = names("Ford said its margin narrowed in the spring.");
        assert!(has(&got, "Ford", "ORG"), "{got:?}");
        // A person's full name stays a person's, and so does its surname alone.
        let got = names("Helen Marsh said it would rain. Marsh said it was late.");
        assert!(has(&got, "Helen Marsh", "PERSON"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }

    #[test]
    fn a_firm_noun_phrase_before_the_name_makes_it_a_firm() {
        let got = names("In 2004 she set up a small design studio, Vaskimo, in Turku.");
        assert!(has(&got, "Vaskimo", "ORG"), "{got:?}");
        let got = names("Its parent company, Orvendal, did not reply.");
        assert!(has(&got, "Orvendal", "ORG"), "{got:?}");
        // A person's aside after the noun is no apposition.
        let got = names("The company, Okonjo said, would appeal.");
        assert!(has(&got, "Okonjo", "PERSON"), "{got:?}");
    }

    #[test]
    fn an_apposition_with_a_place_modifier_or_a_possessive_makes_a_firm() {
        // Session 32's trial: a hyphenated place modifier, a possessive opening the phrase
        // before the name, and a firm that speaks of itself after its apposition.
        let got = names("Zambia granted a licence to Vantor, an Australian-listed producer.");
        assert!(has(&got, "Vantor", "ORG"), "{got:?}");
        let got = names("Kestovia's largest lender, Banka Severna, said it would raise rates.");
        assert!(has(&got, "Banka Severna", "ORG"), "{got:?}");
    }

    #[test]
    fn a_name_of_several_words_whose_director_is_named_is_a_firm() {
        let got = names("Meridian Pearl's sole director, Anton Velikov, was sanctioned.");
        assert!(has(&got, "Meridian Pearl", "ORG"), "{got:?}");
        assert!(has(&got, "Anton Velikov", "PERSON"), "{got:?}");
        // A person's name with a listed surname keeps the possessive a person's.
        let got = names("Ian Okafor's chief adviser, Ruth Mba, resigned.");
        assert!(has(&got, "Ian Okafor", "PERSON"), "{got:?}");
        // Unlisted names too, before an office a person may have.
        let got = names("Rustem Umerovin's chief of staff, Ivan Petrov, said so.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        // A possessive ending the text is no job title's.
        let got = names("The ledger was Orvane Okwu's");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }

    #[test]
    fn a_firms_opening_words_alone_are_the_firm() {
        // Possessive or not, one word or a surname with its particle.
        let got = names("The mayor took bribes from Orvik Construction. Orvik's former chairman, Ole Berg, quit.");
        assert!(has(&got, "Orvik", "ORG"), "{got:?}");
        let got = names(
            "Brimvale agreed to buy Van der Kamp Bakeries. Van der Kamp, founded in 1961, employs 900 people.",
        );
        assert!(has(&got, "Van der Kamp", "ORG"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "PERSON"), "{got:?}");
        // A given name opening the person's name keeps it a person.
        let got = names("Mara Lind Studios opened. Mara Lind, its founder, spoke.");
        assert!(has(&got, "Mara Lind", "PERSON"), "{got:?}");
    }

    #[test]
    fn an_unknown_possessor_of_a_firms_job_title_beside_a_person_is_the_firm() {
        use super::*;
        use std::ops::Range;
        let run = |text: &str, person: Range<usize>, name: usize| {
            let doc = Doc::new(text);
            let mut p = TypedMention::over(&doc, name..name + 1, Label::Person, 0.9);
            p.end -= 2; // "Vardell's" without its possessive
            let mut ms = vec![TypedMention::over(&doc, person, Label::Person, 0.9), p];
            crate::sort::sort_by_key(&mut ms, |m| m.start);
            retype(&doc, &mut ms);
            ms.iter()
                .map(|m| (doc.slice(m.start, m.end).to_string(), m.label))
                .collect::<Vec<_>>()
        };
        let got = run(
            "Maria Lopez, Vardell's head of refining, said margins fell.",
            0..2,
            3,
        );
        assert!(got.contains(&("Vardell".into(), Label::Org)), "{got:?}");
        let got = run(
            "Vardell's chief financial officer Maria Lopez said so.",
            4..6,
            0,
        );
        assert!(got.contains(&("Vardell".into(), Label::Org)), "{got:?}");
        // A listed surname's aide is a person's ("Maria Lopez, Smith's chief of staff").
        let doc_text = "Maria Lopez, Smith's chief of staff, said so.";
        let got = run(doc_text, 0..2, 3);
        assert!(got.contains(&("Smith".into(), Label::Person)), "{got:?}");
    }

    #[test]
    fn a_maker_after_built_by_is_a_firm() {
        let got = names("Sweden also sent trucks built by Vestby.");
        assert!(has(&got, "Vestby", "ORG"), "{got:?}");
        // Written by a person, and a person's full name, stay a person.
        let got = names("The memo was written by Okonjo.");
        assert!(has(&got, "Okonjo", "PERSON"), "{got:?}");
        let got = names("The bridge was built by Anna Okonjo's crew.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }

    #[test]
    fn it_before_a_copula_is_the_situation_not_the_speaker() {
        // Nothing in the text says Okonjo is a person, but "it was" is not the speaker.
        for text in [
            "On Friday, Okonjo said it was too soon to call the vote.",
            "On Friday, Okonjo said it's too soon to call the vote.",
            "On Friday, Okonjo said it seemed unlikely the bridge would reopen.",
        ] {
            let got = names(text);
            assert!(has(&got, "Okonjo", "PERSON"), "{text}: {got:?}");
        }
        // "its" stays the firm's cue whatever follows.
        let got = names("On Friday, Okonjo said its plant was closed.");
        assert!(has(&got, "Okonjo", "ORG"), "{got:?}");
    }

    #[test]
    fn which_and_a_firms_verb_make_a_firm() {
        let got = names("The order went to Drevanta, which makes landing gear in Lyon.");
        assert!(has(&got, "Drevanta", "ORG"), "{got:?}");
        // "which" with another verb says nothing of the kind.
        let got = names("The order went to Drevanta, which lies on the coast.");
        assert!(
            got.iter().any(|(t, l)| t == "Drevanta" && l != "ORG"),
            "{got:?}"
        );
    }

    #[test]
    fn an_apposition_or_staff_at_make_a_firm() {
        let got = names("The port went to Tidewell, a consortium led by two pension funds.");
        assert!(has(&got, "Tidewell", "ORG"), "{got:?}");
        let got = names("Economists at Quarnby expect prices to fall in June.");
        assert!(has(&got, "Quarnby", "ORG"), "{got:?}");
        // A title held only at a firm, then "of".
        for text in [
            "Ana Lopes, chief executive of Kestrel Aerosystems, visited Chad.",
            "The founder of Tarvik Brennholm sold his shares.",
        ] {
            let got = names(text);
            assert!(
                got.iter()
                    .any(|(n, l)| l == "ORG" && n != "Chad" && n != "Ana Lopes"),
                "{text}: {got:?}"
            );
        }
        // A title a state holds too: the place stays one.
        let got = names("The president of Portugal spoke.");
        assert!(has(&got, "Portugal", "GPE"), "{got:?}");
        // One of its staff too.
        let got = names("Lena Moss, a senior analyst at Tarvik in Oslo, said prices would fall.");
        assert!(has(&got, "Tarvik", "ORG"), "{got:?}");
        let got = names("The bid was drafted by Olivia Brandt of Hestley Marrow.");
        assert!(has(&got, "Hestley Marrow", "ORG"), "{got:?}");
        assert!(has(&got, "Olivia Brandt", "PERSON"), "{got:?}");
    }

    #[test]
    fn a_name_one_holds_shares_or_a_stake_in_is_a_firm_unless_a_listed_place() {
        let got = names("Shares in Harwell fell sharply after the profit warning.");
        assert!(has(&got, "Harwell", "ORG"), "{got:?}");
        let got = names("The fund sold its stake in Brenmoor Dynamics last year.");
        assert!(has(&got, "Brenmoor Dynamics", "ORG"), "{got:?}");
        let got = names("Shares in Asia fell while Europe rose.");
        assert!(has(&got, "Asia", "LOC"), "{got:?}");
        // What a place risks is no stake in a firm.
        let got =
            names("Everyone knows what is at stake in Veltrovo. Troops left Veltrovo in May.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }

    #[test]
    fn a_possessive_place_opening_a_name_is_cut_off() {
        let got = names("Japan's Kotaro, the country's largest rail maker, lost money.");
        assert!(has(&got, "Japan", "GPE"), "{got:?}");
        assert!(has(&got, "Kotaro", "ORG"), "{got:?}");
    }

    #[test]
    fn an_owner_with_its_possessive_before_an_office_is_two_bodies() {
        let got = names("The Treasury's Office of Foreign Assets Control fined Brandt Marine.");
        assert!(has(&got, "Treasury", "ORG"), "{got:?}");
        assert!(
            has(&got, "Office of Foreign Assets Control", "ORG"),
            "{got:?}"
        );
        let got = names("Later the Energy Ministry's Bureau of Fuel Supply closed the depot.");
        assert!(has(&got, "Energy Ministry", "ORG"), "{got:?}");
        assert!(has(&got, "Bureau of Fuel Supply", "ORG"), "{got:?}");
    }

    #[test]
    fn a_firm_opening_a_sentence_and_its_short_form() {
        let got = names(
            "Smoke rose over the Vestra Alum smelter on Monday. Vestra Alum said it \
             would restart the line. Last year, Alum reported a record profit.",
        );
        assert!(
            got.iter()
                .filter(|(t, _)| t == "Vestra Alum")
                .all(|(_, l)| l == "ORG"),
            "{got:?}"
        );
        assert_eq!(
            got.iter().filter(|(t, _)| t == "Vestra Alum").count(),
            2,
            "{got:?}"
        );
        assert!(has(&got, "Alum", "ORG"), "{got:?}");
    }

    #[test]
    fn a_city_after_in_is_the_city() {
        let got = names("A pilot in Kiel said the canal was closed for the night.");
        assert!(has(&got, "Kiel", "GPE"), "{got:?}");
    }

    #[test]
    fn an_acronym_and_its_city_are_one_body() {
        let got = names("Chemists at EPFL Lausanne built the sensor.");
        assert!(has(&got, "EPFL Lausanne", "ORG"), "{got:?}");
    }
}
