//! Stage 7: entities and time expressions → relations between entities.
//!
//! Input: the tokenised [`Doc`], the typed mentions, the merged entities, the time expressions
//! and the events. Output: [`RelationDraft`]s in text order (byte offsets; entity, time
//! expression indexes): who supplies what to whom (SUPPLY), who meets whom (MEETING), who
//! sanctions whom (SANCTION), who owns what (OWNERSHIP), and a person's role at an organisation
//! or state (EMPLOYMENT).
//!
//! How: each sentence is scanned for trigger phrases (`data/relations/triggers.tsv`); each
//! trigger names a *frame* ([`frames`]) that reads the parties around it from the mention
//! sequence, a few function words (`data/relations/words.tsv`) and the clause of its verb:
//! the subject is found by walking left over auxiliaries, adverbs, hedges and negations to a
//! party mention; objects, items and recipients are the clause's objects and complements. Hedges between subject and
//! trigger make the relation `hedged`, negations `negated`. The date is a time expression
//! inside (or right next to) the relation's words, else that of an event of the same sentence
//! naming both parties. Precision first: when a frame cannot find both parties (and, for
//! SUPPLY, at least one item) nothing is emitted.
//!
//! Objects, recipients, suppliers and agents of verb triggers come from the clause stage
//! (`groups`: the trigger's clause's objects and complements); the subject walk left of a
//! trigger, the noun triggers and "Y came from X" still read the tokens (`walk`).

mod cover;
mod ctx;
mod employment;
mod frames;
mod governed;
mod groups;
mod parties;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_phrasings;
#[cfg(test)]
mod tests_trial11;
#[cfg(test)]
mod tests_trial12;
#[cfg(test)]
mod tests_trial13;
#[cfg(test)]
mod tests_trial18;
#[cfg(test)]
mod tests_trial20;
#[cfg(test)]
mod tests_trial21;
#[cfg(test)]
mod tests_trial30;
#[cfg(test)]
mod tests_trial32;
#[cfg(test)]
mod tests_trial34;
#[cfg(test)]
mod tests_trial35;
#[cfg(test)]
mod tests_trial36;
#[cfg(test)]
mod tests_trial37;
#[cfg(test)]
mod tests_trial38;
#[cfg(test)]
mod tests_trial39;
#[cfg(test)]
mod tests_trial40;
#[cfg(test)]
mod tests_trial41;
#[cfg(test)]
mod tests_trial42;
#[cfg(test)]
mod tests_trial43;
#[cfg(test)]
mod tests_trial45;
#[cfg(test)]
mod tests_trial46;
#[cfg(test)]
mod tests_trial47;
#[cfg(test)]
mod tests_trial47b;
#[cfg(test)]
mod tests_trial48;
#[cfg(test)]
mod tests_trial49;
mod towns;
mod vessels;
mod walk;

use std::collections::HashSet;

use super::clause::Clause;
use super::coref::Resolved;
use super::events::{EventDraft, UNDATED};
use super::lexicon::FxBuild;
use super::merge::Merged;
use super::model::{Label, Modality, RelationType, TimexType};
use super::pos::{Upos, Words};
use super::text::Doc;
use super::time::TimexDraft;
use super::typing::TypedMention;
use ctx::Ctx;

/// A relation. Byte offsets; indexes into the merged entities and the time expressions.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationDraft {
    pub kind: RelationType,
    /// Entity index of the supplier, sanctioning body, owner, employee or first party.
    pub source: usize,
    /// Entity index of the recipient, sanctioned, owned, employer or second party.
    pub target: usize,
    /// Entity indexes of the goods (SUPPLY only), in text order.
    pub items: Vec<usize>,
    /// Entity index of the PERCENT stating the share owned (OWNERSHIP only: "a 20% stake in",
    /// "owns 32 percent of", "is 51% owned by").
    pub share: Option<usize>,
    pub modality: Modality,
    /// Byte span of the sentence.
    pub sentence: (usize, usize),
    /// Byte span of the trigger phrase.
    pub trigger: (usize, usize),
    /// TimeML value of the date.
    pub date: Option<String>,
    /// Index of the time expression that dates it.
    pub timex: Option<usize>,
}

