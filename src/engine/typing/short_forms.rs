//! Company names decided by their own words and by the document: a legal-form word ending a
//! name ("Ltd", "LLC", "GmbH", "FZE", "JSC"; `[org_suffixes]` of
//! `data/lexicons/context_words.txt`) makes it an organisation, and a short form of an
//! organisation named in full elsewhere in the document ("Al Noor" after "Al Noor Petroleum
//! Trading FZE", "Huaxin" after "Shenzhen Huaxin Electronics") is that organisation; a name
//! whose Title Case words run into ALL-CAPS ones lends no short form.
//!
//! Input: the document and its typed mentions (token ranges, byte offsets). Output: the same
//! mentions relabelled. Linear in the mentions times the square of a name's length (names are
//! at most `tagger::MAX_NAME_TOKENS` words).
//! Architecture invariant: reads the document, the lexicons and the word lists; never
//! `reconcile` (which imports it).

use crate::engine::lexicon::words::{is_org_suffix, words};
use crate::engine::lexicon::{FxBuild, Lexicon};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::possessive_len;
use crate::engine::text::{Doc, TokenKind};
use std::collections::HashSet;
use std::ops::Range;

/// Is the span of tokens `range` nothing but a legal form ("LLC", "Inc.", "L.P.") right after
/// a capitalised word and a comma? The form of a firm named before the comma ("Kestrel
/// Holdings, LLC, a Delaware company") is no name of its own; "SA hospitals" (South
/// Australia) and "Saratoga Co." (county) are left to the tagger, and so is a form after a
/// listed place ("Denver, CO": Colorado). Forms that are common nouns of other bodies too (`[shared_org_suffixes]`:
/// "Group", "Company") do not count, nor does a span with no word.
pub(super) fn only_legal_form(doc: &Doc, range: &Range<usize>) -> bool {
    let after_name = range.start >= 2
        && doc.tok_text(range.start - 1) == ","
        && doc
            .tok_text(range.start - 2)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // "Denver, CO", "Las Vegas, NV", "Adelaide, SA": a state's code after a place.
    let mut buf = String::new();
    let lx = crate::engine::lexicon::lexicon();
    let listed = |w: &str, buf: &mut String| {
        lx.get_any(w, buf)
            .is_some_and(|e| e.city.is_some() || e.country.is_some() || e.region)
    };
    let place = after_name
        && (listed(doc.tok_text(range.start - 2), &mut buf)
            || (range.start >= 3 && {
                let two = doc.slice(
                    doc.tokens[range.start - 3].start(),
                    doc.tokens[range.start - 2].end(),
                );
                listed(two, &mut buf)
            }));
    if !after_name || place {
        return false;
    }
    let shared = &words().shared_org_suffixes;
    let mut any = false;
    for i in range.clone() {
        let w = doc.tok_text(i);
        if w == "." {
            continue;
        }
        let bare = w.trim_end_matches('.');
        if doc.tokens[i].kind != TokenKind::Word
            || !(is_org_suffix(w) || is_org_suffix(bare))
            || shared.contains(&bare.to_ascii_lowercase().as_str())
        {
            return false;
        }
        any = true;
    }
    any
}

/// Does the name of tokens `range` end in a company's legal form ("Coral Meridian Shipping
/// Ltd", "Kestrel Holdings JSC")? Two to six words, written in one case: not ALL CAPS (a
/// heading or a contract's party block, where capitals join unrelated words), and not Title
/// Case words run into ALL-CAPS ones ("Loan Agreement ACME LLC"). A legal form spelt out in
/// lower case ("a Delaware corporation", "a Delaware limited liability company") is a common
/// noun describing the firm, not the end of its name; short forms keep any case ("Acme plc").
pub(super) fn legal_form(doc: &Doc, range: &Range<usize>) -> bool {
    if range.len() < 2 || range.len() > 6 {
        return false;
    }
    let mut last = range.end - 1;
    // "Corp ." written apart: the designator is the word before the period.
    if doc.tok_text(last) == "." && last > range.start + 1 {
        last -= 1;
    }
    // The legal form itself may be capitals of four letters ("Ostra Trading CJSC").
    if caps_words(doc, &(range.start..last)).next().is_some() {
        return false;
    }
    let w = doc.tok_text(last);
    let w = &w[..w.len() - possessive_len(w)];
    // "Group" also ends units and committees ("5th Special Forces Group"), whose first words
    // the tagger places better.
    let spelt_out_lower = w.len() > 4 && w.bytes().all(|b| b.is_ascii_lowercase());
    doc.tokens[last].kind == TokenKind::Word
        && !w.eq_ignore_ascii_case("group")
        && !spelt_out_lower
        && is_org_suffix(w)
}

