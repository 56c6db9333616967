//! A correction reaches every occurrence of the name it corrected (trial 9):
//! an entity the user renamed, retyped, merged into or added a mention to is
//! a rule about that *name*, so where the same name stands in the text and
//! the engine found no mention there (a sentence typed later, a name at the
//! start of a sentence the engine skipped), it becomes a mention of that
//! entity too.
//!
//! Called after each such correction, so a later correction (a removed
//! mention) acts on what it added. Input: the [`Analysis`] as corrected so
//! far, its text, the id of the entity the correction acted on, and what the
//! user deleted before (single mentions
//! by span, surfaces by folded text), which is never brought back. Output:
//! the same analysis with the new mentions, kept sorted by start. Only names
//! (a capital letter first, two characters or more, not a pronoun or
//! description) spread, only to whole words no mention covers but pieces of the
//! name (the engine's "China Road" and "Bridge Corporation" where the user's
//! "China Road and Bridge Corporation" stands give way); time is linear in the
//! text for each distinct name.

use super::fold::fold;
use crate::engine::model::{Analysis, Mention};
use crate::engine::offsets::OffsetMap;

/// What the user deleted, which names never spread back to.
#[derive(Debug, Default)]
pub(super) struct Spread {
    /// Code point spans of mentions the user deleted one by one.
    pub deleted_spans: Vec<(usize, usize)>,
    /// Folded surfaces the user deleted everywhere.
    pub deleted_surfaces: Vec<String>,
    /// (entity id, names) already spread in this replay of the corrections: the same rule
    /// again (a history of many edits of one entity, or a hostile link repeating one) adds
    /// nothing, so the text is not scanned again.
    pub done: rustc_hash::FxHashSet<(String, Vec<String>)>,
}

/// Whether a mention's text is a name that may spread.
fn is_name(m: &Mention) -> bool {
    m.resolved.is_none()
        && m.text.chars().nth(1).is_some()
        && m.text.chars().next().is_some_and(char::is_uppercase)
}

/// Add a mention of entity `id` (one a correction acted on) wherever one of
/// its names stands uncovered in `text` (see the module's doc).
pub(super) fn spread(a: &mut Analysis, text: &str, map: &OffsetMap, id: &str, s: &mut Spread) {
    let mut names: Vec<(String, String, crate::engine::model::Label)> = Vec::new();
    for m in a.entities.iter().filter(|m| m.entity == id) {
        if is_name(m)
            && !s.deleted_surfaces.contains(&fold(&m.text))
            && !names.iter().any(|(t, _, _)| *t == m.text)
        {
            names.push((m.text.clone(), m.entity.clone(), m.label));
        }
    }
    let key = (
        id.to_string(),
        names.iter().map(|(t, _, _)| t.clone()).collect::<Vec<_>>(),
    );
    if !s.done.insert(key) {
        return;
    }
    // Every uncovered whole-word occurrence, in text order (the longer name
    // first where two start together), then taken left to right.
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (k, (name, _, _)) in names.iter().enumerate() {
        for (b, _) in text.match_indices(name.as_str()) {
            let e = b + name.len();
            let before = text.get(..b).and_then(|t| t.chars().next_back());
            let after = text.get(e..).and_then(|t| t.chars().next());
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                found.push((b, e, k));
            }
        }
    }
    crate::sort::sort_by_key(&mut found, |&(b, e, _)| (b, usize::MAX - e));
    let mut added: Vec<Mention> = Vec::new();
    // Mentions (index ranges) that lie wholly inside an occurrence the name takes over.
    let mut pieces: Vec<std::ops::Range<usize>> = Vec::new();
    for (b, e, k) in found {
        let ((start, start16), (end, end16)) = (map.find(b), map.find(e));
        let covered = |x: &Mention| x.start < end && x.end > start;
        // Mentions do not overlap and are sorted, so their ends are sorted too: those
        // overlapping the occurrence are one run. Pieces wholly inside it ("China Road" and
        // "Bridge Corporation" where the user's "China Road and Bridge Corporation" stands)
        // give way to the longer name; one reaching outside it, or the same span, keeps it.
        let first_after = a.entities.partition_point(|x| x.start < end);
        let first_over = a
            .entities
            .partition_point(|x| x.end <= start)
            .min(first_after);
        let inside = a.entities[first_over..first_after]
            .iter()
            .all(|x| x.start >= start && x.end <= end && x.end - x.start < end - start);
        let taken = !inside
            || added.last().is_some_and(covered)
            // Nor inside or across a span the user removed ("Olsen" of a removed "Maria
            // Olsen"); a linear scan: removals are few.
            || s.deleted_spans.iter().any(|&(ds, de)| ds < end && start < de);
        if let (false, Some((name, entity, label))) = (taken, names.get(k)) {
            pieces.push(first_over..first_after);
            added.push(Mention {
                start,
                end,
                start16,
                end16,
                text: name.clone(),
                label: *label,
                entity: entity.clone(),
                actor: None,
                resolved: None,
            });
        }
    }
    if added.is_empty() {
        return;
    }
    // The pieces' names in event labels, and their places among the participants.
    let gone: Vec<(String, String, usize)> = pieces
        .iter()
        .flat_map(|r| a.entities[r.clone()].iter())
        .map(|m| (m.entity.clone(), m.text.clone(), m.start))
        .collect();
    let mut i = 0;
    let mut p = pieces.iter().filter(|r| !r.is_empty()).peekable();
    a.entities.retain(|_| {
        while p.peek().is_some_and(|r| r.end <= i) {
            p.next();
        }
        let keep = !p.peek().is_some_and(|r| r.contains(&i));
        i += 1;
        keep
    });
    let taker = added.first().map(|m| (m.text.clone(), m.entity.clone()));
    a.entities.extend(added);
    crate::sort::sort_by_key(&mut a.entities, |m| m.start);
    if let (false, Some((name, id))) = (gone.is_empty(), taker) {
        super::labels::took_over(a, &gone, &name, &id);
    }
}
