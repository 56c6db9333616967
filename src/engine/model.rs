//! The engine's results: plain serializable structs shared by the CLI (JSONL),
//! the JS API and the UI. This file *is* the contract; change it with care.
//!
//! All `start`/`end` offsets are Unicode code point offsets into the original
//! document text, end-exclusive. `start16`/`end16` are the same positions in
//! UTF-16 code units (what JS string methods use).

use serde::{Deserialize, Serialize};

/// One document to analyse: a line of the CLI's JSONL input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentInput {
    /// Caller's document id, echoed as [`Analysis::id`]; may be empty (the default
    /// when the field is absent).
    #[serde(default)]
    pub id: String,
    /// The document text, UTF-8; every offset in the [`Analysis`] points into it.
    pub text: String,
    /// Publication date, ISO `YYYY-MM-DD` (a longer ISO timestamp is accepted).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "dct")]
    pub date: Option<String>,
}

/// Entity and value types: OntoNotes names plus ITEM (goods and technologies
/// named by common nouns: "turbojet engines", "machine tools").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// People, including fictional: "Joe Biden", "he" when resolved.
    Person,
    /// Nationalities, religious or political groups: "German", "Democrats".
    Norp,
    /// Facilities: buildings, airports, bridges, roads.
    Fac,
    /// Organisations: companies, agencies, institutions.
    Org,
    /// Geo-political entities: countries, cities, states.
    Gpe,
    /// Non-GPE locations: mountain ranges, bodies of water, regions.
    Loc,
    /// Named products: vehicles, weapons, devices ("Model 3", "F-16").
    Product,
    /// Named events: wars, storms, summits.
    Event,
    /// Titles of books, songs, films (`WORK_OF_ART`).
    WorkOfArt,
    /// Named documents made into laws.
    Law,
    /// Any named language.
    Language,
    /// Absolute or relative dates or periods (value in [`Timex`] when normalised).
    Date,
    /// Times smaller than a day.
    Time,
    /// Percentages, including "%".
    Percent,
    /// Monetary values, including the unit.
    Money,
    /// Measurements: weight, distance, ...
    Quantity,
    /// "first", "second", ...
    Ordinal,
    /// Numerals that fall under no other type.
    Cardinal,
    /// Goods and technologies named by common nouns (not in OntoNotes).
    Item,
}

impl Label {
    /// Every label, in the contract's (OntoNotes) order.
    pub const ALL: [Label; 19] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
        Label::Item,
    ];

    /// True for values (dates, times, amounts, percentages, numbers) as against named
    /// things: values are never merged into entities, offered as merge targets, or
    /// counted as an event's participants.
    pub fn is_value(self) -> bool {
        matches!(
            self,
            Label::Date
                | Label::Time
                | Label::Percent
                | Label::Money
                | Label::Quantity
                | Label::Ordinal
                | Label::Cardinal
        )
    }

    /// The contract's spelling ("PERSON", "WORK_OF_ART", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
            Label::Item => "ITEM",
        }
    }

    /// Inverse of [`Label::as_str`]: `"WORK_OF_ART"` → `Some(Label::WorkOfArt)`; `None` for
    /// any other spelling (case-sensitive).
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// The plain type word people read ("Organisation", "Place", "Rank"):
    /// the one table the app, the exports and the CLI summary all use.
    pub fn display(self) -> &'static str {
        match self {
            Label::Person => "Person",
            Label::Norp => "Nationality / group",
            Label::Fac => "Facility",
            Label::Org => "Organisation",
            Label::Gpe => "Country / city",
            Label::Loc => "Place",
            Label::Product => "Product",
            Label::Event => "Event",
            Label::WorkOfArt => "Title of a work",
            Label::Law => "Law",
            Label::Language => "Language",
            Label::Date => "Date",
            Label::Time => "Time",
            Label::Percent => "Percent",
            Label::Money => "Money",
            Label::Quantity => "Quantity",
            Label::Ordinal => "Rank",
            Label::Cardinal => "Number",
            Label::Item => "Item / technology",
        }
    }
}

