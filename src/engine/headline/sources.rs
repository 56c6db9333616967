//! What a headline reads from the analysis (`Sources`): the text of a span, the mention or
//! entity it names, and how a noun group is written in a label (used by
//! [`super::of_clause`] and `events::source`).
//!
//! Takes the analysis so far by reference; returns text and entity indices. Invariant: reads
//! and never changes the analysis; imports `names` and `forms`, never `mod.rs` nor `voice`.

use super::forms::{is_function, negative_subject};
use super::names::short_name;
use crate::engine::clause::{Clause, Group};
use crate::engine::coref::{Resolution, Resolved};
use crate::engine::merge::Merged;
use crate::engine::model::Label;
use crate::engine::pos::{Upos, Words};
use crate::engine::text::Doc;
use crate::engine::time::TimexDraft;
use crate::engine::typing::TypedMention;

/// What a headline is built from.
pub struct Sources<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub words: &'a Words<'a>,
    pub mentions: &'a [TypedMention],
    pub merged: &'a Merged,
    pub resolved: &'a [Resolved],
    pub timexes: &'a [TimexDraft],
    /// All clauses of the document, in text order (a copula's complement may run on into
    /// the infinitive clause after it).
    pub clauses: &'a [Clause],
}

impl Sources<'_, '_> {
    /// The text of byte span [a, b); empty when the span is not one (never panics).
    pub(super) fn text(&self, a: usize, b: usize) -> &str {
        self.doc.text.get(a..b).unwrap_or("")
    }

    /// The mention covering byte span [a, b) (mentions are sorted and do not overlap).
    pub(super) fn mention_over(&self, a: usize, b: usize) -> Option<&TypedMention> {
        let i = self.mentions.partition_point(|m| m.end <= a);
        self.mentions.get(i).filter(|m| m.start <= a && b <= m.end)
    }

    pub(super) fn in_timex(&self, a: usize, b: usize) -> bool {
        let i = self.timexes.partition_point(|t| t.end <= a);
        self.timexes.get(i).is_some_and(|t| t.start < b)
    }