/// The words of `range` in ALL CAPS with four letters or more (not initials such as "US").
fn caps_words<'d>(doc: &'d Doc, range: &Range<usize>) -> impl Iterator<Item = usize> + 'd {
    range
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .filter(|&i| {
            doc.tok_text(i)
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(3)
                .is_some()
        })
        .filter(|&i| crate::engine::shape::is_all_caps(doc.tok_text(i)))
}

/// Title Case words run into ALL-CAPS ones ("Loan Servicing Agreement ACME SERVICING LLC"): a
/// contract's defined term before its party block, two things the tagger joined.
fn runs_into_caps(doc: &Doc, range: &Range<usize>) -> bool {
    caps_words(doc, range).next().is_some()
        && range.clone().any(|i| {
            let w = doc.tok_text(i);
            w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
        })
}

/// Lower-case short forms of the multi-word organisations in `ms`: the runs of their words
/// that may stand for the whole ([`Lexicon::org_short_runs`]).
fn org_parts<'m>(
    doc: &Doc,
    lx: &Lexicon,
    ms: impl Iterator<Item = &'m TypedMention>,
) -> HashSet<String, FxBuild> {
    let mut out: HashSet<String, FxBuild> = HashSet::default();
    // Names holding an initial ("Isiah L. Booker") are people's, whatever their label says.
    let initial = |i: usize| {
        let w = doc.tok_text(i);
        let mut cs = w.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
            || (w.chars().count() == 1
                && w.starts_with(char::is_uppercase)
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| doc.slice(t.start(), t.end()) == "."))
    };
    for m in ms
        .filter(|m| m.label == Label::Org && m.tokens.len() >= 2 && !m.tokens.clone().any(initial))
        .filter(|m| !runs_into_caps(doc, &m.tokens))
    {
        let toks: Vec<usize> = m
            .tokens
            .clone()
            .filter(|&i| doc.tokens[i].start() < m.end)
            .collect();
        let bare = |i: usize| {
            let t = &doc.tokens[i];
            doc.slice(t.start(), t.end().min(m.end)).to_lowercase()
        };
        let lower: Vec<String> = toks.iter().map(|&i| bare(i)).collect();
        for r in lx.org_short_runs(&lower) {
            let (s, e) = (
                doc.tokens[toks[r.start]].start(),
                doc.tokens[toks[r.end - 1]].end(),
            );
            out.insert(doc.slice(s, e.min(m.end)).to_lowercase());
        }
    }
    out
}

/// The document's short forms of organisations, with the words of its people's full names
/// (a short form all of whose words belong to a person stays that person: "Ford" beside
/// "Henry Ford").
pub(super) struct ShortForms {
    parts: HashSet<String, FxBuild>,
    people: HashSet<String, FxBuild>,
    /// Initials of the organisations named in full, in capitals, with and without "of"
    /// ("Economic Community of West African States": "ECWAS", "ECOWAS").
    acronyms: HashSet<String, FxBuild>,
}

/// The initials of a name of at least three capitalised words, with and without its "of"
/// ("Trade Community of Northern Island States" → "TCNIS", "TCONIS"); none for shorter names.
fn initials(doc: &Doc, m: &TypedMention) -> [Option<String>; 2] {
    let words: Vec<&str> = m.tokens.clone().map(|i| doc.tok_text(i)).collect();
    let caps: String = words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    if caps.chars().count() < 3 {
        return [None, None];
    }
    let with_of = words.contains(&"of").then(|| {
        words
            .iter()
            .filter_map(|w| match w.chars().next() {
                Some(c) if c.is_uppercase() => Some(c),
                Some(_) if *w == "of" => Some('O'),
                _ => None,
            })
            .collect()
    });
    [Some(caps), with_of]
}

