//! `isets ep show CUSTOMER` (E1, seed 000 "Activities / Case Management"): each goal
//! (title, category and term, provider, earliest start, latest completion, status)
//! followed by its activities, "No Services Added" under an empty goal, and the flags of
//! E3 (an open enrollment without a SNAP E&T activity) and E8 (no signed EP uploaded).
//! Also the enrollments and the plan `customer show` prints.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::catalogue::{self, Kind};
use crate::customers::reach::{self, OrganizationNames};
use crate::db::Tx;
use crate::error::Result;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::{ActivityStatus, GoalCategory, GoalStatus, GoalTerm, stored};
use crate::session::Session;

/// What the seed prints where a date is not known yet.
pub const NOT_YET: &str = "N/A";

/// An activity of a goal, as the seed's row shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// The service provider (E6).
    pub provider: String,
    /// Started on, else the planned start.
    pub earliest_start: NaiveDate,
    /// Completed on; none while planned or open (the seed's "N/A").
    pub latest_completion: Option<NaiveDate>,
    pub planned_end: NaiveDate,
    pub status: String,
    #[serde(skip)]
    kind: Option<Kind>,
    #[serde(skip)]
    enrollment_id: i64,
}

/// A goal with its activities.
#[derive(Debug, Clone, Serialize)]
pub struct PlanGoal {
    pub id: i64,
    pub title: String,
    pub category: String,
    pub term: String,
    pub provider: String,
    pub enrollment: Option<i64>,
    /// The earliest start of its activities.
    pub earliest_start: Option<NaiveDate>,
    /// The latest completion of its completed activities.
    pub latest_completion: Option<NaiveDate>,
    pub status: String,
    pub activities: Vec<Step>,
}

/// A rule the plan does not meet yet: flagged, never refused.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub rule: &'static str,
    pub message: String,
}

/// A customer's Employment Plan.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub individual_number: String,
    pub goals: Vec<PlanGoal>,
    pub flags: Vec<Flag>,
}

/// One line of the seed's table: a goal, an activity under it, or "No Services Added".
#[derive(Debug, Clone, Serialize)]
pub struct PlanRow {
    pub goal: i64,
    pub activity: Option<i64>,
    pub goal_title: String,
    pub step: String,
    pub category_provider: String,
    pub earliest_start: String,
    pub latest_completion: String,
    pub status: String,
}

impl Tabular for PlanRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "goal",
            "activity",
            "goal_title",
            "step",
            "category_provider",
            "earliest_start",
            "latest_completion",
            "status",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.goal.to_string(),
            opt(&self.activity),
            self.goal_title.clone(),
            self.step.clone(),
            self.category_provider.clone(),
            self.earliest_start.clone(),
            self.latest_completion.clone(),
            self.status.clone(),
        ]
    }
    fn key(&self) -> String {
        match self.activity {
            Some(a) => format!("{}/{a}", self.goal),
            None => self.goal.to_string(),
        }
    }
}

fn day(d: &Option<NaiveDate>) -> String {
    d.map(|d| d.to_string())
        .unwrap_or_else(|| NOT_YET.to_string())
}

impl Plan {
    /// The seed's table, a row per goal then a row per activity.
    pub fn rows(&self) -> Vec<PlanRow> {
        let mut rows = Vec::new();
        for g in &self.goals {
            rows.push(PlanRow {
                goal: g.id,
                activity: None,
                goal_title: g.title.clone(),
                step: if g.activities.is_empty() {
                    "No Services Added".into()
                } else {
                    String::new()
                },
                category_provider: format!("{} ({}), {}", g.category, g.term, g.provider),
                earliest_start: day(&g.earliest_start),
                latest_completion: day(&g.latest_completion),
                status: g.status.clone(),
            });
            for a in &g.activities {
                rows.push(PlanRow {
                    goal: g.id,
                    activity: Some(a.id),
                    goal_title: String::new(),
                    step: format!("{} - {}", a.code, a.name),
                    category_provider: a.provider.clone(),
                    earliest_start: a.earliest_start.to_string(),
                    latest_completion: day(&a.latest_completion),
                    status: a.status.clone(),
                });
            }
        }
        rows
    }

