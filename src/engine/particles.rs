//! People's names with particles after typing: the short form keeps its particle, and a name
//! cut at a particle gets its surname back.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, with
//! - a short form that starts with a capitalised particle ("Von der Leyen said", "Bin Salman
//!   left", "Al-Thani spoke", "Le Maire said"; `[person_particles]` of
//!   `data/lexicons/context_words.txt`) a PERSON mention over the particle and the surname,
//!   when the document names a person whose full name ends with the same words ("Ursula von
//!   der Leyen"); mentions it overlaps ("Leyen") are replaced, so merge joins it to the full name;
//! - a person's name that ends at a particle, or stops before a lower-case particle (or one
//!   of an ALL-CAPS line) and a capitalised word, widened over them ("BRUNO LE" of "BRUNO LE
//!   MAIRE", "Hamad bin Jassim" → "Hamad bin Jassim al-Thani" when the tagger stopped early).
//!
//! - a person's name followed by "the" and a capitalised epithet (`[epithets]`: "Catherine the
//!   Great", "Pliny the Elder") widened over them, the name being a PERSON mention or one
//!   capitalised word that no mention longer than it covers;
//!
//! - a surname written before a hyphenated given name ("Park Ji-hoon", "Moon Jae-in", "Tsai
//!   Ing-wen": a capitalised word, then a capital, letters, a hyphen and lower-case letters)
//!   a PERSON over both words, whatever the tagger read ("Park Ji-hoon" was a place, "Moon
//!   Jae-in" nothing); mentions inside the two words are replaced ([`surname_first`], run
//!   after `retype`).
//!
//! This stage runs after the name tagger, so `ner.bin` does not depend on it.
//!
//! *Architecture invariant:* reads the document and word lists only; imports no other stage.

use super::lexicon::words::words;
use super::mention::{in_order_disjoint, overlapping, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, suffix_len};
use super::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;

/// Whether `w` is a name particle, or starts with one and a hyphen ("al-Thani").
fn particle(w: &str) -> bool {
    let l = w.to_lowercase();
    let ps = &words().person_particles;
    ps.contains(&l.as_str())
        || l.split_once('-')
            .is_some_and(|(p, rest)| !rest.is_empty() && ps.contains(&p))
}

fn lower_words(doc: &Doc, r: Range<usize>) -> String {
    let mut s = String::new();
    for i in r {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&doc.tok_text(i).to_lowercase());
    }
    s
}

