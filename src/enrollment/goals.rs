//! `isets ep goal add|edit|remove` (E1): the goals of a provider's part of a customer's
//! Employment Plan, changed by those who do its case work (§1), each change audited.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::permissions::Action;
use crate::plans::{GoalCategory, GoalStatus, GoalTerm, lock_customer, stored};
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

/// A goal as given to `ep goal add`.
#[derive(Debug, Clone, Default)]
pub struct NewGoal {
    pub customer: String,
    pub provider: String,
    pub title: String,
    pub category: String,
    pub term: String,
    /// [default: not-started]
    pub status: Option<String>,
    /// A case note written with the goal (E5: changes to the plan are noted).
    pub note: Option<String>,
}

/// What `ep goal edit` changes; at least one.
#[derive(Debug, Clone, Default)]
pub struct GoalChanges {
    pub title: Option<String>,
    pub category: Option<String>,
    pub term: Option<String>,
    pub status: Option<String>,
}

/// A goal after a change.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    pub id: i64,
    pub individual_number: String,
    pub provider: String,
    pub title: String,
    pub category: GoalCategory,
    pub term: GoalTerm,
    pub status: GoalStatus,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
    #[serde(skip)]
    pub outcome: Option<Outcome>,
}

impl Goal {
    fn json(&self) -> serde_json::Value {
        json!({
            "customer": self.individual_number,
            "title": self.title,
            "category": self.category.code(),
            "term": self.term.code(),
            "status": self.status.code(),
        })
    }
}

/// `isets ep goal add`.
pub async fn add(session: &Session, new: &NewGoal, options: &WriteOptions) -> Result<Goal> {
    let permit = session.permit(Action::CaseWork)?;
    let title = super::title(&new.title)?;
    let category: GoalCategory = super::parsed("--category", &new.category)?;
    let term: GoalTerm = super::parsed("--term", &new.term)?;
    let status: GoalStatus = match &new.status {
        Some(s) => super::parsed("--status", s)?,
        None => GoalStatus::NotStarted,
    };
    let note = new
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from);
    let number = new.customer.trim();
    let mut write = session.write(&permit).await?;
    let org = super::acting_provider(session, &mut write, &permit, &new.provider, options).await?;
    let customer = reach::find(session, write.tx(), &permit, number).await?;
    lock_customer(write.tx(), customer).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
                 created_by, created_at, updated_by, updated_at) \
                 VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $7, $8) RETURNING id"
            ),
            args![
                customer,
                org.id,
                title.as_str(),
                category.code(),
                term.code(),
                status.code(),
                by.as_str(),
                at
            ],
        )
        .await?;
    let goal = Goal {
        id,
        individual_number: number.to_string(),
        provider: org.name.clone(),
        title,
        category,
        term,
        status,
        updated_by: by,
        updated_at: at,
        outcome: None,
    };
    let mut after = goal.json();
    after["note"] = json!(note);
    write.record(Change {
        action: "ep-goal.add",
        entity_kind: "ep-goal",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(after),
    });
    if let Some(note) = &note {
        write_note(&mut write, customer, org.id, id, note).await?;
    }
    let outcome = write.finish(options).await?;
    Ok(Goal {
        outcome: Some(outcome),
        ..goal
    })
}

/// E5: the case note of a change to the plan, for the goal's provider.
async fn write_note(
    write: &mut Write,
    customer: i64,
    organization_id: i64,
    goal: i64,
    note: &str,
) -> Result<()> {
    let subject = format!("Employment Plan: goal {goal}");
    crate::customers::notes::write_note(write, customer, organization_id, &subject, note).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    customer_id: i64,
    organization_id: i64,
    individual_number: String,
    provider: String,
    title: String,
    category: String,
    term: String,
    status: String,
    updated_by: String,
    updated_at: DateTime<Utc>,
}

