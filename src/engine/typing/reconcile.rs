//! Joins the learned tagger's name spans with the rules' mentions.
//!
//! The tagger decides *whether* a span is a name and its coarse class (PER, ORG, LOC, MISC);
//! the rules keep what they know better: the fine OntoNotes label inside the class (GPE, FAC,
//! NORP, PRODUCT, ...), roles said with a person, countries and capitals (for metonymy), and
//! every amount, date-like number and item. A rule name the tagger does not confirm is dropped
//! (precision first); an amount wins over a name the tagger finds inside it ("AED 4.5m").
//!
//! Input: the rules' mentions in text order, the tagger's spans (token ranges) in text order.
//! Output: non-overlapping mentions in text order. Linear in their number.

use super::evidence::{
    after_member_noun, after_org_noun, after_title_the, appositive_title, beside_a_place,
    body_after_article, caps_head, firm_word_end, item_after, law_alone, model_before_item,
    name_before_product_head, traded,
};
use super::products::{after_product_noun, before_product_noun, marketed_as};
use super::refine::{
    after_vessel_noun, ampersand_firms, designated, framed, known_place, letters_and_letters,
    listed_state_not_person, not_a_name, opening_speaker, particled, strip_titles,
    the_unlisted_place, vessel_prefixed, with_capitalised_heads, with_country_bodies,
    with_designated, with_month_given_names, with_particle_heads,
};
use super::rule_names::{
    add_headline_names, after_honorific, caps_line_of, defined_terms, designated_rule_names,
    drop_common_words, firm_frame, headed_by_designator, in_a_full_name, listed_company,
    listed_rule_names, opened_inside_a_sentence,
};
use super::short_forms::{legal_form, only_legal_form, ShortForms};
use super::span_edges::{
    cut_joined, join_of_the, with_designator_dot, with_regnal_one, without_clitic_end,
    without_regnal_one,
};
use super::tagger::Class;
use super::votes::{agree, class_votes, default_label, default_label_of, person_words};
use crate::engine::lexicon::words::{is_org_head, words};
use crate::engine::lexicon::{lexicon, with_lower};
use crate::engine::mention::TypedMention;
use crate::engine::model::Label;
use crate::engine::shape::{
    headline_sentences, is_all_caps, is_capitalised, is_capitalised_non_latin, short_opening_line,
    suffix_len, tail_len,
};
use crate::engine::text::{Doc, TokenKind};
use std::ops::Range;

/// How far the rules are trusted against the tagger.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// A rule name the tagger left out stays when the rules are at least this sure of it.
    pub keep_rule: f32,
    /// On a class disagreement over the same span, the rules' label stands when they are at
    /// least this sure.
    pub rule_label: f32,
    /// In a sports report (results tables, teams named after towns) the rules decide alone.
    pub sports_rules: bool,
    /// Decode the tagger by Viterbi ([`super::tagger::Tagger::tag_viterbi`]) instead of greedily
    /// (for measuring weights trained as a sequence model: `annalist-train-ner --viterbi`).
    pub viterbi: bool,
}

/// The policy the engine uses (chosen by measuring every dev set).
pub const POLICY: Policy = Policy {
    keep_rule: 0.9,
    rule_label: 0.9,
    sports_rules: true,
    viterbi: false,
};

