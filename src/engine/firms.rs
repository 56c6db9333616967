//! Firm names joined by an ampersand after typing: "Johnson & Johnson", "Procter & Gamble",
//! "Kessler Drummond & Vance" are one ORG, not two people.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, where one or two capitalised words, a free-standing "&" and a surname (same
//! sentence) become one ORG mention replacing the person or organisation mentions inside; a
//! listed place, nationality or stop word, a person's full name on the left ("Clive Owen &
//! ..."), another kind of name, or a mention reaching past the span (but by lower-case words: the
//! tagger's "Johnson rose") leaves the text as it was. A possessive after
//! the last word stays outside ("Standard & Poor's"). When one to three capitalised words after
//! "&" end with a legal form ("Tarnvik Road & Rail ApS"), the span is a firm whatever its words
//! are (places included). A legal form of two capitals and a slash ("A/S", "K/S") belongs to
//! the name before it ([`slash_forms`]).
//!
//! A firm is also what its last word says it is, when the tagger had no cue (`[sector_words]`:
//! "Aerospace", "Platforms", "Trade House"; [`sectors`]): a name of two to four capitalised words
//! ending with such a word and typed as a person, place or facility is an ORG ("Hanwha
//! Aerospace", "Meta Platforms"), and a place or person name directly followed by capitalised
//! words ending with one, or with an organisation designator, is one ORG with them ("Astana
//! Trade House", not the city "Astana" and two common words). A name the lexicon lists whole
//! keeps its class; ALL-CAPS lines are left to the headline reading. A nationality and a noun of
//! `[description_nouns]` ("The Chinese Company said") describe a body: the name is the
//! nationality alone ([`descriptions`]). A name of two to four capitalised words opening with a
//! word of `[org_heads]` ("Banco Mercantil del Plata", "Grupo Vallejo") is an ORG the same way.
//!
//! *Architecture invariant:* reads the document and word lists only; imports no other stage.

