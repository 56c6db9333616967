//! Property tests over the engine and every importer (issue 16 item 10, issue
//! 15 item 4): on generated text and bytes, nothing panics, every line is
//! accounted for, and the offsets invariant holds: each mention's and time
//! expression's `text` is the input sliced by its code point offsets and by its
//! UTF-16 offsets.
//!
//! `cargo test` runs a small number of cases; `make fuzz` runs many more
//! (`PROPTEST_CASES`). The generated texts are built from fragments written
//! for this test plus arbitrary characters.
// Native only: proptest is not a wasm32 dev-dependency (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]
// proptest is a native-only dev-dependency (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

use annalist::engine::{self, model::Analysis, model::DocumentInput};
use annalist::export::{self, csv, fragment, html, svg, timeline, Bundle, Document};
use annalist::web::state::markup::inert;
use annalist::workspace::{import, parse_csv, persist, recover};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// `small` cases unless `PROPTEST_CASES` asks for more (`make fuzz`).
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

/// Pieces of news-like and hostile text, each written for this test.
const FRAGMENTS: &[&str] = &[
    "Maria Okafor",
    " of Nordwind Energy",
    " met ",
    "President Jonas Lindqvist",
    " in Tallinn",
    " on Tuesday",
    " last year",
    " two weeks later",
    " on 3 March 2021",
    "2024-04-16",
    " €3.5 million",
    " 40%",
    "U.S.",
    "Dr. ",
    "Mr. ",
    ". ",
    ", ",
    "\n\n",
    "\r\n",
    "\"",
    "«",
    "»",
    "👍",
    "🇩🇪",
    "e\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\t",
    "Apex Robotics Ltd",
    " sold drones to ",
    " the Ministry of Transport",
    " supplied turbines to ",
    " was sanctioned by ",
    " bought a stake in ",
    " hired ",
    " said",
    "Mr",
    " in the spring of 2019",
    " 2147483648 days ago",
    " years ago",
    "ÉCOLE NATIONALE",
    "O'Neill-Smith",
    "(",
    ")",
    " he ",
    "她",
    "Москва",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[A-Z][a-z]{0,9}( [A-Z][a-z]{0,9}){0,3}",
        1 => any::<char>().prop_map(String::from),
        1 => "[ -~]{0,12}",
    ];
    prop::collection::vec(piece, 0..48).prop_map(|v| v.concat())
}

/// The offsets invariant on one analysis of `text`.
fn check_offsets(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let by_chars = |s: usize, e: usize| -> Option<String> {
        (s <= e && e <= chars.len()).then(|| chars[s..e].iter().collect())
    };
    let by_units = |s: usize, e: usize| -> Option<String> {
        (s <= e && e <= units.len()).then(|| String::from_utf16(&units[s..e]).ok())?
    };
    for m in &a.entities {
        prop_assert_eq!(by_chars(m.start, m.end), Some(m.text.clone()));
        prop_assert_eq!(by_units(m.start16, m.end16), Some(m.text.clone()));
    }
    for t in &a.timex {
        prop_assert_eq!(by_chars(t.start, t.end), Some(t.text.clone()));
        prop_assert_eq!(by_units(t.start16, t.end16), Some(t.text.clone()));
    }
    for s in &a.sentences {
        prop_assert!(by_chars(s[0], s[1]).is_some(), "sentence {:?}", s);
    }
    for ev in &a.events {
        let c = by_chars(ev.sentence[0], ev.sentence[1]);
        prop_assert!(c.is_some());
        prop_assert_eq!(c, by_units(ev.sentence16[0], ev.sentence16[1]));
    }
    for r in &a.relations {
        let c = by_chars(r.sentence[0], r.sentence[1]);
        prop_assert!(c.is_some());
        prop_assert_eq!(c, by_units(r.sentence16[0], r.sentence16[1]));
        prop_assert!(
            r.sentence[0] <= r.trigger[0]
                && r.trigger[0] < r.trigger[1]
                && r.trigger[1] <= r.sentence[1],
            "trigger {:?} outside sentence {:?}",
            r.trigger,
            r.sentence
        );
    }
    Ok(())
}

