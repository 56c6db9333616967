//! Names that hold a number, which the name tagger never spans (its candidates are runs of
//! capitalised words, a number ends them): military units after an ordinal, numbered
//! instruments and market indices.
//!
//! - A unit: an ordinal (digits with "st", "nd", "rd" or "th", or a capitalised ordinal
//!   word: "82nd", "Sixth"), then one to four capitalised words, the last a unit head
//!   (`[unit_heads]` of `data/lexicons/context_words.txt`: "Division", "Marines", "Fleet"), in
//!   one sentence: "the 82nd Airborne Division", "5th Marines", "the 47th Mechanized
//!   Brigade". The run is one ORG mention.
//! - An instrument: a capitalised law head (`[law_heads]`: "Resolution", "Executive Order")
//!   and the number right after it ("Resolution 2231", "Executive Order 14024"): one LAW
//!   mention. The body that issued it stays its own name ("Security Council").
//! - A market index: a `[index_names]` name and a whole number right after it ("S&P 500",
//!   "FTSE 100"): one PRODUCT mention, not a name and a CARDINAL.
//!
//! The mentions inside such a run (the ordinal or number, "Airborne Division", "Marines" read
//! as a person) give way to it; a run that a mention reaching outside it overlaps ("US Sixth
//! Fleet", found whole) is left alone.
//!
//! Input: the document and the typed mentions (byte offsets, text order, non-overlapping).
//! Output: the same list with those runs as one mention each, text order.
//!
//! *Architecture invariant:* reads the document and the word lists; imports only `amounts`
//! (its ordinal words); only adds an ORG, LAW or PRODUCT mention over such a run and drops the
//! mentions wholly inside it.

use super::amounts::{digit_ordinal, ordinal_word};
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised, possessive_len};
use super::text::{Doc, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

/// Most capitalised words between a unit's ordinal and its head, the head included.
const MAX_UNIT_WORDS: usize = 4;

/// Join the numbered names (see the module documentation).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut runs: Vec<(Range<usize>, Label)> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        // Both open with a digit or a capital letter: most tokens stop at this test.
        let opens = doc
            .tok_text(i)
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        if let Some(r) = opens
            .then(|| {
                unit(doc, i)
                    .or_else(|| instrument(doc, i))
                    .or_else(|| index(doc, i))
            })
            .flatten()
        {
            i = r.0.end;
            runs.push(r);
        } else {
            i += 1;
        }
    }
    let mut added = false;
    for (r, label) in runs {
        let overlaps = |m: &TypedMention| m.tokens.start < r.end && r.start < m.tokens.end;
        let inside = |m: &TypedMention| r.start <= m.tokens.start && m.tokens.end <= r.end;
        if ms.iter().any(|m| overlaps(m) && !inside(m)) {
            continue;
        }
        ms.retain(|m| !overlaps(m));
        // A possessive stays out of the name's text ("the 82nd Airborne Division's men").
        let cut = possessive_len(doc.tok_text(r.end - 1));
        let mut m = TypedMention::over(doc, r, label, 0.9);
        m.end -= cut;
        ms.push(m);
        added = true;
    }
    if added {
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// A capitalised word token (not a number), in the sentence of token `of`.
fn capital_word(doc: &Doc, i: usize, of: usize) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].kind == TokenKind::Word
        && doc.same_sentence(of, i)
        && is_capitalised(doc.tok_text(i))
}

/// The unit opened by an ordinal at token `i`: its tokens, ORG.
fn unit(doc: &Doc, i: usize) -> Option<(Range<usize>, Label)> {
    let w = doc.tok_text(i);
    // Ordinal words have 5 to 10 letters ("First", "Thousandth").
    let ordinal = digit_ordinal(w)
        || ((5..=10).contains(&w.len())
            && !is_all_caps(w)
            && ordinal_word(&w.to_ascii_lowercase()));
    if !ordinal {
        return None;
    }
    let heads = &words().unit_heads;
    let mut head = None;
    for j in (i + 1..=i + MAX_UNIT_WORDS).take_while(|&j| capital_word(doc, j, i)) {
        let w = doc.tok_text(j);
        let p = possessive_len(w);
        if heads.contains(&w[..w.len() - p].to_lowercase().as_str()) {
            head = Some(j);
        }
        if p > 0 {
            break; // "the 3rd Division's Artillery Group": the name ends at its possessive.
        }
    }
    head.map(|j| (i..j + 1, Label::Org))
}

