//! The context word lists the candidate and typing rules read (honorifics, place prepositions,
//! speech verbs, sports words, organisation nouns, name particles, sentence-initial function
//! words, calendar words, ...), loaded once from `data/lexicons/context_words.txt`: the one
//! loader of hand-written word lists, so that no list lives as a Rust constant.
//!
//! Format: a `[name]` line opens a list; each following non-empty line not starting with `#`
//! is one lower-case word or phrase of it. Unknown sections are ignored; a missing section is
//! an empty list.

// The hasher by its crate, not through `lexicon`: `text` reads these lists, and `lexicon` imports
// `shape`, which imports `text` (no cycle of modules).
use rustc_hash::FxBuildHasher as FxBuild;
use std::collections::HashSet;
use std::sync::OnceLock;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/lexicons/context_words.txt"));

/// Every list, as static string slices into the embedded table.
#[derive(Debug, Default)]
pub struct Words {
    pub honorifics: Vec<&'static str>,
    pub title_modifiers: Vec<&'static str>,
    pub place_prepositions: Vec<&'static str>,
    /// Prepositions of place that almost never stand before a person's bare name ("near",
    /// "throughout"; "in" but for a possessive: "in Lessing's play").
    pub place_only_prepositions: Vec<&'static str>,
    pub speech_verbs: Vec<&'static str>,
    pub team_sports: Vec<&'static str>,
    pub org_nouns: Vec<&'static str>,
    /// Nouns for a body's people, stakes and parts before "of"/"for" and a one-word
    /// name ("a spokeswoman for Kestrel", "shares of Pfizer").
    pub org_member_nouns: Vec<&'static str>,
    /// A stake's nouns before "in" and a name that is then a firm ("shares in Harwell").
    pub stake_nouns: Vec<&'static str>,
    /// Nouns of a firm's shares around a name that is then a firm ("shares of Louis Vuitton",
    /// "Harwell Foods shares fell"; `typing::evidence::traded`).
    pub stock_nouns: Vec<&'static str>,
    /// Nouns right before a product's name ("the drug Ozempic"; `typing::evidence`).
    pub product_nouns: Vec<&'static str>,
    /// Verbs before "The" and a paper's name ("published in The Lancet"; `typing::evidence`).
    pub publication_verbs: Vec<&'static str>,
    pub place_nouns: Vec<&'static str>,
    pub org_followers: Vec<&'static str>,
    pub body_heads: Vec<&'static str>,
    pub match_after: Vec<&'static str>,
    pub match_before: Vec<&'static str>,
    pub sports: Vec<&'static str>,
    pub title_fillers: Vec<&'static str>,
    pub vessel_nouns: Vec<&'static str>,
    /// Prefixes of a vessel's name written in capitals ("HMS", "TCG", "MV"); lower case here.
    pub vessel_prefixes: Vec<&'static str>,
    /// "family", "clan": after a surname, the kin it names, not the person ("the Meier family").
    pub family_nouns: Vec<&'static str>,
    /// Stock exchange codes opening a ticker's bracket ("(NYSE: ORVL)"), lower case (`tickers`).
    pub exchange_codes: Vec<&'static str>,
    /// Words before an amount that make "to" and a second amount its new level, not a range
    /// ("fell $1.20 to $35.50"; `amounts`).
    pub change_words: Vec<&'static str>,
    /// Nouns that after a nationality describe a body without naming it ("The Chinese Company").
    pub description_nouns: Vec<&'static str>,
    /// Adverb particles of phrasal verbs ("step down", "set up"), kept after the verb in an
    /// event's label (`headline`); lower case.
    pub verb_particles: Vec<&'static str>,
    /// Currency names after an amount ("francs", "kroner"), lower case (`amounts`).
    pub currency_words: Vec<&'static str>,
    /// Units of measure after a number or joined to it by a hyphen ("5,000 tonnes", "an
    /// 850-km pipeline"): a QUANTITY (`engine::amounts`); lower case.
    pub unit_words: Vec<&'static str>,
    /// Letters that are a unit only glued to a number ("43C", "1.3TB"), lower case (`amounts`).
    pub glued_unit_words: Vec<&'static str>,
    /// Scale words after a number or glued to it ("3 million", "1.2bn", "Rs 500 crore"),
    /// lower case (`amounts`, `text`).
    pub scale_words: Vec<&'static str>,
    /// A currency's letters written glued to its amount ("R18 million", "N2.5bn", "Rs500
    /// crore"), as written: the tokenizer makes them a token of their own (`text`, `amounts`).
    pub currency_prefixes: Vec<&'static str>,
    /// Combining forms of nationalities before a hyphen ("Franco-German", "Sino-Russian"),
    /// lower case (`typing::votes`).
    pub demonym_combining_forms: Vec<&'static str>,
    /// Stems of the verbs of a visit ("visited", "toured", "travelled to"): a meeting they
    /// trigger with a city or region that is no capital is only where one went (`relations`).
    pub visit_stems: Vec<&'static str>,
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
    /// Words after a description noun that leave it its phrase's head ("a maker of").
    pub description_followers: Vec<&'static str>,
    /// Forms of `org_suffixes` written loosely for one firm ("Inc", "Corp", "Ltd"): they never
    /// tell two firms of one name apart (`merge`).
    pub loose_legal_forms: Vec<&'static str>,
    /// Forms of `org_suffixes` that also end other bodies' names ("Group"): no legal form
    /// to `short_firms`.
    pub shared_org_suffixes: Vec<&'static str>,
    /// Words of `sports` that also name other things inside a name (`[sports_name_words]`).
    pub sports_name_words: Vec<&'static str>,
    /// Lower-case words that end a place's name ("Sandy Creek", "Marlow Junction"), read only
    /// after the name tagger (`typing::refine::designated`), so the tagger's features do not
    /// change with them.
    pub place_suffixes: Vec<&'static str>,
    /// Party words before a title that belong to the role ("Conservative MP").
    pub party_words: Vec<&'static str>,
    /// Lower-case particles inside people's names ("de", "von", "bin").
    pub person_particles: Vec<&'static str>,
    /// Particles only people's names hold ("bin", "von"), not places' or firms'.
    pub strong_person_particles: Vec<&'static str>,
    /// Particles that join places' names too ("de", "do"), after a city ("Santiago de Chile").
    pub place_particles: Vec<&'static str>,
    /// Nouns before "on" that make the city after it the state pressed ("pressure on Beijing").
    pub pressure_nouns: Vec<&'static str>,
    /// Lower-case words that may join capitalised words inside one candidate ("van", "de").
    pub name_particles: HashSet<&'static str, FxBuild>,
    /// Sentence-initial words that never start a name, lower case ("the", "however").
    pub sentence_function_words: HashSet<&'static str, FxBuild>,
    /// Lower-case words of names in other languages an English tagger reads as verbs ("am"
    /// in "Frankfurt am Main"): no name ends before them (`engine::verb_cuts`).
    pub foreign_name_words: Vec<&'static str>,
    /// Government titles a portfolio is written before ("Indian Shipping Minister"):
    /// the words before them are the title's (`engine::titles`).
    pub portfolio_titles: Vec<&'static str>,
    /// Last words of a government body named before its minister's title ("Foreign Office
    /// Minister X"): the body stays an organisation (`engine::titles`).
    pub minister_bodies: Vec<&'static str>,
    /// Abbreviated company designators whose period belongs to the name ("Corp"), as written.
    pub abbreviated_designators: Vec<&'static str>,
    /// Abbreviations of "Saint" that start a name ("St", "St."), as written.
    pub saints: Vec<&'static str>,
    /// Month and weekday names, lower case (they end a name).
    pub calendar_words: HashSet<&'static str, FxBuild>,
    /// Nouns after a name that make it a market index ("average").
    pub index_nouns: Vec<&'static str>,
    /// Nouns after a name that make it a sports club ("side").
    pub club_nouns: Vec<&'static str>,
    /// Function words that open a name when capitalised inside a sentence ("All"), lower case.
    pub name_opening_words: Vec<&'static str>,
    /// Common abbreviations written with "&" that name no firm ("r&d", "q&a"), lower case.
    pub ampersand_terms: Vec<&'static str>,
    /// Edition words after a product's version number ("Pro", "Max"), as written.
    pub model_editions: Vec<&'static str>,
    /// Verbs that say what a product is sold as ("sold", "marketed"), lower case.
    pub marketing_verbs: Vec<&'static str>,
    /// Lower-case nouns after a name that make it a political party ("party").
    pub party_nouns: Vec<&'static str>,
    /// Words before a quoted capitalised term that make it a defined term ("hereinafter").
    pub defined_term_openers: Vec<&'static str>,
    /// Nouns that cite a part of a document before a number ("paragraph", "exhibit").
    pub reference_nouns: Vec<&'static str>,
    /// Heads of legal documents' titles ("agreement", "order", "list", "motion").
    pub document_nouns: Vec<&'static str>,
    /// Generational suffixes after a person's surname ("Jr.", "III"): an event label names
    /// the person by the surname before them.
    pub name_suffixes: Vec<&'static str>,
    /// Lower-case words that join an organisation's name without standing for it ("of",
    /// "the"): a short form neither starts nor ends with one (typing, merge).
    pub short_form_connectors: Vec<&'static str>,
    /// Nouns after a capitalised name that make it a product ("Patriot missiles"), read after
    /// typing by `engine::products` (not by the name tagger's features).
    pub product_heads: Vec<&'static str>,
    /// Capitalised words a number follows without making a product ("Article 5", "Group 4").
    pub numbered_nouns: Vec<&'static str>,
    /// Words before a letter-and-digit code that make it a product ("the A350F").
    pub model_determiners: Vec<&'static str>,
    /// Words before a capitalised name and a number that make them a product ("a Pi 5").
    pub version_determiners: Vec<&'static str>,
    /// Verbs after a name that with "it"/"its" make it an organisation ("reported its"),
    /// read after typing by `engine::retype`.
    pub report_verbs: Vec<&'static str>,
    /// Copulas after "said it" that make "it" the situation, not the speaker ("said it was
    /// early"), read after typing by `engine::retype`.
    pub it_copulas: Vec<&'static str>,
    /// Words that break "Name verb(s) its" between the name and "its", or make the name a
    /// modifier just before it ("the", "of", "and"), read after the tagger by
    /// `engine::typing::subjects`.
    pub self_reference_breaks: Vec<&'static str>,
    /// Words between "Name said" and "it" that name another subject the "it" may be ("said
    /// the government had raised its"), read after the tagger by `engine::typing::subjects`.
    pub speech_subject_breaks: Vec<&'static str>,
    /// First words of bodies' names in other languages ("banco", "grupo", "deutsche"), read
    /// after the tagger by `engine::firms` and `engine::typing::reconcile`.
    pub org_heads: Vec<&'static str>,
    /// Last words (or two-word endings) of firms' names besides the designators ("aerospace",
    /// "trade house"), read after typing by `engine::firms`.
    pub sector_words: Vec<&'static str>,
    /// Capitalised words that end a firm's name after an acronym ("world" of "DP World",
    /// "news"), read after typing by `engine::acronym_firms`.
    pub acronym_name_tails: Vec<&'static str>,
    /// Last words of firms' names only ("robotics", "shipping"; lower case), read by
    /// `engine::short_firms`.
    pub firm_designators: HashSet<&'static str, FxBuild>,
    /// Participles of what firms do to goods before "by" and a one-word name ("built by
    /// Kongsberg"), read after typing by `engine::retype`.
    pub maker_participles: Vec<&'static str>,
    /// Words of firms' names in other languages or trades that no person's name ends with
    /// ("enerji", "sanayi", "shipping"), read after typing by `engine::firms`.
    pub firm_words: Vec<&'static str>,
    /// Designators ending a firm's name before "of" and its home place ("holdings"), read
    /// after typing by `engine::firms`.
    pub home_place_heads: Vec<&'static str>,
    /// Nouns after a capitalised word and a small number that frame them as a product ("the
    /// Arrow 3 system"), read after typing by `engine::products`.
    pub version_heads: Vec<&'static str>,
    /// Bodies a city stands for when it acts (short form, e.g. "Brussels" → "EU"), as
    /// "city<TAB>body" rows, read by `engine::merge`.
    pub seats: Vec<&'static str>,
    /// Verbs after ", which" that make the name before a firm ("X, which makes"), read after
    /// typing by `engine::retype`.
    pub firm_verbs: Vec<&'static str>,
    /// Organisation nouns heading an apposition (", a consortium"), besides `org_nouns`.
    pub apposition_org_nouns: Vec<&'static str>,
    /// Words that may follow the noun ending such an apposition ("led", "based").
    pub apposition_enders: Vec<&'static str>,
    /// Epithets after "the" closing a person's name ("Catherine the Great";
    /// `engine::particles`).
    pub epithets: Vec<&'static str>,
    /// Staff nouns before "at" and an organisation's name ("analysts at").
    pub staff_nouns: Vec<&'static str>,
    /// Titles held only at a firm, before "of" and its name ("chief executive of").
    pub firm_titles: Vec<&'static str>,
    /// Sports clubs' form words ("FC", "AC"; as written) and the cues of a club in a report
    /// on a team sport (`engine::clubs`).
    pub club_forms: HashSet<&'static str, FxBuild>,
    /// Club form words read only in a report on a team sport ("Real Betis", "Inter Milan":
    /// elsewhere "Real" and "Inter" are words of other names).
    pub report_club_forms: HashSet<&'static str, FxBuild>,
    /// Words after a name (or its possessive) of a club's staff, squad or ground: "Chelsea
    /// manager Enzo Maresca", "Betis president X", "Chelsea's academy".
    pub club_staff: Vec<&'static str>,
    pub club_suffixes: Vec<&'static str>,
    /// Verbs after an unfamiliar name opening a sentence that make it a firm ("said").
    pub opening_firm_cues: Vec<&'static str>,
    pub team_sport_cues: HashSet<&'static str, FxBuild>,
    pub club_cues_before: Vec<&'static str>,
    pub club_cues_after: Vec<&'static str>,
    /// Plural verbs after a town's name that make it a club, unless a place preposition
    /// stands before it ("Braga are fourth", not "fans in Braga are").
    pub club_plural_verbs: Vec<&'static str>,
    pub transfer_words: Vec<&'static str>,
    /// Last words of a military unit's name after an ordinal ("Division", "Marines";
    /// `engine::numbered`).
    pub unit_heads: Vec<&'static str>,
    /// Heads of a numbered instrument's name ("resolution", "executive order";
    /// `engine::numbered`).
    pub law_heads: Vec<&'static str>,
    /// Market indices named with a number ("s&p", "ftse"; `numbered`), lower case.
    pub index_names: Vec<&'static str>,
    /// Heads of a firm's job titles after an unknown name's possessive, in apposition to a
    /// person ("X, Repsol's head of refining"; `engine::retype`).
    pub possessed_roles: Vec<&'static str>,
    /// Nouns a language's name describes as a language ("translation", "speakers";
    /// `engine::countries::nationality_modifiers`).
    pub language_nouns: Vec<&'static str>,
    /// Titles and occupations before a name besides `titles.txt` ("councillor", "harbour
    /// master"), read after typing by `engine::titles`.
    pub more_titles: Vec<&'static str>,
    /// Words before a title that say its holder does not hold it, or not fully ("former",
    /// "acting", "deputy"; also glued: "ex-President"), kept in the role by
    /// `engine::qualifiers`.
    pub role_qualifiers: Vec<&'static str>,
    /// Words opening a job title held at an organisation ("analyst", "chief", "striker"): a
    /// capitalised name right before one, before a person's name, is the person's employer
    /// (`engine::employers`).
    pub employee_titles: Vec<&'static str>,
    /// Words heading a notice or a release in capitals ("press", "release", "notice"): a
    /// dateline whose opening words are all these names no city, read after typing by
    /// `engine::datelines`.
    pub notice_words: Vec<&'static str>,
    /// Heads of a decoration's or honour's name before "of" ("order", "medal": "the Order of
    /// the White Star"), read after typing by `engine::honours`.
    pub honour_heads: Vec<&'static str>,
    /// Nouns for a work (a series, a film, a novel) before its title: a title word right
    /// after one opens the work's name, not a role ("the drama series Inspector X"), read
    /// by `engine::titles`; beside quotes, the quoted title is the work's (`engine::works`).
    pub work_nouns: Vec<&'static str>,
    /// Lower-case words a title of a work holds ("of", "the": "Letters From the Sea"),
    /// read by `engine::works`.
    pub title_function_words: Vec<&'static str>,
    /// Endings of a `[sector_words]` entry that no person's surname has ("-ship",
    /// "-ment": "Partnership"), so the word ends a firm's name even after given names
    /// (`engine::firms`).
    pub trade_noun_endings: Vec<&'static str>,
    /// Common nouns that open a sentence as the modifier of a lower-case noun ("Dock workers",
    /// "Pier staff") and so name nothing there, read by `engine::generic`.
    pub modifier_nouns: Vec<&'static str>,
    /// Nouns for a person before a name ("aide", "singer"): a month after one is a given name
    /// ("former aide April Mokoena"), read by `engine::candidates`.
    pub person_nouns: Vec<&'static str>,
    /// Nouns for a person of a nationality before a name ("Kazakh national X", "British
    /// citizen Y"): the name is a person's, read by `engine::typing::refine` after the tagger.
    pub national_nouns: Vec<&'static str>,
    /// First words of an event's name ("Cyclone Idai", "Battle of Kursk"): a name so opened
    /// that the tagger read as a person's or a thing's is an EVENT, read by
    /// `engine::typing::reconcile` after the tagger.
    pub event_heads: Vec<&'static str>,
    /// Words that open a named storm ("Hurricane", "Typhoon"), read by `engine::storms`.
    pub storm_heads: Vec<&'static str>,
    /// Words before a storm word in its name ("Tropical Storm"), read by `engine::storms`.
    pub storm_openers: Vec<&'static str>,
    /// Nouns before a publication's name ("the journal X"), read by `engine::publications`.
    pub publication_nouns: Vec<&'static str>,
    /// Verbs before "in" and a publication's name ("published in X"), read by
    /// `engine::publications`.
    pub publishing_verbs: Vec<&'static str>,
    /// Words before "by" that open a wire copy's credit ("Reporting by", "Editing by"), read
    /// by `engine::typing::credits`.
    pub credit_words: Vec<&'static str>,
    /// Role words that label a transcript's speaker in capitals ("INTERVIEWER:", "HOST:"), not
    /// a name, read by `engine::caps_people`.
    pub speaker_roles: Vec<&'static str>,
    /// A public body's field before a country's name, which together name the body ("Statistics
    /// Canada", "Sport England"), read by `engine::agencies`.
    pub agency_fields: Vec<&'static str>,
    /// Legislators' titles before "for" and the seat they hold ("the MP for Bolsover",
    /// "Senator for Tasmania"), read by `engine::constituencies`.
    pub constituency_titles: Vec<&'static str>,
    /// Head nouns of a copular sentence's complement and the label they give its subject, one
    /// "noun LABEL" line each ("village GPE": "Marwick is a village in ..."), read by
    /// `engine::copular`.
    pub predicate_nouns: Vec<&'static str>,
    /// Words that end a copular complement's noun phrase right after its head ("of", "in",
    /// "located"), read by `engine::copular`.
    pub predicate_phrase_ends: Vec<&'static str>,
    /// Chinese and Korean family names, written first ("Kim Jong Un" → "Kim", "Mao Ning" →
    /// "Mao"), read by `engine::headline::surname`.
    pub family_first_names: Vec<&'static str>,
}

