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

/// `css` with every `rem` length written in pixels of a 16 px root: inside
/// a widget's shadow root, `rem` would follow the host page's `html`
/// font size (issue 14.7). Only number-then-`rem` tokens change.
pub fn rem_to_px(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("rem") {
        let (head, tail) = rest.split_at(i);
        let num_start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
            .last()
            .map(|(j, _)| j);
        let after = tail[3..].chars().next();
        let is_unit = after.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
        match (num_start, is_unit) {
            (Some(j), true) if decimal(&head[j..]).is_some() => {
                let px = decimal(&head[j..]).unwrap_or(0.0) * 16.0;
                out.push_str(&head[..j]);
                // At most two decimals, no trailing zeros ("24px", "12.5px").
                let n = crate::export::decimal::fixed(px, 2);
                out.push_str(n.trim_end_matches('0').trim_end_matches('.'));
                out.push_str("px");
            }
            _ => {
                out.push_str(head);
                out.push_str("rem");
            }
        }
        rest = &tail[3..];
    }
    out.push_str(rest);
    out
}

/// The value of `s` when it is a decimal number of digits and at most one point ("16",
/// "1.05", ".5", "2."), as `f64` would read it: with no float parser in the wasm (core's,
/// with its 20 KB table, is linked only if something calls it).
pub fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0 || !digits(int) || !digits(frac) {
        return None;
    }
    let value = |p: &str| p.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    Some(value(int) + value(frac) / 10f64.powi(frac.len() as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_f64_reads_them() {
        for s in ["16", "1.05", ".5", "2.", "0.875", "007", "12.3456"] {
            let want: f64 = s.parse().unwrap();
            assert!((decimal(s).unwrap() - want).abs() < 1e-12, "{s}");
        }
        for s in ["", ".", "1.2.3", "a", "1e3", "-1"] {
            assert_eq!(decimal(s), None, "{s}");
        }
        assert_eq!(rem_to_px("a: .875rem; b: 1.5.5rem"), "a: 14px; b: 1.5.5rem");
    }

    #[test]
    fn rem_lengths_become_pixels_and_nothing_else_changes() {
        assert_eq!(
            rem_to_px(".a { font-size: 1.05rem; margin: 0 0 .5rem; } .remove-rem { gap: 2rem }"),
            ".a { font-size: 16.8px; margin: 0 0 8px; } .remove-rem { gap: 32px }"
        );
        assert_eq!(
            rem_to_px("grid: minmax(15rem, 21rem)"),
            "grid: minmax(240px, 336px)"
        );
        assert_eq!(rem_to_px("theorem remains"), "theorem remains");
        assert_eq!(rem_to_px(""), "");
    }

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
