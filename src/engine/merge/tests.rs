use super::*;
use crate::engine::{candidates, typing};

fn run(text: &str) -> (Vec<TypedMention>, Merged) {
    let d = Doc::new(text);
    let c = candidates::find(&d);
    let m = typing::classify(&d, &c);
    let g = merge(&d, &m);
    (m, g)
}

fn entity<'a>(g: &'a Merged, name: &str) -> &'a EntityDraft {
    g.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {:?}", g.entities))
}

#[test]
fn person_short_forms_and_roles() {
    let (_, g) = run(
        "President Joe Biden called Xi Jinping on Monday. Biden said Xi listened. Mr Biden left.",
    );
    let b = entity(&g, "Joe Biden");
    assert_eq!(b.label, Label::Person);
    assert_eq!(b.roles, vec!["President".to_string()]);
    assert!(b.aliases.contains(&"Biden".to_string()));
    let xi = entity(&g, "Xi Jinping");
    assert_eq!(xi.aliases, vec!["Xi".to_string()]);
    let people = g
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .count();
    assert_eq!(people, 2);
}

#[test]
fn firms_of_one_name_with_two_legal_forms_are_two_firms() {
    let (_, g) = run(
        "Tarnholm Kabel ASA bought a plant. Tarnholm Kabel GmbH is 51% owned by Tarnholm \
             Kabel ASA. Tarnholm Kabel said sales rose. Ostby Inc and Ostby Corp are one firm. \
             Velmar AG grew, and Velmar Group hired.",
    );
    let parent = entity(&g, "Tarnholm Kabel ASA");
    let unit = entity(&g, "Tarnholm Kabel GmbH");
    assert!(!std::ptr::eq(parent, unit), "{:?}", g.entities);
    // The name alone is the firm named first.
    assert!(
        parent.aliases.contains(&"Tarnholm Kabel".to_string()),
        "{parent:?}"
    );
    // Loose forms tell no firms apart.
    let ostby: Vec<&EntityDraft> = g
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Ostby"))
        .collect();
    assert_eq!(ostby.len(), 1, "{:?}", g.entities);
    let velmar: Vec<&EntityDraft> = g
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Velmar"))
        .collect();
    assert_eq!(
        velmar.len(),
        1,
        "a loose form beside a strict one: {:?}",
        g.entities
    );
}

#[test]
fn a_family_is_an_entity_of_its_own_not_the_person() {
    let (ms, g) =
        run("Lukas Meier, the chief executive, said the Meier family would vote. Meier left.");
    let family = entity(&g, "Meier family");
    let person = entity(&g, "Lukas Meier");
    assert!(!std::ptr::eq(family, person));
    // The later "Meier" alone is the person again.
    let last = ms.len() - 1;
    assert_eq!(g.entities[g.mention_entity[last]].name, "Lukas Meier");
}

#[test]
fn country_variants_are_one_entity() {
    let (_, g) =
        run("The US and China met. The U.S. side said the United States and America agreed.");
    let us = entity(&g, "United States");
    assert_eq!(us.country.as_deref(), Some("US"));
    let mut a = us.aliases.clone();
    a.sort();
    assert_eq!(a, vec!["America", "U.S.", "US"]);
}

/// The entity each place mention acts for (`None`: it is only the place), in text order.
fn gpe_actors<'a>(m: &[TypedMention], g: &'a Merged) -> Vec<Option<&'a str>> {
    g.mention_actor
        .iter()
        .zip(m)
        .filter(|(_, x)| x.label == Label::Gpe)
        .map(|(a, _)| a.map(|i| g.entities[i].name.as_str()))
        .collect()
}

#[test]
fn capital_metonymy_points_to_the_country() {
    let (m, g) = run("Beijing believed the curbs were unfair. Later, trips to Beijing resumed, and Moscow is using drones.");
    let actors = gpe_actors(&m, &g);
    assert_eq!(actors, vec![Some("China"), None, Some("Russia")]);
    let beijing = g.mention_entity[0];
    assert_eq!(g.entities[beijing].name, "Beijing");
    assert_eq!(g.entities[beijing].country.as_deref(), Some("CN"));
}

#[test]
fn capitals_in_ties_with_and_before_a_relation_noun_act_for_their_states() {
    let (m, g) = run(
        "Turkey, the United States and Sweden signed. The delay had strained Ankara's ties with \
         Washington and Stockholm.",
    );
    let actors = gpe_actors(&m, &g);
    assert_eq!(
        actors[3..],
        [Some("Turkey"), Some("United States"), Some("Sweden")]
    );
    // Only for a state the text names: "talks with Moscow" alone meet no Russia.
    let (m, g) = run("Talks with Moscow resumed, and Iran said Tehran's sanctions hurt.");
    assert_eq!(gpe_actors(&m, &g), vec![None, None, Some("Iran")]);
    // A possessive before another noun, and "with" after no relation noun, keep the place.
    let (m, g) = run("Beijing's airport reopened. She toured the museum with Lisbon friends.");
    assert_eq!(gpe_actors(&m, &g), vec![None, None]);
}

#[test]
fn a_body_named_after_another_places_possessive_is_not_the_first_places() {
    let (_, g) = run("The Tarnby Red Crescent Society fed 900 families. Across the border, Norland's Red Crescent sent tents. The Tarnby Red Crescent said more was needed.");
    let orgs: Vec<&str> = g
        .entities
        .iter()
        .filter(|e| e.label == Label::Org)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(orgs.len(), 2, "{orgs:?}");
    // Without another place's possessive the short form is the society.
    let (_, g) = run(
        "The Tarnby Red Crescent Society fed 900 families. The Red Crescent said more was needed.",
    );
    assert_eq!(
        g.entities.iter().filter(|e| e.label == Label::Org).count(),
        1
    );
}

#[test]
fn a_firm_named_in_full_is_not_another_sharing_its_first_word() {
    let (_, g) = run(
        "Brenmoor Holding AG reported a loss. Brenmoor said so. Brenmoor Rail GmbH runs \
             trains. Varro cut prices. Varro Digital Systems said so.",
    );
    let names: Vec<&str> = g.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Brenmoor Rail GmbH"), "{names:?}");
    assert_eq!(
        entity(&g, "Brenmoor Holding AG").name,
        "Brenmoor Holding AG"
    );
    // Met only as one word, the longer name is its full name.
    assert!(!names.contains(&"Varro"), "{names:?}");
}

#[test]
fn organisations_by_acronym_and_designator() {
    let (_, g) = run("The Bureau of Industry and Security listed Hikvision Co. on Monday. Later BIS said Hikvision appealed.");
    assert_eq!(
        entity(&g, "Bureau of Industry and Security").aliases,
        vec!["BIS".to_string()]
    );
    let orgs = g.entities.iter().filter(|e| e.label == Label::Org).count();
    assert_eq!(orgs, 2, "{:?}", g.entities);
}

#[test]
fn a_seat_acting_stands_for_its_body_not_its_country() {
    let (m, g) = run("Brussels imposed duties on steel. Under pressure from Brussels, the firm cut prices. Flights to Brussels resumed. Washington agreed.");
    let actors = gpe_actors(&m, &g);
    assert_eq!(
        actors,
        vec![
            Some("European Union"),
            Some("European Union"),
            None,
            Some("United States")
        ]
    );
    assert!(
        !g.entities.iter().any(|e| e.name == "Belgium"),
        "{:?}",
        g.entities
    );
}
