//! Browser tests of the UI layer (headless Chromium via wasm-bindgen-test):
//! timeline placement and clustering, text segmentation for the
//! document view, file import, and the mounted App.
//!
//! Run: `make test-wasm` (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use annalist::engine::model::DocumentInput;
use annalist::engine::model::{Analysis, Event, Label};
use annalist::web::components::document_view::{blocks, spans, Piece};
use annalist::web::components::entity_panel::groups;
use annalist::web::components::import::{html_to_text, markdown_to_text, seed_from_file};
use annalist::web::components::timeline::dates::{
    civil_from_days, days_from_civil, place, readable, ticks, Shape,
};
use annalist::web::components::timeline::layout::{by_entity, items, marks, marks_in, Mark};
use annalist::web::components::timeline::list::{Budget, FIRST_ROWS, LIST_MAX};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn analyse(text: &str, date: &str) -> Rc<Analysis> {
    Rc::new(annalist::engine::analyze(&DocumentInput {
        id: "x".into(),
        text: text.into(),
        date: Some(date.into()),
    }))
}

// ---- timeline ----

#[wasm_bindgen_test]
fn calendar_round_trip() {
    for (y, m, d) in [
        (1970, 1, 1),
        (2024, 2, 29),
        (1999, 12, 31),
        (1600, 3, 1),
        (-44, 3, 15),
    ] {
        assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
    }
    assert_eq!(days_from_civil(1970, 1, 2), 1);
}

#[wasm_bindgen_test]
fn timeml_values_are_placed() {
    let day = |y, m, d| days_from_civil(y, m, d) as f64;
    let p = place("2024-04-16", None).unwrap();
    assert_eq!(
        (p.start, p.end, p.shape),
        (day(2024, 4, 16), day(2024, 4, 17), Shape::Point)
    );
    let p = place("2024-04-16T09:30", None).unwrap();
    assert_eq!(p.shape, Shape::Point);
    let p = place("2024-04", None).unwrap();
    assert_eq!(
        (p.start, p.end, p.shape),
        (day(2024, 4, 1), day(2024, 5, 1), Shape::Range)
    );
    // ISO week 16 of 2024 runs Monday 15 to Sunday 21 April.
    let p = place("2024-W16", None).unwrap();
    assert_eq!((p.start, p.end), (day(2024, 4, 15), day(2024, 4, 22)));
    let p = place("2024-Q4", None).unwrap();
    assert_eq!((p.start, p.end), (day(2024, 10, 1), day(2025, 1, 1)));
    let p = place("2014/2016", None).unwrap();
    assert_eq!((p.start, p.end), (day(2014, 1, 1), day(2017, 1, 1)));
    let p = place("199", None).unwrap();
    assert_eq!((p.start, p.end), (day(1990, 1, 1), day(2000, 1, 1)));
    // Relative values hang on the document date, or are not placed at all.
    let p = place("PAST_REF", Some("2024-04-16")).unwrap();
    assert_eq!((p.start, p.shape), (day(2024, 4, 16), Shape::Past));
    assert!(p.shape.is_vague());
    assert_eq!(place("PAST_REF", None), None);
    for bad in [
        "XXXX-04",
        "P2W",
        "",
        "2024-13",
        "2024-02-40",
        "abcd",
        "2024-04-16-01",
        "9999999-01",
    ] {
        assert_eq!(place(bad, Some("2024-04-16")), None, "{bad}");
    }
}

#[wasm_bindgen_test]
fn readable_dates() {
    assert_eq!(readable("2024-04-16"), "16 Apr 2024");
    assert_eq!(readable("2024-04"), "Apr 2024");
    assert_eq!(readable("2023"), "2023");
    assert_eq!(readable("2014/2016"), "2014 – 2016");
    assert_eq!(readable("PAST_REF"), "in the past");
    assert_eq!(readable("2024-W17"), "week 17, 2024");
    assert_eq!(readable("2024-Q3"), "Q3 2024");
    assert_eq!(readable("2024-SU"), "summer 2024");
    assert_eq!(readable("199"), "1990s");
    // Never a TimeML code (issue 14.4).
    assert_eq!(readable("XXXX-04"), "April, year unknown");
    assert_eq!(readable("XXXX-XX-XX"), "date unknown");
    assert_eq!(readable("P3D"), "3 days");
}

#[wasm_bindgen_test]
fn axis_ticks_follow_the_zoom() {
    let start = days_from_civil(2024, 4, 10) as f64;
    let t = ticks(start, start + 7.0, 10);
    assert_eq!(t.len(), 7);
    assert_eq!(t[0].1, "10 Apr");
    let t = ticks(
        days_from_civil(2000, 1, 1) as f64,
        days_from_civil(2020, 1, 1) as f64,
        10,
    );
    assert!(t.len() <= 10 && t.len() >= 4, "{t:?}");
    assert!(t.iter().all(|(_, l)| l.len() == 4), "years: {t:?}");
    assert!(ticks(f64::NAN, 1.0, 10).is_empty());
}

