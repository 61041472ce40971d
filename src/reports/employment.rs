//! The Employment Report (B6, M2, M3): the employment of a provider's customers in one
//! program that was held during the month (started on or before its last day, not ended
//! before its first), entered in an enrollment of that program (N6: it counts in the
//! enrolling provider's reports).
//!
//! Each job shows whether the customer was in Job Retention during the month (a JR
//! activity of the provider open in it), a flag when the job is 20 hours a week or more
//! and not in Job Retention (M2), its verification documents (one per retention check
//! entered, M3) and the manager's verification as Yes or No: Yes once at least one check
//! is entered and every check entered is approved.
//!
//! **Conflict**: DOMAIN.md (M3, B6) reads the report as listing employment "with at
//! least one verification document"; manual 002 ("Staffing & Billing Tools", step 9)
//! has the provider manager act on jobs the report shows without one ("If there is no
//! employment verification address this with your Provider"). The manual is right: every
//! job of the month is listed, with its document count (0 when none).

use chrono::NaiveDate;

use super::month_args;
use super::table::{Column, Kind, Report, Row, Table, Value};
use crate::args;
use crate::db::Tx;
use crate::employment::rules::RETENTION_HOURS;
use crate::error::Result;
use crate::output::Progress;
use crate::session::Session;
use crate::values::{Money, Month};

/// A job held during the month.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EmploymentRow {
    pub customer_id: i64,
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub employment_id: i64,
    pub employer: String,
    pub job_title: String,
    pub started_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    /// Hundredths of an hour a week.
    pub hours: i64,
    /// Cents an hour.
    pub wage: i64,
    pub full_time: bool,
    pub job_retention: bool,
    pub documents: i64,
    pub approved: i64,
}

impl EmploymentRow {
    /// M2: 20 hours a week or more and not in Job Retention.
    pub fn needs_job_retention(&self) -> bool {
        self.hours >= RETENTION_HOURS && !self.job_retention
    }

    /// M3: the manager's verification: every check entered approved, and at least one.
    pub fn verified(&self) -> bool {
        self.documents > 0 && self.approved == self.documents
    }
}

impl Row for EmploymentRow {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("employment", Kind::Integer),
            Column::new("employer", Kind::Text),
            Column::new("job_title", Kind::Text),
            Column::new("start_date", Kind::Date),
            Column::new("end_date", Kind::Date),
            Column::new("hours_per_week", Kind::Hours),
            Column::new("wage", Kind::Money),
            Column::new("full_time", Kind::Flag),
            Column::new("job_retention", Kind::Flag),
            Column::new("flag", Kind::Text),
            Column::new("documents", Kind::Integer),
            Column::new("verified", Kind::Flag),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            self.employment_id.into(),
            self.employer.as_str().into(),
            self.job_title.as_str().into(),
            self.started_on.into(),
            self.ended_on.into(),
            Value::Hours(self.hours),
            Money(self.wage).into(),
            self.full_time.into(),
            self.job_retention.into(),
            if self.needs_job_retention() {
                "20+ hours, not in Job Retention (M2)".into()
            } else {
                Value::Empty
            },
            self.documents.into(),
            self.verified().into(),
        ]
    }
    fn marked(&self) -> bool {
        self.needs_job_retention()
    }
}

/// The jobs of `provider_id`'s program `program_id` held during `month`, by customer
/// name and start.
pub async fn employment_of(
    tx: &mut Tx,
    provider_id: i64,
    program_id: i64,
    month: Month,
) -> Result<Vec<EmploymentRow>> {
    let [first, last, _, _] = month_args(month);
    super::without_jit(tx).await?;
    let mut rows: Vec<EmploymentRow> = tx
        .fetch_all(
            crate::sql!(
                "SELECT c.id AS customer_id, c.individual_number, c.last_name, c.first_name, e.id AS employment_id, \
                 e.employer, e.job_title, e.started_on, e.ended_on, e.hours, e.wage, e.full_time, \
                 EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = e.customer_id AND a.code = 'JR' \
                   AND a.organization_id = $1 AND a.started_on IS NOT NULL AND a.started_on <= $4 \
                   AND (a.completed_on IS NULL OR a.completed_on >= $3)) AS job_retention, \
                 (SELECT COUNT(*) FROM employment_verifications v WHERE v.employment_id = e.id) AS documents, \
                 (SELECT COUNT(*) FROM employment_verifications v WHERE v.employment_id = e.id \
                   AND v.approved_by IS NOT NULL) AS approved \
                 FROM employments e JOIN enrollments en ON en.id = e.enrollment_id \
                 JOIN customers c ON c.id = e.customer_id \
                 WHERE en.organization_id = $1 AND en.program_id = $2 AND e.started_on <= $4 \
                 AND (e.ended_on IS NULL OR e.ended_on >= $3)"
            ),
            {
                let mut bound = args![provider_id, program_id];
                bound.extend([first, last]);
                bound
            },
        )
        .await?;
    rows.sort_by(|a, b| {
        (
            &a.last_name,
            &a.first_name,
            &a.individual_number,
            a.started_on,
            a.employment_id,
        )
            .cmp(&(
                &b.last_name,
                &b.first_name,
                &b.individual_number,
                b.started_on,
                b.employment_id,
            ))
    });
    Ok(rows)
}

/// `isets report employment --provider P --program PROG --month M`.
pub async fn report(
    session: &Session,
    provider: &str,
    program: i64,
    month: Month,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut tx = session.read().await?;
    let period = super::period(session, &mut tx, provider, program, month).await?;
    progress.phase("employment", 1);
    let rows = employment_of(&mut tx, period.provider_id, period.program_id, month).await?;
    let rows = period
        .keep_visible(session, &mut tx, rows, |r| r.customer_id)
        .await?;
    progress.finish();
    Ok(Report {
        name: "employment",
        title: format!("Employment Report (B6): {}", period.describe()),
        parameters: period.parameters(),
        tables: vec![Table::of("employment", "Employment", &rows)],
    })
}
