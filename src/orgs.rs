//! Organizations: IDHS and the provider agencies users are listed on.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::{Tabular, opt, time};
use crate::permissions::Action;
use crate::session::{Outcome, Session, WriteOptions};
use crate::values::required_text;

pub const IDHS: &str = "IDHS";

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Organization {
    pub id: i64,
    pub name: String,
    /// `idhs` or `provider`.
    pub kind: String,
    pub spcq_approved_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

impl Organization {
    pub fn is_provider(&self) -> bool {
        self.kind == "provider"
    }
}

impl Tabular for Organization {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "kind", "spcq_approved_on", "created_at"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.kind.clone(),
            opt(&self.spcq_approved_on),
            time(&self.created_at),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

/// Finds an organization by name, ignoring case.
pub async fn find(tx: &mut Tx, name: &str) -> Result<Organization> {
    tx.fetch_optional(
        "SELECT id, name, kind, spcq_approved_on, created_at FROM organizations WHERE lower(name) = lower($1)",
        args![name.trim()],
    )
    .await?
    .ok_or_else(|| Error::NotFound(format!("organization {name:?} not found (see `isets org list`)")))
}

pub async fn list(session: &Session) -> Result<Vec<Organization>> {
    let reach = session.operator.reach(Action::ViewOrganizations)?;
    let mut tx = session.read().await?;
    let all: Vec<Organization> = tx
        .fetch_all(
            "SELECT id, name, kind, spcq_approved_on, created_at FROM organizations ORDER BY kind, name",
            vec![],
        )
        .await?;
    Ok(all.into_iter().filter(|o| reach.covers(o.id)).collect())
}

pub(crate) async fn insert(
    tx: &mut Tx,
    name: &str,
    kind: &str,
    spcq_approved_on: Option<NaiveDate>,
    at: DateTime<Utc>,
) -> Result<(Organization, Change)> {
    let id = tx
        .insert(
            "INSERT INTO organizations (name, kind, spcq_approved_on, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            args![name, kind, spcq_approved_on, at],
        )
        .await?;
    let org = Organization {
        id,
        name: name.to_string(),
        kind: kind.to_string(),
        spcq_approved_on,
        created_at: at,
    };
    let change = Change {
        action: "organization.create",
        entity_kind: "organization",
        entity_id: org.name.clone(),
        organization_id: Some(id),
        before: None,
        after: Some(
            json!({"name": org.name, "kind": org.kind, "spcq_approved_on": spcq_approved_on}),
        ),
    };
    Ok((org, change))
}

/// Adds a provider agency with its SPCQ approval date (U2).
pub async fn add_provider(
    session: &Session,
    name: &str,
    spcq_approved_on: NaiveDate,
    options: &WriteOptions,
) -> Result<(Organization, Outcome)> {
    session.operator.authorize(Action::AddProvider, None)?;
    let name = required_text("name", name)?;
    let mut write = session.write().await?;
    if let Ok(existing) = find(write.tx(), &name).await {
        return Err(Error::Conflict(format!(
            "provider {:?} already exists (P1: provider names are unique; id {})",
            existing.name, existing.id
        )));
    }
    let at = write.at();
    let (org, change) = insert(write.tx(), &name, "provider", Some(spcq_approved_on), at).await?;
    write.record(change);
    let outcome = write.finish(options).await?;
    Ok((org, outcome))
}
