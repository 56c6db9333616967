//! Sharing from the browser: the read-only HTML file, share links, and the
//! downloads of every export. The formats themselves are pure Rust in
//! [`crate::export`]; this module only adds what needs the browser (the
//! page's URL, Blob downloads).
//!
//! Input: the UI's [`State`] (or plain [`Document`]s) and its corrections.
//! Output: files handed to the browser's download, and a URL whose fragment
//! carries the text (a fragment is never sent to any server).

use crate::export::{self, csv, fragment, html, svg, timeline, Bundle, Document, ExportError};
use crate::web::error::WebError;
use crate::web::state::State;
use serde::Serialize;
use wasm_bindgen::JsCast;

fn browser(e: wasm_bindgen::JsValue) -> WebError {
    let msg = match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    };
    WebError::browser(msg)
}

/// The documents of the workspace that have an analysis of their current
/// text, ready for the exports (stale analyses are left out: their offsets
/// would not match the text).
pub fn documents(state: &State) -> Vec<Document> {
    state
        .documents()
        .filter(|d| !d.is_stale())
        .filter_map(|d| {
            let a = d.analysed()?;
            let mut input = d.input();
            input.text = a.text.to_string();
            let mut analysis = (*a.analysis).clone();
            if analysis.id.is_empty() {
                analysis.id = d.id.clone();
            }
            // A name the app gave is the text's title, shorter than the
            // exports' (trial 21: a dateline paragraph was the whole title).
            let name = match d.live.auto_name {
                true => crate::web::state::export_title(&input.text),
                false => None,
            };
            Some(Document {
                input,
                analysis,
                name: name.unwrap_or_else(|| d.name.clone()),
            })
        })
        .collect()
}

/// Every export the UI offers, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One line of the JSONL contract per document.
    Jsonl,
    /// Merged entities as CSV, one row per entity.
    EntitiesCsv,
    /// Mentions as CSV with code point offsets.
    MentionsCsv,
    /// Dated events as CSV.
    EventsCsv,
    /// Relations as a CSV edge list (spreadsheets, Gephi).
    RelationsCsv,
    /// TimelineJS JSON.
    TimelineJs,
    /// The timeline drawing as SVG.
    Svg,
    /// The read-only HTML file with the data embedded.
    Html,
}

impl Format {
    /// Every format, in the order of the share menu.
    pub const ALL: [Format; 8] = [
        Format::Html,
        Format::Jsonl,
        Format::EntitiesCsv,
        Format::MentionsCsv,
        Format::EventsCsv,
        Format::RelationsCsv,
        Format::TimelineJs,
        Format::Svg,
    ];

    /// Menu text.
    pub fn label(self) -> &'static str {
        match self {
            Format::Html => "Read-only page (.html)",
            Format::Jsonl => "JSON lines, as the CLI, with the texts (.jsonl)",
            Format::EntitiesCsv => "Entities (.csv)",
            Format::MentionsCsv => "Mentions (.csv)",
            Format::EventsCsv => "Events (.csv)",
            Format::RelationsCsv => "Relations, edge list (.csv)",
            Format::TimelineJs => "TimelineJS (.json)",
            Format::Svg => "Timeline (.svg)",
        }
    }

    fn file(self) -> (&'static str, &'static str) {
        match self {
            // Not "annalist.html": that is the single-file app (UI trial 41).
            Format::Html => ("annalist-page.html", "text/html"),
            Format::Jsonl => ("annalist.jsonl", "application/x-ndjson"),
            Format::EntitiesCsv => ("annalist-entities.csv", "text/csv"),
            Format::MentionsCsv => ("annalist-mentions.csv", "text/csv"),
            Format::EventsCsv => ("annalist-events.csv", "text/csv"),
            Format::RelationsCsv => ("annalist-relations.csv", "text/csv"),
            Format::TimelineJs => ("annalist-timelinejs.json", "application/json"),
            Format::Svg => ("annalist-timeline.svg", "image/svg+xml"),
        }
    }
}

/// The file content of `format` for `docs` (`corrections` go into the HTML
/// and JSONL files only).
pub fn render(
    format: Format,
    docs: &[Document],
    corrections: &impl Serialize,
    title: &str,
) -> Result<String, ExportError> {
    let c = match format {
        Format::Html | Format::Jsonl => {
            serde_json::to_value(corrections).map_err(ExportError::from)?
        }
        _ => serde_json::Value::Null,
    };
    Ok(match format {
        Format::Html => html::page(&Bundle::new(docs.to_vec(), c), title)?,
        Format::Jsonl => export::to_jsonl_documents(docs, &c)?,
        Format::EntitiesCsv => csv::entities(docs),
        Format::MentionsCsv => csv::mentions(docs),
        Format::EventsCsv => csv::events(docs),
        Format::RelationsCsv => csv::relations(docs),
        Format::TimelineJs => timeline::timelinejs(docs, title)?,
        Format::Svg => svg::timeline(docs),
    })
}

