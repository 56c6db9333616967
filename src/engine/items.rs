//! Items: goods, technologies and weapons named by common nouns ("machine tools", "turbojet
//! engines", "nitrocellulose"), the things export-control and business news is about.
//!
//! Input: the tokenised [`Doc`]. Output: ITEM [`TypedMention`]s, longest phrase of the item
//! lexicon first, in text order. One lexicon lookup per word; multi-word keys are built only
//! after a word that starts an item phrase.

use super::lexicon::{lexicon, lower};
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};

pub fn find(doc: &Doc) -> Vec<TypedMention> {
    let lx = lexicon();
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut key = String::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let w = doc.tok_text(i);
        // Items are common nouns: a capitalised word inside a sentence is a name ("Sensors
        // Unlimited"), unless written in capitals ("UAV engines").
        let skip = doc.tokens[i].kind != TokenKind::Word
            || w.len() < 2
            || w.len() > 40
            || (w.as_bytes()[0].is_ascii_uppercase()
                && !w.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase)
                && !doc.is_sentence_start(i));
        if skip || !lx.maybe_item(w) {
            i += 1;
            continue;
        }
        let Some(e) = lx.get_any(doc.tok_text(i), &mut buf) else {
            i += 1;
            continue;
        };
        let mut best = if e.item { 1 } else { 0 };
        if e.item_start {
            key.clear();
            key.push_str(lower(doc.tok_text(i), &mut buf));
            for j in i + 1..n.min(i + lx.max_item_words) {
                if doc.tokens[j].kind != TokenKind::Word || doc.sentence_of(j) != doc.sentence_of(i)
                {
                    break;
                }
                key.push(' ');
                key.push_str(lower(doc.tok_text(j), &mut buf));
                if lx.get(&key).is_some_and(|e| e.item) {
                    best = j + 1 - i;
                }
            }
        }
        if best == 0 {
            i += 1;
            continue;
        }
        let last = i + best - 1;
        out.push(TypedMention {
            start: doc.tokens[i].start(),
            end: doc.tokens[last].end(),
            label: Label::Item,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.7,
            tokens: i..last + 1,
        });
        i = last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_item_phrases() {
        let text =
            "They shipped machine tools, turbojet engines and nitrocellulose, plus UAV engines.";
        let d = Doc::new(text);
        let got: Vec<&str> = find(&d).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            got,
            vec![
                "machine tools",
                "turbojet engines",
                "nitrocellulose",
                "UAV engines"
            ]
        );
    }
}
