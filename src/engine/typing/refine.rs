//! Per-span refinements of the tagger's name spans, applied before they are joined with the
//! rules' mentions ([`super::reconcile`]): titles stripped from a person's span, designated rule
//! names taking the place of the tagger's pieces, a person's span widened over a strong particle,
//! and the class a designator, a name particle, "the" before an unlisted place or the framing
//! words ("the port of", "the tanker") decide.
//!
//! Input and output: token ranges of `Doc` with their coarse class; byte offsets nowhere.
//! Architecture invariant: this module reads the document, the lexicons and the word lists, never
//! `reconcile` (which imports it).

use super::tagger::Class;
use crate::engine::candidates::month_given_name;
use crate::engine::lexicon::words::words;
use crate::engine::lexicon::FxBuild;
use crate::engine::lexicon::{lower, Cc, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::shape::{is_all_caps, is_capitalised, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Titles and honorifics stay outside a person's name ("Mr Biden", "Attorney General Merrick
/// Garland"): leading title words (and a period after one) are dropped while a word remains;
/// a span of a title alone ("Dr.") ends empty.
pub(super) fn strip_titles(
    doc: &Doc,
    lx: &Lexicon,
    mut range: Range<usize>,
    class: Class,
    buf: &mut String,
) -> Range<usize> {
    if class != Class::Per {
        return range;
    }
    while range.len() > 1 {
        let w = doc.tok_text(range.start);
        let title = lx
            .get_any(w.trim_end_matches('.'), buf)
            .is_some_and(|e| e.title || e.title_start);
        if !title {
            break;
        }
        range.start += 1;
        // "Dr." alone: its period goes with it (the range may end empty).
        if doc.tok_text(range.start) == "." {
            range.start += 1;
        }
    }
    range
}

/// The tagger's spans, with the pieces inside a designated rule name replaced by that name
/// (only when no tagger span crosses the name's edges). A name the tagger found nothing in
/// stands alone when `alone` says so (a body named by its designator and an "of" phrase,
/// "Office of Foreign Assets Control": the tagger reads the designator's lower-case use
/// elsewhere in the document, "his office", as evidence against the whole name).
pub(super) fn with_designated(
    spans: &[(Range<usize>, Class)],
    designated: &[&TypedMention],
    alone: impl Fn(&TypedMention) -> bool,
) -> Vec<(Range<usize>, Class)> {
    let mut out: Vec<(Range<usize>, Class)> = Vec::with_capacity(spans.len());
    let mut si = 0;
    for d in designated {
        let (a, b) = (d.tokens.start, d.tokens.end);
        while si < spans.len() && spans[si].0.end <= a {
            out.push(spans[si].clone());
            si += 1;
        }
        let inside: Vec<usize> = (si..spans.len())
            .take_while(|&k| spans[k].0.start < b)
            .collect();
        let crosses = inside
            .iter()
            .any(|&k| spans[k].0.start < a || spans[k].0.end > b);
        if crosses || (inside.is_empty() && !alone(d)) {
            continue;
        }
        if let Some(c) = Class::of(d.label) {
            out.push((d.tokens.clone(), c));
        }
        si += inside.len();
    }
    out.extend(spans[si..].iter().cloned());
    out
}

/// Rule organisations "X & Y" with a tight "&" between capitalised words: one word each side,
/// perhaps with firm words after ("Procter & Gamble", "Baxter & Quinn Holdings"), or more words
/// before a firm word alone ("A.G. Edwards & Sons"). A firm's name, whatever the tagger reads of
/// its pieces (two people "Marks" and "Spencer", or nothing). Not where a side is a listed place,
/// a single letter or a stop word, nor two listed given names ("Cole & Josh": two people). In
/// text order, as `names` is.
pub(super) fn ampersand_firms<'r>(
    doc: &Doc,
    lx: &Lexicon,
    names: &'r [TypedMention],
    buf: &mut String,
) -> Vec<&'r TypedMention> {
    let w = words();
    names
        .iter()
        .filter(|m| m.label == crate::engine::model::Label::Org)
        .filter(|m| {
            if letters_and_letters(doc.slice(m.start, m.end), buf) {
                return true;
            }
            let (a, b) = (m.tokens.start, m.tokens.end);
            if b - a < 3 {
                return false;
            }
            let Some(k) = (a + 1..b - 1).find(|&i| doc.tok_text(i) == "&") else {
                return false;
            };
            let firm = |i: usize, buf: &mut String| {
                let t = doc.tok_text(i);
                w.firm_words.contains(&lower(t, buf))
                    || lx
                        .get_any(t, buf)
                        .and_then(|e| e.designator)
                        .is_some_and(|(l, _)| l == crate::engine::model::Label::Org)
            };
            // After the partner, only firm words ("Baxter & Quinn Holdings"); before the
            // "&", one word, or more before a firm word alone ("A.G. Edwards & Sons").
            if !(k + 2..b).all(|i| firm(i, buf))
                || (k - a != 1 && !(b == k + 2 && firm(k + 1, buf)))
            {
                return false;
            }
            let facts = |i: usize, buf: &mut String| {
                let t = doc.tok_text(i);
                let e = lx.get_any(t, buf);
                let place = e.is_some_and(|e| {
                    e.country.is_some() || e.capital.is_some() || e.city.is_some() || e.region
                });
                let given = e.is_some_and(|e| e.given);
                let word = is_capitalised(t)
                    && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && t.chars().all(|c| c.is_alphabetic() || c == '.')
                    && !e.is_some_and(|e| e.stop);
                (place, given, word)
            };
            let (lp, lg, lw) = facts(k - 1, buf);
            let (rp, rg, rw) = facts(k + 1, buf);
            lw && rw && !lp && !rp && !(lg && rg && k - a == 1)
        })
        .collect()
}

