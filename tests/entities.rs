//! Integration tests of the entity engine through the public API (`engine::analyze`), on short
//! texts written for these tests.

use annalist::engine::{analyze, model::*};

fn run(text: &str) -> Analysis {
    analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-04-12".into()),
    })
}

fn entity<'a>(a: &'a Analysis, name: &str) -> &'a Entity {
    a.entity_list
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", a.entity_list))
}

fn mentions_of<'a>(a: &'a Analysis, id: &str) -> Vec<&'a str> {
    a.entities
        .iter()
        .filter(|m| m.entity == id)
        .map(|m| m.text.as_str())
        .collect()
}

const ARTICLE: &str = "WASHINGTON PRESSES EUROPE ON CHINA EXPORTS\n\
President Joe Biden pressed Xi Jinping on the exports during a call on Tuesday. \
Biden told Xi that Chinese firms such as iRay Technology and the North China Research Institute \
of Electro-Optics were selling sensors and machine tools to Russia. \
US officials, secretary of state Antony Blinken among them, say Beijing believed it \
faced no penalties. Mr Biden also said Moscow is using turbojet engines bought through intermediaries. \
German chancellor Olaf Scholz will make two trips to Beijing this year. \
The U.S. and the United States, like America's allies, estimate that China supplied \
90 per cent of its imported microelectronics, worth $1.2bn.";

#[test]
fn people_merge_with_roles() {
    let a = run(ARTICLE);
    let biden = entity(&a, "Joe Biden");
    assert_eq!(biden.label, Label::Person);
    assert_eq!(biden.roles, vec!["President".to_string()]);
    assert_eq!(biden.mentions, 3, "{:?}", mentions_of(&a, &biden.id));
    let xi = entity(&a, "Xi Jinping");
    assert_eq!(mentions_of(&a, &xi.id), vec!["Xi Jinping", "Xi"]);
    let blinken = entity(&a, "Antony Blinken");
    assert_eq!(blinken.roles, vec!["secretary of state".to_string()]);
    let scholz = entity(&a, "Olaf Scholz");
    assert_eq!(scholz.roles, vec!["chancellor".to_string()]);
    // Titles are never people.
    assert!(a
        .entity_list
        .iter()
        .all(|e| e.name != "President" && e.name != "Mr"));
}

#[test]
fn organisations_and_items() {
    let a = run(ARTICLE);
    assert_eq!(entity(&a, "iRay Technology").label, Label::Org);
    assert_eq!(
        entity(&a, "North China Research Institute of Electro-Optics").label,
        Label::Org
    );
    for item in [
        "sensors",
        "machine tools",
        "turbojet engines",
        "microelectronics",
    ] {
        assert_eq!(entity(&a, item).label, Label::Item, "{item}");
    }
    assert_eq!(entity(&a, "90 per cent").label, Label::Percent);
    assert_eq!(entity(&a, "$1.2bn").label, Label::Money);
    assert_eq!(entity(&a, "two").label, Label::Cardinal);
}

#[test]
fn countries_merge_and_metonymy() {
    let a = run(ARTICLE);
    let us_id = &a
        .entities
        .iter()
        .find(|m| m.text == "US")
        .expect("US")
        .entity;
    let us = a
        .entity_list
        .iter()
        .find(|e| &e.id == us_id)
        .expect("its entity");
    assert_eq!((us.label, us.country.as_deref()), (Label::Gpe, Some("US")));
    assert_eq!(us.name, "United States");
    let forms = mentions_of(&a, &us.id);
    for f in ["US", "U.S.", "America"] {
        assert!(forms.contains(&f), "{f} not merged: {forms:?}");
    }
    let china = entity(&a, "China");
    assert_eq!(china.country.as_deref(), Some("CN"));
    let beijing = entity(&a, "Beijing");
    let russia = entity(&a, "Russia");
    let bj: Vec<&Mention> = a
        .entities
        .iter()
        .filter(|m| m.entity == beijing.id)
        .collect();
    assert_eq!(bj.len(), 2);
    assert_eq!(
        bj[0].actor.as_deref(),
        Some(china.id.as_str()),
        "Beijing believed"
    );
    assert_eq!(bj[1].actor, None, "trips to Beijing");
    let moscow = a
        .entities
        .iter()
        .find(|m| m.text == "Moscow")
        .expect("Moscow");
    assert_eq!(moscow.label, Label::Gpe);
    assert_eq!(moscow.actor.as_deref(), Some(russia.id.as_str()));
    // The possessive stays out of the name.
    assert!(a.entities.iter().any(|m| m.text == "America"));
}

