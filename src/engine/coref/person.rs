//! Person pronouns (he/she/his/her/him): candidates, binding, gender and number agreement,
//! and the story's main person of a gender.

use super::super::merge::{gender, Merged};
use super::super::model::Label;
use super::super::pos::{Upos, Word};
use super::super::text::Doc;
use super::super::typing::TypedMention;
use super::ctx::Ctx;
use super::words::{nouns, NounClass};

/// Gender bits of an entity and of a pronoun.
pub(super) const MALE: u8 = gender::MALE;
pub(super) const FEMALE: u8 = gender::FEMALE;

/// Is a name's last word one that names a firm or a group, never a "he" or "she"?
fn plural_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    let w = crate::engine::lexicon::words::words();
    nouns().get(last.as_str()) == Some(&NounClass::Plural)
        || w.sector_words.contains(&last.as_str())
        || w.org_suffixes.contains(&last.as_str())
        || (crate::engine::lexicon::lexicon().get(&last))
            .and_then(|e| e.designator)
            .is_some_and(|(l, _)| l == Label::Org)
}

/// The gender a person's name shows before any pronoun: an honorific or kin noun written right
/// before a mention ("Mrs Kell", "her son, Anders Olsen") or in apposition after it ("Anders
/// Olsen, her son,"), else a listed given name opening it ("Mary", `HE`/`SHE` rows) or its
/// ending ("Greta").
pub(super) fn name_genders(
    doc: &Doc,
    mentions: &[TypedMention],
    merged: &Merged,
) -> (Vec<u8>, Vec<u32>) {
    let n = merged.entities.len();
    let (mut gender, mut weight) = (vec![0u8; n], vec![0u32; n]);
    let bit = gender::honorific;
    for (m, &e) in mentions.iter().zip(&merged.mention_entity) {
        if merged
            .entities
            .get(e)
            .is_none_or(|x| x.label != Label::Person)
        {
            continue;
        }
        weight[e] += 1;
        let before = super::super::text::before(doc.text, m.start).trim_end();
        gender[e] |= bit(before.rsplit(char::is_whitespace).next().unwrap_or(""));
        // "Anders Olsen, her son, said": a kin noun after a comma and a determiner.
        if let Some(rest) = doc.text[m.end..].strip_prefix(", ") {
            let mut w = rest.split(' ');
            if let (Some("his" | "her" | "their" | "the" | "a"), Some(noun)) = (w.next(), w.next())
            {
                gender[e] |= bit(noun);
            }
        }
    }
    for (e, x) in merged.entities.iter().enumerate() {
        if gender[e] == 0 && x.label == Label::Person {
            gender[e] = gender::given_name(x.name.split(' ').next().unwrap_or(""));
        }
    }
    (gender, weight)
}

impl Ctx<'_, '_> {
    /// Does entity `e` agree with a pronoun of gender `g`: a person, not named like a firm or a
    /// group ("Dunmore Brothers"), and not known to be of the other gender?
    pub(super) fn agrees(&self, e: usize, g: u8) -> bool {
        let Some(x) = self.merged.entities.get(e) else {
            return false;
        };
        let gender = self.gender.get(e).copied().unwrap_or(0);
        x.label == Label::Person && !plural_name(&x.name) && (gender & g != 0 || gender == 0)
    }

    /// The story's main person of gender `g` (most mentions, at least three), if not `bound`.
    pub(super) fn main_person(&self, g: u8, bound: &[Option<usize>]) -> Option<usize> {
        let m = self.main[usize::from(g == FEMALE)]?;
        (self.gender[m] == g && self.weight[m] >= 3 && !bound.contains(&Some(m))).then_some(m)
    }

    /// A pronoun of gender `g` resolved to `e`: `e` has that gender and one more mention.
    pub(super) fn learn(&mut self, start: usize, end: usize, e: usize, g: u8) {
        if let (Some(x), Some(n)) = (self.gender.get_mut(e), self.weight.get_mut(e)) {
            *x |= g;
            *n += 1;
            self.chain.push((start, end, e));
        }
        for (k, g) in [MALE, FEMALE].into_iter().enumerate() {
            if self.gender[e] == g && self.main[k].is_none_or(|m| self.weight[e] > self.weight[m]) {
                self.main[k] = Some(e);
            }
        }
    }

    /// Named person mentions and pronouns already resolved that end before `at` and start in
    /// sentences `from..`, as (end byte, entity), nearest first.
    pub(super) fn person_candidates(&self, at: usize, from: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = (self.recent(at, from, &[Label::Person]).iter())
            .map(|&(i, e)| (self.mentions[i].end, e))
            .collect();
        for &(start, end, e) in self.chain.iter().rev() {
            if self.sentence_of(start) < from {
                break;
            }
            if end <= at {
                out.push((end, e));
            }
        }
        crate::sort::sort_by_key(&mut out, |x| std::cmp::Reverse(x.0));
        out
    }

