//! What the rules know about one span: [`Features`] (lexicon hits, shape, context) and the
//! helpers that compute them (titles before a name, the report's sports subject).

use super::*;
use std::collections::HashSet;

/// What the scorer knows about one span.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub words: usize,
    /// Letters in the span.
    pub letters: usize,
    /// The span comes from an ALL-CAPS line.
    pub caps_line: bool,
    pub all_caps: bool,
    pub has_digit: bool,
    /// Whole-span lexicon facts.
    pub known: Option<(Label, Option<Cc>)>,
    pub country: Option<Cc>,
    pub demonym: Option<Cc>,
    pub city: Option<Cc>,
    pub capital: Option<Cc>,
    pub region: bool,
    pub region_country: Option<Cc>,
    /// Word facts.
    pub first_given: bool,
    /// The first word is a romanised two-syllable given name ("Mei-Ling", "Ji-hoon") and the
    /// last a listed surname.
    pub syllable_given: bool,
    pub first_surname: bool,
    pub last_surname: bool,
    pub single_name: bool,
    pub suffix_designator: Option<Label>,
    pub prefix_designator: Option<Label>,
    pub has_of: bool,
    pub has_initial: bool,
    /// A title was said with it ("President", "foreign minister").
    pub titled: bool,
    /// The previous word, lower case, when it is a place preposition ("in", "from", ...).
    pub after_place_preposition: bool,
    /// The next word is a speech verb ("said", "told").
    pub before_speech_verb: bool,
    /// The next token is a number (a score: "Chicago 5 Houston 3").
    pub before_number: bool,
    /// The document is a sports report: cities and states often name teams.
    pub sports: bool,
    /// ... of a team sport (football, cricket, baseball, ...), where a city named outside a
    /// place phrase ("in Chicago", "At Hove :") is a team.
    pub team_sports: bool,
    /// The next token is a colon (a venue heading: "Leicester : Leicestershire beat ...").
    pub before_colon: bool,
    /// A result verb or preposition stands next to the span ("Chicago beat", "lost to Boston").
    pub match_context: bool,
    /// The span starts a dateline ("LONDON 1996-08-30") or a very short line.
    pub dateline: bool,
    /// Some word (not the first) of a multi-word span is a country, city or nationality
    /// ("Air France", "Dynamo Moscow").
    pub has_place_word: bool,
    /// The last word is a nationality or group ("Kurds", "Catholic").
    pub last_norp: bool,
    /// The first word is a city or country ("Bristol" of "Bristol City").
    pub first_place: bool,
    /// The previous word is a common noun for an organisation ("agency", "carmaker").
    pub after_org_noun: bool,
    /// The next word (after a possessive) is one said of a firm, paper or club ("Jones stock",
    /// "Cofinec 's shares", "Chelsea defender").
    pub before_org_noun: bool,
    /// A place noun frames the span: "the town of Moengo", "Zhejiang province".
    pub place_frame: bool,
    /// The span is in parentheses or follows a comma inside them: "( London )",
    /// "( at Edgbaston , Birmingham )": a venue's town.
    pub in_parentheses: bool,
    /// The next word is "club" or "side": "the Moscow club" (the town, qualifying the club).
    pub before_club: bool,
    /// The next word is a lower-case "party" (`[party_nouns]`) and the span is no ideology word
    /// (`[party_words]`: "the Communist party"): "the far-right Chega party", "the ruling Fidesz
    /// party".
    pub before_party: bool,
    /// The next word names a market index ("Nikkei average", "Nasdaq composite").
    pub before_index: bool,
    /// An ampersand joins words of the span: "Douglas & Lomason", "Procter & Gamble".
    pub has_ampersand: bool,
    /// A particle only people's names hold joins words of the span: "Tahnoun bin Zayed Al
    /// Nahyan", "Ursula von der Leyen" (`[strong_person_particles]`).
    pub has_person_particle: bool,
    /// A place's name with a particle ([`place_with_particle`]): "Santiago de Chile", though
    /// "Santiago" is a given name too.
    pub place_particle: bool,
    /// A model designation: capitals, a hyphen, digits ("F-16", "AK-47s", "MiG-29").
    pub model_code: bool,
    /// The span starts its line or follows a number on it: a row of a results table
    /// ("Hyundai 6 Lotte 5", "Clyde 3 1 0 2 2 5 3").
    pub row_start: bool,
}

