//! What the relation frames read: the trigger and word tables of
//! `data/relations/` (parsed once), and [`Ctx`], the document with indexes
//! over its tokens (the mention covering each token, time expressions, resolved
//! pronouns, countries by code) and small lookups on them.
//!
//! Input: the tokenised document, typed mentions, merged entities, clauses,
//! resolved pronouns and time expressions. Output: lookups only; no relation is
//! decided here.

use super::cover::Cover;
use crate::engine::bits::Bits;
use crate::engine::clause::Clause;
use crate::engine::coref::Resolved;
use crate::engine::lexicon::{lexicon, lower, with_lower_word, Cc};
use crate::engine::merge::Merged;
use crate::engine::model::{Label, RelationType};
use crate::engine::pos::Words;
use crate::engine::shape::starts_lower;
use crate::engine::text::{Doc, TokenKind};
use crate::engine::time::TimexDraft;
use crate::engine::typing::TypedMention;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/relations/triggers.tsv"));
const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/relations/words.tsv"));

/// What the words around a trigger mean (one per line of `triggers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    Give,
    Obtain,
    /// "bought", "agreed to acquire": goods obtained (SUPPLY) or a firm bought (OWNERSHIP).
    Acquire,
    /// "sold": goods given (SUPPLY) or a firm sold to a buyer (OWNERSHIP).
    Sell,
    Origin,
    MeetVerb,
    MeetNoun,
    SanctionVerb,
    SanctionNoun,
    GiveNoun,
    OwnedBy,
    OwnerOf,
    Owns,
    /// "holds 27.5% of X": [`Frame::Owns`] with a share only ("holds talks" owns nothing).
    HoldsShare,
    Stake,
    MeetAfter,
    Freeze,
    Holding,
    OwnedAppos,
    /// "X and its parent company, Y": [`Frame::OwnedAppos`] the other way round.
    OwnerAppos,
    /// "added X to its sanctions list": SANCTION when the "to"/"on" phrase names such a list.
    ListAdd,
    /// "signed a contract with Y for goods": SUPPLY from Y to the subject.
    ContractFor,
    /// "X, a joint venture between A and B": A and B own X.
    JointVenture,
    /// "X joined Y", "X works for Y", "X was hired by Y": a person's EMPLOYMENT at a firm.
    WorksAt,
    /// "X relies on Y to make goods", "X depends on Y for goods": SUPPLY from Y to X.
    Rely,
    /// "X manages the vessel Y", "X operates the tankers A and B": [`Frame::Owns`] with vessels
    /// only (a firm controlling them).
    Operates,
    /// "X completed its acquisition of Y": X owns Y (only after a verb completing the deal).
    Acquisition,
    /// "a meeting between A and his counterpart B": a MEETING of A and B.
    MeetBetween,
    /// "X completed the signing of striker Y": Y's EMPLOYMENT at X.
    Signing,
    /// "X banned Y from selling chips": X sanctions Y (only with "from" and a gerund).
    Ban,
}

impl Frame {
    pub(super) fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "give" => Frame::Give,
            "obtain" => Frame::Obtain,
            "acquire" => Frame::Acquire,
            "sell" => Frame::Sell,
            "origin" => Frame::Origin,
            "meet_verb" => Frame::MeetVerb,
            "meet_noun" => Frame::MeetNoun,
            "sanction_verb" => Frame::SanctionVerb,
            "sanction_noun" => Frame::SanctionNoun,
            "give_noun" => Frame::GiveNoun,
            "owned_by" => Frame::OwnedBy,
            "owner_of" => Frame::OwnerOf,
            "owns" => Frame::Owns,
            "holds_share" => Frame::HoldsShare,
            "stake" => Frame::Stake,
            "meet_after" => Frame::MeetAfter,
            "freeze" => Frame::Freeze,
            "list_add" => Frame::ListAdd,
            "holding" => Frame::Holding,
            "owned_appos" => Frame::OwnedAppos,
            "owner_appos" => Frame::OwnerAppos,
            "contract_for" => Frame::ContractFor,
            "joint_venture" => Frame::JointVenture,
            "works_at" => Frame::WorksAt,
            "rely" => Frame::Rely,
            "operates" => Frame::Operates,
            "acquisition" => Frame::Acquisition,
            "meet_between" => Frame::MeetBetween,
            "signing" => Frame::Signing,
            "ban" => Frame::Ban,
            _ => return None,
        })
    }
}

pub(super) fn parse_type(s: &str) -> Option<RelationType> {
    Some(match s {
        "SUPPLY" => RelationType::Supply,
        "MEETING" => RelationType::Meeting,
        "SANCTION" => RelationType::Sanction,
        "OWNERSHIP" => RelationType::Ownership,
        "EMPLOYMENT" => RelationType::Employment,
        _ => return None,
    })
}

