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
//! - In such a report, a name the tagger read as a person's is the club where a club's staff
//!   word stands after it and a capitalised name after that ("Chelsea manager Enzo Maresca",
//!   `[club_staff]`) or after its possessive ("Chelsea's academy"), a score right after it, a
//!   nationality and "side" before it ("Belgian side KRC Genk"), or ", who beat" and a score;
//!   club forms read only there join too (`[report_club_forms]`: "Real Betis", "Inter Milan");
//!   and an unlisted name after "at" that is no club is its ground (FAC: "at Anfield"). An
//!   unfamiliar capitalised word no mention covers is a club after a word of a match ("face
//!   Juventus"), after "plays for", or opening its clause before a verb of a match ("Inter
//!   face"), and so is every other uncovered use of it.
//!
//! *Architecture invariant:* reads the document, lexicon and word lists only; imports no other
//! stage; only relabels mentions ORG (or FAC, a ground), adds ORG mentions over uncovered
//! words, or replaces the mentions inside a club-form name (none,
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
    club_forms(doc, ms, &words().club_forms);
    if team_sport_report(doc) {
        club_forms(doc, ms, &words().report_club_forms);
        uncovered_clubs(doc, ms);
        towns_as_clubs(doc, ms);
        grounds(doc, ms);
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
fn club_forms(doc: &Doc, ms: &mut Vec<TypedMention>, forms: &FxHashSet<&'static str>) {
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
                // "Bayer Leverkusen's Florian Wirtz": a possessive ends the club's name.
                if super::shape::possessive_len(t) > 0 {
                    break;
                }
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
        let mut club = TypedMention::over(doc, r, Label::Org, CONFIDENCE);
        // "Bayer Leverkusen's Florian Wirtz": the possessive is not the club's name.
        club.end -= super::shape::possessive_len(&doc.text[club.start..club.end]);
        ms.splice(over, [club]);
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
    let score = score_at(doc, b, s);
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

/// In a report on a team sport, an unfamiliar capitalised word no mention covers where a club
/// stands: after a word of a match (`[club_cues_before]`: "face Juventus", "beat Vanstone"),
/// after "plays for" or "signed for" ("he plays for Bayern"), or opening its sentence or
/// clause before a verb of a match (`[club_cues_after]`, `[club_plural_verbs]`: "Inter face
/// ..."). Every other uncovered use of that word is the club too.
fn uncovered_clubs(doc: &Doc, ms: &mut Vec<TypedMention>) {
    let w = words();
    let lx = lexicon();
    let mut buf = String::new();
    let covered = super::mention::covered_tokens(doc, ms);
    let n = doc.tokens.len();
    let unfamiliar = |i: usize, buf: &mut String| {
        let t = doc.tok_text(i);
        !covered[i]
            && doc.tokens[i].kind == TokenKind::Word
            && is_capitalised(t)
            && !is_all_caps(t)
            && t.chars().count() >= 3
            && super::shape::possessive_len(t) == 0
            && lx.get_any(t, buf).is_none()
    };
    let same = |a: usize, b: usize| b < n && doc.sentence_of(a) == doc.sentence_of(b);
    let mut found: FxHashSet<&str> = FxHashSet::default();
    for i in 0..n {
        if !unfamiliar(i, &mut buf) {
            continue;
        }
        let before = (i > 0 && same(i - 1, i))
            .then(|| word(doc, i - 1))
            .flatten();
        let cue_before = listed(&w.club_cues_before, before.clone())
            || before.as_deref() == Some("for")
                && i > 1
                && same(i - 2, i)
                && matches!(
                    word(doc, i - 2).as_deref(),
                    Some("plays" | "play" | "played" | "playing" | "signed" | "signs" | "sign")
                );
        // Opening its sentence or clause: nothing before it, or a comma or "and".
        let opens = i == 0
            || !same(i - 1, i)
            || matches!(
                doc.tok_text(i - 1),
                "," | ";" | "and" | "but" | "while" | "as"
            );
        let after = same(i, i + 1).then(|| word(doc, i + 1)).flatten();
        let cue_after = opens
            && (listed(&w.club_cues_after, after.clone()) || listed(&w.club_plural_verbs, after))
            && doc.tokens[i + 1].kind == TokenKind::Word;
        if cue_before || cue_after {
            found.insert(doc.tok_text(i));
        }
    }
    if found.is_empty() {
        return;
    }
    let spans: Vec<std::ops::Range<usize>> = (0..n)
        .filter(|&i| unfamiliar(i, &mut buf) && found.contains(doc.tok_text(i)))
        .map(|i| i..i + 1)
        .collect();
    super::mention::replace_token_spans(doc, ms, spans, Label::Org);
}

/// A score written as one token right at token `i` of sentence `s` ("2-1", "3–0").
fn score_at(doc: &Doc, i: usize, s: u32) -> bool {
    i < doc.tokens.len() && doc.sentence_of(i) == s && {
        let t = doc.tok_text(i);
        let mut parts = t.splitn(2, ['-', '–']);
        matches!((parts.next(), parts.next()), (Some(x), Some(y))
            if !x.is_empty() && !y.is_empty()
                && x.bytes().all(|c| c.is_ascii_digit())
                && y.bytes().all(|c| c.is_ascii_digit()))
    }
}

/// Cues that make even a name read as a person's a club (see [`towns_as_clubs`]): a word of a
/// club's staff after its possessive ("Chelsea's academy") or after it and before a capitalised
/// name ("Chelsea manager Enzo Maresca", "Dortmund sporting director Sebastian Kehl"); a score
/// right after it ("Chelsea 2-1"); a nationality and "side" or "club" before it ("Belgian side
/// KRC Genk"); or ", who beat" and a score ("Napoli, who beat Atalanta 3-1").
fn strong_club_cue(doc: &Doc, m: &TypedMention) -> bool {
    let w = words();
    let (a, b) = (m.tokens.start, m.tokens.end);
    let s = doc.sentence_of(a);
    let same = |i: usize| i < doc.tokens.len() && doc.sentence_of(i) == s;
    let glued = super::shape::possessive_len(doc.tok_text(b - 1)) > 0;
    let apart = same(b) && matches!(doc.tok_text(b), "'s" | "’s");
    let next = if apart { b + 1 } else { b };
    let staff = same(next) && listed(&w.club_staff, word(doc, next));
    if staff && (glued || apart) {
        return true;
    }
    let mut name_at = next + 1;
    if staff && word(doc, next).as_deref() == Some("sporting") {
        name_at += 1; // "sporting director"
    }
    if staff && same(name_at) && doc.tokens[name_at].kind == TokenKind::Word {
        let t = doc.tok_text(name_at);
        if is_capitalised(t) && !is_all_caps(t) {
            return true;
        }
    }
    if !glued && !apart && score_at(doc, b, s) {
        return true;
    }
    let side = a >= 2
        && same(a - 2)
        && listed(&w.club_nouns, word(doc, a - 1))
        && lexicon()
            .get(&doc.tok_text(a - 2).to_lowercase())
            .is_some_and(|e| e.demonym.is_some());
    if side {
        return true;
    }
    // ", who beat Atalanta 3-1": a match won or lost, its score within the next few words.
    same(b + 2)
        && doc.tok_text(b) == ","
        && matches!(word(doc, b + 1).as_deref(), Some("who" | "which"))
        && listed(&w.club_cues_before, word(doc, b + 2))
        && (b + 3..b + 8).any(|i| score_at(doc, i, s))
}

/// In a report on a team sport, an unlisted name after "at" that is no club is its ground:
/// "host Everton at Anfield", "at San Siro" (FAC).
fn grounds(doc: &Doc, ms: &mut [TypedMention]) {
    let lx = lexicon();
    let mut buf = String::new();
    let clubs: FxHashSet<&str> = ms
        .iter()
        .filter(|m| m.label == Label::Org)
        .map(|m| &doc.text[m.start..m.end])
        .collect();
    let mut grounds = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let a = m.tokens.start;
        let text = &doc.text[m.start..m.end];
        let after_at = a > 0
            && doc.sentence_of(a - 1) == doc.sentence_of(a)
            && word(doc, a - 1).as_deref() == Some("at");
        let person_word = |i: usize, buf: &mut String| {
            lx.get_any(doc.tok_text(i), buf)
                .is_some_and(|e| e.given || e.surname)
        };
        let kind = match m.label {
            Label::Gpe | Label::Loc => true,
            Label::Person => !m.tokens.clone().any(|i| person_word(i, &mut buf)),
            _ => false,
        };
        if after_at && kind && !clubs.contains(text) && lx.get_any(text, &mut buf).is_none() {
            grounds.push(k);
        }
    }
    for k in grounds {
        let m = &mut ms[k];
        m.label = Label::Fac;
        m.role = None;
        m.country = None;
        m.capital_of = None;
    }
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
    // Words of people's names written in full ("Chelsea Clinton"): such a word alone is the
    // person, whatever cue stands beside it.
    let in_full_names: FxHashSet<&str> = ms
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.len() >= 2)
        .flat_map(|m| m.tokens.clone().map(|i| doc.tok_text(i)))
        .collect();
    // A name the tagger read as a person's (or a thing's) that a club's staff or score stands beside
    // ("Chelsea manager Enzo Maresca", "Betis president ...", "Napoli, who beat Atalanta 3-1").
    let person_club = |m: &TypedMention| {
        matches!(m.label, Label::Person | Label::Product)
            && m.tokens.len() <= 2
            && !(m.tokens.len() == 1 && in_full_names.contains(doc.tok_text(m.tokens.start)))
            && strong_club_cue(doc, m)
    };
    let mut clubs: FxHashSet<String> = FxHashSet::default();
    let mut person_clubs: FxHashSet<String> = FxHashSet::default();
    // "Bayer Leverkusen ... not Leverkusen": the town of a club named with its form word stands
    // for the club, whatever it was typed.
    for m in ms
        .iter()
        .filter(|m| m.label == Label::Org && m.tokens.len() == 2)
    {
        let first = doc.tok_text(m.tokens.start);
        if words().club_forms.contains(first) || words().report_club_forms.contains(first) {
            let last = doc.tok_text(m.tokens.end - 1);
            let last = &last[..last.len() - super::shape::possessive_len(last)];
            clubs.insert(last.to_string());
            person_clubs.insert(last.to_string());
        }
    }
    for m in ms.iter() {
        if candidate(m, &mut buf) && (club_cue(doc, m) || club_name(m, &mut buf) || plural_verb(m))
        {
            clubs.insert(doc.text[m.start..m.end].to_string());
        } else if person_club(m) {
            clubs.insert(doc.text[m.start..m.end].to_string());
            person_clubs.insert(doc.text[m.start..m.end].to_string());
        }
    }
    if clubs.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let preposed = preposed(m) && !club_cue(doc, m) && !strong_club_cue(doc, m);
        let text = &doc.text[m.start..m.end];
        let kind = candidate(m, &mut buf)
            || matches!(m.label, Label::Person | Label::Product) && person_clubs.contains(text);
        if !preposed && clubs.contains(text) && kind {
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
    fn a_name_read_as_a_persons_is_the_club_its_staff_or_score_stands_beside() {
        let got = names(
            "The striker and the goalkeeper signed. Chelsea manager Ruth Okoro praised the \
             squad. Later Chelsea sold a winger to Rovers, and Carlton, who beat Vanstone 3-1 last week, lead the league. He joined from \
             Belgian side KRC Molenbeek.",
        );
        for club in ["Chelsea", "Carlton", "KRC Molenbeek"] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        assert!(!has(&got, "Chelsea", "PERSON"), "{got:?}");
        assert!(has(&got, "Ruth Okoro", "PERSON"), "{got:?}");
        // A word of a person's name written in full stays the person's, whatever follows it.
        let got = names(
            "The striker and the goalkeeper trained. Chelsea Marsh scored twice. Chelsea \
             captain Tom Reyes was absent.",
        );
        assert!(!has(&got, "Chelsea", "ORG"), "{got:?}");
        // Outside a report on a team sport nothing of this applies.
        let got = names("Chelsea manager Ruth Okoro opened the bakery.");
        assert!(!has(&got, "Chelsea", "ORG"), "{got:?}");
    }

    #[test]
    fn report_club_forms_join_only_in_a_report_and_grounds_are_facilities() {
        let got = names(
            "The striker and the goalkeeper scored. Real Betis beat Inter Milan 2-0, and Bayer \
             Leverkusen host Rapid Vienna at Ostbrook on Sunday.",
        );
        for club in [
            "Real Betis",
            "Inter Milan",
            "Bayer Leverkusen",
            "Rapid Vienna",
        ] {
            assert!(has(&got, club, "ORG"), "{club}: {got:?}");
        }
        assert!(has(&got, "Ostbrook", "FAC"), "{got:?}");
        // Outside a report, "at" and an unlisted name is no ground.
        let got = names("The mayor spoke at Ostbrook on Sunday.");
        assert!(!has(&got, "Ostbrook", "FAC"), "{got:?}");
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
