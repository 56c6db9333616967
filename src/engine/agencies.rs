//! Public bodies named by their field and a country: "Statistics Canada", "Environment Canada",
//! "Tourism Australia", "Sport England", "Natural Resources Canada". The tagger and the rules
//! read the country alone and leave the field out; the two words together are the body.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same,
//! with each country mention right after a capitalised `[agency_fields]` word (and one more
//! capitalised word before it, "Global Affairs") replaced by one ORG mention over both.
//! *Architecture invariant:* reads the tokens, the lexicon and `[agency_fields]` only; imports
//! no other stage; only widens a country's GPE mention over field words no other mention covers
//! and makes it an ORG.

use super::lexicon::words::{words, ListSet};
use super::lexicon::{lexicon, with_lower_word};
use super::mention::{replace_spans, TypedMention};
use super::model::Label;
use super::shape::is_capitalised;
use super::text::{Doc, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// Make each "field + country" a public body's ORG mention (see the module doc).
pub fn join(doc: &Doc, ms: &mut Vec<TypedMention>) {
    static FIELDS: OnceLock<ListSet> = OnceLock::new();
    let fields = FIELDS.get_or_init(|| ListSet::of(&words().agency_fields));
    let lx = lexicon();
    let mut buf = String::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut bytes: Vec<(usize, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let k = m.tokens.start;
        if m.label != Label::Gpe || m.tokens.len() > 3 || k == 0 {
            continue;
        }
        let country = doc.slice(m.start, m.end);
        if lx
            .get_any(country, &mut buf)
            .and_then(|e| e.country)
            .is_none()
        {
            continue;
        }
        let free = |t: usize| {
            doc.same_sentence(t, k)
                && doc.tokens[t].kind == TokenKind::Word
                && is_capitalised(doc.tok_text(t))
                && (i == 0 || ms[i - 1].end <= doc.tokens[t].start())
        };
        let field = k - 1;
        if !free(field) || !with_lower_word(doc.tok_text(field), |w| fields.has(w)) {
            continue;
        }
        // "Global Affairs Canada": one capitalised word more, no stop word ("In Health Canada").
        let mut from = field;
        if field > 0 && free(field - 1) {
            let before = doc.tok_text(field - 1);
            let stop = lx
                .get_any(before, &mut buf)
                .is_some_and(|e| e.stop || e.country.is_some() || e.demonym.is_some() || e.title)
                || with_lower_word(before, |w| words().sentence_function_words.contains(w));
            if !stop {
                from = field - 1;
            }
        }
        spans.push(from..m.tokens.end);
        bytes.push((doc.tokens[from].start(), m.end));
    }
    if !spans.is_empty() {
        replace_spans(ms, spans, bytes, Label::Org);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_field_before_a_country_names_a_public_body() {
        let got = names(
            "Statistics Canada said on Friday that rents rose. A spokesman for Natural \
             Resources Canada declined to comment, and Sport England cut its grants.",
        );
        assert!(has(&got, "Statistics Canada", "ORG"), "{got:?}");
        assert!(has(&got, "Natural Resources Canada", "ORG"), "{got:?}");
        assert!(has(&got, "Sport England", "ORG"), "{got:?}");
        // The country alone, or after a lower-case field, stays the country.
        let got = names("The health of Canada's forests worries farmers in Canada.");
        assert!(has(&got, "Canada", "GPE"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }
}
