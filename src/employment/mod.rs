//! Employment and its retention (DOMAIN.md §11: M1–M5): `isets employment
//! add|end|verify|approve|list|due`, and the Overview's Employment section.
//!
//! Employment is entered with the case work (§1) of the provider the customer is
//! enrolled with; saving it adds Job Retention or E to the plan, started on the job's
//! first day (M2), with one case note (E5), in one write. Its retention checks at 30, 60
//! and 90 days (M3) are entered by the provider with a document and a case note, and
//! approved by a provider manager or WFD (VerifyEmployment).

pub mod retention;
pub mod rules;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::{notes, reach};
use crate::db::{Arg, Tx};
use crate::documents::{self, Attached, EMPLOYMENT_VERIFICATION};
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::operator::Permit;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::rules::hours_shown;
use crate::plans::{Enrollment, lock_customer};
use crate::session::Session;
use crate::values::{Money, parse_date, required_text};
use crate::write::{Write, WriteOptions};

/// An employment as it is stored, with its customer and provider.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    id: i64,
    customer_id: i64,
    customer: String,
    organization_id: i64,
    provider: String,
    activity_id: Option<i64>,
    activity_code: Option<String>,
    employer: String,
    industry: Option<String>,
    soc: String,
    occupation: Option<String>,
    job_title: String,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    wage: i64,
    hours: i64,
    full_time: bool,
}

/// The columns [`Row`] reads, from `employments e`, `customers c`, `organizations o`
/// and `activities a`.
macro_rules! employment_select {
    () => {
        "SELECT e.id, e.customer_id, c.individual_number AS customer, e.organization_id, \
         coalesce(o.name, '') AS provider, e.activity_id, a.code AS activity_code, e.employer, e.industry, \
         e.soc, e.occupation, e.job_title, e.started_on, e.ended_on, e.wage, e.hours, e.full_time \
         FROM employments e JOIN customers c ON c.id = e.customer_id \
         LEFT JOIN organizations o ON o.id = e.organization_id LEFT JOIN activities a ON a.id = e.activity_id"
    };
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct VerificationRow {
    employment_id: i64,
    period: i64,
    document_id: i64,
    note_id: i64,
    entered_by: String,
    entered_at: DateTime<Utc>,
    approved_by: Option<String>,
    approved_at: Option<DateTime<Utc>>,
}

/// A retention check (M3): entered with its document and case note, then approved.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub period: i64,
    pub document: i64,
    pub case_note: i64,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
}

impl Verification {
    /// `30: entered by staff1 2026-03-02, approved by pm1 2026-03-03`.
    fn line(&self) -> String {
        let day = |t: &DateTime<Utc>| crate::clock::illinois_date(*t).to_string();
        let mut text = format!(
            "{}: entered by {} {}",
            self.period,
            self.entered_by,
            day(&self.entered_at)
        );
        match (&self.approved_by, &self.approved_at) {
            (Some(by), Some(at)) => text.push_str(&format!(", approved by {by} {}", day(at))),
            _ => text.push_str(", approval pending"),
        }
        text
    }
}

/// An employment as the commands and the Overview show it (000 "Employment").
#[derive(Debug, Clone, Serialize)]
pub struct Employment {
    pub id: i64,
    pub customer: String,
    pub provider: String,
    pub employer: String,
    pub industry: Option<String>,
    pub soc: String,
    pub occupation: Option<String>,
    pub job_title: String,
    pub start_date: NaiveDate,
    /// None while it lasts ("Present").
    pub end_date: Option<NaiveDate>,
    /// Dollars an hour.
    pub wage: Money,
    pub hours_per_week: String,
    pub full_time: bool,
    /// The JR or E activity saving it added (M2).
    pub activity: Option<i64>,
    pub activity_code: Option<String>,
    /// M3: the benchmarks reached, "30,60,90".
    pub benchmark: String,
    pub days_retained: i64,
    pub verifications: Vec<Verification>,
    /// M3: Not Verified, Pending Approval (a period entered and not approved yet), or
    /// Verified.
    pub verification_status: String,
}

