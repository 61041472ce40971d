//! `isets enroll CUSTOMER --provider P --program ID --date DATE [--activity CODE]…`: N1–N6
//! and T2 in one write.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::calendar::illinois_day;
use crate::catalogue::{self, Kind};
use crate::customers::reach;
use crate::db::Arg;
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::permissions::Action;
use crate::plans::activity::{self, NewActivity};
use crate::plans::rules::{JOB_RETENTION, OnPlan, check_add};
use crate::plans::{ActivityStatus, Enrollment, GoalCategory, GoalStatus, GoalTerm, lock_customer};
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

use super::rules::{self, Facts, Path, RETURN_DAYS};

/// What `isets enroll` asks.
#[derive(Debug, Clone, Default)]
pub struct NewEnrollment {
    /// The customer's individual number.
    pub customer: String,
    pub provider: String,
    pub program: i64,
    pub date: String,
    /// Catalogue codes of the activities chosen, added Planned under the default goal.
    pub activities: Vec<String>,
    /// Their planned end [default: [`rules::default_planned_end`]].
    pub planned_end: Option<String>,
    /// Eligibility re-verified and the assessment updated (N1's 45-day path, N5).
    pub reverified: bool,
}

/// An activity added at enrollment.
#[derive(Debug, Clone, Serialize)]
pub struct Planned {
    pub id: i64,
    pub code: &'static str,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
}

/// What `enroll` did.
#[derive(Debug, Clone, Serialize)]
pub struct Enrolled {
    pub id: i64,
    pub individual_number: String,
    /// The enrolling provider, whose reports alone count the enrollment (N6).
    pub provider: String,
    pub program: i64,
    pub program_type: String,
    pub enrolled_on: NaiveDate,
    /// The accepted referral it rests on (N1), if any.
    pub referral: Option<i64>,
    /// Which path of N1/N5 it took.
    pub basis: Path,
    pub reverified: bool,
    /// Whether enrolling assigned the customer to the program (S5).
    pub assigned: bool,
    pub goal: i64,
    pub goal_title: String,
    pub activities: Vec<Planned>,
    /// The E&T status after enrolling (T2).
    pub et_status: String,
    #[serde(skip)]
    pub outcome: Option<Outcome>,
}

#[derive(sqlx::FromRow)]
struct Program {
    location_id: i64,
    program_type: String,
    removed: bool,
    dhs_office: String,
}

#[derive(sqlx::FromRow)]
struct Open {
    id: i64,
    enrolled_on: NaiveDate,
    enrolled_by: String,
    enrolled_at: DateTime<Utc>,
}

/// The codes chosen, checked, each once, with Job Retention last (E3: never first).
fn chosen(codes: &[String]) -> Result<Vec<&'static str>> {
    let mut out: Vec<&'static str> = Vec::new();
    for given in codes {
        let code = catalogue::code("--activity", given, &[Kind::SnapEt, Kind::Other])?;
        if out.contains(&code) {
            return Err(Error::invalid(
                "--activity",
                given,
                "is given twice: each activity is added once",
            ));
        }
        out.push(code);
    }
    out.sort_by_key(|c| *c == JOB_RETENTION);
    // E3 over the new plan, before anything is written.
    let mut plan: Vec<OnPlan<'_>> = Vec::new();
    for code in &out {
        let kind = catalogue::kind_of(code).unwrap_or(Kind::SnapEt);
        check_add(code, kind, &plan)?;
        plan.push(OnPlan {
            code,
            kind,
            status: ActivityStatus::Planned,
        });
    }
    Ok(out)
}