fn event(date: &str) -> Event {
    Event {
        id: "V".into(),
        date: date.into(),
        label: "x".into(),
        participants: vec![],
        roles: vec![],
        sentence: [0, 1],
        sentence16: [0, 1],
        timex: None,
        relations: vec![],
        timex_relation: None,
        attribution: None,
        planned: false,
    }
}

#[wasm_bindgen_test]
fn dense_events_cluster_and_sparse_ones_do_not() {
    let a = Analysis {
        date: Some("2024-04-16".into()),
        events: vec![
            event("2024-04-01"),
            event("2024-04-02"),
            event("2024-04-03"),
            event("2020-01-01"),
            event("XXXX-04"),
        ],
        ..Analysis::default()
    };
    let its = items(&[&a], |_, _| true);
    assert_eq!(its.len(), 4, "the vague XXXX-04 is not placed");
    assert!(its.windows(2).all(|w| w[0].start <= w[1].start));
    let start = days_from_civil(2019, 1, 1) as f64;
    let end = days_from_civil(2025, 1, 1) as f64;
    // 800 px for six years: three days apart is ~1 px: one cluster of three.
    let m = marks(&its, 1, start, end, 800.0, 14.0);
    assert_eq!(m[0].len(), 2, "{:?}", m[0]);
    assert!(matches!(&m[0][1], Mark::Cluster { items, .. } if items.len() == 3));
    // Zoomed to April: three separate dots; 2020 is out of view.
    let m = marks(
        &its,
        1,
        days_from_civil(2024, 3, 25) as f64,
        days_from_civil(2024, 4, 10) as f64,
        800.0,
        14.0,
    );
    assert_eq!(m[0].len(), 3);
    assert!(m[0].iter().all(|x| matches!(x, Mark::Single { .. })));
}

#[wasm_bindgen_test]
fn only_the_lanes_drawn_are_laid_out() {
    let docs: Vec<Analysis> = (0..30)
        .map(|i| Analysis {
            events: vec![event(&format!("2024-04-{:02}", i % 28 + 1))],
            ..Analysis::default()
        })
        .collect();
    let refs: Vec<&Analysis> = docs.iter().collect();
    let its = items(&refs, |_, _| true);
    let (s, e) = (
        days_from_civil(2024, 3, 1) as f64,
        days_from_civil(2024, 6, 1) as f64,
    );
    let all = marks(&its, 30, s, e, 900.0, 14.0);
    let some = marks_in(&its, 10..20, s, e, 900.0, 14.0);
    assert_eq!(some.len(), 10);
    assert_eq!(some[..], all[10..20]);
}

#[wasm_bindgen_test]
fn the_event_list_starts_short_and_grows_a_page_at_a_time_as_it_is_scrolled() {
    let b = Budget::default();
    assert_eq!(b.rows(7), FIRST_ROWS);
    let grown = b.grown(7).unwrap();
    assert!(grown.rows(7) > FIRST_ROWS);
    // A zoom or a pan (the same events) keeps the rows; another selection starts again.
    assert_eq!(grown.rows(8), FIRST_ROWS);
    let mut b = grown;
    while let Some(next) = b.grown(7) {
        assert!(next.rows(7) > b.rows(7));
        b = next;
    }
    assert_eq!(b.rows(7), LIST_MAX);
}

#[wasm_bindgen_test]
fn five_thousand_events_lay_out() {
    let a = Analysis {
        events: (0..5000)
            .map(|i| {
                let (y, m, d) = civil_from_days(days_from_civil(2010, 1, 1) + i);
                event(&format!("{y:04}-{m:02}-{d:02}"))
            })
            .collect(),
        ..Analysis::default()
    };
    let its = items(&[&a], |_, _| true);
    assert_eq!(its.len(), 5000);
    let (s, e) = (its[0].start, its[4999].end);
    let m = marks(&its, 1, s, e, 1000.0, 14.0);
    let drawn = m[0].len();
    // Clustering bounds what is drawn by the width, not the number of events.
    assert!(drawn <= 1000 / 14 + 2, "drawn {drawn}");
    let covered: usize = m[0]
        .iter()
        .map(|x| match x {
            Mark::Single { .. } => 1,
            Mark::Cluster { items, .. } => items.len(),
        })
        .sum();
    assert_eq!(covered, 5000);
}

/// A long text says "this year" hundreds of times between its dated days:
/// the year-long ranges are one mark a year, and the days between them still
/// cluster (issue 17.3: 4,541 marks, ~14,000 DOM nodes, for a 2 MB text).
#[wasm_bindgen_test]
fn many_equal_ranges_among_points_cluster() {
    let a = Analysis {
        events: (0..3000)
            .map(|i| {
                let (y, m, d) = civil_from_days(days_from_civil(2010, 1, 1) + i);
                if i % 2 == 0 {
                    event(&format!("{y:04}-{m:02}-{d:02}"))
                } else {
                    event(&format!("{y:04}"))
                }
            })
            .collect(),
        ..Analysis::default()
    };
    let its = items(&[&a], |_, _| true);
    assert_eq!(its.len(), 3000);
    let s = days_from_civil(2010, 1, 1) as f64;
    let e = days_from_civil(2019, 1, 1) as f64;
    let m = marks(&its, 1, s, e, 1000.0, 14.0);
    let drawn = m[0].len();
    // Points bounded by the width, ranges by the years (9).
    assert!(drawn <= 1000 / 14 + 2 + 9, "drawn {drawn}");
    let covered: usize = m[0]
        .iter()
        .map(|x| match x {
            Mark::Single { .. } => 1,
            Mark::Cluster { items, .. } => items.len(),
        })
        .sum();
    assert_eq!(covered, 3000);
}

