//! `isets activity add|start|close|delete|extend` (E2–E6, N5, T2): the activities of a
//! customer's Employment Plan changed one at a time, each change with its case note (E5)
//! in the same write; and their weekly attendance ([`attendance`], E7).
//!
//! An activity is changed by those who do the case work (§1) of the provider whose plan
//! it is on (the enrolling provider) or of its service provider (E6), for a customer
//! within their reach; a super user gives a reason (§1, note 1). An activity of an
//! exited enrollment is locked (N5).

pub mod attendance;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue;
use crate::customers::notes;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::operator::Permit;
use crate::output::{Section, opt};
use crate::permissions::Action;
use crate::plans::rules::{self, OnPlan};
use crate::plans::{ActivityStatus, Enrollment, lock_customer, stored};
use crate::session::Session;
use crate::values::parse_date;
use crate::write::{Write, WriteOptions};

/// The longest case note an activity change takes (as `isets note add`).
const NOTE_MAX: usize = 10_000;

/// An activity as its changes need it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Activity {
    pub id: i64,
    pub customer_id: i64,
    /// The customer's individual number.
    pub customer: String,
    pub enrollment_id: i64,
    pub goal_id: i64,
    /// The service provider (E6).
    pub organization_id: i64,
    pub provider: String,
    pub code: String,
    pub kind: String,
    pub status: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
}

impl Activity {
    fn status(&self) -> Result<ActivityStatus> {
        stored("activity status", &self.status)
    }

    fn snap_et(&self) -> bool {
        self.kind == "snap-et"
    }
}

/// The columns [`Activity`] reads, from `activities a`, `customers c` and
/// `organizations o`.
macro_rules! activity_select {
    () => {
        "SELECT a.id, a.customer_id, c.individual_number AS customer, a.enrollment_id, a.goal_id, \
         a.organization_id, coalesce(o.name, '') AS provider, a.code, a.kind, a.status, a.planned_start, \
         a.planned_end, a.started_on, a.completed_on FROM activities a JOIN customers c ON c.id = a.customer_id \
         LEFT JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1"
    };
}

/// The activity `id` of a customer within `permit`'s reach; any other reads as absent.
pub(crate) async fn find(
    session: &Session,
    tx: &mut Tx,
    permit: &Permit,
    id: i64,
) -> Result<Activity> {
    let mut activity: Activity = reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(activity_select!(), " AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(activity_select!(), " AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "activity",
        "isets attendance list --customer",
    )
    .await?;
    activity.provider =
        reach::OrganizationNames::of(session).shown(activity.organization_id, &activity.provider);
    Ok(activity)
}

/// The activity `id` as it is now, within a write whose checks already found it.
async fn reload(session: &Session, tx: &mut Tx, id: i64) -> Result<Activity> {
    let mut activity: Activity = tx
        .fetch_one(crate::sql!(activity_select!()), args![id])
        .await?;
    activity.provider =
        reach::OrganizationNames::of(session).shown(activity.organization_id, &activity.provider);
    Ok(activity)
}

/// The organization the operator changes the activity for: the enrolling provider, or
/// the service provider (E6), whichever their permit covers; a super user gives a
/// reason (§1, note 1). Anyone else is denied.
fn acting_for(
    session: &Session,
    permit: &Permit,
    activity: &Activity,
    enrollment: &Enrollment,
    options: &WriteOptions,
) -> Result<i64> {
    let org = [enrollment.organization_id, activity.organization_id]
        .into_iter()
        .find(|org| permit.covers(*org));
    let Some(org) = org else {
        return Err(session
            .authorize(
                permit.action(),
                Some((activity.organization_id, &activity.provider)),
            )
            .err()
            .unwrap_or_else(|| Error::Internal("a permit covered no provider".into())));
    };
    session
        .operator()
        .require_reason(permit.action(), org, options.reason.as_deref())?;
    Ok(org)
}

/// N5: the activities of an exited enrollment are locked.
fn check_not_exited(enrollment: &Enrollment) -> Result<()> {
    match enrollment.exited_on {
        Some(exited_on) => Err(Error::rule(
            "N5",
            format!(
                "enrollment {} was exited on {exited_on}: its activities are locked; a returning \
                 customer needs a new enrollment",
                enrollment.id
            ),
        )),
        None => Ok(()),
    }
}

/// An activity opened for a change: the write, the activity as it is once the
/// customer's plan is locked, its enrollment and the organization acted for.
pub(crate) struct Opened {
    pub write: Write,
    pub activity: Activity,
    pub enrollment: Enrollment,
    pub org: i64,
}