impl Employment {
    fn of(row: Row, verifications: Vec<Verification>, today: NaiveDate) -> Employment {
        let reached = retention::benchmarks(row.started_on, row.ended_on, today);
        let verification_status = if verifications.is_empty() {
            "Not Verified"
        } else if verifications.iter().any(|v| v.approved_by.is_none()) {
            "Pending Approval"
        } else {
            "Verified"
        };
        Employment {
            id: row.id,
            customer: row.customer,
            provider: row.provider,
            employer: row.employer,
            industry: row.industry,
            soc: row.soc,
            occupation: row.occupation,
            job_title: row.job_title,
            start_date: row.started_on,
            end_date: row.ended_on,
            wage: Money(row.wage),
            hours_per_week: hours_shown(row.hours),
            full_time: row.full_time,
            activity: row.activity_id,
            activity_code: row.activity_code,
            benchmark: reached
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(","),
            days_retained: retention::retained_days(row.started_on, row.ended_on, today),
            verifications,
            verification_status: verification_status.to_string(),
        }
    }

    fn end_shown(&self) -> String {
        self.end_date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "Present".to_string())
    }

    fn verification_lines(&self) -> String {
        self.verifications
            .iter()
            .map(Verification::line)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The employment as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: vec![
                row("id", self.id.to_string()),
                row("customer", self.customer.clone()),
                row("provider", self.provider.clone()),
                row("employer", self.employer.clone()),
                row("industry", opt(&self.industry)),
                row("soc", self.soc.clone()),
                row("occupation", opt(&self.occupation)),
                row("job_title", self.job_title.clone()),
                row("start_date", self.start_date.to_string()),
                row("end_date", self.end_shown()),
                row("wage", format!("${}/hour", self.wage)),
                row("hours_per_week", self.hours_per_week.clone()),
                row(
                    "full_time",
                    if self.full_time {
                        "Full Time"
                    } else {
                        "Part Time"
                    }
                    .into(),
                ),
                row(
                    "activity",
                    match (&self.activity, &self.activity_code) {
                        (Some(id), Some(code)) => format!("{id} {code}"),
                        _ => String::new(),
                    },
                ),
                row("benchmark", self.benchmark.clone()),
                row("days_retained", self.days_retained.to_string()),
                row("verification", self.verification_lines()),
                row("verification_status", self.verification_status.clone()),
            ],
        }
    }
}

impl Tabular for Employment {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "employer",
            "industry",
            "job_title",
            "start_date",
            "end_date",
            "benchmark",
            "days_retained",
            "verification",
            "verification_status",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.employer.clone(),
            opt(&self.industry),
            self.job_title.clone(),
            self.start_date.to_string(),
            self.end_shown(),
            self.benchmark.clone(),
            self.days_retained.to_string(),
            self.verification_lines(),
            self.verification_status.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// The Overview's Employment section: the customer's employment, and the Number of
/// Active Employments (000).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overview {
    pub active_employments: usize,
    pub employment: Vec<Employment>,
}

impl Overview {
    pub fn sections(&self) -> Vec<Section> {
        vec![
            Section {
                title: Some("Employment (M1–M3)".into()),
                headers: Employment::headers(),
                rows: self.employment.iter().map(Tabular::cells).collect(),
            },
            Section {
                title: None,
                headers: vec!["field", "value"],
                rows: vec![vec![
                    "Number of Active Employments".into(),
                    self.active_employments.to_string(),
                ]],
            },
        ]
    }
}

/// What an employment command did: the employment as it is now, and what came with it.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    #[serde(flatten)]
    pub employment: Employment,
    /// The case note the change wrote (E5, M3), if it wrote one.
    pub case_note: Option<i64>,
    /// The verification document stored (M3).
    pub document: Option<Attached>,
    /// The E&T status the change moved the customer to (T2), if it moved it.
    pub et_status: Option<String>,
    /// Accepted with a warning (M1: a broader SOC code).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

async fn verifications_of(tx: &mut Tx, ids: &[i64]) -> Result<Vec<VerificationRow>> {
    let mut all = Vec::new();
    for id in ids {
        let rows: Vec<VerificationRow> = tx
            .fetch_all(
                crate::sql!(
                    "SELECT employment_id, period, document_id, note_id, entered_by, entered_at, approved_by, \
                     approved_at FROM employment_verifications WHERE employment_id = $1 ORDER BY period"
                ),
                args![*id],
            )
            .await?;
        all.extend(rows);
    }
    Ok(all)
}

