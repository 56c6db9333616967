use super::*;
use crate::engine::model::{Modality, RelationType};

/// (type, source name, target name, item names, modality, date) of every relation found.
pub(super) type Row = (
    RelationType,
    String,
    String,
    Vec<String>,
    Modality,
    Option<String>,
);

pub(super) fn rel(text: &str, date: Option<&str>) -> Vec<Row> {
    let doc = Doc::new(text);
    let cands = crate::engine::candidates::find(&doc);
    let mentions = crate::engine::names(&doc, cands);
    let merged = crate::engine::merge::merge(&doc, &mentions);
    let mut words = crate::engine::pos::tag(&doc);
    crate::engine::names_as_proper_nouns(&doc, &mut words, &mentions);
    let clauses = crate::engine::clause::find(&doc, &words);
    let resolved = crate::engine::coref::resolve(&doc, &words, &clauses, &mentions, &merged);
    let timexes = crate::engine::time::extract_with_clauses(&doc, date, &clauses, &words);
    let inputs = crate::engine::events::Inputs {
        doc: &doc,
        words: &words,
        clauses: &clauses,
        mentions: &mentions,
        merged: &merged,
        resolved: &resolved,
        dct: date,
    };
    let events = crate::engine::events::build(&inputs, &timexes);
    let (drafts, goods) = extract(
        &doc, &mentions, &merged, &clauses, &words, &resolved, &timexes, &events,
    );
    // Goods no list knows: named by their first mention's words.
    let name = |e: usize| match merged.entities.get(e) {
        Some(x) => x.name.clone(),
        None => goods
            .iter()
            .find(|g| g.2 == e)
            .map_or_else(String::new, |g| {
                text[doc.tokens[g.0].start()..doc.tokens[g.1].end()].to_string()
            }),
    };
    drafts
        .into_iter()
        .map(|r| {
            (
                r.kind,
                name(r.source),
                name(r.target),
                r.items.iter().map(|&i| name(i)).collect(),
                r.modality,
                r.date,
            )
        })
        .collect()
}

pub(super) fn has(rows: &[Row], kind: RelationType, s: &str, t: &str) -> Option<Row> {
    rows.iter()
        .find(|r| r.0 == kind && r.1 == s && r.2 == t)
        .cloned()
}

#[test]
fn supply_to_and_with() {
    let r = rel(
        "Officials said Iran shipped drones and spare parts to Venezuela. Later, Belarus provided Serbia with machine tools.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Iran", "Venezuela").expect("Iran → Venezuela");
    assert_eq!(a.3, vec!["drones", "spare parts"]);
    assert_eq!(a.4, Modality::Asserted);
    let b = has(&r, RelationType::Supply, "Belarus", "Serbia").expect("Belarus → Serbia");
    assert_eq!(b.3, vec!["machine tools"]);
    assert_eq!(r.len(), 2, "{r:?}");
}

#[test]
fn supply_obtain_from_list_and_origin() {
    let r = rel(
        "Myanmar bought drones from several suppliers, including Norinco and Elbit Systems. Most of the semiconductors that Turkey imported in 2021 came from Taiwan.",
        None,
    );
    for s in ["Norinco", "Elbit Systems"] {
        let x = has(&r, RelationType::Supply, s, "Myanmar").unwrap_or_else(|| panic!("{s}: {r:?}"));
        assert_eq!(x.3, vec!["drones"]);
    }
    let o = has(&r, RelationType::Supply, "Taiwan", "Turkey").expect("origin");
    assert_eq!(o.3, vec!["semiconductors"]);
    assert_eq!(o.5.as_deref(), Some("2021"));
}

#[test]
fn nationality_group_stands_for_country_and_hedges() {
    let r = rel(
        "Analysts believe Iran needs help. Iranian firms were \u{201c}likely supplying\u{201d} Sudan with drones, the report said.",
        None,
    );
    let x = has(&r, RelationType::Supply, "Iran", "Sudan").expect("Iranian firms → Iran");
    assert_eq!(x.4, Modality::Hedged);
}

