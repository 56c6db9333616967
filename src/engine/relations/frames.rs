//! Relation frames: given a trigger's token span, find its parties and items.
//!
//! Each frame reads the subject with [`Ctx::subject`] (a walk left over auxiliaries, adverbs,
//! hedges and negations to a party mention) and its objects with [`Ctx::parties_at`] and
//! bounded right-hand scans. All walks stay inside the trigger's sentence and look at a fixed
//! number of tokens, so the stage stays linear.

use super::class::*;
use super::{Ctx, Frame, Parties, Subject, Trigger};
use crate::engine::clause::{self, Clause};
use crate::engine::model::{Label, Modality, RelationType};
use crate::engine::text::TokenKind;

/// Longest left walk from a trigger to its subject (tokens).
const MAX_SUBJECT_GAP: usize = 12;
/// Longest object phrase scanned right of a trigger (tokens).
const MAX_OBJECT: usize = 25;
/// Longest walk left to the nearest party for a noun trigger ("in a phone call with").
const MAX_NEAREST: usize = 15;
/// Most tokens a subject walk passes, time expressions and relative clauses included.
const MAX_SUBJECT_WALK: usize = 48;
/// Farthest a "help" verb may stand before the trigger it gives a recipient to.
const MAX_HELP_DISTANCE: usize = 40;
/// Most parties in one joined list ("A, B and C").
const MAX_LIST: usize = 12;

/// A relation found by a frame, before dating and numbering.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub kind: RelationType,
    pub source: usize,
    pub target: usize,
    pub items: Vec<usize>,
    pub modality: Modality,
    /// First and last token of the trigger.
    pub trigger_tokens: (usize, usize),
    /// First and last token of everything the relation was read from.
    pub extent: (usize, usize),
}

fn modality(hedged: bool, negated: bool) -> Modality {
    if negated {
        Modality::Negated
    } else if hedged {
        Modality::Hedged
    } else {
        Modality::Asserted
    }
}

/// What one frame read, pushed as one relation per (source, target) pair.
struct Reading<'p> {
    kind: RelationType,
    sources: &'p [usize],
    targets: &'p [usize],
    items: Vec<usize>,
    modality: Modality,
    trigger: (usize, usize),
    extent: (usize, usize),
}

fn push(out: &mut Vec<Found>, r: Reading) {
    for &s in r.sources {
        for &t in r.targets {
            if s != t {
                out.push(Found {
                    kind: r.kind,
                    source: s,
                    target: t,
                    items: r.items.clone(),
                    modality: r.modality,
                    trigger_tokens: r.trigger,
                    extent: r.extent,
                });
            }
        }
    }
}

/// Run the frame of `trigger` found at tokens `a..=b`.
pub(crate) fn apply(ctx: &Ctx, trigger: &Trigger, a: usize, b: usize, out: &mut Vec<Found>) {
    match trigger.frame {
        Frame::Give => give(ctx, a, b, out),
        Frame::Obtain => obtain(ctx, a, b, out),
        Frame::Origin => origin(ctx, a, b, out),
        Frame::MeetVerb => meet_verb(ctx, a, b, out),
        Frame::MeetNoun => meet_noun(ctx, a, b, out),
        Frame::SanctionVerb => sanction_verb(ctx, a, b, out),
        Frame::SanctionNoun => sanction_noun(ctx, a, b, out),
        Frame::OwnedBy => owned_by(ctx, a, b, out),
        Frame::Owns => owns(ctx, a, b, out),
        Frame::Stake => stake(ctx, a, b, out),
    }
}