#[test]
fn headline_in_capitals_and_boilerplate() {
    let a = run(ARTICLE);
    let first_line_end = ARTICLE.find('\n').unwrap_or(0);
    let headline: Vec<&str> = a
        .entities
        .iter()
        .filter(|m| m.end <= first_line_end)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(headline, vec!["WASHINGTON", "EUROPE", "CHINA"]);
    let b = run("Read more\nStay informed with our newsletter. People familiar with it said Xi Jinping agreed.");
    let names: Vec<&str> = b.entity_list.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["Xi Jinping"]);
}

#[test]
fn salience_ranks_the_main_actor_first() {
    let a = run(ARTICLE);
    let top = a
        .entity_list
        .iter()
        .max_by(|x, y| x.salience.total_cmp(&y.salience))
        .expect("entities");
    assert_eq!(top.salience, 1.0);
    assert!(
        ["Joe Biden", "China"].contains(&top.name.as_str()),
        "{}",
        top.name
    );
    assert!(a
        .entity_list
        .iter()
        .all(|e| (0.0..=1.0).contains(&e.salience)));
}

#[test]
fn offsets_are_code_points_and_match_the_text() {
    let text = "Émile Zola’s café in Zürich 👍 hired Olaf Scholz. Scholz’s firm rose 5%.";
    let a = run(text);
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert!(!a.entities.is_empty());
    for m in &a.entities {
        let s: String = chars[m.start..m.end].iter().collect();
        assert_eq!(s, m.text);
        assert_eq!(String::from_utf16_lossy(&utf16[m.start16..m.end16]), m.text);
    }
    let scholz = entity(&a, "Olaf Scholz");
    assert_eq!(mentions_of(&a, &scholz.id), vec!["Olaf Scholz", "Scholz"]);
    assert_eq!(entity(&a, "Zürich").label, Label::Gpe);
}

#[test]
fn a_country_seen_only_through_its_capital_counts_no_mention_but_lists_them_as_actor() {
    let a = run(
        "Berlin said on Monday that it would send more engineers. Berlin wants talks. \
                 Officials met in Berlin.",
    );
    let germany = entity(&a, "Germany");
    assert_eq!(germany.label, Label::Gpe);
    assert_eq!(germany.country.as_deref(), Some("DE"));
    // No surface names Germany: the count stays 0 ...
    assert_eq!(germany.mentions, 0);
    assert!(mentions_of(&a, &germany.id).is_empty());
    // ... and the mentions acting for it are found through `actor`.
    let via: Vec<&str> = a
        .entities
        .iter()
        .filter(|m| m.actor.as_deref() == Some(germany.id.as_str()))
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(via, vec!["Berlin", "Berlin"]);
    assert!(germany.salience > 0.0);
    // The city keeps all three of its names, the place one ("in Berlin") without actor, and
    // the "it" of "Berlin said ... it would" resolves to it and counts toward it.
    let berlin = entity(&a, "Berlin");
    assert_eq!(berlin.mentions, 4);
    assert_eq!(
        a.entities
            .iter()
            .filter(|m| m.entity == berlin.id && m.resolved.is_some())
            .map(|m| m.text.as_str())
            .collect::<Vec<_>>(),
        vec!["it"]
    );
    // Once the country is named, its count is its own mentions only.
    let b = run("Germany will decide. Berlin said it would wait.");
    let germany = entity(&b, "Germany");
    assert_eq!(germany.mentions, 1);
    assert_eq!(
        b.entities
            .iter()
            .filter(|m| m.actor.as_deref() == Some(germany.id.as_str()))
            .count(),
        1
    );
}