/// The instrument whose head opens at token `i`: its tokens, LAW.
fn instrument(doc: &Doc, i: usize) -> Option<(Range<usize>, Label)> {
    let w = doc.tok_text(i);
    // The head's first word is this one ("executive" of "executive order"): no split for the
    // other heads.
    let opens = |head: &str| {
        head.len() >= w.len()
            && head.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && head.as_bytes().get(w.len()).is_none_or(|&b| b == b' ')
    };
    if !words().law_heads.iter().any(|h| opens(h)) || !capital_word(doc, i, i) || is_all_caps(w) {
        return None;
    }
    words()
        .law_heads
        .iter()
        .filter(|h| opens(h))
        .find_map(|head| {
            let n = head.split(' ').count();
            let words_match = head.split(' ').enumerate().all(|(k, h)| {
                capital_word(doc, i + k, i) && doc.tok_text(i + k).eq_ignore_ascii_case(h)
            });
            let number = i + n;
            let numbered = number < doc.tokens.len()
                && doc.same_sentence(i, number)
                && doc
                    .tok_text(number)
                    .starts_with(|c: char| c.is_ascii_digit());
            (words_match && numbered).then_some((i..number + 1, Label::Law))
        })
}

/// The market index whose name opens at token `i` and a whole number of two or three digits
/// right after it ("S&P 500", "FTSE 100", "Euro Stoxx 50"): its tokens, PRODUCT (an index is
/// a measure of a market that funds sell, not a body; CoNLL's dev set marks them MISC). The name's
/// tokens, joined without the spaces between them, are a `[index_names]` entry (any case) and
/// open with a capital; a decimal or a percentage after the number is a level, not the name
/// ("Nasdaq 100.5" is not read).
fn index(doc: &Doc, i: usize) -> Option<(Range<usize>, Label)> {
    if !capital_word(doc, i, i) {
        return None;
    }
    // The joined name opens with this word's letters (the spaces it drops come after them):
    // a word no listed name opens with stops here, as most capitalised words do.
    // (An ASCII word, most of them, is compared byte by byte: no lower-case copy each.)
    let w = doc.tok_text(i);
    let opens = if w.is_ascii() {
        words().index_names.iter().any(|n| {
            n.as_bytes().get(..w.len()).is_some_and(|p| {
                p.iter()
                    .zip(w.bytes())
                    .all(|(&a, b)| a == b.to_ascii_lowercase())
            })
        })
    } else {
        let first: String = w.chars().flat_map(char::to_lowercase).collect();
        words()
            .index_names
            .iter()
            .any(|n| n.starts_with(first.as_str()))
    };
    if !opens {
        return None;
    }
    let mut name = String::new();
    for j in i..(i + 6).min(doc.tokens.len()) {
        if j > i && !doc.same_sentence(i, j) {
            return None;
        }
        if j > i && doc.tokens[j].kind != TokenKind::Number {
            name.push(' ');
        }
        name.extend(doc.tok_text(j).chars().flat_map(char::to_lowercase));
        let listed = |n: &str| words().index_names.contains(&n);
        // Only a name with '&' or '/' has spaces to drop.
        let compact = if name.contains(['&', '/']) {
            Cow::Owned(
                name.replace(" &", "&")
                    .replace("& ", "&")
                    .replace(" /", "/")
                    .replace("/ ", "/"),
            )
        } else {
            Cow::Borrowed(name.as_str())
        };
        if listed(&compact) {
            let n = j + 1;
            let number = doc.tokens.get(n).is_some_and(|t| {
                let w = doc.tok_text(n);
                t.kind == TokenKind::Number
                    && doc.same_sentence(i, n)
                    && (2..=3).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_digit())
            });
            let level = doc.tokens.get(n + 1).is_some_and(|t| {
                t.start() == doc.tokens[n].end() && matches!(doc.tok_text(n + 1), "." | "%" | ",")
            }) && doc
                .tokens
                .get(n + 2)
                .is_some_and(|t| t.kind == TokenKind::Number);
            if number && !level {
                return Some((i..n + 1, Label::Product));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_military_unit_after_an_ordinal_is_one_organisation() {
        let got = names(
            "Troops of the 2nd Battalion, 7th Marines and the 41st Mountain Brigade moved \
             north, and the Fourth Fleet sailed on Monday.",
        );
        for unit in [
            "2nd Battalion",
            "7th Marines",
            "41st Mountain Brigade",
            "Fourth Fleet",
        ] {
            assert!(has(&got, unit, "ORG"), "{unit}: {got:?}");
        }
        assert!(!got.iter().any(|(_, l)| l == "ORDINAL"), "{got:?}");
        // A possessive ends the name and stays out of its text.
        let got =
            names("The 9th Armoured Division's tanks and Resolution 2944's terms were cited.");
        assert!(has(&got, "9th Armoured Division", "ORG"), "{got:?}");
        assert!(has(&got, "Resolution 2944", "LAW"), "{got:?}");
    }

    #[test]
    fn an_ordinal_before_other_words_stays_an_ordinal() {
        let got = names("The 3rd Annual Harbour Festival opened on the 4th Floor.");
        assert!(has(&got, "3rd", "ORDINAL"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.contains("Floor")), "{got:?}");
    }

    #[test]
    fn a_market_index_and_its_number_are_one_product() {
        let got = names(
            "The S&P 500 rose 1.2% on Tuesday, the FTSE 100 fell 30 points and the Euro \
             Stoxx 50 ended flat; the Nikkei 225 closed at 38,200.",
        );
        for index in ["S&P 500", "FTSE 100", "Euro Stoxx 50", "Nikkei 225"] {
            assert!(has(&got, index, "PRODUCT"), "{index}: {got:?}");
        }
        for n in ["500", "100", "50", "225"] {
            assert!(!has(&got, n, "CARDINAL"), "{n}: {got:?}");
        }
        assert!(
            has(&got, "30 points", "QUANTITY") || has(&got, "30", "CARDINAL"),
            "{got:?}"
        );
        // A year or a level after an index's name is no part of it.
        let got = names("Funds bought into the DAX 2024 rally, and the Nikkei 38000 mark held.");
        assert!(
            !got.iter()
                .any(|(t, l)| l == "PRODUCT" || t.contains("2024")),
            "{got:?}"
        );
        let got = names("In Sydney the S&P/ASX 200 fell, while Mr Stoxx, 45, paid 200 pounds.");
        assert!(has(&got, "S&P/ASX 200", "PRODUCT"), "{got:?}");
        // A listed word, a comma and a number: a man and his age, read apart.
        assert!(!got.iter().any(|(t, _)| t.starts_with("Stoxx ")), "{got:?}");
    }

    #[test]
    fn a_numbered_instrument_is_a_law_and_its_body_stays_an_organisation() {
        let got = names(
            "The Security Council adopted Resolution 2944 in March. Under Executive Order \
             15010, the department listed nine firms.",
        );
        assert!(has(&got, "Resolution 2944", "LAW"), "{got:?}");
        assert!(has(&got, "Executive Order 15010", "LAW"), "{got:?}");
        assert!(has(&got, "Security Council", "ORG"), "{got:?}");
        // A head with no number after it is no instrument.
        let got = names("The resolution passed. Resolution of the dispute took years.");
        assert!(!got.iter().any(|(_, l)| l == "LAW"), "{got:?}");
    }
}