#[test]
fn negation_and_missing_recipient() {
    let r = rel(
        "Diplomats said Japan had not sold missiles to Myanmar. Japan sells cars.",
        None,
    );
    let x = has(&r, RelationType::Supply, "Japan", "Myanmar").expect("negated");
    assert_eq!(x.4, Modality::Negated);
    // No recipient, no relation: precision first.
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn purpose_phrase_is_not_an_item_and_help_gives_recipient() {
    let r = rel(
        "Turkey was helping Azerbaijan to modernise its army, and Turkey was also providing drones for border patrols.",
        None,
    );
    let x = has(&r, RelationType::Supply, "Turkey", "Azerbaijan").expect("help fallback");
    assert_eq!(x.3, vec!["drones"]);
}

#[test]
fn meetings_with_dates() {
    let r = rel(
        "Prime Minister Narendra Modi met Vladimir Putin on Monday. Emmanuel Macron held talks with Olaf Scholz in Paris on 3 May 2023.",
        Some("2024-07-10"),
    );
    let a = has(&r, RelationType::Meeting, "Narendra Modi", "Vladimir Putin").expect("met");
    assert_eq!(a.5.as_deref(), Some("2024-07-08"));
    let b = has(&r, RelationType::Meeting, "Emmanuel Macron", "Olaf Scholz").expect("talks");
    assert_eq!(b.5.as_deref(), Some("2023-05-03"));
}

#[test]
fn pronoun_meeting_pairs_the_two_people_of_the_sentence() {
    let r = rel(
        "Rishi Sunak will raise the matter with Joe Biden when he meets him on Friday.",
        Some("2023-06-05"),
    );
    let a = has(&r, RelationType::Meeting, "Rishi Sunak", "Joe Biden").expect("he meets him");
    assert!(a.5.is_some());
}

#[test]
fn sanctions_active_passive_and_noun() {
    let r = rel(
        "The Treasury sanctioned Rosneft on Tuesday. Gazprom was blacklisted by Canada. Japan imposed sanctions on Belarus. Sovcomflot was designated last year.",
        Some("2024-02-01"),
    );
    assert!(
        has(&r, RelationType::Sanction, "Treasury", "Rosneft").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "Canada", "Gazprom").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "Japan", "Belarus").is_some(),
        "{r:?}"
    );
    // A passive without its agent: no source, no relation.
    assert!(!r.iter().any(|x| x.2 == "Sovcomflot"), "{r:?}");
}

#[test]
fn ownership_frames() {
    let r = rel(
        "Nordwind Logistics GmbH, a subsidiary of Baltic Freight Group, reported higher sales. Halden Capital holds a 10% stake in Orsa Mining Corp, filings show. Tessaro Inc owns Brightline Labs Ltd and two mines.",
        None,
    );
    let owner = |s: &str, t: &str| has(&r, RelationType::Ownership, s, t).is_some();
    assert!(
        owner("Baltic Freight Group", "Nordwind Logistics GmbH"),
        "{r:?}"
    );
    assert!(owner("Halden Capital", "Orsa Mining Corp"), "{r:?}");
    assert!(owner("Tessaro Inc", "Brightline Labs Ltd"), "{r:?}");
}

#[test]
fn selling_a_stake_is_not_ownership() {
    let r = rel(
        "Halden Capital sold its stake in Orsa Mining Corp last year.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Ownership), "{r:?}");
}

#[test]
fn employment_from_roles() {
    let r = rel(
        "France hosted the summit. French President Emmanuel Macron spoke first. Satya Nadella, chief executive of Microsoft, replied. Officials including Ursula von der Leyen attended.",
        None,
    );
    assert!(
        has(&r, RelationType::Employment, "Emmanuel Macron", "France").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Employment, "Satya Nadella", "Microsoft").is_some(),
        "{r:?}"
    );
    let people: Vec<&Row> = r
        .iter()
        .filter(|x| x.0 == RelationType::Employment)
        .collect();
    assert_eq!(people.len(), 2, "{r:?}");
}

#[test]
fn never_panics_on_fragments() {
    for t in [
        "",
        "sold",
        "sold to",
        "met with",
        "— including",
        "stake in",
        "came from",
        "China, the",
        "sanctions on",
    ] {
        let _ = rel(t, None);
    }
}

