//! Supply phrasings a user's trial (session 11) found missed: alleged and charged supplies,
//! denials of a "that" clause, resale, re-export, smuggling and routing through a third place,
//! supplies agreed in a contract, and goods named by their origin's nationality. Texts written
//! for these tests (invented firms). Read through the whole analysis, as users get it: the
//! name passes after typing ("Vantor Trading" is a firm by its sector word) count.

use super::tests::{has, Row};
use crate::engine::model::{DocumentInput, Modality, RelationType};

pub(super) fn rel(text: &str, date: Option<&str>) -> Vec<Row> {
    let a = crate::engine::analyze(&DocumentInput {
        text: text.into(),
        date: date.map(Into::into),
        ..DocumentInput::default()
    });
    let name = |id: &str| {
        a.entity_list
            .iter()
            .find(|e| e.id == id)
            .map_or_else(String::new, |e| e.name.clone())
    };
    a.relations
        .iter()
        .map(|r| {
            (
                r.kind,
                name(&r.source),
                name(&r.target),
                r.items.iter().map(|i| name(i)).collect(),
                r.modality,
                r.date.clone(),
            )
        })
        .collect()
}

#[test]
fn a_supply_the_subject_is_accused_or_suspected_of_is_hedged() {
    let r = rel(
        "Vantor Trading is accused of supplying turbojet engines to Iran. Prosecutors accused Orrin Metals of selling machine tools to Belarus.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Vantor Trading", "Iran").expect("accused of");
    assert_eq!(a.3, vec!["turbojet engines"]);
    assert_eq!(a.4, Modality::Hedged);
    let b = has(&r, RelationType::Supply, "Orrin Metals", "Belarus").expect("accused X of");
    assert_eq!(b.4, Modality::Hedged);
    // "alleged to have sold": the hedge inside the verb group.
    let r = rel(
        "Kessler Group was alleged to have sold drone engines to Iran.",
        None,
    );
    let c = has(&r, RelationType::Supply, "Kessler Group", "Iran").expect("alleged to");
    assert_eq!(c.4, Modality::Hedged);
}

#[test]
fn a_party_fined_or_charged_for_a_supply_is_the_supplier() {
    let r = rel(
        "Regulators fined Nordvik Optics for exporting thermal cameras to Belarus. Halvard Marine was charged with selling drone parts to Iran.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Nordvik Optics", "Belarus").expect("fined X for");
    assert_eq!(a.3, vec!["thermal cameras"]);
    assert_eq!(a.4, Modality::Asserted);
    let b = has(&r, RelationType::Supply, "Halvard Marine", "Iran").expect("charged with");
    assert_eq!(b.3, vec!["drone parts"]);
    // Past an apposition or a time expression.
    let r = rel(
        "Regulators fined Nordvik Optics, a unit of Halden Holdings, on Monday for exporting thermal cameras to Belarus.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Nordvik Optics", "Belarus").is_some(),
        "{r:?}"
    );
    // Praise or a meeting is no charge: the gerund finds no supplier.
    let r = rel(
        "Analysts praised Nordvik Optics for exporting thermal cameras to Belarus.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn denying_that_it_supplied_is_a_negated_supply() {
    let r = rel(
        "Vantor Trading denied that it had sold drone engines to Iran.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Vantor Trading", "Iran").expect("denied that");
    assert_eq!(a.4, Modality::Negated);
}

