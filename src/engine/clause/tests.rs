use super::*;
use crate::engine::pos;

fn clauses(text: &str) -> (Doc<'_>, Vec<Clause>) {
    let doc = Doc::new(text);
    let words = pos::tag(&doc);
    let c = find(&doc, &words);
    (doc, c)
}

fn s<'a>(doc: &Doc<'a>, span: (usize, usize)) -> &'a str {
    &doc.text[span.0..span.1]
}

#[test]
fn simple_clause_with_object_and_preposition() {
    let (doc, cs) = clauses("The shipyard delivered two frigates to the navy in March.");
    assert_eq!(cs.len(), 1);
    let c = &cs[0];
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "The shipyard");
    assert_eq!(c.verb.lemma, "deliver");
    assert_eq!(c.verb.tense, Tense::Past);
    assert_eq!(c.verb.aspect, Aspect::Simple);
    assert!(!c.verb.negated);
    assert_eq!(s(&doc, c.objects()[0].span()), "two frigates");
    let preps: Vec<(&str, &str)> = c
        .preps()
        .iter()
        .map(|p| (s(&doc, p.prep()), s(&doc, p.span())))
        .collect();
    assert_eq!(preps, [("to", "the navy"), ("in", "March")]);
}

#[test]
fn future_modal_negation_and_perfect() {
    let (_, cs) = clauses("The two leaders will meet in Oslo next week.");
    assert_eq!(cs[0].verb.tense, Tense::Future);
    assert_eq!(cs[0].verb.lemma, "meet");
    assert_eq!(*cs[0].verb.modality, [Modal::Will]);

    let (_, cs) = clauses("The firm had not sold any turbines to the utility.");
    let v = &cs[0].verb;
    assert!(v.negated);
    assert_eq!(v.tense, Tense::Past);
    assert_eq!(v.aspect, Aspect::Perfective);
    assert_eq!(v.lemma, "sell");

    let (_, cs) = clauses("Regulators are reviewing the merger.");
    assert_eq!(cs[0].verb.aspect, Aspect::Progressive);
    assert_eq!(cs[0].verb.tense, Tense::Present);
}

#[test]
fn hedges_are_modality() {
    let (_, cs) = clauses("The factory reportedly supplied resin to the army.");
    assert!(cs[0].verb.modality.contains(&Modal::Reportedly));
    assert!(cs[0].verb.hedged());
    let (_, cs) = clauses("The brokers are believed to have shipped the drones.");
    let v = &cs[0].verb;
    assert_eq!(v.lemma, "ship");
    assert!(v.modality.contains(&Modal::Believed), "{v:?}");
    let (_, cs) = clauses("The minister could resign soon.");
    assert_eq!(*cs[0].verb.modality, [Modal::Could]);
    assert!(cs[0].verb.hedged());
}

#[test]
fn passive_voice() {
    let (doc, cs) = clauses("The trader was sanctioned by the treasury.");
    assert!(cs[0].verb.passive);
    assert_eq!(cs[0].verb.lemma, "sanction");
    assert_eq!(s(&doc, cs[0].preps()[0].span()), "the treasury");
}

#[test]
fn reported_speech_splits_before_the_inner_subject() {
    let (doc, cs) = clauses("Officials said the company would expand its plant.");
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[0].verb.lemma, "say");
    assert_eq!(
        s(&doc, cs[1].subject.as_ref().unwrap().span()),
        "the company"
    );
    assert_eq!(cs[1].verb.lemma, "expand");
    assert_eq!(*cs[1].verb.modality, [Modal::Would]);
    assert_eq!(s(&doc, cs[1].objects()[0].span()), "its plant");
    // Clauses partition the sentence.
    assert!(cs[0].span.1 <= cs[1].span.0);
}

#[test]
fn relative_clause_takes_its_antecedent() {
    let (doc, cs) = clauses("Police arrested a broker who sold rifles to smugglers.");
    let rel = cs.iter().find(|c| c.verb.lemma == "sell").unwrap();
    assert_eq!(rel.subject_source, SubjectSource::Antecedent);
    assert_eq!(s(&doc, rel.subject.as_ref().unwrap().span()), "a broker");
    assert_eq!(s(&doc, rel.objects()[0].span()), "rifles");
}

