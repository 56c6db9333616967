//! Words for values people read (shared by the app, the exports and the
//! CLI summary): TimeML values that are no calendar date said in words
//! ("XXXX-XX-XX", "P3D", "PRESENT_REF"), and a document's title cut from its
//! first line ([`title_of`]). Pure Rust; the one place of this
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
    value
        .strip_prefix('T')
        .and_then(part_of_day)
        .map(|p| format!("{p}, day unknown"))
}

/// A TimeML part of the day in words: "MO" → "morning", "AF", "EV", "NI", "DT".
fn part_of_day(code: &str) -> Option<&'static str> {
    match code {
        "MO" => Some("morning"),
        "AF" => Some("afternoon"),
        "EV" => Some("evening"),
        "NI" => Some("night"),
        "DT" => Some("daytime"),
        _ => None,
    }
}

/// A TIMEX3 value of a time on a known day cut in two: the day, and the time
/// in words ("2024-11-04TAF" → ("2024-11-04", "afternoon"), "2024-11-04T14:30"
/// → ("2024-11-04", "14:30")). None for any other value.
pub fn day_and_time(value: &str) -> Option<(&str, String)> {
    let (day, time) = value.split_once('T')?;
    let dated = day.len() == 10 && day.bytes().filter(|&b| b == b'-').count() == 2;
    if !dated || time.is_empty() {
        return None;
    }
    Some((
        day,
        part_of_day(time).map_or_else(|| time.to_string(), str::to_string),
    ))
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
        n if is_decimal(n) => format!("{n} {}", plural(name)),
        _ => "a while".into(),
    }
}

/// Whether `n` is a plain decimal number ("3", "1.5"): digits with at most one point between
/// them. Checked by hand, not `str::parse::<f64>`: that parse was the wasm's last, and it kept
/// core's float parser and its tables linked (13.8 KB gzip, issue 17).
fn is_decimal(n: &str) -> bool {
    let mut parts = n.splitn(2, '.');
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_some_and(digits) && parts.next().is_none_or(digits)
}

/// Longest title the exports give a document nobody named, in characters:
/// a headline whole, a lede's first sentence when it is no longer.
pub const EXPORT_CHARS: usize = 150;

/// `line` if at most `max` characters; else its first sentence if that is;
/// else `line` cut at a word boundary to `max` with "…".
pub fn title_of(line: &str, max: usize) -> String {
    let mut chars = line.char_indices();
    let Some((end, _)) = chars.nth(max) else {
        return line.to_string();
    };
    if let Some(sentence) = first_sentence(&line[..end]) {
        return sentence.to_string();
    }
    let head = &line[..end];
    let cut = match head.rfind(char::is_whitespace) {
        Some(space) if space > end / 2 => head[..space].trim_end(),
        _ => head,
    };
    format!("{cut}…")
}

/// The first sentence of `s` when it ends inside it: up to a ".", "?" or
/// "!" followed by a space and a capital letter, a digit or a quote, and at
/// least 20 bytes in (so "Mr. Vell" or "U.S. Navy" near the start do not end it).
fn first_sentence(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    (20..b.len().saturating_sub(2)).find_map(|i| {
        if !matches!(b[i], b'.' | b'?' | b'!') || b[i + 1] != b' ' {
            return None;
        }
        // Both ASCII: `i + 2` starts a character.
        let next = s[i + 2..].chars().next()?;
        (next.is_uppercase() || next.is_ascii_digit() || "\"“‘'".contains(next)).then(|| &s[..=i])
    })
}

#[cfg(test)]
mod tests {
    use super::{day_and_time, vague_value};

    #[test]
    fn a_time_on_a_known_day_is_the_day_and_the_time_in_words() {
        assert_eq!(
            day_and_time("2024-11-04TAF"),
            Some(("2024-11-04", "afternoon".to_string()))
        );
        assert_eq!(
            day_and_time("2024-11-04T14:30"),
            Some(("2024-11-04", "14:30".to_string()))
        );
        assert_eq!(day_and_time("2024-11-04"), None);
        assert_eq!(day_and_time("TAF"), None);
        assert_eq!(day_and_time("2024-W45"), None);
    }

    #[test]
    fn timeml_codes_are_said_in_words() {
        assert_eq!(vague_value("PRESENT_REF").as_deref(), Some("now"));
        assert_eq!(vague_value("P3D").as_deref(), Some("3 days"));
        assert_eq!(vague_value("2024-04-16"), None);
    }

    #[test]
    fn a_duration_says_its_number_only_when_it_is_one() {
        assert_eq!(vague_value("P1.5Y").as_deref(), Some("1.5 years"));
        assert_eq!(vague_value("PT12H").as_deref(), Some("12 hours"));
        assert_eq!(vague_value("PXW").as_deref(), Some("some weeks"));
        // Not decimal numbers (a float parse took "inf", "1e3").
        for bad in ["PinfD", "P1e3D", "P1.D", "P.5D", "P1.2.3D"] {
            assert_eq!(vague_value(bad).as_deref(), Some("a while"), "{bad}");
        }
    }
}
