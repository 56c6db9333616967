//! Annalist: who, what, where and when in news text.
//!
//! - [`engine`]: the extraction pipeline, pure Rust, built and tested natively.
//! - [`export`]: JSONL, CSV, TimelineJS, SVG, read-only HTML and share links
//!   from analysed documents; pure Rust too.
//! - [`workspace`]: many documents, corrections re-applied to fresh output,
//!   cross-document entities, watchlist, versioned save format; pure Rust too.
//! - `web` (wasm32 only): the Yew UI, the custom element and the JS API, a thin
//!   layer over the engine's serializable results.

pub mod engine;
pub mod export;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod web;