#[wasm_bindgen_test]
fn entity_lanes_group_events_by_who_takes_part() {
    let text = "Olaf Scholz met Xi Jinping on 2 March 2024. Scholz flew home on 5 March 2024. \
                Rain fell on 9 March 2024.";
    let a = annalist::engine::analyze(&DocumentInput {
        id: "l".into(),
        text: text.into(),
        date: Some("2024-03-10".into()),
    });
    let its = items(&[&a], |_, _| true);
    let (laned, names) = by_entity(&its, &[&a], 8);
    let scholz = names
        .iter()
        .position(|n| n == "Olaf Scholz")
        .expect("a lane for Scholz");
    let in_scholz = laned.iter().filter(|i| i.lane == scholz).count();
    let with_scholz = a
        .events
        .iter()
        .filter(|e| {
            e.participants.iter().any(|p| {
                a.entity_list
                    .iter()
                    .any(|x| &x.id == p && x.name == "Olaf Scholz")
            })
        })
        .count();
    assert_eq!(in_scholz, with_scholz);
    assert!(with_scholz >= 1);
    // Every event is drawn at least once; each lane index has a name.
    for (k, it) in its.iter().enumerate() {
        assert!(
            laned.iter().any(|l| l.doc == it.doc && l.event == it.event),
            "event {k} lost"
        );
    }
    assert!(laned.iter().all(|l| l.lane < names.len()));
    let (_, one) = by_entity(&its, &[&a], 1);
    assert!(
        one.len() <= 2,
        "one entity lane plus 'Other events': {one:?}"
    );
}

// ---- document view ----

#[wasm_bindgen_test]
fn spans_and_blocks_cover_the_text_exactly() {
    let text = "Angela Merkel met Xi Jinping on Tuesday. Then she left. ";
    let a = annalist::engine::analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-04-16".into()),
    });
    let sp = spans(&a);
    assert!(
        sp.windows(2).all(|w| w[0].end <= w[1].start),
        "non-overlapping, sorted"
    );
    let len = text.chars().count();
    let bs = blocks(len, &a.sentences, &sp);
    let mut at = 0;
    for b in &bs {
        assert_eq!(b.start, at);
        let mut p_at = b.start;
        for p in &b.pieces {
            let (s, e) = match *p {
                Piece::Text { start, end } | Piece::Mark { start, end, .. } => (start, end),
            };
            assert_eq!(s, p_at);
            assert!(e > s);
            p_at = e;
        }
        assert_eq!(p_at, b.end);
        at = b.end;
    }
    assert_eq!(at, len);
    assert!(bs.iter().filter(|b| b.sentence.is_some()).count() >= 2);
}

