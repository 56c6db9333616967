//! Round-trip properties (issue 15, item 4): what is written can be read back
//! unchanged — TimeML values, calendar days, share-link fragments, workspace
//! files, byte → code point / UTF-16 offset maps, escaped ids.
//!
//! `cargo test` runs a small number of cases; `make fuzz` runs many more.
// Native only: proptest is not a wasm32 dev-dependency (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]
// proptest is a native-only dev-dependency (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

use annalist::engine::model::{DocumentInput, Label};
use annalist::engine::offsets::OffsetMap;
use annalist::engine::time::calendar::{civil_from_days, days_from_civil, Ymd};
use annalist::engine::time::value::{parse_value, shift_value, TimeValue};
use annalist::export::{escape, fragment};
use annalist::workspace::{
    persist, recover, Correction, Document, Edit, EntityKey, TextAnchor, WatchEntry, Workspace,
};
use proptest::prelude::*;

fn config(small: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(small);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A TimeML value of a granularity `parse_value` reads, with a four-digit year.
fn val() -> impl Strategy<Value = TimeValue> {
    let y = 1000i64..=9999;
    prop_oneof![
        (y.clone(), 1u32..=12, 1u32..=31).prop_filter_map("real day", |(y, m, d)| {
            Ymd::new(y, m, d).map(TimeValue::day)
        }),
        (y.clone(), 1u32..=12).prop_map(|(y, m)| TimeValue::Month { y: Some(y), m }),
        y.clone().prop_map(TimeValue::Year),
        (y.clone(), 1u32..=52).prop_map(|(y, w)| TimeValue::Week { y, w }),
        (y, 1u32..=4).prop_map(|(y, q)| TimeValue::Quarter { y: Some(y), q }),
    ]
}

fn label() -> impl Strategy<Value = Label> {
    prop::sample::select(&Label::ALL[..])
}

fn anchor() -> impl Strategy<Value = TextAnchor> {
    (any::<String>(), ".{0,24}", ".{0,24}", 0usize..10_000).prop_map(
        |(text, prefix, suffix, start)| TextAnchor {
            text,
            prefix,
            suffix,
            start,
        },
    )
}

fn key() -> impl Strategy<Value = EntityKey> {
    (any::<String>(), label()).prop_map(|(n, l)| EntityKey::new(n, l))
}

fn correction() -> impl Strategy<Value = Correction> {
    let edit = prop_oneof![
        (key(), any::<String>()).prop_map(|(entity, name)| Edit::Rename { entity, name }),
        (key(), label()).prop_map(|(entity, label)| Edit::Retype { entity, label }),
        (key(), key()).prop_map(|(entity, into)| Edit::Merge { entity, into }),
        (anchor(), proptest::option::of(any::<String>()))
            .prop_map(|(mention, name)| Edit::Split { mention, name }),
        (any::<String>(), proptest::option::of(label()))
            .prop_map(|(text, label)| Edit::DeleteSurface { text, label }),
        anchor().prop_map(|mention| Edit::DeleteMention { mention }),
        (anchor(), label(), proptest::option::of(any::<String>())).prop_map(
            |(mention, label, name)| Edit::AddMention {
                mention,
                label,
                name
            }
        ),
    ];
    (proptest::option::of(any::<String>()), edit).prop_map(|(doc, edit)| Correction { doc, edit })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    let doc = (
        any::<String>(),
        any::<String>(),
        any::<String>(),
        proptest::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        any::<bool>(),
    )
        .prop_map(|(id, name, text, date, date_by_user)| Document {
            id,
            name,
            text: text.into(),
            date,
            added_at: None,
            date_by_user,
        });
    let entry = (
        any::<String>(),
        prop::collection::vec(any::<String>(), 0..3),
        any::<String>(),
    )
        .prop_map(|(name, aliases, note)| WatchEntry {
            name,
            aliases,
            note,
        });
    (
        prop::collection::vec(doc, 0..4),
        prop::collection::vec(correction(), 0..4),
        prop::collection::vec(correction(), 0..2),
        prop::collection::vec(entry, 0..3),
        prop::collection::vec(label(), 0..3),
        any::<String>(),
    )
        .prop_map(|(docs, done, undone, entries, hidden, filter)| {
            let mut ws = Workspace::new();
            for d in docs {
                ws.add(d);
            }
            ws.history.done = done;
            ws.history.undone = undone;
            ws.watchlist.entries = entries;
            ws.view.hidden = hidden;
            ws.view.filter = filter;
            ws
        })
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn timeml_value_reads_back(v in val()) {
        prop_assert_eq!(parse_value(&v.to_timeml()), Some(v));
    }

    #[test]
    fn calendar_days_round_trip(days in -1_000_000i64..1_000_000) {
        let d = civil_from_days(days);
        prop_assert_eq!(days_from_civil(d.y, d.m, d.d), days);
        prop_assert_eq!(Ymd::new(d.y, d.m, d.d), Some(d));
    }

    /// A day moved forward and back by the same duration is the same day.
    #[test]
    fn shifting_a_day_there_and_back(
        (y, m, d) in (1000i64..=9000, 1u32..=12, 1u32..=28),
        n in 0i64..400,
        unit in prop::sample::select(&["D", "W"][..]),
    ) {
        let day = format!("{y:04}-{m:02}-{d:02}");
        let duration = format!("P{n}{unit}");
        let there = shift_value(&day, &duration, 1).unwrap();
        prop_assert_eq!(shift_value(&there, &duration, -1), Some(day));
    }

    #[test]
    fn share_fragment_round_trip(
        id in any::<String>(),
        text in prop_oneof![any::<String>(), ".{0,2000}"],
        date in proptest::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    ) {
        let doc = DocumentInput { id, text, date };
        let f = fragment::encode(&doc).unwrap();
        prop_assert!(f.starts_with("#doc="));
        prop_assert_eq!(fragment::decode(&f).unwrap(), Some(doc.clone()));
        // Other parameters around it are ignored.
        let with_others = format!("#x=1&{}&y=2", f.trim_start_matches('#'));
        prop_assert_eq!(fragment::decode(&with_others).unwrap(), Some(doc));
    }

    /// Persist and restore: what is saved reads back equal, and recovery of
    /// undamaged data changes nothing and reports nothing.
    #[test]
    fn workspace_persist_restore(ws in workspace()) {
        let json = persist::to_json(&ws).unwrap();
        prop_assert_eq!(persist::from_json(&json), Ok(ws.clone()));
        let r = recover(&json);
        prop_assert!(r.report.is_clean(), "{}", r.report.summary());
        prop_assert_eq!(r.workspace, ws);
    }

    /// The offset map agrees with counting code points and UTF-16 units directly.
    #[test]
    fn offset_map_matches_direct_counts(
        text in prop_oneof![any::<String>(), "[aé€👍\u{301} ]{0,300}"],
        picks in prop::collection::vec(any::<prop::sample::Index>(), 1..20),
    ) {
        let map = OffsetMap::new(&text);
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        for p in picks {
            let b = bounds[p.index(bounds.len())];
            let before = &text[..b];
            prop_assert_eq!(map.char_at(b), before.chars().count());
            prop_assert_eq!(map.utf16_at(b), before.encode_utf16().count());
        }
    }

    /// Escaped ids stay distinct and plain.
    #[test]
    fn escaped_tokens_are_plain_and_distinct(a in any::<String>(), b in any::<String>()) {
        let (ta, tb) = (escape::token(&a), escape::token(&b));
        prop_assert!(ta.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        prop_assert_eq!(ta == tb, a == b);
        let css = escape::css_ident(&a);
        prop_assert!(!css.contains(['\n', '\r', '\0']), "{:?}", css);
    }
}
