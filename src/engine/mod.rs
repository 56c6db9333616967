//! The extraction engine: pure Rust, no web dependency.
//!
//! A pipeline of small stages with plain data between them:
//!
//! ```text
//! text ─▶ text::Doc (tokens, sentences)
//!      ─▶ candidates::find      → Vec<Candidate>      (spans that may be names)
//!      ─▶ typing::classify      → Vec<TypedMention>   (PERSON, ORG, GPE, ... ITEM, amounts)
//!      ─▶ names: the stages after typing that correct it by their own evidence
//!         (retype, titles, abbreviations, ... furniture::drop_furniture)
//!      ─▶ merge::merge          → Merged              (entities; mention → entity)
//!      ─▶ pos::tag              → pos::Words          (UD words with UPOS tags)
//!      ─▶ clause::find          → Vec<Clause>         (subject, verb group, objects, preps)
//!      ─▶ time::extract_with_clauses → Vec<TimexDraft> (TIMEX3 values vs. the document date)
//!      ─▶ coref::resolve        → Vec<Resolved>       (he/she/they, "the company" → entity)
//!      ─▶ events::build         → Vec<EventDraft>     (dated clauses for the timeline)
//!      ─▶ relations::extract    → Vec<RelationDraft>  (SUPPLY, MEETING, SANCTION, ... between entities)
//!      ─▶ assemble              → model::Analysis     (code point + UTF-16 offsets, ids)
//! ```
//!
//! Stages use byte offsets; only `assemble` converts them.

pub(crate) mod abbreviations;
pub(crate) mod acronym_firms;
pub(crate) mod agencies;
pub(crate) mod amounts;
pub(crate) mod appositions;
pub(crate) mod bits;
#[doc(hidden)]
pub mod candidates;
pub(crate) mod caps_people;
#[doc(hidden)]
pub mod clause;
pub(crate) mod clubs;
pub mod compose;
pub(crate) mod constituencies;
pub(crate) mod copular;
pub(crate) mod coref;
pub(crate) mod countries;
pub(crate) mod datelines;
pub(crate) mod defined;
pub(crate) mod described;
pub(crate) mod employers;
pub mod error;
pub(crate) mod events;
pub(crate) mod firms;
pub(crate) mod furniture;
pub(crate) mod generic;
pub(crate) mod headline;
pub(crate) mod honours;
pub(crate) mod items;
pub mod jsonl;
pub(crate) mod lexicon;
pub(crate) mod list_items;
pub(crate) mod lists;
pub(crate) mod lower_places;
pub(crate) mod mention;
pub(crate) mod merge;
pub mod model;
pub(crate) mod name_ends;
pub(crate) mod numbered;
pub mod offsets;
pub(crate) mod opening_names;
pub(crate) mod packed;
pub(crate) mod particles;
pub(crate) mod place_modifiers;
#[doc(hidden)]
pub mod pos;
pub(crate) mod products;
pub(crate) mod publications;
pub(crate) mod qualifiers;
pub(crate) mod rans;
pub(crate) mod relations;
pub(crate) mod retype;
pub(crate) mod roles;
pub(crate) mod rowcode;
pub(crate) mod shape;
pub(crate) mod short_firms;
pub(crate) mod stored;
pub(crate) mod storms;
pub(crate) mod subject_people;
pub(crate) mod tickers;
pub(crate) mod verb_cuts;
pub(crate) mod vessels;
pub(crate) mod works;
// Native timing only (annalist-bench); it compiles on wasm32 too (the bench binary is built
// there by `cargo test --target wasm32-unknown-unknown`) and is never called by the app.
#[doc(hidden)]
pub mod stages;
#[cfg(test)]
mod test_names;
#[doc(hidden)]
pub mod text;
pub mod time;
pub(crate) mod titles;
#[doc(hidden)]
pub mod typing;

use model::{Analysis, DocumentInput, Entity, Event, EventRelation, EventRole, Mention, Timex};
use offsets::OffsetMap;

/// What to include in an [`Analysis`] beyond the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Fill `Analysis::tokens` with the tagger's words and UPOS tags.
    pub tokens: bool,
    /// The date the text is read (the reader's today), if known: it only dates a year-less
    /// dateline ("OSLO, March 4 (Wire) -") when the input gives no date: the latest March 4
    /// up to today on which the lead's weekday falls (`Analysis::date_source` "dateline").
    pub today: Option<time::calendar::Ymd>,
}

