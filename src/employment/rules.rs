//! The pure rules of employment and credentials (M1, M2, M4, M5, C1, V5, T2), tested in
//! process; the operations in [`super`] and [`crate::credentials`] call them before
//! writing anything.

use chrono::{Days, NaiveDate};

use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::plans::rules::parse_hours;
use crate::values::Money;

use super::retention::job_retention_days;

/// M2: 20 or more hours a week (in hundredths) adds Job Retention; fewer adds E.
/// **Conflict** (000 "20+", 002 "over 20"): 20 or more, as DOMAIN.md resolves it.
pub const RETENTION_HOURS: i64 = 2_000;

/// M1 **assumption**: neither `--full-time` nor `--part-time` given, 35 hours a week or
/// more is full time (the usual statistical line; the manuals draw none).
pub const FULL_TIME_HOURS: i64 = 3_500;

/// The SOC major groups (2018): 11 to 53 by twos, and 55 (military).
fn soc_major_group(major: u32) -> bool {
    (11..=55).contains(&major) && major % 2 == 1
}

/// An SOC code as M1 and C1 keep it: `NN-NNNN`, and how broad it is when it is not the
/// six-digit detailed code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Soc {
    pub code: String,
    /// `Some("major group" | "minor group" | "broad occupation")` for a broader code.
    pub broader: Option<&'static str>,
}

impl Soc {
    /// M1: the warning a broader code is accepted with.
    pub fn warning(&self, field: &str) -> Option<String> {
        self.broader.map(|level| {
            format!(
                "{field} {} is a {level} code: the six-digit detailed SOC code is preferred when one \
                 exists (M1)",
                self.code
            )
        })
    }
}

/// M1, C1: an SOC code `NN-NNNN` (or `NNNNNN`, kept with the dash) of a real major
/// group. A code ending in 0 names a broader group (broad occupation, minor or major
/// group): accepted, marked for the warning.
pub fn parse_soc(rule: &'static str, field: &str, value: &str) -> Result<Soc> {
    let v = value.trim();
    let digits: String = match v.as_bytes() {
        [a, b, b'-', rest @ ..] if rest.len() == 4 => {
            format!(
                "{}{}{}",
                *a as char,
                *b as char,
                String::from_utf8_lossy(rest)
            )
        }
        b if b.len() == 6 => v.to_string(),
        _ => String::new(),
    };
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::rule_on(
            rule,
            field,
            format!("{value:?} is not an SOC code: give NN-NNNN, for example 49-9071"),
        ));
    }
    let major: u32 = digits[..2].parse().unwrap_or(0);
    if !soc_major_group(major) {
        return Err(Error::rule_on(
            rule,
            field,
            format!("{value:?} is not an SOC code: {major:02} is not an SOC major group (11–55)"),
        ));
    }
    let code = format!("{}-{}", &digits[..2], &digits[2..]);
    let broader = if digits.ends_with("0000") {
        Some("major group")
    } else if digits.ends_with("000") {
        Some("minor group")
    } else if digits.ends_with('0') {
        Some("broad occupation")
    } else {
        None
    };
    Ok(Soc { code, broader })
}

/// C1: a CIP code `NN.NNNN` (Classification of Instructional Programs, six digits).
pub fn parse_cip(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let ok = b.len() == 7
        && b[2] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit());
    if !ok {
        return Err(Error::rule_on(
            "C1",
            field,
            format!("{value:?} is not a CIP code: give NN.NNNN, for example 03.0502"),
        ));
    }
    Ok(v.to_string())
}

/// V5: an hourly wage, two decimals at most, never a range, more than nothing.
pub fn parse_wage(field: &str, value: &str) -> Result<Money> {
    let wage = Money::parse(field, value)?;
    if wage.cents() <= 0 {
        return Err(Error::invalid(field, value, "must be more than 0.00"));
    }
    Ok(wage)
}

/// V5, M1: hours a week, two decimals at most, never a range, more than none and not
/// more than the 168 hours of a week; in hundredths.
pub fn parse_weekly_hours(field: &str, value: &str) -> Result<i64> {
    let hours = parse_hours(field, value).map_err(|e| match e {
        Error::Rule { rule: "E7", .. } => Error::rule_on(
            "V5",
            field,
            format!("{value} is more than the 168 hours of a week"),
        ),
        other => other,
    })?;
    if hours == 0 {
        return Err(Error::invalid(field, value, "must be more than 0"));
    }
    Ok(hours)
}