/// Goods no list knows that relations name ("sold linear actuators to X"): the first and last
/// token of each mention and the index of its ITEM entity, past the merged entities (numbered
/// from `merged.entities.len()`, each entity's first mention before those of later ones), for the
/// caller to add.
pub type NewGoods = Vec<(usize, usize, usize)>;

/// Find the relations of a document. Never panics; linear in the number of tokens (each
/// trigger looks at a bounded window of its sentence).
#[allow(clippy::too_many_arguments)]
pub fn extract(
    doc: &Doc,
    mentions: &[TypedMention],
    merged: &Merged,
    clauses: &[Clause],
    words: &Words,
    resolved: &[Resolved],
    timexes: &[TimexDraft],
    events: &[EventDraft],
) -> (Vec<RelationDraft>, NewGoods) {
    let ctx = Ctx::new(doc, mentions, merged, clauses, words, resolved, timexes);
    let mut found: Vec<frames::Found> = Vec::new();
    let mut i = 0;
    while i < ctx.n_tokens() {
        let Some((trigger, len)) = ctx.trigger_at(i) else {
            i += 1;
            continue;
        };
        frames::apply(&ctx, trigger, i, i + len - 1, &mut found);
        i += len;
    }
    employment::find(&ctx, &mut found);
    drop_visited_places(&ctx, &mut found);
    let mut out: Vec<RelationDraft> = Vec::new();
    let mut meetings: HashSet<((usize, usize), String, Modality), FxBuild> = HashSet::default();
    for f in found {
        if f.source == f.target {
            continue;
        }
        let s = &doc.sentences[ctx.sentence_of(f.trigger_tokens.0)];
        let trigger = (
            doc.tokens[f.trigger_tokens.0].start(),
            doc.tokens[f.trigger_tokens.1].end(),
        );
        let (date, timex) = date_of(&ctx, &f, timexes, events);
        let share = share_of(&ctx, &f);
        let draft = RelationDraft {
            kind: f.kind,
            source: f.source,
            target: f.target,
            items: f.items,
            share,
            modality: f.modality,
            sentence: (s.start(), s.end()),
            trigger,
            date,
            timex,
        };
        // One relation per (type, parties, sentence): a second trigger adds its items.
        if let Some(prev) = out.iter_mut().find(|r| {
            r.kind == draft.kind
                && r.source == draft.source
                && r.target == draft.target
                && r.sentence == draft.sentence
                && r.modality == draft.modality
        }) {
            for it in draft.items {
                if !prev.items.contains(&it) {
                    prev.items.push(it);
                }
            }
            if prev.date.is_none() {
                prev.date = draft.date;
                prev.timex = draft.timex;
            }
            prev.share = prev.share.or(draft.share);
            continue;
        }
        // The same meeting stated twice (a headline and its first paragraph): one relation
        // per pair (either way round), date and modality.
        if let (RelationType::Meeting, Some(date)) = (draft.kind, &draft.date) {
            let pair = (
                draft.source.min(draft.target),
                draft.source.max(draft.target),
            );
            if !meetings.insert((pair, date.clone(), draft.modality)) {
                continue;
            }
        }
        out.push(draft);
    }
    collapse_undated(&mut out);
    crate::sort::sort_by_key(&mut out, |r| (r.trigger.0, r.source, r.target));
    // Goods no list knows: an entity for each a relation names, numbered in the order first
    // found, so each entity's first mention in `goods` comes in the order of the entities.
    let base = merged.entities.len();
    let (mut goods, names) = ctx.new_goods.take();
    let mut number: Vec<Option<usize>> = vec![None; names.len()];
    for r in &out {
        for &it in &r.items {
            if let Some(n) = it.checked_sub(base).and_then(|k| number.get_mut(k)) {
                *n = Some(0);
            }
        }
    }
    for (k, n) in number.iter_mut().flatten().enumerate() {
        *n = base + k;
    }
    let renumber = |e: usize| number.get(e.wrapping_sub(base)).copied().flatten();
    for it in out.iter_mut().flat_map(|r| r.items.iter_mut()) {
        *it = renumber(*it).unwrap_or(*it);
    }
    goods.retain_mut(|x| renumber(x.2).map(|n| x.2 = n).is_some());
    goods.dedup();
    (out, goods)
}

