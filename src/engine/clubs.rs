//! Sports clubs the name tagger typed as places or people.
//!
//! - A name with a club's form word ("AC Milan", "FC Twente", "Leeds United AFC"; `[club_forms]`
//!   of `data/lexicons/context_words.txt`, written as listed) is one organisation, whatever its
//!   words were typed; after the form, other form words and a name particle before a
//!   capitalised word join it ("Sporting Clube de Braga", "Olympique de Marseille", "Sporting
//!   CP"). The club's town then stands for it (`Lexicon::org_short_runs`: "Braga").
//! - In a report on a team sport (its first words name one in capitals, "SOCCER -", or its
//!   lower-case words hold at least
//!   [`MIN_SPORT_CUES`] distinct words of `[team_sport_cues]`: "striker", "league", "goal"), a
//!   town named as a club is the club: before a score ("Chelsea 2-1"), after a word of a match
//!   (`[club_cues_before]`: "beat", "against", "hosted"), before a verb of a match or a transfer
//!   (`[club_cues_after]`: "won", "signed", "drew", "face"), before a plural verb with no
//!   place preposition before the town (`[club_plural_verbs]`: "Braga are fourth", not "fans
//!   in Braga are"), before a possessive and a word of a club's
//!   staff ("Brighton's striker": `[club_cues_after]`), before ", owned by", or after "from" in
//!   a sentence about a transfer (`[transfer_words]`: "signed the striker from Porto"). Every
//!   other mention of that name is the club too, unless a place preposition stands before it
//!   ("the hotel in Brighton"). Countries, capitals and nationalities are left alone (national
//!   teams are their countries), and so are one-word names typed as people (players beat and
//!   score too). A name ending with a club's last word (`[club_suffixes]`: "Norwich City",
//!   "Boca Juniors") that the lexicon does not list ("Mexico City") is a club without a cue.
//!   A club form joins no title ("FC Porto President") and no listed place before it
//!   ("Greenville SC").
//!
//! Input: the [`Doc`] and the typed mentions (text order, non-overlapping). Output: the same
//! list with club names relabelled ORG and club-form names made one ORG mention (added where
//! no mention was).
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only relabels mentions ORG, or replaces the mentions inside a club-form name (none,
//! or some wholly inside it) by one ORG mention over it; never drops a word of a mention.

use super::lexicon::lexicon;
use super::lexicon::words::words;
use super::mention::TypedMention;
use super::model::Label;
use super::shape::{is_all_caps, is_capitalised};
use super::text::{Doc, TokenKind};
use rustc_hash::FxHashSet;

/// Distinct `[team_sport_cues]` words that make a text a report on a team sport.
pub const MIN_SPORT_CUES: usize = 2;
/// Most capitalised words a club-form word joins ("FC Bayern Munich").
const MAX_CLUB_WORDS: usize = 2;
/// Confidence of a club read from its form or its sentence.
const CONFIDENCE: f32 = 0.7;

/// Relabel and join sports clubs (see the module documentation).
pub fn retype(doc: &Doc, ms: &mut Vec<TypedMention>) {
    club_forms(doc, ms);
    if team_sport_report(doc) {
        towns_as_clubs(doc, ms);
    }
}

/// The lower-case text of token `i` when it is a word.
fn word(doc: &Doc, i: usize) -> Option<String> {
    let t = doc.tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.tok_text(i).to_lowercase())
}

fn listed(list: &[&str], w: Option<String>) -> bool {
    w.is_some_and(|w| list.contains(&w.as_str()))
}

