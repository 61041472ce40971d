//! The Overview's "Completed / Exited" (000: the checklist and the exits table, X2) and
//! "Outcomes" (X5: the five milestones with their Result and Status), for
//! `customer show`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::customers::reach::OrganizationNames;
use crate::db::Tx;
use crate::error::Result;
use crate::output::{Section, Tabular, opt};
use crate::plans::stored;
use crate::session::Session;

use super::ExitStatus;

/// An exit as the Overview's table shows it (000: ISETS Program, Provider Name, Exit
/// Status, Exit Reason, Date Exited, Exited By), with its un-exit (X4).
#[derive(Debug, Clone, Serialize)]
pub struct ExitRow {
    pub id: i64,
    pub enrollment: i64,
    pub program: String,
    pub provider: String,
    pub status: String,
    pub reason: String,
    pub exited_on: NaiveDate,
    pub exited_by: String,
    /// X6.
    pub skill_gain: Option<String>,
    pub unexited_by: Option<String>,
    pub unexited_at: Option<DateTime<Utc>>,
    pub unexit_employment: Option<i64>,
}

impl Tabular for ExitRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "ISETS Program",
            "Provider Name",
            "Exit Status",
            "Exit Reason",
            "Date Exited",
            "Exited By",
            "Un-exited",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.program.clone(),
            self.provider.clone(),
            self.status.clone(),
            self.reason.clone(),
            self.exited_on.to_string(),
            self.exited_by.clone(),
            match (&self.unexited_by, &self.unexited_at) {
                (Some(by), Some(at)) => format!(
                    "{} by {by} (employment {})",
                    crate::output::time(at),
                    opt(&self.unexit_employment)
                ),
                _ => String::new(),
            },
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// One line of the Completed / Exited checklist (000).
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub item: String,
    pub done: bool,
    pub detail: String,
}

impl Tabular for Check {
    fn headers() -> Vec<&'static str> {
        vec!["Checklist", "Done", "Detail"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.item.clone(),
            if self.done { "yes" } else { "no" }.into(),
            self.detail.clone(),
        ]
    }
    fn key(&self) -> String {
        self.item.clone()
    }
}

/// X5: a milestone of the Outcomes status table (000: Action Item, Result, Status).
#[derive(Debug, Clone, Serialize)]
pub struct Milestone {
    pub action_item: &'static str,
    pub result: String,
    pub complete: bool,
    /// X5: the days the longest employment was kept, on the retention milestone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
}

impl Tabular for Milestone {
    fn headers() -> Vec<&'static str> {
        vec!["Action Item", "Result", "Status"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.action_item.to_string(),
            self.result.clone(),
            if self.complete {
                "Complete"
            } else {
                "Not Complete"
            }
            .into(),
        ]
    }
    fn key(&self) -> String {
        self.action_item.to_string()
    }
}

/// What the Overview shows of the exits and outcomes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Completion {
    pub checklist: Vec<Check>,
    pub exits: Vec<ExitRow>,
    pub milestones: Vec<Milestone>,
}

/// The "Completed / Exited" and "Outcomes" sections of `customer show`.
pub fn sections(checklist: &[Check], exits: &[ExitRow], milestones: &[Milestone]) -> Vec<Section> {
    vec![
        Section {
            title: Some("Completed / Exited (X1, X2)".into()),
            headers: <Check as Tabular>::headers(),
            rows: checklist.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Exits (X2, X4)".into()),
            headers: <ExitRow as Tabular>::headers(),
            rows: exits.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Outcomes (X5)".into()),
            headers: <Milestone as Tabular>::headers(),
            rows: milestones.iter().map(Tabular::cells).collect(),
        },
    ]
}

#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    enrollment_id: i64,
    organization_id: i64,
    provider: String,
    program_type: String,
    status: String,
    reason: Option<String>,
    exited_on: NaiveDate,
    exited_by: String,
    skill_gain: Option<String>,
    unexited_by: Option<String>,
    unexited_at: Option<DateTime<Utc>>,
    unexit_employment_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct OpenOne {
    enrollment_id: i64,
    organization_id: i64,
    provider: String,
    open: i64,
}

