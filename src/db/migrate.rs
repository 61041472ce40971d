//! Schema migrations (sqlx's format, one folder per backend, embedded in the binary)
//! and the check every command makes that the schema matches the binary.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::migrate::Migrator;

use super::{Backend, Db};
use crate::error::{Error, Result};

static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");

fn migrator(backend: Backend) -> &'static Migrator {
    match backend {
        Backend::Sqlite => &SQLITE,
        Backend::Postgres => &POSTGRES,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub description: String,
    /// `applied`, `pending`, or `unknown` (applied by a newer isets).
    pub state: &'static str,
    pub applied_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct Applied {
    version: i64,
    description: String,
    installed_on: DateTime<Utc>,
    success: bool,
}

async fn applied(db: &Db) -> Result<Option<Vec<Applied>>> {
    let mut tx = db.begin(false).await?;
    let present: Option<(String,)> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
                postgres: "SELECT CAST(to_regclass('_sqlx_migrations') AS TEXT) AS name \
                           WHERE to_regclass('_sqlx_migrations') IS NOT NULL",
            ),
            vec![],
        )
        .await?;
    if present.is_none() {
        tx.rollback().await?;
        return Ok(None);
    }
    let rows = tx
        .fetch_all(
            crate::sql!("SELECT version, description, installed_on, success FROM _sqlx_migrations ORDER BY version"),
            vec![],
        )
        .await?;
    // Ended here, not when dropped, so the next statement reuses this connection.
    tx.rollback().await?;
    Ok(Some(rows))
}

/// Applied, pending and unknown migrations, in version order.
pub async fn status(db: &Db) -> Result<Vec<MigrationState>> {
    let applied = applied(db).await?.unwrap_or_default();
    let known = migrator(db.backend());
    let mut out: Vec<MigrationState> = known
        .iter()
        .map(|m| {
            let done = applied.iter().find(|a| a.version == m.version && a.success);
            MigrationState {
                version: m.version,
                description: m.description.to_string(),
                state: if done.is_some() { "applied" } else { "pending" },
                applied_at: done.map(|a| a.installed_on),
            }
        })
        .collect();
    for a in &applied {
        if !known.iter().any(|m| m.version == a.version) {
            out.push(MigrationState {
                version: a.version,
                description: a.description.clone(),
                state: "unknown",
                applied_at: Some(a.installed_on),
            });
        }
    }
    out.sort_by_key(|m| m.version);
    Ok(out)
}

/// `isets db migrate`: checks that the operator may change the schema, then applies
/// every pending migration; returns the versions applied.
pub async fn run(db: &Db, requested_operator: Option<&str>) -> Result<Vec<i64>> {
    check_permission(db, requested_operator).await?;
    let applied = apply_pending(db).await?;
    // Every table a migration adds is born with its policies: the owner who migrates
    // sets the roles and policies up again whenever they are not this build's.
    if db.backend() == Backend::Postgres && owns_database(db).await? {
        super::roles::refresh(db).await?;
    }
    Ok(applied)
}

/// Whether the session is a superuser or the database's owner (PostgreSQL).
pub(crate) async fn owns_database(db: &Db) -> Result<bool> {
    let mut tx = db.begin(false).await?;
    Ok(super::roles::session_owner(&mut tx).await?.1)
}

/// `isets db migrate --dry-run`: the migrations `run` would apply, for those who may.
pub async fn pending(db: &Db, requested_operator: Option<&str>) -> Result<Vec<MigrationState>> {
    check_permission(db, requested_operator).await?;
    Ok(status(db)
        .await?
        .into_iter()
        .filter(|m| m.state == "pending")
        .collect())
}

/// Whether the `users` table exists yet (any migration applied).
pub(crate) async fn has_schema(db: &Db) -> Result<bool> {
    Ok(status(db).await?.iter().any(|s| s.state == "applied"))
}

