//! Employment and its retention (DOMAIN.md §11: M1–M5): `isets employment
//! add|end|verify|approve|list|due`, and the Overview's Employment section.
//!
//! Employment is entered with the case work (§1) of the provider the customer is
//! enrolled with; saving it adds Job Retention or E to the plan, started on the job's
//! first day (M2), with one case note (E5), in one write. Its retention checks at 30, 60
//! and 90 days (M3) are entered by the provider with a document and a case note, and
//! approved by a provider manager or WFD (VerifyEmployment).

mod add;
mod checks;
mod due;
pub mod retention;
pub mod rules;

pub(crate) use add::provider_named;
pub use add::{AddRequest, add};
pub use checks::{approve, end, parse_period, verify};
pub use due::{Due, DueList, DueRow, due};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::customers::reach;
use crate::db::Tx;
use crate::documents::Attached;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::rules::hours_shown;
use crate::session::Session;
use crate::values::Money;
use crate::write::{Write, WriteOptions};

/// An employment as it is stored, with its customer and provider.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    id: i64,
    customer_id: i64,
    customer: String,
    organization_id: i64,
    provider: String,
    enrollment_id: Option<i64>,
    activity_id: Option<i64>,
    activity_code: Option<String>,
    employer: String,
    industry: Option<String>,
    soc: String,
    occupation: Option<String>,
    job_title: String,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    wage: i64,
    hours: i64,
    full_time: bool,
}

/// The columns [`Row`] reads, from `employments e`, `customers c`, `organizations o`
/// and `activities a`.
macro_rules! employment_select {
    () => {
        "SELECT e.id, e.customer_id, c.individual_number AS customer, e.organization_id, \
         coalesce(o.name, '') AS provider, e.enrollment_id, e.activity_id, a.code AS activity_code, e.employer, e.industry, \
         e.soc, e.occupation, e.job_title, e.started_on, e.ended_on, e.wage, e.hours, e.full_time \
         FROM employments e JOIN customers c ON c.id = e.customer_id \
         LEFT JOIN organizations o ON o.id = e.organization_id LEFT JOIN activities a ON a.id = e.activity_id"
    };
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct VerificationRow {
    employment_id: i64,
    period: i64,
    document_id: i64,
    note_id: i64,
    entered_by: String,
    entered_at: DateTime<Utc>,
    approved_by: Option<String>,
    approved_at: Option<DateTime<Utc>>,
}

/// A retention check (M3): entered with its document and case note, then approved.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub period: i64,
    pub document: i64,
    pub case_note: i64,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
}

impl Verification {
    /// `30: entered by staff1 2026-03-02, approved by pm1 2026-03-03`.
    fn line(&self) -> String {
        let day = |t: &DateTime<Utc>| crate::clock::illinois_date(*t).to_string();
        let mut text = format!(
            "{}: entered by {} {}",
            self.period,
            self.entered_by,
            day(&self.entered_at)
        );
        match (&self.approved_by, &self.approved_at) {
            (Some(by), Some(at)) => text.push_str(&format!(", approved by {by} {}", day(at))),
            _ => text.push_str(", approval pending"),
        }
        text
    }
}

/// An employment as the commands and the Overview show it (000 "Employment").
#[derive(Debug, Clone, Serialize)]
pub struct Employment {
    pub id: i64,
    pub customer: String,
    pub provider: String,
    pub employer: String,
    pub industry: Option<String>,
    pub soc: String,
    pub occupation: Option<String>,
    pub job_title: String,
    pub start_date: NaiveDate,
    /// None while it lasts ("Present").
    pub end_date: Option<NaiveDate>,
    /// Dollars an hour.
    pub wage: Money,
    pub hours_per_week: String,
    pub full_time: bool,
    /// The JR or E activity saving it added (M2).
    pub activity: Option<i64>,
    pub activity_code: Option<String>,
    /// M3: the benchmarks reached, "30,60,90".
    pub benchmark: String,
    pub days_retained: i64,
    pub verifications: Vec<Verification>,
    /// M3: Not Verified, Pending Approval (a period entered and not approved yet), or
    /// Verified.
    pub verification_status: String,
}

