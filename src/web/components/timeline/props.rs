//! The timeline's inputs: [`TimelineDoc`] (one analysed document) and [`TimelineProps`].
//!
//! Architecture invariant: plain data; the drawing modules (`draw`, `list`) and `mod.rs` import
//! it, it imports none of them.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::model::Analysis;
use crate::workspace::Lanes;

/// One analysed document as the timeline sees it.
#[derive(Debug, Clone)]
pub struct TimelineDoc {
    /// Document id.
    pub id: String,
    /// Document name (the lane's title).
    pub name: String,
    /// Generation of `analysis` (identifies it).
    pub generation: u64,
    /// The document's (corrected) analysis: its events and time expressions.
    pub analysis: Rc<Analysis>,
}

impl PartialEq for TimelineDoc {
    /// Cheap: an analysis never changes for a given generation.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.generation == other.generation && self.name == other.name
    }
}

/// Props of [`super::Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Every analysed document, one lane each.
    pub docs: Rc<Vec<TimelineDoc>>,
    /// (document id, entity id): show only this entity's events.
    #[prop_or_default]
    pub entity: Option<(String, String)>,
    /// Show the sentence of an event: (document id, code point span).
    pub on_focus: Callback<(String, [usize; 2])>,
    /// (document id, sentence span) of a selected relation: show only the events stated in
    /// that sentence.
    #[prop_or_default]
    pub relation: Option<(String, [usize; 2])>,
    /// Lanes by document or by entity (a view setting, saved).
    #[prop_or_default]
    pub lanes: Lanes,
    /// A lanes button was pressed.
    #[prop_or_default]
    pub on_lanes: Callback<Lanes>,
    /// Id of the selected document: the window is fitted to its events when it changes.
    #[prop_or_default]
    pub selected: String,
    /// What the events are narrowed to, in words ("relation: A → B, supply"), shown above
    /// the chart with a button that clears it (None: not narrowed).
    #[prop_or_default]
    pub narrowed_to: Option<AttrValue>,
    /// The "Clear" button of `narrowed_to` was pressed.
    #[prop_or_default]
    pub on_clear: Callback<()>,
    /// Whether `docs` are every document's events (true) or the open document's only
    /// (false); None when there is one document, so no choice to offer.
    #[prop_or_default]
    pub all_docs: Option<bool>,
    /// The "All documents" button was pressed: the new setting.
    #[prop_or_default]
    pub on_all_docs: Callback<bool>,
}
