//! Exit, un-exit and the outcomes (DOMAIN.md §12: X1–X6).
//!
//! - [`exit`]: `isets exit`, the exit of one enrollment (a provider and program): every
//!   activity of it closed (X1), a status and the reason it allows (X3), recorded with
//!   the date and who (X2), the optional Measurable Skill Gain (X6); the enrollment's
//!   `exited_on` set and, when no other enrollment stays open, the E&T status Exited
//!   (T2), in one write. `isets unexit` (X4) reopens it on employment of 20+ hours a week
//!   found within 60 days, in Job Retention.
//! - [`overview`]: the Overview's "Completed / Exited" and "Outcomes" (X5) for
//!   `customer show`.
//!
//! This file holds the pure rules, tested in process.

pub mod exit;
pub mod overview;

use chrono::{NaiveDate, TimeDelta};

use crate::error::{Error, Result};
use crate::named::named;

named! {
    /// X3: the program completion status of an exit.
    ExitStatus {
        Unsuccessful = ("unsuccessful", "Exited - Unsuccessful Completion"),
        Moved = ("moved", "Exited - Moved to another Program"),
        Successful = ("successful", "Exited - Successful Completion"),
    }
}

/// X3: an exit reason, as stored (its kebab code) and as the manuals name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub code: &'static str,
    pub shown: &'static str,
}

const fn reason(code: &'static str, shown: &'static str) -> Reason {
    Reason { code, shown }
}

/// X3: the reasons an unsuccessful completion allows.
pub const UNSUCCESSFUL: [Reason; 5] = [
    reason("employed-moved-out-of-area", "Employed, moved out of area"),
    reason("moved-out-of-area", "Moved out of the area"),
    reason("no-longer-eligible", "No longer eligible"),
    reason(
        "not-the-right-fit",
        "Not the right fit / referred to a different program",
    ),
    reason(
        "did-not-meet-requirements",
        "Did not meet program requirements",
    ),
];

/// X3: the reasons a successful completion allows.
pub const SUCCESSFUL: [Reason; 4] = [
    reason("pending-employment", "Pending employment"),
    reason("unemployed", "Unemployed"),
    reason("retention", "Retention"),
    reason("employed-beyond-90-days", "Employed beyond 90 days"),
];

impl ExitStatus {
    /// X3: the reasons this status allows; "moved to another program" takes none.
    pub fn reasons(self) -> &'static [Reason] {
        match self {
            ExitStatus::Unsuccessful => &UNSUCCESSFUL,
            ExitStatus::Moved => &[],
            ExitStatus::Successful => &SUCCESSFUL,
        }
    }

    /// X5's fifth milestone counts a successful or unsuccessful completion, not a move.
    pub fn completes(self) -> bool {
        self != ExitStatus::Moved
    }
}

/// The name the manuals give a stored reason code ("N/A" for none, as 000 shows).
pub fn reason_shown(code: Option<&str>) -> &'static str {
    let Some(code) = code else {
        return "N/A";
    };
    UNSUCCESSFUL
        .iter()
        .chain(SUCCESSFUL.iter())
        .find(|r| r.code == code)
        .map(|r| r.shown)
        .unwrap_or("N/A")
}

/// The status given for `--status`.
pub fn parse_status(value: &str) -> Result<ExitStatus> {
    value
        .parse()
        .map_err(|why: String| Error::invalid("--status", value, format!("{why} (X3)")))
}

