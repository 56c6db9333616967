//! The sentence cues that say a name is an organisation's ([`super::retype`]): what the words
//! around a name's tokens say, read from the [`Doc`] and `data/lexicons/context_words.txt` only.
//! Each takes the name's token bounds (`start`, exclusive `end`) and answers yes or no.
//!
//! *Architecture invariant:* reads the document and the word lists only; no mention, no stage.

use crate::engine::lexicon::words::words;
use crate::engine::shape::{self, is_capitalised, possessive_len, starts_lower};
use crate::engine::text::{Doc, TokenKind};

/// "X said its": a speech or report verb, then "its" (a person is never "its").
pub(super) fn says_its(doc: &Doc, end: usize) -> bool {
    says_it(doc, end) && word(doc, end + 1).as_deref() == Some("its")
}

/// "X said it", "X reported its": the word after the name is a speech or report verb and the
/// next one "it" or "its". Not "it" before a copula ("Reid said it was too early", "said it's
/// late"): that "it" is the situation, said by people as often as by firms.
pub(super) fn says_it(doc: &Doc, end: usize) -> bool {
    let (Some(v), Some(p)) = (word(doc, end), word(doc, end + 1)) else {
        return false;
    };
    let w = words();
    if !(w.speech_verbs.contains(&v.as_str()) || w.report_verbs.contains(&v.as_str())) {
        return false;
    }
    match p.as_str() {
        "its" => true,
        "it" => !doc.tokens.get(end + 2).is_some_and(|_| {
            w.it_copulas
                .contains(&normal_quote(doc.tok_text(end + 2)).as_str())
        }),
        _ => false,
    }
}

/// A word in lower case with a typographic apostrophe written as `'`.
fn normal_quote(w: &str) -> String {
    w.to_lowercase().replace('\u{2019}', "'")
}

/// ", a consortium led by", ", the world's biggest train maker,", ", Norway's grid
/// operator,", ", an Australian-listed producer": a comma, a determiner or a capitalised
/// possessive, up to four lower-case words (or possessives, or a place joined to an ending
/// such as "-listed": `shape::suffix_len`) and an organisation noun that ends the phrase.
pub(super) fn apposition(doc: &Doc, end: usize) -> bool {
    if end >= doc.tokens.len() || doc.tok_text(end) != "," {
        return false;
    }
    let possessor = end + 1 < doc.tokens.len()
        && is_capitalised(doc.tok_text(end + 1))
        && possessive_len(doc.tok_text(end + 1)) > 0;
    if !possessor && !matches!(word(doc, end + 1).as_deref(), Some("a" | "an" | "the")) {
        return false;
    }
    let w = words();
    let is_org_noun = |s: &str| w.org_nouns.contains(&s) || w.apposition_org_nouns.contains(&s);
    let sentence = doc.sentence_of(end);
    for i in end + 2..(end + 7).min(doc.tokens.len()) {
        let t = &doc.tokens[i];
        if doc.sentence_of(i) != sentence || t.kind != TokenKind::Word {
            return false;
        }
        let s = doc.tok_text(i);
        if s.chars().next().is_some_and(|c| c.is_uppercase()) && shape::suffix_len(s) == 0 {
            return false;
        }
        let s = s.to_lowercase();
        if is_org_noun(&s) {
            let next = doc.tokens.get(i + 1);
            let ends = match next {
                None => true,
                Some(_) if doc.sentence_of(i + 1) != sentence => true,
                Some(n) if n.kind == TokenKind::Punct => true,
                Some(_) => w
                    .apposition_enders
                    .contains(&doc.tok_text(i + 1).to_lowercase().as_str()),
            };
            if ends {
                return true;
            }
        }
    }
    false
}

/// "X, which makes engines": a comma, "which" and a verb of what firms do (`[firm_verbs]`). A
/// person takes "who", and a place does not make, sell or employ.
pub(super) fn which_makes(doc: &Doc, end: usize) -> bool {
    end < doc.tokens.len()
        && doc.tok_text(end) == ","
        && word(doc, end + 1).as_deref() == Some("which")
        && word(doc, end + 2).is_some_and(|v| words().firm_verbs.contains(&v.as_str()))
}

/// "analysts at X": "at" before the name and a staff noun before it; "chief executive of X":
/// "of" and a title held only at a firm (`[firm_titles]`).
pub(super) fn staff_at(doc: &Doc, start: usize) -> bool {
    let list = match (start >= 2).then(|| doc.tok_text(start - 1)) {
        Some("at") => &words().staff_nouns,
        Some("of") => &words().firm_titles,
        _ => return false,
    };
    word(doc, start - 2).is_some_and(|s| list.contains(&s.as_str()))
}

/// The lower-case text of token `i` when it is a word.
pub(super) fn word(doc: &Doc, i: usize) -> Option<String> {
    let t = doc.tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.tok_text(i).to_lowercase())
}

/// "a small mapping studio, X,", "its parent company, X.": before the name a comma, and
/// before that an organisation noun ending a noun phrase of up to four lower-case words that
/// opens with a determiner or a possessive. After the name the apposition closes (a comma, a
/// full stop, a bracket or the sentence's end), and no speech verb follows unless "it" follows
/// it: "The firm, Lee said, ..." is a person's aside, "Norway's largest lender, X, said it"
/// the firm speaking.
pub(super) fn apposition_before(doc: &Doc, start: usize, end: usize) -> bool {
    if start < 3 || doc.tok_text(start - 1) != "," {
        return false;
    }
    let sentence = doc.sentence_of(start);
    let closes = match doc.tokens.get(end) {
        None => true,
        Some(_) if doc.sentence_of(end) != sentence => true,
        Some(t) if t.kind == TokenKind::Punct => {
            matches!(doc.tok_text(end), "," | "." | ")" | ";")
                && (!word(doc, end + 1).is_some_and(|v| {
                    let w = words();
                    w.speech_verbs.contains(&v.as_str()) || w.report_verbs.contains(&v.as_str())
                }) || says_it(doc, end + 1))
        }
        Some(_) => false,
    };
    let w = words();
    let noun = word(doc, start - 2);
    if !closes
        || !noun.is_some_and(|n| {
            w.org_nouns.contains(&n.as_str()) || w.apposition_org_nouns.contains(&n.as_str())
        })
    {
        return false;
    }
    // Back over the noun phrase to its determiner or possessive.
    for i in (start.saturating_sub(7)..start - 2).rev() {
        if doc.sentence_of(i) != sentence {
            return false;
        }
        let t = doc.tok_text(i);
        // A determiner, a possessive pronoun or a name's possessive ("Norway's largest
        // lender, X,") opens the phrase.
        if matches!(
            t.to_lowercase().as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        ) || (is_capitalised(t) && possessive_len(t) > 0)
        {
            return true;
        }
        if doc.tokens[i].kind != TokenKind::Word || !(starts_lower(t) || shape::suffix_len(t) > 0) {
            return false;
        }
    }
    false
}

/// "launchers built by X": a name of one capitalised word right after "by" and a participle
/// of what firms do to goods (`[maker_participles]`: "built", "manufactured", "supplied").
pub(super) fn made_by(doc: &Doc, start: usize, end: usize) -> bool {
    end == start + 1
        && start >= 2
        && is_capitalised(doc.tok_text(start))
        && doc.tok_text(start - 1) == "by"
        && word(doc, start - 2).is_some_and(|v| words().maker_participles.contains(&v.as_str()))
}
