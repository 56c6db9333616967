//! Share links for short texts: the document (text, date, name and the
//! sender's corrections of it) travels in the URL fragment, which browsers
//! never send to a server.
//!
//! Format: `#doc=` + base64url (no padding) of raw DEFLATE of the JSON
//! [`Shared`] `{"id","text","date","name","corrections"}` (the last two
//! optional; links made before they existed read as before). Decoding bounds
//! the inflated size, so a crafted link cannot exhaust memory.

use super::ExportError;
use crate::engine::model::DocumentInput;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// What a share link carries: the [`DocumentInput`] fields, the document's
/// name, and the sender's corrections for it, in order (`C`: the app passes
/// the workspace's `Edit`; this module only stores them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "C: Deserialize<'de>"))]
pub struct Shared<C> {
    /// Document id (may be empty).
    #[serde(default)]
    pub id: String,
    /// The text.
    pub text: String,
    /// Publication date, ISO `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "dct")]
    pub date: Option<String>,
    /// The name the sender sees on the document's tab ("" when none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The sender's corrections for this document, oldest first.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<C>,
}

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
    pack(&serde_json::to_vec(doc)?)
}

/// The fragment carrying `shared` with as many of its corrections as fit in
/// [`MAX_ENCODED`] (the oldest first: a later correction may build on an
/// earlier one), and how many were left out. [`ExportError::TooLong`] when
/// even the text alone does not fit.
pub fn encode_shared<C: Serialize>(shared: &Shared<C>) -> Result<(String, usize), ExportError> {
    let all = shared.corrections.len();
    let with = |k: usize| {
        let json = serde_json::to_vec(&Shared {
            id: shared.id.clone(),
            text: shared.text.clone(),
            date: shared.date.clone(),
            name: shared.name.clone(),
            corrections: shared.corrections.iter().take(k).collect(),
        })?;
        pack(&json)
    };
    if let Ok(f) = with(all) {
        return Ok((f, 0));
    }
    // The longest prefix that fits: binary search, `lo` always fits.
    let (mut lo, mut hi, mut best) = (0, all, with(0)?);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        match with(mid) {
            Ok(f) => (lo, best) = (mid, f),
            Err(_) => hi = mid,
        }
    }
    Ok((best, all - lo))
}

fn pack(json: &[u8]) -> Result<String, ExportError> {
    let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
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
    Ok(
        decode_shared::<serde::de::IgnoredAny>(fragment)?.map(|s| DocumentInput {
            id: s.id,
            text: s.text,
            date: s.date,
        }),
    )
}

/// All a fragment carries ([`Shared`]), read as [`decode`] reads it.
pub fn decode_shared<C: serde::de::DeserializeOwned>(
    fragment: &str,
) -> Result<Option<Shared<C>>, ExportError> {
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
    let doc: Shared<C> =
        serde_json::from_slice(&json).map_err(|e| ExportError::FragmentBadDocument {
            detail: e.to_string(),
        })?;
    Ok(Some(doc))
}
