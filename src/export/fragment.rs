//! Share links for short texts: the document (text and date) travels in the
//! URL fragment, which browsers never send to a server.
//!
//! Format: `#doc=` + base64url (no padding) of raw DEFLATE of the JSON
//! `{"id","text","date"}`. Decoding bounds the inflated size, so a crafted
//! link cannot exhaust memory.

use super::ExportError;
use crate::engine::model::DocumentInput;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Key of the fragment parameter.
pub const KEY: &str = "doc=";
/// Longest encoded payload we produce or accept (characters). Links this long
/// still work in every current browser and chat tool we know of.
pub const MAX_ENCODED: usize = 32 * 1024;
/// Largest inflated JSON accepted.
pub const MAX_INFLATED: usize = 1024 * 1024;

/// The fragment (with its `#`) carrying `doc`; [`ExportError::TooLong`] when
/// the text is too long to share this way (export a file instead).
pub fn encode(doc: &DocumentInput) -> Result<String, ExportError> {
    let json = serde_json::to_vec(doc)?;
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let b64 = URL_SAFE_NO_PAD.encode(packed);
    if b64.len() > MAX_ENCODED {
        return Err(ExportError::TooLong {
            length: b64.len(),
            limit: MAX_ENCODED,
        });
    }
    Ok(format!("#{KEY}{b64}"))
}

/// The document carried by a fragment (`#doc=...`, with or without `#`; other
/// `&`-separated parameters are ignored). `Ok(None)` when there is none.
pub fn decode(fragment: &str) -> Result<Option<DocumentInput>, ExportError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(payload) = f.split('&').find_map(|p| p.strip_prefix(KEY)) else {
        return Ok(None);
    };
    if payload.len() > MAX_ENCODED {
        return Err(ExportError::TooLong {
            length: payload.len(),
            limit: MAX_ENCODED,
        });
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| ExportError::FragmentNotBase64)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|_| ExportError::FragmentCorrupt)?;
    let doc: DocumentInput =
        serde_json::from_slice(&json).map_err(|e| ExportError::FragmentBadDocument {
            detail: e.to_string(),
        })?;
    Ok(Some(doc))
}
