//! Native tests of the exports (src/export*), on small hand-made analyses so
//! they test the export code, not the engine's current accuracy.

use annalist::engine::model::{
    Analysis, DocumentInput, Entity, Event, Label, Mention, Timex, TimexType,
};
use annalist::export::{self, csv, fragment, html, svg, timeline, Bundle, Document, ExportError};

/// Code point span of the first `needle` in `text`.
fn span(text: &str, needle: &str) -> (usize, usize) {
    let b = text.find(needle).expect("needle in text");
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

fn mention(text: &str, needle: &str, label: Label, entity: &str) -> Mention {
    let (start, end) = span(text, needle);
    Mention {
        start,
        end,
        start16: 0,
        end16: 0,
        text: needle.to_string(),
        label,
        entity: entity.to_string(),
        actor: None,
        resolved: None,
    }
}

fn entity(id: &str, name: &str, label: Label, mentions: usize, salience: f32) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        label,
        aliases: vec![],
        mentions,
        salience,
        roles: vec![],
        country: None,
    }
}

fn event(text: &str, id: &str, date: &str, label: &str, sentence: &str, who: &[&str]) -> Event {
    let (s, e) = span(text, sentence);
    Event {
        id: id.into(),
        date: date.into(),
        label: label.into(),
        participants: who.iter().map(|w| w.to_string()).collect(),
        roles: vec![],
        sentence: [s, e],
        sentence16: [0, 0],
        timex: None,
        relations: vec![],
        timex_relation: None,
        attribution: None,
        planned: false,
    }
}

/// A two-sentence text with an emoji before the second sentence, so code
/// point and byte offsets differ.
fn sample() -> Document {
    let text = "Olaf Scholz met Xi Jinping in Beijing on 16 April 2024. 🇩🇪🤝 Talks resumed in May, said \"Hikvision, Ltd\".";
    let (ts, te) = span(text, "16 April 2024");
    let analysis = Analysis {
        id: "berlin-1".into(),
        date: Some("2024-04-20".into()),
        date_source: Some("input".into()),
        text_date: None,
        sentences: vec![],
        entities: vec![
            mention(text, "Olaf Scholz", Label::Person, "E1"),
            mention(text, "Xi Jinping", Label::Person, "E2"),
            mention(text, "Beijing", Label::Gpe, "E3"),
            mention(text, "Hikvision, Ltd", Label::Org, "E4"),
        ],
        entity_list: vec![
            entity("E1", "Olaf Scholz", Label::Person, 1, 1.0),
            entity("E2", "Xi Jinping", Label::Person, 1, 0.8),
            entity("E3", "Beijing", Label::Gpe, 1, 0.5),
            entity("E4", "Hikvision, Ltd", Label::Org, 1, 0.2),
        ],
        timex: vec![Timex {
            id: "T1".into(),
            start: ts,
            end: te,
            start16: 0,
            end16: 0,
            text: "16 April 2024".into(),
            kind: TimexType::Date,
            value: "2024-04-16".into(),
            modifier: None,
        }],
        events: vec![
            event(
                text,
                "V1",
                "2024-04-16",
                "met Xi Jinping",
                "Olaf Scholz met Xi Jinping in Beijing on 16 April 2024.",
                &["E1", "E2"],
            ),
            event(
                text,
                "V2",
                "2024-05",
                "Talks resumed",
                "Talks resumed in May, said \"Hikvision, Ltd\".",
                &["E4"],
            ),
            event(text, "V3", "PAST_REF", "had talked", "Talks resumed", &[]),
        ],
        relations: vec![],
        tokens: None,
        warnings: vec![],
    };
    Document {
        input: DocumentInput {
            id: "berlin-1".into(),
            text: text.into(),
            date: Some("2024-04-20".into()),
        },
        analysis,
        name: "Scholz in Beijing".into(),
    }
}

#[test]
fn jsonl_is_one_analysis_per_line_and_reads_back() {
    let a = sample();
    let b = Document::analyze(DocumentInput {
        id: "second".into(),
        text: "Antony Blinken flew to Vienna yesterday.".into(),
        date: Some("2024-03-01".into()),
    });
    let out = export::to_jsonl(&[a.clone(), b.clone()]).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    let back: Analysis = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(back, a.analysis);
    let back: Analysis = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(back, b.analysis);
    // The engine's own serialisation, byte for byte: the CLI contract.
    assert_eq!(lines[1], serde_json::to_string(&b.analysis).unwrap());
}

#[test]
fn csv_entities_quote_commas_and_quotes() {
    let out = csv::entities(&[sample()]);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}document,document_id,id,name,label,mentions,salience,aliases,roles,country"
    );
    assert_eq!(lines.len(), 1 + 4 + 1, "header, 4 rows, trailing empty");
    assert!(lines[1].starts_with("Scholz in Beijing,berlin-1,E1,Olaf Scholz,PERSON,1,1.000,"));
    assert!(
        lines[4].contains(",\"Hikvision, Ltd\",ORG,"),
        "{}",
        lines[4]
    );
}

#[test]
fn csv_guards_formulas_and_escapes_quotes() {
    let mut d = sample();
    d.analysis.entity_list[0].name = "=HYPERLINK(\"x\")".into();
    let out = csv::entities(&[d]);
    assert!(out.contains(",\"'=HYPERLINK(\"\"x\"\")\",PERSON,"), "{out}");
}