use super::lexicon::lexicon;
use super::lexicon::with_lower;
use super::lexicon::words::{is_org_head, is_org_suffix, words, ListSet};
use super::mention::{in_order_disjoint, overlapping, replace_spans, TypedMention};
use super::model::Label;
use super::shape::{
    headline_sentences, is_all_caps, is_capitalised, is_lower_word, possessive_len, starts_lower,
};
use super::text::{Doc, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// Join "X & Y" firm names into one ORG mention (see the module documentation).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut spans: Vec<Range<usize>> = Vec::new();
    // `ms` does not change while the spans are found: in text order and disjoint (as typing
    // leaves it), the mentions a span overlaps are found by binary search, not a scan of all
    // mentions per "&" (quadratic on long documents).
    let ordered = in_order_disjoint(ms);
    let near = |start: usize, end: usize| {
        if ordered {
            &ms[overlapping(ms, start, end)]
        } else {
            &ms[..]
        }
    };
    for amp in 1..doc.tokens.len().saturating_sub(1) {
        if doc.tok_text(amp) != "&" || doc.tokens[amp].kind != TokenKind::Punct {
            continue;
        }
        let sentence = doc.sentence_of(amp);
        let name_word = |i: usize| {
            let t = &doc.tokens[i];
            let w = doc.tok_text(i);
            doc.sentence_of(i) == sentence
                && t.kind == TokenKind::Word
                && is_capitalised(w)
                && !is_all_caps(w)
                && !with_lower(w, |l| words().sentence_function_words.contains(l))
        };
        let mut start = amp;
        while start > 0 && amp - start < 2 && name_word(start - 1) {
            start -= 1;
        }
        let mut end = amp + 2;
        if start == amp || end > doc.tokens.len() || !name_word(amp + 1) {
            continue;
        }
        // "Halvorsen Road & Rail ApS": the firm named after "&" ends with its legal form, so
        // the words before "&" are its name's too, whatever they were typed.
        let (rs, re) = (doc.tokens[amp + 1].start(), doc.tokens[amp + 1].end());
        // A true legal form, not one other bodies' names end in too ("Group").
        let legal_form = |w: &str| {
            is_org_suffix(w) && !with_lower(w, |l| words().shared_org_suffixes.contains(&l))
        };
        let formed = (amp + 2..(amp + 5).min(doc.tokens.len()))
            .take_while(|&i| name_word(i))
            .find(|&i| legal_form(doc.tok_text(i)))
            .map(|i| i + 1)
            // "Tata Steel & Nippon Steel Corporation": a whole firm before "&" and a name of
            // its own after it are two firms.
            .filter(|&formed_end| {
                let (s, e) = (doc.tokens[start].start(), doc.tokens[amp - 1].end());
                let left_firm = near(s, e)
                    .iter()
                    .any(|m| m.label == Label::Org && m.start == s && m.end == e);
                !(left_firm && formed_end - amp > 3)
            });
        if let Some(formed_end) = formed {
            let (s, e) = (doc.tokens[start].start(), doc.tokens[formed_end - 1].end());
            if near(s, e)
                .iter()
                .filter(|m| m.start < e && m.end > s)
                .all(|m| m.start >= s && m.end <= e)
            {
                end = formed_end;
                spans.push(start..end);
            }
            continue;
        }
        // Firms named after people: the word after "&" is a listed surname or a person's name
        // ("Gamble", "Vance"), no
        // word a listed place or stop word ("Leeds & York"), and the left side no person's
        // full name ("Clive Owen & ...", two people).
        let entry = |i: usize| lx.get(&doc.tok_text(i).to_lowercase());
        let person_word = near(rs, re)
            .iter()
            .any(|m| m.label == Label::Person && m.start <= rs && m.end >= re);
        let surname = (person_word || entry(amp + 1).is_some_and(|e| e.surname))
            && entry(amp + 1).is_none_or(|e| e.designator.is_none());
        let placed = (start..end).filter(|&i| i != amp).any(|i| {
            entry(i).is_some_and(|e| {
                e.stop || e.country.is_some() || e.city.is_some() || e.region || e.demonym.is_some()
            })
        });
        // ... nor a lone given name ("Billy & Mandy", two people).
        let person = entry(start).is_some_and(|e| e.given && (amp - start == 2 || !e.surname));
        if !surname || placed || person || doc.tok_text(amp + 1).contains('\'') {
            continue;
        }
        let (s, e) = (doc.tokens[start].start(), doc.tokens[end - 1].end());
        let ok = near(s, e)
            .iter()
            .filter(|m| m.start < e && m.end > s)
            .all(|m| {
                matches!(m.label, Label::Person | Label::Org)
                    && m.start >= s
                    && (m.end <= e || lower_case_tail(doc, end, m.end))
            });
        if ok {
            spans.push(start..end);
        }
    }
    if spans.is_empty() {
        return;
    }
    let bytes: Vec<(usize, usize)> = spans
        .iter()
        .map(|r| {
            let last = doc.tok_text(r.end - 1);
            (
                doc.tokens[r.start].start(),
                doc.tokens[r.end - 1].end() - possessive_len(last),
            )
        })
        .collect();
    replace_spans(ms, spans, bytes, Label::Org);
}