/// "F-16", "AK-47s", "MiG-29", "Su-27": one to four letters starting with a capital, a hyphen,
/// one to four digits, at most two letters after.
pub(super) fn is_model_code(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &tail[digits..];
    (1..=4).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_alphabetic())
        && head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && (1..=4).contains(&digits)
        && rest.len() <= 2
        && rest.bytes().all(|b| b.is_ascii_alphabetic())
}

/// "Santiago de Chile", "Santa Cruz de Tenerife": a name opened by a listed city, joined by a
/// lower-case particle of places' names too (`[place_particles]`), is a place's when its first
/// word is no given name or its last is a listed country. "Victoria de Souza", "Florence de
/// Changy", "Santiago de la Fuente" (a given name that is also a city, no country after) stay
/// people's names.
pub(super) fn place_with_particle(
    doc: &Doc,
    lx: &Lexicon,
    range: &Range<usize>,
    buf: &mut String,
) -> bool {
    if range.len() < 3 {
        return false;
    }
    let particles = &crate::engine::lexicon::words::words().place_particles;
    let particle = (range.start + 1..range.end - 1).any(|i| {
        let w = doc.tok_text(i);
        w.starts_with(char::is_lowercase) && particles.contains(&w)
    });
    let first = word_entry(lx, doc, range.start, buf);
    let city = first.is_some_and(|e| e.city.is_some() || e.country.is_some());
    let given = first.is_some_and(|e| e.given);
    particle
        && city
        && (!given || word_entry(lx, doc, range.end - 1, buf).is_some_and(|e| e.country.is_some()))
}

/// Join the words of `range` as a lower-case lexicon key in `key` (possessive and inner white
/// space normalised).
pub(super) fn key_of(
    doc: &Doc,
    range: Range<usize>,
    end: usize,
    key: &mut String,
    buf: &mut String,
) {
    key.clear();
    for i in range {
        let t = &doc.tokens[i];
        let e = end.min(t.end()).max(t.start());
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(lower(doc.slice(t.start(), e), buf));
    }
}

/// The context word lists [`features`] and [`title_at`] read for each candidate, as sets of
/// the same words (a scan of each list per candidate was about a third of `features`).
struct Lists {
    title_modifiers: HashSet<&'static str, FxBuild>,
    place_nouns: HashSet<&'static str, FxBuild>,
    match_before: HashSet<&'static str, FxBuild>,
    match_after: HashSet<&'static str, FxBuild>,
    org_nouns: HashSet<&'static str, FxBuild>,
    org_followers: HashSet<&'static str, FxBuild>,
    place_prepositions: HashSet<&'static str, FxBuild>,
    speech_verbs: HashSet<&'static str, FxBuild>,
    index_nouns: HashSet<&'static str, FxBuild>,
    club_nouns: HashSet<&'static str, FxBuild>,
    party_nouns: HashSet<&'static str, FxBuild>,
}

fn lists() -> &'static Lists {
    static L: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let w = words();
        let set = |l: &[&'static str]| l.iter().copied().collect();
        Lists {
            title_modifiers: set(&w.title_modifiers),
            place_nouns: set(&w.place_nouns),
            match_before: set(&w.match_before),
            match_after: set(&w.match_after),
            org_nouns: set(&w.org_nouns),
            org_followers: set(&w.org_followers),
            place_prepositions: set(&w.place_prepositions),
            speech_verbs: set(&w.speech_verbs),
            index_nouns: set(&w.index_nouns),
            club_nouns: set(&w.club_nouns),
            party_nouns: set(&w.party_nouns),
        }
    })
}

pub(super) fn word_entry<'l>(
    lx: &'l Lexicon,
    doc: &Doc,
    i: usize,
    buf: &mut String,
) -> Option<&'l Entry> {
    let w = doc.tok_text(i);
    lx.get_any(&w[..w.len() - tail_len(w)], buf)
}

