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
    #[serde(default)]
    pub id: String,
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
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
    Item,
}

impl Label {
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

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Human name for the UI.
    pub fn display(self) -> &'static str {
        match self {
            Label::Person => "Person",
            Label::Norp => "Nationality / group",
            Label::Fac => "Facility",
            Label::Org => "Organization",
            Label::Gpe => "Country / city",
            Label::Loc => "Location",
            Label::Product => "Product",
            Label::Event => "Event",
            Label::WorkOfArt => "Work",
            Label::Law => "Law",
            Label::Language => "Language",
            Label::Date => "Date",
            Label::Time => "Time",
            Label::Percent => "Percent",
            Label::Money => "Money",
            Label::Quantity => "Quantity",
            Label::Ordinal => "Ordinal",
            Label::Cardinal => "Number",
            Label::Item => "Item / technology",
        }
    }
}

/// A mention of an entity (or a value) in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub start16: usize,
    #[serde(default)]
    pub end16: usize,
    pub text: String,
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
    pub id: String,
    /// Canonical name: the longest proper name seen, without titles.
    pub name: String,
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
    Date,
    Time,
    Duration,
    Set,
}

/// A normalised time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub id: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub start16: usize,
    #[serde(default)]
    pub end16: usize,
    pub text: String,
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

/// Something that happened (or will), dated by a time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// TimeML value of its date, or a range "2014/2016"; may be vague ("PAST_REF").
    pub date: String,
    /// Short phrase: trigger verb and its objects.
    pub label: String,
    /// Ids of the entities taking part.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Code point span of the sentence (or clause) that states it.
    pub sentence: [usize; 2],
    #[serde(default)]
    pub sentence16: [usize; 2],
    /// Id of the time expression that dates it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<EventRelation>,
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

/// A word as the part-of-speech tagger sees it (only with `--tokens`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Code point offsets, end-exclusive.
    pub start: usize,
    pub end: usize,
    /// Universal Dependencies UPOS tag ("NOUN", "PROPN", "VERB", ...).
    pub upos: String,
}

/// Everything the engine found in one document: a line of the CLI's JSONL output.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub id: String,
    /// The reference date used: the caller's, else one found in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the date came from: "input", "text" or absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    /// Code point spans of the sentences.
    #[serde(default)]
    pub sentences: Vec<[usize; 2]>,
    pub entities: Vec<Mention>,
    pub entity_list: Vec<Entity>,
    pub timex: Vec<Timex>,
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