/// The lists held as sets for fast lookup, filled from their sections.
#[derive(Default)]
struct Sets {
    name_particles: Vec<&'static str>,
    sentence_function_words: Vec<&'static str>,
    calendar_words: Vec<&'static str>,
    club_forms: Vec<&'static str>,
    report_club_forms: Vec<&'static str>,
    team_sport_cues: Vec<&'static str>,
    firm_designators: Vec<&'static str>,
}

fn parse(table: &'static str) -> Words {
    let mut w = Words::default();
    let mut sets = Sets::default();
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
                "place_only_prepositions" => Some(&mut w.place_only_prepositions),
                "speech_verbs" => Some(&mut w.speech_verbs),
                "team_sports" => Some(&mut w.team_sports),
                "org_nouns" => Some(&mut w.org_nouns),
                "org_member_nouns" => Some(&mut w.org_member_nouns),
                "stake_nouns" => Some(&mut w.stake_nouns),
                "stock_nouns" => Some(&mut w.stock_nouns),
                "product_nouns" => Some(&mut w.product_nouns),
                "publication_verbs" => Some(&mut w.publication_verbs),
                "modifier_nouns" => Some(&mut w.modifier_nouns),
                "person_nouns" => Some(&mut w.person_nouns),
                "national_nouns" => Some(&mut w.national_nouns),
                "event_heads" => Some(&mut w.event_heads),
                "storm_heads" => Some(&mut w.storm_heads),
                "storm_openers" => Some(&mut w.storm_openers),
                "publication_nouns" => Some(&mut w.publication_nouns),
                "publishing_verbs" => Some(&mut w.publishing_verbs),
                "credit_words" => Some(&mut w.credit_words),
                "speaker_roles" => Some(&mut w.speaker_roles),
                "agency_fields" => Some(&mut w.agency_fields),
                "constituency_titles" => Some(&mut w.constituency_titles),
                "predicate_nouns" => Some(&mut w.predicate_nouns),
                "predicate_phrase_ends" => Some(&mut w.predicate_phrase_ends),
                "family_first_names" => Some(&mut w.family_first_names),
                "place_nouns" => Some(&mut w.place_nouns),
                "org_followers" => Some(&mut w.org_followers),
                "body_heads" => Some(&mut w.body_heads),
                "match_after" => Some(&mut w.match_after),
                "match_before" => Some(&mut w.match_before),
                "sports" => Some(&mut w.sports),
                "title_fillers" => Some(&mut w.title_fillers),
                "vessel_nouns" => Some(&mut w.vessel_nouns),
                "vessel_prefixes" => Some(&mut w.vessel_prefixes),
                "family_nouns" => Some(&mut w.family_nouns),
                "exchange_codes" => Some(&mut w.exchange_codes),
                "change_words" => Some(&mut w.change_words),
                "description_nouns" => Some(&mut w.description_nouns),
                "verb_particles" => Some(&mut w.verb_particles),
                "currency_words" => Some(&mut w.currency_words),
                "scale_words" => Some(&mut w.scale_words),
                "unit_words" => Some(&mut w.unit_words),
                "glued_unit_words" => Some(&mut w.glued_unit_words),
                "currency_prefixes" => Some(&mut w.currency_prefixes),
                "demonym_combining_forms" => Some(&mut w.demonym_combining_forms),
                "visit_stems" => Some(&mut w.visit_stems),
                "metonymy_verbs_after" => Some(&mut w.metonymy_verbs_after),
                "metonymy_verbs_before" => Some(&mut w.metonymy_verbs_before),
                "metonymy_place_words" => Some(&mut w.metonymy_place_words),
                "relation_nouns" => Some(&mut w.relation_nouns),
                "org_suffixes" => Some(&mut w.org_suffixes),
                "shared_org_suffixes" => Some(&mut w.shared_org_suffixes),
                "sports_name_words" => Some(&mut w.sports_name_words),
                "loose_legal_forms" => Some(&mut w.loose_legal_forms),
                "description_followers" => Some(&mut w.description_followers),
                "place_suffixes" => Some(&mut w.place_suffixes),
                "party_words" => Some(&mut w.party_words),
                "person_particles" => Some(&mut w.person_particles),
                "strong_person_particles" => Some(&mut w.strong_person_particles),
                "place_particles" => Some(&mut w.place_particles),
                "pressure_nouns" => Some(&mut w.pressure_nouns),
                "name_particles" => Some(&mut sets.name_particles),
                "foreign_name_words" => Some(&mut w.foreign_name_words),
                "portfolio_titles" => Some(&mut w.portfolio_titles),
                "minister_bodies" => Some(&mut w.minister_bodies),
                "sentence_function_words" => Some(&mut sets.sentence_function_words),
                "abbreviated_designators" => Some(&mut w.abbreviated_designators),
                "saints" => Some(&mut w.saints),
                "calendar_words" => Some(&mut sets.calendar_words),
                "index_nouns" => Some(&mut w.index_nouns),
                "club_nouns" => Some(&mut w.club_nouns),
                "party_nouns" => Some(&mut w.party_nouns),
                "marketing_verbs" => Some(&mut w.marketing_verbs),
                "model_editions" => Some(&mut w.model_editions),
                "ampersand_terms" => Some(&mut w.ampersand_terms),
                "name_opening_words" => Some(&mut w.name_opening_words),
                "defined_term_openers" => Some(&mut w.defined_term_openers),
                "reference_nouns" => Some(&mut w.reference_nouns),
                "document_nouns" => Some(&mut w.document_nouns),
                "name_suffixes" => Some(&mut w.name_suffixes),
                "short_form_connectors" => Some(&mut w.short_form_connectors),
                "product_heads" => Some(&mut w.product_heads),
                "numbered_nouns" => Some(&mut w.numbered_nouns),
                "model_determiners" => Some(&mut w.model_determiners),
                "version_determiners" => Some(&mut w.version_determiners),
                "report_verbs" => Some(&mut w.report_verbs),
                "it_copulas" => Some(&mut w.it_copulas),
                "self_reference_breaks" => Some(&mut w.self_reference_breaks),
                "speech_subject_breaks" => Some(&mut w.speech_subject_breaks),
                "org_heads" => Some(&mut w.org_heads),
                "firm_verbs" => Some(&mut w.firm_verbs),
                "sector_words" => Some(&mut w.sector_words),
                "acronym_name_tails" => Some(&mut w.acronym_name_tails),
                "maker_participles" => Some(&mut w.maker_participles),
                "firm_words" => Some(&mut w.firm_words),
                "home_place_heads" => Some(&mut w.home_place_heads),
                "version_heads" => Some(&mut w.version_heads),
                "seats" => Some(&mut w.seats),
                "apposition_org_nouns" => Some(&mut w.apposition_org_nouns),
                "apposition_enders" => Some(&mut w.apposition_enders),
                "staff_nouns" => Some(&mut w.staff_nouns),
                "firm_titles" => Some(&mut w.firm_titles),
                "club_forms" => Some(&mut sets.club_forms),
                "report_club_forms" => Some(&mut sets.report_club_forms),
                "club_staff" => Some(&mut w.club_staff),
                "firm_designators" => Some(&mut sets.firm_designators),
                "club_suffixes" => Some(&mut w.club_suffixes),
                "opening_firm_cues" => Some(&mut w.opening_firm_cues),
                "team_sport_cues" => Some(&mut sets.team_sport_cues),
                "club_cues_before" => Some(&mut w.club_cues_before),
                "club_cues_after" => Some(&mut w.club_cues_after),
                "club_plural_verbs" => Some(&mut w.club_plural_verbs),
                "transfer_words" => Some(&mut w.transfer_words),
                "epithets" => Some(&mut w.epithets),
                "unit_heads" => Some(&mut w.unit_heads),
                "law_heads" => Some(&mut w.law_heads),
                "index_names" => Some(&mut w.index_names),
                "possessed_roles" => Some(&mut w.possessed_roles),
                "language_nouns" => Some(&mut w.language_nouns),
                "more_titles" => Some(&mut w.more_titles),
                "role_qualifiers" => Some(&mut w.role_qualifiers),
                "employee_titles" => Some(&mut w.employee_titles),
                "notice_words" => Some(&mut w.notice_words),
                "honour_heads" => Some(&mut w.honour_heads),
                "work_nouns" => Some(&mut w.work_nouns),
                "title_function_words" => Some(&mut w.title_function_words),
                "trade_noun_endings" => Some(&mut w.trade_noun_endings),
                _ => None,
            };
            continue;
        }
        if let Some(list) = current.as_mut() {
            list.push(line.trim());
        }
    }
    w.name_particles = sets.name_particles.into_iter().collect();
    w.sentence_function_words = sets.sentence_function_words.into_iter().collect();
    w.calendar_words = sets.calendar_words.into_iter().collect();
    w.club_forms = sets.club_forms.into_iter().collect();
    w.report_club_forms = sets.report_club_forms.into_iter().collect();
    w.team_sport_cues = sets.team_sport_cues.into_iter().collect();
    w.firm_designators = sets.firm_designators.into_iter().collect();
    w
}

