//! A customer's E&T status and level of progress (DOMAIN.md §8): `isets customer status`
//! and `isets customer progress`, and [`move_to`], through which the commands that cause
//! a status (T2: a referral sent or rejected, enrollment, the first activity start,
//! employment in Job Retention, exit) move it inside their own write. Every change is
//! kept with who, when, why and its cause (T1).

pub mod status;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Write, WriteOptions};

pub use status::{EtStatus, INACTIVE_DAYS_FLAGGED, Progress, may_set_by_hand};

/// A customer's E&T status now.
#[derive(Debug, Clone, Serialize)]
pub struct Current {
    pub status: EtStatus,
    /// Since when; none for the default status.
    pub since: Option<DateTime<Utc>>,
    pub progress: Option<Progress>,
    /// T3: Inactive for more than 30 days (flagged, never refused).
    pub inactive_over_30_days: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    status: String,
    since: DateTime<Utc>,
    progress: Option<String>,
}

fn stored<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T> {
    value
        .parse()
        .map_err(|why| Error::Internal(format!("stored {field} {value:?} {why}")))
}

/// The customer's status on `now` (Not Enrolled when nothing is recorded).
pub(crate) async fn current(tx: &mut Tx, customer_id: i64, now: DateTime<Utc>) -> Result<Current> {
    let row: Option<Row> = tx
        .fetch_optional(
            crate::sql!("SELECT status, since, progress FROM et_statuses WHERE customer_id = $1"),
            args![customer_id],
        )
        .await?;
    let Some(row) = row else {
        return Ok(Current {
            status: EtStatus::NotEnrolled,
            since: None,
            progress: None,
            inactive_over_30_days: false,
        });
    };
    let status: EtStatus = stored("E&T status", &row.status)?;
    Ok(Current {
        status,
        since: Some(row.since),
        progress: row
            .progress
            .as_deref()
            .map(|p| stored("level of progress", p))
            .transpose()?,
        inactive_over_30_days: status == EtStatus::Inactive
            && (now - row.since).num_days() > INACTIVE_DAYS_FLAGGED,
    })
}

/// Moves the customer to `to` within `write`, recording the change (T1) with its
/// `cause` (the command, for T2's automatic moves) and `reason`. Returns whether the
/// status changed: a move to the status the customer has already records nothing.
pub async fn move_to(
    write: &mut Write,
    customer_id: i64,
    to: EtStatus,
    cause: &str,
    reason: Option<&str>,
) -> Result<bool> {
    let at = write.at();
    let from = current(write.tx(), customer_id, at).await?.status;
    move_from(write, customer_id, from, to, cause, reason).await
}

/// [`move_to`] for a caller that has just read the status (`from`) in this write.
async fn move_from(
    write: &mut Write,
    customer_id: i64,
    from: EtStatus,
    to: EtStatus,
    cause: &str,
    reason: Option<&str>,
) -> Result<bool> {
    let at = write.at();
    let by = write.operator().to_string();
    if from == to {
        return Ok(false);
    }
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO et_statuses (customer_id, status, since, updated_by) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (customer_id) DO UPDATE SET status = excluded.status, since = excluded.since, \
                 updated_by = excluded.updated_by"
            ),
            args![customer_id, to.code(), at, by.as_str()],
        )
        .await?;
    history(
        write,
        customer_id,
        "status",
        Some(from.code()),
        to.code(),
        cause,
        reason,
    )
    .await?;
    write.record(Change {
        action: "et-status.set",
        entity_kind: "customer",
        entity_id: customer_id.to_string(),
        organization_id: None,
        before: Some(serde_json::json!({ "et_status": from.code() })),
        after: Some(serde_json::json!({ "et_status": to.code(), "cause": cause })),
    });
    Ok(true)
}