#[test]
fn relative_clause_apposition_and_time_between_subject_and_verb() {
    let r = rel(
        "The Commerce Department on Friday blacklisted Halden Capital. Tessaro Inc, which owns two plants near Lyon, shipped drones from France to Morocco. Japan, which imposed sanctions on Belarus in May, said more would follow.",
        Some("2024-06-03"),
    );
    assert!(
        has(
            &r,
            RelationType::Sanction,
            "Commerce Department",
            "Halden Capital"
        )
        .is_some(),
        "{r:?}"
    );
    let s =
        has(&r, RelationType::Supply, "Tessaro Inc", "Morocco").expect("from France to Morocco");
    assert_eq!(s.3, vec!["drones"]);
    assert!(
        !r.iter().any(|x| x.1 == "France"),
        "France is the origin, not the supplier: {r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "Japan", "Belarus").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_name_modifying_a_noun_is_not_a_party_and_a_new_clause_is_not_joined() {
    let r = rel(
        "Kenya bought drones from Turkish brokers, including Anadolu Systems Ltd, last year. Most of the wheat that Egypt used came from Russia, and Ukraine blamed the war.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Anadolu Systems Ltd", "Kenya").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Supply, "Russia", "Egypt").is_some(),
        "{r:?}"
    );
    assert!(
        !r.iter().any(|x| x.1 == "Ukraine" || x.1 == "Turkey"),
        "{r:?}"
    );
}

#[test]
fn a_run_on_sentence_of_triggers_and_lists_stays_bounded() {
    // No full stop: one sentence of 3,000 triggers, lists and help verbs.
    let text = "Iran, Iraq and Syria helping Russia supplied drones to Venezuela and ".repeat(3000);
    let r = rel(&text, None);
    assert!(!r.is_empty());
    assert!(
        r.iter().all(|x| x.0 == RelationType::Supply),
        "{:?}",
        &r[..3]
    );
}

#[test]
fn a_call_named_after_its_party_and_a_capital_standing_for_its_state() {
    let r = rel(
        "Japan is worried. Fumio Kishida raised the dispute with Li Qiang during a phone call on Friday. Most of the wheat Tokyo imported in 2022 came from Canadian sellers, and Canada welcomed it.",
        Some("2024-05-20"),
    );
    let m = has(&r, RelationType::Meeting, "Fumio Kishida", "Li Qiang").expect("call");
    assert_eq!(m.5.as_deref(), Some("2024-05-17"));
    let s = has(&r, RelationType::Supply, "Canada", "Japan").expect("Tokyo imported → Japan");
    assert_eq!(s.3, vec!["wheat"]);
    assert_eq!(s.5.as_deref(), Some("2022"));
}

#[test]
fn coreference_names_the_party_of_a_pronoun_or_description() {
    let r = rel(
        "Tessaro Logistics Ltd reported higher profits. The company sold drones to Peru last year. Rishi Sunak praised Kenya. He later met William Ruto.",
        Some("2024-03-01"),
    );
    let s = has(&r, RelationType::Supply, "Tessaro Logistics Ltd", "Peru").expect("the company");
    assert_eq!(s.5.as_deref(), Some("2023"));
    assert!(
        has(&r, RelationType::Meeting, "Rishi Sunak", "William Ruto").is_some(),
        "{r:?}"
    );
}

