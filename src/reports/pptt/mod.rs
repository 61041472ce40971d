//! The data accuracy audit (B7, B9): a provider's Periodic Performance Tracking
//! spreadsheet (the PPTT) compared with ISETS customer by customer, both ways, for one
//! month, plus the checks of B9 on every customer ISETS has enrolled with the provider
//! in that month. Manual 002, "Ensuring Partner Data is Accurate", describes the audit
//! done by hand; this is the same audit, every mismatch a finding.
//!
//! - [`sheet`] reads the PPTT (Excel through calamine, or CSV) and its columns.
//! - [`isets`] reads what ISETS holds, in set-based statements, and whom the findings go
//!   to.
//! - [`checks`] compares and checks, pure and tested in process.
//!
//! The audit is a report (§1, `Action::Reports`): statewide roles any provider, provider
//! roles their own, another provider reading as not found. It writes nothing, not even
//! an audit record, and sends nothing: it prints to whom the findings go (the provider's
//! program managers, copied to the provider managers listed on it) and the date to fix
//! them by, at least 14 days out (B9). Customers are named by individual number and
//! name; no SSN digit is shown.

pub mod checks;
pub mod isets;
pub mod sheet;

use std::path::Path;

use chrono::{Days, NaiveDate};

pub use checks::{Check, Compared, Finding};
pub use sheet::Pptt;

use super::table::{Column, Kind, Report, Row, Table, Value};
use crate::error::{Error, Result};
use crate::output::Progress;
use crate::session::Session;
use crate::values::Month;

/// B9: findings leave the provider at least 14 days ("at least two weeks", 002) to fix.
pub const FIX_WITHIN_DAYS: u64 = 14;

/// What the audit is asked for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub provider: &'a str,
    pub program: Option<i64>,
    pub month: Month,
    /// The PPTT's path, as given (shown in the report's parameters).
    pub file: &'a Path,
    /// The fix-by date asked for; 14 days from today without one.
    pub fix_by: Option<NaiveDate>,
}

/// Reads the PPTT at `path` for `month` (see [`sheet::read`]); `field` names the file
/// in refusals. Done before the database is opened: a file that cannot be audited is
/// refused at once.
pub fn read(field: &str, path: &Path, sheet: Option<&str>, month: Month) -> Result<Pptt> {
    sheet::read(field, path, sheet, month)
}

/// B9: the day to fix the findings by: `asked`, which may not be sooner than 14 days
/// from `today`, or 14 days from today.
pub fn fix_by(today: NaiveDate, asked: Option<NaiveDate>) -> Result<NaiveDate> {
    let earliest = today
        .checked_add_days(Days::new(FIX_WITHIN_DAYS))
        .unwrap_or(NaiveDate::MAX);
    match asked {
        None => Ok(earliest),
        Some(day) if day >= earliest => Ok(day),
        Some(day) => Err(Error::rule_on(
            "B9",
            "--fix-by",
            format!(
                "{day} leaves the provider less than {FIX_WITHIN_DAYS} days to fix the findings: \
                 give {earliest} or later"
            ),
        )),
    }
}

/// A finding as a report row, with the date to fix it by.
struct FindingRow<'a>(&'a Finding, NaiveDate);

impl Row for FindingRow<'_> {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("pptt_row", Kind::Integer),
            Column::new("check", Kind::Text),
            Column::new("pptt", Kind::Text),
            Column::new("isets", Kind::Text),
            Column::new("rule", Kind::Text),
            Column::new("finding", Kind::Text),
            Column::new("fix_by", Kind::Date),
        ]
    }
    fn values(&self) -> Vec<Value> {
        let f = self.0;
        // Nothing on one side is null in JSON, not an empty text.
        let text = |s: &str| (!s.is_empty()).then(|| s.to_string()).into();
        vec![
            f.individual_number.as_str().into(),
            text(&f.last_name),
            text(&f.first_name),
            f.pptt_row.map(i64::from).into(),
            f.check.code().into(),
            text(&f.pptt),
            text(&f.isets),
            f.check.rule().into(),
            f.finding.as_str().into(),
            self.1.into(),
        ]
    }
}

