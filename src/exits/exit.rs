//! `isets exit` (X1–X3, X6, T2) and `isets unexit` (X4, M2, M4, T2), each one write
//! with its audit records and case note.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::{notes, reach};
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::permissions::Action;
use crate::plans::activity::{self, NewActivity};
use crate::plans::rules::JOB_RETENTION;
use crate::plans::{ActivityStatus, Enrollment, lock_customer, stored};
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

use super::{Employed, ExitStatus};

/// The longest case note and skill gain an exit takes (as `isets note add`).
const TEXT_MAX: usize = 10_000;

/// What `isets exit` asks.
#[derive(Debug, Clone, Default)]
pub struct ExitRequest {
    /// The customer's individual number.
    pub customer: String,
    pub provider: String,
    pub program: i64,
    pub status: String,
    pub reason: Option<String>,
    pub date: String,
    /// X6: the Measurable Skill Gain, if one was made.
    pub skill_gain: Option<String>,
    pub note: Option<String>,
}

/// What `exit` did.
#[derive(Debug, Clone, Serialize)]
pub struct Exited {
    pub id: i64,
    pub individual_number: String,
    pub enrollment: i64,
    pub provider: String,
    pub program: i64,
    /// X2: the program as the manuals name it (SNAP JP, SNAP to Success, Earnfare).
    pub program_name: String,
    pub status: ExitStatus,
    pub status_shown: String,
    pub reason: Option<String>,
    pub reason_shown: String,
    pub exited_on: NaiveDate,
    pub skill_gain: Option<String>,
    pub exited_by: String,
    pub case_note: i64,
    /// The E&T status after the exit (T2).
    pub et_status: String,
    #[serde(skip)]
    pub outcome: Option<Outcome>,
}

fn text(field: &str, value: Option<&str>) -> Result<Option<String>> {
    let Some(v) = value.map(str::trim) else {
        return Ok(None);
    };
    if v.is_empty() {
        return Err(Error::invalid(
            field,
            value.unwrap_or_default(),
            "must not be empty",
        ));
    }
    if v.chars().count() > TEXT_MAX {
        return Err(Error::invalid(
            field,
            &format!("{}…", v.chars().take(20).collect::<String>()),
            format!("is longer than {TEXT_MAX} characters"),
        ));
    }
    Ok(Some(v.to_string()))
}

#[derive(sqlx::FromRow)]
struct Latest {
    id: i64,
    enrolled_on: NaiveDate,
    exited_on: Option<NaiveDate>,
    program_type: String,
}

#[derive(sqlx::FromRow)]
struct OpenActivity {
    id: i64,
    code: String,
    status: String,
}

#[derive(sqlx::FromRow)]
struct Standing {
    id: i64,
    exited_by: String,
    exited_at: DateTime<Utc>,
}

