//! Proleptic Gregorian calendar arithmetic on plain integers: days since
//! 1970-01-01, weekdays, ISO weeks, month and year shifts.
//!
//! Input: year/month/day triples (any year: 0, negative for BCE, 9999 and
//! beyond); output: the same, or day numbers. Years are clamped to ±1,000,000
//! so arithmetic can never overflow, and nothing here panics. Written by hand
//! (Howard Hinnant's `days_from_civil` algorithm) to keep the wasm small: the
//! engine needs a dozen functions, not a date-time library.

/// Largest year magnitude the engine computes with.
pub const YEAR_LIMIT: i64 = 1_000_000;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year (0 is 1 BCE, negative before), within ±[`YEAR_LIMIT`].
    pub y: i64,
    /// Month, 1..=12.
    pub m: u32,
    /// Day of month, 1..=31 (valid for the month when built by [`Ymd::new`]).
    pub d: u32,
}

impl Ymd {
    /// A valid date, or `None` (month 0, February 30, ...).
    pub fn new(y: i64, m: u32, d: u32) -> Option<Ymd> {
        if !(-YEAR_LIMIT..=YEAR_LIMIT).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        if d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Ymd { y, m, d })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    /// The day `z` days after 1970-01-01 (`z` clamped to ±[`YEAR_LIMIT`] years).
    pub fn from_days(z: i64) -> Ymd {
        civil_from_days(z)
    }

    /// `n` days later (earlier when negative), saturating at ±[`YEAR_LIMIT`] years.
    pub fn add_days(self, n: i64) -> Ymd {
        let n = n.clamp(-YEAR_LIMIT * 366, YEAR_LIMIT * 366);
        Ymd::from_days(self.days().saturating_add(n))
    }

    /// 1 = Monday ... 7 = Sunday.
    pub fn weekday(self) -> u32 {
        weekday_of_days(self.days())
    }

    /// Shift by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29).
    pub fn add_months(self, n: i64) -> Ymd {
        let total = (self.y * 12 + i64::from(self.m) - 1)
            .saturating_add(n.clamp(-12 * YEAR_LIMIT, 12 * YEAR_LIMIT));
        let y = total.div_euclid(12).clamp(-YEAR_LIMIT, YEAR_LIMIT);
        let m = (total.rem_euclid(12) + 1) as u32;
        let d = self.d.min(days_in_month(y, m));
        Ymd { y, m, d }
    }

    /// ISO 8601 week: (week-numbering year, week 1..=53).
    pub fn iso_week(self) -> (i64, u32) {
        let wd = i64::from(self.weekday());
        // The Thursday of this week decides the year.
        let thursday = Ymd::from_days(self.days() - wd + 4);
        let jan1 = days_from_civil(thursday.y, 1, 1);
        let week = (thursday.days() - jan1) / 7 + 1;
        (thursday.y, week as u32)
    }

    /// The Monday of ISO week `w` of ISO year `y`.
    pub fn from_iso_week(y: i64, w: u32) -> Ymd {
        let jan4 = Ymd {
            y: y.clamp(-YEAR_LIMIT, YEAR_LIMIT),
            m: 1,
            d: 4,
        };
        let monday1 = jan4.days() - i64::from(jan4.weekday()) + 1;
        Ymd::from_days(monday1 + 7 * (i64::from(w) - 1))
    }

    /// Quarter 1..=4.
    pub fn quarter(self) -> u32 {
        (self.m - 1) / 3 + 1
    }
}

/// The `n`-th weekday `w` (1 = Monday) of a month; `n` = -1 for the last one.
/// `None` when the month has no such day (a fifth Monday) or is invalid.
pub fn nth_weekday(y: i64, m: u32, w: u32, n: i32) -> Option<Ymd> {
    let first = Ymd::new(y, m, 1)?;
    let w = i64::from(w.clamp(1, 7));
    if n < 0 {
        let last = Ymd::new(y, m, days_in_month(y, m))?;
        let back = (i64::from(last.weekday()) - w).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let off = (w - i64::from(first.weekday())).rem_euclid(7) + 7 * (i64::from(n) - 1);
    let d = first.add_days(off);
    (d.m == m && n >= 1).then_some(d)
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous Gregorian
/// computus); `None` before 1583, when the Gregorian reckoning starts.
pub fn easter(y: i64) -> Option<Ymd> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Ymd::new(
        y,
        u32::try_from(n / 31).ok()?,
        u32::try_from(n % 31 + 1).ok()?,
    )
}

/// US daylight saving time on this day: from the second Sunday of March to
/// the first Sunday of November (the rule since 2007, applied to every year).
/// True when US daylight saving time is in force on day `d`: from the second
/// Sunday of March up to (not including) the first Sunday of November.
pub fn us_daylight_time(d: Ymd) -> bool {
    match (nth_weekday(d.y, 3, 7, 2), nth_weekday(d.y, 11, 7, 1)) {
        (Some(start), Some(end)) => start <= d && d < end,
        _ => false,
    }
}

/// Gregorian leap year (divisible by 4, not by 100 unless by 400).
pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1..=12) of year `y`; 0 for a month out of range.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days of the first of month `m` of year `y` since 1970-01-01; months past
/// 12 (or below 1) run into the next (previous) years.
pub fn month_start_days(y: i64, m: i64) -> i64 {
    let y = y.clamp(-YEAR_LIMIT, YEAR_LIMIT) + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    days_from_civil(y, m as u32, 1)
}