/// A formula hidden after `;` or `,` inside a cell: opened with the other
/// separator it would start a cell of its own (issue 16, item 9).
#[test]
fn csv_defuses_formulas_after_a_separator_inside_a_cell() {
    let mut d = sample();
    d.analysis.entity_list[0].name = "Acme;=cmd|' /C calc'!A0".into();
    d.analysis.entity_list[1].name = "Bolt,=1+1".into();
    d.analysis.entity_list[2].name = "\tTab start".into();
    d.analysis.entity_list[3].name = "-2+3".into();
    let out = csv::entities(&[d]);
    let rows: Vec<&str> = out.split("\r\n").collect();
    assert!(
        rows[1].contains(",\"Acme;'=cmd|' /C calc'!A0\","),
        "{}",
        rows[1]
    );
    assert!(rows[2].contains(",\"Bolt,'=1+1\","), "{}", rows[2]);
    assert!(rows[3].contains(",\"'\tTab start\","), "{}", rows[3]);
    assert!(rows[4].contains(",\"'-2+3\","), "{}", rows[4]);
    // Split on either separator, ignoring quotes: no piece starts a formula.
    for piece in out.split([',', ';', '\n']) {
        let piece = piece.trim_start_matches('"');
        assert!(!piece.starts_with(['=', '+', '@']), "{piece:?} in {out}");
    }
}

/// Every start a spreadsheet reads as a formula is defused and quoted, `+`, `@` and a
/// carriage return too (issue 16, item 9).
#[test]
fn csv_defuses_plus_at_and_carriage_return_starts() {
    let mut d = sample();
    d.analysis.entity_list[0].name = "+1+2".into();
    d.analysis.entity_list[1].name = "@SUM(A1:A9)".into();
    d.analysis.entity_list[2].name = "\rCR start".into();
    d.analysis.entity_list[3].name = "=1".into();
    let out = csv::entities(&[d]);
    let rows: Vec<&str> = out.split("\r\n").collect();
    assert!(rows[1].contains(",\"'+1+2\","), "{}", rows[1]);
    assert!(rows[2].contains(",\"'@SUM(A1:A9)\","), "{}", rows[2]);
    assert!(rows[3].contains(",\"'\rCR start\","), "{}", rows[3]);
    assert!(rows[4].contains(",\"'=1\","), "{}", rows[4]);
}

#[test]
fn csv_mentions_carry_code_point_spans() {
    let d = sample();
    let out = csv::mentions(std::slice::from_ref(&d));
    let row = out
        .lines()
        .find(|l| l.contains(",E4,"))
        .expect("Hikvision row");
    let (s, e) = span(&d.input.text, "Hikvision, Ltd");
    assert!(
        row.contains(&format!(",ORG,{s},{e},\"Hikvision, Ltd\"")),
        "{row}"
    );
}

#[test]
fn csv_events_quote_the_sentence_after_an_emoji() {
    let out = csv::events(&[sample()]);
    let rows: Vec<&str> = out.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1],
        "Scholz in Beijing,berlin-1,V1,2024-04-16,met Xi Jinping,Olaf Scholz; Xi Jinping,Olaf Scholz met Xi Jinping in Beijing on 16 April 2024.,false,,,"
    );
    // Code point offsets after "🇩🇪🤝" must land on the same words.
    assert!(
        rows[2].ends_with(
            ",Hikvision; Ltd,\"Talks resumed in May, said \"\"Hikvision, Ltd\"\".\",false,,,"
        ) || rows[2].ends_with(
            ",\"Hikvision, Ltd\",\"Talks resumed in May, said \"\"Hikvision, Ltd\"\".\",false,,,"
        ),
        "{}",
        rows[2]
    );
}

#[test]
fn out_of_range_offsets_do_not_panic() {
    let mut d = sample();
    d.analysis.events[0].sentence = [10_000, 5];
    d.analysis.entities[0].start = 9_999;
    d.analysis.entities[0].end = 20_000;
    d.analysis.timex[0].end = 0;
    let _ = csv::events(std::slice::from_ref(&d));
    let page = html::page(&Bundle::new(vec![d.clone()], serde_json::Value::Null), "x").unwrap();
    // The whole text is still shown, once (the data block holds it too).
    let shown = &page[..page.find("<script").unwrap()];
    assert_eq!(shown.matches("Talks resumed in May").count(), 1);
    let _ = timeline::timelinejs(&[d], "x").unwrap();
}