async fn views(
    session: &Session,
    tx: &mut Tx,
    rows: Vec<Row>,
    today: NaiveDate,
) -> Result<Vec<Employment>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let checks = verifications_of(tx, &ids).await?;
    let names = reach::OrganizationNames::of(session);
    Ok(rows
        .into_iter()
        .map(|mut row| {
            row.provider = names.shown(row.organization_id, &row.provider);
            let mine = checks
                .iter()
                .filter(|v| v.employment_id == row.id)
                .map(|v| Verification {
                    period: v.period,
                    document: v.document_id,
                    case_note: v.note_id,
                    entered_by: v.entered_by.clone(),
                    entered_at: v.entered_at,
                    approved_by: v.approved_by.clone(),
                    approved_at: v.approved_at,
                })
                .collect();
            Employment::of(row, mine, today)
        })
        .collect())
}

/// The employment `id` of a customer within `permit`'s reach; any other reads as absent.
async fn find(session: &Session, tx: &mut Tx, permit: &Permit, id: i64) -> Result<Row> {
    let reach = reach::of(session, tx, permit).await?;
    let [s, l, t] = reach.args();
    tx.fetch_optional(
        crate::sql!(
            sqlite: concat!(employment_select!(), " WHERE e.id = $1 AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(employment_select!(), " WHERE e.id = $1 AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        vec![Arg::from(id), s, l, t],
    )
    .await?
    .ok_or_else(|| {
        Error::NotFound(format!(
            "employment {id} not found (see `isets employment list CUSTOMER`)"
        ))
    })
}

async fn reload(session: &Session, write: &mut Write, id: i64) -> Result<Employment> {
    let today = write.today();
    let row: Row = write
        .tx()
        .fetch_one(
            crate::sql!(concat!(employment_select!(), " WHERE e.id = $1")),
            args![id],
        )
        .await?;
    let mut all = views(session, write.tx(), vec![row], today).await?;
    all.pop()
        .ok_or_else(|| Error::Internal(format!("employment {id} vanished")))
}

/// The operator acts on an employment for its provider: a listing of theirs covers it,
/// or (statewide) a super user who gives a reason where the action asks one (§1, note 1).
fn acting_for(session: &Session, permit: &Permit, row: &Row, options: &WriteOptions) -> Result<()> {
    if !permit.covers(row.organization_id) {
        return Err(session
            .authorize(permit.action(), Some((row.organization_id, &row.provider)))
            .err()
            .unwrap_or_else(|| Error::Internal("a permit covered no provider".into())));
    }
    session.operator().require_reason(
        permit.action(),
        row.organization_id,
        options.reason.as_deref(),
    )
}

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
/// enrollment with a provider the operator acts for (`--provider` narrowing it). An
/// exited one is locked (N5).
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
        [one] => {
            if let Some(exited_on) = one.exited_on {
                return Err(Error::rule(
                    "N5",
                    format!(
                        "enrollment {} was exited on {exited_on}: employment is entered in an open \
                         enrollment; a returning customer needs a new enrollment",
                        one.id
                    ),
                ));
            }
            Ok(one.clone())
        }
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
            if let Some((id, on)) = exited {
                let own = Enrollment::load(tx, id).await?.is_some_and(|e| wanted(&e));
                if own {
                    return Err(Error::rule(
                        "N5",
                        format!(
                            "enrollment {id} was exited on {on}: employment is entered in an open \
                             enrollment; a returning customer needs a new enrollment"
                        ),
                    ));
                }
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

    let (program_type,): (String,) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT program_type FROM programs WHERE id = $1"),
            args![enrollment.program_id],
        )
        .await?;
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
        &mut write,
        &crate::plans::activity::NewActivity {
            enrollment: &enrollment,
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
    crate::activities::mark_started(session, &mut write, activity_id, org, start).await?;

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
    if added.code == crate::plans::rules::JOB_RETENTION {
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
    let note_id = notes::write_note(
        &mut write,
        customer_id,
        org,
        &format!(
            "Employment {id} at {employer} added; activity {activity_id} {} started",
            added.code
        ),
        &note,
    )
    .await?;
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: None,
        et_status: moved,
        warnings: soc.warning("--soc").into_iter().collect(),
    })
}

/// `isets employment end ID --date D --note …`: the last day of the job, not before its
/// start nor after today (M1), with its case note.
pub async fn end(
    session: &Session,
    id: i64,
    date: &str,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let note = crate::activities::note_text(note)?;
    let date = parse_date("--date", date)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    if let Some(ended_on) = row.ended_on {
        return Err(Error::Conflict(format!(
            "employment {id} ended on {ended_on} already"
        )));
    }
    if date < row.started_on {
        return Err(Error::rule_on(
            "M1",
            "--date",
            format!(
                "{date} is before the employment started ({})",
                row.started_on
            ),
        ));
    }
    rules::check_not_future("M1", "--date", date, write.today())?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE employments SET ended_on = $2, updated_by = $3, updated_at = $4 WHERE id = $1"
            ),
            args![id, date, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "employment.end",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(json!({ "ended_on": null })),
        after: Some(json!({ "ended_on": date })),
    });
    let note_id = notes::write_note(
        &mut write,
        row.customer_id,
        row.organization_id,
        &format!("Employment {id} at {} ended on {date}", row.employer),
        &note,
    )
    .await?;
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: None,
        et_status: None,
        warnings: Vec::new(),
    })
}

