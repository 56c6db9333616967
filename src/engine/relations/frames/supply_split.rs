//! SUPPLY objects the earlier stages cut off: a pronoun recipient coreference left unresolved
//! ("X supplied Kyiv with A, and Y sold it B": "it" is the recipient of the supply before it
//! in the sentence), and a double object the chunker ended at the verb or its pronoun object,
//! reading the next words as a clause of their own ("sold it | Vardo patrol boats built by Z",
//! "sold | Ukraine armoured vehicles": a participle taken for that clause's verb).
//!
//! Input: a [`Ctx`], the trigger's clause and the relations found before it. Output: the
//! recipient and the goods. Reads only the trigger's clause, the one right after it in the
//! sentence, and the relations already found. Also the state opening a first object before its
//! goods, the recipient of a double object the chunker kept whole ("supplied Kyiv artillery
//! shells").

use super::super::ctx::class::PRONOUN;
use super::super::ctx::{Ctx, Parties};
use super::common::Found;
use crate::engine::clause::{Clause, Group, PrepPhrase, SubjectSource, Tense};
use crate::engine::model::{Label, RelationType};
use crate::engine::pos::Upos;

/// "and Norway sold it B": an object "it" no coreference resolved stands for the recipient of
/// the SUPPLY stated last before token `a` in its sentence, when that trigger names one
/// recipient, a state or an organisation.
pub(super) fn earlier_recipient(ctx: &Ctx, out: &[Found], g: &Group, a: usize) -> Option<Parties> {
    let k = ctx.token_starting_at(g.span(ctx.words).0)?;
    if ctx.token_ending_at(g.span(ctx.words).1) != Some(k) || !ctx.is(k, "it") {
        return None;
    }
    if ctx.resolved_at(k).is_some() {
        return None;
    }
    let s = ctx.sentence_of(a);
    let last = out.iter().rev().find(|f| {
        f.kind == RelationType::Supply
            && f.trigger_tokens.1 < a
            && ctx.sentence_of(f.trigger_tokens.0) == s
    })?;
    let target = last.target;
    let one = out
        .iter()
        .filter(|f| f.kind == RelationType::Supply && f.trigger_tokens == last.trigger_tokens)
        .all(|f| f.target == target);
    let label = ctx.label_of_entity(target)?;
    (one && matches!(label, Label::Gpe | Label::Org)).then(|| Parties {
        entities: vec![target],
        first: k,
        last: k,
    })
}

/// "bought 900 gearboxes from X and resold them to Y": a plural pronoun object ("them") stands
/// for the goods of the SUPPLY stated last before token `a`, in its sentence or the one
/// before, when that one names goods.
pub(super) fn earlier_goods(ctx: &Ctx, out: &[Found], g: &Group, a: usize) -> Option<Vec<usize>> {
    let k = ctx.token_starting_at(g.span(ctx.words).0)?;
    if ctx.token_ending_at(g.span(ctx.words).1) != Some(k) || !ctx.is(k, "them") {
        return None;
    }
    let s = ctx.sentence_of(a);
    let last = out.iter().rev().find(|f| {
        f.kind == RelationType::Supply
            && f.trigger_tokens.1 < a
            && ctx.sentence_of(f.trigger_tokens.0) + 1 >= s
    })?;
    (!last.items.is_empty()).then(|| last.items.clone())
}

/// The clause right after `c` in its sentence when it runs on from `c`'s last word (nothing
/// but spaces between), has its own subject and a one-word past verb: a participle the tagger
/// read as a new clause's verb ("Vardo patrol boats built by", "Ukraine armoured vehicles").
/// Only when `c` has no complement and no object but a pronoun.
fn run_on<'c>(ctx: &'c Ctx, c: &Clause) -> Option<&'c Clause> {
    if !c.preps().is_empty() || c.objects().len() > 1 {
        return None;
    }
    if let Some(o) = c.objects().first() {
        let k = ctx.token_starting_at(o.span(ctx.words).0)?;
        let one = ctx.token_ending_at(o.span(ctx.words).1) == Some(k);
        if !one || !(ctx.is(k, "it") || ctx.has(k, PRONOUN)) {
            return None;
        }
    }
    let (_, end) = c.span(ctx.words);
    let i = ctx.clauses.partition_point(|x| x.span(ctx.words).0 < end);
    let r = ctx.clauses.get(i).filter(|r| r.sentence == c.sentence)?;
    let gap = ctx.doc.text.get(end..r.span(ctx.words).0)?;
    let one_word = r.verb.words().len() == 1;
    (gap.trim().is_empty()
        && one_word
        && r.verb.tense == Tense::Past
        && r.subject_source == SubjectSource::Own
        && r.subject.is_some())
    .then_some(r)
}