#[test]
fn the_person_after_a_nationality_and_title_is_the_party() {
    let r = rel(
        "Kenya hosted the summit. Prime Minister Keir Starmer met Kenyan President William Ruto in Nairobi on Monday.",
        Some("2024-11-20"),
    );
    let m = has(&r, RelationType::Meeting, "Keir Starmer", "William Ruto").expect("met");
    assert_eq!(m.5.as_deref(), Some("2024-11-18"));
    assert!(
        has(&r, RelationType::Employment, "William Ruto", "Kenya").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_name_running_on_into_unrecognised_capitals_is_not_the_party() {
    let r = rel(
        "Kazakhstan is wary. Washington blacklisted Astana Trade House on Monday. Canada sanctioned Belarus Tuesday.",
        Some("2024-09-12"),
    );
    assert!(
        !r.iter().any(|x| x.2 == "Kazakhstan" || x.2 == "Astana"),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "Canada", "Belarus").is_some(),
        "{r:?}"
    );
}

#[test]
fn a_body_named_elsewhere_is_the_subject_of_its_longer_form() {
    // "the Treasury" is an entity from the first sentence; "the US Treasury" is one name
    // (typing: a country before a listed body), the same entity with that alias.
    let r = rel(
        "Marta Olsen, an adviser at the Treasury, left in March. The US Treasury on Friday sanctioned Borealis Freight Ltd.",
        None,
    );
    assert!(
        r.iter().any(|x| x.0 == RelationType::Sanction
            && x.1.ends_with("Treasury")
            && x.2.contains("Borealis")),
        "{r:?}"
    );
}

#[test]
fn a_reported_it_designates_for_the_reporting_body() {
    let r = rel(
        "The Finance Ministry of Norway said it had designated Harbour Line Shipping.",
        None,
    );
    assert!(
        r.iter().any(|x| x.0 == RelationType::Sanction
            && x.1.contains("Finance Ministry")
            && x.2.contains("Harbour Line")),
        "{r:?}"
    );
}

#[test]
fn infinitive_help_names_the_recipient() {
    let r = rel(
        "The envoy urged Ankara to stop exporting drones, sensors and machine tools to help Armenia build missiles.",
        None,
    );
    // The capital stands for its state.
    let x = has(&r, RelationType::Supply, "Türkiye", "Armenia")
        .unwrap_or_else(|| panic!("help names the recipient: {r:?}"));
    assert_eq!(x.3, vec!["drones", "sensors", "machine tools"]);
}

#[test]
fn goods_pair_with_their_recipients() {
    let r = rel(
        "The minister said Chile now supplies solar panels to Japan and lithium batteries to Canada.",
        None,
    );
    let j = has(&r, RelationType::Supply, "Chile", "Japan").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(j.3, vec!["solar panels"]);
    let c = has(&r, RelationType::Supply, "Chile", "Canada").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(c.3, vec!["lithium batteries"]);
}

#[test]
fn possessive_recipient_and_apposition_subject() {
    let r = rel(
        "Siemens agreed to sell machine tools to India's Tata Motors. Intel Corp provides chips to Brazil, but Nikon Corp, the Japanese maker of cameras, has not shipped sensors to Chile.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Siemens", "Tata Motors").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Supply, "Siemens", "India").is_none(),
        "{r:?}"
    );
    let n = has(&r, RelationType::Supply, "Nikon Corp", "Chile").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(n.4, Modality::Negated);
    // The apposition's name is the subject, not the previous clause's.
    assert!(
        has(&r, RelationType::Supply, "Intel Corp", "Chile").is_none(),
        "{r:?}"
    );
}

#[test]
fn a_sanctioned_group_of_firms_is_not_their_state() {
    let r = rel(
        "Iran protested. The European Commission fined three Iranian firms in May, and Canada was sanctioned by the United States.",
        None,
    );
    assert!(
        r.iter()
            .all(|x| x.0 != RelationType::Sanction || x.2 != "Iran"),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Sanction, "United States", "Canada").is_some(),
        "{r:?}"
    );
}

#[test]
fn the_state_of_a_nationality_is_its_country() {
    let r = rel(
        "France kept a veto. Orano Corp, which is owned by the French state, bought refined natural gas from Algeria.",
        None,
    );
    assert!(
        has(&r, RelationType::Ownership, "France", "Orano Corp").is_some(),
        "{r:?}"
    );
    // The tagger's noun "bought" after the relative clause is its main verb.
    let s =
        has(&r, RelationType::Supply, "Algeria", "Orano Corp").unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(s.3, vec!["natural gas"]);
}

#[test]
fn a_place_named_as_the_location_is_never_a_meeting_party() {
    let r = rel(
        "Chancellor Karl Hammer visited Paris in March and held talks with President Emmanuel Macron at the Elysee. \
         Prime Minister Anna Berg hosted President Luis Ortega in Madrid last week, and the two leaders agreed to hold a summit with Brazil.",
        Some("2024-06-10"),
    );
    let meetings: Vec<_> = r.iter().filter(|x| x.0 == RelationType::Meeting).collect();
    for m in &meetings {
        for place in ["France", "Paris", "Madrid", "Spain"] {
            assert!(m.1 != place && m.2 != place, "place as party: {m:?}");
        }
    }
    assert!(
        has(&r, RelationType::Meeting, "Karl Hammer", "Emmanuel Macron").is_some(),
        "{r:?}"
    );
}