/// The goal `id` of a customer within reach, on the plan of one of the operator's own
/// providers (N2); any other reads as absent.
async fn load(
    session: &Session,
    write: &mut Write,
    permit: &Permit,
    id: i64,
    options: &WriteOptions,
) -> Result<(Goal, Row)> {
    let not_found = || Error::NotFound(format!("goal {id} not found (see `isets ep show`)"));
    let row: Option<Row> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT g.customer_id, g.organization_id, c.individual_number, coalesce(o.name, '') AS provider, \
                 g.title, g.category, g.term, g.status, g.updated_by, g.updated_at \
                 FROM ep_goals g JOIN customers c ON c.id = g.customer_id \
                 LEFT JOIN organizations o ON o.id = g.organization_id WHERE g.id = $1"
            ),
            args![id],
        )
        .await?;
    let row = row.ok_or_else(not_found)?;
    reach::find(session, write.tx(), permit, &row.individual_number)
        .await
        .map_err(|_| not_found())?;
    // N2: only the goal's own provider changes it; another provider's goal reads as
    // absent, as its provider does.
    if !permit.covers(row.organization_id) {
        return Err(not_found());
    }
    session.operator().require_reason(
        Action::CaseWork,
        row.organization_id,
        options.reason.as_deref(),
    )?;
    let goal = Goal {
        id,
        individual_number: row.individual_number.clone(),
        provider: row.provider.clone(),
        title: row.title.clone(),
        category: stored("goal category", &row.category)?,
        term: stored("goal term", &row.term)?,
        status: stored("goal status", &row.status)?,
        updated_by: row.updated_by.clone(),
        updated_at: row.updated_at,
        outcome: None,
    };
    Ok((goal, row))
}

/// `isets ep goal edit GOAL [--title …] [--category …] [--term …] [--status …]`.
pub async fn edit(
    session: &Session,
    id: i64,
    changes: &GoalChanges,
    options: &WriteOptions,
) -> Result<Goal> {
    let permit = session.permit(Action::CaseWork)?;
    if changes.title.is_none()
        && changes.category.is_none()
        && changes.term.is_none()
        && changes.status.is_none()
    {
        return Err(Error::Usage(
            "ep goal edit: give at least one of --title, --category, --term, --status".into(),
        ));
    }
    let title = changes.title.as_deref().map(super::title).transpose()?;
    let category: Option<GoalCategory> = changes
        .category
        .as_deref()
        .map(|v| super::parsed("--category", v))
        .transpose()?;
    let term: Option<GoalTerm> = changes
        .term
        .as_deref()
        .map(|v| super::parsed("--term", v))
        .transpose()?;
    let status: Option<GoalStatus> = changes
        .status
        .as_deref()
        .map(|v| super::parsed("--status", v))
        .transpose()?;
    let mut write = session.write(&permit).await?;
    let (before, row) = load(session, &mut write, &permit, id, options).await?;
    lock_customer(write.tx(), row.customer_id).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let after = Goal {
        title: title.unwrap_or(before.title.clone()),
        category: category.unwrap_or(before.category),
        term: term.unwrap_or(before.term),
        status: status.unwrap_or(before.status),
        updated_by: by.clone(),
        updated_at: at,
        ..before.clone()
    };
    if after.json() == before.json() {
        return Err(Error::Conflict(format!(
            "goal {id} has these values already: nothing to change"
        )));
    }
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE ep_goals SET title = $2, category = $3, term = $4, status = $5, updated_by = $6, \
                 updated_at = $7 WHERE id = $1"
            ),
            args![
                id,
                after.title.as_str(),
                after.category.code(),
                after.term.code(),
                after.status.code(),
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "ep-goal.edit",
        entity_kind: "ep-goal",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(before.json()),
        after: Some(after.json()),
    });
    let outcome = write.finish(options).await?;
    Ok(Goal {
        outcome: Some(outcome),
        ..after
    })
}

/// `isets ep goal remove GOAL`: refused while activities or services sit under it (E1).
/// The audit record keeps what it was (H1).
pub async fn remove(session: &Session, id: i64, options: &WriteOptions) -> Result<Goal> {
    let permit = session.permit(Action::CaseWork)?;
    let mut write = session.write(&permit).await?;
    let (goal, row) = load(session, &mut write, &permit, id, options).await?;
    lock_customer(write.tx(), row.customer_id).await?;
    let (under,): (i64,) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT COUNT(*) FROM activities WHERE goal_id = $1"),
            args![id],
        )
        .await?;
    if under > 0 {
        return Err(Error::rule(
            "E1",
            format!(
                "goal {id} ({:?}) has {under} activit{} under it: activities and services sit under a \
                 goal, so it is removed only once they are moved or deleted",
                goal.title,
                if under == 1 { "y" } else { "ies" }
            ),
        ));
    }
    write
        .tx()
        .execute(crate::sql!("DELETE FROM ep_goals WHERE id = $1"), args![id])
        .await?;
    write.record(Change {
        action: "ep-goal.remove",
        entity_kind: "ep-goal",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(goal.json()),
        after: None,
    });
    let outcome = write.finish(options).await?;
    Ok(Goal {
        outcome: Some(outcome),
        ..goal
    })
}