#[test]
fn timeml_values_become_calendar_dates() {
    let p = |v: &str| timeline::parse_value(v).map(|s| (s.start.label(), s.end.map(|e| e.label())));
    assert_eq!(p("2024-04-16"), Some(("2024-04-16".into(), None)));
    assert_eq!(p("2024-04"), Some(("2024-04".into(), None)));
    assert_eq!(p("2024"), Some(("2024".into(), None)));
    assert_eq!(p("2014/2016"), Some(("2014".into(), Some("2016".into()))));
    assert_eq!(p("201"), Some(("2010".into(), Some("2019".into()))));
    assert_eq!(
        p("2024-Q2"),
        Some(("2024-04".into(), Some("2024-06".into())))
    );
    // ISO weeks: week 1 holds January 4th.
    assert_eq!(
        p("2024-W16"),
        Some(("2024-04-15".into(), Some("2024-04-21".into())))
    );
    assert_eq!(
        p("2021-W01"),
        Some(("2021-01-04".into(), Some("2021-01-10".into())))
    );
    assert_eq!(
        p("2020-W53"),
        Some(("2020-12-28".into(), Some("2021-01-03".into())))
    );
    assert_eq!(p("2024-02-29").map(|x| x.0), Some("2024-02-29".into()));
    assert_eq!(p("2023-02-29"), None);
    assert_eq!(p("2024-13"), None);
    for vague in [
        "PAST_REF",
        "PRESENT_REF",
        "XXXX-04",
        "P2W",
        "",
        "2024-W99",
        "２０２４",
    ] {
        assert_eq!(p(vague), None, "{vague}");
    }
    let t = timeline::parse_value("2024-04-16T10:30").unwrap().start;
    assert_eq!((t.hour, t.minute), (Some(10), Some(30)));
    let morning = timeline::parse_value("2024-04-16TMO").unwrap().start;
    assert_eq!((morning.day, morning.hour), (Some(16), None));
}

#[test]
fn timelinejs_has_dated_events_only_and_escapes_html() {
    let mut d = sample();
    d.analysis.events[0].label = "met <b>Xi</b> & co".into();
    let out = timeline::timelinejs(&[d], "Talks <2024>").unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"]["text"]["headline"], "Talks &lt;2024&gt;");
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 2, "PAST_REF is left out");
    assert_eq!(events[0]["start_date"]["year"], 2024);
    assert_eq!(events[0]["start_date"]["month"], 4);
    assert_eq!(events[0]["start_date"]["day"], 16);
    assert_eq!(
        events[0]["text"]["headline"],
        "met &lt;b&gt;Xi&lt;/b&gt; &amp; co"
    );
    assert!(events[1]["start_date"].get("day").is_none());
    assert_eq!(events[1]["unique_id"], "berlin-1-V2");
}

/// Document ids come from imported files: in TimelineJS's `group` (shown as
/// HTML) and `unique_id` (an element id) they must not carry markup (issue 16, item 3).
#[test]
fn timelinejs_escapes_hostile_document_ids() {
    let hostile = "x\"}</style><img src=x onerror=alert(1)>{\n'";
    let mut a = sample();
    a.analysis.id = hostile.into();
    // The group is the document's title: as hostile as the id.
    a.name = hostile.into();
    let b = sample();
    let out = timeline::timelinejs(&[a, b], "t").unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &v["events"][0];
    let group = first["group"].as_str().unwrap();
    assert!(!group.contains(['<', '>', '"', '\'']), "{group}");
    assert_eq!(
        group,
        "x&quot;}&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;{\n&#39;"
    );
    let id = first["unique_id"].as_str().unwrap();
    assert!(
        id.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "{id}"
    );
    assert_ne!(id, v["events"][2]["unique_id"].as_str().unwrap());
}

#[test]
fn svg_timeline_orders_events_and_escapes() {
    let mut d = sample();
    d.analysis.events.swap(0, 1);
    d.analysis.events[0].label = "resumed <talks>".into();
    let s = svg::timeline(&[d]);
    assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(s.ends_with("</svg>"));
    let april = s.find("16 Apr 2024").unwrap();
    let may = s.find("resumed &lt;talks&gt;").unwrap();
    assert!(april < may, "sorted by date");
    assert!(!s.contains("<talks>"));
    let empty = svg::timeline(&[]);
    assert!(empty.contains("No dated events"));
}

/// A document's title (its name, or its id when it has neither name nor headline) is in
/// each row's tooltip when several documents are drawn: escaped like every text, so an id
/// from an imported file cannot close the `<title>` or add markup (issue 16, item 3).
#[test]
fn svg_timeline_escapes_a_hostile_document_id() {
    let hostile = "x\"}</style><img src=x onerror=alert(1)>{\n'</title><script>";
    let mut a = sample();
    a.analysis.id = hostile.into();
    a.name = hostile.into();
    let s = svg::timeline(&[a, sample()]);
    assert!(
        s.contains("x&quot;}&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;{"),
        "{s}"
    );
    for raw in ["</style>", "<img", "<script", "\"}"] {
        assert!(!s.contains(raw), "{raw} in {s}");
    }
    assert_eq!(s.matches("<title>").count(), s.matches("</title>").count());
    assert_eq!(s.matches("<title>").count(), 4, "{s}");
}