/// "AC Milan", "FC Twente", "Leeds United AFC": a club-form word beside capitalised words of
/// its sentence.
fn club_forms(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let forms = &words().club_forms;
    let name_word = |i: usize, s: u32| {
        doc.tokens[i].kind == TokenKind::Word
            && doc.sentence_of(i) == s
            && is_capitalised(doc.tok_text(i))
            && !is_all_caps(doc.tok_text(i))
            && !forms.contains(doc.tok_text(i))
            && lexicon()
                .get(&doc.tok_text(i).to_lowercase())
                .is_none_or(|e| !e.stop && !e.title && !e.title_start)
    };
    // "Greenville SC": a listed place right before the form is the place and its state.
    let place = |i: usize| {
        lexicon()
            .get(&doc.tok_text(i).to_lowercase())
            .is_some_and(|e| e.city.is_some() || e.region || e.capital.is_some())
    };
    let mut spans = Vec::new();
    for i in 0..doc.tokens.len() {
        if !forms.contains(doc.tok_text(i)) || doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let s = doc.sentence_of(i);
        // Forward: capitalised words, other form words ("Sporting Clube"), and a particle
        // before a capitalised word ("Olympique de Marseille", "Clube de Braga").
        let mut end = i + 1;
        let mut words_in = 0;
        while end < doc.tokens.len() && words_in < MAX_CLUB_WORDS {
            let t = doc.tok_text(end);
            if name_word(end, s) || forms.contains(t) && doc.sentence_of(end) == s {
                end += 1;
                words_in += 1;
            } else if end + 1 < doc.tokens.len()
                && words().name_particles.contains(t)
                && name_word(end + 1, s)
            {
                end += 2;
                words_in += 1;
            } else {
                break;
            }
        }
        let mut start = i;
        if end == i + 1 && i > 0 && !place(i - 1) {
            while start > 0 && i - start < MAX_CLUB_WORDS && name_word(start - 1, s) {
                start -= 1;
            }
        }
        if start < i || end > i + 1 {
            spans.push(start..end);
        }
    }
    for r in spans.into_iter().rev() {
        let (s, e) = (doc.tokens[r.start].start(), doc.tokens[r.end - 1].end());
        let over = super::mention::overlapping(ms, s, e);
        // Only a span holding every mention it touches ("AC Milan", not half of a longer name);
        // a place before the form is the place and its state ("Spartanburg SC").
        let backward = forms.contains(doc.tok_text(r.end - 1));
        if ms[over.clone()].iter().any(|m| {
            m.start < s || m.end > e || (backward && matches!(m.label, Label::Gpe | Label::Loc))
        }) {
            continue;
        }
        ms.splice(over, [TypedMention::over(doc, r, Label::Org, CONFIDENCE)]);
    }
}