impl ShortForms {
    /// Collect the short forms of the organisations in `ms` and of the rules' names in
    /// `rule_names` that end in a legal form (kept as organisations whatever the tagger says).
    pub(super) fn new(
        doc: &Doc,
        lx: &Lexicon,
        ms: &[TypedMention],
        rule_names: &[TypedMention],
    ) -> Self {
        let legal: Vec<TypedMention> = rule_names
            .iter()
            .filter(|r| legal_form(doc, &r.tokens))
            .map(|r| TypedMention {
                label: Label::Org,
                ..r.clone()
            })
            .collect();
        let parts = org_parts(doc, lx, ms.iter().chain(legal.iter()));
        let mut people: HashSet<String, FxBuild> = HashSet::default();
        if !parts.is_empty() {
            // People named in full, other than the short forms themselves ("Al Noor").
            for m in ms.iter().filter(|m| {
                m.label == Label::Person
                    && m.tokens.len() >= 2
                    && !parts.contains(&doc.slice(m.start, m.end).to_lowercase())
            }) {
                for i in m.tokens.clone() {
                    let w = doc.tok_text(i);
                    people.insert(w[..w.len() - possessive_len(w)].to_lowercase());
                }
            }
        }
        let acronyms = ms
            .iter()
            .filter(|m| m.label == Label::Org && m.tokens.len() >= 3)
            .flat_map(|m| initials(doc, m))
            .flatten()
            .collect();
        ShortForms {
            parts,
            people,
            acronyms,
        }
    }

    /// Is mention `m` a short form of an organisation of the document?
    pub(super) fn holds(&self, doc: &Doc, m: &TypedMention) -> bool {
        // "... West African States (ECOWAS)": the initials of an organisation named in full.
        if m.tokens.len() == 1 && self.acronyms.contains(doc.slice(m.start, m.end)) {
            // Never a name the lexicon lists ("USA" beside "United Shipping Alliance").
            let mut buf = String::new();
            return crate::engine::lexicon::lexicon()
                .get_any(doc.slice(m.start, m.end), &mut buf)
                .is_none_or(|e| {
                    e.known.is_none() && e.country.is_none() && e.city.is_none() && !e.region
                });
        }
        if self.parts.is_empty() {
            return false;
        }
        crate::engine::lexicon::with_lower(doc.slice(m.start, m.end), |key| {
            self.parts.contains(key)
                && !key
                    .split_whitespace()
                    .all(|w| self.people.contains(w.trim_end_matches("'s")))
        })
    }

    /// Short forms typed as people, products, works or facilities, or as places when one
    /// word, become the organisation ("talks with Nordvik" after "Nordvik Defence": no listed
    /// place is a one-word short form, see [`Lexicon::org_short_runs`]).
    pub(super) fn retype(&self, doc: &Doc, ms: &mut [TypedMention]) {
        let lx = crate::engine::lexicon::lexicon();
        let mut buf = String::new();
        for m in ms.iter_mut() {
            // "the Suez Canal" beside "the Suez Canal Authority": a facility or place named by
            // its own designator is itself, not the body named after it.
            let designated_place = m.tokens.len() >= 2
                && matches!(m.label, Label::Fac | Label::Loc)
                && lx
                    .get_any(doc.tok_text(m.tokens.end - 1), &mut buf)
                    .and_then(|e| e.designator)
                    .is_some_and(|(l, p)| matches!(l, Label::Fac | Label::Loc) && p.suffix());
            if designated_place {
                continue;
            }
            // A place only as one word: a run of two opening the name may be a place the
            // lexicons do not list as one ("Atlantic City" of "Atlantic City Railroad").
            let other = matches!(
                m.label,
                Label::Person | Label::Product | Label::WorkOfArt | Label::Fac | Label::Event
            ) || (matches!(m.label, Label::Gpe | Label::Loc)
                && m.tokens.len() == 1
                && !after_place_preposition(doc, m.tokens.start));
            if other && self.holds(doc, m) {
                m.label = Label::Org;
                m.role = None;
                m.country = None;
                m.capital_of = None;
            }
        }
    }
}