/// Days since 1970-01-01 (negative before).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = y.clamp(-YEAR_LIMIT, YEAR_LIMIT) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m.clamp(1, 12));
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d.clamp(1, 31)) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`]: the date `z` days after 1970-01-01.
pub fn civil_from_days(z: i64) -> Ymd {
    let z = z.clamp(-YEAR_LIMIT * 366, YEAR_LIMIT * 366) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    Ymd { y, m, d }
}

/// 1 = Monday ... 7 = Sunday.
pub fn weekday_of_days(z: i64) -> u32 {
    // 1970-01-01 was a Thursday (4); no overflow even at i64::MAX.
    ((z.rem_euclid(7) + 3) % 7 + 1) as u32
}

/// TimeML year: four digits, "BC0044" before year 1 (our year 0 is 1 BC... kept as "0000").
pub fn fmt_year(y: i64) -> String {
    if y < 0 {
        format!("BC{:04}", y.unsigned_abs())
    } else {
        format!("{y:04}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn easter_sundays() {
        use super::{easter, Ymd};
        assert_eq!(easter(2000), Ymd::new(2000, 4, 23));
        assert_eq!(easter(2024), Ymd::new(2024, 3, 31));
        assert_eq!(easter(2025), Ymd::new(2025, 4, 20));
        assert_eq!(easter(2038), Ymd::new(2038, 4, 25));
        assert_eq!(easter(1500), None);
    }

    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        for z in [-800_000i64, -1, 0, 1, 19_829, 2_932_896] {
            assert_eq!(civil_from_days(z).days(), z);
        }
        assert_eq!(Ymd::new(2024, 4, 16).map(Ymd::weekday), Some(2));
        assert_eq!(Ymd::new(2024, 4, 14).map(Ymd::iso_week), Some((2024, 15)));
        assert_eq!(Ymd::new(2021, 1, 1).map(Ymd::iso_week), Some((2020, 53)));
        assert_eq!(Ymd::new(2023, 2, 29), None);
        assert_eq!(
            Ymd::new(2024, 1, 31).map(|d| d.add_months(1)),
            Ymd::new(2024, 2, 29)
        );
        assert_eq!(
            Ymd::from_iso_week(2024, 16),
            Ymd {
                y: 2024,
                m: 4,
                d: 15
            }
        );
        assert_eq!(fmt_year(-44), "BC0044");
        // The last Friday of May 2024, the first Monday of June, no fifth Monday in Feb.
        assert_eq!(nth_weekday(2024, 5, 5, -1), Ymd::new(2024, 5, 31));
        assert_eq!(nth_weekday(2024, 6, 1, 1), Ymd::new(2024, 6, 3));
        assert_eq!(nth_weekday(2024, 2, 1, 5), None);
        assert!(Ymd::new(2024, 7, 1).is_some_and(us_daylight_time));
        assert!(!Ymd::new(2024, 1, 15).is_some_and(us_daylight_time));
        assert_eq!(fmt_year(9999), "9999");
    }

    #[test]
    fn extremes_do_not_panic() {
        let d = Ymd {
            y: YEAR_LIMIT,
            m: 12,
            d: 31,
        };
        let _ = d.add_days(i64::MAX).add_months(i64::MIN).iso_week();
        let _ = Ymd::from_iso_week(i64::MIN, u32::MAX);
        assert_eq!(weekday_of_days(i64::MAX), weekday_of_days(i64::MAX % 7));
        assert_eq!(weekday_of_days(i64::MIN), weekday_of_days(i64::MIN % 7));
    }
}