/// Word classes of `words.tsv`, as bits (a word may have several).
pub(crate) mod class;

/// One trigger phrase.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// Words after the first one.
    pub rest: Vec<Box<str>>,
    pub frame: Frame,
}

/// The parsed data files.
pub(crate) struct Tables {
    /// First word → phrases starting with it, longest first.
    pub(super) triggers: HashMap<Box<str>, Vec<Trigger>>,
    pub(super) words: HashMap<Box<str>, u64>,
}

pub(super) fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

pub(super) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut triggers: HashMap<Box<str>, Vec<Trigger>> = HashMap::default();
        for r in rows(TRIGGERS) {
            // The type column documents the frame's type; a row whose type does not parse is
            // skipped like one whose frame does not.
            let (Some(phrase), Some(_kind), Some(frame)) = (
                r.first(),
                r.get(1).and_then(|s| parse_type(s)),
                r.get(2).and_then(|s| Frame::parse(s)),
            ) else {
                continue;
            };
            let mut w = phrase.split(' ');
            let Some(first) = w.next() else { continue };
            triggers.entry(first.into()).or_default().push(Trigger {
                rest: w.map(Into::into).collect(),
                frame,
            });
        }
        for v in triggers.values_mut() {
            crate::sort::sort_by_key(v, |t| std::cmp::Reverse(t.rest.len()));
        }
        let mut words: HashMap<Box<str>, u64> = HashMap::default();
        for r in rows(WORDS) {
            if let (Some(w), Some(c)) = (r.first(), r.get(1).and_then(|s| class::parse(s))) {
                *words.entry((*w).into()).or_default() |= c;
            }
        }
        Tables { triggers, words }
    })
}

/// Parties found at one side of a trigger: entity indexes and the token range they cover.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parties {
    pub entities: Vec<usize>,
    /// First and last token of the phrase naming them.
    pub first: usize,
    pub last: usize,
}

/// A subject found by walking left from a trigger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Subject {
    pub parties: Parties,
    pub hedged: bool,
    pub negated: bool,
    /// The walk ended on a personal pronoun ("he meets him"), not on a name.
    pub pronoun: bool,
}