#[test]
fn html_page_is_inert_and_round_trips() {
    let mut d = sample();
    // Hostile text: markup, a script end tag and an inline handler.
    d.input
        .text
        .push_str(" </script><script>alert(1)</script><img src=x onerror=alert(2)>");
    let corrections = serde_json::json!([{"op": "relabel", "entity": "E3", "label": "LOC"}]);
    let bundle = Bundle::new(vec![d], corrections);
    let page = html::page(&bundle, "Scholz & Xi").unwrap();
    assert!(page.contains(&format!("content=\"{}\"", html::CSP)));
    assert!(page.contains("<title>Scholz &amp; Xi</title>"));
    // One script element only: the inert JSON data block.
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("<script type=\"application/json\""));
    assert!(!page.contains("<img"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // Highlights and the entity table.
    assert!(
        page.contains("<mark class=\"PERSON\" title=\"Person: Olaf Scholz\">Olaf Scholz</mark>")
    );
    assert!(page.contains("<mark class=\"TIMEX\" title=\"Time: 2024-04-16\">16 April 2024</mark>"));
    assert!(page.contains("<td>Xi Jinping</td><td>Person</td><td>1</td>"));
    assert!(page.contains("<svg"));
    // The timeline keeps its size and scrolls sideways on a phone: never shrunk so its words
    // are unreadable (trial 26: 5 px at 390 px wide).
    assert!(page.contains("<div class=\"tl\"><svg"), "{page}");
    assert!(page.contains(".tl{overflow-x:auto}") && !page.contains("max-width:100%"));
    // Named by its title, not its id.
    assert!(page.contains("<h2>Scholz in Beijing</h2>"), "{page}");
    // Everything comes back.
    let back = html::read(&page).unwrap();
    assert_eq!(back, bundle);
}

#[test]
fn bundle_rejects_other_formats() {
    let err = Bundle::from_json("{\"format\":\"x\",\"documents\":[]}").unwrap_err();
    assert!(
        matches!(&err, ExportError::UnknownFormat { format } if format == "x"),
        "{err}"
    );
    assert!(matches!(
        html::read("<html>no data</html>"),
        Err(ExportError::NoData)
    ));
}

#[test]
fn share_fragment_round_trips_unicode() {
    let doc = DocumentInput {
        id: "".into(),
        text: "Xi Jinping 习近平 met Olaf Scholz. مرحبا 👋🏽 e\u{301}".into(),
        date: Some("2024-04-16".into()),
    };
    let f = fragment::encode(&doc).unwrap();
    assert!(f.starts_with("#doc="));
    assert!(f[5..]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(fragment::decode(&f).unwrap(), Some(doc.clone()));
    assert_eq!(
        fragment::decode(&format!("x=1&{}", &f[1..])).unwrap(),
        Some(doc)
    );
    assert_eq!(fragment::decode("#other=1").unwrap(), None);
    assert_eq!(fragment::decode("").unwrap(), None);
}

#[test]
fn share_fragment_compresses_and_refuses_bad_input() {
    let text = "Hikvision and iRay Technology were added to the list. ".repeat(40);
    let doc = DocumentInput {
        id: String::new(),
        text: text.clone(),
        date: None,
    };
    let f = fragment::encode(&doc).unwrap();
    assert!(f.len() < text.len() / 5, "{} vs {}", f.len(), text.len());
    assert!(matches!(
        fragment::decode("#doc=!!!"),
        Err(ExportError::FragmentNotBase64)
    ));
    assert!(matches!(
        fragment::decode("#doc=AAAA"),
        Err(ExportError::FragmentCorrupt | ExportError::FragmentBadDocument { .. })
    ));
    // Incompressible text too long for a link.
    let mut x: u32 = 1;
    let noise: String = (0..60_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'!' + ((x >> 16) % 90) as u8)
        })
        .collect();
    let long = DocumentInput {
        id: String::new(),
        text: noise,
        date: None,
    };
    assert!(matches!(
        fragment::encode(&long),
        Err(ExportError::TooLong { .. })
    ));
}

#[test]
fn share_fragment_bounds_inflated_size() {
    // A small link that inflates to more than the limit (a "zip bomb").
    let big = vec![b' '; fragment::MAX_INFLATED + 10];
    let packed = miniz_oxide::deflate::compress_to_vec(&big, 9);
    use base64::Engine;
    let link = format!(
        "#doc={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    );
    assert!(link.len() < 4000);
    assert!(matches!(
        fragment::decode(&link),
        Err(ExportError::FragmentCorrupt)
    ));
}

#[test]
fn exports_survive_hostile_texts_from_the_engine() {
    let long_word = "x".repeat(300_000);
    let capitals = "NATO AND THE EU SAID ".repeat(2_000);
    let texts = [
        "",
        "\0\0\0 Olaf\0Scholz \0",
        "وزير الخارجية أنتوني بلينكن في فيينا. Antony Blinken flew to Vienna.",
        "Xi\u{301} Jinping\u{308} me\u{301}t Scholz 👩🏽‍🔬🇩🇪 on 16 April 2024.",
        long_word.as_str(),
        capitals.as_str(),
    ];
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Document::analyze(DocumentInput {
                id: format!("d{i}"),
                text: t.to_string(),
                date: Some("2024-04-20".into()),
            })
        })
        .collect();
    for d in &docs {
        for m in &d.analysis.entities {
            // Mention texts are what the exports will slice from code points.
            let cps: String = d
                .input
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(cps, m.text);
        }
    }
    let _ = export::to_jsonl(&docs).unwrap();
    let _ = (
        csv::entities(&docs),
        csv::mentions(&docs),
        csv::events(&docs),
    );
    let _ = timeline::timelinejs(&docs, "t").unwrap();
    let _ = svg::timeline(&docs);
    let bundle = Bundle::new(docs, serde_json::Value::Null);
    let page = html::page(&bundle, "hostile").unwrap();
    assert_eq!(html::read(&page).unwrap(), bundle);
}