/// Analyse one document. Never panics and never fails: problems with the
/// input (an invalid date, say) are reported in `Analysis::warnings`.
///
/// Offsets in the result are Unicode code points into `input.text`
/// (end-exclusive), plus UTF-16 positions in `start16`/`end16`;
/// `Analysis::entities` lists the mentions, `Analysis::entity_list` the merged
/// entities they point to.
///
/// ```
/// use annalist::engine::{analyze, model::{DocumentInput, Label}};
///
/// let text = "Ingrid Solberg, the mayor of Tromsø, opened the new ferry terminal \
///             on Monday. Solberg said the terminal cost 40 million kroner.";
/// let a = analyze(&DocumentInput {
///     id: "t1".into(),
///     text: text.into(),
///     date: Some("2025-03-12".into()),
/// });
/// assert_eq!(a.id, "t1");
///
/// // A person is found, and its code point offsets slice the text back.
/// let chars: Vec<char> = text.chars().collect();
/// let person = a.entities.iter().find(|m| m.label == Label::Person).unwrap();
/// let surface: String = chars[person.start..person.end].iter().collect();
/// assert_eq!(surface, person.text);
///
/// // Both "Ingrid Solberg" and "Solberg" belong to one merged entity.
/// let e = a.entity_list.iter().find(|e| e.id == person.entity).unwrap();
/// assert_eq!(e.name, "Ingrid Solberg");
/// assert!(e.mentions >= 2);
///
/// // "on Monday" is resolved against the publication date (a Wednesday).
/// assert!(a.timex.iter().any(|t| t.value == "2025-03-10"));
/// ```
pub fn analyze(input: &DocumentInput) -> Analysis {
    analyze_with(input, Options::default())
}

/// [`analyze`] with [`Options`].
///
/// A text over [`text::MAX_TEXT_BYTES`] (4 GiB − 1; natively only) is not analysed: the
/// result has its id and one warning, [`error::InputError::TextTooLarge`].
pub fn analyze_with(input: &DocumentInput, opts: Options) -> Analysis {
    analyze_observed(input, opts, &mut |_| {})
}

/// The pipeline's stages, in order, as [`analyze_observed`] reports their ends
/// (`STAGE_NAMES[stage]` names one).
pub const STAGE_NAMES: [&str; 13] = [
    "tokens",
    "docdate",
    "candidates",
    "typing",
    "pos",
    "clause",
    "time",
    "merge",
    "coref",
    "events",
    "relations",
    "assemble",
    "to_model",
];