/// "X bought engines from Y" and, sentences later, "Y sold the engines to X in 2024": the same
/// relation (type, parties, modality, and no goods the dated one lacks) stated undated and
/// dated is one, the dated one. Two dates stay two relations, and so do two undated
/// statements and an undated one naming other goods.
fn collapse_undated(out: &mut Vec<RelationDraft>) {
    type Key = (RelationType, usize, usize, Modality);
    let key = |r: &RelationDraft| (r.kind, r.source, r.target, r.modality);
    // The first dated relation of each key.
    let mut dated: std::collections::HashMap<Key, usize, FxBuild> = Default::default();
    for (i, r) in out.iter().enumerate() {
        if r.date.is_some() {
            dated.entry(key(r)).or_insert(i);
        }
    }
    // Other goods are another fact with its own sentence ("shipped drones to X on Monday ...
    // sold missiles to X"): both stay, and the UI groups them as one row.
    let keep: Vec<bool> = out
        .iter()
        .map(|r| {
            !(r.date.is_none()
                && dated
                    .get(&key(r))
                    .is_some_and(|&d| r.items.iter().all(|it| out[d].items.contains(it))))
        })
        .collect();
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
}

/// "X visited Paris in March and held talks with Macron": the place visited is where the meeting
/// with the person happened, not a party of its own. A MEETING between a party and a place is
/// dropped when a MEETING of that party with a person, of the same modality, follows within a few
/// words in the same sentence ("met Putin, but he did not visit Kyiv" keeps both).
fn drop_visited_places(ctx: &Ctx, found: &mut Vec<frames::Found>) {
    const NEAR: usize = 8;
    let label = |e: usize| ctx.merged.entities.get(e).map(|x| x.label);
    let place = |e: usize| matches!(label(e), Some(Label::Gpe | Label::Loc | Label::Fac));
    let person = |e: usize| label(e) == Some(Label::Person);
    // (party, trigger token, modality) of every meeting of a party with a person.
    let mut meets_person: Vec<(usize, usize, Modality)> = Vec::new();
    for f in found.iter().filter(|f| f.kind == RelationType::Meeting) {
        if person(f.target) {
            meets_person.push((f.source, f.trigger_tokens.0, f.modality));
        }
        if person(f.source) {
            meets_person.push((f.target, f.trigger_tokens.0, f.modality));
        }
    }
    crate::sort::sort_by_key(&mut meets_person, |x| (x.0, x.1));
    let followed = |party: usize, end: usize, m: Modality| {
        let i = meets_person.partition_point(|x| (x.0, x.1) <= (party, end));
        meets_person[i..]
            .iter()
            .take_while(|x| x.0 == party && x.1 <= end + NEAR)
            .any(|x| x.2 == m && ctx.sentence_of(x.1) == ctx.sentence_of(end))
    };
    // "visited Lucknow", "visited Sunamganj", "toured Bavaria": a place that is no state nor a
    // state's capital (a city, a region, a district no list knows, a natural place or a
    // building) is where one went, never a party one met ("visited Beijing" is a state
    // visit). Held with a capital, talks are with its state, a party only when that state is an
    // entity (`Ctx::party`): "talks with Moscow" in a text naming no Russia meet no one.
    let lx = super::lexicon::lexicon();
    let mut buf = String::new();
    // (a place that is no party, a capital standing for its state).
    let mut no_party = |e: usize| {
        let Some(x) = ctx.merged.entities.get(e) else {
            return (false, false);
        };
        match x.label {
            Label::Loc | Label::Fac => (true, false),
            Label::Gpe => match lx.get_any(&x.name, &mut buf) {
                Some(l) if l.country.is_some() => (false, false),
                Some(l) if l.capital.is_some() => (false, true),
                _ => (true, false),
            },
            _ => (false, false),
        }
    };
    // Only a visit's place: "held talks with Quebec" keeps the province as a party.
    let visit = |f: &frames::Found| ctx.is_visit(f.trigger_tokens.0);
    found.retain(|f| {
        if f.kind != RelationType::Meeting {
            return true;
        }
        let ((s_place, s_capital), (t_place, t_capital)) = (no_party(f.source), no_party(f.target));
        let visit = visit(f);
        if visit && (s_place || t_place) || !visit && (s_capital || t_capital) {
            return false;
        }
        let visited = |p: usize, other: usize| {
            place(p) && !place(other) && followed(other, f.extent.1, f.modality)
        };
        !(visited(f.target, f.source) || visited(f.source, f.target))
    });
}

