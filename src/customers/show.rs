//! `isets customer show` (seed 000, "Overview"): the customer's profile as the left menu
//! lays it out, then the Overview's sections. Sections whose records later work adds
//! (referrals, activities, support services, outcomes) are present and empty
//! until then, so the JSON shape scripts read does not change. The SSN shows only as
//! its last four digits.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::error::Result;
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;

use super::team::Member;

/// The left menu: who the customer is (as IES has them) and what ISETS adds.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Profile {
    pub individual_number: String,
    pub case_number: String,
    pub last_name: String,
    pub first_name: String,
    pub date_of_birth: NaiveDate,
    pub ssn_last4: String,
    pub email: Option<String>,
    /// The customer's ISETS (Illinois workNet) account.
    pub account_email: Option<String>,
    pub phone: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub zip: Option<String>,
    pub county: Option<String>,
    pub office: Option<String>,
    pub in_isets_since: Option<DateTime<Utc>>,
    pub entered_by_hand: bool,
    /// The IES batch that last wrote the record.
    pub last_batch: Option<i64>,
}

/// The Status section: SNAP eligibility and its dates (E&T status comes with enrollment).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Status {
    pub snap_status: String,
    pub redetermination_date: Option<NaiveDate>,
    pub midpoint_date: Option<NaiveDate>,
    pub abawd: Option<bool>,
    /// The E&T status (§8), as the manuals name it.
    #[sqlx(skip)]
    pub et_status: Option<String>,
    #[sqlx(skip)]
    pub et_status_since: Option<DateTime<Utc>>,
    /// T4: the level of progress.
    #[sqlx(skip)]
    pub progress: Option<String>,
    /// T3: Inactive for more than 30 days (a flag, never a refusal).
    #[sqlx(skip)]
    pub inactive_over_30_days: bool,
    #[sqlx(skip)]
    pub enrollment_date: Option<NaiveDate>,
}

/// An assignment: the customer's E&T provider, program and IDHS office (S5).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Program {
    #[serde(skip)]
    pub location_id: i64,
    pub provider: String,
    pub program: i64,
    pub program_type: String,
    pub fiscal_year: i64,
    pub location: String,
    pub office: String,
    pub assigned_at: DateTime<Utc>,
    pub assigned_by: String,
}

impl Tabular for Program {
    fn headers() -> Vec<&'static str> {
        vec![
            "provider",
            "program",
            "program_type",
            "fiscal_year",
            "location",
            "office",
            "assigned_at",
            "assigned_by",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.provider.clone(),
            self.program.to_string(),
            self.program_type.clone(),
            format!("FY{:02}", self.fiscal_year % 100),
            self.location.clone(),
            self.office.clone(),
            crate::output::time(&self.assigned_at),
            self.assigned_by.clone(),
        ]
    }
    fn key(&self) -> String {
        self.program.to_string()
    }
}

/// Outcomes (seed 000): completion and exits, credentials earned, employment.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outcomes {
    /// Completed / Exited: the checklist and the exits (X1, X2, X4, X6).
    pub checklist: Vec<crate::exits::overview::Check>,
    pub exits: Vec<crate::exits::overview::ExitRow>,
    /// X5: the milestones of the Outcomes status table.
    pub milestones: Vec<crate::exits::overview::Milestone>,
    /// C1: the credentials standing (removed ones only in `isets credential list`).
    pub credentials: Vec<crate::credentials::Credential>,
    /// M1–M3: the employment, and the Number of Active Employments.
    #[serde(flatten)]
    pub employment: crate::employment::Overview,
}

/// The whole Overview.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub profile: Profile,
    pub programs: Vec<Program>,
    /// N1–N6: the customer's enrollments, oldest first.
    pub enrollments: Vec<crate::enrollment::plan::EnrollmentRow>,
    /// The customer's referrals within reach, newest version of each (F3, F5).
    pub referrals: Vec<crate::referrals::list::Referral>,
    pub status: Status,
    pub team: Vec<Member>,
    /// Hours attended against hours verified per open activity (E7).
    pub attendance: Vec<crate::activities::attendance::Summary>,
    /// Activities by goal: the Employment Plan (E1), as `isets ep show` prints it.
    pub activities: Vec<crate::enrollment::plan::PlanGoal>,
    /// The plan's flags (E3, E8).
    pub plan_flags: Vec<crate::enrollment::plan::Flag>,
    /// Support services of the current fiscal year: totals against the maximums, the
    /// payments (V3, V4).
    pub support_services: crate::services::overview::SupportServices,
    pub outcomes: Outcomes,
    /// Earnfare participation (R1, R2), for a customer referred to or enrolled in
    /// Earnfare or with a benefit amount; read by those who read the reports.
    pub earnfare: Option<crate::earnfare::Participation>,
}