#[test]
fn the_same_meeting_stated_twice_is_one_relation() {
    let r = rel(
        "Sato to meet Lindqvist on June 14. Foreign Minister Kenji Sato will meet Swedish Foreign Minister Erik Lindqvist on June 14, officials said.",
        Some("2024-06-10"),
    );
    let n = r
        .iter()
        .filter(|x| x.0 == RelationType::Meeting && (x.1.contains("Sato") || x.2.contains("Sato")))
        .count();
    assert_eq!(n, 1, "{r:?}");
}

#[test]
fn a_counterpart_of_his_is_not_the_speaker() {
    let r = rel(
        "Foreign Minister Pedro Alvarez spoke with his Chilean counterpart, Marta Rojas, on Friday.",
        Some("2024-06-10"),
    );
    assert!(
        has(&r, RelationType::Meeting, "Pedro Alvarez", "Marta Rojas").is_some(),
        "{r:?}"
    );
    assert!(r.iter().all(|x| x.1 != x.2), "{r:?}");
}

#[test]
fn a_company_saying_it_had_not_supplied_is_the_negated_supplier() {
    let r = rel(
        "The Acme Corporation said it had not supplied machine tools to Iran. A Dutch chip maker, Orvan Semi, said it had not provided any machine tools to Russia.",
        None,
    );
    let row = has(&r, RelationType::Supply, "Orvan Semi", "Russia");
    assert_eq!(row.map(|x| x.4), Some(Modality::Negated), "{r:?}");
    let row = has(&r, RelationType::Supply, "Acme Corporation", "Iran");
    assert_eq!(row.map(|x| x.4), Some(Modality::Negated), "{r:?}");
}

#[test]
fn a_denial_without_a_named_item_is_an_itemless_negated_supply() {
    let r = rel(
        "A Swiss valve maker, Brenntal AG, said it had not sold any equipment to Iranian customers since 2021. Iran is a large market.",
        None,
    );
    let row = has(&r, RelationType::Supply, "Brenntal AG", "Iran").expect("denial");
    assert_eq!(row.4, Modality::Negated, "{r:?}");
    assert!(row.3.is_empty(), "no item named: {r:?}");
    // Asserted, "any equipment" names nothing: no relation (precision first).
    let r = rel(
        "Brenntal AG sold equipment to Iranian customers. Iran is a large market.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn a_nationality_with_an_adjective_and_a_user_noun_stands_for_the_country() {
    let r = rel(
        "Korvath Optics Ltd said it had not supplied sensors to Iranian military users. Iran denied it.",
        None,
    );
    let row = has(&r, RelationType::Supply, "Korvath Optics Ltd", "Iran").expect("users");
    assert_eq!(row.4, Modality::Negated, "{r:?}");
}

#[test]
fn a_denial_to_no_named_party_gives_nothing() {
    // "any party" names no recipient: an analyst cannot place the edge, so none is drawn.
    let r = rel(
        "Peru had never provided lethal weapons to any party in the dispute, its ministry said.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn goods_that_came_from_a_supplier_read_from_the_clause_stage() {
    // A relative clause without "that", a time phrase before "came", and a relative verb the
    // tagger reads as a noun.
    let r = rel(
        "Nearly a third of the drones Vietnam bought last year came from Denmark. Some of the semiconductors Japan bought were sourced from China.",
        Some("2025-03-01"),
    );
    let x = has(&r, RelationType::Supply, "Denmark", "Vietnam").expect("contact clause");
    assert_eq!(x.3, vec!["drones"], "{r:?}");
    assert_eq!(x.5.as_deref(), Some("2024"), "{r:?}");
    let x = has(&r, RelationType::Supply, "China", "Japan").expect("tagged as a noun");
    assert_eq!(x.3, vec!["semiconductors"], "{r:?}");
}

#[test]
fn a_noun_trigger_takes_the_subject_of_the_clause_whose_object_holds_it() {
    // An aside between the subject and its light verb stops the token walk; the clause stage
    // still names Halden Capital.
    let r = rel(
        "Halden Capital, after a long review of its holdings, took a large stake in Orsa Mining Corp.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Halden Capital",
            "Orsa Mining Corp"
        )
        .is_some(),
        "{r:?}"
    );
    // Not through a verb that is no holding.
    let r = rel(
        "Halden Capital, after a long review of its holdings, sold its stake in Orsa Mining Corp.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Ownership), "{r:?}");
}

#[test]
fn the_subject_of_a_verb_trigger_runs_through_of_phrases() {
    let r = rel(
        "The Bureau of Maritime Enforcement on Tuesday sanctioned Corvel Shipping Ltd.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Sanction,
            "Bureau of Maritime Enforcement",
            "Corvel Shipping Ltd"
        )
        .is_some(),
        "{r:?}"
    );
}

#[test]
fn a_share_of_goods_names_the_goods_of_its_of_phrase() {
    let r = rel(
        "Iran supplied Russia with most of its drones last year. Belarus shipped 90 per cent of its machine tools to Serbia. Hungary bought the bulk of its rifles from Austria.",
        None,
    );
    let s = has(&r, RelationType::Supply, "Iran", "Russia").expect("with most of");
    assert_eq!(s.3, vec!["drones".to_string()]);
    let s = has(&r, RelationType::Supply, "Belarus", "Serbia").expect("90 per cent of");
    assert_eq!(s.3, vec!["machine tools".to_string()]);
    let s = has(&r, RelationType::Supply, "Austria", "Hungary").expect("the bulk of");
    assert_eq!(s.3, vec!["rifles".to_string()]);
    // A share of something that is no goods names nothing.
    let r = rel(
        "Iran supplied Russia with most of the news last year.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Iran", "Russia").is_none(),
        "{r:?}"
    );
}

