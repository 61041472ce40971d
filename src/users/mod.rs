//! User accounts and their listings (DOMAIN.md §2, rules U1–U6): the records and their
//! queries here; adding (U1–U4), removing (U5) and listing (U6) in their own modules.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::permissions::Action;

/// Adding and removing users and their listings (§1).
pub const ACTION: Action = Action::ManageUsers;

/// The person behind an account (U1: every field required).
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub date_of_birth: NaiveDate,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub date_of_birth: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// A listing with its user and organization, as shown and audited.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ListingView {
    pub id: i64,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub organization_id: i64,
    pub organization: String,
    pub role: String,
    pub request_kind: String,
    pub request_ref: String,
    pub authorized_by: String,
    pub added_at: DateTime<Utc>,
    pub added_by: String,
    pub removed_at: Option<DateTime<Utc>>,
    pub removed_by: Option<String>,
    pub removal_requested_by: Option<String>,
}

macro_rules! listing_query {
    ($tail:literal) => {
        concat!(
            "SELECT l.id, u.username, u.first_name, u.last_name, u.email, \
             l.organization_id, o.name AS organization, l.role, l.request_kind, l.request_ref, \
             l.authorized_by, l.added_at, l.added_by, l.removed_at, l.removed_by, l.removal_requested_by \
             FROM listings l JOIN users u ON u.id = l.user_id JOIN organizations o ON o.id = l.organization_id ",
            $tail
        )
    };
}

mod add;
mod list;
pub mod locations;
mod remove;

pub use add::*;
pub use list::*;
pub use remove::*;

fn user_json(u: &Person) -> serde_json::Value {
    json!({
        "username": u.username, "first_name": u.first_name, "last_name": u.last_name,
        "email": u.email, "date_of_birth": u.date_of_birth,
    })
}

fn listing_json(l: &ListingView) -> serde_json::Value {
    json!({
        "organization": l.organization, "role": l.role, "request_kind": l.request_kind,
        "request_ref": l.request_ref, "authorized_by": l.authorized_by,
        "removed_at": l.removed_at, "removed_by": l.removed_by,
        "removal_requested_by": l.removal_requested_by,
    })
}

/// Which of `usernames` belong to an account: one query for them all.
pub(crate) async fn usernames_taken(
    tx: &mut Tx,
    usernames: &[&str],
) -> Result<std::collections::HashSet<String>> {
    if usernames.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(
                replan,
                sqlite: "SELECT username FROM users WHERE username IN (SELECT value FROM json_each($1))",
                postgres: "SELECT username FROM users WHERE username = ANY($1)",
            ),
            vec![crate::db::Arg::texts(usernames.iter().copied())],
        )
        .await?;
    Ok(rows.into_iter().map(|(u,)| u).collect())
}

/// How many accounts exist, removed ones included (`init` refuses once there are any).
pub(crate) async fn count(tx: &mut Tx) -> Result<i64> {
    let (count,): (i64,) = tx
        .fetch_one(crate::sql!("SELECT COUNT(*) FROM users"), vec![])
        .await?;
    Ok(count)
}

async fn find_user(tx: &mut Tx, username: &str) -> Result<User> {
    tx.fetch_optional(
        crate::sql!("SELECT id, username, first_name, last_name, email, date_of_birth, created_at FROM users WHERE username = $1"),
        args![username],
    )
    .await?
    .ok_or_else(|| Error::NotFound(format!("user {username:?} not found")))
}

async fn listings_of(tx: &mut Tx, user_id: i64) -> Result<Vec<ListingView>> {
    tx.fetch_all(
        crate::sql!(listing_query!(
            "WHERE l.user_id = $1 ORDER BY l.added_at, l.id"
        )),
        args![user_id],
    )
    .await
}

/// The active listings on one organization, for `provider show`.
pub async fn active_listings_on(tx: &mut Tx, organization_id: i64) -> Result<Vec<ListingView>> {
    tx.fetch_all(
        crate::sql!(listing_query!(
            "WHERE l.organization_id = $1 AND l.removed_at IS NULL ORDER BY u.username, l.role"
        )),
        args![organization_id],
    )
    .await
}

async fn listing_by_id(tx: &mut Tx, id: i64) -> Result<ListingView> {
    tx.fetch_one(crate::sql!(listing_query!("WHERE l.id = $1")), args![id])
        .await
}
