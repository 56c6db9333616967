//! EMPLOYMENT: a person's role at an organisation or state, read from the words around a
//! person's name:
//!
//! - `ACTOR ROLE PERSON`: "Chinese President Xi Jinping", "Acme's chief executive Jane Roe";
//! - `PERSON, ROLE of|at ACTOR`: "Jane Roe, chief executive of Acme";
//! - `PERSON, the ACTOR ROLE`: "Olaf Scholz, the German chancellor".
//!
//! A role is a title of the lexicon (`data/lexicons/titles.txt`); the actor a party mention
//! or a nationality standing for its country.

use super::ctx::class::{APPOINT, BE, COORD, MANAGE, PAST_ROLE, ROLE, ROLEMOD, SPEECH};
use super::ctx::Ctx;
use super::frames::Found;
use crate::engine::clause::Group;
use crate::engine::lexicon::lexicon;
use crate::engine::lexicon::words::words;
use crate::engine::model::{Label, Modality, RelationType};
use crate::engine::pos::Upos;
use crate::engine::text::TokenKind;

/// Longest role phrase, in words.
const MAX_ROLE_WORDS: usize = 5;
/// Most plain words naming a portfolio before a title ("energy and mines minister").
const MAX_PORTFOLIO_WORDS: usize = 3;

impl Ctx<'_> {
    /// Is tokens `a..b` (all words) a title of the lexicon or a corporate title of `words.tsv`
    /// (`role`: "chief financial officer"), ignoring a leading "the"?
    pub(super) fn is_role(&self, a: usize, b: usize) -> bool {
        let mut a = a;
        if a < b && self.is(a, "the") {
            a += 1;
        }
        // "the sole manager", "acting director": a modifier keeping the title a current role.
        while a + 1 < b && self.has(a, ROLEMOD) {
            a += 1;
        }
        if a >= b || b - a > MAX_ROLE_WORDS {
            return false;
        }
        if (a..b).any(|k| self.doc.tokens[k].kind != TokenKind::Word) {
            return false;
        }
        let words: Vec<String> = (a..b).map(|k| self.low(k)).collect();
        let phrase = words.join(" ");
        lexicon().get(&phrase).is_some_and(|e| e.title) || self.word_class(&phrase) & ROLE != 0
    }

    /// Is mention `m`'s text the name of a country, city or US state in the lexicon ("X of
    /// Ottawa" typed as an organisation by the club it merged with is still where X is from)?
    fn place_name(&self, m: usize) -> bool {
        let t = &self.mentions[m].tokens;
        let (Some(first), Some(last)) =
            (self.doc.tokens.get(t.start), self.doc.tokens.get(t.end - 1))
        else {
            return false;
        };
        let mut buf = String::new();
        lexicon()
            .get_any(&self.doc.text[first.start()..last.end()], &mut buf)
            .is_some_and(|e| {
                e.country.is_some() || e.capital.is_some() || e.city.is_some() || e.region
            })
    }

    /// The state or organisation a mention stands for as an employer.
    fn employer(&self, m: usize) -> Option<usize> {
        let e = match self.mentions[m].label {
            Label::Norp => self.nationality_country(m)?,
            Label::Org | Label::Gpe => self.party(m)?,
            _ => return None,
        };
        Some(e)
    }
}

fn employed(
    ctx: &Ctx,
    person: usize,
    employer: usize,
    role: (usize, usize),
    span: (usize, usize),
) -> Found {
    Found {
        kind: RelationType::Employment,
        source: person,
        target: employer,
        items: Vec::new(),
        modality: Modality::Asserted,
        trigger_tokens: role,
        extent: (span.0.min(ctx.n_tokens().saturating_sub(1)), span.1),
    }
}

