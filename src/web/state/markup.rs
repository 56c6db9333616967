//! HTML source made inert before the browser parses it.
//!
//! Input: the text of an HTML file (an opened file, a page an embedding
//! element fetched). Output: the same text with every event-handler
//! attribute (`onload=`, `onerror=`, ...) renamed `data-off-on...`. Parsing
//! with `DOMParser` runs no script, but Chromium checks each `on...`
//! attribute it parses against the page's Content-Security-Policy and logs a
//! violation report for it ("Executing inline event handler violates ..."):
//! an imported page with `<img onerror>` filled the console with reports
//! (and a `report-uri` would have sent them). The text and the other
//! attributes are left as they are. Pure Rust.

use std::borrow::Cow;

/// What a renamed attribute's name starts with.
const PREFIX: &str = "data-off-";

fn space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `html` with the event-handler attributes of its tags renamed (see the
/// module header): an `on` and a letter after white space, `/` or a quote
/// inside a tag (from a `<` and a letter to the next `>`: the parser also
/// starts an attribute right after a quoted value, `src="x"onerror=`, and
/// renaming inside a quoted value is harmless); text outside tags never
/// changes. A quoted value holding `>` ends the scan of its tag early (its
/// later handlers are left: the parser then reports them, nothing runs).
/// Linear in the length of `html`.
pub fn inert(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    // Where the copy stopped; whether in a tag.
    let (mut last, mut tag) = (0, false);
    for (i, &c) in b.iter().enumerate() {
        if !tag {
            tag = c == b'<' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        } else if c == b'>' {
            tag = false;
        } else if (space(c) || matches!(c, b'/' | b'"' | b'\''))
            && b.get(i + 1..i + 4)
                .is_some_and(|w| w[..2].eq_ignore_ascii_case(b"on") && w[2].is_ascii_alphabetic())
        {
            out.push_str(&html[last..=i]);
            out.push_str(PREFIX);
            last = i + 1;
        }
    }
    if last == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn event_handler_attributes_are_renamed_and_nothing_else_changes() {
        let page = "<body onload=\"go()\"><p class=x>Tarsel <b>rose</b> 3 > 2 on Monday.\
                    <img src=a.png ONERROR='alert(1)'><svg/onload=x()></svg>\
                    <a title=\"a b onclick=y\" onclick = y href=on.html>on it</a></p></body>";
        let safe = inert(page);
        assert_eq!(
            safe,
            "<body data-off-onload=\"go()\"><p class=x>Tarsel <b>rose</b> 3 > 2 on Monday.\
             <img src=a.png data-off-ONERROR='alert(1)'><svg/data-off-onload=x()></svg>\
             <a title=\"a b data-off-onclick=y\" data-off-onclick = y href=on.html>on it</a></p></body>"
        );
        // No handler: the text is borrowed as it is.
        let plain = "<p>Online, one said: <i>on</i> and on.</p>";
        assert!(matches!(inert(plain), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn cut_off_and_odd_markup_never_panics() {
        for s in [
            "<",
            "<a",
            "<a on",
            "<a onx",
            "<a onx=",
            "<a onx=\"",
            "<a onx='y",
            "<!--",
            "<é onx=1>",
            "<p onclick=é>ü</p>",
            "<<a onx=1>",
        ] {
            let out = inert(s);
            assert!(out.len() >= s.len(), "{s}");
        }
        assert_eq!(
            inert("<é onx=1>"),
            "<é onx=1>",
            "not a tag: é is not an ASCII letter"
        );
        assert_eq!(inert("<<a onx=1>"), "<<a data-off-onx=1>");
    }

    #[test]
    fn a_handler_right_after_a_quoted_value_is_renamed() {
        // No white space is needed between attributes after a quoted value: the
        // HTML parser reads `onerror` here as an attribute of its own.
        assert_eq!(
            inert("<img src=\"a.png\"onerror=\"go()\"><body class='x'onload=y()>"),
            "<img src=\"a.png\"data-off-onerror=\"go()\"><body class='x'data-off-onload=y()>"
        );
    }
}
