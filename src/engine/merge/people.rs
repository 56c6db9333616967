//! Which person a name shared by several people is, and who a name is not.

use super::acc::Acc;
use super::gender;
use super::index::Index;
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::text::{Doc, TokenKind};

/// Among `fits`, the people whose names hold the words of mention `m` (`n` words; latest
/// mentioned first), the one it names. One word several people hold ("Olsen", "Kim"): the one
/// who opened this sentence or the one before, when only one did; else the story's main one,
/// named most so far, the first named among equals ("Margarethe Olsen died. Her son, Anders
/// Olsen, confirmed. Olsen was born in 1942" is Margarethe). Otherwise the latest.
pub(super) fn pick(
    doc: &Doc,
    m: &TypedMention,
    n: usize,
    fits: &[usize],
    accs: &[Acc],
) -> Option<usize> {
    if fits.len() >= 2 && n == 1 {
        let s = doc.sentence_of(m.tokens.start);
        let topic: Vec<usize> = (fits.iter().copied())
            .filter(|&i| accs[i].opened.is_some_and(|o| o <= s && o + 1 >= s))
            .collect();
        if let [one] = topic[..] {
            return Some(one);
        }
        let main = |&i: &usize| (accs[i].count, std::cmp::Reverse(accs[i].first));
        return fits.iter().copied().max_by_key(main);
    }
    fits.first().copied()
}

/// "Lin's father, Lin Cheng-tao": the entity of the person whose possessive, then one or two
/// lower-case words (a relation: "father", "lawyer", "chief of staff" is not), stand right
/// before person mention `mentions[mi]`; that person is someone else.
pub(super) fn possessor(
    doc: &Doc,
    mentions: &[TypedMention],
    mention_entity: &[usize],
    mi: usize,
) -> Option<usize> {
    let m = &mentions[mi];
    let p = mi.checked_sub(1)?;
    let prev = &mentions[p];
    if m.label != Label::Person || prev.label != Label::Person {
        return None;
    }
    let gap = doc.text.get(prev.end..m.start)?;
    let rest = gap
        .strip_prefix("'s ")
        .or_else(|| gap.strip_prefix("\u{2019}s "))?;
    let noun = rest.trim_end().trim_end_matches(',').trim_end();
    let relation = !noun.is_empty()
        && noun.split(' ').count() <= 2
        && noun.split(' ').all(|w| w.chars().all(char::is_lowercase));
    relation.then(|| mention_entity.get(p).copied())?
}

/// "Marc Olivetti was acquitted. Lacombe paid Olivetti.": a one-word organisation or product
/// mention that is the last word of a person named in full before is that person, whatever
/// its type (a surname that is also a brand's), unless an organisation holding the word was
/// named ("Olivetti SpA") or the word runs into more of a name.
pub(super) fn surname_alone(
    doc: &Doc,
    m: &TypedMention,
    accs: &[Acc],
    ix: &Index,
) -> Option<usize> {
    let one_word = m.tokens.len() == 1
        && (doc.tokens.get(m.tokens.start)).is_some_and(|t| t.kind == TokenKind::Word);
    if !matches!(m.label, Label::Org | Label::Product) || !one_word {
        return None;
    }
    let w = doc.slice(m.start, m.end).to_lowercase();
    let firm = ix.by_key.contains_key(&(Label::Org, w.clone()))
        || ix.org_first.contains_key(&w)
        || ix.org_part.contains_key(&w);
    let fits: Vec<usize> = (ix.person_word.get(&w).into_iter().flatten().rev())
        .copied()
        .filter(|&i| accs[i].words.len() >= 2 && accs[i].words.last() == Some(&w))
        .collect();
    if firm || fits.is_empty() {
        return None;
    }
    pick(doc, m, 1, &fits, accs)
}

/// The gender an honorific or kin noun right before person mention `m` gives it ("Mrs",
/// "Frau", "his wife,"), or its own first word when it holds one; 0 when none.
pub(super) fn honorific_gender(doc: &Doc, m: &TypedMention) -> u8 {
    if m.label != Label::Person {
        return 0;
    }
    let before = crate::engine::text::before(doc.text, m.start).trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let own = doc.slice(m.start, m.end).split(' ').next().unwrap_or("");
    match gender::honorific(prev) {
        0 if own.len() < m.end - m.start => gender::honorific(own),
        g => g,
    }
}

/// The key a person named after an honorific of gender `g` is indexed under ("mrs hollis"),
/// apart from the same name written bare.
pub(super) fn gendered_key(g: u8, norm: &str) -> String {
    let h = if g == gender::FEMALE { "mrs" } else { "mr" };
    format!("{h} {norm}")
}

/// "Mrs Pendleford" where a man named Pendleford is known: a one-word person mention after a
/// capitalised honorific whose word another person's name holds is named with the honorific
/// ("Mrs Pendleford"), so it is told from him; `None` otherwise.
pub(super) fn titled_surface(doc: &Doc, m: &TypedMention, ix: &Index) -> Option<String> {
    let surface = doc.slice(m.start, m.end);
    let before = crate::engine::text::before(doc.text, m.start);
    let prev = before.trim_end().rsplit(char::is_whitespace).next()?;
    let shared = ix.person_word.contains_key(&surface.to_lowercase());
    let one = m.tokens.len() == 1 && before.ends_with(' ');
    (one && shared && prev.starts_with(char::is_uppercase) && gender::honorific(prev) != 0)
        .then(|| format!("{prev} {surface}"))
}