/// Is tokens `a..b` a title ([`Ctx::is_role`]), or one after up to [`MAX_PORTFOLIO_WORDS`]
/// plain lower-case words naming its portfolio or rank ("Peru's energy and mines minister",
/// "chief economist", "a trade analyst")? Not after a stop word: "former president" is no
/// current role.
fn titled(ctx: &Ctx, a: usize, b: usize) -> bool {
    let plain = |w: usize| {
        let mut buf = String::new();
        ctx.doc.tokens[w].kind == TokenKind::Word
            // "a retired analyst at Y": a role no longer held (class `pastrole`) is none.
            && !ctx.has(w, PAST_ROLE)
            && (ctx.class(w) == 0 || ctx.is(w, "and"))
            && ctx.trigger_at(w).is_none()
            && ctx.doc.tok_text(w).starts_with(char::is_lowercase)
            && !lexicon()
                .get_any(ctx.doc.tok_text(w), &mut buf)
                .is_some_and(|e| e.stop && !ctx.is(w, "and"))
    };
    // "the chief economist at Y": the article, then the rank.
    let a = a + usize::from(a < b && ctx.is(a, "the"));
    let ranked = |b: usize| {
        ctx.is_role(a, b)
            || (a + 1..b.min(a + MAX_PORTFOLIO_WORDS + 1))
                .any(|s| (a..s).all(plain) && ctx.is_role(s, b))
    };
    // "director of football", "head of communications": a title, then "of" or "for" and the
    // plain words of its field.
    let field = || {
        (a + 1..b.saturating_sub(1)).any(|k| {
            (ctx.is(k, "of") || ctx.is(k, "for"))
                && b - k - 1 <= MAX_PORTFOLIO_WORDS
                && (k + 1..b).all(|w| {
                    ctx.doc.tokens[w].kind == TokenKind::Word
                        && ctx.doc.tok_text(w).starts_with(char::is_lowercase)
                        && ctx.trigger_at(w).is_none()
                        && !ctx.has(w, PAST_ROLE)
                })
                && ranked(k)
        })
    };
    ranked(b) || field()
}

/// Is tokens `a..b` a title held only at a firm: a corporate title of `words.tsv` (`role`:
/// "chief financial officer") or one ending in a `[firm_titles]` word ("chief executive")?
fn corporate(ctx: &Ctx, a: usize, b: usize) -> bool {
    if a >= b || b - a > MAX_ROLE_WORDS {
        return false;
    }
    let last = ctx.low(b - 1);
    let phrase: Vec<String> = (a..b).map(|k| ctx.low(k)).collect();
    words().firm_titles.iter().any(|t| *t == last) || ctx.word_class(&phrase.join(" ")) & ROLE != 0
}

/// The one entity of a party group with label `want`.
fn one(ctx: &Ctx, g: Option<&Group>, want: &[Label]) -> Option<usize> {
    let p = ctx.group_parties(g?)?;
    match p.entities[..] {
        [e] if want.contains(&ctx.merged.entities.get(e)?.label) => Some(e),
        _ => None,
    }
}

/// The employer of a role phrase `g` that an "of"/"at" phrase right after it names ("the chief
/// executive of Brandvik Shipping AG"): one organisation or state.
fn role_of(ctx: &Ctx, c: &crate::engine::clause::Clause, g: &Group) -> Option<usize> {
    let (s, e) = g.span(ctx.words);
    let lo = ctx.token_starting_at(s)?;
    let hi = ctx.token_ending_at(e)? + 1;
    ctx.is_role(lo, hi).then_some(())?;
    let text = ctx.doc.text;
    let p = c.preps().iter().find(|p| {
        let (a, b) = p.prep();
        text.get(e..a).is_some_and(|t| t.trim().is_empty())
            && text.get(a..b).is_some_and(|w| matches!(w, "of" | "at"))
    })?;
    one(ctx, Some(&p.object), &[Label::Org, Label::Gpe])
}