/// `isets exit CUSTOMER --provider P --program ID --status S [--reason R] --date D
/// [--skill-gain TEXT] [--note TEXT]`.
pub async fn exit(
    session: &Session,
    request: &ExitRequest,
    options: &WriteOptions,
) -> Result<Exited> {
    let permit = session.permit(Action::CaseWork)?;
    let status = super::parse_status(&request.status)?;
    let reason = super::check_reason(status, request.reason.as_deref())?;
    let date = crate::values::parse_date("--date", &request.date)?;
    let skill_gain = text("--skill-gain", request.skill_gain.as_deref())?;
    let note = text("--note", request.note.as_deref())?;
    let number = request.customer.trim();
    let mut write = session.write(&permit).await?;
    let org = crate::enrollment::acting_provider(
        session,
        &mut write,
        &permit,
        &request.provider,
        options,
    )
    .await?;
    let customer = reach::find(session, write.tx(), &permit, number).await?;
    // Two exits of one enrollment at once: the second waits here, then finds the
    // first's (the partial unique index on exits stands behind this on both backends).
    lock_customer(write.tx(), customer).await?;
    let latest: Option<Latest> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT e.id, e.enrolled_on, e.exited_on, coalesce(p.program_type, '') AS program_type \
                 FROM enrollments e LEFT JOIN programs p ON p.id = e.program_id \
                 WHERE e.customer_id = $1 AND e.organization_id = $2 AND e.program_id = $3 \
                 ORDER BY e.exited_on IS NULL DESC, e.enrolled_on DESC, e.id DESC LIMIT 1"
            ),
            args![customer, org.id, request.program],
        )
        .await?;
    let Some(enrollment) = latest else {
        return Err(Error::NotFound(format!(
            "customer {number} has no enrollment in program {} of {} (`isets customer show`)",
            request.program, org.name
        )));
    };
    crate::locks::refuse_in_enrollment(
        write.tx(),
        &format!("the exit of enrollment {}", enrollment.id),
        enrollment.id,
        [date],
    )
    .await?;
    if let Some(exited_on) = enrollment.exited_on {
        let standing: Option<Standing> = write
            .tx()
            .fetch_optional(
                crate::sql!(
                    "SELECT id, exited_by, exited_at FROM exits WHERE enrollment_id = $1 AND unexited_at IS NULL"
                ),
                args![enrollment.id],
            )
            .await?;
        let by = standing
            .map(|s| {
                format!(
                    " (exit {}, by {} at {})",
                    s.id,
                    s.exited_by,
                    crate::output::time(&s.exited_at)
                )
            })
            .unwrap_or_default();
        return Err(Error::Conflict(format!(
            "enrollment {} of customer {number} in program {} of {} was exited on {exited_on} already{by}",
            enrollment.id, request.program, org.name
        )));
    }

    // X1: every activity of the enrollment, SNAP E&T and Other, closed or deleted;
    // support services need no closing and are not activities.
    let open: Vec<OpenActivity> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT id, code, status FROM activities WHERE enrollment_id = $1 \
                 AND status IN ('planned', 'started') ORDER BY id"
            ),
            args![enrollment.id],
        )
        .await?;
    if !open.is_empty() {
        let listed = open
            .iter()
            .map(|a| {
                let shown = stored::<ActivityStatus>("activity status", &a.status)
                    .map(|s| s.shown())
                    .unwrap_or("?");
                format!("{} {} {shown}", a.id, a.code)
            })
            .collect::<Vec<_>>()
            .join("; ");
        return Err(Error::rule(
            "X1",
            format!(
                "enrollment {} still has open activities: {listed}; close each as successful or \
                 unsuccessful (`isets activity close`), or delete it if never started \
                 (`isets activity delete`), then exit",
                enrollment.id
            ),
        ));
    }
    let last: Option<(i64, NaiveDate)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id, completed_on FROM activities WHERE enrollment_id = $1 AND completed_on IS NOT NULL \
                 ORDER BY completed_on DESC, id DESC LIMIT 1"
            ),
            args![enrollment.id],
        )
        .await?;
    super::check_exit_date(date, write.today(), enrollment.enrolled_on, last)?;

    let at = write.at();
    let by = write.operator().to_string();
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE enrollments SET exited_on = $2 WHERE id = $1 AND exited_on IS NULL"
            ),
            args![enrollment.id, date],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "enrollment {} was exited meanwhile: nothing was changed",
            enrollment.id
        )));
    }
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO exits (enrollment_id, customer_id, organization_id, program_id, status, reason, \
                 exited_on, skill_gain, exited_by, exited_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
            ),
            args![
                enrollment.id,
                customer,
                org.id,
                request.program,
                status.code(),
                reason.map(|r| r.code),
                date,
                skill_gain.as_deref(),
                by.as_str(),
                at
            ],
        )
        .await?;
    let program_name = crate::enrollment::rules::program_name(&enrollment.program_type).to_string();
    write.record(Change {
        action: "exit.add",
        entity_kind: "exit",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({
            "customer": number,
            "enrollment": enrollment.id,
            "provider": org.name,
            "program": request.program,
            "status": status.code(),
            "reason": reason.map(|r| r.code),
            "exited_on": date,
            "skill_gain": skill_gain,
        })),
    });
    let reason_shown = super::reason_shown(reason.map(|r| r.code)).to_string();
    let note_id = notes::write_note(
        &mut write,
        customer,
        org.id,
        &format!(
            "Exited from {program_name} (program {}): {}",
            request.program,
            status.shown()
        ),
        note.as_deref().unwrap_or(&format!(
            "{} on {date}; reason: {reason_shown}",
            status.shown()
        )),
    )
    .await?;

    // T2: the exit moves the status to Exited once no enrollment stays open
    // (**design**: a customer still enrolled with another provider or program keeps
    // the status that enrollment gives).
    let others = Enrollment::open_of(write.tx(), customer).await?;
    if others.is_empty() {
        crate::et_status::move_to(
            &mut write,
            customer,
            EtStatus::Exited,
            &format!("exit {id} of enrollment {}", enrollment.id),
            None,
        )
        .await?;
    }
    let et_status = crate::et_status::current(write.tx(), customer, at)
        .await?
        .status
        .shown()
        .to_string();
    let outcome = write.finish(options).await?;
    Ok(Exited {
        id,
        individual_number: number.to_string(),
        enrollment: enrollment.id,
        provider: org.name,
        program: request.program,
        program_name,
        status,
        status_shown: status.shown().to_string(),
        reason: reason.map(|r| r.code.to_string()),
        reason_shown,
        exited_on: date,
        skill_gain,
        exited_by: by,
        case_note: note_id,
        et_status,
        outcome: Some(outcome),
    })
}