/// "AT&T", "P&G", "B&SR": capital letters either side of an "&" written without spaces, a
/// firm's initials, unless the whole is a common abbreviation ("R&D", "Q&A", "M&A":
/// `[ampersand_terms]`). The tokenizer keeps such a word whole.
pub(super) fn letters_and_letters(text: &str, buf: &mut String) -> bool {
    let caps = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase());
    text.split_once('&')
        .is_some_and(|(l, r)| caps(l) && caps(r))
        && !words().ampersand_terms.contains(&lower(text, buf))
}

/// A person's span the tagger opened after a strong particle ("Jassim al-Thani" of "Hamad bin
/// Jassim al-Thani") takes the particle and the capitalised word before it, in the same
/// sentence (`[strong_person_particles]` of `data/lexicons/context_words.txt`); a span that ended
/// on that word ("Hamad") joins it.
pub(super) fn with_particle_heads(
    doc: &Doc,
    spans: &[(Range<usize>, Class)],
) -> Vec<(Range<usize>, Class)> {
    let w = crate::engine::lexicon::words::words();
    let mut out: Vec<(Range<usize>, Class)> = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut start = range.start;
        while *class == Class::Per
            && start >= 2
            && w.strong_person_particles.contains(&doc.tok_text(start - 1))
            && doc.tok_text(start - 2).starts_with(char::is_uppercase)
            && doc.sentence_of(start - 2) == doc.sentence_of(start)
            && out.last().is_none_or(|(r, _)| r.end < start)
        {
            start -= 2;
            if let Some((r, _)) = out.last() {
                if r.end == start + 1 {
                    start = r.start;
                    out.pop();
                }
            }
        }
        out.push((start..range.end, *class));
    }
    out
}

