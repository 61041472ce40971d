//! Business days and the moments deadlines fall on (F5, F7), answered in memory by a
//! [`Calendar`] that covers a range of years.
//!
//! Days are Illinois days: a moment is placed on the calendar by its date in
//! `America/Chicago`, whatever the zone of the machine or the database.
//!
//! **Assumption** (F7 counts "from the moment action was needed" and does not say what
//! happens when that moment is not on a business day): a moment on a weekend or a
//! closed day counts from the start (midnight) of the next business day.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;

use crate::error::{Error, Result};

use super::holidays;

/// The zone the days of the calendar are in.
pub const ZONE: Tz = crate::clock::ZONE;

/// A change administrators made to the computed calendar (`calendar_days.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// An extra closure day.
    Closure,
    /// A computed holiday kept open as a business day.
    Reopening,
}

impl DayKind {
    pub fn code(self) -> &'static str {
        match self {
            DayKind::Closure => "closure",
            DayKind::Reopening => "reopening",
        }
    }

    pub fn from_code(code: &str) -> Result<DayKind> {
        match code {
            "closure" => Ok(DayKind::Closure),
            "reopening" => Ok(DayKind::Reopening),
            other => Err(Error::Internal(format!(
                "calendar_days.kind {other:?} is neither closure nor reopening"
            ))),
        }
    }
}

/// The Illinois date of a moment.
pub fn illinois_date(at: DateTime<Utc>) -> NaiveDate {
    crate::clock::illinois_date(at)
}

/// The moment an Illinois wall-clock time names. A time the spring change skips is
/// taken an hour later (2:30 is 3:30); one the autumn change repeats, the first time.
pub fn illinois_moment(local: NaiveDateTime) -> DateTime<Utc> {
    let resolve = |t: NaiveDateTime| {
        t.and_local_timezone(ZONE)
            .earliest()
            .map(|m| m.with_timezone(&Utc))
    };
    resolve(local)
        .or_else(|| resolve(local + TimeDelta::hours(1)))
        .unwrap_or_else(|| local.and_utc())
}