/// Non-blank lines of a text as `str::lines` splits it.
fn nonblank_lines(s: &str) -> usize {
    s.lines().filter(|l| !l.trim().is_empty()).count()
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn engine_offsets_invariant(text in text_strategy(), dated in any::<bool>()) {
        let a = engine::analyze(&DocumentInput {
            id: "p".into(),
            text: text.clone(),
            date: dated.then(|| "2024-04-16".to_string()),
        });
        check_offsets(&text, &a)?;
    }

    /// The CLI contract on a mix of good lines, JSON garbage and bytes that
    /// are not UTF-8: one output line per good line (offsets right), one
    /// error per bad line, in order.
    #[test]
    fn jsonl_run_accounts_for_every_line(
        lines in prop::collection::vec(
            prop_oneof![
                3 => text_strategy().prop_map(Ok),
                1 => prop::collection::vec(any::<u8>(), 0..40).prop_map(Err),
            ],
            0..6,
        ),
        bom in any::<bool>(),
    ) {
        let mut input = Vec::new();
        if bom {
            input.extend_from_slice(b"\xEF\xBB\xBF");
        }
        let mut texts = Vec::new();
        let mut expect_errors = 0;
        for (i, l) in lines.iter().enumerate() {
            match l {
                Ok(text) => {
                    let doc = DocumentInput { id: format!("d{i}"), text: text.clone(), date: None };
                    input.extend(serde_json::to_vec(&doc).unwrap());
                    texts.push((doc.id, text.clone()));
                }
                Err(bytes) => {
                    let bytes: Vec<u8> = bytes.iter().map(|&b| if b == b'\n' { b'?' } else { b }).collect();
                    let blank = std::str::from_utf8(&bytes).is_ok_and(|s| s.trim().is_empty());
                    let json = std::str::from_utf8(&bytes)
                        .is_ok_and(|s| serde_json::from_str::<DocumentInput>(s.trim_end_matches('\r')).is_ok());
                    prop_assume!(!json);
                    if !blank {
                        expect_errors += 1;
                    }
                    input.extend(bytes);
                }
            }
            input.push(b'\n');
        }
        let mut out = Vec::new();
        let mut err = Vec::new();
        let stats = engine::jsonl::run(&input[..], &mut out, &mut err).unwrap();
        prop_assert_eq!(stats.documents, texts.len());
        prop_assert_eq!(stats.errors, expect_errors);
        let out = String::from_utf8(out).unwrap();
        let err = String::from_utf8(err).unwrap();
        prop_assert_eq!(err.lines().count(), expect_errors);
        // Every non-blank line has its output line, a JSON object; a bad one's has an
        // "error" (and the input line it stands for), a document's has none.
        prop_assert_eq!(out.lines().count(), texts.len() + expect_errors);
        let mut documents = Vec::new();
        let mut failed = 0;
        for line in out.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v.get("error").is_some() {
                prop_assert!(v["error"].is_string(), "{}", line);
                prop_assert!(v["line"].as_u64().is_some_and(|n| n >= 1), "{}", line);
                failed += 1;
            } else {
                documents.push(serde_json::from_value::<Analysis>(v).unwrap());
            }
        }
        prop_assert_eq!(failed, expect_errors);
        prop_assert_eq!(documents.len(), texts.len());
        for (a, (id, text)) in documents.iter().zip(&texts) {
            prop_assert_eq!(&a.id, id);
            check_offsets(text, a)?;
        }
    }

    /// The app's JSONL import on any text: no panic, every non-blank line is a
    /// document or a skipped-line error, and errors name real lines.
    #[test]
    fn workspace_jsonl_import_on_any_text(input in prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                text_strategy().prop_map(|t| serde_json::json!({"text": t}).to_string()),
                "[{}\":a-z0-9,\\[\\] ]{0,30}",
                "\\{\"text\":\"[a-z ]{0,10}\",\"date\":\"[0-9-]{0,12}\"\\}",
            ],
            0..8,
        ).prop_map(|v| v.join("\n")),
    ]) {
        let got = import::jsonl(&input, None);
        let body = input.strip_prefix('\u{feff}').unwrap_or(&input);
        let lines = body.lines().count();
        let skipped = got.errors.iter().filter(|e| !e.kept).count();
        prop_assert_eq!(got.documents.len() + skipped, nonblank_lines(body));
        for e in &got.errors {
            prop_assert!((1..=lines).contains(&e.line), "{}", e);
        }
    }

    /// The watchlist CSV on any text: no panic, errors name lines of the file,
    /// every entry has a name.
    #[test]
    fn watchlist_csv_on_any_text(input in prop_oneof![
        any::<String>(),
        "([a-zA-Z \",;|\\r\\n=]{0,20}){0,6}",
    ]) {
        let got = parse_csv(&input);
        // CRLF, LF and a lone CR each end a line.
        let lines = input.replace("\r\n", "\n").split(['\n', '\r']).count();
        for e in &got.errors {
            prop_assert!(e.line >= 1 && e.line <= lines, "{} of {}", e, lines);
        }
        for w in &got.watchlist.entries {
            prop_assert!(!w.name.trim().is_empty());
        }
    }

    /// Workspace files, whole or damaged: `from_json` fails cleanly or reads
    /// them; `recover` always yields a workspace that saves and reads back.
    #[test]
    fn workspace_import_on_damaged_files(
        texts in prop::collection::vec(text_strategy(), 0..3),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        garbage in any::<String>(),
    ) {
        let mut ws = annalist::workspace::Workspace::new();
        for t in texts {
            ws.add(annalist::workspace::Document { text: t.into(), ..Default::default() });
        }
        let json = persist::to_json(&ws).unwrap();
        let mut damaged = json.as_bytes()[..cut.index(json.len() + 1)].to_vec();
        if !damaged.is_empty() {
            let i = flip.index(damaged.len());
            damaged[i] = byte;
        }
        let damaged = String::from_utf8_lossy(&damaged).into_owned();
        for raw in [json.as_str(), damaged.as_str(), garbage.as_str()] {
            let _ = persist::from_json(raw);
            let r = recover(raw);
            let again = persist::to_json(&r.workspace).unwrap();
            prop_assert_eq!(persist::from_json(&again), Ok(r.workspace));
        }
    }

    /// Share-link fragments and exported pages from anywhere: errors, not panics.
    #[test]
    fn share_fragment_and_html_page_on_any_text(s in any::<String>(), b64 in "[A-Za-z0-9_-]{0,200}") {
        let _ = fragment::decode(&s);
        let _ = fragment::decode(&format!("#doc={b64}"));
        let _ = html::read(&s);
        let _ = Bundle::from_json(&s);
    }

    /// The HTML importer's own step (an opened `.html` file or an embedded `src` page is made
    /// inert before the browser's parser reduces it to text): on any text it only renames
    /// handler attributes (`on...` to `data-off-on...`), so undoing that gives the input
    /// back, and a second pass changes nothing.
    #[test]
    fn html_made_inert_on_any_text(
        s in prop_oneof![
            any::<String>(),
            prop::collection::vec(prop_oneof![
                Just("<img src=x onerror=alert(1)>"), Just("<p"), Just(" onload="), Just("/onclick"),
                Just("\"onfocus='"), Just(">"), Just("Maren Holt on Monday"), Just("<"), Just("ON"),
                Just("data-off-"), Just("\u{e9}"), Just("\n"),
            ], 0..40).prop_map(|v| v.concat()),
        ],
    ) {
        let once = inert(&s);
        prop_assert_eq!(once.replace("data-off-", ""), s.replace("data-off-", ""));
        let twice = inert(&once);
        prop_assert_eq!(twice.as_ref(), once.as_ref());
    }

    /// Every export on analyses with offsets out of range or out of order
    /// (an imported, hence untrusted, analysis): no panic.
    #[test]
    fn exports_on_untrusted_offsets(
        text in text_strategy(),
        shifts in prop::collection::vec((any::<usize>(), any::<usize>()), 1..8),
    ) {
        let mut d = Document::analyze(DocumentInput { id: "x".into(), text, date: Some("2024-04-16".into()) });
        for (i, (s, e)) in shifts.into_iter().enumerate() {
            let (s, e) = (s % 500, e % 500);
            if let Some(m) = d.analysis.entities.get_mut(i) {
                (m.start, m.end) = (s, e);
            }
            if let Some(t) = d.analysis.timex.get_mut(i) {
                (t.start, t.end) = (e, s);
            }
            if let Some(ev) = d.analysis.events.get_mut(i) {
                ev.sentence = [s, e];
            }
        }
        let docs = [d];
        let _ = csv::entities(&docs);
        let _ = csv::mentions(&docs);
        let _ = csv::events(&docs);
        let _ = svg::timeline(&docs);
        let _ = timeline::timelinejs(&docs, "t").unwrap();
        let _ = export::to_jsonl(&docs).unwrap();
        let page = html::page(&Bundle::new(docs.to_vec(), serde_json::Value::Null), "t").unwrap();
        prop_assert_eq!(html::read(&page).unwrap().documents, docs.to_vec());
    }
}
