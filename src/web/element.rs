//! `<annalist-view>`: the custom element other sites embed.
//!
//! `www/annalist.js` defines the element class (a class must be constructible
//! with `new`, which Rust closures are not) and calls [`mount_view`] with the
//! element whenever it is connected or an attribute changes. This module does
//! the rest: an open shadow root with its own stylesheet (`:host { all:
//! initial }`, so host CSS does not leak in; shadow styles do not leak out),
//! the text from `for` (an element of the host page, read as text) or `src`
//! (a same-origin .txt, .html or .json file, read as text, never rendered;
//! one that redirects to another origin is refused, and one over 20 MB is
//! read only when the reader asks),
//! and the Yew [`App`] mounted read-only and embedded.
//!
//! Attributes: `src`, `for`, `date` (YYYY-MM-DD), `types` (labels to show,
//! "PERSON ORG GPE" or "person,org"), `height` (CSS length), `theme`
//! (`light`, `dark`, `auto`), `editable` (present: the text can be edited).

use crate::engine::model::{DocumentInput, Label};
use crate::web::app::{App, AppProps};
use crate::web::error::WebError;
use crate::web::state::words::too_large;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// Reset and base look of the widget; the app's stylesheet comes after it.
/// The host page's rules for `<annalist-view>` itself win over `:host` (and
/// `* { color: red !important }` is inherited through it), so the inner root
/// resets everything again with `all: initial` and sets its own font and
/// colours from the app's variables.
const HOST_CSS: &str = r#":host { all: initial; display: block; contain: content; overflow: hidden;
  border: 1px solid var(--line, #c8c8c8); border-radius: 6px; }
:host([hidden]) { display: none; }
.annalist-embed { all: initial; display: block; box-sizing: border-box; overflow: auto; max-height: 100%;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink, #1d1f22); background: var(--bg, #ffffff); text-align: start; }
.annalist-embed-message { margin: 0; padding: 0.75em 1em; }
"#;

/// What the element class in `annalist.js` holds: the mounted app (or the
/// pending load), so it can be torn down on disconnect or re-mount.
#[wasm_bindgen]
pub struct AnnalistView {
    state: Rc<RefCell<ViewState>>,
}

enum ViewState {
    Loading,
    Mounted(yew::AppHandle<App>),
    Destroyed,
}

#[wasm_bindgen]
impl AnnalistView {
    /// Unmount the app; a load still in flight is dropped when it lands.
    pub fn destroy(&self) {
        let old = std::mem::replace(&mut *self.state.borrow_mut(), ViewState::Destroyed);
        if let ViewState::Mounted(app) = old {
            app.destroy();
        }
    }
}

/// Mount (or re-mount) the widget in `host`. `app_css` is the app's
/// stylesheet, which `annalist.js` loads once for all widgets.
#[wasm_bindgen(js_name = mountView)]
pub fn mount_view(host: HtmlElement, app_css: Option<String>) -> Result<AnnalistView, JsError> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("element has no document"))?;
    let shadow = shadow_root(&host)?;
    shadow.set_inner_html("");
    let height = host.get_attribute("height").and_then(|h| css_length(&h));
    let app_css = app_css.map(|css| themed(&css, host.get_attribute("theme").as_deref()));
    adopt_styles(&shadow, &document, app_css.as_deref(), height.as_deref())?;
    let root = document
        .create_element("div")
        .map_err(|_| JsError::new("cannot create an element"))?;
    root.set_class_name("annalist-embed");
    shadow
        .append_child(&root)
        .map_err(|_| JsError::new("cannot fill the shadow root"))?;

    let opts = Options {
        date: host.get_attribute("date").filter(|d| !d.trim().is_empty()),
        types: host.get_attribute("types").and_then(|t| parse_types(&t)),
        editable: host.has_attribute("editable"),
    };
    let state = Rc::new(RefCell::new(ViewState::Loading));
    let view = AnnalistView {
        state: state.clone(),
    };
    if let Some(id) = host.get_attribute("for") {
        match text_of_element(&document, &id) {
            Ok((text, date)) => mount(&state, &host, root, &opts, &id, text, date),
            Err(msg) => message(&root, &msg),
        }
    } else if let Some(src) = host.get_attribute("src") {
        message(&root, "Loading…");
        wasm_bindgen_futures::spawn_local(load_src(
            Rc::new(Pending {
                state,
                host,
                root,
                opts,
                src,
            }),
            false,
        ));
    } else {
        message(
            &root,
            "Nothing to show: set src=\"article.txt\" or for=\"article-id\".",
        );
    }
    Ok(view)
}

struct Options {
    date: Option<String>,
    types: Option<Vec<Label>>,
    editable: bool,
}