/// Most tokens between a share and the owned party ("32 percent of X", "a 20% stake in X").
const SHARE_GAP: usize = 4;

/// Most tokens between a share and its trigger ("51% owned by", "49% is held by").
const TRIGGER_GAP: usize = 2;

/// The share an OWNERSHIP relation states: the entity of the PERCENT mention nearest before the
/// owned party's mention, at most [`SHARE_GAP`] tokens before it ("owns 20% of A and 30% of B"
/// gives each its own), else one right before the trigger, at most [`TRIGGER_GAP`] tokens and
/// only "be", an auxiliary, a share adverb or a hyphen between ("A is 51% owned by Y", "a 20%
/// stake in A"), else the first after the owner's mention, at most [`SHARE_GAP`] tokens and no
/// party or comma between ("in which Y holds a 15% stake", "and B 49%"; the comma closing an
/// apposition before a verb of holding may: "its largest shareholder, Y, holds 22%"). Inside what the
/// relation was read from and the trigger's sentence.
fn share_of(ctx: &Ctx, f: &frames::Found) -> Option<usize> {
    if f.kind != RelationType::Ownership {
        return None;
    }
    let (t0, t1) = f.trigger_tokens;
    let (lo, hi) = ctx.bounds(t0);
    let from = f.extent.0.min(t0.saturating_sub(SHARE_GAP)).max(lo);
    let to = f.extent.1.max(t1 + SHARE_GAP).min(hi.saturating_sub(1));
    // (first token, last token, mention) of each PERCENT, and the first token of each mention
    // of the owned party, in the window.
    let mut shares: Vec<(usize, usize, usize)> = Vec::new();
    let mut owned: Vec<usize> = Vec::new();
    let mut j = from;
    while j <= to {
        let Some(m) = ctx.cover(j) else {
            j += 1;
            continue;
        };
        let t = &ctx.mentions[m].tokens;
        if ctx.mentions[m].label == Label::Percent {
            shares.push((t.start, t.end - 1, m));
        } else if ctx.party(m).unwrap_or_else(|| ctx.entity_of(m)) == f.target {
            owned.push(t.start);
        }
        j = t.end.max(j + 1);
    }
    // No comma between: "whose profit rose 12%, acquired X" states no share.
    let open = |from: usize, to: usize| !(from..to).any(|k| ctx.is_punct(k, &[',']));
    let before_owned = owned.iter().find_map(|&o| {
        shares
            .iter()
            .filter(|s| s.1 < o && o - s.1 <= SHARE_GAP && open(s.1, o))
            .max_by_key(|s| s.1)
    });
    // Right before the trigger, past only a form of "be", an auxiliary, an adverb of how it is
    // owned or a hyphen ("51% owned by", "49% is held by", "51%-owned by"): "rose 9% after
    // buying X" states no share.
    let joins = |k: usize| {
        ctx.class(k) & (ctx::class::BE | ctx::class::AUX | ctx::class::SHARE_ADV) != 0
            || ctx.is_punct(k, &['-'])
    };
    let near_trigger = || {
        shares
            .iter()
            .filter(|s| s.1 < t0 && t0 - s.1 <= TRIGGER_GAP && (s.1 + 1..t0).all(joins))
            .max_by_key(|s| s.1)
    };
    // "in which Y holds a 15% stake", "A will hold 51% and B 49%": right after the owner's
    // mention and its verb, with no other party between.
    let after_owner = || {
        (from..=to)
            .filter_map(|j| ctx.mention_ending_at(j))
            .filter(|&m| ctx.party(m) == Some(f.source))
            .find_map(|m| {
                let mut e = ctx.mentions[m].tokens.end;
                // "its largest shareholder, Y, holds 22%": the comma closing an apposition.
                if ctx.holding_after_comma(e).is_some() {
                    e += 1;
                }
                shares
                    .iter()
                    .filter(|s| s.0 >= e && s.0 - e <= SHARE_GAP && open(e, s.0))
                    .find(|s| (e..s.0).all(|k| ctx.cover(k).is_none()))
            })
    };
    // "is owned 62% by Y": inside the trigger's words.
    let inside = || shares.iter().find(|s| s.0 > t0 && s.1 < t1);
    before_owned
        .or_else(inside)
        .or_else(near_trigger)
        .or_else(after_owner)
        .map(|s| ctx.entity_of(s.2))
}

