//! [`WebError`]: the one error type of the browser layer (issue 15), with
//! named fields and typed causes. Exports, browser storage, the workspace
//! file, browser APIs and `<annalist-view src>` documents all fail with it;
//! the page shows its `Display` text. Pure Rust, built natively too.

use crate::export::ExportError;
use crate::workspace::store::StoreError;
use crate::workspace::WorkspaceError;

/// Why something the page does failed.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Building an export failed.
    #[error(transparent)]
    Export {
        /// What the export code said.
        #[from]
        source: ExportError,
    },
    /// Browser storage failed (full, unavailable, a copy refused).
    #[error(transparent)]
    Store {
        /// What the store said.
        #[from]
        source: StoreError,
    },
    /// The workspace could not be written or read as a file.
    #[error(transparent)]
    Workspace {
        /// What the workspace file code said.
        #[from]
        source: WorkspaceError,
    },
    /// A browser API (Blob, download link, canvas, fetch) threw or is missing.
    #[error("the browser refused: {message}")]
    Browser {
        /// The browser's message, or what was missing.
        message: String,
    },
    /// Saved data that is no longer there (another tab discarded it).
    #[error("{key:?} is no longer in this browser")]
    Gone {
        /// The storage key.
        key: String,
    },
    /// A `src` document is over the size limit and was not read
    /// ([`crate::web::state::words::too_large`] says so in words).
    #[error("{message}")]
    TooLarge {
        /// The words for the reader, with the name and size.
        message: String,
    },
    /// A `src` document could not be loaded: not on the page's origin (also
    /// after a redirect), a network or HTTP error, or not readable.
    #[error("Could not load {src}: {reason}")]
    Src {
        /// The `src` attribute as written.
        src: String,
        /// Why, in words.
        reason: String,
    },
}

impl WebError {
    /// A [`WebError::Browser`] with `message`.
    pub fn browser(message: impl Into<String>) -> WebError {
        WebError::Browser {
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_reads_as_words() {
        let quota: WebError = StoreError::Quota { bytes: 10 }.into();
        assert!(
            quota.to_string().starts_with("browser storage is full"),
            "{quota}"
        );
        let ws: WebError = WorkspaceError::MissingVersion.into();
        assert_eq!(
            ws.to_string(),
            "not an Annalist workspace: no schema_version"
        );
        assert_eq!(
            WebError::browser("no document").to_string(),
            "the browser refused: no document"
        );
        let src = WebError::Src {
            src: "a.txt".into(),
            reason: "HTTP 404".into(),
        };
        assert_eq!(src.to_string(), "Could not load a.txt: HTTP 404");
    }
}
