//! Names inside headlines: lines in ALL CAPS or Title Case, where capitals say nothing about
//! which words are names.
//!
//! The learned tagger reads a word's capitals as evidence; on such a line it has none, and
//! either takes the whole line or nothing. Here only the lexicons speak: a listed given name and
//! the capitalised word after it are a person ("FORMER PRESIDENT NICOLAS SARKOZY CONVICTED IN
//! PARIS", "Prime Minister Rishi Sunak Meets Farmers In Devon"), and a word the lexicons list
//! as a country, city or US state is a place. Every other word of the line stays text. Such a
//! name replaces the one mention holding it when nothing vouches for that wider mention (the
//! body does not name it, no lexicon lists it, none of its other words is a designator, given
//! name or place): the tagger took a run of the line for one name ("Chiefs Blame Brussels").
//!
//! Input: the [`Doc`]. Output: [`line_casing`] per sentence, and [`names`]: mentions in text
//! order, inside headline lines only. Linear in the number of tokens.

use crate::engine::lexicon::{Entry, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised};
use crate::engine::text::{Doc, TokenKind};

/// Per sentence: (mostly ALL-CAPS words, mostly Title Case words). A line of at least three
/// words of which seven in ten are in capitals; a line of at least four words of which eight in
/// ten are capitalised.
pub fn line_casing(doc: &Doc) -> (Vec<bool>, Vec<bool>) {
    let mut caps_line = Vec::with_capacity(doc.sentences.len());
    let mut title_line = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let (mut words, mut caps, mut titled) = (0usize, 0usize, 0usize);
        for i in s.tokens() {
            if doc.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let w = doc.tok_text(i);
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            words += 1;
            if is_all_caps(w) && w.chars().count() > 1 {
                caps += 1;
            }
            if is_capitalised(w) {
                titled += 1;
            }
        }
        caps_line.push(words >= 3 && caps * 10 >= words * 7);
        title_line.push(words >= 4 && titled * 10 >= words * 8);
    }
    (caps_line, title_line)
}