/// Whether the word opens a body's name in another language (`[org_heads]`: "Banco", "Grupo",
/// "Deutsche"), compared in lower case.
pub fn is_org_head(w: &str) -> bool {
    static HEADS: OnceLock<ListSet> = OnceLock::new();
    let heads = HEADS.get_or_init(|| ListSet::of(&words().org_heads));
    super::with_lower_word(w, |l| heads.has(l))
}

/// Whether `w` is a company's legal form of `[org_suffixes]` ("Ltd", "GmbH", "AS"): a form
/// listed in lower case matches in any case; one listed with capitals must be written so ("AS",
/// never the word "as"). A trailing "." is ignored, of the listed form and of `w` alike.
pub fn is_org_suffix(w: &str) -> bool {
    let (cased, folded) = org_suffix_sets();
    // The sets hold the forms without a trailing period ("Corp." and "Corp" are one form).
    let w = w.strip_suffix('.').unwrap_or(w);
    if cased.contains(w) {
        return true;
    }
    // A form listed in lower case matches `w` ignoring ASCII case: `w` lower-cased byte by
    // byte (which keeps it UTF-8), on the stack when short.
    let mut buf = [0u8; 32];
    let Some(b) = buf.get_mut(..w.len()) else {
        return folded.contains(w.to_ascii_lowercase().as_str());
    };
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).is_ok_and(|l| folded.contains(l))
}

