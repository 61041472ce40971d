//! Supportive services (DOMAIN.md §10): `isets service add|start` put a support service
//! on a customer's Employment Plan and open it (E1, E3, N5), each change with its case
//! note (E5); [`costs`] adds and edits its costs against the category's maximum
//! ([`caps`], V1–V5, V7); [`overrides`] answers the cost overrides a maximum asks for
//! (V4, V6); [`overview`] is the Support Services block of `customer show`.
//!
//! A service is changed by those who do the case work (§1) of the provider whose plan it
//! is on (the enrolling provider) or of the provider giving it, for a customer within
//! their reach; a super user gives a reason (§1, note 1). A service of an exited
//! enrollment is locked (N5).

pub mod caps;
pub mod costs;
pub mod overrides;
pub mod overview;
pub mod rules;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Kind};
use crate::customers::{notes, reach};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::output::{Section, opt};
use crate::permissions::Action;
use crate::plans::{ActivityStatus, Enrollment, lock_customer, rules as plan_rules, stored};
use crate::session::Session;
use crate::values::parse_date;
use crate::write::{Write, WriteOptions};

/// The longest case note a service change takes (as `isets note add`).
const NOTE_MAX: usize = 10_000;

/// A support service as its changes and costs need it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Service {
    pub id: i64,
    pub customer_id: i64,
    /// The customer's individual number.
    pub customer: String,
    pub enrollment_id: i64,
    pub goal_id: i64,
    /// The provider giving the service.
    pub organization_id: i64,
    pub provider: String,
    pub category: String,
    pub status: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub started_on: Option<NaiveDate>,
}

impl Service {
    pub(crate) fn status(&self) -> Result<ActivityStatus> {
        stored("service status", &self.status)
    }
}

/// The columns [`Service`] reads, from `support_services s`, `customers c` and
/// `organizations o`.
macro_rules! service_select {
    () => {
        "SELECT s.id, s.customer_id, c.individual_number AS customer, s.enrollment_id, s.goal_id, \
         s.organization_id, coalesce(o.name, '') AS provider, s.category, s.status, s.planned_start, \
         s.planned_end, s.started_on FROM support_services s JOIN customers c ON c.id = s.customer_id \
         LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.id = $1"
    };
}

/// The service `id` of a customer within `permit`'s reach; any other reads as absent.
pub(crate) async fn find(
    session: &Session,
    tx: &mut Tx,
    permit: &Permit,
    id: i64,
) -> Result<Service> {
    let mut service: Service = reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(service_select!(), " AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(service_select!(), " AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "support service",
        "isets service cost list CUSTOMER",
    )
    .await?;
    service.provider =
        reach::OrganizationNames::of(session).shown(service.organization_id, &service.provider);
    Ok(service)
}

/// The service `id` as it is now, within a write whose checks already found it.
async fn reload(session: &Session, tx: &mut Tx, id: i64) -> Result<Service> {
    let mut service: Service = tx
        .fetch_one(crate::sql!(service_select!()), args![id])
        .await?;
    service.provider =
        reach::OrganizationNames::of(session).shown(service.organization_id, &service.provider);
    Ok(service)
}

/// The organization the operator changes the service for: the enrolling provider or the
/// provider giving it, whichever their permit covers; a super user gives a reason (§1,
/// note 1). Anyone else is denied.
pub(crate) fn acting_for(
    session: &Session,
    permit: &Permit,
    service: &Service,
    enrollment: &Enrollment,
    options: &WriteOptions,
) -> Result<i64> {
    let org = [enrollment.organization_id, service.organization_id]
        .into_iter()
        .find(|org| permit.covers(*org));
    let Some(org) = org else {
        return Err(session
            .authorize(
                permit.action(),
                Some((service.organization_id, &service.provider)),
            )
            .err()
            .unwrap_or_else(|| Error::Internal("a permit covered no provider".into())));
    };
    session
        .operator()
        .require_reason(permit.action(), org, options.reason.as_deref())?;
    Ok(org)
}

/// N5: the services of an exited enrollment are locked.
pub(crate) fn check_not_exited(enrollment: &Enrollment) -> Result<()> {
    match enrollment.exited_on {
        Some(exited_on) => Err(Error::rule(
            "N5",
            format!(
                "enrollment {} was exited on {exited_on}: its services are locked; a returning \
                 customer needs a new enrollment",
                enrollment.id
            ),
        )),
        None => Ok(()),
    }
}

