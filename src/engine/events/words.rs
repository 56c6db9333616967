//! The events stage's word lists (`data/events/words.txt`, hand-written, MIT): reporting
//! verbs (lemmas for the clause path, written forms for the token window), the words that
//! open a clause in the token window, the prepositions dropped before a time expression, and
//! the signals of order ("ahead of", "after") and the words of plans ("is due to").
//!
//! Input: none (the file is compiled in). Output: [`Lists`], parsed on first use; entries are
//! compared without case.

use std::sync::OnceLock;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/events/words.txt"));

/// A signal of order: first word, optional second word, relation of the main event to the
/// other ("BEFORE" or "AFTER").
pub type Signal = (&'static str, Option<&'static str>, &'static str);

/// The lists of `data/events/words.txt`, one field per section.
#[derive(Debug, Default)]
pub struct Lists {
    /// "say", "announce", ...: a clause with this verb reports the next one.
    pub reporting_lemmas: Vec<&'static str>,
    /// "said", "announced", ...
    pub reporting_forms: Vec<&'static str>,
    /// "after", "when", "which", ...
    pub subordinators: Vec<&'static str>,
    /// "on", "in", "for", ...
    pub time_prepositions: Vec<&'static str>,
    /// Words before a date that make it a thing's date ("the agreement dated May 14").
    pub noun_dates: Vec<&'static str>,
    /// Words before a date that make it a comparison's standard ("more than last year"),
    /// one or two words each ("than", "compared with").
    pub comparisons: Vec<&'static str>,
    /// Superlatives that make a "since" date after them a comparison's standard ("the highest
    /// since 2011").
    pub superlatives: Vec<&'static str>,
    /// Superlatives that count only right before "since" and its noun ("our best harvest
    /// since ...").
    pub close_superlatives: Vec<&'static str>,
    /// Words that open a new subject after "and" in the token window ("the", "he").
    pub subject_openers: Vec<&'static str>,
    /// Nouns that name the event the sentence before told ("the announcement came a day after").
    pub event_nouns: Vec<&'static str>,
    /// Present forms of light verbs: a two-word label with one ("China comes") is no event.
    pub light_verbs: Vec<&'static str>,
    /// Lemmas that make a clause a plan ("plans to", "is due to", "is scheduled to").
    pub plans: Vec<&'static str>,
    /// Possessives before a year that modifies a noun ("its 2024 sales": `attach.rs`).
    pub noun_determiners: Vec<&'static str>,
    /// Prepositions ending a thing's term after a `term_nouns` word ("a lease until 2030").
    pub term_prepositions: Vec<&'static str>,
    /// Things that run for a term ("contract", "lease", "ban").
    pub term_nouns: Vec<&'static str>,
    /// Participles that, after a noun, make a date the noun's ("a vote planned for May 17").
    pub noun_participles: Vec<&'static str>,
    /// Adverbs that say the verb's act did not quite happen ("nearly collided"): kept in labels.
    pub near_misses: Vec<&'static str>,
    /// Pronouns of the speaker and the listener ("we", "our"): a label with one is a quote's.
    pub speaker_words: Vec<&'static str>,
    /// Words before a gerund whose subject is the clause's before it ("after joining").
    pub gerund_openers: Vec<&'static str>,
    /// Subjects that deny the clause ("nobody", "no one"): kept in labels.
    pub negative_subjects: Vec<&'static str>,
    /// Signals of order, from the `[signals]` lines "first second-or-dash relation"
    /// ("ahead of BEFORE", "after - AFTER").
    pub signals: Vec<Signal>,
    /// Lines that could not be read (a `[signals]` line without three fields or with another
    /// relation than BEFORE/AFTER, an unknown section, a word before any section), kept for
    /// the test that the shipped file has none.
    pub errors: Vec<&'static str>,
}

fn parse(table: &'static str) -> Lists {
    let mut l = Lists::default();
    let mut section = "";
    for line in table.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
            section = name;
            continue;
        }
        match section {
            "reporting_lemmas" => l.reporting_lemmas.push(line),
            "reporting_forms" => l.reporting_forms.push(line),
            "subordinators" => l.subordinators.push(line),
            "time_prepositions" => l.time_prepositions.push(line),
            "noun_dates" => l.noun_dates.push(line),
            "superlatives" => l.superlatives.push(line),
            "close_superlatives" => l.close_superlatives.push(line),
            "comparisons" => l.comparisons.push(line),
            "plans" => l.plans.push(line),
            "subject_openers" => l.subject_openers.push(line),
            "event_nouns" => l.event_nouns.push(line),
            "light_verbs" => l.light_verbs.push(line),
            "noun_determiners" => l.noun_determiners.push(line),
            "term_prepositions" => l.term_prepositions.push(line),
            "term_nouns" => l.term_nouns.push(line),
            "noun_participles" => l.noun_participles.push(line),
            "near_misses" => l.near_misses.push(line),
            "negative_subjects" => l.negative_subjects.push(line),
            "gerund_openers" => l.gerund_openers.push(line),
            "speaker_words" => l.speaker_words.push(line),
            "signals" => {
                let cols: Vec<&'static str> = line.split_whitespace().collect();
                match cols[..] {
                    [first, second, rel @ ("BEFORE" | "AFTER")] => {
                        let second = (second != "-").then_some(second);
                        l.signals.push((first, second, rel));
                    }
                    _ => l.errors.push(line),
                }
            }
            _ => l.errors.push(line),
        }
    }
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
        assert!(l.reporting_lemmas.contains(&"say"));
        assert!(l.reporting_forms.contains(&"said"));
        assert!(l.subordinators.contains(&"when"));
        assert!(l.time_prepositions.contains(&"for"));
        assert!(l.noun_dates.contains(&"dated"));
        assert!(l.comparisons.contains(&"compared with"));
        assert!(l.plans.contains(&"due"));
        assert!(l.subject_openers.contains(&"the"));
        assert!(l.event_nouns.contains(&"announcement"));
        assert!(l.light_verbs.contains(&"comes"));
        assert!(l.noun_determiners.contains(&"its"));
        assert!(l.term_prepositions.contains(&"until"));
        assert!(l.term_nouns.contains(&"contract"));
        assert!(l.noun_participles.contains(&"planned"));
        assert!(l.near_misses.contains(&"nearly"));
        assert!(l.negative_subjects.contains(&"nobody"));
        assert!(l.gerund_openers.contains(&"after"));
        assert!(l.speaker_words.contains(&"we"));
        assert!(l.signals.contains(&("ahead", Some("of"), "BEFORE")));
        assert!(l.signals.contains(&("after", None, "AFTER")));
        assert!(l.signals.iter().all(|s| s.2 == "BEFORE" || s.2 == "AFTER"));
        assert!(l.errors.is_empty(), "bad lines: {:?}", l.errors);
    }

    #[test]
    fn malformed_lines_and_unknown_sections_are_reported() {
        let l = parse(
            "stray\n[signals]\nbefore - BEFORE\nahead of\nsoon - LATER\n[verbs]\nrun\n[subordinators]\nwhen\n",
        );
        assert_eq!(l.signals, vec![("before", None, "BEFORE")]);
        assert_eq!(l.subordinators, vec!["when"]);
        assert_eq!(l.errors, vec!["stray", "ahead of", "soon - LATER", "run"]);
    }
}