/// Does token `i` follow a word of `[place_prepositions]` ("in Coronado", "near Kestrel")?
/// There a one-word place stays a place, even when an organisation's name opens with it.
fn after_place_preposition(doc: &Doc, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        crate::engine::lexicon::with_lower(doc.tok_text(p), |w| {
            words().place_prepositions.contains(&w)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::lexicon;

    /// The `nth` token reading `w`, from 0.
    fn at(doc: &Doc, w: &str, nth: usize) -> usize {
        (0..doc.tokens.len())
            .filter(|&i| doc.tok_text(i) == w)
            .nth(nth)
            .expect("the word is in the text")
    }

    fn mention(doc: &Doc, tokens: Range<usize>, label: Label) -> TypedMention {
        TypedMention::over(doc, tokens, label, 0.6)
    }

    #[test]
    fn a_one_word_short_form_typed_as_a_place_is_the_organisation_unless_a_place_preposition_says_so(
    ) {
        let text = "Halvard Defence won the order. Talks with Halvard began in May. \
                    The plant in Halvard opened.";
        let doc = Doc::new(text);
        let h = at(&doc, "Halvard", 0);
        let short = ShortForms::new(&doc, lexicon(), &[mention(&doc, h..h + 2, Label::Org)], &[]);
        let (talks, plant) = (at(&doc, "Halvard", 1), at(&doc, "Halvard", 2));
        let mut ms = [
            mention(&doc, talks..talks + 1, Label::Gpe),
            mention(&doc, plant..plant + 1, Label::Gpe),
        ];
        short.retype(&doc, &mut ms);
        assert_eq!(ms[0].label, Label::Org);
        assert_eq!(ms[1].label, Label::Gpe);
    }

    #[test]
    fn a_name_run_into_capitals_lends_no_short_form() {
        let text = "Kestrel Servicing LLC signed it. Kestrel paid. This Loan Servicing Agreement \
                    NORTHWIND SERVICING LLC binds both. The Loan is due, and the loan is large.";
        let doc = Doc::new(text);
        let k = at(&doc, "Kestrel", 0);
        let l = at(&doc, "Loan", 0);
        let ms = [
            mention(&doc, k..k + 3, Label::Org),
            mention(&doc, l..l + 6, Label::Org),
        ];
        let short = ShortForms::new(&doc, lexicon(), &ms, &[]);
        let kestrel = at(&doc, "Kestrel", 1);
        assert!(short.holds(&doc, &mention(&doc, kestrel..kestrel + 1, Label::Person)));
        // "Loan Servicing Agreement" runs into the party block in capitals: "the Loan" is the
        // contract's defined term, not a short form of an organisation.
        let loan = at(&doc, "Loan", 1);
        assert!(!short.holds(&doc, &mention(&doc, loan..loan + 1, Label::Person)));
    }

    #[test]
    fn a_legal_form_after_a_name_and_a_comma_is_no_name_of_its_own() {
        use crate::engine::test_names::{has, names};
        // Session 39: the tagger read "LLC" after "Investments," as a place ("Austin, Texas").
        let got = names(
            "Tarvik Investments, LLC, a Delaware limited liability company, and Orvane \
             Holdings, L.P. signed the agreement.",
        );
        assert!(has(&got, "Tarvik Investments", "ORG"), "{got:?}");
        assert!(has(&got, "Orvane Holdings", "ORG"), "{got:?}");
        assert!(
            !got.iter().any(|(t, _)| t == "LLC" || t == "L.P."),
            "{got:?}"
        );
        // Not after a comma, a legal form ends the firm's name as ever.
        let got = names("Tarvik Capital LP bought Orvane Labs.");
        assert!(has(&got, "Tarvik Capital LP", "ORG"), "{got:?}");
        // Sector words of firms' names (data/lexicons/designators.tsv, session 39).
        assert!(has(&got, "Orvane Labs", "ORG"), "{got:?}");
        // A state's code after a listed place is the place's, not a firm's form.
        let got = names("The plant is in Denver, CO and the office in Las Vegas, NV.");
        assert!(has(&got, "CO", "GPE") && has(&got, "NV", "GPE"), "{got:?}");
        let doc = Doc::new("in Saratoga Co. and Tarvik, Inc.");
        assert!(!only_legal_form(&doc, &(2..4)));
        assert!(only_legal_form(&doc, &(7..9)));
    }
}
