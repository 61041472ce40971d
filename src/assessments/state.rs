//! A2: where an assessment stands on a given day. It is current for 12 months from
//! the day it was completed and overdue after; it is due for review after 6 months;
//! in the last days before it is overdue (a configurable window) it is due soon. An
//! assessment replaced by a newer one of the same kind is superseded.

use chrono::{Months, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Current,
    ReviewDue,
    DueSoon,
    Overdue,
    Superseded,
}

impl State {
    pub fn code(self) -> &'static str {
        match self {
            State::Current => "current",
            State::ReviewDue => "review-due",
            State::DueSoon => "due-soon",
            State::Overdue => "overdue",
            State::Superseded => "superseded",
        }
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A2: the day a review is due (6 months on).
pub fn review_on(completed_on: NaiveDate) -> NaiveDate {
    completed_on
        .checked_add_months(Months::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// A2: the first day the assessment is overdue (12 months on); before it, it is
/// "under 12 months old" (B9).
pub fn due_on(completed_on: NaiveDate) -> NaiveDate {
    completed_on
        .checked_add_months(Months::new(12))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether an assessment completed on `completed_on` is current on `on` (A1: the one a
/// referral or an enrollment may rest on): completed by then and under 12 months old.
pub fn is_current(completed_on: NaiveDate, on: NaiveDate) -> bool {
    completed_on <= on && on < due_on(completed_on)
}

/// The state on `today` of the newest assessment of its kind, with a "due soon" window
/// of `due_soon_days` days before it is overdue.
pub fn state(completed_on: NaiveDate, today: NaiveDate, due_soon_days: u32) -> State {
    let due = due_on(completed_on);
    let soon = due
        .checked_sub_days(chrono::Days::new(u64::from(due_soon_days)))
        .unwrap_or(NaiveDate::MIN);
    if today >= due {
        State::Overdue
    } else if today >= soon {
        State::DueSoon
    } else if today >= review_on(completed_on) {
        State::ReviewDue
    } else {
        State::Current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn a2_current_then_review_then_due_soon_then_overdue() {
        let done = d("2025-03-02");
        assert_eq!(state(done, d("2025-03-02"), 30), State::Current);
        assert_eq!(state(done, d("2025-09-01"), 30), State::Current);
        assert_eq!(state(done, d("2025-09-02"), 30), State::ReviewDue);
        assert_eq!(state(done, d("2026-01-30"), 30), State::ReviewDue);
        // The last 30 days before 2026-03-02, the first day it is overdue.
        assert_eq!(state(done, d("2026-01-31"), 30), State::DueSoon);
        assert_eq!(state(done, d("2026-03-01"), 30), State::DueSoon);
        assert_eq!(state(done, d("2026-03-02"), 30), State::Overdue);
        assert_eq!(state(done, d("2027-01-01"), 30), State::Overdue);
    }

    #[test]
    fn a2_the_due_soon_window_is_configurable() {
        let done = d("2025-03-02");
        assert_eq!(state(done, d("2026-01-31"), 10), State::ReviewDue);
        assert_eq!(state(done, d("2026-02-20"), 10), State::DueSoon);
        assert_eq!(state(done, d("2026-03-01"), 0), State::ReviewDue);
        // A window longer than the review period leaves no "review due".
        assert_eq!(state(done, d("2025-09-02"), 200), State::DueSoon);
    }

    #[test]
    fn a2_twelve_months_by_the_calendar() {
        assert_eq!(due_on(d("2024-02-29")), d("2025-02-28"));
        assert_eq!(review_on(d("2025-08-31")), d("2026-02-28"));
        assert!(is_current(d("2025-03-02"), d("2026-03-01")));
        assert!(!is_current(d("2025-03-02"), d("2026-03-02")));
        assert!(!is_current(d("2025-03-02"), d("2025-03-01")));
    }
}
