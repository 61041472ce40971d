//! Provider locations (P1: every provider has at least one; programs are assigned by
//! location).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::values::required_text;
use crate::write::{Outcome, Write, WriteOptions};

#[derive(Debug, Clone, Serialize, sqlx::FromRow, PartialEq, Eq)]
pub struct Location {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub county: String,
    pub dhs_office: String,
    #[serde(skip)]
    pub created_at: DateTime<Utc>,
}

impl Tabular for Location {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "address", "county", "dhs_office"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.address.clone(),
            self.county.clone(),
            self.dhs_office.clone(),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLocation {
    pub name: String,
    pub address: String,
    pub county: String,
    pub dhs_office: String,
}

impl NewLocation {
    pub fn new(name: &str, address: &str, county: &str, dhs_office: &str) -> Result<NewLocation> {
        Ok(NewLocation {
            name: required_text("name", name)?,
            address: required_text("address", address)?,
            county: required_text("county", county)?,
            dhs_office: required_text("dhs_office", dhs_office)?,
        })
    }

    pub fn json(&self) -> serde_json::Value {
        json!({"name": self.name, "address": self.address, "county": self.county, "dhs_office": self.dhs_office})
    }
}

pub async fn of(tx: &mut Tx, organization_id: i64) -> Result<Vec<Location>> {
    tx.fetch_all(
        crate::sql!("SELECT id, name, address, county, dhs_office, created_at FROM locations WHERE organization_id = $1 ORDER BY name"),
        args![organization_id],
    )
    .await
}

pub async fn find(tx: &mut Tx, org: &Organization, name: &str) -> Result<Location> {
    tx.fetch_optional(
        crate::sql!(
            "SELECT id, name, address, county, dhs_office, created_at FROM locations \
         WHERE organization_id = $1 AND lower(name) = lower($2)"
        ),
        args![org.id, name.trim()],
    )
    .await?
    .ok_or_else(|| {
        Error::NotFound(format!(
            "location {name:?} not found at provider {}",
            org.name
        ))
    })
}

/// Locations, worksites and appointment sites (§1).
pub const ACTION: Action = Action::ManageSites;

pub(crate) async fn insert(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    new: &NewLocation,
) -> Result<Location> {
    permit.require(ACTION, Some(org.id))?;
    let at = write.at();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO locations (organization_id, name, address, county, dhs_office, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id"),
            args![org.id, new.name.as_str(), new.address.as_str(), new.county.as_str(), new.dhs_office.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "location.create",
        entity_kind: "location",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(new.json()),
    });
    Ok(Location {
        id,
        name: new.name.clone(),
        address: new.address.clone(),
        county: new.county.clone(),
        dhs_office: new.dhs_office.clone(),
        created_at: at,
    })
}

pub(crate) async fn update(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    old: &Location,
    new: &NewLocation,
) -> Result<()> {
    permit.require(ACTION, Some(org.id))?;
    let at = write.at();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE locations SET address = $1, county = $2, dhs_office = $3, updated_at = $4 WHERE id = $5"),
            args![new.address.as_str(), new.county.as_str(), new.dhs_office.as_str(), at, old.id],
        )
        .await?;
    let before = NewLocation {
        name: old.name.clone(),
        address: old.address.clone(),
        county: old.county.clone(),
        dhs_office: old.dhs_office.clone(),
    };
    write.record(Change {
        action: "location.update",
        entity_kind: "location",
        entity_id: old.id.to_string(),
        organization_id: Some(org.id),
        before: Some(before.json()),
        after: Some(new.json()),
    });
    Ok(())
}

pub async fn add(
    session: &Session,
    provider: &str,
    new: &NewLocation,
    options: &WriteOptions,
) -> Result<(Location, Outcome)> {
    let (mut write, org, permit) = super::write_on(session, provider, ACTION).await?;
    if find(write.tx(), &org, &new.name).await.is_ok() {
        return Err(Error::Conflict(format!(
            "provider {} already has a location named {:?}",
            org.name, new.name
        )));
    }
    let location = insert(&mut write, &permit, &org, new).await?;
    Ok((location, write.finish(options).await?))
}

pub async fn list(session: &Session, provider: &str) -> Result<Vec<Location>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    of(&mut tx, org.id).await
}