/// Widen and add people's names over their particles (see the module documentation).
pub fn complete(doc: &Doc, ms: &mut Vec<TypedMention>) {
    widen_over_epithets(doc, ms);
    widen_over_particles(doc, ms);
    // Tails of people's full names that start with a particle: "von der leyen", "al-thani".
    let mut tails: HashSet<String> = HashSet::default();
    let mut longest = 0;
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
    {
        for j in m.tokens.start + 1..m.tokens.end {
            if particle(doc.tok_text(j)) && !is_capitalised(doc.tok_text(j)) {
                tails.insert(lower_words(doc, j..m.tokens.end));
                longest = longest.max(m.tokens.end - j);
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    let mut add: Vec<Range<usize>> = Vec::new();
    // `ms` does not change while the candidates are found: in text order and disjoint (as
    // typing leaves it), the mentions a candidate overlaps are found by binary search.
    let ordered = in_order_disjoint(ms);
    let mut i = 0;
    while i < doc.tokens.len() {
        let w = doc.tok_text(i);
        // Not in ALL CAPS: there a firm's "DE" looks the same ("SILICIUM DE PROVENCE").
        if doc.tokens[i].kind != TokenKind::Word
            || !is_capitalised(w)
            || is_all_caps(w)
            || !particle(w)
        {
            i += 1;
            continue;
        }
        let sentence = doc.sentence_of(i);
        let found = (1..=longest).rev().find_map(|len| {
            let end = i + len;
            (end <= doc.tokens.len()
                && doc.sentence_of(end - 1) == sentence
                && tails.contains(&lower_words(doc, i..end)))
            .then_some(i..end)
        });
        let Some(r) = found else {
            i += 1;
            continue;
        };
        // Inside a longer name already ("URSULA VON DER LEYEN"), or wider than a mention.
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        let crosses =
            |m: &TypedMention| m.start < end && m.end > start && (m.start < start || m.end > end);
        let clash = if ordered {
            ms[overlapping(ms, start, end)].iter().any(crosses)
        } else {
            ms.iter().any(crosses)
        };
        if !clash {
            add.push(r.clone());
        }
        i = r.end;
    }
    // The names added are disjoint and in text order, and every mention one overlaps lies
    // inside it (else it clashed): with `ms` ordered, each takes the role of the first
    // mention it overlaps and one pass drops them all (a pass per name was quadratic).
    let bytes: Vec<(usize, usize)> = add
        .iter()
        .map(|r| (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
        .collect();
    let roles: Option<Vec<Option<String>>> = ordered.then(|| {
        bytes
            .iter()
            .map(|&(start, end)| {
                ms[overlapping(ms, start, end)]
                    .first()
                    .and_then(|m| m.role.clone())
            })
            .collect()
    });
    if ordered {
        ms.retain(|m| {
            let k = bytes.partition_point(|&(_, end)| end <= m.start);
            bytes.get(k).is_none_or(|&(start, _)| m.end <= start)
        });
    }
    for (n, (r, (start, end))) in add.into_iter().zip(bytes).enumerate() {
        let role = match &roles {
            Some(roles) => roles[n].clone(),
            None => {
                let role = ms
                    .iter()
                    .find(|m| m.start < end && m.end > start)
                    .and_then(|m| m.role.clone());
                ms.retain(|m| m.end <= start || m.start >= end);
                role
            }
        };
        ms.push(TypedMention {
            start,
            end,
            label: Label::Person,
            role,
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: r,
        });
    }
    crate::sort::sort_by_key(ms, |m| m.start);
}

/// "Catherine" + "the Great": a person's name widened over "the" and a capitalised epithet
/// (`[epithets]`) right after it, in its sentence. The name before is a PERSON mention, or a
/// capitalised word of letters that no mention or a one-word mention covers ("Pliny the
/// Elder", "Pliny" unread or read as a place): the name is then that word. A mention of the
/// epithet alone ("Great" read as a product) gives way; one reaching further stops it.
fn widen_over_epithets(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let n = doc.tokens.len();
    let lx = crate::engine::lexicon::lexicon();
    let covering = |ms: &[TypedMention], t: usize| {
        ms.iter()
            .position(|m| m.tokens.start <= t && t < m.tokens.end)
    };
    let mut changed = false;
    for i in 0..n.saturating_sub(2) {
        let (w, e) = (doc.tok_text(i), i + 2);
        if doc.tok_text(i + 1) != "the"
            || !is_capitalised(w)
            || !doc.same_sentence(i, e)
            || !is_capitalised(doc.tok_text(e))
            || !words()
                .epithets
                .contains(&doc.tok_text(e).to_lowercase().as_str())
            || covering(ms, i + 1).is_some()
        {
            continue;
        }
        // The epithet: free, or a mention of it alone, which gives way.
        let epithet = covering(ms, e);
        if epithet.is_some_and(|k| ms[k].tokens != (e..e + 1)) {
            continue;
        }
        let name = match covering(ms, i) {
            Some(k) if ms[k].tokens.end == i + 1 && ms[k].label == Label::Person => k,
            Some(k) if ms[k].tokens == (i..i + 1) && !ms[k].label.is_value() => {
                ms[k].label = Label::Person;
                k
            }
            None if doc.tokens[i].kind == TokenKind::Word
                && !is_all_caps(w)
                && w.chars().all(char::is_alphabetic)
                && !lx.get(&w.to_lowercase()).is_some_and(|x| x.stop) =>
            {
                ms.push(TypedMention::over(doc, i..i + 1, Label::Person, 0.8));
                ms.len() - 1
            }
            _ => continue,
        };
        ms[name].tokens.end = e + 1;
        ms[name].end = doc.tokens[e].end();
        if let Some(k) = epithet {
            ms.remove(k);
        }
        changed = true;
    }
    if changed {
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// "BRUNO LE" + "MAIRE", "Hamad bin Jassim" + "al-Thani": a person's name widened over a
/// particle it ends at or stops before, and the capitalised word after it.
fn widen_over_particles(doc: &Doc, ms: &mut Vec<TypedMention>) {
    // In text order, disjoint and none empty (as typing leaves them), a widened name drops
    // the mentions right after it up to its new end, and only the first mention ending after
    // that can reach across it: the names to widen are found in one pass and the list rebuilt
    // once (a retain and an insert per name was quadratic). Else name by name.
    if in_order_disjoint(ms) && ms.iter().all(|m| m.start < m.end) {
        let mut widen: Vec<(usize, usize, usize, usize)> = Vec::new(); // (k, new_end, end, j)
        let mut k = 0;
        while k < ms.len() {
            let Some((new_end, end)) = widening(doc, &ms[k]) else {
                k += 1;
                continue;
            };
            // The words taken in may hold a mention of their own ("MAIRE"); not a longer one.
            let j = k + 1 + ms[k + 1..].partition_point(|o| o.end <= new_end);
            if ms.get(j).is_some_and(|o| o.start < new_end) {
                k += 1;
                continue;
            }
            widen.push((k, new_end, end, j));
            k = j;
        }
        if widen.is_empty() {
            return;
        }
        let mut next = widen.iter().peekable();
        let mut skip_to = 0;
        let old = std::mem::take(ms);
        ms.reserve(old.len());
        for (k, mut m) in old.into_iter().enumerate() {
            if let Some(&(_, new_end, end, j)) = next.next_if(|w| w.0 == k) {
                m.end = new_end;
                m.tokens = m.tokens.start..end + 1;
                skip_to = j;
            } else if k < skip_to {
                continue;
            }
            ms.push(m);
        }
        return;
    }
    let mut k = 0;
    while k < ms.len() {
        let Some((new_end, end)) = widening(doc, &ms[k]) else {
            k += 1;
            continue;
        };
        let clash = ms
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && o.start < new_end && o.end > new_end);
        if clash {
            k += 1;
            continue;
        }
        let start = ms[k].start;
        let mut m = ms[k].clone();
        m.end = new_end;
        m.tokens = m.tokens.start..end + 1;
        ms.retain(|o| o.end <= start || o.start >= new_end);
        let at = ms.partition_point(|o| o.start < start);
        ms.insert(at, m);
        k = at + 1;
    }
}

/// How far person mention `m` widens over its particles: the new end (bytes) and the index of
/// the last token taken in, or `None`.
fn widening(doc: &Doc, m: &TypedMention) -> Option<(usize, usize)> {
    if m.label != Label::Person {
        return None;
    }
    let sentence = doc.sentence_of(m.tokens.start);
    let caps_name = doc.tok_text(m.tokens.start).len() > 1
        && m.tokens.clone().all(|i| is_all_caps(doc.tok_text(i)));
    let in_sentence = |i: usize| {
        doc.tokens
            .get(i)
            .filter(|t| doc.sentence_of(i) == sentence && t.kind == TokenKind::Word)
            .map(|_| doc.tok_text(i))
    };
    let mut end = m.tokens.end;
    let ends_at_particle = m.tokens.len() >= 2 && particle(doc.tok_text(end - 1));
    if !ends_at_particle {
        // Particles after the name: lower case, or of an ALL-CAPS name.
        while let Some(w) = in_sentence(end) {
            if particle(w)
                && !w.contains('-')
                && (!is_capitalised(w) || (caps_name && is_all_caps(w)))
            {
                end += 1;
            } else {
                break;
            }
        }
        if end == m.tokens.end {
            return None;
        }
    }
    let w = in_sentence(end)?;
    let hyphened = particle(w) && w.contains('-'); // "al-Thani"
    let fits = if caps_name {
        is_all_caps(w)
    } else {
        hyphened || (is_capitalised(w) && !is_all_caps(w))
    };
    if !fits
        || (particle(w) && !hyphened)
        || words().calendar_words.contains(w.to_lowercase().as_str())
    {
        return None;
    }
    Some((doc.tokens[end].end(), end))
}

/// "Ji-hoon", "Jae-in", "Ing-wen": a given name of two syllables joined by a hyphen, the
/// first capitalised, the second in lower case (each one to five letters).
fn hyphenated_given(w: &str) -> bool {
    // Its first letter is an ASCII capital: most tokens stop here, before the hyphen search.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let letters = |x: &str, n: usize| {
        (1..=n).contains(&x.chars().count()) && x.chars().all(|c| c.is_ascii_alphabetic())
    };
    (2..=5).contains(&a.chars().count())
        && letters(a, 5)
        && letters(b, 5)
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && a.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && b.chars().all(|c| c.is_ascii_lowercase())
}

/// Surname-first names with a hyphenated given name: one PERSON over both words (see the
/// module documentation). A mention reaching outside the two words is left alone. Run after
/// `retype`, which cuts "South Korea's" off a name the tagger read as one place.
pub fn surname_first(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut add: Vec<Range<usize>> = Vec::new();
    let mut surnames: HashSet<&str> = HashSet::new();
    let lx = crate::engine::lexicon::lexicon();
    for i in 1..doc.tokens.len() {
        let (w, prev) = (doc.tok_text(i), doc.tok_text(i - 1));
        if !hyphenated_given(w)
            || doc.tokens[i - 1].kind != TokenKind::Word
            || !is_capitalised(prev)
            || is_all_caps(prev)
            || doc.sentence_of(i - 1) != doc.sentence_of(i)
        {
            continue;
        }
        // "Hong Kong-based", "New York-born": a listed name's last word and a suffix; "The
        // Saudi-led": a name with an English participle after it ("Oh Se-hoon" stays).
        let (a, _) = w.split_once('-').unwrap_or((w, ""));
        if lx.get(&format!("{prev} {a}").to_lowercase()).is_some() || suffix_len(w) > 0 {
            continue;
        }
        let span = i - 1..i + 1;
        let inside = |m: &TypedMention| m.tokens.start < span.end && span.start < m.tokens.end;
        let fits = |m: &TypedMention| span.start <= m.tokens.start && m.tokens.end <= span.end;
        if ms
            .iter()
            .any(|m| m.tokens == span && m.label == Label::Person)
        {
            surnames.insert(prev);
        } else if ms.iter().filter(|m| inside(m)).all(fits) {
            surnames.insert(prev);
            add.push(span);
        }
    }
    if surnames.is_empty() {
        return;
    }
    ms.retain(|m| {
        !add.iter()
            .any(|r| r.start <= m.tokens.start && m.tokens.end <= r.end)
    });
    // The surname alone elsewhere ("Park said"), where no mention covers it and no capitalised
    // word follows, is the same person (merge joins it to the full name).
    let mut covered = vec![false; doc.tokens.len()];
    for r in ms
        .iter()
        .map(|m| m.tokens.clone())
        .chain(add.iter().cloned())
    {
        covered[r].iter_mut().for_each(|c| *c = true);
    }
    let alone: Vec<Range<usize>> = (0..doc.tokens.len())
        .filter(|&j| {
            !covered[j]
                && surnames.contains(doc.tok_text(j))
                && doc.tokens.get(j + 1).is_none_or(|_| {
                    !is_capitalised(doc.tok_text(j + 1))
                        || doc.sentence_of(j + 1) != doc.sentence_of(j)
                })
        })
        .map(|j| j..j + 1)
        .collect();
    add.extend(alone);
    ms.extend(
        add.into_iter()
            .map(|r| TypedMention::over(doc, r, Label::Person, 0.7)),
    );
    crate::sort::sort_by_key(ms, |m| m.start);
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn people(text: &str) -> Vec<(String, String)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        let names: std::collections::HashMap<_, _> = a
            .entity_list
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        a.entities
            .iter()
            .filter(|m| format!("{:?}", m.label) == "Person")
            .map(|m| {
                (
                    m.text.clone(),
                    names.get(&m.entity).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn an_epithet_after_the_closes_a_persons_name() {
        let got = people(
            "A statue of Catherine the Great stands by the river. Alfred the Great fought on. \
             Pliny the Elder wrote of it.",
        );
        for name in ["Catherine the Great", "Alfred the Great", "Pliny the Elder"] {
            assert!(got.contains(&(name.into(), name.into())), "{got:?}");
        }
        // An epithet word opening a longer name is no epithet.
        let got = people("They thanked Anna Moreau the Great Lakes pilot on Monday.");
        assert!(!got.iter().any(|(t, _)| t.contains("the")), "{got:?}");
    }

    #[test]
    fn a_name_with_an_english_participle_is_no_surname_first_person() {
        // "-led", "-held" after a name describe what follows; "The" is no surname.
        for text in [
            "Air strikes hit the port on Monday. The Saudi-led coalition struck it again.",
            "Shelling went on overnight. The Kurd-led force held the Gaza-run crossing.",
        ] {
            assert!(people(text).is_empty(), "{text}: {:?}", people(text));
        }
        // A surname before a hyphenated given name still is one.
        let got = people("Talks went on. Park Ji-hoon said on Monday that Park would stay.");
        assert!(
            got.contains(&("Park Ji-hoon".into(), "Park Ji-hoon".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_short_form_keeps_its_particle_and_joins_the_full_name() {
        let cases = [
            (
                "Pieter van der Merwe opened the dock in Durban. Van der Merwe thanked the crew.",
                "Van der Merwe",
                "Pieter van der Merwe",
            ),
            (
                "Foreign Minister Faisal bin Farhan flew to Cairo on Monday. Bin Farhan met officials there.",
                "Bin Farhan",
                "Faisal bin Farhan",
            ),
            (
                "Hugo de Villiers chaired the panel in Lyon. De Villiers closed it early.",
                "De Villiers",
                "Hugo de Villiers",
            ),
        ];
        for (text, short, full) in cases {
            let got = people(text);
            assert!(
                got.iter().any(|(t, e)| t == short && e == full),
                "{short} → {full}: {got:?}"
            );
        }
    }

    #[test]
    fn an_all_caps_name_keeps_the_word_after_its_particle() {
        let got = people("TRADE CHIEF MARINE LE GALL SIGNED THE PACT ON MONDAY.\nMarine le Gall signed a pact in Brest on Monday.");
        assert!(got.iter().any(|(t, _)| t == "MARINE LE GALL"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "MARINE LE"), "{got:?}");
    }
}
