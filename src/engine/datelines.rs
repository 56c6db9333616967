//! The place of a news dateline, after typing: "CUPERTINO, March 3 (Wire) -", "TOFTIR, Faroe
//! Islands 1996-08-31", "KYIV (Wire) -" open with the city the story was filed from, in capitals.
//! Capitals carry no evidence there, so the tagger may read an unlisted city as a person or a
//! firm, or leave it out; the line's shape says it is a place.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where the one to three ALL-CAPS words opening a line are a GPE (relabelled, or added
//! where no mention covers them; mentions inside them give way), when what follows them is a
//! dateline's: optionally a comma and one to three capitalised region words ("Faroe Islands"),
//! optionally a comma, then a date (a numeric date with "-" or "/", a month or weekday name:
//! `[calendar_words]`, or its abbreviation before a day: "Nov 20", or a day before a month's
//! name) or a parenthesised source followed by a
//! dash. The source in parentheses before the dash ("(Gulfwire) -") is an ORG, the agency. A listed city or
//! capital keeps its country; a weekday or month opening the line ("FRIDAY 2024-03-01") and a
//! body the lexicon lists ("UNITED NATIONS 2024-03-01") are no city, nor are words that head a
//! notice or a release ("PRESS RELEASE, March 3", "NOTICE 2024-03-01": `[notice_words]`, or
//! stop words). Headings ("SOCCER - LEAGUE RESULTS") have no date or source
//! and stay as they are.
//!
//! The dash starts the story's first sentence: a capitalised "The" opening the name right
//! after it is left out of the name ("LONDON (Wire) - The Treasury said").
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only relabels or adds place mentions at a line's start, types the agency, and trims
//! the article after the dash (never drops a name outside the city's words). Linear in the tokens plus the mentions.

use super::lexicon::lexicon;
use super::lexicon::words::{is_org_suffix, words};
use super::mention::{in_order_disjoint, overlapping, TypedMention};
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised};
use super::text::{Doc, TokenKind};
use std::ops::Range;

/// Type the places of datelines (see the module documentation).
pub fn type_places(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut places: Vec<Range<usize>> = Vec::new();
    let mut sources: Vec<Range<usize>> = Vec::new();
    let mut after_dash: Vec<usize> = Vec::new();
    for i in 0..doc.tokens.len() {
        if !line_start(doc, i) {
            continue;
        }
        if let Some(city) = dateline_city(doc, i) {
            sources.extend(dateline_source(doc, city.end));
            after_dash.extend(dash_after(doc, city.end).map(|d| d + 1));
            places.push(city);
        }
    }
    if places.is_empty() {
        return;
    }
    type_sources(doc, ms, &sources);
    trim_articles(doc, ms, &after_dash);
    let lx = lexicon();
    let ordered = in_order_disjoint(ms);
    let mut added = Vec::new();
    let mut dropped = vec![false; ms.len()];
    for r in places {
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        let near = if ordered {
            overlapping(ms, start, end)
        } else {
            0..ms.len()
        };
        let over: Vec<usize> = near
            .filter(|&k| ms[k].start < end && ms[k].end > start)
            .collect();
        // A mention reaching past the city's words is another reading of the line: leave it.
        if over.iter().any(|&k| ms[k].start < start || ms[k].end > end) {
            continue;
        }
        let e = lx.get(&doc.slice(start, end).to_lowercase());
        // A body the lexicon lists ("UNITED NATIONS 2024-03-01") files from its seat.
        if e.is_some_and(|e| {
            e.known
                .is_some_and(|(l, _)| !matches!(l, Label::Gpe | Label::Loc))
        }) {
            continue;
        }
        let listed_place = e.is_some_and(|e| {
            e.city.is_some() || e.capital.is_some() || e.country.is_some() || e.region
        });
        let mut buf = String::new();
        // A firm's line ("MERIDIAN HOLDINGS LTD, March 3 -") or a person's ("JOHN SMITH,
        // March 3"): a designator or legal form, or a listed given name opening two words or
        // more, says the capitals are no unlisted city.
        let firm = r.clone().any(|j| {
            let w = doc.tok_text(j);
            lx.get_any(w, &mut buf)
                .is_some_and(|e| matches!(e.designator, Some((Label::Org, _))))
                || is_org_suffix(w)
                || is_org_suffix(&w.to_lowercase())
        });
        let person = r.len() >= 2
            && lx
                .get_any(doc.tok_text(r.start), &mut buf)
                .is_some_and(|e| e.given);
        if !listed_place && (firm || person) {
            continue;
        }
        let country = e.and_then(|e| e.city.or(e.capital).or(e.country));
        let capital_of = e.and_then(|e| e.capital);
        if let [k] = over[..] {
            if ms[k].start == start && ms[k].end == end {
                if !matches!(ms[k].label, Label::Gpe | Label::Loc) {
                    let m = &mut ms[k];
                    m.label = Label::Gpe;
                    m.role = None;
                    m.country = country;
                    m.capital_of = capital_of;
                }
                continue;
            }
        }
        for k in over {
            dropped[k] = true;
        }
        added.push(TypedMention {
            start,
            end,
            label: Label::Gpe,
            role: None,
            country,
            capital_of,
            confidence: 0.6,
            tokens: r,
        });
    }
    if added.is_empty() {
        return;
    }
    let mut k = 0;
    ms.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    ms.extend(added);
    crate::sort::sort_by_key(ms, |m| m.start);
}

