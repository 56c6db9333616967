//! Ids from outside (imported workspace or JSONL files) meeting CSS
//! (issue 16.3): document ids can hold anything, quotes, braces, newlines or
//! `</style>`, and go into attribute selectors of a `<style>` block and of
//! `querySelector`. Pure Rust.

/// `s` as the content of a double-quoted CSS string: every character other
/// than ASCII letters, digits, `_` and `-` is written as a hexadecimal
/// escape (`\22 ` for `"`), so nothing in `s` can end the string, the rule or
/// the style element.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            out.push(c);
        } else {
            // NUL is not allowed in CSS; U+FFFD is what it would read as.
            let c = if c == '\0' { '\u{FFFD}' } else { c };
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_an_id_escapes_its_css_string() {
        let hostile = "d1\"] , * { display: none } </style><script>x</script>\n[x=\"{}\\";
        let e = css_string(hostile);
        for bad in ['"', '{', '}', '<', '>', '\n', ']', '['] {
            assert!(!e.contains(bad), "{bad:?} left in {e}");
        }
        // Every backslash starts a hex escape: no escape of our own can be cut.
        assert!(e
            .split('\\')
            .skip(1)
            .all(|p| p.chars().next().is_some_and(|c| c.is_ascii_hexdigit())));
        assert_eq!(css_string("d12"), "d12");
        assert_eq!(css_string("a b"), "a\\20 b");
        assert_eq!(css_string("\0"), "\\fffd ");
    }
}
