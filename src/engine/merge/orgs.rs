//! Organisations' names in merge: keys without designators, initials, legal forms that tell
//! firms of one name apart, the short forms that may stand for a longer name, national
//! subsidiaries, and a possessive naming another body.

use super::acc::Acc;
use super::gender;
use crate::engine::lexicon::lexicon;
use crate::engine::lexicon::words::words as words_lists;
use crate::engine::mention::TypedMention;
use crate::engine::text::Doc;

pub(super) fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "and" | "for" | "the" | "on"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// [`initials`] keeping "of" ("Economic Community of West African States" → "ecowas").
pub(super) fn initials_with_of(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "and" | "for" | "the" | "on"))
        .filter_map(|w| w.chars().next())
        .collect()
}

pub(super) fn org_key(norm: &str) -> String {
    let mut words: Vec<&str> = norm.split_whitespace().collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            words_lists()
                .org_suffixes
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w))
        })
    {
        words.pop();
    }
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    words.join(" ")
}

/// The legal form ending an organisation's name that tells it from a firm of the same name
/// with another ("ASA", "GmbH", "S.A." → "sa", lower case, no dots), as written (a form listed
/// with capitals matches only so: "AS", "OÜ"). `None` when the name ends with none or with a
/// loose one (`[loose_legal_forms]`: "Inc", "Ltd", "Group").
pub(super) fn legal_form(surface: &str) -> Option<String> {
    let last = surface.rsplit(' ').next()?;
    let bare = last.trim_end_matches('.');
    if surface.len() == last.len() || !crate::engine::lexicon::words::is_org_suffix(bare) {
        return None;
    }
    let form: String = bare
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    (!words_lists().loose_legal_forms.contains(&form.as_str())).then_some(form)
}

/// "Brekke Kabel ASA" after "Brekke Kabel GmbH": do the mention's `surface` and one of the
/// entity's names end in two different legal forms that tell firms apart ([`legal_form`];
/// "Volkswagen AG" and "Volkswagen Group" are one firm)?
pub(super) fn other_legal_form(surface: &str, a: &Acc) -> bool {
    let Some(mine) = legal_form(surface) else {
        return false;
    };
    (a.surfaces.iter()).any(|(s, _)| legal_form(s).is_some_and(|f| f != mine))
}

/// The runs of words of a multi-word organisation's lower-case name shorter than the whole
/// that may stand for it alone: not starting or ending with a connector, and holding a word
/// that is not a designator, stop word or place ("Shenzhen", "Electronics" alone are not
/// "Shenzhen Huaxin Electronics"; "Huaxin" is), nor one common institution word
/// ([`gender::institution_word`]: "the Crown" is not "Leeds Crown Court").
pub(super) fn org_short_forms(norm: &str) -> Vec<String> {
    let words: Vec<&str> = norm.split_whitespace().collect();
    lexicon()
        .org_short_runs(&words)
        .into_iter()
        .filter(|r| r.len() > 1 || !gender::institution_word(words[r.start]))
        .map(|r| words[r].join(" "))
        .collect()
}

/// Does this organisation's lower-case name hold a listed country, nationality or city after
/// a first word that is neither a designator nor a place ("shell petroleum development company
/// of nigeria", "toyota motor europe")? Such a name is a national subsidiary, and its first
/// word alone names the parent. A city that is not a capital counts only after a second word
/// ("Orvo Mobile" is a firm named "Orvo Mobile", the city of Mobile a common word).
pub(super) fn subsidiary(words: &[String]) -> bool {
    let lx = lexicon();
    let national = |e: &crate::engine::lexicon::Entry| {
        e.country.is_some() || e.demonym.is_some() || e.capital.is_some()
    };
    let place = |w: &String| lx.get(w).is_some_and(|e| national(e) || e.city.is_some());
    words.len() >= 2
        && words[0].chars().all(char::is_alphabetic)
        && lx
            .get(&words[0])
            .is_none_or(|e| e.designator.is_none() && !e.stop && !e.title && !e.title_start)
        && !place(&words[0])
        && (words[1..].iter().enumerate()).any(|(k, w)| {
            lx.get(w)
                .is_some_and(|e| national(e) || (k >= 1 && e.city.is_some()))
        })
}

/// Was entity `i` named only by single words so far ("Hikvision", "Treasury")? Then a longer
/// name holding that word may be its full name; one already named in full ("Nordwerk Holding
/// AG", short "Nordwerk") is not "Nordwerk Rail GmbH".
pub(super) fn short_forms_only(accs: &[Acc], i: usize) -> bool {
    accs.get(i)
        .is_some_and(|a| a.surfaces.iter().all(|(s, _)| !s.trim().contains(' ')))
}

/// Whether a capitalised name in the possessive right before mention `m` ("Iran's Red
/// Crescent") is missing from every surface of entity `a`: it names another body of that name.
pub(super) fn other_owner(doc: &Doc, m: &TypedMention, a: &Acc) -> bool {
    let Some(prev) = m.tokens.start.checked_sub(1) else {
        return false;
    };
    let t = doc.tok_text(prev);
    let Some(stem) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) else {
        return false;
    };
    !stem.is_empty()
        && stem.starts_with(char::is_uppercase)
        && doc.same_sentence(prev, m.tokens.start)
        && !a.surfaces.iter().any(|(s, _)| {
            s.split_whitespace()
                .any(|w| w.trim_end_matches("'s").eq_ignore_ascii_case(stem))
        })
}