#[test]
fn events_sharing_a_sentence_or_out_of_order_slice_right() {
    let mut d = sample();
    let first = d.analysis.events[0].clone();
    let second = d.analysis.events[1].clone();
    // Backwards, repeated, then forwards again.
    d.analysis.events = vec![second.clone(), first.clone(), first, second];
    let out = csv::events(&[d]);
    let rows: Vec<&str> = out.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 5);
    assert!(rows[1].contains("Talks resumed in May"));
    assert!(rows[2].ends_with(",Olaf Scholz met Xi Jinping in Beijing on 16 April 2024.,false,,,"));
    assert_eq!(rows[2], rows[3]);
    assert_eq!(rows[1], rows[4]);
}

/// The sample with two relations: a dated meeting and a hedged supply whose item name needs
/// quoting in CSV and escaping in HTML.
fn with_relations() -> Document {
    use annalist::engine::model::{Modality, Relation, RelationType};
    let mut d = sample();
    let text = d.input.text.clone();
    d.analysis
        .entity_list
        .push(entity("E5", "chips, <b>\"fast\"</b>", Label::Item, 0, 0.1));
    let (ms, me) = span(
        &text,
        "Olaf Scholz met Xi Jinping in Beijing on 16 April 2024.",
    );
    let (ss, se) = span(&text, "Talks resumed in May, said \"Hikvision, Ltd\".");
    let (ts, te) = span(&text, "met");
    d.analysis.relations = vec![
        Relation {
            id: "R1".into(),
            kind: RelationType::Meeting,
            source: "E1".into(),
            target: "E2".into(),
            items: vec![],
            share: None,
            modality: Modality::Asserted,
            sentence: [ms, me],
            sentence16: [0, 0],
            trigger: [ts, te],
            date: Some("2024-04-16".into()),
            timex: Some("T1".into()),
        },
        Relation {
            id: "R2".into(),
            kind: RelationType::Supply,
            source: "E4".into(),
            target: "E3".into(),
            items: vec!["E5".into()],
            share: None,
            modality: Modality::Hedged,
            sentence: [ss, se],
            sentence16: [0, 0],
            trigger: [ss, ss + 5],
            date: None,
            timex: None,
        },
    ];
    d
}

#[test]
fn csv_relations_is_an_edge_list_with_names_items_modality_and_sentence() {
    let out = csv::relations(&[with_relations()]);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}document,document_id,id,source,target,type,items,modality,date,sentence"
    );
    assert_eq!(
        lines[1],
        "Scholz in Beijing,berlin-1,R1,Olaf Scholz,Xi Jinping,MEETING,,asserted,2024-04-16,Olaf Scholz met Xi Jinping in Beijing on 16 April 2024."
    );
    // The sentence follows an emoji: code point offsets must slice it right.
    assert_eq!(
        lines[2],
        "Scholz in Beijing,berlin-1,R2,\"Hikvision, Ltd\",Beijing,SUPPLY,\"chips, <b>\"\"fast\"\"</b>\",hedged,,\"Talks resumed in May, said \"\"Hikvision, Ltd\"\".\""
    );
    assert_eq!(lines.len(), 4, "header, two rows, trailing empty: {out}");
}

#[test]
fn csv_relations_survive_unknown_ids_and_bad_offsets() {
    let mut d = with_relations();
    d.analysis.relations[0].source = "E99".into();
    d.analysis.relations[0].sentence = [500, 3];
    let out = csv::relations(&[d]);
    assert!(out.contains(",E99,Xi Jinping,MEETING,"), "{out}");
}

#[test]
fn html_page_lists_relations_escaped_with_modality_as_text() {
    let d = with_relations();
    let page = html::page(&Bundle::new(vec![d.clone()], serde_json::Value::Null), "r").unwrap();
    assert!(page.contains("<h3>Relations</h3>"), "{page}");
    assert!(
        page.contains("<td>Meeting</td><td>Olaf Scholz → Xi Jinping</td>"),
        "{page}"
    );
    assert!(
        page.contains("<td>chips, &lt;b&gt;&quot;fast&quot;&lt;/b&gt;</td><td>hedged</td>"),
        "{page}"
    );
    assert!(!page.contains("<b>\"fast\"</b>"));
    // Supply comes before Meeting: the table is grouped by type.
    assert!(page.find("data-relation=\"R2\"") < page.find("data-relation=\"R1\""));
    assert_eq!(html::read(&page).unwrap().documents[0], d);
}