impl Ctx<'_> {
    /// First and one-past-last token of the sentence holding token `i`.
    pub fn bounds(&self, i: usize) -> (usize, usize) {
        let s = &self.doc.sentences[self.sentence_of(i)];
        (s.tokens.start, s.tokens.end)
    }

    /// One past the last token of the sentence holding token `k - 1`: the limit of a scan
    /// that starts right after a token (so it never runs into the next sentence).
    pub fn end_of_sentence_before(&self, k: usize) -> usize {
        if self.n_tokens() == 0 {
            return 0;
        }
        self.bounds(k.saturating_sub(1).min(self.n_tokens() - 1)).1
    }

    fn is_joiner(&self, i: usize) -> bool {
        self.is(i, "and") || self.is(i, "or") || self.is_punct(i, &['&'])
    }

    /// The subject of the trigger starting at token `a`: walk left over quotes, auxiliaries,
    /// adverbs, hedges and negations (and, with `light`, light verbs, determiners and numbers:
    /// "holds a 20% stake") to a party phrase. `None` when the walk meets anything else.
    pub fn subject(&self, a: usize, light: bool) -> Option<Subject> {
        let clause = self.verb_clause(a);
        let mut s = self
            .subject_walk(a, light)
            .or_else(|| self.clause_subject(clause?))?;
        // The clause stage reads modality over the whole verb group ("is believed to have
        // been supplying", "did not, in the end, provide").
        if let Some(c) = clause {
            s.hedged |= c.verb.hedged();
            s.negated |= c.verb.negated;
        }
        Some(s)
    }

    /// The clause whose verb group holds the trigger starting at token `a`.
    fn verb_clause(&self, a: usize) -> Option<&Clause> {
        let at = self.doc.tokens.get(a)?.start;
        clause::containing(self.clauses, at).filter(|c| c.verb.span.0 <= at && at < c.verb.span.1)
    }

    /// The party the clause stage found as the clause's subject: a mention (or resolved
    /// pronoun or description) ending at the subject group's last word.
    fn clause_subject(&self, c: &Clause) -> Option<Subject> {
        let g = c.subject.as_ref()?;
        let j = self.doc.tokens.partition_point(|t| t.end < g.span.1);
        if self.doc.tokens.get(j)?.end != g.span.1 {
            return None;
        }
        let parties = match self.parties_ending_at(j) {
            Some(p) => p,
            None => {
                let (first, e) = self.resolved_at(j)?;
                Parties {
                    entities: vec![e],
                    first,
                    last: j,
                }
            }
        };
        Some(Subject {
            parties,
            ..Subject::default()
        })
    }

    /// The subject by walking left from the trigger (see [`Ctx::subject`]).
    fn subject_walk(&self, a: usize, light: bool) -> Option<Subject> {
        let (lo, _) = self.bounds(a);
        let (mut hedged, mut negated) = (false, false);
        let mut j = a;
        let mut steps = 0;
        let mut tokens = 0;
        loop {
            if j <= lo || steps >= MAX_SUBJECT_GAP || tokens >= MAX_SUBJECT_WALK {
                return None;
            }
            j -= 1;
            steps += 1;
            tokens += 1;
            let c = self.class(j);
            if self.is_quote(j) || c & (AUX | BE | ADV) != 0 {
                continue;
            }
            // "X on Thursday sanctioned ...": a time expression and its preposition.
            if self.in_timex(j) || (c & PREP != 0 && self.in_timex(j + 1)) {
                steps -= 1;
                continue;
            }
            // "X, which imposed sanctions": the relative pronoun stands for X.
            if (self.is(j, "which") || self.is(j, "who")) && j > lo && self.is_punct(j - 1, &[','])
            {
                j -= 1;
                continue;
            }
            // "X, which owns ..., shipped" / "X, the Dutch maker of ..., has not shipped".
            if self.is_punct(j, &[',']) {
                if let Some(k) = self.parenthetical_start(j) {
                    tokens += j - k;
                    j = k;
                    continue;
                }
            }
            if c & NEG != 0 {
                negated = true;
                continue;
            }
            if c & HEDGE != 0 || (c & SPEECH != 0 && self.is(j + 1, "to")) {
                hedged = true;
                continue;
            }
            let numberish = self.doc.tokens[j].kind == TokenKind::Number
                || self.is_punct(j, &['%'])
                || self.is(j, "per")
                || self.is(j, "cent")
                || self.is(j, "percent");
            if light && (c & LIGHT != 0 || numberish) {
                continue;
            }
            break;
        }
        // "he", "the company": coreference named the entity.
        if let Some((first, e)) = self
            .resolved_at(j)
            .filter(|_| self.mention_ending_at(j).is_none())
        {
            return Some(Subject {
                parties: Parties {
                    entities: vec![e],
                    first,
                    last: j,
                },
                hedged,
                negated,
                pronoun: false,
            });
        }
        if self.has(j, PRONOUN) {
            return Some(Subject {
                parties: Parties {
                    entities: Vec::new(),
                    first: j,
                    last: j,
                },
                hedged,
                negated,
                pronoun: true,
            });
        }
        let parties = self.parties_ending_at(j)?;
        // The object of a preposition is not a subject ("drones from China supplied ...").
        if parties.first > lo {
            let p = self.low(parties.first - 1);
            if matches!(
                p.as_str(),
                "of" | "to" | "for" | "from" | "by" | "in" | "at" | "on" | "against" | "into"
            ) {
                return None;
            }
        }
        // "Reportedly, X supplied ...": a hedge just before the subject.
        let mut k = parties.first;
        for _ in 0..3 {
            if k <= lo {
                break;
            }
            k -= 1;
            if self.has(k, HEDGE) {
                hedged = true;
            }
        }
        Some(Subject {
            parties,
            hedged,
            negated,
            pronoun: false,
        })
    }

    /// For a comma at `j` closing a relative clause or an apposition after a party ("X, which
    /// owns ..., " / "X, the maker of ..., "), the position of the comma opening it.
    fn parenthetical_start(&self, j: usize) -> Option<usize> {
        let (lo, _) = self.bounds(j);
        (lo + 1..j).rev().take(20).find(|&k| {
            self.is_punct(k, &[','])
                && (self.is(k + 1, "which") || self.is(k + 1, "who") || self.has(k + 1, DET))
                && self
                    .mention_ending_at(k - 1)
                    .is_some_and(|m| self.party(m).is_some())
        })
    }

    /// Parties named by the phrase ending at token `j`: a party mention with the ones joined
    /// to it ("Russia and Iran"), a nationality with a group noun ("Chinese entities" →
    /// China), or the "including" list inside dashes or brackets ("several groups — including
    /// A, B and C —").
    pub fn parties_ending_at(&self, j: usize) -> Option<Parties> {
        let (lo, _) = self.bounds(j);
        let head = if let Some(m) = self.mention_ending_at(j) {
            let e = self.party(m)?;
            Some((e, self.mentions[m].tokens.start, false))
        } else if self.has(j, COLLECTIVE) && j > lo {
            let m = self.mention_ending_at(j - 1)?;
            let e = self.nationality_country(m)?;
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
            while p.first >= lo + 2 && p.entities.len() < MAX_LIST {
                let q = p.first - 1;
                let r = if self.is_joiner(q) {
                    seen_and = true;
                    if self.is_punct(q - 1, &[',']) {
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
                k = p;
            }
        }
        let one = |k: usize| -> Option<(usize, usize)> {
            let m = self.mention_starting_at(k)?;
            let end = self.mentions[m].tokens.end;
            if let Some(e) = self.party(m) {
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
                let runs_on = end < hi
                    && self.doc.tokens[end].kind == TokenKind::Word
                    && next.starts_with(char::is_uppercase)
                    && self.cover[end].is_none()
                    && !self.in_timex(end);
                return (!modifier && !runs_on).then_some((e, end - 1));
            }
            if end < hi && self.has(end, COLLECTIVE) {
                return Some((self.nationality_country(m)?, end));
            }
            None
        };
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

    /// Parties after a preposition: directly ("from China"), or through a list introduced
    /// within a few words ("from other groups, including A and B").
    pub fn parties_after(&self, k: usize) -> Option<Parties> {
        if let Some(p) = self.parties_at(k) {
            return Some(p);
        }
        let hi = self.end_of_sentence_before(k);
        for j in k..(k + 6).min(hi) {
            if self.is(j, "including") || self.is(j, "notably") || self.is(j, "namely") {
                return self.parties_at(j + 1);
            }
            if self.is(j, "such") && self.is(j + 1, "as") {
                return self.parties_at(j + 2);
            }
            let word = self.doc.tokens[j].kind == TokenKind::Word;
            let named = self.cover[j]
                .is_some_and(|m| matches!(self.mentions[m].label, Label::Person | Label::Org));
            if !(word || self.is_punct(j, &[','])) || named {
                return None;
            }
        }
        None
    }

    /// The nearest party mention left of token `a` in its clause (not crossing a reporting
    /// verb, a clause word or sentence punctuation), with the hedges and negations passed.
    fn nearest_party_left(&self, a: usize) -> Option<Subject> {
        let (lo, _) = self.bounds(a);
        let (mut hedged, mut negated) = (false, false);
        let mut j = a;
        for _ in 0..MAX_NEAREST {
            if j <= lo {
                return None;
            }
            j -= 1;
            if let Some(m) = self.mention_ending_at(j) {
                if let Some(e) = self.party(m) {
                    let first = self.mentions[m].tokens.start;
                    return Some(Subject {
                        parties: Parties {
                            entities: vec![e],
                            first,
                            last: j,
                        },
                        hedged,
                        negated,
                        pronoun: false,
                    });
                }
            }
            let c = self.class(j);
            if c & (SPEECH | BOUNDARY) != 0 || self.is_punct(j, &[';', ':', '.']) {
                return None;
            }
            hedged |= c & HEDGE != 0;
            negated |= c & NEG != 0;
        }
        None
    }

    /// Recipient named with a "help" verb earlier in the sentence whose subject is one of
    /// `sources`: "China was helping Russia ..., and China was providing imagery".
    fn helped_party(&self, a: usize, sources: &[usize]) -> Vec<usize> {
        let (lo, _) = self.bounds(a);
        for h in lo.max(a.saturating_sub(MAX_HELP_DISTANCE))..a {
            if !self.has(h, HELP) {
                continue;
            }
            let Some(p) = self.parties_at(h + 1) else {
                continue;
            };
            let same = self
                .subject(h, false)
                .is_some_and(|s| s.parties.entities.iter().any(|e| sources.contains(e)));
            if same {
                return p.entities;
            }
        }
        Vec::new()
    }

    /// Distinct PERSON entities of the sentence holding token `a`, in order of mention.
    fn persons_in_sentence(&self, a: usize) -> Vec<usize> {
        let (lo, hi) = self.bounds(a);
        let mut out = Vec::new();
        for k in lo.max(a.saturating_sub(MAX_NEAREST * 3))..hi.min(a + MAX_NEAREST) {
            if let Some(m) = self.mention_starting_at(k) {
                if self.mentions[m].label == Label::Person {
                    let e = self.entity_of(m);
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }
}

fn extent(parts: &[(usize, usize)]) -> (usize, usize) {
    let lo = parts.iter().map(|p| p.0).min().unwrap_or(0);
    let hi = parts.iter().map(|p| p.1).max().unwrap_or(0);
    (lo, hi)
}

/// Items in an object phrase starting at `k`, up to a clause boundary; stops at a
/// preposition among `stops` and returns its position.
struct Object {
    items: Vec<usize>,
    last: usize,
    /// The token where the scan stopped, when it was one of the asked prepositions.
    stop: Option<usize>,
}

fn object(ctx: &Ctx, k: usize, stops: &[&str]) -> Object {
    let hi = ctx.end_of_sentence_before(k);
    let mut o = Object {
        items: Vec::new(),
        last: k.saturating_sub(1),
        stop: None,
    };
    let mut k = k;
    let limit = (k + MAX_OBJECT).min(hi);
    while k < limit {
        if let Some(m) = ctx.mention_starting_at(k) {
            if let Some(it) = ctx.item(m) {
                if !o.items.contains(&it) {
                    o.items.push(it);
                }
                k = ctx.mentions[m].tokens.end;
                o.last = k - 1;
                continue;
            }
            if ctx.party(m).is_some() || ctx.mentions[m].label == Label::Norp {
                break;
            }
            k = ctx.mentions[m].tokens.end;
            continue;
        }
        if ctx.is_punct(k, &['.', ';', ':', '?', '!', '(']) || ctx.has(k, BOUNDARY | SPEECH) {
            break;
        }
        if ctx.is(k, "to") && (ctx.is(k - 1, "addition") || ctx.is(k - 1, "due")) {
            k += 1;
            continue;
        }
        if stops.iter().any(|s| ctx.is(k, s)) {
            o.stop = Some(k);
            break;
        }
        k += 1;
    }
    o
}

/// "X provides Y to Z", "X provided Z with Y", "X sold Z Y", "X supplies Y for use in Z".
fn give(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let mut k = b + 1;
    while k < ctx.n_tokens() && ctx.is_quote(k) {
        k += 1;
    }
    let mut targets: Vec<usize> = Vec::new();
    let mut target_span = (a, b);
    if let Some(p) = ctx.parties_at(k) {
        let after = p.last + 1;
        if ctx.is(after, "with") {
            k = after + 1;
        } else if ctx
            .mention_starting_at(after)
            .and_then(|m| ctx.item(m))
            .is_some()
        {
            k = after;
        } else {
            return;
        }
        target_span = (p.first, p.last);
        targets = p.entities;
    }
    let mut o = object(ctx, k, &["to", "for", "from", "with"]);
    // "shipped chips from Vietnam to the US": the place of origin is not the supplier.
    if let Some(f) = o.stop.filter(|&f| ctx.is(f, "from")) {
        if let Some(p) = ctx.parties_at(f + 1) {
            if ctx.is(p.last + 1, "to") {
                o.stop = Some(p.last + 1);
            }
        }
    }
    let mut last = o.last;
    if let Some(s) = o.stop.filter(|_| targets.is_empty()) {
        let found = if ctx.is(s, "to") {
            let at = if ctx.has(s + 1, HELP) { s + 2 } else { s + 1 };
            ctx.parties_at(at)
        } else if ctx.is(s, "for")
            && ctx.is(s + 1, "use")
            && (ctx.is(s + 2, "in") || ctx.is(s + 2, "by"))
        {
            // "for use in Russian weapons": a nationality names the recipient state.
            ctx.parties_at(s + 3).or_else(|| {
                let m = ctx.mention_starting_at(s + 3)?;
                Some(Parties {
                    entities: vec![ctx.nationality_country(m)?],
                    first: s + 3,
                    last: ctx.mentions[m].tokens.end - 1,
                })
            })
        } else {
            None
        };
        if let Some(p) = found {
            last = p.last;
            target_span = (p.first, p.last);
            targets = p.entities;
        }
    }
    if targets.is_empty() {
        targets = ctx.helped_party(a, &subj.parties.entities);
    }
    if o.items.is_empty() || targets.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &subj.parties.entities,
            targets: &targets,
            items: o.items,
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: extent(&[(subj.parties.first, b), (b, last.max(b)), target_span]),
        },
    );
}

/// "Z obtained Y from X", "Z bought Y for its army from X".
fn obtain(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    if subj.pronoun {
        return;
    }
    let o = object(ctx, b + 1, &["from", "for", "to"]);
    let mut stop = o.stop;
    // "for the weapons from ...": a purpose phrase between the goods and the supplier.
    if let Some(s) = stop.filter(|&s| ctx.is(s, "for")) {
        stop = (s + 1..(s + 7).min(ctx.bounds(s).1)).find(|&j| ctx.is(j, "from"));
    }
    let Some(from) = stop.filter(|&s| ctx.is(s, "from")) else {
        return;
    };
    let Some(src) = ctx.parties_after(from + 1) else {
        return;
    };
    if o.items.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &subj.parties.entities,
            items: o.items,
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, src.last),
        },
    );
}

