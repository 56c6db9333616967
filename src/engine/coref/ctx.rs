//! The state coreference reads and builds while it walks a document's words.

use super::super::clause::{Clause, SubjectSource};
use super::super::merge::Merged;
use super::super::model::Label;
use super::super::pos::{Upos, Words};
use super::super::text::Doc;
use super::super::typing::TypedMention;
use super::words::{nouns, NounClass};

/// Index of the last sentence a dateline may stand in ([`Ctx::dateline_credit`]).
const MAX_DATELINE_SENTENCE: usize = 3;
/// Longest byline, in bytes ([`Ctx::byline`]; as `time::docdate` reads one).
const MAX_BYLINE: usize = 160;

pub(super) struct Ctx<'a, 'd> {
    pub(super) doc: &'a Doc<'d>,
    pub(super) words: &'a Words<'a>,
    pub(super) clauses: &'a [Clause],
    pub(super) mentions: &'a [TypedMention],
    pub(super) merged: &'a Merged,
    /// Entity of each clause's subject (from a name or a resolved pronoun).
    /// The entity index plus one in a u32, 0 for none ([`NO_ENTITY`]; a zeroed vector needs no
    /// fill), not `Option<usize>`: one entry per clause of the document, alive with the
    /// clauses and tagged words (issue 16.6). Read it with [`Ctx::subject_of`].
    pub(super) subject_entity: Vec<u32>,
    /// Gender bits per entity (`person::MALE`, `person::FEMALE`): from an honorific before a name, a given
    /// name's ending, and the pronouns resolved to it so far.
    pub(super) gender: Vec<u8>,
    /// Mentions per entity: its named person mentions and the pronouns resolved to it so far.
    pub(super) weight: Vec<u32>,
    /// The person with most mentions so far among those known male, and known female.
    pub(super) main: [Option<usize>; 2],
    /// Person pronouns resolved so far: (start, end, entity), in text order.
    pub(super) chain: Vec<(usize, usize, usize)>,
}

/// No entity (in [`Ctx`]'s per-clause subjects).
pub(super) const NO_ENTITY: u32 = 0;

/// Most mentions looked back through for a name holding a description's noun.
const MAX_NAMED_BACK: usize = 400;

/// Fewest clauses the story's firm is the subject of for "the company" to mean it among
/// several ([`Ctx::main_firm`]).
const MAIN_FIRM_SUBJECTS: u32 = 2;

impl Ctx<'_, '_> {
    /// The entity of clause `c`'s subject, if known.
    pub(super) fn subject_of(&self, c: usize) -> Option<usize> {
        self.subject_entity
            .get(c)
            .filter(|&&e| e != NO_ENTITY)
            .map(|&e| e as usize - 1)
    }

    /// Record clause `c`'s subject entity (`None`: unknown). Entities are fewer than
    /// mentions, and those fewer than 2^32 (texts are at most 4 GiB − 1 bytes): an index
    /// that does not fit is left unknown rather than wrapped.
    pub(super) fn set_subject(&mut self, c: usize, e: Option<usize>) {
        if let Some(slot) = self.subject_entity.get_mut(c) {
            *slot = e
                .and_then(|e| u32::try_from(e.checked_add(1)?).ok())
                .unwrap_or(NO_ENTITY);
        }
    }

    pub(super) fn sentence_of(&self, byte: usize) -> usize {
        let t = self.doc.tokens.partition_point(|t| t.end() <= byte);
        self.doc.sentence_of(t) as usize
    }

    pub(super) fn text(&self, a: usize, b: usize) -> &str {
        &self.doc.text[a..b]
    }

    /// The mention covering byte span [a, b), if any, with its entity.
    pub(super) fn mention_over(&self, a: usize, b: usize) -> Option<(usize, &TypedMention)> {
        let i = self.mentions.partition_point(|m| m.end <= a);
        self.mentions
            .get(i)
            .filter(|m| m.start <= a && b <= m.end)
            .map(|m| (i, m))
    }

