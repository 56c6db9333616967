//! Share links that reproduce what the sender sees (trial 9): the link
//! carries the document's name and the corrections in force for it, not only
//! its text; the receiver imports them as a one-document workspace, so the
//! corrections are rules again (re-applied, undoable).
//!
//! Input: the [`State`] and a document id (sending), or a decoded
//! [`Shared`] (receiving). Output: the [`Shared`] to encode
//! (`export::fragment::encode_shared` keeps as many corrections as fit), or
//! the [`Workspace`] for `WorkspaceAction::Import`. Pure, tested natively.

use super::State;
use crate::export::fragment::Shared;
use crate::workspace::fold::fold;
use crate::workspace::{Correction, Document, Edit, History, Workspace};

/// Id of the shared document inside the imported workspace (`merge_in`
/// renames it, and its corrections with it, when the id is taken).
const SHARED_ID: &str = "shared";

/// Most corrections a received link brings (more than any link a user makes carries; a
/// hostile link could otherwise make every analysis replay a million corrections).
pub const MAX_SHARED_CORRECTIONS: usize = 500;

/// Longest tab name a received link sets (characters).
const MAX_SHARED_NAME: usize = 200;

/// What a link to document `id` carries: text, date, its tab's name and the
/// corrections in force that apply to it (each made for that document alone,
/// so on the receiver's side they touch nothing else): those made for it, and
/// those made for every document whose name or words occur in it (trial 13: a
/// link carried every name-based correction of the workspace, names of other
/// articles included). `None`: no such document.
pub fn to_share(state: &State, id: &str) -> Option<Shared> {
    let d = state.workspace.document(id)?;
    // The document's words, and the names and aliases of its entities (a
    // renamed entity's new name is in no text), as fold keys between spaces.
    let mut words = format!(" {} ", fold(&d.text));
    if let Some(a) = state.document(id).and_then(|d| d.analysed()) {
        for e in &a.analysis.entity_list {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                words.push_str(&fold(name));
                words.push(' ');
            }
        }
    }
    let occurs = |name: &str| match fold(name) {
        key if key.is_empty() => d.text.contains(name),
        key => words.contains(&format!(" {key} ")),
    };
    let corrections = state
        .workspace
        .history
        .done
        .iter()
        .filter(|c| match &c.doc {
            Some(doc) => doc == id,
            None => occurs(acts_on(&c.edit)),
        })
        .filter_map(|c| serde_json::to_value(Correction::everywhere(c.edit.clone())).ok())
        .collect();
    Some(Shared {
        id: String::new(),
        text: d.text.to_string(),
        date: d.date.clone(),
        name: d.name.clone(),
        corrections,
    })
}

/// The name or words a correction acts on: it changes nothing in a document
/// where they do not occur.
fn acts_on(edit: &Edit) -> &str {
    match edit {
        Edit::Rename { entity, .. } | Edit::Retype { entity, .. } | Edit::Merge { entity, .. } => {
            &entity.name
        }
        Edit::Split { mention, .. }
        | Edit::DeleteMention { mention }
        | Edit::AddMention { mention, .. } => &mention.text,
        Edit::DeleteSurface { text, .. } => text,
    }
}

/// The workspace a received link opens: its one document (named as the
/// sender named it, else by its headline) and its corrections for that
/// document; one this version cannot read is left out (read through the same
/// `from_value::<Correction>` as a recovered workspace: no second copy of
/// the corrections' reader in the wasm).
pub fn from_share(shared: Shared) -> Workspace {
    let name = Some(
        shared
            .name
            .trim()
            .chars()
            .take(MAX_SHARED_NAME)
            .collect::<String>(),
    )
    .filter(|n| !n.is_empty())
    .or_else(|| super::headline(&shared.text))
    .unwrap_or_else(|| "Shared text".into());
    let mut done: Vec<Correction> = Vec::new();
    for c in shared
        .corrections
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Correction>(v).ok())
        .map(|c| Correction::in_doc(SHARED_ID, c.edit))
    {
        // The same correction twice in a row does nothing more: kept once.
        if done.len() >= MAX_SHARED_CORRECTIONS || done.last() == Some(&c) {
            continue;
        }
        done.push(c);
    }
    Workspace {
        documents: vec![Document {
            id: SHARED_ID.into(),
            name,
            text: shared.text.into(),
            date: shared.date,
            added_at: None,
            date_by_user: false,
        }],
        history: History {
            done,
            ..History::default()
        },
        ..Workspace::default()
    }
}
