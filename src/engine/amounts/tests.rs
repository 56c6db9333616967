use super::*;

fn amounts(text: &str) -> Vec<(&str, Label)> {
    let d = Doc::new(text);
    find(&d)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.label))
        .collect()
}

#[test]
fn percent_money_quantity() {
    assert_eq!(
        amounts(
            "Sales fell 90 per cent, or 12%, to $1.2bn and €300 million; 5,000 tonnes were left."
        ),
        vec![
            ("90 per cent", Label::Percent),
            ("12%", Label::Percent),
            ("$1.2bn", Label::Money),
            ("€300 million", Label::Money),
            ("5,000 tonnes", Label::Quantity),
        ]
    );
}

#[test]
fn ordinals_cardinals_and_dates_left_alone() {
    assert_eq!(
            amounts("The third round drew 1,200 fans and two teams in 1996, three years after the 21st, in the first quarter."),
            vec![
                ("third", Label::Ordinal),
                ("1,200", Label::Cardinal),
                ("two", Label::Cardinal),
                ("21st", Label::Ordinal),
            ]
        );
    assert_eq!(amounts("On 2024-04-16 at 10:30 it ended 2-1."), vec![]);
}

#[test]
fn a_range_of_money_is_one_amount() {
    assert_eq!(
        amounts(
            "Kvist Bank sees costs of NOK 9.0 to 9.5 billion, fees of $3-4 million, fines \
                 between €2m and €3m, 40 to 60 million yuan and $3 million to $4 million."
        ),
        vec![
            ("NOK 9.0 to 9.5 billion", Label::Money),
            ("$3-4 million", Label::Money),
            ("€2m and €3m", Label::Money),
            ("40 to 60 million yuan", Label::Money),
            ("$3 million to $4 million", Label::Money),
        ]
    );
    // Two values, not a range: a change and the new level.
    assert_eq!(
        amounts(
            "Kvist Bank fell $1.20 to $35.50, Tarsel gained 80 cents to $12.40 and the fine \
                 was raised by €2m to €5m."
        ),
        vec![
            ("$1.20", Label::Money),
            ("$35.50", Label::Money),
            ("80 cents", Label::Money),
            ("$12.40", Label::Money),
            ("€2m", Label::Money),
            ("€5m", Label::Money),
        ]
    );
    // Two values, not a range: a change "from ... to", each with its own scale; a loan
    // "to" a year; plain numbers.
    assert_eq!(
        amounts("Shares rose from $3 to $4, the $5m loan runs to 2027, 40 to 60 boats came."),
        vec![
            ("$3", Label::Money),
            ("$4", Label::Money),
            ("$5m", Label::Money),
            ("40", Label::Cardinal),
            ("60", Label::Cardinal),
        ]
    );
}

#[test]
fn rupees_in_lakh_and_crore_and_cited_numbers() {
    assert_eq!(
        amounts("Rs 80 crore and Rs. 6 lakh went to clause 4.1 and Schedule 3, not to 9 crews."),
        vec![
            ("Rs 80 crore", Label::Money),
            ("Rs. 6 lakh", Label::Money),
            ("9", Label::Cardinal),
        ]
    );
}

#[test]
fn african_and_asian_currency_names_make_money() {
    // Session-39 trial: "650 million meticais" was a CARDINAL.
    assert_eq!(
        amounts("Maputo pledged 650 million meticais, Lusaka 12m kwacha and Accra 3 cedis."),
        vec![
            ("650 million meticais", Label::Money),
            ("12m kwacha", Label::Money),
            ("3 cedis", Label::Money),
        ]
    );
}

#[test]
fn a_currency_letter_glued_to_a_scaled_amount_is_money() {
    assert_eq!(
        amounts(
            "Pretoria paid R18 million, then R1.2bn and R40m; Kenya Sh7.5bn, Lagos N3 \
                 billion, Manila P12,500 and Delhi Rs500 crore. Rated R18, the F35 film."
        ),
        vec![
            ("R18 million", Label::Money),
            ("R1.2bn", Label::Money),
            ("R40m", Label::Money),
            ("Sh7.5bn", Label::Money),
            ("N3 billion", Label::Money),
            ("P12,500", Label::Money),
            ("Rs500 crore", Label::Money),
        ]
    );
}

#[test]
fn glued_chained_and_per_units_are_one_quantity() {
    // Session 32's trial: the unit after the first word was dropped or the amount missed.
    assert_eq!(
        amounts(
            "Gusts of 90 km/h and 41C heat; 20mg tablets; 2.4TB leaked; 60 square \
                 kilometres burned; 0.05 parts per million; 3 million TEU; split in two parts."
        ),
        vec![
            ("90 km/h", Label::Quantity),
            ("41C", Label::Quantity),
            ("20mg", Label::Quantity),
            ("2.4TB", Label::Quantity),
            ("60 square kilometres", Label::Quantity),
            ("0.05 parts per million", Label::Quantity),
            ("3 million TEU", Label::Quantity),
            ("two", Label::Cardinal),
        ]
    );
    // Letters glued to a number that are no unit stay what they were.
    assert!(amounts("Gate 12B and flight 7X")
        .iter()
        .all(|a| a.1 != Label::Quantity));
}

#[test]
fn hyphened_units_basis_points_and_more_currencies() {
    assert_eq!(
        amounts(
            "An 850-km pipeline from a 1.4-gigawatt plant; rates rose 140 basis points; a \
                 grant of 1.8 million reais and 50 billion shillings; the score was 3-1."
        ),
        vec![
            ("850-km", Label::Quantity),
            ("1.4-gigawatt", Label::Quantity),
            ("140 basis points", Label::Percent),
            ("1.8 million reais", Label::Money),
            ("50 billion shillings", Label::Money),
        ]
    );
}
