//! Employers named only by the job title after them: "said Nomura analyst Kenji Sato",
//! "Feyenoord's director of football, Sjoerd Mulder, said". The tagger leaves such a name
//! out when nothing else in the sentence marks it (an unfamiliar one-word firm, often opening
//! the sentence); the title between it and a person's name says it is the person's employer.
//!
//! The frame: one to three capitalised words no mention covers, then (maybe after a
//! possessive "'s") a run of at most five lower-case words opened by an employee's title
//! (`[employee_titles]` of `data/lexicons/context_words.txt`: "analyst", "chief", "director",
//! "striker"), then a person's name (maybe after a comma), all in one sentence. The words
//! become an ORG mention. Left alone: words the lexicon lists as a place, country,
//! nationality, stop word, title or given name, or as a surname closing them ("Reid's lawyer"
//! is a person's), a hyphenated modifier ("Oscar-winning"); and words opening the sentence
//! without a possessive, unless the document also writes their first word capitalised inside
//! a sentence ("Veteran analyst X said" opens with an adjective as often as with a firm). The
//! title opens the lower-case run or follows one `[title_modifiers]` word ("senior analyst").
//!
//! A one-word name the tagger read as a person's right before a staff noun (`[staff_nouns]`:
//! "analyst", "economist") and a person's name is the firm too ("Nomura", a surname as well,
//! in "said Nomura analyst Kenji Sato").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with the ORG mentions added, in text order, and those persons relabelled ORG.
//!
//! [`people_of_firms`]: "Analyst Sofie Brandt of Danske Bank" read as one organisation is the
//! person and the firm: a mention opening with a lexicon given name and one more capitalised
//! word, then "of" and capitalised words, right after an employee's title, is cut in two.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only adds ORG mentions over words no mention covers, relabels a one-word person
//! before a staff noun ORG, and cuts a titled "Given Surname of Firm" mention at "of" into a
//! person and an organisation; never drops a word of a mention.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_capitalised, possessive_len, starts_lower};
use super::text::{Doc, TokenKind};
use std::collections::HashSet;

/// Most words of a job title between the employer and the person ("director of football").
const MAX_TITLE_WORDS: usize = 5;
/// Most words of the employer's name.
const MAX_NAME_WORDS: usize = 3;
/// Confidence of an employer found by its frame.
const CONFIDENCE: f32 = 0.7;