/// A set of words of the embedded table.
type WordSet = HashSet<&'static str, FxBuild>;

/// The forms of `[org_suffixes]` without their trailing ".": those holding a capital (matched
/// as written), and the lower-case ones (matched ignoring ASCII case). Built on first use: a
/// scan of the list per word was 2.8% of an analysis.
fn org_suffix_sets() -> &'static (WordSet, WordSet) {
    static S: OnceLock<(WordSet, WordSet)> = OnceLock::new();
    S.get_or_init(|| {
        let (mut cased, mut folded) = (HashSet::default(), HashSet::default());
        for s in &words().org_suffixes {
            let s = s.trim_end_matches('.');
            if s.bytes().any(|b| b.is_ascii_uppercase()) {
                cased.insert(s);
            } else {
                folded.insert(s);
            }
        }
        (cased, folded)
    })
}

/// The entries of one word list as a set, for the look-ups a pipeline stage makes per token:
/// one word, or a two-word entry ("fuel cells") given as its two words, without scanning (and
/// splitting) every entry of the list per token. Keep one per list in a `static OnceLock`:
/// `S.get_or_init(|| ListSet::of(&words().sector_words))`. Matches as the list writes its
/// entries (the lists are lower case; callers lower-case the words they look up).
pub struct ListSet(WordSet);

