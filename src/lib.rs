//! Annalist: who, what, where and when in news text.
//!
//! - [`engine`]: the extraction pipeline, pure Rust, built and tested natively.
//! - [`export`]: JSONL, CSV, TimelineJS, SVG, read-only HTML and share links
//!   from analysed documents; pure Rust too.
//! - [`workspace`]: many documents, corrections re-applied to fresh output,
//!   cross-document entities, watchlist, versioned save format; pure Rust too.
//! - [`web`]: the Yew UI, the custom element and the JS API (wasm32 only), a
//!   thin layer over the engine's serializable results; its state model
//!   (`web::state`) is pure Rust and tested natively.

#![warn(missing_docs)]

pub mod engine;
pub mod export;
pub(crate) mod json;
pub(crate) mod sort;
pub mod workspace;

pub mod web;