#[test]
fn coordinated_verbs_share_the_subject() {
    let (doc, cs) = clauses("The company bought the mine and closed it.");
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[1].subject_source, SubjectSource::Shared);
    assert_eq!(
        s(&doc, cs[1].subject.as_ref().unwrap().span()),
        "The company"
    );
}

#[test]
fn provide_with_and_coordinated_prepositional_objects() {
    let (doc, cs) = clauses("The firm provided the army with radios, batteries and drones.");
    let c = &cs[0];
    assert_eq!(s(&doc, c.objects()[0].span()), "the army");
    let with: Vec<&str> = c.preps().iter().map(|p| s(&doc, p.span())).collect();
    assert_eq!(with, ["radios", "batteries", "drones"]);
}

#[test]
fn containing_finds_the_clause_of_an_offset() {
    let text = "Officials said the company would expand its plant.";
    let (_, cs) = clauses(text);
    let at = text.find("plant").unwrap();
    assert_eq!(containing(&cs, at).unwrap().verb.lemma, "expand");
    assert_eq!(containing(&cs, 0).unwrap().verb.lemma, "say");
    assert!(containing(&cs, text.len() + 5).is_none());
}

#[test]
fn quotative_inversion_and_adverbs_in_noun_groups() {
    let (doc, cs) = clauses("\"We are ready,\" said the commander.");
    let c = cs.iter().find(|c| c.verb.lemma == "say").unwrap();
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "the commander");
    assert!(c.objects().is_empty());
    let (doc, cs) = clauses("The army began its most ambitious campaign.");
    assert_eq!(
        s(&doc, cs[0].objects()[0].span()),
        "its most ambitious campaign"
    );
}

#[test]
fn apposition_gives_the_name_as_subject() {
    let (doc, cs) = clauses("Norvik, a cable maker based in Bergen, was fined in May.");
    let c = cs.iter().find(|c| c.verb.lemma == "fine").unwrap();
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "Norvik");
}

#[test]
fn odd_input_does_not_panic() {
    for t in [
        "",
        "...",
        "to",
        "Not. Never! 's n't",
        "The the the.",
        "was was was",
    ] {
        let _ = clauses(t);
    }
}

#[test]
fn a_participle_before_a_noun_stays_in_the_object() {
    // The tagger takes "used" for a verb; it modifies "machines" here.
    let (doc, cs) = clauses("The mill exported used machines to Chile.");
    let c = cs.iter().find(|c| c.verb.lemma == "export").unwrap();
    assert_eq!(s(&doc, c.verb.span()), "exported");
    assert_eq!(s(&doc, c.objects()[0].span()), "used machines");
}

#[test]
fn a_time_phrase_before_the_subject_is_no_apposition() {
    let (doc, cs) = clauses("On Tuesday, Peru signed the treaty.");
    let c = cs.iter().find(|c| c.verb.lemma == "sign").unwrap();
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "Peru");
}

#[test]
fn a_lone_capitalised_word_before_a_verb_is_a_subject() {
    // Whatever tag the name gets, "Chile" heads the subject of "bought".
    let (doc, cs) = clauses("Chile bought two frigates from Spain.");
    let c = cs.iter().find(|c| c.verb.lemma == "buy").unwrap();
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "Chile");
}