/// Whether the document reports on a team sport: its first words name one in capitals
/// ("SOCCER - ..."), or its lower-case words hold [`MIN_SPORT_CUES`] distinct
/// `[team_sport_cues]` ("Arab League" is none).
fn team_sport_report(doc: &Doc) -> bool {
    let w = words();
    // "SOCCER - ...": a sport's name in capitals heading the first line (a wire's slug).
    let first = doc.sentences.first().map_or(0..0, |s| s.tokens());
    if first.take(3).any(|i| {
        let t = doc.tok_text(i);
        t.len() > 2 && is_all_caps(t) && w.team_sport_cues.contains(t.to_lowercase().as_str())
    }) {
        return true;
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for i in 0..doc.tokens.len() {
        let t = doc.tok_text(i);
        // The cues are lower-case words: no case folding per token.
        if t.len() > 2 && t.as_bytes()[0].is_ascii_lowercase() && w.team_sport_cues.contains(t) {
            seen.insert(t);
            if seen.len() >= MIN_SPORT_CUES {
                return true;
            }
        }
    }
    false
}

/// Does the mention `m` stand where a club does (see the module documentation)?
fn club_cue(doc: &Doc, m: &TypedMention) -> bool {
    let w = words();
    let (a, b) = (m.tokens.start, m.tokens.end);
    let s = doc.sentence_of(a);
    let same = |i: usize| i < doc.tokens.len() && doc.sentence_of(i) == s;
    let before = (a > 0 && same(a - 1)).then(|| word(doc, a - 1)).flatten();
    // After a possessive written apart ("Brighton 's striker"), the word after it; one glued
    // to the name ("Brighton's") is inside the mention's last token.
    let apart = same(b) && matches!(doc.tok_text(b), "'s" | "’s");
    let next = if apart { b + 1 } else { b };
    let after = same(next).then(|| word(doc, next)).flatten();
    let score = same(b) && {
        let t = doc.tok_text(b);
        let mut parts = t.splitn(2, ['-', '–']);
        matches!((parts.next(), parts.next()), (Some(x), Some(y))
            if !x.is_empty() && !y.is_empty()
                && x.bytes().all(|c| c.is_ascii_digit())
                && y.bytes().all(|c| c.is_ascii_digit()))
    };
    let owned = same(b + 2)
        && doc.tok_text(b) == ","
        && doc.tok_text(b + 1) == "owned"
        && doc.tok_text(b + 2) == "by";
    let transfer_from = before.as_deref() == Some("from") && {
        let r = doc.sentences[s as usize].tokens();
        r.clone().any(|i| listed(&w.transfer_words, word(doc, i)))
    };
    score
        || owned
        || transfer_from
        || listed(&w.club_cues_before, before)
        || listed(&w.club_cues_after, after)
}

/// Whether the mention has two words or more and ends with a club's last word
/// (`[club_suffixes]`: "City", "United").
fn suffixed(doc: &Doc, m: &TypedMention) -> bool {
    m.tokens.len() >= 2
        && words()
            .club_suffixes
            .contains(&doc.tok_text(m.tokens.end - 1))
}

/// A town the sentence names as a club, and its other mentions (see the module documentation).
fn towns_as_clubs(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    let candidate = |m: &TypedMention, buf: &mut String| {
        let text = &doc.text[m.start..m.end];
        let entry = lx.get_any(text, buf);
        match m.label {
            Label::Gpe | Label::Loc | Label::Norp | Label::Person => {
                // Capitals stay cities: "Cairo hosted the summit" in a story that names a
                // football stadium.
                entry.is_none_or(|e| {
                    e.country.is_none() && e.demonym.is_none() && e.capital.is_none()
                }) && (m.label != Label::Person || suffixed(doc, m))
                    && (m.label != Label::Norp || suffixed(doc, m))
            }
            _ => false,
        }
    };
    // "Norwich City", "Boca Juniors": a town and a club's last word, the whole unlisted.
    let club_name = |m: &TypedMention, buf: &mut String| {
        suffixed(doc, m) && lx.get_any(&doc.text[m.start..m.end], buf).is_none()
    };
    let place_preps = &words().place_prepositions;
    let preposed =
        |m: &TypedMention| m.tokens.start > 0 && listed(place_preps, word(doc, m.tokens.start - 1));
    // "Braga are fourth": a plural verb after a town's name, no place preposition before it.
    let plural_verb = |m: &TypedMention| {
        let b = m.tokens.end;
        b < doc.tokens.len()
            && doc.sentence_of(b) == doc.sentence_of(m.tokens.start)
            && listed(&words().club_plural_verbs, word(doc, b))
            && !preposed(m)
    };
    let mut clubs: FxHashSet<String> = FxHashSet::default();
    for m in ms.iter() {
        if candidate(m, &mut buf) && (club_cue(doc, m) || club_name(m, &mut buf) || plural_verb(m))
        {
            clubs.insert(doc.text[m.start..m.end].to_string());
        }
    }
    if clubs.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let preposed = preposed(m) && !club_cue(doc, m);
        if !preposed && clubs.contains(&doc.text[m.start..m.end]) && candidate(m, &mut buf) {
            m.label = Label::Org;
            m.country = None;
            m.capital_of = None;
            m.confidence = m.confidence.max(CONFIDENCE);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_names::{has, names};

    #[test]
    fn a_club_form_makes_one_club() {
        let got = names("AC Milan and FC Twente drew. Leeds United AFC lost.");
        for club in ["AC Milan", "FC Twente", "Leeds United AFC"] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        // No capitalised name word beside it: nothing joined to it.
        let got = names("The AC unit failed.");
        assert!(
            !got.iter()
                .any(|(n, _)| n.contains("AC ") || n.contains(" AC")),
            "{got:?}"
        );
    }

    #[test]
    fn a_club_form_joins_a_particle_and_another_form() {
        let got = names(
            "Olympique de Marseille bought the striker from Sporting Clube de Braga. The \
             midfielder joined Sporting CP.",
        );
        for club in [
            "Olympique de Marseille",
            "Sporting Clube de Braga",
            "Sporting CP",
        ] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        // A particle with no capitalised word after it joins nothing.
        let got = names("FC Twente de facto lost the league.");
        assert!(has(&got, "FC Twente", "ORG"), "{got:?}");
    }

    #[test]
    fn a_club_in_the_table_or_a_fixture_is_the_club() {
        let got = names(
            "The striker and the midfielder scored. Braga are fourth in the league, eight \
             points behind leaders Benfica. Fans in Braga were happy.",
        );
        for club in ["Braga", "Benfica"] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        // "in Braga": the town.
        assert!(has(&got, "Braga", "GPE"), "{got:?}");
    }

    const REPORT: &str = "Brighton, owned by businessman Tony Bloom, signed the striker \
                          from Porto on Monday. The midfielder scored twice as Brighton beat \
                          Chelsea 2-1 in the league. Fans in Porto were unhappy.";

    #[test]
    fn in_a_report_on_a_team_sport_a_town_named_as_a_club_is_the_club() {
        let got = names(REPORT);
        for club in ["Brighton", "Porto"] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        // "in Porto": the town.
        assert!(has(&got, "Porto", "GPE"), "{got:?}");
        assert!(has(&got, "Tony Bloom", "PERSON"), "{got:?}");
    }

    #[test]
    fn in_a_report_on_a_team_sport_a_club_named_by_its_last_word_is_the_club() {
        let got = names(
            "The striker joined Norwich City, and the goalkeeper signed for Atletico \
             Madrid. The final will be played in Mexico City.",
        );
        for club in ["Norwich City", "Atletico Madrid"] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        assert!(has(&got, "Mexico City", "GPE"), "{got:?}");
    }

    #[test]
    fn one_sport_word_makes_no_sports_report_and_capitals_stay_cities() {
        let got = names(
            "The summit opened on Sunday. Beirut hosted the talks, and Sidon lost power after \
             strikes against Tyre hit a football stadium.",
        );
        for town in ["Beirut", "Sidon", "Tyre"] {
            assert!(!has(&got, town, "ORG"), "{town}: {got:?}");
        }
        let got = names("The striker and the goalkeeper flew home. Cairo hosted the final.");
        assert!(!has(&got, "Cairo", "ORG"), "{got:?}");
        // A listed place before "SC", a title after "FC".
        let got = names(
            "Voters in Greenville SC went to the polls. He met FC Twente President Ana Lopes.",
        );
        assert!(!got.iter().any(|(n, _)| n == "Greenville SC"), "{got:?}");
        assert!(has(&got, "FC Twente", "ORG"), "{got:?}");
    }

    #[test]
    fn outside_a_sports_report_towns_stay_places() {
        let got = names("Flights from Porto to Brighton were cancelled, the airline said.");
        for town in ["Porto", "Brighton"] {
            assert!(!has(&got, town, "ORG"), "{town}: {got:?}");
        }
        // Countries stay countries in a sports report (a national team is its country).
        let got = names("The striker scored a goal as France beat Spain 2-0 in the league.");
        assert!(has(&got, "France", "GPE"), "{got:?}");
    }
}