/// Issue 11.3: links, addresses, handles, hashtags and file names are not words and never
/// yield names, nor do pieces of them.
#[test]
fn links_handles_and_file_names_are_never_names() {
    let text = "Read the Harbour Board notice at https://Example.Harbour.ORG/News/Tanker-Report \
                or write to Press.Office@Portland-Ships.co.uk, follow @MarinaVolkova and \
                #BalticShipping, and open Quarterly-Review.pdf before Friday.";
    let a = run(text);
    let bad = [
        "https",
        "Example",
        "Harbour.ORG",
        "News",
        "Tanker",
        "Press",
        "Portland",
        "Marina",
    ];
    for m in &a.entities {
        assert!(
            !bad.iter().any(|b| m.text.contains(b)),
            "{:?} came from a link: {:#?}",
            m.text,
            a.entities
        );
        assert!(!m.text.contains('@') && !m.text.contains('#') && !m.text.contains(".pdf"));
    }
}

/// Issue 16.8: a hostile run of capitalised words is not one enormous name.
#[test]
fn a_run_of_capitalised_words_is_cut() {
    let text = format!("The committee heard {} yesterday.", "Wordy ".repeat(5000));
    let a = run(&text);
    for m in &a.entities {
        assert!(
            m.text.split_whitespace().count() <= 12,
            "a name of {} words",
            m.text.split_whitespace().count()
        );
    }
}