/// "Y (that Z imported) came from X".
fn origin(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(src) = ctx.parties_after(b + 1) else {
        return;
    };
    let (lo, _) = ctx.bounds(a);
    let mut items = Vec::new();
    let mut targets = Vec::new();
    let mut first = a;
    let (mut hedged, mut negated) = (false, false);
    let mut j = a;
    for _ in 0..MAX_OBJECT {
        if j <= lo {
            break;
        }
        j -= 1;
        if ctx.has(j, SPEECH) || ctx.is_punct(j, &[';', ':']) {
            break;
        }
        hedged |= ctx.has(j, HEDGE);
        negated |= ctx.has(j, NEG) && j + 3 >= a;
        if let Some(m) = ctx.mention_ending_at(j) {
            if let Some(it) = ctx.item(m) {
                items.insert(0, it);
                first = ctx.mentions[m].tokens.start;
            } else if let Some(e) = ctx.party(m) {
                // "... that Russia imported": the recipient of a relative clause.
                let mut n = j + 1;
                while ctx.has(n, ADV | AUX) {
                    n += 1;
                }
                let obtains = ctx.has(n, CONSUME)
                    || super::match_trigger(ctx, n).is_some_and(|(t, _)| t.frame == Frame::Obtain);
                if obtains && !targets.contains(&e) {
                    targets.push(e);
                    first = ctx.mentions[m].tokens.start;
                }
            }
        }
    }
    if targets.is_empty() {
        targets = ctx.helped_party(a, &src.entities);
    }
    if items.is_empty() || targets.is_empty() {
        return;
    }
    push(
        out,
        Reading {
            kind: RelationType::Supply,
            sources: &src.entities,
            targets: &targets,
            items,
            modality: modality(hedged, negated),
            trigger: (a, b),
            extent: (first, src.last),
        },
    );
}