fn mount(
    state: &Rc<RefCell<ViewState>>,
    host: &HtmlElement,
    root: Element,
    opts: &Options,
    name: &str,
    text: String,
    found_date: Option<String>,
) {
    root.set_inner_html("");
    let props = AppProps {
        initial: Some(vec![DocumentInput {
            id: name.to_string(),
            text,
            date: opts.date.clone().or(found_date),
        }]),
        read_only: !opts.editable,
        embedded: true,
        types: opts.types.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    *state.borrow_mut() = ViewState::Mounted(app);
    // Lets the host page (and tests) know the widget is showing its document.
    if let Ok(ev) = web_sys::Event::new("annalist-ready") {
        let _ = host.dispatch_event(&ev);
    }
}

fn message(root: &Element, text: &str) {
    root.set_inner_html("");
    if let Some(doc) = root.owner_document() {
        if let Ok(p) = doc.create_element("p") {
            p.set_class_name("annalist-embed-message");
            p.set_text_content(Some(text));
            let _ = root.append_child(&p);
        }
    }
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsError> {
    if let Some(s) = host.shadow_root() {
        return Ok(s);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| JsError::new("this element cannot have a shadow root"))
}

/// One constructed stylesheet per widget: not subject to the host page's
/// `style-src` (a `<style>` element would need 'unsafe-inline' there).
fn adopt_styles(
    shadow: &ShadowRoot,
    document: &Document,
    app_css: Option<&str>,
    height: Option<&str>,
) -> Result<(), JsError> {
    let mut css = String::from(HOST_CSS);
    // rem would follow the host page's root font size: pixels instead.
    css.push_str(&crate::web::state::escape::rem_to_px(app_css.unwrap_or("")));
    if let Some(h) = height {
        css.push_str(&format!(
            "\n:host {{ height: {h}; }} .annalist-embed {{ height: 100%; }}\n"
        ));
    }
    match web_sys::CssStyleSheet::new() {
        Ok(sheet) => {
            sheet
                .replace_sync(&css)
                .map_err(|_| JsError::new("stylesheet rejected"))?;
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
        // Older engines: a <style> element.
        Err(_) => {
            let style = document
                .create_element("style")
                .map_err(|_| JsError::new("cannot create <style>"))?;
            style.set_text_content(Some(&css));
            let _ = shadow.append_child(&style);
        }
    }
    Ok(())
}

/// The app's stylesheet with its colour-scheme media queries forced to the
/// `theme` attribute: "dark" makes `(prefers-color-scheme: dark)` blocks
/// always apply and light ones never; "light" the reverse; anything else
/// ("auto", absent) follows the reader's system setting.
fn themed(css: &str, theme: Option<&str>) -> String {
    const ALWAYS: &str = "(min-width: 0px)";
    const NEVER: &str = "(max-width: -1px)";
    let (dark, light) = match theme.map(str::trim) {
        Some("dark") => (ALWAYS, NEVER),
        Some("light") => (NEVER, ALWAYS),
        _ => return css.to_string(),
    };
    css.replace("(prefers-color-scheme: dark)", dark)
        .replace("(prefers-color-scheme:dark)", dark)
        .replace("(prefers-color-scheme: light)", light)
        .replace("(prefers-color-scheme:light)", light)
}

/// A CSS length from the `height` attribute: "400" (pixels), "400px", "30em",
/// "60vh", "50%". Anything else is ignored, so no CSS can be injected.
fn css_length(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (num, unit) = s.split_at(digits);
    // A number: digits and at most one point (what `f64` reads of these characters; not
    // parsed as one, so the wasm needs no float parser for it).
    let points = num.bytes().filter(|&b| b == b'.').count();
    if !num.bytes().any(|b| b.is_ascii_digit()) || points > 1 || num.len() > 8 {
        return None;
    }
    match unit {
        "" => Some(format!("{num}px")),
        "px" | "em" | "rem" | "vh" | "%" => Some(format!("{num}{unit}")),
        _ => None,
    }
}

/// `types="PERSON ORG"` or `"person, org, gpe"`; `None` when nothing valid.
fn parse_types(s: &str) -> Option<Vec<Label>> {
    let labels: Vec<Label> = s
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .filter_map(|t| Label::parse(&t.to_ascii_uppercase().replace('-', "_")))
        .collect();
    (!labels.is_empty()).then_some(labels)
}

/// The visible text of the host page's element `id` (never its HTML), and a
/// date from a `<time datetime>` inside it, if any.
fn text_of_element(document: &Document, id: &str) -> Result<(String, Option<String>), String> {
    let el = document
        .get_element_by_id(id)
        .ok_or_else(|| format!("No element with id \"{id}\" on this page."))?;
    let text = match el.dyn_ref::<HtmlElement>() {
        Some(h) => h.inner_text(),
        None => el.text_content().unwrap_or_default(),
    };
    Ok((text, time_datetime(&el)))
}

fn time_datetime(el: &Element) -> Option<String> {
    el.query_selector("time[datetime]")
        .ok()
        .flatten()
        .and_then(|t| t.get_attribute("datetime"))
        .map(|d| d.chars().take(10).collect())
}

/// A `src` widget waiting for its document.
struct Pending {
    state: Rc<RefCell<ViewState>>,
    host: HtmlElement,
    root: Element,
    opts: Options,
    src: String,
}

/// Fetch, read and mount `p.src`; over the size limit (unless `anyway`),
/// ask first (issue 16.5). The analysis of a long text runs in the worker.
async fn load_src(p: Rc<Pending>, anyway: bool) {
    match fetch_text(&p.src, anyway).await {
        Ok((text, date)) => {
            if matches!(*p.state.borrow(), ViewState::Loading) {
                mount(
                    &p.state,
                    &p.host,
                    p.root.clone(),
                    &p.opts,
                    &p.src,
                    text,
                    date,
                );
            }
        }
        Err(e @ WebError::TooLarge { .. }) => {
            message(&p.root, &e.to_string());
            let button = p
                .root
                .owner_document()
                .and_then(|d| d.create_element("button").ok());
            if let (Some(b), Some(at)) = (button, p.root.first_element_child()) {
                b.set_text_content(Some("Analyse anyway"));
                let p = p.clone();
                let go = Closure::once_into_js(move || {
                    wasm_bindgen_futures::spawn_local(load_src(p, true))
                });
                let _ = b.add_event_listener_with_callback("click", go.unchecked_ref());
                let _ = at.append_child(&b);
            }
        }
        Err(e) => message(&p.root, &e.to_string()),
    }
}

/// Fetch `src` (same origin only, also after redirects: one to another
/// origin is refused even when that origin allows it) and read it as text:
/// .json as `{ "text", "date"? }`, .html through DOMParser (scripts and
/// styles removed, nothing rendered or run), anything else as plain text.
/// Over the size limit the body is not read, unless `anyway`.
async fn fetch_text(src: &str, anyway: bool) -> Result<(String, Option<String>), WebError> {
    let fail = |reason: &str| WebError::Src {
        src: src.to_string(),
        reason: reason.to_string(),
    };
    let window = web_sys::window().ok_or(fail("no window"))?;
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| fail("not a URL"))?;
    let origin = window.location().origin().unwrap_or_default();
    if url.origin() != origin {
        return Err(fail("src must be on the same site as the page"));
    }
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(&url.href()))
        .await
        .map_err(|_| fail("network error"))?
        .dyn_into()
        .map_err(|_| fail("not a response"))?;
    let landed = web_sys::Url::new(&resp.url()).map_err(|_| fail("not a URL"))?;
    if landed.origin() != origin {
        return Err(fail(&format!(
            "it redirects to {}, another site: src must stay on the page's own site",
            landed.origin()
        )));
    }
    if !resp.ok() {
        return Err(fail(&format!("HTTP {}", resp.status())));
    }
    let header = |k: &str| resp.headers().get(k).ok().flatten().unwrap_or_default();
    // Read digit by digit (no f64 parser in the wasm for it; see `escape::decimal`).
    let size = crate::web::state::escape::decimal(header("content-length").trim()).unwrap_or(0.0);
    if let Some(message) = too_large(src, size).filter(|_| !anyway) {
        return Err(WebError::TooLarge { message });
    }
    let kind = header("content-type").to_ascii_lowercase();
    let body = JsFuture::from(resp.text().map_err(|_| fail("unreadable body"))?)
        .await
        .map_err(|_| fail("unreadable body"))?
        .as_string()
        .unwrap_or_default();
    let path = landed.pathname().to_ascii_lowercase();
    if kind.contains("json") || path.ends_with(".json") {
        // Field by field: a wrong document names the field (`json::Object`).
        let bad = |e: crate::json::ObjectError| fail(&format!("bad JSON document: {e}"));
        let mut doc = crate::json::Object::parse(&body).map_err(bad)?;
        let text = doc.required("text").map_err(bad)?;
        Ok((text, doc.string(&["date", "dct"]).map_err(bad)?))
    } else if kind.contains("html") || path.ends_with(".html") || path.ends_with(".htm") {
        html_text(&body).map_err(|e| fail(&e))
    } else {
        Ok((body, None))
    }
}

/// The text of an HTML document, parsed inertly (DOMParser runs no script and
/// loads nothing), with line breaks after block elements so sentences and
/// paragraphs stay apart.
fn html_text(html: &str) -> Result<(String, Option<String>), String> {
    let parser = web_sys::DomParser::new().map_err(|_| "no DOMParser".to_string())?;
    let doc = parser
        // Handler attributes renamed first: parsed, each one is a CSP report (markup).
        .parse_from_string(
            &crate::web::state::markup::inert(html),
            web_sys::SupportedType::TextHtml,
        )
        .map_err(|_| "unparsable HTML".to_string())?;
    // Read before <head> goes.
    let date: Option<String> = doc
        .query_selector("meta[property='article:published_time']")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .map(|d| d.chars().take(10).collect());
    if let Ok(junk) = doc.query_selector_all("script, style, noscript, template, head") {
        for i in 0..junk.length() {
            if let Some(n) = junk.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                n.remove();
            }
        }
    }
    if let Ok(blocks) =
        doc.query_selector_all("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, br, div")
    {
        for i in 0..blocks.length() {
            if let Some(el) = blocks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.append_with_str_1("\n\n");
            }
        }
    }
    let body = doc.body().ok_or("no body")?;
    let date = date.or_else(|| time_datetime(&body));
    Ok((body.text_content().unwrap_or_default(), date))
}
