//! Qualifiers of a person's role: "former President X" was president, "deputy governor" is
//! not the governor. Read after the stages that give roles (`titles`, `appositions`), so a
//! role keeps the words that say the person does not (or no longer, or not yet) hold it.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where a PERSON mention's role starts at the qualifiers right before it in its
//! sentence (`[role_qualifiers]` of `data/lexicons/context_words.txt`, in any case: "former",
//! "acting", "deputy", "ex-" glued to the title's first word: "then-Prime Minister"); where a
//! person without a role right after a qualified title written as one word ("ex-President",
//! "Ex-minister") takes it as the role; and where a person mention that opens with such a
//! word and has two more ("Ex-minister Paul Ruiz") starts after it, the word being its role.
//!
//! *Architecture invariant:* reads the document and word lists only; imports no other stage;
//! changes only PERSON mentions' roles and moves a person's start past a qualified title
//! that opens it; never adds, drops or relabels a mention.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};

/// Most qualifiers read before one role ("former deputy").
const MAX_QUALIFIERS: usize = 2;
/// Farthest a role is looked for before its person, in bytes ("its acting chief executive,
/// Ann Reid": the role ends at the comma before the name).
const MAX_ROLE_DISTANCE: usize = 160;

/// Widen roles over their qualifiers (see the module documentation).
pub fn qualify(doc: &Doc, ms: &mut [TypedMention]) {
    for m in ms.iter_mut().filter(|m| m.label == Label::Person) {
        let first = m.tokens.start;
        // "Ex-minister Paul Ruiz": the qualified title is the role, not the name's first word.
        if m.tokens.len() >= 3 && m.role.is_none() && qualified_title(doc, first, true) {
            m.role = Some(doc.tok_text(first).to_string());
            m.tokens.start += 1;
            m.start = doc.tokens[m.tokens.start].start();
            continue;
        }
        let (start, end) = match &m.role {
            Some(r) => match role_tokens(doc, m, r) {
                Some(span) => span,
                None => continue,
            },
            // "ex-President Donald Trump": the word before the name is the role.
            None => match first.checked_sub(1) {
                Some(p) if doc.same_sentence(p, first) && qualified_title(doc, p, true) => {
                    (p, first)
                }
                _ => continue,
            },
        };
        let mut s = start;
        for _ in 0..MAX_QUALIFIERS {
            match s.checked_sub(1) {
                Some(p) if doc.same_sentence(p, s) && (qualifier(doc, p) || glued(doc, p, s)) => {
                    s = p
                }
                _ => break,
            }
        }
        if s != start || m.role.is_none() {
            let role = doc.slice(doc.tokens[s].start(), doc.tokens[end - 1].end());
            m.role = Some(role.to_string());
        }
    }
}

/// Token span of role `r` as written before mention `m` in its sentence: the last place it
/// starts within [`MAX_ROLE_DISTANCE`] bytes before the name, on token boundaries.
fn role_tokens(doc: &Doc, m: &TypedMention, r: &str) -> Option<(usize, usize)> {
    let mut s = m.tokens.start;
    while let Some(p) = s.checked_sub(1) {
        if !doc.same_sentence(p, m.tokens.start)
            || m.start - doc.tokens[p].start() > MAX_ROLE_DISTANCE
        {
            return None;
        }
        let from = doc.tokens[p].start();
        if doc.text.get(from..).is_some_and(|t| t.starts_with(r)) {
            let end = (p..m.tokens.start).find(|&e| doc.tokens[e].end() >= from + r.len())?;
            return (doc.tokens[end].end() == from + r.len()).then_some((p, end + 1));
        }
        s = p;
    }
    None
}