/// Issue 16.8: a hostile run of titles before a name is no megabyte-long role: roles stay
/// short (the qualifier is read within 160 bytes of the name) and the name is still found.
#[test]
fn a_run_of_titles_is_no_megabyte_role() {
    let text = format!(
        "{}Maren Holt opened the session on Monday.",
        "Deputy Minister ".repeat(4000)
    );
    let a = run(&text);
    for e in &a.entity_list {
        assert!(e.name.len() <= 200, "a name of {} bytes", e.name.len());
        for r in &e.roles {
            assert!(r.len() <= 200, "a role of {} bytes", r.len());
        }
    }
    assert!(
        a.entity_list.iter().any(|e| e.name.ends_with("Maren Holt")),
        "{:?}",
        a.entity_list.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// Issue 11.4: honorifics and titles stay outside a person's name and become the role.
#[test]
fn honorifics_and_titles_stay_outside_names() {
    let a = run(
        "Attorney General Meredith Halvorsen met reporters on Monday. \
                 Later Ms Halvorsen said the inquiry would continue.",
    );
    let names: Vec<&str> = a.entities.iter().map(|m| m.text.as_str()).collect();
    assert!(names.contains(&"Meredith Halvorsen"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("Ms") || n.starts_with("Attorney")),
        "{names:?}"
    );
    let e = entity(&a, "Meredith Halvorsen");
    assert_eq!(e.label, Label::Person);
}

/// Issue 11.4: currency codes inside amounts are money, never organisations.
#[test]
fn currency_codes_in_amounts_are_money() {
    let a = run("The fund paid CHF 120,000 and AED 4.5m to the broker.");
    for m in &a.entities {
        assert!(
            !(m.label == Label::Org && (m.text == "CHF" || m.text == "AED")),
            "{:#?}",
            a.entities
        );
    }
    assert!(a
        .entities
        .iter()
        .any(|m| m.label == Label::Money && m.text.starts_with("CHF")));
}

fn labelled(a: &Analysis) -> Vec<(&str, Label)> {
    a.entities
        .iter()
        .map(|m| (m.text.as_str(), m.label))
        .collect()
}

/// Issue 11.4: a designator word makes a firm, whatever the words before it.
#[test]
fn firms_by_their_designator() {
    let a = run("Crews from Halloran Shipping joined staff of Brandvik Logistics at the depot.");
    let got = labelled(&a);
    assert!(got.contains(&("Halloran Shipping", Label::Org)), "{got:?}");
    assert!(got.contains(&("Brandvik Logistics", Label::Org)), "{got:?}");
}

/// Issue 11.4: a vessel named after "tanker" is a product; "the port of X" is a place.
#[test]
fn vessels_and_ports() {
    let a = run(
        "Inspectors boarded the tanker Silver Heron after it left the port of \
                 Novo-Rybinsk on Tuesday.",
    );
    let got = labelled(&a);
    assert!(got.contains(&("Silver Heron", Label::Product)), "{got:?}");
    assert!(
        got.iter()
            .any(|&(t, l)| t == "Novo-Rybinsk" && matches!(l, Label::Gpe | Label::Loc | Label::Fac)),
        "{got:?}"
    );
}

/// Issue 11.4: quarter and time-zone words are never names.
#[test]
fn quarters_and_time_zones_are_not_names() {
    let a =
        run("Quarterly revenue at Brandvik Logistics rose in Q2, the company said at 1400 GMT.");
    for m in &a.entities {
        assert!(
            !matches!(m.text.as_str(), "Q2" | "GMT"),
            "{:?}",
            labelled(&a)
        );
    }
}

/// Issue 11.4: lower-case and hyphenated parts stay inside the name.
#[test]
fn hyphenated_name_parts_stay_inside() {
    let a = run("Envoys said Moon Jae-in and Kim Jong-un would meet again.");
    let got = labelled(&a);
    assert!(got.contains(&("Moon Jae-in", Label::Person)), "{got:?}");
    assert!(got.contains(&("Kim Jong-un", Label::Person)), "{got:?}");
}

/// Issue 11.2: defined terms of a contract are not names.
#[test]
fn contract_defined_terms_are_not_names() {
    let a = run("This note is made by Quillon Partners (the \"Lender\") for Marrow Tile \
                 (the \"Borrower\"). The Lender may assign it. The Borrower shall repay the Lender.");
    for m in &a.entities {
        assert!(
            !matches!(m.text.as_str(), "Lender" | "Borrower"),
            "{:?}",
            labelled(&a)
        );
    }
}

/// Issue 16.8: in a sports report (where the rules decide alone) a hostile run of capitalised
/// words is cut too.
#[test]
fn a_run_of_capitalised_words_is_cut_in_a_sports_report() {
    let text = format!(
        "SOCCER - LEAGUE RESULTS\nThe match report named {} today.",
        "Wordy ".repeat(3000)
    );
    let a = run(&text);
    for m in &a.entities {
        assert!(
            m.text.split_whitespace().count() <= 12,
            "{} words",
            m.text.split_whitespace().count()
        );
    }
}

/// The actor each mention of a city stands for, by the actor entity's name (None for the place).
fn actors_of(a: &Analysis, city: &str) -> Vec<Option<String>> {
    a.entities
        .iter()
        .filter(|m| m.text == city)
        .map(|m| {
            m.actor.as_ref().map(|id| {
                a.entity_list
                    .iter()
                    .find(|e| &e.id == id)
                    .map_or_else(String::new, |e| e.name.clone())
            })
        })
        .collect()
}

#[test]
fn capitals_act_for_their_state_when_pressed_or_helped_but_not_as_destinations() {
    let a = run(
        "Diplomats kept pressing Ankara to open the border crossing. \
         Cheap oil is enabling Tehran to ride out the embargo. \
         Weekend flights to Ankara were full.",
    );
    let ankara = actors_of(&a, "Ankara");
    assert_eq!(ankara.len(), 2, "{ankara:?}");
    assert!(ankara[0].is_some(), "pressing Ankara to: {ankara:?}");
    assert_eq!(ankara[1], None, "flights to Ankara is the city");
    assert!(actors_of(&a, "Tehran")[0].is_some(), "enabling Tehran to");
    let b = run(
        "Export curbs on Beijing tightened, and fines against Moscow grew. \
         A ferry docked on Hainan.",
    );
    assert!(actors_of(&b, "Beijing")[0].is_some(), "curbs on Beijing");
    assert!(actors_of(&b, "Moscow")[0].is_some(), "fines against Moscow");
}

#[test]
fn paired_capitals_act_together() {
    let a = run(
        "Negotiators said talks between Seoul and Pyongyang stalled again. \
         Later Washington and Beijing traded threats over chip exports. \
         A ferry links Seoul and Incheon.",
    );
    for city in ["Pyongyang", "Washington", "Beijing"] {
        assert!(
            actors_of(&a, city)[0].is_some(),
            "{city}: {:?}",
            actors_of(&a, city)
        );
    }
    let seoul = actors_of(&a, "Seoul");
    assert!(seoul[0].is_some(), "talks between Seoul and ...: {seoul:?}");
    assert_eq!(seoul.get(1), Some(&None), "a ferry links Seoul: {seoul:?}");
}

#[test]
fn entities_are_named_by_their_full_name_with_short_forms_as_aliases() {
    let a = run("The US and the EU agreed on tariffs for steel. \
         Later the EU said the US had broken the deal, and NATO stayed silent.");
    let us = entity(&a, "United States");
    assert_eq!(us.label, Label::Gpe);
    assert_eq!(us.aliases, vec!["US".to_string()]);
    assert_eq!(us.mentions, 2);
    let eu = entity(&a, "European Union");
    assert_eq!(eu.aliases, vec!["EU".to_string()]);
    assert_eq!(eu.mentions, 2);
    entity(&a, "North Atlantic Treaty Organization");
    assert!(
        a.entity_list
            .iter()
            .all(|e| e.name != "US" && e.name != "EU" && e.name != "NATO"),
        "{:#?}",
        a.entity_list
    );
}

#[test]
fn party_and_office_words_stay_outside_the_name_and_make_the_role() {
    let a = run(
        "Labour MP Nadia Whitcombe questioned the minister on Monday. \
         Later Republican senator Dale Harkness and Attorney General Ruth Okafor met reporters.",
    );
    let nadia = entity(&a, "Nadia Whitcombe");
    assert_eq!(nadia.roles, vec!["Labour MP".to_string()]);
    let dale = entity(&a, "Dale Harkness");
    assert_eq!(dale.roles, vec!["Republican senator".to_string()]);
    let ruth = entity(&a, "Ruth Okafor");
    assert_eq!(ruth.roles, vec!["Attorney General".to_string()]);
    for m in a.entities.iter().filter(|m| m.label == Label::Person) {
        for w in [
            "Labour",
            "MP",
            "Republican",
            "senator",
            "Attorney",
            "General",
        ] {
            assert!(!m.text.split(' ').any(|x| x == w), "{:?} holds {w}", m.text);
        }
    }
}

#[test]
fn lower_case_particles_keep_a_persons_name_whole_and_a_person() {
    let a = run(
        "Hamad bin Jassim al-Thani said the fund would buy more bonds abroad. \
         Greta von der Aue and Henri de Valcourt disagreed.",
    );
    for name in [
        "Hamad bin Jassim al-Thani",
        "Greta von der Aue",
        "Henri de Valcourt",
    ] {
        assert_eq!(entity(&a, name).label, Label::Person, "{name}");
    }
    // A place holding a particle stays a place.
    let b = run("The ship sailed from Rio de Janeiro to Lisbon.");
    assert_eq!(entity(&b, "Rio de Janeiro").label, Label::Gpe);
}

#[test]
fn surname_first_names_merge_with_the_surname_alone() {
    let a = run("Premier Li Qiang opened the trade fair in Tianjin. \
         Li told exhibitors that demand would recover. \
         In Pyongyang, Kim Jong-un toured a shipyard and Kim praised the welders.");
    let li = entity(&a, "Li Qiang");
    assert_eq!(mentions_of(&a, &li.id), vec!["Li Qiang", "Li"]);
    let kim = entity(&a, "Kim Jong-un");
    assert_eq!(mentions_of(&a, &kim.id), vec!["Kim Jong-un", "Kim"]);
    // Two people of one surname stay apart; the full name picks its own.
    let b = run("Wang Jun met Wang Lina in Tianjin. Wang Lina then flew home.");
    assert_eq!(
        mentions_of(&b, &entity(&b, "Wang Jun").id),
        vec!["Wang Jun"]
    );
    assert_eq!(entity(&b, "Wang Lina").mentions, 2);
}

#[test]
fn a_surname_alone_is_the_person_even_before_the_full_name() {
    // The surname is also a town's name; read alone at the start of the text it looked like a
    // place. The person's full name later in the document decides.
    let a = run("Garland defended the decision on Monday. \
         Attorney General Merrick Garland said the review of the case had been fair.");
    let garland = entity(&a, "Merrick Garland");
    assert_eq!(garland.label, Label::Person);
    assert_eq!(
        mentions_of(&a, &garland.id),
        vec!["Garland", "Merrick Garland"]
    );
    assert!(
        a.entity_list.iter().all(|e| e.label != Label::Gpe),
        "{:#?}",
        a.entity_list
    );
}

#[test]
fn straits_and_seas_named_with_the_are_places_not_states() {
    let a = run(
        "Grain ships queued for two days before crossing the Bosphorus. \
         The Netherlands sent a frigate, and Ankara said traffic would resume.",
    );
    assert_eq!(entity(&a, "Bosphorus").label, Label::Loc);
    assert_eq!(entity(&a, "Netherlands").label, Label::Gpe);
}

#[test]
fn a_common_word_capitalised_for_emphasis_is_not_a_name_but_a_listed_one_is() {
    let a = run(
        "The Servicer shall deliver the monthly report to the Holders. If the servicer \
         fails to do so, the holders may appoint a replacement. Traders said the Climate summit \
         did little for the climate. Turkey sent its reply on Friday, while the canteen served \
         turkey.",
    );
    let names: Vec<&str> = a.entity_list.iter().map(|e| e.name.as_str()).collect();
    for word in ["Holders", "Servicer", "Climate"] {
        assert!(!names.contains(&word), "{word} in {names:?}");
    }
    assert_eq!(entity(&a, "Turkey").label, Label::Gpe);
}

#[test]
fn a_shared_family_name_goes_to_the_person_who_opened_the_sentence_before() {
    let a = run("Choi Eun-ji, the aunt of Choi Min-ho, opened the show. Choi later warned Tokyo.");
    let niece = entity(&a, "Choi Eun-ji");
    assert!(
        mentions_of(&a, &niece.id).contains(&"Choi"),
        "{:#?}",
        a.entity_list
    );
    let nephew = entity(&a, "Choi Min-ho");
    assert!(!mentions_of(&a, &nephew.id).contains(&"Choi"));
}

#[test]
fn a_parent_is_not_its_national_subsidiary() {
    let a = run(
        "The deal was agreed on Monday. The Corvane Petroleum Company of Nigeria will be sold \
         next year. On Tuesday, Corvane said it would keep the staff.",
    );
    let unit = entity(&a, "Corvane Petroleum Company of Nigeria");
    assert!(
        !mentions_of(&a, &unit.id).contains(&"Corvane"),
        "{:#?}",
        a.entity_list
    );
}

/// Text pasted from macOS spells "ü" as "u" + U+0308. The names are found as in composed text,
/// entities are named with composed letters, and every offset points at the characters the user
/// typed (code points and UTF-16).
#[test]
fn letters_typed_with_combining_marks_are_read_as_the_letters() {
    let composed = "Renée Dubois flew to Zürich on Monday to meet Björk Lindqvist 👋🏽 of Nestlé.";
    let decomposed = "Rene\u{301}e Dubois flew to Zu\u{308}rich on Monday to meet Bjo\u{308}rk \
                      Lindqvist 👋🏽 of Nestle\u{301}.";
    let (c, d) = (run(composed), run(decomposed));
    let kinds = |a: &Analysis| -> Vec<(String, Label)> {
        a.entity_list
            .iter()
            .map(|e| (e.name.clone(), e.label))
            .collect()
    };
    assert!(
        d.entity_list.iter().any(|e| e.label == Label::Gpe),
        "{:#?}",
        d.entity_list
    );
    assert_eq!(kinds(&c), kinds(&d));
    let chars: Vec<char> = decomposed.chars().collect();
    let units: Vec<u16> = decomposed.encode_utf16().collect();
    for m in &d.entities {
        let surface: String = chars[m.start..m.end].iter().collect();
        assert_eq!(surface, m.text);
        assert_eq!(
            String::from_utf16(&units[m.start16..m.end16]).unwrap(),
            m.text
        );
    }
    let zurich = d
        .entities
        .iter()
        .find(|m| m.text.starts_with("Zu"))
        .unwrap();
    assert_eq!(zurich.text, "Zu\u{308}rich");
}
