//! Joins across neighbouring time expressions, after every expression of the
//! document is normalised: a list's one stated year given to the items before it
//! ("October and November 2022") and two-expression ranges ("between March and
//! November 2023", "from June 10 to 12 July 2021") that never run backwards; a
//! clock time on the day written after it ("at 02:14 on 11 November 2019").
//!
//! Input: the document and its [`TimexDraft`]s in text order, with whether each
//! stated its year. Output: the drafts' values, changed in place.

use super::forms;
use super::tables;
use super::value;
use super::TimexDraft;
use crate::engine::model::TimexType;
use crate::engine::text::Doc;

/// "October and November 2022", "May, June or July 2021": the one year a list
/// states goes to every item before it (`forms::listed_year`), last to first
/// so that it runs down the whole list.
pub(super) fn share_listed_year(doc: &Doc, out: &mut [TimexDraft], explicit_year: &mut [bool]) {
    for i in (1..out.len()).rev() {
        let stated = |k: usize| explicit_year.get(k).copied().unwrap_or(true);
        if stated(i - 1) || !stated(i) {
            continue;
        }
        let (head, tail) = out.split_at_mut(i);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        if a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        let between = doc
            .text
            .get(a.end..b.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let item = doc.text.get(a.start..a.end).unwrap_or("");
        if let Some(v) = forms::listed_year(item, &a.value, &between, &b.value) {
            a.value = v;
            if let Some(e) = explicit_year.get_mut(i - 1) {
                *e = true;
            }
        }
    }
}

/// "next Thursday and Friday": a bare weekday listed after one named with its week is of
/// that week ([`forms::listed_weekday`]), not the one the tense picks alone.
pub(super) fn share_listed_week(doc: &Doc, out: &mut [TimexDraft]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (Some(a), Some(b)) = (head.last(), tail.first_mut()) else {
            continue;
        };
        if a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        let text = |s: usize, e: usize| doc.text.get(s..e).unwrap_or("");
        if let Some(v) = forms::listed_weekday(
            text(a.start, a.end),
            &a.value,
            text(a.end, b.start),
            text(b.start, b.end),
            &b.value,
        ) {
            b.value = v;
        }
    }
}

/// Ranges of two expressions ("between March and November 2023", "from
/// June 10 to 12 July 2021"): a start that took its year from the document
/// takes the end's stated year, and a start after its end moves back a year,
/// so that no range runs backwards; an end without a year after a start with
/// one ("10 August 2013 - 12 September") takes the start's year.
pub(super) fn join_ranges(doc: &Doc, out: &mut [TimexDraft], explicit_year: &[bool]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        let between = doc
            .text
            .get(a.end..b.start)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let before = crate::engine::text::before(doc.text, a.start).trim_end();
        let opener = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // A dash or "through" joins on its own; "to", "and" only after
        // "from"/"between" ("March and November" alone is a list).
        let dash = matches!(between.as_str(), "until" | "through" | "-" | "–" | "—");
        let joined = dash
            || (matches!(between.as_str(), "to" | "and")
                && matches!(opener.as_str(), "from" | "between"));
        if !joined || a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        let (Some(va), Some(vb)) = (value::parse_value(&a.value), value::parse_value(&b.value))
        else {
            continue;
        };
        let (Some(ya), Some(yb)) = (va.year(), vb.year()) else {
            continue;
        };
        let a_stated = explicit_year.get(i - 1).copied().unwrap_or(true);
        let b_stated = explicit_year.get(i).copied().unwrap_or(true);
        // "10 August 2013 - 12 September": the end takes the start's stated
        // year (the next one if it would end before it starts).
        if a_stated && !b_stated && ya != yb {
            let mut end = vb.shift(tables::unit::YEAR, ya - yb).unwrap_or(vb);
            if let (Some(s), Some(e)) = (va.first_day(), end.first_day()) {
                if e < s {
                    end = end.shift(tables::unit::YEAR, 1).unwrap_or(end);
                }
            }
            b.value = end.to_timeml();
            continue;
        }
        let mut start = va;
        // "Monday - Friday": a weekday's year and month come from its week, so a start after
        // its end is the week before (a year back would be no Monday at all).
        let weekday = weekday_only(doc.text.get(a.start..a.end).unwrap_or(""));
        if !a_stated && ya != yb && !weekday {
            start = va.shift(tables::unit::YEAR, yb - ya).unwrap_or(va);
        }
        if let (Some(s), Some(e)) = (start.first_day(), vb.first_day()) {
            if s > e {
                let (u, back) = if weekday {
                    (tables::unit::DAY, -(s.days() - e.days() + 6) / 7 * 7)
                } else {
                    (tables::unit::YEAR, -1)
                };
                start = start.shift(u, back).unwrap_or(start);
            }
        }
        a.value = start.to_timeml();
    }
}

/// Whether expression `text` names a weekday and no month nor number ("Monday", "Tue",
/// "Friday morning"): a day the week it falls in dates.
fn weekday_only(text: &str) -> bool {
    let t = tables::tables();
    let mut weekday = false;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if w.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let Some(id) = t.id(&w.to_lowercase()) else {
            continue;
        };
        for r in t.readings(id) {
            match r.class {
                tables::Class::Weekday => weekday = true,
                tables::Class::Month => return false,
                _ => {}
            }
        }
    }
    weekday
}

/// "at 02:14 on 11 November 2019": a clock time right before "on" and a date of a day is on
/// that day, not on the day the story was at (the date follows it, so the clock time, found
/// first, could not read it). Only values of a whole day ("2019-11-11", "XXXX-11-11").
pub(super) fn clock_on_its_day(doc: &Doc, out: &mut [TimexDraft]) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (t, u) = (&mut before[k - 1], &after[0]);
        let between = doc.text.get(t.end..u.start).unwrap_or("").trim();
        let day =
            u.value.len() == 10 && u.value.as_bytes()[4] == b'-' && u.value.as_bytes()[7] == b'-';
        if t.kind != TimexType::Time
            || u.kind != TimexType::Date
            || !day
            || !matches!(between, "on" | "on the" | ",")
        {
            continue;
        }
        // A clock's value only ("T15:00", not a part of the day, "TMO"); after a comma only a
        // date that ends its clause ("at 3pm, Monday was the deadline" starts another).
        let Some(at) = t.value.find('T') else {
            continue;
        };
        let clock = t
            .value
            .as_bytes()
            .get(at + 1)
            .is_some_and(u8::is_ascii_digit);
        let after = doc.text.get(u.end..).unwrap_or("").trim_start();
        let ends = after.is_empty() || after.starts_with(['.', ',', ';', ')', '\n']);
        if clock && (between != "," || ends) {
            t.value = format!("{}{}", u.value, &t.value[at..]);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_clock_time_is_on_the_day_written_after_it() {
        let text =
            "The logbook stops at 02:14 on 11 November 2019. The crew slept at 9pm, 4 March.";
        let doc = crate::engine::text::Doc::new(text);
        let values: Vec<String> = super::super::extract(&doc, Some("2025-03-05"))
            .into_iter()
            .map(|t| t.value)
            .collect();
        assert_eq!(
            values,
            [
                "2019-11-11T02:14",
                "2019-11-11",
                "2025-03-04T21:00",
                "2025-03-04"
            ]
        );
    }
}
