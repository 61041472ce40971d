//! The days and moments every count of the dashboard is judged by, all from one moment
//! (the session's clock) and its Illinois date: the state fiscal year so far (P3), and
//! the edge of each window (D3, A2, A3, M5, V6) as the one value a statement compares
//! with, so that no date is computed per row in SQL. Pure, tested in process.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::assessments::state::{self, State};
use crate::calendar::illinois_day;
use crate::values::FiscalYear;

/// D3: redeterminations within this many days are counted.
pub const REDETERMINATION_DAYS: u64 = 60;
/// D3: fewer days than this until the redetermination is a red flag.
pub const REDETERMINATION_RED_FLAG_DAYS: u64 = 30;
/// A3: the Needs Assessment is done within this many days of enrollment.
pub const NEEDS_ASSESSMENT_DAYS: u64 = 30;
/// M5: a customer in Job Retention is contacted every this many days.
pub const CONTACT_DAYS: u64 = 30;
/// X5, D1: employment kept this many days is "retained 90 days".
pub const RETAINED_DAYS: u64 = 90;

/// The moment the dashboard is of and what follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub now: DateTime<Utc>,
    /// The Illinois date of `now`.
    pub today: NaiveDate,
    /// P3: the state fiscal year `today` is in.
    pub fiscal_year: FiscalYear,
}

fn minus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// The last day `d` at or around `guess` for which `holds(d)`, where `holds` is true
/// up to some day and false after it.
fn last_day(guess: NaiveDate, holds: impl Fn(NaiveDate) -> bool) -> NaiveDate {
    let mut d = guess;
    while holds(plus(d, 1)) && d < NaiveDate::MAX {
        d = plus(d, 1);
    }
    while !holds(d) && d > NaiveDate::MIN {
        d = minus(d, 1);
    }
    d
}

impl Window {
    pub fn at(now: DateTime<Utc>) -> Window {
        let today = crate::clock::illinois_date(now);
        Window {
            now,
            today,
            fiscal_year: FiscalYear::containing(today),
        }
    }

    /// P3: the first day of the fiscal year: "year to date" runs from it to today.
    pub fn year_start(&self) -> NaiveDate {
        self.fiscal_year.start()
    }

    /// The first moment of the fiscal year in Illinois, for what is counted by the
    /// moment it happened (referrals sent and answered).
    pub fn year_start_moment(&self) -> DateTime<Utc> {
        illinois_day(self.year_start()).0
    }

    /// D3: the last redetermination date within 60 days (today is day 0).
    pub fn redetermination_last(&self) -> NaiveDate {
        plus(self.today, REDETERMINATION_DAYS)
    }

    /// D3: redetermination dates before this are under 30 days away: red flags.
    pub fn redetermination_red_flag_before(&self) -> NaiveDate {
        plus(self.today, REDETERMINATION_RED_FLAG_DAYS)
    }

    /// A2: an assessment whose newest of its kind was completed on or before this day is
    /// due soon or overdue today, with a "due soon" window of `due_soon_days`.
    pub fn assessment_due_by(&self, due_soon_days: u32) -> NaiveDate {
        let today = self.today;
        let guess = plus(
            today
                .checked_sub_months(chrono::Months::new(12))
                .unwrap_or(NaiveDate::MIN),
            u64::from(due_soon_days),
        );
        last_day(guess, |d| {
            matches!(
                state::state(d, today, due_soon_days),
                State::DueSoon | State::Overdue
            )
        })
    }

    /// A2: an assessment whose newest of its kind was completed on or before this day is
    /// overdue today (12 months on).
    pub fn assessment_overdue_by(&self) -> NaiveDate {
        let today = self.today;
        let guess = today
            .checked_sub_months(chrono::Months::new(12))
            .unwrap_or(NaiveDate::MIN);
        last_day(guess, |d| state::due_on(d) <= today)
    }

    /// A3: an enrollment before this day is more than 30 days old.
    pub fn needs_assessment_late_before(&self) -> NaiveDate {
        minus(self.today, NEEDS_ASSESSMENT_DAYS)
    }

    /// M5: Job Retention started on or before this day has had 30 days.
    pub fn contact_started_by(&self) -> NaiveDate {
        minus(self.today, CONTACT_DAYS)
    }

    /// M5: a case note written at or after this moment (the start of the Illinois day 29
    /// days ago) means the 30-day contact is not due yet: the contact is due on the 30th
    /// day after the last note (`employment::rules::contact_due_on`).
    pub fn contact_noted_since(&self) -> DateTime<Utc> {
        illinois_day(minus(self.today, CONTACT_DAYS - 1)).0
    }