/// M3: a retention period, 30, 60 or 90.
pub fn parse_period(value: i64) -> Result<i64> {
    if retention::PERIODS.contains(&value) {
        Ok(value)
    } else {
        Err(Error::rule_on(
            "M3",
            "--period",
            format!("{value} is not a retention period: 30, 60 or 90"),
        ))
    }
}

async fn verification(tx: &mut Tx, id: i64, period: i64) -> Result<Option<VerificationRow>> {
    tx.fetch_optional(
        crate::sql!(
            "SELECT employment_id, period, document_id, note_id, entered_by, entered_at, approved_by, approved_at \
             FROM employment_verifications WHERE employment_id = $1 AND period = $2"
        ),
        args![id, period],
    )
    .await
}

/// `isets employment verify ID --period 30|60|90 --document FILE --note …` (M3): once the
/// period is reached, its verification document (stored, category Employment
/// Verification) and case note, once per period.
pub async fn verify(
    session: &Session,
    id: i64,
    period: i64,
    document: &std::path::Path,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let period = parse_period(period)?;
    let note = crate::activities::note_text(note).map_err(|e| match e {
        Error::Rule { rule: "E5", .. } => Error::rule_on(
            "M3",
            "--note",
            "is required: each retention period needs a case note",
        ),
        other => other,
    })?;
    let upload = documents::read_upload("--document", document)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    let reached = retention::benchmarks(row.started_on, row.ended_on, write.today());
    if !reached.contains(&period) {
        let kept = retention::retained_days(row.started_on, row.ended_on, write.today());
        return Err(Error::rule_on(
            "M3",
            "--period",
            format!(
                "{period} is not reached: employment {id} has been kept {kept} days (from {}{})",
                row.started_on,
                row.ended_on.map(|e| format!(" to {e}")).unwrap_or_default()
            ),
        ));
    }
    if let Some(done) = verification(write.tx(), id, period).await? {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was entered already, by {} on {}",
            done.entered_by,
            crate::output::time(&done.entered_at)
        )));
    }
    let attached = documents::attach(
        session,
        &mut write,
        row.customer_id,
        row.organization_id,
        EMPLOYMENT_VERIFICATION,
        upload,
        options.dry_run,
    )
    .await?;
    let note_id = notes::write_note(
        &mut write,
        row.customer_id,
        row.organization_id,
        &format!(
            "Employment {id} at {}: {period}-day retention verified",
            row.employer
        ),
        &note,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO employment_verifications (employment_id, period, customer_id, document_id, note_id, \
                 entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            ),
            args![
                id,
                period,
                row.customer_id,
                attached.id,
                note_id,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "employment.verify",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: None,
        after: Some(json!({
            "period": period,
            "document_id": attached.id,
            "sha256": attached.sha256,
            "size_bytes": attached.size_bytes,
            "note_id": note_id,
        })),
    });
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: Some(attached),
        et_status: None,
        warnings: Vec::new(),
    })
}