#[test]
fn every_export_names_documents_by_title_not_id() {
    let mut a = sample();
    a.input.id = "d7".into();
    a.analysis.id = "d7".into();
    let mut b = with_relations();
    b.name = String::new();
    b.input.id = "d8".into();
    b.analysis.id = "d8".into();
    b.input.text = format!(
        "Sign up for our newsletter\nTrade talks in Vienna\n{}",
        b.input.text
    );
    let docs = [a, b];
    // Without a name, the first line that is not site furniture is the title.
    assert_eq!(docs[1].title(), "Trade talks in Vienna");
    for out in [
        csv::entities(&docs),
        csv::mentions(&docs),
        csv::events(&docs),
        csv::relations(&docs),
    ] {
        let first_cells: Vec<&str> = out
            .split("\r\n")
            .skip(1)
            .filter(|r| !r.is_empty())
            .map(|r| r.split(',').next().unwrap_or(""))
            .collect();
        assert!(!first_cells.is_empty(), "{out}");
        assert!(
            first_cells
                .iter()
                .all(|c| *c == "Scholz in Beijing" || *c == "Trade talks in Vienna"),
            "{out}"
        );
    }
    let tl = timeline::timelinejs(&docs, "t").unwrap();
    assert!(tl.contains("\"group\": \"Scholz in Beijing\""), "{tl}");
    assert!(tl.contains("\"group\": \"Trade talks in Vienna\""), "{tl}");
    let page = html::page(&Bundle::new(docs.to_vec(), serde_json::Value::Null), "t").unwrap();
    assert!(page.contains("<h2>Trade talks in Vienna</h2>"), "{page}");
    let svg = svg::timeline(&docs);
    assert!(svg.contains("(Scholz in Beijing)</title>"), "{svg}");
}

#[test]
fn csv_starts_with_a_utf8_byte_order_mark_for_spreadsheets() {
    let mut d = sample();
    d.analysis.entity_list[3].name = "Fund of €5bn".into();
    let out = csv::entities(&[d]);
    assert!(out.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]), "{out}");
    assert!(out.contains("Fund of €5bn"));
    // Only one mark, at the very start.
    assert_eq!(out.matches('\u{feff}').count(), 1);
}