impl Overview {
    /// The profile as `field, value` rows for a table; the SSN as its last four only.
    pub fn profile_rows(&self) -> Vec<Vec<String>> {
        let p = &self.profile;
        let s = &self.status;
        let row = |k: &str, v: String| vec![k.to_string(), v];
        vec![
            row("name", format!("{} {}", p.first_name, p.last_name)),
            row("individual_number", p.individual_number.clone()),
            row("case_number", p.case_number.clone()),
            row("date_of_birth", p.date_of_birth.to_string()),
            row("ssn", format!("***-**-{}", p.ssn_last4)),
            row("email", opt(&p.email)),
            row("account", opt(&p.account_email)),
            row("phone", opt(&p.phone)),
            row(
                "address",
                [&p.street, &p.city, &p.zip]
                    .iter()
                    .filter_map(|v| v.as_deref())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            row("county", opt(&p.county)),
            row("office", opt(&p.office)),
            row(
                "providers",
                self.programs
                    .iter()
                    .map(|a| a.provider.as_str())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            row("snap_status", s.snap_status.clone()),
            row("redetermination_date", opt(&s.redetermination_date)),
            row("midpoint_date", opt(&s.midpoint_date)),
            row("enrollment_date", opt(&s.enrollment_date)),
            row(
                "et_status",
                match (&s.et_status, s.inactive_over_30_days) {
                    (Some(status), true) => format!("{status} (more than 30 days, T3)"),
                    (status, _) => opt(status),
                },
            ),
            row("progress", opt(&s.progress)),
            row(
                "in_isets_since",
                p.in_isets_since
                    .as_ref()
                    .map(crate::output::time)
                    .unwrap_or_default(),
            ),
            row(
                "entered_by_hand",
                if p.entered_by_hand { "yes" } else { "no" }.into(),
            ),
        ]
    }
}

/// `isets customer show CUSTOMER`: the Overview of a customer within reach.
pub async fn show(session: &Session, customer: &str) -> Result<Overview> {
    let permit = session.permit(Action::SearchIes)?;
    let mut tx = session.read().await?;
    let id = super::reach::find(session, &mut tx, &permit, customer).await?;
    let profile: Profile = tx
        .fetch_one(
            crate::sql!(
                "SELECT individual_number, case_number, last_name, first_name, date_of_birth, ssn_last4, email, \
                 account_email, phone, street, city, zip, county, office, in_isets_since, entered_by_hand, \
                 last_batch_id AS last_batch FROM customers WHERE id = $1"
            ),
            args![id],
        )
        .await?;
    let status: Status = tx
        .fetch_one(
            crate::sql!(
                "SELECT snap_status, redetermination_date, midpoint_date, abawd FROM customers WHERE id = $1"
            ),
            args![id],
        )
        .await?;
    let et = crate::et_status::for_overview(session, &mut tx, id).await?;
    let status = Status {
        et_status: Some(et.status.shown().to_string()),
        et_status_since: et.since,
        progress: et.progress.map(|p| p.shown().to_string()),
        inactive_over_30_days: et.inactive_over_30_days,
        ..status
    };
    // Assignments at locations outside the operator's reach stay unseen (a partner on
    // the team of another provider's customer sees their own provider's only).
    let reach = super::reach::of(session, &mut tx, &permit).await?;
    let programs: Vec<Program> = tx
        .fetch_all(
            crate::sql!(
                "SELECT a.location_id, o.name AS provider, a.program_id AS program, \
                 coalesce(p.program_type, '') AS program_type, coalesce(p.fiscal_year, 0) AS fiscal_year, \
                 coalesce(x.name, '') AS location, a.office, a.assigned_at, a.assigned_by \
                 FROM customer_assignments a JOIN organizations o ON o.id = a.organization_id \
                 LEFT JOIN programs p ON p.id = a.program_id LEFT JOIN locations x ON x.id = a.location_id \
                 WHERE a.customer_id = $1 ORDER BY a.assigned_at, a.id"
            ),
            args![id],
        )
        .await?;
    let programs = programs
        .into_iter()
        .filter(|p| reach.covers_location(p.location_id))
        .collect();
    let team = super::team::of(session, &mut tx, id).await?;
    let referrals = crate::referrals::list::of_customer(session, &mut tx, id).await?;
    let attendance = crate::activities::attendance::for_overview(session, &mut tx, id).await?;
    let enrollments = crate::enrollment::plan::enrollments(session, &mut tx, id).await?;
    let status = Status {
        enrollment_date: enrollments
            .iter()
            .filter(|e| e.exited_on.is_none())
            .map(|e| e.enrolled_on)
            .max(),
        ..status
    };
    // The plan is read by those who read the case file or its reports (§1).
    let plan = match session.permit(Action::Reports) {
        Ok(_) => {
            crate::enrollment::plan::of(session, &mut tx, id, &profile.individual_number, None)
                .await?
        }
        Err(_) => crate::enrollment::plan::Plan {
            individual_number: profile.individual_number.clone(),
            goals: Vec::new(),
            flags: Vec::new(),
        },
    };
    let earnfare = match session.permit(Action::Reports) {
        Ok(reports) => {
            let today = crate::clock::illinois_date(session.now());
            crate::earnfare::of(
                &mut tx,
                &reports,
                id,
                &profile.individual_number,
                today,
                today,
            )
            .await?
        }
        Err(_) => None,
    };
    // Support Services (V3, V4): the current fiscal year, read with the case file's reports.
    let fiscal_year = crate::values::FiscalYear::containing(session.today());
    let support_services = match session.permit(Action::Reports) {
        Ok(_) => crate::services::overview::of(&mut tx, id, fiscal_year).await?,
        Err(_) => crate::services::overview::SupportServices::empty(fiscal_year),
    };
    // Completed / Exited and the outcomes (X5), employment and credentials: read by those
    // who read the case file's reports, as the plan they follow from.
    let mut outcomes = Outcomes::default();
    if session.permit(Action::Reports).is_ok() {
        let done = crate::exits::overview::of(session, &mut tx, id, session.today()).await?;
        outcomes.checklist = done.checklist;
        outcomes.exits = done.exits;
        outcomes.milestones = done.milestones;
        outcomes.employment = crate::employment::for_overview(session, &mut tx, id).await?;
        outcomes.credentials = crate::credentials::of_customer(session, &mut tx, id, false).await?;
    }
    Ok(Overview {
        earnfare,
        profile,
        programs,
        enrollments,
        referrals,
        status,
        team,
        attendance,
        activities: plan.goals,
        plan_flags: plan.flags,
        support_services,
        outcomes,
    })
}