/// Date of a relation: a DATE or TIME expression inside its words or just next to them
/// (up to four tokens after, three before, same sentence), else one after the trigger in the
/// trigger's clause, else for a meeting the date of an
/// event of the same sentence whose participants include both parties. Vague values
/// ("PAST_REF") are not dates.
fn date_of(
    ctx: &Ctx,
    f: &frames::Found,
    timexes: &[TimexDraft],
    events: &[EventDraft],
) -> (Option<String>, Option<usize>) {
    let toks = &ctx.doc.tokens;
    let s = &ctx.doc.sentences[ctx.sentence_of(f.trigger_tokens.0)];
    let (a, b) = f.extent;
    let inner = (toks[a].start(), toks[b].end());
    let before = toks[a.saturating_sub(3).max(s.tokens().start)].start();
    let after = toks[(b + 4).min(s.tokens().end.saturating_sub(1)).max(b)].end();
    // "X supplies A to Y, and in 2019 it provided B": a time expression in one of two
    // coordinated finite clauses dates that clause's verb only (one after the verb of the
    // clause before, or anywhere in the clause after); other clauses ("in June to hold talks",
    // "in February, where he met") lend theirs.
    let clause_at = |byte: usize| super::clause::containing(ctx.clauses, ctx.words, byte);
    let coordinated = |c: &super::clause::Clause| {
        c.verb.tense != super::clause::Tense::None
            && c.words()
                .map(|j| ctx.words.at(j))
                .find(|w| w.upos != Upos::Punct)
                .is_some_and(|w| w.upos == Upos::Cconj)
    };
    let own = clause_at(toks[f.trigger_tokens.0].start());
    let attached = |t: &TimexDraft| {
        let (Some(c), Some(tc)) = (own, clause_at(t.start)) else {
            return true;
        };
        let (cs, _) = c.span(ctx.words);
        let (ts, _) = tc.span(ctx.words);
        if ts == cs {
            true
        } else if ts > cs {
            !(coordinated(tc) && c.verb.tense != super::clause::Tense::None)
        } else {
            !(coordinated(c)
                && tc.verb.tense != super::clause::Tense::None
                && t.start >= tc.verb.span(ctx.words).1)
        }
    };
    // A dateline's date, a "2004-built" modifier, "the agreement dated ...": no event's time
    // (`events::not_the_events_time`), nor a relation's.
    let sentence = (s.start(), s.end());
    let usable = |i: usize, t: &TimexDraft| {
        !super::events::not_the_events_time(ctx.doc.text, sentence, timexes, i)
            && matches!(t.kind, TimexType::Date | TimexType::Time)
            && t.value.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && attached(t)
            && !in_other_relative(ctx, f.trigger_tokens.0, t.start)
            && !prenominal(ctx, t)
    };
    // Where first: `usable` looks clauses up, and it ran for every time expression of the
    // document, for every relation (69% of a 1 MB document's analysis).
    let pick = |lo: usize, hi: usize| {
        timexes
            .iter()
            .enumerate()
            .find(|&(i, t)| t.start >= lo && t.end <= hi && usable(i, t))
            .map(|(i, t)| (Some(t.value.clone()), Some(i)))
    };
    // "had supplied Russia with X and millions of Y since late 2023": else one after the
    // trigger in its own clause, however many words of goods stand between; else one opening
    // that clause ("Last month, the European Union imposed sanctions on Y"). Not for a job
    // title: "its chief executive, X, will step down in June" dates the stepping down, and
    // "Commerce Secretary X said last week" the speech.
    let titled = f.kind == RelationType::Employment
        && matches!(
            ctx.words.upos_starting_at(toks[f.trigger_tokens.1].start()),
            Some(Upos::Noun | Upos::Propn | Upos::Adj)
        );
    let rest = || {
        if titled {
            return None;
        }
        let (start, end) = own?.span(ctx.words);
        pick(toks[f.trigger_tokens.0].start(), end).or_else(|| pick(start, inner.0))
    };
    // Nor the words around a title: "Commerce Secretary X said last week" dates the speech.
    let near = || if titled { None } else { pick(before, after) };
    if let Some(d) = pick(inner.0, inner.1).or_else(near).or_else(rest) {
        return d;
    }
    if f.kind == RelationType::Meeting {
        if let Some(e) = events.iter().find(|e| {
            e.sentence.0 <= toks[a].start()
                && toks[b].end() <= e.sentence.1
                && e.participants.contains(&f.source)
                && e.participants.contains(&f.target)
                && e.date != UNDATED
                && e.date.as_bytes().first().is_some_and(u8::is_ascii_digit)
        }) {
            return (Some(e.date.clone()), e.timex);
        }
    }
    (None, None)
}