/// "X met (with) Y", "X and Y met", "X visited Y", "he meets him" (the sentence's two people).
fn meet_verb(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, false) else {
        return;
    };
    let mut k = b + 1;
    if ctx.is(k, "with") {
        k += 1;
    }
    let obj = ctx.parties_at(k);
    let m = modality(subj.hedged, subj.negated);
    if subj.pronoun {
        let persons = ctx.persons_in_sentence(a);
        if obj.is_none() && ctx.has(k, PRONOUN) && persons.len() == 2 {
            push(
                out,
                Reading {
                    kind: RelationType::Meeting,
                    sources: &persons[..1],
                    targets: &persons[1..],
                    items: Vec::new(),
                    modality: m,
                    trigger: (a, b),
                    extent: (subj.parties.first, k),
                },
            );
        }
        return;
    }
    let sources = &subj.parties.entities;
    match obj {
        Some(o) => push(
            out,
            Reading {
                kind: RelationType::Meeting,
                sources,
                targets: &o.entities,
                items: Vec::new(),
                modality: m,
                trigger: (a, b),
                extent: (subj.parties.first, o.last),
            },
        ),
        None if sources.len() >= 2 => push(
            out,
            Reading {
                kind: RelationType::Meeting,
                sources: &sources[..1],
                targets: &sources[1..],
                items: Vec::new(),
                modality: m,
                trigger: (a, b),
                extent: (subj.parties.first, b),
            },
        ),
        None => {}
    }
}

