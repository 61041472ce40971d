//! `isets employment due` (M5): the customers in Job Retention due their 30-day contact,
//! and those due for exit.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::customers::reach;
use crate::error::Result;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;

use super::*;

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