/// A name before a legal form of two capitals and a slash ("Halvorsen Group A/S", "Nordhavn
/// K/S") is a firm whose name holds the form: the tagger's mention, ending at the first letter
/// or before it, runs on over the form and becomes an ORG; with no mention there, the one to
/// three capitalised words before the form (no sentence function word) are the firm's name.
pub fn slash_forms(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let letter = |i: usize| {
        let w = doc.tok_text(i);
        w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let glued = |i: usize| doc.tokens[i].end() == doc.tokens[i + 1].start();
    // The form's three tokens from `i`: a capital, "/", "S" (Danish and Norwegian "selskab":
    // A/S, K/S, I/S, P/S), written together; "Google I/O", "P/E", "M/V" are none.
    let form_at = |i: usize| {
        i + 2 < doc.tokens.len()
            && letter(i)
            && doc.tok_text(i + 1) == "/"
            && doc.tok_text(i + 2) == "S"
            && glued(i)
            && glued(i + 1)
    };
    for m in ms.iter_mut().filter(|m| {
        matches!(
            m.label,
            Label::Org | Label::Person | Label::Gpe | Label::Loc | Label::Fac | Label::Product
        )
    }) {
        let last = m.tokens.end - 1;
        let from = if m.tokens.len() > 1 && form_at(last) {
            last
        } else if form_at(m.tokens.end) && doc.same_sentence(last, m.tokens.end) {
            m.tokens.end
        } else {
            continue;
        };
        m.tokens.end = from + 3;
        m.end = doc.tokens[from + 2].end();
        m.label = Label::Org;
        m.country = None;
        m.capital_of = None;
    }
    // The forms no mention reached: the capitalised words before each.
    let name_word = |i: usize| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(w)
            && !with_lower(w, |l| words().sentence_function_words.contains(l))
    };
    let mut spans = Vec::new();
    for i in 1..doc.tokens.len() {
        if !form_at(i) || ms.iter().any(|m| m.tokens.contains(&i)) {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 3 && name_word(start - 1) && doc.same_sentence(start - 1, i)
        {
            start -= 1;
        }
        let inside = ms
            .iter()
            .any(|m| m.tokens.start < i && m.tokens.end > start);
        if start < i && !inside {
            spans.push(start..i + 3);
        }
    }
    if !spans.is_empty() {
        let bytes = spans
            .iter()
            .map(|r| (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end()))
            .collect();
        replace_spans(ms, spans, bytes, Label::Org);
    }
}

/// Whether the tokens from token `from` to byte `to` are words in lower case only: a name
/// the tagger ran on into the verb after it ("Johnson & Johnson rose", "Rose" being a given
/// name), cut back to the firm.
fn lower_case_tail(doc: &Doc, from: usize, to: usize) -> bool {
    (from..doc.tokens.len())
        .take_while(|&i| doc.tokens[i].start() < to)
        .all(|i| is_lower_word(doc, i))
}

/// Whether the words of `r` end with a `[sector_words]` entry (one or two words, lower case).
fn ends_with_sector(doc: &Doc, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    // The last two words in lower case, once (not once per list entry).
    if foreign_firm_word(doc, r.end - 1) {
        return true;
    }
    // A set of the list, not a scan (each entry split) per name: 1.9% of an analysis.
    static SECTOR: OnceLock<ListSet> = OnceLock::new();
    let sector = SECTOR.get_or_init(|| ListSet::of(&words().sector_words));
    let last = doc.tok_text(r.end - 1);
    let last = last[..last.len() - possessive_len(last)].to_lowercase();
    sector.has(&last)
        || (r.len() >= 2 && with_lower(doc.tok_text(r.end - 2), |b| sector.has_pair(b, &last)))
}

/// Whether the words of `r` end with a `[sector_words]` entry whose ending no surname has
/// (`[trade_noun_endings]`: "Partnership", "Foods"; not "Power").
fn trade_noun_end(doc: &Doc, r: &Range<usize>) -> bool {
    let last = doc.tok_text(r.end - 1).to_lowercase();
    ends_with_sector(doc, r)
        && words()
            .trade_noun_endings
            .iter()
            .any(|e| last.len() > e.len() + 2 && last.ends_with(e))
}

/// A capitalised word a firm's name may hold (not ALL CAPS, not a sentence function word).
fn firm_word(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    doc.tokens[i].kind == TokenKind::Word
        && is_capitalised(w)
        && !is_all_caps(w)
        && !with_lower(w, |l| words().sentence_function_words.contains(l))
}

/// A lower-case particle of a person's name inside a firm's name after its founder ("Van der
/// Berg Snacks"; `[person_particles]`).
fn particle(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    starts_lower(w) && words().person_particles.contains(&w)
}

/// A firm's name right after a lower-case noun that introduces firms ("the Chinese company
/// Zhenhai", "shipper Kallis"; `[org_nouns]`, `[description_nouns]`): the capitalised words
/// after the tagger's span still belong to the name (the tagger learnt one-word names there).
fn described(doc: &Doc, m: &TypedMention) -> bool {
    m.label == Label::Org
        && m.tokens.start > 0
        && doc.same_sentence(m.tokens.start - 1, m.tokens.start)
        && doc.tokens[m.tokens.start - 1].kind == TokenKind::Word
        && crate::engine::lexicon::with_lower(doc.tok_text(m.tokens.start - 1), |w| {
            !doc.tok_text(m.tokens.start - 1)
                .starts_with(char::is_uppercase)
                && (words().org_nouns.contains(&w) || words().description_nouns.contains(&w))
        })
}

/// "The Chinese Company said", "the German Firm": a nationality and a noun of
/// `[description_nouns]` after a determiner or opening the sentence describe a body, they do
/// not name one: the name is the nationality alone (NORP), whatever the tagger read.
pub fn descriptions(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    for m in ms.iter_mut() {
        let r = m.tokens.clone();
        if r.len() != 2
            || matches!(m.label, Label::Norp)
            || doc.tokens[r.end - 1].end() != m.end
            || !r.clone().all(|i| firm_word(doc, i))
        {
            continue;
        }
        let opened = doc.is_sentence_start(r.start)
            || r.start.checked_sub(1).is_some_and(|p| {
                doc.same_sentence(p, r.start)
                    && matches!(
                        doc.tok_text(p).to_ascii_lowercase().as_str(),
                        "the" | "a" | "an"
                    )
            });
        let noun = crate::engine::lexicon::with_lower(doc.tok_text(r.start + 1), |w| {
            words().description_nouns.contains(&w)
        });
        if !(opened && noun) {
            continue;
        }
        let Some(cc) = lx
            .get_any(doc.tok_text(r.start), &mut buf)
            .and_then(|e| e.demonym)
        else {
            continue;
        };
        m.label = Label::Norp;
        m.tokens.end = r.start + 1;
        m.end = doc.tokens[r.start].end();
        m.role = None;
        m.country = Some(cc);
        m.capital_of = None;
    }
}

/// Firms named by their sector word (see the module documentation): relabel the names that end
/// with one, and widen a place or person name over the capitalised words after it that end
/// with one or with an organisation designator.
pub fn sectors(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    // A nationality too: the tagger's unknown plural-looking name ("Nordvik Optics") is no
    // people's name when a sector word ends it.
    let retypable = |l: Label| {
        matches!(
            l,
            Label::Person | Label::Gpe | Label::Loc | Label::Fac | Label::Norp
        )
    };
    // Headline lines: every word capitalised, so a capitalised run is no evidence (computed
    // only when a mention could change).
    let mut headline: Option<Vec<bool>> = None;
    let mut in_headline = |i: usize| {
        headline.get_or_insert_with(|| headline_sentences(doc))[doc.sentence_of(i) as usize]
    };
    // "Samantha Power", "Ellen Power": a listed given name opening the name, or a role said
    // with it, makes a person whatever word ends it, when only given names stand before that
    // word ("Petro Caspian Trading", with an unknown word between, is a firm).
    let mut given_buf = String::new();
    let mut given = |i: usize| {
        lx.get_any(doc.tok_text(i), &mut given_buf)
            .is_some_and(|e| e.given)
    };
    for m in ms.iter_mut() {
        let r = m.tokens.clone();
        // ... unless a word no person's name ends with ends it ("Kaya Enerji"), or a sector
        // word no surname is shaped like ("John Lewis Partnership"; "Power" may be one).
        let head = is_org_head(doc.tok_text(r.start));
        if m.label == Label::Person
            && !head
            && (m.role.is_some() || (r.start..r.end - 1).all(&mut given))
            && !foreign_firm_word(doc, r.end - 1)
            && !(m.role.is_none() && trade_noun_end(doc, &r))
        {
            continue;
        }
        // A foreign body's first word outweighs any other class the tagger read ("Grupo
        // Vallejo" as a product).
        if !(retypable(m.label) || head && m.label != Label::Org)
            || possessive_len(doc.tok_text(r.end - 1)) > 0
            || !(2..=4).contains(&r.len())
            || !r
                .clone()
                .all(|i| firm_word(doc, i) || (i > r.start && particle(doc, i)))
            || !(head || ends_with_sector(doc, &r))
            || lx.get_any(doc.slice(m.start, m.end), &mut buf).is_some()
            || in_headline(r.start)
        {
            continue;
        }
        m.label = Label::Org;
        m.country = None;
        m.capital_of = None;
    }
    // Widening: a place or person name of one or two words, then one to three capitalised
    // words no mention covers, in the same sentence, the last a sector word or an organisation
    // designator and the name ending there (no capitalised word or "of" after it: "Georgia
    // Institute of Technology", "London International Financial Futures" are longer names).
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let r = m.tokens.clone();
        // A firm's name the tagger cut before its sector word ("the Chinese company Zhongtai"
        // + "Power") is widened the same way.
        if !(retypable(m.label) || m.label == Label::Org)
            || r.len() > 2
            || !r.clone().all(|i| firm_word(doc, i))
        {
            continue;
        }
        let sentence = doc.sentence_of(r.start);
        let next_start = ms.get(k + 1).map_or(usize::MAX, |n| n.tokens.start);
        let inside =
            |i: usize| i < doc.tokens.len() && i < next_start && doc.sentence_of(i) == sentence;
        let mut end = r.end;
        while inside(end)
            && end - r.end < 3
            && firm_word(doc, end)
            && !lx.get_any(doc.tok_text(end), &mut buf).is_some_and(|e| {
                e.country.is_some() || e.city.is_some() || e.region || e.demonym.is_some()
            })
        {
            end += 1;
            // "Hyundai Motor's plant": a possessive ends the name.
            if possessive_len(doc.tok_text(end - 1)) > 0 {
                break;
            }
        }
        // "Astana Tech Trade LLP": a legal form in capitals ends the name (and designates it).
        let formed = end > r.end
            && inside(end)
            && possessive_len(doc.tok_text(end - 1)) == 0
            && is_all_caps(doc.tok_text(end))
            && is_org_suffix(doc.tok_text(end));
        if formed {
            end += 1;
        }
        if end == r.end
            || (inside(end) && (firm_word(doc, end) || doc.tok_text(end) == "of"))
            || possessive_len(doc.tok_text(r.end - 1)) > 0
            // A legal form is evidence even on a line of capitalised words.
            || (in_headline(r.start) && !formed)
        {
            continue;
        }
        let designated = lx
            .get_any(doc.tok_text(end - 1), &mut buf)
            .is_some_and(|e| matches!(e.designator, Some((Label::Org, _))));
        if formed || designated || ends_with_sector(doc, &(r.start..end)) || described(doc, m) {
            spans.push(r.start..end);
        }
    }
    // Names no mention covers: two to four capitalised words, the last a sector word
    // ("Orvik Components supplied ..."). An unknown capitalised word alone is no evidence; the
    // sector word ending the name is. One pass over the tokens with a cursor in the mentions.
    let mut covered = 0usize;
    let mut i = 0;
    while i < doc.tokens.len() {
        let sentence = doc.sentence_of(i);
        let mut end = i;
        while end < doc.tokens.len()
            && end - i < 5
            && doc.sentence_of(end) == sentence
            && firm_word(doc, end)
        {
            end += 1;
        }
        if end == i {
            i += 1;
            continue;
        }
        while ms.get(covered).is_some_and(|m| m.tokens.end <= i) {
            covered += 1;
        }
        let free = ms.get(covered).is_none_or(|m| m.tokens.start >= end);
        let r = i..end;
        let ends_here = end >= doc.tokens.len()
            || doc.sentence_of(end) != sentence
            || doc.tok_text(end) != "of";
        if free
            && (2..=4).contains(&r.len())
            && !given(i)
            && ends_here
            && ends_with_sector(doc, &r)
            && !in_headline(i)
            && lx
                .get_any(
                    doc.slice(doc.tokens[i].start(), doc.tokens[end - 1].end()),
                    &mut buf,
                )
                .is_none()
        {
            spans.push(r);
        }
        i = end;
    }
    if spans.is_empty() {
        return;
    }
    crate::sort::sort_by_key(&mut spans, |r| r.start);
    let bytes: Vec<(usize, usize)> = spans
        .iter()
        .map(|r| {
            let last = doc.tok_text(r.end - 1);
            let end = doc.tokens[r.end - 1].end() - possessive_len(last);
            (doc.tokens[r.start].start(), end)
        })
        .collect();
    replace_spans(ms, spans, bytes, Label::Org);
}