/// Opens a write on activity `id` for `permit`: within reach, acted on for one of the
/// operator's providers (or with a super user's reason), not locked by an exit (N5).
pub(crate) async fn open(
    session: &Session,
    permit: &Permit,
    id: i64,
    options: &WriteOptions,
) -> Result<Opened> {
    let mut write = session.write(permit).await?;
    let found = find(session, write.tx(), permit, id).await?;
    let enrollment = Enrollment::load(write.tx(), found.enrollment_id)
        .await?
        .ok_or_else(|| Error::Internal(format!("activity {id} has no enrollment")))?;
    let org = acting_for(session, permit, &found, &enrollment, options)?;
    check_not_exited(&enrollment)?;
    lock_customer(write.tx(), found.customer_id).await?;
    let activity = reload(session, write.tx(), id).await?;
    Ok(Opened {
        write,
        activity,
        enrollment,
        org,
    })
}

/// E5: the case note every change of the Employment Plan needs, checked before anything
/// is written.
pub fn note_text(note: Option<&str>) -> Result<String> {
    let text = note.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(Error::rule_on(
            "E5",
            "--note",
            "is required: adding, changing or closing an activity changes the Employment Plan \
             and needs a case note",
        ));
    }
    if text.chars().count() > NOTE_MAX {
        return Err(Error::invalid(
            "--note",
            &format!("{}…", text.chars().take(20).collect::<String>()),
            format!("is longer than {NOTE_MAX} characters"),
        ));
    }
    Ok(text.to_string())
}

/// An activity as the activity commands show it.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub id: i64,
    pub customer: String,
    pub enrollment: i64,
    pub goal: i64,
    /// The service provider (E6).
    pub provider: String,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub status: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    /// The case note the change wrote (E5).
    pub case_note: i64,
    /// The E&T status the change moved the customer to (T2), if it moved it.
    pub et_status: Option<String>,
}

impl View {
    fn of(activity: &Activity, case_note: i64, et_status: Option<EtStatus>) -> Result<View> {
        Ok(View {
            id: activity.id,
            customer: activity.customer.clone(),
            enrollment: activity.enrollment_id,
            goal: activity.goal_id,
            provider: activity.provider.clone(),
            code: activity.code.clone(),
            name: catalogue::name_of(&activity.code).to_string(),
            kind: activity.kind.clone(),
            status: activity.status()?.shown().to_string(),
            planned_start: activity.planned_start,
            planned_end: activity.planned_end,
            started_on: activity.started_on,
            completed_on: activity.completed_on,
            case_note,
            et_status: et_status.map(|s| s.shown().to_string()),
        })
    }

    /// The activity as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        let mut rows = vec![
            row("id", self.id.to_string()),
            row("customer", self.customer.clone()),
            row("enrollment", self.enrollment.to_string()),
            row("goal", self.goal.to_string()),
            row("provider", self.provider.clone()),
            row("activity", format!("{} - {}", self.code, self.name)),
            row("kind", self.kind.clone()),
            row("status", self.status.clone()),
            row("planned_start", self.planned_start.to_string()),
            row("planned_end", self.planned_end.to_string()),
            row("started_on", opt(&self.started_on)),
            row("completed_on", opt(&self.completed_on)),
            row("case_note", self.case_note.to_string()),
        ];
        if let Some(status) = &self.et_status {
            rows.push(row("et_status", status.clone()));
        }
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows,
        }
    }
}

fn audit(activity: &Activity) -> serde_json::Value {
    json!({
        "status": activity.status,
        "planned_start": activity.planned_start,
        "planned_end": activity.planned_end,
        "started_on": activity.started_on,
        "completed_on": activity.completed_on,
    })
}

