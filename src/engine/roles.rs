//! Event roles from a clause: who acts (agent), on what (patient), for whom
//! (recipient) and where (place).
//!
//! Input: one [`Clause`], the document text, the passive "by" phrase if the
//! headline took it as the agent, and a lookup from a noun group to the entity
//! it names (with the entity's label). Output: `(entity index, Role)` pairs in
//! clause order, without duplicates. Groups that name no entity get no role.
//!
//! The roles follow the clause's grammar, with one small verb list
//! (`data/relations/roles.tsv`): "provide X with Y" makes X the recipient,
//! "travel to X" makes a place X the destination, "visit X" makes a place X
//! the place. Everything else: subject → agent (patient when passive), object
//! → patient (of two objects, the first is the recipient), "to" right after
//! the verb or an object → recipient, "in"/"at"/"near" + a place → place.
//! A group names an entity when its head word is in that entity's mention (or
//! is a pronoun resolved to it): "China's provision" names no one.

use super::clause::{Clause, Group, PrepPhrase};
use super::model::{Label, Role};
use super::pos::Words;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const ROLES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/relations/roles.tsv"));

/// How a verb's complements map to roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Give,
    Motion,
    Visit,
}

fn classes() -> &'static HashMap<&'static str, Class> {
    static C: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    C.get_or_init(|| {
        ROLES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (lemma, class) = l.split_once('\t')?;
                let class = match class.trim() {
                    "give" => Class::Give,
                    "motion" => Class::Motion,
                    "visit" => Class::Visit,
                    _ => return None,
                };
                Some((lemma.trim(), class))
            })
            .collect()
    })
}

fn is_place(l: Label) -> bool {
    matches!(l, Label::Gpe | Label::Loc | Label::Fac)
}

/// The roles of the entities clause `c` names. `text` is the document text
/// (byte offsets), `by` the passive agent phrase, `entity` maps a noun group to
/// the entity it names and that entity's label.
pub(crate) fn assign(
    text: &str,
    words: &Words,
    c: &Clause,
    by: Option<&PrepPhrase>,
    entity: impl Fn(&Group) -> Option<(usize, Label)>,
) -> Vec<(usize, Role)> {
    let mut out: Vec<(usize, Role)> = Vec::new();
    let mut put = |g: &Group, role: Role| {
        if let Some((e, label)) = entity(g) {
            if role == Role::Place && !is_place(label) {
                return;
            }
            if !out.contains(&(e, role)) {
                out.push((e, role));
            }
        }
    };
    let v = &c.verb;
    let class = classes().get(v.lemma.as_str()).copied();
    // Borrowed when already lower case (most prepositions): no String each.
    let prep = |p: &PrepPhrase| -> std::borrow::Cow<str> {
        let w = text.get(p.prep().0..p.prep().1).unwrap_or("");
        if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
            w.into()
        } else {
            w.to_lowercase().into()
        }
    };
    let has_with = c.preps().iter().any(|p| prep(p) == "with");
    let give_with = class == Some(Class::Give) && has_with;
    if let Some(s) = &c.subject {
        let role = match (v.passive, give_with) {
            (false, _) => Role::Agent,
            // "The army was supplied with drones": the subject receives.
            (true, true) => Role::Recipient,
            (true, false) => Role::Patient,
        };
        if !(v.passive && by.is_none() && role == Role::Agent) {
            put(s, role);
        }
    }
    if let Some(p) = by {
        put(&p.object, Role::Agent);
    }
    for (k, g) in c.objects().iter().enumerate() {
        let role = if c.objects().len() >= 2 && k == 0 || give_with {
            Role::Recipient
        } else if class == Some(Class::Visit) && entity(g).is_some_and(|(_, l)| is_place(l)) {
            Role::Place
        } else {
            Role::Patient
        };
        put(g, role);
    }
    // A "to"/"for"/"with" phrase belongs to the verb when it follows the verb
    // group or an object directly ("sold drones to Oman"), not when it follows
    // another phrase ("during a trip to Oman": the trip's, not the verb's).
    let ends: Vec<usize> = std::iter::once(v.span(words).1)
        .chain(c.objects().iter().map(|g| g.span(words).1))
        .collect();
    let attached = |p: &PrepPhrase| {
        ends.iter().any(|&e| {
            e <= p.prep().0
                && text
                    .get(e..p.prep().0)
                    .is_some_and(|gap| gap.trim().is_empty())
        })
    };
    for p in c.preps() {
        if Some(p) == by || p.prep().0 < v.span(words).0 {
            continue;
        }
        let word = prep(p);
        if matches!(word.as_ref(), "to" | "for" | "with") && !attached(p) {
            continue;
        }
        let role = match word.as_ref() {
            "to" if class == Some(Class::Motion)
                && entity(&p.object).is_some_and(|(_, l)| is_place(l)) =>
            {
                Role::Place
            }
            "to" => Role::Recipient,
            "for" if class == Some(Class::Give) => Role::Recipient,
            "with" if give_with => Role::Patient,
            "in" | "at" | "near" | "inside" | "outside" => Role::Place,
            _ => continue,
        };
        put(&p.object, role);
    }
    out
}
