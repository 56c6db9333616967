//! Closing a document and bringing it back: the tab strip's part of the
//! reducer. Closed documents keep their text, analysis and the corrections in
//! force when they were closed, so an undo can reopen them.

use std::rc::Rc;

use super::{workspace, Closed, State};

/// Close document `id`; false (nothing changed) when there is no such
/// document. Its corrections stay (not `Workspace::remove`), for an undo of
/// the close; an untouched example is simply gone, anything else can be
/// reopened; at most [`super::MAX_CLOSED`] are kept, the oldest go.
pub(super) fn close(s: &mut State, id: &str) -> bool {
    let Some(at) = s.workspace.documents.iter().position(|d| d.id == id) else {
        return false;
    };
    let document = s.workspace.documents.remove(at);
    let live = s.live.remove(id).unwrap_or_default();
    if !live.example {
        s.keep_closed(Closed {
            at,
            document,
            live,
            in_force: Rc::new(s.workspace.history.done.clone()),
        });
    }
    if s.selected_doc.as_deref() == Some(id) {
        s.selected_doc = s.workspace.documents.first().map(|d| d.id.clone());
        s.selected_entity = None;
    }
    if s.focus.as_ref().is_some_and(|f| f.doc == id) {
        s.focus = None;
    }
    true
}

/// Bring back the last closed document at its old place and select it;
/// false when none is closed. If another tab or an import saved it again
/// meanwhile it is only shown; if its id went to another document, it comes
/// back under a fresh id and is re-analysed. The corrections made while it
/// was closed are applied to it.
pub(super) fn reopen(s: &mut State) -> bool {
    let Some(Closed {
        at,
        mut document,
        mut live,
        ..
    }) = s.closed.pop()
    else {
        return false;
    };
    if let Some(open) = s.document(&document.id) {
        if open.text == document.text {
            s.selected_doc = Some(document.id);
            s.selected_entity = None;
            return true;
        }
        // (`bump_counter` keeps the counter past every "d{n}" id.)
        let n = s.next();
        document.id = format!("d{n}");
        live.generation = s.next();
    }
    let id = document.id.clone();
    s.live.insert(id.clone(), live);
    let at = at.min(s.workspace.documents.len());
    s.workspace.documents.insert(at, document);
    workspace::reapply_one(s, &id);
    s.selected_doc = Some(id);
    s.selected_entity = None;
    true
}