/// A mention of an entity (or a value) in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Start, in Unicode code points from the start of the document text.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Start in UTF-16 code units (JS string index); 0 when read from input lacking it.
    #[serde(default)]
    pub start16: usize,
    /// End in UTF-16 code units, exclusive.
    #[serde(default)]
    pub end16: usize,
    /// The covered text: the document's code points `start..end`.
    pub text: String,
    /// The mention's type (for a resolved pronoun, its entity's type).
    pub label: Label,
    /// Id of the merged entity this mention belongs to ("E3").
    pub entity: String,
    /// Set when the mention stands for another entity than its surface names:
    /// "Beijing believed ..." is the city acting for China; `actor` is China's id.
    /// The mention still belongs to (and is counted for) the city in `entity`; the mentions
    /// through which an entity acts are those whose `actor` is its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Set when this mention is a pronoun or description ("he", "the company") that
    /// coreference resolved to `entity`: the span is the pronoun's, not a name's.
    /// Values: "pronoun" or "description".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

/// A merged entity: every mention of "President Joe Biden", "Biden", "Mr Biden".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// "E1", "E2", ...: unique in one [`Analysis`], not stable across runs or documents.
    pub id: String,
    /// Canonical name: the longest proper name seen, without titles; a person named only by an
    /// honorific and a surname that is not the surname's other bearer keeps the honorific ("Mrs
    /// Hollis" beside "Mark Hollis").
    pub name: String,
    /// The entity's type: that of the mention that opened it (the merge stage joins
    /// mentions of one type only).
    pub label: Label,
    /// Other surface forms, most frequent first.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Number of mentions whose surface names this entity (those with `entity` == `id`).
    /// A country met only through its capital acting for it ("Berlin said ..." → Germany)
    /// has 0 here: it is listed because mentions point to it through [`Mention::actor`], and a
    /// UI shows those instead of a count ("via Berlin"). Its `salience` counts them.
    pub mentions: usize,
    /// 0..1; the most salient entity of a document has 1.
    pub salience: f32,
    /// Roles and titles seen with the name: "secretary of state", "President".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// ISO 3166-1 alpha-2 code for countries, and for cities their country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// TimeML TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "April 16", "last year", "2024-W16".
    Date,
    /// A time of day, possibly with a date: "3 p.m. Tuesday".
    Time,
    /// A length of time: "two weeks" (`P2W`).
    Duration,
    /// A recurrence: "every Monday", "daily".
    Set,
}

/// A normalised time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// "T1", "T2", ...: unique in one [`Analysis`]; referenced by [`Event::timex`] and [`Relation::timex`].
    pub id: String,
    /// Start, in code points.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Start in UTF-16 code units.
    #[serde(default)]
    pub start16: usize,
    /// End in UTF-16 code units, exclusive.
    #[serde(default)]
    pub end16: usize,
    /// The covered text (code points `start..end`).
    pub text: String,
    /// TIMEX3 `type`, serialised as `"type"`.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TimeML value: "2024-04-16", "2023", "P2W", "PAST_REF", "2024-W16", "XXXX-04".
    pub value: String,
    /// TimeML mod: "START", "MID", "END", "APPROX", "BEFORE", "AFTER", ...
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// How an event relates in time to another one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRelation {
    /// "BEFORE", "AFTER", "SIMULTANEOUS", "INCLUDES", ...
    pub relation: String,
    /// Id of the other event.
    pub event: String,
}

/// What an entity does in an event: coarse semantic roles read from the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who acts: the subject of an active clause, the "by" phrase of a passive one.
    Agent,
    /// What is acted on: the direct object, or the subject of a passive clause.
    Patient,
    /// Who receives: the "to"/"for" phrase, the first of two objects ("sold Oman
    /// drones"), the object of "provide ... with".
    Recipient,
    /// Where: a place after "in", "at", "near", a place visited, a place gone to.
    Place,
}