/// Everything the frames read: the document, its mentions and entities, indexes over them.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Doc<'a>,
    pub mentions: &'a [TypedMention],
    pub merged: &'a Merged,
    pub(super) tables: &'static Tables,
    /// Token index → the mention covering it, stored for covered tokens only ([`Cover`]): it
    /// is alive with the clauses and the tagged words at the peak of an analysis (issue 16.6).
    /// Read it with [`Ctx::cover`].
    cover: Cover,
    /// Country code → entity index of that country (a GPE named as a country).
    pub(super) countries: HashMap<Cc, usize>,
    /// Token index → inside a time expression.
    pub(super) in_timex: Bits,
    /// Token index → (first token, entity) of the resolved pronoun or description covering it.
    pub(super) resolved: HashMap<usize, (usize, usize)>,
    /// The clause stage's clauses, in text order.
    pub clauses: &'a [Clause],
    /// The tagged words the clauses were found in (their spans are read from them).
    pub words: &'a Words<'a>,
    /// Goods no list knows, found as objects of verbs of trade (`Ctx::unlisted_goods`): first
    /// and last token, and the index of the ITEM entity made for them after the stage (past the
    /// merged entities); and that index by lower-case wording (one entity per wording).
    #[allow(clippy::type_complexity)]
    pub(super) new_goods: std::cell::RefCell<(Vec<(usize, usize, usize)>, HashMap<Box<str>, u32>)>,
    /// Entity index → framed as a vessel somewhere ("the tanker X"), found on first use
    /// (`Ctx::vessel_ending_at`).
    pub(super) framed_vessels: std::cell::OnceCell<Bits>,
    /// Words of organisations' names → the one organisation holding them, found on first use
    /// (`Ctx::club_of_town`).
    pub(super) town_clubs: std::cell::OnceCell<HashMap<Box<str>, Option<usize>>>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(
        doc: &'a Doc<'a>,
        mentions: &'a [TypedMention],
        merged: &'a Merged,
        clauses: &'a [Clause],
        words: &'a Words<'a>,
        resolved: &[Resolved],
        timexes: &[TimexDraft],
    ) -> Ctx<'a> {
        let mut by_token = HashMap::default();
        for r in resolved {
            let first = doc.tokens.partition_point(|t| t.end() <= r.start);
            let mut k = first;
            while k < doc.tokens.len() && doc.tokens[k].start() < r.end {
                by_token.insert(k, (first, r.entity));
                k += 1;
            }
        }
        let mut in_timex = Bits::new(doc.tokens.len());
        let mut t = 0;
        for (i, tok) in doc.tokens.iter().enumerate() {
            while t < timexes.len() && timexes[t].end <= tok.start() {
                t += 1;
            }
            if timexes
                .get(t)
                .is_some_and(|x| x.start <= tok.start() && tok.end() <= x.end)
            {
                in_timex.set(i);
            }
        }
        let cover = Cover::new(doc.tokens.len(), || {
            mentions.iter().map(|m| m.tokens.start..m.tokens.end)
        });
        let lx = lexicon();
        let mut countries = HashMap::default();
        let mut buf = String::new();
        for (i, e) in merged.entities.iter().enumerate() {
            let Some(cc) = e.country.as_deref().and_then(Cc::parse) else {
                continue;
            };
            let named_country = lx.get_any(&e.name, &mut buf).and_then(|x| x.country) == Some(cc)
                || lx.country_name(cc) == Some(e.name.as_str());
            if e.label == Label::Gpe && named_country {
                countries.entry(cc).or_insert(i);
            }
        }
        Ctx {
            doc,
            mentions,
            merged,
            tables: tables(),
            cover,
            countries,
            in_timex,
            resolved: by_token,
            clauses,
            words,
            new_goods: Default::default(),
            framed_vessels: Default::default(),
            town_clubs: Default::default(),
        }
    }

    pub fn n_tokens(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The reduced relative of clause `c`'s last object right after it: "chips made by
    /// Lanterra to Arax" after "began selling" (a passive whose subject the clause stage took
    /// from that object, its verb group opening where the object ends).
    pub fn reduced_relative_of(&self, c: &Clause) -> Option<&'a Clause> {
        let end = c.objects().iter().last()?.span(self.words).1;
        let next = self
            .clauses
            .iter()
            .find(|n| n.verb.span(self.words).0 > end)?;
        let gap = self.doc.text.get(end..next.verb.span(self.words).0)?;
        (next.verb.passive
            && next.subject_source == crate::engine::clause::SubjectSource::Antecedent
            && gap.trim().is_empty())
        .then_some(next)
    }

    /// Lower-case text of token `i`.
    pub fn low(&self, i: usize) -> String {
        self.doc.tok_text(i).to_lowercase()
    }

    /// The entity a resolved pronoun or description ("he", "the company") covering token `i`
    /// stands for, with the description's first token.
    pub fn resolved_at(&self, i: usize) -> Option<(usize, usize)> {
        self.resolved.get(&i).copied()
    }

    /// Is token `i` inside a time expression?
    pub fn in_timex(&self, i: usize) -> bool {
        self.in_timex.get(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.n_tokens() && self.doc.tok_text(i).eq_ignore_ascii_case(word)
    }

    /// Word classes of token `i` (0 when none).
    pub fn class(&self, i: usize) -> u64 {
        if i >= self.n_tokens() {
            return 0;
        }
        let mut buf = String::new();
        let w = lower(self.doc.tok_text(i), &mut buf);
        if w.contains('’') {
            let w = w.replace('’', "'");
            return self.tables.words.get(w.as_str()).copied().unwrap_or(0);
        }
        self.tables.words.get(w).copied().unwrap_or(0)
    }

    /// Word classes of a lower-case word or lemma (0 when none).
    pub fn word_class(&self, w: &str) -> u64 {
        self.tables.words.get(w).copied().unwrap_or(0)
    }

    /// Is mention `m` followed by a capitalised word no mention covers, inside the sentence
    /// ("China Minmetals" when only "China" was found)? Then it is part of a longer,
    /// unrecognised name and names no party of its own.
    pub fn runs_on(&self, m: usize) -> bool {
        let end = self.mentions[m].tokens.end;
        let Some(t) = self.doc.tokens.get(end) else {
            return false;
        };
        t.kind == TokenKind::Word
            && self.doc.same_sentence(end, end - 1)
            && self.doc.tok_text(end).starts_with(char::is_uppercase)
            && self.cover(end).is_none()
            && !self.in_timex(end)
            && self.cut_name_end(m).is_none()
    }

    pub fn has(&self, i: usize, c: u64) -> bool {
        self.class(i) & c != 0
    }

    pub fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        i < self.n_tokens()
            && self.doc.tokens[i].kind == TokenKind::Punct
            && self
                .doc
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c))
    }

    /// Quote marks, skipped everywhere between parties and triggers.
    pub fn is_quote(&self, i: usize) -> bool {
        self.is_punct(i, &['"', '“', '”', '\'', '‘', '’', '«', '»'])
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.doc.sentence_of(i) as usize
    }

    /// The mention covering token `j`, if any.
    #[inline]
    pub fn cover(&self, j: usize) -> Option<usize> {
        self.cover.get(j)
    }

    /// Mention ending at token `j` (inclusive).
    pub fn mention_ending_at(&self, j: usize) -> Option<usize> {
        let m = self.cover(j)?;
        (self.mentions[m].tokens.end == j + 1).then_some(m)
    }

    pub fn mention_starting_at(&self, k: usize) -> Option<usize> {
        let m = self.cover(k)?;
        (self.mentions[m].tokens.start == k).then_some(m)
    }

    pub fn entity_of(&self, m: usize) -> usize {
        self.merged.mention_entity.get(m).copied().unwrap_or(0)
    }

    /// Is token `k` a verb of visiting (`[visit_stems]`: "visited", "toured")?
    pub fn is_visit(&self, k: usize) -> bool {
        let w = self.doc.tok_text(k).to_ascii_lowercase();
        (crate::engine::lexicon::words::words().visit_stems)
            .iter()
            .any(|v| w.starts_with(v))
    }

    /// The entity a mention names as a party (person, organisation, state; a capital city
    /// gives its country when the document names it: "Moscow imported", "visited Beijing"
    /// are the states' doings), or `None` for other labels.
    pub fn party(&self, m: usize) -> Option<usize> {
        let mention = self.mentions.get(m)?;
        if let Some(e) = mention.capital_of.and_then(|cc| self.countries.get(&cc)) {
            return Some(*e);
        }
        match mention.label {
            Label::Person | Label::Org | Label::Gpe | Label::Fac | Label::Loc => Some(
                self.merged
                    .mention_actor
                    .get(m)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| self.entity_of(m)),
            ),
            _ => None,
        }
    }

    /// Is the mention starting at token `first` a place named as an argument of a word before
    /// it (after a preposition or a lower-case word such as a verb: "in Tokyo", "visited
    /// Washington"), rather than one that can head its own clause ("China held talks", "Russia
    /// and China met")?
    pub fn is_place_argument(&self, first: usize) -> bool {
        let Some(m) = self.mention_starting_at(first) else {
            return false;
        };
        if !matches!(self.mentions[m].label, Label::Gpe | Label::Loc | Label::Fac) {
            return false;
        }
        let mut j = first;
        while j > 0 && self.is(j - 1, "the") {
            j -= 1;
        }
        if j == 0 || self.sentence_of(j - 1) != self.sentence_of(first) {
            return false;
        }
        let before = self.doc.tok_text(j - 1);
        if self.class(j - 1) & class::PREP != 0 {
            return true;
        }
        starts_lower(before) && !["and", "or", "but", "while"].contains(&before)
    }

    /// The country entity a nationality mention ("Chinese") stands for, when the document
    /// names that country.
    pub fn nationality_country(&self, m: usize) -> Option<usize> {
        let mention = self.mentions.get(m)?;
        if mention.label != Label::Norp {
            return None;
        }
        let cc = mention.country.or_else(|| {
            self.merged.entities[self.entity_of(m)]
                .country
                .as_deref()
                .and_then(Cc::parse)
        })?;
        self.countries.get(&cc).copied()
    }

    /// Goods named by mention `m` (ITEM or PRODUCT), as an entity index.
    pub fn item(&self, m: usize) -> Option<usize> {
        matches!(self.mentions.get(m)?.label, Label::Item | Label::Product)
            .then(|| self.entity_of(m))
    }

    pub fn label_of_entity(&self, e: usize) -> Option<Label> {
        self.merged.entities.get(e).map(|e| e.label)
    }

    /// "Y, holds 22%": a comma at token `k` closing an apposition, then a verb of holding (an
    /// `owns` or `holds_share` trigger); the trigger's length in tokens.
    pub(super) fn holding_after_comma(&self, k: usize) -> Option<usize> {
        let (t, len) = self
            .trigger_at(k + 1)
            .filter(|_| self.is_punct(k, &[',']))?;
        matches!(t.frame, Frame::Owns | Frame::HoldsShare).then_some(len)
    }

    /// The longest trigger phrase starting at token `i`, and its length in tokens (none past
    /// the last token).
    pub(super) fn trigger_at(&self, i: usize) -> Option<(&'static Trigger, usize)> {
        let ctx = self;
        if ctx.doc.tokens.get(i)?.kind != TokenKind::Word {
            return None;
        }
        let cands = with_lower_word(ctx.doc.tok_text(i), |first| ctx.tables.triggers.get(first))?;
        let sentence = ctx.sentence_of(i);
        cands.iter().find_map(|t| {
            let ok = t.rest.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                j < ctx.n_tokens() && ctx.sentence_of(j) == sentence && ctx.is(j, w)
            });
            ok.then_some((t, t.rest.len() + 1))
        })
    }
}