/// A capitalised word of letters (hyphens and apostrophes inside allowed).
fn name_word(w: &str) -> bool {
    w.chars().count() > 1
        && is_capitalised(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// Could the lexicon entry (or its absence) be a surname after a given name? Not a title, a
/// stop word, a designator or a place.
fn surname_like(e: Option<&Entry>) -> bool {
    e.is_none_or(|e| {
        !(e.stop
            || e.title
            || e.title_start
            || e.designator.is_some()
            || e.country.is_some()
            || e.city.is_some()
            || e.region
            || e.demonym.is_some()
            || e.currency)
            || e.surname
    })
}

/// Lower-case texts of the names outside headline lines, and the words of the people's names
/// among them: what the body of the document says is a name.
struct Body {
    names: rustc_hash::FxHashMap<String, (Label, Option<crate::engine::lexicon::Cc>)>,
    person_words: rustc_hash::FxHashSet<String>,
    /// Last words of the people the body names with two words or more, lower case.
    surnames: rustc_hash::FxHashSet<String>,
}

impl Body {
    /// Whether anything vouches for mention `m` of a headline line, beyond the name at
    /// `inner` inside it: the body names it as it is, the lexicon lists it whole, or one of its
    /// other words is a designator, a listed given name or a listed place ("Hong Kong Open",
    /// "Bank Of Varna" keep their reading).
    fn vouches(
        &self,
        doc: &Doc,
        lx: &Lexicon,
        m: &TypedMention,
        inner: &std::ops::Range<usize>,
        buf: &mut String,
    ) -> bool {
        let text = doc.slice(m.start, m.end);
        crate::engine::lexicon::with_lower(text, |k| self.names.contains_key(k))
            || lx.get_any(text, buf).is_some()
            || m.tokens.clone().filter(|i| !inner.contains(i)).any(|i| {
                lx.get_any(doc.tok_text(i), buf).is_some_and(|e| {
                    e.designator.is_some()
                        || e.given
                        || e.country.is_some()
                        || e.city.is_some()
                        || e.region
                        || e.known.is_some()
                })
            })
    }

    fn of(doc: &Doc, headline: &[bool], ms: &[TypedMention]) -> Body {
        let mut names = rustc_hash::FxHashMap::default();
        let mut person_words = rustc_hash::FxHashSet::default();
        let mut surnames = rustc_hash::FxHashSet::default();
        for m in ms {
            let sent = doc.sentence_of(m.tokens.start);
            if headline.get(sent as usize).copied().unwrap_or(true) || m.label == Label::Item {
                continue;
            }
            names
                .entry(doc.slice(m.start, m.end).to_lowercase())
                .or_insert((m.label, m.country));
            if m.label == Label::Person {
                for i in m.tokens.clone() {
                    person_words.insert(doc.tok_text(i).to_lowercase());
                }
                if m.tokens.len() >= 2 {
                    let last = doc.tok_text(m.tokens.end - 1);
                    let last = &last[..last.len() - crate::engine::shape::possessive_len(last)];
                    surnames.insert(last.to_lowercase());
                }
            }
        }
        Body {
            names,
            person_words,
            surnames,
        }
    }
}

/// A name found in a headline line, and whether it replaces the one mention holding it.
pub struct Found {
    /// The name (a person or place), token and byte offsets.
    pub name: TypedMention,
    /// The one mention overlapping it holds it and more words, and nothing vouches for that
    /// mention ([`Body::vouches`]): the tagger took a run of the line ("Chiefs Blame Brussels")
    /// for one name, and the found name replaces it.
    pub replaces_wider: bool,
}

/// Names inside headline lines that the rest of the document or the lexicons vouch for (see
/// the module doc). `ms`: the names found so far, in text order; `caps`, `title`: the
/// [`line_casing`] of the document's sentences.
pub fn names(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    casing: (&[bool], &[bool]),
    buf: &mut String,
) -> Vec<Found> {
    let found = names_only(doc, lx, ms, casing, buf);
    if found.is_empty() {
        return Vec::new();
    }
    let headline: Vec<bool> = casing
        .0
        .iter()
        .zip(casing.1)
        .map(|(c, t)| *c || *t)
        .collect();
    let body = Body::of(doc, &headline, ms);
    found
        .into_iter()
        .map(|name| {
            let over = crate::engine::mention::overlapping(ms, name.start, name.end);
            // A person found by the lexicons alone (a given name and a surname-like word) is
            // too weak to cut a wider name ("Bay Co Bldg Auth"); one the body names, whole or
            // by the surname ("Marcu said"), is not.
            let strong = name.label != Label::Person
                || crate::engine::lexicon::with_lower(doc.slice(name.start, name.end), |k| {
                    body.names.contains_key(k)
                })
                || crate::engine::lexicon::with_lower(doc.tok_text(name.tokens.end - 1), |k| {
                    body.person_words.contains(k)
                });
            let replaces_wider = strong && over.len() == 1 && {
                let m = &ms[over.start];
                m.start <= name.start
                    && m.end >= name.end
                    && m.tokens.len() > name.tokens.len()
                    && !body.vouches(doc, lx, m, &name.tokens, buf)
            };
            Found {
                name,
                replaces_wider,
            }
        })
        .collect()
}

fn names_only(
    doc: &Doc,
    lx: &Lexicon,
    ms: &[TypedMention],
    (caps, title): (&[bool], &[bool]),
    buf: &mut String,
) -> Vec<TypedMention> {
    let headline: Vec<bool> = caps.iter().zip(title).map(|(c, t)| *c || *t).collect();
    if !headline.contains(&true) {
        return Vec::new();
    }
    let body = Body::of(doc, &headline, ms);
    let mut out = Vec::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        if !headline[k] {
            continue;
        }
        let mut i = s.tokens().start;
        while i < s.tokens().end {
            let w = doc.tok_text(i);
            if doc.tokens[i].kind != TokenKind::Word || !name_word(w) {
                i += 1;
                continue;
            }
            // The longest run of up to four name words the body names as it is.
            let run = (i..s.tokens().end.min(i + 4))
                .take_while(|&j| {
                    doc.tokens[j].kind == TokenKind::Word && name_word(doc.tok_text(j))
                })
                .count();
            let said = (1..=run).rev().find_map(|n| {
                let t = doc.slice(doc.tokens[i].start(), doc.tokens[i + n - 1].end());
                crate::engine::lexicon::with_lower(t, |k| body.names.get(k).copied())
                    .map(|(l, c)| (n, l, c))
            });
            if let Some((n, label, country)) = said {
                out.push(mention(doc, i..i + n, label, country));
                i += n;
                continue;
            }
            // The surname of a person the body names in full ("Zelensky" of "Volodymyr Zelensky"
            // in "Zelensky Meets Sunak"): that person, however the line runs on. Not a given
            // name ("Rose" of "Rose Kimani" in "Oil Rose Sharply"), nor a word the lexicons list
            // as anything but a name ("Power" of "Tom Power" in "Power Cuts Hit Towns").
            let person = (i..i + run)
                .take_while(|&j| {
                    let w = doc.tok_text(j);
                    !lx.get_any(w, buf).is_some_and(|e| {
                        e.stop
                            || e.title
                            || e.designator.is_some()
                            || e.known.is_some()
                            || e.country.is_some()
                            || e.city.is_some()
                    }) && crate::engine::lexicon::with_lower(w, |k| body.surnames.contains(k))
                })
                .count();
            if person > 0 {
                out.push(mention(doc, i..i + person, Label::Person, None));
                i += person;
                continue;
            }
            let e = lx.get_any(w, buf).cloned();
            let next = i + 1;
            let given = e
                .as_ref()
                .is_some_and(|e| e.given && !e.stop && !e.title && !e.title_start);
            if given && run >= 2 {
                let nw = doc.tok_text(next);
                let ne = lx.get_any(nw, buf);
                let surname = ne.is_some_and(|e| e.surname)
                    || crate::engine::lexicon::with_lower(nw, |k| body.person_words.contains(k));
                if surname && surname_like(ne) {
                    out.push(mention(doc, i..next + 1, Label::Person, None));
                    i = next + 1;
                    continue;
                }
            }
            // A listed country is one in Title Case too ("Poland Buys Patriots", "Jordan Orders
            // Drones"), even one that is a given name, since the body names no such person
            // (above); a city there often names a team or a firm ("Bristol City"). Only first
            // on the line or after a short word ("Talks On Jordan"): after another capitalised
            // word it may end a longer name ("South Sudan", "Air India").
            // After a verb the line's capitals hide it opens a name too: an infinitive's verb
            // ("To Rid Syria Of ...", "To Send Ukraine Tanks") or an unlisted word in "-s"
            // ("Envoy Urges Latvia ..."), unless the two words are one listed name ("To
            // Equatorial Guinea", "To Northern Cyprus").
            let opens = i == s.tokens().start || {
                let p = doc.tok_text(i - 1);
                let verb_before = |buf: &mut String| {
                    lx.get_any(p, buf).is_none()
                        && ((i >= s.tokens().start + 2
                            && doc.tok_text(i - 2).eq_ignore_ascii_case("to"))
                            || (p.len() > 3 && p.ends_with('s')))
                        && lx
                            .get_any(
                                doc.slice(doc.tokens[i - 1].start(), doc.tokens[i].end()),
                                buf,
                            )
                            .is_none()
                };
                !is_capitalised(p) || lx.get_any(p, buf).is_some_and(|e| e.stop) || verb_before(buf)
            };
            // An acronym counts in a Title Case line where it is written in capitals ("US
            // Moves To ..."), where they tell it from the word ("Us").
            let acronym_ok = |e: &Entry| !e.acronym || is_all_caps(w);
            if let Some(e) = e
                .as_ref()
                .filter(|e| opens && !e.stop && acronym_ok(e) && title[k] && !caps[k])
            {
                if e.country.is_some() {
                    out.push(mention(doc, i..i + 1, Label::Gpe, e.country));
                    i += 1;
                    continue;
                }
            }
            if let Some(e) = e.filter(|e| !e.stop && !e.given && !e.surname && !e.acronym) {
                let place = e.country.or(e.city);
                // Capitals alone vouch for a listed place; in Title Case a listed place is one
                // only when the body names it too (above).
                if caps[k] && (place.is_some() || e.region) {
                    let mut m = mention(doc, i..i + 1, Label::Gpe, place);
                    m.capital_of = e.capital;
                    out.push(m);
                }
            }
            i += 1;
        }
    }
    out
}

/// Is the document's first sentence a Title Case heading ("Tanker Seized Off Oman", "Tracing a
/// Shadow Tanker", "Inside the Hunt for a Ghost Fleet")? The first line, a body after it, no
/// closing period, at least three capitalised words, every other word a lower-case stop word.
/// On a line with no such word, people are kept ([`Heading::AllCapitalised`]).
/// [`line_casing`] (which the tagger reads) counts the short words against the line and wants
/// four words, so it misses such headings.
fn heading_line(doc: &Doc, lx: &Lexicon, buf: &mut String) -> Option<Heading> {
    let s = doc.sentences.first()?;
    let text = doc.text;
    let (line_end, body) = text[s.end()..].split_once('\n')?;
    if !text[..s.start()].trim().is_empty() || !line_end.trim().is_empty() || body.trim().is_empty()
    {
        return None;
    }
    let (mut caps, mut minor) = (0usize, 0usize);
    for i in s.tokens() {
        let w = doc.tok_text(i);
        if doc.tokens[i].kind != TokenKind::Word {
            if matches!(w, "." | "!") {
                return None;
            }
        } else if is_capitalised(w) {
            caps += 1;
        } else if w.chars().any(char::is_alphabetic) {
            if !lx.get_any(w, buf).is_some_and(|e| e.stop) {
                return None;
            }
            minor += 1;
        }
    }
    match (caps >= 3, minor) {
        (false, _) => None,
        (true, 0) => Some(Heading::AllCapitalised),
        (true, _) => Some(Heading::WithShortWords),
    }
}

/// What kind of opening Title Case line [`heading_line`] found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Heading {
    /// Lower-case short words among the capitalised ones ("Tracing a Shadow Tanker").
    WithShortWords,
    /// Every word capitalised ("Tanker Held Off Yemen"; also a byline, "By Chidi Okonkwo", or
    /// "Zelensky Meets Sunak"): people there stay, since a byline names no one else.
    AllCapitalised,
}

