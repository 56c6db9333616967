//! Correction controls, shown where the user is looking (issue 14.2):
//!
//! - [`EntityCorrection`]: rename, retype, merge into another entity (those
//!   of its own type first; merged into another type's, its mentions take that
//!   type), or "not an entity", for the selected entity; drawn by
//!   `EntityPanel` under the entity's row (above the list when the row is not
//!   listed), in the Entities panel that stays in view beside the text (a
//!   bottom sheet at phone width);
//! - [`TextTools`]: add a missed mention, split one off, or remove one, for
//!   the words selected in the document;
//! - [`on_f2`]: F2 on a focused mention opens its entity's form.
//!
//! Input: plain data (the entity, the candidates, the analysed text).
//! Output: `on_correct` with a [`Correction`](crate::workspace::Correction); they keep no state but the
//! fields being typed in. Every control is a real form control, so all of it
//! works from the keyboard; Escape closes the entity form and gives the
//! focus back to the entity's button in the list (issue 14.2).
//!
//! `entity.rs` holds the entity form and F2, `text_tools.rs` the text tools.

mod entity;
mod text_tools;

pub use entity::{on_f2, EntityCorrection, EntityCorrectionProps};
pub use text_tools::{TextTools, TextToolsProps};

use web_sys::HtmlSelectElement;
use yew::NodeRef;

/// The value of the `<select>` behind `r` ("" when it is not drawn).
fn select_value(r: &NodeRef) -> String {
    r.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}
