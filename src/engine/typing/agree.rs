//! Document-level passes over the typed mentions: repeated names agree, and capitalised
//! phrases alone in quotes become works of art.

use super::split::mention;
use super::*;
use crate::engine::lexicon::with_lower;

pub(super) fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”")
}

/// Titles in quotes: a capitalised phrase alone between two quotes on one line ("The Crying
/// Game", "Lawrence of Arabia") is a work of art, and replaces the names found inside it.
/// Speech does not qualify: it holds lower-case words other than [`words().title_fillers`]; nor does a
/// single quoted word the lexicons know.
/// `ms` is in text order; so is the result. Linear: each quote pair is looked at once.
pub(super) fn quoted_titles(doc: &Doc, ms: Vec<TypedMention>) -> Vec<TypedMention> {
    let mut titles: Vec<TypedMention> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct || !is_quote(doc.slice(t.start(), t.end())) {
            continue;
        }
        let prev = open.replace(i);
        let Some(q) = prev else { continue };
        if !doc.same_sentence(q, i) || i - q < 2 || i - q > 11 {
            continue;
        }
        let mut last = i - 1;
        while last > q + 1 && matches!(doc.tok_text(last), "," | "." | "!" | "?") {
            last -= 1;
        }
        let first = q + 1;
        let ok_token = |j: usize| {
            let w = doc.tok_text(j);
            match doc.tokens[j].kind {
                TokenKind::Word => is_capitalised(w) || words().title_fillers.contains(&w),
                TokenKind::Number => j > first,
                TokenKind::Punct => matches!(w, "'" | "’" | "-" | "&" | ":") && j > first,
                TokenKind::Link => false,
            }
        };
        let starts =
            doc.tokens[first].kind == TokenKind::Word && is_capitalised(doc.tok_text(first));
        if starts && (first..=last).all(ok_token) {
            let mut m = mention(
                doc,
                first..last + 1,
                doc.tokens[last].end(),
                Label::WorkOfArt,
            );
            m.confidence = 0.6;
            titles.push(m);
            open = None; // this quote closed a pair
        }
    }
    // A lone quoted word the lexicons know ("Lisbon" in scare quotes) keeps its type.
    titles.retain(|t| {
        t.tokens.len() > 1
            || ms
                .binary_search_by_key(&t.start, |m| m.start)
                .ok()
                .and_then(|i| ms.get(i))
                .is_none_or(|m| m.confidence < 0.8)
    });
    if titles.is_empty() {
        return ms;
    }
    let mut out = Vec::with_capacity(ms.len() + titles.len());
    let mut ti = 0;
    for m in ms {
        while ti < titles.len() && titles[ti].end <= m.start {
            out.push(titles[ti].clone());
            ti += 1;
        }
        let inside = titles
            .get(ti)
            .is_some_and(|t| m.start < t.end && t.start < m.end);
        if !inside {
            out.push(m);
        }
    }
    out.extend(titles.into_iter().skip(ti));
    out
}

/// Document-level agreement: a lone word that is part of a person's full name is that person;
/// a surface typed with little confidence takes the label it has elsewhere with more.
pub(super) fn agree(doc: &Doc, ms: &mut [TypedMention]) {
    let mut person_words: HashMap<String, (), FxBuild> = HashMap::default();
    let mut best: HashMap<String, (Label, f32), FxBuild> = HashMap::default();
    for m in ms.iter() {
        let s = doc.slice(m.start, m.end);
        if m.label == Label::Person && m.tokens.len() >= 2 && m.confidence >= 0.4 {
            for i in m.tokens.clone() {
                let w = doc.tok_text(i);
                let w = &w[..w.len() - possessive_len(w)];
                if w.chars().count() > 1 && !with_lower(w, |k| person_words.contains_key(k)) {
                    person_words.insert(w.to_lowercase(), ());
                }
            }
        }
        // Allocates a key only for a surface not seen before.
        let seen = with_lower(s, |k| match best.get_mut(k) {
            Some(e) => {
                if m.confidence > e.1 {
                    *e = (m.label, m.confidence);
                }
                true
            }
            None => false,
        });
        if !seen {
            best.insert(s.to_lowercase(), (m.label, m.confidence));
        }
    }
    for m in ms.iter_mut() {
        let (person_word, best_of) = with_lower(doc.slice(m.start, m.end), |k| {
            (person_words.contains_key(k), best.get(k).copied())
        });
        if m.confidence < 0.8 && m.tokens.len() == 1 && person_word {
            m.label = Label::Person;
            m.country = None;
            m.capital_of = None;
            m.confidence = 0.8;
            continue;
        }
        if let Some((l, c)) = best_of {
            if m.confidence < 0.6 && c > m.confidence {
                m.label = l;
                m.confidence = c.min(0.6);
            }
        }
    }
}