/// The name stages after the candidates: the typing (rules and the tagger), then the stages
/// that correct or complete its names by their own evidence, in order. Input: the document and
/// its candidates (consumed, freed once typed). Output: the typed mentions, text order,
/// non-overlapping, byte offsets of `doc`. One function for `analyze` and the tests that need
/// the names as `analyze` finds them.
pub(crate) fn names(
    doc: &text::Doc,
    candidates: Vec<candidates::Candidate>,
) -> Vec<mention::TypedMention> {
    let mut mentions = typing::classify(doc, &candidates);
    drop(candidates);
    // "Swiss-based MSC": the place that describes a name, and the name.
    place_modifiers::split(doc, &mut mentions);
    // "the 82nd Airborne Division", "Resolution 2231": names that hold a number.
    numbered::join(doc, &mut mentions);
    // Model codes, versioned product names and names before product heads ("Patriot missiles").
    products::retype(doc, &mut mentions);
    // Short forms with their particle ("Von der Leyen"), names cut at one ("BRUNO LE").
    particles::complete(doc, &mut mentions);
    // "Procter & Gamble": one firm, not two people.
    firms::join(doc, &mut mentions);
    // "Halvorsen Group A/S": the legal form is the firm's.
    firms::slash_forms(doc, &mut mentions);
    // "Hanwha Aerospace", "Astana Trade House": firms by their sector word.
    firms::sectors(doc, &mut mentions);
    // "The Chinese Company said": a nationality and a description, not a firm's name.
    firms::descriptions(doc, &mut mentions);
    // "the Greek utility Hellenic Power": a name a description noun introduces is a firm.
    firms::introduced(doc, &mut mentions);
    // "Hollis Bay Logistics of Fujairah": the firm and the place it is of.
    firms::home_places(doc, &mut mentions);
    // "DP World said": an acronym before a trade word is one firm.
    acronym_firms::add(doc, &mut mentions);
    // Firms the sentence calls firms ("X said it", "analysts at X"), "in Kiel" as the city.
    retype::retype(doc, &mut mentions);
    // "AC Milan"; "Brighton beat Chelsea 2-1" in a report on a team sport: the clubs.
    clubs::retype(doc, &mut mentions);
    // "HMS Dauntless"; "the tanker Mirela ... Mirela sailed": a vessel wherever it is named.
    vessels::retype(doc, &mut mentions);
    // "Hurricane Odalys ... Odalys left": a named storm, and its name again, are the event.
    storms::retype(doc, &mut mentions);
    // "published in Vestra", "the journal Vestra": a publication, an ORG wherever named.
    publications::retype(doc, &mut mentions);
    // "Turkey considers", "TURKEY SUMMONS": a listed country's name is the country.
    countries::retype(doc, &mut mentions);
    // "sold Ukraine NASAMS launchers": the country, then the acronym's product.
    countries::split_acronyms(doc, &mut mentions);
    // "Spanish police": a language's name before a noun it describes is the nationality.
    countries::nationality_modifiers(doc, &mut mentions);
    // "Statistics Canada", "Sport England": a field and a country name a public body.
    agencies::join(doc, &mut mentions);
    // "the Order of the White Star": one honour's name, not its pieces.
    honours::join(doc, &mut mentions);
    // "the drama \"Winter Road\"": a quoted title beside a noun for a work is the work.
    works::quoted(doc, &mut mentions);
    // "the Food and Drug Administration (FDA)": a long form its abbreviation defines is one
    // name, the abbreviation its alias.
    abbreviations::define(doc, &mut mentions);
    // "Park Ji-hoon", "Moon Jae-in": a surname before a hyphenated given name is a person.
    particles::surname_first(doc, &mut mentions);
    // "Nordwerk GmbH ... Nordwerk said": a firm's short form is the firm.
    short_firms::type_short_forms(doc, &mut mentions);
    // "X ASA (OSE: FJRD)": the ticker is the firm's, the exchange code no name.
    tickers::type_tickers(doc, &mut mentions);
    // "born in Tarnby, Holstead", "Orla, Vessby and Kark": a name beside places is one; a
    // name in a comma list of firms is a firm.
    lists::type_lists(doc, &mut mentions);
    // "the MP for Pellingford": the seat after a legislator's title and "for" is a place.
    constituencies::retype(doc, &mut mentions);
    // "Tessaly Mart is a grocery chain": the complement's head says what the subject is.
    copular::retype(doc, &mut mentions);
    // "moved to san diego": a listed place in lower case after a place preposition.
    lower_places::add(doc, &mut mentions);
    // "CUPERTINO, March 3 (Wire) -": the capitals opening a dateline are the place.
    datelines::type_places(doc, &mut mentions);
    // "St. Petersburg, Russia", "Paris, Texas": a place a comma puts in a country is in it.
    countries::placed_in_countries(doc, &mut mentions);
    // "KELLER filed a dissent, in which MORENO and PETERSEN joined", "OKAFOR: ...": surnames
    // in capitals inside ordinary lines are people (after the lists and datelines, whose place
    // readings they overrule).
    caps_people::add(doc, &mut mentions);
    // Roles of titled people ("Councillor X"), titled people the tagger missed.
    titles::attach(doc, &mut mentions);
    // "the Greek ambassador, Nikos Papadakis,": a name in apposition to a title is a person.
    appositions::people(doc, &mut mentions);
    // "said Nomura analyst Kenji Sato": the name before an employee's title is the employer.
    employers::add(doc, &mut mentions);
    // "Analyst Sofie Brandt of Danske Bank": the person and the firm, not one name.
    employers::people_of_firms(doc, &mut mentions);
    // "of Greek utility Hellas Energeia": a name right after the noun describing it is a firm.
    described::add(doc, &mut mentions);
    // "former President X", "then-Prime Minister Y": the role keeps what qualifies it.
    qualifiers::qualify(doc, &mut mentions);
    // Names in site furniture ("Sign up for the X newsletter") are not the story's.
    furniture::drop_furniture(doc.text, &mut mentions);
    mentions
}