#[test]
fn svg_labels_fit_the_drawing_with_the_full_text_in_a_title() {
    let mut d = sample();
    let long = "agreed after many hours of talks on export controls, licences, \
                optical components and the shipping of machine tools through third countries";
    d.analysis.events[0].label = long.into();
    let drawn = |s: &str| {
        s.split("<tspan font-weight=\"bold\">16 Apr 2024</tspan> ")
            .nth(1)
            .and_then(|r| r.split("</text>").next())
            .expect("the drawn label")
            .to_string()
    };
    let width = |s: &str| -> f64 {
        s.split("width=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|w| w.parse().ok())
            .expect("the drawing's width")
    };
    let s = svg::timeline(&[d.clone()]);
    // The full label is in the row's tooltip ...
    assert!(
        s.contains(&format!("<title>16 Apr 2024: {long}</title>")),
        "{s}"
    );
    // ... and drawn whole: the drawing widens past its least 760 px to hold it.
    assert_eq!(drawn(&s), long);
    assert!(width(&s) > 760.0 && width(&s) <= 1600.0, "{}", width(&s));
    // A label longer than the widest drawing is cut with an ellipsis to the room right of
    // the axis.
    let longer = long.repeat(3);
    d.analysis.events[0].label = longer.clone();
    let s = svg::timeline(&[d]);
    assert_eq!(width(&s), 1600.0);
    let cut = drawn(&s);
    assert!(cut.ends_with('…'), "{cut}");
    let chars = "16 Apr 2024 ".chars().count() + cut.chars().count();
    // 1142 px of room right of the axis at 6.8 px a character.
    assert!(chars as f64 * 6.8 <= 1142.0, "{chars} characters: {cut}");
    // Dates are in words, never ISO codes.
    assert!(s.contains(">May 2024</tspan>"), "{s}");
    assert!(!s.contains(">2024-05</tspan>"), "{s}");
}

#[test]
fn the_apps_jsonl_carries_text_and_title_and_imports_back() {
    let a = sample();
    let b = Document::analyze(DocumentInput {
        id: "second".into(),
        text: "Vienna talks\nAntony Blinken flew to Vienna yesterday with €3 million.".into(),
        date: Some("2024-03-01".into()),
    });
    let out =
        export::to_jsonl_documents(&[a.clone(), b.clone()], &serde_json::Value::Null).unwrap();
    // Each line still reads as the contract's Analysis ...
    for (line, d) in out.lines().zip([&a, &b]) {
        let back: Analysis = serde_json::from_str(line).unwrap();
        assert_eq!(back, d.analysis);
    }
    // ... and imports back as the same documents, named by title.
    let got = annalist::workspace::import::jsonl(&out, None);
    assert!(got.errors.is_empty(), "{:?}", got.errors);
    let names: Vec<&str> = got.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Scholz in Beijing", "Vienna talks"]);
    assert_eq!(*got.documents[0].text, *a.input.text);
    assert_eq!(*got.documents[1].text, *b.input.text);
    assert_eq!(got.documents[1].date.as_deref(), Some("2024-03-01"));
    assert_eq!(got.documents[0].id, "berlin-1");
}

#[test]
fn the_apps_jsonl_carries_each_documents_corrections_back_in() {
    use annalist::workspace::{Correction, Edit, EntityKey};
    let a = sample();
    let b = Document::analyze(DocumentInput {
        id: "second".into(),
        text: "Antony Blinken flew to Vienna yesterday.".into(),
        date: Some("2024-03-01".into()),
    });
    let rename = Correction::in_doc(
        "berlin-1",
        Edit::Rename {
            entity: EntityKey::new("Olaf Scholz", Label::Person),
            name: "Chancellor Olaf Scholz".into(),
        },
    );
    let retype = Correction::in_doc(
        "second",
        Edit::Retype {
            entity: EntityKey::new("Vienna", Label::Gpe),
            label: Label::Loc,
        },
    );
    let everywhere = Correction::everywhere(Edit::Rename {
        entity: EntityKey::new("Antony Blinken", Label::Person),
        name: "Tony Blinken".into(),
    });
    let list = serde_json::to_value([&rename, &retype, &everywhere]).unwrap();
    let out = export::to_jsonl_documents(&[a.clone(), b.clone()], &list).unwrap();
    // Still the contract's Analysis on each line ...
    for (line, d) in out.lines().zip([&a, &b]) {
        let back: Analysis = serde_json::from_str(line).unwrap();
        assert_eq!(back, d.analysis);
    }
    // ... each line with its own document's corrections, and the
    // workspace-wide one read back once.
    assert!(!out.lines().next().unwrap().contains("Vienna\",\"label"));
    let got = annalist::workspace::import::jsonl(&out, None);
    assert!(got.errors.is_empty(), "{:?}", got.errors);
    // In the order they were made: they apply in order.
    assert_eq!(got.corrections, [rename, retype, everywhere]);
    // Without corrections the lines carry no such key.
    let plain = export::to_jsonl_documents(&[a], &serde_json::Value::Null).unwrap();
    assert!(!plain.contains("\"corrections\""));
}

#[test]
fn a_text_opening_with_a_paragraph_is_titled_by_its_first_sentence_not_the_paragraph() {
    // No headline: the first line is the lede paragraph (trial 22: every CSV row and the
    // read-only page's heading carried the whole paragraph as the document's name).
    let lede = "Harbour officials in Kestrel Bay said on Monday that the ferry line would pay \
                a fine of 40,000 euros over late paperwork. The line's owner, Varnholt \
                Shipping, said it would appeal, and that its ferries had kept every safety rule \
                in the port for more than a decade.";
    let mut d = export::Document::analyze(DocumentInput {
        id: "d1".into(),
        text: format!("{lede}\n\nA second paragraph follows."),
        date: Some("2026-12-01".into()),
    });
    let first = "Harbour officials in Kestrel Bay said on Monday that the ferry line would pay \
                 a fine of 40,000 euros over late paperwork.";
    assert_eq!(d.title(), first);
    // The tab's cut name expands to that sentence, not to the paragraph.
    d.name = "Harbour officials in Kestrel Bay said on Monday that…".into();
    assert_eq!(d.title(), first);
    let csv = csv::entities(std::slice::from_ref(&d));
    assert!(!csv.contains("would appeal"), "{csv}");
}

#[test]
fn exports_carry_the_full_title_not_the_tabs_cut_one_and_the_apps_type_words() {
    let mut d = with_relations();
    let full = "Harbour authority fines a shipping line over the late paperwork of its ferry fleet";
    d.input.text = format!("{full}\n{}", d.input.text);
    // The tab's name: the headline cut for display, with a literal "…".
    d.name = "Harbour authority fines a shipping line over the late…".into();
    assert_eq!(d.title(), full);
    let docs = [d];
    let all = [
        csv::entities(&docs),
        csv::mentions(&docs),
        csv::events(&docs),
        csv::relations(&docs),
        export::to_jsonl_documents(&docs, &serde_json::Value::Null).unwrap(),
        html::page(&Bundle::new(docs.to_vec(), serde_json::Value::Null), "t").unwrap(),
    ];
    for out in &all {
        assert!(out.contains(full), "{out}");
    }
    // (The page's embedded data keeps the stored name, to re-open as it was.)
    for out in &all[..5] {
        assert!(!out.contains("late…"), "{out}");
    }
    assert!(all[5].contains(&format!("<h2>{full}</h2>")));
    // A name the user gave is kept as written, "…" and all.
    let mut named = docs[0].clone();
    named.name = "Notes…".into();
    assert_eq!(named.title(), "Notes…");
    // The read-only page says the app's words for types, not a second table's.
    let page = html::page(&Bundle::new(vec![sample()], serde_json::Value::Null), "t").unwrap();
    assert!(page.contains("<td>Organisation</td>"), "{page}");
    assert!(!page.contains("Organization"), "{page}");
    assert_eq!(
        Label::Org.display(),
        annalist::web::state::words::type_name(Label::Org)
    );
}

#[test]
fn a_share_link_keeps_the_oldest_corrections_that_fit_and_counts_the_rest() {
    // Corrections that do not compress away (each names a different entity).
    let mut x: u32 = 7;
    let corrections: Vec<serde_json::Value> = (0..3000)
        .map(|i| {
            let name: String = (0..12)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    char::from(b'a' + ((x >> 16) % 26) as u8)
                })
                .collect();
            serde_json::json!({"op": "rename", "entity": {"name": name, "label": "ORG"}, "name": format!("N{i}")})
        })
        .collect();
    let shared = fragment::Shared {
        text: "Ølstad Tools supplied valves.".into(),
        name: "Valves".into(),
        corrections: corrections.clone(),
        ..Default::default()
    };
    let (link, left_out) = fragment::encode_shared(&shared).unwrap();
    assert!(link.len() <= fragment::MAX_ENCODED + 5);
    assert!(left_out > 0 && left_out < 3000, "{left_out}");
    let got = fragment::decode_shared(&link).unwrap().unwrap();
    assert_eq!(got.name, "Valves");
    assert_eq!(got.corrections, corrections[..3000 - left_out]);
    // One more would not have fitted.
    let more = fragment::Shared {
        corrections: corrections[..3001 - left_out].to_vec(),
        ..shared.clone()
    };
    assert!(fragment::encode_shared(&more).unwrap().1 > 0);
    // A link without corrections or name reads as before, also as a plain document.
    let plain = fragment::Shared {
        corrections: vec![],
        name: String::new(),
        ..shared
    };
    let (link, none) = fragment::encode_shared(&plain).unwrap();
    assert_eq!(none, 0);
    assert_eq!(
        link,
        fragment::encode(&fragment::decode(&link).unwrap().unwrap()).unwrap()
    );
}

