//! The pure rules of an Employment Plan's activities (E3, E4), tested in process.

use chrono::{Datelike, NaiveDate};

use crate::catalogue::Kind;
use crate::error::{Error, Result};

use super::ActivityStatus;

/// Job Retention (E3: never the first nor the only SNAP E&T activity on the plan).
pub const JOB_RETENTION: &str = "JR";

/// An activity already on the plan, as E3 counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OnPlan<'a> {
    pub code: &'a str,
    pub kind: Kind,
    pub status: ActivityStatus,
}

/// E4: the first day an activity of an enrollment made on `enrolled_on` may start.
pub fn earliest_start(enrolled_on: NaiveDate) -> NaiveDate {
    enrolled_on.with_day(1).unwrap_or(enrolled_on)
}

/// E4: `date` (given as `field`) is not before the first of the month of enrollment.
pub fn check_start(field: &str, date: NaiveDate, enrolled_on: NaiveDate) -> Result<()> {
    let earliest = earliest_start(enrolled_on);
    if date < earliest {
        return Err(Error::rule_on(
            "E4",
            field,
            format!(
                "{date} is before {earliest}: an activity can't start before the first of the \
                 month the customer was enrolled ({enrolled_on})"
            ),
        ));
    }
    Ok(())
}

/// E3, adding an activity of `code` and `kind` to a plan holding `plan`: Job Retention
/// needs another SNAP E&T activity on the plan (never the first, never the only one);
/// an Other activity needs a SNAP E&T activity planned or open.
pub fn check_add(code: &str, kind: Kind, plan: &[OnPlan<'_>]) -> Result<()> {
    let snap = || plan.iter().filter(|a| a.kind == Kind::SnapEt);
    if kind == Kind::SnapEt && code == JOB_RETENTION && !snap().any(|a| a.code != JOB_RETENTION) {
        return Err(Error::rule(
            "E3",
            "Job Retention can't be the first or the only SNAP E&T activity on the plan: \
             add another SNAP E&T activity first",
        ));
    }
    if kind == Kind::Other && !snap().any(|a| a.status.open()) {
        return Err(Error::rule(
            "E3",
            format!(
                "{code} is an Other E&T activity: it needs a SNAP E&T activity planned or \
                 open on the plan"
            ),
        ));
    }
    Ok(())
}

/// E3, deleting the activity at `index` of `plan`: what remains must still hold a SNAP
/// E&T activity other than Job Retention when it holds any, and a planned or open SNAP
/// E&T activity while an Other activity is planned or open.
pub fn check_remove(index: usize, plan: &[OnPlan<'_>]) -> Result<()> {
    let rest: Vec<&OnPlan<'_>> = plan
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, a)| a)
        .collect();
    let snap = || rest.iter().filter(|a| a.kind == Kind::SnapEt);
    if snap().next().is_some() && snap().all(|a| a.code == JOB_RETENTION) {
        return Err(Error::rule(
            "E3",
            "Job Retention would be the only SNAP E&T activity on the plan",
        ));
    }
    let other_open = rest
        .iter()
        .any(|a| a.kind == Kind::Other && a.status.open());
    if other_open && !snap().any(|a| a.status.open()) {
        return Err(Error::rule(
            "E3",
            "the plan's Other E&T activities need a SNAP E&T activity planned or open",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn on(code: &'static str, kind: Kind, status: ActivityStatus) -> OnPlan<'static> {
        OnPlan { code, kind, status }
    }

    #[test]
    fn e4_an_activity_starts_on_or_after_the_first_of_the_month_of_enrollment() {
        assert_eq!(earliest_start(d("2026-03-17")), d("2026-03-01"));
        assert!(check_start("--date", d("2026-03-01"), d("2026-03-17")).is_ok());
        let e =
            check_start("--date", d("2026-02-28"), d("2026-03-17")).expect_err("before the month");
        assert_eq!(
            e.to_string(),
            "rule E4: --date 2026-02-28 is before 2026-03-01: an activity can't start before \
             the first of the month the customer was enrolled (2026-03-17)"
        );
    }

    #[test]
    fn e3_job_retention_is_never_first_nor_only() {
        use ActivityStatus::*;
        assert!(check_add("JR", Kind::SnapEt, &[]).is_err());
        assert!(check_add("JR", Kind::SnapEt, &[on("JR", Kind::SnapEt, Started)]).is_err());
        assert!(check_add("JR", Kind::SnapEt, &[on("SJS", Kind::SnapEt, Successful)]).is_ok());
        assert!(check_add("SJS", Kind::SnapEt, &[]).is_ok());
    }

    #[test]
    fn e3_an_other_activity_needs_an_open_snap_et_activity() {
        use ActivityStatus::*;
        assert!(check_add("E", Kind::Other, &[]).is_err());
        assert!(check_add("E", Kind::Other, &[on("SJS", Kind::SnapEt, Successful)]).is_err());
        assert!(check_add("E", Kind::Other, &[on("SJS", Kind::SnapEt, Planned)]).is_ok());
    }

    #[test]
    fn e3_removing_keeps_job_retention_company_and_other_activities_supported() {
        use ActivityStatus::*;
        let plan = [
            on("SJS", Kind::SnapEt, Planned),
            on("JR", Kind::SnapEt, Started),
        ];
        assert!(check_remove(0, &plan).is_err());
        assert!(check_remove(1, &plan).is_ok());
        let plan = [
            on("SJS", Kind::SnapEt, Planned),
            on("E", Kind::Other, Planned),
        ];
        assert!(check_remove(0, &plan).is_err());
        assert!(check_remove(1, &plan).is_ok());
        assert!(check_remove(0, &[on("SJS", Kind::SnapEt, Planned)]).is_ok());
    }
}