/// M1, C1: a date that has come (a start, an end, a credential earned), given as `field`.
pub fn check_not_future(
    rule: &'static str,
    field: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    if date > today {
        return Err(Error::rule_on(
            rule,
            field,
            format!("{date} is after today ({today}): give the date it actually happened"),
        ));
    }
    Ok(())
}

/// What saving an employment adds to the plan (M2, M4): the activity code and its
/// planned end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    pub code: &'static str,
    pub planned_end: NaiveDate,
}

/// M2: Job Retention (JR) for 20 hours a week or more, E (Employment, an Other
/// activity) below; planned to end when Job Retention ends (M4: 90 days, 180 in SNAP to
/// Success). **Assumption**: E gets the same planned span (the manuals give E none).
pub fn activity_for(hours: i64, started_on: NaiveDate, program_type: &str) -> Added {
    let code = if hours >= RETENTION_HOURS { "JR" } else { "E" };
    Added {
        code,
        planned_end: retention_end(started_on, program_type),
    }
}

/// M4: the last day Job Retention started on `started_on` may run.
pub fn retention_end(started_on: NaiveDate, program_type: &str) -> NaiveDate {
    let days = u64::try_from(job_retention_days(program_type)).unwrap_or(90);
    started_on + Days::new(days)
}

/// M4: a Job Retention activity never runs past its limit: a planned end beyond its
/// start (or planned start, before it starts) plus 90 days (180 in SNAP to Success) is
/// refused. Other activities have no such limit.
pub fn check_retention_end(
    code: &str,
    start: NaiveDate,
    planned_end: NaiveDate,
    program_type: &str,
) -> Result<()> {
    if code != crate::plans::rules::JOB_RETENTION {
        return Ok(());
    }
    let limit = retention_end(start, program_type);
    if planned_end > limit {
        return Err(Error::rule_on(
            "M4",
            "--planned-end",
            format!(
                "{planned_end} is after {limit}: Job Retention lasts up to {} days from its start \
                 ({start}) in this program",
                job_retention_days(program_type)
            ),
        ));
    }
    Ok(())
}

/// T2 **assumption**: Job Retention started puts the customer in Retention from any
/// status but Retention itself and Consent Revoked (set and undone only by hand).
pub fn enters_retention(from: EtStatus) -> bool {
    !matches!(from, EtStatus::Retention | EtStatus::ConsentRevoked)
}

/// M5: the day the 30-day contact of a customer in Job Retention since `started_on` is
/// due: 30 days after the provider's last case note on or after the start, or after the
/// start when there is none since.
pub fn contact_due_on(started_on: NaiveDate, last_note: Option<NaiveDate>) -> NaiveDate {
    let from = last_note.filter(|n| *n >= started_on).unwrap_or(started_on);
    from + Days::new(30)
}