/// EMPLOYMENT read from clauses:
/// - a verb of running an organisation (`manage` in `words.tsv`): "the company was directed
///   by Mira Tall" (passive: subject and agent), "Mira Tall runs Kivari Freight";
/// - a verb giving a role (`appoint`) with "as" and a title: "Kivari Freight named Mira Tall
///   as its new chief executive";
/// - a role of an organisation's as the subject of "be": "Kivari Freight's sole manager was
///   X", "Its sole manager was X" ("its": the organisation subject of the clause before);
/// - a person as the subject of "be" and a role "of"/"at" an organisation as its complement:
///   "Henrik Brandvik is the chief executive of Brandvik Shipping AG".
fn from_clauses(ctx: &Ctx, out: &mut Vec<Found>) {
    const EMPLOYER: &[Label] = &[Label::Org, Label::Gpe];
    for (i, c) in ctx.clauses.iter().enumerate() {
        if c.verb.negated || c.verb.hedged() {
            continue;
        }
        let lemma = ctx.word_class(c.verb.lemma.as_str());
        let v = ctx.token_starting_at(c.verb.span(ctx.words).0);
        let object = c.objects_after_verb(ctx.words).next();
        let subject = c.subject.as_ref();
        let (person, employer) = if lemma & MANAGE != 0 {
            // "X, now led by chief executive Y,": a participle right before "by" reads as a
            // passive though the clause stage found no "be".
            let (_, v_end) = c.verb.span(ctx.words);
            let by = c
                .preps_after_verb(ctx.words, ctx.doc.text, &["by"])
                .first()
                .filter(|p| ctx.doc.text[v_end..p.prep().0].trim().is_empty())
                .map(|p| &p.object);
            let by = by.filter(|_| c.verb.words().len() == 1 && object.is_none());
            if c.verb.passive || by.is_some() {
                let agent = c.agent(ctx.words, ctx.doc.text).or(by);
                (
                    one(ctx, agent, &[Label::Person]),
                    one(ctx, subject, EMPLOYER),
                )
            } else {
                (
                    one(ctx, subject, &[Label::Person]),
                    one(ctx, object, EMPLOYER),
                )
            }
        } else if lemma & APPOINT != 0 && !c.verb.passive {
            // "Talvik Steel named Jonas Berg as its new chief financial officer"; "The board
            // appointed Jonas Berg as Talvik's new chief financial officer" (the possessive
            // names the employer).
            let role = c.preps_after_verb(ctx.words, ctx.doc.text, &["as"]);
            let Some((lo, hi)) = role.first().and_then(|p| {
                let (s, e) = p.span(ctx.words);
                Some((ctx.token_starting_at(s)?, ctx.token_ending_at(e)? + 1))
            }) else {
                continue;
            };
            let owner = ctx.mention_starting_at(lo).filter(|&m| {
                let end = ctx.mentions[m].tokens.end;
                ctx.possessive(end - 1) && ctx.is_role(end, hi)
            });
            let employer = match owner {
                Some(m) => ctx.employer(m),
                None if ctx.is_role(lo + usize::from(ctx.is(lo, "its")), hi) => {
                    one(ctx, subject, EMPLOYER)
                }
                None => continue,
            };
            (one(ctx, object, &[Label::Person]), employer)
        } else if lemma & BE != 0 && !c.verb.passive {
            let org = subject.and_then(|g| {
                let lo = ctx.token_starting_at(g.span(ctx.words).0)?;
                let hi = ctx.token_ending_at(g.span(ctx.words).1)? + 1;
                let (e, role) = if ctx.is(lo, "its") {
                    let before = ctx.clauses[..i]
                        .last()
                        .filter(|b| b.sentence + 1 >= c.sentence)?;
                    (one(ctx, before.subject.as_ref(), EMPLOYER)?, lo + 1)
                } else {
                    let m = ctx.mention_starting_at(lo)?;
                    let end = ctx.mentions[m].tokens.end;
                    (!ctx.possessive(end - 1)).then_some(())?;
                    (ctx.employer(m)?, end)
                };
                ctx.is_role(role, hi).then_some(e)
            });
            match org {
                Some(_) => (one(ctx, object, &[Label::Person]), org),
                // "Henrik Brandvik is the chief executive of Brandvik Shipping AG".
                None => (
                    one(ctx, subject, &[Label::Person]),
                    object.and_then(|g| role_of(ctx, c, g)),
                ),
            }
        } else {
            continue;
        };
        if let (Some(p), Some(e), Some(v)) = (person, employer, v) {
            let (lo, hi) = c.span(ctx.words);
            let (Some(lo), Some(hi)) = (ctx.token_starting_at(lo), ctx.token_ending_at(hi)) else {
                continue;
            };
            out.push(employed(ctx, p, e, (v, v), (lo, hi)));
        }
    }
}

