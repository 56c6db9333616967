//! Titles said right before a person's name, read after typing: the role of a person the
//! tagger found without one ("Councillor Ann Reid", "the harbour master Ann Reid", "Chief
//! Financial Officer Ann Reid"), and the person the tagger missed after a title ("Competition
//! Commissioner Ann Reid said").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list, where a person mention without a role takes the longest title phrase (listed in
//! `data/lexicons/titles.txt` or in `[more_titles]` of `data/lexicons/context_words.txt`)
//! that ends right before it in the same sentence, in any case; and where a capitalised title
//! is followed by a listed given name and one or two more capitalised words that no mention
//! covers, those words become a PERSON mention with that role. A title word inside another
//! mention is not read. `[more_titles]` is read after the name tagger, so `ner.bin` does not
//! depend on it.
//!
//! No person is added in a headline line (Title Case or ALL CAPS), where capitals say nothing.
//!
//! A name of two or three plain capitalised words (or hyphenated ones: "Mirzaei-Tabrizi", none
//! a listed place) the tagger typed as a product (its default for a name it calls
//! "miscellaneous" and no list knows) or a place is a person after a title in lower case ("his Azerbaijani counterpart Jeyhun
//! Bayramov") or a staff noun (`[staff_nouns]`: "the trader X").
//!
//! A capitalised title right after a lower-case noun for a work (`[work_nouns]`: "the crime
//! series Inspector X", "the novel Captain Y") opens the work's name: it gives no role and
//! adds no one, and a person the tagger found after it is the work, a WORK_OF_ART from the
//! title on.
//!
//! An organisation the tagger made of a nationality and a portfolio right before a
//! government title ("Indian Shipping" in "Indian Shipping Minister X"; `[portfolio_titles]`)
//! is the title's: it is dropped, and the title phrase reads over it.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only adds roles and person mentions, moves a person's start past the title before
//! it, relabels a titled product or place PERSON and a person after a work's noun and title
//! WORK_OF_ART (widened over the title); drops only an organisation that is a title's portfolio, and a
//! mention that is wholly a listed title right before a person (read as its role).

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{headline_sentences, is_all_caps, is_capitalised, starts_lower};
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;

/// Longest title phrase read, in words.
const MAX_TITLE_WORDS: usize = 4;

