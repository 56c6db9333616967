//! Stage 4b: pronouns and descriptions → entities (coreference), after merge.
//!
//! Input: the document, its tagged words and clauses, the typed mentions and
//! the merged entities. Output: `Vec<Resolved>`, one per pronoun ("he", "him",
//! "his", "they") or definite description ("the company", "the minister",
//! "the ship") resolved to an entity, in text order, byte offsets.
//!
//! Conservative by design: a pronoun is resolved only when one entity fits.
//! - he/she/his/her/himself/herself: a PERSON in the same or the previous
//!   sentence, named or a pronoun already resolved; the subject of an earlier
//!   clause first, else the only person there. An object pronoun ("meets him")
//!   never takes its own clause's subject, nor, as an infinitive's subject
//!   ("told her to leave"), the teller; a possessive after a copula ("became
//!   her husband") not the subject. A person-like common noun subject in
//!   between ("an official ... he said") blocks. A subject of the previous
//!   sentence yields to a person opening the pronoun's own sentence; other
//!   persons there leave it open.
//!   Agreement: not a name like a firm's ("Dunmore Brothers"), nor a person
//!   known to be of the other gender (an honorific or a kin noun beside a name,
//!   "his wife, X", a listed given name or its ending, the pronouns resolved to it). For "she", a woman named here, else the story's
//!   main woman, outweighs a person of unknown gender (most often a man in the
//!   news); when nobody nearby agrees, the main person of that gender, if any.
//! - they/them/their: only an ORG that is the subject of the previous clause; hearsay set off
//!   by commas (", they say,") names nobody. "Its" opening a sentence likewise (an ORG or GPE).
//! - it: only as the subject of a clause reported by the previous one ("the
//!   ministry said it would ..."), the reporting clause's ORG or GPE subject,
//!   or the name in commas after an organisation noun subject ("a chip maker,
//!   Orvan Semi, said it ...") whatever its type; as the subject of a clause
//!   opening with "and"/"but", the ORG or GPE subject of the clause before it.
//! - "the company" etc.: the only ORG of the sentence and the two before (or
//!   the nearest one if it was a clause subject), never a public body's name (a police force), a news outlet's name
//!   only when no other is there; "the minister": the nearest
//!   person whose role has that word; "the ship": the only PRODUCT/FAC nearby.
//!
//! - a contract's defined term ('X (the "Lender")'): every later "the Lender" is X
//!   (`engine::defined`).
//!
//! Nouns and their classes: `data/lexicons/coref_nouns.tsv`.

mod ctx;
mod person;
mod words;

use super::clause::{self, Clause};
use super::merge::Merged;
use super::model::Label;
use super::pos::{Upos, Word, Words};
use super::text::Doc;
use super::typing::TypedMention;
use ctx::{Ctx, NO_ENTITY};
use person::{name_genders, FEMALE, MALE};
use words::{nouns, NounClass};

/// How a mention was resolved (the contract's `Mention::resolved`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Pronoun,
    Description,
}

impl Resolution {
    /// The contract's spelling: "pronoun" or "description".
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Pronoun => "pronoun",
            Resolution::Description => "description",
        }
    }
}

/// A pronoun or description resolved to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Byte span of the pronoun or description ("the company") in the text.
    pub start: usize,
    pub end: usize,
    /// Index of the entity in [`Merged::entities`].
    pub entity: usize,
    pub kind: Resolution,
}

impl Ctx<'_, '_> {
    /// they / them / their: an ORG subject of the previous clause.
    fn plural_pronoun(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let prev = match ci {
            Some(c) => c.checked_sub(1)?,
            None => self
                .clauses
                .partition_point(|c| c.span(self.words).1 <= w.start())
                .checked_sub(1)?,
        };
        let c = &self.clauses[prev];
        if self.sentence_of(w.start()) > c.sentence() + 1 {
            return None;
        }
        let e = self.subject_of(prev)?;
        // "Rotorflug sold them": an object pronoun is not its own clause's subject.
        let own_subject = ci.is_some_and(|c| {
            let clause = &self.clauses[c];
            let in_subject = clause.subject.as_ref().is_some_and(|g| {
                let (a, b) = g.span(self.words);
                a <= w.start() && w.end() <= b
            });
            !in_subject && self.subject_of(c) == Some(e)
        });
        (!own_subject && matches!(self.label_of(e), Some(Label::Org | Label::Gpe))).then_some(e)
    }