    /// The table and the flags, for `ep show` and `customer show`.
    pub fn sections(&self, title: Option<&str>) -> Vec<Section> {
        vec![
            Section {
                title: title.map(String::from),
                headers: PlanRow::headers(),
                rows: self.rows().iter().map(Tabular::cells).collect(),
            },
            Section {
                title: Some("Flags".into()),
                headers: vec!["rule", "message"],
                rows: self
                    .flags
                    .iter()
                    .map(|f| vec![f.rule.to_string(), f.message.clone()])
                    .collect(),
            },
        ]
    }
}

#[derive(sqlx::FromRow)]
struct GoalRow {
    id: i64,
    organization_id: i64,
    provider: String,
    enrollment_id: Option<i64>,
    title: String,
    category: String,
    term: String,
    status: String,
}

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: i64,
    goal_id: i64,
    enrollment_id: i64,
    organization_id: i64,
    provider: String,
    code: String,
    status: String,
    planned_start: NaiveDate,
    planned_end: NaiveDate,
    started_on: Option<NaiveDate>,
    completed_on: Option<NaiveDate>,
}

/// The plan of `customer_id`, limited to the goals of `provider` when given.
pub(crate) async fn of(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
    number: &str,
    provider: Option<i64>,
) -> Result<Plan> {
    let names = OrganizationNames::of(session);
    let goals: Vec<GoalRow> = tx
        .fetch_all(
            crate::sql!(
                "SELECT g.id, g.organization_id, coalesce(o.name, '') AS provider, g.enrollment_id, g.title, \
                 g.category, g.term, g.status FROM ep_goals g LEFT JOIN organizations o ON o.id = g.organization_id \
                 WHERE g.customer_id = $1 ORDER BY g.id"
            ),
            args![customer_id],
        )
        .await?;
    let activities: Vec<ActivityRow> = tx
        .fetch_all(
            crate::sql!(
                "SELECT a.id, a.goal_id, a.enrollment_id, a.organization_id, coalesce(o.name, '') AS provider, a.code, \
                 a.status, a.planned_start, a.planned_end, a.started_on, a.completed_on FROM activities a \
                 LEFT JOIN organizations o ON o.id = a.organization_id WHERE a.customer_id = $1 \
                 ORDER BY coalesce(a.started_on, a.planned_start), a.id"
            ),
            args![customer_id],
        )
        .await?;
    let mut steps: Vec<(i64, Step)> = Vec::new();
    for a in activities {
        let status: ActivityStatus = stored("activity status", &a.status)?;
        steps.push((
            a.goal_id,
            Step {
                id: a.id,
                name: catalogue::name_of(&a.code).to_string(),
                kind: catalogue::kind_of(&a.code),
                code: a.code,
                provider: names.shown(a.organization_id, &a.provider),
                earliest_start: a.started_on.unwrap_or(a.planned_start),
                latest_completion: a.completed_on,
                planned_end: a.planned_end,
                status: status.shown().to_string(),
                enrollment_id: a.enrollment_id,
            },
        ));
    }
    let mut plan = Vec::new();
    for g in goals
        .into_iter()
        .filter(|g| provider.is_none_or(|p| p == g.organization_id))
    {
        let activities: Vec<Step> = steps
            .iter()
            .filter(|(goal, _)| *goal == g.id)
            .map(|(_, s)| s.clone())
            .collect();
        plan.push(PlanGoal {
            id: g.id,
            title: g.title,
            category: stored::<GoalCategory>("goal category", &g.category)?
                .shown()
                .to_string(),
            term: stored::<GoalTerm>("goal term", &g.term)?
                .shown()
                .to_string(),
            provider: names.shown(g.organization_id, &g.provider),
            enrollment: g.enrollment_id,
            earliest_start: activities.iter().map(|a| a.earliest_start).min(),
            latest_completion: activities.iter().filter_map(|a| a.latest_completion).max(),
            status: stored::<GoalStatus>("goal status", &g.status)?
                .shown()
                .to_string(),
            activities,
        });
    }
    let flags = flags(session, tx, customer_id, provider, &steps).await?;
    Ok(Plan {
        individual_number: number.to_string(),
        goals: plan,
        flags,
    })
}