/// "X held talks with Y", "... in a phone call with (Chinese President) Y", and "X raised
/// the matter with Y during a phone call" (the party named with "with" before the noun).
fn meet_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, hi) = ctx.bounds(a);
    if !ctx.is(b, "with") {
        if ctx.is(b + 1, "with") {
            return meet_noun(ctx, a, b + 1, out);
        }
        // Back over "during a", "in their": short function words only, then "with PARTY".
        let mut j = a;
        let target = loop {
            if j <= lo || a - j > 4 {
                return;
            }
            j -= 1;
            if let Some(m) = ctx.mention_ending_at(j) {
                if ctx.party(m).is_none() {
                    return;
                }
                let first = ctx.mentions[m].tokens.start;
                if first == 0 || !ctx.is(first - 1, "with") {
                    return;
                }
                break ctx.parties_at(first);
            }
            if !(ctx.has(j, LIGHT | DET | PREP) || ctx.is(j, "during")) {
                return;
            }
        };
        let Some(target) = target else { return };
        let with = target.first - 1;
        let Some(subj) = ctx.nearest_party_left(with) else {
            return;
        };
        push(
            out,
            Reading {
                kind: RelationType::Meeting,
                sources: &subj.parties.entities,
                targets: &target.entities,
                items: Vec::new(),
                modality: modality(subj.hedged, subj.negated),
                trigger: (a, b),
                extent: (subj.parties.first, b),
            },
        );
        return;
    }
    let mut target = None;
    let mut k = b + 1;
    while k < hi.min(b + 7) {
        if let Some(m) = ctx.mention_starting_at(k) {
            if ctx.party(m).is_some() {
                target = ctx.parties_at(k);
                break;
            }
            k = ctx.mentions[m].tokens.end;
            continue;
        }
        if ctx.doc.tokens[k].kind != TokenKind::Word {
            break;
        }
        k += 1;
    }
    let Some(target) = target else { return };
    let Some(subj) = ctx
        .subject(a, true)
        .filter(|s| !s.pronoun)
        .or_else(|| ctx.nearest_party_left(a))
    else {
        return;
    };
    push(
        out,
        Reading {
            kind: RelationType::Meeting,
            sources: &subj.parties.entities,
            targets: &target.entities,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, target.last),
        },
    );
}