    /// it: the subject of a clause that the previous clause of the sentence
    /// reports ("The ministry said it had ...") is that clause's organisation or
    /// state subject.
    fn reported_it(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let c = ci?;
        let clause = &self.clauses[c];
        let g = clause.subject.as_ref()?;
        if !(g.span(self.words).0 <= w.start() && w.end() <= g.span(self.words).1) {
            return None;
        }
        let p = &self.clauses[c.checked_sub(1)?];
        if p.sentence != clause.sentence
            || nouns().get(p.verb.lemma.as_str()) != Some(&NounClass::Say)
        {
            return None;
        }
        let e = self.subject_of(c - 1);
        e.filter(|&e| matches!(self.label_of(e), Some(Label::Org | Label::Gpe)))
            .or_else(|| self.named_org_subject(p))
    }

    /// it: the subject of a clause opening with "and" or "but" ("X sells A, and in 2019 it
    /// provided B") is the organisation or state subject of the clause before it in the sentence.
    fn coordinated_it(&self, w: &Word, ci: Option<usize>) -> Option<usize> {
        let c = ci?;
        let clause = &self.clauses[c];
        let g = clause.subject.as_ref()?;
        let p = &self.clauses[c.checked_sub(1)?];
        let opens = clause.words().take(2).any(|j| {
            let x = &self.words.at(j);
            x.upos == Upos::Cconj && lower_is(self.doc, x, &["and", "but"])
        });
        if g.span(self.words).0 != w.start() || p.sentence != clause.sentence || !opens {
            return None;
        }
        let e = self.subject_of(c - 1)?;
        matches!(self.label_of(e), Some(Label::Org | Label::Gpe)).then_some(e)
    }