/// A name the name stage found (a person, organisation, place or facility) is a proper noun
/// to the stages after tagging, whatever the tagger read ([`pos::retag_names`]), and no word
/// of an amount of money is a verb ([`pos::retag_amounts`]).
pub(crate) fn names_as_proper_nouns(
    doc: &text::Doc,
    words: &mut pos::Words,
    mentions: &[typing::TypedMention],
) {
    use model::Label as L;
    let names = mentions
        .iter()
        .filter(|m| matches!(m.label, L::Person | L::Org | L::Gpe | L::Loc | L::Fac))
        .map(|m| (m.start, m.end));
    pos::retag_names(words, doc.text, names);
    // "a 12 trillion won package": the currency word is no verb.
    let amounts = mentions
        .iter()
        .filter(|m| m.label == L::Money)
        .map(|m| (m.start, m.end));
    pos::retag_amounts(words, amounts);
    // "X, which supplies drones to Y": the verb after a relative pronoun.
    clause::retag_relative_verbs(doc, words);
}

/// [`analyze_with`], calling `done(i)` as stage `i` of [`STAGE_NAMES`] ends (the native
/// benchmark times the stages with it; `stages::timed`). One pipeline for both, so the
/// benchmark cannot drift from what the app runs.
pub fn analyze_observed(
    input: &DocumentInput,
    opts: Options,
    done: &mut dyn FnMut(usize),
) -> Analysis {
    if let Err(e) = text::check_size(input.text.len()) {
        return Analysis {
            id: input.id.clone(),
            warnings: vec![e.to_string()],
            ..Analysis::default()
        };
    }
    // Letters typed as a base and combining marks ("u" + U+0308) are read composed, so the
    // word lists and the model see the letters they hold; results point at the user's text.
    let (composed, shifts) = compose::compose(&input.text).unzip();
    let doc = text::Doc::new(composed.as_deref().unwrap_or(&input.text));
    done(0);
    // Stages run in the order that keeps the fewest large vectors alive at once (issue 16.6):
    // the name typing (with a temporary peak of its own) runs while only the tokens exist,
    // before the tagged words and the clauses (the largest intermediates) are built. Time runs
    // after the clauses, whose verb groups give a tense where its own split finds none (peak
    // RSS with time first / after: 77.6 / 78.8 MB on 4 MiB, 271.5 / 276.4 MB on 16 MiB; CPU
    // time the same). Each stage reads only what it is given.
    let time::DocDate {
        date,
        mut warnings,
        dateline_at,
        text_date,
    } = time::document_date(&doc, input.date.as_deref(), opts.today);
    warnings.extend(time::numeric_note(&doc));
    done(1);
    let candidates = candidates::find(&doc);
    done(2);
    let mut mentions = names(&doc, candidates);
    done(3);
    // No shrink_to_fit on these, nor on the mentions and time expressions: natively
    // it changed no peak or ~1 MB, and in wasm (dlmalloc) the reallocation moved the large
    // vectors and raised the linear memory's high-water mark (1 MiB input: 24.9 MB without,
    // 27.8 MB with; shrinking mentions, time expressions and events: 16 MiB 149.2 MB
    // without, 216.3 MB with). The events alone are shrunk (session 15: the heap while
    // relations are found 36.4 -> 35.3 MB on 4 MiB; wasm 16.7 / 51.2 / 191.4 MB on 1 / 4 /
    // 16 MiB with and without).
    let words = pos::tag(&doc);
    // "Foreign banks have cut ties": an opening adjective is no name (nor an alias of one).
    generic::drop_opening_adjectives(&doc, &words, &mut mentions);
    // "The Selka Dawn left Marsaxlokk": a name ends before a lower-case verb it ran into.
    verb_cuts::cut(&doc, &words, &mut mentions);
    // "Maersk said ...": an unfamiliar proper noun opening its sentence before its verb.
    opening_names::add(&doc, &words, &mut mentions);
    // "Okafor later said", "Dariush Kamrani chartered": people opening a clause before its verb.
    subject_people::add(&doc, &words, &mut mentions);
    // "clients such as Orvane Freight, Velkora and Telkor Marine": an unfamiliar name among
    // named items of one kind is one more of them.
    list_items::add(&doc, &words, &mut mentions);
    // 'Tamsin Foods Inc. ("Borrower") ... Borrower shall': the role is no name but a
    // description coreference finds (after every stage that adds names).
    defined::drop_role_terms(&doc, &mut mentions);
    let mut words = words;
    names_as_proper_nouns(&doc, &mut words, &mentions);
    done(4);
    let clauses = clause::find(&doc, &words);
    done(5);
    // Time reads the clause stage's tense where its own clause split finds none.
    let mut timexes = time::extract_with_dateline(
        &doc,
        date.as_ref().map(|d| d.0.as_str()),
        dateline_at,
        &clauses,
        &words,
    );
    done(6);
    // "the Corran Hockey Club on May 3": a name ends before a date it ran into; "Theresa
    // May" holds no month.
    name_ends::cut_at_times(&doc, &mut mentions, &timexes);
    name_ends::drop_times_in_names(doc.text, &mentions, &mut timexes);
    let mut merged = merge::merge(&doc, &mentions);
    done(7);
    let resolved = coref::resolve(&doc, &words, &clauses, &mentions, &merged);
    done(8);
    let inputs = events::Inputs {
        doc: &doc,
        words: &words,
        clauses: &clauses,
        mentions: &mentions,
        merged: &merged,
        resolved: &resolved,
        dct: date.as_ref().map(|d| d.0.as_str()),
    };
    let events = events::build(&inputs, &timexes);
    done(9);
    // Relations read the clauses' spans from the tagged words (not stored in the clauses:
    // issue 16.6), so the words live until relations are found; relations' own index over
    // the tokens is sparse (`relations::cover`) to keep this peak below the clauses' savings.
    let (relations, goods) = relations::extract(
        &doc, &mentions, &merged, &clauses, &words, &resolved, &timexes, &events,
    );
    // Goods no list knows that a relation names ("sold linear actuators to X") become items.
    for (lo, hi, e) in goods {
        let (start, end) = (doc.tokens[lo].start(), doc.tokens[hi].end());
        if e == merged.entities.len() {
            merged.entities.push(merge::EntityDraft {
                name: doc.text[start..end].to_string(),
                label: model::Label::Item,
                aliases: Vec::new(),
                roles: Vec::new(),
                country: None,
                salience: 0.0,
                first: start,
            });
        }
        merged.mention_entity.push(e);
        merged.mention_actor.push(None);
        mentions.push(typing::TypedMention {
            start,
            end,
            label: model::Label::Item,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.5,
            tokens: lo..hi + 1,
        });
    }
    drop(clauses);
    // Nothing after this point reads the tagged words unless they are output: free them, and
    // keep a plain copy when they are (the compact words borrow the tokens, freed below).
    // (An explicit drop: a shadowed binding would live to the end of the function.)
    let tagged = if opts.tokens {
        words.to_vec()
    } else {
        Vec::new()
    };
    drop(words);
    done(10);
    // What follows reads only the text and the sentences: free the tokens (9 bytes
    // each, packed) before the output is built.
    let mut doc = doc;
    doc.tokens = Vec::new();
    // One offset map for the whole output (mentions, time expressions, events, relations,
    // tagged words): building it counts every byte of the text.
    let map = OffsetMap::with_shifts(&input.text, shifts.unwrap_or_default());
    let mut a = assemble(
        input, &doc, &map, date, warnings, &mentions, &merged, &resolved, &timexes, &events,
    );
    done(11);
    a.text_date = text_date;
    a.relations = relations::to_model(&relations, &map);
    done(12);
    if opts.tokens {
        a.tokens = Some(
            tagged
                .iter()
                .map(|w| model::Token {
                    start: map.char_at(w.start()),
                    end: map.char_at(w.end()),
                    upos: w.upos.as_str().to_string(),
                })
                .collect(),
        );
    }
    a
}