/// What `unexit` did.
#[derive(Debug, Clone, Serialize)]
pub struct Unexited {
    pub exit: i64,
    pub individual_number: String,
    pub enrollment: i64,
    pub provider: String,
    pub program: i64,
    pub exited_on: NaiveDate,
    pub employment: i64,
    /// The Job Retention activity added (M2), its start and planned end (M4).
    pub activity: i64,
    pub activity_status: String,
    pub started_on: NaiveDate,
    pub planned_end: NaiveDate,
    pub case_note: i64,
    /// The E&T status after the un-exit (T2): Retention.
    pub et_status: String,
    #[serde(skip)]
    pub outcome: Option<Outcome>,
}

#[derive(sqlx::FromRow)]
struct Job {
    id: i64,
    activity_id: Option<i64>,
    employer: String,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    hours: i64,
}

#[derive(sqlx::FromRow)]
struct StandingExit {
    id: i64,
    enrollment_id: i64,
    organization_id: i64,
    provider: String,
    program_id: i64,
    program_type: String,
    exited_on: NaiveDate,
}

/// `isets unexit CUSTOMER --employment ID [--note TEXT]` (X4): the customer's latest
/// standing exit with a provider the operator does case work for is taken back, on
/// employment of 20+ hours a week found within 60 days of it; the enrollment reopens
/// with Job Retention started and the status Retention (T2).
pub async fn unexit(
    session: &Session,
    customer: &str,
    employment: i64,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Unexited> {
    let permit = session.permit(Action::CaseWork)?;
    let note = text("--note", note)?;
    let number = customer.trim();
    let mut write = session.write(&permit).await?;
    let customer = reach::find(session, write.tx(), &permit, number).await?;
    lock_customer(write.tx(), customer).await?;
    let job: Option<Job> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id, activity_id, employer, started_on, ended_on, hours FROM employments \
                 WHERE id = $1 AND customer_id = $2"
            ),
            args![employment, customer],
        )
        .await?;
    let job = job.ok_or_else(|| {
        Error::NotFound(format!(
            "employment {employment} of customer {number} not found"
        ))
    })?;
    let exits: Vec<StandingExit> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT x.id, x.enrollment_id, x.organization_id, coalesce(o.name, '') AS provider, x.program_id, \
                 coalesce(p.program_type, '') AS program_type, x.exited_on FROM exits x \
                 LEFT JOIN organizations o ON o.id = x.organization_id LEFT JOIN programs p ON p.id = x.program_id \
                 WHERE x.customer_id = $1 AND x.unexited_at IS NULL ORDER BY x.exited_on DESC, x.id DESC"
            ),
            args![customer],
        )
        .await?;
    let Some(exit) = exits.into_iter().find(|x| permit.covers(x.organization_id)) else {
        return Err(Error::NotFound(format!(
            "customer {number} has no exit with a provider you do case work for to take back"
        )));
    };
    session.operator().require_reason(
        Action::CaseWork,
        exit.organization_id,
        options.reason.as_deref(),
    )?;
    let today = write.today();
    let start = super::check_unexit(
        &Employed {
            id: job.id,
            started_on: job.started_on,
            ended_on: job.ended_on,
            hours: job.hours,
        },
        exit.exited_on,
        today,
    )?;
    let open: Option<(i64, NaiveDate)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id, enrolled_on FROM enrollments WHERE customer_id = $1 AND program_id = $2 \
                 AND exited_on IS NULL"
            ),
            args![customer, exit.program_id],
        )
        .await?;
    if let Some((other, enrolled_on)) = open {
        return Err(Error::Conflict(format!(
            "customer {number} is enrolled in program {} again (enrollment {other} on {enrolled_on}): \
             exit {} can't be taken back (one open enrollment per customer and program)",
            exit.program_id, exit.id
        )));
    }
    crate::locks::refuse_in_enrollment(
        write.tx(),
        &format!("exit {} (taken back)", exit.id),
        exit.enrollment_id,
        [exit.exited_on, start],
    )
    .await?;

    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE enrollments SET exited_on = NULL WHERE id = $1"),
            args![exit.enrollment_id],
        )
        .await?;
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE exits SET unexited_by = $2, unexited_at = $3, unexit_employment_id = $4 \
                 WHERE id = $1 AND unexited_at IS NULL"
            ),
            args![exit.id, by.as_str(), at, job.id],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "exit {} was taken back meanwhile: nothing was changed",
            exit.id
        )));
    }
    write.record(Change {
        action: "exit.unexit",
        entity_kind: "exit",
        entity_id: exit.id.to_string(),
        organization_id: Some(exit.organization_id),
        before: Some(json!({ "enrollment": exit.enrollment_id, "exited_on": exit.exited_on })),
        after: Some(
            json!({ "enrollment": exit.enrollment_id, "exited_on": null, "employment": job.id }),
        ),
    });

    let enrollment = Enrollment::load(write.tx(), exit.enrollment_id)
        .await?
        .ok_or_else(|| Error::Internal(format!("exit {} has no enrollment", exit.id)))?;
    let goal: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!("SELECT id FROM ep_goals WHERE enrollment_id = $1 ORDER BY id LIMIT 1"),
            args![enrollment.id],
        )
        .await?;
    let (goal,) = goal.ok_or_else(|| {
        Error::Internal(format!(
            "enrollment {} has no default goal (N3)",
            enrollment.id
        ))
    })?;
    // M4: Job Retention lasts up to 90 days, 180 in SNAP to Success.
    let planned_end = start
        + TimeDelta::days(crate::employment::retention::job_retention_days(
            &exit.program_type,
        ));
    let activity_id = activity::add(
        &mut write,
        &NewActivity {
            enrollment: &enrollment,
            goal_id: goal,
            code: JOB_RETENTION,
            planned_start: start,
            planned_end,
            service_provider: enrollment.organization_id,
        },
    )
    .await
    .map_err(|e| e.in_field(|_| "--employment".into()))?;
    let activity_status = start_retention(
        &mut write,
        activity_id,
        enrollment.organization_id,
        start,
        today,
    )
    .await?;
    if job.activity_id.is_none() {
        write
            .tx()
            .execute(
                crate::sql!(
                    "UPDATE employments SET activity_id = $2, updated_by = $3, updated_at = $4 WHERE id = $1"
                ),
                args![job.id, activity_id, by.as_str(), at],
            )
            .await?;
        write.record(Change {
            action: "employment.update",
            entity_kind: "employment",
            entity_id: job.id.to_string(),
            organization_id: Some(exit.organization_id),
            before: Some(json!({ "activity_id": null })),
            after: Some(json!({ "activity_id": activity_id })),
        });
    }
    let note_id = notes::write_note(
        &mut write,
        customer,
        exit.organization_id,
        &format!(
            "Exit {} taken back: activity {activity_id} JR added (X4)",
            exit.id
        ),
        note.as_deref().unwrap_or(&format!(
            "Employment {} at {} from {}, {} hours a week; Job Retention from {start} to {planned_end}",
            job.id,
            job.employer,
            job.started_on,
            super::hours(job.hours)
        )),
    )
    .await?;
    // T2: employment in Job Retention moves the status to Retention.
    crate::et_status::move_to(
        &mut write,
        customer,
        EtStatus::Retention,
        &format!("exit {} taken back on employment {}", exit.id, job.id),
        None,
    )
    .await?;
    let outcome = write.finish(options).await?;
    Ok(Unexited {
        exit: exit.id,
        individual_number: number.to_string(),
        enrollment: exit.enrollment_id,
        provider: reach::OrganizationNames::of(session).shown(exit.organization_id, &exit.provider),
        program: exit.program_id,
        exited_on: exit.exited_on,
        employment: job.id,
        activity: activity_id,
        activity_status: activity_status.shown().to_string(),
        started_on: start,
        planned_end,
        case_note: note_id,
        et_status: EtStatus::Retention.shown().to_string(),
        outcome: Some(outcome),
    })
}

/// Job Retention starts on `start` once that day has come (E2: a start still to come
/// stays planned, **design**).
async fn start_retention(
    write: &mut Write,
    id: i64,
    organization_id: i64,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<ActivityStatus> {
    if start > today {
        return Ok(ActivityStatus::Planned);
    }
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE activities SET status = 'started', started_on = $2, updated_by = $3, updated_at = $4 \
                 WHERE id = $1"
            ),
            args![id, start, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "activity.start",
        entity_kind: "activity",
        entity_id: id.to_string(),
        organization_id: Some(organization_id),
        before: Some(json!({ "status": ActivityStatus::Planned.code() })),
        after: Some(json!({ "status": ActivityStatus::Started.code(), "started_on": start })),
    });
    Ok(ActivityStatus::Started)
}
