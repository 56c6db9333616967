//! Evidence the learned tagger does not weigh, read after it ([`super::reconcile`]): a model
//! code before an item noun is a product ("Shahed-136 drones"), a name opened by a company's
//! initials is an organisation ("DMG Mori"), a name followed by an apposition holding a title
//! is a person ("Nguyen Hong Dien, Vietnam's trade minister"), a one-word name after a body's
//! spokesman or shares is an organisation ("a spokeswoman for Kestrel"), and "of the" / "for the" after a
//! designator continues a name ("Kiel Institute for the World Economy"); a regnal or ordinal
//! "I" right after a person's or an event's name belongs to it ("Norton I,", "World War I."); a
//! tagger span holding two names joined by "and" is cut in two, and one ending in "of the" is
//! cut before it. A name whose shares trade is a firm ("shares of Louis Vuitton", [`traded`]),
//! and one after a capitalised "The" mid-sentence is a title's ("published in The Lancet");
//! what says a name is a product's is in `products`.
//!
//! Input: the document, token ranges and typed mentions; byte offsets only inside mentions.
//! Output: yes/no answers and joined mentions. Each question looks at a bounded number of
//! tokens.
//! Architecture invariant: reads the document, the lexicons and `features`; never `reconcile`
//! (which imports it). Changes here do not change what `annalist-train-ner` learns.