/// Longest title phrase starting at token `from` (within `limit`), in tokens.
pub(super) fn title_at(
    doc: &Doc,
    lx: &Lexicon,
    from: usize,
    limit: usize,
    key: &mut String,
    buf: &mut String,
) -> usize {
    let mut best = 0;
    key.clear();
    for (n, i) in (from..limit).enumerate() {
        if n >= lx.max_title_words {
            break;
        }
        if doc.tokens[i].kind == TokenKind::Punct && doc.tok_text(i) != "." {
            break;
        }
        // A possessive ends the phrase and is not part of its words: "a Korean Judge's ruling".
        let raw = doc.tok_text(i);
        let possessive = possessive_len(raw);
        let w = lower(&raw[..raw.len() - possessive], buf);
        if key.is_empty() && lists().title_modifiers.contains(w) {
            continue; // "Assistant Secretary of State", "acting President"
        }
        if !key.is_empty() && w != "." {
            key.push(' ');
        }
        key.push_str(w);
        if lx.get(key).is_some_and(|e| e.title) {
            best = n + 1;
        }
        if possessive > 0 {
            break;
        }
    }
    // "Centre for Defence Procurement": a title whose last word also heads an organisation's
    // name ("centre", a player's position) opens that name before "of"/"for", not a person's.
    let end = from + best;
    if best > 0 && end < limit && matches!(doc.tok_text(end), "of" | "for") {
        let heads_body = lx
            .get(lower(doc.tok_text(end - 1), buf))
            .and_then(|e| e.designator)
            .is_some_and(|(l, p)| l == Label::Org && p.prefix());
        if heads_body {
            return 0;
        }
    }
    best
}

/// A lower-case title phrase ending just before token `at` ("secretary of state Antony Blinken").
pub(super) fn title_before(
    doc: &Doc,
    lx: &Lexicon,
    at: usize,
    key: &mut String,
    buf: &mut String,
) -> Option<Range<usize>> {
    let lo = at.saturating_sub(lx.max_title_words);
    let sentence = (at < doc.tokens.len()).then(|| doc.sentence_of(at))?;
    let mut best = None;
    for s in lo..at {
        if doc.sentence_of(s) != sentence {
            continue;
        }
        let all_words = (s..at).all(|i| is_lower_word(doc, i));
        if !all_words {
            continue;
        }
        key.clear();
        for i in s..at {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(lower(doc.tok_text(i), buf));
        }
        if lx.get(key).is_some_and(|e| e.title) {
            best = Some(s..at);
            break; // the earliest start is the longest phrase
        }
    }
    best
}

