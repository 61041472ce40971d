//! `user list` and `user show`: listings within the operator's reach and last activity (U6).

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use crate::db::Tx;
use crate::error::{Error, Result};
use crate::orgs::{self};
use crate::output::{Tabular, opt, time};
use crate::permissions::{Action, Role};
use crate::session::Session;

use super::*;

/// One row of `user list`: a listing with its user's last activity (U6).
#[derive(Debug, Clone, Serialize)]
pub struct UserRow {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub organization: String,
    pub role: String,
    pub listed_on: NaiveDate,
    pub removed_on: Option<NaiveDate>,
    pub last_activity: Option<DateTime<Utc>>,
}

impl Tabular for UserRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "username",
            "first_name",
            "last_name",
            "email",
            "organization",
            "role",
            "listed_on",
            "removed_on",
            "last_activity",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.username.clone(),
            self.first_name.clone(),
            self.last_name.clone(),
            self.email.clone(),
            self.organization.clone(),
            self.role.clone(),
            self.listed_on.to_string(),
            opt(&self.removed_on),
            self.last_activity
                .as_ref()
                .map(time)
                .unwrap_or_else(|| "never".into()),
        ]
    }
    fn key(&self) -> String {
        self.username.clone()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub organization: Option<String>,
    pub role: Option<Role>,
    /// Only users with no activity in this many days (U6).
    pub stale_days: Option<i64>,
    /// Include removed listings.
    pub include_removed: bool,
}

async fn last_activity_by_operator(tx: &mut Tx) -> Result<HashMap<String, DateTime<Utc>>> {
    let rows: Vec<(String, DateTime<Utc>)> = tx
        .fetch_all(
            // PostgreSQL: the policies hide the audit log from most who may view users;
            // the database's helper gives them the users' last activity alone.
            crate::sql!(
                sqlite: "SELECT operator, MAX(at) FROM audit_log GROUP BY operator",
                postgres: "SELECT operator, at FROM isets_last_activity()",
            ),
            vec![],
        )
        .await?;
    Ok(rows.into_iter().collect())
}

pub async fn list(session: &Session, filter: &ListFilter) -> Result<Vec<UserRow>> {
    let reach = session.permit(Action::ViewUsers)?;
    let mut tx = session.read().await?;
    let org_id = match &filter.organization {
        Some(name) => {
            // An organization outside the operator's reach reads as absent.
            let org = orgs::find(&mut tx, name)
                .await
                .ok()
                .filter(|o| reach.covers(o.id))
                .ok_or_else(|| {
                    Error::NotFound(format!(
                        "organization {name:?} not found (see `isets org list`)"
                    ))
                })?;
            Some(org.id)
        }
        None => None,
    };
    // The reach is part of the query, so a provider's reviewer reads its listings
    // through the index instead of every listing being read and most dropped.
    let listings: Vec<ListingView> = tx
        .fetch_all(
            crate::sql!(
                sqlite: listing_query!(
                    "WHERE ($1 OR l.organization_id IN (SELECT value FROM json_each($2))) \
                     ORDER BY u.username, o.name, l.role, l.added_at"
                ),
                postgres: listing_query!(
                    "WHERE ($1 OR l.organization_id = ANY($2)) \
                     ORDER BY u.username, o.name, l.role, l.added_at"
                ),
            ),
            crate::args![reach.is_statewide(), reach.reach().organization_ids()],
        )
        .await?;
    let activity = last_activity_by_operator(&mut tx).await?;
    let cutoff = filter.stale_days.map(|d| session.now() - Duration::days(d));
    Ok(listings
        .into_iter()
        .filter(|l| reach.covers(l.organization_id))
        .filter(|l| filter.include_removed || l.removed_at.is_none())
        .filter(|l| org_id.is_none_or(|id| l.organization_id == id))
        .filter(|l| filter.role.is_none_or(|r| l.role == r.code()))
        .map(|l| UserRow {
            last_activity: activity.get(&l.username).copied(),
            username: l.username,
            first_name: l.first_name,
            last_name: l.last_name,
            email: l.email,
            organization: l.organization,
            role: l.role,
            listed_on: l.added_at.date_naive(),
            removed_on: l.removed_at.map(|t| t.date_naive()),
        })
        .filter(|row| match cutoff {
            Some(cutoff) => row.last_activity.is_none_or(|t| t < cutoff),
            None => true,
        })
        .collect())
}

#[derive(Debug, Clone, Serialize)]
pub struct UserDetail {
    #[serde(flatten)]
    pub user: User,
    /// `active` while any listing is, else `removed`.
    pub status: &'static str,
    pub last_activity: Option<DateTime<Utc>>,
    pub listings: Vec<ListingView>,
    /// §1: the listings limited to some of their provider's locations.
    pub location_limits: Vec<ListingLimit>,
}

/// A listing limited to some of its provider's locations (§1).
#[derive(Debug, Clone, Serialize)]
pub struct ListingLimit {
    pub organization: String,
    pub role: String,
    pub locations: Vec<String>,
}

pub async fn show(session: &Session, username: &str) -> Result<UserDetail> {
    let reach = session.permit(Action::ViewUsers)?;
    let mut tx = session.read().await?;
    let user = find_user(&mut tx, username).await?;
    let listings: Vec<ListingView> = listings_of(&mut tx, user.id)
        .await?
        .into_iter()
        .filter(|l| reach.covers(l.organization_id))
        .collect();
    if listings.is_empty() && !reach.is_statewide() {
        // Out of scope reads the same as absent: a provider does not learn who else
        // holds accounts.
        return Err(Error::NotFound(format!("user {username:?} not found")));
    }
    let last_activity = crate::audit::last_activity(&mut tx, &user.username).await?;
    let status = if listings.iter().any(|l| l.removed_at.is_none()) {
        "active"
    } else {
        "removed"
    };
    let ids: Vec<i64> = listings.iter().map(|l| l.id).collect();
    let mut limits = super::locations::limits_of(&mut tx, &ids).await?;
    let location_limits = listings
        .iter()
        .filter_map(|l| {
            limits.remove(&l.id).map(|locations| ListingLimit {
                organization: l.organization.clone(),
                role: l.role.clone(),
                locations,
            })
        })
        .collect();
    Ok(UserDetail {
        user,
        status,
        last_activity,
        listings,
        location_limits,
    })
}