/// "a Yorkshire haulage firm": a one-word organisation mention right after "a"/"an" and
/// before a few lower-case words ending in a firm noun (`FIRM_HEAD` in
/// `data/lexicons/merge_words.tsv`) names a new, unnamed firm by its place or trade: an
/// entity of its own, no short form of a longer name ("West Yorkshire Police").
pub(super) fn indefinite_modifier(doc: &Doc, m: &TypedMention) -> bool {
    let (a, b) = (m.tokens.start, m.tokens.end);
    // The label and length first: the article's lower-case copy only for a one-word firm.
    if m.label != Label::Org || b != a + 1 {
        return false;
    }
    let article = a
        .checked_sub(1)
        .is_some_and(|p| matches!(doc.tok_text(p).to_lowercase().as_str(), "a" | "an"));
    if !article {
        return false;
    }
    for k in b..(b + 4).min(doc.tokens.len()) {
        let w = doc.tok_text(k);
        if doc.tokens[k].kind != TokenKind::Word || !w.starts_with(char::is_lowercase) {
            return false;
        }
        if gender::firm_head(w) {
            return doc.same_sentence(a, k);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::engine::{candidates, merge, text::Doc, typing};

    /// Each mention's text with its entity's name.
    fn run(text: &str) -> Vec<(String, String)> {
        let d = Doc::new(text);
        let m = typing::classify(&d, &candidates::find(&d));
        let g = merge::merge(&d, &m);
        (m.iter().zip(&g.mention_entity))
            .map(|(m, &e)| {
                (
                    d.slice(m.start, m.end).to_string(),
                    g.entities[e].name.clone(),
                )
            })
            .collect()
    }

    fn entity_of(r: &[(String, String)], text: &str, nth: usize) -> String {
        (r.iter().filter(|(t, _)| t == text).nth(nth))
            .map(|(_, e)| e.clone())
            .unwrap_or_else(|| panic!("no {text} #{nth}: {r:?}"))
    }

    #[test]
    fn a_shared_surname_alone_is_the_main_person() {
        // Trial 47: the obituary's "Olsen" went to the son, the latest named.
        let r = run(
            "Ilse Varga died on Monday. Her nephew, Tomas Varga, announced the death. Varga had \
             led the choir since 1975.",
        );
        assert_eq!(entity_of(&r, "Varga", 0), "Ilse Varga");
        // Near miss: the one who opened the sentence before is still meant.
        let r = run(
            "Ilse Varga died on Monday. Tomas Varga, her nephew, announced the death. Varga \
             thanked the choir.",
        );
        assert_eq!(entity_of(&r, "Varga", 0), "Tomas Varga");
    }

    #[test]
    fn a_person_named_after_a_possessive_relation_is_not_the_possessor() {
        let r = run("The bakery was opened in 1987 by Chen's uncle, Chen Bo-wen.");
        assert_eq!(entity_of(&r, "Chen", 0), "Chen");
        assert_eq!(entity_of(&r, "Chen Bo-wen", 0), "Chen Bo-wen");
        // Near miss: no name after the relation, the surname is the person named before.
        let r = run("Chen Bo-wen opened the bakery in 1987. Chen's daughter runs it now.");
        assert_eq!(entity_of(&r, "Chen", 0), "Chen Bo-wen");
    }

    #[test]
    fn a_brand_that_is_a_named_persons_surname_is_that_person() {
        // Trial 47: "Olivetti", a brand, was typed an organisation of its own.
        let r = run("Marco Olivetti was cleared. Rinaldi paid Olivetti. Olivetti smiled.");
        assert_eq!(entity_of(&r, "Olivetti", 0), "Marco Olivetti");
        assert_eq!(entity_of(&r, "Olivetti", 1), "Marco Olivetti");
        // Near miss: a firm holding the word was named, the word alone stays the firm.
        let r = run(
            "Olivetti SpA sold printers. Marco Olivetti was cleared. Rinaldi paid Olivetti. \
             Olivetti smiled.",
        );
        assert_eq!(entity_of(&r, "Olivetti", 0), "Olivetti SpA");
    }

    #[test]
    fn a_city_word_right_after_a_firms_first_word_is_part_of_its_name() {
        // "Orvo Mobile" is no subsidiary in Mobile, Alabama: "Orvo" alone is the firm.
        let r =
            run("Kestrel Audio AS sells speakers to phone maker Brimo Mobile. Brimo bought more.");
        assert_eq!(entity_of(&r, "Brimo", 0), "Brimo Mobile");
        // Near miss: a city after a second word still makes a local unit, its first word the parent.
        let r = run("Norvik Bank Porto hired staff in May. Norvik said sales rose.");
        assert_eq!(entity_of(&r, "Norvik", 0), "Norvik");
    }
}
