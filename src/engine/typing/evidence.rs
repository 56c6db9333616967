//! Evidence the learned tagger does not weigh, read after it ([`super::reconcile`]): a model
//! code before an item noun is a product ("Shahed-136 drones"), a name opened by a company's
//! initials is an organisation ("DMG Mori"), a name followed by an apposition holding a title
//! is a person ("Nguyen Hong Dien, Vietnam's trade minister"), and a one-word name after a body's
//! spokesman or shares is an organisation ("a spokeswoman for Kestrel"); where a span starts
//! and ends is in `span_edges`. A name whose shares trade is a firm ("shares of Louis Vuitton", [`traded`]),
//! and one after a capitalised "The" mid-sentence is a title's ("published in The Lancet");
//! what says a name is a product's is in `products`.
//!
//! Input: the document, token ranges and typed mentions; byte offsets only inside mentions.
//! Output: yes/no answers. Each question looks at a bounded number of
//! tokens.
//! Architecture invariant: reads the document, the lexicons and `features`; never `reconcile`
//! (which imports it). Changes here do not change what `annalist-train-ner` learns.

use super::features::is_model_code;
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
    item_after(doc, lx, range)
}

/// Is the word right after `range`, in its sentence, a lower-case item noun the lexicon lists
/// ("drones", "missiles"), or the next one after the first word of a listed item of several
/// words ("cruise missiles"; not after a verb: "Cyclone Ilona destroyed wheat stocks")? The
/// name before it is then a model's or product's.
pub(super) fn item_after(doc: &Doc, lx: &Lexicon, range: &Range<usize>) -> bool {
    let lower_word = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && doc.same_sentence(k, range.start)
                && doc
                    .slice(t.start(), t.end())
                    .starts_with(char::is_lowercase)
        })
    };
    let item = |k: usize| lower_word(k) && lx.get(doc.tok_text(k)).is_some_and(|e| e.item);
    item(range.end)
        || (lower_word(range.end)
            && lx
                .get(doc.tok_text(range.end))
                .is_some_and(|e| e.item_start)
            && item(range.end + 1))
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