/// A one-word organisation span the tagger found right after capitalised words inside a
/// sentence ("House" of "Astana Trade House") takes those words: a name's last word does not
/// stand alone after the rest of the name. Spans inside the words it takes are dropped.
/// `spans` in text order; the output stays in text order.
pub(super) fn with_capitalised_heads(
    doc: &Doc,
    spans: &[(Range<usize>, Class)],
) -> Vec<(Range<usize>, Class)> {
    let mut out: Vec<(Range<usize>, Class)> = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut start = range.start;
        if *class == Class::Org && range.len() == 1 {
            let sent = doc.sentence_of(range.start);
            while start > 0 {
                let p = start - 1;
                let w = doc.tok_text(p);
                let joined = doc.tokens[p].end() + 1 >= doc.tokens[start].start();
                if doc.sentence_of(p) != sent
                    || doc.is_sentence_start(p)
                    || !joined
                    || !is_capitalised(w)
                    || is_all_caps(w)
                    || possessive_len(w) > 0
                {
                    break;
                }
                start = p;
            }
        }
        push_widened(&mut out, start..range.end, *class);
    }
    out
}

/// Push a span widened to the left, dropping the spans before it that it now covers.
fn push_widened(out: &mut Vec<(Range<usize>, Class)>, range: Range<usize>, class: Class) {
    while out.last().is_some_and(|(r, _)| r.end > range.start) {
        out.pop();
    }
    out.push((range, class));
}

/// A person's span the tagger opened right after a month that is a given name here ("Carter"
/// of "singer June Carter": [`month_given_name`]) takes the month. In text order.
pub(super) fn with_month_given_names(
    doc: &Doc,
    lx: &Lexicon,
    spans: &[(Range<usize>, Class)],
    buf: &mut String,
) -> Vec<(Range<usize>, Class)> {
    let mut out: Vec<(Range<usize>, Class)> = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut start = range.start;
        if *class == Class::Per && start > 0 && month_given_name(doc, lx, start - 1, buf) {
            start -= 1;
        }
        push_widened(&mut out, start..range.end, *class);
    }
    out
}

/// A country's span the tagger ended right before a one-word body the lexicon lists as an
/// organisation ("U.S." of "the U.S. Treasury", also "the U.S. Treasury's office"; "French" of
/// "French Senate" stays: only a country's name) is the body's name: one organisation ("U.S.
/// Treasury"); so is a place span the tagger made of both. In text order.
pub(super) fn with_country_bodies(
    doc: &Doc,
    lx: &Lexicon,
    spans: &[(Range<usize>, Class)],
    buf: &mut String,
) -> Vec<(Range<usize>, Class)> {
    let country = |r: Range<usize>, buf: &mut String| {
        lx.get_any(
            doc.slice(doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()),
            buf,
        )
        .is_some_and(|e| e.country.is_some())
    };
    let body = |i: usize, buf: &mut String| {
        let w = doc.tok_text(i);
        is_capitalised(w)
            && lx
                .get_any(&w[..w.len() - possessive_len(w)], buf)
                .is_some_and(|e| matches!(e.known, Some((crate::engine::model::Label::Org, _))))
    };
    let mut out: Vec<(Range<usize>, Class)> = Vec::with_capacity(spans.len());
    for (k, (range, class)) in spans.iter().enumerate() {
        let next = range.end;
        let before_body = *class == Class::Loc
            && next < doc.tokens.len()
            && doc.same_sentence(range.start, next)
            && doc.tokens[range.end - 1].end() + 1 == doc.tokens[next].start()
            && spans.get(k + 1).is_none_or(|(r, _)| r.start > next)
            && country(range.clone(), buf)
            && body(next, buf);
        // The tagger's place span over both ("U.S. Treasury's" read as a place).
        let whole = *class == Class::Loc
            && range.len() >= 2
            && country(range.start..range.end - 1, buf)
            && body(range.end - 1, buf);
        if before_body {
            out.push((range.start..next + 1, Class::Org));
        } else if whole {
            out.push((range.clone(), Class::Org));
        } else {
            out.push((range.clone(), *class));
        }
    }
    out
}

/// A word alone that is never a name: a title or honorific ("Mr", "President"), a currency
/// code ("CHF"), or a capitalised word the stop list holds ("Friday", "GMT").
pub(super) fn not_a_name(lx: &Lexicon, w: &str, buf: &mut String) -> bool {
    let w = w.trim_end_matches('.');
    lx.get_any(w, buf)
        .is_some_and(|e| e.title || e.title_start || e.currency || (e.stop && e.known.is_none()))
}