/// The moments an Illinois day starts and the next one starts: a stored moment `m` is
/// on `day` when `start <= m < end`. A change to `day` moves only the deadlines counted
/// across it: those counted from a moment before `end` and due at or after `start`.
pub fn illinois_day(day: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = illinois_moment(day.and_time(NaiveTime::MIN));
    let end = day
        .succ_opt()
        .map(|next| illinois_moment(next.and_time(NaiveTime::MIN)))
        .unwrap_or(start);
    (start, end)
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The business days of a range of years: weekends and the holidays F7 computes are
/// closed, changed by the closures added and the holidays reopened.
#[derive(Debug, Clone)]
pub struct Calendar {
    years: RangeInclusive<i32>,
    /// Closed weekdays within `years`.
    closed: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// The calendar of `years` with the changes administrators made (those outside
    /// `years` are ignored).
    pub fn new(
        years: RangeInclusive<i32>,
        changes: impl IntoIterator<Item = (NaiveDate, DayKind)>,
    ) -> Calendar {
        let mut closed: BTreeSet<NaiveDate> = years
            .clone()
            .flat_map(holidays::observed_in)
            .map(|h| h.observed)
            .collect();
        for (day, kind) in changes {
            if !years.contains(&day.year()) || is_weekend(day) {
                continue;
            }
            match kind {
                DayKind::Closure => closed.insert(day),
                DayKind::Reopening => closed.remove(&day),
            };
        }
        Calendar { years, closed }
    }

    /// The years this calendar answers for.
    pub fn years(&self) -> RangeInclusive<i32> {
        self.years.clone()
    }

    fn covers(&self, day: NaiveDate) -> Result<()> {
        if self.years.contains(&day.year()) {
            Ok(())
        } else {
            Err(Error::Internal(format!(
                "the business-day calendar was loaded for {}–{}, and asked about {day}",
                self.years.start(),
                self.years.end()
            )))
        }
    }

    /// F7: a business day is a weekday that is not closed.
    pub fn is_business_day(&self, day: NaiveDate) -> Result<bool> {
        self.covers(day)?;
        Ok(!is_weekend(day) && !self.closed.contains(&day))
    }

    /// `day` when it is a business day, else the first business day after it.
    pub fn next_business_day(&self, day: NaiveDate) -> Result<NaiveDate> {
        let mut day = day;
        while !self.is_business_day(day)? {
            day = self.after(day)?;
        }
        Ok(day)
    }

    fn after(&self, day: NaiveDate) -> Result<NaiveDate> {
        day.succ_opt()
            .ok_or_else(|| Error::Internal(format!("no day after {day}")))
    }

    /// The `n`th business day after `day` (`day` itself for 0).
    pub fn add_business_days(&self, day: NaiveDate, n: u32) -> Result<NaiveDate> {
        self.covers(day)?;
        let mut day = day;
        for _ in 0..n {
            day = self.next_business_day(self.after(day)?)?;
        }
        Ok(day)
    }

    /// The number of business days after `from` up to and including `to` (negative when
    /// `to` is before `from`), so that from a business day `d`,
    /// `business_days_between(d, add_business_days(d, n)) == n`.
    pub fn business_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64> {
        if to < from {
            return self.business_days_between(to, from).map(|n| -n);
        }
        self.covers(from)?;
        self.covers(to)?;
        let mut count = 0;
        let mut day = from;
        while day < to {
            day = self.after(day)?;
            if self.is_business_day(day)? {
                count += 1;
            }
        }
        Ok(count)
    }

    /// The moment a deadline counts from when action was needed at `at`: `at` itself
    /// on a business day, else the start of the next business day (the assumption of
    /// this module).
    pub fn counted_from(&self, at: DateTime<Utc>) -> Result<DateTime<Utc>> {
        let day = illinois_date(at);
        if self.is_business_day(day)? {
            return Ok(at);
        }
        let next = self.next_business_day(day)?;
        Ok(illinois_moment(next.and_time(NaiveTime::MIN)))
    }

    /// The moment `n` business days after action was needed at `at`: the same Illinois
    /// time of day, `n` business days after the day it counts from. F5/F7: "48 business
    /// hours" is `business_days_after(at, 2)`; a provider's 10 business days
    /// `business_days_after(at, 10)`.
    pub fn business_days_after(&self, at: DateTime<Utc>, n: u32) -> Result<DateTime<Utc>> {
        let start = self.counted_from(at)?.with_timezone(&ZONE);
        let due = self.add_business_days(start.date_naive(), n)?;
        Ok(illinois_moment(due.and_time(start.time())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("moment")
            .with_timezone(&Utc)
    }

    fn calendar() -> Calendar {
        Calendar::new(
            2020..=2030,
            [
                (d("2024-11-05"), DayKind::Closure),
                (d("2025-12-24"), DayKind::Closure),
                (d("2026-11-11"), DayKind::Reopening),
            ],
        )
    }

    #[test]
    fn f7_business_days_skip_weekends_holidays_and_added_closures() {
        let c = calendar();
        #[rustfmt::skip]
        let cases = [
            ("2026-03-02", true),  // a Monday
            ("2026-03-07", false), // a Saturday
            ("2026-03-08", false), // a Sunday
            ("2021-12-24", false), // Christmas 2021, observed on the Friday
            ("2021-12-27", true),
            ("2021-12-31", false), // New Year's Day 2022, observed in 2021
            ("2023-02-13", false), // Lincoln's Birthday 2023, observed on the Monday
            ("2024-11-05", false), // General Election Day 2024, an added closure
            ("2025-12-24", false), // an added closure
            ("2026-11-11", true),  // Veterans Day 2026, reopened
            ("2026-11-26", false), // Thanksgiving
            ("2026-11-27", false), // the day after
        ];
        for (day, open) in cases {
            assert_eq!(c.is_business_day(d(day)).expect("covered"), open, "{day}");
        }
    }

    #[test]
    fn f7_a_change_on_a_weekend_or_outside_the_years_changes_nothing() {
        let c = Calendar::new(
            2026..=2026,
            [
                (d("2026-03-07"), DayKind::Reopening),
                (d("2027-03-03"), DayKind::Closure),
            ],
        );
        assert!(!c.is_business_day(d("2026-03-07")).expect("covered"));
        assert!(matches!(
            c.is_business_day(d("2027-03-03")),
            Err(Error::Internal(_))
        ));
    }

    #[test]
    fn f7_adding_business_days() {
        let c = calendar();
        #[rustfmt::skip]
        let cases = [
            ("2026-03-02", 0, "2026-03-02"),
            ("2026-03-02", 2, "2026-03-04"),
            ("2026-03-05", 2, "2026-03-09"),  // Thursday → Monday over the weekend
            ("2026-03-07", 1, "2026-03-09"),  // from a Saturday
            ("2021-12-23", 2, "2021-12-28"),  // over Christmas 2021 (observed on the 24th)
            ("2021-12-29", 2, "2022-01-03"),  // over New Year's Day 2022 (observed in 2021)
            ("2026-11-25", 2, "2026-12-01"),  // over Thanksgiving and the day after
            ("2026-11-10", 1, "2026-11-11"),  // Veterans Day reopened
            ("2026-03-02", 10, "2026-03-16"),
            ("2026-05-20", 10, "2026-06-04"), // over Memorial Day
        ];
        for (from, n, to) in cases {
            assert_eq!(
                c.add_business_days(d(from), n).expect("covered"),
                d(to),
                "{from} + {n}"
            );
        }
    }

    #[test]
    fn f7_business_days_between_two_dates() {
        let c = calendar();
        #[rustfmt::skip]
        let cases = [
            ("2026-03-02", "2026-03-02", 0),
            ("2026-03-02", "2026-03-04", 2),
            ("2026-03-06", "2026-03-09", 1),  // Friday → Monday
            ("2026-03-07", "2026-03-08", 0),  // a weekend
            ("2021-12-29", "2022-01-03", 2),
            ("2026-03-04", "2026-03-02", -2),
            // 260 weekdays after 1 January, 11 of them holidays (Veterans Day reopened).
            ("2026-01-01", "2026-12-31", 249),
        ];
        for (from, to, n) in cases {
            assert_eq!(
                c.business_days_between(d(from), d(to)).expect("covered"),
                n,
                "{from} → {to}"
            );
        }
        for n in 0..15 {
            let from = d("2026-11-20");
            let to = c.add_business_days(from, n).expect("covered");
            assert_eq!(
                c.business_days_between(from, to).expect("covered"),
                i64::from(n)
            );
        }
    }

    /// F5, F7: "48 business hours" is two business days counted from the moment action
    /// was needed, at the same Illinois time of day.
    #[test]
    fn f5_f7_forty_eight_business_hours_after_a_moment() {
        let c = calendar();
        #[rustfmt::skip]
        let cases = [
            // Monday 9:04 in Chicago (CST, UTC−6) → Wednesday 9:04.
            ("2026-03-02T15:04:05Z", 2, "2026-03-04T15:04:05Z"),
            // Friday 16:00 CST → Tuesday 16:00 CDT.
            ("2026-03-06T22:00:00Z", 2, "2026-03-10T21:00:00Z"),
            // Saturday noon counts from Monday midnight → Wednesday midnight.
            ("2026-03-07T18:00:00Z", 2, "2026-03-11T05:00:00Z"),
            // Friday 23:30 in Chicago is already Saturday in UTC: still a Friday.
            ("2026-03-07T05:30:00Z", 2, "2026-03-11T04:30:00Z"),
            // Sunday 21:00 in Chicago is Monday in UTC: still a Sunday, counts from
            // Monday midnight.
            ("2026-03-09T02:00:00Z", 2, "2026-03-11T05:00:00Z"),
            // Over the spring change (8 March 2026): Friday 10:00 CST → Tuesday 10:00 CDT.
            ("2026-03-06T16:00:00Z", 2, "2026-03-10T15:00:00Z"),
            // Christmas Eve 2021 is the observed Christmas: counts from Monday 27
            // December, midnight.
            ("2021-12-24T15:00:00Z", 2, "2021-12-29T06:00:00Z"),
            // Wednesday before Thanksgiving 2026, 14:00 → Tuesday 1 December, 14:00.
            ("2026-11-25T20:00:00Z", 2, "2026-12-01T20:00:00Z"),
            // A provider's 10 business days.
            ("2026-03-02T15:04:05Z", 10, "2026-03-16T14:04:05Z"),
            // Zero: the moment it counts from.
            ("2026-03-07T18:00:00Z", 0, "2026-03-09T05:00:00Z"),
        ];
        for (at, n, due) in cases {
            assert_eq!(
                c.business_days_after(t(at), n).expect("covered"),
                t(due),
                "{at} + {n}"
            );
        }
    }

    #[test]
    fn f7_a_wall_clock_time_the_spring_change_skips_is_an_hour_later() {
        // 2026-03-08 02:30 does not exist in Chicago: 03:30 CDT = 08:30 UTC.
        let skipped = d("2026-03-08").and_hms_opt(2, 30, 0).expect("time");
        assert_eq!(illinois_moment(skipped), t("2026-03-08T08:30:00Z"));
        // 2026-11-01 01:30 happens twice: the first, CDT = 06:30 UTC.
        let repeated = d("2026-11-01").and_hms_opt(1, 30, 0).expect("time");
        assert_eq!(illinois_moment(repeated), t("2026-11-01T06:30:00Z"));
        assert_eq!(
            illinois_day(d("2026-03-08")),
            (t("2026-03-08T06:00:00Z"), t("2026-03-09T05:00:00Z"))
        );
    }

    #[test]
    fn a_question_outside_the_years_loaded_is_refused_as_a_bug() {
        let c = Calendar::new(2026..=2026, []);
        assert!(matches!(
            c.add_business_days(d("2026-12-30"), 2),
            Err(Error::Internal(_))
        ));
        assert!(c.add_business_days(d("2026-12-28"), 2).is_ok());
    }
}
