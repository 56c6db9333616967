//! The browser layer (wasm32 only): the Yew UI, the custom element and the JS
//! API. A thin layer over the engine's serializable results; it never does
//! extraction itself.

pub mod api;
pub mod app;
pub mod components;
pub mod element;
pub mod example;
pub mod share;
pub mod state;
pub mod storage;
pub mod worker;

use wasm_bindgen::prelude::*;

/// Runs when the wasm module is initialised. Mounts the app into
/// `<div id="annalist-app">` when the page has one (the app page); pages that
/// only embed `<annalist-view>` widgets or use the JS API have none.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.get_element_by_id("annalist-app") {
        yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps::default()).render();
    }
}