/// The customer's exits, checklist and milestones, judged on `today`.
pub(crate) async fn of(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
    today: NaiveDate,
) -> Result<Completion> {
    let names = OrganizationNames::of(session);
    let stored_exits: Vec<Stored> = tx
        .fetch_all(
            crate::sql!(
                "SELECT x.id, x.enrollment_id, x.organization_id, coalesce(o.name, '') AS provider, \
                 coalesce(p.program_type, '') AS program_type, x.status, x.reason, x.exited_on, x.exited_by, \
                 x.skill_gain, x.unexited_by, x.unexited_at, x.unexit_employment_id FROM exits x \
                 LEFT JOIN organizations o ON o.id = x.organization_id LEFT JOIN programs p ON p.id = x.program_id \
                 WHERE x.customer_id = $1 ORDER BY x.exited_on, x.id"
            ),
            args![customer_id],
        )
        .await?;
    let mut exits = Vec::new();
    let mut statuses = Vec::new();
    for x in stored_exits {
        let status: ExitStatus = stored("exit status", &x.status)?;
        if x.unexited_at.is_none() {
            statuses.push((status, x.exited_on));
        }
        exits.push(ExitRow {
            id: x.id,
            enrollment: x.enrollment_id,
            program: crate::enrollment::rules::program_name(&x.program_type).to_string(),
            provider: names.shown(x.organization_id, &x.provider),
            status: status.shown().to_string(),
            reason: super::reason_shown(x.reason.as_deref()).to_string(),
            exited_on: x.exited_on,
            exited_by: x.exited_by,
            skill_gain: x.skill_gain,
            unexited_by: x.unexited_by,
            unexited_at: x.unexited_at,
            unexit_employment: x.unexit_employment_id,
        });
    }

    // 000's checklist: what each open enrollment still needs before its exit (X1), and
    // the optional Measurable Skill Gain and credentials (X6).
    let open: Vec<OpenOne> = tx
        .fetch_all(
            crate::sql!(
                "SELECT e.id AS enrollment_id, e.organization_id, coalesce(o.name, '') AS provider, \
                 (SELECT COUNT(*) FROM activities a WHERE a.enrollment_id = e.id \
                  AND a.status IN ('planned', 'started')) AS open FROM enrollments e \
                 LEFT JOIN organizations o ON o.id = e.organization_id \
                 WHERE e.customer_id = $1 AND e.exited_on IS NULL ORDER BY e.enrolled_on, e.id"
            ),
            args![customer_id],
        )
        .await?;
    let mut checklist: Vec<Check> = open
        .iter()
        .map(|e| Check {
            item: format!(
                "All activities of enrollment {} ({}) have a completion status or were removed",
                e.enrollment_id,
                names.shown(e.organization_id, &e.provider)
            ),
            done: e.open == 0,
            detail: if e.open == 0 {
                "ready to exit".into()
            } else {
                format!("{} planned or open", e.open)
            },
        })
        .collect();
    let gains = exits.iter().filter(|x| x.skill_gain.is_some()).count();
    checklist.push(Check {
        item: "At least 1 Measurable Skill Gain has been entered (optional, X6)".into(),
        done: gains > 0,
        detail: format!("{gains} entered"),
    });
    let (recognized,): (i64,) = tx
        .fetch_one(
            crate::sql!(
                "SELECT COUNT(*) FROM credentials WHERE customer_id = $1 AND removed_at IS NULL \
                 AND industry_recognized"
            ),
            args![customer_id],
        )
        .await?;
    checklist.push(Check {
        item: "All Industry Recognized Credentials are entered (optional, X6)".into(),
        done: recognized > 0,
        detail: format!("{recognized} entered"),
    });

    // X5: the milestones.
    let (completed,): (i64,) = tx
        .fetch_one(
            crate::sql!(
                "SELECT COUNT(*) FROM activities WHERE customer_id = $1 AND kind = 'snap-et' \
                 AND status = 'successful'"
            ),
            args![customer_id],
        )
        .await?;
    let (credentials,): (i64,) = tx
        .fetch_one(
            crate::sql!(
                "SELECT COUNT(*) FROM credentials WHERE customer_id = $1 AND removed_at IS NULL"
            ),
            args![customer_id],
        )
        .await?;
    let jobs: Vec<(NaiveDate, Option<NaiveDate>)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT started_on, ended_on FROM employments WHERE customer_id = $1 ORDER BY id"
            ),
            args![customer_id],
        )
        .await?;
    let kept = jobs
        .iter()
        .map(|(start, end)| crate::employment::retention::retained_days(*start, *end, today))
        .max();
    let last_exit = statuses
        .iter()
        .filter(|(s, _)| s.completes())
        .max_by_key(|(_, on)| *on);
    let at_least = |n: i64, what: &str| {
        if n > 0 {
            format!("At least 1 {what} entered.")
        } else {
            "Not Completed".to_string()
        }
    };
    let milestones = vec![
        Milestone {
            action_item: "1. Successfully completed a SNAP E&T Activity.",
            result: if completed > 0 {
                format!("{completed} completed.")
            } else {
                "Not Completed".into()
            },
            complete: completed > 0,
            days: None,
        },
        Milestone {
            action_item: "2. Gained a credential.",
            result: at_least(credentials, "credential"),
            complete: credentials > 0,
            days: None,
        },
        Milestone {
            action_item: "3. Gained employment.",
            result: at_least(jobs.len() as i64, "employment"),
            complete: !jobs.is_empty(),
            days: None,
        },
        Milestone {
            action_item: "4. Retained employment for 90 Days.",
            result: match kept {
                Some(days) if days >= 90 => format!("Complete ({days} Days)"),
                Some(days) => format!("Not Completed ({days} Days)"),
                None => "Not Completed".into(),
            },
            complete: kept.is_some_and(|d| d >= 90),
            days: kept,
        },
        Milestone {
            action_item: "5. Exited from program. (Successful/Unsuccessful)",
            result: match last_exit {
                Some((status, on)) => format!("{} ({on})", status.shown()),
                None => "Not Completed".into(),
            },
            complete: last_exit.is_some(),
            days: None,
        },
    ];
    Ok(Completion {
        checklist,
        exits,
        milestones,
    })
}
