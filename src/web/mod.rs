//! The browser layer (wasm32 only). Placeholder until the UI lands.