/// "X sanctioned Y", "Y was blacklisted by X", "Y, designated by X".
fn sanction_verb(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let mut k = b + 1;
    while k < ctx.n_tokens() && ctx.is_quote(k) {
        k += 1;
    }
    if ctx.is(k, "by") {
        let Some(src) = ctx.parties_after(k + 1) else {
            return;
        };
        let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
            return;
        };
        push(
            out,
            Reading {
                kind: RelationType::Sanction,
                sources: &src.entities,
                targets: &subj.parties.entities,
                items: Vec::new(),
                modality: modality(subj.hedged, subj.negated),
                trigger: (a, b),
                extent: (subj.parties.first, src.last),
            },
        );
        return;
    }
    // A passive without its agent names no source.
    if a > 0 && ctx.has(a - 1, BE) {
        return;
    }
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let at = if ctx.is(k, "the") { k + 1 } else { k };
    let Some(obj) = ctx.parties_at(at) else {
        return;
    };
    push(
        out,
        Reading {
            kind: RelationType::Sanction,
            sources: &subj.parties.entities,
            targets: &obj.entities,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, obj.last),
        },
    );
}

/// "(US) sanctions on/against Y", "X imposed sanctions on Y"; "X sanctions Y" as a verb.
fn sanction_noun(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let (lo, _) = ctx.bounds(a);
    let on = if ctx.is(b, "on") || ctx.is(b, "against") {
        Some(b + 1)
    } else if ctx.is(b + 1, "on") || ctx.is(b + 1, "against") {
        Some(b + 2)
    } else {
        None
    };
    let Some(on) = on else {
        return sanction_verb(ctx, a, b, out);
    };
    let Some(target) = ctx.parties_after(on) else {
        return;
    };
    // The actor named just before the noun ("US sanctions", "the EU's sanctions").
    let modifier = (a > lo)
        .then(|| ctx.mention_ending_at(a - 1))
        .flatten()
        .and_then(|m| {
            let e = ctx.party(m).or_else(|| ctx.nationality_country(m))?;
            Some(Subject {
                parties: Parties {
                    entities: vec![e],
                    first: ctx.mentions[m].tokens.start,
                    last: a - 1,
                },
                ..Subject::default()
            })
        });
    let Some(subj) = modifier.or_else(|| ctx.subject(a, true).filter(|s| !s.pronoun)) else {
        return;
    };
    push(
        out,
        Reading {
            kind: RelationType::Sanction,
            sources: &subj.parties.entities,
            targets: &target.entities,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, target.last),
        },
    );
}