/// The organisation a role phrase of tokens `a..b` names without a name: "its chief
/// executive" (the organisation in focus), "the company's chief executive" or "a spokesman
/// for the company" (a description coreference resolved to an organisation).
fn described_employer(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    if a < b && ctx.is(a, "its") && ctx.is_role(a + 1, b) {
        // "sanctions on Castellan Trading and its chief executive, X": the organisation
        // joined to the phrase by "and" is the one "its" names, not the clause's subject.
        let joined = (a >= 2 && ctx.is(a - 1, "and"))
            .then(|| ctx.mention_ending_at(a - 2))
            .flatten()
            .filter(|&m| ctx.mentions[m].label == Label::Org && !ctx.possessive(a - 2));
        if let Some(m) = joined {
            return Some((ctx.entity_of(m), a + 1));
        }
        return Some((ctx.org_in_focus(a)?, a + 1));
    }
    // "the company's chief executive": a description resolved to an organisation, possessive,
    // then the role.
    if let Some(k) = (a..b).find(|&k| ctx.possessive(k)) {
        let org = ctx.resolved_at(k).filter(|&(first, e)| {
            first == a && ctx.label_of_entity(e) == Some(Label::Org) && ctx.is_role(k + 1, b)
        });
        if let Some((_, e)) = org {
            return Some((e, k + 1));
        }
    }
    let a = a + usize::from(ctx.is(a, "a") || ctx.is(a, "an") || ctx.is(a, "the"));
    let p = (a + 1..b).find(|&p| ctx.is(p, "for") || ctx.is(p, "of") || ctx.is(p, "at"))?;
    // "A spokeswoman for Orvell Marine, Ann Reid,": an organisation named to the phrase's end.
    let at = p + 1 + usize::from(ctx.is(p + 1, "the"));
    let named = ctx
        .mention_starting_at(at)
        .filter(|&m| ctx.mentions[m].tokens.end == b && ctx.mentions[m].label == Label::Org);
    if let Some(m) = named {
        return ctx.is_role(a, p).then(|| (ctx.entity_of(m), a));
    }
    let (first, e) = ctx.resolved_at(at)?;
    let whole = (first == p + 1 || first == p + 2)
        && ctx.resolved_at(b - 1).is_some_and(|x| x == (first, e))
        && ctx.resolved_at(b).is_none_or(|x| x.0 != first);
    (whole && ctx.is_role(a, p) && ctx.label_of_entity(e) == Some(Label::Org)).then_some((e, a))
}

/// "Its chief executive, Marta Lind, said", "a spokesman for the company, Jon Berg,", and
/// the same set off after the name ("Marta Lind, its chief executive,"): the person works for
/// the organisation the role phrase names without a name. Whether one was found.
fn described_role(
    ctx: &Ctx,
    person: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Found>,
) -> bool {
    let (lo, hi) = ctx.bounds(start);
    const MAX: usize = MAX_ROLE_WORDS + 4;
    // Before the name, set off by a comma or opening the sentence.
    if start > lo + 1 && ctx.is_punct(start - 1, &[',']) {
        // The phrase opens the sentence, follows a comma, or is "its ..." after any word
        // ("Orvex said its chief executive, Maria Lind, would leave").
        let opener = (lo.max((start - 1).saturating_sub(MAX))..start - 1)
            .rev()
            .find(|&a| a == lo || ctx.is_punct(a - 1, &[',']) || ctx.is(a, "its"));
        if let Some((e, r)) = opener.and_then(|a| described_employer(ctx, a, start - 1)) {
            out.push(employed(ctx, person, e, (r, start - 2), (r, end - 1)));
            return true;
        }
    }
    // After the name, closed by punctuation.
    if ctx.is_punct(end, &[',']) {
        let close = (end + 2..(end + 2 + MAX).min(hi)).find(|&b| ctx.is_punct(b, &[',', '.', ';']));
        if let Some((b, (e, r))) =
            close.and_then(|b| Some((b, described_employer(ctx, end + 1, b)?)))
        {
            out.push(employed(ctx, person, e, (r, b - 1), (start, b - 1)));
            return true;
        }
    }
    false
}