/// Records the change of an activity from `before` to what it is now, with its case
/// note, and finishes the write.
async fn changed(
    session: &Session,
    mut opened: Opened,
    action: &'static str,
    subject: String,
    note: &str,
) -> Result<(Activity, i64, Write)> {
    let before = opened.activity.clone();
    let after = reload(session, opened.write.tx(), before.id).await?;
    // B3: a date changed, from or to a day of a locked month, changes that month's data.
    let dates = [
        (Some(before.planned_start), Some(after.planned_start)),
        (Some(before.planned_end), Some(after.planned_end)),
        (before.started_on, after.started_on),
        (before.completed_on, after.completed_on),
    ];
    let touched: Vec<_> = dates
        .into_iter()
        .filter(|(old, new)| old != new)
        .flat_map(|(old, new)| old.into_iter().chain(new))
        .map(|on| opened.enrollment.dated(on))
        .collect();
    crate::locks::refuse_locked(
        opened.write.tx(),
        &format!("activity {} ({})", before.id, before.code),
        &touched,
    )
    .await?;
    opened.write.record(Change {
        action,
        entity_kind: "activity",
        entity_id: before.id.to_string(),
        organization_id: Some(opened.org),
        before: Some(audit(&before)),
        after: Some(audit(&after)),
    });
    let note_id = notes::write_note(
        &mut opened.write,
        before.customer_id,
        opened.org,
        &subject,
        note,
    )
    .await?;
    Ok((after, note_id, opened.write))
}

/// What `isets activity add` asks for.
#[derive(Debug, Clone)]
pub struct AddRequest<'a> {
    pub customer: &'a str,
    pub goal: i64,
    pub code: &'a str,
    pub planned_start: &'a str,
    pub planned_end: &'a str,
    /// The service provider (E6); the enrollment's provider when not given.
    pub provider: Option<&'a str>,
    /// Needed when the customer has several open enrollments with the operator's
    /// providers.
    pub enrollment: Option<i64>,
    pub note: Option<&'a str>,
}