impl Row for Compared {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("pptt_row", Kind::Integer),
            Column::new("in_isets", Kind::Flag),
            Column::new("on_4333", Kind::Flag),
            Column::new("findings", Kind::Integer),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            self.pptt_row.map(i64::from).into(),
            self.in_isets.into(),
            self.on_4333.into(),
            self.findings.into(),
        ]
    }
    fn marked(&self) -> bool {
        self.findings > 0
    }
}

impl Row for isets::Recipient {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("sent_as", Kind::Text),
            Column::new("role", Kind::Text),
            Column::new("username", Kind::Text),
            Column::new("name", Kind::Text),
            Column::new("email", Kind::Text),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            if self.role == "program-manager" {
                "to"
            } else {
                "cc"
            }
            .into(),
            self.role.as_str().into(),
            self.username.as_str().into(),
            format!("{} {}", self.first_name, self.last_name).into(),
            self.email.as_str().into(),
        ]
    }
}

/// `isets report pptt-audit FILE --provider P --month M [--program ID]`: the findings
/// (the report proper), each customer compared, and whom the findings go to.
pub async fn report(
    session: &Session,
    request: &Request<'_>,
    pptt: &Pptt,
    progress: &dyn Progress,
) -> Result<Report> {
    let fix_by = fix_by(session.today(), request.fix_by)?;
    let mut tx = session.read().await?;
    let scope = isets::Scope::of(
        session,
        &mut tx,
        request.provider,
        request.program,
        request.month,
    )
    .await?;
    progress.phase("pptt-audit", 3);
    let customers = isets::customers(&mut tx, &scope).await?;
    progress.advance(1);
    let absent: Vec<String> = pptt
        .rows
        .iter()
        .map(|r| r.individual_number.clone())
        .filter(|n| !customers.contains_key(n))
        .collect();
    let known = isets::known(&mut tx, &scope, &absent).await?;
    progress.advance(1);
    let recipients = isets::recipients(&mut tx, &scope).await?;
    progress.advance(1);
    let basis = checks::Basis {
        provider: &scope.provider,
        month: scope.month,
        as_of: scope.as_of,
    };
    let (findings, compared) = checks::audit(pptt, &customers, &known, &basis);
    progress.finish();
    let rows: Vec<FindingRow> = findings.iter().map(|f| FindingRow(f, fix_by)).collect();
    Ok(Report {
        name: "pptt-audit",
        title: format!(
            "PPTT data accuracy audit (B7, B9): {}, as of {}: {} finding{}, to fix by {fix_by}",
            scope.describe(),
            scope.as_of,
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        ),
        parameters: vec![
            ("provider", scope.provider.as_str().into()),
            ("program", scope.program.as_ref().map(|(id, _)| *id).into()),
            ("month", scope.month.to_string().into()),
            ("file", request.file.display().to_string().into()),
            ("sheet", pptt.sheet.clone().into()),
            (
                "pptt_rows",
                ((pptt.rows.len() + pptt.problems.len()) as i64).into(),
            ),
            ("as_of", scope.as_of.into()),
            ("fix_by", fix_by.into()),
        ],
        tables: vec![
            Table::of("findings", "Findings", &rows),
            Table::of("customers", "Customers compared", &compared),
            Table::of(
                "recipients",
                format!(
                    "Findings go to the program managers of {}, copied to its provider managers (B9; not sent)",
                    scope.provider
                ),
                &recipients,
            ),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b9_findings_leave_at_least_14_days_to_fix() {
        let today: NaiveDate = "2026-03-02".parse().expect("date");
        let later: NaiveDate = "2026-04-01".parse().expect("date");
        assert_eq!(fix_by(today, None).ok(), "2026-03-16".parse().ok());
        assert_eq!(fix_by(today, Some(later)).ok(), Some(later));
        let sooner = fix_by(today, "2026-03-15".parse().ok())
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            sooner.as_deref(),
            Some(
                "rule B9: --fix-by 2026-03-15 leaves the provider less than 14 days to fix the findings: give 2026-03-16 or later"
            )
        );
    }
}