/// T2: a referral sent takes a customer who is not enrolled to Pending Referral
/// Approval; its rejection, while that is still their status, to Referral Rejected.
pub(crate) async fn on_referral(
    write: &mut Write,
    customer_id: i64,
    referral: i64,
    sent: bool,
) -> Result<()> {
    let at = write.at();
    let now = current(write.tx(), customer_id, at).await?.status;
    let (to, cause) = if sent {
        if now.enrolled() {
            return Ok(());
        }
        (
            EtStatus::PendingReferralApproval,
            format!("referral {referral} sent"),
        )
    } else {
        if now != EtStatus::PendingReferralApproval {
            return Ok(());
        }
        (
            EtStatus::ReferralRejected,
            format!("referral {referral} rejected"),
        )
    };
    move_from(write, customer_id, now, to, &cause, None).await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn history(
    write: &mut Write,
    customer_id: i64,
    field: &str,
    old: Option<&str>,
    new: &str,
    cause: &str,
    reason: Option<&str>,
) -> Result<()> {
    // B3: a status or level of progress is dated the day it changes.
    let today = write.today();
    crate::locks::refuse_for_customer(
        write.tx(),
        &format!("the change of the E&T {field} to {new}"),
        customer_id,
        today,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO et_status_history (customer_id, field, old_value, new_value, cause, reason, \
                 changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            ),
            args![customer_id, field, old, new, cause, reason, by.as_str(), at],
        )
        .await?;
    Ok(())
}

/// The reason a change by hand records (T1): required, as the status history is read
/// by IDHS to know why a customer paused or left.
fn reason_given(options: &WriteOptions) -> Result<String> {
    options
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .ok_or_else(|| {
            Error::invalid(
                "--reason",
                "",
                "is required: a status set by hand records why (T1)",
            )
        })
}

/// `isets customer status CUSTOMER --set STATUS --reason …`: a status set by hand, as T5
/// allows, by those who do the customer's case work.
pub async fn set(
    session: &Session,
    customer: &str,
    to: EtStatus,
    options: &WriteOptions,
) -> Result<Current> {
    let permit = session.permit(Action::CaseWork)?;
    let reason = reason_given(options)?;
    let mut write = session.write(&permit).await?;
    let id = reach::find(session, write.tx(), &permit, customer).await?;
    let at = write.at();
    let before = current(write.tx(), id, at).await?;
    may_set_by_hand(before.status, to)?;
    let moved = move_from(
        &mut write,
        id,
        before.status,
        to,
        "set by hand",
        Some(&reason),
    )
    .await?;
    write.finish(options).await?;
    Ok(Current {
        status: to,
        since: if moved { Some(at) } else { before.since },
        progress: before.progress,
        inactive_over_30_days: if moved {
            false
        } else {
            before.inactive_over_30_days
        },
    })
}

/// Sets the customer's level of progress within `write` (T4), with its history (T1);
/// false when it is that level already.
pub(crate) async fn change_progress(
    write: &mut Write,
    id: i64,
    level: Progress,
    cause: &str,
    reason: Option<&str>,
) -> Result<bool> {
    let at = write.at();
    let before = current(write.tx(), id, at).await?;
    if before.progress == Some(level) {
        return Ok(false);
    }
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO et_statuses (customer_id, status, since, progress, progress_since, updated_by) \
                 VALUES ($1, $2, $3, $4, $3, $5) \
                 ON CONFLICT (customer_id) DO UPDATE SET progress = excluded.progress, \
                 progress_since = excluded.progress_since, updated_by = excluded.updated_by"
            ),
            args![id, before.status.code(), at, level.code(), by.as_str()],
        )
        .await?;
    history(
        write,
        id,
        "progress",
        before.progress.map(Progress::code),
        level.code(),
        cause,
        reason,
    )
    .await?;
    write.record(Change {
        action: "et-status.progress",
        entity_kind: "customer",
        entity_id: id.to_string(),
        organization_id: None,
        before: Some(serde_json::json!({ "progress": before.progress.map(Progress::code) })),
        after: Some(serde_json::json!({ "progress": level.code() })),
    });
    Ok(true)
}

/// `isets customer progress CUSTOMER --level LEVEL --reason …` (T4).
pub async fn set_progress(
    session: &Session,
    customer: &str,
    level: Progress,
    options: &WriteOptions,
) -> Result<Current> {
    let permit = session.permit(Action::CaseWork)?;
    let reason = reason_given(options)?;
    let mut write = session.write(&permit).await?;
    let id = reach::find(session, write.tx(), &permit, customer).await?;
    let at = write.at();
    if !change_progress(&mut write, id, level, "set by hand", Some(&reason)).await? {
        return Err(Error::Conflict(format!(
            "the level of progress is {level} already (T1: nothing to record)"
        )));
    }
    let now = current(write.tx(), id, at).await?;
    write.finish(options).await?;
    Ok(now)
}

/// One change of the status or the level of progress (T1).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HistoryEntry {
    pub changed_at: DateTime<Utc>,
    pub changed_by: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: String,
    pub cause: String,
    pub reason: Option<String>,
}

impl Tabular for HistoryEntry {
    fn headers() -> Vec<&'static str> {
        vec![
            "changed_at",
            "changed_by",
            "field",
            "from",
            "to",
            "cause",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            crate::output::time(&self.changed_at),
            self.changed_by.clone(),
            self.field.clone(),
            self.old_value.clone().unwrap_or_default(),
            self.new_value.clone(),
            self.cause.clone(),
            self.reason.clone().unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        format!("{} {}", self.field, self.new_value)
    }
}

/// The status now and its history, oldest first: `isets customer status CUSTOMER`.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub current: Current,
    pub history: Vec<HistoryEntry>,
}

pub async fn show(session: &Session, customer: &str) -> Result<StatusReport> {
    let permit = session.permit(Action::SearchIes)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    let current = current(&mut tx, id, session.now()).await?;
    let history = tx
        .fetch_all(
            crate::sql!(
                "SELECT changed_at, changed_by, field, old_value, new_value, cause, reason \
                 FROM et_status_history WHERE customer_id = $1 ORDER BY id"
            ),
            args![id],
        )
        .await?;
    Ok(StatusReport { current, history })
}

/// The status for the Overview (`customer show`).
pub(crate) async fn for_overview(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Current> {
    current(tx, customer_id, session.now()).await
}
