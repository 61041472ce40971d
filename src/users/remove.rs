//! `user remove`: one listing or all of them; the account and its history stay (U5).

use serde::Serialize;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::{self};
use crate::permissions::Role;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

use super::*;

#[derive(Debug, Clone)]
pub enum Removal {
    One { organization: String, role: Role },
    All,
}

#[derive(Debug, Clone, Serialize)]
pub struct RemoveReport {
    pub user: User,
    pub removed: Vec<ListingView>,
    /// PostgreSQL: the memberships revoked (and the login disabled with `--all`), or
    /// the SQL for a DBA when the operator may not change logins.
    pub login: Option<crate::db::roles::LoginChange>,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// The listings `removal` would take from `username`, for confirmation prompts.
pub async fn removal_preview(
    session: &Session,
    username: &str,
    removal: &Removal,
) -> Result<(User, Vec<ListingView>)> {
    session.authorize(ACTION, None)?;
    let mut tx = session.read().await?;
    targets(&mut tx, username, removal).await
}

async fn targets(
    tx: &mut Tx,
    username: &str,
    removal: &Removal,
) -> Result<(User, Vec<ListingView>)> {
    let user = find_user(tx, username).await?;
    let active: Vec<ListingView> = listings_of(tx, user.id)
        .await?
        .into_iter()
        .filter(|l| l.removed_at.is_none())
        .collect();
    let chosen: Vec<ListingView> = match removal {
        Removal::All => active,
        Removal::One { organization, role } => {
            let org = orgs::find(tx, organization).await?;
            active
                .into_iter()
                .filter(|l| l.organization_id == org.id && l.role == role.code())
                .collect()
        }
    };
    if chosen.is_empty() {
        let what = match removal {
            Removal::All => "any active listing".to_string(),
            Removal::One { organization, role } => {
                format!("an active listing as {role} on {organization}")
            }
        };
        return Err(Error::NotFound(format!("user {username} has no {what}")));
    }
    Ok((user, chosen))
}

/// U5: the request must come from an authorized representative of each organization
/// concerned (its program manager or provider manager), or from IDHS staff.
pub(crate) async fn check_requester(
    tx: &mut Tx,
    requested_by: &str,
    listings: &[ListingView],
) -> Result<()> {
    let requester = find_user(tx, requested_by).await.map_err(|_| {
        Error::rule_on("U5", "requested_by", format!("{requested_by:?} is not an isets user; the request must come from an authorized representative"))
    })?;
    let theirs: Vec<ListingView> = listings_of(tx, requester.id)
        .await?
        .into_iter()
        .filter(|l| l.removed_at.is_none())
        .collect();
    let idhs = theirs.iter().any(|l| l.organization == orgs::IDHS);
    if idhs {
        return Ok(());
    }
    for listing in listings {
        let represents = theirs.iter().any(|l| {
            l.organization_id == listing.organization_id
                && (l.role == Role::ProgramManager.code() || l.role == Role::ProviderManager.code())
        });
        if !represents {
            return Err(Error::rule(
                "U5",
                format!(
                    "{requested_by} is not an authorized representative of {} (its program manager or provider manager) nor IDHS staff",
                    listing.organization
                ),
            ));
        }
    }
    Ok(())
}

/// Ends one listing inside an open write; the requester was checked (U5).
pub(crate) async fn remove_listing_in(
    write: &mut Write,
    permit: &Permit,
    listing: &ListingView,
    requested_by: &str,
) -> Result<ListingView> {
    permit.require(ACTION, None)?;
    let at = write.at();
    let operator = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE listings SET removed_at = $1, removed_by = $2, removal_requested_by = $3 \
             WHERE id = $4 AND removed_at IS NULL"
            ),
            args![at, operator.as_str(), requested_by, listing.id],
        )
        .await?;
    let after = listing_by_id(write.tx(), listing.id).await?;
    write.record(Change {
        action: "listing.remove",
        entity_kind: "user",
        entity_id: listing.username.clone(),
        organization_id: Some(listing.organization_id),
        before: Some(listing_json(listing)),
        after: Some(listing_json(&after)),
    });
    let teams = crate::customers::team::leave_with_listing(write, listing.id).await?;
    if teams > 0 {
        write.record(Change {
            action: "team-member.remove",
            entity_kind: "user",
            entity_id: listing.username.clone(),
            organization_id: Some(listing.organization_id),
            before: Some(serde_json::json!({"organization": listing.organization, "teams": teams})),
            after: None,
        });
    }
    Ok(after)
}

/// Removes one listing or all of them; the account and its history stay (U5).
pub async fn remove(
    session: &Session,
    username: &str,
    removal: &Removal,
    requested_by: &str,
    logins: crate::db::roles::Logins,
    options: &WriteOptions,
) -> Result<RemoveReport> {
    let permit = session.authorize(ACTION, None)?;
    let mut write = session.write(&permit).await?;
    let (user, chosen) = targets(write.tx(), username, removal).await?;
    check_requester(write.tx(), requested_by, &chosen).await?;
    let removing_super = chosen
        .iter()
        .filter(|l| l.role == Role::SuperUser.code())
        .count() as i64;
    if removing_super > 0 {
        let (supers,): (i64,) = write
            .tx()
            .fetch_one(
                crate::sql!(
                    "SELECT COUNT(*) FROM listings WHERE role = 'super-user' AND removed_at IS NULL"
                ),
                vec![],
            )
            .await?;
        if supers - removing_super < 1 {
            return Err(Error::Conflict(
                "this would remove the last super user; add another super user first".into(),
            ));
        }
    }
    let mut removed = Vec::new();
    for listing in chosen {
        removed.push(remove_listing_in(&mut write, &permit, &listing, requested_by).await?);
    }
    let disable = matches!(removal, Removal::All);
    let login = crate::db::roles::sync_login(write.tx(), &user.username, logins, disable).await?;
    let login = login.map(|(login, record)| {
        if let Some(record) = record {
            write.record(record);
        }
        login
    });
    let outcome = write.finish(options).await?;
    Ok(RemoveReport {
        user,
        removed,
        login,
        outcome,
    })
}