/// `isets employment approve ID --period 30|60|90` (M3, VerifyEmployment): a provider
/// manager of the employment's provider, WFD or a super user approves a period's
/// verification, once; this sets the Employment Verification Status.
pub async fn approve(
    session: &Session,
    id: i64,
    period: i64,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::VerifyEmployment)?;
    let period = parse_period(period)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    let Some(done) = verification(write.tx(), id, period).await? else {
        return Err(Error::rule_on(
            "M3",
            "--period",
            format!(
                "{period}: employment {id} has no {period}-day verification to approve; its provider \
                 enters it first (`isets employment verify`)"
            ),
        ));
    };
    if let (Some(by), Some(at)) = (&done.approved_by, &done.approved_at) {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was approved already, by {by} on {}",
            crate::output::time(at)
        )));
    }
    let at = write.at();
    let by = write.operator().to_string();
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE employment_verifications SET approved_by = $3, approved_at = $4 \
                 WHERE employment_id = $1 AND period = $2 AND approved_by IS NULL"
            ),
            args![id, period, by.as_str(), at],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was approved meanwhile"
        )));
    }
    write.record(Change {
        action: "employment.approve",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(json!({ "period": period, "approved_by": null })),
        after: Some(json!({ "period": period, "approved_by": by })),
    });
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: None,
        document: None,
        et_status: None,
        warnings: Vec::new(),
    })
}

/// The customer's employment, oldest first, as the Overview shows it.
pub(crate) async fn for_overview(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Overview> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(concat!(
                employment_select!(),
                " WHERE e.customer_id = $1 ORDER BY e.started_on, e.id"
            )),
            args![customer_id],
        )
        .await?;
    let today = crate::clock::illinois_date(crate::write::database_now(tx).await?);
    let employment = views(session, tx, rows, today).await?;
    Ok(Overview {
        active_employments: employment.iter().filter(|e| e.end_date.is_none()).count(),
        employment,
    })
}

/// `isets employment list CUSTOMER`: the customer's employment with its retention, for
/// those who read the case file's reports (§1).
pub async fn list(session: &Session, customer: &str) -> Result<Overview> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    for_overview(session, &mut tx, id).await
}

/// Which customers `isets employment due` lists (M5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Due their 30-day contact, and due for exit.
    Both,
    Contact,
    Exit,
}

/// A customer in Job Retention due a contact or their exit (M5).
#[derive(Debug, Clone, Serialize)]
pub struct DueRow {
    pub customer: String,
    pub name: String,
    pub provider: String,
    pub activity: i64,
    pub retention_start: NaiveDate,
    /// `contact` (M5: a case note every 30 days) or `exit` (M5: employed beyond Job
    /// Retention's 90 or 180 days).
    pub due: String,
    pub due_on: NaiveDate,
}

impl Tabular for DueRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "customer",
            "name",
            "provider",
            "activity",
            "retention_start",
            "due",
            "due_on",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.customer.clone(),
            self.name.clone(),
            self.provider.clone(),
            self.activity.to_string(),
            self.retention_start.to_string(),
            self.due.clone(),
            self.due_on.to_string(),
        ]
    }
    fn key(&self) -> String {
        format!("{}:{}", self.activity, self.due)
    }
}

#[derive(sqlx::FromRow)]
struct InRetention {
    activity: i64,
    customer: String,
    first_name: String,
    last_name: String,
    organization_id: i64,
    provider: String,
    started_on: NaiveDate,
    program_type: String,
    last_note: Option<DateTime<Utc>>,
    employed: bool,
}

