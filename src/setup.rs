//! `isets init`: the schema, the organization IDHS and the first super user.

use serde::Serialize;

use crate::db::roles::Logins;
use crate::db::{Backend, Db};
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs;
use crate::permissions::Role;
use crate::users::{self, Person, User};
use crate::write::{Outcome, Write, WriteOptions};

#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    pub migrations_applied: Vec<i64>,
    pub super_user: User,
    /// PostgreSQL: the super user's login, when `--create-login` made it.
    pub login: Option<crate::db::roles::LoginChange>,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// Creates the schema (if needed), IDHS and the first super user. `identity` is the
/// login running it, recorded as the operator and as who authorized the account.
/// Refuses once any user exists.
pub async fn init(
    db: &Db,
    identity: &str,
    command_line: &str,
    person: &Person,
    logins: Logins,
    options: &WriteOptions,
) -> Result<InitReport> {
    // Refuse before touching the schema: once users exist, migrating is a super user's
    // decision (`isets db migrate`), not a side effect of a refused init.
    refuse_if_initialized(db).await?;
    // PostgreSQL: the owner initializes, and sets up the roles and policies first, so
    // the first rows are written under them.
    if db.backend() == Backend::Postgres {
        if !crate::db::migrate::owns_database(db).await? {
            return Err(Error::PermissionDenied(
                "on PostgreSQL `isets init` is run by the database owner (or a superuser): it sets up the roles and policies (README, SECURITY.md)".into(),
            ));
        }
    } else if logins != Logins::InStep {
        return Err(Error::Usage(
            "--create-login and --print-sql are for PostgreSQL: on SQLite the database file's permissions are the boundary (SECURITY.md)".into(),
        ));
    }
    let migrations_applied = crate::db::migrate::apply_pending(db).await?;
    if !options.dry_run {
        crate::db::roles::refresh(db).await?;
    }
    let permit = Permit::bootstrap();
    let mut write = Write::begin(db, &permit, identity, command_line).await?;
    let count = users::count(write.tx()).await?;
    if count > 0 {
        return Err(already(count));
    }
    let at = write.at();
    let idhs = match orgs::find(write.tx(), orgs::IDHS).await {
        Ok(org) => org,
        Err(Error::NotFound(_)) => {
            let (org, change) =
                orgs::insert(write.tx(), &permit, orgs::IDHS, "idhs", None, at).await?;
            write.record(change);
            org
        }
        Err(e) => return Err(e),
    };
    let (user, change) = users::insert_user(write.tx(), person, at).await?;
    write.record(change);
    let listing = users::NewListing {
        user: &user,
        org: &idhs,
        role: Role::SuperUser,
        request: ("init", "isets init", identity),
        action: "listing.add",
    };
    let (_, change) = users::insert_listing(write.tx(), listing, identity, at).await?;
    write.record(change);
    let login =
        match crate::db::roles::sync_login(write.tx(), &user.username, logins, false).await? {
            Some((login, record)) => {
                if let Some(record) = record {
                    write.record(record);
                }
                Some(login)
            }
            None => None,
        };
    let outcome = write.finish(options).await?;
    Ok(InitReport {
        migrations_applied,
        super_user: user,
        login,
        outcome,
    })
}

fn already(count: i64) -> Error {
    Error::Conflict(format!(
        "isets is already initialized ({count} users exist); add users with `isets user add`"
    ))
}

/// A database whose schema already holds users is initialized.
async fn refuse_if_initialized(db: &Db) -> Result<()> {
    if !crate::db::migrate::has_schema(db).await? {
        return Ok(());
    }
    let mut tx = db.begin(false).await?;
    let count = users::count(&mut tx).await?;
    if count > 0 {
        return Err(already(count));
    }
    Ok(())
}
