//! Appointment sites and their schedules (P7): intake appointments, office hours and
//! orientations, one hour long unless told otherwise, optionally repeated weekly.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

/// The most appointments one command creates (a year of weekly slots, with room).
const MAX_SLOTS: i64 = 104;

#[derive(Debug, Clone, Serialize, sqlx::FromRow, PartialEq, Eq)]
pub struct Site {
    pub id: i64,
    pub name: String,
    pub location: Option<String>,
    pub instructions: String,
}

impl Tabular for Site {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "location", "instructions"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            opt(&self.location),
            self.instructions.clone(),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSite {
    pub name: String,
    pub location: Option<String>,
    pub instructions: String,
}

pub async fn of(tx: &mut Tx, organization_id: i64) -> Result<Vec<Site>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT s.id, s.name, l.name AS location, s.instructions FROM appointment_sites s \
         LEFT JOIN locations l ON l.id = s.location_id \
         WHERE s.organization_id = $1 AND s.removed_at IS NULL ORDER BY s.name"
        ),
        args![organization_id],
    )
    .await
}

async fn find(tx: &mut Tx, org: &Organization, name: &str) -> Result<Site> {
    of(tx, org.id)
        .await?
        .into_iter()
        .find(|s| s.name.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| {
            Error::NotFound(format!(
                "appointment site {name:?} not found at provider {}",
                org.name
            ))
        })
}

/// Appointment sites are among the provider's sites (§1).
pub const ACTION: Action = Action::ManageSites;

pub(crate) async fn insert(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    new: &NewSite,
) -> Result<Site> {
    permit.require(ACTION, Some(org.id))?;
    let name = crate::values::required_text("name", &new.name)?;
    let location = match &new.location {
        Some(l) => Some(super::locations::find(write.tx(), org, l).await?),
        None => None,
    };
    let at = write.at();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO appointment_sites (organization_id, location_id, name, instructions, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id"),
            args![org.id, location.as_ref().map(|l| l.id), name.as_str(), new.instructions.as_str(), at],
        )
        .await?;
    let site = Site {
        id,
        name,
        location: location.map(|l| l.name),
        instructions: new.instructions.clone(),
    };
    write.record(Change {
        action: "appointment-site.create",
        entity_kind: "appointment-site",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({"name": site.name, "location": site.location, "instructions": site.instructions})),
    });
    Ok(site)
}

pub(crate) async fn update_in(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    old: &Site,
    new: &NewSite,
) -> Result<()> {
    permit.require(ACTION, Some(org.id))?;
    let location = match &new.location {
        Some(l) => Some(super::locations::find(write.tx(), org, l).await?),
        None => None,
    };
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE appointment_sites SET location_id = $1, instructions = $2 WHERE id = $3"
            ),
            args![
                location.as_ref().map(|l| l.id),
                new.instructions.as_str(),
                old.id
            ],
        )
        .await?;
    write.record(Change {
        action: "appointment-site.update",
        entity_kind: "appointment-site",
        entity_id: old.id.to_string(),
        organization_id: Some(org.id),
        before: Some(json!({"name": old.name, "location": old.location, "instructions": old.instructions})),
        after: Some(json!({"name": old.name, "location": location.map(|l| l.name), "instructions": new.instructions})),
    });
    Ok(())
}

/// Takes a site off the list; the row and its past appointments stay.
pub(crate) async fn remove_in(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    old: &Site,
) -> Result<()> {
    permit.require(ACTION, Some(org.id))?;
    let at = write.at();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE appointment_sites SET removed_at = $1 WHERE id = $2"),
            args![at, old.id],
        )
        .await?;
    write.record(Change {
        action: "appointment-site.remove",
        entity_kind: "appointment-site",
        entity_id: old.id.to_string(),
        organization_id: Some(org.id),
        before: Some(
            json!({"name": old.name, "location": old.location, "instructions": old.instructions}),
        ),
        after: None,
    });
    Ok(())
}

pub async fn add_site(
    session: &Session,
    provider: &str,
    new: &NewSite,
    options: &WriteOptions,
) -> Result<(Site, Outcome)> {
    let (mut write, org, permit) = super::write_on(session, provider, ACTION).await?;
    if find(write.tx(), &org, &new.name).await.is_ok() {
        return Err(Error::Conflict(format!(
            "provider {} already has an appointment site named {:?}",
            org.name, new.name
        )));
    }
    let site = insert(&mut write, &permit, &org, new).await?;
    Ok((site, write.finish(options).await?))
}

pub async fn list_sites(session: &Session, provider: &str) -> Result<Vec<Site>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    of(&mut tx, org.id).await
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Appointment {
    pub id: i64,
    pub site: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub openings: i64,
}