/// The enrollment an activity is added to: the one named, or the customer's one open
/// enrollment with a provider the operator acts for.
pub(crate) async fn enrollment_for(
    tx: &mut Tx,
    permit: &Permit,
    customer_id: i64,
    customer: &str,
    given: Option<i64>,
) -> Result<Enrollment> {
    if let Some(id) = given {
        return Enrollment::load(tx, id)
            .await?
            .filter(|e| e.customer_id == customer_id && permit.covers(e.organization_id))
            .ok_or_else(|| {
                Error::NotFound(format!("enrollment {id} of customer {customer} not found"))
            });
    }
    let open: Vec<Enrollment> = Enrollment::open_of(tx, customer_id)
        .await?
        .into_iter()
        .filter(|e| permit.covers(e.organization_id))
        .collect();
    match open.as_slice() {
        [one] => Ok(one.clone()),
        [] => {
            let exited: Vec<(i64, NaiveDate)> = tx
                .fetch_all(
                    crate::sql!(
                        "SELECT id, exited_on FROM enrollments WHERE customer_id = $1 AND exited_on IS NOT NULL \
                         ORDER BY exited_on DESC, id DESC"
                    ),
                    args![customer_id],
                )
                .await?;
            let exited: Vec<Enrollment> = {
                let mut own = Vec::new();
                for (id, _) in exited {
                    if let Some(e) = Enrollment::load(tx, id).await?
                        && permit.covers(e.organization_id)
                    {
                        own.push(e);
                    }
                }
                own
            };
            match exited.first() {
                Some(e) => check_not_exited(e).map(|_| e.clone()),
                None => Err(Error::NotFound(format!(
                    "customer {customer} has no open enrollment with a provider you do case work for \
                     (`isets enroll`)"
                ))),
            }
        }
        several => Err(Error::Usage(format!(
            "customer {customer} has several open enrollments ({}): choose one with --enrollment",
            several
                .iter()
                .map(|e| e.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `isets activity add CUSTOMER --goal … --code … --planned-start … --planned-end …
/// --note …`: a Planned/Not Started activity under a goal (E1), through
/// [`crate::plans::activity::add`] (N4, N5, E3, E4, P5), with its case note (E5).
pub async fn add(
    session: &Session,
    request: &AddRequest<'_>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(request.note)?;
    let planned_start = parse_date("--planned-start", request.planned_start)?;
    let planned_end = parse_date("--planned-end", request.planned_end)?;
    let mut write = session.write(&permit).await?;
    let customer_id = reach::find(session, write.tx(), &permit, request.customer).await?;
    let enrollment = enrollment_for(
        write.tx(),
        &permit,
        customer_id,
        request.customer.trim(),
        request.enrollment,
    )
    .await?;
    session.operator().require_reason(
        Action::CaseWork,
        enrollment.organization_id,
        options.reason.as_deref(),
    )?;
    // E6: the service provider is one the operator does case work for (any provider
    // for a super user).
    let service_provider = match request.provider {
        None => enrollment.organization_id,
        Some(name) if permit.is_statewide() => {
            let org = crate::orgs::find(write.tx(), name).await?;
            if org.kind != "provider" {
                return Err(Error::invalid(
                    "--provider",
                    name,
                    "is not a provider: the service provider is a provider agency (E6)",
                ));
            }
            org.id
        }
        Some(name) => {
            session
                .operator()
                .acting_for(Action::CaseWork, Some(name), "--provider")?
                .0
        }
    };
    let id = crate::plans::activity::add(
        &mut write,
        &crate::plans::activity::NewActivity {
            enrollment: &enrollment,
            goal_id: request.goal,
            code: request.code,
            planned_start,
            planned_end,
            service_provider,
        },
    )
    .await?;
    let activity = reload(session, write.tx(), id).await?;
    let note_id = notes::write_note(
        &mut write,
        customer_id,
        enrollment.organization_id,
        &format!("Activity {id} {} added", activity.code),
        &note,
    )
    .await?;
    write.finish(options).await?;
    View::of(&activity, note_id, None)
}

/// `isets activity start ID --date D --note …`: Planned → Started/Open on the day it
/// started (E2: never again after; E4: not before the first of the month of
/// enrollment; not a day to come). The first SNAP E&T activity started makes the
/// customer Active (T2, [`rules::activates`]).
pub async fn start(
    session: &Session,
    id: i64,
    date: &str,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(note)?;
    let date = parse_date("--date", date)?;
    let mut opened = open(session, &permit, id, options).await?;
    let activity = &opened.activity;
    rules::check_may_start(activity.status()?, activity.started_on)?;
    rules::check_start("--date", date, opened.enrollment.enrolled_on)?;
    rules::check_started_on(date, opened.write.today())?;
    let (snap_et, customer_id, code) = (
        activity.snap_et(),
        activity.customer_id,
        activity.code.clone(),
    );
    let at = opened.write.at();
    let activity = mark_started(session, &mut opened.write, id, opened.org, date).await?;
    let note_id = notes::write_note(
        &mut opened.write,
        customer_id,
        opened.org,
        &format!("Activity {id} {code} started"),
        &note,
    )
    .await?;
    let mut write = opened.write;
    let mut moved = None;
    if snap_et {
        let now = crate::et_status::current(write.tx(), customer_id, at)
            .await?
            .status;
        if rules::activates(now)
            && crate::et_status::move_to(
                &mut write,
                customer_id,
                EtStatus::Active,
                &format!("activity {id} ({code}) started"),
                None,
            )
            .await?
        {
            moved = Some(EtStatus::Active);
        }
    }
    write.finish(options).await?;
    View::of(&activity, note_id, moved)
}

/// Marks the planned activity `id` Started/Open on `date` within `write` and records
/// the change for `org`; the caller has checked the start (E2, E4) and writes the case
/// note (E5). Employment's Job Retention starts through here too (M2).
pub(crate) async fn mark_started(
    session: &Session,
    write: &mut Write,
    id: i64,
    org: i64,
    date: NaiveDate,
) -> Result<Activity> {
    let before = reload(session, write.tx(), id).await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE activities SET status = 'started', started_on = $2, updated_by = $3, updated_at = $4 \
                 WHERE id = $1"
            ),
            args![id, date, by.as_str(), at],
        )
        .await?;
    let after = reload(session, write.tx(), id).await?;
    write.record(Change {
        action: "activity.start",
        entity_kind: "activity",
        entity_id: id.to_string(),
        organization_id: Some(org),
        before: Some(audit(&before)),
        after: Some(audit(&after)),
    });
    Ok(after)
}

/// How an activity closes (E2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    Successful,
    Unsuccessful,
}

/// `isets activity close ID --successful|--unsuccessful --date D --note …`: a
/// Started/Open activity closes on its actual completion date (E5). E3 asks nothing
/// here: Job Retention may be the only one still open once the others close (000).
pub async fn close(
    session: &Session,
    id: i64,
    completion: Completion,
    date: &str,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(note)?;
    let date = parse_date("--date", date)?;
    let mut opened = open(session, &permit, id, options).await?;
    let activity = &opened.activity;
    rules::check_close(
        activity.status()?,
        activity.started_on,
        date,
        opened.write.today(),
    )?;
    let status = match completion {
        Completion::Successful => ActivityStatus::Successful,
        Completion::Unsuccessful => ActivityStatus::Unsuccessful,
    };
    let code = activity.code.clone();
    let at = opened.write.at();
    let by = opened.write.operator().to_string();
    opened
        .write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE activities SET status = $2, completed_on = $3, updated_by = $4, updated_at = $5 \
                 WHERE id = $1"
            ),
            args![id, status.code(), date, by.as_str(), at],
        )
        .await?;
    let (activity, note_id, write) = changed(
        session,
        opened,
        "activity.close",
        format!("Activity {id} {code} closed: {status}"),
        &note,
    )
    .await?;
    write.finish(options).await?;
    View::of(&activity, note_id, None)
}

/// `isets activity extend ID --planned-end D --note …`: a Planned or Started activity's
/// planned end moves (never before its planned start).
pub async fn extend(
    session: &Session,
    id: i64,
    planned_end: &str,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(note)?;
    let planned_end = parse_date("--planned-end", planned_end)?;
    let mut opened = open(session, &permit, id, options).await?;
    let activity = &opened.activity;
    rules::check_extend(activity.status()?, activity.planned_start, planned_end)?;
    if activity.code == rules::JOB_RETENTION {
        let program_type =
            crate::plans::program_type_of(opened.write.tx(), opened.enrollment.program_id).await?;
        crate::employment::rules::check_retention_end(
            &activity.code,
            activity.started_on.unwrap_or(activity.planned_start),
            planned_end,
            &program_type,
        )?;
    }
    if activity.planned_end == planned_end {
        return Err(Error::Conflict(format!(
            "activity {id} is planned to end on {planned_end} already: nothing to change"
        )));
    }
    let code = activity.code.clone();
    let at = opened.write.at();
    let by = opened.write.operator().to_string();
    opened
        .write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE activities SET planned_end = $2, updated_by = $3, updated_at = $4 WHERE id = $1"
            ),
            args![id, planned_end, by.as_str(), at],
        )
        .await?;
    let (activity, note_id, write) = changed(
        session,
        opened,
        "activity.extend",
        format!("Activity {id} {code} planned to end on {planned_end}"),
        &note,
    )
    .await?;
    write.finish(options).await?;
    View::of(&activity, note_id, None)
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    code: String,
    kind: String,
    status: String,
}

