//! The JS API: what `import init, { extract } from "./annalist.js"` exposes.
//!
//! Input: plain JS values (strings, `{ date, id }` options, arrays of
//! `{ input, analysis }` documents). Output: the same JSON the CLI writes,
//! as JS objects, or strings for the file exports. Objects cross the boundary
//! as JSON text (`serde_json` on our side, `JSON.parse` on theirs) so the
//! result is byte-for-byte the CLI's contract (`f32` salience included, which
//! a direct conversion would widen to `0.30000001192092896`).
//!
//! Errors are thrown as JS `Error`s carrying the typed error's message.

use crate::engine::{self, model::DocumentInput};
use crate::export::{self, csv, fragment, html, svg, timeline, Bundle, Document};
use crate::web::parts;
use js_sys::Reflect;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Options of [`extract`]: `{ date?: "YYYY-MM-DD", id?: string }`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ExtractOptions {
    date: Option<String>,
    id: String,
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

fn to_js(value: &impl serde::Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(js_err)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("JSON.parse failed"))
}

/// `value` as a `T`, through its `JSON.stringify` text, read as a `serde_json::Value` first
/// ([`crate::json::from_str`], as the worker's parts: no string-parser readers of the
/// analysis' structs in the wasm). An error of shape names no column of that text.
fn from_js<T: serde::de::DeserializeOwned>(value: &JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return crate::json::from_str("null").map_err(|e| JsError::new(&format!("{what}: {e}")));
    }
    let json: String = js_sys::JSON::stringify(value)
        .map_err(|_| JsError::new(&format!("{what}: not serialisable")))?
        .into();
    crate::json::from_str(&json).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// Analyse `text` and return the CLI's JSON (an `Analysis`).
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn extract(
    // Owned: the text is copied into the wasm memory once and moved into the input, not
    // copied a second time (issue 16.6).
    text: String,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let opts: Option<ExtractOptions> = from_js(&options, "options")?;
    let opts = opts.unwrap_or_default();
    // The reader's today dates a year-less dateline, as in the app; a caller wanting the
    // same result every day passes `date`.
    let mut analysis = engine::analyze_with(
        &DocumentInput {
            id: opts.id,
            text,
            date: opts.date.filter(|d| !d.is_empty()),
        },
        crate::web::analysis_options(),
    );
    // Handed over in parts (`parts::split`), each read by `JSON.parse` as it is written and
    // its items appended to the head's lists, so one part's JSON is in the wasm memory at a
    // time: the whole analysis' JSON, doubling while the analysis was alive, was the linear
    // memory's high-water mark (4 MiB of text: 51.2 MB, 34.4 without it; issue 16.6).
    let mut head = JsValue::UNDEFINED;
    let mut result = Ok(());
    parts::split(&mut analysis, &mut |key, json| {
        if result.is_ok() {
            result = add_part(&mut head, key, &json);
        }
    });
    result.map_err(|_| JsError::new("JSON.parse failed"))?;
    Ok(head)
}

/// Adds one part of [`parts::split`] to `head`, the JS object its first part read as.
fn add_part(head: &mut JsValue, key: &str, json: &str) -> Result<(), JsValue> {
    let part = js_sys::JSON::parse(json)?;
    if key.is_empty() {
        *head = part;
        return Ok(());
    }
    let key = JsValue::from_str(key);
    let list = Reflect::get(head, &key)?;
    let push: js_sys::Function = Reflect::get(&list, &JsValue::from_str("push"))?.unchecked_into();
    Reflect::apply(&push, &list, &Reflect::get(&part, &key)?.unchecked_into())?;
    Ok(())
}

fn documents(docs: &JsValue) -> Result<Vec<Document>, JsError> {
    let docs: Option<Vec<Document>> = from_js(docs, "documents")?;
    Ok(docs.unwrap_or_default())
}

/// The CLI's JSONL: one analysis a line.
#[wasm_bindgen(js_name = exportJsonl)]
pub fn export_jsonl(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
) -> Result<String, JsError> {
    export::to_jsonl(&documents(&docs)?).map_err(js_err)
}

/// CSV of `"entities"`, `"mentions"`, `"events"` or `"relations"` (an edge list).
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "\"entities\" | \"mentions\" | \"events\" | \"relations\""
    )]
    kind: &str,
) -> Result<String, JsError> {
    let docs = documents(&docs)?;
    match kind {
        "entities" => Ok(csv::entities(&docs)),
        "mentions" => Ok(csv::mentions(&docs)),
        "events" => Ok(csv::events(&docs)),
        "relations" => Ok(csv::relations(&docs)),
        other => Err(JsError::new(&format!(
            "unknown CSV kind {other:?} (entities, mentions, events, relations)"
        ))),
    }
}

/// TimelineJS 3 JSON of the dated events.
#[wasm_bindgen(js_name = exportTimelineJs)]
pub fn export_timelinejs(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
    title: &str,
) -> Result<String, JsError> {
    timeline::timelinejs(&documents(&docs)?, title).map_err(js_err)
}

/// The timeline as a standalone SVG.
#[wasm_bindgen(js_name = exportSvg)]
pub fn export_svg(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
) -> Result<String, JsError> {
    Ok(svg::timeline(&documents(&docs)?))
}

/// The timeline as a PNG image (the SVG drawn on a canvas at twice its size).
#[wasm_bindgen(js_name = exportPng)]
pub async fn export_png(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
) -> Result<web_sys::Blob, JsError> {
    crate::web::share::timeline_png(&documents(&docs)?, 2.0)
        .await
        .map_err(js_err)
}

/// One read-only HTML file holding the documents, analyses and corrections.
#[wasm_bindgen(js_name = exportHtml)]
pub fn export_html(
    #[wasm_bindgen(unchecked_param_type = "AnnalistDocument[]")] docs: JsValue,
    title: &str,
    #[wasm_bindgen(unchecked_param_type = "unknown")] corrections: JsValue,
) -> Result<String, JsError> {
    let corrections: serde_json::Value = from_js(&corrections, "corrections")?;
    html::page(&Bundle::new(documents(&docs)?, corrections), title).map_err(js_err)
}

/// The bundle inside a page written by [`export_html`].
#[wasm_bindgen(js_name = readHtmlExport, unchecked_return_type = "AnnalistBundle")]
pub fn read_html_export(page: &str) -> Result<JsValue, JsError> {
    to_js(&html::read(page).map_err(js_err)?)
}

/// `#doc=...`: a URL fragment carrying the compressed text and date.
#[wasm_bindgen(js_name = shareFragment)]
pub fn share_fragment(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let opts: Option<ExtractOptions> = from_js(&options, "options")?;
    let opts = opts.unwrap_or_default();
    fragment::encode(&DocumentInput {
        id: opts.id,
        text: text.to_string(),
        date: opts.date.filter(|d| !d.is_empty()),
    })
    .map_err(js_err)
}

/// The document in a share-link fragment, or `null` when it carries none.
#[wasm_bindgen(js_name = readShareFragment, unchecked_return_type = "DocumentInput | null")]
pub fn read_share_fragment(fragment: &str) -> Result<JsValue, JsError> {
    match fragment::decode(fragment).map_err(js_err)? {
        Some(doc) => to_js(&doc),
        None => Ok(JsValue::NULL),
    }
}