impl ListSet {
    pub fn of(list: &[&'static str]) -> ListSet {
        ListSet(list.iter().copied().collect())
    }

    /// Whether the list holds `w`.
    pub fn has(&self, w: &str) -> bool {
        self.0.contains(w)
    }

    /// Whether the list holds the entry of two words "`a` `b`".
    pub fn has_pair(&self, a: &str, b: &str) -> bool {
        let mut buf = [0u8; 64];
        let n = a.len() + 1 + b.len();
        match buf.get_mut(..n) {
            Some(s) => {
                s[..a.len()].copy_from_slice(a.as_bytes());
                s[a.len()] = b' ';
                s[a.len() + 1..].copy_from_slice(b.as_bytes());
                std::str::from_utf8(s).is_ok_and(|k| self.0.contains(k))
            }
            None => self.0.contains(format!("{a} {b}").as_str()),
        }
    }
}

impl Words {
    /// Are words `a` and `b` (any case) a vessel noun of two words of `[vessel_nouns]`
    /// ("aircraft carrier")? Such a noun frames a vessel, not a firm (`firms`, `described`).
    pub fn is_vessel_noun_pair(&self, a: &str, b: &str) -> bool {
        self.vessel_nouns.iter().any(|v| {
            v.split_once(' ')
                .is_some_and(|(x, y)| x.eq_ignore_ascii_case(a) && y.eq_ignore_ascii_case(b))
        })
    }
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
    fn org_suffixes_match_as_listed_lower_case_forms_in_any_ascii_case() {
        // The rule as the list states it, scanned form by form.
        let scan = |w: &str| {
            let w = w.strip_suffix('.').unwrap_or(w);
            words().org_suffixes.iter().any(|s| {
                let s = s.trim_end_matches('.');
                if s.bytes().any(|b| b.is_ascii_uppercase()) {
                    s == w
                } else {
                    s.eq_ignore_ascii_case(w)
                }
            })
        };
        let mut probes = vec!["as", "As", "Ltd.", "LİMİTED", "Gmbh", "GMBH", "Ünited", ""];
        let long = "x".repeat(40);
        probes.push(&long);
        let mut forms = Vec::new();
        for s in &words().org_suffixes {
            forms.extend([
                s.to_string(),
                s.to_uppercase(),
                s.trim_end_matches('.').to_string(),
            ]);
            forms.push(
                s.chars()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                    .collect(),
            );
        }
        probes.extend(forms.iter().map(String::as_str));
        for w in probes {
            assert_eq!(is_org_suffix(w), scan(w), "{w:?}");
        }
        assert!(is_org_suffix("AS") && !is_org_suffix("as") && is_org_suffix("GmbH"));
    }