/// A designator word anywhere after the first word of a name decides its class ("Nordhavn
/// Shipping", "Kestrel Logistics Group", "Mercer Railroad" are firms; "Ust-Luga Port" a place),
/// also of a name the tagger read as MISC ("Kurdistan Regional Government", whose opening
/// word made it read so);
/// with none, a last word of `[place_suffixes]` makes it a place ("Sandy Creek", "Marlow
/// Junction"), and so does a first word that is a place's designator ("Cape Horn", "Lake
/// Tana") of a name the tagger read as a person's.
pub(super) fn designated(
    doc: &Doc,
    lx: &Lexicon,
    range: Range<usize>,
    class: Class,
    buf: &mut String,
) -> Class {
    if range.len() < 2 {
        return class;
    }
    let mut found = None;
    for i in range.start + 1..range.end {
        let w = doc.tok_text(i);
        let w = &w[..w.len() - possessive_len(w)];
        if let Some((l, place)) = lx.get_any(w, buf).and_then(|e| e.designator) {
            if place.suffix() {
                found = Class::of(l);
            }
        }
    }
    if found.is_none() {
        let last = doc.tok_text(range.end - 1);
        let last = lower(&last[..last.len() - possessive_len(last)], buf);
        if words().place_suffixes.contains(&last) {
            found = Some(Class::Loc);
        }
    }
    // "Cape Horn", "Cabo Delgado": a place's first word (a designator before its name) makes
    // a place of what the tagger read as a person, unless that word is a given name too ("Isla
    // Fisher"; a surname after it says nothing: "Cabo Delgado", "Cape Horn").
    if found.is_none() && class == Class::Per {
        let place_first = lx.get_any(doc.tok_text(range.start), buf).is_some_and(|e| {
            !e.given
                && e.designator
                    .is_some_and(|(l, p)| p.prefix() && Class::of(l) == Some(Class::Loc))
        });
        if place_first {
            found = Some(Class::Loc);
        }
    }
    match found {
        Some(Class::Org) => Class::Org,
        Some(Class::Loc) if class != Class::Org => Class::Loc,
        _ => class,
    }
}

/// A name whose lower-case particle joins capitalised words ("Hamad bin Jassim al-Thani",
/// "Charles de Gaulle") is a person's, not an organisation's or a place's: when the particle is
/// one only people's names hold ("bin", "von"; `[person_particles]` of
/// `data/lexicons/context_words.txt`) or the name opens with a given name, and no designator,
/// listed name or city says otherwise ("Rio de Janeiro", "Banco de Chile"), nor is it a place's
/// name with a particle (`features::place_with_particle`: "Santiago de Chile").
pub(super) fn particled(
    doc: &Doc,
    lx: &Lexicon,
    range: Range<usize>,
    class: Class,
    buf: &mut String,
) -> Class {
    if !matches!(class, Class::Org | Class::Loc) || range.len() < 3 {
        return class;
    }
    let w = crate::engine::lexicon::words::words();
    let inner = range.start + 1..range.end - 1;
    let mut particle = None;
    for i in inner {
        let t = doc.tok_text(i);
        if w.person_particles.contains(&t) {
            particle = Some(t);
        } else if t.starts_with(char::is_lowercase) {
            return class; // "Bank of England": other lower-case words make no person's name
        }
    }
    let Some(particle) = particle else {
        return class;
    };
    let text = doc.slice(
        doc.tokens[range.start].start(),
        doc.tokens[range.end - 1].end(),
    );
    let listed = lx
        .get_any(text, buf)
        .is_some_and(|e| e.known.is_some() || e.country.is_some() || e.city.is_some());
    let designator = range.clone().any(|i| {
        lx.get_any(doc.tok_text(i), buf)
            .is_some_and(|e| e.designator.is_some())
    });
    let given = lx
        .get_any(doc.tok_text(range.start), buf)
        .is_some_and(|e| e.given && !e.stop);
    if listed
        || designator
        || !(given || w.strong_person_particles.contains(&particle))
        // "Santiago de Chile": a place's name, as the tagger read it.
        || super::features::place_with_particle(doc, lx, &range, buf)
    {
        return class;
    }
    Class::Per
}

