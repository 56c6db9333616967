//! Passives the verb group alone does not show, and words that deny or hedge what a label
//! says.
//!
//! * A bare past participle right before "by", in a clause whose subject is shared with
//!   the clause before ("Olsen was questioned on Monday and charged by city police a week
//!   later") or set off by a comma after its noun ("the mill, bought by Norvik in 2019,
//!   ..."): passive, the "by" phrase its agent ("City police charge Olsen"), and in the
//!   second case the noun before the comma its subject.
//! * `[near_misses]` adverbs before the verb ("their ferries nearly collided") stay in the
//!   label: the act did not happen, and "Ferries collide" would assert it.
//! * `[negative_subjects]` ("nobody", "none") are written as the subject: a label without
//!   them reverses what the clause says (`forms::negative_subject`, read by `sources`).
//!
//! Input: [`Sources`] and one clause. Output: borrowed groups and words of the analysis.

use super::sources::Sources;
use crate::engine::clause::{Clause, Group, PrepPhrase, SubjectSource, VerbGroup};
use crate::engine::events::words;
use crate::engine::pos::Upos;

/// A passive [`VerbGroup::passive`] misses: its agent phrase, and the subject a reduced
/// relative describes when the clause's own is not it.
pub(super) struct BarePassive<'c> {
    pub agent: &'c PrepPhrase,
    pub subject: Option<&'c Group>,
    /// Set off after a noun no clause holds as a group: the subject is unknown, and the
    /// clause's own (the speaker of "X said the club, owned by Y, ...") is not it.
    pub lost: bool,
}

/// See the module comment: `None` unless `v` (clause `c`'s verb group, maybe repaired) is
/// one past participle with "by" right after it. For a group already passive only `subject`
/// counts.
pub(super) fn bare_passive<'c>(
    src: &Sources<'c, '_>,
    c: &'c Clause,
    v: &VerbGroup,
) -> Option<BarePassive<'c>> {
    use crate::engine::clause::verb::is_past_form;
    if v.words().len() != 1 {
        return None;
    }
    let head = src.words.get(v.head()).filter(|w| w.upos == Upos::Verb)?;
    if !is_past_form(&src.text(head.start(), head.end()).to_lowercase(), true) {
        return None;
    }
    let agent = c.preps().iter().find(|p| p.prep().0 >= head.end())?;
    let by = src
        .text(agent.prep().0, agent.prep().1)
        .eq_ignore_ascii_case("by");
    if !by || !src.text(head.end(), agent.prep().0).trim().is_empty() {
        return None;
    }
    let raw = crate::engine::text::before(src.doc.text, head.start());
    let from = head.start() - raw.len();
    let before = raw.trim_end();
    let set_off = before.ends_with(',');
    // The noun group ending right before the comma, in a clause of the sentence.
    let end = from + before.trim_end_matches(',').trim_end().len();
    let subject = set_off
        .then(|| {
            let i = src.clauses.partition_point(|x| x.sentence < c.sentence);
            src.clauses[i..]
                .iter()
                .take_while(|x| x.sentence == c.sentence)
                .flat_map(|x| {
                    x.subject
                        .iter()
                        .chain(x.objects().iter())
                        .chain(x.preps().iter().map(|p| &p.object))
                })
                .find(|g| g.span(src.words).1 == end)
        })
        .flatten();
    // A participle the clause stage already read as passive ("the club, owned by X", its
    // subject taken from the clause before) keeps its voice and takes the noun before the comma.
    let shared = c.subject_source != SubjectSource::Own;
    let lost = set_off && subject.is_none();
    (v.passive || shared && !set_off || subject.is_some()).then_some(BarePassive {
        agent,
        subject,
        lost,
    })
}

/// "scored 19 goals last season after joining Genk in 2024": a gerund opened by a
/// `[gerund_openers]` word has no subject of its own; the act is its sentence's last subject's
/// before it ("Okafor joins Genk"), so a date inside it dates that act, not the main clause's.
/// Not after a comma ("Elian, after losing ...": the subject follows).
pub(super) fn gerund_subject<'a>(src: &Sources<'a, '_>, c: &Clause) -> Option<&'a Group> {
    if c.subject.is_some() {
        return None;
    }
    let first = src.words.get(c.verb.words().start)?;
    let opener = src.words.get(c.verb.words().start.checked_sub(1)?)?;
    let gerund = src.text(first.start(), first.end()).ends_with("ing");
    let listed = words::lists()
        .gerund_openers
        .iter()
        .any(|w| w.eq_ignore_ascii_case(src.text(opener.start(), opener.end())));
    // "Elian, after losing his mother, needs ...": after a comma the gerund is an adjunct of
    // the clause that follows, whose subject the clause stage has not given it.
    let comma = crate::engine::text::before(src.doc.text, opener.start())
        .trim_end()
        .ends_with(',');
    if !gerund || !listed || comma {
        return None;
    }
    let i = src
        .clauses
        .partition_point(|x| x.words().start < c.words().start);
    src.clauses[..i]
        .iter()
        .rev()
        .take_while(|x| x.sentence == c.sentence)
        .find_map(|x| x.subject.as_ref())
}

/// The `[near_misses]` adverb ("nearly", "almost") in verb group `v` or right before it.
pub(super) fn near_miss<'s>(src: &'s Sources, v: &VerbGroup) -> Option<&'s str> {
    let lists = words::lists();
    (v.words().start.saturating_sub(1)..v.head()).find_map(|j| {
        let w = src.words.get(j).filter(|w| w.upos == Upos::Adv)?;
        let t = src.text(w.start(), w.end());
        lists
            .near_misses
            .iter()
            .any(|n| n.eq_ignore_ascii_case(t))
            .then_some(t)
    })
}