/// Features of the span `range` (name ending at byte `end`).
pub(super) fn features(
    doc: &Doc,
    lx: &Lexicon,
    range: Range<usize>,
    end: usize,
    caps_line: bool,
    key: &mut String,
    buf: &mut String,
) -> Features {
    let mut f = Features {
        words: range.len(),
        caps_line,
        ..Features::default()
    };
    let text = doc.slice(doc.tokens[range.start].start(), end);
    f.all_caps = is_all_caps(text);
    f.letters = text.chars().filter(|c| c.is_alphabetic()).count();
    f.has_digit = text.chars().any(|c| c.is_ascii_digit());
    f.model_code = range.len() == 1 && is_model_code(text);
    key_of(doc, range.clone(), end, key, buf);
    let surface_caps = f.all_caps && !caps_line;
    if let Some(e) = lx.get(key) {
        if !e.acronym || surface_caps || caps_line {
            f.known = e.known;
            f.country = e.country;
        }
        if e.known.is_some() && e.acronym && !surface_caps && !caps_line {
            f.known = None;
        }
        f.demonym = e.demonym;
        f.city = e.city;
        f.capital = e.capital;
        f.region = e.region;
        f.region_country = e.region_country;
        f.single_name = range.len() == 1 && (e.given || e.surname);
    } else if key.len() > 3 && key.ends_with('s') {
        // Plural demonyms: "Afghans", "Canadians".
        if let Some(e) = lx.get(&key[..key.len() - 1]) {
            f.demonym = e.demonym;
        }
    }
    // "Franco-German", "Syrian-Emirati": nationalities joined by hyphens are one.
    if f.demonym.is_none() && range.len() == 1 && super::votes::demonym_pair(lx, text, buf) {
        f.demonym = text
            .rsplit_once('-')
            .and_then(|(_, last)| lx.get_any(last, buf))
            .and_then(|e| e.demonym);
    }
    let first = range.start;
    let last = range.end - 1;
    let fe = word_entry(lx, doc, first, buf);
    f.first_given = fe.is_some_and(|e| e.given && !e.stop);
    f.first_surname = fe.is_some_and(|e| e.surname);
    f.first_place = fe.is_some_and(|e| e.city.is_some() || e.country.is_some() || e.region);
    f.prefix_designator = fe
        .and_then(|e| e.designator)
        .filter(|(_, p)| p.prefix())
        .map(|(l, _)| l);
    let le = word_entry(lx, doc, last, buf);
    f.last_surname = le.is_some_and(|e| e.surname);
    // "Mei-Ling Cho", "Ji-hoon Park": a romanised two-syllable given name before a listed
    // surname is as good as a listed given name.
    f.syllable_given = last > first && f.last_surname && syllable_pair(doc.tok_text(first));
    f.last_norp =
        le.is_some_and(|e| e.demonym.is_some() || e.known.is_some_and(|(l, _)| l == Label::Norp));
    f.suffix_designator = le
        .and_then(|e| e.designator)
        .filter(|(_, p)| matches!(p, DesignatorPosition::Suffix | DesignatorPosition::Both))
        .map(|(l, _)| l);
    f.place_particle = place_with_particle(doc, lx, &range, buf);
    for i in range.clone() {
        let w = doc.tok_text(i);
        if w == "of" {
            f.has_of = true;
        }
        f.has_ampersand |= w == "&";
        f.has_person_particle |= i > range.start
            && i + 1 < range.end
            && crate::engine::lexicon::words::words()
                .strong_person_particles
                .contains(&w);
        let mut cs = w.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(a), Some('.'), None) => f.has_initial |= a.is_uppercase(),
            // "G" and "." as two tokens: "G. Hamilton".
            (Some(a), None, None) if i + 1 < range.end && doc.tok_text(i + 1) == "." => {
                f.has_initial |= a.is_uppercase()
            }
            _ => {}
        }
    }
    f.row_start = doc.is_sentence_start(first);
    if let Some(p) = first.checked_sub(1) {
        let w = doc.tok_text(p);
        f.in_parentheses |= w == "(";
        f.place_frame |= w == "of"
            && p.checked_sub(1)
                .is_some_and(|q| lists().place_nouns.contains(doc.tok_text(q)));
        f.row_start |= doc.tokens[p].kind == TokenKind::Number;
        f.match_context |= lists().match_before.contains(w);
        f.after_org_noun = lists().org_nouns.contains(w);
        f.after_place_preposition = doc.sentence_of(p) == doc.sentence_of(first)
            && lists().place_prepositions.contains(lower(w, buf));
    }
    if let Some(n) = doc.tokens.get(last + 1) {
        let w = doc.slice(n.start(), n.end());
        f.before_speech_verb = lists().speech_verbs.contains(w);
        f.before_colon = w == ":";
        f.in_parentheses |= w == ")";
        f.before_index = lists().index_nouns.contains(w);
        f.before_club = lists().club_nouns.contains(w);
        f.before_party = lists().party_nouns.contains(w)
            && doc.same_sentence(last + 1, last)
            && !words().party_words.contains(&lower(
                doc.slice(doc.tokens[first].start(), doc.tokens[last].end()),
                buf,
            ))
            // Not a listed person's name: "the Trump party", "the Johnson party".
            && !lx
                .get_any(doc.tok_text(first), buf)
                .is_some_and(|e| e.stop || e.surname || e.given)
            && !words()
                .sentence_function_words
                .contains(lower(doc.tok_text(first), buf)); // "New party"
        f.place_frame |= lists().place_nouns.contains(w);
        // Skip a possessive written apart ("Cofinec 's shares", "Deportivo ' keeper").
        let mut j = last + 1;
        let next_is_s = doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| doc.slice(t.start(), t.end()) == "s");
        if matches!(w, "'s" | "’s") {
            j += 1;
        } else if matches!(w, "'" | "’") {
            j += if next_is_s { 2 } else { 1 };
        }
        f.before_org_noun = doc.tokens.get(j).is_some_and(|t| {
            doc.same_sentence(j, last + 1)
                && lists()
                    .org_followers
                    .contains(doc.slice(t.start(), t.end()))
        });
        f.match_context |= lists().match_after.contains(w);
        f.before_number = n.kind == TokenKind::Number
            && doc.same_sentence(last + 1, last)
            && n.end() - n.start() <= 3
            && w.bytes().all(|b| b.is_ascii_digit());
    }
    let si = doc.sentence_of(first);
    if let Some(sent) = doc.sentences.get(si as usize) {
        let next_is_date = doc.tokens.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Number
                && doc.sentence_of(last + 1) == si
                && doc.slice(t.start(), t.end()).contains('-')
        });
        // "LONGYEAR , Norway 1996-08-30": a place, a comma, its country.
        let comma_country = doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| doc.slice(t.start(), t.end()) == ",")
            && last + 2 < doc.tokens.len()
            && doc.sentence_of(last + 2) == si
            && word_entry(lx, doc, last + 2, buf).is_some_and(|e| e.country.is_some() || e.region);
        f.dateline = sent.tokens().start == first
            && (next_is_date || comma_country || sent.tokens().len() <= 3);
    }
    if range.len() >= 2 {
        for i in range.start + 1..range.end {
            f.has_place_word |= word_entry(lx, doc, i, buf)
                .is_some_and(|e| e.country.is_some() || e.city.is_some() || e.demonym.is_some());
        }
    }
    f
}