/// Names on a Title Case heading ([`heading_line`]) that nothing vouches for are dropped: the
/// body does not name them, no lexicon lists them, and none of their words is a designator,
/// a listed given name or a listed place ("Shadow Tanker" of "Tracing a Shadow Tanker").
pub fn drop_unvouched(doc: &Doc, lx: &Lexicon, ms: &mut Vec<TypedMention>, buf: &mut String) {
    let Some(kind) = heading_line(doc, lx, buf).filter(|_| !ms.is_empty()) else {
        return;
    };
    let mut heading = vec![false; doc.sentences.len()];
    heading[0] = true;
    let body = Body::of(doc, &heading, ms);
    trim_to_body_names(doc, lx, &body, ms, buf);
    cut_people_at_places(doc, lx, ms, buf);
    // The line's first and last words (once, not per mention).
    let line = doc.sentences[0].tokens();
    let mut words = line
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word);
    let first = words.next();
    let last = words.next_back().or(first);
    ms.retain(|m| {
        // A name that is the whole line ("Strike Hits Shipping"): a heading is a sentence, so
        // a designator or place word inside it vouches for nothing; only the body naming it,
        // or a lexicon listing it whole, does.
        let whole_line =
            first.is_some_and(|f| m.tokens.start <= f) && last.is_some_and(|l| l < m.tokens.end);
        let inner = if whole_line {
            m.tokens.clone()
        } else {
            m.tokens.start..m.tokens.start
        };
        // "India" of "Air India Orders More Jets" read as an organisation: a listed country
        // after a capitalised word the tagger left out ends a longer name whose start the
        // heading does not show.
        let ends_a_longer_name = m.label == Label::Org
            && m.tokens.len() == 1
            && m.tokens.start > line.start
            && is_capitalised(doc.tok_text(m.tokens.start - 1))
            && lx
                .get_any(doc.tok_text(m.tokens.start), buf)
                .is_some_and(|e| e.country.is_some());
        if ends_a_longer_name && doc.sentence_of(m.tokens.start) == 0 {
            return false;
        }
        doc.sentence_of(m.tokens.start) != 0
            || super::tagger::Class::of(m.label).is_none()
            || (kind == Heading::AllCapitalised && m.label == Label::Person)
            || body.vouches(doc, lx, m, &inner, buf)
    });
}