/// Give roles to titled people and add titled people the tagger missed (see the module
/// documentation).
pub fn attach(doc: &Doc, ms: &mut Vec<TypedMention>) {
    // "Indian Shipping Minister X": the nationality and portfolio are the title's, not an
    // organisation the tagger made of them ("Indian Shipping").
    {
        let lx = lexicon();
        let mut buf = String::new();
        ms.retain(|m| !portfolio_of_title(doc, lx, m, &mut buf));
        // "Detective Inspector Tom Ellis" read as two names: the first is the second's title.
        let titles: Vec<bool> = (0..ms.len())
            .map(|k| {
                ms.get(k + 1).is_some_and(|next| {
                    next.label == Label::Person
                        && doc.same_sentence(ms[k].tokens.start, next.tokens.start)
                        && titles_up_to(doc, lx, ms[k].tokens.clone(), next.tokens.start)
                })
            })
            .collect();
        let mut k = 0;
        ms.retain(|_| {
            k += 1;
            !titles[k - 1]
        });
    }
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter() {
        for i in m.tokens.clone() {
            if let Some(c) = covered.get_mut(i) {
                *c = true;
            }
        }
    }
    for m in ms.iter_mut() {
        // "the comedy series Professor Quill Explains": a capitalised title after a noun for
        // a work opens the work's name; the name after it is no person.
        if m.label == Label::Person {
            if let Some(t) =
                title_phrase_before(doc, &covered, m.tokens.start).filter(|&t| opens_work(doc, t))
            {
                m.start = doc.tokens[t].start();
                m.tokens.start = t;
                m.label = Label::WorkOfArt;
                m.role = None;
                continue;
            }
        }
        // A name of two or three plain capitalised words the tagger typed as a product or a
        // place, right after a title in lower case, is a person ("his Azerbaijani
        // counterpart Jeyhun Bayramov", "Tirana businessman Arben Kolaj"); a title in
        // capitals may open the product's own name ("Inspector Lynley Mysteries").
        if matches!(m.label, Label::Product | Label::Gpe | Label::Loc)
            && (2..=3).contains(&m.tokens.len())
            && m.tokens.clone().all(|j| plain_name_word(doc, j))
            && (title_before(doc, &covered, m.tokens.start)
                .is_some_and(|t| starts_lower(doc.tok_text(t)))
                || staff_noun_before(doc, m.tokens.start))
        {
            m.label = Label::Person;
        }
        if m.label != Label::Person || m.role.is_some() {
            continue;
        }
        // A title the tagger took half of ("Chief Financial [Officer Ann Reid]"): the name
        // starts after it when two words are left.
        for i in m.tokens.clone() {
            covered[i] = false;
        }
        for p in (m.tokens.start + 1..m.tokens.end.saturating_sub(1)).rev() {
            if title_before(doc, &covered, p).is_some() && is_capitalised(doc.tok_text(p)) {
                m.start = doc.tokens[p].start();
                m.tokens.start = p;
                break;
            }
        }
        for i in m.tokens.clone() {
            covered[i] = true;
        }
        if let Some(start) = title_before(doc, &covered, m.tokens.start) {
            let (s, e) = (
                doc.tokens[start].start(),
                doc.tokens[m.tokens.start - 1].end(),
            );
            m.role = Some(doc.slice(s, e).to_string());
        }
    }
    let lx = lexicon();
    // Words the document also writes in lower case are common words, not names.
    let lower_words: FxHashSet<&str> = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(j, _)| doc.tok_text(j))
        .filter(|w| starts_lower(w))
        .collect();
    let common = |j: usize| {
        let w = doc.tok_text(j);
        w.contains('\'')
            || w.contains('\u{2019}')
            || lower_words.contains(w.to_lowercase().as_str())
    };
    // In headline lines (four words or more, eight in ten capitalised: Title Case or ALL
    // CAPS) capitals say nothing: no person is added there.
    let headline_line = headline_sentences(doc);
    let headline = |j: usize| {
        headline_line
            .get(doc.sentence_of(j) as usize)
            .copied()
            .unwrap_or(false)
    };
    let mut added = Vec::new();
    let mut i = 1;
    while i < doc.tokens.len() {
        let name_word = |j: usize| {
            doc.tokens.get(j).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && doc.sentence_of(j) == doc.sentence_of(i)
                    && !covered[j]
                    && is_capitalised(doc.tok_text(j))
                    && !is_all_caps(doc.tok_text(j))
            })
        };
        let fits = |j: usize| name_word(j) && !plain_word(doc, j) && !common(j);
        if !fits(i) || !fits(i + 1) || headline(i) {
            i += 1;
            continue;
        }
        let Some(start) = title_before(doc, &covered, i) else {
            i += 1;
            continue;
        };
        let mut end = i + 2;
        if fits(end) {
            end += 1;
        }
        // A name after a title written as one ("Trade Commissioner") or in lower case
        // ("Tirana businessman Arben Kolaj": capitals after a lower-case occupation are a
        // name), a listed given name, or a name a relative "who" follows ("baker Ann Reid,
        // who").
        let given = lx
            .get(&doc.tok_text(i).to_lowercase())
            .is_some_and(|e| e.given);
        let who = doc
            .tokens
            .get(end + 1)
            .is_some_and(|_| doc.tok_text(end) == "," && doc.tok_text(end + 1) == "who");
        let prev = doc.tok_text(i - 1);
        if !(given || who || is_capitalised(prev) || starts_lower(prev)) {
            i += 1;
            continue;
        }
        let (s, e) = (doc.tokens[start].start(), doc.tokens[i - 1].end());
        added.push(TypedMention {
            start: doc.tokens[i].start(),
            end: doc.tokens[end - 1].end(),
            label: Label::Person,
            role: Some(doc.slice(s, e).to_string()),
            country: None,
            capital_of: None,
            confidence: 0.6,
            tokens: i..end,
        });
        i = end;
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// Whether the two tokens before `at`, in its sentence, are a determiner and a singular
/// lower-case staff noun (`[staff_nouns]` not ending in "s": "the trader X", "an analyst X"):
/// an occupation, but one a firm may have too, so it is no title (no role, no apposition) and
/// only says that a name no list knows is a person's. "told traders X" and "gave staff X"
/// are objects, not occupations.
fn staff_noun_before(doc: &Doc, at: usize) -> bool {
    at.checked_sub(2).is_some_and(|d| {
        let noun = doc.tok_text(d + 1);
        doc.same_sentence(d, at)
            && matches!(
                doc.tok_text(d).to_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
            && !noun.ends_with('s')
            && noun != "staff"
            && words().staff_nouns.contains(&noun)
    })
}

/// Is token `i` a capitalised word of letters only, or of such parts joined by hyphens
/// ("Mirzaei-Tabrizi"), not ALL CAPS, that no person's name excludes (see [`plain_word`])?
fn plain_name_word(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    doc.tokens[i].kind == TokenKind::Word
        && is_capitalised(w)
        && !is_all_caps(w)
        && w.split('-')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
        && !plain_word(doc, i)
}

/// Is token `i` a word no person's name holds: a stop word ("Said", "On"), a listed place,
/// a designator or a title?
pub(crate) fn plain_word(doc: &Doc, i: usize) -> bool {
    super::lexicon::with_lower(doc.tok_text(i), |w| lexicon().get(w)).is_some_and(|e| {
        e.stop
            || e.country.is_some()
            || e.city.is_some()
            || e.region
            || e.demonym.is_some()
            || e.designator.is_some()
            || e.title
            || e.title_start
    })
}

/// The first token of the longest title phrase ending right before token `at`, same sentence,
/// no token of it inside a mention; none where the title opens a work's name
/// ([`opens_work`]).
pub(crate) fn title_before(doc: &Doc, covered: &[bool], at: usize) -> Option<usize> {
    title_phrase_before(doc, covered, at).filter(|&s| !opens_work(doc, s))
}

/// Whether `m` is an organisation the tagger made of a nationality and a portfolio before a
/// government title (`[portfolio_titles]`): "Indian Shipping" in "Indian Shipping Minister
/// X"; or of a portfolio alone before "Minister" ([`plain_portfolio`]). Its first word is a listed nationality, the next token is the title, capitalised, in
/// its sentence, and no word of it is an organisation noun (`[org_nouns]`: "Indian Oil
/// Company Secretary" stays a firm).
fn portfolio_of_title(
    doc: &Doc,
    lx: &super::lexicon::Lexicon,
    m: &TypedMention,
    buf: &mut String,
) -> bool {
    let (r, next) = (&m.tokens, m.tokens.end);
    m.label == Label::Org
        && next < doc.tokens.len()
        && doc.same_sentence(r.start, next)
        && is_capitalised(doc.tok_text(next))
        && words()
            .portfolio_titles
            .iter()
            .any(|t| t.eq_ignore_ascii_case(doc.tok_text(next)))
        && ((r.len() >= 2
            && lx
                .get_any(doc.tok_text(r.start), buf)
                .is_some_and(|e| e.demonym.is_some()))
            || plain_portfolio(doc, lx, r, buf))
        && r.clone().all(|i| {
            let w = doc.tok_text(i);
            !words().org_nouns.iter().any(|n| n.eq_ignore_ascii_case(w))
        })
}

/// "Heavy Industry" in "Mining and Heavy Industry Minister X", "Energy" in "Energy Minister
/// X": before "Minister", a portfolio of at most three words, none in capitals (an acronym:
/// "EU"), none a country, place or listed name (a firm has no minister), not ending in a
/// body's noun (`[minister_bodies]`: "Foreign Office Minister X" keeps the Foreign Office).
fn plain_portfolio(
    doc: &Doc,
    lx: &super::lexicon::Lexicon,
    r: &std::ops::Range<usize>,
    buf: &mut String,
) -> bool {
    r.len() <= 3
        && doc.tok_text(r.end).eq_ignore_ascii_case("minister")
        && !words()
            .minister_bodies
            .iter()
            .any(|b| b.eq_ignore_ascii_case(doc.tok_text(r.end - 1)))
        && r.clone().all(|i| {
            let w = doc.tok_text(i);
            !is_all_caps(w)
                && lx
                    .get_any(w, buf)
                    .is_none_or(|e| e.known.is_none() && e.country.is_none() && e.demonym.is_none())
        })
}

/// Whether tokens `r`, with the dot of an abbreviation after them ("Col."), are a listed title,
/// and only further titles stand between them and token `next` ("Maj. Gen. Dana Reyes").
fn titles_up_to(
    doc: &Doc,
    lx: &super::lexicon::Lexicon,
    r: std::ops::Range<usize>,
    next: usize,
) -> bool {
    let with_dot = |end: usize| {
        if end < next
            && doc.tok_text(end) == "."
            && doc.tokens[end].start() == doc.tokens[end - 1].end()
        {
            end + 1
        } else {
            end
        }
    };
    let mut end = with_dot(r.end);
    if r.end > next || !is_title(doc, lx, r.start..end) {
        return false;
    }
    while end < next {
        let after = with_dot(end + 1);
        if !is_title(doc, lx, end..after) {
            return false;
        }
        end = after;
    }
    true
}

/// Whether tokens `r` are, whole, a listed title (`titles.txt` or `[more_titles]`) and no
/// honorific alone ("Mr").
fn is_title(doc: &Doc, lx: &super::lexicon::Lexicon, r: std::ops::Range<usize>) -> bool {
    if r.is_empty() || r.len() > MAX_TITLE_WORDS {
        return false;
    }
    let phrase = doc
        .slice(doc.tokens[r.start].start(), doc.tokens[r.end - 1].end())
        .to_lowercase();
    (lx.get(&phrase).is_some_and(|e| e.title) || words().more_titles.contains(&phrase.as_str()))
        && !words().honorifics.contains(&phrase.as_str())
}

/// "the crime series Inspector Reid": a title written with a capital right after a lower-case
/// noun for a work (`[work_nouns]`) opens the work's name, it is no role ("the film director
/// X" keeps its role: a title in lower case). `s` is the title's first token.
fn opens_work(doc: &Doc, s: usize) -> bool {
    is_capitalised(doc.tok_text(s))
        && s.checked_sub(1).is_some_and(|p| {
            doc.same_sentence(p, s)
                && starts_lower(doc.tok_text(p))
                && words().work_nouns.contains(&doc.tok_text(p))
        })
}

/// The first token of the longest title phrase ending right before token `at`, same sentence,
/// no token of it inside a mention.
fn title_phrase_before(doc: &Doc, covered: &[bool], at: usize) -> Option<usize> {
    if at == 0 {
        return None;
    }
    let sentence = doc.sentence_of(at);
    let lx = lexicon();
    let more = &words().more_titles;
    let mut best = None;
    let mut phrase = String::new();
    let mut start = at;
    for _ in 0..MAX_TITLE_WORDS {
        if start == 0 {
            break;
        }
        start -= 1;
        // "Maj. Gen.": an abbreviation's dot is part of its word.
        let dot = start > 0
            && doc.tok_text(start) == "."
            && doc.tokens[start].start() == doc.tokens[start - 1].end()
            && !covered[start];
        if dot {
            start -= 1;
        }
        let t = &doc.tokens[start];
        if doc.sentence_of(start) != sentence || t.kind != TokenKind::Word || covered[start] {
            break;
        }
        let mut w = doc.tok_text(start).to_lowercase();
        if dot {
            w.push('.');
        }
        phrase = if phrase.is_empty() {
            w
        } else {
            format!("{w} {phrase}")
        };
        let listed = lx.get(&phrase).is_some_and(|e| e.title) || more.contains(&phrase.as_str());
        // Honorifics ("Mr", "Dr") say nothing about a role.
        if listed && !words().honorifics.contains(&phrase.as_str()) {
            best = Some(start);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    fn roles(text: &str) -> Vec<(String, Vec<String>)> {
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        a.entity_list
            .iter()
            .filter(|e| e.label.as_str() == "PERSON")
            .map(|e| (e.name.clone(), e.roles.clone()))
            .collect()
    }

    fn role_of(got: &[(String, Vec<String>)], name: &str) -> Option<String> {
        got.iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, r)| r.first().cloned())
    }

    #[test]
    fn a_nationality_and_portfolio_before_a_ministers_title_are_no_organisation() {
        let text = "Indian Shipping Minister Sarbananda Sonowal visited the port on Monday. \
                    Indian Oil Company Secretary Anil Rao signed the deal.";
        let got = crate::engine::test_names::names(text);
        assert!(
            !crate::engine::test_names::has(&got, "Indian Shipping", "ORG"),
            "{got:?}"
        );
        let a = analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-03-01".into()),
        });
        // No employment by a firm that is not there.
        assert!(
            a.relations.iter().all(|r| {
                let target = a.entity_list.iter().find(|e| e.id == r.target);
                target.is_none_or(|e| e.name != "Indian Shipping")
            }),
            "{:?}",
            a.relations
        );
        assert_eq!(
            role_of(&roles(text), "Sarbananda Sonowal").as_deref(),
            Some("Minister")
        );
        // A firm's name before a title stays the firm's.
        assert!(
            crate::engine::test_names::has(&got, "Indian Oil Company", "ORG"),
            "{got:?}"
        );
    }

    #[test]
    fn a_portfolio_alone_before_minister_is_no_organisation_but_a_body_is() {
        use crate::engine::test_names::{has, names};
        // Session-39 trial: "Heavy Industry" was the employer of "Mining and Heavy Industry
        // Minister Saran Batbold".
        let got = names(
            "Mining and Heavy Industry Minister Saran Batbold and Energy Minister Odval Tsend \
             met. Foreign Office Minister Tom Ashby spoke.",
        );
        assert!(has(&got, "Saran Batbold", "PERSON"), "{got:?}");
        assert!(
            !got.iter()
                .any(|(t, _)| t == "Heavy Industry" || t == "Energy"),
            "{got:?}"
        );
        assert!(has(&got, "Foreign Office", "ORG"), "{got:?}");
    }

    #[test]
    fn a_title_before_a_found_name_is_its_role() {
        let got = roles("Councillor Fiona Drever said the road would reopen.");
        assert_eq!(
            role_of(&got, "Fiona Drever").as_deref(),
            Some("Councillor"),
            "{got:?}"
        );
        let got = roles("The harbour master Erik Sandvik has closed the slipway.");
        assert_eq!(
            role_of(&got, "Erik Sandvik").as_deref(),
            Some("harbour master"),
            "{got:?}"
        );
        let got = roles("Chief Financial Officer Paul Greaves joined the board in 2020.");
        assert_eq!(
            role_of(&got, "Paul Greaves").as_deref(),
            Some("Chief Financial Officer"),
            "{got:?}"
        );
    }

    #[test]
    fn a_titled_name_the_tagger_missed_is_added() {
        let got = roles("Trade Commissioner Helga Brandt rejected the merger on Friday.");
        assert!(role_of(&got, "Helga Brandt").is_some(), "{got:?}");
        let got = roles("Retired ferryman Oddny Skaill, who ran the crossing, said it was a pity.");
        assert!(role_of(&got, "Oddny Skaill").is_some(), "{got:?}");
        // Not in a headline line, where every word is capitalised.
        let got = roles("Minister Brask Welcomes Yarrow Plan For Harbour");
        assert!(got.is_empty(), "{got:?}");
        // No title, no new name; an honorific is no role.
        let got = roles("Mr Tom Riley said the pier was safe.");
        assert!(got.iter().any(|(n, _)| n.contains("Tom Riley")), "{got:?}");
        assert!(got.iter().all(|(_, r)| r.is_empty()), "{got:?}");
    }

    #[test]
    fn a_product_after_a_lower_case_title_is_a_person() {
        // The tagger calls this name "miscellaneous" (a product by default) after a nationality.
        for text in [
            "The Armenian minister and his Azerbaijani counterpart Jeyhun Bayramov met in Istanbul.",
            "Talks between the Armenian envoy and her Azerbaijani counterpart Jeyhun Bayramov lasted hours.",
        ] {
            let got = roles(text);
            assert_eq!(
                role_of(&got, "Jeyhun Bayramov").as_deref(),
                Some("counterpart"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_hyphenated_name_after_an_occupation_is_a_person() {
        // An unlisted name with a hyphenated surname after a lower-case occupation: a title
        // gives its role, a staff noun (which a firm may have too) none.
        let got = roles("Prosecutors said the smuggler Idris Kaya-Demirel moved the funds.");
        assert_eq!(
            role_of(&got, "Idris Kaya-Demirel").as_deref(),
            Some("smuggler"),
            "{got:?}"
        );
        let got = roles("The trader Farhad Mirzaei-Tabrizi was also named in the order.");
        assert!(
            got.iter()
                .any(|(n, r)| n == "Farhad Mirzaei-Tabrizi" && r.is_empty()),
            "{got:?}"
        );
        // A plural staff noun is an object, not an occupation.
        let got = roles("Analysts told traders Orvik Brentmoor would climb.");
        assert!(!got.iter().any(|(n, _)| n == "Orvik Brentmoor"), "{got:?}");
    }

    #[test]
    fn a_title_opening_a_works_name_makes_no_person() {
        // A title word right after a noun for a work opens the work's title.
        for text in [
            "She starred for years in the detective drama Inspector Calder Mysteries.",
            "He wrote the novel Sergeant Orvik Remembers in 1998.",
            "Viewers loved the comedy series Professor Quill Explains.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // A title in lower case after such a noun is an occupation: "the film director X".
        let got = roles("The film director Oskar Lindqvist said the shoot would end.");
        assert!(
            role_of(&got, "Oskar Lindqvist").is_some_and(|r| r.ends_with("director")),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_read_as_a_name_of_its_own_before_a_person_is_the_persons_role() {
        use crate::engine::mention::TypedMention;
        use crate::engine::model::Label;
        use crate::engine::text::Doc;
        let doc = Doc::new("Detective Inspector Tom Ellis said the inquiry was closed.");
        let mut ms = vec![
            TypedMention::over(&doc, 0..2, Label::Person, 0.9),
            TypedMention::over(&doc, 2..4, Label::Person, 0.9),
        ];
        super::attach(&doc, &mut ms);
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].role.as_deref(), Some("Detective Inspector"));
        // Two names side by side that are no title stay both.
        let doc = Doc::new("Ann Reid Tom Ellis said so.");
        let mut ms = vec![
            TypedMention::over(&doc, 0..2, Label::Person, 0.9),
            TypedMention::over(&doc, 2..4, Label::Person, 0.9),
        ];
        super::attach(&doc, &mut ms);
        assert_eq!(ms.len(), 2, "{ms:?}");
    }

    #[test]
    fn abbreviated_ranks_are_titles_not_people() {
        let got = roles(
            "The crew was proud, said Col. Ada Brenner. She met Maj. Gen. Tomas Vell on Monday.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ada Brenner", "Tomas Vell"], "{got:?}");
        assert_eq!(role_of(&got, "Ada Brenner").as_deref(), Some("Col."));
        assert_eq!(role_of(&got, "Tomas Vell").as_deref(), Some("Maj. Gen."));
    }

    #[test]
    fn police_ranks_are_titles() {
        let got = roles("Detective Inspector Tom Ellis said the inquiry was closed.");
        assert_eq!(
            role_of(&got, "Tom Ellis").as_deref(),
            Some("Detective Inspector"),
            "{got:?}"
        );
        let got = roles("Detective Sergeant Aled Price said the van was found.");
        assert_eq!(
            role_of(&got, "Aled Price").as_deref(),
            Some("Detective Sergeant"),
            "{got:?}"
        );
    }
}
