//! The words the interface uses for types and time values (issue 14.4):
//! the names people use ("Organisation", "Country / city") instead of
//! OntoNotes codes (ORG, GPE), and TimeML values that cannot be shown as a
//! calendar date ("XXXX-XX-XX", "P3D") said in words. Pure Rust.

use crate::engine::model::Label;

/// The name of an entity type in the legend, the panel and the forms: the
/// engine's one table of type words ([`Label::display`]), shared with the
/// exports and the CLI.
pub fn type_name(label: Label) -> &'static str {
    label.display()
}

/// The small tag after a highlighted mention, for a contract label
/// ("PERSON") or a time expression type ("DURATION", "SET"): a short plain
/// word, never a code.
pub fn tag(label: &str) -> &'static str {
    match label {
        "PERSON" => "person",
        "ORG" => "org.",
        "GPE" => "country/city",
        "LOC" => "place",
        "NORP" => "group",
        "FAC" => "facility",
        "ITEM" => "item",
        "PRODUCT" => "product",
        "MONEY" => "money",
        "PERCENT" => "%",
        "QUANTITY" => "quantity",
        "CARDINAL" => "number",
        "ORDINAL" => "rank",
        "DATE" => "date",
        "TIME" => "time",
        "DURATION" => "duration",
        "SET" => "repeats",
        "EVENT" => "event",
        "LAW" => "law",
        "LANGUAGE" => "language",
        "WORK_OF_ART" => "work",
        _ => "",
    }
}

/// A label's name for a tooltip, also for the time expression types.
pub fn label_name(label: &str) -> &'static str {
    match label {
        "DURATION" => "Duration",
        "SET" => "Recurring time",
        other => Label::parse(other).map_or("", type_name),
    }
}

/// How an event is ordered against another event or a date (a TimeML TLINK
/// relType, "BEFORE", "SIMULTANEOUS", ...) in words for the timeline's rows:
/// "before", "at the same time as"; never a code.
pub fn order_words(rel: &str) -> std::borrow::Cow<'static, str> {
    match rel {
        "BEFORE" => "before".into(),
        "AFTER" => "after".into(),
        "SIMULTANEOUS" => "at the same time as".into(),
        "INCLUDES" => "includes".into(),
        "IS_INCLUDED" | "DURING" => "during".into(),
        "IBEFORE" => "just before".into(),
        "IAFTER" => "just after".into(),
        "BEGINS" => "begins".into(),
        "BEGUN_BY" => "begun by".into(),
        "ENDS" => "ends".into(),
        "ENDED_BY" => "ended by".into(),
        "IDENTITY" => "the same as".into(),
        other => other.to_lowercase().replace('_', " ").into(),
    }
}

pub use crate::export::words::vague_value;

/// Files (and `<annalist-view src>` documents) larger than this many bytes
/// are not read unless the user asks (issue 16.5): 20 MiB, the limit the
/// README documents. Reading and analysing them takes seconds and hundreds
/// of megabytes.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// What the page says about a file of `bytes` bytes named `name` when it is
/// over [`MAX_FILE_BYTES`]; `None` when it is not.
pub fn too_large(name: &str, bytes: f64) -> Option<String> {
    (bytes > MAX_FILE_BYTES).then(|| {
        format!(
            "{name} is {} MB: files over {} MB are not opened unless you ask, \
             as analysing them takes long and much memory. Split it into smaller files, \
             or analyse it anyway in the background.",
            crate::export::decimal::fixed(bytes / 1048576.0, 0),
            crate::export::decimal::fixed(MAX_FILE_BYTES / 1048576.0, 0)
        )
    })
}

/// What the page says when a paste leaves the "Article text" box [`blank`]
/// (an empty clipboard, or only white space, pasted over the whole text): the
/// paste is undone, so it never turns a document (the example among them)
/// into an empty one.
pub const BLANK_PASTE: &str = "Nothing was pasted: the clipboard held no text (or only spaces and \
     line breaks). Copy the article's text and paste it again.";

/// What the Document and Entities panels say for an empty document (a new tab, or a text
/// cleared), instead of nothing but "0 entities".
pub const EMPTY_DOCUMENT: &str =
    "This document is empty. Paste or type an article in the text box, or open files.";