/// One participant of an event and its [`Role`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRole {
    /// Entity id ("E3").
    pub entity: String,
    /// What the entity does in the event.
    pub role: Role,
}

/// Something that happened (or will), dated by a time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// "V1", "V2", ...: unique in one [`Analysis`].
    pub id: String,
    /// TimeML value of its date, or a range "2014/2016"; may be vague ("PAST_REF").
    pub date: String,
    /// Short phrase: trigger verb and its objects.
    pub label: String,
    /// Ids of the entities taking part.
    #[serde(default)]
    pub participants: Vec<String>,
    /// The participants whose role the clause states, in text order (a subset
    /// of `participants`; an entity may have more than one role). Optional:
    /// absent when no role is known; older readers can ignore it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<EventRole>,
    /// Code point span of the sentence (or clause) that states it.
    pub sentence: [usize; 2],
    /// The same span in UTF-16 code units.
    #[serde(default)]
    pub sentence16: [usize; 2],
    /// Id of the time expression that dates it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<String>,
    /// Temporal links (TimeML TLINK-style) to other events of the same document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<EventRelation>,
    /// How the event stands to `timex` when that time expression orders it rather than dates
    /// it (a TimeML TLINK relType): "BEFORE" ("sold before Easter", "until March 4"), "AFTER"
    /// ("after Christmas"). `date` is then not the expression's value (the event did not happen
    /// on it). Absent: `timex` dates the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex_relation: Option<String>,
    /// Planned or expected, not (yet) done: "will visit", "plans to open", "is due to meet",
    /// "is expected to resume", "is scheduled to open". Absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub planned: bool,
    /// Who states it, when the text attributes it to someone ("X said", "according to X"):
    /// a claim, not a fact the text asserts. Absent when the text states it itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
}

/// Who an [`Event`] is attributed to (PARC's source and cue): "Lars Holm said …", "…, the
/// ministry said", "according to port records".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source as a label writes it: an entity by its full name ("Lars Holm"), else the
    /// words of the phrase without a leading article ("port records").
    pub source: String,
    /// Id of the entity the source names ("E3"), when it names one (a pronoun resolved to
    /// it counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The reporting words: "said", "added", "according to".
    pub cue: String,
}

/// Whether a flag is unset (serde leaves such fields out).
fn is_false(b: &bool) -> bool {
    !*b
}

/// The kind of a relation between entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationType {
    /// `source` supplies `items` to `target` (provide, sell, export, ship, obtain from ...).
    Supply,
    /// `source` and `target` meet or talk (meet, talks, phone call, visit).
    Meeting,
    /// `source` sanctions, blacklists, designates, fines or indicts `target`.
    Sanction,
    /// `source` owns (all or part of) `target`: subsidiary of, owned by, stake in.
    Ownership,
    /// Person `source` holds a role at organisation or state `target`.
    Employment,
}

impl RelationType {
    /// The contract's spelling ("SUPPLY", "MEETING", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Supply => "SUPPLY",
            RelationType::Meeting => "MEETING",
            RelationType::Sanction => "SANCTION",
            RelationType::Ownership => "OWNERSHIP",
            RelationType::Employment => "EMPLOYMENT",
        }
    }

    /// Human name for the UI ("Supply", "Meeting", ...).
    pub fn display(self) -> &'static str {
        match self {
            RelationType::Supply => "Supply",
            RelationType::Meeting => "Meeting",
            RelationType::Sanction => "Sanction",
            RelationType::Ownership => "Ownership",
            RelationType::Employment => "Employment",
        }
    }

    /// Every type, in the order a UI groups them.
    pub const ALL: [RelationType; 5] = [
        RelationType::Supply,
        RelationType::Meeting,
        RelationType::Sanction,
        RelationType::Ownership,
        RelationType::Employment,
    ];
}

