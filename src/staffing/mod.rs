//! Staffing and billing (DOMAIN.md §13): each provider program's monthly staffing (B1),
//! its packet (B2), the provider's and IDHS's part per customer (B2, B10), and the steps
//! of B8 that lock the month (B3) and make it final (B4).
//!
//! - [`flow`]: submit, approve, unlock, and billing's submit, approve and request for
//!   changes: the states of B8.
//! - [`customers`]: `staffing mark` (progress and the 4334 flag) and `staffing verify`
//!   (IDHS eligibility).
//! - [`packet`]: `staffing show` and `staffing list`, with the due dates of B1.
//! - [`documents`]: the program's own documents of the packet (B2).
//! - [`due`]: the staffings still to be done, for the dashboard (D4).
//!
//! The lock itself is [`crate::locks`]: every dated write asks it.

pub mod customers;
pub mod documents;
pub mod flow;
pub mod packet;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::named::named;
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::values::Month;
use crate::write::Write;

named! {
    /// B8: where a staffing stands.
    State {
        Open = ("open", "Open"),
        Submitted = ("submitted", "Submitted by the provider"),
        Approved = ("approved", "Staffing complete (month locked)"),
        BillingSubmitted = ("billing-submitted", "Billing packet submitted"),
        ChangesRequested = ("changes-requested", "Changes requested by billing"),
        Billed = ("billed", "Reviewed and approved by billing (final)"),
    }
}

/// A provider program's staffing for a month, as the commands name it.
#[derive(Debug, Clone)]
pub struct Target {
    pub org: Organization,
    pub program_id: i64,
    pub program_type: String,
    pub month: Month,
}

impl Target {
    /// "Acme Works program 3 (snap-jp), July 2024".
    pub fn label(&self) -> String {
        format!(
            "{} program {} ({}), {}",
            self.org.name,
            self.program_id,
            self.program_type,
            self.month.name()
        )
    }
}

/// Resolves `--provider`, `--program` and `--month` for `permit`: a provider outside the
/// operator's reach reads as absent, as does a program that is not the provider's.
pub(crate) async fn target(
    tx: &mut Tx,
    permit: &Permit,
    provider: &str,
    program: i64,
    month: &str,
) -> Result<Target> {
    let month = Month::parse("--month", month)?;
    let (org, program_type) =
        crate::providers::program_in_reach(tx, permit, provider, program).await?;
    Ok(Target {
        org,
        program_id: program,
        program_type,
        month,
    })
}

/// A staffing row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Row {
    pub id: i64,
    pub organization_id: i64,
    pub program_id: i64,
    pub month: NaiveDate,
    pub state: String,
    pub submitted_by: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
    pub billing_submitted_by: Option<String>,
    pub billing_submitted_at: Option<DateTime<Utc>>,
    pub billed_by: Option<String>,
    pub billed_at: Option<DateTime<Utc>>,
}

impl Row {
    pub fn state(&self) -> Result<State> {
        crate::plans::stored("staffing state", &self.state)
    }
}

macro_rules! staffing_columns {
    () => {
        "SELECT id, organization_id, program_id, month, state, submitted_by, submitted_at, approved_by, \
         approved_at, billing_submitted_by, billing_submitted_at, billed_by, billed_at FROM staffings"
    };
}

// After `staffing_columns!`, which it reads staffings with.
pub mod due;

/// The staffing of `target`, if it was ever opened.
pub(crate) async fn load(tx: &mut Tx, target: &Target) -> Result<Option<Row>> {
    tx.fetch_optional(
        crate::sql!(concat!(
            staffing_columns!(),
            " WHERE organization_id = $1 AND program_id = $2 AND month = $3"
        )),
        args![target.org.id, target.program_id, target.month.first()],
    )
    .await
}