/// `isets activity delete ID --note …`: only a never-started activity (E2), and only
/// when what remains still satisfies E3 ([`rules::check_remove`]).
pub async fn delete(
    session: &Session,
    id: i64,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(note)?;
    let mut opened = open(session, &permit, id, options).await?;
    rules::check_may_delete(opened.activity.status()?)?;
    let plan: Vec<PlanRow> = opened
        .write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT id, code, kind, status FROM activities WHERE enrollment_id = $1 ORDER BY id"
            ),
            args![opened.enrollment.id],
        )
        .await?;
    let statuses: Vec<ActivityStatus> = plan
        .iter()
        .map(|a| stored("activity status", &a.status))
        .collect::<Result<_>>()?;
    let on_plan: Vec<OnPlan<'_>> = plan
        .iter()
        .zip(&statuses)
        .map(|(a, status)| OnPlan {
            code: &a.code,
            kind: if a.kind == "other" {
                catalogue::Kind::Other
            } else {
                catalogue::Kind::SnapEt
            },
            status: *status,
        })
        .collect();
    let index = plan
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| Error::Internal(format!("activity {id} is not on its plan")))?;
    rules::check_remove(index, &on_plan)?;
    let activity = opened.activity.clone();
    crate::locks::refuse_locked(
        opened.write.tx(),
        &format!("activity {id} ({})", activity.code),
        &[
            opened.enrollment.dated(activity.planned_start),
            opened.enrollment.dated(activity.planned_end),
        ],
    )
    .await?;
    opened
        .write
        .tx()
        .execute(
            crate::sql!("DELETE FROM activities WHERE id = $1"),
            args![id],
        )
        .await?;
    opened.write.record(Change {
        action: "activity.delete",
        entity_kind: "activity",
        entity_id: id.to_string(),
        organization_id: Some(opened.org),
        before: Some(json!({
            "customer_id": activity.customer_id,
            "enrollment_id": activity.enrollment_id,
            "goal_id": activity.goal_id,
            "code": activity.code,
            "status": activity.status,
            "planned_start": activity.planned_start,
            "planned_end": activity.planned_end,
        })),
        after: None,
    });
    let note_id = notes::write_note(
        &mut opened.write,
        activity.customer_id,
        opened.org,
        &format!("Activity {id} {} deleted", activity.code),
        &note,
    )
    .await?;
    opened.write.finish(options).await?;
    let mut view = View::of(&activity, note_id, None)?;
    view.status = "deleted".to_string();
    Ok(view)
}
