//! Relation faults of the session-49 trial, as kinds: a stake held by the firm an apposition
//! before "that" describes, a deal completed at a price ("its $2 billion acquisition of"), a
//! supply only intended ("plans to supply": hedged; "agreed to supply": asserted), a person
//! who heads, runs or leads a firm (in a "who" clause or as the main verb), a firm's title
//! opening a sentence when coreference names the firm, a bare name before "of" and a place
//! (the person from there, never the place), and a ban on a firm's selling as a sanction.
//! All texts are written for these tests (invented people and firms).

use super::tests::has;
use super::tests_trial11::rel;
use crate::engine::model::{Modality, RelationType};

const DATE: Option<&str> = Some("2026-11-20");

#[test]
fn a_reported_pluperfect_purchase_of_a_stake_is_ownership() {
    let r = rel(
        "That week, Harlow Terminals said it had bought a 35% stake in Bexa Cargo Ltd from a \
         private investor, Omar Keita.",
        DATE,
    );
    let o = has(
        &r,
        RelationType::Ownership,
        "Harlow Terminals",
        "Bexa Cargo Ltd",
    )
    .expect("the buyer owns the stake");
    assert_eq!(o.4, Modality::Asserted, "{r:?}");
}

#[test]
fn the_firm_an_apposition_describes_holds_the_stake_of_its_that_clause() {
    let r = rel(
        "Corvane Partners, the hedge fund that owns a stake in Tessaly Foods, would not comment.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Ownership,
            "Corvane Partners",
            "Tessaly Foods"
        )
        .is_some(),
        "{r:?}"
    );
}