/// Trial 13: the exports said nothing of an event being planned, or being
/// ordered against its date ("after 16 April") rather than happening on it.
#[test]
fn exports_say_which_events_are_planned_or_ordered_against_a_date() {
    let mut d = sample();
    d.analysis.events[0].planned = true;
    d.analysis.events[1].timex = Some("T1".into());
    d.analysis.events[1].timex_relation = Some("AFTER".into());

    // CSV: two columns after the older ones (and the two of who states it after those).
    let out = csv::events(std::slice::from_ref(&d));
    let rows: Vec<&str> = out.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert!(
        rows[0].ends_with(",participants,sentence,planned,timex_relation,source,source_cue"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].ends_with(" on 16 April 2024.,true,,,"),
        "{}",
        rows[1]
    );
    assert!(rows[2].ends_with("\".\",false,AFTER,,"), "{}", rows[2]);
    assert!(rows[3].ends_with(",false,,,"), "{}", rows[3]);

    // A relation read from an imported file is a cell like any other: defused.
    let mut hostile = d.clone();
    hostile.analysis.events[1].timex_relation = Some("=HYPERLINK(\"http://x\")".into());
    let out = csv::events(&[hostile]);
    assert!(
        out.contains(",false,\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n"),
        "{out}"
    );

    // The SVG timeline (also in the HTML report) and TimelineJS say it in words.
    let s = svg::timeline(std::slice::from_ref(&d));
    assert!(s.contains("met Xi Jinping (planned)"), "{s}");
    assert!(s.contains("Talks resumed (after 16 Apr 2024)"), "{s}");
    let page = html::page(&Bundle::new(vec![d.clone()], serde_json::json!([])), "x").unwrap();
    assert!(page.contains("met Xi Jinping (planned)"));
    assert!(page.contains("Talks resumed (after 16 Apr 2024)"));
    let tl = timeline::timelinejs(std::slice::from_ref(&d), "x").unwrap();
    let v: serde_json::Value = serde_json::from_str(&tl).unwrap();
    assert_eq!(
        v["events"][0]["text"]["headline"],
        "met Xi Jinping (planned)"
    );
    assert_eq!(
        v["events"][1]["text"]["headline"],
        "Talks resumed (after 16 Apr 2024)"
    );
    // An event done on its date gets no note.
    let plain = timeline::timelinejs(&[sample()], "x").unwrap();
    assert!(!plain.contains('('), "{plain}");

    // JSONL (the CLI's and the app's) carries both fields.
    for line in [
        export::to_jsonl(std::slice::from_ref(&d)).unwrap(),
        export::to_jsonl_documents(std::slice::from_ref(&d), &serde_json::json!([])).unwrap(),
    ] {
        assert!(line.contains("\"planned\":true"), "{line}");
        assert!(line.contains("\"timex_relation\":\"AFTER\""), "{line}");
    }
}

/// Trial 20: a claim ("He said the company had not carried Russian cargo") was exported as a
/// fact. Every export that lists or draws events says who states it.
#[test]
fn exports_say_who_states_an_attributed_event() {
    let mut d = sample();
    d.analysis.events[0].attribution = Some(annalist::engine::model::Attribution {
        source: "Lena Varga".into(),
        entity: None,
        cue: "said".into(),
    });
    d.analysis.events[1].attribution = Some(annalist::engine::model::Attribution {
        source: "=port records".into(),
        entity: None,
        cue: "according to".into(),
    });
    let out = csv::events(std::slice::from_ref(&d));
    let rows: Vec<&str> = out.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert!(rows[1].ends_with(",false,,Lena Varga,said"), "{}", rows[1]);
    // Read from an imported file, the source is a cell like any other: defused.
    assert!(
        rows[2].ends_with(",\"'=port records\",according to"),
        "{}",
        rows[2]
    );
    let s = svg::timeline(std::slice::from_ref(&d));
    assert!(s.contains("met Xi Jinping (Lena Varga said)"), "{s}");
    let tl = timeline::timelinejs(std::slice::from_ref(&d), "x").unwrap();
    let v: serde_json::Value = serde_json::from_str(&tl).unwrap();
    assert_eq!(
        v["events"][1]["text"]["headline"],
        "Talks resumed (according to =port records)"
    );
    let line = export::to_jsonl(std::slice::from_ref(&d)).unwrap();
    assert!(
        line.contains("\"attribution\":{\"source\":\"Lena Varga\",\"cue\":\"said\"}"),
        "{line}"
    );
}
