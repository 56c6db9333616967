//! Large JSON handed to JavaScript in pieces, never whole in the wasm memory (issue 16.6).
//!
//! `extract` returned its analysis as one `String` of JSON, grown by doubling while it was
//! written: for a 1 MiB document the last step moved 2 MiB into a new 4 MiB block, and the
//! wasm memory (which never shrinks) grew by 4.2 MB at the very end of the analysis (19.1 MB
//! at 1 MiB where the same work had needed 15.1 MB; where that block lands depends on the
//! code's layout, so an unrelated commit showed it). [`Chunked`] is an `io::Write` that passes
//! what it is given on in pieces of at most [`CHUNK`] bytes, each whole characters, so the
//! writer's buffer stays one small block; `api::to_js` joins the pieces as a JavaScript string.
//! Native (no JavaScript here), so it is tested natively.

use std::io;

/// Bytes held before they are passed on.
pub const CHUNK: usize = 64 * 1024;

/// An `io::Write` passing UTF-8 text on to `emit` in pieces of whole characters.
pub struct Chunked<F: FnMut(&str)> {
    buf: Vec<u8>,
    emit: F,
}

impl<F: FnMut(&str)> Chunked<F> {
    /// A writer passing its text on to `emit`.
    pub fn new(emit: F) -> Chunked<F> {
        Chunked {
            buf: Vec::with_capacity(CHUNK),
            emit,
        }
    }

    /// Passes on every whole character held; a character cut at the end waits for its rest.
    fn pass_on(&mut self) -> io::Result<()> {
        let whole = match std::str::from_utf8(&self.buf) {
            Ok(s) => {
                (self.emit)(s);
                self.buf.clear();
                return Ok(());
            }
            Err(e) if e.error_len().is_some() => {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "not UTF-8"));
            }
            Err(e) => e.valid_up_to(),
        };
        if let Ok(s) = std::str::from_utf8(&self.buf[..whole]) {
            (self.emit)(s);
        }
        self.buf.drain(..whole);
        Ok(())
    }

    /// Passes on the rest; an error if it ends inside a character.
    pub fn finish(mut self) -> io::Result<()> {
        self.pass_on()?;
        if self.buf.is_empty() {
            Ok(())
        } else {
            Err(io::Error::new(io::ErrorKind::InvalidData, "cut character"))
        }
    }
}

impl<F: FnMut(&str)> io::Write for Chunked<F> {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        // At most up to a full buffer at a time (a long string is written in one call).
        let n = b.len().min(CHUNK.saturating_sub(self.buf.len()).max(1));
        self.buf.extend_from_slice(&b[..n]);
        if self.buf.len() >= CHUNK {
            self.pass_on()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn pieces(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut w = Chunked::new(|s: &str| out.push(s.to_string()));
        // Written in odd-sized slices, as a serializer writes.
        for part in text.as_bytes().chunks(7_919) {
            w.write_all(part).unwrap();
        }
        w.finish().unwrap();
        out
    }

    #[test]
    fn long_text_is_passed_on_in_small_pieces_of_whole_characters() {
        // Three-byte and four-byte characters, so pieces fall inside them.
        let text = "Zürich – “Økern” 🚢 ".repeat(20_000);
        let got = pieces(&text);
        assert!(got.len() > text.len() / CHUNK, "{}", got.len());
        assert!(got.iter().all(|p| p.len() <= CHUNK), "no piece above CHUNK");
        assert_eq!(got.concat(), text);
        assert_eq!(pieces("").concat(), "");
    }

    #[test]
    fn serde_json_through_it_gives_the_same_json() {
        let value: Vec<(String, u32)> = (0..30_000).map(|i| (format!("Før{i}"), i)).collect();
        let mut joined = String::new();
        let mut w = Chunked::new(|s: &str| joined.push_str(s));
        serde_json::to_writer(&mut w, &value).unwrap();
        w.finish().unwrap();
        assert_eq!(joined, serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn bytes_that_are_not_utf8_are_an_error_not_a_panic() {
        let mut w = Chunked::new(|_: &str| {});
        assert!(w.write_all(b"ok \xff and more").is_ok());
        assert!(w.finish().is_err());
        let mut w = Chunked::new(|_: &str| {});
        w.write_all("é".as_bytes().get(..1).unwrap()).unwrap();
        assert!(w.finish().is_err(), "ends inside a character");
    }
}