/// Add the employers named before a person's job title (see the module documentation).
pub fn add(doc: &Doc, ms: &mut Vec<TypedMention>) {
    // "said Nomura analyst Kenji Sato": a one-word name read as a person's right before a
    // staff noun and a person's name is the firm they work at.
    // Last words of people's full names: such a word alone is that person ("Trump
    // strategist X" after "Donald Trump").
    let surnames: HashSet<String> = ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
        .map(|m| bare_lower(doc, m.tokens.end - 1))
        .collect();
    for k in 1..ms.len() {
        if ms[k].label == Label::Person
            && staffed(doc, &ms[k - 1], ms[k].tokens.start)
            && !surnames.contains(&bare_lower(doc, ms[k - 1].tokens.start))
        {
            ms[k - 1].label = Label::Org;
            ms[k - 1].role = None;
        }
    }
    // The relabelling above moves no token: the cover is the same before and after it.
    let mut covered = super::mention::covered_tokens(doc, ms);
    let inside = std::cell::OnceCell::new();
    let mut added = Vec::new();
    for p in ms.iter().filter(|m| m.label == Label::Person) {
        if let Some((r, glued)) = employer_before(doc, &covered, &inside, p.tokens.start) {
            for i in r.clone() {
                covered[i] = true;
            }
            let mut m = TypedMention::over(doc, r, Label::Org, CONFIDENCE);
            if glued {
                m.end -= possessive_len(doc.slice(m.start, m.end));
            }
            added.push(m);
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

/// The tokens of the employer's name in the frame ending at the person's first token `at`,
/// and whether its last token carries the possessive ("Feyenoord's" as one token).
fn employer_before<'d>(
    doc: &Doc<'d>,
    covered: &[bool],
    inside: &std::cell::OnceCell<HashSet<&'d str>>,
    at: usize,
) -> Option<(std::ops::Range<usize>, bool)> {
    let same = |i: usize| doc.same_sentence(i, at);
    let mut end = at.checked_sub(1).filter(|&i| same(i))?;
    if doc.tok_text(end) == "," {
        end = end.checked_sub(1).filter(|&i| same(i))?;
    }
    // The title: the lower-case words ending at `end`, an employee's title among the first
    // two ("senior analyst").
    let lowered = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word && starts_lower(doc.tok_text(i)) && !covered[i]
    };
    let mut first = end + 1;
    while first > 0 && end + 2 - first <= MAX_TITLE_WORDS && same(first - 1) && lowered(first - 1) {
        first -= 1;
    }
    let employee = |i: usize| {
        words()
            .employee_titles
            .contains(&doc.tok_text(i).to_lowercase().as_str())
    };
    // The title opens the run, or follows one modifier ("senior analyst").
    let modifier = |i: usize| {
        words()
            .title_modifiers
            .contains(&doc.tok_text(i).to_lowercase().as_str())
    };
    if first > end || !(employee(first) || first < end && modifier(first) && employee(first + 1)) {
        return None;
    }
    // Only a possessive "'s" may stand between the name and the title.
    let mut after = first;
    let possessive_token = after
        .checked_sub(1)
        .is_some_and(|i| matches!(doc.tok_text(i), "'s" | "’s"));
    if possessive_token {
        after -= 1;
    }
    let last = after.checked_sub(1).filter(|&i| same(i))?;
    let glued = possessive_len(doc.tok_text(last)) > 0;
    let mut start = after;
    while start > 0 && after + 1 - start <= MAX_NAME_WORDS && same(start - 1) {
        if !name_word(doc, covered, start - 1) {
            break;
        }
        start -= 1;
    }
    if start > last {
        return None;
    }
    let lx = lexicon();
    let listed = (start..=last).any(|i| {
        lx.get(&bare_lower(doc, i))
            .is_some_and(|e| e.names_no_firm())
    });
    let person_like = lx.get(&bare_lower(doc, start)).is_some_and(|e| e.given)
        || lx.get(&bare_lower(doc, last)).is_some_and(|e| e.surname);
    // "the Oscar-winning director X": a hyphenated modifier, no name.
    let modifier_word = doc
        .tok_text(last)
        .split_once('-')
        .is_some_and(|(_, tail)| starts_lower(tail));
    if listed || person_like || modifier_word {
        return None;
    }
    let possessive = possessive_token || glued;
    // After a colon or a quotation mark a capital opens a sentence too.
    let opening = doc.is_sentence_start(start)
        || start.checked_sub(1).is_some_and(|p| {
            matches!(
                doc.tok_text(p),
                ":" | "\"" | "“" | "‘" | "'" | "(" | "-" | "—" | "–"
            )
        });
    let written_inside = || {
        let set = inside.get_or_init(|| capitalised_inside(doc));
        set.contains(bare(doc, start))
    };
    if opening && !possessive && !written_inside() {
        return None;
    }
    Some((start..last + 1, glued))
}

/// Is `m` a one-word person's name with no possessive and no listed given name, right before
/// a staff noun (`[staff_nouns]`: "analyst", "economist") opening the lower-case words up to the
/// person's first token `at`?
fn staffed(doc: &Doc, m: &TypedMention, at: usize) -> bool {
    let (i, next) = (m.tokens.start, m.tokens.end);
    m.label == Label::Person
        && m.tokens.len() == 1
        && next < at
        && at - next <= MAX_TITLE_WORDS
        && doc.same_sentence(i, at)
        && possessive_len(doc.tok_text(i)) == 0
        && words()
            .staff_nouns
            .contains(&doc.tok_text(next).to_lowercase().as_str())
        && (next..at).all(|j| starts_lower(doc.tok_text(j)))
        && !lexicon()
            .get(&bare_lower(doc, i))
            .is_some_and(|e| e.given || matches!(e.known, Some((Label::Person, _))))
}

/// Token `i`'s text in lower case without a possessive ending.
fn bare_lower(doc: &Doc, i: usize) -> String {
    let w = doc.tok_text(i);
    w[..w.len() - possessive_len(w)].to_lowercase()
}

/// Is token `i` a capitalised word no mention covers?
fn name_word(doc: &Doc, covered: &[bool], i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && !covered[i] && is_capitalised(doc.tok_text(i))
}

/// The capitalised words (without a possessive) the document writes somewhere not opening a
/// sentence: a name's first word found there is a name the text uses inside a sentence too.
/// Built once per document, on first need.
fn capitalised_inside<'d>(doc: &Doc<'d>) -> HashSet<&'d str> {
    (0..doc.tokens.len())
        .filter(|&j| !doc.is_sentence_start(j) && is_capitalised(doc.tok_text(j)))
        .map(|j| bare(doc, j))
        .collect()
}

/// Token `i`'s text without a possessive ending.
fn bare<'d>(doc: &Doc<'d>, i: usize) -> &'d str {
    let w = doc.tok_text(i);
    &w[..w.len() - possessive_len(w)]
}