/// A place named with "the" that no lexicon lists as a country, city or state is a natural
/// place, not a polity: "the Bosphorus", "the Karakum" (LOC, not GPE); "the Netherlands" is
/// listed and stays GPE.
pub(super) fn the_unlisted_place(
    doc: &Doc,
    lx: &Lexicon,
    first: usize,
    m: &TypedMention,
    buf: &mut String,
) -> bool {
    first >= 1
        && doc.tok_text(first - 1).eq_ignore_ascii_case("the")
        && m.country.is_none()
        && m.capital_of.is_none()
        && !known_place(lx, doc.slice(m.start, m.end), buf)
        && lx
            .get_any(doc.slice(m.start, m.end), buf)
            .is_none_or(|e| e.known.is_none())
}

/// Is `tokens` a ship's name opened by a vessel prefix in capitals (`[vessel_prefixes]`:
/// "HMS Dauntless", "TCG Barbaros", "MV Rena")? Two tokens or more; "Tcg Group" is not one.
pub(crate) fn vessel_prefixed(doc: &Doc, tokens: &Range<usize>) -> bool {
    let w = doc.tok_text(tokens.start);
    tokens.len() >= 2
        && is_all_caps(w)
        && (words().vessel_prefixes.iter()).any(|p| p.eq_ignore_ascii_case(w))
}

/// Does a vessel noun ("tanker", "frigate", "dhow", "bulk carrier") stand right before token
/// `first`? A row of two words in `[vessel_nouns]` must stand whole: "carrier" alone is also an
/// airline or a shipping line ("Danish carrier Maersk"), a vessel only as "bulk carrier". The
/// noun is written in lower case: a capitalised one opens a headline ("Tanker Seized Off Oman",
/// "Ferry Line Resumes"), where the words after it are no vessel's name.
pub(crate) fn after_vessel_noun(doc: &Doc, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    // "the Liberian-flagged Aegean Dawn": a row opening with "-" ends the word before, in
    // lower case after a capitalised flag ("Auditors red-flagged X" names no vessel), and no
    // vessel noun follows the name ("a Panama-flagged Evergreen container ship": the ship's
    // operator, not its name).
    let t = doc.tok_text(p);
    let glued = |v: &&str| {
        v.starts_with('-')
            && t.len() > v.len()
            && t.ends_with(v)
            && t.starts_with(char::is_uppercase)
    };
    if doc.tokens[p].kind == TokenKind::Word && words().vessel_nouns.iter().any(glued) {
        let mut j = first;
        while j < doc.tokens.len() && doc.tok_text(j).starts_with(char::is_uppercase) {
            j += 1;
        }
        let noun_after = (j..(j + 2).min(doc.tokens.len())).any(|k| {
            crate::engine::lexicon::with_lower(doc.tok_text(k), |w| vessel_last_words().contains(w))
        });
        return !noun_after;
    }
    if doc.tokens[p].kind != TokenKind::Word || !doc.tok_text(p).starts_with(char::is_lowercase) {
        return false;
    }
    let before = |a: &str| {
        p.checked_sub(1)
            .is_some_and(|q| doc.tok_text(q).eq_ignore_ascii_case(a))
    };
    crate::engine::lexicon::with_lower(doc.tok_text(p), |w| {
        vessel_last_words().contains(w)
            && words()
                .vessel_nouns
                .iter()
                .any(|v| match v.split_once(' ') {
                    Some((a, b)) => b == w && before(a),
                    None => *v == w,
                })
    })
}

