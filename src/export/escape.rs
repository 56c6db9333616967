//! Escaping for the places an export puts untrusted text: HTML/XML text and
//! attributes, CSS identifiers, and ids that must be plain tokens.
//!
//! Architecture invariant: a leaf module. Every export (`html`, `svg`,
//! `timeline`, `csv`) may import it and it imports none of them, so the
//! exports never import each other for escaping.

/// HTML/XML text and attribute escaping (`&`, `<`, `>`, `"`, `'`).
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    html_into(&mut out, s);
    out
}

/// [`html`], appending to `out`; copies unescaped runs whole.
pub fn html_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(s.get(last..i).unwrap_or(""));
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(s.get(last..).unwrap_or(""));
}

/// A CSS identifier for `s`, as the browser's `CSS.escape()` makes it (CSSOM
/// § 2.1 "serialize an identifier"): safe inside a selector (`#…`, `.…`,
/// `[data-x=…]` unquoted) whatever `s` holds (quotes, braces, `</style>`,
/// line breaks). Not HTML-escaped: inside a `<style>` element, `<` stays
/// `\<` which no HTML parser reads as a tag.
pub fn css_ident(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let first = s.chars().next();
    let single = s.chars().nth(1).is_none();
    for (i, c) in s.chars().enumerate() {
        let code = c as u32;
        if c == '\0' {
            out.push('\u{FFFD}');
        } else if (1..=0x1F).contains(&code)
            || code == 0x7F
            || (i == 0 && c.is_ascii_digit())
            || (i == 1 && c.is_ascii_digit() && first == Some('-'))
        {
            out.push_str(&format!("\\{code:x} "));
        } else if i == 0 && c == '-' && single {
            out.push_str("\\-");
        } else if code >= 0x80 || c == '-' || c == '_' || c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('\\');
            out.push(c);
        }
    }
    out
}

/// A token of ASCII letters, digits, `-` and `_` only, different for
/// different `s`: usable unescaped as an HTML id, a CSS class, a URL fragment
/// or an id that another program (TimelineJS) puts into its own HTML. Other
/// bytes (and `_` itself) are written `_xx` in hexadecimal.
pub fn token(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(b as char);
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
    }

    #[test]
    fn css_ident_matches_css_escape() {
        // The values `CSS.escape` gives in a browser.
        assert_eq!(css_ident("doc-1"), "doc-1");
        assert_eq!(css_ident("1a"), "\\31 a");
        assert_eq!(css_ident("-1"), "-\\31 ");
        assert_eq!(css_ident("-"), "\\-");
        assert_eq!(css_ident("a b"), "a\\ b");
        assert_eq!(css_ident("x}</style>{"), "x\\}\\<\\/style\\>\\{");
        assert_eq!(css_ident("a\"b'c"), "a\\\"b\\'c");
        assert_eq!(css_ident("line\nbreak"), "line\\a break");
        assert_eq!(css_ident("é\0"), "é\u{FFFD}");
    }

    #[test]
    fn token_is_plain_and_injective() {
        assert_eq!(token("doc-1"), "doc-1");
        assert_eq!(token("a b"), "a_20b");
        assert_eq!(token("a_20b"), "a_5f20b");
        assert_ne!(token("a b"), token("a_20b"));
        let t = token("\"}</style>\n{é");
        assert!(t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }
}
