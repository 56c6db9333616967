//! The browser layer: the Yew UI, the custom element and the JS API. A thin
//! layer over the engine's serializable results; it never does extraction
//! itself. Everything here is wasm32-only except the UI's state model
//! ([`state`]), the error type ([`error`]), the example article, the
//! analysis in parts ([`parts`]) and the document view's chunk heights
//! ([`heights`]), which build and are tested natively.

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod element;
pub mod error;
pub mod example;
#[cfg(target_arch = "wasm32")]
pub mod guard;
pub mod heights;
#[cfg(target_arch = "wasm32")]
pub mod jobs;
pub mod parts;
#[cfg(target_arch = "wasm32")]
pub mod share;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod worker;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// The options every analysis in the app runs with: `today` is the reader's local date, so a
/// year-less dateline ("OSLO, March 4 (Wire) -") takes the latest such day up to now (see
/// [`crate::engine::Options::today`]); the JS API's `extract` stays deterministic without it.
#[cfg(target_arch = "wasm32")]
pub fn analysis_options() -> crate::engine::Options {
    let now = js_sys::Date::new_0();
    crate::engine::Options {
        tokens: false,
        today: crate::engine::time::calendar::Ymd::new(
            i64::from(now.get_full_year()),
            now.get_month() + 1,
            now.get_date(),
        ),
    }
}

/// Runs when the wasm module is initialised. Mounts the app into
/// `<div id="annalist-app">` when the page has one (the app page); pages that
/// only embed `<annalist-view>` widgets or use the JS API have none.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.get_element_by_id("annalist-app") {
        yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps::default()).render();
    }
}