/// What `isets employment due` found, and what it could not count.
#[derive(Debug, Clone, Serialize)]
pub struct DueList {
    pub rows: Vec<DueRow>,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// `isets employment due [--provider P] [--contact|--exit]` (M5, Reports): the customers
/// of the operator's providers with Job Retention started who are due their 30-day
/// contact (no case note of that provider for 30 days, counted from the start of Job
/// Retention), or due for exit (still employed beyond 90 days of Job Retention, 180 in
/// SNAP to Success), with the day it fell due.
pub async fn due(session: &Session, provider: Option<&str>, which: Due) -> Result<DueList> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let today = crate::clock::illinois_date(crate::write::database_now(&mut tx).await?);
    let only = provider_named(session, &mut tx, &permit, provider).await?;
    let reach = reach::of(session, &mut tx, &permit).await?;
    let [s, l, t] = reach.args();
    let rows: Vec<InRetention> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT a.id AS activity, c.individual_number AS customer, c.first_name, c.last_name, \
                     a.organization_id, coalesce(o.name, '') AS provider, a.started_on, \
                     coalesce(p.program_type, '') AS program_type, \
                     (SELECT MAX(n.written_at) FROM customer_notes n WHERE n.customer_id = a.customer_id \
                     AND n.organization_id = a.organization_id) AS last_note, \
                     EXISTS (SELECT 1 FROM employments e WHERE e.customer_id = a.customer_id \
                     AND e.ended_on IS NULL) AS employed \
                     FROM activities a JOIN customers c ON c.id = a.customer_id \
                     JOIN enrollments en ON en.id = a.enrollment_id LEFT JOIN programs p ON p.id = en.program_id \
                     LEFT JOIN organizations o ON o.id = a.organization_id \
                     WHERE a.code = 'JR' AND a.status = 'started' AND a.started_on IS NOT NULL AND ",
                    crate::within_reach!(sqlite, "1", "2", "3"),
                    " ORDER BY a.started_on, a.id"
                ),
                postgres: concat!(
                    "SELECT a.id AS activity, c.individual_number AS customer, c.first_name, c.last_name, \
                     a.organization_id, coalesce(o.name, '') AS provider, a.started_on, \
                     coalesce(p.program_type, '') AS program_type, \
                     (SELECT MAX(n.written_at) FROM customer_notes n WHERE n.customer_id = a.customer_id \
                     AND n.organization_id = a.organization_id) AS last_note, \
                     EXISTS (SELECT 1 FROM employments e WHERE e.customer_id = a.customer_id \
                     AND e.ended_on IS NULL) AS employed \
                     FROM activities a JOIN customers c ON c.id = a.customer_id \
                     JOIN enrollments en ON en.id = a.enrollment_id LEFT JOIN programs p ON p.id = en.program_id \
                     LEFT JOIN organizations o ON o.id = a.organization_id \
                     WHERE a.code = 'JR' AND a.status = 'started' AND a.started_on IS NOT NULL AND ",
                    crate::within_reach!(postgres, "1", "2", "3"),
                    " ORDER BY a.started_on, a.id"
                ),
            ),
            vec![s, l, t],
        )
        .await?;
    // Case notes are read by those who write them (§1): without that, the contacts are
    // not counted rather than counted wrong.
    let notes_read = session.permit(Action::Assessments).is_ok();
    let mut warnings = Vec::new();
    if !notes_read && which != Due::Exit {
        warnings.push(
            "30-day contacts (M5) are counted from case notes, which your roles do not read: only \
             exits due are listed"
                .to_string(),
        );
    }
    let names = reach::OrganizationNames::of(session);
    let mut out = Vec::new();
    for r in rows {
        if !permit.covers(r.organization_id) || only.is_some_and(|o| o != r.organization_id) {
            continue;
        }
        let row = |due: &str, due_on: NaiveDate| DueRow {
            customer: r.customer.clone(),
            name: format!("{} {}", r.first_name, r.last_name),
            provider: names.shown(r.organization_id, &r.provider),
            activity: r.activity,
            retention_start: r.started_on,
            due: due.to_string(),
            due_on,
        };
        if which != Due::Exit && notes_read {
            let last = r.last_note.map(crate::clock::illinois_date);
            let due_on = rules::contact_due_on(r.started_on, last);
            if due_on <= today {
                out.push(row("contact", due_on));
            }
        }
        if which != Due::Contact && r.employed {
            let due_on = rules::exit_due_on(r.started_on, &r.program_type);
            if due_on <= today {
                out.push(row("exit", due_on));
            }
        }
    }
    Ok(DueList {
        rows: out,
        warnings,
    })
}