/// E3 and E8, over the customer's open enrollments (of `provider` when given).
async fn flags(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
    provider: Option<i64>,
    steps: &[(i64, Step)],
) -> Result<Vec<Flag>> {
    let open: Vec<(i64, i64, NaiveDate)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT id, organization_id, enrolled_on FROM enrollments WHERE customer_id = $1 \
                 AND exited_on IS NULL ORDER BY enrolled_on, id"
            ),
            args![customer_id],
        )
        .await?;
    let open: Vec<_> = open
        .into_iter()
        .filter(|(_, org, _)| provider.is_none_or(|p| p == *org))
        .collect();
    let mut flags = Vec::new();
    for (id, _, enrolled_on) in &open {
        let snap = steps
            .iter()
            .any(|(_, s)| s.enrollment_id == *id && s.kind == Some(Kind::SnapEt));
        if !snap {
            flags.push(Flag {
                rule: "E3",
                message: format!(
                    "enrollment {id} (enrolled {enrolled_on}) has no SNAP E&T activity: every enrolled \
                     customer has at least one"
                ),
            });
        }
    }
    if open.is_empty() {
        return Ok(flags);
    }
    // Documents are read by those who read the case file (§1); a reader of reports
    // alone is not told either way.
    let reads_documents =
        session.permit(Action::Assessments).is_ok() || session.permit(Action::CaseWork).is_ok();
    if reads_documents {
        let (plans,): (i64,) = tx
            .fetch_one(
                crate::sql!(
                    "SELECT COUNT(*) FROM customer_documents WHERE customer_id = $1 AND category = 'Plan'"
                ),
                args![customer_id],
            )
            .await?;
        if plans == 0 {
            flags.push(Flag {
                rule: "E8",
                message: "no signed EP uploaded: attach it with `isets document add CUSTOMER --category Plan FILE`".into(),
            });
        }
    }
    Ok(flags)
}

/// `isets ep show CUSTOMER [--provider P]`: read by those who read the case file or
/// its reports (§1), within reach.
pub async fn show(session: &Session, customer: &str, provider: Option<&str>) -> Result<Plan> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    let provider = match provider {
        Some(name) => Some(
            crate::providers::find_visible(session, &mut tx, name)
                .await?
                .id,
        ),
        None => None,
    };
    of(session, &mut tx, id, customer.trim(), provider).await
}

/// An enrollment as `customer show` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct EnrollmentRow {
    pub id: i64,
    pub provider: String,
    pub program: i64,
    pub program_type: String,
    pub enrolled_on: NaiveDate,
    pub exited_on: Option<NaiveDate>,
    pub reverified: bool,
    pub enrolled_by: String,
    pub enrolled_at: DateTime<Utc>,
}

impl Tabular for EnrollmentRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "provider",
            "program",
            "program_type",
            "enrolled_on",
            "exited_on",
            "reverified",
            "enrolled_by",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.provider.clone(),
            self.program.to_string(),
            self.program_type.clone(),
            self.enrolled_on.to_string(),
            opt(&self.exited_on),
            if self.reverified { "yes" } else { "no" }.into(),
            self.enrolled_by.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

#[derive(sqlx::FromRow)]
struct Enrolled {
    id: i64,
    organization_id: i64,
    provider: String,
    program: i64,
    program_type: String,
    enrolled_on: NaiveDate,
    exited_on: Option<NaiveDate>,
    reverified: bool,
    enrolled_by: String,
    enrolled_at: DateTime<Utc>,
}

/// The customer's enrollments, oldest first. The names of providers (and their
/// programs' kinds) outside the operator's view are not told.
pub(crate) async fn enrollments(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Vec<EnrollmentRow>> {
    let names = OrganizationNames::of(session);
    let rows: Vec<Enrolled> = tx
        .fetch_all(
            crate::sql!(
                "SELECT e.id, e.organization_id, coalesce(o.name, '') AS provider, e.program_id AS program, \
                 coalesce(p.program_type, '') AS program_type, e.enrolled_on, e.exited_on, e.reverified, \
                 e.enrolled_by, e.enrolled_at FROM enrollments e LEFT JOIN organizations o ON o.id = e.organization_id \
                 LEFT JOIN programs p ON p.id = e.program_id WHERE e.customer_id = $1 ORDER BY e.enrolled_on, e.id"
            ),
            args![customer_id],
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let provider = names.shown(r.organization_id, &r.provider);
            let seen = provider == r.provider;
            EnrollmentRow {
                id: r.id,
                provider,
                program: r.program,
                program_type: if seen { r.program_type } else { String::new() },
                enrolled_on: r.enrolled_on,
                exited_on: r.exited_on,
                reverified: r.reverified,
                enrolled_by: r.enrolled_by,
                enrolled_at: r.enrolled_at,
            }
        })
        .collect())
}