/// A heading's name the body does not write as it is, whose last or first words are a name
/// the body writes, is that name ("Buy Ridgeline Energy" of "Baxter & Quinn to Buy Ridgeline
/// Energy for C$3.2 Billion", beside "... to acquire Ridgeline Energy"): a heading's verb or
/// noun ran into it, and the words cut off are on no list. Never a person's name; the longest
/// such name wins, with the body's label.
fn trim_to_body_names(
    doc: &Doc,
    lx: &Lexicon,
    body: &Body,
    ms: &mut [TypedMention],
    buf: &mut String,
) {
    let named = |r: &std::ops::Range<usize>| {
        let text = doc.slice(doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        crate::engine::lexicon::with_lower(text, |k| body.names.get(k).copied())
    };
    for m in ms.iter_mut() {
        if doc.sentence_of(m.tokens.start) != 0
            || m.tokens.len() < 2
            || m.label == Label::Person
            || super::tagger::Class::of(m.label).is_none()
            || named(&m.tokens).is_some()
            || lx.get_any(doc.slice(m.start, m.end), buf).is_some()
        {
            continue;
        }
        // The words cut off are no names of any list (a place, a given name, a designator:
        // "Tallinn Ferry Board" keeps "Tallinn").
        let plain = |r: std::ops::Range<usize>, buf: &mut String| {
            r.into_iter()
                .all(|i| lx.get_any(doc.tok_text(i), buf).is_none())
        };
        let (a, b) = (m.tokens.start, m.tokens.end);
        let found = (1..b - a).find_map(|k| {
            [(a + k..b, a..a + k), (a..b - k, b - k..b)]
                .into_iter()
                .find_map(|(r, cut)| {
                    named(&r)
                        .filter(|(l, _)| *l != Label::Person && plain(cut, buf))
                        .map(|n| (r, n))
                })
        });
        if let Some((r, (label, country))) = found {
            m.start = doc.tokens[r.start].start();
            m.end = doc.tokens[r.end - 1].end();
            m.tokens = r;
            m.label = label;
            m.country = country;
            m.role = None;
        }
    }
}

/// A person the tagger read across a heading's words that holds a listed place after its first
/// word ("Merkel Visits Paris" as one name): the heading's verb ran between a name and a place.
/// The place is a GPE, the leading words the lexicons list as given names or surnames stay the
/// person ("Merkel"), and the words between, on no name list, are text. A city that is also a
/// listed given name or surname ("Sydney", "Austin") is left in the name unless it is a capital.
fn cut_people_at_places(doc: &Doc, lx: &Lexicon, ms: &mut Vec<TypedMention>, buf: &mut String) {
    let place_at = |i: usize, buf: &mut String| {
        lx.get_any(doc.tok_text(i), buf)
            .filter(|e| !e.stop && (e.country.or(e.capital).is_some() || !(e.given || e.surname)))
            .and_then(|e| e.country.or(e.city).map(|cc| (cc, e.capital)))
    };
    let mut out = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let (a, b) = (m.tokens.start, m.tokens.end);
        let cut = (m.label == Label::Person && doc.sentence_of(a) == 0 && b - a >= 3)
            .then(|| (a + 1..b).find_map(|i| place_at(i, buf).map(|p| (i, p))))
            .flatten();
        let Some((at, (cc, capital))) = cut else {
            out.push(m);
            continue;
        };
        let named = (a..at)
            .take_while(|&i| {
                lx.get_any(doc.tok_text(i), buf)
                    .is_some_and(|e| (e.given || e.surname) && !e.stop)
            })
            .count();
        // "Carlos Santiago Ruiz Wins Marathon": a place right after the listed words, with no
        // unlisted word between, is part of the name.
        if named == 0 || a + named == at {
            out.push(m);
            continue;
        }
        out.push(mention(doc, a..a + named, Label::Person, None));
        let mut place = mention(doc, at..at + 1, Label::Gpe, Some(cc));
        place.capital_of = capital;
        out.push(place);
    }
    *ms = out;
}

