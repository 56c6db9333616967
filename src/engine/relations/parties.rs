//! Party phrases: the parties a phrase names at, ending at or after a token ("A, B and C",
//! "Russia and Iran", "Chinese entities" → China, "several groups — including A, B and C —",
//! "the Dubai-based X", "Britain's BAE Systems"), read by noun triggers, by the subject walk
//! ([`super::walk`]) and at the start of a clause's groups. Split from `walk.rs`, which reads
//! the subject of a trigger.
//!
//! Input: a [`Ctx`] and token indexes. Output: [`Parties`] (entity indexes and the token range
//! they cover). Every reading stays in its sentence and passes a bounded number of tokens.

use super::ctx::class::*;
use super::ctx::{Ctx, Parties};
use crate::engine::model::Label;
use crate::engine::text::TokenKind;

/// Most parties in one joined list ("A, B and C").
const MAX_LIST: usize = 12;
/// Most tokens between a preposition and the word opening its list ("on 45 more firms on
/// Wednesday, including A").
const MAX_LIST_OPENER: usize = 9;

impl Ctx<'_> {
    pub(super) fn is_joiner(&self, i: usize) -> bool {
        self.is(i, "and") || self.is(i, "or") || self.is_punct(i, &['&'])
    }

    /// The nationality mention before the group noun at token `j`: right before it
    /// ("Chinese entities"), or before one plain lower-case word ("Russian military users").
    fn nationality_before(&self, j: usize) -> Option<usize> {
        let (lo, _) = self.bounds(j);
        self.mention_ending_at(j.checked_sub(1)?).or_else(|| {
            // "Romanian defence ministry", "Romania's defence ministry": one plain word
            // between a nationality or a possessive and the group noun.
            (j >= lo + 2 && self.plain_word(j - 1))
                .then(|| self.mention_ending_at(j - 2))
                .flatten()
                .filter(|&m| self.mentions[m].label == Label::Norp || self.possessive(j - 2))
        })
    }

    /// Parties named by the phrase ending at token `j`: a party mention with the ones joined
    /// to it ("Russia and Iran"), a nationality with a group noun ("Chinese entities" →
    /// China), or the "including" list inside dashes or brackets ("several groups — including
    /// A, B and C —").
    pub fn parties_ending_at(&self, j: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(j);
        let cut = || self.cut_mention_ending_at(j);
        let head = if let Some(m) = self.mention_ending_at(j).or_else(cut) {
            let e = self.party(m)?;
            Some((e, self.mentions[m].tokens.start, false))
        } else if self.has(j, COLLECTIVE) && j > lo {
            let m = self.nationality_before(j)?;
            let e = self
                .nationality_country(m)
                .or_else(|| self.authority_state(m, j))?;
            Some((e, self.mentions[m].tokens.start, true))
        } else {
            None
        };
        if let Some((e, first, nationality)) = head {
            let mut p = Parties {
                entities: vec![e],
                first,
                last: j,
            };
            // Joined parties to the left: the joiner next to the head must be "and"/"or".
            let mut seen_and = false;
            // "from Kongsberg, and Sweden has sent": ", and" between only two names joins two
            // clauses, not a list ("A, B, and C" has a third).
            let mut comma_and = false;
            let head = p.clone();
            while p.first >= lo + 2 && p.entities.len() < MAX_LIST {
                // "The EU and the UK": an article before a joined name is part of its phrase.
                let q = p.first - 1 - usize::from(self.is(p.first - 1, "the"));
                if q <= lo {
                    break;
                }
                let r = if self.is_joiner(q) {
                    seen_and = true;
                    if self.is_punct(q - 1, &[',']) {
                        comma_and = true;
                        q.saturating_sub(2)
                    } else {
                        q - 1
                    }
                } else if seen_and && self.is_punct(q, &[',']) {
                    q - 1
                } else {
                    break;
                };
                let Some(m) = self.mention_ending_at(r) else {
                    break;
                };
                let e = if nationality {
                    self.nationality_country(m)
                } else {
                    self.party(m)
                };
                let Some(e) = e else { break };
                if !p.entities.contains(&e) {
                    p.entities.insert(0, e);
                }
                p.first = self.mentions[m].tokens.start;
            }
            if comma_and && p.entities.len() == 2 {
                return Some(head);
            }
            return Some(p);
        }
        if self.is_punct(j, &['—', '–', ')']) && j > lo {
            let opener = (lo..j)
                .rev()
                .take(30)
                .find(|&k| self.is_punct(k, &['—', '–', '(']))?;
            let k = opener + 1;
            let start = if self.is(k, "including") || self.is(k, "notably") {
                k + 1
            } else if self.is(k, "such") && self.is(k + 1, "as") {
                k + 2
            } else {
                return None;
            };
            let mut p = self.parties_at(start)?;
            if p.last + 1 != j {
                return None;
            }
            p.first = opener;
            p.last = j;
            return Some(p);
        }
        None
    }

    /// "added Brightwater and Falcon Crest to": a mention the name tagger cut short of its
    /// entity's name ("Falcon", of the entity "Falcon Crest" named whole elsewhere), followed
    /// by the capitalised words no mention covers that complete that name: the last of those
    /// words' token. At most three words.
    pub(super) fn cut_name_end(&self, m: usize) -> Option<usize> {
        let mention = &self.mentions[m];
        let name = &self.merged.entities.get(self.entity_of(m))?.name;
        let start = self.doc.tokens.get(mention.tokens.start)?.start();
        let mut j = mention.tokens.end;
        while j < mention.tokens.end + 3 && j < self.n_tokens() {
            let t = &self.doc.tokens[j];
            let word = t.kind == TokenKind::Word
                && self.doc.tok_text(j).starts_with(char::is_uppercase)
                && self.cover(j).is_none()
                && self.doc.same_sentence(j, j - 1);
            if !word {
                return None;
            }
            if self.doc.text.get(start..t.end()) == Some(name.as_str()) {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// The mention [`Ctx::cut_name_end`] completes at token `j`.
    fn cut_mention_ending_at(&self, j: usize) -> Option<usize> {
        if self.cover(j).is_some() {
            return None;
        }
        let m = (j.saturating_sub(3)..j)
            .rev()
            .find_map(|k| self.mention_ending_at(k))?;
        (self.cut_name_end(m) == Some(j)).then_some(m)
    }

    /// Parties named by the phrase starting at token `k` (after quotes): a party mention with
    /// the ones joined to it ("Russia, Iran and Syria"), or a nationality with a group noun.
    pub fn parties_at(&self, k: usize) -> Option<Parties> {
        let hi = self.end_of_sentence_before(k);
        let mut k = k;
        while k < hi && self.is_quote(k) {
            k += 1;
        }
        // "met him", "sanctioned the company": coreference named the entity.
        if let Some((first, e)) = self
            .resolved_at(k)
            .filter(|&(first, _)| first == k && self.mention_starting_at(k).is_none())
        {
            let mut last = k;
            while self.resolved_at(last + 1).is_some_and(|(f, _)| f == first) {
                last += 1;
            }
            return Some(Parties {
                entities: vec![e],
                first,
                last,
            });
        }
        while k < hi && (self.is_quote(k) || self.is(k, "the")) {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        // "met Kazakh President Kassym-Jomart Tokayev": the person after a nationality and title.
        if let Some(m) = self
            .mention_starting_at(k)
            .filter(|&m| self.mentions[m].label == Label::Norp)
        {
            let after = self.mentions[m].tokens.end;
            let person = (after + 1..(after + 5).min(hi)).find(|&p| {
                self.mention_starting_at(p)
                    .is_some_and(|pm| self.mentions[pm].label == Label::Person)
                    && self.is_role(after, p)
            });
            if let Some(p) = person {
                // "on North Korean leader Kim Jong-un's government": the leader's government is
                // the state of the nationality.
                if let Some(g) = self.leaders_government(p, hi) {
                    if let Some(e) = self.nationality_country(m) {
                        return Some(Parties {
                            entities: vec![e],
                            first: k,
                            last: g,
                        });
                    }
                }
                k = p;
            }
        }
        // "the Dubai-based Aster Freight": a hyphenated place modifier is no party.
        if k + 1 < hi && self.place_modifier(k) {
            k += 1;
        }
        let one = |k: usize| self.party_phrase_at(k, hi);
        let (e, last) = one(k)?;
        let mut p = Parties {
            entities: vec![e],
            first: k,
            last,
        };
        // Joined parties: keep the ones up to the last "and"/"or" ("to Russia, China said"
        // does not join China).
        let mut pending: Vec<(usize, usize)> = Vec::new();
        let mut q = p.last + 1;
        while q < hi && p.entities.len() + pending.len() < MAX_LIST {
            let (r, and) = if self.is_joiner(q) {
                (q + 1, true)
            } else if self.is_punct(q, &[',']) {
                if self.is_joiner(q + 1) {
                    (q + 2, true)
                } else {
                    (q + 1, false)
                }
            } else {
                break;
            };
            // "by Denmark and the Netherlands"
            let r = if r + 1 < hi && self.is(r, "the") {
                r + 1
            } else {
                r
            };
            let Some((e, last)) = one(r) else { break };
            // "from China, and Beijing tightened ...": a name followed by a word that is not a
            // preposition or clause word starts a new clause.
            let f = last + 1;
            let ends = f >= hi
                || self.doc.tokens[f].kind != TokenKind::Word
                || self.has(f, PREP | BOUNDARY | SPEECH | COLLECTIVE)
                || self.is_joiner(f);
            if !ends {
                break;
            }
            pending.push((e, last));
            if and {
                for (e, last) in pending.drain(..) {
                    if !p.entities.contains(&e) {
                        p.entities.push(e);
                    }
                    p.last = last;
                }
            }
            q = last + 1;
        }
        Some(p)
    }

    /// Parties after a preposition: directly ("from China"), through a list introduced
    /// within a few words ("from other groups, including A and B"), or after a description
    /// ("of insurer X", [`Ctx::party_after_description`]).
    pub fn parties_after(&self, k: usize) -> Option<Parties> {
        if let Some(p) = self.parties_at(k) {
            return Some(p);
        }
        let hi = self.end_of_sentence_before(k);
        for j in k..(k + MAX_LIST_OPENER).min(hi) {
            if self.is(j, "including") || self.is(j, "notably") || self.is(j, "namely") {
                return self.parties_at(j + 1);
            }
            if self.is(j, "such") && self.is(j + 1, "as") {
                return self.parties_at(j + 2);
            }
            let word = self.doc.tokens[j].kind == TokenKind::Word;
            let named = self
                .cover(j)
                .is_some_and(|m| matches!(self.mentions[m].label, Label::Person | Label::Org));
            if !(word || self.is_punct(j, &[','])) || named {
                break;
            }
        }
        // "of insurer X", "to the Greek utility Y": the party a description introduces.
        self.party_after_description(k)
    }

    /// Does token `k` end in a possessive "'s" ("Britain's")?
    pub(super) fn possessive(&self, k: usize) -> bool {
        k < self.n_tokens() && crate::engine::shape::possessive_len(self.doc.tok_text(k)) > 0
    }

    /// Is token `k` a hyphenated place modifier ("Dubai-based", "Cyprus-registered": its last
    /// part is a `placemod` word of `words.tsv`)?
    pub(super) fn place_modifier(&self, k: usize) -> bool {
        let t = self.doc.tok_text(k);
        self.doc.tokens[k].kind == TokenKind::Word
            && t.rsplit_once('-')
                .is_some_and(|(_, w)| self.word_class(&w.to_lowercase()) & PLACEMOD != 0)
    }

    /// One party named at token `k` (sentence end `hi`), with its last token: a party mention
    /// (not a modifier of a plural noun, not the start of a longer unrecognised name; the
    /// owner in a possessive gives way to the organisation or person it owns: "Britain's BAE
    /// Systems"), or a nationality with a group noun ("Chinese refiners").
    pub(super) fn party_phrase_at(&self, k: usize, hi: usize) -> Option<(usize, usize)> {
        let m = self.mention_starting_at(k)?;
        let end = self.mentions[m].tokens.end;
        if let Some(e) = self.party(m) {
            if let Some(owned) = self.possessed_party(end, hi) {
                return Some(owned);
            }
            // "by UAE regulators": a state's body acts for the state.
            if end < hi && self.authority_state(m, end).is_some() {
                return Some((e, end));
            }
            // "from Dubai brokers": a name before a plural common noun only modifies it.
            let next = if end < hi { self.doc.tok_text(end) } else { "" };
            let function = PREP | BOUNDARY | SPEECH | AUX | BE | ADV | HEDGE | NEG;
            let modifier = self
                .doc
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && next.starts_with(char::is_lowercase)
                && (self.has(end, COLLECTIVE)
                    || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss")))
                && self.class(end) & function == 0;
            // "Astana Trade House": a name running on into capitalised words no mention
            // covers is part of a longer, unrecognised name.
            let runs_on = end < hi && self.runs_on(m);
            return (!modifier && !runs_on).then_some((e, end - 1));
        }
        if end < hi && self.has(end, COLLECTIVE) {
            return Some((self.nationality_country(m)?, end));
        }
        // "Russian military users": one plain lower-case word between.
        if end + 1 < hi && self.has(end + 1, COLLECTIVE) && self.plain_word(end) {
            return Some((self.nationality_country(m)?, end + 1));
        }
        None
    }

    /// After a party ending before token `end`: when it ends in a possessive and is followed
    /// (over at most two lower-case words: "Zambia's state-owned ZCCM") by an organisation
    /// or person, that party and its last token.
    pub(super) fn possessed_party(&self, end: usize, hi: usize) -> Option<(usize, usize)> {
        if end >= hi || end == 0 || !self.possessive(end - 1) {
            return None;
        }
        let q = (end..(end + 3).min(hi)).find(|&q| {
            self.mention_starting_at(q).is_some()
                || !self
                    .doc
                    .tok_text(q)
                    .starts_with(|c: char| c.is_ascii_lowercase())
        })?;
        let m = self.mention_starting_at(q)?;
        let plain = (end..q).all(|w| self.class(w) & !CONTENT == 0 && self.cover(w).is_none());
        if !plain
            || !matches!(self.mentions[m].label, Label::Org | Label::Person)
            || self.runs_on(m)
        {
            return None;
        }
        Some((self.party(m)?, self.mentions[m].tokens.end - 1))
    }
}