/// How firmly the text states a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Hedged: "likely", "reportedly", "allegedly", "is believed to".
    Hedged,
    /// Denied: "had not provided".
    Negated,
}

impl Modality {
    /// The contract's spelling: "asserted", "hedged", "negated".
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hedged => "hedged",
            Modality::Negated => "negated",
        }
    }
}

/// A relation between two entities stated by one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// "R1", "R2", ... in text order.
    pub id: String,
    /// The relation's type, serialised as `"type"`.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// Entity id of the supplier, the sanctioning body, the owner, the person employed, or
    /// the first party of a meeting.
    pub source: String,
    /// Entity id of the recipient, the sanctioned, the owned, the employer, or the second party.
    pub target: String,
    /// Entity ids of the goods supplied (ITEM/PRODUCT entities); empty for other types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Entity id of the PERCENT stating the share owned (OWNERSHIP only: "a 20% stake in",
    /// "owns 32 percent of", "is 51% owned by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<String>,
    /// Whether the sentence asserts, hedges or denies it.
    pub modality: Modality,
    /// Code point span of the sentence stating it.
    pub sentence: [usize; 2],
    /// The same span in UTF-16 code units.
    #[serde(default)]
    pub sentence16: [usize; 2],
    /// Code point span of the trigger word ("supplied", "met", "sanctioned").
    pub trigger: [usize; 2],
    /// TimeML value of its date, when a time expression in the clause dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Id of the time expression that dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<String>,
}

impl Relation {
    /// What it names besides its parties, as (entity id, suffix for display): the goods with
    /// no suffix, then the share owned with " stake" ("32 percent stake").
    pub fn details(&self) -> impl Iterator<Item = (&str, &'static str)> {
        let items = self.items.iter().map(|i| (i.as_str(), ""));
        items.chain(self.share.iter().map(|s| (s.as_str(), " stake")))
    }
}

/// A word as the part-of-speech tagger sees it (only with `--tokens`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Start, in code points.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Universal Dependencies UPOS tag ("NOUN", "PROPN", "VERB", ...).
    pub upos: String,
}

/// Everything the engine found in one document: a line of the CLI's JSONL output.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The input's [`DocumentInput::id`], unchanged.
    pub id: String,
    /// The reference date used: the caller's, else one found in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the date came from: "input" (the caller's), "text" (a date printed near the
    /// top), "dateline" (a year-less dateline's month and day, the year inferred from the
    /// lead's weekday, the years the text names and the reader's today: worth checking),
    /// or absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    /// The text's own date (YYYY-MM-DD: its dateline or a dated heading) when the caller
    /// gave another (`date_source` "input"); absent when they agree or the text has none.
    /// A warning says the same in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_date: Option<String>,
    /// Code point spans of the sentences.
    #[serde(default)]
    pub sentences: Vec<[usize; 2]>,
    /// Every **mention** (not merged entities, despite the name kept for the contract):
    /// names, values and resolved pronouns, in text order. Each points to its merged entity
    /// through [`Mention::entity`].
    pub entities: Vec<Mention>,
    /// The merged entities ([`Entity`]), one per distinct referent, in the merge stage's
    /// order (not by importance: sort on [`Entity::salience`] for that).
    pub entity_list: Vec<Entity>,
    /// Normalised time expressions (TIMEX3), found sentence by sentence.
    pub timex: Vec<Timex>,
    /// Events for the timeline: clauses with a date ([`Event::date`]), each
    /// with the span of the sentence that states it.
    pub events: Vec<Event>,
    /// Relations between entities (SUPPLY, MEETING, SANCTION, OWNERSHIP, EMPLOYMENT).
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Tagged tokens: filled only on request (`annalist extract --jsonl --tokens`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
    /// Problems with the input that did not stop the analysis (bad date, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}