/// Cut "Given Surname of Firm" mentions after an employee's title in two (see the module
/// documentation): the person's two words, and the firm's words after "of".
pub fn people_of_firms(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let lx = lexicon();
    let mut buf = String::new();
    let titles = &words().employee_titles;
    let mut cuts = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let r = m.tokens.clone();
        if r.len() < 4
            || r.start == 0
            || doc.tok_text(r.start + 2) != "of"
            || !matches!(m.label, Label::Org | Label::Person)
            || !(r.start + 3..r.end).all(|i| is_capitalised(doc.tok_text(i)))
            || !is_capitalised(doc.tok_text(r.start + 1))
        {
            continue;
        }
        let given = lx
            .get_any(doc.tok_text(r.start), &mut buf)
            .is_some_and(|e| e.given && e.designator.is_none());
        let titled = titles.contains(&doc.tok_text(r.start - 1).to_lowercase().as_str());
        if given && titled {
            cuts.push(k);
        }
    }
    for &k in cuts.iter().rev() {
        let r = ms[k].tokens.clone();
        let confidence = ms[k].confidence;
        let person = TypedMention::over(doc, r.start..r.start + 2, Label::Person, confidence);
        // "president Ana Lopes of Ukraine": the tail is a place when the lexicon says so.
        let tail = &doc.text[doc.tokens[r.start + 3].start()..doc.tokens[r.end - 1].end()];
        let label = match lx.get_any(tail, &mut buf) {
            Some(e)
                if e.country.is_some() || e.capital.is_some() || e.city.is_some() || e.region =>
            {
                Label::Gpe
            }
            Some(e) => match e.known {
                Some((l @ (Label::Gpe | Label::Loc), _)) => l,
                _ => Label::Org,
            },
            None => Label::Org,
        };
        let firm = TypedMention::over(doc, r.start + 3..r.end, label, confidence);
        ms.splice(k..=k, [person, firm]);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput, model::Label};

    #[test]
    fn a_titled_person_of_a_firm_read_as_one_name_is_both() {
        for text in [
            "Analyst Sofie Brandt of Danske Bank said prices would rise.",
            "Prices will rise, said analyst Sofie Brandt of Danske Bank.",
        ] {
            assert!(
                has(text, "Sofie Brandt", Label::Person),
                "{text}: {:?}",
                entities(text)
            );
            assert!(
                has(text, "Danske Bank", Label::Org),
                "{text}: {:?}",
                entities(text)
            );
        }
        // The tail after "of" is a place when the lexicon says so.
        let text = "Talks went on, said president Ana Lopes of Portugal.";
        assert!(has(text, "Portugal", Label::Gpe), "{:?}", entities(text));
        assert!(!has(text, "Portugal", Label::Org), "{:?}", entities(text));
        // A body named after a person keeps its name.
        let text = "Officials at the Bank of England said so.";
        assert!(
            has(text, "Bank of England", Label::Org),
            "{:?}",
            entities(text)
        );
    }

    fn entities(text: &str) -> Vec<(String, Label)> {
        analyze(&DocumentInput {
            id: "e".into(),
            text: text.into(),
            date: Some("2025-03-04".into()),
        })
        .entity_list
        .into_iter()
        .map(|e| (e.name, e.label))
        .collect()
    }

    fn has(text: &str, name: &str, label: Label) -> bool {
        entities(text).iter().any(|(n, l)| n == name && *l == label)
    }

    #[test]
    fn a_name_before_an_employees_title_and_a_person_is_the_employer() {
        for (text, firm) in [
            ("The yen will fall, said Nomura analyst Kenji Sato.", "Nomura"),
            (
                "Brennvik's director of football, Sjoerd Mulder, said the fee was fair.",
                "Brennvik",
            ),
            (
                "Vellacore chief executive Ana Prieto said the launch slipped. Shares in Vellacore fell.",
                "Vellacore",
            ),
        ] {
            assert!(has(text, firm, Label::Org), "{text}: {:?}", entities(text));
        }
    }

    #[test]
    fn an_adjective_opening_the_sentence_or_a_place_is_no_employer() {
        let text = "Veteran analyst Kenji Sato said the yen would fall.";
        assert!(
            !entities(text).iter().any(|(n, _)| n == "Veteran"),
            "{:?}",
            entities(text)
        );
        let text = "The fee was fair, said Rotterdam director Sjoerd Mulder.";
        assert!(!has(text, "Rotterdam", Label::Org), "{:?}", entities(text));
    }
}