/// `isets enroll`.
pub async fn enroll(
    session: &Session,
    new: &NewEnrollment,
    options: &WriteOptions,
) -> Result<Enrolled> {
    let permit = session.permit(Action::CaseWork)?;
    let date = crate::values::parse_date("--date", &new.date)?;
    let planned_end = match &new.planned_end {
        Some(v) => crate::values::parse_date("--planned-end", v)?,
        None => rules::default_planned_end(date),
    };
    let codes = chosen(&new.activities)?;
    let number = new.customer.trim();
    let mut write = session.write(&permit).await?;
    let org = super::acting_provider(session, &mut write, &permit, &new.provider, options).await?;
    let customer = reach::find(session, write.tx(), &permit, number).await?;

    // N2: the program is the enrolling provider's own and current (not removed). Its
    // contract's dates are not checked, as referrals do not check them either.
    let program: Option<Program> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT p.location_id, p.program_type, p.removed_at IS NOT NULL AS removed, x.dhs_office \
                 FROM programs p JOIN locations x ON x.id = p.location_id WHERE p.id = $1 AND p.organization_id = $2"
            ),
            args![new.program, org.id],
        )
        .await?;
    let program = program.ok_or_else(|| {
        Error::NotFound(format!(
            "{} has no program {} (see `isets provider programs {:?}`)",
            org.name, new.program, org.name
        ))
    })?;
    crate::locks::refuse_locked(
        write.tx(),
        "the enrollment",
        &[crate::locks::Dated {
            organization_id: org.id,
            program_id: new.program,
            on: date,
        }],
    )
    .await?;
    if program.removed {
        return Err(Error::invalid(
            "--program",
            &new.program.to_string(),
            format!("was removed from {}: enroll in a current program", org.name),
        ));
    }
    let reach = reach::of(session, write.tx(), &permit).await?;
    if !reach.covers_location(program.location_id) {
        return Err(Error::PermissionDenied(format!(
            "{} is listed on {} for other locations than the one of program {} (§1: a listing limited \
             to some locations reaches only their customers)",
            session.operator().username,
            org.name,
            new.program
        )));
    }

    // Two enrollments of one customer at once: the second waits here, then finds the
    // first (the unique index stands behind this on both backends).
    lock_customer(write.tx(), customer).await?;
    let open: Option<Open> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id, enrolled_on, enrolled_by, enrolled_at FROM enrollments \
                 WHERE customer_id = $1 AND program_id = $2 AND exited_on IS NULL"
            ),
            args![customer, new.program],
        )
        .await?;
    let conflict = |o: &Open| {
        Error::Conflict(format!(
            "{number} is enrolled in program {} of {} already: enrollment {} on {}, by {} at {} \
             (one open enrollment per customer and program)",
            new.program,
            org.name,
            o.id,
            o.enrolled_on,
            o.enrolled_by,
            crate::output::time(&o.enrolled_at)
        ))
    };
    if let Some(o) = &open {
        return Err(conflict(o));
    }

    // N1, N5: the assessment, the exit, the referrals.
    let screening = crate::assessments::require_current_screening(
        write.tx(),
        customer,
        date,
        "enrollment (N1)",
    )
    .await?;
    let last_exit: Option<(NaiveDate,)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT exited_on FROM enrollments WHERE customer_id = $1 AND exited_on IS NOT NULL \
                 ORDER BY exited_on DESC LIMIT 1"
            ),
            args![customer],
        )
        .await?;
    let last_exit = last_exit.map(|(d,)| d);
    let since = last_exit
        .map(|d| illinois_day(d).0)
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let own_referral =
        crate::referrals::accepted_referral(write.tx(), customer, org.id, since).await?;
    let window = illinois_day(date - TimeDelta::days(RETURN_DAYS))
        .0
        .max(since);
    let until = illinois_day(date).1;
    let [s, l, _] = reach.args();
    // F6: a referral to any provider within the operator's reach (the database shows a
    // provider role no other), with no enrollment since it was accepted.
    let recent: Option<(i64, DateTime<Utc>)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT r.id, r.answered_at FROM referrals r WHERE r.customer_id = $1 \
                    AND r.status = 'accepted' AND r.answered_at >= $2 AND r.answered_at < $3 \
                    AND ($4 OR r.to_location_id IN (SELECT value FROM json_each($5)) \
                         OR r.from_location_id IN (SELECT value FROM json_each($5))) \
                    AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.customer_id = r.customer_id \
                         AND e.enrolled_at >= r.answered_at) \
                    ORDER BY r.answered_at DESC, r.id DESC LIMIT 1",
                postgres: "SELECT r.id, r.answered_at FROM referrals r WHERE r.customer_id = $1 \
                    AND r.status = 'accepted' AND r.answered_at >= $2 AND r.answered_at < $3 \
                    AND ($4 OR r.to_location_id = ANY($5) OR r.from_location_id = ANY($5)) \
                    AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.customer_id = r.customer_id \
                         AND e.enrolled_at >= r.answered_at) \
                    ORDER BY r.answered_at DESC, r.id DESC LIMIT 1",
            ),
            vec![Arg::from(customer), Arg::from(window), Arg::from(until), s, l],
        )
        .await?;
    let basis = rules::basis(&Facts {
        provider: &org.name,
        date,
        screening_on: screening.completed_on,
        last_exit,
        own_referral,
        recent_referral: recent.map(|(id, at)| (id, crate::calendar::illinois_date(at))),
        reverified: new.reverified,
    })?;

    let at = write.at();
    let by = write.operator().to_string();

    // S5: the enrolled customer is assigned to the program, with the office they have,
    // else the program location's.
    let (office,): (Option<String>,) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT office FROM customers WHERE id = $1"),
            args![customer],
        )
        .await?;
    let had_office = office.filter(|o| !o.trim().is_empty());
    let office = had_office.clone().unwrap_or(program.dhs_office.clone());
    let assigned = crate::customers::assign::insert(
        &mut write,
        customer,
        org.id,
        new.program,
        program.location_id,
        &office,
    )
    .await?;
    // I2: the office is chosen in ISETS when the customer is assigned; one who had none
    // takes the program location's, with the change in the history.
    if assigned && had_office.is_none() {
        crate::customers::assign::set_office(&mut write, customer, None, &office).await?;
    }
    if assigned {
        write.record(Change {
            action: "customer.assign",
            entity_kind: "customer",
            entity_id: customer.to_string(),
            organization_id: Some(org.id),
            before: None,
            after: Some(json!({
                "individual_number": number,
                "provider": org.name,
                "program": new.program,
                "office": office,
                "cause": "enrollment",
            })),
        });
    }

    let reason = options
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
                 referral_id, reverified, reason, enrolled_by, enrolled_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
            ),
            args![
                customer,
                org.id,
                new.program,
                program.location_id,
                date,
                basis.referral_id,
                basis.reverified(),
                reason,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "enrollment.add",
        entity_kind: "enrollment",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({
            "customer": number,
            "provider": org.name,
            "program": new.program,
            "enrolled_on": date,
            "referral": basis.referral_id,
            "basis": basis.path,
            "reverified": basis.reverified(),
        })),
    });

    // N3: the default goal, and the activities chosen under it.
    let goal_title = rules::default_goal(&program.program_type);
    let goal = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
                 created_by, created_at, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $9) RETURNING id"
            ),
            args![
                customer,
                org.id,
                id,
                goal_title.as_str(),
                GoalCategory::CareerPlan.code(),
                GoalTerm::Short.code(),
                GoalStatus::NotStarted.code(),
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "ep-goal.add",
        entity_kind: "ep-goal",
        entity_id: goal.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({
            "customer": number,
            "enrollment": id,
            "title": goal_title,
            "category": GoalCategory::CareerPlan.code(),
            "term": GoalTerm::Short.code(),
            "status": GoalStatus::NotStarted.code(),
        })),
    });
    let enrollment = Enrollment {
        id,
        customer_id: customer,
        organization_id: org.id,
        program_id: new.program,
        location_id: program.location_id,
        enrolled_on: date,
        exited_on: None,
    };
    let mut activities = Vec::new();
    for code in codes {
        // M4: Job Retention planned by default ends within its limit, not with the others.
        let planned_end = if code == JOB_RETENTION && new.planned_end.is_none() {
            planned_end.min(crate::employment::rules::retention_end(
                date,
                &program.program_type,
            ))
        } else {
            planned_end
        };
        let added = activity::add(
            &mut write,
            &NewActivity {
                enrollment: &enrollment,
                goal_id: goal,
                code,
                planned_start: date,
                planned_end,
                service_provider: org.id,
            },
        )
        .await
        .map_err(|e| {
            e.in_field(|f| {
                if f == "--code" {
                    "--activity".into()
                } else {
                    f.into()
                }
            })
        })?;
        activities.push(Planned {
            id: added,
            code,
            planned_start: date,
            planned_end,
        });
    }

    // T2: enrolled, the customer waits for the first activity to start, unless already
    // taking part with another enrollment.
    let status = crate::et_status::current(write.tx(), customer, at)
        .await?
        .status;
    let status = if status.enrolled() {
        status
    } else {
        crate::et_status::move_to(
            &mut write,
            customer,
            EtStatus::PendingActivityStart,
            &format!("enrollment {id}"),
            None,
        )
        .await?;
        EtStatus::PendingActivityStart
    };
    let outcome = write.finish(options).await?;
    Ok(Enrolled {
        id,
        individual_number: number.to_string(),
        provider: org.name,
        program: new.program,
        program_type: program.program_type,
        enrolled_on: date,
        referral: basis.referral_id,
        basis: basis.path,
        reverified: basis.reverified(),
        assigned,
        goal,
        goal_title,
        activities,
        et_status: status.shown().to_string(),
        outcome: Some(outcome),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e3_job_retention_is_added_last_and_codes_once() {
        let codes = |v: &[&str]| chosen(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            codes(&["jr", "SJS", "e"]).expect("codes"),
            ["SJS", "E", "JR"]
        );
        assert!(codes(&["SJS", "sjs"]).is_err());
        assert!(codes(&["BOOKS"]).is_err());
        assert!(codes(&["JR"]).is_err());
        assert!(codes(&["E"]).is_err());
    }
}
