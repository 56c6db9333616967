//! Words for values people read (shared by the app, the exports and the
//! CLI summary): TimeML values that are no calendar date said in words
//! ("XXXX-XX-XX", "P3D", "PRESENT_REF"). Pure Rust; the one place of this
//! wording (the UI re-exports it from `web::state::words`).

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A TimeML value that is no calendar date, in words: an unknown year
/// ("XXXX-04" → "April, year unknown"), an unknown date, a duration
/// ("P3D" → "3 days"), the time of an unknown day ("TMO" → "morning").
/// None for values a calendar reading handles (or that mean nothing).
pub fn vague_value(value: &str) -> Option<String> {
    match value {
        "PAST_REF" => return Some("in the past".into()),
        "FUTURE_REF" => return Some("in the future".into()),
        "PRESENT_REF" => return Some("now".into()),
        _ => {}
    }
    if let Some(rest) = value.strip_prefix("XXXX") {
        let month = rest
            .strip_prefix('-')
            .and_then(|r| r.get(..2))
            .and_then(|m| m.parse::<usize>().ok())
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
        return Some(match month {
            Some(m) => format!("{m}, year unknown"),
            None => "date unknown".into(),
        });
    }
    if let Some(d) = value.strip_prefix('P') {
        return Some(duration(d));
    }
    let part = |code: &str| match code {
        "MO" => Some("morning"),
        "AF" => Some("afternoon"),
        "EV" => Some("evening"),
        "NI" => Some("night"),
        "DT" => Some("daytime"),
        _ => None,
    };
    value
        .strip_prefix('T')
        .and_then(part)
        .map(|p| format!("{p}, day unknown"))
}

/// "3D" → "3 days", "1Y" → "1 year", "T2H" → "2 hours", "XW" → "some weeks".
fn duration(d: &str) -> String {
    let (time, d) = match d.strip_prefix('T') {
        Some(t) => (true, t),
        None => (false, d),
    };
    let unit = d.chars().last().unwrap_or(' ');
    let n = &d[..d.len() - unit.len_utf8().min(d.len())];
    let name = match (unit, time) {
        ('Y', _) => "year",
        ('M', false) => "month",
        ('W', _) => "week",
        ('D', _) => "day",
        ('H', _) => "hour",
        ('M', true) => "minute",
        ('S', _) => "second",
        ('E', _) => "decade",
        ('C', _) => "century",
        _ => return "a while".into(),
    };
    let plural = |name: &str| match name {
        "century" => "centuries".to_string(),
        _ => format!("{name}s"),
    };
    match n {
        "1" => format!("1 {name}"),
        "X" | "" => format!("some {}", plural(name)),
        n if n.parse::<f64>().is_ok() => format!("{n} {}", plural(name)),
        _ => "a while".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::vague_value;

    #[test]
    fn timeml_codes_are_said_in_words() {
        assert_eq!(vague_value("PRESENT_REF").as_deref(), Some("now"));
        assert_eq!(vague_value("P3D").as_deref(), Some("3 days"));
        assert_eq!(vague_value("2024-04-16"), None);
    }
}