/// "chief executive of Greek utility Hellas Energeia", "president of state firm X", "head of
/// Greek PPC", "of the Paris law firm X": after an optional nationality or place, up to
/// [`MAX_PORTFOLIO_WORDS`] nouns and adjectives in lower case ending in a description noun
/// (`[description_nouns]`: "utility", "firm"), then the organisation mention they describe: it
/// is the employer, not the nationality's state nor the place. `Some(None)` when such words
/// describe a body but name none: then no one is. `None` when the frame does not apply ("of
/// the Iranian foreign ministry" is the state's).
fn described_org(ctx: &Ctx, at: usize, hi: usize) -> Option<Option<usize>> {
    let org = |k: usize| {
        ctx.mention_starting_at(k)
            .filter(|&m| k < hi && ctx.mentions[m].label == Label::Org)
    };
    let mut k = at;
    if let Some(m) = ctx.mention_starting_at(k) {
        // "of the Paris law firm X": a place describes the body as a nationality does.
        let place = ctx.mentions[m].label == Label::Gpe;
        if ctx.mentions[m].label != Label::Norp && !place {
            return None;
        }
        k = ctx.mentions[m].tokens.end;
        // "head of Greek PPC": the nationality right before the organisation.
        if let Some(o) = org(k).filter(|_| !place) {
            return Some(Some(o));
        }
    }
    let lower = |j: usize| {
        j < hi
            && ctx.doc.tokens[j].kind == TokenKind::Word
            && ctx
                .cover(j)
                .is_none_or(|m| ctx.mentions[m].label == Label::Item)
            && ctx.doc.tok_text(j).starts_with(char::is_lowercase)
            && matches!(
                ctx.words.upos_starting_at(ctx.doc.tokens[j].start()),
                Some(Upos::Noun | Upos::Adj)
            )
    };
    let first = k;
    while k < first + MAX_PORTFOLIO_WORDS && lower(k) {
        k += 1;
    }
    let described = k > first && words().description_nouns.contains(&ctx.low(k - 1).as_str());
    described.then(|| org(k))
}

/// "X, who heads Y,", "X, who now runs Y", "X leads Y.": a person, maybe ", who" and an adverb
/// ("now"), then a present verb of running a firm (a `manage` lemma of `words.tsv` + "s":
/// "heads", "runs", "leads", "chairs") and an organisation (maybe after "the") not owning what
/// follows: the person works there. Read from the tokens, for the tagger often takes such a
/// verb for a plural noun ("Su heads") and the name after it for a verb ("Advanced").
fn heads(ctx: &Ctx, person: usize, start: usize, end: usize, out: &mut Vec<Found>) {
    let (_, hi) = ctx.bounds(start);
    let mut k = end;
    if ctx.is_punct(k, &[',']) && ctx.is(k + 1, "who") {
        k += 2;
    }
    if k < hi && (ctx.has(k, ROLEMOD) || ctx.is(k, "still")) {
        k += 1;
    }
    // The sentence (and the text) may end right after the name: no token `k` to read.
    if k >= hi {
        return;
    }
    let w = ctx.low(k);
    let managing = w.len() > 3
        && w.strip_suffix('s')
            .is_some_and(|l| ctx.word_class(l) & MANAGE != 0);
    if !managing {
        return;
    }
    let at = k + 1 + usize::from(ctx.is(k + 1, "the"));
    let Some(m) = ctx
        .mention_starting_at(at)
        .filter(|&m| at < hi && ctx.mentions[m].label == Label::Org)
    else {
        return;
    };
    let last = ctx.mentions[m].tokens.end - 1;
    if ctx.possessive(last) || ctx.runs_on(m) {
        return;
    }
    if let Some(e) = ctx.party(m) {
        out.push(employed(ctx, person, e, (k, k), (start, last)));
    }
}