    /// he / she / his / him ... of gender `g`: see the module comment.
    pub(super) fn person_pronoun(
        &self,
        w: &Word,
        ci: Option<usize>,
        object: bool,
        possessive: bool,
        g: u8,
    ) -> Option<usize> {
        let s = self.sentence_of(w.start());
        let from = s.saturating_sub(1);
        let own_subject = ci.and_then(|c| self.subject_of(c));
        // Binding: an object is not its clause's subject, nor is a pronoun in a copula's
        // complement ("who became her husband"); an object form that is an infinitive's
        // subject ("he told her to leave") is not the subject of the clause before.
        let clause = ci.map(|c| &self.clauses[c]);
        let after_copula = clause.is_some_and(|c| {
            nouns().get(c.verb.lemma.as_str()) == Some(&NounClass::Copula)
                && w.start() >= c.verb.span(self.words).1
        });
        let as_subject = clause.and_then(|c| c.subject.as_ref()).is_some_and(|sg| {
            sg.span(self.words).0 <= w.start() && w.end() <= sg.span(self.words).1
        });
        // "Her son, Tobias Voss, confirmed": a possessive inside the subject modifies its head
        // and is not the subject itself.
        let mut bound = [None, None];
        if object || after_copula || (possessive && as_subject) {
            bound[0] = own_subject;
        }
        // "A and his Brazilian counterpart B signed": a possessive opening the noun phrase the
        // subject ends (only adjectives and nouns between) is not that subject, whose head it
        // modifies; "In his speech, B said" (a comma between) may be.
        let opens_subject = clause.and_then(|c| c.subject.as_ref()).is_some_and(|sg| {
            let i = self.words.partition_point(|x| x.start() < w.end());
            let to = sg.words().start;
            // "In his speech Holm said": a possessive inside a prepositional phrase may.
            let after_adp = i >= 2 && self.words.upos(i - 2) == Upos::Adp;
            !after_adp
                && i <= to
                && self
                    .words
                    .range(i..to)
                    .all(|x| matches!(x.upos, Upos::Adj | Upos::Noun | Upos::Propn))
        });
        if let (true, true, Some(c)) = (object, as_subject, ci) {
            bound[1] = (c.checked_sub(1))
                .filter(|&p| self.clauses[p].sentence == self.clauses[c].sentence)
                .and_then(|p| self.subject_of(p));
        }
        let free = |e: usize| self.agrees(e, g) && !bound.contains(&Some(e));
        if possessive && !after_copula && !opens_subject && !as_subject {
            if let Some(e) = own_subject.filter(|&e| free(e)) {
                return Some(e);
            }
        }
        let mut found = self.person_candidates(w.start(), from);
        // An unnamed "official" subject after the last person named (or in these sentences,
        // when none is) blocks.
        let latest = (found.first().map(|&(end, _)| end))
            .or_else(|| self.doc.sentences.get(from).map(|x| x.start()))
            .unwrap_or(0);
        if self.human_subject_between(latest, w.start()) {
            return None;
        }
        found.retain(|&(_, e)| free(e));
        // No person here agrees: the story's main person of that gender, else nobody.
        if found.is_empty() {
            return self.main_person(g, &bound);
        }
        let pick = self.local_pick(w, ci, &found, object, s, from, &free)?;
        // A person of unknown gender is most often a man in the news: for "he" they stand;
        // for "she" they yield to a woman named here, else to the story's main woman when she
        // is named clearly more often (twice as often and two more).
        if self.gender[pick] == g || g == MALE {
            return Some(pick);
        }
        // "Chen Wei-ling said her company would not comment": a possessive before a body's
        // noun is the speaker's, named earlier in the same sentence, whatever the main woman.
        let next = self.words.partition_point(|x| x.start() < w.end());
        let own_body = possessive
            && self.words.get(next).is_some_and(|n| {
                let t = self.doc.text[n.start()..n.end()].to_lowercase();
                matches!(
                    nouns().get(t.as_str()),
                    Some(NounClass::Org | NounClass::Body)
                )
            });
        if own_body
            && found
                .iter()
                .any(|&(end, e)| e == pick && self.sentence_of(end.saturating_sub(1)) == s)
        {
            return Some(pick);
        }
        let es = Self::distinct(&found);
        let known: Vec<usize> = es.into_iter().filter(|&e| self.gender[e] == g).collect();
        if let [k] = known[..] {
            return Some(k);
        }
        match self.main_person(g, &bound) {
            Some(m) if self.weight[m] >= 2 * self.weight[pick] + 2 => Some(m),
            _ => Some(pick),
        }
    }

    /// The nearby person a pronoun takes among `found` (all agreeing): the subject of the
    /// nearest earlier clause with a person subject, else the only one.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn local_pick(
        &self,
        w: &Word,
        ci: Option<usize>,
        found: &[(usize, usize)],
        object: bool,
        s: usize,
        from: usize,
        free: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let es = Self::distinct(found);
        if object {
            return (es.len() == 1).then(|| es[0]);
        }
        // The subject of the nearest earlier clause that has a person subject.
        let before = self
            .clauses
            .partition_point(|c| c.span(self.words).1 <= w.start());
        let earlier = self.clauses[..before]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, c)| c.sentence() >= from)
            .filter(|(i, _)| Some(*i) != ci)
            .find_map(|(i, c)| {
                self.subject_of(i)
                    .filter(|&e| self.label_of(e) == Some(Label::Person) && free(e))
                    .map(|e| (e, c.sentence()))
            });
        if let Some((e, sentence)) = earlier {
            // A subject from the previous sentence, while this sentence names a person before
            // the pronoun ("Lee visited Oslo in May, when he met ..."): only that person, when
            // it opens the sentence, is taken; otherwise it is left open.
            if sentence < s {
                let own: Vec<(usize, usize)> = (self.recent(w.start(), s, &[Label::Person]))
                    .into_iter()
                    .filter(|&(_, e)| free(e))
                    .collect();
                if let (Some(&(m, here)), 1) = (own.last(), Self::distinct(&own).len()) {
                    let start = self.mentions[m].start;
                    let t = self.doc.tokens.partition_point(|t| t.start() < start);
                    let opens = t == 0
                        || (t - 1 < self.doc.tokens.len()).then(|| self.doc.sentence_of(t - 1))
                            != (t < self.doc.tokens.len()).then(|| self.doc.sentence_of(t));
                    return opens.then_some(here);
                }
                if !own.is_empty() {
                    return None;
                }
            }
            return Some(e);
        }
        (es.len() == 1).then(|| es[0])
    }
}
