//! What the frames read from the clause stage: the parties and goods a noun
//! group names, and the beneficiary of a "help" clause; and the party readings
//! the walks share: a state's body ("UAE regulators"), a name in apposition to a
//! subject naming none, a leader's government.
//!
//! Input: a [`Ctx`] and groups or clauses of [`crate::engine::clause`] (byte
//! spans). Output: [`Parties`] (entity indexes, token range) and item entity
//! indexes. Every lookup is a binary search over the tokens plus a walk over
//! the group's own tokens.

use super::ctx::class::{
    AID, AUTHORITY, BOUNDARY, COLLECTIVE, CONTENT, DET, GOVERNMENT, HELP, MAKE, NOTGOODS,
    PARTITIVE, PREP, QUANTITY, SEND, TRADE,
};
use super::ctx::{Ctx, Frame, Parties};
use crate::engine::clause::{Clause, Group, PrepPhrase, Tense};
use crate::engine::model::Label;
use crate::engine::pos::{Upos, Word};
use crate::engine::text::TokenKind;

/// How many clauses before a supply clause [`Ctx::helped_party`] looks at for
/// the "help" clause naming its beneficiary.
const HELP_LOOK_BACK: usize = 4;

/// Most tokens of a relative clause inside an apposition ("an Emirati broker who allegedly
/// chartered the tanker on Kamrani's behalf").
const MAX_RELATIVE: usize = 24;