/// Is token `i` a role qualifier on its own ("former", "Acting")? "then" only after "the" or
/// a possessive ("the then president"; "and then President X signed" is no qualifier).
fn qualifier(doc: &Doc, i: usize) -> bool {
    let w = doc.tok_text(i);
    let then_ok = !w.eq_ignore_ascii_case("then")
        || i.checked_sub(1).is_some_and(|p| {
            let b = doc.tok_text(p);
            b.eq_ignore_ascii_case("the") || super::shape::possessive_len(b) > 0
        });
    doc.tokens[i].kind == TokenKind::Word
        && then_ok
        && words()
            .role_qualifiers
            .iter()
            .any(|q| q.eq_ignore_ascii_case(w))
}

/// Is token `i` a qualifier glued by a hyphen to a word ("ex-President", "then-Prime"), and,
/// when `title`, that word a title by itself ("ex-minister")?
fn qualified_title(doc: &Doc, i: usize, title: bool) -> bool {
    let t = doc.tok_text(i);
    let Some((head, tail)) = t.split_once('-') else {
        return false;
    };
    let known = words()
        .role_qualifiers
        .iter()
        .any(|q| q.eq_ignore_ascii_case(head));
    known
        && !tail.is_empty()
        && (!title
            || lexicon().get(&tail.to_lowercase()).is_some_and(|e| {
                e.title && !words().honorifics.contains(&tail.to_lowercase().as_str())
            }))
}

/// "then-Prime Minister": the glued qualifier and the first word of the title, right before
/// the role's token `s`, capitalised after the hyphen.
fn glued(doc: &Doc, p: usize, s: usize) -> bool {
    qualified_title(doc, p, false)
        && doc.tokens[p].end() + 1 >= doc.tokens[s].start()
        && doc
            .tok_text(p)
            .split_once('-')
            .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, model::DocumentInput};

    /// (name, roles) of each person of `text`.
    fn roles(text: &str) -> Vec<(String, Vec<String>)> {
        let a = analyze(&DocumentInput {
            id: "q".into(),
            text: text.into(),
            date: Some("2025-03-04".into()),
        });
        a.entity_list
            .iter()
            .filter(|e| e.label == crate::engine::model::Label::Person)
            .map(|e| (e.name.clone(), e.roles.clone()))
            .collect()
    }

    fn role_of(text: &str, name: &str) -> Option<String> {
        let got = roles(text);
        got.iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no person {name} in {got:?}"))
            .1
            .first()
            .cloned()
    }

    #[test]
    fn a_qualifier_before_a_title_stays_in_the_role() {
        for (text, name, want) in [
            (
                "Former President Odile Marchetti was jailed for bribery.",
                "Odile Marchetti",
                "Former President",
            ),
            (
                "The court heard from former Transport Minister Ruben Castellano on Monday.",
                "Ruben Castellano",
                "former Transport Minister",
            ),
            (
                "Deputy director Tomas Kerrigan signed the order.",
                "Tomas Kerrigan",
                "Deputy director",
            ),
            (
                "The bank's deputy governor, Hadi Sarraf, resigned.",
                "Hadi Sarraf",
                "deputy governor",
            ),
            (
                "The talks were led by then-Prime Minister Aldo Ferrante.",
                "Aldo Ferrante",
                "then-Prime Minister",
            ),
        ] {
            assert_eq!(role_of(text, name).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_qualified_title_written_as_one_word_is_the_role_not_the_name() {
        assert_eq!(
            role_of("Ex-minister Paolo Brandi left the party.", "Paolo Brandi").as_deref(),
            Some("Ex-minister")
        );
        assert_eq!(
            role_of(
                "A statement from ex-President Marta Lindqvist followed.",
                "Marta Lindqvist"
            )
            .as_deref(),
            Some("ex-President")
        );
    }

    #[test]
    fn a_role_without_a_qualifier_is_unchanged() {
        assert_eq!(
            role_of(
                "President Odile Marchetti spoke on Monday.",
                "Odile Marchetti"
            )
            .as_deref(),
            Some("President")
        );
        // A hyphenated word that is no qualifier says nothing of the role.
        assert_eq!(
            role_of(
                "Long-serving councillor Ann Reid opened the inquiry.",
                "Ann Reid"
            )
            .as_deref(),
            Some("councillor")
        );
    }
}