    /// "Orvane's chief executive, Chen Li-wen, said": the person set off by commas between a
    /// subject group `g` naming no one and its verb (starting at byte `verb`) is the subject.
    pub(super) fn named_in_commas(
        &self,
        g: &crate::engine::clause::Group,
        verb: usize,
    ) -> Option<usize> {
        let comma = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|x| &self.doc.text[x.start()..x.end()] == ",")
        };
        let k = g.words().end;
        // "its founder, the late Derek Castleford, had approved": a determiner and adjectives
        // may stand before the name.
        let lead = (k + 1..k + 4)
            .take_while(|&j| {
                self.words.get(j).is_some_and(|x| {
                    matches!(x.upos, Upos::Det | Upos::Adj)
                        && self.doc.text[x.start()..x.end()].starts_with(char::is_lowercase)
                })
            })
            .count();
        let after = self.words.get(k + 1 + lead)?;
        let (i, m) = self.mention_over(after.start(), after.end())?;
        let e = self.entity_of_mention(i)?;
        let close = self.words.partition_point(|x| x.start() < m.end);
        let named = comma(k)
            && m.start == after.start()
            && self.label_of(e) == Some(Label::Person)
            && comma(close)
            && self.words.get(close + 1).is_some_and(|v| v.start() == verb);
        named.then_some(e)
    }

    /// "said that its founder, the late Derek Castleford, had approved ...": a clause whose
    /// subject the clause stage shared from the clause before, opening with the comma that
    /// closes a person's name set off by commas (a determiner and adjectives may stand before
    /// it), has that person as its subject.
    pub(super) fn appositive_subject(&self, c: &Clause) -> Option<usize> {
        let first = c.words().start;
        let is = |k: usize, s: &str| {
            self.words
                .get(k)
                .is_some_and(|x| &self.doc.text[x.start()..x.end()] == s)
        };
        if c.subject_source != SubjectSource::Shared || !is(first, ",") {
            return None;
        }
        let last = self.words.get(first.checked_sub(1)?)?;
        let (i, m) = self.mention_over(last.start(), last.end())?;
        let e = self.entity_of_mention(i)?;
        if m.end != last.end() || self.label_of(e) != Some(Label::Person) {
            return None;
        }
        let mut k = self.words.partition_point(|x| x.start() < m.start);
        while k > 0
            && self.words.get(k - 1).is_some_and(|x| {
                matches!(x.upos, Upos::Det | Upos::Adj)
                    && self.doc.text[x.start()..x.end()].starts_with(char::is_lowercase)
            })
        {
            k -= 1;
        }
        (k > 0 && is(k - 1, ",")).then_some(e)
    }

    pub(super) fn entity_of_mention(&self, i: usize) -> Option<usize> {
        self.merged.mention_entity.get(i).copied()
    }

    pub(super) fn label_of(&self, e: usize) -> Option<Label> {
        self.merged.entities.get(e).map(|x| x.label)
    }

    /// Mentions (index, entity) of `labels` that end before `byte` and start in
    /// sentences `from..`, nearest first.
    pub(super) fn recent(&self, byte: usize, from: usize, labels: &[Label]) -> Vec<(usize, usize)> {
        let end = self.mentions.partition_point(|m| m.start < byte);
        let mut out = Vec::new();
        for i in (0..end).rev() {
            let m = &self.mentions[i];
            if m.end > byte {
                continue;
            }
            if self.sentence_of(m.start) < from {
                break;
            }
            if self.dateline_credit(i) || self.byline(i) {
                continue;
            }
            if let Some(e) = self.entity_of_mention(i) {
                if self.label_of(e).is_some_and(|l| labels.contains(&l)) {
                    out.push((i, e));
                }
            }
        }
        out
    }

    /// The one organisation entity named before byte `byte` (within [`MAX_NAMED_BACK`]
    /// mentions) by a name holding the word `noun` ("Bank" of "Bank of Korea" for "the bank");
    /// `None` when none or several are.
    pub(super) fn named_by_noun(&self, byte: usize, noun: &str) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.start < byte);
        let mut one = None;
        for i in (end.saturating_sub(MAX_NAMED_BACK)..end).rev() {
            let m = &self.mentions[i];
            let Some(e) = self.entity_of_mention(i) else {
                continue;
            };
            if m.end > byte || self.label_of(e) != Some(Label::Org) {
                continue;
            }
            let holds = m
                .tokens
                .clone()
                .any(|k| self.doc.tok_text(k).eq_ignore_ascii_case(noun));
            match one {
                _ if !holds => {}
                None => one = Some(e),
                Some(o) if o == e => {}
                Some(_) => return None,
            }
        }
        one
    }

    /// The entity of `labels` named before byte `byte` (within [`MAX_NAMED_BACK`] mentions)
    /// whose country is `cc` or whose name holds a word the lexicon ties to `cc` (a country's
    /// name, its nationality or one of its cities: "China" of "China Harbour Works" for "the
    /// Chinese contractor"). Of several, the one named most often so far, or on a tie the
    /// one [`Ctx::main_firm`] finds; `Some(None)` when that leaves none (a bank and a builder
    /// of that country named once each), `None` when no entity is of that country, so the
    /// caller falls back to the window's one candidate only then.
    pub(super) fn named_for_country(
        &self,
        byte: usize,
        cc: crate::engine::lexicon::Cc,
        labels: &[Label],
    ) -> Option<Option<usize>> {
        let lx = crate::engine::lexicon::lexicon();
        let mut buf = String::new();
        let end = self.mentions.partition_point(|m| m.start < byte);
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for i in end.saturating_sub(MAX_NAMED_BACK)..end {
            let m = &self.mentions[i];
            let Some(e) = self.entity_of_mention(i) else {
                continue;
            };
            if m.end > byte || !self.label_of(e).is_some_and(|l| labels.contains(&l)) {
                continue;
            }
            if let Some(c) = counts.iter_mut().find(|(x, _)| *x == e) {
                c.1 += 1;
                continue;
            }
            let own = self.merged.entities.get(e)?.country.as_deref() == Some(cc.as_str());
            let named = m.tokens.clone().any(|k| {
                lx.get_any(self.doc.tok_text(k), &mut buf)
                    .is_some_and(|x| [x.country, x.demonym, x.city].contains(&Some(cc)))
            });
            if own || named {
                counts.push((e, 1));
            }
        }
        let best = counts.iter().map(|&(_, n)| n).max()?;
        let top: Vec<usize> = (counts.iter())
            .filter(|&&(_, n)| n == best)
            .map(|&(e, _)| e)
            .collect();
        // A tie: the one that was the subject of more clauses ("The firm agreed to build").
        Some(match top[..] {
            [e] => Some(e),
            _ => self.main_firm(byte, &top),
        })
    }

    /// The story's firm among `candidates` (entities): the subject of more clauses starting
    /// before byte `byte` (of the last [`MAX_NAMED_BACK`]) than any other candidate, and of at
    /// least [`MAIN_FIRM_SUBJECTS`]; `None` when no candidate stands out so. Subjects are those
    /// named or resolved so far.
    pub(super) fn main_firm(&self, byte: usize, candidates: &[usize]) -> Option<usize> {
        let end = self
            .clauses
            .partition_point(|c| c.span(self.words).0 < byte);
        let mut counts = vec![0u32; candidates.len()];
        for c in end.saturating_sub(MAX_NAMED_BACK)..end {
            if let Some(k) =
                (self.subject_of(c)).and_then(|e| candidates.iter().position(|&x| x == e))
            {
                counts[k] += 1;
            }
        }
        let (best, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        let alone = (counts.iter().enumerate()).all(|(k, &m)| k == best || m < n);
        (n >= MAIN_FIRM_SUBJECTS && alone).then(|| candidates[best])
    }

    /// Does a word of mention `i` make it a public body's name ("Treasury", "Constitutional
    /// Court": `BODY` in `coref_nouns.tsv`)?
    pub(super) fn public_body(&self, i: usize) -> bool {
        self.has_word_of(i, NounClass::Body)
    }

    /// Is mention `i` a news outlet's name ("Reuters", "the Daily Herald": a `MEDIA` word
    /// of `coref_nouns.tsv` in it)?
    /// Is mention `i` the agency a dateline credits ("LYON, May 2 (Wire) -")? In parentheses
    /// right before a dash, in the document's first sentences (a headline and a byline may
    /// come first): it filed the story, it is no antecedent in it.
    pub(super) fn dateline_credit(&self, i: usize) -> bool {
        let m = &self.mentions[i];
        let text = self.doc.text;
        self.sentence_of(m.start) <= MAX_DATELINE_SENTENCE
            && text[..m.start].trim_end().ends_with('(')
            && text[m.end..]
                .trim_start()
                .strip_prefix(')')
                .is_some_and(|rest| rest.trim_start().starts_with(['-', '\u{2013}', '\u{2014}']))
    }

    /// Is mention `i` on a byline ("By Daniel Okafor" on a line of its own, under 160 bytes, in
    /// the document's first sentences)? The reporter wrote the story and is no antecedent in
    /// it ("She was 91" is not the reporter).
    pub(super) fn byline(&self, i: usize) -> bool {
        let m = &self.mentions[i];
        let text = self.doc.text;
        if self.sentence_of(m.start) > MAX_DATELINE_SENTENCE {
            return false;
        }
        // The line is looked for within MAX_BYLINE bytes either side: a search to the text's
        // ends for every mention made a text without line breaks quadratic (8 MiB: a minute).
        let mut lo = m.start.saturating_sub(MAX_BYLINE);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (m.end + MAX_BYLINE).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let from = text[lo..m.start].rfind('\n').map(|k| lo + k + 1);
        let to = text[m.end..hi].find('\n').map(|k| m.end + k);
        let from = match from {
            Some(f) => f,
            None if lo == 0 => 0,
            None => return false,
        };
        let to = match to {
            Some(t) => t,
            None if hi == text.len() => text.len(),
            None => return false,
        };
        let line = text[from..to].trim_start();
        line.len() < MAX_BYLINE && line.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("by "))
    }

    pub(super) fn news_outlet(&self, i: usize) -> bool {
        self.has_word_of(i, NounClass::Media)
    }

    fn has_word_of(&self, i: usize, class: NounClass) -> bool {
        self.mentions[i].tokens.clone().any(|k| {
            let w = self.doc.tok_text(k).to_lowercase();
            nouns().get(w.as_str()) == Some(&class)
        })
    }

    /// Is there a clause subject headed by a person-like common noun between bytes a and b?
    pub(super) fn human_subject_between(&self, a: usize, b: usize) -> bool {
        let first = self.clauses.partition_point(|c| c.span(self.words).1 <= a);
        let last = self.clauses.partition_point(|c| c.span(self.words).0 < b);
        self.clauses
            .get(first..last)
            .unwrap_or(&[])
            .iter()
            .any(|c| {
                c.subject.as_ref().is_some_and(|g| {
                    g.span(self.words).0 >= a
                        && g.span(self.words).1 <= b
                        && self
                            .mention_over(
                                self.words.at(g.head()).start(),
                                self.words.at(g.head()).end(),
                            )
                            .is_none()
                        && {
                            let h = &self.words.at(g.head());
                            let w = self.text(h.start(), h.end()).to_lowercase();
                            matches!(
                                nouns().get(w.as_str()),
                                Some(NounClass::Human | NounClass::Person)
                            )
                        }
                })
            })
    }

    pub(super) fn distinct(found: &[(usize, usize)]) -> Vec<usize> {
        let mut es: Vec<usize> = Vec::new();
        for &(_, e) in found {
            if !es.contains(&e) {
                es.push(e);
            }
        }
        es
    }
}
