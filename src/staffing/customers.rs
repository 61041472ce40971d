//! A staffing's line per customer of the month's 4333 roster (B2, B5): the provider's
//! level of progress and full-staffing (4334) flag, whose meeting is a provider case note
//! (B10), and IDHS's eligibility verification (WFD).

use serde::Serialize;
use serde_json::json;

use super::Target;
use super::flow::Named;
use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::et_status::{EtStatus, Progress};
use crate::permissions::Action;
use crate::reports::roster::{RosterRow, roster_4333};
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

/// A customer's line of the staffing.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    #[serde(skip)]
    pub customer_id: i64,
    pub individual_number: String,
    pub name: String,
    /// The E&T status the customer held in the month (B5).
    pub status: EtStatus,
    pub activities: Vec<String>,
    pub progress: Option<Progress>,
    pub full_staffing: Option<bool>,
    /// B10: the case note of the full staffing.
    pub note: Option<i64>,
    pub marked_by: Option<String>,
    pub eligible: Option<bool>,
    pub verified_by: Option<String>,
}

impl Line {
    /// B8: the provider manager approves only when every line has both parts.
    pub fn complete(&self) -> bool {
        self.progress.is_some() && self.eligible.is_some()
    }
}

#[derive(sqlx::FromRow)]
struct Marked {
    customer_id: i64,
    progress: Option<String>,
    full_staffing: Option<bool>,
    note_id: Option<i64>,
    marked_by: Option<String>,
    eligible: Option<bool>,
    verified_by: Option<String>,
}

macro_rules! marked_columns {
    () => {
        "SELECT customer_id, progress, full_staffing, note_id, marked_by, eligible, verified_by \
         FROM staffing_customers WHERE staffing_id = $1"
    };
}

/// A customer's line: their row of the roster with what was recorded for them.
fn line_of(r: &RosterRow, m: Option<&Marked>) -> Result<Line> {
    Ok(Line {
        customer_id: r.customer_id,
        individual_number: r.individual_number.clone(),
        name: format!("{}, {}", r.last_name, r.first_name),
        status: r.status,
        activities: r.activities.clone(),
        progress: m
            .and_then(|m| m.progress.as_deref())
            .map(|p| crate::plans::stored("level of progress", p))
            .transpose()?,
        full_staffing: m.and_then(|m| m.full_staffing),
        note: m.and_then(|m| m.note_id),
        marked_by: m.and_then(|m| m.marked_by.clone()),
        eligible: m.and_then(|m| m.eligible),
        verified_by: m.and_then(|m| m.verified_by.clone()),
    })
}

/// The lines of the staffing: the 4333 roster of its month (B5), each with what was
/// recorded for it.
pub(crate) async fn lines(tx: &mut Tx, target: &Target, staffing_id: i64) -> Result<Vec<Line>> {
    let roster = roster_4333(tx, target.org.id, target.program_id, target.month).await?;
    let marked: Vec<Marked> = tx
        .fetch_all(crate::sql!(marked_columns!()), args![staffing_id])
        .await?;
    roster
        .iter()
        .map(|r| line_of(r, marked.iter().find(|m| m.customer_id == r.customer_id)))
        .collect()
}

/// What `staffing mark` and `staffing verify` did.
#[derive(Debug, Serialize)]
pub struct LineChanged {
    pub staffing: i64,
    pub customer: String,
    pub month: String,
    pub line: Line,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// The customer's row of the month's roster, or the refusal naming B5.
async fn on_roster(
    tx: &mut Tx,
    target: &Target,
    customer_id: i64,
    number: &str,
) -> Result<RosterRow> {
    roster_4333(tx, target.org.id, target.program_id, target.month)
        .await?
        .into_iter()
        .find(|r| r.customer_id == customer_id)
        .ok_or_else(|| {
            Error::rule(
                "B5",
                format!(
                    "customer {} is not on the 4333 roster of {}: a staffing covers the roster's \
                     customers (`isets report 4333`)",
                    number.trim(),
                    target.label()
                ),
            )
        })
}

/// What `isets staffing mark` records.
#[derive(Debug, Clone)]
pub struct Mark<'a> {
    pub customer: &'a str,
    pub progress: Progress,
    pub full_staffing: bool,
    /// B10: what the full staffing meeting discussed, written as a provider case note.
    pub note: Option<&'a str>,
}