/// The word a row of `[vessel_nouns]` must match (after its first word, if it has two): the rows
/// are read only for a word that is one.
/// The list was scanned (each row split) for every word before a name, ~7% of a
/// steady-state pass (`annalist-bench stages` under callgrind).
fn vessel_last_words() -> &'static HashSet<&'static str, FxBuild> {
    static LAST: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    LAST.get_or_init(|| {
        words()
            .vessel_nouns
            .iter()
            .map(|v| v.split_once(' ').map_or(*v, |(_, b)| b))
            .collect()
    })
}

/// What the words before a name say of it: "the port of Ust-Luga", "the town of Moengo" frame a
/// place; "Kazakh national Aigul Sarsen" a person; "the tanker Aurora Wind", "the frigate
/// Nordvik" name a vessel (MISC → PRODUCT).
pub(super) fn framed(doc: &Doc, first: usize, class: Class) -> Class {
    if place_framed(doc, first) {
        return Class::Loc;
    }
    if national_framed(doc, first) {
        return Class::Per;
    }
    if after_vessel_noun(doc, first) {
        return Class::Misc;
    }
    class
}

/// Does a capitalised word (a nationality) and a noun of `[national_nouns]` stand before the
/// name starting at token `first` ("Kazakh national Aigul Sarsen", "British citizen Ann Lee")?
fn national_framed(doc: &Doc, first: usize) -> bool {
    first >= 2
        && doc.same_sentence(first - 2, first)
        && is_capitalised(doc.tok_text(first - 2))
        && crate::engine::lexicon::words::words()
            .national_nouns
            .contains(&doc.tok_text(first - 1))
}

/// Does a place noun and "of" stand before the name starting at token `first` ("the town of
/// Moengo", "the port of Ust-Luga")?
pub(super) fn place_framed(doc: &Doc, first: usize) -> bool {
    first >= 2
        && doc.tok_text(first - 1) == "of"
        && crate::engine::lexicon::words::words()
            .place_nouns
            .contains(&doc.tok_text(first - 2).to_lowercase().as_str())
}

/// A country, city or first-level region the lexicons know (lower-case key).
pub(super) fn known_place(lx: &Lexicon, key: &str, buf: &mut String) -> bool {
    lx.get_any(key, buf)
        .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.region)
}

/// The country (or city) and the state it is the capital of, of a name the lexicons list as a
/// country or a capital ("Paris", "Kyiv", "Oman") and not as a title: the tagger's reading of
/// it alone as a person does not stand against the list (the caller checks that no person
/// named in full holds it: "Paris Hilton").
pub(super) fn listed_state_not_person(
    lx: &Lexicon,
    text: &str,
    buf: &mut String,
) -> Option<(Option<Cc>, Option<Cc>)> {
    lx.get_any(text, buf)
        .filter(|e| (e.country.is_some() || e.capital.is_some()) && !e.title)
        .map(|e| (e.country.or(e.city), e.capital))
}

