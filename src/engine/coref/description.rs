//! Definite descriptions: "the company", "the minister", "the ship", "the Korean carmaker",
//! "the carmaker's plant".
//!
//! Takes the walk's state (`Ctx`) and a word that may open a description ("the"); returns the
//! entity it stands for with the description's byte span (the noun alone after a nationality,
//! which keeps its own mention), or `None`. Invariant: conservative, one fitting candidate or
//! the nearest clause subject, never a guess among several; imports `ctx` and `words`, never
//! `mod.rs`, `person` nor `pronouns`.

use super::super::clause;
use super::super::lexicon::Cc;
use super::super::model::Label;
use super::super::pos::{Upos, Word, Words};
use super::super::text::Doc;
use super::ctx::Ctx;
use super::words::{lower_is, nouns, NounClass};

impl Ctx<'_, '_> {
    /// "the company", "the minister", "the ship".
    /// `only`: resolve only to the one candidate, never to the nearest of several (a
    /// possessive "the company's chief executive" or "the Korean carmaker", where a wrong firm
    /// would make a wrong relation).
    fn description(&self, det: &Word, noun: &Word, only: bool) -> Option<usize> {
        let lower = self.text(noun.start(), noun.end()).to_lowercase();
        let class = *nouns().get(lower.as_str())?;
        let s = self.sentence_of(det.start());
        match class {
            NounClass::Org | NounClass::Vessel => {
                let labels: &[Label] = if class == NounClass::Org {
                    &[Label::Org]
                } else {
                    &[Label::Product]
                };
                let mut found = self.recent(det.start(), s.saturating_sub(2), labels);
                // "The Treasury said the company had ...", "arrested by West Yorkshire Police
                // ... money had left the company": a firm noun never stands for a public body's
                // name (a police force, a court, a ministry is no company).
                if class == NounClass::Org {
                    found.retain(|&(i, _)| !self.public_body(i));
                }
                // "after Reuters reported the talks, ... the company acquired": nor for a
                // news outlet's.
                if class == NounClass::Org && found.iter().any(|&(i, _)| !self.news_outlet(i)) {
                    found.retain(|&(i, _)| !self.news_outlet(i));
                }
                // Not a name inside its own clause's subject when the description is outside
                // it ("the union strike had cost the company": the union did not pay), nor that
                // name's entity named elsewhere, nor the entity of a pronoun subject.
                if let Some(g) = clause::containing(self.clauses, self.words, det.start())
                    .and_then(|c| c.subject.as_ref())
                    .filter(|g| {
                        !(g.span(self.words).0 <= det.start() && det.end() <= g.span(self.words).1)
                    })
                {
                    let (a, b) = g.span(self.words);
                    // "Takumi said it would sue X and was reviewing its contract with the firm":
                    // nor the entity a pronoun subject was resolved to.
                    let pronoun = self
                        .chain
                        .iter()
                        .find(|&&(s, t, _)| a <= s && t <= b)
                        .map(|&(_, _, e)| e);
                    // The subject's entity, wherever else it is named: the name at the subject's
                    // head ("Boeing's chief executive defended the company's record" keeps
                    // Boeing, a possessive).
                    let h = self.words.at(g.head());
                    let own: Vec<usize> = (found.iter())
                        .filter(|&&(i, _)| {
                            let m = &self.mentions[i];
                            m.start <= h.start() && h.end() <= m.end
                        })
                        .map(|&(_, e)| e)
                        .chain(pronoun)
                        .collect();
                    found.retain(|&(i, e)| {
                        let m = &self.mentions[i];
                        let inside = a <= m.start && m.end <= b;
                        !(inside || own.contains(&e))
                    });
                }
                let es = Self::distinct(&found);
                if es.len() == 1 {
                    return Some(es[0]);
                }
                // "The Bank of Korea cut ... said an analyst at Nomura ... the Federal Reserve
                // ... The bank's next meeting": when the window holds no one candidate (and,
                // below, its nearest is no subject), the one organisation whose name holds the
                // noun is meant, however far back.
                let named = || {
                    (class == NounClass::Org)
                        .then(|| self.named_by_noun(det.start(), &lower))
                        .flatten()
                };
                if only {
                    return named();
                }
                // "Nexel ... relies on Tamsa to make its chips. Tamsa will ... The company also
                // buys memory from Hynor": among several, the firm the story is about, when
                // one stands out by its mentions so far.
                if class == NounClass::Org {
                    if let Some(e) = self.main_firm(det.start(), &es) {
                        return Some(e);
                    }
                }
                // Several: the nearest, if it was the subject of its clause (its head, not a
                // modifier: "Ford shares fell" is about shares).
                let Some(&(i, e)) = found.first() else {
                    return named();
                };
                let is_subject = |i: usize| {
                    let m = &self.mentions[i];
                    clause::containing(self.clauses, self.words, m.start)
                        .and_then(|c| c.subject.as_ref())
                        .is_some_and(|g| {
                            let h = &self.words.at(g.head());
                            m.start <= h.start() && h.end() <= m.end
                        })
                };
                if class != NounClass::Org {
                    return named();
                }
                if is_subject(i) {
                    return Some(e);
                }
                if let Some(e) = named() {
                    return Some(e);
                }
                // "X said its profit rose on demand for chips used in Nvidia's accelerators.
                // The chipmaker, which ...": a description that is its clause's subject, outside
                // quotation marks, goes on with the subject of the sentence before (or of its
                // own), when the names nearer to it are neither subjects nor objects ("X agreed to
                // buy Y. The company ..." stays open: Y may be meant).
                let own_subject = clause::containing(self.clauses, self.words, det.start())
                    .and_then(|c| c.subject.as_ref())
                    .is_some_and(|g| {
                        let (a, b) = g.span(self.words);
                        a <= det.start() && noun.end() <= b
                    });
                let from = (self.doc.sentences.get(s))
                    .and_then(|x| x.tokens().next())
                    .map_or(0, |t| self.doc.tokens[t].start());
                let quoted = (self.text(from.min(det.start()), det.start()))
                    .chars()
                    .any(|c| matches!(c, '"' | '“' | '”'));
                if !own_subject || quoted {
                    return None;
                }
                let object = |i: usize| {
                    let m = &self.mentions[i];
                    clause::containing(self.clauses, self.words, m.start).is_some_and(|c| {
                        c.objects_after_verb(self.words).any(|g| {
                            let (a, b) = g.span(self.words);
                            a <= m.start && m.end <= b
                        })
                    })
                };
                let near = |i: usize| self.sentence_of(self.mentions[i].start) + 1 >= s;
                for &(i, e) in found.iter().take_while(|&&(i, _)| near(i)) {
                    if is_subject(i) {
                        return Some(e);
                    }
                    if object(i) {
                        return None;
                    }
                }
                None
            }
            NounClass::Person => {
                let found = self.recent(det.start(), s.saturating_sub(4), &[Label::Person]);
                found.iter().map(|&(_, e)| e).find(|&e| {
                    self.merged.entities.get(e).is_some_and(|x| {
                        x.roles
                            .iter()
                            .any(|r| r.split_whitespace().any(|p| p.eq_ignore_ascii_case(&lower)))
                    })
                })
            }
            _ => None,
        }
    }
}

