//! Word-shape helpers shared by the stages: capitalisation, ALL-CAPS, possessive and
//! "-based" endings. No dependency on any other stage (so `lexicon`, `candidates` and `typing`
//! can all use them without importing each other). Lengths are in bytes. [`headline_sentences`]
//! reads the tokens of a [`Doc`] (the only import: `text` imports nothing of this module).

use super::text::{Doc, TokenKind};

/// Per sentence of `doc`: a headline line, where capitals say nothing about names: four words
/// or more, eight in ten capitalised (Title Case or ALL CAPS), or a [`short_opening_line`].
/// Read after typing by the stages that must not take a capitalised run there for a name
/// (`titles`, `firms`); linear in the tokens.
pub fn headline_sentences(doc: &Doc) -> Vec<bool> {
    let short = short_opening_line(doc);
    doc.sentences
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let (mut words, mut caps) = (0usize, 0usize);
            for j in s.tokens() {
                if doc.tokens[j].kind == TokenKind::Word {
                    words += 1;
                    caps += usize::from(is_capitalised(doc.tok_text(j)));
                }
            }
            (words >= 4 && caps * 10 >= words * 8) || (n == 0 && short)
        })
        .collect()
}

/// Does the document open with a headline (its first sentence) of exactly three capitalised words and go on after
/// it ("Strike Hits Ports", "Merkel Visits Paris")? Not when a word is an initial or the line
/// ends in ":" or "?": a signature or a greeting ("Jeffrey T Hodge", "Dear Mr. Lavorato:").
pub fn short_opening_line(doc: &Doc) -> bool {
    let (Some(s), true) = (doc.sentences.first(), doc.sentences.len() > 1) else {
        return false;
    };
    let (mut words, mut caps) = (0usize, 0usize);
    for j in s.tokens() {
        let w = doc.tok_text(j);
        if doc.tokens[j].kind == TokenKind::Word {
            if w.trim_end_matches('.').chars().count() == 1 {
                return false;
            }
            words += 1;
            caps += usize::from(is_capitalised(w));
        } else if matches!(w, ":" | "?") {
            return false;
        }
    }
    words == 3 && caps == 3
}

/// First character is upper case ("Biden", "U.S.", "Électricité").
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A capitalised word of a cased script other than Latin (Cyrillic, Greek, Armenian, Georgian
/// Mtavruli): "Зеленский", "Παπαδόπουλος". The name tagger, trained on English text, has
/// seen almost none, so its silence on them says little.
pub fn is_capitalised_non_latin(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        c.is_uppercase() && matches!(c as u32, 0x0370..=0x058F | 0x10A0..=0x10FF | 0x1C90..=0x1CBF)
    })
}

/// First character is lower case ("said", "von", "été"); false for "", digits and marks.
pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Token `i` of `doc` is a word whose first character is lower case ("rose", "de"), not
/// punctuation, a number or a link.
pub fn is_lower_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && starts_lower(doc.tok_text(i))
}

/// Lower-case-initial brand with an inner capital near the start: "iRay", "eBay", "iPhone".
pub fn is_lower_brand(s: &str) -> bool {
    let mut cs = s.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some(b), Some(c))
        if a.is_lowercase() && b.is_uppercase() && c.is_alphabetic())
}

/// Every letter is upper case and there is at least one ("NATO", "U.S.").
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0usize;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

/// Length in bytes of a possessive ending ("'s", "’s") at the end of a word, if any.
pub fn possessive_len(s: &str) -> usize {
    for ap in ["'s", "’s", "'S", "’S"] {
        if s.len() > ap.len() && s.ends_with(ap) {
            return ap.len();
        }
    }
    0
}

/// Length in bytes of a lower-case hyphenated ending after a name: "-based" in
/// "Ontario-based", "-listed" in "Hong Kong-listed", "-held" in "Houthi-held" (not "-Optics"
/// in "Electro-Optics").
pub fn suffix_len(s: &str) -> usize {
    // A byte search (a "-" byte is always the character): `rfind`'s char searcher cost about
    // 110 instructions a word, most words having no hyphen.
    match s.bytes().rposition(|b| b == b'-') {
        Some(h) if h > 0 => {
            let tail = &s[h + 1..];
            // English participles and a few nouns ("-based", "-led", "-born", "-style"); a
            // romanised syllable stays in the name ("Jong-un", "Jae-in", "al-Thani" is not
            // lower-case after the hyphen anyway).
            let english = tail.ends_with("ed")
                || matches!(
                    tail,
                    "born"
                        | "run"
                        | "made"
                        | "style"
                        | "bound"
                        | "wide"
                        | "era"
                        | "held"
                        | "built"
                        | "grown"
                        | "speaking"
                        | "leaning"
                        | "friendly"
                );
            if english && tail.chars().all(|c| c.is_lowercase()) && is_capitalised(s) {
                s.len() - h
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// Length of what follows the name inside its last word: a possessive or a hyphenated ending.
pub fn tail_len(s: &str) -> usize {
    let p = possessive_len(s);
    if p > 0 {
        p
    } else {
        suffix_len(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_opening_line_is_a_headline_unless_a_signature_or_a_question() {
        let short = |t: &str| short_opening_line(&Doc::new(t));
        assert!(short("Strike Hits Ports\nDock workers walked out."));
        assert!(headline_sentences(&Doc::new("Strike Hits Ports\nDock workers walked out."))[0]);
        assert!(!short("Anna K Varga\nThanks for the note."));
        assert!(!short("Who Owns Harwell?\nNobody knows."));
        assert!(!short("Dear Ms. Varga:\nThanks for the note."));
        assert!(!short("Strike Hits Ports"), "no body after it");
        assert!(!short("Strike hits ports\nDock workers walked out."));
        // Only the opening line.
        let d = Doc::new("Dock workers walked out.\nStrike Hits Ports\nMore soon.");
        assert!(!headline_sentences(&d)[1]);
    }

    #[test]
    fn the_first_character_decides_lower_case() {
        assert!(starts_lower("rose"));
        assert!(starts_lower("été"));
        assert!(!starts_lower("Rose"));
        assert!(!starts_lower(""));
        assert!(!starts_lower("42nd"));
        // A combining mark alone first is no letter.
        assert!(!starts_lower("\u{301}e"));
    }

    #[test]
    fn a_lower_word_is_a_word_token() {
        let doc = Doc::new("Shares of Acme rose 5 % on https://acme.example today.");
        let lower: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| is_lower_word(&doc, i))
            .map(|i| doc.tok_text(i))
            .collect();
        assert_eq!(lower, ["of", "rose", "on", "today"]);
    }
}
