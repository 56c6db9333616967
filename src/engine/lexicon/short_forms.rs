//! Short forms of organisation names: which runs of a multi-word name may stand for it alone
//! ("Huaxin" or "Shenzhen Huaxin" for "Shenzhen Huaxin Electronics", "Kiel Institute" for
//! "Kiel Institute for the World Economy"). Read by name typing (`typing::short_forms`) and by
//! merge; the connectors are `[short_form_connectors]` in `data/lexicons/context_words.txt`.

use super::words::words;
use super::words::words as words_of;
use super::Lexicon;
use crate::engine::model::Label;
use std::ops::Range;

impl Lexicon {
    /// May this lower-case word stand alone for an organisation? Not a connector, a
    /// designator ("electronics"), a stop word, a place ("shenzhen") or a word the lexicon
    /// knows as a name of another type.
    pub(crate) fn may_stand_alone(&self, w: &str, buf: &mut String) -> bool {
        if w.chars().count() < 2 || is_connector(w) {
            return false;
        }
        !self.get_any(w, buf).is_some_and(|e| {
            e.stop
                || e.designator.is_some()
                || e.country.is_some()
                || e.city.is_some()
                || e.region
                || e.demonym.is_some()
                || e.known.is_some_and(|(l, _)| l != Label::Org)
        })
    }

    /// Is this lower-case word a listed city or region, and no country?
    fn is_town(&self, w: &str, buf: &mut String) -> bool {
        self.get_any(w, buf)
            .is_some_and(|e| (e.city.is_some() || e.region) && e.country.is_none())
    }

    /// Word ranges of an organisation's name (`words`: its words in lower case, in order)
    /// that may stand for the whole: shorter than it, neither starting nor ending with a
    /// connector, and holding a word that [may stand alone](Lexicon::may_stand_alone) — or
    /// opening the name with two words or more ("Kiel Institute"); in a club's name (one
    /// holding a `[club_forms]` word), its town too ("Braga" for "Sporting Clube de Braga"). Never words after "of" or
    /// "for" alone: they say what the body is of or for ("Kestovia" is not "National Bank of
    /// Kestovia", "World Economy" not "Kiel Institute for the World Economy").
    pub(crate) fn org_short_runs<S: AsRef<str>>(&self, words: &[S]) -> Vec<Range<usize>> {
        let mut buf = String::new();
        // A club's town stands for the club ("Braga" for "Sporting Clube de Braga").
        let club = words.iter().any(|w| {
            let w = w.as_ref();
            words_of()
                .club_forms
                .iter()
                .any(|f| f.eq_ignore_ascii_case(w))
        });
        let alone: Vec<bool> = words
            .iter()
            .map(|w| {
                self.may_stand_alone(w.as_ref(), &mut buf)
                    || club && self.is_town(w.as_ref(), &mut buf)
            })
            .collect();
        let conn = |i: usize| is_connector(words[i].as_ref());
        let mut out = Vec::new();
        for a in 0..words.len() {
            for b in a + 1..=words.len() {
                let after_of = words[..a]
                    .iter()
                    .any(|w| matches!(w.as_ref(), "of" | "for"));
                if b - a == words.len() || conn(a) || conn(b - 1) || after_of {
                    continue;
                }
                if (a == 0 && b >= 2) || alone[a..b].iter().any(|&x| x) {
                    out.push(a..b);
                }
            }
        }
        out
    }
}

/// Does this lower-case word join the words of a name without standing for it ("of", "the")?
fn is_connector(w: &str) -> bool {
    words().short_form_connectors.contains(&w)
}

#[cfg(test)]
mod tests {
    use crate::engine::lexicon::lexicon;

    fn runs(name: &str) -> Vec<String> {
        let words: Vec<&str> = name.split(' ').collect();
        lexicon()
            .org_short_runs(&words)
            .into_iter()
            .map(|r| words[r].join(" "))
            .collect()
    }

    #[test]
    fn a_clubs_town_stands_for_the_club() {
        let r = runs("sporting clube de braga");
        assert!(r.contains(&"braga".to_string()), "{r:?}");
        assert!(runs("olympique de marseille").contains(&"marseille".to_string()));
        // Not a club: the town is the place.
        assert!(!runs("marseille port authority").contains(&"marseille".to_string()));
    }

    #[test]
    fn a_distinctive_word_or_the_opening_words_stand_for_the_name() {
        let r = runs("shenzhen huaxin electronics");
        assert!(r.contains(&"huaxin".to_string()), "{r:?}");
        assert!(r.contains(&"shenzhen huaxin".to_string()), "{r:?}");
        // A place or a designator alone is not the company.
        assert!(!r.contains(&"shenzhen".to_string()), "{r:?}");
        assert!(!r.contains(&"electronics".to_string()), "{r:?}");
        // The whole is not a short form of itself.
        assert!(!r.contains(&"shenzhen huaxin electronics".to_string()));
        let r = runs("kiel institute for the world economy");
        assert!(r.contains(&"kiel institute".to_string()), "{r:?}");
        assert!(!r.contains(&"world economy".to_string()), "{r:?}");
        // What the body is of is not the body.
        let r = runs("national bank of vostrania");
        assert!(!r.contains(&"vostrania".to_string()), "{r:?}");
        assert!(r.contains(&"national bank".to_string()), "{r:?}");
        assert!(
            r.iter()
                .all(|s| !s.ends_with(" for") && !s.starts_with("the ")),
            "{r:?}"
        );
    }
}