    /// "A German machine-tool maker, Voss, said ...": the name set off by commas between a
    /// subject whose head is an organisation noun (`coref_nouns.tsv`) and its verb is that
    /// organisation, whatever type the name was given.
    fn named_org_subject(&self, p: &Clause) -> Option<usize> {
        let g = p.subject.as_ref()?;
        let head = self.words.get(g.head())?;
        let noun = self.text(head.start(), head.end()).to_lowercase();
        if nouns().get(noun.as_str()) != Some(&NounClass::Org) {
            return None;
        }
        let (from, to) = (g.span(self.words).1, p.verb.span(self.words).0);
        let i = self.mentions.partition_point(|m| m.start < from);
        let m = self.mentions.get(i).filter(|m| m.end <= to)?;
        let comma = |a: usize, b: usize| a <= b && self.text(a, b).trim() == ",";
        (comma(from, m.start) && comma(m.end, to)).then(|| self.entity_of_mention(i))?
    }

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
                let m = &self.mentions[i];
                let is_subject = clause::containing(self.clauses, self.words, m.start)
                    .and_then(|c| c.subject.as_ref())
                    .is_some_and(|g| {
                        let h = &self.words.at(g.head());
                        m.start <= h.start() && h.end() <= m.end
                    });
                if is_subject && class == NounClass::Org {
                    return Some(e);
                }
                named()
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
fn description_noun(
    doc: &Doc,
    words: &Words,
    cx: &Ctx,
    wi: usize,
) -> Option<(usize, Option<crate::engine::lexicon::Cc>)> {
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

fn lower_is(doc: &Doc, w: &Word, forms: &[&str]) -> bool {
    let t = &doc.text[w.start()..w.end()];
    forms.iter().any(|f| t.eq_ignore_ascii_case(f))
}

/// Resolve pronouns and definite descriptions; see the module comment.
pub fn resolve(
    doc: &Doc,
    words: &Words,
    clauses: &[Clause],
    mentions: &[TypedMention],
    merged: &Merged,
) -> Vec<Resolved> {
    let (gender, weight) = name_genders(doc, mentions, merged);
    let mut cx = Ctx {
        doc,
        words,
        clauses,
        mentions,
        merged,
        subject_entity: vec![NO_ENTITY; clauses.len()],
        gender,
        weight,
        main: [None, None],
        chain: Vec::new(),
    };
    for e in 0..cx.gender.len() {
        for (k, g) in [MALE, FEMALE].into_iter().enumerate() {
            if cx.gender[e] == g && cx.main[k].is_none_or(|m| cx.weight[e] > cx.weight[m]) {
                cx.main[k] = Some(e);
            }
        }
    }
    let mut out: Vec<Resolved> = Vec::new();
    let mut next_clause = 0usize;
    for (wi, w) in words.iter().enumerate() {
        // Subjects of clauses that start before this word are known by now.
        while next_clause < clauses.len() && clauses[next_clause].span(words).0 <= w.start() {
            let c = &clauses[next_clause];
            let e = cx.appositive_subject(c).or_else(|| {
                c.subject.as_ref().and_then(|g| {
                    let h = &words.at(g.head());
                    cx.mention_over(h.start(), h.end())
                        .and_then(|(i, _)| cx.entity_of_mention(i))
                        .or_else(|| cx.named_in_commas(g, c.verb.span(words).0))
                })
            });
            cx.set_subject(next_clause, e);
            next_clause += 1;
        }
        // The clause holding the word: looked up (a binary search) only for the words that
        // read it, pronouns and resolved descriptions, not for every word.
        let clause_of_word = || {
            let i = clauses.partition_point(|c| c.span(words).1 <= w.start());
            clauses
                .get(i)
                .filter(|c| c.span(words).0 <= w.start())
                .map(|_| i)
        };
        let mut ci = None;
        let resolved = if w.upos == Upos::Pron {
            ci = clause_of_word();
            let next_nominal = words.get(wi + 1).is_some_and(|n| {
                matches!(n.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num)
            });
            let g = if lower_is(doc, &w, &["he", "him", "his", "himself"]) {
                MALE
            } else if lower_is(doc, &w, &["she", "her", "herself"]) {
                FEMALE
            } else {
                0
            };
            let person = if lower_is(doc, &w, &["he", "she"]) {
                cx.person_pronoun(&w, ci, false, false, g)
            } else if lower_is(doc, &w, &["his"]) || (lower_is(doc, &w, &["her"]) && next_nominal) {
                cx.person_pronoun(&w, ci, false, true, g)
            } else if lower_is(doc, &w, &["him", "her"]) {
                cx.person_pronoun(&w, ci, true, false, g)
            } else if lower_is(doc, &w, &["himself", "herself"]) {
                ci.and_then(|c| cx.subject_of(c))
                    .filter(|&e| cx.agrees(e, g))
            } else {
                None
            };
            if let Some(e) = person {
                cx.learn(w.start(), w.end(), e, g);
                Some(e)
            } else if g != 0 {
                None
            } else if lower_is(doc, &w, &["they", "them", "their"]) {
                // ", they say,": hearsay set off by commas names nobody.
                let hearsay = lower_is(doc, &w, &["they"])
                    && wi > 0
                    && lower_is(doc, &words.at(wi - 1), &[","])
                    && words.get(wi + 1).is_some_and(|v| {
                        let verb = doc.slice(v.start(), v.end()).to_lowercase();
                        nouns().get(verb.as_str()) == Some(&NounClass::Say)
                            || crate::engine::lexicon::words::words()
                                .speech_verbs
                                .contains(&verb.as_str())
                    })
                    && words
                        .get(wi + 2)
                        .is_some_and(|p| lower_is(doc, &p, &[",", "."]));
                if hearsay {
                    None
                } else {
                    cx.plural_pronoun(&w, ci)
                }
            } else if lower_is(doc, &w, &["it"]) {
                cx.reported_it(&w, ci).or_else(|| cx.coordinated_it(&w, ci))
            } else if lower_is(doc, &w, &["its"])
                && doc.is_sentence_start(doc.tokens.partition_point(|t| t.start() < w.start()))
            {
                // "Its largest subsidiary, X, ...": opening a sentence, the organisation or
                // state subject of the clause before, as for "their".
                cx.plural_pronoun(&w, ci)
            } else {
                None
            }
            .map(|e| (e, w.start(), w.end(), Resolution::Pronoun))
        } else if let Some((ni, country)) = description_noun(doc, words, &cx, wi) {
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
                    .map(|e| (e, start, noun.end(), Resolution::Description))
            } else {
                None
            }
        } else {
            None
        };
        if let Some((e, start, end, kind)) = resolved {
            if w.upos != Upos::Pron {
                ci = clause_of_word();
            }
            // A resolved subject pronoun makes its clause's subject known.
            if let Some(c) = ci {
                if clauses[c]
                    .subject
                    .as_ref()
                    .is_some_and(|g| g.span(words).0 <= start && end <= g.span(words).1)
                {
                    cx.set_subject(c, Some(e));
                }
            }
            out.push(Resolved {
                start,
                end,
                entity: e,
                kind,
            });
        }
    }
    // Contract defined terms: 'X (the "Lender")' makes "the Lender" X.
    let defined = super::defined::uses(doc, mentions, &merged.mention_entity);
    if !defined.is_empty() {
        // A use is kept where no pronoun or description was resolved: looked up by binary
        // search over the resolved spans sorted by start with the furthest end so far (a scan
        // of all of them per use was quadratic on a long contract).
        crate::sort::sort_by_key(&mut out, |r| r.start);
        let reach: Vec<usize> = (out.iter())
            .scan(0, |far, r| {
                *far = (*far).max(r.end);
                Some(*far)
            })
            .collect();
        let resolved = out.len();
        let mut last_end = 0;
        for (start, end, entity) in defined {
            let before = out[..resolved].partition_point(|r| r.start < end);
            let free = before == 0 || reach[before - 1] <= start;
            // Uses come in text order; one overlapping the last kept use is not kept either.
            let clear_of_uses = out.len() == resolved || start >= last_end;
            if free && clear_of_uses {
                last_end = end;
                out.push(Resolved {
                    start,
                    end,
                    entity,
                    kind: Resolution::Description,
                });
            }
        }
        crate::sort::sort_by_key(&mut out, |r| r.start);
    }
    out
}

#[cfg(test)]
mod tests_trial48;

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::model::{Analysis, DocumentInput};