/// What the first line says about the document's subject.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Sports {
    /// A sports report ("SOCCER - ...", "Tennis: results").
    pub(super) any: bool,
    /// A report on a team sport.
    pub(super) team: bool,
}

/// Does the first line say this is a sports report, and of a team sport?
pub(super) fn sports_report(doc: &Doc) -> Sports {
    let Some(s) = doc.sentences.first() else {
        return Sports::default();
    };
    let mut out = Sports::default();
    for (n, i) in s.tokens().take(12).enumerate() {
        let w = doc.tok_text(i);
        // A word that names or says other things too ("Ford Motor said", "the Arab League",
        // "are racing to") says nothing of the document: only in capitals ("MOTOR RACING -")
        // or opening the line.
        if n > 0
            && !is_all_caps(w)
            && words()
                .sports_name_words
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        {
            continue;
        }
        out.any |= words().sports.iter().any(|x| x.eq_ignore_ascii_case(w));
        out.team |= words()
            .team_sports
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w));
    }
    out
}

/// Is `w` two short syllables joined by a hyphen, the first capitalised ("Mei-Ling",
/// "Ji-hoon"): each part 2 to 4 letters.
fn syllable_pair(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let part = |p: &str| (2..=4).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic);
    part(a) && part(b) && a.starts_with(char::is_uppercase) && !b.contains('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sports_word_inside_a_name_makes_no_sports_report() {
        let sports = |t: &str| sports_report(&Doc::new(t)).any;
        assert!(!sports(
            "Ford Motor said on Monday it would cut 3,000 jobs in Cologne."
        ));
        assert!(!sports(
            "The Arab League met in Cairo before the World Cup final."
        ));
        assert!(sports("MOTOR RACING - VARGAS TAKES POLE IN MONZA."));
        assert!(!sports(
            "Carmakers are racing to secure lithium, and Ford Motor signed a deal."
        ));
        assert!(sports("Cricket: results of the county matches on Sunday."));
        assert!(sports(
            "The Northern Hockey Association was founded in 1901."
        ));
        // The document's names, with the tagger on.
        let got = crate::engine::test_names::names("Ford Motor said it would cut jobs.");
        assert!(
            crate::engine::test_names::has(&got, "Ford Motor", "ORG"),
            "{got:?}"
        );
    }

    /// `title_at` over the words after the first "centre" of `text`.
    fn title_len(text: &str) -> usize {
        let d = Doc::new(text);
        let i = (0..d.tokens.len())
            .find(|&i| d.tok_text(i).eq_ignore_ascii_case("centre"))
            .expect("a centre");
        title_at(
            &d,
            lexicon(),
            i,
            d.tokens.len(),
            &mut String::new(),
            &mut String::new(),
        )
    }

    #[test]
    fn a_title_word_heading_a_body_is_no_title() {
        // A player's position before a name; the head of a body's name before "for"/"of".
        assert_eq!(title_len("The rugby centre Owen Jones scored."), 1);
        assert_eq!(
            title_len("The Harwick Centre for Defence Procurement signed."),
            0
        );
        assert_eq!(title_len("The Centre of Excellence opened."), 0);
    }
}
