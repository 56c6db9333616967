//! Stage 1b: part-of-speech tags (Universal Dependencies UPOS) for the
//! engine's tokens.
//!
//! An averaged perceptron (Collins 2002; the feature set of Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python") decoded
//! greedily left to right in two passes, the second also reading the first
//! pass's tags of the next two words (one set of weights), with a tag
//! dictionary for frequent unambiguous words and a closed list of the words
//! that may be AUX (`data/pos/aux.txt`). The weights are trained by `make train`
//! (`src/bin/annalist-train-pos.rs`) on UD English EWT + GUM
//! (`../shared/ud/pos-train.conllu`), quantized to `i8` and pruned into
//! `data/models/pos.bin` (CC BY-SA 4.0, see `data/models/SOURCES.md`), which is
//! compiled in. Feature hashing lives in [`features`], shared with training.
//!
//! The engine's tokens keep clitics attached ("China's", "don't"); UD splits
//! them. [`tag`] splits such a token into the words UD would see ("China" +
//! "'s", "do" + "n't") and tags those; [`Words`] keeps them beside the tokens.

mod decode;
pub mod features;
mod model;
mod words;

use super::text::{Doc, TokenKind};
pub use decode::{best, Scratch};
use features::{WordHashes, N_TAGS};
pub use model::{ModelError, Tagger, MAGIC};
pub use words::Words;

/// Universal Dependencies v2 part-of-speech tags, in the model's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// Every tag, index = the model's tag number.
    pub const ALL: [Upos; N_TAGS] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD spelling ("NOUN", "PROPN", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parse the UD spelling.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|u| u.as_str() == s)
    }

    /// Position in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A word as the tagger sees it: a token, or part of one ("do" of "don't").
///
/// Packed, 9 bytes; a document's words are stored more compactly still, as [`Words`], which
/// gives each back as a `Word` by value (issue 16.6): u32 offsets like a token's; read the
/// offsets with [`Word::start`] /
/// [`Word::end`] and the tag by value (copy it), never by reference. The engine token a word is
/// part of is the one whose byte range holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Word {
    /// Byte offset of the start in the document text.
    start: u32,
    /// Byte offset of the end (exclusive).
    end: u32,
    pub upos: Upos,
}

impl Word {
    /// The word `start..end` (byte offsets, within one token) tagged `upos`.
    #[inline]
    pub fn new(start: usize, end: usize, upos: Upos) -> Word {
        debug_assert!(end >= start);
        Word {
            start: start as u32,
            end: end as u32,
            upos,
        }
    }

    /// Start, in bytes into the document text.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// End, in bytes, exclusive.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Where a clitic starts in a word token, if UD would split one off:
/// "China's" → 5, "don't" → 2, "they're" → 4, "cannot" → 3.
pub fn clitic_split(w: &str) -> Option<usize> {
    const CLITICS: [&str; 14] = [
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ];
    let n = w.len();
    if !w.contains(['\'', '’']) {
        return (n == 6 && w.eq_ignore_ascii_case("cannot")).then_some(3);
    }
    for c in CLITICS {
        if n > c.len()
            && w.is_char_boundary(n - c.len())
            && w[n - c.len()..].eq_ignore_ascii_case(c)
        {
            return Some(n - c.len());
        }
    }
    if w.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    None
}

/// Split and tag every sentence of `doc`. One word per tagger word, in text order
/// ([`Words::at`] gives it as a [`Word`]); punctuation and numbers are words too.
pub fn tag<'d>(doc: &'d Doc) -> Words<'d> {
    tag_with(Tagger::builtin(), doc)
}