/// M5: the day a customer in Job Retention since `started_on` is due for exit: once
/// employed beyond its 90 days (180 in SNAP to Success), the day after it ends.
pub fn exit_due_on(started_on: NaiveDate, program_type: &str) -> NaiveDate {
    retention_end(started_on, program_type) + Days::new(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn m1_soc_codes_detailed_broader_and_refused() {
        let soc = |v| parse_soc("M1", "--soc", v);
        assert_eq!(
            soc("49-9071").expect("detailed"),
            Soc {
                code: "49-9071".into(),
                broader: None
            }
        );
        assert_eq!(soc(" 499071 ").expect("no dash").code, "49-9071");
        assert_eq!(
            soc("49-9070").expect("broad").broader,
            Some("broad occupation")
        );
        assert_eq!(soc("49-9000").expect("minor").broader, Some("minor group"));
        assert_eq!(soc("49-0000").expect("major").broader, Some("major group"));
        assert!(
            soc("49-9000")
                .expect("minor")
                .warning("--soc")
                .expect("warned")
                .contains("(M1)")
        );
        for bad in [
            "49-907", "4909071", "49_9071", "AB-CDEF", "12-3456", "57-1011", "", "49-90711",
        ] {
            let e = soc(bad).expect_err(bad);
            assert!(e.to_string().starts_with("rule M1: --soc"), "{bad}: {e}");
        }
    }

    #[test]
    fn c1_cip_codes() {
        assert_eq!(parse_cip("--cip", "03.0502").expect("cip"), "03.0502");
        for bad in [
            "3.0502", "03-0502", "03.05", "030502", "03.050a", "03.05021",
        ] {
            let e = parse_cip("--cip", bad).expect_err(bad);
            assert!(e.to_string().starts_with("rule C1: --cip"), "{bad}: {e}");
        }
    }

    #[test]
    fn v5_wages_and_hours() {
        assert_eq!(parse_wage("--wage", "17.50").expect("wage").cents(), 1750);
        for bad in ["17.505", "15-18"] {
            let e = parse_wage("--wage", bad).expect_err(bad);
            assert!(e.to_string().starts_with("rule V5"), "{bad}: {e}");
        }
        assert!(matches!(
            parse_wage("--wage", "0"),
            Err(Error::Invalid { .. })
        ));
        assert_eq!(parse_weekly_hours("--hours", "25.5").expect("hours"), 2550);
        assert_eq!(parse_weekly_hours("--hours", "168").expect("hours"), 16800);
        for bad in ["168.01", "25.555", "20-25"] {
            let e = parse_weekly_hours("--hours", bad).expect_err(bad);
            assert!(e.to_string().starts_with("rule V5"), "{bad}: {e}");
        }
        assert!(matches!(
            parse_weekly_hours("--hours", "0"),
            Err(Error::Invalid { .. })
        ));
    }

    #[test]
    fn m2_twenty_hours_or_more_is_job_retention() {
        let start = d("2026-01-10");
        assert_eq!(activity_for(2000, start, "snap-jp").code, "JR");
        assert_eq!(activity_for(1999, start, "snap-jp").code, "E");
        assert_eq!(
            activity_for(2550, start, "snap-jp").planned_end,
            d("2026-04-10")
        );
        assert_eq!(
            activity_for(2550, start, "snap-to-success").planned_end,
            d("2026-07-09")
        );
    }

    #[test]
    fn m4_job_retention_never_runs_past_its_limit() {
        let start = d("2026-01-10");
        assert!(check_retention_end("JR", start, d("2026-04-10"), "snap-jp").is_ok());
        let e = check_retention_end("JR", start, d("2026-04-11"), "snap-jp").expect_err("past");
        assert!(
            e.to_string()
                .starts_with("rule M4: --planned-end 2026-04-11"),
            "{e}"
        );
        assert!(check_retention_end("JR", start, d("2026-07-09"), "snap-to-success").is_ok());
        assert!(check_retention_end("JR", start, d("2026-07-10"), "snap-to-success").is_err());
        assert!(check_retention_end("SJS", start, d("2027-01-01"), "snap-jp").is_ok());
    }

    #[test]
    fn m5_contact_and_exit_due() {
        let start = d("2026-01-10");
        assert_eq!(contact_due_on(start, None), d("2026-02-09"));
        assert_eq!(
            contact_due_on(start, Some(d("2026-01-05"))),
            d("2026-02-09")
        );
        assert_eq!(
            contact_due_on(start, Some(d("2026-02-01"))),
            d("2026-03-03")
        );
        assert_eq!(exit_due_on(start, "snap-jp"), d("2026-04-11"));
        assert_eq!(exit_due_on(start, "snap-to-success"), d("2026-07-10"));
    }

    #[test]
    fn t2_job_retention_moves_to_retention() {
        assert!(enters_retention(EtStatus::Active));
        assert!(enters_retention(EtStatus::PendingActivityStart));
        assert!(!enters_retention(EtStatus::Retention));
        assert!(!enters_retention(EtStatus::ConsentRevoked));
    }

    #[test]
    fn m1_c1_dates_that_have_come() {
        let today = d("2026-03-02");
        assert!(check_not_future("M1", "--start", today, today).is_ok());
        let e = check_not_future("M1", "--start", d("2026-03-03"), today).expect_err("future");
        assert!(
            e.to_string().starts_with("rule M1: --start 2026-03-03"),
            "{e}"
        );
    }
}