/// Can entity `e` be owned? Not a state or place; organisations and facilities, and names
/// the typing took for people (a firm read as a person is more likely than an owned person).
fn ownable(ctx: &Ctx, e: usize) -> bool {
    matches!(
        ctx.label_of_entity(e),
        Some(Label::Org | Label::Fac | Label::Person)
    )
}

/// "X, a subsidiary of Y", "X is owned by Y", "X, which is controlled by Y".
fn owned_by(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(owner) = ctx.parties_after(b + 1) else {
        return;
    };
    let (lo, _) = ctx.bounds(a);
    let mut j = a;
    let mut negated = false;
    let mut hedged = false;
    let owned = loop {
        if j <= lo || a - j > 6 {
            return;
        }
        j -= 1;
        let c = ctx.class(j);
        negated |= c & NEG != 0;
        hedged |= c & HEDGE != 0;
        if c & (LIGHT | DET | BE | ADV | AUX | NEG | HEDGE) != 0
            || ctx.is_punct(j, &[','])
            || ctx.is(j, "which")
        {
            continue;
        }
        break ctx.parties_ending_at(j);
    };
    // "X, a Dutch chipmaker owned by Y": the name before the apposition.
    let owned = owned.or_else(|| {
        let k = (lo + 1..a)
            .rev()
            .take(8)
            .find(|&k| ctx.is_punct(k, &[',']))?;
        if !ctx.has(k + 1, DET) {
            return None;
        }
        ctx.parties_ending_at(k - 1)
    });
    let Some(owned) = owned else { return };
    let owned_e: Vec<usize> = owned
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &owner.entities,
            targets: &owned_e,
            items: Vec::new(),
            modality: modality(hedged, negated),
            trigger: (a, b),
            extent: (owned.first, owner.last),
        },
    );
}

