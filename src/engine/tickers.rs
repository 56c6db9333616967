//! Stock tickers after typing: in "Fjordkraft Marine ASA (OSE: FJRD)" the exchange code is no
//! name and the ticker is another name of the firm before the bracket.
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list where, inside a bracket opening with an exchange code and a colon (`[exchange_codes]`
//! of `data/lexicons/context_words.txt`: "(NYSE: ORVL)", "(Nasdaq: HLDR)"), a mention of the
//! code is dropped and the ticker is an ORG mention; the same ticker written elsewhere in the
//! document ("Shares of FJRD fell") is an ORG mention too, unless it is also a function word
//! of the lexicon ("(NYSE: A)": "A new plant opened" keeps its article). Merge makes the ticker in the
//! bracket an alias of the firm right before it ([`ticker_of_firm`]), and so every mention of
//! the ticker joins the firm.
//!
//! This stage runs after the name tagger, so `ner.bin` does not depend on it.
//! *Architecture invariant:* reads the document and word lists only; imports no other stage;
//! drops only the mentions of an exchange code inside such a bracket; linear in the tokens
//! plus the mentions (each word is compared with at most 32 distinct tickers, never with every
//! bracket: a list of 40,000 brackets took minutes).

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::text::{Doc, TokenKind};

/// Distinct tickers looked for outside their brackets, at most.
const MAX_NAMES: usize = 32;

/// The ticker's token of a bracket "(" CODE ":" TICKER opening at token `open`, if it is one.
fn bracket_ticker(doc: &Doc, open: usize) -> Option<usize> {
    let t = |k: usize| doc.tokens.get(k).map(|_| doc.tok_text(k));
    if t(open)? != "(" || t(open + 2)? != ":" {
        return None;
    }
    let code = t(open + 1)?.to_lowercase();
    if !words().exchange_codes.contains(&code.as_str()) {
        return None;
    }
    let k = open + 3;
    let w = t(k)?;
    let after = t(k + 1)?;
    let shape = (1..=6).contains(&w.chars().count())
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.chars().any(|c| c.is_ascii_uppercase());
    (doc.tokens[k].kind == TokenKind::Word
        && shape
        && matches!(after, ")" | "," | ";" | ".")
        && doc.same_sentence(open, k))
    .then_some(k)
}

/// Is mention `m` the ticker of a bracket right after the mention `firm` ("Halden Robotics
/// Inc. (NASDAQ: HLDR)")? Merge makes it an alias of the firm.
pub fn ticker_of_firm(doc: &Doc, firm: &TypedMention, m: &TypedMention) -> bool {
    if firm.label != Label::Org || m.label != Label::Org || m.tokens.len() != 1 {
        return false;
    }
    // The bracket opens right after the firm (an abbreviated form's period may stand between).
    let mut open = firm.tokens.end;
    if doc.tokens.get(open).is_some() && doc.tok_text(open) == "." {
        open += 1;
    }
    open + 3 == m.tokens.start && bracket_ticker(doc, open) == Some(m.tokens.start)
}

/// Drop the exchange codes and type the tickers (see the module documentation).
pub fn type_tickers(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let mut codes: Vec<usize> = Vec::new();
    let mut tickers: Vec<usize> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word && doc.tok_text(i) == "(" {
            if let Some(k) = bracket_ticker(doc, i) {
                codes.push(i + 1);
                tickers.push(k);
            }
        }
    }
    if tickers.is_empty() {
        return;
    }
    // `codes` is in text order: a mention holds one when the first code from its start lies
    // before its end (a scan of all codes per mention was quadratic on a list of brackets).
    ms.retain(|m| {
        let c = codes.partition_point(|&c| c < m.tokens.start);
        codes.get(c).is_none_or(|&c| c >= m.tokens.end)
    });
    // The tickers read elsewhere in the text: the first `MAX_NAMES` distinct ones (a document
    // has a few; a scan of every bracket's ticker per token was quadratic on hostile input),
    // in a list, not a hashed or sorted set (no hasher or sort code in the wasm). A ticker that
    // is also a function word ("(NYSE: A)": "A new plant opened", "IT", "ON") is that word
    // elsewhere; only its bracket (`tickers`, in text order) is the firm's.
    let mut buf = String::new();
    let mut names: Vec<&str> = Vec::new();
    for &k in &tickers {
        let w = doc.tok_text(k);
        if names.len() < MAX_NAMES
            && !names.contains(&w)
            && !lexicon().get_any(w, &mut buf).is_some_and(|e| e.stop)
        {
            names.push(w);
        }
    }
    let named = |i: usize| tickers.binary_search(&i).is_ok() || names.contains(&doc.tok_text(i));
    let mut covered = vec![false; doc.tokens.len()];
    for m in ms.iter_mut() {
        for c in covered.get_mut(m.tokens.clone()).into_iter().flatten() {
            *c = true;
        }
        if m.tokens.len() == 1 && named(m.tokens.start) {
            m.label = Label::Org;
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
    }
    let mut added = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if !covered[i] && t.kind == TokenKind::Word && named(i) {
            added.push(TypedMention {
                start: t.start(),
                end: t.end(),
                label: Label::Org,
                role: None,
                country: None,
                capital_of: None,
                confidence: 0.6,
                tokens: i..i + 1,
            });
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        crate::sort::sort_by_key(ms, |m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mention of type `label` over token `i`.
    fn at(doc: &Doc, i: usize, label: Label) -> TypedMention {
        let t = &doc.tokens[i];
        TypedMention {
            start: t.start(),
            end: t.end(),
            label,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.9,
            tokens: i..i + 1,
        }
    }

    /// Tens of thousands of ticker brackets: every ticker is typed and every exchange code
    /// dropped in time linear in the text (a scan of all brackets per token and per mention
    /// took minutes here).
    #[test]
    fn a_long_list_of_ticker_brackets_stays_linear() {
        let n = 40_000;
        let mut text = String::new();
        for i in 0..n {
            text.push_str(&format!("It rose (NYSE: Q{i:05}). "));
        }
        text.push_str("Shares of Q00007 fell.");
        let doc = Doc::new(&text);
        // The tagger's reading: each exchange code a firm, each ticker a place.
        let mut ms = Vec::new();
        for i in 0..doc.tokens.len() {
            let w = doc.tok_text(i);
            if w == "NYSE" {
                ms.push(at(&doc, i, Label::Org));
            } else if w.starts_with('Q')
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|_| doc.tok_text(i + 1) == ")")
            {
                ms.push(at(&doc, i, Label::Gpe));
            }
        }
        let began = std::time::Instant::now();
        type_tickers(&doc, &mut ms);
        // Well under a second here, unoptimised; over a minute when it was quadratic.
        let took = began.elapsed().as_secs_f64();
        assert!(took < 20.0, "{took} s");
        assert_eq!(ms.len(), n + 1, "one mention a ticker, the codes dropped");
        assert!(ms.iter().all(|m| m.label == Label::Org));
        assert!(ms
            .iter()
            .all(|m| doc.slice(m.start, m.end).starts_with('Q')));
        assert!(ms.windows(2).all(|w| w[0].start < w[1].start));
        let last = ms.last().map(|m| doc.slice(m.start, m.end));
        assert_eq!(
            last,
            Some("Q00007"),
            "the ticker used in the text is the firm's too"
        );
    }
}