/// The one organisation that the descriptions and pronouns coreference resolved within tokens
/// `lo..hi` stand for ("the company", "its"); `None` when they stand for none or for two.
fn described_focus(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let mut found = None;
    for k in lo..hi {
        let Some((_, e)) = ctx
            .resolved_at(k)
            .filter(|_| ctx.mention_ending_at(k).is_none())
        else {
            continue;
        };
        if ctx.label_of_entity(e) != Some(Label::Org) {
            continue;
        }
        if found.is_some_and(|f| f != e) {
            return None;
        }
        found = Some(e);
    }
    found
}

/// Append the EMPLOYMENT relations of the document to `out`.
pub(crate) fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    from_clauses(ctx, out);
    for (p, pm) in ctx.mentions.iter().enumerate() {
        if pm.label != Label::Person || pm.tokens.is_empty() {
            continue;
        }
        let person = ctx.entity_of(p);
        let (lo, hi) = ctx.bounds(pm.tokens.start);
        let (start, end) = (pm.tokens.start, pm.tokens.end);
        heads(ctx, person, start, end, out);
        if described_role(ctx, person, start, end, out) {
            continue;
        }
        // ACTOR ROLE PERSON
        let before = (lo..start)
            .rev()
            .take(MAX_ROLE_WORDS + 1)
            .find_map(|k| ctx.mention_ending_at(k).map(|m| (k, m)));
        // "Neither Harbor X nor Mr Y", "X and Mr Y": a name joined to the person's is no
        // employer, and the words between are no role phrase.
        let before = before.filter(|&(k, _)| !ctx.has(k + 1, COORD));
        // "Chief executive Dana Morel said": a title held only at a firm opening the sentence,
        // no name before it, works for the one organisation subject of the clause before.
        // Not when this or the sentence before names another organisation ("X sued Y").
        if before.is_none() && start > lo && corporate(ctx, lo, start) {
            let prev = ctx.bounds(lo.saturating_sub(1)).0;
            let alone = |e: usize, from: usize| {
                (from..hi).all(|k| {
                    ctx.cover(k).is_none_or(|m| {
                        ctx.mentions[m].label != Label::Org || ctx.entity_of(m) == e
                    })
                })
            };
            // "Chief executive X said demand for the company's platform ...": else the one
            // organisation that descriptions and pronouns coreference resolved ("the company",
            // "its") stand for in this sentence or the two before, none other named there.
            let earlier = ctx.bounds(prev.saturating_sub(1)).0;
            let focus = ctx
                .org_in_focus(lo)
                .filter(|&e| alone(e, prev))
                .or_else(|| described_focus(ctx, earlier, hi).filter(|&e| alone(e, earlier)));
            if let Some(e) = focus {
                out.push(employed(ctx, person, e, (lo, start - 1), (lo, end - 1)));
                continue;
            }
        }
        if let Some((k, m)) = before {
            // "Ukraine's president, Volodymyr Zelensky"
            let role_end = if start > k + 1 && ctx.is_punct(start - 1, &[',']) {
                start - 1
            } else {
                start
            };
            // "Nexel said chief financial officer X will step down": the speaker announces
            // its own officer.
            // Only a firm's title: "Reuters said Finance Minister X" is no employment.
            let mut role_start = k + 1;
            let announced = ctx.has(role_start, SPEECH) || ctx.is(role_start, "announced");
            if announced && ctx.mentions[m].label == Label::Org {
                let s = role_start + 1 + usize::from(ctx.is(role_start + 1, "that"));
                if corporate(ctx, s, role_end) {
                    role_start = s;
                }
            }
            if titled(ctx, role_start, role_end) {
                // "Dortmund sporting director X": a town before a club's staff title is its
                // club, or no employer; "the Leeds mayor X" works for the town.
                let employer = ctx.employer(m).and_then(|e| {
                    if ctx.town(e) && ctx.club_title(role_start, role_end) {
                        ctx.club_of_town(e)
                    } else {
                        Some(e)
                    }
                });
                if let Some(e) = employer {
                    out.push(employed(
                        ctx,
                        person,
                        e,
                        (role_start, start - 1),
                        (ctx.mentions[m].tokens.start, end - 1),
                    ));
                    continue;
                }
            }
        }
        // PERSON of ORG: "Marcus Roe of Pryor & Hale said": an organisation (not a place:
        // "Jane Roe of Leeds") right after "of", ending the phrase.
        if ctx.is(end, "of") {
            let at = if ctx.is(end + 1, "the") {
                end + 2
            } else {
                end + 1
            };
            // "of the law firm X": the organisation the description names.
            let org = described_org(ctx, at, hi).unwrap_or_else(|| ctx.mention_starting_at(at));
            let org = org.filter(|&m| {
                at < hi
                    && ctx.mentions[m].label == Label::Org
                    && !ctx.runs_on(m)
                    && !ctx.place_name(m)
            });
            if let Some(m) = org {
                let after = ctx.mentions[m].tokens.end;
                let closed = after >= hi
                    || ctx.is_punct(after, &[',', '.', ';'])
                    || ctx.doc.tok_text(after).starts_with(char::is_lowercase)
                        && !ctx.is(after, "of")
                        && !ctx.possessive(after - 1);
                if let (true, Some(e)) = (closed, ctx.party(m)) {
                    out.push(employed(ctx, person, e, (end, end), (start, after - 1)));
                }
            }
            continue;
        }
        if !ctx.is_punct(end, &[',']) {
            continue;
        }
        // PERSON, ROLE of|at|for ACTOR  /  PERSON, the ACTOR ROLE
        for k in end + 1..(end + 2 + MAX_ROLE_WORDS).min(hi) {
            if ctx.is(k, "of") || ctx.is(k, "at") || ctx.is(k, "for") {
                let at = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
                // "the chairman of China Minmetals" when only "China" was found: no employer.
                // "head of Cuba's National Assembly": the organisation the possessive owns, or
                // none (the state is not the employer named).
                // After "for" only an organisation ending the phrase employs ("special envoy
                // for Ukraine", "economist for Germany at Y" name no employer).
                let for_body = |m: usize| {
                    let end = ctx.mentions[m].tokens.end;
                    ctx.mentions[m].label == Label::Org
                        && (end >= hi || ctx.is_punct(end, &[',', '.', ';']))
                };
                let actor = described_org(ctx, at, hi)
                    .unwrap_or_else(|| ctx.mention_starting_at(at))
                    .filter(|&m| !ctx.runs_on(m))
                    .filter(|&m| !ctx.is(k, "for") || for_body(m))
                    .and_then(|m| {
                        let end = ctx.mentions[m].tokens.end;
                        if ctx.possessive(end - 1) {
                            ctx.possessed_party(end, hi).map(|(e, _)| e)
                        } else {
                            ctx.employer(m)
                        }
                    });
                // "Jane Roe, an analyst at Y", "Jane Roe, chief economist at Y", "Jane Roe, a
                // spokeswoman for Y".
                let a = end + 1 + usize::from(ctx.is(end + 1, "a") || ctx.is(end + 1, "an"));
                if let (true, Some(e)) = (titled(ctx, a, k), actor) {
                    out.push(employed(ctx, person, e, (end + 1, k - 1), (start, k + 1)));
                }
                break;
            }
            // "a semiconductor analyst at Y": goods naming the portfolio are no actor.
            let actor = ctx.mention_starting_at(k);
            if let Some(m) = actor.filter(|&m| ctx.mentions[m].label != Label::Item) {
                let after = ctx.mentions[m].tokens.end;
                let role_end = (after..(after + MAX_ROLE_WORDS).min(hi))
                    .take_while(|&r| {
                        ctx.doc.tokens[r].kind == TokenKind::Word
                            && ctx.mention_starting_at(r).is_none()
                    })
                    .last()
                    .map(|r| r + 1);
                let det_only = (end + 1..k).all(|d| ctx.is(d, "the"));
                if let (true, Some(r), Some(e)) = (det_only, role_end, ctx.employer(m)) {
                    // The longest title right after the actor, perhaps after words naming
                    // its portfolio ("Orvik's country director in Chad").
                    if let Some(stop) = (after + 1..=r).rev().find(|&s| titled(ctx, after, s)) {
                        out.push(employed(
                            ctx,
                            person,
                            e,
                            (after, stop - 1),
                            (start, stop - 1),
                        ));
                    }
                }
                break;
            }
        }
    }
}