#[test]
fn weapons_and_commodities_are_goods() {
    let r = rel(
        "Poland received 48 howitzers from South Korea last year. Japan shipped lithium and transistors to Vietnam.",
        None,
    );
    let s = has(&r, RelationType::Supply, "South Korea", "Poland").expect("howitzers");
    assert_eq!(s.3, vec!["howitzers".to_string()]);
    let s = has(&r, RelationType::Supply, "Japan", "Vietnam").expect("lithium, transistors");
    assert_eq!(s.3, vec!["lithium".to_string(), "transistors".to_string()]);
}

#[test]
fn a_passive_supply_takes_its_agent_as_supplier() {
    let r = rel(
        "Forty drones were delivered to Mali by Turkey and the Netherlands in March. Ghana was supplied with rifles by Serbia.",
        None,
    );
    for s in ["Turkey", "Netherlands"] {
        let x = has(&r, RelationType::Supply, s, "Mali").unwrap_or_else(|| panic!("{s}: {r:?}"));
        assert_eq!(x.3, vec!["drones"]);
    }
    let g =
        has(&r, RelationType::Supply, "Serbia", "Ghana").unwrap_or_else(|| panic!("with: {r:?}"));
    assert_eq!(g.3, vec!["rifles"]);
    assert!(
        has(&r, RelationType::Supply, "Ghana", "Serbia").is_none(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Supply, "Mali", "Turkey").is_none(),
        "{r:?}"
    );
}

#[test]
fn a_verb_of_denial_or_stopping_before_the_trigger_negates_it() {
    let r = rel(
        "Belarus has denied selling rifles to Sudan. Vetra Ltd had stopped shipping chips to Iran in 2020.",
        None,
    );
    let b =
        has(&r, RelationType::Supply, "Belarus", "Sudan").unwrap_or_else(|| panic!("deny: {r:?}"));
    assert_eq!(b.4, Modality::Negated);
    let v =
        has(&r, RelationType::Supply, "Vetra Ltd", "Iran").unwrap_or_else(|| panic!("stop: {r:?}"));
    assert_eq!(v.4, Modality::Negated);
    // Urged to stop: someone else's goal; the supply still goes on.
    let g = rel(
        "Officials urged Kazakhstan to stop shipping drones to Russia.",
        None,
    );
    let k = has(&g, RelationType::Supply, "Kazakhstan", "Russia")
        .unwrap_or_else(|| panic!("goal: {g:?}"));
    assert_eq!(k.4, Modality::Asserted);
}

