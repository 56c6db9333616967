//! Anchored counts finer than a day: "two hours later", "2.5 hours later", "forty minutes
//! earlier", "1.5 days later".
//!
//! TimeML dates an anchored relative expression by its anchor moved by the count: after "The
//! ferry left at 9:00 on 4 March", "2.5 hours later" is 2025-03-04T11:30, a TIME. The anchor
//! is the last clock time the story stated ([`Ctx::clock`], kept while the story stays on its
//! day), on its own day ("at 14:30 on Tuesday", "at 3 a.m. on 2 March"), else on the day the
//! story is on ([`story_day`]). Where the text gives no such anchor, or the
//! count is unknown ("a few hours later"), the value is the duration ("PT2.5H", "PTXH"): a
//! point the text does not give is not made up. Whole days and longer, with no fraction, are
//! [`super::relative::anaphor`]'s (a day, month or year moved).
//!
//! Input: an `anaphor` match and the normaliser's context. Output: `None` when the match is
//! no such count, else its [`Normalised`] value.

use super::calendar::Ymd;
use super::durations::{decimal, halves, unit_code, with_half};
use super::matcher::Match;
use super::norm::{plain, story_day, Ctx, Normalised, MAX_COUNT};
use super::tables::{unit, Class, UNSPECIFIED};
use super::value::TimeValue;
use crate::engine::model::TimexType;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// Seconds in one unit `u` of a count finer than a month; 0 for coarser units.
fn seconds(u: i32) -> i64 {
    match u {
        unit::SECOND => 1,
        unit::MINUTE => 60,
        unit::HOUR => 3_600,
        unit::DAY => DAY,
        unit::WEEK | unit::WEEKEND => 7 * DAY,
        unit::FORTNIGHT => 14 * DAY,
        _ => 0,
    }
}

/// The clock time of TimeML value `value` ("2025-03-04T09:00+01:00"): its day when the value
/// names one, seconds after midnight and the zone written after it ("+01:00", "Z", "");
/// `None` for a part of the day ("2025-03-04TNI") or a value with no time.
pub(super) fn clock_of(value: &str) -> Option<(Option<Ymd>, i64, String)> {
    let (day, t) = value.split_once('T')?;
    let day = TimeValue::parse(day)
        .and_then(TimeValue::first_day)
        .filter(|_| day.len() == 10);
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (h, rest) = (t.get(..2)?, t.get(2..)?);
    let rest = rest.strip_prefix(':')?;
    let mi = rest.get(..2)?;
    let mut rest = rest.get(2..)?;
    let mut s = "00";
    if let Some(r) = rest
        .strip_prefix(':')
        .filter(|r| r.get(..2).is_some_and(digits))
    {
        s = r.get(..2)?;
        rest = r.get(2..)?;
    }
    if !(digits(h) && digits(mi)) {
        return None;
    }
    let secs =
        h.parse::<i64>().ok()? * 3_600 + mi.parse::<i64>().ok()? * 60 + s.parse::<i64>().ok()?;
    Some((day, secs, rest.to_string()))
}

/// "two hours later", "2.5 days earlier" (an `anaphor` match `m` of unit `u`, direction `dir`):
/// the story's clock time moved by the count, else the duration. `None` for a whole count of
/// days or longer, and for "that hour" (no direction).
pub(super) fn counted(m: &Match, ctx: &Ctx, u: i32, dir: i64) -> Option<Normalised> {
    let c = &m.captures;
    // "an hour and a half later", "a half-hour later": a count with a half in words, as a
    // decimal one, its duration written in whole and finer units (PT1H30M).
    let spelled = halves(m);
    let dec = c.get(Class::Dec).or(spelled);
    let part = |u, k| match spelled {
        Some(_) => with_half(u, k),
        None => decimal(u, k),
    };
    let fine = matches!(u, unit::HOUR | unit::MINUTE | unit::SECOND);
    if dir == 0 || !(fine || dec.is_some()) {
        return None;
    }
    let n = c.get(Class::Num);
    // "the next hour", "the following hour": a stretch of the story, no point counted from it;
    // the duration, its unit word kept.
    let point = super::names::words()
        .count_signal
        .iter()
        .any(|w| super::norm::has(m, w));
    if !point {
        return match dec {
            Some(k) => part(u, k),
            None => plain(TimexType::Duration, unit_code(u, "1")),
        };
    }
    if dec.is_none() && (n == Some(UNSPECIFIED) || (n.is_none() && c.get(Class::Units).is_some())) {
        return plain(TimexType::Duration, unit_code(u, "X"));
    }
    if n.is_some_and(|n| !(0..=MAX_COUNT).contains(&n)) {
        return None;
    }
    // The count in thousandths of the unit.
    let k = dec.map_or_else(|| i64::from(n.unwrap_or(1)) * 1_000, i64::from);
    let shifted = ctx
        .clock
        .as_ref()
        .and_then(|(day, at, zone)| Some((*at, zone, (*day).or_else(|| story_day(ctx))?)))
        .filter(|_| seconds(u) > 0)
        .and_then(|(at, zone, day)| {
            let total = at.checked_add(dir.checked_mul(k)?.checked_mul(seconds(u))? / 1_000)?;
            let d = day.add_days(total.div_euclid(DAY));
            let t = total.rem_euclid(DAY);
            let (h, mi, s) = (t / 3_600, t % 3_600 / 60, t % 60);
            let clock = if s == 0 {
                format!("T{h:02}:{mi:02}")
            } else {
                format!("T{h:02}:{mi:02}:{s:02}")
            };
            let mut n = plain(
                TimexType::Time,
                format!("{}{clock}{zone}", TimeValue::day(d).to_timeml()),
            )?;
            n.val = Some(TimeValue::day(d));
            Some(n)
        });
    shifted.or_else(|| match dec {
        Some(k) => part(u, k),
        None => plain(
            TimexType::Duration,
            unit_code(u, &n.unwrap_or(1).to_string()),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_is_read_from_its_value() {
        let day = Ymd::new(2025, 3, 4);
        assert_eq!(
            clock_of("2025-03-04T09:00"),
            Some((day, 32_400, String::new()))
        );
        assert_eq!(
            clock_of("2025-03-04T23:15:30Z"),
            Some((day, 83_730, "Z".to_string()))
        );
        assert_eq!(
            clock_of("XXXX-XX-XXT06:00"),
            Some((None, 21_600, String::new()))
        );
        assert_eq!(clock_of("2025-03-04TNI"), None);
        assert_eq!(clock_of("2025-03-04"), None);
    }
}