/// X3: the reason given for `status`, as its code or its name (any case): required for
/// an unsuccessful or successful completion, refused for a move to another program.
pub fn check_reason(status: ExitStatus, given: Option<&str>) -> Result<Option<Reason>> {
    let given = given.map(str::trim).filter(|r| !r.is_empty());
    let allowed = status.reasons();
    let list = || {
        allowed
            .iter()
            .map(|r| format!("{} ({})", r.code, r.shown))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match given {
        None if allowed.is_empty() => Ok(None),
        None => Err(Error::rule_on(
            "X3",
            "--exit-reason",
            format!("is required for {}: one of {}", status.shown(), list()),
        )),
        Some(value) if allowed.is_empty() => Err(Error::rule_on(
            "X3",
            "--exit-reason",
            format!(
                "{value:?} is not allowed: {} takes no reason",
                status.shown()
            ),
        )),
        Some(value) => allowed
            .iter()
            .find(|r| r.code == value || r.shown.eq_ignore_ascii_case(value))
            .copied()
            .map(Some)
            .ok_or_else(|| {
                Error::rule_on(
                    "X3",
                    "--exit-reason",
                    format!(
                        "{value:?} is not a reason of {}: one of {}",
                        status.shown(),
                        list()
                    ),
                )
            }),
    }
}

/// X2: the completion date is a day that has come, not before the enrollment nor
/// before the last activity of the enrollment completed (`last_completion`).
pub fn check_exit_date(
    date: NaiveDate,
    today: NaiveDate,
    enrolled_on: NaiveDate,
    last_completion: Option<(i64, NaiveDate)>,
) -> Result<()> {
    if date > today {
        return Err(Error::rule_on(
            "X2",
            "--date",
            format!("{date} is after today ({today}): an exit is recorded on the day it happened"),
        ));
    }
    if date < enrolled_on {
        return Err(Error::rule_on(
            "X2",
            "--date",
            format!("{date} is before the enrollment on {enrolled_on}"),
        ));
    }
    if let Some((activity, completed_on)) = last_completion
        && date < completed_on
    {
        return Err(Error::rule_on(
            "X2",
            "--date",
            format!(
                "{date} is before activity {activity} completed on {completed_on}: the program \
                 completes with its last activity or after"
            ),
        ));
    }
    Ok(())
}

/// X4: how many days after the exit the employment may be found.
pub const UNEXIT_DAYS: i64 = 60;

/// M2, X4: hours a week (in hundredths) Job Retention needs.
pub const JOB_RETENTION_HOURS: i64 = 2000;

/// Hours in hundredths as the employment commands take them ("19.5", "20").
pub fn hours(hundredths: i64) -> String {
    let text = format!("{}.{:02}", hundredths / 100, hundredths % 100);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The employment an un-exit rests on, as X4 judges it.
#[derive(Debug, Clone, Copy)]
pub struct Employed {
    pub id: i64,
    pub started_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    /// Hours a week, in hundredths.
    pub hours: i64,
}

/// X4: "a customer who finds employment of 20+ hours a week within 60 days of exit".
/// **Assumption**: the employment counts when it starts no later than 60 days after the
/// exit, and, when it started before the exit, was still running on the exit date (the
/// customer had the job when exited, which is the same need for Job Retention). It must
/// not have ended before today, as Job Retention keeps a job. Returns the day Job
/// Retention starts: the employment's start, or the day after the exit if later.
pub fn check_unexit(e: &Employed, exited_on: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
    if e.hours < JOB_RETENTION_HOURS {
        return Err(Error::rule_on(
            "X4",
            "--employment",
            format!(
                "{} is {} hours a week: un-exiting into Job Retention needs 20 or more (M2)",
                e.id,
                hours(e.hours)
            ),
        ));
    }
    let latest = exited_on + TimeDelta::days(UNEXIT_DAYS);
    if e.started_on > latest {
        return Err(Error::rule_on(
            "X4",
            "--employment",
            format!(
                "{} started on {}, more than {UNEXIT_DAYS} days after the exit on {exited_on} \
                 (the last day was {latest}): a returning customer needs a new enrollment (N5)",
                e.id, e.started_on
            ),
        ));
    }
    if let Some(ended_on) = e.ended_on {
        if ended_on < exited_on || (e.started_on < exited_on && ended_on == exited_on) {
            return Err(Error::rule_on(
                "X4",
                "--employment",
                format!(
                    "{} ended on {ended_on}, by the exit on {exited_on}: it is not employment \
                     found after the exit",
                    e.id
                ),
            ));
        }
        if ended_on < today {
            return Err(Error::rule_on(
                "X4",
                "--employment",
                format!(
                    "{} ended on {ended_on}: Job Retention keeps a running job",
                    e.id
                ),
            ));
        }
    }
    Ok(e.started_on.max(exited_on + TimeDelta::days(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn x3_each_status_takes_exactly_its_reasons() {
        let code = |s, r| check_reason(s, r).map(|r| r.map(|r| r.code));
        assert_eq!(code(ExitStatus::Moved, None).expect("moved"), None);
        assert!(code(ExitStatus::Moved, Some("unemployed")).is_err());
        assert!(code(ExitStatus::Successful, None).is_err());
        assert!(code(ExitStatus::Successful, Some("  ")).is_err());
        assert_eq!(
            code(ExitStatus::Successful, Some("Employed beyond 90 days")).expect("label"),
            Some("employed-beyond-90-days")
        );
        assert!(code(ExitStatus::Successful, Some("no-longer-eligible")).is_err());
        assert_eq!(
            code(ExitStatus::Unsuccessful, Some("no-longer-eligible")).expect("code"),
            Some("no-longer-eligible")
        );
        assert!(code(ExitStatus::Unsuccessful, Some("retention")).is_err());
        let err = check_reason(ExitStatus::Unsuccessful, None)
            .expect_err("required")
            .to_string();
        assert!(
            err.starts_with("rule X3: --exit-reason is required"),
            "{err}"
        );
        assert_eq!(reason_shown(Some("retention")), "Retention");
        assert_eq!(reason_shown(None), "N/A");
    }

    #[test]
    fn x3_statuses_parse_from_code_or_name() {
        assert_eq!(parse_status("moved").expect("code"), ExitStatus::Moved);
        assert_eq!(
            parse_status("exited - successful completion").expect("name"),
            ExitStatus::Successful
        );
        assert!(parse_status("done").is_err());
        assert!(ExitStatus::Successful.completes() && !ExitStatus::Moved.completes());
    }

    #[test]
    fn x2_the_exit_date_has_come_and_follows_the_enrollment_and_its_activities() {
        let today = d("2026-03-02");
        let enrolled = d("2026-02-16");
        assert!(check_exit_date(d("2026-03-02"), today, enrolled, None).is_ok());
        assert!(check_exit_date(d("2026-03-03"), today, enrolled, None).is_err());
        assert!(check_exit_date(d("2026-02-15"), today, enrolled, None).is_err());
        assert!(
            check_exit_date(d("2026-02-20"), today, enrolled, Some((1, d("2026-02-21")))).is_err()
        );
        assert!(
            check_exit_date(d("2026-02-21"), today, enrolled, Some((1, d("2026-02-21")))).is_ok()
        );
    }

    #[test]
    fn x4_employment_of_20_hours_within_60_days_of_the_exit() {
        let exited = d("2026-01-31");
        let today = d("2026-03-02");
        let job = |start: &str, end: Option<&str>, hours| Employed {
            id: 7,
            started_on: d(start),
            ended_on: end.map(d),
            hours,
        };
        assert_eq!(
            check_unexit(&job("2026-02-10", None, 2000), exited, today).expect("in time"),
            d("2026-02-10")
        );
        assert_eq!(
            check_unexit(&job("2026-04-01", None, 2000), exited, today).expect("60th day"),
            d("2026-04-01")
        );
        assert!(check_unexit(&job("2026-04-02", None, 2000), exited, today).is_err());
        assert!(check_unexit(&job("2026-02-10", None, 1999), exited, today).is_err());
        // Held since before the exit and still running: Job Retention from the next day.
        assert_eq!(
            check_unexit(&job("2025-12-01", None, 4000), exited, today).expect("running"),
            d("2026-02-01")
        );
        assert!(check_unexit(&job("2025-12-01", Some("2026-01-20"), 4000), exited, today).is_err());
        assert!(check_unexit(&job("2026-02-10", Some("2026-02-20"), 4000), exited, today).is_err());
        assert!(check_unexit(&job("2026-02-10", Some("2026-06-30"), 4000), exited, today).is_ok());
    }
}
