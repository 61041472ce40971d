//! `isets referral expire` (F5): referrals sent more than 90 days ago and still pending
//! are marked expired, each with a new version, in one write with its audit record. An
//! accepted referral does not expire (assumption of F5); a rejected one is answered
//! already. Running it again expires nothing more. The sweep is two statements over
//! the index on (status, expires_at), whatever the number of referrals.

use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::error::Result;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

/// What the sweep did.
#[derive(Debug)]
pub struct Expired {
    pub referrals: Vec<i64>,
    pub outcome: Outcome,
}

/// `isets referral expire`: for IDHS staff who route referrals (a statewide grant of
/// sending them, §1), as a scheduled job.
pub async fn expire(session: &Session, options: &WriteOptions) -> Result<Expired> {
    let permit = session.authorize(Action::SendReferral, None)?;
    let mut write = session.write(&permit).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let expired: Vec<(i64,)> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "UPDATE referrals SET status = 'expired', version = version + 1 \
                 WHERE status = 'pending' AND expires_at <= $1 RETURNING id"
            ),
            args![at],
        )
        .await?;
    let mut referrals: Vec<i64> = expired.into_iter().map(|(id,)| id).collect();
    referrals.sort_unstable();
    // Every sweep is recorded, an empty one too: a scheduled job leaves its trace.
    if !referrals.is_empty() {
        write
            .tx()
            .execute(
                crate::sql!(
                    sqlite: "INSERT INTO referral_versions (referral_id, version, status, receives_snap, eligible, \
                        appointment_id, due_at, reason, note, changed_by, changed_at) \
                        SELECT id, version, status, receives_snap, eligible, appointment_id, due_at, NULL, NULL, $2, $3 \
                        FROM referrals WHERE id IN (SELECT value FROM json_each($1))",
                    postgres: "INSERT INTO referral_versions (referral_id, version, status, receives_snap, eligible, \
                        appointment_id, due_at, reason, note, changed_by, changed_at) \
                        SELECT id, version, status, receives_snap, eligible, appointment_id, due_at, NULL, NULL, $2, $3 \
                        FROM referrals WHERE id = ANY($1)",
                ),
                vec![
                    crate::db::Arg::Ints(referrals.clone()),
                    by.as_str().into(),
                    at.into(),
                ],
            )
            .await?;
    }
    // One record per sweep, named by the moment it swept up to; it lists the referrals
    // it expired (none for an empty sweep).
    write.record(Change {
        action: "referral.expire",
        entity_kind: "referral",
        entity_id: format!(
            "expiring by {}",
            at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ),
        organization_id: None,
        before: Some(json!({ "referrals": [] })),
        after: Some(json!({ "referrals": referrals })),
    });
    Ok(Expired {
        referrals,
        outcome: write.finish(options).await?,
    })
}
