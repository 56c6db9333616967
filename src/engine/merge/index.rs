//! The indexes over the entities built so far ([`Index`]: keys, country codes, person name
//! words, organisations' first words, initials, acronyms and short forms), so each mention is
//! merged in O(its words).
//!
//! Invariant: data only; `join` fills and reads it, `people` and `metonymy` read it; imports
//! no other module of `merge`.

use crate::engine::lexicon::{Cc, FxBuild};
use crate::engine::model::Label;
use std::collections::{HashMap, HashSet};

/// How many people sharing a name word ("Kim") merge considers, the latest ones.
pub(super) const PEOPLE_PER_WORD: usize = 4;

/// Indexes over the entities built so far, so that each mention is merged in O(its words).
#[derive(Default)]
pub(super) struct Index {
    pub(super) by_key: HashMap<(Label, String), usize, FxBuild>,
    pub(super) country_of: HashMap<(Label, Cc), usize, FxBuild>,
    /// Lower-case word of a person's name → the people holding it, latest last (at most
    /// [`PEOPLE_PER_WORD`]).
    pub(super) person_word: HashMap<String, Vec<usize>, FxBuild>,
    /// First word of a multi-word organisation → the latest such organisation.
    pub(super) org_first: HashMap<String, usize, FxBuild>,
    /// Initials of a multi-word organisation ("bis") → organisation.
    pub(super) org_initials: HashMap<String, usize, FxBuild>,
    /// Lower-case acronym organisation ("bis") → organisation.
    pub(super) org_acronym: HashMap<String, usize, FxBuild>,
    /// Short forms of a multi-word organisation ("al noor", "huaxin", "treasury" of "U.S.
    /// Treasury Department"; `orgs::org_short_forms`) → the first organisation holding it.
    pub(super) org_part: HashMap<String, usize, FxBuild>,
    /// Multi-word organisation names (lower case) already in `org_first`, `org_initials` and
    /// `org_part`: those keep the first organisation and depend on the name alone, so a name
    /// seen again adds nothing there (its short forms are not computed again).
    pub(super) org_named: HashSet<String, FxBuild>,
}