#[test]
fn resale_reexport_smuggling_and_routing_are_supplies() {
    let r = rel(
        "Brisa Logistics resold the turbines to Belarus. Corvane Ltd re-exported the chips to Russia. Tamsin Freight smuggled drone engines to Iran through Dubai.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Brisa Logistics", "Belarus").expect("resold");
    assert_eq!(a.3, vec!["turbines"]);
    assert!(
        has(&r, RelationType::Supply, "Corvane Ltd", "Russia").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Supply, "Tamsin Freight", "Iran").is_some(),
        "{r:?}"
    );
    // A buyer in a place: the place receives; a firm goods pass through receives nothing.
    let r = rel(
        "Brisa Logistics resold the turbines to a buyer in Belarus. Vantor Trading sold turbojet engines through a front company in Dubai.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Brisa Logistics", "Belarus").is_some(),
        "{r:?}"
    );
    assert_eq!(r.len(), 1, "{r:?}");
    // The place goods pass through is no recipient.
    let r = rel(
        "Tamsin Freight routed the chips via a Hong Kong front company to Russia.",
        None,
    );
    let b = has(&r, RelationType::Supply, "Tamsin Freight", "Russia").expect("routed via");
    assert_eq!(b.3, vec!["chips"]);
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_contract_or_agreement_to_supply_is_the_signers_supply() {
    let r = rel(
        "Nordel Energy signed a contract to supply turbines to Pelion Systems. Arvik Defence won a deal to deliver howitzers to Kenya.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Nordel Energy", "Pelion Systems").expect("contract to");
    assert_eq!(a.3, vec!["turbines"]);
    assert!(
        has(&r, RelationType::Supply, "Arvik Defence", "Kenya").is_some(),
        "{r:?}"
    );
    // "an agreement with Y to supply": Y receives; "a deal with Y to buy": Y supplies.
    let r = rel(
        "Nordel Energy signed an agreement with Pelion Systems to supply gas turbines. Kestrel Air signed a deal with Pelion Systems to buy drones.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "Nordel Energy", "Pelion Systems").is_some(),
        "{r:?}"
    );
    assert!(
        has(&r, RelationType::Supply, "Pelion Systems", "Kestrel Air").is_some(),
        "{r:?}"
    );
    // A supply agreement alone says not who supplies whom.
    let r = rel(
        "Nordel Energy signed a supply agreement with Pelion Systems.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Supply), "{r:?}");
}

#[test]
fn goods_bought_by_their_nationality_come_from_that_state() {
    // Only a state the document names is a party.
    let r = rel(
        "Russia and China court new buyers. Kenya has not bought any Russian weapons since 2022. Serbia imports Chinese drones.",
        None,
    );
    let a = has(&r, RelationType::Supply, "Russia", "Kenya").expect("Russian weapons");
    assert_eq!(a.3, vec!["weapons"]);
    assert_eq!(a.4, Modality::Negated);
    assert!(
        has(&r, RelationType::Supply, "China", "Serbia").is_some(),
        "{r:?}"
    );
    // A "from" names the supplier; the nationality then is only where the goods were made.
    let r = rel(
        "China courts new buyers. Serbia bought Chinese drones from Pelion Systems.",
        None,
    );
    assert!(
        has(&r, RelationType::Supply, "China", "Serbia").is_none(),
        "{r:?}"
    );
}

#[test]
fn a_parent_owner_or_group_a_firm_is_part_of_owns_it() {
    let r = rel(
        "Halden Holdings is the parent company of Brisa Logistics. Tarsen Energy, the owner of Corvane Ltd, denied the report. Ostrel Shipping is part of the Varna Group. Nordel Energy belongs to Pelion Systems.",
        None,
    );
    for (owner, owned) in [
        ("Halden Holdings", "Brisa Logistics"),
        ("Tarsen Energy", "Corvane Ltd"),
        ("Varna Group", "Ostrel Shipping"),
        ("Pelion Systems", "Nordel Energy"),
    ] {
        assert!(
            has(&r, RelationType::Ownership, owner, owned).is_some(),
            "{owner} owns {owned}: {r:?}"
        );
    }
    assert_eq!(r.len(), 4, "{r:?}");
    // Over a relative clause between the owned firm and the trigger.
    let r = rel(
        "Brisa Logistics, which builds the turbines, is owned by Halden Holdings.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Halden Holdings",
            "Brisa Logistics"
        )
        .is_some(),
        "{r:?}"
    );
    // Part of a deal, a country part of an alliance: no firm owned.
    let r = rel(
        "The turbines are part of the deal. Norway is part of the Nordic Council.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_buyer_or_firm_word_is_still_a_plain_word() {
    // "firm" reads as a buyer before "in PLACE" (`customer`), and stays a plain noun elsewhere:
    // the name in apposition to "a Cypriot trading firm" is the one fined.
    let r = rel(
        "Greece acted again. A Cypriot trading firm, Ostrel Shipping Ltd of Limassol, was fined EUR 2m by Greek regulators in May.",
        Some("2024-06-10"),
    );
    assert!(
        r.iter().any(|x| x.0 == RelationType::Sanction
            && x.1 == "Greece"
            && x.2.starts_with("Ostrel Shipping")),
        "{r:?}"
    );
}

/// "sold 700,000 barrels of crude oil to X": a quantity as the object names the goods of its
/// "of" phrase, as a share does ("most of its drones"); trial 11 found no relation.
#[test]
fn a_quantity_of_goods_is_the_goods() {
    let r = rel(
        "Kessmar Trading FZE sold 400,000 barrels of crude oil to Tessaly Refining. Corvin \
         Bunkering shipped 12,000 tonnes of fuel to Estavia.",
        None,
    );
    let a = has(
        &r,
        RelationType::Supply,
        "Kessmar Trading FZE",
        "Tessaly Refining",
    )
    .unwrap_or_else(|| panic!("barrels of: {r:?}"));
    assert_eq!(a.3, vec!["crude oil"]);
    let b = has(&r, RelationType::Supply, "Corvin Bunkering", "Estavia").expect("tonnes of");
    assert_eq!(b.3, vec!["fuel"]);
}

/// A later clause with its own subject in apposition ("while Japan's foreign minister, Sato
/// Haruka, spoke with ...") is not the first clause's subject carried over (trial 12: the
/// meeting was given to the first clause's envoy, a fact the text does not state).
#[test]
fn a_later_clause_with_its_own_subject_does_not_borrow_the_first() {
    let r = rel(
        "China's envoy Zhang Weiming met Turkish officials in Ankara on Tuesday, while \
         Japan's foreign minister, Sato Haruka, spoke with Eleni Karamanli by phone.",
        Some("2026-11-30"),
    );
    assert!(
        has(&r, RelationType::Meeting, "Sato Haruka", "Eleni Karamanli").is_some(),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            RelationType::Meeting,
            "Zhang Weiming",
            "Eleni Karamanli"
        )
        .is_none(),
        "{r:?}"
    );
    // A verb that shares its subject still takes it.
    let r = rel(
        "Orvane Dynamics met the Kelsan ministry and spoke with Ilse Brandt.",
        None,
    );
    assert!(
        has(&r, RelationType::Meeting, "Orvane Dynamics", "Ilse Brandt").is_some(),
        "{r:?}"
    );
}