/// The staffing of `target` if it was opened, held for the write (`FOR UPDATE` on
/// PostgreSQL) so that two steps at once take turns.
pub(crate) async fn load_for_update(tx: &mut Tx, target: &Target) -> Result<Option<Row>> {
    tx.fetch_optional(
        crate::sql!(
            sqlite: concat!(staffing_columns!(), " WHERE organization_id = $1 AND program_id = $2 AND month = $3"),
            postgres: concat!(staffing_columns!(), " WHERE organization_id = $1 AND program_id = $2 AND month = $3 FOR UPDATE"),
        ),
        args![target.org.id, target.program_id, target.month.first()],
    )
    .await
}

/// The staffing of `target` within `write`, opened (state Open) on first use, and held
/// for the write: on PostgreSQL the row is locked `FOR UPDATE`, so two steps at once
/// take turns and the second sees the first (B8); SQLite writes one at a time.
pub(crate) async fn open(write: &mut Write, target: &Target) -> Result<Row> {
    let at = write.at();
    let by = write.operator().to_string();
    let opened = write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO staffings (organization_id, program_id, month, state, updated_by, updated_at) \
                 VALUES ($1, $2, $3, 'open', $4, $5) ON CONFLICT (organization_id, program_id, month) DO NOTHING"
            ),
            args![
                target.org.id,
                target.program_id,
                target.month.first(),
                by.as_str(),
                at
            ],
        )
        .await?;
    let row: Row = write
        .tx()
        .fetch_one(
            crate::sql!(
                sqlite: concat!(staffing_columns!(), " WHERE organization_id = $1 AND program_id = $2 AND month = $3"),
                postgres: concat!(staffing_columns!(), " WHERE organization_id = $1 AND program_id = $2 AND month = $3 FOR UPDATE"),
            ),
            args![target.org.id, target.program_id, target.month.first()],
        )
        .await?;
    if opened == 1 {
        write.record(Change {
            action: "staffing.open",
            entity_kind: "staffing",
            entity_id: row.id.to_string(),
            organization_id: Some(target.org.id),
            before: None,
            after: Some(json!({
                "program_id": target.program_id,
                "month": target.month,
                "state": State::Open.code(),
            })),
        });
    }
    Ok(row)
}

/// Adds a step to the staffing's history (H1, B8).
pub(crate) async fn event(
    write: &mut Write,
    staffing_id: i64,
    event: &str,
    message: Option<&str>,
) -> Result<()> {
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO staffing_events (staffing_id, event, message, done_by, done_at) \
                 VALUES ($1, $2, $3, $4, $5)"
            ),
            args![staffing_id, event, message, by.as_str(), at],
        )
        .await?;
    Ok(())
}

/// Who took a step and the Illinois day they took it: "by pat on 2024-08-14".
pub(crate) fn stamp(by: Option<&str>, at: Option<DateTime<Utc>>) -> String {
    format!(
        "by {} on {}",
        by.unwrap_or_default(),
        at.map(|t| crate::clock::illinois_date(t).to_string())
            .unwrap_or_default()
    )
}

/// B3, B4: the customers' lines and the program's documents change only while the
/// staffing is not approved.
pub(crate) async fn refuse_locked(write: &mut Write, target: &Target, what: &str) -> Result<()> {
    let Some(row) = load_for_update(write.tx(), target).await? else {
        return Ok(());
    };
    let approved = format!(
        "approved {}",
        stamp(row.approved_by.as_deref(), row.approved_at)
    );
    match row.state()? {
        State::Billed => Err(Error::PeriodLocked(format!(
            "period locked: the staffing of {} was {approved} and billed {}: the month is \
             final (B4), {what} no longer change",
            target.label(),
            stamp(row.billed_by.as_deref(), row.billed_at)
        ))),
        _ if row.approved_at.is_some() => Err(Error::PeriodLocked(format!(
            "period locked: the staffing of {} was {approved} (B3): {what} no longer change until \
             the provider manager unlocks it (`isets staffing unlock`)",
            target.label()
        ))),
        _ => Ok(()),
    }
}