/// Joins tagger spans and rule mentions (see the module doc). `casing`: per sentence, ALL-CAPS
/// and Title Case lines (`typing::headline::line_casing`).
#[inline(never)]
pub fn reconcile(
    doc: &Doc,
    rules: Vec<TypedMention>,
    spans: &[(Range<usize>, Class)],
    policy: Policy,
    casing: (&[bool], &[bool]),
) -> Vec<TypedMention> {
    let lx = lexicon();
    let mut buf = String::new();
    let mut out: Vec<TypedMention> = Vec::with_capacity(rules.len() + spans.len());
    // Rules' non-name mentions (amounts, items) and names, each in text order.
    let (mut names, others): (Vec<TypedMention>, Vec<TypedMention>) = rules
        .into_iter()
        .partition(|m| Class::of(m.label).is_some());
    let headlines = headline_sentences(doc);
    // A rule law widened over its "of" phrase first ("Information Act" to "Freedom of
    // Information Act") is then one designated name that replaces the tagger's pieces.
    super::legal::widen_laws(doc, lx, &headlines, &mut names, &mut buf);
    let mut whole = designated_rule_names(doc, lx, &names, &mut buf);
    whole.extend(listed_rule_names(doc, lx, &names, spans, &mut buf));
    whole.extend(ampersand_firms(doc, lx, &names, &mut buf));
    crate::sort::sort_by_key(&mut whole, |m| m.start);
    whole.dedup_by_key(|m| m.start);
    let spans = &with_designated(spans, &whole, |m| {
        headed_by_designator(doc, lx, m)
            || m.tokens.clone().any(|i| doc.tok_text(i).contains('&'))
            || opened_inside_a_sentence(doc, m)
    });
    let spans = &with_month_given_names(doc, lx, spans, &mut buf);
    let spans = &with_country_bodies(doc, lx, spans, &mut buf);
    let spans = &cut_joined(
        doc,
        lx,
        &with_capitalised_heads(doc, &with_particle_heads(doc, spans)),
        &mut buf,
    );
    let spans = &super::halves::cut_after_designator_dot(doc, spans);
    let mut ni = 0;
    for (range, class) in spans {
        let range = &strip_titles(
            doc,
            lx,
            without_clitic_end(doc, without_regnal_one(doc, range.clone(), *class)),
            *class,
            &mut buf,
        );
        if range.is_empty()
            || (range.len() == 1 && not_a_name(lx, doc.tok_text(range.start), &mut buf))
            || only_legal_form(doc, range)
        {
            continue;
        }
        let class = &designated(doc, lx, range.clone(), *class, &mut buf);
        let class = &framed(doc, range.start, *class);
        let class = &particled(doc, lx, range.clone(), *class, &mut buf);
        let caps_line = casing
            .0
            .get(doc.sentence_of(range.start) as usize)
            .copied()
            .unwrap_or(false);
        let class = if legal_form(doc, range)
            // A firm's initials joined by a tight "&" ("AT&T rose."), whatever the tagger read.
            || (range.len() == 1 && letters_and_letters(doc.tok_text(range.start), &mut buf))
            // "the Pfizer vaccine" read as MISC; not a market index ("the Nasdaq composite").
            || ((matches!(class, Class::Per | Class::Loc)
                || (*class == Class::Misc
                    && !doc.tokens.get(range.end).is_some_and(|_| {
                        words().index_nouns.contains(&doc.tok_text(range.end))
                    })))
                && listed_company(doc, lx, &headlines, caps_line, range, spans))
            || (*class == Class::Per
                && !caps_line
                && (caps_head(doc, lx, range, &mut buf)
                    || after_org_noun(doc, lx, range, &mut buf)))
            || (matches!(class, Class::Per | Class::Loc)
                && !caps_line
                && (after_member_noun(doc, lx, range, &mut buf)
                    || after_title_the(doc, lx, range, *class == Class::Loc, &mut buf)))
            // Shares are a firm's, never a product's: "shares of Galp Energia" read as MISC.
            || (matches!(class, Class::Per | Class::Loc | Class::Misc)
                && !caps_line
                && traded(doc, lx, range, &mut buf))
        {
            &Class::Org
        } else {
            class
        };
        let (first, last) = (range.start, range.end - 1);
        let start = doc.tokens[first].start();
        let lw = doc.tok_text(last);
        let mut end = doc.tokens[last].end() - tail_len(lw);
        if end <= start {
            end = doc.tokens[last].end();
        }
        while ni < names.len() && names[ni].end <= start {
            ni += 1;
        }
        let same = names[ni..]
            .iter()
            .take_while(|m| m.start < end)
            .find(|m| m.start == start && m.end == end);
        let text = doc.slice(start, end);
        let m = match same {
            Some(r) if Class::of(r.label) == Some(*class) || r.confidence >= policy.rule_label => {
                r.clone()
            }
            Some(r) => TypedMention {
                label: default_label(lx, *class, text, &mut buf),
                role: if *class == Class::Per {
                    r.role.clone()
                } else {
                    None
                },
                country: if *class == Class::Loc {
                    r.country
                } else {
                    None
                },
                capital_of: if *class == Class::Loc {
                    r.capital_of
                } else {
                    None
                },
                ..r.clone()
            },
            None => {
                let label = default_label(lx, *class, text, &mut buf);
                let e = lx.get_any(text, &mut buf);
                let (country, capital_of) = match (label, e) {
                    (Label::Gpe, Some(e)) => (e.country.or(e.city), e.capital),
                    (Label::Norp, Some(e)) => (e.demonym, None),
                    _ => (None, None),
                };
                TypedMention {
                    start,
                    end,
                    label,
                    role: None,
                    country,
                    capital_of,
                    confidence: 0.6,
                    tokens: range.clone(),
                }
            }
        };
        let mut m = m;
        // "Cyclone Ilona", "Typhoon Halvik": a storm's (or battle's) name, read as a person's or
        // an unknown thing's.
        // Not before an item noun: "Storm Shadow missiles" are a product.
        if range.len() >= 2
            && matches!(m.label, Label::Person | Label::Product)
            && with_lower(doc.tok_text(first), |w| words().event_heads.contains(&w))
        {
            m.label = if item_after(doc, lx, range) {
                Label::Product
            } else {
                Label::Event
            };
            m.role = None;
        }
        // "Merkel visits Paris": a listed country or capital, alone and no word of a person
        // named in full here, is the place the rules found, or the headline's place, whatever
        // the tagger read.
        if m.label == Label::Person
            && range.len() == 1
            && (same.is_some_and(|r| r.label == Label::Gpe)
                || headlines[doc.sentence_of(first) as usize])
        {
            if let Some((country, capital)) = listed_state_not_person(lx, text, &mut buf)
                .filter(|_| !in_a_full_name(doc, spans, text))
            {
                m.label = Label::Gpe;
                m.role = None;
                m.country = country;
                m.capital_of = capital;
            }
        }
        if m.label == Label::Gpe && the_unlisted_place(doc, lx, first, &m, &mut buf) {
            m.label = Label::Loc;
        }
        if model_before_item(doc, lx, range)
            || after_product_noun(doc, lx, range, &mut buf)
            || (m.label != Label::Org && before_product_noun(doc, lx, range, &mut buf))
            || marketed_as(doc, lx, range, &mut buf)
        {
            m.label = Label::Product; // "Shahed-136 drones", "the drug Ozempic"
            m.role = None;
            m.country = None;
            m.capital_of = None;
        }
        let vessel = after_vessel_noun(doc, first);
        if vessel && *class == Class::Misc {
            m.label = default_label_of(lx, Class::Misc, text, true, &mut buf);
            m.role = None;
        }
        join_legal_form(doc, &mut m);
        // "Halvard I,", "World War I.": the name keeps the label found for it without the "I";
        // "Norwest Corp." keeps its period.
        let wider = with_designator_dot(doc, with_regnal_one(doc, m.tokens.clone(), *class));
        if wider.end > m.tokens.end {
            m.end = doc.tokens[wider.end - 1].end();
            m.tokens = wider;
        }
        out.push(m);
    }
    agree(doc, lx, &mut out, &names, &mut buf);
    let short = ShortForms::new(doc, lx, &out, &names);
    short.retype(doc, &mut out);
    // Rule names the tagger left out entirely: kept when the rules are sure enough, or when
    // the tagger named the same words elsewhere in the document (then with its class).
    let votes = class_votes(doc, &out);
    let people = person_words(doc, &out);
    let mut oi = 0;
    let kept_rules: Vec<TypedMention> = names
        .into_iter()
        .filter_map(|mut r| {
            // "lends to Dorn Harbour plc": the form the candidate left out decides below.
            join_legal_form(doc, &mut r);
            let (vote, known) = with_lower(doc.slice(r.start, r.end), |key| {
                let vote = votes.get(key).map(|&(c, _)| c);
                let known = vote.is_some_and(|c| {
                    c == Class::Per && people.contains(key)
                        || c == Class::Loc && known_place(lx, key, &mut buf)
                });
                (vote, known)
            });
            match vote {
                // Only people are added back this way: contract defined terms and headings
                // repeat too, and are not names ("the Borrower"); and the initials of an
                // organisation named in full ("TCONIS" again after "... States (TCONIS)").
                Some(_)
                    if !known
                        && r.confidence < policy.keep_rule
                        && !short.holds(doc, &r)
                        && !firm_frame(doc, lx, &r, &mut buf)
                        && !listed_company(
                            doc,
                            lx,
                            &headlines,
                            caps_line_of(casing.0, doc, r.tokens.start),
                            &r.tokens,
                            spans,
                        ) =>
                {
                    None
                }
                Some(_) if !known && r.confidence < policy.keep_rule => {
                    r.label = Label::Org;
                    r.role = None;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                Some(c) if Class::of(r.label) != Some(c) => {
                    r.label = default_label(lx, c, doc.slice(r.start, r.end), &mut buf);
                    Some(r)
                }
                Some(_) => Some(r),
                None if r.confidence >= policy.keep_rule => Some(r),
                // A company's legal form decides ("Coral Meridian Shipping Ltd owns ..."), so
                // does a foreign body's first word ("Banco Mercantil del Plata", `[org_heads]`), a
                // short form of an organisation named in full is it ("Huaxin shipped ..."), and
                // so does a body's spokesman or shares ("a spokeswoman for Kestrel").
                // A law's designator decides ("the Clean Air Act", "the Proceeds of Crime
                // Act"): the tagger, trained on sets that seldom name laws, leaves them out.
                None if r.label == Label::Law && law_alone(doc, &headlines, &r.tokens) => Some(r),
                // A known place before a hyphenated ending ("a Moscow-based subsidiary", "the
                // Kyiv-born artist"): the tagger reads the word as a modifier, not a name.
                None if r.label == Label::Gpe
                    && r.country.is_some()
                    && suffix_len(doc.tok_text(r.tokens.end - 1)) > 0 =>
                {
                    Some(r)
                }
                None if legal_form(doc, &r.tokens)
                    || listed_company(
                        doc,
                        lx,
                        &headlines,
                        caps_line_of(casing.0, doc, r.tokens.start),
                        &r.tokens,
                        spans,
                    )
                    || (2..=4).contains(&r.tokens.len())
                        && is_org_head(doc.tok_text(r.tokens.start))
                        && !headlines[doc.sentence_of(r.tokens.start) as usize]
                    || firm_word_end(doc, &headlines, &r.tokens)
                        && !after_vessel_noun(doc, r.tokens.start)
                    || short.holds(doc, &r)
                    || r.label == Label::Org && after_member_noun(doc, lx, &r.tokens, &mut buf)
                    || firm_frame(doc, lx, &r, &mut buf)
                    || r.label == Label::Org
                        && body_after_article(doc, lx, &headlines, &r.tokens, &mut buf) =>
                {
                    r.label = Label::Org;
                    r.role = None;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                // A model code before an item noun is a product ("Shahed-136 drones"), and so
                // is an unlisted name before a product head ("Gepard tanks").
                None if model_before_item(doc, lx, &r.tokens)
                    || name_before_product_head(doc, lx, &r.tokens, &mut buf) =>
                {
                    r.label = Label::Product;
                    r.role = None;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                // A name of two to four capitalised words followed by an apposition holding a
                // title is a person's ("Nguyen Hong Dien, Vietnam's trade minister").
                None if (2..=4).contains(&r.tokens.len())
                    && r.tokens.clone().all(|i| is_capitalised(doc.tok_text(i)))
                    && !r.tokens.clone().any(|i| is_all_caps(doc.tok_text(i)))
                    && appositive_title(doc, lx, r.tokens.end - 1, &mut buf) =>
                {
                    r.label = Label::Person;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                // "former aide April Mokoena": a month that is a given name opens a person.
                None if crate::engine::candidates::month_given_name(
                    doc,
                    lx,
                    r.tokens.start,
                    &mut buf,
                ) =>
                {
                    r.label = Label::Person;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                // "Mrs Hartley": a name after an honorific is a person's.
                None if after_honorific(doc, r.tokens.start)
                    && r.tokens.len() <= 3
                    && r.tokens.clone().all(|i| is_capitalised(doc.tok_text(i))) =>
                {
                    r.label = Label::Person;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                // "Nikos Papadakis denied the report": a speaker opening the sentence.
                None if opening_speaker(doc, lx, &headlines, &r.tokens, &mut buf) => Some(r),
                // "Владимир Зеленский met X": a name of two or three capitalised words of
                // another cased script, which the tagger has hardly seen.
                None if (2..=3).contains(&r.tokens.len())
                    && r.tokens
                        .clone()
                        .all(|i| is_capitalised_non_latin(doc.tok_text(i))) =>
                {
                    Some(r)
                }
                // "between Gozo and Malta": a place beside a place.
                None if let Some(l) = beside_a_place(doc, lx, &r.tokens, &out, &mut buf) => {
                    r.label = l;
                    r.role = None;
                    r.capital_of = None;
                    Some(r)
                }
                // A name right after "tanker", "the ship", ... is a vessel, and so is one
                // opened by a vessel prefix ("HMS Dauntless"); one after "the drug" is a drug.
                None if after_vessel_noun(doc, r.tokens.start)
                    || vessel_prefixed(doc, &r.tokens)
                    || after_product_noun(doc, lx, &r.tokens, &mut buf)
                    || before_product_noun(doc, lx, &r.tokens, &mut buf)
                    || marketed_as(doc, lx, &r.tokens, &mut buf) =>
                {
                    r.label = Label::Product;
                    r.role = None;
                    r.country = None;
                    r.capital_of = None;
                    Some(r)
                }
                None => None,
            }
        })
        .filter(|r| {
            while oi < out.len() && out[oi].end <= r.start {
                oi += 1;
            }
            out.get(oi).is_none_or(|m| m.start >= r.end)
        })
        .collect();
    out.extend(kept_rules);
    crate::sort::sort_by_key(&mut out, |m| m.start);
    join_of_the(doc, lx, &mut out, &mut buf);
    super::halves::join_halves(doc, lx, &mut out, &mut buf);
    // A three-word opening headline ("Poland Buys Patriots") is one here too, though the
    // tagger, trained with `line_casing`'s four words, did not read it as one.
    let mut title = casing.1.to_vec();
    if let (Some(t), true) = (title.first_mut(), short_opening_line(doc)) {
        *t = true;
    }
    add_headline_names(doc, lx, &mut out, (casing.0, &title), &mut buf);
    super::headline::drop_unvouched(doc, lx, &mut out, &mut buf);
    // Defined terms of a contract are not names.
    let defined = defined_terms(doc);
    if !defined.is_empty() {
        out.retain(|m| {
            let t = doc.slice(m.start, m.end).to_lowercase();
            let t = t.trim_end_matches("'s").trim_end_matches('s');
            !defined.contains(t) && !defined.contains(&doc.slice(m.start, m.end).to_lowercase())
        });
    }
    super::subjects::speaking_bodies(doc, lx, &mut out, casing, &mut buf);
    super::subjects::self_referring_subjects(doc, lx, &mut out, casing, &mut buf);
    drop_common_words(doc, lx, &mut out, &mut buf);
    super::legal::widen_laws(doc, lx, &headlines, &mut out, &mut buf);
    super::legal::drop_legal_furniture(doc, lx, &mut out, &mut buf);
    // Amounts and items: an amount wins over an overlapping name, a name over an item.
    let mut merged: Vec<TypedMention> = Vec::with_capacity(out.len() + others.len());
    let mut all: Vec<(bool, TypedMention)> = out
        .into_iter()
        .map(|m| (false, m))
        .chain(others.into_iter().map(|m| (true, m)))
        .collect();
    crate::sort::sort_by(&mut all, |a, b| {
        a.1.start.cmp(&b.1.start).then(b.1.end.cmp(&a.1.end))
    });
    let mut last_kind: Option<bool> = None;
    for (other, m) in all {
        if m.start >= m.end {
            continue;
        }
        let overlaps = merged.last().is_some_and(|k| m.start < k.end);
        if !overlaps {
            last_kind = Some(other);
            merged.push(m);
            continue;
        }
        let amount = other && m.label != Label::Item;
        let last_is_name = last_kind == Some(false);
        if amount && last_is_name {
            merged.pop();
            last_kind = Some(other);
            merged.push(m);
        }
    }
    merged
}

/// "Volkov Metals JSC", "Dorn Harbour plc": a company's legal form right after the name, in
/// its sentence, joins it and makes it an organisation.
fn join_legal_form(doc: &Doc, m: &mut TypedMention) {
    let next = m.tokens.end;
    if doc
        .tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.sentence_of(next) == doc.sentence_of(m.tokens.start)
        && legal_form(doc, &(m.tokens.start..next + 1))
    {
        m.end = doc.tokens[next].end();
        m.tokens.end = next + 1;
        m.label = Label::Org;
        m.role = None;
        m.country = None;
        m.capital_of = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_names::{has, names};

    #[test]
    fn two_words_joined_by_a_tight_ampersand_name_a_firm() {
        let got = names("Shares of Holloway & Pike rose after the results.");
        assert!(has(&got, "Holloway & Pike", "ORG"), "{got:?}");
        let got = names("Marks & Spencer cut prices, and staff at Ernst & Young were told.");
        assert!(has(&got, "Marks & Spencer", "ORG"), "{got:?}");
        assert!(has(&got, "Ernst & Young", "ORG"), "{got:?}");
        let got = names("Baxter & Quinn Holdings agreed to buy the mine.");
        assert!(has(&got, "Baxter & Quinn Holdings", "ORG"), "{got:?}");
        // Two listed places are two names.
        let got = names("Flights from Guinea, Liberia & Sierra Leone were halted.");
        assert!(has(&got, "Liberia", "GPE"), "{got:?}");
        assert!(has(&got, "Sierra Leone", "GPE"), "{got:?}");
    }

    #[test]
    fn a_country_before_a_listed_body_is_the_bodys_name() {
        let got = names("The U.S. Treasury sanctioned Halcyon Maritime on Monday.");
        assert!(has(&got, "U.S. Treasury", "ORG"), "{got:?}");
        assert!(!has(&got, "U.S.", "GPE"), "{got:?}");
    }

    #[test]
    fn a_first_level_region_of_another_country_is_a_place() {
        // Regions outside the US were on no list: the tagger read them as firms or people.
        for region in [
            "Saskatchewan",
            "Tamil Nadu",
            "Balochistan",
            "Kursk Oblast",
            "Tigray",
        ] {
            let got = names(&format!(
                "The government of {region} said it would appeal. Later, {region} signed a \
                 deal with the company."
            ));
            assert!(has(&got, region, "GPE"), "{region}: {got:?}");
            assert!(
                !got.iter().any(|(t, l)| t == region && l != "GPE"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_listed_capital_alone_is_a_place_where_the_tagger_reads_a_person() {
        let got = names("Merkel visits Paris.");
        assert!(has(&got, "Paris", "GPE"), "{got:?}");
        assert!(!has(&got, "Paris", "PERSON"), "{got:?}");
        // In a short headline, where the rules hold the whole line.
        let got = names("Merkel Visits Paris\nThe chancellor met the president.");
        assert!(has(&got, "Paris", "GPE"), "{got:?}");
        // A person named in full keeps the word.
        let got = names("Paris Hilton arrived late. Paris said she was tired.");
        assert!(!has(&got, "Paris", "GPE"), "{got:?}");
    }

    #[test]
    fn a_word_the_tagger_left_out_beside_a_place_by_and_or_or_is_a_place() {
        let got = names("The ferry between Gozo and Malta resumed service on Monday.");
        assert!(has(&got, "Gozo", "GPE"), "{got:?}");
        let got = names("Flights to Malta or Comino were cancelled.");
        assert!(has(&got, "Comino", "GPE"), "{got:?}");
        // A listed given name is no place.
        let got = names("Talks between Maria and Malta's envoy ended.");
        assert!(!has(&got, "Maria", "GPE"), "{got:?}");
    }

    #[test]
    fn a_name_listed_whole_replaces_the_taggers_pieces() {
        let text = "Envoys from Bosnia and Herzegovina landed.";
        let doc = Doc::new(text);
        let tok = |w: &str| {
            (0..doc.tokens.len())
                .find(|&i| doc.tok_text(i) == w)
                .unwrap()
        };
        let (b, h) = (tok("Bosnia"), tok("Herzegovina"));
        let whole = TypedMention {
            start: doc.tokens[b].start(),
            end: doc.tokens[h].end(),
            label: Label::Gpe,
            role: None,
            country: None,
            capital_of: None,
            confidence: 0.95,
            tokens: b..h + 1,
        };
        let flat = vec![false; doc.sentences.len()];
        let names = |spans: &[(Range<usize>, Class)], confidence: f32| -> Vec<(String, Label)> {
            let rule = TypedMention {
                confidence,
                ..whole.clone()
            };
            reconcile(&doc, vec![rule], spans, POLICY, (&flat, &flat))
                .into_iter()
                .map(|m| (doc.slice(m.start, m.end).to_string(), m.label))
                .collect()
        };
        let pieces = [(b..b + 1, Class::Loc), (h..h + 1, Class::Loc)];
        assert_eq!(
            names(&pieces, 0.8),
            vec![("Bosnia and Herzegovina".into(), Label::Gpe)]
        );
        // The tagger's own reading of the same span keeps its class against unsure rules.
        let same = [(b..h + 1, Class::Org)];
        assert_eq!(
            names(&same, 0.8),
            vec![("Bosnia and Herzegovina".into(), Label::Org)]
        );
    }
}