/// E5: a support service is on the Employment Plan, so its changes need a case note.
pub fn note_text(note: Option<&str>) -> Result<String> {
    let text = note.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(Error::rule_on(
            "E5",
            "--note",
            "is required: adding or starting a support service changes the Employment Plan and \
             needs a case note",
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

/// E3: support services need a SNAP E&T activity planned or started in the enrollment.
async fn check_snap_et(tx: &mut Tx, enrollment: &Enrollment) -> Result<()> {
    let found: Option<(i64,)> = tx
        .fetch_optional(
            crate::sql!(
                "SELECT id FROM activities WHERE enrollment_id = $1 AND kind = 'snap-et' \
                 AND status IN ('planned', 'started') LIMIT 1"
            ),
            args![enrollment.id],
        )
        .await?;
    if found.is_none() {
        return Err(Error::rule(
            "E3",
            format!(
                "enrollment {} has no SNAP E&T activity planned or started: support services \
                 need one (`isets activity add`)",
                enrollment.id
            ),
        ));
    }
    Ok(())
}

/// A service as the service commands show it.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub id: i64,
    pub customer: String,
    pub enrollment: i64,
    pub goal: i64,
    pub provider: String,
    pub category: String,
    pub name: String,
    pub status: String,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub started_on: Option<NaiveDate>,
    /// The case note the change wrote (E5).
    pub case_note: i64,
}

impl View {
    fn of(service: &Service, case_note: i64) -> Result<View> {
        Ok(View {
            id: service.id,
            customer: service.customer.clone(),
            enrollment: service.enrollment_id,
            goal: service.goal_id,
            provider: service.provider.clone(),
            category: service.category.clone(),
            name: catalogue::name_of(&service.category).to_string(),
            status: service.status()?.shown().to_string(),
            planned_start: service.planned_start,
            planned_end: service.planned_end,
            started_on: service.started_on,
            case_note,
        })
    }

    /// The service as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: vec![
                row("id", self.id.to_string()),
                row("customer", self.customer.clone()),
                row("enrollment", self.enrollment.to_string()),
                row("goal", self.goal.to_string()),
                row("provider", self.provider.clone()),
                row("service", format!("{} - {}", self.category, self.name)),
                row("status", self.status.clone()),
                row("planned_start", self.planned_start.to_string()),
                row("planned_end", self.planned_end.to_string()),
                row("started_on", opt(&self.started_on)),
                row("case_note", self.case_note.to_string()),
            ],
        }
    }
}

fn audit(service: &Service) -> serde_json::Value {
    json!({
        "customer_id": service.customer_id,
        "enrollment_id": service.enrollment_id,
        "goal_id": service.goal_id,
        "category": service.category,
        "status": service.status,
        "planned_start": service.planned_start,
        "planned_end": service.planned_end,
        "started_on": service.started_on,
    })
}

/// What `isets service add` asks for.
#[derive(Debug, Clone)]
pub struct AddRequest<'a> {
    pub customer: &'a str,
    pub category: &'a str,
    pub goal: i64,
    pub planned_start: &'a str,
    pub planned_end: &'a str,
    /// Started/Open at once, on this day.
    pub start: Option<&'a str>,
    /// The provider giving it; the enrollment's provider when not given.
    pub provider: Option<&'a str>,
    /// Needed when the customer has several open enrollments with the operator's
    /// providers.
    pub enrollment: Option<i64>,
    pub note: Option<&'a str>,
}

/// E2, E4: a service starts on a day that has come, not before the first of the month
/// of enrollment.
fn check_start(
    date: NaiveDate,
    field: &str,
    enrolled_on: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    plan_rules::check_start(field, date, enrolled_on)?;
    if date > today {
        return Err(Error::rule_on(
            "E2",
            field,
            format!(
                "{date} is after today ({today}): a service is started on the day it actually \
                 started; a start to come is its planned start"
            ),
        ));
    }
    Ok(())
}