/// The words inside names the name stage found (`names`: byte spans, text order, into
/// `text`) that the tagger read as something no name is ("Norway" opening a sentence tagged
/// ADV, as "anyway" is): capitalised words tagged ADV, ADJ, VERB, AUX, PRON, INTJ or SCONJ
/// there become PROPN, so the clause stage finds the name as a subject, and a "to" right before
/// such a word read as a particle is the preposition. Function words inside names ("of",
/// "the", "and") keep their tags.
pub fn retag_names(words: &mut Words, text: &str, names: impl Iterator<Item = (usize, usize)>) {
    for (start, end) in names {
        let mut i = words.partition_point(|w| w.start() < start);
        while let Some(w) = words.get(i).filter(|w| w.end() <= end) {
            let capitalised = text
                .get(w.start()..w.end())
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase);
            if capitalised
                && matches!(
                    w.upos,
                    Upos::Adv
                        | Upos::Adj
                        | Upos::Verb
                        | Upos::Aux
                        | Upos::Pron
                        | Upos::Intj
                        | Upos::Sconj
                )
            {
                words.set_upos(i, Upos::Propn);
                // "sold to Iberhandling SA": "to" read as the infinitive's before the "-ing"
                // word is the preposition before the name.
                let to = i.checked_sub(1).filter(|&p| {
                    w.start() == start && {
                        let w = words.at(p);
                        matches!(w.upos, Upos::Part | Upos::Sconj)
                            && text[w.start()..w.end()].eq_ignore_ascii_case("to")
                    }
                });
                if let Some(p) = to {
                    words.set_upos(p, Upos::Adp);
                }
            }
            i += 1;
        }
    }
}

/// The words inside amounts of money the name stage found (`amounts`: byte spans, text order)
/// that the tagger read as verbs: "won" in "a 12 trillion won package" is the currency, a noun,
/// so the clause stage finds no verb "win" there.
pub fn retag_amounts(words: &mut Words, amounts: impl Iterator<Item = (usize, usize)>) {
    for (start, end) in amounts {
        let mut i = words.partition_point(|w| w.start() < start);
        while let Some(w) = words.get(i).filter(|w| w.end() <= end) {
            if matches!(w.upos, Upos::Verb | Upos::Aux) {
                words.set_upos(i, Upos::Noun);
            }
            i += 1;
        }
    }
}

