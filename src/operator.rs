//! Who is acting: the database login on PostgreSQL, `--as`/`ISETS_USER`/the OS login on
//! SQLite; matched to an isets user whose active listings decide what they may do.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::db::{Backend, Db, Tx};
use crate::error::{Error, Result};
use crate::permissions::{Action, Grant, Role};

#[derive(Debug, Clone, Serialize)]
pub struct OperatorListing {
    pub organization_id: i64,
    pub organization: String,
    pub role: Role,
}

#[derive(Debug, Clone)]
pub struct Operator {
    pub user_id: i64,
    pub username: String,
    pub listings: Vec<OperatorListing>,
}

/// How far an operator's permission for one action reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    Statewide,
    /// Only these organizations (the providers the operator is listed on).
    Organizations(BTreeSet<i64>),
}

impl Reach {
    pub fn covers(&self, organization_id: i64) -> bool {
        match self {
            Reach::Statewide => true,
            Reach::Organizations(ids) => ids.contains(&organization_id),
        }
    }

    pub fn is_statewide(&self) -> bool {
        matches!(self, Reach::Statewide)
    }
}

/// The login name the operator acts under, before it is matched to a user.
pub async fn identity(db: &Db, requested: Option<&str>) -> Result<String> {
    match db.backend() {
        Backend::Postgres => {
            let mut tx = db.begin(false).await?;
            let (login,): (String,) = tx
                .fetch_one("SELECT CAST(session_user AS TEXT)", vec![])
                .await?;
            if let Some(requested) = requested.filter(|r| *r != login) {
                return Err(Error::Usage(format!(
                    "--as/ISETS_USER {requested:?} is refused on PostgreSQL: the operator is the database login ({login}); connect as {requested} instead"
                )));
            }
            Ok(login)
        }
        Backend::Sqlite => Ok(match requested {
            Some(name) => name.to_string(),
            None => os_login(),
        }),
    }
}

fn os_login() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

#[derive(sqlx::FromRow)]
struct ListingRow {
    user_id: i64,
    organization_id: i64,
    organization: String,
    role: String,
}

impl Operator {
    /// Loads the user named `login` with their active listings. An unknown user, or
    /// one whose listings were all removed (U5), can do nothing.
    pub async fn load(tx: &mut Tx, login: &str) -> Result<Operator> {
        let user: Option<(i64,)> = tx
            .fetch_optional(
                "SELECT id FROM users WHERE username = $1",
                crate::args![login],
            )
            .await?;
        let Some((user_id,)) = user else {
            return Err(Error::PermissionDenied(format!(
                "operator {login:?} is not an isets user (set --as, ISETS_USER or connect as your own login)"
            )));
        };
        let rows: Vec<ListingRow> = tx
            .fetch_all(
                "SELECT l.user_id, l.organization_id, o.name AS organization, l.role \
                 FROM listings l JOIN organizations o ON o.id = l.organization_id \
                 WHERE l.user_id = $1 AND l.removed_at IS NULL ORDER BY o.name, l.role",
                crate::args![user_id],
            )
            .await?;
        if rows.is_empty() {
            return Err(Error::PermissionDenied(format!(
                "operator {login:?} has no listings (removed): rule U5, a user with no listings can do nothing"
            )));
        }
        let listings = rows
            .into_iter()
            .map(|r| {
                debug_assert_eq!(r.user_id, user_id);
                Ok(OperatorListing {
                    organization_id: r.organization_id,
                    organization: r.organization,
                    role: r.role.parse()?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Operator {
            user_id,
            username: login.to_string(),
            listings,
        })
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.listings.iter().any(|l| l.role == role)
    }

    /// Where the operator may take `action`; denied when no listing grants it.
    pub fn reach(&self, action: Action) -> Result<Reach> {
        let mut own = BTreeSet::new();
        for listing in &self.listings {
            match action.grant(listing.role) {
                Some(Grant::All) => return Ok(Reach::Statewide),
                Some(Grant::Own) => {
                    own.insert(listing.organization_id);
                }
                None => {}
            }
        }
        if own.is_empty() {
            Err(self.denied(action, None))
        } else {
            Ok(Reach::Organizations(own))
        }
    }

    /// Checks `action` on an organization's data (`Some(id)`), or statewide (`None`),
    /// which only an unscoped grant allows.
    pub fn authorize(&self, action: Action, organization: Option<(i64, &str)>) -> Result<()> {
        let reach = self.reach(action)?;
        match organization {
            _ if reach.is_statewide() => Ok(()),
            Some((id, _)) if reach.covers(id) => Ok(()),
            other => Err(self.denied(action, other.map(|(_, name)| name))),
        }
    }

    fn denied(&self, action: Action, organization: Option<&str>) -> Error {
        let listed = self
            .listings
            .iter()
            .map(|l| format!("{} on {}", l.role, l.organization))
            .collect::<Vec<_>>()
            .join(", ");
        let target = organization
            .map(|o| format!(" for {o}"))
            .unwrap_or_default();
        Error::PermissionDenied(format!(
            "{user} asked to {:?}{target}, which is allowed for {}; {user} is listed as {listed}",
            action.description(),
            action.allowed_roles(),
            user = self.username,
        ))
    }
}