/// The news agency in parentheses after a dateline's city and date, before the dash
/// ("DUBAI, 12 February 2025 (Gulfwire) -"): one to three capitalised words, on the city's
/// line, within twelve tokens of `from` (the token after the city).
fn dateline_source(doc: &Doc, from: usize) -> Option<Range<usize>> {
    let n = doc.tokens.len();
    let text = |j: usize| if j < n { doc.tok_text(j) } else { "" };
    let dash = |j: usize| matches!(text(j), "-" | "\u{2014}" | "\u{2013}" | "--");
    // Before the dateline's dash: "LONDON, March 3 - Prices in Lyon (France) - rose" has none.
    let open = (from..n.min(from + 12))
        .take_while(|&j| {
            !dash(j)
                && !doc.text[doc.tokens[from.min(n - 1)].start()..doc.tokens[j].end()]
                    .contains('\n')
        })
        .find(|&j| text(j) == "(")?;
    let close = (open + 1..n.min(open + 5)).find(|&c| text(c) == ")")?;
    let names = open + 1..close;
    let named = !names.is_empty()
        && names
            .clone()
            .all(|j| doc.tokens[j].kind == TokenKind::Word && is_capitalised(text(j)));
    (named && dash(close + 1)).then_some(names)
}

/// The token of the dateline's dash on the city's line, within twelve tokens of `from` (the
/// token after the city): "LONDON, Nov 20 (Wire) -".
fn dash_after(doc: &Doc, from: usize) -> Option<usize> {
    let n = doc.tokens.len();
    (from..n.min(from + 12))
        .take_while(|&j| !doc.text[doc.tokens[from].start()..doc.tokens[j].end()].contains('\n'))
        .find(|&j| matches!(doc.tok_text(j), "-" | "\u{2014}" | "\u{2013}" | "--"))
}

/// "LONDON (Wire) - The Treasury said": the dash starts the story's first sentence, so a
/// capitalised "The" opening the name right after it is the sentence's article, not the
/// name's (a name the lexicon lists with it, "The Hague", keeps it).
fn trim_articles(doc: &Doc, ms: &mut [TypedMention], starts: &[usize]) {
    let lx = lexicon();
    for &k in starts {
        if k >= doc.tokens.len() || doc.tok_text(k) != "The" {
            continue;
        }
        let at = doc.tokens[k].start();
        let Some(m) = ms.iter_mut().find(|m| m.start == at && m.tokens.len() >= 2) else {
            continue;
        };
        if lx.get(&doc.slice(m.start, m.end).to_lowercase()).is_some() {
            continue;
        }
        m.tokens.start = k + 1;
        m.start = doc.tokens[k + 1].start();
    }
}

/// The dateline's agency is an ORG: a mention of exactly its words is relabelled (the tagger
/// read "Gulfwire" as a place), and one is added where none covers them.
fn type_sources(doc: &Doc, ms: &mut Vec<TypedMention>, sources: &[Range<usize>]) {
    for r in sources {
        let (start, end) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        match ms.iter().position(|m| m.start < end && m.end > start) {
            Some(k) if ms[k].start == start && ms[k].end == end => {
                let m = &mut ms[k];
                m.label = Label::Org;
                m.role = None;
                m.country = None;
                m.capital_of = None;
            }
            Some(_) => {}
            None => {
                let at = ms.partition_point(|m| m.start < start);
                ms.insert(
                    at,
                    TypedMention {
                        start,
                        end,
                        label: Label::Org,
                        role: None,
                        country: None,
                        capital_of: None,
                        confidence: 0.6,
                        tokens: r.clone(),
                    },
                );
            }
        }
    }
}

