//! Benchmark of the workspace layer on 200 generated articles (about 1 MB):
//! engine analysis, corrections, cross-document merge, combined timeline,
//! save/restore/recover and watchlist matching. Prints figures; asserts nothing.
//!
//! `cargo run --profile native --example workspace_bench`

use std::time::Instant;

use annalist::engine::model::Label;
use annalist::workspace::persist::{from_json, to_json};
use annalist::workspace::{
    apply, combined_timeline, merge_documents, parse_csv, recover, Correction, Document, Edit,
    EntityKey, Workspace,
};

const PEOPLE: [&str; 6] = [
    "Olaf Scholz",
    "Antony Blinken",
    "Xi Jinping",
    "Joe Biden",
    "Annalena Baerbock",
    "Wang Yi",
];
const ORGS: [&str; 5] = [
    "Hikvision",
    "iRay Technology",
    "Wuhan Global Sensor Technology",
    "North China Research Institute of Electro-Optics",
    "the Commerce Department",
];
const PLACES: [&str; 6] = [
    "Beijing",
    "Berlin",
    "Washington",
    "Tianjin",
    "Wuhan",
    "Brussels",
];
const DAYS: [&str; 5] = [
    "Monday",
    "on 12 March",
    "last week",
    "in 2023",
    "two days later",
];

/// One generated paragraph (about 300 bytes); `i` varies who, where and when.
fn paragraph(i: usize) -> String {
    let p = PEOPLE[i % PEOPLE.len()];
    let q = PEOPLE[(i / 3 + 1) % PEOPLE.len()];
    let o = ORGS[i % ORGS.len()];
    let l = PLACES[(i / 2) % PLACES.len()];
    let d = DAYS[(i / 5) % DAYS.len()];
    format!(
        "{p} travelled to {l} {d} for talks with {q}. Officials said {o} had shipped \
         thermal camera cores and infrared sensors worth $40 million. {q} told reporters \
         that {o} would face new export checks, while {p} called the measures overdue. "
    )
}

fn main() {
    let mut ws = Workspace::new();
    for n in 0..200 {
        let text: String = (0..17).map(|k| paragraph(n * 7 + k)).collect();
        ws.add(Document {
            name: format!("Article {n}"),
            text: text.into(),
            date: Some(format!("2024-{:02}-{:02}", 1 + n % 12, 1 + n % 28)),
            ..Document::default()
        });
    }
    let bytes: usize = ws.documents.iter().map(|d| d.text.len()).sum();
    println!(
        "workspace: {} documents, {:.2} MB of text",
        ws.documents.len(),
        bytes as f64 / 1e6
    );

    let t = Instant::now();
    let raw: Vec<_> = ws
        .documents
        .iter()
        .map(|d| (d.id.clone(), annalist::engine::analyze(&d.input())))
        .collect();
    let engine = t.elapsed();
    println!(
        "engine analyse, all documents:        {:>8.1} ms",
        engine.as_secs_f64() * 1e3
    );

    let fixes = vec![
        Correction::everywhere(Edit::Rename {
            entity: EntityKey::new("Hikvision", Label::Org),
            name: "Hangzhou Hikvision".into(),
        }),
        Correction::everywhere(Edit::Merge {
            entity: EntityKey::new("Scholz", Label::Person),
            into: EntityKey::new("Olaf Scholz", Label::Person),
        }),
        Correction::everywhere(Edit::DeleteSurface {
            text: "the Commerce Department".into(),
            label: None,
        }),
        Correction::everywhere(Edit::Retype {
            entity: EntityKey::new("Wuhan", Label::Gpe),
            label: Label::Loc,
        }),
    ];
    ws.history.done = fixes.clone();
    let t = Instant::now();
    let corrected: Vec<_> = ws
        .documents
        .iter()
        .zip(&raw)
        .map(|(d, (id, a))| (id.clone(), apply(&d.text, a, &fixes)))
        .collect();
    println!(
        "apply {} corrections, all documents:   {:>8.1} ms",
        fixes.len(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let corpus = merge_documents(&corrected);
    println!(
        "merge_documents → {:>5} corpus entities: {:>8.1} ms",
        corpus.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let tl = combined_timeline(&corrected, &corpus);
    println!(
        "combined_timeline → {:>5} events:       {:>8.1} ms",
        tl.len(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let csv: String = (0..10_000)
        .map(|i| format!("\"Name {i}, Ltd\",Alias {i}|N{i},note {i}\r\n"))
        .chain(std::iter::once("Hikvision,HIK,cameras\r\n".to_string()))
        .collect();
    let t = Instant::now();
    let list = parse_csv(&csv).watchlist;
    let index = list.index();
    let hits = index.flag_corpus(&corpus);
    println!(
        "watchlist: parse 10,001 CSV rows + index + flag ({} hits): {:.1} ms",
        hits.len(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let json = to_json(&ws).expect("serialisable");
    let save = t.elapsed();
    let t = Instant::now();
    let back = from_json(&json).expect("readable");
    let load = t.elapsed();
    assert_eq!(back.documents.len(), ws.documents.len());
    println!(
        "save {:.2} MB JSON: {:.1} ms; load: {:.1} ms",
        json.len() as f64 / 1e6,
        save.as_secs_f64() * 1e3,
        load.as_secs_f64() * 1e3
    );
    let cut = &json[..json.len() / 2];
    let t = Instant::now();
    let r = recover(cut);
    println!(
        "recover a save cut in half: {} of {} documents kept in {:.1} ms",
        r.report.documents_kept,
        ws.documents.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