/// "Y owns X", "Y acquires X".
fn owns(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    if ctx.is(b + 1, "by") {
        return owned_by(ctx, a, b + 1, out);
    }
    let Some(subj) = ctx.subject(a, false).filter(|s| !s.pronoun) else {
        return;
    };
    let at = if ctx.has(b + 1, DET) { b + 2 } else { b + 1 };
    let Some(obj) = ctx.parties_at(at) else {
        return;
    };
    let owned: Vec<usize> = obj
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &subj.parties.entities,
            targets: &owned,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, obj.last),
        },
    );
}

/// "Y holds a 20% stake in X", "Y took a stake in X".
fn stake(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Found>) {
    let Some(subj) = ctx.subject(a, true).filter(|s| !s.pronoun) else {
        return;
    };
    let Some(obj) = ctx.parties_at(b + 1) else {
        return;
    };
    let owned: Vec<usize> = obj
        .entities
        .iter()
        .copied()
        .filter(|&e| ownable(ctx, e))
        .collect();
    push(
        out,
        Reading {
            kind: RelationType::Ownership,
            sources: &subj.parties.entities,
            targets: &owned,
            items: Vec::new(),
            modality: modality(subj.hedged, subj.negated),
            trigger: (a, b),
            extent: (subj.parties.first, obj.last),
        },
    );
}
