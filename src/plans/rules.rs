//! The pure rules of an Employment Plan's activities (E3, E4), tested in process.

use chrono::{Datelike, NaiveDate};

use crate::catalogue::Kind;
use crate::error::{Error, Result};

use super::ActivityStatus;
use crate::et_status::EtStatus;

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

// The rules of changing an activity (E2, E5) and of its attendance (E7). "Today" is
// the operator's date of the write (`Write::today`).

/// E2: an activity starts on a day that has come: a start still to come is what the
/// planned start is for (**design**). E4 is checked with [`check_start`].
pub fn check_started_on(date: NaiveDate, today: NaiveDate) -> Result<()> {
    if date > today {
        return Err(Error::rule_on(
            "E2",
            "--date",
            format!(
                "{date} is after today ({today}): an activity is started on the day it actually \
                 started; a start to come is its planned start"
            ),
        ));
    }
    Ok(())
}

/// E2: only a Planned/Not Started activity starts; a started one keeps its start date.
pub fn check_may_start(status: ActivityStatus, started_on: Option<NaiveDate>) -> Result<()> {
    match (status, started_on) {
        (ActivityStatus::Planned, _) => Ok(()),
        (_, Some(on)) => Err(Error::rule(
            "E2",
            format!(
                "the activity is {status} and started on {on}: a started activity's start \
                 date never changes"
            ),
        )),
        _ => Err(Error::rule("E2", format!("the activity is {status}"))),
    }
}

/// E5: closing needs a Started/Open activity and its actual completion date: on or
/// after the start, and not after today.
pub fn check_close(
    status: ActivityStatus,
    started_on: Option<NaiveDate>,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    let started_on = match (status, started_on) {
        (ActivityStatus::Started, Some(on)) => on,
        (ActivityStatus::Planned, _) => {
            return Err(Error::rule(
                "E2",
                "the activity is Planned/Not Started: a never-started activity is deleted, not \
                 closed (`isets activity delete`)",
            ));
        }
        _ => {
            return Err(Error::rule(
                "E5",
                format!("the activity is closed already ({status})"),
            ));
        }
    };
    if date < started_on {
        return Err(Error::rule_on(
            "E5",
            "--date",
            format!("{date} is before the activity started ({started_on})"),
        ));
    }
    if date > today {
        return Err(Error::rule_on(
            "E5",
            "--date",
            format!("{date} is after today ({today}): give the actual completion date"),
        ));
    }
    Ok(())
}

/// E2: only a never-started activity can be deleted.
pub fn check_may_delete(status: ActivityStatus) -> Result<()> {
    if status != ActivityStatus::Planned {
        return Err(Error::rule(
            "E2",
            format!(
                "the activity is {status}: only a never-started activity can be deleted; close \
                 it instead (`isets activity close`)"
            ),
        ));
    }
    Ok(())
}

/// E5: the planned end of a Planned or Started activity moves, never before its
/// planned start; a closed activity keeps its dates.
pub fn check_extend(
    status: ActivityStatus,
    planned_start: NaiveDate,
    planned_end: NaiveDate,
) -> Result<()> {
    if !status.open() {
        return Err(Error::rule(
            "E5",
            format!("the activity is closed ({status}): its dates are the record"),
        ));
    }
    if planned_end < planned_start {
        return Err(Error::invalid(
            "--planned-end",
            &planned_end.to_string(),
            format!("is before the planned start {planned_start}"),
        ));
    }
    Ok(())
}

/// T2: starting a SNAP E&T activity makes the customer Active from any status but
/// Active, Retention (Job Retention is participation of its own) and Consent Revoked
/// (set by hand and only undone by hand). **Assumption**: the customer has an open
/// enrollment, so a status from before enrollment, Inactive or Pending Activity Start
/// Date all mean "not participating yet, or again".
pub fn activates(from: EtStatus) -> bool {
    !matches!(
        from,
        EtStatus::Active | EtStatus::Retention | EtStatus::ConsentRevoked
    )
}