impl Employment {
    fn of(row: Row, verifications: Vec<Verification>, today: NaiveDate) -> Employment {
        let reached = retention::benchmarks(row.started_on, row.ended_on, today);
        let verification_status = if verifications.is_empty() {
            "Not Verified"
        } else if verifications.iter().any(|v| v.approved_by.is_none()) {
            "Pending Approval"
        } else {
            "Verified"
        };
        Employment {
            id: row.id,
            customer: row.customer,
            provider: row.provider,
            employer: row.employer,
            industry: row.industry,
            soc: row.soc,
            occupation: row.occupation,
            job_title: row.job_title,
            start_date: row.started_on,
            end_date: row.ended_on,
            wage: Money(row.wage),
            hours_per_week: hours_shown(row.hours),
            full_time: row.full_time,
            activity: row.activity_id,
            activity_code: row.activity_code,
            benchmark: reached
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(","),
            days_retained: retention::retained_days(row.started_on, row.ended_on, today),
            verifications,
            verification_status: verification_status.to_string(),
        }
    }

    fn end_shown(&self) -> String {
        self.end_date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "Present".to_string())
    }

    fn verification_lines(&self) -> String {
        self.verifications
            .iter()
            .map(Verification::line)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The employment as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: vec![
                row("id", self.id.to_string()),
                row("customer", self.customer.clone()),
                row("provider", self.provider.clone()),
                row("employer", self.employer.clone()),
                row("industry", opt(&self.industry)),
                row("soc", self.soc.clone()),
                row("occupation", opt(&self.occupation)),
                row("job_title", self.job_title.clone()),
                row("start_date", self.start_date.to_string()),
                row("end_date", self.end_shown()),
                row("wage", format!("${}/hour", self.wage)),
                row("hours_per_week", self.hours_per_week.clone()),
                row(
                    "full_time",
                    if self.full_time {
                        "Full Time"
                    } else {
                        "Part Time"
                    }
                    .into(),
                ),
                row(
                    "activity",
                    match (&self.activity, &self.activity_code) {
                        (Some(id), Some(code)) => format!("{id} {code}"),
                        _ => String::new(),
                    },
                ),
                row("benchmark", self.benchmark.clone()),
                row("days_retained", self.days_retained.to_string()),
                row("verification", self.verification_lines()),
                row("verification_status", self.verification_status.clone()),
            ],
        }
    }
}

impl Tabular for Employment {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "employer",
            "industry",
            "job_title",
            "start_date",
            "end_date",
            "benchmark",
            "days_retained",
            "verification",
            "verification_status",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.employer.clone(),
            opt(&self.industry),
            self.job_title.clone(),
            self.start_date.to_string(),
            self.end_shown(),
            self.benchmark.clone(),
            self.days_retained.to_string(),
            self.verification_lines(),
            self.verification_status.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// The Overview's Employment section: the customer's employment, and the Number of
/// Active Employments (000).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overview {
    pub active_employments: usize,
    pub employment: Vec<Employment>,
}

impl Overview {
    pub fn sections(&self) -> Vec<Section> {
        vec![
            Section {
                title: Some("Employment (M1–M3)".into()),
                headers: Employment::headers(),
                rows: self.employment.iter().map(Tabular::cells).collect(),
            },
            Section {
                title: None,
                headers: vec!["field", "value"],
                rows: vec![vec![
                    "Number of Active Employments".into(),
                    self.active_employments.to_string(),
                ]],
            },
        ]
    }
}