#[test]
fn a_bare_verb_form_after_a_prepositional_noun_continues_it() {
    // Whether or not the tagger reads "call" as a verb, it belongs to the
    // prepositional object, and the clause keeps "spoke" as its verb.
    let (doc, cs) = clauses("The envoy spoke in a video call with the minister.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].verb.lemma, "speak");
    assert!(cs[0]
        .preps()
        .iter()
        .any(|p| s(&doc, p.span()) == "a video call"));
}

#[test]
fn arguments_relations_read() {
    let (doc, cs) = clauses(
        "Oslo sells fish to Japan and timber to Canada, but Nordkap, the Danish maker of boats, has not shipped engines to Peru.",
    );
    let sell = cs.iter().find(|c| c.verb.lemma == "sell").unwrap();
    let objs: Vec<&str> = sell
        .objects_after_verb()
        .map(|g| s(&doc, g.span()))
        .collect();
    assert_eq!(objs, ["fish", "timber"]);
    let to: Vec<&str> = sell
        .preps_after_verb(doc.text, &["to"])
        .iter()
        .map(|p| s(&doc, p.span()))
        .collect();
    assert_eq!(to, ["Japan", "Canada"]);
    // The name before the apposition is the subject of the second verb.
    let ship = cs.iter().find(|c| c.verb.lemma == "ship").unwrap();
    assert_eq!(s(&doc, ship.subject.as_ref().unwrap().span()), "Nordkap");
    assert!(ship.verb.negated);
    assert!(ship.agent(doc.text).is_none());
}

#[test]
fn infinitives_and_passive_agents() {
    let (doc, cs) = clauses(
        "Donors urged Lima to stop buying trucks and machine tools to help farmers plant rice. The plant was sold by Bayer.",
    );
    // Object control: the object right after "urged" is the infinitive's subject; the last
    // noun of a list before "to help" is not.
    let buy = cs.iter().find(|c| c.verb.lemma == "buy").unwrap();
    assert_eq!(s(&doc, buy.subject.as_ref().unwrap().span()), "Lima");
    let help = cs.iter().find(|c| c.verb.lemma == "help").unwrap();
    assert!(help.subject.is_none());
    let sold = cs.iter().find(|c| c.verb.lemma == "sell").unwrap();
    assert_eq!(s(&doc, sold.agent(doc.text).unwrap().span()), "Bayer");
}

#[test]
fn clauses_are_compact() {
    // u32 positions, boxed slices, the lemma in place and the mostly empty lists in one word
    // (issue 16.6): 264 bytes a clause with usize, Vec and String; 128 since a noun group's
    // end is a NonZeroU32 (an absent subject costs no tag); 112 since the objects and the
    // prepositional phrases share one boxed slice.
    assert!(
        std::mem::size_of::<Clause>() <= 112,
        "{}",
        std::mem::size_of::<Clause>()
    );
    let doc = Doc::new("The firm said it would ship the parts to Oslo.");
    let words = pos::tag(&doc);
    let cs = find(&doc, &words);
    let last = cs.last().unwrap();
    // The accessors give the same positions as the words they cover.
    let w = last.words();
    assert_eq!(
        last.span(),
        (words[w.start].start(), words[w.end - 1].end())
    );
    assert_eq!(last.verb.head(), last.verb.words().end - 1);
    assert_eq!(last.sentence(), 0);
    let p = &last.preps()[0];
    assert_eq!(&doc.text[p.prep().0..p.span().1], "to Oslo");
    // Objects and phrases share one block: each reads back as its own list.
    assert_eq!(last.objects().len(), 1);
    assert_eq!(s(&doc, last.objects()[0].span()), "the parts");
    assert_eq!(last.preps().len(), 1);
}

#[test]
fn a_participle_after_a_noun_is_a_reduced_passive_not_a_shared_subject() {
    let (doc, cs) =
        clauses("Prices rose, according to a study published on Monday by the Orlen Institute.");
    let c = cs
        .iter()
        .find(|c| c.verb.lemma == "publish")
        .expect("clause");
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "a study");
    assert_eq!(c.subject_source, SubjectSource::Antecedent);
    assert!(c.verb.passive);
    // After an auxiliary alone the verb still shares the subject.
    let (doc, cs) = clauses("The barge was last tracked off Crete.");
    let c = cs.iter().find(|c| c.verb.lemma == "track").expect("clause");
    assert_eq!(s(&doc, c.subject.as_ref().unwrap().span()), "The barge");
    assert!(c.verb.passive);
}

#[test]
fn a_currency_code_before_an_amount_is_not_part_of_the_verb_group() {
    let (doc, cs) = clauses("Marlow Tankers was fined AED 2m by the emirate's regulators.");
    let c = &cs[0];
    assert_eq!(s(&doc, c.verb.span()), "was fined");
    assert_eq!(c.verb.lemma, "fine");
    assert!(c.verb.passive);
    assert!(c.agent(doc.text).is_some());
}

#[test]
fn a_hyphenated_participle_before_a_noun_is_a_modifier_not_a_verb() {
    let (doc, cs) =
        clauses("The EU blacklisted the tanker and its Cyprus-based owner, Talos Shipping.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    let objects: Vec<&str> = cs[0].objects().iter().map(|g| s(&doc, g.span())).collect();
    assert!(objects.contains(&"its Cyprus-based owner"), "{objects:?}");
}