/// A name of two or three capitalised words opening its sentence, right before a reporting
/// verb ("Nikos Papadakis denied the report", "Kestrel Arms said on Monday"): the tagger, which
/// learnt that capitals opening a sentence say little, often leaves such a speaker out.
/// `headlines`: per sentence, a headline line (where every word is capitalised).
pub(super) fn opening_speaker(
    doc: &Doc,
    lx: &Lexicon,
    headlines: &[bool],
    tokens: &Range<usize>,
    buf: &mut String,
) -> bool {
    let w = words();
    let next = tokens.end;
    (2..=3).contains(&tokens.len())
        && doc.is_sentence_start(tokens.start)
        && !headlines
            .get(doc.sentence_of(tokens.start) as usize)
            .copied()
            .unwrap_or(true)
        && tokens.clone().all(|i| {
            let t = doc.tok_text(i);
            is_capitalised(t)
                && !is_all_caps(t)
                && possessive_len(t) == 0
                && !lx.get_any(t, buf).is_some_and(|e| e.stop || e.title)
        })
        && next < doc.tokens.len()
        && doc.same_sentence(next, tokens.start)
        && {
            let v = doc.tok_text(next);
            w.speech_verbs.contains(&v) || w.report_verbs.contains(&v) || v == "denied"
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    fn tok(doc: &Doc, w: &str) -> usize {
        (0..doc.tokens.len())
            .find(|&i| doc.tok_text(i) == w)
            .unwrap()
    }

    #[test]
    fn a_designator_makes_a_misc_reading_a_firm_or_body() {
        let doc = Doc::new("Envoys of the Varnese Regional Government met Halder Shipping staff.");
        let lx = lexicon();
        let mut buf = String::new();
        let (v, g) = (tok(&doc, "Varnese"), tok(&doc, "Government"));
        assert_eq!(
            designated(&doc, lx, v..g + 1, Class::Misc, &mut buf),
            Class::Org
        );
        let (h, s) = (tok(&doc, "Halder"), tok(&doc, "Shipping"));
        assert_eq!(
            designated(&doc, lx, h..s + 1, Class::Misc, &mut buf),
            Class::Org
        );
        // No designator: the reading stands.
        assert_eq!(
            designated(&doc, lx, v..v + 2, Class::Misc, &mut buf),
            Class::Misc
        );
    }

    #[test]
    fn a_place_designator_first_makes_a_person_reading_a_place() {
        let doc = Doc::new("Ships passed Cape Varro and Lake Mirren, said Halder Shipping.");
        let lx = lexicon();
        let mut buf = String::new();
        for w in ["Cape", "Lake"] {
            let k = tok(&doc, w);
            assert_eq!(
                designated(&doc, lx, k..k + 2, Class::Per, &mut buf),
                Class::Loc,
                "{w}"
            );
        }
        // A given name keeps the person ("Isla" is one).
        let doc = Doc::new("Isla Varro spoke.");
        let k = tok(&doc, "Isla");
        assert_eq!(
            designated(&doc, lx, k..k + 2, Class::Per, &mut buf),
            Class::Per
        );
    }

    #[test]
    fn a_lone_last_word_takes_the_capitalised_words_before_it() {
        let doc = Doc::new("Regulators fined Brenmoor Cargo House last week.");
        let (b, h) = (tok(&doc, "Brenmoor"), tok(&doc, "House"));
        let out = with_capitalised_heads(&doc, &[(b..b + 1, Class::Loc), (h..h + 1, Class::Org)]);
        assert_eq!(out, vec![(b..h + 1, Class::Org)]);
    }

    #[test]
    fn no_widening_over_a_sentence_start_a_possessive_or_for_people() {
        let doc = Doc::new("Lisbon Group fell. Teodor's Group rose. Mira Vance spoke.");
        let g = tok(&doc, "Group");
        assert_eq!(
            with_capitalised_heads(&doc, &[(g..g + 1, Class::Org)]),
            vec![(g..g + 1, Class::Org)]
        );
        let g2 = (g + 1..doc.tokens.len())
            .find(|&i| doc.tok_text(i) == "Group")
            .unwrap();
        assert_eq!(
            with_capitalised_heads(&doc, &[(g2..g2 + 1, Class::Org)]),
            vec![(g2..g2 + 1, Class::Org)]
        );
        let v = tok(&doc, "Vance");
        assert_eq!(
            with_capitalised_heads(&doc, &[(v..v + 1, Class::Per)]),
            vec![(v..v + 1, Class::Per)]
        );
    }
    #[test]
    fn a_speaker_opening_the_sentence_is_a_name() {
        let typed = |text: &str| -> Vec<String> {
            let d = Doc::new(text);
            super::super::classify(&d, &crate::engine::candidates::find(&d))
                .into_iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect()
        };
        let t = typed("Nikos Varvaressos denied the report on Monday.");
        assert!(t.contains(&"Nikos Varvaressos".to_string()), "{t:?}");
        let t = typed("Orla Quennell said the talks had failed.");
        assert!(t.contains(&"Orla Quennell".to_string()), "{t:?}");
        // Not a lone opening word, nor a run the verb does not follow.
        let t = typed("Quennell said the talks had failed.");
        assert!(!t.contains(&"Quennell".to_string()), "{t:?}");
    }
}