/// Applies every pending migration; the caller decided who may.
pub(crate) async fn apply_pending(db: &Db) -> Result<Vec<i64>> {
    let before = status(db).await?;
    if let Some(newer) = before.iter().find(|m| m.state == "unknown") {
        return Err(newer_schema(newer.version));
    }
    // Nothing to do needs no DDL rights: a login without CREATE may still run this.
    if before.iter().all(|m| m.state == "applied") {
        return Ok(Vec::new());
    }
    tracing::info!(
        pending = before.iter().filter(|m| m.state == "pending").count(),
        "applying migrations"
    );
    match db {
        Db::Sqlite(pool) => SQLITE.run(pool).await?,
        Db::Postgres(pool) => POSTGRES.run(pool).await?,
    }
    Ok(before
        .iter()
        .filter(|m| m.state == "pending")
        .map(|m| m.version)
        .collect())
}

fn newer_schema(version: i64) -> Error {
    Error::SchemaMismatch(format!(
        "the database schema is newer than this isets (migration {version} is unknown to it): upgrade isets"
    ))
}

/// Refuses a database whose schema is not exactly the one this binary was built for,
/// or (PostgreSQL) whose roles and policies were set up by another build.
pub async fn ensure_current(db: &Db) -> Result<()> {
    ensure_schema_current(db).await?;
    if db.backend() == Backend::Postgres && !super::roles::is_current(db).await? {
        return Err(Error::SchemaMismatch(
            "the database's roles and policies are not this build's: the database owner runs `isets db setup` (or `isets db migrate`)".into(),
        ));
    }
    Ok(())
}

/// [`ensure_current`] for the migrations alone.
pub(crate) async fn ensure_schema_current(db: &Db) -> Result<()> {
    let Some(applied) = applied(db).await? else {
        return Err(Error::SchemaMismatch(
            "the database has no isets schema: run `isets init` (or `isets db migrate`)".into(),
        ));
    };
    let known = migrator(db.backend());
    if let Some(unknown) = applied
        .iter()
        .find(|a| !known.iter().any(|m| m.version == a.version))
    {
        return Err(newer_schema(unknown.version));
    }
    if let Some(missing) = known
        .iter()
        .find(|m| !applied.iter().any(|a| a.version == m.version && a.success))
    {
        return Err(Error::SchemaMismatch(format!(
            "the database schema is older than this isets (migration {} {} is pending): run `isets db migrate`",
            missing.version, missing.description
        )));
    }
    Ok(())
}

/// Once users exist, only a super user may change the schema; before that anyone who
/// can reach the database may create it. On PostgreSQL the database's owner (the DBA
/// login, usually not an isets user) may too: the database itself grants DDL.
async fn check_permission(db: &Db, requested_operator: Option<&str>) -> Result<()> {
    let states = status(db).await?;
    if !states.iter().any(|s| s.state == "applied") {
        return Ok(());
    }
    // The policies hide other users from a login: ask the database's own helper.
    let has_users = if db.backend() == Backend::Postgres && super::roles::is_current(db).await? {
        let mut tx = db.begin(false).await?;
        let (any,): (bool,) = tx
            .fetch_one(crate::sql!(postgres: "SELECT isets_has_users()"), vec![])
            .await?;
        any
    } else {
        let mut tx = db.begin(false).await?;
        crate::users::count(&mut tx).await? > 0
    };
    if !has_users {
        return Ok(());
    }
    // The login first: a command holds one connection, so no transaction may be open
    // while another is begun.
    let login = crate::operator::identity(db, requested_operator).await?;
    let mut tx = db.begin(false).await?;
    if db.backend() == Backend::Postgres && super::roles::session_owner(&mut tx).await?.1 {
        return Ok(());
    }
    let today = crate::clock::illinois_date(crate::write::database_now(&mut tx).await?);
    let operator = crate::operator::Operator::load(&mut tx, &login, today).await?;
    operator
        .authorize(crate::permissions::Action::MigrateSchema, None)
        .map(|_| ())
}