fn entity_id(i: usize) -> String {
    id('E', i + 1)
}

/// An output id: `prefix` then `n` in decimal ("E12", "T3"). Written by hand: `format!`
/// cost about 500 instructions an id, and an analysis writes one for every mention.
pub(crate) fn id(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(1 + digits.len() - k);
    s.push(prefix);
    s.extend(digits[k..].iter().map(|&d| char::from(d)));
    s
}

#[allow(clippy::too_many_arguments)]
fn assemble(
    input: &DocumentInput,
    doc: &text::Doc,
    map: &OffsetMap,
    date: Option<(String, &'static str)>,
    warnings: Vec<String>,
    mentions: &[typing::TypedMention],
    merged: &merge::Merged,
    resolved: &[coref::Resolved],
    timexes: &[time::TimexDraft],
    events: &[events::EventDraft],
) -> Analysis {
    let mut counts = vec![0usize; merged.entities.len()];
    let mut entities: Vec<Mention> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let e = merged.mention_entity.get(i).copied().unwrap_or(0);
            if let Some(c) = counts.get_mut(e) {
                *c += 1;
            }
            // One look-up per offset gives both the code point and the UTF-16 position.
            let ((start, start16), (end, end16)) = (map.find(m.start), map.find(m.end));
            Mention {
                start,
                end,
                start16,
                end16,
                text: map.slice(m.start, m.end).to_string(),
                label: m.label,
                entity: entity_id(e),
                actor: merged
                    .mention_actor
                    .get(i)
                    .copied()
                    .flatten()
                    .map(entity_id),
                resolved: None,
            }
        })
        .collect();
    // Pronouns and descriptions resolved to an entity count toward it.
    for r in resolved {
        let Some(e) = merged.entities.get(r.entity) else {
            continue;
        };
        if let Some(c) = counts.get_mut(r.entity) {
            *c += 1;
        }
        let ((start, start16), (end, end16)) = (map.find(r.start), map.find(r.end));
        entities.push(Mention {
            start,
            end,
            start16,
            end16,
            text: map.slice(r.start, r.end).to_string(),
            label: e.label,
            entity: entity_id(r.entity),
            actor: None,
            resolved: Some(r.kind.as_str().to_string()),
        });
    }
    crate::sort::sort_by_key(&mut entities, |m| m.start);
    let entity_list = merged
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| Entity {
            id: entity_id(i),
            name: e.name.clone(),
            label: e.label,
            aliases: e.aliases.clone(),
            mentions: counts[i],
            salience: e.salience,
            roles: e.roles.clone(),
            country: e.country.clone(),
        })
        .collect();
    let timex = timexes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let ((start, start16), (end, end16)) = (map.find(t.start), map.find(t.end));
            Timex {
                id: id('T', i + 1),
                start,
                end,
                start16,
                end16,
                text: map.slice(t.start, t.end).to_string(),
                kind: t.kind,
                value: t.value.clone(),
                modifier: t.modifier().map(str::to_string),
            }
        })
        .collect();
    let events = events
        .iter()
        .enumerate()
        .map(|(i, e)| Event {
            id: id('V', i + 1),
            date: e.date.clone(),
            label: e.label.clone(),
            participants: e.participants.iter().map(|&p| entity_id(p)).collect(),
            roles: e
                .roles
                .iter()
                .map(|&(p, role)| EventRole {
                    entity: entity_id(p),
                    role,
                })
                .collect(),
            sentence: [map.char_at(e.sentence.0), map.char_at(e.sentence.1)],
            sentence16: [map.utf16_at(e.sentence.0), map.utf16_at(e.sentence.1)],
            timex: e.timex.map(|t| id('T', t + 1)),
            relations: e
                .relations
                .iter()
                .map(|(r, o)| EventRelation {
                    relation: r.clone(),
                    event: id('V', o + 1),
                })
                .collect(),
            timex_relation: e.timex_relation.map(str::to_string),
            planned: e.planned,
            attribution: e.source.as_ref().map(|s| model::Attribution {
                source: s.text.clone(),
                entity: s.entity.map(entity_id),
                cue: s.cue.clone(),
            }),
        })
        .collect();
    Analysis {
        id: input.id.clone(),
        date: date.as_ref().map(|d| d.0.clone()),
        date_source: date.map(|d| d.1.to_string()),
        text_date: None,
        sentences: doc
            .sentences
            .iter()
            .map(|s| [map.char_at(s.start()), map.char_at(s.end())])
            .collect(),
        entities,
        entity_list,
        timex,
        events,
        relations: Vec::new(),
        tokens: None,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_the_prefix_and_the_decimal_number() {
        assert_eq!(super::id('E', 1), "E1");
        assert_eq!(super::id('V', 0), "V0");
        for n in (0..2_000).chain([99_999, 1_000_000, usize::MAX]) {
            assert_eq!(super::id('T', n), format!("T{n}"));
        }
    }
}
