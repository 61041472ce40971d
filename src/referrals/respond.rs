//! `isets referral respond REFERRAL --accept|--reject …` (F4): only the receiving side
//! answers, a provider's staff a referral sent to their provider (at a location they
//! cover), IDHS a reverse referral with its two yes/no answers; a rejection gives its
//! reason. The answer is one conditional update of a pending, unexpired referral, so of
//! two people answering at once exactly one is recorded and the other is told who
//! answered first (exit 5).

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::error::{Error, Result};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

use super::list::Referral;
use super::{Kind, Status};

/// An answer as given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    pub referral: i64,
    pub accept: bool,
    pub reason: Option<String>,
    pub receives_snap: Option<String>,
    pub eligible: Option<String>,
    pub note: Option<String>,
}

/// What `respond` did.
#[derive(Debug)]
pub struct Answered {
    pub referral: Referral,
    pub outcome: Outcome,
}

/// F4: the answers a referral of `kind` needs, checked.
fn checked(kind: Kind, answer: &Answer) -> Result<(Option<bool>, Option<bool>, Option<String>)> {
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
    };
    let reason = text(&answer.reason);
    if !answer.accept && reason.is_none() {
        return Err(Error::rule_on(
            "F4",
            "reason",
            "is required to reject a referral: say why",
        ));
    }
    let yes_no = |field: &'static str, v: &Option<String>| -> Result<Option<bool>> {
        match (kind, v) {
            (Kind::Reverse, Some(v)) => super::yes_no(field, v).map(Some),
            (Kind::Reverse, None) => Err(Error::rule_on(
                "F4",
                field,
                "is required to answer a reverse referral: yes or no, as verified in IES",
            )),
            (_, Some(_)) => Err(Error::Usage(format!(
                "--{}: only IDHS answers it, on a reverse referral (F4)",
                field.replace('_', "-")
            ))),
            (_, None) => Ok(None),
        }
    };
    Ok((
        yes_no("receives_snap", &answer.receives_snap)?,
        yes_no("eligible", &answer.eligible)?,
        reason,
    ))
}

/// Who answered first, for the conflict.
#[derive(sqlx::FromRow)]
struct First {
    status: String,
    answered_by: Option<String>,
    answered_at: Option<DateTime<Utc>>,
    expires_at: DateTime<Utc>,
}

/// `isets referral respond`.
pub async fn respond(
    session: &Session,
    answer: &Answer,
    options: &WriteOptions,
) -> Result<Answered> {
    let id = answer.referral;
    // Reading it first: one outside the operator's reach reads as absent, and its kind
    // says which action answers it.
    let seen = {
        let mut tx = session.read().await?;
        super::list::one(session, &mut tx, id).await?
    };
    let action = match seen.kind {
        Kind::Reverse => Action::RespondReverseReferral,
        Kind::Referral | Kind::Provider => Action::RespondReferral,
    };
    let permit = session.permit(action)?;
    let (receives_snap, eligible, reason) = checked(seen.kind, answer)?;
    let mut write = session.write(&permit).await?;
    // F4: only the receiving side answers: for a provider's staff, a referral sent to a
    // location of their provider that they cover.
    if !permit.is_statewide() {
        let reach = reach::of(session, write.tx(), &permit).await?;
        let receiving = seen.to_organization_id.is_some_and(|o| permit.covers(o))
            && seen
                .to_location_id
                .is_some_and(|l| reach.covers_location(l));
        if !receiving {
            return Err(Error::rule(
                "F4",
                format!(
                    "referral {id} was sent to {}: only the receiving side answers it",
                    seen.to
                ),
            ));
        }
    }
    let status = if answer.accept {
        Status::Accepted
    } else {
        Status::Rejected
    };
    let at = write.at();
    let by = write.operator().to_string();
    let note = answer
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from);
    let updated: Option<(i64, DateTime<Utc>, i64)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "UPDATE referrals SET status = $2, version = version + 1, answered_at = $3, answered_by = $4, \
                 reason = $5, note = coalesce($6, note), receives_snap = coalesce($7, receives_snap), \
                 eligible = coalesce($8, eligible) \
                 WHERE id = $1 AND status = 'pending' AND expires_at > $3 RETURNING version, due_at, customer_id"
            ),
            args![
                id,
                status.code(),
                at,
                by.as_str(),
                reason.clone(),
                note.clone(),
                receives_snap,
                eligible
            ],
        )
        .await?;
    let Some((version, due_at, customer_id)) = updated else {
        let first: First = write
            .tx()
            .fetch_one(
                crate::sql!(
                    "SELECT status, answered_by, answered_at, expires_at FROM referrals WHERE id = $1"
                ),
                args![id],
            )
            .await?;
        return Err(Error::Conflict(
            match (first.status.as_str(), first.answered_by, first.answered_at) {
                ("pending" | "expired", _, _) => format!(
                    "rule F5: referral {id} expired at {} (90 days after it was sent): it cannot be answered; send a new one",
                    crate::output::time(&first.expires_at)
                ),
                (done, Some(by), Some(when)) => format!(
                    "referral {id} was {done} already by {by} at {}: nothing was changed",
                    crate::output::time(&when)
                ),
                (done, _, _) => format!("referral {id} is {done} already: nothing was changed"),
            },
        ));
    };
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO referral_versions (referral_id, version, status, receives_snap, eligible, appointment_id, \
                 due_at, reason, note, changed_by, changed_at) \
                 SELECT id, version, status, receives_snap, eligible, appointment_id, due_at, $2, $3, $4, $5 \
                 FROM referrals WHERE id = $1"
            ),
            args![id, reason.clone(), note.clone(), by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: if answer.accept {
            "referral.accept"
        } else {
            "referral.reject"
        },
        entity_kind: "referral",
        entity_id: id.to_string(),
        organization_id: seen.to_organization_id.or(seen.from_organization_id),
        before: Some(json!({ "version": seen.version, "status": seen.status })),
        after: Some(json!({
            "version": format!("{id}.{version}"),
            "status": status,
            "reason": reason,
            "receives_snap": receives_snap,
            "eligible": eligible,
            "note": note,
            "due_at": due_at,
        })),
    });
    // T2 (§8): the E&T status moves in this same write.
    if !answer.accept {
        crate::et_status::on_referral(&mut write, customer_id, id, false).await?;
    }
    let referral = super::list::one(session, write.tx(), id).await;
    let outcome = write.finish(options).await?;
    Ok(Answered {
        referral: referral?,
        outcome,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f4_a_rejection_needs_a_reason_and_a_reverse_referral_both_answers() {
        let reject = Answer {
            accept: false,
            ..Answer::default()
        };
        let refused = checked(Kind::Referral, &reject)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some("rule F4: reason is required to reject a referral: say why")
        );
        let accept = Answer {
            accept: true,
            receives_snap: Some("yes".into()),
            ..Answer::default()
        };
        assert!(checked(Kind::Reverse, &accept).is_err());
        assert!(checked(Kind::Referral, &accept).is_err());
        let both = Answer {
            eligible: Some("no".into()),
            ..accept
        };
        assert_eq!(
            checked(Kind::Reverse, &both).expect("answers"),
            (Some(true), Some(false), None)
        );
    }
}