/// Whether time expression `t` modifies the noun after it, between a determiner and that noun
/// ("for his role in a December 2025 shipment", "over its 2019 report"): the thing's date,
/// not the relation's. Not after a preposition of time ("since the 2022 invasion" dates a
/// supply from then).
fn prenominal(ctx: &Ctx, t: &TimexDraft) -> bool {
    let toks = &ctx.doc.tokens;
    let k = toks.partition_point(|x| x.start() < t.start);
    let e = toks.partition_point(|x| x.start() < t.end);
    let word = |j: usize| ctx.doc.tok_text(j).to_ascii_lowercase();
    let noun_after = e < toks.len()
        && ctx.doc.same_sentence(k, e)
        && ctx.words.upos_starting_at(toks[e].start()) == Some(Upos::Noun);
    let det = k >= 1
        && matches!(
            word(k - 1).as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "this" | "that"
        );
    let timed = k >= 2
        && matches!(
            word(k - 2).as_str(),
            "since" | "after" | "before" | "until" | "following" | "during"
        );
    noun_after && det && !timed
}

/// Whether the time expression starting at byte `at` stands in a relative clause set off by
/// commas (", which was founded in 1998,") that does not hold the trigger (token `trigger`):
/// it dates that clause, not the relation ("X, chief executive of Y, which was founded in
/// 1998, visited Chad three days ago").
fn in_other_relative(ctx: &Ctx, trigger: usize, at: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let k = toks.partition_point(|t| t.start() < at);
    let first = ctx.doc.sentences[ctx.sentence_of(k.min(toks.len().saturating_sub(1)))]
        .tokens()
        .start;
    let Some(comma) = (first..k).rev().find(|&j| ctx.is_punct(j, &[','])) else {
        return false;
    };
    if comma + 1 >= k || !super::clause::is_relative_pronoun(ctx.doc.tok_text(comma + 1)) {
        return false;
    }
    let close = (k..toks.len())
        .take_while(|&j| ctx.doc.same_sentence(j, k))
        .find(|&j| ctx.is_punct(j, &[',']))
        .unwrap_or(toks.len());
    !(comma < trigger && trigger < close)
}

/// The contract's relations: ids "R1".. in text order, entity ids "E<n>", code point and
/// UTF-16 spans, time expression ids "T<n>".
pub fn to_model(
    drafts: &[RelationDraft],
    map: &super::offsets::OffsetMap,
) -> Vec<super::model::Relation> {
    let eid = |e: usize| crate::engine::id('E', e + 1);
    drafts
        .iter()
        .enumerate()
        .map(|(i, r)| super::model::Relation {
            id: crate::engine::id('R', i + 1),
            kind: r.kind,
            source: eid(r.source),
            target: eid(r.target),
            items: r.items.iter().map(|&e| eid(e)).collect(),
            share: r.share.map(eid),
            modality: r.modality,
            sentence: [map.char_at(r.sentence.0), map.char_at(r.sentence.1)],
            sentence16: [map.utf16_at(r.sentence.0), map.utf16_at(r.sentence.1)],
            trigger: [map.char_at(r.trigger.0), map.char_at(r.trigger.1)],
            date: r.date.clone(),
            timex: r.timex.map(|t| crate::engine::id('T', t + 1)),
        })
        .collect()
}