/// E7: the week a date falls in, named by its Monday (attendance is kept per week).
pub fn week_of(date: NaiveDate) -> NaiveDate {
    date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The most hours a week has (E7): 7 × 24.
pub const WEEK_HOURS: i64 = 168;

/// E7, V5: hours of a week as a number with at most two decimals, in hundredths,
/// from 0 to 168.
pub fn parse_hours(field: &str, value: &str) -> Result<i64> {
    let v = value.trim();
    let bad = |why: &str| Error::rule("V5", format!("{field}: {value:?} {why}"));
    if v.contains('-') && !v.starts_with('-') || v.contains(" to ") {
        return Err(bad("is a range, not a number of hours"));
    }
    if v.starts_with('-') {
        return Err(Error::invalid(field, value, "is negative"));
    }
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && frac.is_empty() || !digits(whole) || !digits(frac) {
        return Err(Error::invalid(field, value, "is not a number of hours"));
    }
    if frac.len() > 2 {
        return Err(bad("has more than two decimals"));
    }
    if v.ends_with('.') || whole.len() > 6 {
        return Err(Error::invalid(field, value, "is not a number of hours"));
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().unwrap_or(i64::MAX)
    };
    let frac: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().unwrap_or(0) * 10,
        _ => frac.parse().unwrap_or(0),
    };
    let hundredths = whole * 100 + frac;
    if hundredths > WEEK_HOURS * 100 {
        return Err(Error::rule_on(
            "E7",
            field,
            format!("{value} is more than the {WEEK_HOURS} hours of a week"),
        ));
    }
    Ok(hundredths)
}

