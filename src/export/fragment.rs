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
use serde::Serialize;
use serde_json::Value;

/// What a share link carries: the [`DocumentInput`] fields, the document's
/// name, and the sender's corrections for it, in order (JSON values: the
/// workspace's `Correction`s, opaque here; reading them is the workspace's job).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Shared {
    /// Document id (may be empty).
    pub id: String,
    /// The text.
    pub text: String,
    /// Publication date, ISO `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The name the sender sees on the document's tab ("" when none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The sender's corrections for this document, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Value>,
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
pub fn encode_shared(shared: &Shared) -> Result<(String, usize), ExportError> {
    let all = shared.corrections.len();
    let with = |k: usize| {
        let json = serde_json::to_vec(&Shared {
            id: shared.id.clone(),
            text: shared.text.clone(),
            date: shared.date.clone(),
            name: shared.name.clone(),
            corrections: shared.corrections.get(..k).unwrap_or_default().to_vec(),
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
    Ok(decode_shared(fragment)?.map(|s| DocumentInput {
        id: s.id,
        text: s.text,
        date: s.date,
    }))
}

/// All a fragment carries ([`Shared`]), read as [`decode`] reads it (through
/// a JSON value: the wasm already holds that reader, and no other).
pub fn decode_shared(fragment: &str) -> Result<Option<Shared>, ExportError> {
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
    let bad = |detail: String| ExportError::FragmentBadDocument { detail };
    let json = String::from_utf8(json).map_err(|e| bad(e.to_string()))?;
    let mut v = serde_json::from_str::<Value>(&json).map_err(|e| bad(e.to_string()))?;
    let mut string = |key: &str| match v.get_mut(key).map(Value::take) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(bad(format!("`{key}` is not a string"))),
    };
    let text = string("text")?.ok_or_else(|| bad("missing field `text`".into()))?;
    let (id, date, name) = (string("id")?, string("date")?, string("name")?);
    let date = date.or(string("dct")?);
    let corrections = match v.get_mut("corrections").map(Value::take) {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    };
    Ok(Some(Shared {
        id: id.unwrap_or_default(),
        text,
        date,
        name: name.unwrap_or_default(),
        corrections,
    }))
}
