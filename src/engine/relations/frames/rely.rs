//! SUPPLY read from a dependence (the `rely` frame): "Nexel relies on Tamsa to make its
//! chips", "Halden depends on Brekke AS for steel plates". The party after "on" (an
//! organisation or a state) supplies the goods of the "for" phrase, or the object of an
//! infinitive of making or supplying right after the phrase (`make` in `words.tsv`), to the
//! clause's subject. No goods, no relation ("relies on Tamsa for advice" names none a list
//! knows; "depends on the weather" names no party).

use super::super::ctx::class::MAKE;
use super::super::ctx::Ctx;
use super::common::Found;
use super::contract::supplied_for;
use super::supply_obtain::goods_of;
use crate::engine::clause::Clause;
use crate::engine::model::Label;

/// "X relies on Y for GOODS", "X relies on Y to make GOODS": Y supplies the goods to X, with
/// the subject's modality.
pub(super) fn rely(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(c) = ctx.verb_clause(a).filter(|c| !c.verb.passive) else {
        return;
    };
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let on = (&["on", "upon"][..], &[Label::Org, Label::Gpe][..]);
    supplied_for(ctx, c, &subj, on, (a, b), |c| made_after(ctx, c), out);
}

/// The goods of a subjectless infinitive of making right after clause `c` ("to make its
/// chips"), when the dependence names none after "for".
fn made_after(ctx: &Ctx, c: &Clause) -> Vec<usize> {
    let mut items = Vec::new();
    if let Some(m) = making_after(ctx, c) {
        for g in m.objects_after_verb(ctx.words) {
            goods_of(ctx, m, g, &mut items);
        }
    }
    items
}

/// The clause right after `c` in its sentence when it is a subjectless infinitive of making
/// or supplying ("to manufacture its chips").
fn making_after<'c>(ctx: &'c Ctx, c: &Clause) -> Option<&'c Clause> {
    let end = c.span(ctx.words).1;
    let i = ctx.clauses.partition_point(|x| x.span(ctx.words).0 < end);
    let next = ctx
        .clauses
        .get(i)
        .filter(|n| n.sentence == c.sentence && n.subject.is_none())?;
    let (v0, _) = next.verb.span(ctx.words);
    let to = ctx.token_starting_at(v0)?;
    (ctx.doc.tok_text(to).eq_ignore_ascii_case("to")
        && ctx.word_class(next.verb.lemma.as_str()) & MAKE != 0)
        .then_some(next)
}