#[wasm_bindgen_test]
fn spans_merged_in_text_order_equal_spans_sorted() {
    // The engine's lists come in text order and are merged in one pass;
    // the same lists out of order take the sorting path: same spans.
    let text = "Greta Lind met Pablo Ortiz in Lima on 3 May 2024. \
                On Friday, Lind said Andes Copper would pay $4 million by June. \
                Ortiz flew to Quito on Saturday.";
    let a = annalist::engine::analyze(&DocumentInput {
        id: "t".into(),
        text: text.into(),
        date: Some("2024-05-06".into()),
    });
    assert!(a.entities.len() > 4 && a.timex.len() > 2, "{a:?}");
    let mut shuffled = a.clone();
    shuffled.entities.reverse();
    shuffled.timex.rotate_left(1);
    let merged = spans(&a);
    assert_eq!(merged, spans(&shuffled));
    assert!(merged.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(merged.iter().any(|s| s.value.is_some()), "time values kept");
}

/// The `data-ev` a timeline mark or row carries reads back as its (document, event) indexes;
/// anything else reads as none (the click handler then does nothing).
#[wasm_bindgen_test]
fn timeline_event_keys_round_trip() {
    use annalist::web::components::timeline::layout::{ev_key, parse_ev_key};
    assert_eq!(parse_ev_key(&ev_key(3, 17)), Some((3, 17)));
    assert_eq!(parse_ev_key(&ev_key(0, 0)), Some((0, 0)));
    for bad in ["", "3", "3/", "/4", "a/b", "-1/2", "1/2/3"] {
        assert_eq!(parse_ev_key(bad), None, "{bad:?}");
    }
}

/// Points one pixel apart over 2,000 px: the clusters' numbered discs (up to 28 px wide)
/// do not overlap, and every point is in exactly one mark (issue 17.3).
#[wasm_bindgen_test]
fn timeline_clusters_stand_apart() {
    use annalist::web::components::timeline::layout::{Item, CLUSTER_ROOM};
    let its: Vec<Item> = (0..2000)
        .map(|i| Item {
            doc: 0,
            lane: 0,
            event: i,
            start: i as f64,
            end: i as f64 + 1.0,
            shape: Shape::Point,
        })
        .collect();
    let m = marks(&its, 1, 0.0, 2000.0, 2000.0, 14.0);
    let xs: Vec<f64> = m[0]
        .iter()
        .map(|k| match k {
            Mark::Cluster { x, .. } => *x,
            Mark::Single { x0, x1, .. } => (x0 + x1) / 2.0,
        })
        .collect();
    assert!(xs.len() > 10, "{} marks", xs.len());
    assert!(
        xs.windows(2).all(|w| w[1] - w[0] >= 14.0 + CLUSTER_ROOM),
        "{xs:?}"
    );
    let covered: usize = m[0]
        .iter()
        .map(|k| match k {
            Mark::Single { .. } => 1,
            Mark::Cluster { items, .. } => items.len(),
        })
        .sum();
    assert_eq!(covered, 2000);
}

/// A cluster's count never takes more than three characters, the room the layout
/// keeps between discs (four digits touched the neighbouring disc; trial 11).
#[wasm_bindgen_test]
fn cluster_counts_fit_three_characters() {
    use annalist::web::components::timeline::layout::cluster_count;
    assert_eq!(cluster_count(7), "7");
    assert_eq!(cluster_count(999), "999");
    assert_eq!(cluster_count(1_000), "1k");
    assert_eq!(cluster_count(4_812), "4k");
    assert_eq!(cluster_count(99_999), "99k");
    assert_eq!(cluster_count(123_456), "1e5");
    assert_eq!(cluster_count(2_500_000), "2e6");
    for n in [0, 9, 10, 99, 100, 1_234, 56_789, 123_456, usize::MAX] {
        assert!(cluster_count(n).chars().count() <= 3, "{n}");
    }
}

/// Quarter-long and year-long spans among days, in one lane (what an "Other
/// events" lane holds): the clusters of spans are discs too, and no disc or
/// dot lands on another (a new user saw their numbers overlap, trial 9);
/// every event is still in exactly one mark.
#[wasm_bindgen_test]
fn range_clusters_and_point_clusters_stand_apart() {
    use annalist::web::components::timeline::layout::{Item, CLUSTER_ROOM};
    let day = |i: usize, start: f64, len: f64, shape: Shape| Item {
        doc: 0,
        lane: 0,
        event: i,
        start,
        end: start + len,
        shape,
    };
    let mut its: Vec<Item> = Vec::new();
    for i in 0..1200 {
        let t = (i * 3) as f64;
        its.push(match i % 4 {
            0 => day(i, t - t % 365.0, 365.0, Shape::Range),
            1 => day(i, t - t % 91.0, 91.0, Shape::Range),
            _ => day(i, t, 1.0, Shape::Point),
        });
    }
    by_start(&mut its);
    let m = marks(&its, 1, 0.0, 3600.0, 900.0, 14.0);
    let is_bar = |k: &Mark| matches!(k, Mark::Single { item, x0, x1 } if x1 - x0 > 14.0 && its[*item].shape == Shape::Range);
    let discs: Vec<(f64, bool)> = m[0]
        .iter()
        .filter(|k| !is_bar(k))
        .map(|k| match k {
            Mark::Cluster { x, .. } => (*x, true),
            Mark::Single { x0, x1, .. } => ((x0 + x1) / 2.0, false),
        })
        .collect();
    assert!(discs.iter().filter(|d| d.1).count() > 5, "{discs:?}");
    for w in discs.windows(2) {
        let need = if w[0].1 || w[1].1 {
            14.0 + CLUSTER_ROOM
        } else {
            14.0
        };
        assert!(w[1].0 - w[0].0 >= need, "{w:?} in {discs:?}");
    }
    let covered: usize = m[0]
        .iter()
        .map(|k| match k {
            Mark::Single { .. } => 1,
            Mark::Cluster { items, .. } => items.len(),
        })
        .sum();
    assert_eq!(covered, its.len());
}

/// Items by start, as `layout::items` gives them.
fn by_start(its: &mut [annalist::web::components::timeline::layout::Item]) {
    its.sort_by(|a, b| a.start.total_cmp(&b.start));
}

#[wasm_bindgen_test]
fn a_span_across_a_sentence_end_becomes_two_marks() {
    use annalist::web::components::document_view::Span;
    let sp = vec![Span {
        start: 3,
        end: 8,
        label: "ORG",
        entity: Some("E1".into()),
        value: None,
        actor: None,
    }];
    let bs = blocks(12, &[[0, 5], [6, 12]], &sp);
    let marks: Vec<(usize, usize)> = bs
        .iter()
        .flat_map(|b| b.pieces.iter())
        .filter_map(|p| match *p {
            Piece::Mark { start, end, .. } => Some((start, end)),
            _ => None,
        })
        .collect();
    assert_eq!(marks, vec![(3, 5), (5, 6), (6, 8)]);
    // Offsets past the end (a stale or bad analysis) do not panic.
    let bs = blocks(4, &[[0, 50]], &sp);
    assert_eq!(bs.last().map(|b| b.end), Some(4));
}

#[wasm_bindgen_test]
fn entity_groups_follow_type_order_and_salience() {
    let a = annalist::engine::analyze(&DocumentInput {
        id: "g".into(),
        text: "Joe Biden called Xi Jinping. Biden said Hikvision sold cameras. Biden left.".into(),
        date: None,
    });
    let all = groups(&a, "", &Default::default());
    let labels: Vec<Label> = all.iter().map(|(l, _)| *l).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(labels, sorted);
    for (_, es) in &all {
        assert!(es.windows(2).all(|w| w[0].salience >= w[1].salience));
    }
    let only = groups(&a, "BIDEN", &Default::default());
    assert!(only
        .iter()
        .flat_map(|(_, es)| es)
        .all(|e| e.name.contains("Biden") || e.aliases.iter().any(|x| x.contains("Biden"))));
}

// ---- import ----

#[wasm_bindgen_test]
fn an_entity_named_only_through_a_capital_lists_its_stand_ins() {
    use annalist::engine::model::{Entity, Mention};
    use annalist::web::components::entity_panel::stand_ins;
    let mention = |text: &str, start: usize, entity: &str, actor: Option<&str>| Mention {
        start,
        end: start + text.len(),
        start16: start,
        end16: start + text.len(),
        text: text.into(),
        label: Label::Gpe,
        entity: entity.into(),
        actor: actor.map(Into::into),
        resolved: None,
    };
    let entity = |id: &str, name: &str, mentions: usize| Entity {
        id: id.into(),
        name: name.into(),
        label: Label::Gpe,
        aliases: Vec::new(),
        mentions,
        salience: 0.5,
        roles: Vec::new(),
        country: None,
    };
    let a = Analysis {
        entities: vec![
            mention("Berlin", 0, "E1", Some("E2")),
            mention("Berlin", 30, "E1", Some("E2")),
            mention("Bonn", 60, "E3", Some("E2")),
            mention("Paris", 90, "E4", None),
        ],
        entity_list: vec![
            entity("E1", "Berlin", 2),
            entity("E2", "Germany", 0),
            entity("E3", "Bonn", 1),
            entity("E4", "Paris", 1),
        ],
        ..Analysis::default()
    };
    assert_eq!(
        stand_ins(&a.entity_list[1], &a),
        (vec!["Berlin".to_string(), "Bonn".to_string()], 3)
    );
    assert_eq!(stand_ins(&a.entity_list[3], &a), (Vec::new(), 0));
}

#[wasm_bindgen_test]
fn an_entity_takes_part_in_events_through_its_stand_ins() {
    use annalist::engine::model::Mention;
    use annalist::web::components::timeline::{involves, stand_ins};
    // "Berlin rejected the plan. Paris agreed. Germany paid." (code points)
    let m = |text: &str, start: usize, entity: &str, actor: Option<&str>| Mention {
        start,
        end: start + text.chars().count(),
        start16: start,
        end16: start + text.chars().count(),
        text: text.into(),
        label: Label::Gpe,
        entity: entity.into(),
        actor: actor.map(Into::into),
        resolved: None,
    };
    let a = Analysis {
        entities: vec![
            m("Germany", 40, "E3", None),
            m("Berlin", 0, "E1", Some("E3")),
            m("Paris", 26, "E2", Some("E4")),
        ],
        ..Analysis::default()
    };
    let ins = stand_ins(&a, "E3");
    assert_eq!(ins.len(), 1);
    let ev = |sentence: [usize; 2], who: &[&str]| Event {
        participants: who.iter().map(|w| w.to_string()).collect(),
        sentence,
        ..event("2024")
    };
    assert!(
        involves(&ev([0, 25], &["E1"]), "E3", &ins),
        "Berlin acts for Germany"
    );
    assert!(
        !involves(&ev([0, 25], &[]), "E3", &ins),
        "Berlin takes no part"
    );
    assert!(
        !involves(&ev([26, 39], &["E2"]), "E3", &ins),
        "Paris is not Germany"
    );
    assert!(involves(&ev([40, 53], &["E3"]), "E3", &ins), "named itself");
}

#[wasm_bindgen_test]
fn html_import_keeps_the_article_only() {
    let html = r#"<html><head><title>T</title><script>var x = "scripted";</script>
        <meta name="date" content="2023-11-02"></head><body>
        <nav>Menu</nav><main><h1>Headline here</h1><p>First <b>bold</b> para.</p>
        <aside>Aside text</aside><p>Second para.</p></main><footer>Foot</footer></body></html>"#;
    let (title, text, date) = html_to_text(html);
    assert_eq!(title, "Headline here");
    assert_eq!(date.as_deref(), Some("2023-11-02"));
    assert_eq!(text, "Headline here\n\nFirst bold para.\n\nSecond para.");
    let s = seed_from_file("page.HTML", html);
    assert_eq!(s.name, "Headline here");
    let s = seed_from_file("notes.txt", "<b>not html</b>");
    assert_eq!(s.text, "<b>not html</b>");
}

#[wasm_bindgen_test]
fn markdown_import_drops_marks() {
    let md = "# Title\n\nSome **bold** and [a link](http://example.org) here. [not a link\n";
    assert_eq!(
        markdown_to_text(md),
        "Title\n\nSome bold and a link here. [not a link\n"
    );
}

// ---- the mounted app ----

#[wasm_bindgen_test]
async fn app_mounts_analyses_and_labels_its_regions() {
    use annalist::web::app::{App, AppProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Some(vec![DocumentInput {
            id: "Test".into(),
            text: "Olaf Scholz visited Beijing on Tuesday.".into(),
            date: Some("2024-04-16".into()),
        }]),
        embedded: true,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    // The first analysis runs on a zero-delay timer.
    for _ in 0..50 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        if root.query_selector("mark").unwrap().is_some() {
            break;
        }
    }
    for name in ["Document", "Entities", "Timeline"] {
        assert!(
            root.query_selector(&format!("[aria-label=\"{name}\"]"))
                .unwrap()
                .is_some(),
            "{name}"
        );
    }
    assert!(
        root.query_selector("header").unwrap().is_none(),
        "embedded: no page header"
    );
    let text = root
        .query_selector(".doc-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(text, "Olaf Scholz visited Beijing on Tuesday.");
    assert!(root
        .query_selector("mark[data-entity][data-label]")
        .unwrap()
        .is_some());
    assert!(root.query_selector("textarea").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn read_only_app_has_no_editor() {
    use annalist::web::app::{App, AppProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Some(vec![DocumentInput {
            id: "Read".into(),
            text: "Antony Blinken landed in Shanghai.".into(),
            date: None,
        }]),
        read_only: true,
        types: Some(vec![Label::Person]),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    for _ in 0..50 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        if root.query_selector("mark").unwrap().is_some() {
            break;
        }
    }
    assert!(root.query_selector("textarea").unwrap().is_none());
    assert!(root
        .query_selector("[aria-label=\"Document\"] mark")
        .unwrap()
        .is_some());
    // Only PERSON is listed: the panel has no GPE group.
    let panel = root
        .query_selector("[aria-label=\"Entities\"]")
        .unwrap()
        .unwrap();
    assert!(panel
        .query_selector("[data-label=\"GPE\"]")
        .unwrap()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn odd_text_is_shown_exactly_as_given() {
    use annalist::web::app::{App, AppProps};
    let text = "Olaf Scholz 👋🏽 met נתניהו in Beijing\u{0}. Zoë\u{301} said 🇩🇪 Xi Jinping \
                visited\r\n\r\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ok. x"
        .to_string()
        + &"ab".repeat(3000);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Some(vec![DocumentInput {
            id: "Odd".into(),
            text: text.clone(),
            date: Some("2024-04-16".into()),
        }]),
        embedded: true,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    let mut shown = None;
    for _ in 0..50 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        shown = root
            .query_selector(".doc-text")
            .unwrap()
            .and_then(|e| e.text_content());
        if shown.is_some() {
            break;
        }
    }
    // Text nodes hold the text; HTML parsing never sees it. "\r\n" is kept too.
    assert_eq!(shown.as_deref(), Some(text.as_str()));
    root.remove();
}

// ---- relations view ----

const RELATIONS_TEXT: &str = "Iran shipped drones to Venezuela on Monday. Narendra Modi met Vladimir Putin in Moscow. Iran sold missiles to Venezuela.";

#[wasm_bindgen_test]
fn relation_rows_group_by_type_and_the_network_merges_edges() {
    use annalist::engine::model::{Modality, RelationType};
    use annalist::web::components::network::{edge_label, graph, HEIGHT, WIDTH};
    use annalist::web::components::relations_view::rows;
    let a = analyse(RELATIONS_TEXT, "2024-07-10");
    let groups = rows(&a);
    let kinds: Vec<RelationType> = groups.iter().map(|(k, _)| *k).collect();
    assert_eq!(kinds, vec![RelationType::Supply, RelationType::Meeting]);
    let supply = &groups[0].1;
    // Iran → Venezuela in two sentences: one row, both sentences kept (trial 9).
    assert_eq!(supply.len(), 1);
    assert_eq!(supply[0].more.len(), 1);
    assert_eq!(
        (
            supply[0].source_name.as_str(),
            supply[0].target_name.as_str()
        ),
        ("Iran", "Venezuela")
    );
    assert_eq!(supply[0].items.len(), 2);
    assert_eq!(supply[0].items[0].1, "drones");
    assert_eq!(supply[0].modality, Modality::Asserted);
    assert!(supply[0].involves(&supply[0].items[0].0));
    let g = graph(&a);
    // Iran, Venezuela, Modi, Putin; the two supply sentences are one edge ×2.
    assert_eq!(g.nodes.len(), 4);
    assert_eq!(g.edges.len(), 2);
    assert_eq!(edge_label(&g.edges[0]), "Supply ×2");
    for n in &g.nodes {
        assert!(
            n.x > 0.0 && n.x < WIDTH && n.y > 0.0 && n.y < HEIGHT,
            "{n:?}"
        );
    }
}

#[wasm_bindgen_test]
fn network_names_are_cut_and_no_node_sits_on_the_vertical_axis() {
    use annalist::web::components::network::{graph, name_lines, position, short, WIDTH};
    // Names wrap at word boundaries onto two lines of the drawing (trial 9:
    // cut at 14 characters they were unreadable); longer ones end in "…".
    assert_eq!(
        name_lines("North Atlantic Treaty Organization"),
        ["North Atlantic Treaty", "Organization"]
    );
    assert_eq!(name_lines("Wang Yi"), ["Wang Yi"]);
    assert_eq!(
        name_lines("Organisation of Harbour Pilots of the Northern Coast"),
        ["Organisation of Harbour", "Pilots of the Northern…"]
    );
    assert_eq!(short("Organisation of Harbour Pilots", 14), "Organisation…");
    // Names go left of nodes left of the middle, right of the others: a node
    // on the vertical axis (the first one, before) had its name run into
    // its neighbour's.
    let a = analyse(RELATIONS_TEXT, "2024-07-10");
    let g = graph(&a);
    assert!(g.nodes.len() >= 4);
    assert!(
        g.nodes.iter().all(|n| (n.x - WIDTH / 2.0).abs() > 1.0),
        "{:?}",
        g.nodes
    );
    // Whatever the number of nodes, odd ones included (a half-step offset put
    // the middle node of an odd count at the bottom of the axis).
    for n in 1..=12 {
        for i in 0..n {
            let (x, _) = position(i, n);
            assert!((x - WIDTH / 2.0).abs() > 1.0, "node {i} of {n} at x {x}");
        }
    }
}

#[wasm_bindgen_test]
async fn relations_panel_shows_rows_selects_from_the_network_and_jumps_to_sentences() {
    use annalist::web::app::{App, AppProps};
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Some(vec![DocumentInput {
            id: "Rel".into(),
            text: RELATIONS_TEXT.into(),
            date: Some("2024-07-10".into()),
        }]),
        embedded: true,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    let wait = |sel: &'static str| {
        let root = root.clone();
        async move {
            for _ in 0..100 {
                if root.query_selector(sel).unwrap().is_some() {
                    return;
                }
                yew::platform::time::sleep(Duration::from_millis(20)).await;
            }
            panic!("{sel} never appeared");
        }
    };
    wait("[aria-label=\"Relations\"] tr.relation").await;
    let panel = root
        .query_selector("[aria-label=\"Relations\"]")
        .unwrap()
        .unwrap();
    let rows = panel.query_selector_all("tr.relation").unwrap();
    // Iran → Venezuela is stated twice (drones, missiles): one row, ×2.
    assert_eq!(rows.length(), 2);
    let first = rows.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("Iran → Venezuela"), "{first}");
    assert!(
        first.contains("drones") && first.contains("stated"),
        "{first}"
    );
    let groups: Vec<String> = (0..panel.query_selector_all("tbody th").unwrap().length())
        .map(|i| {
            panel
                .query_selector_all("tbody th")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(groups, vec!["Supply 1", "Meeting 1"]);

    // Network nodes are keyboard-reachable buttons; Enter selects, like a click.
    let node = panel
        .query_selector(".network .node[aria-label^=\"Venezuela\"]")
        .unwrap()
        .expect("Venezuela node");
    assert_eq!(node.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(node.get_attribute("role").as_deref(), Some("button"));
    let enter = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    node.dispatch_event(&enter).unwrap();
    wait(".network .node.selected").await;
    let node = panel
        .query_selector(".network .node[aria-label^=\"Venezuela\"]")
        .unwrap()
        .unwrap();
    assert_eq!(node.get_attribute("aria-pressed").as_deref(), Some("true"));
    // The selection is the app's: the entity panel shows it too, and rows highlight.
    let id = node.get_attribute("data-entity").unwrap();
    let pressed = root
        .query_selector(&format!(".entity-panel button[data-entity=\"{id}\"]"))
        .unwrap()
        .unwrap();
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        panel.query_selector_all("tr.relation.hl").unwrap().length(),
        1
    );
    assert_eq!(
        panel
            .query_selector_all("tr.relation.dim")
            .unwrap()
            .length(),
        1
    );
    assert!(panel.query_selector(".network .edge.hl").unwrap().is_some());

    // A row's button shows its sentence in the text.
    let jump = panel
        .query_selector("tr.relation[data-relation] .relation-jump")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    jump.click();
    wait(".flash").await;
    let flashed = root
        .query_selector(".flash")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        flashed.contains("Iran shipped drones to Venezuela"),
        "{flashed}"
    );

    // A row's Timeline button narrows the timeline to the events of its sentence.
    let press = |rel: &str| {
        panel
            .query_selector(&format!("tr[data-relation=\"{rel}\"] .relation-timeline"))
            .unwrap()
            .unwrap()
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
            .click()
    };
    let count = || {
        root.query_selector(".event-count")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(count(), "1 event in view");
    press("R2"); // the meeting: its sentence states no dated event
    wait("tr[data-relation=\"R2\"] .relation-timeline[aria-pressed=\"true\"]").await;
    assert!(count().starts_with("No event is stated"), "{}", count());
    press("R2"); // pressed again: every event is back
    for _ in 0..100 {
        if count() == "1 event in view" {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(count(), "1 event in view");
    assert!(panel
        .query_selector(".relation-timeline[aria-pressed=\"true\"]")
        .unwrap()
        .is_none());
    press("R1");
    wait("tr[data-relation=\"R1\"] .relation-timeline[aria-pressed=\"true\"]").await;
    assert_eq!(count(), "1 event in view");
    root.remove();
}

// ---- relative and undated lanes, long-text chunks (issue 14.5, 14.10) ----

#[wasm_bindgen_test]
fn relative_events_get_their_own_lane_and_undated_ones_are_listed_apart() {
    use annalist::web::components::timeline::layout::{relative_lane, unplaced};
    let ev = |id: &str, date: &str| Event {
        id: id.into(),
        ..event(date)
    };
    let a = Analysis {
        date: Some("2024-04-16".into()),
        events: vec![
            ev("V1", "2024-04-10"),
            ev("V2", "PAST_REF"),
            ev("V3", "P3Y"),
        ],
        ..Default::default()
    };
    let b = Analysis {
        events: vec![ev("V1", "FUTURE_REF"), ev("V2", "2024-05")],
        ..Default::default()
    };
    let mut its = items(&[&a, &b], |_, _| true);
    assert!(relative_lane(&mut its, 2));
    let lane_of = |doc: usize, event: usize| {
        its.iter()
            .find(|it| it.doc == doc && it.event == event)
            .map(|it| it.lane)
    };
    assert_eq!(
        lane_of(0, 0),
        Some(0),
        "a dated event stays in its document's lane"
    );
    assert_eq!(
        lane_of(0, 1),
        Some(2),
        "PAST_REF with a document date: the relative lane"
    );
    assert_eq!(lane_of(1, 1), Some(1));
    // A duration, and a relative date in a document with no date, have no place.
    assert_eq!(unplaced(&[&a, &b], |_, _| true), vec![(0, 2), (1, 0)]);
    assert_eq!(unplaced(&[&a, &b], |doc, _| doc == 1), vec![(1, 0)]);
    let mut dated = items(&[&a], |_, e| e == 0);
    assert!(!relative_lane(&mut dated, 1));
}

#[wasm_bindgen_test]
fn long_texts_are_cut_into_chunks_at_paragraph_breaks() {
    use annalist::web::components::document_view::chunks;
    let para = "Officials met in Riga on Monday and talked about ports. ";
    let text = (0..300)
        .map(|i| format!("{i}: {}", para.repeat(3)))
        .collect::<Vec<_>>()
        .join("\n\n");
    let a = analyse(&text, "2024-04-16");
    let sp = spans(&a);
    let n = text.chars().count();
    let bl = blocks(n, &a.sentences, &sp);
    let cs = chunks(&text, &bl, 2_000);
    assert!(cs.len() > 10, "{} chunks", cs.len());
    // Consecutive, covering every block once, each ending at a paragraph break.
    assert_eq!(cs.first().map(|c| (c.first, c.start)), Some((0, 0)));
    assert_eq!(cs.last().map(|c| c.end), Some(bl.len()));
    for w in cs.windows(2) {
        assert_eq!(w[0].end, w[1].first);
        assert_eq!(w[0].start + w[0].chars, w[1].start);
        let before: String = text.chars().take(w[1].start).collect();
        assert!(
            before.ends_with("\n\n"),
            "a chunk ends mid-paragraph: {:?}",
            &before[before.len() - 20..]
        );
        assert_eq!(before.encode_utf16().count(), w[1].start16);
    }
    // The window over these chunks: tested natively (src/web/heights.rs).
}

#[wasm_bindgen_test]
fn a_large_network_draws_its_most_connected_nodes_and_says_so() {
    use annalist::web::components::network::{busiest, graph, Edge, NODES_MAX};
    let a = analyse(RELATIONS_TEXT, "2024-07-10");
    // Small graphs are drawn whole, unchanged.
    let g = graph(&a);
    assert_eq!(busiest(g.clone(), NODES_MAX), g);
    // Iran and Venezuela share the supply edge; Modi and Putin the meeting.
    let cut = busiest(g.clone(), 2);
    assert_eq!(cut.nodes.len(), 2);
    assert_eq!(cut.left_out, 2);
    let names: Vec<&str> = cut.nodes.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Iran", "Venezuela"],
        "first appearance among the busiest"
    );
    // Only edges between drawn nodes, re-indexed.
    assert!(cut
        .edges
        .iter()
        .all(|e: &Edge| e.source < 2 && e.target < 2));
    assert_eq!(cut.edges.len(), 1);
}
