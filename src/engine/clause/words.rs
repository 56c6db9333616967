//! The clause stage's word lists (`data/clause/words.txt`, hand-written, MIT): negations,
//! relative pronouns, subordinating prepositions, possessive determiners, and the words of a
//! noun group that only dates its clause ("last year").
//!
//! Input: none (the file is compiled in). Output: [`Lists`], parsed on first use; every word
//! lower case, compared without case by [`super::is`].

use std::sync::OnceLock;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/clause/words.txt"));

/// The lists of `data/clause/words.txt`, one field per section.
#[derive(Debug, Default)]
pub struct Lists {
    /// "not", "n't", "never".
    pub negation: Vec<&'static str>,
    /// "who", "which", "whom", "whose".
    pub relative: Vec<&'static str>,
    /// Prepositions that also introduce clauses ("after", "since").
    pub subordinating: Vec<&'static str>,
    /// "his", "their", ...
    pub possessive: Vec<&'static str>,
    /// Determiners after which an "-ed" word before a noun modifies it ("the guided missiles").
    pub modifier_openers: Vec<&'static str>,
    /// "last", "next", "this" ... before a time noun.
    pub time_modifiers: Vec<&'static str>,
    /// "year", "week", "summer" ...
    pub time_nouns: Vec<&'static str>,
    /// Forms of verbs whose object is not the subject of an infinitive after it ("left").
    pub subject_control: Vec<&'static str>,
    /// Infinitives of taking up a post ("join"), after which `subject_control` holds.
    pub taking_up: Vec<&'static str>,
    /// Lemmas of verbs whose object is a clause ("say", "announce", "expect").
    pub complement_verbs: Vec<&'static str>,
    /// Lemmas of verbs of schedules ("begin", "open", "expire").
    pub schedule_verbs: Vec<&'static str>,
    /// Lines that could not be read (a word under an unknown section or before any section),
    /// kept for the test that the shipped file has none.
    pub errors: Vec<&'static str>,
}

fn parse(table: &'static str) -> Lists {
    let mut l = Lists::default();
    let mut current: Option<&mut Vec<&'static str>> = None;
    let mut errors = Vec::new();
    for line in table.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
            current = match name {
                "negation" => Some(&mut l.negation),
                "relative" => Some(&mut l.relative),
                "subordinating" => Some(&mut l.subordinating),
                "possessive" => Some(&mut l.possessive),
                "modifier_openers" => Some(&mut l.modifier_openers),
                "time_modifiers" => Some(&mut l.time_modifiers),
                "time_nouns" => Some(&mut l.time_nouns),
                "subject_control" => Some(&mut l.subject_control),
                "taking_up" => Some(&mut l.taking_up),
                "complement_verbs" => Some(&mut l.complement_verbs),
                "schedule_verbs" => Some(&mut l.schedule_verbs),
                _ => {
                    errors.push(line);
                    None
                }
            };
            continue;
        }
        match current.as_mut() {
            Some(list) => list.push(line),
            None => errors.push(line),
        }
    }
    l.errors = errors;
    l
}

/// The lists, parsed on first use.
pub fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| parse(TABLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_loaded() {
        let l = lists();
        for (name, list) in [
            ("negation", &l.negation),
            ("relative", &l.relative),
            ("subordinating", &l.subordinating),
            ("possessive", &l.possessive),
            ("modifier_openers", &l.modifier_openers),
            ("time_modifiers", &l.time_modifiers),
            ("time_nouns", &l.time_nouns),
            ("complement_verbs", &l.complement_verbs),
            ("schedule_verbs", &l.schedule_verbs),
        ] {
            assert!(!list.is_empty(), "{name}");
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{name}");
        }
        assert!(l.errors.is_empty(), "bad lines: {:?}", l.errors);
    }

    #[test]
    fn unknown_sections_and_stray_words_are_reported() {
        let l = parse("stray\n[negation]\nnot\n[verbs]\nrun\n[relative]\nwho\n");
        assert_eq!(l.negation, vec!["not"]);
        assert_eq!(l.relative, vec!["who"]);
        assert_eq!(l.errors, vec!["stray", "[verbs]", "run"]);
    }
}