fn mention(
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    label: Label,
    country: Option<crate::engine::lexicon::Cc>,
) -> TypedMention {
    TypedMention {
        start: doc.tokens[tokens.start].start(),
        end: doc.tokens[tokens.end - 1].end(),
        label,
        role: None,
        country,
        capital_of: None,
        confidence: 0.7,
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::candidates;
    use crate::engine::model::Label;
    use crate::engine::text::Doc;

    /// Names of the whole typing stage (the tagger, then this module through `reconcile`).
    fn typed(text: &str) -> Vec<(String, Label)> {
        let d = Doc::new(text);
        super::super::classify(&d, &candidates::find(&d))
            .into_iter()
            .filter(|m| super::super::tagger::Class::of(m.label).is_some())
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_headline_in_capitals_names_whom_the_body_names() {
        let t = typed(
            "MINISTER ELENA MARCU RESIGNS AFTER AUDIT IN BUCHAREST\n\
             The audit found missing funds. Marcu said she had done nothing wrong.",
        );
        assert!(t.contains(&("ELENA MARCU".into(), Label::Person)), "{t:?}");
        // The line is not one name, and no other word of it is one.
        assert!(
            t.iter()
                .all(|(s, _)| !s.contains("MINISTER") && !s.contains("RESIGNS")),
            "{t:?}"
        );
    }

    #[test]
    fn a_title_case_headline_names_whom_the_body_names() {
        let t = typed(
            "Prime Minister Rishi Sunak Meets Farmers In Devon\n\
             The visit came a day after protests. Sunak told farmers that help was coming.",
        );
        assert!(t.contains(&("Rishi Sunak".into(), Label::Person)), "{t:?}");
        assert!(
            t.iter()
                .all(|(s, _)| !s.contains("Meets") && !s.contains("Farmers")),
            "{t:?}"
        );
    }

    #[test]
    fn a_run_of_a_title_case_headline_is_not_one_name() {
        let t = typed(
            "Rail Chiefs Blame Tallinn For New Delays\n\
             The workers said rules set in Tallinn had slowed every crossing.",
        );
        assert!(t.contains(&("Tallinn".into(), Label::Gpe)), "{t:?}");
        assert!(
            t.iter()
                .all(|(s, _)| !s.contains("Blame") && !s.contains("Chiefs")),
            "{t:?}"
        );
        // A name the body writes as it is keeps its words.
        let t = typed(
            "Tallinn Ferry Board Meets Again\n\
             The Tallinn Ferry Board said crossings would resume.",
        );
        assert!(
            t.iter().any(|(s, _)| s.as_str() == "Tallinn Ferry Board"),
            "{t:?}"
        );
    }

    #[test]
    fn a_headline_verb_run_into_a_name_the_body_writes_is_cut_off() {
        let t = typed(
            "Holmfirth Group to Buy Kestrel Mining for $2 Billion\n\
             Holmfirth Group said on Monday it would acquire Kestrel Mining.",
        );
        assert!(t.contains(&("Kestrel Mining".into(), Label::Org)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Buy")), "{t:?}");
    }

    #[test]
    fn a_three_word_opening_headline_is_not_one_name() {
        let t = typed("Latvia Orders Drones\n\nRIGA - Latvia has ordered twelve drones.");
        assert!(t.contains(&("Latvia".into(), Label::Gpe)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Orders")), "{t:?}");
        // Four words with no stop word: the opening word is no firm.
        let t = typed("Tanker Held Off Yemen\nThe crew were held on Monday.");
        assert!(t.iter().all(|(s, _)| !s.contains("Tanker")), "{t:?}");
        // A byline keeps its author.
        let t = typed("By Chidi Okonkwo\nThe minister quit on Monday.");
        assert!(
            t.contains(&("Chidi Okonkwo".into(), Label::Person)),
            "{t:?}"
        );
    }

    #[test]
    fn common_words_that_are_given_names_are_not_people_in_a_headline() {
        let t = typed("Will Prices Fall Again Next Year\nEconomists expect a slow decline.");
        assert!(t.iter().all(|(s, _)| !s.starts_with("Will")), "{t:?}");
    }
    #[test]
    fn a_short_headline_names_the_people_and_country_in_it() {
        // The body gives the two people in full; the line gives only their surnames.
        let t = typed(
            "Halvorsen Meets Tamura\n\
             Norwegian minister Ingrid Halvorsen met Japan's envoy Kenji Tamura in Oslo.",
        );
        assert!(t.contains(&("Halvorsen".into(), Label::Person)), "{t:?}");
        assert!(t.contains(&("Tamura".into(), Label::Person)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Meets")), "{t:?}");
        // A listed country is the country even when nothing else names it, and even when it
        // is also a given name.
        let t = typed(
            "Poland Buys Radars\n\
             The defence ministry in Warsaw signed the contract on Friday.",
        );
        assert!(t.contains(&("Poland".into(), Label::Gpe)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Buys")), "{t:?}");
        let t = typed(
            "Jordan Orders Drones\n\
             The order was signed in Amman on Friday.",
        );
        assert!(t.contains(&("Jordan".into(), Label::Gpe)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Orders")), "{t:?}");
        // After an infinitive's verb or a verb in "-s", and a country's acronym in capitals.
        let t = typed(
            "UK Moves To Rid Moldova Of Old Mines\n\
             The work starts in the spring.",
        );
        assert!(t.contains(&("UK".into(), Label::Gpe)), "{t:?}");
        assert!(t.contains(&("Moldova".into(), Label::Gpe)), "{t:?}");
        assert!(t.iter().all(|(s, _)| !s.contains("Rid")), "{t:?}");
        let t = typed(
            "Envoy Urges Latvia To Act\n\
             The envoy spoke in Riga on Friday.",
        );
        assert!(t.contains(&("Latvia".into(), Label::Gpe)), "{t:?}");
        // Not the last word of a listed two-word country.
        let t = typed(
            "Flights To Equatorial Guinea Resume\n\
             The first plane left on Friday.",
        );
        assert!(!t.contains(&("Guinea".into(), Label::Gpe)), "{t:?}");
    }
    #[test]
    fn a_heading_that_is_one_name_needs_the_body_to_name_it() {
        // A designator inside a three-word heading vouches for nothing when the name is the
        // whole line.
        let t = typed(
            "Strike Hits Shipping\n\
             Dock workers in Grenhavn walked out on Monday.",
        );
        assert!(t.iter().all(|(s, _)| !s.contains("Shipping")), "{t:?}");
        // The body naming it keeps it.
        let t = typed(
            "Nordhavn Bulk Shipping\n\
             Nordhavn Bulk Shipping said profits rose.",
        );
        assert!(
            t.contains(&("Nordhavn Bulk Shipping".into(), Label::Org)),
            "{t:?}"
        );
    }
    #[test]
    fn a_person_read_across_a_heading_is_cut_at_a_place_after_a_verb_only() {
        let t = typed("Merkel Visits Paris\nThe chancellor met the president.");
        assert!(t.contains(&("Paris".into(), Label::Gpe)), "{t:?}");
        assert!(!t.iter().any(|(s, _)| s.contains("Visits")), "{t:?}");
        // A place word right after a listed given name is part of the name.
        let t = typed("Carlos Santiago Ruiz Wins Marathon\nThe runner set a record.");
        assert!(!t.contains(&("Santiago".into(), Label::Gpe)), "{t:?}");
    }

    #[test]
    fn a_country_ending_a_longer_name_or_a_given_name_in_a_headline_is_no_name() {
        // "Sudan" of "South Sudan", "India" of "Air India": a capitalised word before it.
        for line in ["South Sudan Signs Oil Deal", "Air India Orders More Jets"] {
            let t = typed(&format!("{line}\nThe agreement was signed on Monday."));
            assert!(t.is_empty(), "{line}: {t:?}");
        }
        // A given name the body gives is no surname of the body's person.
        let t = typed(
            "Oil Rose Sharply On Supply Fears\n\
             Prices climbed, said Rose Kimani, an analyst.",
        );
        assert!(!t.contains(&("Rose".into(), Label::Person)), "{t:?}");
    }
}