    /// V6: an override requested before this moment (the start of the Illinois day 14
    /// days ago) has been pending more than 14 days.
    pub fn override_flag_before(&self) -> DateTime<Utc> {
        let days = crate::services::rules::OVERRIDE_FLAG_DAYS.unsigned_abs();
        illinois_day(minus(self.today, days)).0
    }

    /// D1 "retained 90 days": employment started on or after this day reaches its 90th
    /// day within the fiscal year…
    pub fn retained_from(&self) -> NaiveDate {
        minus(self.year_start(), RETAINED_DAYS)
    }

    /// …and started on or before this day has reached it by today.
    pub fn retained_by(&self) -> NaiveDate {
        minus(self.today, RETAINED_DAYS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::employment::rules::contact_due_on;
    use crate::services::rules::pending_days;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn at(s: &str) -> Window {
        Window::at(
            DateTime::parse_from_rfc3339(s)
                .expect("moment")
                .with_timezone(&Utc),
        )
    }

    #[test]
    fn p3_the_fiscal_year_to_date_starts_on_1_july_in_illinois() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.today, d("2026-03-02"));
        assert_eq!(w.fiscal_year.to_string(), "FY26");
        assert_eq!(w.year_start(), d("2025-07-01"));
        assert_eq!(
            w.year_start_moment().to_rfc3339(),
            "2025-07-01T05:00:00+00:00"
        );
        // 30 June, 11 pm in Chicago is still FY25 there.
        let w = at("2025-07-01T04:00:00Z");
        assert_eq!(
            (w.today, w.fiscal_year.to_string()),
            (d("2025-06-30"), "FY25".to_string())
        );
    }

    #[test]
    fn d3_sixty_days_in_thirty_a_red_flag() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.redetermination_last(), d("2026-05-01"));
        assert_eq!(w.redetermination_red_flag_before(), d("2026-04-01"));
    }

    /// The edges agree with A2's own states (`assessment list`) on every day around them.
    #[test]
    fn a2_the_edges_are_the_states_of_assessment_list() {
        for now in [
            "2026-03-02T15:04:05Z",
            "2025-03-01T12:00:00Z",
            "2024-02-29T12:00:00Z",
            "2026-08-31T12:00:00Z",
        ] {
            let w = at(now);
            for window in [0, 10, 30, 200] {
                let due_by = w.assessment_due_by(window);
                let overdue_by = w.assessment_overdue_by();
                let mut day = minus(w.today, 800);
                while day <= w.today {
                    let s = state::state(day, w.today, window);
                    assert_eq!(
                        day <= due_by,
                        matches!(s, State::DueSoon | State::Overdue),
                        "{now} {window} {day}"
                    );
                    assert_eq!(day <= overdue_by, s == State::Overdue, "{now} {day}");
                    day = plus(day, 1);
                }
            }
        }
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.assessment_overdue_by(), d("2025-03-02"));
        assert_eq!(w.assessment_due_by(30), d("2025-04-01"));
        // A leap day's 12 months end on 28 February.
        let w = at("2025-02-28T18:00:00Z");
        assert_eq!(w.assessment_overdue_by(), d("2024-02-29"));
    }

    #[test]
    fn a3_more_than_30_days_after_enrollment() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.needs_assessment_late_before(), d("2026-01-31"));
    }

    /// The edges agree with `employment due` (M5) for every start and last note around them.
    #[test]
    fn m5_the_edges_are_the_contact_due_of_employment_due() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.contact_started_by(), d("2026-01-31"));
        assert_eq!(
            w.contact_noted_since().to_rfc3339(),
            "2026-02-01T06:00:00+00:00"
        );
        let mut start = d("2026-01-20");
        while start <= d("2026-02-10") {
            for note in [
                None,
                Some(d("2026-01-25")),
                Some(d("2026-01-31")),
                Some(d("2026-02-01")),
            ] {
                let due = contact_due_on(start, note) <= w.today;
                let noted_since =
                    note.is_some_and(|n| illinois_day(n).0 >= w.contact_noted_since());
                assert_eq!(
                    due,
                    start <= w.contact_started_by() && !noted_since,
                    "{start} {note:?}"
                );
            }
            start = plus(start, 1);
        }
    }

    #[test]
    fn v6_the_edge_is_more_than_14_days_pending() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(
            w.override_flag_before().to_rfc3339(),
            "2026-02-16T06:00:00+00:00"
        );
        for (day, flagged) in [("2026-02-15", true), ("2026-02-16", false)] {
            assert_eq!(pending_days(d(day), w.today).1, flagged);
            assert_eq!(illinois_day(d(day)).0 < w.override_flag_before(), flagged);
        }
    }

    #[test]
    fn d1_retained_90_days_within_the_year() {
        let w = at("2026-03-02T15:04:05Z");
        assert_eq!(w.retained_from(), d("2025-04-02"));
        assert_eq!(w.retained_by(), d("2025-12-02"));
    }
}
