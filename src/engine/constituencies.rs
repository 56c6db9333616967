//! The seat a legislator holds: "the MP for Bolsover", "the Liberal MPP for Harrowgate", "Senator
//! for Tasmania". The tagger reads an unlisted seat after "for" as a person's name (a surname
//! often names a town); after a legislator's title and "for" it is a place.
//!
//! The frame: a PERSON mention of one to three words with no role, right after "for", right
//! after a word of `[constituency_titles]` ("MP", "MPP", "MEP", "senator", "member"), all in
//! one sentence. Such a mention becomes a GPE. A listed given name opening two words or more
//! ("the MP for Anna Kerr's family") keeps the person.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! mentions, some relabelled.
//!
//! *Architecture invariant:* reads the document, the lexicon and `[constituency_titles]`;
//! imports no other stage; only relabels PERSON mentions as GPE (never adds, drops or moves
//! one).

use super::lexicon::words::words;
use super::lexicon::{lexicon, with_lower};
use super::mention::TypedMention;
use super::model::Label;
use super::text::Doc;

/// Relabel the seats named after a legislator's title (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut [TypedMention]) {
    let titles = &words().constituency_titles;
    let lx = lexicon();
    let mut buf = String::new();
    for m in ms.iter_mut() {
        let s = m.tokens.start;
        if m.label != Label::Person || m.role.is_some() || m.tokens.len() > 3 || s < 2 {
            continue;
        }
        if doc.tok_text(s - 1) != "for"
            || !doc.same_sentence(s - 2, s)
            || !with_lower(doc.tok_text(s - 2), |k| titles.contains(&k))
        {
            continue;
        }
        let given_first = m.tokens.len() >= 2
            && lx
                .get_any(doc.tok_text(s), &mut buf)
                .is_some_and(|e| e.given);
        if !given_first {
            m.label = Label::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn the_seat_after_a_legislators_title_and_for_is_a_place() {
        let got = names("Dana Whitcombe, the Labour MP for Pellingford, voted against the bill.");
        assert!(has(&got, "Pellingford", "GPE"), "{got:?}");
        assert!(has(&got, "Dana Whitcombe", "PERSON"), "{got:?}");
    }

    #[test]
    fn a_person_after_for_without_a_legislators_title_stays_a_person() {
        for text in [
            "A representative for Dana Whitcombe declined to comment.",
            "Senators for Dana Whitcombe met on Monday.",
            "Labour MPs for Dana Whitcombe held a rally.",
        ] {
            let got = names(text);
            assert!(has(&got, "Dana Whitcombe", "PERSON"), "{text}: {got:?}");
        }
    }
}