/// Whether the word at `i` ends a firm's name in another language or a trade
/// (`[firm_words]`: "Enerji", "Sanayi", "Shipping", "Handels"): no person's name ends so.
fn foreign_firm_word(doc: &Doc, i: usize) -> bool {
    static FIRM_WORDS: OnceLock<ListSet> = OnceLock::new();
    let firm_words = FIRM_WORDS.get_or_init(|| ListSet::of(&words().firm_words));
    crate::engine::lexicon::with_lower(doc.tok_text(i), |w| firm_words.has(w))
}

/// The place a firm's name ran into: "Hollis Bay Logistics of Fujairah" is the firm and the
/// city. A name whose word before "of" heads no "of" phrase of its own (a firm's designator
/// of `[home_place_heads]`, "Holdings", a `[sector_words]` or `[firm_words]` entry, a legal
/// form) and whose words after "of" the lexicon lists whole as a place ends before "of"; the
/// place becomes a mention of its own. A head that names bodies by their "of" phrase ("Bank
/// of England", "University of Oslo", "Ministry of Defence", "Government of Iraq") keeps it.
pub fn home_places(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let mut k = 0;
    while k < ms.len() {
        let m = &ms[k];
        k += 1;
        let r = m.tokens.clone();
        let Some(of) = r.clone().skip(2).find(|&i| doc.tok_text(i) == "of") else {
            continue;
        };
        if !matches!(m.label, Label::Org | Label::Fac)
            || of + 1 >= r.end
            || doc.tokens[r.end - 1].end() != m.end
            || !(of + 1..r.end).all(|i| firm_word(doc, i))
        {
            continue;
        }
        let head = of - 1;
        let firm_head = crate::engine::lexicon::with_lower(doc.tok_text(head), |w| {
            words().home_place_heads.contains(&w)
        }) || (is_org_suffix(doc.tok_text(head))
            // "Company", "Corporation" name national subsidiaries by their "of" phrase
            // ("Shell Petroleum Development Company of Nigeria"); "Corp", "Ltd" do not.
            && !crate::engine::lexicon::with_lower(doc.tok_text(head), |w| {
                words().shared_org_suffixes.contains(&w)
            }))
            || ends_with_sector(doc, &(r.start..of));
        if !firm_head {
            continue;
        }
        let place = doc.slice(doc.tokens[of + 1].start(), m.end);
        let Some(e) = lx.get_any(place, &mut buf) else {
            continue;
        };
        let (label, cc) = if e.country.is_some() || e.city.is_some() || e.region {
            (Label::Gpe, e.country.or(e.city))
        } else {
            match e.known {
                Some((l @ (Label::Gpe | Label::Loc), cc)) => (l, cc),
                _ => continue,
            }
        };
        let capital = e.capital;
        let mut p = TypedMention::over(doc, of + 1..r.end, label, m.confidence);
        p.country = cc;
        p.capital_of = capital;
        let m = &mut ms[k - 1];
        m.tokens.end = of;
        m.end = doc.tokens[head].end();
        m.label = Label::Org;
        ms.insert(k, p);
        k += 1;
    }
}