    /// Entity a byte span names: a resolved pronoun/description, or a mention inside it.
    pub(super) fn entity_in(&self, a: usize, b: usize) -> Option<(usize, bool)> {
        let k = self.resolved.partition_point(|r| r.start < a);
        // A pronoun before the end of the group is a possessive modifier ("his counterpart"):
        // the group names its head, not the owner.
        if let Some(r) = self
            .resolved
            .get(k)
            .filter(|r| r.end <= b && !(r.kind == Resolution::Pronoun && r.end < b))
        {
            return Some((r.entity, true));
        }
        let i = self.mentions.partition_point(|m| m.start < a);
        self.mentions
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.start < b)
            .enumerate()
            .filter(|(_, m)| m.end <= b && !m.label.is_value())
            .last()
            .and_then(|(k, _)| self.merged.mention_entity.get(i + k).map(|&e| (e, false)))
    }

    /// The entity a noun group's head word names: a resolved pronoun or
    /// description, or a (non-value) mention covering the head.
    pub(super) fn entity_of_head(&self, g: &Group) -> Option<usize> {
        let h = self.words.get(g.head())?;
        let k = self.resolved.partition_point(|r| r.end <= h.start());
        if let Some(r) = self
            .resolved
            .get(k)
            .filter(|r| r.start <= h.start() && h.end() <= r.end)
        {
            return Some(r.entity);
        }
        let i = self.mentions.partition_point(|m| m.end <= h.start());
        self.mentions
            .get(i)
            .filter(|m| m.start <= h.start() && h.end() <= m.end && !m.label.is_value())?;
        self.merged.mention_entity.get(i).copied()
    }

    /// Where the name a noun group's head opens runs on past the group, the byte its mention
    /// ends ("the University" + "of Tartu": the chunker ends the group at "of", and the label
    /// has already written the whole name), so the phrases inside it are not written again.
    pub(super) fn name_end(&self, g: &Group) -> Option<usize> {
        let h = self.words.get(g.head())?;
        let m = self.mention_over(h.start(), h.end())?;
        (!m.label.is_value() && m.end > g.span(self.words).1).then_some(m.end)
    }

    /// A noun group as a headline writes it: a person by surname, a resolved pronoun by
    /// its entity, otherwise the words without leading articles.
    pub(super) fn group_text(&self, g: &Group, parts: &mut Vec<usize>) -> String {
        let (a, b) = g.span(self.words);
        // "The Bureau of Maritime Enforcement sanctioned": the chunker ends the group at "of";
        // the name running on past it names the entity.
        let named = self
            .entity_in(a, b)
            .or_else(|| self.entity_of_head(g).map(|e| (e, true)));
        if let Some((e, via)) = named {
            if !parts.contains(&e) {
                parts.push(e);
            }
            if let Some(ent) = self.merged.entities.get(e) {
                if ent.label == Label::Person {
                    // "Chinese President Xi Jinping" → "Xi"; "he" → "Scholz".
                    let head = &self.words.at(g.head());
                    let head_in_name = self
                        .mention_over(head.start(), head.end())
                        .is_some_and(|m| m.label == Label::Person);
                    if via || head_in_name {
                        return short_name(ent).to_string();
                    }
                } else if via {
                    return ent.name.clone();
                }
            }
        }
        // (start, end, the last word's tag) of each written span.
        let mut spans: Vec<(usize, usize, Upos)> = Vec::new();
        let head = self.words.get(g.head());
        for (k, w) in self.words.range(g.words()).enumerate() {
            // "Oslo next week": a date ending the group is not part of the label; one
            // before the head modifies it and stays ("its second-quarter results").
            let modifier =
                head.is_some_and(|h| h.start() >= w.end() && !self.in_timex(h.start(), h.end()));
            if self.in_timex(w.start(), w.end()) && !modifier {
                break;
            }
            let t = self.text(w.start(), w.end());
            if k == 0 && ["the", "a", "an"].iter().any(|d| d.eq_ignore_ascii_case(t)) {
                continue;
            }
            match spans.last_mut() {
                // "China" + "'s" → "China's"; words written together stay together
                // ("US$" + "1.7" → "US$1.7", not "US$ 1.7").
                Some(last) if w.upos == Upos::Part || w.start() == last.1 => last.1 = w.end(),
                _ => spans.push((w.start(), w.end(), w.upos)),
            }
        }
        // A group cut before its head ends on a word, never on "its", "the" or "of".
        // "nobody", "no one" are the subject itself (`voice::negative_subject`).
        while let Some(&(_, end, upos)) = spans.last() {
            let first = spans.first().map_or(end, |f| f.0);
            if !is_function(upos) || negative_subject(self.text(first, end)) {
                break;
            }
            spans.pop();
        }
        // "fell 3 per cent": a percentage the chunker cut (it read "per" as a preposition
        // and dropped "per cent") is written whole, not "falls 3". (Money and quantities it
        // keeps: "US$1.7 million" is written through the words after the group.)
        if let Some(last) = spans.last_mut() {
            let amount = self
                .mention_over(last.1 - 1, last.1)
                .filter(|m| m.label == Label::Percent && m.end > last.1)
                // A sign written against the number ("6%") the label adds itself.
                .filter(|m| self.text(last.1, m.end).starts_with(char::is_whitespace));
            if let Some(m) = amount {
                last.1 = m.end;
            }
        }
        spans
            .iter()
            .map(|&(a, b, _)| self.text(a, b))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Who a noun group names as the source of a statement ("Kestrel's chief executive Lars
    /// Holm said", "he added", "according to port records"): the entity its head names (a
    /// resolved pronoun, or a mention covering the head) by its full name, else the group as
    /// a label writes it ("Belgian police", not the nationality alone), else its words (an
    /// unresolved "he"). `None` for a group with no words.
    pub fn source(&self, g: &Group) -> Option<(String, Option<usize>)> {
        if let Some(e) = self.entity_of_head(g) {
            if let Some(ent) = self.merged.entities.get(e) {
                return Some((ent.name.clone(), Some(e)));
            }
        }
        let text = self.group_text(g, &mut Vec::new());
        if !text.is_empty() {
            return Some((text, None));
        }
        let (a, b) = g.span(self.words);
        let raw = self.text(a, b).trim();
        (!raw.is_empty()).then(|| (raw.to_string(), None))
    }

    pub(super) fn plural(&self, g: Option<&Group>) -> bool {
        let Some(g) = g else { return false };
        // "regulators last month": the head is the last word before a date ending the group.
        let Some(h) = self
            .words
            .range(g.words())
            .rev()
            .find(|w| !self.in_timex(w.start(), w.end()))
        else {
            return false;
        };
        // A name ("Russia", "Siemens Energy") is singular; "US officials" is not a name, nor
        // are goods ("microelectronics", "drones").
        if self
            .mention_over(h.start(), h.end())
            .is_some_and(|m| !m.label.is_value() && !matches!(m.label, Label::Item))
        {
            return false;
        }
        let prev = crate::engine::text::before(self.doc.text, h.start()).trim_end();
        let opens_sentence =
            prev.is_empty() || prev.ends_with(['.', '!', '?', '"', '“', '-', '—', '–']);
        crate::engine::lexicon::with_lower(self.text(h.start(), h.end()), |t| {
            matches!(t, "they" | "we" | "you" | "i")
                // A subject's head is a noun even where the tagger read a verb
                // ("Exports rose": "Exports" opening the sentence).
                || (matches!(h.upos, Upos::Noun | Upos::Verb) && t.ends_with('s') && !t.ends_with("ss"))
                // "Floodwaters rose": a plural opening the sentence, tagged a name but no
                // mention's.
                || (h.upos == Upos::Propn && opens_sentence && t.ends_with('s') && !t.ends_with("ss"))
                // "the two agreed": a number above one heading the group is plural.
                || (h.upos == Upos::Num && !matches!(t, "one" | "1"))
        })
    }
}
