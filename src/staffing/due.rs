//! The staffings still to be done, for the dashboard (D4, "staffings due", a design
//! choice of DOMAIN.md §14). Every month each provider program has a staffing (B1),
//! opened or not: a program's staffings are due from the month of its first enrollment
//! (before it there is no one to staff), for the months that ended in the last twelve.
//! One is due while it waits for the provider's part (not opened, or open), for the
//! provider manager's approval (submitted), or for the provider after billing asked for
//! changes (B8); it is late once the part it waits for is past its due day (B1). Once
//! approved and with billing, it is billing's, not the provider's.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Row, State};
use crate::db::{Arg, Tx};
use crate::error::Result;
use crate::settings::Settings;
use crate::values::Month;

/// How many ended months back a staffing is looked for.
pub const MONTHS_BACK: u32 = 12;

/// What a due staffing waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Waiting {
    /// The provider's part (B1: by the provider due day).
    Provider,
    /// The provider manager's approval (B1: by the manager due day).
    Manager,
    /// The provider, after billing asked for changes (B4, B8).
    Changes,
}

/// A provider program's staffing of an ended month that is not done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outstanding {
    pub org: i64,
    pub program: i64,
    pub program_type: String,
    pub month: Month,
    /// `None`: never opened.
    pub state: Option<State>,
    pub waiting: Waiting,
    /// The day the part it waits for is due (for changes asked by billing: the manager's).
    pub due_on: NaiveDate,
    pub late: bool,
}

impl Outstanding {
    /// "program 3 (snap-jp), October 2026: not opened; the provider's part due 2026-11-15".
    pub fn detail(&self) -> String {
        let state = self
            .state
            .map_or_else(|| "not opened".to_string(), |s| s.code().to_string());
        let waits = match self.waiting {
            Waiting::Provider => format!("the provider's part due {}", self.due_on),
            Waiting::Manager => format!("the provider manager's approval due {}", self.due_on),
            Waiting::Changes => "changes billing asked for".to_string(),
        };
        let late = if self.late { " (late, B1)" } else { "" };
        format!(
            "program {} ({}), {}: {state}; {waits}{late}",
            self.program,
            self.program_type,
            self.month.name()
        )
    }
}

/// B1: the days of the next month the provider's part and the approval are due.
#[derive(Debug, Clone, Copy)]
pub struct DueDays {
    pub provider: u32,
    pub manager: u32,
}

impl DueDays {
    pub fn of(settings: &Settings) -> DueDays {
        DueDays {
            provider: settings.provider_due_day,
            manager: settings.manager_due_day,
        }
    }
}

/// A program with the day of its first enrollment.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Program {
    pub organization_id: i64,
    pub id: i64,
    pub program_type: String,
    pub first_enrolled: NaiveDate,
}

/// The staffings of `programs` due on `today`, given those opened (`rows`), by provider,
/// program and month.
pub(crate) fn outstanding(
    programs: &[Program],
    rows: &[Row],
    days: DueDays,
    today: NaiveDate,
) -> Result<Vec<Outstanding>> {
    let this_month = Month::containing(today);
    let oldest = (0..MONTHS_BACK).fold(this_month, |m, _| m.previous());
    let mut due = Vec::new();
    let mut programs: Vec<&Program> = programs.iter().collect();
    programs.sort_by_key(|p| (p.organization_id, p.id));
    for program in programs {
        let mut month = oldest.max(Month::containing(program.first_enrolled));
        while month < this_month {
            let row = rows
                .iter()
                .find(|r| r.program_id == program.id && r.month == month.first());
            let state = row.map(Row::state).transpose()?;
            let waiting = match state {
                None | Some(State::Open) => Some(Waiting::Provider),
                Some(State::Submitted) => Some(Waiting::Manager),
                Some(State::ChangesRequested) => Some(Waiting::Changes),
                Some(State::Approved | State::BillingSubmitted | State::Billed) => None,
            };
            if let Some(waiting) = waiting {
                let due_on = match waiting {
                    Waiting::Provider => month.day_of_next(days.provider),
                    Waiting::Manager | Waiting::Changes => month.day_of_next(days.manager),
                };
                due.push(Outstanding {
                    org: program.organization_id,
                    program: program.id,
                    program_type: program.program_type.clone(),
                    month,
                    state,
                    waiting,
                    due_on,
                    late: waiting != Waiting::Changes && today > due_on,
                });
            }
            month = month.next();
        }
    }
    Ok(due)
}