#[test]
fn a_completed_acquisition_at_a_price_or_with_adjectives_is_ownership() {
    let r = rel(
        "Pellam Systems completed its $2.4 billion acquisition of Quorra Labs in March.",
        DATE,
    );
    let o = has(&r, RelationType::Ownership, "Pellam Systems", "Quorra Labs").expect("bought");
    assert_eq!(o.4, Modality::Asserted);
    let r = rel(
        "Pellam Systems closed the long-delayed takeover of Quorra Labs on Friday.",
        DATE,
    );
    assert!(
        has(&r, RelationType::Ownership, "Pellam Systems", "Quorra Labs").is_some(),
        "{r:?}"
    );
    // Announcing a priced deal completes nothing.
    let r = rel(
        "Pellam Systems announced its $2.4 billion acquisition of Quorra Labs in March.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Ownership), "{r:?}");
}

#[test]
fn a_supply_only_intended_is_hedged_and_a_committed_one_asserted() {
    let r = rel(
        "Darrow Industries plans to supply gas turbines to Velm Power.",
        DATE,
    );
    let s = has(&r, RelationType::Supply, "Darrow Industries", "Velm Power").expect("intended");
    assert_eq!(s.4, Modality::Hedged, "{r:?}");
    let r = rel(
        "Darrow Industries hopes to sell gas turbines to Velm Power.",
        DATE,
    );
    let s = has(&r, RelationType::Supply, "Darrow Industries", "Velm Power").expect("hoped");
    assert_eq!(s.4, Modality::Hedged, "{r:?}");
    let r = rel(
        "Velm Power intends to buy gas turbines from Darrow Industries.",
        DATE,
    );
    let s = has(&r, RelationType::Supply, "Darrow Industries", "Velm Power").expect("buyer");
    assert_eq!(s.4, Modality::Hedged, "{r:?}");
    // A conditional supply is hedged through its modal.
    let r = rel(
        "Darrow Industries would supply gas turbines to Velm Power.",
        DATE,
    );
    let s = has(&r, RelationType::Supply, "Darrow Industries", "Velm Power").expect("would");
    assert_eq!(s.4, Modality::Hedged, "{r:?}");
    // A commitment is a fact about the two firms.
    for text in [
        "Darrow Industries agreed to supply gas turbines to Velm Power.",
        "Darrow Industries will supply gas turbines to Velm Power.",
    ] {
        let r = rel(text, DATE);
        let s = has(&r, RelationType::Supply, "Darrow Industries", "Velm Power").expect(text);
        assert_eq!(s.4, Modality::Asserted, "{text}: {r:?}");
    }
}

#[test]
fn a_person_who_heads_runs_or_leads_a_firm_works_there() {
    for text in [
        "Few are convinced. Ilse Marrow, who heads Tobin Aerospace, said at a fair in Paris \
         on June 2 that prices would fall.",
        "Ilse Marrow, who now runs Tobin Aerospace, said prices would fall.",
        "Ilse Marrow leads Tobin Aerospace.",
    ] {
        let r = rel(text, DATE);
        assert!(
            has(
                &r,
                RelationType::Employment,
                "Ilse Marrow",
                "Tobin Aerospace"
            )
            .is_some(),
            "{text}: {r:?}"
        );
    }
    // "heads to" a place, or a firm's unit: no employer.
    let r = rel(
        "Ilse Marrow heads to Tobin Aerospace's plant in Lyon.",
        DATE,
    );
    assert!(!r.iter().any(|x| x.0 == RelationType::Employment), "{r:?}");
}

#[test]
fn a_firm_title_opening_a_sentence_works_for_the_firm_coreference_names() {
    let text = "Ardwell Group reported higher sales on Tuesday. Operating profit rose 5%. Chief \
                executive Nina Sorel said demand for the company's cloud service was strong.";
    let r = rel(text, DATE);
    assert!(
        has(&r, RelationType::Employment, "Nina Sorel", "Ardwell Group").is_some(),
        "{r:?}"
    );
    // Another firm named around the title: no employer.
    let text = "Ardwell Group reported higher sales on Tuesday. Operating profit rose 5%. Chief \
                executive Nina Sorel said demand for the company's service at Brisk Media was \
                strong.";
    let r = rel(text, DATE);
    assert!(!r.iter().any(|x| x.0 == RelationType::Employment), "{r:?}");
}

#[test]
fn a_bare_name_before_of_and_a_place_is_the_person_not_the_place() {
    // The name tagger finds the full name only later, by its surname.
    let text = "In the semi-finals, Ilka Varenne of Belarus will meet Dana Orsolt in Friday's \
                match. Varenne won her quarter-final in straight sets.";
    let r = rel(text, DATE);
    assert!(
        !r.iter().any(|x| x.1 == "Belarus" || x.2 == "Belarus"),
        "{r:?}"
    );
}

#[test]
fn a_ban_on_a_firm_selling_is_a_sanction() {
    let r = rel(
        "The Commerce Department last year banned Halden Semiconductor from selling its X9 chip to \
         China.",
        DATE,
    );
    assert!(
        has(
            &r,
            RelationType::Sanction,
            "Commerce Department",
            "Halden Semiconductor"
        )
        .is_some(),
        "{r:?}"
    );
    let r = rel(
        "Brussels barred Halden Semiconductor from exporting lasers to Iran.",
        DATE,
    );
    assert!(
        r.iter()
            .any(|x| x.0 == RelationType::Sanction && x.2 == "Halden Semiconductor"),
        "{r:?}"
    );
    // A ban on goods, with no "from" and a gerund, or a judge's order sanctions no party.
    for text in [
        "The Commerce Department banned imports from Halden Semiconductor.",
        "The Commerce Department banned Halden Semiconductor chips.",
        "Judge Maria Olsen barred Tomas Brandt from contacting witnesses.",
    ] {
        let r = rel(text, DATE);
        assert!(
            !r.iter().any(|x| x.0 == RelationType::Sanction),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_person_ending_the_text_is_read_without_reading_past_it() {
    // The "who heads Y" frame looked one token past a name that ends the text (it panicked).
    for text in ["Analysts met Ilse Marrow", "The board thanked Ilse Marrow,"] {
        let r = rel(text, DATE);
        assert!(r.is_empty(), "{text}: {r:?}");
    }
}