/// A firm the text introduces by what it does: "the Greek utility Hellenic Power", "the
/// lender Corvane Trust", "insurer Maridal". A name right after a lower-case noun of
/// `[description_nouns]` (after a determiner or a nationality, or opening a clause) is an
/// organisation, whatever the tagger read (a product, a place, a facility, a person with no
/// listed given name and no role); a name the lexicon lists as a place keeps its class, and a
/// two-word vessel noun ("aircraft carrier", `[vessel_nouns]`) frames a vessel instead.
pub fn introduced(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    for m in ms.iter_mut() {
        let r = m.tokens.clone();
        let Some(n) = r.start.checked_sub(1) else {
            continue;
        };
        let retypable = match m.label {
            Label::Product | Label::Fac | Label::Loc | Label::Norp | Label::WorkOfArt => true,
            Label::Person => {
                m.role.is_none()
                    && !lx
                        .get_any(doc.tok_text(r.start), &mut buf)
                        .is_some_and(|e| e.given)
            }
            _ => false,
        };
        let noun = doc.tokens[n].kind == TokenKind::Word
            && doc.same_sentence(n, r.start)
            && doc.tok_text(n).starts_with(char::is_lowercase)
            && crate::engine::lexicon::with_lower(doc.tok_text(n), |w| {
                words().description_nouns.contains(&w)
            });
        // "the aircraft carrier Carl Vinson": a vessel noun of two words frames a vessel.
        let vessel = noun
            && n.checked_sub(1)
                .is_some_and(|q| words().is_vessel_noun_pair(doc.tok_text(q), doc.tok_text(n)));
        if !retypable
            || !noun
            || vessel
            || !r.clone().all(|i| firm_word(doc, i))
            || lx
                .get_any(doc.slice(m.start, m.end), &mut buf)
                .is_some_and(|e| {
                    e.country.is_some() || e.city.is_some() || e.region || e.demonym.is_some()
                })
        {
            continue;
        }
        m.label = Label::Org;
        m.country = None;
        m.capital_of = None;
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn names(text: &str) -> Vec<(String, String)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        a.entities
            .iter()
            .map(|m| (m.text.clone(), format!("{:?}", m.label)))
            .collect()
    }

    #[test]
    fn a_firm_after_an_ampersand_with_a_legal_form_takes_the_words_before_it() {
        let got = names("Tarnvik Road & Rail ApS hauled the ore. Leeds & York Partners Ltd grew.");
        for firm in ["Tarnvik Road & Rail ApS", "Leeds & York Partners Ltd"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
        // Two places, no legal form: no firm.
        let got = names("Trains between Leeds & York ran late.");
        assert!(!got.iter().any(|(n, _)| n.contains('&')), "{got:?}");
        // Two firms: a whole one before "&", a name of its own and a legal form after it; and
        // "Group", which other bodies' names end in too (session 43's review).
        for text in [
            "Kestrel Aerosystems said Tarnvik Steel & Oslund Steel Ltd would merge.",
            "The deal joins Tarnvik Steel & Oslund Group.",
        ] {
            let got = names(text);
            assert!(!got.iter().any(|(n, _)| n.contains('&')), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_two_letter_legal_form_with_a_slash_is_the_firms() {
        let got = names(
            "Tarnvik Group A/S owns the port. Profits at Kvale K/S rose. \
             Oslund A/S said so. The A/B test ran 24/7. Kvale I/O opened.",
        );
        for firm in ["Tarnvik Group A/S", "Kvale K/S", "Oslund A/S"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
        assert!(
            !got.iter()
                .any(|(n, _)| n.contains("A/B") || n.contains("I/O")),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_name_running_into_a_legal_form_in_capitals_is_the_firm() {
        // Even on a line of mostly capitalised words, where a capitalised run is no evidence.
        for text in [
            "The U.S. Treasury Department sanctioned Karaganda Tech Trade LLP on Tuesday.",
            "Officials said Karaganda Tech Trade LLP had shipped the parts.",
        ] {
            let got = names(text);
            assert!(
                got.contains(&("Karaganda Tech Trade LLP".into(), "Org".into())),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_ampersand_joins_a_firms_name() {
        let got = names("Harlow & Fisher cut its outlook on Tuesday.");
        assert!(
            got.contains(&("Harlow & Fisher".into(), "Org".into())),
            "{got:?}"
        );
        let got = names("The law firm Mowbray Thorne & Johnson filed the appeal in Denver.");
        assert!(
            got.contains(&("Mowbray Thorne & Johnson".into(), "Org".into())),
            "{got:?}"
        );
        // A firm the tagger ran on into the verb after it.
        let got = names("Shares of Johnson & Johnson rose 3 percent on Monday.");
        assert!(
            got.contains(&("Johnson & Johnson".into(), "Org".into())),
            "{got:?}"
        );
        // Places on a side stay places.
        let got = names("Trains run between Leeds & York every hour.");
        assert!(!got.iter().any(|(t, _)| t.contains('&')), "{got:?}");
    }

    #[test]
    fn a_sector_word_ending_a_name_makes_a_firm() {
        let got = names("Under the deal, Varnholt Aerospace will build the wings in Bremen.");
        assert!(
            got.contains(&("Varnholt Aerospace".into(), "Org".into())),
            "{got:?}"
        );
        let got = names("Shares of Quillon Platforms fell on Monday after the ruling.");
        assert!(
            got.contains(&("Quillon Platforms".into(), "Org".into())),
            "{got:?}"
        );
        // An arms maker the tagger cut before "Arms" and read as a place.
        let got = names("Norway added Kestrel Arms to its sanctions list.");
        assert!(
            got.contains(&("Kestrel Arms".into(), "Org".into())),
            "{got:?}"
        );
        // A person's name keeps its class when no sector word ends it.
        let got = names("Shares fell on Monday, said Maren Quillon, an analyst.");
        assert!(
            got.contains(&("Maren Quillon".into(), "Person".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_person_whose_surname_is_a_sector_word_stays_a_person() {
        let got = names("Aid chief Samantha Power said on Monday that Ellen Power would go.");
        for person in ["Samantha Power", "Ellen Power"] {
            assert!(
                got.contains(&(person.into(), "Person".into())),
                "{person}: {got:?}"
            );
        }
    }

    #[test]
    fn a_sector_word_no_surname_is_shaped_like_beats_given_names() {
        // Given names, then a sector word of a trade noun's shape: the firm.
        let got = names("Profits at Anna Maria Partnership fell, and Peter Paul Foods cut jobs.");
        for firm in ["Anna Maria Partnership", "Peter Paul Foods"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
    }

    #[test]
    fn an_unknown_name_ending_with_a_sector_word_is_a_firm() {
        // No word of it is known and nothing else vouches for it: the sector word does.
        let got = names("Orvik Components supplied the gimbal motors. Tessaly Robotics denied it.");
        for firm in ["Orvik Components", "Tessaly Robotics"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
        // A longer name running on with "of" is not cut at the sector word.
        let got = names("He joined the Varde Institute of Photonics in 2019.");
        assert!(!got.iter().any(|(t, _)| t == "Varde Institute"), "{got:?}");
    }

    #[test]
    fn a_given_name_before_a_firms_words_does_not_make_a_person() {
        let got = names(
            "The crude was bought by Taras Volga Trading on Monday. \
             Its broker, Dunmore Brothers, filed the papers.",
        );
        for firm in ["Taras Volga Trading", "Dunmore Brothers"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
        // Given names alone before the sector word: still a person.
        let got = names("Officials said Mary Ellen Power would resign on Monday.");
        assert!(
            !got.contains(&("Mary Ellen Power".into(), "Org".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_before_a_firms_words_is_part_of_the_firm() {
        let got = names("Washington sanctioned Almaty Trade House, a grain dealer, on Friday.");
        assert!(
            got.contains(&("Almaty Trade House".into(), "Org".into())),
            "{got:?}"
        );
        // Works, a railway's or a mill's: one firm, not the place "Hinkley".
        let got = names("He worked at the Hinkley Locomotive Works for ten years.");
        assert!(
            got.contains(&("Hinkley Locomotive Works".into(), "Org".into())),
            "{got:?}"
        );
        // The place alone stays a place.
        let got = names("The grain left Almaty by rail on Friday.");
        assert!(got.contains(&("Almaty".into(), "Gpe".into())), "{got:?}");
    }

    #[test]
    fn a_founders_name_with_a_particle_before_a_sector_word_is_a_firm() {
        let got = names("Brimvale agreed to buy Van der Kamp Bakeries on Monday.");
        assert!(
            got.contains(&("Van der Kamp Bakeries".into(), "Org".into())),
            "{got:?}"
        );
        // The particle never opens such a firm, and a person with it stays a person.
        let got = names("The minister, Hanna van der Kamp, visited the plant.");
        assert!(
            got.contains(&("Hanna van der Kamp".into(), "Person".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_firms_home_place_after_of_is_a_place_of_its_own() {
        // A firm's designator or trade word before "of" does not head an "of" phrase: the
        // listed place after it is the place the firm is of.
        let got = names(
            "The containers were cleared by Marden Cove Logistics of Sohar, the filing showed.",
        );
        assert!(
            got.contains(&("Marden Cove Logistics".into(), "Org".into())),
            "{got:?}"
        );
        assert!(got.contains(&("Sohar".into(), "Gpe".into())), "{got:?}");
        let got = names("Auditors visited Quillon Energy Holdings of Houston and left.");
        assert!(
            got.contains(&("Quillon Energy Holdings".into(), "Org".into())),
            "{got:?}"
        );
        // Bodies named by their "of" phrase stay whole.
        for body in [
            "Bank of England",
            "University of Oslo",
            "Ministry of Defence",
        ] {
            let got = names(&format!("A letter from the {body} arrived on Monday."));
            assert!(
                got.contains(&(body.into(), "Org".into())),
                "{body}: {got:?}"
            );
        }
    }

    #[test]
    fn a_shipping_trade_word_ending_a_name_makes_a_firm_even_opening_a_sentence() {
        // The tagger leaves a sentence's opening name out when nothing it knows says name;
        // the trade word does ("Maritime", "Ports", "Freight": no person's name ends so).
        let got = names(
            "Halcyon Reef Maritime's managing director denied the report. \
             Later, Adria Ports said it would hire. Lindqvist Freight was fined.",
        );
        for firm in ["Halcyon Reef Maritime", "Adria Ports", "Lindqvist Freight"] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
        // Not in a Title Case line of a listing, nor in a three-word headline.
        let got = names("Blue Linen Summer Dress Size 12 Free Shipping Today");
        assert!(!got.iter().any(|(n, _)| n.contains("Shipping")), "{got:?}");
        let got = names("Strike Hits Ports\nDock workers at three harbours walked out.");
        assert!(!got.iter().any(|(n, _)| n.contains("Ports")), "{got:?}");
    }

    #[test]
    fn a_trade_word_of_another_language_makes_a_firm() {
        // "Derya" and "Anna" open people's names too; the last word is a firm's.
        let got = names(
            "Derya Enerji signed the deal. Anna Nakliyat carried the load. \
             Voss Energie and Brandt Handels bid too.",
        );
        for firm in [
            "Derya Enerji",
            "Anna Nakliyat",
            "Voss Energie",
            "Brandt Handels",
        ] {
            assert!(
                got.contains(&(firm.into(), "Org".into())),
                "{firm}: {got:?}"
            );
        }
    }

    #[test]
    fn a_description_noun_before_a_name_makes_a_firm() {
        let got = names("The Portuguese utility Lusitana Power said on Monday that profits rose.");
        assert!(
            got.contains(&("Lusitana Power".into(), "Org".into())),
            "{got:?}"
        );
        let got = names("Later the Chilean refiner Andes Crest said margins fell.");
        assert!(
            got.contains(&("Andes Crest".into(), "Org".into())),
            "{got:?}"
        );
        // A two-word vessel noun frames a vessel, not a carrier (airline).
        let got = names("Jets flew from the aircraft carrier Admiral Kestrel on Monday.");
        assert!(
            !got.contains(&("Admiral Kestrel".into(), "Org".into())),
            "{got:?}"
        );
    }
}
