//! Fixed-point text of a float with integer formatting only: `format!("{x:.1}")` pulls in
//! core's exact float formatting (Dragon4 and Grisu "exact" modes, about 8 KB of wasm) for
//! SVG coordinates, sizes and scores that need no more than this.

/// `x` with `places` decimals (at most 6), rounded half away from zero; a value that is not
/// finite writes "0", and one beyond ±9.2e18 / 10^places saturates. Matches
/// `format!("{x:.places$}")` except on exact decimal ties (0.25 → "0.3", not "0.2") and on a
/// negative value that rounds to zero ("0.0", not "-0.0").
pub fn fixed(x: f64, places: u32) -> String {
    if !x.is_finite() {
        return "0".into();
    }
    let scale = 10u64.pow(places.min(6));
    let t = (x * scale as f64).round() as i64;
    let (int, frac) = (t.unsigned_abs() / scale, t.unsigned_abs() % scale);
    let sign = if t < 0 { "-" } else { "" };
    if places == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac:0w$}", w = places.min(6) as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn writes_what_format_writes_off_ties() {
        for (x, p) in [
            (0.0, 1),
            (12.3456, 1),
            (-12.3456, 2),
            (299.96, 1),
            (-0.06, 1),
            (1234.5678, 3),
            (0.999, 0),
            (42.0, 0),
            (7.0, 1),
            (-12.345_67, 3),
        ] {
            assert_eq!(fixed(x, p), format!("{x:.p$}", p = p as usize), "{x} {p}");
        }
    }

    #[test]
    fn a_negative_value_rounding_to_zero_has_no_sign() {
        assert_eq!(fixed(-0.04, 1), "0.0");
    }

    #[test]
    fn not_finite_is_zero() {
        assert_eq!(fixed(f64::NAN, 1), "0");
        assert_eq!(fixed(f64::INFINITY, 2), "0");
    }
}