/// Render `format` and hand it to the browser as a download.
pub fn download_export(
    format: Format,
    docs: &[Document],
    corrections: &impl Serialize,
    title: &str,
) -> Result<(), WebError> {
    let body = render(format, docs, corrections, title)?;
    let (name, mime) = format.file();
    download(name, mime, &body)
}

/// Save `content` as a file through a Blob URL and a temporary `<a download>`.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), WebError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(browser)?;
    download_blob(filename, &blob)
}

/// Save `blob` as a file.
pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), WebError> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(browser)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| WebError::browser("no document"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(browser)?
        .dyn_into()
        .map_err(|_| WebError::browser("not an anchor"))?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // The click has started the download; the URL can go on the next turn.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The timeline of `docs` as a PNG: the SVG export drawn on a canvas at
/// `scale` (2 gives crisp text on high-density screens).
pub async fn timeline_png(docs: &[Document], scale: f64) -> Result<web_sys::Blob, WebError> {
    use wasm_bindgen_futures::JsFuture;
    let svg_text = svg::timeline(docs);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| WebError::browser("no document"))?;
    // A data: URL, not a blob: one: pages allow data: images more often
    // (the embedding page's CSP decides here), and it does not taint the canvas.
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg_text))
    );
    let img = web_sys::HtmlImageElement::new().map_err(browser)?;
    img.set_src(&url);
    JsFuture::from(img.decode()).await.map_err(browser)?;
    let (w, h) = (
        f64::from(img.natural_width()),
        f64::from(img.natural_height()),
    );
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(browser)?
        .dyn_into()
        .map_err(|_| WebError::browser("not a canvas"))?;
    // Saturating float-to-int casts: a huge timeline gives a large, not a broken, canvas.
    canvas.set_width((w * scale).ceil() as u32);
    canvas.set_height((h * scale).ceil() as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(browser)?
        .ok_or_else(|| WebError::browser("no 2d context"))?
        .dyn_into()
        .map_err(|_| WebError::browser("not a 2d context"))?;
    ctx.scale(scale, scale).map_err(browser)?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w, h)
        .map_err(browser)?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(e) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &e);
        }
    });
    let png = JsFuture::from(promise).await.map_err(browser)?;
    png.dyn_into::<web_sys::Blob>()
        .map_err(|_| WebError::browser("the canvas gave no image"))
}

/// A link to this page whose fragment carries `doc` (short texts only:
/// [`ExportError::TooLong`] otherwise), and how many of its corrections did
/// not fit.
pub fn share_url(doc: &fragment::Shared) -> Result<(String, usize), WebError> {
    let (frag, left_out) = fragment::encode_shared(doc)?;
    let location = web_sys::window()
        .ok_or_else(|| WebError::browser("no window"))?
        .location();
    let href = location.href().map_err(browser)?;
    let base = href.split('#').next().unwrap_or(&href);
    Ok((format!("{base}{frag}"), left_out))
}

/// The document carried by this page's URL fragment, if any.
pub fn document_from_location() -> Option<Result<fragment::Shared, ExportError>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    fragment::decode_shared(&hash).transpose()
}

/// The bundle inside a file written by the HTML export (to reopen it).
pub fn read_export(page: &str) -> Result<Bundle, ExportError> {
    html::read(page)
}

/// Drop the fragment from the address bar (without a new history entry), so
/// a reload does not open the shared text a second time.
fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(search)) = (loc.pathname(), loc.search()) else {
        return;
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Props of [`ShareMenu`].
#[derive(yew::Properties)]
pub struct ShareMenuProps {
    /// The app's state (documents, analyses, selection).
    pub state: yew::UseReducerHandle<State>,
    /// The user's corrections, written into the read-only HTML file.
    #[prop_or_default]
    pub corrections: serde_json::Value,
}

impl PartialEq for ShareMenuProps {
    /// The same state object (the reducer hands out a new one on every
    /// change), not equal contents: comparing two states deeply compares every
    /// document's text and analysis, which took most of each render while a
    /// 350-document workspace was analysed (issue 17.3).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(&*self.state, &*other.state) && self.corrections == other.corrections
    }
}