/// The staffings due on `today` for the programs of `providers`, read in `tx`.
pub async fn of_providers(
    tx: &mut Tx,
    providers: &[i64],
    settings: &Settings,
    today: NaiveDate,
) -> Result<Vec<Outstanding>> {
    let since = (0..MONTHS_BACK).fold(Month::containing(today), |m, _| m.previous());
    let programs: Vec<Program> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT p.organization_id, p.id, p.program_type, MIN(e.enrolled_on) AS first_enrolled FROM programs p JOIN enrollments e ON e.program_id = p.id WHERE p.organization_id IN (SELECT value FROM json_each($1)) GROUP BY p.organization_id, p.id, p.program_type",
                postgres: "SELECT p.organization_id, p.id, p.program_type, MIN(e.enrolled_on) AS first_enrolled FROM programs p JOIN enrollments e ON e.program_id = p.id WHERE p.organization_id = ANY($1) GROUP BY p.organization_id, p.id, p.program_type",
            ),
            vec![Arg::ints(providers.iter().copied())],
        )
        .await?;
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(staffing_columns!(), " WHERE month >= $1 AND organization_id IN (SELECT value FROM json_each($2))"),
                postgres: concat!(staffing_columns!(), " WHERE month >= $1 AND organization_id = ANY($2)"),
            ),
            vec![
                Arg::from(since.first()),
                Arg::ints(providers.iter().copied()),
            ],
        )
        .await?;
    outstanding(&programs, &rows, DueDays::of(settings), today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn settings() -> DueDays {
        DueDays {
            provider: 15,
            manager: 20,
        }
    }

    fn row(program_id: i64, month: &str, state: State) -> Row {
        Row {
            id: 1,
            organization_id: 7,
            program_id,
            month: day(month),
            state: state.code().to_string(),
            submitted_by: None,
            submitted_at: None,
            approved_by: None,
            approved_at: None,
            billing_submitted_by: None,
            billing_submitted_at: None,
            billed_by: None,
            billed_at: None,
        }
    }

    fn program(first_enrolled: &str) -> Program {
        Program {
            organization_id: 7,
            id: 3,
            program_type: "snap-jp".into(),
            first_enrolled: day(first_enrolled),
        }
    }

    fn shown(due: &[Outstanding]) -> Vec<(String, Waiting, String, bool)> {
        due.iter()
            .map(|d| (d.month.to_string(), d.waiting, d.due_on.to_string(), d.late))
            .collect()
    }

    /// B1, B8, D4: from the month of the first enrollment to the last ended month; the
    /// approved and billed ones are not due; each late after its part's day.
    #[test]
    fn d4_staffings_due_from_first_enrollment_until_approved() -> Result<()> {
        let rows = [
            row(3, "2026-08-01", State::Billed),
            row(3, "2026-09-01", State::ChangesRequested),
            row(3, "2026-10-01", State::Submitted),
        ];
        let due = outstanding(
            &[program("2026-08-20")],
            &rows,
            settings(),
            day("2026-12-02"),
        )?;
        assert_eq!(
            shown(&due),
            [
                (
                    "2026-09".into(),
                    Waiting::Changes,
                    "2026-10-20".into(),
                    false
                ),
                (
                    "2026-10".into(),
                    Waiting::Manager,
                    "2026-11-20".into(),
                    true
                ),
                (
                    "2026-11".into(),
                    Waiting::Provider,
                    "2026-12-15".into(),
                    false
                ),
            ]
        );
        assert_eq!(
            due[2].detail(),
            "program 3 (snap-jp), November 2026: not opened; the provider's part due 2026-12-15"
        );
        Ok(())
    }

    /// B1: twelve ended months at most; the month under way is never due.
    #[test]
    fn d4_staffings_due_look_twelve_months_back() -> Result<()> {
        let due = outstanding(&[program("2020-01-05")], &[], settings(), day("2026-12-16"))?;
        assert_eq!(due.len(), 12);
        assert_eq!(due[0].month.to_string(), "2025-12");
        assert_eq!(due[11].month.to_string(), "2026-11");
        assert!(due.iter().all(|d| d.late));
        let none = outstanding(&[program("2026-12-01")], &[], settings(), day("2026-12-16"))?;
        assert!(none.is_empty());
        Ok(())
    }
}