/// [`tag`] with a given model.
pub fn tag_with<'d>(tagger: &Tagger, doc: &'d Doc) -> Words<'d> {
    // A token is one word, or two when a clitic splits off ("don't", "China's", "cannot"):
    // reserve one per token, one per apostrophe byte (`'`, and 0x99, the last byte of `’`)
    // and a little for "cannot", so the vector is reserved once at about its length (a
    // whole document's words are alive at the peak of an analysis; issue 16.6).
    let apostrophes = doc
        .text
        .bytes()
        .filter(|&b| b == b'\'' || b == 0x99)
        .count();
    let reserve = doc.tokens.len() + apostrophes + doc.tokens.len() / 256 + 16;
    let mut words = Words::with_capacity(&doc.tokens, reserve);
    // One sentence's splits (per token) and its tags (per word).
    let mut cuts: Vec<Option<usize>> = Vec::new();
    let mut hashes: Vec<WordHashes> = Vec::new();
    let mut tags: Vec<Upos> = Vec::new();
    let mut forced: Vec<Option<Upos>> = Vec::new();
    let mut scratch = Scratch::default();
    for s in &doc.sentences {
        hashes.clear();
        forced.clear();
        cuts.clear();
        for ti in s.tokens() {
            let t = &doc.tokens[ti];
            let text = &doc.text[t.start()..t.end()];
            let split = if t.kind == TokenKind::Word {
                clitic_split(text)
            } else {
                None
            };
            // Plain punctuation and digit strings need no model.
            let known = match t.kind {
                TokenKind::Punct
                    if text.chars().all(|c| {
                        matches!(
                            c,
                            ',' | '.'
                                | ';'
                                | ':'
                                | '!'
                                | '?'
                                | '('
                                | ')'
                                | '['
                                | ']'
                                | '"'
                                | '“'
                                | '”'
                                | '‘'
                                | '’'
                                | '…'
                        )
                    }) =>
                {
                    Some(Upos::Punct)
                }
                // Emoji and flags are symbols (UD: SYM), whatever the model would guess.
                TokenKind::Punct if crate::engine::text::is_pictograph(text) => Some(Upos::Sym),
                TokenKind::Number
                    if text
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.') =>
                {
                    Some(Upos::Num)
                }
                _ => None,
            };
            let mut push = |a: usize, b: usize| {
                forced.push(known);
                hashes.push(WordHashes::new(&doc.text[a..b]));
            };
            cuts.push(split.map(|k| t.start() + k));
            match split {
                Some(k) => {
                    push(t.start(), t.start() + k);
                    push(t.start() + k, t.end());
                }
                None => push(t.start(), t.end()),
            }
        }
        tagger.tag_forced(&hashes, &forced, &mut tags, &mut scratch);
        let mut k = 0;
        for &cut in &cuts {
            let tag = |k: usize| tags.get(k).copied().unwrap_or(Upos::X);
            words.push(cut, tag(k), tag(k + 1));
            k += 1 + usize::from(cut.is_some());
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_found_names_are_proper_nouns() {
        let text = "Norway anyway said of the Bank of Oslo";
        let doc = Doc::new(text);
        let mut words = tag(&doc);
        // Whatever the tagger read, as the name stage found "Norway" and "Bank of Oslo".
        for i in 0..words.len() {
            words.set_upos(i, Upos::Adv);
        }
        let bank = text.find("Bank").unwrap_or(0);
        retag_names(&mut words, text, [(0, 6), (bank, text.len())].into_iter());
        let tags: Vec<(&str, Upos)> = words
            .iter()
            .map(|w| (&text[w.start()..w.end()], w.upos))
            .collect();
        assert_eq!(tags[0], ("Norway", Upos::Propn));
        // Outside names, and lower-case words inside one, keep their tags.
        assert_eq!(tags[1], ("anyway", Upos::Adv));
        assert!(tags.contains(&("Bank", Upos::Propn)) && tags.contains(&("Oslo", Upos::Propn)));
        assert!(tags
            .iter()
            .filter(|t| t.0 == "of")
            .all(|t| t.1 == Upos::Adv));
    }

    #[test]
    fn to_before_a_name_is_the_preposition() {
        let text = "Varno was sold to Iberhandling.";
        let doc = Doc::new(text);
        let mut words = tag(&doc);
        // As the tagger reads it in such sentences, whatever this model reads.
        let (to, name) = (words.len() - 3, words.len() - 2);
        assert_eq!(&text[words.at(to).start()..words.at(to).end()], "to");
        words.set_upos(to, Upos::Part);
        words.set_upos(name, Upos::Verb);
        let start = words.at(name).start();
        retag_names(
            &mut words,
            text,
            [(start, start + "Iberhandling".len())].into_iter(),
        );
        assert_eq!((words.upos(to), words.upos(name)), (Upos::Adp, Upos::Propn));
    }

    #[test]
    fn clitics_split_like_ud() {
        assert_eq!(clitic_split("China's"), Some(5));
        assert_eq!(clitic_split("China’s"), Some(5));
        assert_eq!(clitic_split("don't"), Some(2));
        assert_eq!(clitic_split("WON'T"), Some(2));
        assert_eq!(clitic_split("they're"), Some(4));
        assert_eq!(clitic_split("cannot"), Some(3));
        assert_eq!(clitic_split("'s"), None);
        assert_eq!(clitic_split("ships"), None);
    }

    fn tags(text: &str) -> Vec<(String, &'static str)> {
        let doc = Doc::new(text);
        tag(&doc)
            .iter()
            .map(|w| (text[w.start()..w.end()].to_string(), w.upos.as_str()))
            .collect()
    }

    #[test]
    fn tags_a_plain_news_sentence() {
        let t = tags("The minister will visit Lisbon next week, officials said.");
        let get = |w: &str| t.iter().find(|(x, _)| x == w).map(|x| x.1);
        assert_eq!(get("The"), Some("DET"));
        assert_eq!(get("minister"), Some("NOUN"));
        assert_eq!(get("will"), Some("AUX"));
        assert_eq!(get("visit"), Some("VERB"));
        assert_eq!(get("Lisbon"), Some("PROPN"));
        assert_eq!(get(","), Some("PUNCT"));
        assert_eq!(get("said"), Some("VERB"));
    }

    /// Errors seen with other models that cost relations downstream: a plural
    /// noun opening a sentence before its verb is no verb, and a city after
    /// "visit" is a name, not an auxiliary.
    #[test]
    fn sentence_initial_plural_nouns_and_visited_places() {
        for (text, word, want) in [
            (
                "Shipments rose by a fifth after the ban.",
                "Shipments",
                "NOUN",
            ),
            (
                "Officials warned that sanctions could follow.",
                "Officials",
                "NOUN",
            ),
            (
                "Prosecutors charged two traders with fraud.",
                "Prosecutors",
                "NOUN",
            ),
            (
                "The minister would likely visit Beijing in May.",
                "Beijing",
                "PROPN",
            ),
            (
                "The minister would likely visit Beijing in May.",
                "visit",
                "VERB",
            ),
            (
                "The envoy will fly to Tokyo and visit Seoul next week.",
                "Seoul",
                "PROPN",
            ),
            (
                "The chancellor would likely visit Beijing before the summit in June.",
                "Beijing",
                "PROPN",
            ),
            ("Diplomats said the deal was close.", "Diplomats", "NOUN"),
            (
                "Aides credit the talks with convincing Beijing to act.",
                "Beijing",
                "PROPN",
            ),
        ] {
            let t = tags(text);
            let got = t.iter().find(|(x, _)| x == word).map(|x| x.1);
            assert_eq!(got, Some(want), "{word} in {text:?}: {t:?}");
        }
    }

    /// Irregular past forms the web text rarely has are the verb after their subject, and the
    /// subject opening the sentence is no imperative (session 23; each failed before).
    #[test]
    fn irregular_past_forms_after_their_subject_are_verbs() {
        for (text, word, want) in [
            ("Revenue fell 12 percent in May.", "Revenue", "NOUN"),
            ("Revenue fell 12 percent in May.", "fell", "VERB"),
            (
                "A 1998-built cargo ship ran aground off Crete.",
                "ran",
                "VERB",
            ),
            ("It said profit fell in May.", "fell", "VERB"),
            // After a determiner a noun stays one.
            ("They cut the rose garden in May.", "rose", "NOUN"),
        ] {
            let t = tags(text);
            let got = t.iter().find(|(x, _)| x == word).map(|x| x.1);
            assert_eq!(got, Some(want), "{word} in {text:?}: {t:?}");
        }
    }

    /// A third-person "-s" verb right after its subject is a verb, not a plural noun; a plural
    /// noun before a verb of its own stays a noun.
    #[test]
    fn present_tense_s_verbs_after_their_subject() {
        for (text, word, want) in [
            ("The firm supplies drones to Moravia.", "supplies", "VERB"),
            ("The firm supplies drones to Moravia.", "drones", "NOUN"),
            ("Tessel Freight ships turbines to Norland.", "ships", "VERB"),
            ("Orvane supplies drones to Kelsan.", "supplies", "VERB"),
            ("Moravia's army supplies ran low.", "supplies", "NOUN"),
            ("Orvane Dynamics sales figures for March", "sales", "NOUN"),
            (
                "Kestrel Holdings already owns Veltra Energy.",
                "owns",
                "VERB",
            ),
            (
                "Harwick Marine still ships turbines to Norland.",
                "ships",
                "VERB",
            ),
            ("Harwick Marine now sales figures", "sales", "NOUN"),
            ("The judge told both sides on Monday.", "sides", "NOUN"),
            ("The judge told both sides on Monday.", "both", "DET"),
            ("She both writes and directs films.", "writes", "VERB"),
            ("Iranian firms supply drones to Russia.", "firms", "NOUN"),
            ("Iranian firms supply drones to Russia.", "supply", "VERB"),
        ] {
            let t = tags(text);
            let got = t.iter().find(|(x, _)| x == word).map(|x| x.1);
            assert_eq!(got, Some(want), "{word} in {text:?}: {t:?}");
        }
    }

    #[test]
    fn splits_clitics_and_keeps_token_index() {
        let doc = Doc::new("The firm's owner didn't sell.");
        let ws = tag(&doc);
        let texts: Vec<&str> = ws.iter().map(|w| &doc.text[w.start()..w.end()]).collect();
        assert_eq!(
            texts,
            ["The", "firm", "'s", "owner", "did", "n't", "sell", "."]
        );
        // "firm" and "'s" are the two words of one token, "firm's".
        assert_eq!(doc.tokens.len(), 6);
        assert_eq!(
            (ws.at(1).start(), ws.at(2).end()),
            (doc.tokens[1].start(), doc.tokens[1].end())
        );
        assert_eq!(ws.at(1).end(), ws.at(2).start());
        assert_eq!(std::mem::size_of::<Word>(), 9);
        assert_eq!((ws.token_of(2), ws.token_of(3), ws.token_of(5)), (1, 2, 3));
        assert_eq!(ws.upos(5), Upos::Part);
        assert_eq!(ws.upos(2), Upos::Part);
    }
}