/// "Export & share": a download button per [`Format`], and a share link for
/// the selected document. On mount it also opens a text shared by link
/// (`#doc=` in this page's URL) as a new document.
///
/// The App mounts it with `<crate::web::share::ShareMenu state={state.clone()} />`.
#[yew::function_component(ShareMenu)]
pub fn share_menu(props: &ShareMenuProps) -> yew::Html {
    use crate::web::state::{shared, Action, WorkspaceAction};
    use yew::prelude::*;

    let status = use_state(String::new);
    // A bad `#doc=` link is said in the page, not inside the closed menu.
    let link_error = use_state(String::new);
    let link = use_state(|| None::<String>);
    {
        let state = props.state.clone();
        let status = link_error.clone();
        use_effect_with((), move |_| match document_from_location() {
            Some(Ok(doc)) => {
                // Its name and corrections too: what the sender saw (trial 9).
                let w = shared::from_share(doc);
                state.dispatch(Action::Workspace(WorkspaceAction::Import(w)));
                clear_fragment();
            }
            Some(Err(e)) => status.set(format!("This link's text could not be opened: {e}")),
            None => {}
        });
    }
    let buttons = Format::ALL.map(|format| {
        let state = props.state.clone();
        let corrections = props.corrections.clone();
        let status = status.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let docs = documents(&state);
            if docs.is_empty() {
                status.set("Nothing to export yet: the analysis is still running.".into());
                return;
            }
            match download_export(format, &docs, &corrections, "Annalist") {
                Ok(()) => status.set(String::new()),
                Err(e) => status.set(format!("Export failed: {e}")),
            }
        });
        html! { <button type="button" {onclick}>{format.label()}</button> }
    });
    let on_png = {
        let state = props.state.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let docs = documents(&state);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = match timeline_png(&docs, 2.0).await {
                    Ok(png) => download_blob("annalist-timeline.png", &png),
                    Err(e) => Err(e),
                };
                if let Err(e) = done {
                    status.set(format!("Export failed: {e}"));
                }
            });
        })
    };
    let on_link = {
        let state = props.state.clone();
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let selected = state.selected().or_else(|| state.documents().next());
            let Some(d) = selected else {
                status.set("No document to share.".into());
                return;
            };
            let Some(doc) = shared::to_share(&state, &d.saved.id) else {
                return;
            };
            let all = doc.corrections.len();
            match share_url(&doc) {
                Ok((url, left_out)) => {
                    // A file:// link is warned about beside the link itself
                    // (`LOCAL_LINK`), which stays when "Link copied." replaces this.
                    let mut said = if url.starts_with("file:") {
                        String::new()
                    } else {
                        "Anyone with this link sees the text, its title and your corrections; \
                         it is never sent to a server."
                            .to_string()
                    };
                    link.set(Some(url));
                    if left_out > 0 {
                        let of = match (left_out, all) {
                            (_, 1) => "Your correction is".to_string(),
                            (1, _) => format!("1 of your {all} corrections is"),
                            _ => format!("{left_out} of your {all} corrections are"),
                        };
                        said += &format!(
                            " {of} left out: with them the link would be too long (export the \
                             workspace to share them all)."
                        );
                    }
                    status.set(said.trim_start().to_string());
                }
                Err(e) => {
                    link.set(None);
                    status.set(e.to_string());
                }
            }
        })
    };
    let on_copy = {
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(url) = (*link).clone() else {
                return;
            };
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match copy_text(&url) {
                    Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                    None => false,
                };
                status.set(if copied {
                    "Link copied.".into()
                } else {
                    "Could not copy: select the link and copy it by hand.".into()
                });
            });
        })
    };
    let dismiss = {
        let link_error = link_error.clone();
        Callback::from(move |_: MouseEvent| link_error.set(String::new()))
    };
    html! {
        <>
        if !link_error.is_empty() {
            <div class="ws-notice error share-error" role="alert">
                <strong>{(*link_error).clone()}</strong>
                <button type="button" aria-label="Dismiss" onclick={dismiss}>{"×"}</button>
            </div>
        }
        <details class="share-menu">
            <summary>{"Export & share"}</summary>
            <div class="share-formats" role="group" aria-label="Download">
                { for buttons }
                <button type="button" onclick={on_png}>{"Timeline (.png)"}</button>
            </div>
            <button type="button" class="share-link-button" onclick={on_link}>{"Link to this text"}</button>
            if let Some(url) = &*link {
                <div class="share-link-row">
                    <input class="share-link" type="url" readonly=true value={url.clone()} aria-label="Share link" />
                    <button type="button" onclick={on_copy}>{"Copy"}</button>
                </div>
                if url.starts_with("file:") {
                    <p class="share-warning" role="alert">{LOCAL_LINK}</p>
                }
            }
            <p class="share-status" role="status">{(*status).clone()}</p>
        </details>
        </>
    }
}

/// What the share menu says under a link made from the offline file (trial 21: after
/// "Copy" the page said only "Link copied."): it opens only on this computer.
const LOCAL_LINK: &str = "This link works only on this computer: it points to a file on \
     this computer (file://), which nobody else can open. To share with others, download the \
     read-only HTML file above and send it, or host the app.";

/// `navigator.clipboard.writeText(text)`, when the browser offers it here
/// (secure contexts only).
fn copy_text(text: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let nav = js_sys::Reflect::get(&window, &"navigator".into()).ok()?;
    let clip = js_sys::Reflect::get(&nav, &"clipboard".into()).ok()?;
    let write: js_sys::Function = js_sys::Reflect::get(&clip, &"writeText".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clip, &text.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