impl Tabular for Appointment {
    fn headers() -> Vec<&'static str> {
        vec!["id", "site", "starts_at", "ends_at", "openings"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.site.clone(),
            self.starts_at.format("%Y-%m-%d %H:%M").to_string(),
            self.ends_at.format("%Y-%m-%d %H:%M").to_string(),
            self.openings.to_string(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// Parses `YYYY-MM-DD HH:MM` (or `MM/DD/YYYY HH:MM`, or with a `T`) as local wall time.
pub fn parse_local_time(field: &str, value: &str) -> Result<NaiveDateTime> {
    let v = value.trim().replacen('T', " ", 1);
    let (date, time) = v.split_once(' ').ok_or_else(|| {
        Error::invalid(
            field,
            value,
            "is not a date and time: use \"YYYY-MM-DD HH:MM\"",
        )
    })?;
    let date = crate::values::parse_date(field, date)?;
    let time = chrono::NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| {
        Error::invalid(
            field,
            value,
            "is not a date and time: use \"YYYY-MM-DD HH:MM\"",
        )
    })?;
    Ok(date.and_time(time))
}

#[derive(Debug, Clone)]
pub struct Schedule {
    pub site: String,
    pub start: NaiveDateTime,
    /// Defaults to one hour after the start.
    pub end: Option<NaiveDateTime>,
    pub openings: i64,
    /// Repeat weekly on the same weekday and time through this date.
    pub weekly_until: Option<NaiveDate>,
}

pub async fn add_appointments(
    session: &Session,
    provider: &str,
    schedule: &Schedule,
    options: &WriteOptions,
) -> Result<(Vec<Appointment>, Outcome)> {
    let end = schedule.end.unwrap_or(schedule.start + Duration::hours(1));
    if end <= schedule.start {
        return Err(Error::invalid(
            "end",
            &end.to_string(),
            "must be after the start",
        ));
    }
    if schedule.openings < 1 {
        return Err(Error::invalid(
            "openings",
            &schedule.openings.to_string(),
            "must be at least 1",
        ));
    }
    let mut starts = vec![schedule.start];
    if let Some(until) = schedule.weekly_until {
        if until < schedule.start.date() {
            return Err(Error::invalid(
                "weekly_until",
                &until.to_string(),
                "is before the start",
            ));
        }
        let mut next = schedule.start + Duration::weeks(1);
        while next.date() <= until {
            starts.push(next);
            next += Duration::weeks(1);
        }
    }
    if starts.len() as i64 > MAX_SLOTS {
        let until = schedule
            .weekly_until
            .map(|d| d.to_string())
            .unwrap_or_default();
        return Err(Error::invalid(
            "weekly_until",
            &until,
            format!(
                "would create {} appointments; at most {MAX_SLOTS} at a time",
                starts.len()
            ),
        ));
    }
    let (mut write, org, _permit) = super::write_on(session, provider, ACTION).await?;
    let site = find(write.tx(), &org, &schedule.site).await?;
    let at = write.at();
    let length = end - schedule.start;
    let mut made = Vec::new();
    for start in starts {
        let id = write
            .tx()
            .insert(
                crate::sql!("INSERT INTO appointments (site_id, starts_at, ends_at, openings, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"),
                args![site.id, start, start + length, schedule.openings, at],
            )
            .await?;
        let appointment = Appointment {
            id,
            site: site.name.clone(),
            starts_at: start,
            ends_at: start + length,
            openings: schedule.openings,
        };
        write.record(Change {
            action: "appointment.create",
            entity_kind: "appointment",
            entity_id: id.to_string(),
            organization_id: Some(org.id),
            before: None,
            after: Some(serde_json::to_value(&appointment)?),
        });
        made.push(appointment);
    }
    Ok((made, write.finish(options).await?))
}

pub async fn list_appointments(
    session: &Session,
    provider: &str,
    site: Option<&str>,
) -> Result<Vec<Appointment>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    let all: Vec<Appointment> = tx
        .fetch_all(
            crate::sql!("SELECT a.id, s.name AS site, a.starts_at, a.ends_at, a.openings - a.booked AS openings FROM appointments a \
             JOIN appointment_sites s ON s.id = a.site_id \
             WHERE s.organization_id = $1 AND a.removed_at IS NULL AND s.removed_at IS NULL \
             ORDER BY a.starts_at, s.name"),
            args![org.id],
        )
        .await?;
    if let Some(name) = site {
        find(&mut tx, &org, name).await?;
    }
    Ok(all
        .into_iter()
        .filter(|a| site.is_none_or(|s| a.site.eq_ignore_ascii_case(s.trim())))
        .collect())
}