/// Hundredths of an hour as people write them: `12`, `7.5`, `3.25`.
pub fn hours_shown(hundredths: i64) -> String {
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// E7: attendance is entered for a Started/Open activity, for a week from the one it
/// started in up to the current one.
pub fn check_attendance_week(
    status: ActivityStatus,
    started_on: Option<NaiveDate>,
    week: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    let started_on = match (status, started_on) {
        (ActivityStatus::Started, Some(on)) => on,
        _ => {
            return Err(Error::rule(
                "E7",
                format!(
                    "the activity is {status}: attendance is entered only for a Started/Open \
                     activity"
                ),
            ));
        }
    };
    if week < week_of(started_on) {
        return Err(Error::rule_on(
            "E7",
            "--week",
            format!("{week} is before the week the activity started ({started_on})"),
        ));
    }
    if week > week_of(today) {
        return Err(Error::rule_on(
            "E7",
            "--week",
            format!("{week} is a week to come (today is {today})"),
        ));
    }
    Ok(())
}

/// E7: hours verified are at most the hours attended (**design**: verifying confirms
/// what was entered, or less of it).
pub fn check_verified(verified: i64, attended: i64) -> Result<()> {
    if verified > attended {
        return Err(Error::rule_on(
            "E7",
            "--hours",
            format!(
                "{} is more than the {} hours entered for the week",
                hours_shown(verified),
                hours_shown(attended)
            ),
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

    #[test]
    fn e2_a_start_is_a_day_that_has_come_and_never_changes() {
        use ActivityStatus::*;
        assert!(check_started_on(d("2026-03-02"), d("2026-03-02")).is_ok());
        let e = check_started_on(d("2026-03-03"), d("2026-03-02")).expect_err("to come");
        assert!(
            e.to_string()
                .starts_with("rule E2: --date 2026-03-03 is after today")
        );
        assert!(check_may_start(Planned, None).is_ok());
        let e = check_may_start(Started, Some(d("2026-02-02"))).expect_err("started");
        assert!(e.to_string().contains("start date never changes"), "{e}");
        assert!(check_may_start(Successful, Some(d("2026-02-02"))).is_err());
    }

    #[test]
    fn e5_closing_needs_a_started_activity_and_its_actual_date() {
        use ActivityStatus::*;
        let (start, today) = (Some(d("2026-02-02")), d("2026-03-02"));
        assert!(check_close(Started, start, d("2026-02-02"), today).is_ok());
        assert!(check_close(Started, start, d("2026-03-02"), today).is_ok());
        let e = check_close(Started, start, d("2026-02-01"), today).expect_err("before");
        assert!(
            e.to_string()
                .starts_with("rule E5: --date 2026-02-01 is before"),
            "{e}"
        );
        assert!(check_close(Started, start, d("2026-03-03"), today).is_err());
        let e = check_close(Planned, None, d("2026-02-02"), today).expect_err("planned");
        assert!(e.to_string().starts_with("rule E2:"), "{e}");
        assert!(check_close(Successful, start, d("2026-02-02"), today).is_err());
    }

    #[test]
    fn e2_only_a_never_started_activity_is_deleted_and_e5_closed_ones_keep_their_dates() {
        use ActivityStatus::*;
        assert!(check_may_delete(Planned).is_ok());
        for s in [Started, Successful, Unsuccessful] {
            assert!(check_may_delete(s).is_err());
        }
        assert!(check_extend(Planned, d("2026-02-02"), d("2026-02-02")).is_ok());
        assert!(check_extend(Started, d("2026-02-02"), d("2026-06-30")).is_ok());
        assert!(check_extend(Started, d("2026-02-02"), d("2026-02-01")).is_err());
        assert!(check_extend(Unsuccessful, d("2026-02-02"), d("2026-06-30")).is_err());
    }

    #[test]
    fn t2_starting_makes_active_unless_active_in_retention_or_consent_revoked() {
        use EtStatus::*;
        for s in [
            PendingActivityStart,
            Inactive,
            NotEnrolled,
            WaitList,
            ReferralRejected,
        ] {
            assert!(activates(s), "{s:?}");
        }
        for s in [Active, Retention, ConsentRevoked] {
            assert!(!activates(s), "{s:?}");
        }
    }

    #[test]
    fn e7_a_week_is_named_by_its_monday() {
        assert_eq!(week_of(d("2026-03-02")), d("2026-03-02"));
        assert_eq!(week_of(d("2026-03-08")), d("2026-03-02"));
        assert_eq!(week_of(d("2026-03-01")), d("2026-02-23"));
        assert_eq!(week_of(d("2026-01-01")), d("2025-12-29"));
    }

    #[test]
    fn e7_v5_hours_have_two_decimals_at_most_and_fit_in_a_week() {
        assert_eq!(parse_hours("--hours", "12").ok(), Some(1200));
        assert_eq!(parse_hours("--hours", "7.5").ok(), Some(750));
        assert_eq!(parse_hours("--hours", " 3.25 ").ok(), Some(325));
        assert_eq!(parse_hours("--hours", ".5").ok(), Some(50));
        assert_eq!(parse_hours("--hours", "0").ok(), Some(0));
        assert_eq!(parse_hours("--hours", "168").ok(), Some(16800));
        let e = parse_hours("--hours", "168.01").expect_err("over a week");
        assert_eq!(
            e.to_string(),
            "rule E7: --hours 168.01 is more than the 168 hours of a week"
        );
        let e = parse_hours("--hours", "1.125").expect_err("decimals");
        assert_eq!(
            e.to_string(),
            "rule V5: --hours: \"1.125\" has more than two decimals"
        );
        let e = parse_hours("--hours", "10-12").expect_err("range");
        assert!(e.to_string().starts_with("rule V5:"), "{e}");
        for bad in ["", "-1", "ten", "1.", "1.2.3", "9999999"] {
            assert!(parse_hours("--hours", bad).is_err(), "{bad:?}");
        }
        assert_eq!(hours_shown(1200), "12");
        assert_eq!(hours_shown(750), "7.5");
        assert_eq!(hours_shown(325), "3.25");
        assert_eq!(hours_shown(5), "0.05");
    }

    #[test]
    fn e7_attendance_weeks_run_from_the_start_week_to_this_week_of_a_started_activity() {
        use ActivityStatus::*;
        let (start, today) = (Some(d("2026-02-04")), d("2026-03-04"));
        assert!(check_attendance_week(Started, start, d("2026-02-02"), today).is_ok());
        assert!(check_attendance_week(Started, start, d("2026-03-02"), today).is_ok());
        let e = check_attendance_week(Started, start, d("2026-01-26"), today).expect_err("before");
        assert!(
            e.to_string()
                .starts_with("rule E7: --week 2026-01-26 is before"),
            "{e}"
        );
        assert!(check_attendance_week(Started, start, d("2026-03-09"), today).is_err());
        for s in [Planned, Successful, Unsuccessful] {
            assert!(check_attendance_week(s, start, d("2026-02-02"), today).is_err());
        }
        assert!(check_verified(1200, 1200).is_ok());
        assert!(check_verified(1000, 1200).is_ok());
        let e = check_verified(1300, 1200).expect_err("more");
        assert_eq!(
            e.to_string(),
            "rule E7: --hours 13 is more than the 12 hours entered for the week"
        );
    }
}
