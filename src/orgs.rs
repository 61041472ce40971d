//! Organizations: IDHS and the provider agencies users are listed on.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::output::{Tabular, opt, time};
use crate::permissions::Action;
use crate::session::Session;
use crate::values::required_text;
use crate::write::{Outcome, Write, WriteOptions};

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
        crate::sql!("SELECT id, name, kind, spcq_approved_on, created_at FROM organizations WHERE name_key = lower($1)"),
        args![name.trim()],
    )
    .await?
    .ok_or_else(|| Error::NotFound(format!("organization {name:?} not found (see `isets org list`)")))
}

pub async fn list(session: &Session) -> Result<Vec<Organization>> {
    let view = session.permit(Action::ViewOrganizations)?;
    let mut tx = session.read().await?;
    let all: Vec<Organization> = tx
        .fetch_all(
            crate::sql!("SELECT id, name, kind, spcq_approved_on, created_at FROM organizations ORDER BY kind, name"),
            vec![],
        )
        .await?;
    Ok(all.into_iter().filter(|o| view.covers(o.id)).collect())
}

/// Adding a provider, or changing its SPCQ, is adding a provider (§1).
pub const ACTION_ADD: Action = Action::AddProvider;

/// Inserts an organization: IDHS at `init` (no permit exists yet, there is no user),
/// or a provider, which needs the permit to add one.
pub(crate) async fn insert(
    tx: &mut Tx,
    permit: &Permit,
    name: &str,
    kind: &str,
    spcq_approved_on: Option<NaiveDate>,
    at: DateTime<Utc>,
) -> Result<(Organization, Change)> {
    permit.require(ACTION_ADD, None)?;
    let id = tx
        .insert(
            crate::sql!("INSERT INTO organizations (name, kind, spcq_approved_on, created_at) VALUES ($1, $2, $3, $4) RETURNING id"),
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

/// The provider's Security and Privacy Controls Questionnaire (U2): approved on a date
/// (today or earlier), or still pending, when the provider's users may do nothing.
pub fn check_spcq(approved_on: Option<NaiveDate>, today: NaiveDate) -> Result<()> {
    match approved_on {
        Some(date) if date > today => Err(Error::rule_on(
            "U2",
            "spcq_approved_on",
            format!(
                "{date} is in the future; an SPCQ is on file only once approved: record the provider as pending and set the date when it is approved"
            ),
        )),
        _ => Ok(()),
    }
}

/// Adds a provider agency with its SPCQ approval date, or none while pending (U2).
/// Until it also has a location and a contract (P1) its users can do nothing.
pub async fn add_provider(
    session: &Session,
    name: &str,
    spcq_approved_on: Option<NaiveDate>,
    options: &WriteOptions,
) -> Result<(Organization, Outcome)> {
    let permit = session.authorize(ACTION_ADD, None)?;
    let name = required_text("name", name)?;
    let mut write = session.write(&permit).await?;
    check_spcq(spcq_approved_on, write.today())?;
    if let Ok(existing) = find(write.tx(), &name).await {
        return Err(Error::Conflict(format!(
            "provider {:?} already exists (P1: provider names are unique; id {})",
            existing.name, existing.id
        )));
    }
    let at = write.at();
    let (org, change) =
        insert(write.tx(), &permit, &name, "provider", spcq_approved_on, at).await?;
    write.record(change);
    let outcome = write.finish(options).await?;
    Ok((org, outcome))
}

/// Records the provider's SPCQ approval date, or marks it pending again (U2).
pub async fn set_spcq(
    session: &Session,
    name: &str,
    spcq_approved_on: Option<NaiveDate>,
    options: &WriteOptions,
) -> Result<(Organization, Outcome)> {
    let permit = session.authorize(ACTION_ADD, None)?;
    let mut write = session.write(&permit).await?;
    check_spcq(spcq_approved_on, write.today())?;
    let org = crate::providers::find(write.tx(), name).await?;
    update_spcq(&mut write, &permit, &org, spcq_approved_on).await?;
    let outcome = write.finish(options).await?;
    Ok((
        Organization {
            spcq_approved_on,
            ..org
        },
        outcome,
    ))
}

pub(crate) async fn update_spcq(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    spcq_approved_on: Option<NaiveDate>,
) -> Result<()> {
    permit.require(ACTION_ADD, None)?;
    if org.spcq_approved_on == spcq_approved_on {
        return Ok(());
    }
    write
        .tx()
        .execute(
            crate::sql!("UPDATE organizations SET spcq_approved_on = $1 WHERE id = $2"),
            args![spcq_approved_on, org.id],
        )
        .await?;
    write.record(Change {
        action: "organization.update",
        entity_kind: "organization",
        entity_id: org.name.clone(),
        organization_id: Some(org.id),
        before: Some(json!({"spcq_approved_on": org.spcq_approved_on})),
        after: Some(json!({"spcq_approved_on": spcq_approved_on})),
    });
    Ok(())
}