/// The noun of a description opening at word `wi` ("the"): the next word when it is a noun,
/// or the one after a nationality ("the Korean carmaker": a firm or vessel noun only), with
/// that nationality's country. Word indices. A nationality says little of which firm is meant
/// (a firm's entity seldom has a country), so such a description resolves only to the one
/// candidate.
fn description_noun(doc: &Doc, words: &Words, cx: &Ctx, wi: usize) -> Option<(usize, Option<Cc>)> {
    let w = words.get(wi)?;
    if !lower_is(doc, &w, &["the"]) {
        return None;
    }
    let next = words.get(wi + 1)?;
    if next.upos == Upos::Noun {
        return Some((wi + 1, None));
    }
    // Only a firm or a vessel: "the Brazilian president" is no role of a person named before.
    let (_, norp) = cx
        .mention_over(next.start(), next.end())
        .filter(|(_, m)| m.label == Label::Norp && m.end == next.end())?;
    let noun = words.get(wi + 2).filter(|n| n.upos == Upos::Noun)?;
    let lower = doc.slice(noun.start(), noun.end()).to_lowercase();
    let class = *nouns().get(lower.as_str())?;
    matches!(class, NounClass::Org | NounClass::Vessel).then_some((wi + 2, norp.country))
}

/// The description opening at word `wi` (`w`, "the"), resolved: (entity, start, end), byte
/// offsets; see the module comment.
pub(super) fn resolve(cx: &Ctx, wi: usize, w: Word) -> Option<(usize, usize, usize)> {
    let (doc, words) = (cx.doc, cx.words);
    let (ni, country) = description_noun(doc, words, cx, wi)?;
    // "the Korean carmaker": the nationality keeps its own mention, so the resolved
    // span is the noun alone.
    let noun = &words.at(ni);
    let start = if ni == wi + 1 {
        w.start()
    } else {
        noun.start()
    };
    // "the carmaker's plant" is the carmaker's; "the company of X" is no description.
    let whole = words.get(ni + 1).is_none_or(|x| {
        !matches!(x.upos, Upos::Noun | Upos::Propn) && !lower_is(doc, &x, &["of"])
            || lower_is(doc, &x, &["'s", "’s"])
    });
    if whole
        && cx.mention_over(w.start(), noun.end()).is_none()
        && cx.mention_over(noun.start(), noun.end()).is_none()
    {
        // "the Korean carmaker" is no firm whose entity has another country.
        let possessive = words
            .get(ni + 1)
            .is_some_and(|x| lower_is(doc, &x, &["'s", "’s"]));
        // "the Chinese contractor": a firm named for that country (within the last
        // `MAX_NAMED_BACK` mentions), before the one candidate the window holds
        // (which may be another country's firm whose entity has no country).
        let labels: &[Label] = if nouns()
            .get(doc.slice(noun.start(), noun.end()).to_lowercase().as_str())
            == Some(&NounClass::Vessel)
        {
            &[Label::Product]
        } else {
            &[Label::Org]
        };
        let by_country = country.and_then(|c| cx.named_for_country(w.start(), c, labels));
        by_country
            .unwrap_or_else(|| cx.description(&w, noun, possessive || ni > wi + 1))
            .filter(|&e| {
                let known = cx.merged.entities.get(e).and_then(|x| x.country.as_deref());
                !matches!((country, known), (Some(c), Some(k)) if c.as_str() != k)
            })
            .map(|e| (e, start, noun.end()))
    } else {
        None
    }
}
