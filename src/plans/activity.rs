//! Adding an activity to an Employment Plan: the one place its rules are checked (N4,
//! N5, E3, E4, P5), for enrollment's planned activities (N3) and `isets activity add`.

use chrono::NaiveDate;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Kind};
use crate::error::{Error, Result};
use crate::write::Write;

use super::rules::{self, OnPlan};
use super::{ActivityStatus, Enrollment, lock_customer, stored};

/// An activity to add, Planned/Not Started (E2), under `goal_id` of the enrollment's
/// customer. `service_provider` is the organization whose reports it counts in (E6).
#[derive(Debug, Clone)]
pub struct NewActivity<'a> {
    pub enrollment: &'a Enrollment,
    pub goal_id: i64,
    /// A catalogue code given on the command line (any case).
    pub code: &'a str,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub service_provider: i64,
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    code: String,
    kind: String,
    status: String,
}

/// The activities of one enrollment, as E3 counts them.
pub(crate) async fn plan_of(
    write: &mut Write,
    enrollment_id: i64,
) -> Result<Vec<(String, Kind, ActivityStatus)>> {
    let rows: Vec<PlanRow> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT code, kind, status FROM activities WHERE enrollment_id = $1 ORDER BY id"
            ),
            args![enrollment_id],
        )
        .await?;
    rows.into_iter()
        .map(|r| {
            let kind = if r.kind == "other" {
                Kind::Other
            } else {
                Kind::SnapEt
            };
            Ok((r.code, kind, stored("activity status", &r.status)?))
        })
        .collect()
}

/// Adds the activity after checking it, and records it; returns its id. The caller
/// writes the case note (E5) and moves the E&T status where T2 says.
pub async fn add(write: &mut Write, new: &NewActivity<'_>) -> Result<i64> {
    let enrollment = new.enrollment;
    let code = catalogue::code("--code", new.code, &[Kind::SnapEt, Kind::Other])?;
    let kind = catalogue::kind_of(code).unwrap_or(Kind::SnapEt);
    if let Some(exited_on) = enrollment.exited_on {
        return Err(Error::rule(
            "N5",
            format!(
                "enrollment {} was exited on {exited_on}: its activities are locked; a returning \
                 customer needs a new enrollment",
                enrollment.id
            ),
        ));
    }
    if new.planned_end < new.planned_start {
        return Err(Error::invalid(
            "--planned-end",
            &new.planned_end.to_string(),
            format!("is before the planned start {}", new.planned_start),
        ));
    }
    rules::check_start("--planned-start", new.planned_start, enrollment.enrolled_on)?;
    if code == rules::JOB_RETENTION {
        // M4: Job Retention is planned within its limit from the start.
        let program_type = super::program_type_of(write.tx(), enrollment.program_id).await?;
        crate::employment::rules::check_retention_end(
            code,
            new.planned_start,
            new.planned_end,
            &program_type,
        )?;
    }
    lock_customer(write.tx(), enrollment.customer_id).await?;
    crate::locks::refuse_locked(
        write.tx(),
        &format!("the new {code} activity"),
        &[
            enrollment.dated(new.planned_start),
            enrollment.dated(new.planned_end),
        ],
    )
    .await?;

    let goal: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!("SELECT id FROM ep_goals WHERE id = $1 AND customer_id = $2"),
            args![new.goal_id, enrollment.customer_id],
        )
        .await?;
    if goal.is_none() {
        return Err(Error::NotFound(format!(
            "goal {} is not on this customer's Employment Plan (`isets ep show`)",
            new.goal_id
        )));
    }

    // P5: a provider offers every catalogue code unless it was disabled for it.
    let enabled: Option<(bool,)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT enabled FROM provider_services WHERE organization_id = $1 AND code = $2"
            ),
            args![new.service_provider, code],
        )
        .await?;
    if enabled == Some((false,)) {
        return Err(Error::rule_on(
            "P5",
            "--code",
            format!("{code} is not enabled for this provider"),
        ));
    }

    if kind == Kind::SnapEt {
        let elsewhere: Option<(i64,)> = write
            .tx()
            .fetch_optional(
                crate::sql!(
                    "SELECT id FROM activities WHERE customer_id = $1 AND code = $2 \
                     AND status IN ('planned', 'started') AND organization_id <> $3 LIMIT 1"
                ),
                args![enrollment.customer_id, code, new.service_provider],
            )
            .await?;
        if let Some((other,)) = elsewhere {
            return Err(Error::rule(
                "N4",
                format!(
                    "{code} is already planned or open with another provider (activity {other}): \
                     the same SNAP E&T activity can't be open with two providers at once"
                ),
            ));
        }
    }

    let plan = plan_of(write, enrollment.id).await?;
    let on_plan: Vec<OnPlan<'_>> = plan
        .iter()
        .map(|(code, kind, status)| OnPlan {
            code,
            kind: *kind,
            status: *status,
        })
        .collect();
    rules::check_add(code, kind, &on_plan)?;

    let at = write.at();
    let by = write.operator().to_string();
    let kind_code = if kind == Kind::Other {
        "other"
    } else {
        "snap-et"
    };
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, \
                 status, planned_start, planned_end, created_by, created_at, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 'planned', $7, $8, $9, $10, $9, $10) RETURNING id"
            ),
            args![
                enrollment.customer_id,
                new.goal_id,
                enrollment.id,
                new.service_provider,
                code,
                kind_code,
                new.planned_start,
                new.planned_end,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "activity.add",
        entity_kind: "activity",
        entity_id: id.to_string(),
        organization_id: Some(new.service_provider),
        before: None,
        after: Some(serde_json::json!({
            "customer_id": enrollment.customer_id,
            "enrollment_id": enrollment.id,
            "goal_id": new.goal_id,
            "code": code,
            "status": ActivityStatus::Planned.code(),
            "planned_start": new.planned_start,
            "planned_end": new.planned_end,
        })),
    });
    Ok(id)
}
