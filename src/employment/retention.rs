//! The retention arithmetic of M3–M5 and X5, pure so that `customer show`, the
//! employment commands, the exit's outcomes and the reports count days the same way.

use chrono::NaiveDate;

/// M3: retention is checked at 30, 60 and 90 days from the start.
pub const PERIODS: [i64; 3] = [30, 60, 90];

/// Days an employment has been kept: from its start to its end, or to `today` while it
/// lasts (never negative; a start in the future has kept none).
pub fn retained_days(started_on: NaiveDate, ended_on: Option<NaiveDate>, today: NaiveDate) -> i64 {
    let until = ended_on.map_or(today, |end| end.min(today));
    (until - started_on).num_days().max(0)
}

/// The benchmarks of M3 an employment has reached.
pub fn benchmarks(
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<i64> {
    let kept = retained_days(started_on, ended_on, today);
    PERIODS.into_iter().filter(|p| kept >= *p).collect()
}

/// M4: the longest Job Retention lasts for a program type: 180 days in SNAP to Success,
/// 90 in the other SNAP E&T programs.
pub fn job_retention_days(program_type: &str) -> i64 {
    if program_type == "snap-to-success" {
        180
    } else {
        90
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn m3_days_run_from_the_start_to_the_end_or_today() {
        assert_eq!(retained_days(d("2023-03-01"), None, d("2023-06-20")), 111);
        assert_eq!(
            retained_days(d("2023-03-01"), Some(d("2023-04-01")), d("2023-06-20")),
            31
        );
        assert_eq!(
            retained_days(d("2023-03-01"), Some(d("2023-09-01")), d("2023-06-20")),
            111
        );
        assert_eq!(retained_days(d("2023-07-01"), None, d("2023-06-20")), 0);
    }

    #[test]
    fn m3_benchmarks_are_reached_on_their_day() {
        assert_eq!(
            benchmarks(d("2023-03-01"), None, d("2023-03-30")),
            Vec::<i64>::new()
        );
        assert_eq!(benchmarks(d("2023-03-01"), None, d("2023-03-31")), vec![30]);
        assert_eq!(
            benchmarks(d("2023-03-01"), None, d("2023-06-20")),
            vec![30, 60, 90]
        );
    }

    #[test]
    fn m4_job_retention_lasts_90_days_or_180_in_snap_to_success() {
        assert_eq!(job_retention_days("snap-jp"), 90);
        assert_eq!(job_retention_days("earnfare"), 90);
        assert_eq!(job_retention_days("snap-to-success"), 180);
    }
}
