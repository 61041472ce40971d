//! `isets customer team add|remove|list` (K1): the partners on a customer's Integrated
//! Resource Team. Being on it gives a partner access to the customer (§1); partners who
//! no longer need access are removed, and removing a listing removes its user from
//! that organization's teams.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Write, WriteOptions};

/// A partner on a customer's team.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Member {
    #[serde(skip)]
    pub organization_id: i64,
    pub member: String,
    pub organization: String,
    pub added_at: DateTime<Utc>,
    pub added_by: String,
    pub removed_at: Option<DateTime<Utc>>,
    pub removed_by: Option<String>,
    pub removal_reason: Option<String>,
}

impl Tabular for Member {
    fn headers() -> Vec<&'static str> {
        vec![
            "member",
            "organization",
            "added_at",
            "added_by",
            "removed_at",
            "removed_by",
            "removal_reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.member.clone(),
            self.organization.clone(),
            crate::output::time(&self.added_at),
            self.added_by.clone(),
            self.removed_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default(),
            opt(&self.removed_by),
            opt(&self.removal_reason),
        ]
    }
    fn key(&self) -> String {
        self.member.clone()
    }
}

/// Opens a write on a customer's team: the customer within reach, the organization
/// within the operator's own (a provider's staff manage their provider's members).
async fn open(
    session: &Session,
    customer: &str,
    org_name: &str,
) -> Result<(Write, i64, crate::orgs::Organization)> {
    let permit = session.permit(Action::SearchIes)?;
    let mut write = session.write(&permit).await?;
    let id = super::reach::find(session, write.tx(), &permit, customer).await?;
    let org = crate::orgs::find(write.tx(), org_name).await?;
    // Another provider's members are managed by that provider; its name reads as
    // absent, as the database answers it (§1).
    if !permit.covers(org.id) {
        return Err(Error::NotFound(format!(
            "organization {org_name:?} not found (see `isets org list`)"
        )));
    }
    Ok((write, id, org))
}

async fn listed_user(tx: &mut Tx, username: &str, org: &crate::orgs::Organization) -> Result<i64> {
    let id: Option<(Option<i64>,)> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT u.id FROM users u WHERE u.username = $1 AND EXISTS (SELECT 1 FROM listings l \
                    WHERE l.user_id = u.id AND l.organization_id = $2 AND l.removed_at IS NULL)",
                postgres: "SELECT isets_listed_user($1, $2)",
            ),
            args![username, org.id],
        )
        .await?;
    id.and_then(|(id,)| id).ok_or_else(|| {
        Error::rule_on(
            "K1",
            "--user",
            format!(
                "{username:?} has no active listing on {}: team members are partners listed there",
                org.name
            ),
        )
    })
}

/// Which way `customer team add|remove` changes a team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    Add,
    Remove,
}

/// `isets customer team add|remove CUSTOMER --user … --org …` (K1). A partner leaves
/// with who and when, and `--reason` as the removal's reason.
pub async fn change(
    session: &Session,
    customer: &str,
    username: &str,
    org_name: &str,
    membership: Membership,
    options: &WriteOptions,
) -> Result<()> {
    let (mut write, id, org) = open(session, customer, org_name).await?;
    let username = username.trim();
    let at = write.at();
    let operator = write.operator().to_string();
    let changed = match membership {
        Membership::Add => {
            let user = listed_user(write.tx(), username, &org).await?;
            write
                .tx()
                .execute(
                    crate::sql!(
                        "INSERT INTO customer_team (customer_id, user_id, member, organization_id, added_at, added_by) \
                         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING"
                    ),
                    args![id, user, username, org.id, at, operator.as_str()],
                )
                .await?
        }
        Membership::Remove => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "UPDATE customer_team SET removed_at = $4, removed_by = $5, removal_reason = $6 \
                         WHERE customer_id = $1 AND member = $2 AND organization_id = $3 AND removed_at IS NULL"
                    ),
                    args![id, username, org.id, at, operator.as_str(), options.reason.clone()],
                )
                .await?
        }
    };
    let member = json!({"member": username, "organization": org.name});
    let (action, before, after) = match membership {
        Membership::Add if changed == 0 => {
            return Err(Error::Conflict(format!(
                "{username} is on the team of customer {} for {} already: nothing was changed (K1)",
                customer.trim(),
                org.name
            )));
        }
        Membership::Remove if changed == 0 => {
            return Err(Error::NotFound(format!(
                "{username} is not on the team of customer {} for {} (see `isets customer team list`)",
                customer.trim(),
                org.name
            )));
        }
        Membership::Add => ("team-member.add", None, Some(member)),
        Membership::Remove => ("team-member.remove", Some(member), None),
    };
    write.record(Change {
        action,
        entity_kind: "customer",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before,
        after,
    });
    write.finish(options).await?;
    Ok(())
}

/// The team of a customer already found within reach: current members first, then
/// former ones with who removed them (H1).
pub(crate) async fn of(session: &Session, tx: &mut Tx, customer_id: i64) -> Result<Vec<Member>> {
    let mut members: Vec<Member> = tx.fetch_all(
        crate::sql!(
            "SELECT t.organization_id, t.member, coalesce(o.name, '') AS organization, t.added_at, t.added_by, t.removed_at, t.removed_by, \
             t.removal_reason FROM customer_team t LEFT JOIN organizations o ON o.id = t.organization_id \
             WHERE t.customer_id = $1 ORDER BY t.removed_at IS NOT NULL, t.added_at, t.id"
        ),
        args![customer_id],
    )
    .await?;
    let names = super::reach::OrganizationNames::of(session);
    for m in &mut members {
        m.organization = names.shown(m.organization_id, &m.organization);
    }
    Ok(members)
}

/// `isets customer team list CUSTOMER` (K1).
pub async fn list(session: &Session, customer: &str) -> Result<Vec<Member>> {
    let permit = session.permit(Action::SearchIes)?;
    let mut tx = session.read().await?;
    let id = super::reach::find(session, &mut tx, &permit, customer).await?;
    of(session, &mut tx, id).await
}

/// K1: removing a user's last active listing on an organization removes them from that
/// organization's teams, in the same write; returns how many teams they left.
pub(crate) async fn leave_with_listing(write: &mut Write, listing_id: i64) -> Result<u64> {
    let at = write.at();
    let operator = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE customer_team SET removed_at = $2, removed_by = $3, \
                 removal_reason = 'listing removed (K1)' \
                 WHERE removed_at IS NULL AND EXISTS (SELECT 1 FROM listings r WHERE r.id = $1 \
                      AND r.user_id = customer_team.user_id AND r.organization_id = customer_team.organization_id) \
                 AND NOT EXISTS (SELECT 1 FROM listings l WHERE l.user_id = customer_team.user_id \
                      AND l.organization_id = customer_team.organization_id AND l.removed_at IS NULL)"
            ),
            args![listing_id, at, operator.as_str()],
        )
        .await
}