/// `isets staffing mark CUSTOMER --month … --progress … [--full-staffing --note …]`: the
/// provider's part for one customer (B2). The customer's level of progress becomes the
/// one given (T4, its history says the staffing set it).
pub async fn mark(
    session: &Session,
    named: Named<'_>,
    mark: &Mark<'_>,
    options: &WriteOptions,
) -> Result<LineChanged> {
    let permit = session.permit(Action::StaffingProvider)?;
    let note = mark.note.map(str::trim).filter(|n| !n.is_empty());
    if mark.full_staffing && note.is_none() {
        return Err(Error::rule_on(
            "B10",
            "--note",
            "is required with --full-staffing: the full staffing's discussion is recorded as a \
             provider case note",
        ));
    }
    let mut write = session.write(&permit).await?;
    let target = super::target(
        write.tx(),
        &permit,
        named.provider,
        named.program,
        named.month,
    )
    .await?;
    session.operator().require_reason(
        Action::StaffingProvider,
        target.org.id,
        options.reason.as_deref(),
    )?;
    let customer_id = reach::find(session, write.tx(), &permit, mark.customer).await?;
    super::refuse_locked(&mut write, &target, "its customers' lines").await?;
    let rostered = on_roster(write.tx(), &target, customer_id, mark.customer).await?;
    let row = super::open(&mut write, &target).await?;
    let note_id = match note {
        Some(text) => Some(
            crate::customers::notes::write_note(
                &mut write,
                customer_id,
                target.org.id,
                &format!("Full staffing (4334), {}", target.month.name()),
                text,
            )
            .await?,
        ),
        None => None,
    };
    crate::et_status::change_progress(
        &mut write,
        customer_id,
        mark.progress,
        &format!("staffing of {}", target.month),
        None,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO staffing_customers (staffing_id, customer_id, progress, full_staffing, note_id, \
                 marked_by, marked_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (staffing_id, customer_id) DO UPDATE SET progress = excluded.progress, \
                 full_staffing = excluded.full_staffing, note_id = COALESCE(excluded.note_id, staffing_customers.note_id), \
                 marked_by = excluded.marked_by, marked_at = excluded.marked_at"
            ),
            args![
                row.id,
                customer_id,
                mark.progress.code(),
                mark.full_staffing,
                note_id,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "staffing.mark",
        entity_kind: "staffing",
        entity_id: row.id.to_string(),
        organization_id: Some(target.org.id),
        before: None,
        after: Some(json!({
            "customer_id": customer_id,
            "progress": mark.progress.code(),
            "full_staffing": mark.full_staffing,
            "note_id": note_id,
        })),
    });
    finish(write, &target, row.id, &rostered, mark.customer, options).await
}

/// `isets staffing verify CUSTOMER --month … --eligible yes|no` (B2: WFD): IDHS's
/// verification that the customer is eligible for SNAP E&T.
pub async fn verify(
    session: &Session,
    named: Named<'_>,
    customer: &str,
    eligible: bool,
    options: &WriteOptions,
) -> Result<LineChanged> {
    let permit = session.permit(Action::StaffingEligibility)?;
    let mut write = session.write(&permit).await?;
    let target = super::target(
        write.tx(),
        &permit,
        named.provider,
        named.program,
        named.month,
    )
    .await?;
    let customer_id = reach::find(session, write.tx(), &permit, customer).await?;
    super::refuse_locked(&mut write, &target, "its customers' lines").await?;
    let rostered = on_roster(write.tx(), &target, customer_id, customer).await?;
    let row = super::open(&mut write, &target).await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO staffing_customers (staffing_id, customer_id, eligible, verified_by, verified_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (staffing_id, customer_id) DO UPDATE SET \
                 eligible = excluded.eligible, verified_by = excluded.verified_by, verified_at = excluded.verified_at"
            ),
            args![row.id, customer_id, eligible, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "staffing.verify",
        entity_kind: "staffing",
        entity_id: row.id.to_string(),
        organization_id: Some(target.org.id),
        before: None,
        after: Some(json!({ "customer_id": customer_id, "eligible": eligible })),
    });
    finish(write, &target, row.id, &rostered, customer, options).await
}

async fn finish(
    mut write: crate::write::Write,
    target: &Target,
    staffing_id: i64,
    rostered: &RosterRow,
    number: &str,
    options: &WriteOptions,
) -> Result<LineChanged> {
    let marked: Option<Marked> = write
        .tx()
        .fetch_optional(
            crate::sql!(concat!(marked_columns!(), " AND customer_id = $2")),
            args![staffing_id, rostered.customer_id],
        )
        .await?;
    let line = line_of(rostered, marked.as_ref())?;
    let outcome = write.finish(options).await?;
    Ok(LineChanged {
        staffing: staffing_id,
        customer: number.trim().to_string(),
        month: target.month.to_string(),
        line,
        outcome,
    })
}