    #[test]
    fn every_list_is_loaded() {
        let w = words();
        for (name, list) in [
            ("honorifics", &w.honorifics),
            ("title_modifiers", &w.title_modifiers),
            ("place_prepositions", &w.place_prepositions),
            ("place_only_prepositions", &w.place_only_prepositions),
            ("foreign_name_words", &w.foreign_name_words),
            ("portfolio_titles", &w.portfolio_titles),
            ("minister_bodies", &w.minister_bodies),
            ("speech_verbs", &w.speech_verbs),
            ("team_sports", &w.team_sports),
            ("org_nouns", &w.org_nouns),
            ("org_member_nouns", &w.org_member_nouns),
            ("stake_nouns", &w.stake_nouns),
            ("stock_nouns", &w.stock_nouns),
            ("product_nouns", &w.product_nouns),
            ("publication_verbs", &w.publication_verbs),
            ("place_nouns", &w.place_nouns),
            ("org_followers", &w.org_followers),
            ("body_heads", &w.body_heads),
            ("match_after", &w.match_after),
            ("match_before", &w.match_before),
            ("sports", &w.sports),
            ("title_fillers", &w.title_fillers),
            ("vessel_nouns", &w.vessel_nouns),
            ("exchange_codes", &w.exchange_codes),
            ("change_words", &w.change_words),
            ("description_nouns", &w.description_nouns),
            ("verb_particles", &w.verb_particles),
            ("currency_words", &w.currency_words),
            ("scale_words", &w.scale_words),
            ("unit_words", &w.unit_words),
            ("glued_unit_words", &w.glued_unit_words),
            ("currency_prefixes", &w.currency_prefixes),
            ("demonym_combining_forms", &w.demonym_combining_forms),
            ("visit_stems", &w.visit_stems),
            ("metonymy_verbs_after", &w.metonymy_verbs_after),
            ("metonymy_verbs_before", &w.metonymy_verbs_before),
            ("metonymy_place_words", &w.metonymy_place_words),
            ("relation_nouns", &w.relation_nouns),
            ("org_suffixes", &w.org_suffixes),
            ("shared_org_suffixes", &w.shared_org_suffixes),
            ("sports_name_words", &w.sports_name_words),
            ("loose_legal_forms", &w.loose_legal_forms),
            ("description_followers", &w.description_followers),
            ("place_suffixes", &w.place_suffixes),
            ("party_words", &w.party_words),
            ("vessel_prefixes", &w.vessel_prefixes),
            ("family_nouns", &w.family_nouns),
            ("person_particles", &w.person_particles),
            ("strong_person_particles", &w.strong_person_particles),
            ("place_particles", &w.place_particles),
            ("pressure_nouns", &w.pressure_nouns),
            ("abbreviated_designators", &w.abbreviated_designators),
            ("saints", &w.saints),
            ("index_nouns", &w.index_nouns),
            ("club_nouns", &w.club_nouns),
            ("party_nouns", &w.party_nouns),
            ("marketing_verbs", &w.marketing_verbs),
            ("model_editions", &w.model_editions),
            ("ampersand_terms", &w.ampersand_terms),
            ("name_opening_words", &w.name_opening_words),
            ("defined_term_openers", &w.defined_term_openers),
            ("reference_nouns", &w.reference_nouns),
            ("document_nouns", &w.document_nouns),
            ("name_suffixes", &w.name_suffixes),
            ("short_form_connectors", &w.short_form_connectors),
            ("product_heads", &w.product_heads),
            ("numbered_nouns", &w.numbered_nouns),
            ("model_determiners", &w.model_determiners),
            ("version_determiners", &w.version_determiners),
            ("report_verbs", &w.report_verbs),
            ("it_copulas", &w.it_copulas),
            ("self_reference_breaks", &w.self_reference_breaks),
            ("speech_subject_breaks", &w.speech_subject_breaks),
            ("org_heads", &w.org_heads),
            ("firm_verbs", &w.firm_verbs),
            ("sector_words", &w.sector_words),
            ("acronym_name_tails", &w.acronym_name_tails),
            ("maker_participles", &w.maker_participles),
            ("firm_words", &w.firm_words),
            ("home_place_heads", &w.home_place_heads),
            ("version_heads", &w.version_heads),
            ("seats", &w.seats),
            ("apposition_org_nouns", &w.apposition_org_nouns),
            ("apposition_enders", &w.apposition_enders),
            ("staff_nouns", &w.staff_nouns),
            ("firm_titles", &w.firm_titles),
            ("club_suffixes", &w.club_suffixes),
            ("opening_firm_cues", &w.opening_firm_cues),
            ("club_cues_before", &w.club_cues_before),
            ("club_cues_after", &w.club_cues_after),
            ("club_staff", &w.club_staff),
            ("club_plural_verbs", &w.club_plural_verbs),
            ("transfer_words", &w.transfer_words),
            ("epithets", &w.epithets),
            ("unit_heads", &w.unit_heads),
            ("law_heads", &w.law_heads),
            ("index_names", &w.index_names),
            ("possessed_roles", &w.possessed_roles),
            ("language_nouns", &w.language_nouns),
            ("more_titles", &w.more_titles),
            ("role_qualifiers", &w.role_qualifiers),
            ("employee_titles", &w.employee_titles),
            ("notice_words", &w.notice_words),
            ("honour_heads", &w.honour_heads),
            ("work_nouns", &w.work_nouns),
            ("title_function_words", &w.title_function_words),
            ("trade_noun_endings", &w.trade_noun_endings),
            ("modifier_nouns", &w.modifier_nouns),
            ("person_nouns", &w.person_nouns),
            ("national_nouns", &w.national_nouns),
            ("event_heads", &w.event_heads),
            ("storm_heads", &w.storm_heads),
            ("storm_openers", &w.storm_openers),
            ("publication_nouns", &w.publication_nouns),
            ("publishing_verbs", &w.publishing_verbs),
            ("credit_words", &w.credit_words),
            ("speaker_roles", &w.speaker_roles),
            ("agency_fields", &w.agency_fields),
            ("constituency_titles", &w.constituency_titles),
            ("predicate_nouns", &w.predicate_nouns),
            ("predicate_phrase_ends", &w.predicate_phrase_ends),
            ("family_first_names", &w.family_first_names),
        ] {
            assert!(!list.is_empty(), "{name} is empty");
        }
        assert!(w.speech_verbs.contains(&"said"));
        assert!(w.club_forms.contains("FC") && w.team_sport_cues.contains("striker"));
        assert!(w.abbreviated_designators.contains(&"Corp"));
        assert!(w.defined_term_openers.contains(&"("));
    }

    #[test]
    fn the_candidate_sets_are_loaded() {
        let w = words();
        assert_eq!(w.calendar_words.len(), 19, "twelve months and seven days");
        assert!(w.calendar_words.contains("may"));
        assert!(w.name_particles.contains("von") && w.name_particles.contains("bin"));
        assert!(w.sentence_function_words.contains("however"));
        assert!(!w.sentence_function_words.contains("london"));
    }

    #[test]
    fn sections_and_comments() {
        let w = parse("# c\n[sports]\ntennis\n\n[nope]\nx\n[honorifics]\nmr\n[saints]\nSt\n[calendar_words]\nmay\n");
        assert_eq!(w.sports, vec!["tennis"]);
        assert_eq!(w.honorifics, vec!["mr"]);
        assert_eq!(w.saints, vec!["St"]);
        assert!(w.calendar_words.contains("may") && w.calendar_words.len() == 1);
    }
}