/// [`EMPTY_DOCUMENT`] on a read-only page (an exported page, an embedded view): nothing to type in.
pub const EMPTY_DOCUMENT_READ_ONLY: &str = "This document is empty.";

/// What the page says when an opened article file `name` has no text (empty,
/// only white space, or markup without words): no document is made of it.
pub fn empty_file(name: &str) -> String {
    format!("{name} holds no text: nothing was opened from it.")
}

/// "1 document", "2 documents", "0 entities": a count with its noun, in the
/// singular for exactly one (trial: "1 documents" in the watchlist row and
/// the import notices). `noun` is the singular; a consonant + "y" ending
/// becomes "ies", anything else takes "s".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    let consonant_y = noun
        .strip_suffix('y')
        .is_some_and(|stem| stem.ends_with(|c: char| !"aeiou".contains(c)));
    match noun.strip_suffix('y') {
        Some(stem) if consonant_y => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

/// What the bar says when an import found documents already open (named
/// `names`), which it did not add again.
pub fn already_open(names: &[String]) -> String {
    match names {
        [one] => format!("“{one}” is already open: not added again."),
        _ => format!(
            "{} are already open: not added again ({}).",
            plural(names.len(), "document"),
            names
                .iter()
                .map(|n| format!("“{n}”"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// How a correction reads in the "Corrections in force" list: the type
/// words of [`type_name`] ("Country / city"), never an OntoNotes code (the
/// workspace's own `Correction::describe` says "(GPE)"), and the document by
/// its name (`doc_name`), not its id.
pub fn describe_correction(
    c: &crate::workspace::Correction,
    doc_name: impl Fn(&str) -> Option<String>,
) -> String {
    use crate::workspace::{Edit, EntityKey};
    let key = |k: &EntityKey| format!("{} ({})", k.name, type_name(k.label).to_lowercase());
    let what = match &c.edit {
        Edit::Rename { entity, name } => format!("Rename {} → {name}", key(entity)),
        Edit::Retype { entity, label } => {
            format!(
                "Change {} to {}",
                key(entity),
                type_name(*label).to_lowercase()
            )
        }
        Edit::Merge { entity, into } => format!("Merge {} into {}", key(entity), key(into)),
        Edit::Split { mention, name } => match name {
            Some(n) => format!("Split “{}” off as {n}", mention.text),
            None => format!("Split “{}” off", mention.text),
        },
        Edit::DeleteSurface { text, label } => match label {
            Some(l) => format!("Not an entity: “{text}” ({})", type_name(*l).to_lowercase()),
            None => format!("Not an entity: “{text}”"),
        },
        Edit::DeleteMention { mention } => format!("Remove the mention “{}”", mention.text),
        Edit::AddMention { mention, label, .. } => {
            format!(
                "Add “{}” as {}",
                mention.text,
                type_name(*label).to_lowercase()
            )
        }
    };
    match &c.doc {
        Some(d) => match doc_name(d) {
            Some(name) => format!("{what}, in “{name}”"),
            None => format!("{what}, in a closed document"),
        },
        None => format!("{what}, in all documents"),
    }
}

/// A relation's modality in plain words (the contract's term, "asserted", "hedged" or
/// "negated", goes in the cell's tooltip): what a reader of the table needs to know is
/// whether the text states it, hedges it ("likely", "reportedly") or denies it.
pub fn modality_words(m: crate::engine::model::Modality) -> &'static str {
    use crate::engine::model::Modality;
    match m {
        Modality::Asserted => "stated",
        Modality::Hedged => "hedged",
        Modality::Negated => "denied",
    }
}

/// `text` with its first letter a capital, as a sentence shown on its own starts.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// True when `text` is empty or only white space.
pub fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_text_is_refused_in_words() {
        for t in ["", "   ", "\n\t \u{a0}\n", "\u{2003}"] {
            assert!(blank(t), "{t:?}");
        }
        assert!(!blank(" Kiel "));
        assert!(BLANK_PASTE.starts_with("Nothing was pasted"));
        assert_eq!(
            empty_file("notes.txt"),
            "notes.txt holds no text: nothing was opened from it."
        );
    }

    #[test]
    fn event_order_reads_in_words_never_a_code() {
        assert_eq!(order_words("SIMULTANEOUS"), "at the same time as");
        assert_eq!(order_words("BEFORE"), "before");
        assert_eq!(order_words("IS_INCLUDED"), "during");
        // A relType this table does not know still reads without its underscore.
        assert_eq!(order_words("NEW_KIND"), "new kind");
    }

    #[test]
    fn counts_of_one_are_singular() {
        assert_eq!(plural(1, "document"), "1 document");
        assert_eq!(plural(2, "document"), "2 documents");
        assert_eq!(plural(0, "name"), "0 names");
        assert_eq!(plural(1, "entity"), "1 entity");
        assert_eq!(plural(3, "entity"), "3 entities");
        assert_eq!(plural(2, "day"), "2 days");
        assert_eq!(plural(4, "watched name"), "4 watched names");
    }

    #[test]
    fn corrections_read_with_type_words_and_document_names() {
        use crate::workspace::{Correction, Edit, EntityKey};
        let names = |id: &str| (id == "d2").then(|| "Harbour talks".to_string());
        let retype = Correction::in_doc(
            "d2",
            Edit::Retype {
                entity: EntityKey::new("Kestrel Bay", Label::Org),
                label: Label::Gpe,
            },
        );
        let said = describe_correction(&retype, names);
        assert_eq!(
            said,
            "Change Kestrel Bay (organisation) to country / city, in “Harbour talks”"
        );
        let gone = Correction::in_doc("d9", retype.edit.clone());
        assert!(describe_correction(&gone, names).ends_with(", in a closed document"));
        let add = Correction::everywhere(Edit::DeleteSurface {
            text: "Monday".into(),
            label: Some(Label::Date),
        });
        let said = describe_correction(&add, names);
        assert_eq!(said, "Not an entity: “Monday” (date), in all documents");
        // No OntoNotes code anywhere in what any correction says.
        for l in Label::ALL {
            let c = Correction::everywhere(Edit::Retype {
                entity: EntityKey::new("Vel", l),
                label: l,
            });
            let said = describe_correction(&c, names);
            assert!(!said.contains(&format!("({})", l.as_str())), "{said}");
        }
    }

    #[test]
    fn every_type_has_a_plain_name_and_tag() {
        for l in Label::ALL {
            let name = type_name(l);
            assert!(!name.is_empty());
            assert_ne!(name, name.to_uppercase(), "{name} reads as a code");
            let t = tag(l.as_str());
            assert!(!t.is_empty() && t != l.as_str(), "{l:?}");
            assert_eq!(label_name(l.as_str()), name);
        }
        assert_eq!(type_name(Label::Org), "Organisation");
        assert_eq!(tag("DURATION"), "duration");
    }

    #[test]
    fn timeml_codes_are_said_in_words() {
        assert_eq!(vague_value("XXXX-XX-XX").as_deref(), Some("date unknown"));
        assert_eq!(vague_value("XXXX").as_deref(), Some("date unknown"));
        assert_eq!(
            vague_value("XXXX-04").as_deref(),
            Some("April, year unknown")
        );
        assert_eq!(vague_value("PAST_REF").as_deref(), Some("in the past"));
        assert_eq!(vague_value("P3D").as_deref(), Some("3 days"));
        assert_eq!(vague_value("P1Y").as_deref(), Some("1 year"));
        assert_eq!(vague_value("PT2H").as_deref(), Some("2 hours"));
        assert_eq!(vague_value("PXW").as_deref(), Some("some weeks"));
        assert_eq!(vague_value("TMO").as_deref(), Some("morning, day unknown"));
        assert_eq!(vague_value("2024-04-16"), None);
        assert_eq!(vague_value("P").as_deref(), Some("a while"));
    }

    #[test]
    fn files_over_the_limit_are_named_with_their_size() {
        assert_eq!(too_large("a.txt", MAX_FILE_BYTES), None);
        let m = too_large("big.json", 21.0 * 1048576.0).expect("over the limit");
        assert!(m.starts_with("big.json is 21 MB: files over 20 MB"), "{m}");
        assert!(m.contains("anyway"), "{m}");
    }
}