#[test]
fn a_negated_verb_of_stopping_leaves_the_supply_asserted() {
    // "has not stopped supplying": the supply goes on; "did not supply" is still negated.
    let r = rel(
        "Iran has not stopped supplying drones to Russia. Syria did not supply drones to Lebanon.",
        None,
    );
    let t = has(&r, RelationType::Supply, "Iran", "Russia")
        .unwrap_or_else(|| panic!("not stopped: {r:?}"));
    assert_eq!(t.4, Modality::Asserted);
    let k =
        has(&r, RelationType::Supply, "Syria", "Lebanon").unwrap_or_else(|| panic!("not: {r:?}"));
    assert_eq!(k.4, Modality::Negated);
}

#[test]
fn a_supply_noun_names_goods_recipient_and_supplier() {
    let r = rel(
        "Peru's exports of lithium to Japan doubled. The transfer of howitzers to Morocco by Spain was approved. Corvex Logistics, which had arranged shipments of drones to Yemen, was fined.",
        None,
    );
    let p = has(&r, RelationType::Supply, "Peru", "Japan")
        .unwrap_or_else(|| panic!("possessive: {r:?}"));
    assert_eq!(p.3, vec!["lithium"]);
    let s =
        has(&r, RelationType::Supply, "Spain", "Morocco").unwrap_or_else(|| panic!("by: {r:?}"));
    assert_eq!(s.3, vec!["howitzers"]);
    has(&r, RelationType::Supply, "Corvex Logistics", "Yemen")
        .unwrap_or_else(|| panic!("arranged: {r:?}"));
    // Without a named supplier nothing is read.
    let none = rel("The delivery of drones to Niger was delayed.", None);
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_possessive_country_or_a_place_modifier_is_not_the_party() {
    let r = rel(
        "Kestrel Optics Ltd is a subsidiary of Germany's Hensoldt AG. The EU imposed sanctions on several firms, including the Dubai-based Orbis Trading LLC.",
        None,
    );
    has(
        &r,
        RelationType::Ownership,
        "Hensoldt AG",
        "Kestrel Optics Ltd",
    )
    .unwrap_or_else(|| panic!("owner: {r:?}"));
    assert!(
        has(&r, RelationType::Ownership, "Germany", "Kestrel Optics Ltd").is_none(),
        "{r:?}"
    );
    has(
        &r,
        RelationType::Sanction,
        "European Union",
        "Orbis Trading LLC",
    )
    .unwrap_or_else(|| panic!("sanction: {r:?}"));
}

#[test]
fn frozen_assets_and_indicted_appositions_are_sanctions_of_the_named_party() {
    let r = rel(
        "Canada froze the assets of Halvard Shipping. Norway froze the assets of Brisk Marine's owner, Ivan Petrenko. The Justice Department indicted two executives, Mark Ellison and Li Wei, on Friday.",
        None,
    );
    has(&r, RelationType::Sanction, "Canada", "Halvard Shipping")
        .unwrap_or_else(|| panic!("froze: {r:?}"));
    assert!(
        !r.iter()
            .any(|x| x.0 == RelationType::Sanction && x.2 == "Brisk Marine"),
        "the owner's firm is not the target: {r:?}"
    );
    for p in ["Mark Ellison", "Li Wei"] {
        has(&r, RelationType::Sanction, "Justice Department", p)
            .unwrap_or_else(|| panic!("{p}: {r:?}"));
    }
}

#[test]
fn a_title_after_its_portfolio_and_an_employer_cut_short_by_the_tagger() {
    let r = rel(
        "Chile's mining minister, Aurora Williams, said output would rise. Wu Hao, the president of China Baowu, visited Lima.",
        None,
    );
    has(&r, RelationType::Employment, "Aurora Williams", "Chile")
        .unwrap_or_else(|| panic!("portfolio: {r:?}"));
    assert!(
        !r.iter()
            .any(|x| x.0 == RelationType::Employment && x.1 == "Wu Hao" && x.2 == "China"),
        "{r:?}"
    );
}