    fn run(text: &str) -> Analysis {
        analyze(&DocumentInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2025-03-03".into()),
        })
    }

    /// (resolved text, entity name, kind)
    fn resolved(a: &Analysis) -> Vec<(String, String, String)> {
        a.entities
            .iter()
            .filter_map(|m| {
                let kind = m.resolved.clone()?;
                let e = a.entity_list.iter().find(|e| e.id == m.entity)?;
                Some((m.text.clone(), e.name.clone(), kind))
            })
            .collect()
    }

    #[test]
    fn a_defined_term_is_the_party_it_defines() {
        let a = run(
            "Corran Bay Partners LLC (the \"Agent\") notified Mistle Foods Inc. (the \"Obligor\"). \
             The Obligor disputed the Agent's notice.",
        );
        let r = resolved(&a);
        assert!(
            r.iter()
                .any(|(t, e, _)| t == "The Obligor" && e.starts_with("Mistle Foods")),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(t, e, _)| t == "the Agent" && e.starts_with("Corran Bay")),
            "{r:?}"
        );
    }

    #[test]
    fn a_party_described_in_apposition_is_the_one_defined() {
        // Trial 9: "Supplier" went to Norway and "Buyer" to nothing.
        let a = run(
            "This agreement is made between Brekke Valves AS, a company organised under the \
             laws of Norway (\"Seller\"), and Tolland Pumps LLC, a Delaware limited liability \
             company (\"Purchaser\"). Seller shall deliver the valves to Purchaser by May.",
        );
        let r = resolved(&a);
        let of = |term: &str| {
            r.iter()
                .find(|(t, ..)| t == term)
                .map(|(_, e, _)| e.as_str())
                .unwrap_or_else(|| panic!("{term} unresolved: {r:?}"))
        };
        assert_eq!(of("Seller"), "Brekke Valves AS");
        assert!(of("Purchaser").starts_with("Tolland Pumps"), "{r:?}");
        // A firm right before the bracket is the one defined, description or not.
        let a = run(
            "The deal is between Orsund Shipping Ltd, a subsidiary of Vantor Holdings plc \
             (\"Parent\"), and Tolland Pumps LLC. The Parent shall guarantee the loan.",
        );
        let r = resolved(&a);
        assert!(
            r.iter()
                .any(|(t, e, _)| t == "The Parent" && e.starts_with("Vantor Holdings")),
            "{r:?}"
        );
    }

    #[test]
    fn a_term_defined_again_means_the_new_party_and_nothing_before_a_definition_is_a_use() {
        let a = run(
            "The Guarantor was not named at first. Pellam Works Inc. (the \"Guarantor\") signed \
             in May. The Guarantor paid once. Later Osk Ferries Ltd. (the \"Guarantor\") took \
             over, and the Guarantor paid again.",
        );
        let r = resolved(&a);
        let uses: Vec<(&str, &str)> = (r.iter())
            .filter(|(t, ..)| t.eq_ignore_ascii_case("the Guarantor"))
            .map(|(t, e, _)| (t.as_str(), e.as_str()))
            .collect();
        assert!(uses.len() == 2, "{r:?}");
        assert!(uses[0].1.starts_with("Pellam Works"), "{r:?}");
        assert!(uses[1].1.starts_with("Osk Ferries"), "{r:?}");
    }

    #[test]
    fn a_firm_noun_stands_for_a_firm_before_a_public_body() {
        for (text, body) in [
            (
                "Britain fined Orvell Shipping in May. The Treasury said the company had lied.",
                "Treasury",
            ),
            (
                "Tamsin Mining built the dam. Years later the High Court ordered the firm to pay.",
                "High Court",
            ),
        ] {
            let r = resolved(&run(text));
            let firm = r
                .iter()
                .find(|(t, _, _)| t.ends_with("company") || t.ends_with("firm"));
            assert!(
                firm.is_some_and(|(_, e, _)| e != body && !e.is_empty()),
                "{text}: {r:?}"
            );
        }
    }

    #[test]
    fn a_possessive_in_the_subject_does_not_rule_its_firm_out() {
        let t = "Orvane delivered 30 jets, fewer than Kessmar. Orvane's chief executive \
                 defended the company's record.";
        let got = resolved(&run(t));
        assert!(
            !got.iter()
                .any(|(text, name, _)| text == "the company" && name == "Kessmar"),
            "{got:?}"
        );
    }

    #[test]
    fn a_firm_noun_is_not_its_own_clauses_subject_named_elsewhere() {
        // Session-39 trial: "the firm" was Tamaki, the subject reviewing its contract with it.
        let t = "Tamaki Motors owns a stake in Kinrei Safety Systems. Tamaki said it would seek \
                 damages from Kinrei and was reviewing its supply contract with the firm.";
        let a = run(t);
        assert!(
            resolved(&a)
                .iter()
                .any(|(text, name, _)| text == "the firm" && name == "Kinrei Safety Systems"),
            "{:?}",
            resolved(&a)
        );
    }

    #[test]
    fn a_description_outside_the_subject_skips_a_name_inside_it() {
        let a = run(
            "Halvard Motors lost money. The dockers' union walkout had cost the company dearly.",
        );
        let r = resolved(&a);
        assert!(
            r.iter()
                .all(|(t, e, _)| t != "the company" || e == "Halvard Motors"),
            "{r:?}"
        );
        let a = run("Halvard Motors lost money. The TGWU strike had cost the company $4 million.");
        let r = resolved(&a);
        assert!(
            !r.iter().any(|(t, e, _)| t == "the company" && e == "TGWU"),
            "{r:?}"
        );
    }

    #[test]
    fn subject_and_object_pronouns() {
        let a = run("Maria Santos will brief Peter Novak when she meets him in Lisbon on Friday.");
        let r = resolved(&a);
        assert!(
            r.contains(&("she".into(), "Maria Santos".into(), "pronoun".into())),
            "{r:?}"
        );
        assert!(
            r.contains(&("him".into(), "Peter Novak".into(), "pronoun".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_possessive_opening_the_subjects_phrase_is_not_that_subject() {
        let a = run(
            "Tomas Lindqvist and his Chilean counterpart Rosa Ibarra signed the accord. \
             In his speech, Arvid Holm thanked them. In his reply Rosa Ibarra's aide Emil Berg \
             spoke.",
        );
        let r = resolved(&a);
        let his: Vec<&str> = r
            .iter()
            .filter(|x| x.0 == "his")
            .map(|x| x.1.as_str())
            .collect();
        // The first looks back to the person before it; in a prepositional phrase opening the
        // sentence (with a comma or without), the subject may follow.
        assert_eq!(his, ["Tomas Lindqvist", "Arvid Holm", "Emil Berg"], "{r:?}");
    }

    #[test]
    fn a_reported_it_is_the_firm_named_in_apposition() {
        let a = run("A Dutch chip maker, Orvan Semi, said it had not provided any parts.");
        let r = resolved(&a);
        assert!(
            r.iter().any(|x| x.0 == "it" && x.1 == "Orvan Semi"),
            "{r:?}"
        );
    }

    #[test]
    fn a_person_opening_the_sentence_comes_before_the_last_speaker() {
        let a = run(
            "Anna Kovac said the talks had gone well. Lena Berg last visited Chile in May, when she also met President Gabriel Boric.",
        );
        let r = resolved(&a);
        assert!(r.iter().all(|x| x.1 != "Anna Kovac"), "{r:?}");
    }

    #[test]
    fn resolved_mentions_count_toward_the_entity() {
        let a = run("Maria Santos arrived in Porto. She said the talks went well.");
        let e = a
            .entity_list
            .iter()
            .find(|e| e.name == "Maria Santos")
            .unwrap();
        assert_eq!(e.mentions, 2, "{:?}", a.entities);
    }

    #[test]
    fn an_unnamed_official_blocks_the_pronoun() {
        let a = run("Maria Santos arrived in Porto. A senior official said he was pleased.");
        assert!(
            resolved(&a).iter().all(|r| r.0 != "he"),
            "{:?}",
            resolved(&a)
        );
    }

    #[test]
    fn two_people_leave_an_object_pronoun_open() {
        let a = run("Maria Santos and Peter Novak met Ana Ruiz. Officials thanked him.");
        assert!(
            resolved(&a).iter().all(|r| r.0 != "him"),
            "{:?}",
            resolved(&a)
        );
    }

    #[test]
    fn the_agency_a_dateline_credits_is_no_antecedent() {
        // Trial 41: "the company" became the wire agency, the only organisation before it.
        for dash in ["-", "\u{2014}"] {
            let a = run(&format!(
                "LYON, March 2 (Tarn Wire) {dash} A former manager was jailed for taking money \
                 from the company. Ostal Freight SA said it would appeal."
            ));
            let r = resolved(&a);
            assert!(
                r.iter().all(|x| x.1 != "Tarn Wire"),
                "{dash}: {r:?} {:?}",
                a.entity_list
            );
        }
        // A firm named after the dash is one.
        let a = run(
            "LYON, March 2 (Tarn Wire) - Ostal Freight SA lost money last year. A manager took \
             cash from the company.",
        );
        assert!(
            resolved(&a)
                .iter()
                .any(|x| x.0 == "the company" && x.1 == "Ostal Freight SA"),
            "{:?}",
            resolved(&a)
        );
    }

    #[test]
    fn the_reporter_on_the_byline_is_no_antecedent() {
        // Trial 42: "She was 91" went to the reporter, the only person before it.
        let a = run(
            "Weaver dies at 91\n\nBy Daniel Okafor\n\nHAMBURG - The founder of a textile maker \
             died on Wednesday at her home. She was 91.",
        );
        let r = resolved(&a);
        assert!(r.iter().all(|x| x.1 != "Daniel Okafor"), "{r:?}");
        // A person named in the story is one.
        let a = run(
            "By Daniel Okafor\n\nHAMBURG - Greta Lindqvist died on Wednesday at her home. She \
             was 91.",
        );
        let r = resolved(&a);
        assert!(
            r.iter().any(|x| x.0 == "She" && x.1 == "Greta Lindqvist"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "Daniel Okafor"), "{r:?}");
    }

    #[test]
    fn the_company_among_several_is_the_firm_the_story_is_about() {
        // Trial 46: "the company" became the supplier named last, a clause subject.
        let a = run(
            "Varnel Robotics reported higher sales. Varnel said orders doubled. Varnel \
             depends on Osaka Precision to cast its arms. Osaka Precision will add a line in \
             May. The company also buys sensors from Lindqvist Optics.",
        );
        assert!(
            resolved(&a)
                .iter()
                .any(|x| x.0 == "The company" && x.1 == "Varnel Robotics"),
            "{:?}",
            resolved(&a)
        );
        // No firm stands out: the nearest subject, as before.
        let a = run(
            "Varnel Robotics depends on Osaka Precision to cast its arms. Osaka Precision will \
             add a line in May. The company also makes sensors.",
        );
        assert!(
            resolved(&a)
                .iter()
                .any(|x| x.0 == "The company" && x.1 == "Osaka Precision"),
            "{:?}",
            resolved(&a)
        );
    }

    #[test]
    fn descriptions_resolve_to_the_only_candidate() {
        let a = run("Nordvik Shipping Ltd bought two tankers in May. The company later sold one.");
        let r = resolved(&a);
        assert!(
            r.iter()
                .any(|x| x.0 == "The company" && x.2 == "description"),
            "{r:?} {:?}",
            a.entities
        );
    }

    #[test]
    fn it_after_a_reporting_clause_is_the_reporting_body() {
        let a = run("Kestrel Bank said it would close the accounts. Nobody knew why it mattered.");
        let r = resolved(&a);
        let its: Vec<_> = r.iter().filter(|x| x.0 == "it").collect();
        // The first "it" is reported by "Kestrel Bank said"; the second is not.
        assert_eq!(its.len(), 1, "{r:?}");
        assert!(its[0].1.contains("Kestrel"), "{r:?}");
    }

    #[test]
    fn a_description_with_a_nationality_or_a_possessive_resolves_a_person_noun_does_not() {
        let t = "Halvard Motor opened a plant in Ohio. The Korean carmaker said costs rose. \
                 Supplies to the carmaker's plant rose.";
        let a = run(t);
        assert_eq!(
            of(&a, t, "carmaker", 0).as_deref(),
            Some("Halvard Motor"),
            "{:?}",
            a.entities
        );
        assert_eq!(
            of(&a, t, "the", 0).as_deref(),
            Some("Halvard Motor"),
            "{:?}",
            a.entities
        );
        // The nationality keeps its own mention.
        assert!(
            a.entities.iter().any(|m| m.text == "Korean"),
            "{:?}",
            a.entities
        );
        // A person's role after a nationality is someone else's ("the Chilean president" is
        // not the president named before).
        let t = "President Anna Lindqvist met envoys in Oslo. The Chilean president said little.";
        let a = run(t);
        assert_eq!(of(&a, t, "president", 0), None, "{:?}", a.entities);
    }

    #[test]
    fn a_description_with_a_nationality_is_the_firm_named_for_that_country() {
        let t = "In 2019 officials met executives from China Harbour Works in Beijing. \
                 The deal stalled for years. Later, Nordhavn Terminals said it had bought a \
                 stake in the port operator. On Tuesday the minister said the government had \
                 paid $112 million to the Chinese contractor since 2019.";
        let a = run(t);
        assert_eq!(
            of(&a, t, "contractor", 0).as_deref(),
            Some("China Harbour Works"),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn an_object_pronoun_is_not_its_own_clauses_subject() {
        // "them" (the engines) was the firm that sold them.
        let t = "Varnholt Motors AG bought four engines in May and sold them in June. Varnholt \
                 Motors AG said they were new.";
        let a = run(t);
        assert_eq!(of(&a, t, "them", 0), None, "{:?}", a.entities);
        // A subject pronoun still takes the firm of the clause before.
        assert_eq!(
            of(&a, t, "they", 0).as_deref(),
            Some("Varnholt Motors AG"),
            "{:?}",
            a.entities
        );
    }

    /// The entity a pronoun (the `nth` whole-word occurrence of `word`) resolved to, if any.
    fn of(a: &Analysis, text: &str, word: &str, nth: usize) -> Option<String> {
        let at = text
            .match_indices(word)
            .filter(|(i, _)| {
                let before = text[..*i].chars().last();
                let after = text[i + word.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .nth(nth)
            .map(|(i, _)| text[..i].chars().count())?;
        let m = a
            .entities
            .iter()
            .find(|m| m.start == at && m.resolved.is_some())?;
        let e = a.entity_list.iter().find(|e| e.id == m.entity)?;
        Some(e.name.clone())
    }

    #[test]
    fn a_firm_like_plural_name_takes_no_he_or_she() {
        let t = "After Dunmore Brothers failed in 2009, she joined the central bank.";
        assert_eq!(of(&run(t), t, "she", 0), None);
        let t = "Greta Lind trained as a lawyer. After Dunmore Brothers failed in 2009, she \
                 joined the central bank.";
        assert_eq!(of(&run(t), t, "she", 0).as_deref(), Some("Greta Lind"));
    }

    #[test]
    fn an_honorific_gives_a_person_gender() {
        let t = "Mr Ostrand met Mrs Hartley in Bergen. She thanked him for the loan.";
        let a = run(t);
        assert_eq!(of(&a, t, "She", 0).as_deref(), Some("Hartley"));
        assert_eq!(of(&a, t, "him", 0).as_deref(), Some("Ostrand"));
        // No woman here: "she" stays open rather than taking the man.
        let t = "Mr Cobb praised the audit. She said the figures were wrong.";
        assert_eq!(of(&run(t), t, "She", 0), None);
    }

    #[test]
    fn pronouns_already_resolved_teach_a_person_gender() {
        let t = "Ilse Brandt moved to Oslo. She met Jonas Weir there. He said she was brilliant. \
                 Later the ministry appointed her to a panel.";
        let a = run(t);
        assert_eq!(of(&a, t, "He", 0).as_deref(), Some("Jonas Weir"));
        assert_eq!(of(&a, t, "her", 0).as_deref(), Some("Ilse Brandt"));
        let t = "Ilse Brandt moved to Oslo in 2004, where she met Jonas Weir. He died in 2020; \
                 she has kept his letters.";
        let a = run(t);
        assert_eq!(of(&a, t, "she", 1).as_deref(), Some("Ilse Brandt"));
        assert_eq!(of(&a, t, "his", 0).as_deref(), Some("Jonas Weir"));
    }

    #[test]
    fn a_given_names_ending_tells_its_gender() {
        let t = "Greta Lind met Pavel Sorin in Riga. He told her about the fund.";
        let a = run(t);
        assert_eq!(of(&a, t, "He", 0).as_deref(), Some("Pavel Sorin"));
        assert_eq!(of(&a, t, "her", 0).as_deref(), Some("Greta Lind"));
    }

    #[test]
    fn a_male_name_ending_in_a_keeps_his_pronoun() {
        // "-dra" names are as often men's as women's: no gender from the ending.
        let t = "Mahendra Rao visited Oslo in May, where he met Lars Holm.";
        assert_eq!(of(&run(t), t, "he", 0).as_deref(), Some("Mahendra Rao"));
    }

    #[test]
    fn an_object_that_is_an_infinitives_subject_is_not_the_teller() {
        let t = "Tom Dorn joined in May. He met his manager, Ivan Pell. Pell told him to leave.";
        assert_eq!(of(&run(t), t, "him", 0).as_deref(), Some("Tom Dorn"));
    }

    #[test]
    fn a_possessive_after_a_copula_is_not_the_subject() {
        let t = "Ilse Brandt studied in Vienna. Jonas Weir later became her husband.";
        assert_eq!(of(&run(t), t, "her", 0).as_deref(), Some("Ilse Brandt"));
    }

    #[test]
    fn the_main_person_of_a_gender_outweighs_a_person_of_unknown_gender() {
        let t = "Carla Mendes founded the lab in 2010. She said she would expand it, and she did. \
                 Rui Pato joined in 2019. The work has made her famous.";
        assert_eq!(of(&run(t), t, "her", 0).as_deref(), Some("Carla Mendes"));
        // A man of unknown gender named here keeps "he" from the story's main man (a person
        // whose gender is unknown is most often a man in the news).
        let t = "Mr Nolan ran the port for years. Mr Nolan said the audit was late. Mr Nolan \
                 resigned. Mr Nolan left. Then Kim Aro joined. He said the port was busy.";
        assert_eq!(of(&run(t), t, "He", 0).as_deref(), Some("Kim Aro"));
        // A speaker of unknown gender keeps "her company" in what she says (session-39 trial:
        // it went to the story's main woman).
        let t = "Mira Haddad runs the plant. She hired staff. She said it grew. She left. \
                 Orvane's chief executive, Chen Li-wen, said that her company would not comment.";
        assert_eq!(of(&run(t), t, "her", 0).as_deref(), Some("Chen Li-wen"));
        // An unnamed official still blocks, main person or not.
        let t = "Mr Nolan ran the port. Mr Nolan said it was busy. He left in May. A senior \
                 official said he was pleased.";
        assert_eq!(of(&run(t), t, "he", 0), None);
    }

    #[test]
    fn a_listed_given_name_decides_he_and_she() {
        // Trial 47: with neither given name read, "He" took the hirer and "she" the hired man.
        let t = "Susan Clarke hired David Moore on Tuesday. He said she was fair.";
        let a = run(t);
        assert_eq!(of(&a, t, "He", 0).as_deref(), Some("David Moore"));
        assert_eq!(of(&a, t, "she", 0).as_deref(), Some("Susan Clarke"));
        // A man named alone takes no "she" ...
        let t = "Henrik Dahl reached the depot late. She apologised to the drivers.";
        assert_eq!(of(&run(t), t, "She", 0), None);
        // ... while a given name that tells no gender ("Inge") still may.
        let t = "Inge Dahl reached the depot late. She apologised to the drivers.";
        assert_eq!(of(&run(t), t, "She", 0).as_deref(), Some("Inge Dahl"));
    }

    #[test]
    fn a_kin_noun_beside_a_name_gives_its_gender() {
        // "The widow, Inge Brandt,": Inge (no gender from the name) is a woman; before, "He"
        // took her, the hirer, and "she" the man hired.
        let t = "The widow, Inge Brandt, hired Lauri Brandt in 1990. He said she paid well.";
        let a = run(t);
        assert_eq!(of(&a, t, "He", 0).as_deref(), Some("Lauri Brandt"));
        assert_eq!(of(&a, t, "she", 0).as_deref(), Some("Inge Brandt"));
        // The noun in apposition after the name does the same.
        let t = "Inge Brandt, the widow of the founder, met Lauri Brandt in May. He said she was \
                 right.";
        let a = run(t);
        assert_eq!(of(&a, t, "she", 0).as_deref(), Some("Inge Brandt"));
        assert_eq!(of(&a, t, "He", 0).as_deref(), Some("Lauri Brandt"));
    }
}
