//! `isets referral show REFERRAL` (F3): the referral as it stands, then every version,
//! 1.1 the sending, the newest current and the older ones historical.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::args;
use crate::error::Result;
use crate::output::{Tabular, opt, time};
use crate::session::Session;

use super::Status;
use super::list::{Referral, yes_no};

/// One version of a referral (F3).
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// `1.2`: referral 1's second version.
    pub version: String,
    /// `current` for the newest, `historical` for the others.
    pub state: &'static str,
    pub status: Status,
    pub receives_snap: Option<bool>,
    pub eligible: Option<bool>,
    pub appointment: Option<i64>,
    pub due_at: DateTime<Utc>,
    pub reason: Option<String>,
    pub note: Option<String>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
}

impl Tabular for Version {
    fn headers() -> Vec<&'static str> {
        vec![
            "version",
            "state",
            "status",
            "receives_snap",
            "eligible",
            "due_at",
            "reason",
            "note",
            "changed_by",
            "changed_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.version.clone(),
            self.state.to_string(),
            self.status.to_string(),
            yes_no(self.receives_snap),
            yes_no(self.eligible),
            time(&self.due_at),
            opt(&self.reason),
            opt(&self.note),
            self.changed_by.clone(),
            time(&self.changed_at),
        ]
    }
    fn key(&self) -> String {
        self.version.clone()
    }
}

/// A referral with its versions, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    #[serde(flatten)]
    pub referral: Referral,
    pub versions: Vec<Version>,
}

#[derive(sqlx::FromRow)]
struct Row {
    version: i64,
    status: String,
    receives_snap: Option<bool>,
    eligible: Option<bool>,
    appointment_id: Option<i64>,
    due_at: DateTime<Utc>,
    reason: Option<String>,
    note: Option<String>,
    changed_by: String,
    changed_at: DateTime<Utc>,
}

/// `isets referral show`.
pub async fn show(session: &Session, id: i64) -> Result<Shown> {
    let mut tx = session.read().await?;
    let referral = super::list::one(session, &mut tx, id).await?;
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(
                "SELECT version, status, receives_snap, eligible, appointment_id, due_at, reason, note, \
                 changed_by, changed_at FROM referral_versions WHERE referral_id = $1 ORDER BY version"
            ),
            args![id],
        )
        .await?;
    let newest = rows.iter().map(|r| r.version).max();
    let versions = rows
        .into_iter()
        .map(|r| {
            Ok(Version {
                version: format!("{id}.{}", r.version),
                state: if Some(r.version) == newest {
                    "current"
                } else {
                    "historical"
                },
                status: Status::from_code(&r.status)?,
                receives_snap: r.receives_snap,
                eligible: r.eligible,
                appointment: r.appointment_id,
                due_at: r.due_at,
                reason: r.reason,
                note: r.note,
                changed_by: r.changed_by,
                changed_at: r.changed_at,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Shown { referral, versions })
}