/// What an employment command did: the employment as it is now, and what came with it.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    #[serde(flatten)]
    pub employment: Employment,
    /// The case note the change wrote (E5, M3), if it wrote one.
    pub case_note: Option<i64>,
    /// The verification document stored (M3).
    pub document: Option<Attached>,
    /// The E&T status the change moved the customer to (T2), if it moved it.
    pub et_status: Option<String>,
    /// Accepted with a warning (M1: a broader SOC code).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

async fn verifications_of(tx: &mut Tx, ids: &[i64]) -> Result<Vec<VerificationRow>> {
    let mut all = Vec::new();
    for id in ids {
        let rows: Vec<VerificationRow> = tx
            .fetch_all(
                crate::sql!(
                    "SELECT employment_id, period, document_id, note_id, entered_by, entered_at, approved_by, \
                     approved_at FROM employment_verifications WHERE employment_id = $1 ORDER BY period"
                ),
                args![*id],
            )
            .await?;
        all.extend(rows);
    }
    Ok(all)
}

async fn views(
    session: &Session,
    tx: &mut Tx,
    rows: Vec<Row>,
    today: NaiveDate,
) -> Result<Vec<Employment>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let checks = verifications_of(tx, &ids).await?;
    let names = reach::OrganizationNames::of(session);
    Ok(rows
        .into_iter()
        .map(|mut row| {
            row.provider = names.shown(row.organization_id, &row.provider);
            let mine = checks
                .iter()
                .filter(|v| v.employment_id == row.id)
                .map(|v| Verification {
                    period: v.period,
                    document: v.document_id,
                    case_note: v.note_id,
                    entered_by: v.entered_by.clone(),
                    entered_at: v.entered_at,
                    approved_by: v.approved_by.clone(),
                    approved_at: v.approved_at,
                })
                .collect();
            Employment::of(row, mine, today)
        })
        .collect())
}

/// The employment `id` of a customer within `permit`'s reach; any other reads as absent.
async fn find(session: &Session, tx: &mut Tx, permit: &Permit, id: i64) -> Result<Row> {
    reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(employment_select!(), " WHERE e.id = $1 AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(employment_select!(), " WHERE e.id = $1 AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "employment",
        "isets employment list CUSTOMER",
    )
    .await
}

async fn reload(session: &Session, write: &mut Write, id: i64) -> Result<Employment> {
    let today = write.today();
    let row: Row = write
        .tx()
        .fetch_one(
            crate::sql!(concat!(employment_select!(), " WHERE e.id = $1")),
            args![id],
        )
        .await?;
    let mut all = views(session, write.tx(), vec![row], today).await?;
    all.pop()
        .ok_or_else(|| Error::Internal(format!("employment {id} vanished")))
}

/// The operator acts on an employment for its provider: a listing of theirs covers it,
/// or (statewide) a super user who gives a reason where the action asks one (§1, note 1).
fn acting_for(session: &Session, permit: &Permit, row: &Row, options: &WriteOptions) -> Result<()> {
    if !permit.covers(row.organization_id) {
        return Err(session
            .authorize(permit.action(), Some((row.organization_id, &row.provider)))
            .err()
            .unwrap_or_else(|| Error::Internal("a permit covered no provider".into())));
    }
    session.operator().require_reason(
        permit.action(),
        row.organization_id,
        options.reason.as_deref(),
    )
}

/// The customer's employment, oldest first, as the Overview shows it.
pub(crate) async fn for_overview(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Overview> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(concat!(
                employment_select!(),
                " WHERE e.customer_id = $1 ORDER BY e.started_on, e.id"
            )),
            args![customer_id],
        )
        .await?;
    let today = crate::clock::illinois_date(crate::write::database_now(tx).await?);
    let employment = views(session, tx, rows, today).await?;
    Ok(Overview {
        active_employments: employment.iter().filter(|e| e.end_date.is_none()).count(),
        employment,
    })
}

/// `isets employment list CUSTOMER`: the customer's employment with its retention, for
/// those who read the case file's reports (§1).
pub async fn list(session: &Session, customer: &str) -> Result<Overview> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    for_overview(session, &mut tx, id).await
}
