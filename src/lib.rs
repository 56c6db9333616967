//! Annalist: who, what, where and when in news text.
//!
//! - [`engine`]: the extraction pipeline, pure Rust, built and tested natively.
//! - `web` (wasm32 only): the Yew UI, the custom element and the JS API, a thin
//!   layer over the engine's serializable results.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;