use super::features::is_model_code;
use super::tagger::Class;
use crate::engine::lexicon::words::words;
use crate::engine::lexicon::{with_lower, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{is_all_caps, is_capitalised, possessive_len};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// A one-word model code right before a listed item noun: "Shahed-136 drones", "F-16 jets".
/// Before an item noun the code's head may be a whole word (five to eight letters); alone such
/// a word may be an age group or a disease ("Under-19", "Covid-19").
pub(super) fn model_before_item(doc: &Doc, lx: &Lexicon, range: &Range<usize>) -> bool {
    if range.len() != 1 {
        return false;
    }
    let w = doc.tok_text(range.start);
    if !(is_model_code(w) || named_model(w)) {
        return false;
    }
    doc.tokens.get(range.end).is_some_and(|t| {
        let n = doc.slice(t.start(), t.end());
        t.kind == TokenKind::Word
            && doc.same_sentence(range.end, range.start)
            && n.starts_with(char::is_lowercase)
            && lx.get(n).is_some_and(|e| e.item)
    })
}

/// A rule name of one or two capitalised words inside a sentence, right before a lower-case
/// product head noun (`[product_heads]`: "Gepard tanks", "Caesar howitzers"), unlisted (no known
/// name, place, nationality or given name) and not in capitals: a product's name, kept as such
/// when the tagger left it out (`engine::products` types the names the tagger keeps).
pub(super) fn name_before_product_head(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    if range.is_empty() || range.len() > 2 || doc.is_sentence_start(range.start) {
        return false;
    }
    let words_ok = range.clone().all(|i| {
        let w = doc.tok_text(i);
        doc.tokens[i].kind == TokenKind::Word && is_capitalised(w) && !is_all_caps(w)
    });
    let head = doc.tokens.get(range.end).is_some_and(|t| {
        let n = doc.slice(t.start(), t.end());
        t.kind == TokenKind::Word
            && doc.sentence_of(range.end) == doc.sentence_of(range.start)
            && n.starts_with(char::is_lowercase)
            && words().product_heads.contains(&n)
    });
    if !(words_ok && head) {
        return false;
    }
    let listed = |t: &str, buf: &mut String| {
        lx.get_any(t, buf).is_some_and(|e| {
            e.known.is_some()
                || e.country.is_some()
                || e.demonym.is_some()
                || e.city.is_some()
                || e.region
                || e.given
        })
    };
    let text = doc.slice(
        doc.tokens[range.start].start(),
        doc.tokens[range.end - 1].end(),
    );
    !listed(text, buf) && !range.clone().any(|i| listed(doc.tok_text(i), buf))
}

/// "Shahed-136": a capitalised head of five to eight letters, a hyphen, one to four digits and
/// at most two letters.
fn named_model(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &tail[digits..];
    (5..=8).contains(&head.len())
        && head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && head.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && (1..=4).contains(&digits)
        && rest.len() <= 2
        && rest.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A name of several words opened by an ALL-CAPS word of three letters or more, in a line
/// written in ordinary case, with a word in lower-case letters after it: "DMG Mori", "BNP
/// Paribas". A person's name does not open with initials run together; a given name the
/// lexicons list does ("JR Smith" is not caught: two letters).
pub(super) fn caps_head(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    if range.len() < 2 {
        return false;
    }
    let w = doc.tok_text(range.start);
    w.chars().count() >= 3
        && w.chars().all(|c| c.is_ascii_uppercase())
        && !lx.get_any(w, buf).is_some_and(|e| e.given)
        && range
            .clone()
            .skip(1)
            .any(|i| doc.tok_text(i).chars().any(char::is_lowercase))
}

/// After the name ending at token `last`: a comma, then within five words a title the
/// lexicons list ("Nguyen Hong Dien, Vietnam's trade minister, said"), before any other
/// punctuation.
pub(super) fn appositive_title(doc: &Doc, lx: &Lexicon, last: usize, buf: &mut String) -> bool {
    let Some(comma) = doc.tokens.get(last + 1) else {
        return false;
    };
    if doc.slice(comma.start(), comma.end()) != "," {
        return false;
    }
    let sentence = doc.sentence_of(last + 1);
    for i in last + 2..(last + 8).min(doc.tokens.len()) {
        let t = &doc.tokens[i];
        if doc.sentence_of(i) != sentence {
            return false;
        }
        let w = doc.tok_text(i);
        if t.kind == TokenKind::Punct && !matches!(w, "'" | "’" | "'s" | "’s") {
            return false;
        }
        if t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && lx.get_any(w, buf).is_some_and(|e| e.title)
        {
            return true;
        }
    }
    false
}

/// Joins a name ending in a designator that heads "of"/"for" phrases ("Kiel Institute",
/// "Department") with the name after "of the" / "for the" ("World Economy", "Treasury"), as
/// one name of the first one's label. Only when the first name holds no connector of its own,
/// and not over a country's short form ("University of the US").
/// `ms` is in text order and stays so.
pub(super) fn join_of_the(doc: &Doc, lx: &Lexicon, ms: &mut Vec<TypedMention>, buf: &mut String) {
    let mut k = 0;
    while k + 1 < ms.len() {
        let (a, b) = (&ms[k], &ms[k + 1]);
        let gap = a.tokens.end..b.tokens.start;
        // "Centre for Defence Investments", "Agency for Maritime Safety": "for" and the
        // capitalised name of what the body is for, not a place it works for ("Agency for
        // Ukraine").
        let for_name = gap.len() == 1
            && doc.tok_text(gap.start) == "for"
            && b.tokens.clone().all(|i| is_capitalised(doc.tok_text(i)))
            && !matches!(b.label, Label::Gpe | Label::Loc | Label::Norp)
            && !lx
                .get_any(doc.slice(b.start, b.end), buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        let joins = (for_name
            || (gap.len() == 2
                && matches!(doc.tok_text(gap.start), "of" | "for")
                && doc.tok_text(gap.start + 1) == "the"))
            && doc.tokens[a.tokens.end - 1].end() == a.end
            && matches!(a.label, Label::Org | Label::Fac | Label::Gpe | Label::Loc)
            && b.label != Label::Person
            && is_capitalised(doc.tok_text(b.tokens.start))
            // "the University of the US": a country's short form is not the name's own part.
            && !(b.tokens.len() == 1
                && is_all_caps(doc.tok_text(b.tokens.start))
                && lx
                    .get_any(doc.tok_text(b.tokens.start), buf)
                    .is_some_and(|e| e.country.is_some()))
            && !a
                .tokens
                .clone()
                .any(|i| matches!(doc.tok_text(i), "of" | "for" | "and" | "&"))
            && {
                let last = doc.tok_text(a.tokens.end - 1);
                possessive_len(last) == 0
                    && !is_all_caps(last)
                    && lx
                        .get_any(last, buf)
                        .is_some_and(|e| !e.title && e.designator.is_some_and(|(_, p)| p.prefix()))
            };
        if joins {
            let b = ms.remove(k + 1);
            let a = &mut ms[k];
            a.end = b.end;
            a.tokens.end = b.tokens.end;
            a.role = None;
            a.country = None;
            a.capital_of = None;
            if let Some((l, _)) = lx
                .get_any(doc.tok_text(gap.start - 1), buf)
                .and_then(|e| e.designator)
            {
                a.label = l;
            }
        } else {
            k += 1;
        }
    }
    // "Centre for Defence Investments" where no mention holds the words after "for": the
    // capitalised words up to the sentence's next lower-case word join the body's name.
    for k in 0..ms.len() {
        let a = &ms[k];
        let f = a.tokens.end;
        let next = ms.get(k + 1).map_or(doc.tokens.len(), |n| n.tokens.start);
        let mut end = f + 1;
        let limit = next.min(doc.tokens.len());
        let cap = |i: usize| {
            i < limit
                && doc.same_sentence(f, i)
                && doc.tokens[i].kind == TokenKind::Word
                && is_capitalised(doc.tok_text(i))
                && !is_all_caps(doc.tok_text(i))
        };
        // "Centre for Strategic and International Studies": a connector between capitals.
        while end - f <= 6
            && (cap(end)
                || (end > f + 1
                    && end < limit
                    && matches!(doc.tok_text(end), "and" | "of" | "&")
                    && cap(end + 1)))
        {
            end += 1;
        }
        let ok = f < doc.tokens.len()
            && end > f + 1
            && doc.tok_text(f) == "for"
            && matches!(a.label, Label::Org | Label::Fac)
            && doc.tokens[f - 1].end() == a.end
            && !a
                .tokens
                .clone()
                .any(|i| matches!(doc.tok_text(i), "of" | "for" | "and" | "&"))
            // (a word also listed as a title, "Centre", is the designator here: it ends an
            // organisation's name)
            && lx.get_any(doc.tok_text(f - 1), buf).is_some_and(|e| {
                e.designator.is_some_and(|(l, p)| l == Label::Org && p.prefix())
            })
            && !lx
                .get_any(doc.slice(doc.tokens[f + 1].start(), doc.tokens[end - 1].end()), buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        if ok {
            let a = &mut ms[k];
            a.end = doc.tokens[end - 1].end();
            a.tokens.end = end;
            a.label = Label::Org;
            a.role = None;
            a.country = None;
            a.capital_of = None;
        }
    }
    // A lone designator is no name of its own ("Bank" is dropped as a candidate), so
    // "Department of the Treasury" arrives as "Treasury": the name takes the designator back.
    for k in 0..ms.len() {
        let b = &ms[k];
        let Some(d) = b.tokens.start.checked_sub(3) else {
            continue;
        };
        let free = (k == 0 || ms[k - 1].tokens.end <= d)
            && d >= 1
            && doc.tok_text(d - 1).eq_ignore_ascii_case("the"); // "the Department of the Treasury"

        let ok = free
            && b.label != Label::Person
            && matches!(doc.tok_text(d + 1), "of" | "for")
            && doc.tok_text(d + 2) == "the"
            && doc.sentence_of(d) == doc.sentence_of(b.tokens.start)
            && is_capitalised(doc.tok_text(d))
            && !is_all_caps(doc.tok_text(d))
            && !doc.is_sentence_start(d);
        let label = ok
            .then(|| lx.get_any(doc.tok_text(d), buf))
            .flatten()
            .filter(|e| !e.title)
            .and_then(|e| e.designator)
            .filter(|(_, p)| p.prefix())
            .map(|(l, _)| l);
        if let Some(l) = label {
            let b = &mut ms[k];
            b.start = doc.tokens[d].start();
            b.tokens.start = d;
            b.label = l;
            b.role = None;
            b.country = None;
            b.capital_of = None;
        }
    }
}

/// A name of two or more capitalised words whose last word ends firms' names and no person's
/// (`[firm_words]` of `data/lexicons/context_words.txt`: "Aegean Star Maritime", "Harbour
/// Ports"; possessive ending aside): an organisation, wherever it stands in a sentence that is
/// no Title Case line (`headlines`, per sentence: "Free Shipping" in a listing) nor a line of
/// capitalised words alone (a short headline: "Strike Hits Ports"), and with no ALL-CAPS word.
pub(super) fn firm_word_end(doc: &Doc, headlines: &[bool], range: &Range<usize>) -> bool {
    let sentence = doc.sentence_of(range.start) as usize;
    if range.len() < 2
        || headlines.get(sentence).copied().unwrap_or(true)
        || !doc.sentences.get(sentence).is_some_and(|s| {
            s.tokens()
                .any(|j| !range.contains(&j) && doc.tokens[j].kind == TokenKind::Word)
        })
        || !range.clone().all(|i| {
            let w = doc.tok_text(i);
            is_capitalised(w) && !is_all_caps(w)
        })
    {
        return false;
    }
    let w = doc.tok_text(range.end - 1);
    with_lower(&w[..w.len() - possessive_len(w)], |w| {
        words().firm_words.contains(&w)
    })
}

/// "the Foreign Office", "Britain's Justice Ministry": two or three capitalised words (no
/// ALL-CAPS one, outside a Title Case line) after "the" or a possessive, the last an
/// organisation's designator (`designators.tsv`): a public body the tagger may leave out.
pub(super) fn body_after_article(
    doc: &Doc,
    lx: &Lexicon,
    headlines: &[bool],
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    let before = range
        .start
        .checked_sub(1)
        .filter(|&p| doc.same_sentence(p, range.start));
    (2..=3).contains(&range.len())
        && !headlines
            .get(doc.sentence_of(range.start) as usize)
            .copied()
            .unwrap_or(true)
        && before.is_some_and(|p| {
            let w = doc.tok_text(p);
            w.eq_ignore_ascii_case("the") || possessive_len(w) > 0
        })
        && range.clone().all(|i| {
            let w = doc.tok_text(i);
            is_capitalised(w) && !is_all_caps(w)
        })
        && lx
            .get_any(doc.tok_text(range.end - 1), buf)
            .and_then(|e| e.designator)
            .is_some_and(|(l, _)| l == Label::Org)
}

/// A one-word name the tagger left out, joined by "and" or "or" to a place it kept ("between
/// Gozo and Malta", "Malta or Gozo"), that the lexicons do not list as a person's name: a place
/// of that place's label. `kept`: the mentions kept so far, in text order, not overlapping.
pub(super) fn beside_a_place(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    kept: &[TypedMention],
    buf: &mut String,
) -> Option<Label> {
    let i = range.start;
    let w = doc.tok_text(i);
    if range.len() != 1 || !is_capitalised(w) || is_all_caps(w) || doc.is_sentence_start(i) {
        return None;
    }
    let place = |m: &TypedMention| matches!(m.label, Label::Gpe | Label::Loc).then_some(m.label);
    let conj = |j: usize| matches!(doc.tok_text(j), "and" | "or") && doc.same_sentence(i, j);
    let after = (i + 2 < doc.tokens.len() && conj(i + 1) && doc.same_sentence(i, i + 2))
        .then(|| {
            let k = kept.partition_point(|m| m.tokens.start < i + 2);
            kept.get(k)
                .filter(|m| m.tokens.start == i + 2)
                .and_then(place)
        })
        .flatten();
    let before = (i >= 2 && conj(i - 1))
        .then(|| {
            let k = kept.partition_point(|m| m.tokens.end < i - 1);
            kept.get(k)
                .filter(|m| m.tokens.end == i - 1)
                .and_then(place)
        })
        .flatten();
    let label = after.or(before)?;
    let personal = lx
        .get_any(&w[..w.len() - possessive_len(w)], buf)
        .is_some_and(|e| e.given || e.surname || e.title || e.known.is_some());
    (!personal).then_some(label)
}

/// A one-word name after a noun for a body's people, stakes or parts and "of" or "for" ("a
/// spokeswoman for Kestrel", "shares of Pfizer"; `[org_member_nouns]` of
/// `data/lexicons/context_words.txt`), that the lexicons do not list as a name or a title: an
/// organisation, not a person or a place.
pub(super) fn after_member_noun(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    let i = range.start;
    if range.len() != 1 || i < 2 || !doc.same_sentence(i - 2, i) {
        return false;
    }
    let w = doc.tok_text(i);
    matches!(doc.tok_text(i - 1), "of" | "for")
        && with_lower(doc.tok_text(i - 2), |p| {
            crate::engine::lexicon::words::words()
                .org_member_nouns
                .contains(&p)
        })
        && !lx
            .get_any(&w[..w.len() - possessive_len(w)], buf)
            .is_some_and(|e| {
                e.given
                    || e.surname
                    || e.title
                    || e.country.is_some()
                    || e.city.is_some()
                    || e.region
                    || e.known.is_some()
            })
}

/// A one-word name right after a common noun that introduces organisations ("Danish carrier
/// Maersk", "chipmaker Nexperia"; `[org_nouns]` of `data/lexicons/context_words.txt`), that
/// the lexicons do not list as a given name or surname.
pub(super) fn after_org_noun(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    if range.len() != 1 || range.start == 0 {
        return false;
    }
    let p = doc.tok_text(range.start - 1);
    let w = doc.tok_text(range.start);
    p.starts_with(char::is_lowercase)
        && crate::engine::lexicon::words::words()
            .org_nouns
            .contains(&p)
        && !lx
            .get_any(&w[..w.len() - possessive_len(w)], buf)
            .is_some_and(|e| e.given || e.surname)
}

/// `range` widened over a regnal or ordinal "I" right after a person's or an event's name, when
/// only punctuation or the sentence's end follows it ("Norton I, Emperor", "after World War I.");
/// the pronoun "I" is never a candidate's word, so the tagger cannot take it. "Peter I think"
/// keeps "I" out.
pub(super) fn with_regnal_one(doc: &Doc, range: Range<usize>, class: Class) -> Range<usize> {
    if !matches!(class, Class::Per | Class::Misc) {
        return range;
    }
    let i = range.end;
    let sentence = doc.sentence_of(range.start);
    let Some(t) = doc.tokens.get(i) else {
        return range;
    };
    if doc.sentence_of(i) != sentence
        || doc.tok_text(i) != "I"
        || t.start() != doc.tokens[i - 1].end() + 1
    {
        return range;
    }
    let closes = doc.tokens.get(i + 1).is_none_or(|n| {
        doc.sentence_of(i + 1) != sentence
            || (n.kind == TokenKind::Punct && !matches!(doc.tok_text(i + 1), "'" | "’" | "-"))
    });
    if closes {
        range.start..i + 1
    } else {
        range
    }
}

/// A person's or other name's span without a last "I" of its own: [`with_regnal_one`] gives
/// it back where it closes the name ("World War I,"), so the name is matched to the rules'
/// mention without it and keeps its label; elsewhere it is the pronoun ("We met Marek Novak I
/// believe").
pub(super) fn without_regnal_one(doc: &Doc, range: Range<usize>, class: Class) -> Range<usize> {
    if range.len() >= 2
        && matches!(class, Class::Per | Class::Misc)
        && doc.tok_text(range.end - 1) == "I"
    {
        range.start..range.end - 1
    } else {
        range
    }
}

/// `range` without a last token that is only a possessive or a closing apostrophe, written
/// apart from the name ("Bogota 's", "Seoul '" in tokenized text): the mark is not part of the
/// name. A one-token range is kept as it is.
pub(super) fn without_clitic_end(doc: &Doc, range: Range<usize>) -> Range<usize> {
    if range.len() < 2 {
        return range;
    }
    let apart = |i: usize| doc.tokens[i].start() > doc.tokens[i - 1].end();
    let mark = |i: usize| matches!(doc.tok_text(i), "'" | "’");
    let last = range.end - 1;
    if apart(last) && (mark(last) || matches!(doc.tok_text(last), "'s" | "’s")) {
        return range.start..last;
    }
    // "'" and "s" as two tokens.
    if range.len() >= 3
        && matches!(doc.tok_text(last), "s" | "S")
        && !apart(last)
        && mark(last - 1)
        && apart(last - 1)
    {
        return range.start..last - 1;
    }
    range
}

/// Lower-case words a name never ends with: a tagger span ending in them ("University of
/// Sheffield of the") is cut before them.
fn dangling(w: &str) -> bool {
    matches!(w, "of" | "the" | "and" | "for" | "on" | "in" | "at" | "&")
}

/// Does `range` end in an organisation designator ("... State University")?
fn ends_designated(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    let w = doc.tok_text(range.end - 1);
    let w = &w[..w.len() - possessive_len(w)];
    lx.get_any(w, buf)
        .and_then(|e| e.designator)
        .is_some_and(|(l, place)| place.suffix() && Class::of(l) == Some(Class::Org))
}

/// Does `range` hold an organisation designator anywhere ("Institute", "University")?
fn holds_designator(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    range.clone().any(|i| {
        lx.get_any(doc.tok_text(i), buf)
            .and_then(|e| e.designator)
            .is_some_and(|(l, _)| Class::of(l) == Some(Class::Org))
    })
}

/// Tagger spans cut where they hold two names or end in a connector: "Massachusetts Institute
/// of Technology and Colorado State University" (a designated name, "and", a name with its own
/// designator at its end) and "University of Birmingham and London's" (a designated name,
/// "and", a listed place with a possessive) become two names; "University of Sheffield of the"
/// loses "of the". "Bureau of Industry and Security", "Procter & Gamble Co" stay whole. In text
/// order, as `spans` is.
pub(super) fn cut_joined(
    doc: &Doc,
    lx: &Lexicon,
    spans: &[(Range<usize>, Class)],
    buf: &mut String,
) -> Vec<(Range<usize>, Class)> {
    let mut out = Vec::with_capacity(spans.len());
    for (range, class) in spans {
        let mut r = range.clone();
        while r.len() > 1 && dangling(doc.tok_text(r.end - 1)) {
            r.end -= 1;
        }
        let and = (r.start + 2..r.end.saturating_sub(1))
            .find(|&k| matches!(doc.tok_text(k), "and" | "&"));
        if let (Some(k), Class::Org) = (and, class) {
            let (left, right) = (r.start..k, k + 1..r.end);
            let full_name = right.len() >= 2
                && is_capitalised(doc.tok_text(right.start))
                && ends_designated(doc, lx, &right, buf);
            let place = right.len() == 1 && {
                let w = doc.tok_text(right.start);
                let own = possessive_len(w) > 0;
                let next = doc
                    .tokens
                    .get(right.end)
                    .is_some_and(|_| matches!(doc.tok_text(right.end), "'s" | "’s"));
                let name = &w[..w.len() - possessive_len(w)];
                (own || next)
                    && lx
                        .get_any(name, buf)
                        .is_some_and(|e| e.city.is_some() || e.country.is_some())
            };
            if (full_name || place) && holds_designator(doc, lx, &left, buf) {
                out.push((left, Class::Org));
                out.push((right, if place { Class::Loc } else { Class::Org }));
                continue;
            }
        }
        out.push((r, *class));
    }
    out
}

/// `range` widened over the period of an abbreviated company designator that ends it ("Norwest
/// Corp. rose", "Acme Inc., a maker"; `[abbreviated_designators]`) when the sentence goes on
/// after it (a lower-case word or a comma, semicolon, colon, bracket or quote follows): there
/// the period is the name's. Before a capital, a number or the end it may close the sentence.
pub(super) fn with_designator_dot(doc: &Doc, range: Range<usize>) -> Range<usize> {
    let last = range.end - 1;
    let dot = range.end;
    let abbreviated = crate::engine::lexicon::words::words()
        .abbreviated_designators
        .contains(&doc.tok_text(last));
    if range.len() >= 2
        && abbreviated
        && doc
            .tokens
            .get(dot)
            .is_some_and(|t| t.start() == doc.tokens[last].end())
        && doc.tok_text(dot) == "."
        && doc.tokens.get(dot + 1).is_some_and(|_| {
            let w = doc.tok_text(dot + 1);
            doc.same_sentence(dot + 1, last)
                && (w.starts_with(char::is_lowercase)
                    || matches!(w, "," | ";" | ":" | ")" | "\"" | "”" | "'"))
        })
    {
        range.start..dot + 1
    } else {
        range
    }
}

/// Is the law named by `tokens` one standing alone: not in a headline line, where capitals
/// say nothing ("Russia Reach Agreement"), and not cut before "and" from a longer name ("State
/// Law and Order Restoration Council")?
pub(super) fn law_alone(doc: &Doc, headlines: &[bool], tokens: &Range<usize>) -> bool {
    let headline = headlines
        .get(doc.sentence_of(tokens.start) as usize)
        .copied()
        .unwrap_or(false);
    !headline
        && !doc
            .tokens
            .get(tokens.end)
            .is_some_and(|_| matches!(doc.tok_text(tokens.end), "and" | "&"))
}

/// "shares in X", "a stake in X": "in" before the name and a stake's noun before it; not the
/// idioms "at stake in X", "the stakes in X" (what a place risks).
pub(crate) fn stake_in(doc: &Doc, start: usize) -> bool {
    start >= 2
        && doc.tok_text(start - 1) == "in"
        && doc.same_sentence(start - 2, start)
        && stake_word(doc, start - 2).is_some_and(|s| {
            words().stake_nouns.contains(&s.as_str())
                && !(start >= 3
                    && doc.same_sentence(start - 3, start)
                    && (doc.tok_text(start - 3).eq_ignore_ascii_case("at")
                        || s == "stakes" && doc.tok_text(start - 3).eq_ignore_ascii_case("the")))
        })
}

/// The lower-case text of token `i` when it is a word.
fn stake_word(doc: &Doc, i: usize) -> Option<String> {
    let t = doc.tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.tok_text(i).to_lowercase())
}

/// "sanctions on X", "sanctions against X": a name a sanction is imposed on right after it.
pub(super) fn sanctions_on(doc: &Doc, start: usize) -> bool {
    start >= 2
        && matches!(doc.tok_text(start - 1), "on" | "against")
        && doc.same_sentence(start - 2, start)
        && stake_word(doc, start - 2).is_some_and(|w| w == "sanctions")
}

/// A name of one to four words whose shares are said to trade: right after a `[stock_nouns]`
/// noun and "of"/"in" ("shares of Louis Vuitton", "stockholders in Harwell Foods"; "stock" only
/// before "of": one puts stock in a person), or before one (after the name's possessive, if
/// any) and a `[change_words]` verb ("Nike shares fell", "Harwell's stock slid"). The name is
/// then a listed firm, even when it opens with a given name after "shares of". Not a person's
/// full name or one after an honorific before the noun ("Ada Lund's shares fell", "Ada Lund
/// shares lost letters": her own shares, or the verb), nor a name holding a listed place or
/// nationality ("shares in Hong Kong fell", "shares of European banks"), nor one a possessive
/// follows after "shares of" ("shares of Elon Musk's company").
pub(crate) fn traded(doc: &Doc, lx: &Lexicon, range: &Range<usize>, buf: &mut String) -> bool {
    let (first, end) = (range.start, range.end);
    if range.is_empty() || range.len() > 4 {
        return false;
    }
    let stock = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.same_sentence(i, first)
            && with_lower(doc.tok_text(i), |w| words().stock_nouns.contains(&w))
    };
    let last = doc.tok_text(end - 1);
    let apart_possessive = doc
        .tokens
        .get(end)
        .is_some_and(|_| matches!(doc.tok_text(end), "'s" | "’s"));
    let possessive = possessive_len(last) > 0 || apart_possessive;
    let before = first >= 2
        && matches!(doc.tok_text(first - 1), "of" | "in")
        && stock(first - 2)
        && !(doc.tok_text(first - 1) == "in"
            && doc.tok_text(first - 2).eq_ignore_ascii_case("stock"))
        && !possessive;
    let person = |buf: &mut String| {
        let honorific = first >= 1
            && with_lower(doc.tok_text(first - 1).trim_end_matches('.'), |w| {
                words().honorifics.contains(&w)
            });
        honorific
            || range.len() >= 2
                && lx
                    .get_any(doc.tok_text(first), buf)
                    .is_some_and(|e| e.given)
    };
    let after = !before && {
        let n = end + usize::from(apart_possessive);
        stock(n)
            && doc.tokens.get(n + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && doc.same_sentence(n + 1, first)
                    && doc.tok_text(n + 1) != "by"
                    && words().change_words.contains(&doc.tok_text(n + 1))
            })
            && !person(buf)
    };
    (before || after) && !holds_a_place(doc, lx, range, true, buf)
}

/// Is a word of `range` (without its possessive) a listed country, city or region, or with
/// `nationality` a listed nationality?
pub(super) fn holds_a_place(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    nationality: bool,
    buf: &mut String,
) -> bool {
    range.clone().any(|i| {
        let w = doc.tok_text(i);
        lx.get_any(&w[..w.len() - possessive_len(w)], buf)
            .is_some_and(|e| {
                e.country.is_some()
                    || e.city.is_some()
                    || e.region
                    || nationality && e.demonym.is_some()
            })
    })
}

/// "published in The Lancet", "told The Atlantic": a name right after a capitalised "The"
/// that follows a lower-case word of the same sentence is a title's, a paper's or a
/// magazine's, not a person's (the capital says the article belongs to the name). A name the
/// tagger read as a place (`place`) only with a `[publication_verbs]` verb among the three
/// words before "The" ("published in The Lancet"; "hiked in The Alps" stays a place). Not
/// when a word of the name is a listed place ("in The Hague", "to The Gambia").
pub(super) fn after_title_the(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    place: bool,
    buf: &mut String,
) -> bool {
    let i = range.start;
    let published = || {
        (i.saturating_sub(4)..i.saturating_sub(1)).any(|k| {
            doc.same_sentence(k, i) && words().publication_verbs.contains(&doc.tok_text(k))
        })
    };
    i >= 2
        && (!place || published())
        && !range.is_empty()
        && doc.tok_text(i - 1) == "The"
        && doc.same_sentence(i - 2, i)
        && doc.tokens[i - 2].kind == TokenKind::Word
        && doc.tok_text(i - 2).starts_with(char::is_lowercase)
        && !holds_a_place(doc, lx, range, false, buf)
}
