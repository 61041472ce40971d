//! `isets employment add` (M1, M2, M4, E3, E5, T2): the job saved with the Job Retention
//! or Employment activity it adds, started, in one write.

use chrono::NaiveDate;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::{notes, reach};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::operator::Permit;
use crate::permissions::Action;
use crate::plans::{Enrollment, lock_customer};
use crate::session::Session;
use crate::values::{parse_date, required_text};
use crate::write::WriteOptions;

use super::*;

/// The organization the operator names with `--provider`, if they name one: any provider
/// for a statewide operator, otherwise one of their own for `action`.
pub(crate) async fn provider_named(
    session: &Session,
    tx: &mut Tx,
    permit: &Permit,
    name: Option<&str>,
) -> Result<Option<i64>> {
    let Some(name) = name else { return Ok(None) };
    if permit.is_statewide() {
        let org = crate::orgs::find(tx, name).await?;
        if org.kind != "provider" {
            return Err(Error::invalid(
                "--provider",
                name,
                "is not a provider agency",
            ));
        }
        return Ok(Some(org.id));
    }
    Ok(Some(
        session
            .operator()
            .acting_for(permit.action(), Some(name), "--provider")?
            .0,
    ))
}

/// The enrollment employment is entered in: the one named, or the customer's one open
/// enrollment with a provider the operator acts for (`--provider` narrowing it), or,
/// without one, their latest exited enrollment with such a provider: a job found after
/// the exit is entered there, without an activity (its activities are locked, N5), so
/// that `isets unexit` can rest on it (X4).
async fn enrollment_for(
    tx: &mut Tx,
    permit: &Permit,
    customer_id: i64,
    customer: &str,
    provider: Option<i64>,
    given: Option<i64>,
) -> Result<Enrollment> {
    let wanted = |e: &Enrollment| {
        e.customer_id == customer_id
            && permit.covers(e.organization_id)
            && provider.is_none_or(|p| p == e.organization_id)
    };
    let found = if let Some(id) = given {
        let one = Enrollment::load(tx, id)
            .await?
            .filter(wanted)
            .ok_or_else(|| {
                Error::NotFound(format!("enrollment {id} of customer {customer} not found"))
            })?;
        vec![one]
    } else {
        Enrollment::open_of(tx, customer_id)
            .await?
            .into_iter()
            .filter(wanted)
            .collect()
    };
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => {
            let exited: Option<(i64, NaiveDate)> = tx
                .fetch_optional(
                    crate::sql!(
                        "SELECT id, exited_on FROM enrollments WHERE customer_id = $1 AND exited_on IS NOT NULL \
                         ORDER BY exited_on DESC, id DESC LIMIT 1"
                    ),
                    args![customer_id],
                )
                .await?;
            if let Some((id, _)) = exited
                && let Some(last) = Enrollment::load(tx, id).await?.filter(wanted)
            {
                return Ok(last);
            }
            Err(Error::NotFound(format!(
                "customer {customer} has no open enrollment with a provider you do case work \
                 for (`isets enroll`)"
            )))
        }
        several => Err(Error::Usage(format!(
            "customer {customer} has several open enrollments ({}): choose one with --enrollment or \
             --provider",
            several
                .iter()
                .map(|e| e.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn optional_text(field: &str, value: Option<&str>) -> Result<Option<String>> {
    value.map(|v| required_text(field, v)).transpose()
}

/// What `isets employment add` asks for.
#[derive(Debug, Clone, Default)]
pub struct AddRequest<'a> {
    pub customer: &'a str,
    pub employer: &'a str,
    pub industry: Option<&'a str>,
    pub soc: &'a str,
    pub occupation: Option<&'a str>,
    pub job_title: &'a str,
    pub start: &'a str,
    pub wage: &'a str,
    pub hours: &'a str,
    /// `Some(true)` full time, `Some(false)` part time; `None`: by the hours (M1).
    pub full_time: Option<bool>,
    pub provider: Option<&'a str>,
    pub enrollment: Option<i64>,
    pub note: Option<&'a str>,
}

/// `isets employment add CUSTOMER …`: the employment (M1) in an open enrollment (N5),
/// and the Job Retention (20 hours a week or more) or E activity it adds to the plan
/// (M2, through [`crate::plans::activity::add`]: N4, E3, E4, P5), started on the job's
/// first day and planned to end with Job Retention's limit (M4); Job Retention started
/// moves the customer to Retention (T2). One case note (E5), one write.
pub async fn add(
    session: &Session,
    request: &AddRequest<'_>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let note = crate::activities::note_text(request.note)?;
    let employer = required_text("--employer", request.employer)?;
    let job_title = required_text("--job-title", request.job_title)?;
    let industry = optional_text("--industry", request.industry)?;
    let occupation = optional_text("--occupation", request.occupation)?;
    let soc = rules::parse_soc("M1", "--soc", request.soc)?;
    let start = parse_date("--start", request.start)?;
    let wage = rules::parse_wage("--wage", request.wage)?;
    let hours = rules::parse_weekly_hours("--hours", request.hours)?;
    let full_time = request.full_time.unwrap_or(hours >= rules::FULL_TIME_HOURS);

    let mut write = session.write(&permit).await?;
    rules::check_not_future("M1", "--start", start, write.today())?;
    let customer_id = reach::find(session, write.tx(), &permit, request.customer).await?;
    let provider = provider_named(session, write.tx(), &permit, request.provider).await?;
    let enrollment = enrollment_for(
        write.tx(),
        &permit,
        customer_id,
        request.customer.trim(),
        provider,
        request.enrollment,
    )
    .await?;
    let org = enrollment.organization_id;
    session
        .operator()
        .require_reason(Action::CaseWork, org, options.reason.as_deref())?;
    lock_customer(write.tx(), customer_id).await?;
    crate::locks::refuse_locked(
        write.tx(),
        "the new employment's start",
        &[enrollment.dated(start)],
    )
    .await?;

    // X4, N5: a job found after the exit is kept without an activity; `unexit` adds Job
    // Retention when it takes the exit back.
    let added = match enrollment.exited_on {
        Some(_) => None,
        None => Some(add_activity(session, &mut write, &enrollment, hours, start).await?),
    };
    let activity_id = added.map(|(id, _)| id);
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO employments (customer_id, organization_id, enrollment_id, activity_id, employer, \
                 industry, soc, occupation, job_title, started_on, wage, hours, full_time, created_by, created_at, \
                 updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, \
                 $14, $15) RETURNING id"
            ),
            args![
                customer_id,
                org,
                enrollment.id,
                activity_id,
                employer.as_str(),
                industry.as_deref(),
                soc.code.as_str(),
                occupation.as_deref(),
                job_title.as_str(),
                start,
                wage.cents(),
                hours,
                full_time,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "employment.add",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(org),
        before: None,
        after: Some(json!({
            "customer_id": customer_id,
            "enrollment_id": enrollment.id,
            "activity_id": activity_id,
            "employer": employer,
            "soc": soc.code,
            "job_title": job_title,
            "started_on": start,
            "wage": wage.cents(),
            "hours": hours,
            "full_time": full_time,
        })),
    });
    let mut moved = None;
    if let Some((activity_id, code)) = added
        && code == crate::plans::rules::JOB_RETENTION
    {
        let now = crate::et_status::current(write.tx(), customer_id, at)
            .await?
            .status;
        if rules::enters_retention(now)
            && crate::et_status::move_to(
                &mut write,
                customer_id,
                EtStatus::Retention,
                &format!("employment {id}: activity {activity_id} (JR) started"),
                None,
            )
            .await?
        {
            moved = Some(EtStatus::Retention.shown().to_string());
        }
    }
    let mut warnings: Vec<String> = soc.warning("--soc").into_iter().collect();
    let subject = match (added, enrollment.exited_on) {
        (Some((activity_id, code)), _) => {
            format!("Employment {id} at {employer} added; activity {activity_id} {code} started")
        }
        (None, exited_on) => {
            warnings.push(format!(
                "enrollment {} was exited on {}: no activity is added to its locked plan (N5); \
                 `isets unexit {} --employment {id}` takes the exit back (X4)",
                enrollment.id,
                exited_on.map(|d| d.to_string()).unwrap_or_default(),
                request.customer.trim()
            ));
            format!("Employment {id} at {employer} added after the exit")
        }
    };
    let note_id = notes::write_note(&mut write, customer_id, org, &subject, &note).await?;
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: None,
        et_status: moved,
        warnings,
    })
}

