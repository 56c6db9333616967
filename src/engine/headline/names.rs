//! How a label names a person: the one-word name the document writes for them, else the
//! surname of their canonical name ("Xi Jinping" → "Xi", "Karl von Bredow" → "von Bredow").
//!
//! Takes a canonical name or an entity draft; returns a slice of its name. Invariant: reads
//! only the name and the lexicon's word lists; imports no other module of `headline`, so
//! `events::window` and `workspace` may read it too.

use crate::engine::merge::EntityDraft;
use crate::engine::shape::starts_lower;

/// Surname of a person's canonical name ("Xi Jinping" → "Xi", "Olaf Scholz" → "Scholz",
/// "Ferdinand Marcos Jr" → "Marcos"): a two-word name with a first word of one or two letters
/// is written family name first; a generational suffix (`name_suffixes` in
/// `data/lexicons/context_words.txt`) is passed over; a two-word name whose last word is that
/// short ("Wang Yi") is kept whole, since which part is the family name is not known, unless
/// the first word is a Chinese or Korean family name (`family_first_names`) and no other word a
/// listed surname or unhyphenated given name ("Kim Jong Un" → "Kim", "Moon Jae-in" → "Moon").
pub fn surname(name: &str) -> &str {
    let suffixes = &crate::engine::lexicon::words::words().name_suffixes;
    let mut parts: Vec<&str> = name.split_whitespace().collect();
    while parts.len() > 1
        && parts
            .last()
            .is_some_and(|w| suffixes.iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        parts.pop();
    }
    let short = |w: &&str| w.chars().count() <= 2;
    if parts.len() == 2 && parts.first().is_some_and(short) {
        return parts[0];
    }
    // "Kim Jong Un", "Mao Ning", "Moon Jae-in": a Chinese or Korean family name first, the
    // rest no surname or unhyphenated given name the lexicon lists ("Lee Anderson" is written
    // given name first).
    let family_first = &crate::engine::lexicon::words::words().family_first_names;
    let lx = crate::engine::lexicon::lexicon();
    let mut buf = String::new();
    // Listed as a surname (`surname`) or as an unhyphenated given name.
    let mut listed = |w: &str, surname: bool| {
        lx.get_any(w, &mut buf)
            .is_some_and(|e| surname && e.surname || e.given && !w.contains('-'))
    };
    // A family name that is also a given name ("Kim", "Lee") needs more: three words or a
    // hyphenated given name ("Kim Kardashian", "Lee Child" are written given name first).
    let sure = parts.len() == 3 || parts.iter().any(|w| w.contains('-'));
    if (2..=3).contains(&parts.len())
        && family_first.contains(&parts[0])
        && (sure || !listed(parts[0], false))
        && !parts[1..].iter().any(|w| listed(w, true))
    {
        return parts[0];
    }
    if parts.len() == 2 && parts.last().is_some_and(short) {
        return name.trim();
    }
    // "Karl von Bredow" → "von Bredow", "Ursula von der Leyen" → "von der Leyen": the
    // lower-case particles before the last word belong to the surname.
    let particles = &crate::engine::lexicon::words::words().person_particles;
    let mut first = parts.len().saturating_sub(1);
    while first > 1
        && parts
            .get(first - 1)
            .is_some_and(|w| starts_lower(w) && particles.iter().any(|p| p == w))
    {
        first -= 1;
    }
    match (parts.get(first), parts.last()) {
        (Some(a), Some(b)) if first + 1 < parts.len() => {
            // Both are slices of `name`: the surname is the stretch between them.
            let start = a.as_ptr() as usize - name.as_ptr() as usize;
            let end = b.as_ptr() as usize - name.as_ptr() as usize + b.len();
            name.get(start..end).unwrap_or(b)
        }
        _ => parts.last().copied().unwrap_or(name),
    }
}

/// How a headline names a person entity: the one-word name the document writes for it
/// ("Wang" for "Wang Yi" when the text says "Wang visited ..."), else [`surname`]. The
/// same name in every label of the document.
pub fn short_name(ent: &EntityDraft) -> &str {
    let words: Vec<&str> = ent.name.split_whitespace().collect();
    ent.aliases
        .iter()
        .map(|a| a.trim_end_matches('.'))
        .find(|a| !a.contains(' ') && words.len() > 1 && words.contains(a))
        .unwrap_or_else(|| surname(&ent.name))
}