/// Token `i` opens a line: only spaces between it and the text's start or a line break.
fn line_start(doc: &Doc, i: usize) -> bool {
    let before = &doc.text[..doc.tokens[i].start()];
    let gap = before.trim_end_matches([' ', '\t']);
    gap.is_empty() || gap.ends_with('\n')
}

/// The ALL-CAPS city opening a dateline at token `i`, as a token range.
fn dateline_city(doc: &Doc, i: usize) -> Option<Range<usize>> {
    let n = doc.tokens.len();
    let word = |j: usize| j < n && doc.tokens[j].kind == TokenKind::Word;
    let caps = |j: usize| {
        word(j) && {
            let w = doc.tok_text(j);
            is_all_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                || (w.len() <= 3 && w.ends_with('.') && is_all_caps(w))
        }
    };
    let text = |j: usize| if j < n { doc.tok_text(j) } else { "" };
    // A month or weekday, or a month's abbreviation of three or four letters before a day
    // ("Nov 20", "Sept. 3").
    let calendar = |j: usize| {
        let w = text(j).to_lowercase();
        let cal = &words().calendar_words;
        let day_after = || {
            let k = j + 1 + usize::from(text(j + 1) == ".");
            k < n && doc.tokens[k].kind == TokenKind::Number
        };
        word(j)
            && (cal.contains(w.as_str())
                || (3..=4).contains(&w.len())
                    && cal
                        .iter()
                        .any(|m| m.len() > w.len() && m.starts_with(w.as_str()))
                    && day_after())
    };
    let mut end = i;
    while end < n && end - i < 3 && caps(end) && !calendar(end) {
        end += 1;
    }
    if end == i || doc.text[doc.tokens[i].start()..doc.tokens[end - 1].end()].contains('\n') {
        return None;
    }
    // "PRESS RELEASE", "NOTICE": words that head a notice, not a city's name.
    let lx = lexicon();
    let mut buf = String::new();
    let notice = (i..end).all(|j| {
        let w = text(j).trim_end_matches('.').to_lowercase();
        words().notice_words.contains(&w.as_str())
            || lx
                .get_any(&w, &mut buf)
                .is_some_and(|e| e.stop && e.city.is_none() && e.country.is_none() && !e.region)
    });
    if notice {
        return None;
    }
    // Optionally a comma and a region of capitalised (not ALL-CAPS) words, then a comma.
    let mut j = end;
    if text(j) == "," {
        j += 1;
        let region = j;
        while j < n
            && j - region < 3
            && word(j)
            && is_capitalised(text(j))
            && !caps(j)
            && !calendar(j)
        {
            j += 1;
        }
        if text(j) == "," {
            j += 1;
        }
    }
    let numeric_date = |j: usize| {
        j < n
            && doc.tokens[j].kind == TokenKind::Number
            && (text(j).contains('-') || text(j).contains('/'))
    };
    let dash = |j: usize| matches!(text(j), "-" | "\u{2014}" | "\u{2013}" | "--");
    let source = |j: usize| {
        if text(j) != "(" {
            return false;
        }
        let close = (j + 1..n.min(j + 6)).find(|&c| text(c) == ")");
        close.is_some_and(|c| c > j + 1 && (j + 1..c).all(&word) && dash(c + 1))
    };
    let same_line =
        |j: usize| j < n && !doc.text[doc.tokens[i].start()..doc.tokens[j].start()].contains('\n');
    // "12 February 2025": a day before a month's name.
    let day_month = |j: usize| {
        j < n
            && doc.tokens[j].kind == TokenKind::Number
            && text(j).parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
            && calendar(j + 1)
    };
    let dated = same_line(j) && (numeric_date(j) || calendar(j) || day_month(j) || source(j));
    dated.then_some(i..end)
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_datelines_source_in_parentheses_is_the_agency() {
        for text in [
            "VELLOMARE (Baltwire) - The mill said output fell.",
            "KORSAVIK, 4 March 2025 (Baltwire) - The mill said output fell.",
            "KORSAVIK, Nov 20 (Baltwire) - The mill said output fell.",
            "KORSAVIK, Sept. 3 (Baltwire) - The mill said output fell.",
        ] {
            let got = names(text);
            assert!(has(&got, "Baltwire", "ORG"), "{text}: {got:?}");
            assert!(has(&got, "VELLOMARE", "GPE") || has(&got, "KORSAVIK", "GPE"));
        }
        // The dash opens the story's first sentence: its article is no part of a name.
        let got = names("KORSAVIK, Nov 20 (Baltwire) - The Treasury said output fell.");
        assert!(has(&got, "Treasury", "ORG"), "{got:?}");
        let got = names("KORSAVIK (Baltwire) - The Hague court ruled on Monday.");
        assert!(!has(&got, "Hague", "GPE"), "{got:?}");
        // Parentheses after the dateline's dash are no agency's.
        let got = names("KORSAVIK, March 3 - Talks with Orvell (Britain) - stalled.");
        assert!(has(&got, "Britain", "GPE"), "{got:?}");
        // A price before a month is no day.
        let got = names("Oil prices:\nBRENT 82 May contract rose 1%.\nWTI 78 June contract fell.");
        assert!(
            !has(&got, "BRENT", "GPE") && !has(&got, "WTI", "GPE"),
            "{got:?}"
        );
    }

    #[test]
    fn a_firm_or_a_person_opening_a_dateline_is_no_city() {
        let got = names("MERIDIAN HOLDINGS LTD, March 3 - The firm said profits rose.");
        assert!(!got.iter().any(|(_, l)| l == "GPE"), "{got:?}");
        let got = names("ANNA BERGSTROM, March 3 (Wire) - She said profits rose.");
        assert!(!got.iter().any(|(_, l)| l == "GPE"), "{got:?}");
    }

    #[test]
    fn the_capitals_opening_a_dateline_are_a_place() {
        for text in [
            "VELLOMARE, March 3 (Wire) - The mill said output fell.",
            "VELLOMARE, Ruritania, March 3 - The mill said output fell.",
            "VELLOMARE (Wire) - The mill said output fell.",
            "VELLOMARE 2024-03-01\nThe mill said output fell.",
            "PORT VELLOMARE, Tuesday - The mill said output fell.",
        ] {
            let got = names(text);
            let city = text.split([',', ' ']).next().unwrap_or("");
            let city = if city == "PORT" {
                "PORT VELLOMARE"
            } else {
                city
            };
            assert!(has(&got, city, "GPE"), "{text}: {got:?}");
        }
    }

    #[test]
    fn the_heading_of_a_notice_or_a_release_is_no_city() {
        for (text, head) in [
            (
                "MEDIA RELEASE, June 9, 2025\nBrundle Works opened a depot in Vellomare.",
                "MEDIA RELEASE",
            ),
            (
                "NOTICE 2025-06-09\nThe depot in Vellomare opens late.",
                "NOTICE",
            ),
            (
                "OFFICIAL STATEMENT, Monday - The depot in Vellomare opens late.",
                "OFFICIAL STATEMENT",
            ),
        ] {
            let got = names(text);
            assert!(
                !got.iter().any(|(t, _)| head.contains(t.as_str())),
                "{text}: {got:?}"
            );
            assert!(has(&got, "Vellomare", "GPE"), "{text}: {got:?}");
        }
        // A city whose name holds such a word is still one.
        let got = names("NEWPORT NEWS, June 9 - The yard said output fell.");
        assert!(has(&got, "NEWPORT NEWS", "GPE"), "{got:?}");
    }

    #[test]
    fn a_heading_in_capitals_is_no_dateline() {
        let got = names("HARBOUR NEWS - The mill said output fell in Vellomare.");
        assert!(!has(&got, "HARBOUR NEWS", "GPE"), "{got:?}");
        let got = names("FRIDAY 2024-03-01\nThe mill in Vellomare said output fell.");
        assert!(!has(&got, "FRIDAY", "GPE"), "{got:?}");
        let got = names("The mill in Vellomare said on March 3 that output fell.");
        assert!(!got.iter().any(|(t, _)| t == "The"), "{got:?}");
    }
}