/// M2: the JR or E activity saving the job adds to an open enrollment's plan, started on
/// the job's first day (M4 plans it to its limit); its id and code.
async fn add_activity(
    session: &Session,
    write: &mut crate::write::Write,
    enrollment: &Enrollment,
    hours: i64,
    start: NaiveDate,
) -> Result<(i64, &'static str)> {
    let org = enrollment.organization_id;
    let program_type = crate::plans::program_type_of(write.tx(), enrollment.program_id).await?;
    // **Assumption**: the activity sits under the enrollment's first goal, the default
    // "Complete the PROGRAM Program" (N3).
    let goal: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!("SELECT id FROM ep_goals WHERE enrollment_id = $1 ORDER BY id LIMIT 1"),
            args![enrollment.id],
        )
        .await?;
    let (goal_id,) = goal.ok_or_else(|| {
        Error::rule(
            "E1",
            format!(
                "enrollment {} has no goal on its Employment Plan to put the employment's activity \
                 under (`isets ep goal add`)",
                enrollment.id
            ),
        )
    })?;
    let added = rules::activity_for(hours, start, &program_type);
    let activity_id = crate::plans::activity::add(
        write,
        &crate::plans::activity::NewActivity {
            enrollment,
            goal_id,
            code: added.code,
            planned_start: start,
            planned_end: added.planned_end,
            service_provider: org,
        },
    )
    .await
    .map_err(|e| {
        e.in_field(|f| {
            if f == "--planned-start" {
                "--start".into()
            } else {
                f.into()
            }
        })
    })?;
    crate::activities::mark_started(session, write, activity_id, org, start).await?;
    Ok((activity_id, added.code))
}
