//! The context word lists the typing rules read (honorifics, place prepositions, speech verbs,
//! sports words, organisation nouns, ...), loaded once from `data/lexicons/context_words.txt`.
//!
//! Format: a `[name]` line opens a list; each following non-empty line not starting with `#`
//! is one lower-case word or phrase of it. Unknown sections are ignored; a missing section is
//! an empty list.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/lexicons/context_words.txt");

/// Every list, as static string slices into the embedded table.
#[derive(Debug, Default)]
pub struct Words {
    pub honorifics: Vec<&'static str>,
    pub title_modifiers: Vec<&'static str>,
    pub place_prepositions: Vec<&'static str>,
    pub speech_verbs: Vec<&'static str>,
    pub team_sports: Vec<&'static str>,
    pub org_nouns: Vec<&'static str>,
    pub place_nouns: Vec<&'static str>,
    pub org_followers: Vec<&'static str>,
    pub body_heads: Vec<&'static str>,
    pub match_after: Vec<&'static str>,
    pub match_before: Vec<&'static str>,
    pub sports: Vec<&'static str>,
    pub title_fillers: Vec<&'static str>,
    pub vessel_nouns: Vec<&'static str>,
    /// Words after a capital city that make it act for its state ("Ankara said", "Seoul and
    /// Tokyo agreed"): verbs, auxiliaries and adverbs (merge, metonymy).
    pub metonymy_verbs_after: Vec<&'static str>,
    /// Verbs before a capital city that make it the state being pressed or helped ("pressing
    /// Ankara to", "enabling Tehran to").
    pub metonymy_verbs_before: Vec<&'static str>,
    /// Words before a city that keep it a place ("flights to Ankara", "in Seoul").
    pub metonymy_place_words: Vec<&'static str>,
    /// Nouns before "between" that make the pair after it actors ("talks between Seoul and
    /// Pyongyang").
    pub relation_nouns: Vec<&'static str>,
    /// Company-form words dropped when matching organisation names ("Hikvision Co").
    pub org_suffixes: Vec<&'static str>,
    /// Party words before a title that belong to the role ("Conservative MP").
    pub party_words: Vec<&'static str>,
    /// Lower-case particles inside people's names ("de", "von", "bin").
    pub person_particles: Vec<&'static str>,
    /// Particles only people's names hold ("bin", "von"), not places' or firms'.
    pub strong_person_particles: Vec<&'static str>,
    /// Nouns before "on" that make the city after it the state pressed ("pressure on Beijing").
    pub pressure_nouns: Vec<&'static str>,
}

fn parse(table: &'static str) -> Words {
    let mut w = Words::default();
    let mut current: Option<&mut Vec<&'static str>> = None;
    for line in table.lines().map(|l| l.trim_end_matches('\r')) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = match name {
                "honorifics" => Some(&mut w.honorifics),
                "title_modifiers" => Some(&mut w.title_modifiers),
                "place_prepositions" => Some(&mut w.place_prepositions),
                "speech_verbs" => Some(&mut w.speech_verbs),
                "team_sports" => Some(&mut w.team_sports),
                "org_nouns" => Some(&mut w.org_nouns),
                "place_nouns" => Some(&mut w.place_nouns),
                "org_followers" => Some(&mut w.org_followers),
                "body_heads" => Some(&mut w.body_heads),
                "match_after" => Some(&mut w.match_after),
                "match_before" => Some(&mut w.match_before),
                "sports" => Some(&mut w.sports),
                "title_fillers" => Some(&mut w.title_fillers),
                "vessel_nouns" => Some(&mut w.vessel_nouns),
                "metonymy_verbs_after" => Some(&mut w.metonymy_verbs_after),
                "metonymy_verbs_before" => Some(&mut w.metonymy_verbs_before),
                "metonymy_place_words" => Some(&mut w.metonymy_place_words),
                "relation_nouns" => Some(&mut w.relation_nouns),
                "org_suffixes" => Some(&mut w.org_suffixes),
                "party_words" => Some(&mut w.party_words),
                "person_particles" => Some(&mut w.person_particles),
                "strong_person_particles" => Some(&mut w.strong_person_particles),
                "pressure_nouns" => Some(&mut w.pressure_nouns),
                _ => None,
            };
            continue;
        }
        if let Some(list) = current.as_mut() {
            list.push(line.trim());
        }
    }
    w
}

/// The lists, parsed on first use.
pub fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| parse(TABLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_loaded() {
        let w = words();
        for (name, list) in [
            ("honorifics", &w.honorifics),
            ("title_modifiers", &w.title_modifiers),
            ("place_prepositions", &w.place_prepositions),
            ("speech_verbs", &w.speech_verbs),
            ("team_sports", &w.team_sports),
            ("org_nouns", &w.org_nouns),
            ("place_nouns", &w.place_nouns),
            ("org_followers", &w.org_followers),
            ("body_heads", &w.body_heads),
            ("match_after", &w.match_after),
            ("match_before", &w.match_before),
            ("sports", &w.sports),
            ("title_fillers", &w.title_fillers),
            ("vessel_nouns", &w.vessel_nouns),
            ("metonymy_verbs_after", &w.metonymy_verbs_after),
            ("metonymy_verbs_before", &w.metonymy_verbs_before),
            ("metonymy_place_words", &w.metonymy_place_words),
            ("relation_nouns", &w.relation_nouns),
            ("org_suffixes", &w.org_suffixes),
            ("party_words", &w.party_words),
            ("person_particles", &w.person_particles),
            ("strong_person_particles", &w.strong_person_particles),
            ("pressure_nouns", &w.pressure_nouns),
        ] {
            assert!(!list.is_empty(), "{name} is empty");
        }
        assert!(w.speech_verbs.contains(&"said"));
    }

    #[test]
    fn sections_and_comments() {
        let w = parse("# c\n[sports]\ntennis\n\n[nope]\nx\n[honorifics]\nmr\n");
        assert_eq!(w.sports, vec!["tennis"]);
        assert_eq!(w.honorifics, vec!["mr"]);
    }
}