/// `isets service add CUSTOMER --category C --goal G --planned-start D --planned-end D
/// [--start D] --note …`: a support service under a goal of the customer's plan (E1), in
/// an open enrollment (N5) that has a SNAP E&T activity planned or started (E3), offered
/// by the provider (P5), with its case note (E5).
pub async fn add(
    session: &Session,
    request: &AddRequest<'_>,
    options: &WriteOptions,
) -> Result<View> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note_text(request.note)?;
    let category = catalogue::code("--category", request.category, &[Kind::SupportService])?;
    let planned_start = parse_date("--planned-start", request.planned_start)?;
    let planned_end = parse_date("--planned-end", request.planned_end)?;
    let start = request
        .start
        .map(|d| parse_date("--start", d))
        .transpose()?;
    if planned_end < planned_start {
        return Err(Error::invalid(
            "--planned-end",
            &planned_end.to_string(),
            format!("is before the planned start {planned_start}"),
        ));
    }
    let mut write = session.write(&permit).await?;
    let customer_id = reach::find(session, write.tx(), &permit, request.customer).await?;
    let enrollment = crate::activities::enrollment_for(
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
    check_not_exited(&enrollment)?;
    let provider = match request.provider {
        None => enrollment.organization_id,
        Some(name) if permit.is_statewide() => {
            let org = crate::orgs::find(write.tx(), name).await?;
            if org.kind != "provider" {
                return Err(Error::invalid(
                    "--provider",
                    name,
                    "is not a provider: a support service is given by a provider agency",
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
    plan_rules::check_start("--planned-start", planned_start, enrollment.enrolled_on)?;
    if let Some(start) = start {
        check_start(start, "--start", enrollment.enrolled_on, write.today())?;
    }
    lock_customer(write.tx(), customer_id).await?;
    let mut dates = vec![
        enrollment.dated(planned_start),
        enrollment.dated(planned_end),
    ];
    dates.extend(start.map(|on| enrollment.dated(on)));
    crate::locks::refuse_locked(write.tx(), "the new support service", &dates).await?;
    let goal: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!("SELECT id FROM ep_goals WHERE id = $1 AND customer_id = $2"),
            args![request.goal, customer_id],
        )
        .await?;
    if goal.is_none() {
        return Err(Error::NotFound(format!(
            "goal {} is not on this customer's Employment Plan (`isets ep show`): a support \
             service sits under a goal (E1)",
            request.goal
        )));
    }
    // P5: a provider offers every support service unless it was disabled for it.
    let enabled: Option<(bool,)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT enabled FROM provider_services WHERE organization_id = $1 AND code = $2"
            ),
            args![provider, category],
        )
        .await?;
    if enabled == Some((false,)) {
        return Err(Error::rule_on(
            "P5",
            "--category",
            format!("{category} is not enabled for this provider"),
        ));
    }
    check_snap_et(write.tx(), &enrollment).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let status = if start.is_some() {
        ActivityStatus::Started
    } else {
        ActivityStatus::Planned
    };
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO support_services (customer_id, goal_id, enrollment_id, organization_id, category, \
                 status, planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $11) RETURNING id"
            ),
            args![
                customer_id,
                request.goal,
                enrollment.id,
                provider,
                category,
                status.code(),
                planned_start,
                planned_end,
                start,
                by.as_str(),
                at
            ],
        )
        .await?;
    let service = reload(session, write.tx(), id).await?;
    write.record(Change {
        action: "service.add",
        entity_kind: "support-service",
        entity_id: id.to_string(),
        organization_id: Some(provider),
        before: None,
        after: Some(audit(&service)),
    });
    let subject = match start {
        Some(on) => format!("Support service {id} {category} added, started on {on}"),
        None => format!("Support service {id} {category} added"),
    };
    let note_id = notes::write_note(
        &mut write,
        customer_id,
        enrollment.organization_id,
        &subject,
        &note,
    )
    .await?;
    write.finish(options).await?;
    View::of(&service, note_id)
}

/// A service opened for a change: the write, the service once the customer's plan is
/// locked, its enrollment and the organization acted for.
pub(crate) struct Opened {
    pub write: Write,
    pub service: Service,
    pub enrollment: Enrollment,
    pub org: i64,
}

/// Opens a write on service `id` for `permit`: within reach, acted on for one of the
/// operator's providers (or with a super user's reason), not locked by an exit (N5).
/// The customer is locked first, so that the checks over their costs and plan hold
/// until the write ends.
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
        .ok_or_else(|| Error::Internal(format!("service {id} has no enrollment")))?;
    let org = acting_for(session, permit, &found, &enrollment, options)?;
    check_not_exited(&enrollment)?;
    lock_customer(write.tx(), found.customer_id).await?;
    let service = reload(session, write.tx(), id).await?;
    Ok(Opened {
        write,
        service,
        enrollment,
        org,
    })
}

/// `isets service start ID --date D --note …`: Planned → Started/Open on the day it
/// started (E2, E4), while the enrollment has a SNAP E&T activity (E3).
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
    let service = opened.service.clone();
    match (service.status()?, service.started_on) {
        (ActivityStatus::Planned, _) => {}
        (status, Some(on)) => {
            return Err(Error::rule(
                "E2",
                format!(
                    "support service {id} is {status} and started on {on}: a started service's \
                     start date never changes"
                ),
            ));
        }
        (status, None) => {
            return Err(Error::rule(
                "E2",
                format!("support service {id} is {status}"),
            ));
        }
    }
    check_start(
        date,
        "--date",
        opened.enrollment.enrolled_on,
        opened.write.today(),
    )?;
    check_snap_et(opened.write.tx(), &opened.enrollment).await?;
    crate::locks::refuse_locked(
        opened.write.tx(),
        &format!("support service {id}'s start"),
        &[opened.enrollment.dated(date)],
    )
    .await?;
    let at = opened.write.at();
    let by = opened.write.operator().to_string();
    opened
        .write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE support_services SET status = 'started', started_on = $2, updated_by = $3, \
                 updated_at = $4 WHERE id = $1"
            ),
            args![id, date, by.as_str(), at],
        )
        .await?;
    let after = reload(session, opened.write.tx(), id).await?;
    opened.write.record(Change {
        action: "service.start",
        entity_kind: "support-service",
        entity_id: id.to_string(),
        organization_id: Some(opened.org),
        before: Some(audit(&service)),
        after: Some(audit(&after)),
    });
    let note_id = notes::write_note(
        &mut opened.write,
        service.customer_id,
        opened.org,
        &format!("Support service {id} {} started", service.category),
        &note,
    )
    .await?;
    opened.write.finish(options).await?;
    View::of(&after, note_id)
}