/// "X is the chief executive of Y": a person as the subject of "be" with a role of an
/// organisation (trial 13: no relation); a kinship or a critic is no employment.
#[test]
fn a_person_who_is_the_role_of_an_organisation_is_employed() {
    let r = rel(
        "Henrik Brandvik is the chief executive of Brandvik Shipping AG.",
        None,
    );
    assert!(
        has(
            &r,
            RelationType::Employment,
            "Henrik Brandvik",
            "Brandvik Shipping AG"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Anna Lind is the daughter of Karl Lind. Anna Lind is a critic of Corvane Freight.",
        None,
    );
    assert!(r.iter().all(|x| x.0 != RelationType::Employment), "{r:?}");
}

/// "X owns the tanker Y": a vessel named after a vessel noun is owned (trial 13: a product was
/// no party, so a sanctions story's ship owner was lost); a product that is no vessel is not.
#[test]
fn a_firm_that_owns_a_named_vessel_owns_it() {
    let r = rel("Corvane Freight owns the tanker Solbakken.", None);
    assert!(
        has(&r, RelationType::Ownership, "Corvane Freight", "Solbakken").is_some(),
        "{r:?}"
    );
    let r = rel("Corvane Freight owns the Solbakken brand.", None);
    assert!(r.iter().all(|x| x.0 != RelationType::Ownership), "{r:?}");
}