impl Ctx<'_> {
    /// The token that ends at byte `end` (the last token of a group).
    pub(super) fn token_ending_at(&self, end: usize) -> Option<usize> {
        let j = self.doc.tokens.partition_point(|t| t.end() < end);
        (self.doc.tokens.get(j)?.end() == end).then_some(j)
    }

    /// The token that starts at byte `start`.
    pub(super) fn token_starting_at(&self, start: usize) -> Option<usize> {
        let j = self.doc.tokens.partition_point(|t| t.start() < start);
        (self.doc.tokens.get(j)?.start() == start).then_some(j)
    }

    /// The "of" complements of clause `c` that name a share of goods ("with most of its
    /// drones", "supplied 90 per cent of the chips", "the bulk of", "sold 700,000 barrels of
    /// crude oil"): each with the token of
    /// the preposition governing the share ("with", "to"; `None` when the share is the verb's
    /// object). The share is one or more `partitive` words of `words.tsv`, numbers, a
    /// percentage or a quantity, optionally after a determiner, right before "of".
    pub(super) fn partitive_of<'c>(&self, c: &'c Clause) -> Vec<(Option<usize>, &'c PrepPhrase)> {
        let mut out = Vec::new();
        for p in c.preps_after_verb(self.words, self.doc.text, &["of"]) {
            let Some(of) = self.token_starting_at(p.prep().0) else {
                continue;
            };
            let share = |k: usize| {
                self.has(k, PARTITIVE)
                    || self.doc.tokens[k].kind == crate::engine::text::TokenKind::Number
                    || self.cover(k).is_some_and(|m| {
                        matches!(
                            self.mentions[m].label,
                            Label::Percent | Label::Cardinal | Label::Quantity
                        )
                    })
            };
            let mut j = of;
            while j > 0 && of - j < 4 && share(j - 1) {
                j -= 1;
            }
            if j == of {
                continue;
            }
            // "a third of", "the bulk of"
            if j > 0 && self.has(j - 1, DET) {
                j -= 1;
            }
            let Some(before) = j.checked_sub(1) else {
                continue;
            };
            let verb_end = self.doc.tokens[before].end() == c.verb.span(self.words).1;
            if verb_end {
                out.push((None, p));
            } else if self.doc.tokens[before].start() >= c.verb.span(self.words).1 {
                out.push((Some(before), p));
            }
        }
        out
    }

    /// "delivered at least 400 drones to X": the "at" complements after the verb of clause `c`
    /// opening with a `quantity` word of `words.tsv`, the amount of goods the chunker read as a
    /// complement; they are objects.
    pub(super) fn quantity_objects<'c>(&self, c: &'c Clause) -> Vec<&'c Group> {
        c.preps_after_verb(self.words, self.doc.text, &["at"])
            .into_iter()
            .filter(|p| {
                self.token_starting_at(p.object.span(self.words).0)
                    .is_some_and(|k| self.has(k, QUANTITY))
            })
            .map(|p| &p.object)
            .collect()
    }

    /// The parties a noun group names: the party mention at its head with the
    /// ones joined to it ("Germany's Uniper" → Uniper; "Russia and Iran"), a
    /// nationality with a group noun ("the German state" → Germany), or the
    /// entity a pronoun or description there was resolved to.
    pub(super) fn group_parties(&self, g: &Group) -> Option<Parties> {
        let first = self.token_starting_at(g.span(self.words).0)?;
        let mut j = self.token_ending_at(g.span(self.words).1)?;
        // "to Peru last year": a time expression closing the group is not its head.
        while j > first && self.in_timex(j) {
            j -= 1;
        }
        let j = self.family_head(first, j);
        if let Some(p) = self.parties_ending_at(j) {
            return Some(p);
        }
        // "to the Ministry of National Defence": the group ends at "Ministry", the name runs on
        // through its "of" phrase.
        if let Some(m) = self.cover(j).filter(|&m| {
            let t = &self.mentions[m].tokens;
            t.start >= first && t.end > j + 1 && self.is(j + 1, "of")
        }) {
            let start = self.mentions[m].tokens.start;
            if let Some(p) = self.parties_at(start).filter(|p| p.first == start) {
                return Some(p);
            }
        }
        let (first, e) = self.resolved_at(j)?;
        Some(Parties {
            entities: vec![e],
            first,
            last: j,
        })
    }

    /// [`Ctx::group_parties`] without the nationality reading: "fined two Kazakh firms"
    /// sanctions firms, not Kazakhstan (only goods' suppliers and recipients are read that
    /// way), except for a body of the state ("sanctioned three Iranian generals": Iran).
    pub(super) fn group_names(&self, g: &Group) -> Option<Parties> {
        self.group_parties(g).filter(|p| {
            !self.has(p.last, COLLECTIVE)
                || self.has(p.last, AUTHORITY)
                || self.mention_ending_at(p.last).is_some()
        })
    }

    /// The first argument after the verb of clause `c`: its first object, or the complement
    /// of one of `preps` when that comes first ("met Putin", "spoke with Xi"), with its first
    /// token.
    pub(super) fn first_argument<'c>(
        &self,
        c: &'c Clause,
        preps: &[&str],
    ) -> Option<(&'c Group, usize)> {
        let object = c.objects_after_verb(self.words).next();
        let prep = c
            .preps_after_verb(self.words, self.doc.text, preps)
            .first()
            .map(|p| &p.object);
        let g = match (object, prep) {
            (Some(o), Some(p)) => {
                if o.span(self.words).0 < p.span(self.words).0 {
                    o
                } else {
                    p
                }
            }
            (o, p) => o.or(p)?,
        };
        Some((g, self.token_starting_at(g.span(self.words).0)?))
    }

    /// The parties of the name set off by a comma right after group `g` of clause `c`
    /// ("spoke with his Chilean counterpart, Marta Rojas,"), when `g` itself names none.
    pub(super) fn appositive_parties(&self, c: &Clause, g: &Group) -> Option<Parties> {
        let next = c
            .objects()
            .iter()
            .chain(c.preps().iter().map(|p| &p.object))
            .filter(|x| x.span(self.words).0 >= g.span(self.words).1)
            .min_by_key(|x| x.span(self.words).0)?;
        if self
            .doc
            .text
            .get(g.span(self.words).1..next.span(self.words).0)?
            .trim()
            != ","
        {
            return None;
        }
        let p = self.group_names(next)?;
        let closed = self.is_punct(p.last + 1, &[',', '.', ';']) || p.last + 1 >= self.n_tokens();
        closed.then_some(p)
    }

    /// "designated A and B", "sanctioned A, B and C", "A and its owner, Y": the parties of the
    /// objects of clause `c` after the object ending at byte `end`, each joined to the one
    /// before by "and", "or" or a comma, up to the first naming none (a name set off after one
    /// naming none counts for it); with the last token read.
    /// With `vessels` (the first object is a vessel: "the tankers A and B"), a vessel's name
    /// joined to it is one too. With `owned` (things owned), the list ends before an object
    /// holding an appositive ownership trigger ("owns A, and its parent company, B").
    pub(super) fn joined_objects(
        &self,
        c: &Clause,
        end: usize,
        vessels: bool,
        owned: bool,
    ) -> (Vec<usize>, Option<usize>) {
        let (mut out, mut last, mut end, mut vessels) = (Vec::new(), None, end, vessels);
        let mut apposition = None;
        for g in c.objects_after_verb(self.words) {
            let (lo, hi) = g.span(self.words);
            if lo < end {
                continue;
            }
            let between = self.doc.text.get(end..lo).unwrap_or("").trim();
            let rest = between.strip_prefix(',').map(str::trim);
            let joined = matches!(rest.unwrap_or(between), "and" | "or")
                || rest == Some("")
                || rest.is_some_and(after_apposition);
            // "owns A, and its parent company, B": B is no object but A's owner (things owned
            // only; "sanctioned A and its owner, B" sanctions both).
            let appositive_owner = owned
                && self
                    .token_starting_at(lo)
                    .zip(self.token_ending_at(hi))
                    .is_some_and(|(k0, k1)| {
                        (k0..=k1).any(|k| {
                            self.trigger_at(k)
                                .is_some_and(|(t, _)| t.frame == Frame::OwnerAppos)
                        })
                    });
            if !joined || appositive_owner {
                break;
            }
            // "A, a Hong Kong national, and B": an indefinite apposition describes A; the
            // list runs on past it.
            if rest == Some("") {
                if let Some(close) = self.indefinite_apposition(lo) {
                    end = self.doc.tokens[close].start();
                    apposition = Some(close);
                    continue;
                }
            }
            apposition = None;
            // "the tanker A, B and C" after a firm: once one vessel is listed, the names
            // joined to it are vessels too.
            let Some(p) = self
                .group_names(g)
                .or_else(|| self.appositive_parties(c, g))
                .or_else(|| {
                    let v = self.vessel(g, vessels)?;
                    vessels = true;
                    Some(v)
                })
            else {
                break;
            };
            out.extend(p.entities);
            last = Some(p.last);
            end = self.doc.tokens[p.last].end().max(hi);
        }
        if let Some(p) = apposition.and_then(|k| self.party_after_apposition(k)) {
            out.extend(p.entities);
            last = Some(p.last);
        }
        (out, last)
    }

    /// The token closing the apposition opening at byte `lo` (a comma, semicolon or full
    /// stop), when it opens with "a"/"an" and runs at most six words to it, or to a relative
    /// pronoun and on to the clause's end: "a Hong Kong national" of "sanctioned A, a Hong Kong
    /// national, and B", "an Emirati broker who chartered the tanker".
    fn indefinite_apposition(&self, lo: usize) -> Option<usize> {
        let k = self.token_starting_at(lo)?;
        if !(self.is(k, "a") || self.is(k, "an")) {
            return None;
        }
        let hi = self.bounds(k).1;
        let stop = |j: usize| self.is_punct(j, &[',', '.', ';']);
        let j = (k + 1..(k + 7).min(hi)).find(|&j| stop(j) || self.has(j, BOUNDARY))?;
        if stop(j) {
            return Some(j);
        }
        let relative = self.is(j, "who") || self.is(j, "which") || self.is(j, "that");
        relative.then(|| (j + 1..(j + MAX_RELATIVE).min(hi)).find(|&j| stop(j)))?
    }

    /// "sanctioned A, a broker who it said served as a director of B, and C, an Emirati
    /// trader": the party after ", and" at token `close` (the comma closing an indefinite
    /// apposition whose relative clause the clause stage read on into C), when it ends the
    /// sentence or opens an indefinite apposition of its own.
    fn party_after_apposition(&self, close: usize) -> Option<Parties> {
        if !self.is_punct(close, &[',']) || !self.is(close + 1, "and") {
            return None;
        }
        let p = self.parties_at(close + 2)?;
        let next = p.last + 1;
        let ends = next >= self.bounds(close).1 || self.is_punct(next, &['.', ';']);
        let described =
            self.is_punct(next, &[',']) && (self.is(next + 1, "a") || self.is(next + 1, "an"));
        (ends || described).then_some(p)
    }

    /// "the Meier family": a group whose head `j` (from token `first`) is a family noun
    /// (`[family_nouns]`) right after a name is headed by that name, which merge made the
    /// family's own entity; "Hyundai Motor's plant", "the carmaker's plant": one whose head is
    /// a site noun (class `site`) right after a possessive organisation's name, or a
    /// description resolved to one, is headed by that possessor, whose site it is; else `j`.
    pub(super) fn family_head(&self, first: usize, j: usize) -> usize {
        if j <= first {
            return j;
        }
        let w = self.doc.tok_text(j);
        let family = crate::engine::lexicon::words::words()
            .family_nouns
            .contains(&w);
        let named = self.mention_ending_at(j - 1).is_some();
        // Only a firm's or a body's site: "Tamura Motor's plant" with the firm read as a
        // person names no party.
        let org = self
            .mention_ending_at(j - 1)
            .map(|m| self.mentions[m].label)
            .or_else(|| self.label_of_entity(self.resolved_at(j - 1)?.1))
            == Some(Label::Org);
        // Goods sent "to the Alabuga plant": a site named by the word before it (a firm's, or
        // a place no list knows) receives them; "the Kazan plant" is in a city, "the Ruhr
        // plant" in a region, and names none. Only after "to" or a visit ("toured the Hanwha
        // plant" met Hanwha): buying "the Siemens unit" is no stake in Siemens.
        let site_name = || {
            first > 0
                && (self.is(first - 1, "to") || self.is_visit(first - 1))
                && self.mention_ending_at(j - 1).is_some_and(|m| {
                    let mention = &self.mentions[m];
                    mention.tokens.start == first + 1
                        && self.is(first, "the")
                        && (matches!(mention.label, Label::Org | Label::Fac)
                            || mention.label == Label::Loc && mention.country.is_none())
                })
        };
        let site = self.has(j, super::ctx::class::SITE)
            && if crate::engine::shape::possessive_len(self.doc.tok_text(j - 1)) > 0 {
                org
            } else {
                site_name()
            };
        if family && named || site {
            j - 1
        } else {
            j
        }
    }

    /// "of the Swedish conglomerate Orrefors Group", "by businessman Lim Wei", "of insurer X":
    /// the organisation or person named after a description starting at token `k` (an article,
    /// then nouns and adjectives, nationalities or places, at most six tokens, at least one a
    /// word or a place with a hyphenated ending: "the Toronto-listed Northgate Minerals",
    /// "Bermuda reinsurer Castellan Re"), its last word a noun or adjective ("to factories
    /// supplying Boeing" names no party); a preposition or conjunction ends it.
    pub(super) fn party_after_description(&self, k: usize) -> Option<Parties> {
        let hi = self.end_of_sentence_before(k);
        let mut j = k + usize::from(self.has(k, DET));
        let mut nouns = 0;
        while j < hi && j < k + 6 {
            if let Some(m) = self.mention_starting_at(j) {
                let mention = &self.mentions[m];
                let place = matches!(mention.label, Label::Gpe | Label::Loc);
                if mention.label != Label::Norp && !place {
                    break;
                }
                j = mention.tokens.end;
                // "Toronto-listed": the place's token runs on past the name.
                if place && self.doc.tokens[j - 1].end() > mention.end {
                    nouns += 1;
                }
                continue;
            }
            let t = &self.doc.tokens[j];
            let w = &self.doc.text[t.start()..t.end()];
            if t.kind != TokenKind::Word
                || !w.starts_with(|c: char| c.is_lowercase())
                || self.has(j, PREP | BOUNDARY | DET)
                || self.is_joiner(j)
            {
                return None;
            }
            nouns += 1;
            j += 1;
        }
        let m = self.mention_starting_at(j).filter(|_| nouns > 0)?;
        // "to factories supplying Boeing": a description ends in a noun or adjective, not a verb.
        let verb = self.cover(j - 1).is_none()
            && !matches!(
                self.words.upos_starting_at(self.doc.tokens[j - 1].start()),
                Some(Upos::Noun | Upos::Adj | Upos::Propn)
            );
        if verb {
            return None;
        }
        matches!(self.mentions[m].label, Label::Org | Label::Person)
            .then(|| self.parties_at(j))
            .flatten()
    }

    /// The list of parties set off by a comma right after group `g` and closed by punctuation
    /// ("indicted two traders, A and B, on Tuesday"), when `g` itself names none.
    pub(super) fn appositive_list(&self, g: &Group) -> Option<Parties> {
        let k = self.token_ending_at(g.span(self.words).1)?;
        // "three firms, including A and B", "three firms including A": the list opened.
        let opener = |j: usize| self.is(j, "including") || self.is(j, "notably");
        let at = match (self.is_punct(k + 1, &[',']), opener(k + 1), opener(k + 2)) {
            (true, _, true) => k + 3,
            (true, _, false) => k + 2,
            (false, true, _) => k + 2,
            _ => return None,
        };
        let p = self.parties_at(at)?;
        let closed = self.is_punct(p.last + 1, &[',', '.', ';']) || p.last + 1 >= self.n_tokens();
        closed.then_some(p)
    }

    /// Goods no list knows, as the object `g` of clause `c` whose verb trades goods (`trade`
    /// in `words.tsv`: "sold linear actuators to X", "delivered crude to X"; or sends them,
    /// `send`: "sent air defence systems to X", plural goods only): a plural noun
    /// phrase, or a bare noun with no determiner or number, in lower case (a plural one may
    /// follow a name: "IRIS-T air defence systems"), that no mention covers, no "of" follows (the goods of "barrels of" are its complement's) and whose head
    /// is not `notgoods` ("shares", "troops", "remarks"); after a nationality, a mass noun too
    /// ("supplied Iranian crude"). The index of the ITEM entity made for
    /// it after the stage ([`Ctx::new_goods`]), the same for the same wording; with its last
    /// token.
    pub(super) fn unlisted_goods(&self, c: &Clause, g: &Group) -> Option<(usize, usize)> {
        // "sent air defence systems": a verb of sending (`send`) takes plural goods only, as
        // does one of making ("relies on Y to assemble its battery packs": `make`).
        let class = self.word_class(c.verb.lemma.as_str());
        if class & (TRADE | SEND | MAKE) == 0 {
            return None;
        }
        let r = g.words();
        if r.start > r.end || r.end > self.words.len() {
            return None;
        }
        let ws: Vec<Word> = self.words.range(r).collect();
        let text = |w: &crate::engine::pos::Word| &self.doc.text[w.start()..w.end()];
        let plain = |w: &Word| {
            matches!(w.upos, Upos::Noun | Upos::Adj)
                && text(w).starts_with(|c: char| c.is_ascii_lowercase())
        };
        let mut f = ws
            .iter()
            .position(|w| matches!(w.upos, Upos::Noun | Upos::Adj))?;
        // "four more IRIS-T air defence systems": a name (a maker's or a model's the tagger
        // did not type as goods) before the plural goods words: they are the words after it.
        let after_name = !ws[f..].iter().all(plain);
        if after_name {
            f = ws.iter().rposition(|w| !plain(w))? + 1;
            if !text(&ws[f - 1]).starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
        }
        // "supplied Iranian crude to X": only a nationality (and determiners) before the goods
        // words, which then may be a mass noun as when they open the group.
        let nationality_only = after_name
            && ws[..f].iter().all(|w| {
                matches!(w.upos, Upos::Det | Upos::Num)
                    || self
                        .token_starting_at(w.start())
                        .and_then(|k| self.cover(k))
                        .is_some_and(|m| self.mentions[m].label == Label::Norp)
            });
        let head = text(ws.last()?);
        let plural = head.ends_with('s') && !["ss", "us", "is"].iter().any(|x| head.ends_with(x));
        let ok = f < ws.len()
            && ws.len() - f <= 4
            && (plural || ((f == 0 && !after_name) || nationality_only) && class & TRADE != 0)
            && ws.last()?.upos == Upos::Noun
            && ws[f..].iter().all(plain);
        if !ok {
            return None;
        }
        let lo = self.token_starting_at(ws[f].start())?;
        let hi = self.token_ending_at(ws.last()?.end())?;
        // "medical supplies": an aid word before an aid head that alone names no goods.
        let aid = hi > lo && self.class(hi - 1) & (AID | NOTGOODS) == AID && self.has(hi, AID);
        if (lo..=hi).any(|k| self.cover(k).is_some()) || self.has(hi, NOTGOODS) && !aid {
            return None;
        }
        if self.is(hi + 1, "of") {
            return None;
        }
        let name = &self.doc.text[self.doc.tokens[lo].start()..self.doc.tokens[hi].end()];
        let (spans, names) = &mut *self.new_goods.borrow_mut();
        let next = names.len() as u32;
        let e = self.merged.entities.len()
            + *names.entry(name.to_lowercase().into()).or_insert(next) as usize;
        spans.push((lo, hi, e));
        Some((e, hi))
    }

    /// Goods named inside a noun group (ITEM or PRODUCT mentions starting in
    /// it), as entity indexes, with the last token they cover.
    pub(super) fn group_items(&self, g: &Group) -> (Vec<usize>, usize) {
        let mut items = Vec::new();
        let mut last = 0;
        let Some(mut k) = self.token_starting_at(g.span(self.words).0) else {
            return (items, last);
        };
        while k < self.n_tokens() && self.doc.tokens[k].start() < g.span(self.words).1 {
            match self.mention_starting_at(k) {
                Some(m) => {
                    if let Some(it) = self.item(m).filter(|it| !items.contains(it)) {
                        items.push(it);
                    }
                    k = self.mentions[m].tokens.end.max(k + 1);
                    last = k - 1;
                }
                None => k += 1,
            }
        }
        (items, last)
    }

    /// The party a "help" clause of the same sentence as clause `c` (one of
    /// the nearest [`HELP_LOOK_BACK`] before it, or the next) names as
    /// its beneficiary, for suppliers `sources`: "China was helping Russia
    /// ..., and China was providing imagery" (an earlier clause with the same
    /// subject), "exporting chips to help Russia make weapons" (an infinitive
    /// right after). The beneficiary is the help clause's object, or the
    /// subject of the clause it governs ("help Russia make").
    pub(super) fn helped_party(&self, c: &Clause, sources: &[usize]) -> Vec<usize> {
        let i = self
            .clauses
            .partition_point(|x| x.span(self.words).0 < c.span(self.words).0);
        let same = |x: &&Clause| x.sentence == c.sentence;
        // Only the nearest clauses: scanning the whole sentence made a run-on sentence of
        // many clauses quadratic, and a help clause farther back is not this clause's.
        let before = self.clauses[..i]
            .iter()
            .rev()
            .take_while(same)
            .take(HELP_LOOK_BACK);
        let after = self.clauses[i..].iter().skip(1).take_while(same).take(1);
        for (h, earlier) in before.map(|h| (h, true)).chain(after.map(|h| (h, false))) {
            let Some(v) = self.token_starting_at(h.verb.span(self.words).0) else {
                continue;
            };
            let head = self.token_ending_at(h.verb.span(self.words).1).unwrap_or(v);
            if !self.has(head, HELP) {
                continue;
            }
            let ok = if earlier {
                h.subject
                    .as_ref()
                    .and_then(|g| self.group_parties(g))
                    .is_some_and(|p| p.entities.iter().any(|e| sources.contains(e)))
            } else {
                h.subject.is_none() && h.verb.tense == Tense::None
            };
            if !ok {
                continue;
            }
            let next = self
                .clauses
                .partition_point(|x| x.span(self.words).0 <= h.span(self.words).0);
            let governed = self
                .clauses
                .get(next)
                .filter(same)
                .and_then(|x| x.subject.as_ref())
                .filter(|g| g.words().start == h.verb.words().end);
            let beneficiary = h.objects_after_verb(self.words).next().or(governed);
            if let Some(p) = beneficiary.and_then(|g| self.group_parties(g)) {
                return p.entities;
            }
        }
        Vec::new()
    }

    /// The state a place mention `m` names when the word at token `k` right after it is a body
    /// of that state (`authority` in `words.tsv`: "UAE regulators", "Dutch prosecutors" go
    /// through the nationality instead), or after its possessive and one plain word
    /// ("Romania's defence ministry").
    pub(super) fn authority_state(&self, m: usize, k: usize) -> Option<usize> {
        let mention = self.mentions.get(m)?;
        let end = mention.tokens.end;
        let beside = end == k || (end + 1 == k && self.possessive(end - 1) && self.plain_word(end));
        (mention.label == Label::Gpe && beside && self.has(k, AUTHORITY))
            .then(|| self.party(m))
            .flatten()
    }

    /// For a comma at `j` closing an apposition to a common noun ("a second firm, X of Ajman,"
    /// / "the broker, X,"): the organisation or person named between the commas, past a place
    /// after "of" (where it is based). The opening comma must follow a plain lower-case noun.
    pub(super) fn appositive_name(&self, j: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(j);
        let mut k = j.checked_sub(1)?;
        let mut m = self.mention_ending_at(k)?;
        if matches!(self.mentions[m].label, Label::Gpe | Label::Loc) {
            let of = self.mentions[m].tokens.start.checked_sub(1)?;
            if !self.is(of, "of") {
                return None;
            }
            k = of.checked_sub(1)?;
            m = self.mention_ending_at(k)?;
        }
        if !matches!(self.mentions[m].label, Label::Org | Label::Person) {
            return None;
        }
        let first = self.mentions[m].tokens.start;
        let open = first.checked_sub(1)?;
        if open <= lo || !self.is_punct(open, &[',']) || !self.plain_word(open - 1) {
            return None;
        }
        Some(Parties {
            entities: vec![self.party(m)?],
            first,
            last: k,
        })
    }

    /// For the person mention starting at token `p`: when it ends in a possessive and the word
    /// right after it is a government (`government` in `words.tsv`: "government", "regime"),
    /// that word's token.
    pub(super) fn leaders_government(&self, p: usize, hi: usize) -> Option<usize> {
        let end = self.mentions[self.mention_starting_at(p)?].tokens.end;
        (end < hi && self.possessive(end - 1) && self.has(end, GOVERNMENT)).then_some(end)
    }

    /// An organisation or state the document names elsewhere with exactly the
    /// capitalised word at token `j`, which no mention covers here ("the US
    /// Treasury sanctioned ..." when "the Treasury" is an entity). Only one
    /// such entity may exist.
    pub(super) fn named_elsewhere(&self, j: usize) -> Option<usize> {
        if self.mention_ending_at(j).is_some() || self.doc.tokens.get(j)?.kind != TokenKind::Word {
            return None;
        }
        let w = self.doc.tok_text(j);
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut found = self.merged.entities.iter().enumerate().filter(|(_, e)| {
            matches!(e.label, Label::Org | Label::Gpe)
                && (e.name == w || e.aliases.iter().any(|a| a == w))
        });
        let (e, _) = found.next()?;
        found.next().is_none().then_some(e)
    }

    /// "from the Norwegian manufacturer X", "from the broker X": the organisation or person
    /// closing group `g` after a description of it (a determiner, then nationalities and
    /// plain lower-case words), which [`Ctx::parties_after`], reading from the group's first
    /// word, stops at.
    pub(super) fn described_name(&self, g: &Group) -> Option<Parties> {
        let (start, end) = g.span(self.words);
        let (first, last) = (self.token_starting_at(start)?, self.token_ending_at(end)?);
        let m = self.mention_ending_at(last)?;
        let name = &self.mentions[m];
        if !matches!(name.label, Label::Org | Label::Person) || name.tokens.start <= first + 1 {
            return None;
        }
        let described = (first..name.tokens.start).all(|k| {
            (k == first && self.has(k, DET))
                || self.plain_word(k)
                || self
                    .cover(k)
                    .is_some_and(|n| self.mentions[n].label == Label::Norp)
        });
        if !described {
            return None;
        }
        Some(Parties {
            entities: vec![self.party(m)?],
            first: name.tokens.start,
            last,
        })
    }

    /// A lower-case word of no function class that no mention covers ("military").
    pub(super) fn plain_word(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && self
                .doc
                .tok_text(k)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && self.class(k) & !CONTENT == 0
            && self.cover(k).is_none()
    }
}

/// The words between two coordinated objects after the first one's comma, when an
/// apposition of up to six words opened by an article stands there: "an Indian national, and"
/// of "designated X, its director Y, an Indian national, and the tanker Z".
fn after_apposition(rest: &str) -> bool {
    let Some(mid) = rest.strip_suffix("and").or_else(|| rest.strip_suffix("or")) else {
        return false;
    };
    let Some(mid) = mid.trim_end().strip_suffix(',') else {
        return false;
    };
    let mid = mid.trim();
    ["a ", "an ", "the "].iter().any(|d| mid.starts_with(d))
        && !mid.contains(',')
        && mid.split_whitespace().count() <= 6
}