/// Goods and recipient of a give clause `c` whose double object the chunker cut off (see
/// [`run_on`]): with a pronoun object, the goods are the next clause's subject and the
/// pronoun's recipient is `pronoun` (resolved by the caller); with no object, a state opening
/// the next clause receives the goods named after it, before any preposition. The recipient,
/// the goods and the last token read.
pub(super) fn cut_double_object(
    ctx: &Ctx,
    c: &Clause,
    pronoun: Option<Parties>,
) -> Option<(Parties, Vec<usize>, usize)> {
    let r = run_on(ctx, c)?;
    let subject = r.subject.as_ref()?;
    let lo = ctx.token_starting_at(r.span(ctx.words).0)?;
    let (recipient, from, to) = match (pronoun, c.objects().is_empty()) {
        (Some(p), false) => (p, lo, ctx.token_starting_at(r.verb.span(ctx.words).0)?),
        (None, true) => {
            let m = ctx.mention_starting_at(lo)?;
            let e = ctx.party(m)?;
            let last = ctx.mentions[m].tokens.end - 1;
            if ctx.label_of_entity(e) != Some(Label::Gpe) || ctx.possessive(last) {
                return None;
            }
            let stop = r
                .preps()
                .first()
                .map_or(r.span(ctx.words).1, |p| p.prep().0);
            let end = ctx.end_of_sentence_before(last + 1);
            let to = (last + 1..end)
                .find(|&k| ctx.doc.tokens[k].start() >= stop)
                .unwrap_or(end);
            let p = Parties {
                entities: vec![e],
                first: lo,
                last,
            };
            (p, last + 1, to)
        }
        _ => return None,
    };
    let mut items = Vec::new();
    let mut hi = from;
    let mut k = from;
    while k < to {
        match ctx.mention_starting_at(k) {
            Some(m) => {
                let end = ctx.mentions[m].tokens.end;
                if end > to {
                    break;
                }
                if let Some(it) = ctx.item(m).filter(|it| !items.contains(it)) {
                    items.push(it);
                    hi = end - 1;
                }
                k = end.max(k + 1);
            }
            None => k += 1,
        }
    }
    if items.is_empty() {
        // "sold it Vardo patrol boats": goods no list knows, after the trigger's trade verb.
        let g = if c.objects().is_empty() {
            r.objects().first()?
        } else {
            subject
        };
        let (e, l) = ctx.unlisted_goods(c, g)?;
        items.push(e);
        hi = l;
    }
    Some((recipient, items, hi))
}

/// The state or city named at the start of object group `g` when goods follow it in the
/// group ("Kyiv artillery shells").
pub(super) fn leading_state(ctx: &Ctx, g: &Group) -> Option<Parties> {
    let k = ctx.token_starting_at(g.span(ctx.words).0)?;
    let m = ctx.mention_starting_at(k)?;
    let last = ctx.mentions[m].tokens.end - 1;
    let (items, _) = ctx.group_items(g);
    // Listed goods right after the state, or goods no list knows read there ("Ukraine tanks"),
    // past up to three numbers, determiners and adjectives ("Latvia four new radars").
    let tokens = &ctx.doc.tokens;
    let mut at = last + 1;
    while at < (last + 4).min(tokens.len())
        && (ctx.words.upos_starting_at(tokens[at].start()))
            .is_some_and(|u| matches!(u, Upos::Num | Upos::Det | Upos::Adj))
    {
        at += 1;
    }
    let goods_after = ctx
        .mention_starting_at(at)
        .is_some_and(|after| items.contains(&ctx.entity_of(after)))
        || ctx.new_goods.borrow().0.iter().any(|x| x.0 == at);
    let e = ctx.party(m)?;
    (ctx.label_of_entity(e) == Some(Label::Gpe) && goods_after && !ctx.possessive(last)).then(
        || Parties {
            entities: vec![e],
            first: k,
            last,
        },
    )
}

/// "to A, based in Shenzhen, and to B": the clause stage reads the participle set off after
/// `c`'s last complement as a clause of its own, which takes the "to" phrase joined by ", and"
/// after it; that phrase is `c`'s. Only when the next clause has no subject of its own and
/// opens with its verb right after a comma.
pub(super) fn to_after_participle<'c>(ctx: &'c Ctx, c: &Clause) -> Vec<&'c PrepPhrase> {
    let text = ctx.doc.text;
    let (_, end) = c.span(ctx.words);
    let i = ctx.clauses.partition_point(|x| x.span(ctx.words).0 < end);
    let Some(r) = ctx.clauses.get(i).filter(|r| {
        r.sentence == c.sentence
            && r.subject_source != SubjectSource::Own
            && text
                .get(end..r.verb.span(ctx.words).0)
                .is_some_and(|g| g.trim() == ",")
    }) else {
        return Vec::new();
    };
    let mut from = r.verb.span(ctx.words).1;
    let mut out = Vec::new();
    for p in r.preps() {
        let gap = text.get(from..p.prep().0).unwrap_or("").trim();
        let to = text[p.prep().0..p.prep().1].eq_ignore_ascii_case("to");
        if to && gap.ends_with("and") && gap.trim_end_matches("and").trim() == "," {
            out.push(p);
        }
        from = p.span(ctx.words).1;
    }
    out
}
