//! PostgreSQL logins and their group roles: `isets db setup`, the logins that follow a
//! user's listings (`user add --create-login`, `user remove`), and `isets db
//! check-roles`. What each login may reach is decided by the policies of
//! [`super::policies`] from the listings; a listing grants through the database only
//! while the login is also a member of its role's group.

use std::collections::BTreeSet;

use serde::Serialize;

use super::policies::{self, LOGIN_ADMIN, group_role};
use super::{Backend, Db, Tx, quote_ident};
use crate::args;
use crate::audit::Change;
use crate::error::{Error, Result};
use crate::permissions::Role;

/// The stamp `db setup` leaves on the database: the SHA-256 of the script it ran, so
/// every command can tell a database set up by another build.
pub fn stamp() -> String {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(policies::setup_script().as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("isets setup {hex}")
}

/// The script `isets db setup` runs: the generated setup and the stamp.
pub fn stamped_script() -> String {
    format!(
        "{}\nCOMMENT ON FUNCTION isets_grants() IS '{}';\n",
        policies::setup_script(),
        stamp()
    )
}

#[derive(Debug, Clone, Serialize)]
pub struct Setup {
    pub script: String,
    pub applied: bool,
}

fn postgres_only(what: &str) -> Error {
    Error::Usage(format!(
        "{what} is for PostgreSQL: on SQLite the database file's permissions are the boundary (SECURITY.md)"
    ))
}

/// `isets db setup`: the group roles, privileges, helpers, audit triggers and policies,
/// run by the database owner or a superuser on a current schema. `dry_run` only returns
/// the script.
pub async fn setup(db: &Db, dry_run: bool) -> Result<Setup> {
    if db.backend() != Backend::Postgres {
        return Err(postgres_only("`isets db setup`"));
    }
    let script = stamped_script();
    if dry_run {
        return Ok(Setup {
            script,
            applied: false,
        });
    }
    super::migrate::ensure_schema_current(db).await?;
    let mut tx = db.begin(true).await?;
    let (login, owner) = session_owner(&mut tx).await?;
    if !owner {
        return Err(Error::PermissionDenied(format!(
            "`isets db setup` is run by the database owner or a superuser; {login} is neither"
        )));
    }
    tx.run_script(script.clone()).await?;
    tx.commit().await?;
    Ok(Setup {
        script,
        applied: true,
    })
}

/// Runs the setup when the session owns the database and the database does not carry
/// this build's stamp: after migrations, and in `isets init`.
pub(crate) async fn refresh(db: &Db) -> Result<bool> {
    if db.backend() != Backend::Postgres || is_current(db).await? {
        return Ok(false);
    }
    setup(db, false).await.map(|s| s.applied)
}

/// Whether the database carries this build's setup stamp.
pub async fn is_current(db: &Db) -> Result<bool> {
    let mut tx = db.begin(false).await?;
    let (found,): (Option<String>,) = tx
        .fetch_one(
            crate::sql!(postgres: "SELECT obj_description(to_regprocedure('isets_grants()'), 'pg_proc')"),
            vec![],
        )
        .await?;
    tx.rollback().await?;
    Ok(found.as_deref() == Some(stamp().as_str()))
}

/// The session's login as the database sees it.
pub(crate) struct SessionLogin {
    pub login: String,
    /// A superuser or the database's owner: may change its schema, roles and policies.
    pub owner: bool,
    /// Passes every policy (owner, superuser or BYPASSRLS): never an operator.
    pub bypasses: bool,
}

pub(crate) async fn session_login(tx: &mut Tx) -> Result<SessionLogin> {
    let (login, owner, bypassrls): (String, bool, bool) = tx
        .fetch_one(
            crate::sql!(postgres: "SELECT CAST(session_user AS TEXT), r.rolsuper OR d.datdba = r.oid, r.rolbypassrls \
                 FROM pg_database d, pg_roles r \
                 WHERE d.datname = current_database() AND r.rolname = session_user"),
            vec![],
        )
        .await?;
    Ok(SessionLogin {
        login,
        owner,
        bypasses: owner || bypassrls,
    })
}

/// The session's login, and whether it is a superuser or owns the database.
pub(crate) async fn session_owner(tx: &mut Tx) -> Result<(String, bool)> {
    let session = session_login(tx).await?;
    Ok((session.login, session.owner))
}

/// What happens to a user's login when their listings change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Logins {
    /// Keep an existing login's memberships in step; create none.
    #[default]
    InStep,
    /// Create the login if missing, then keep it in step (`--create-login`).
    Create,
    /// Change nothing; report the SQL a DBA would run (`--print-sql`).
    PrintSql,
}

/// The change to one login: what was (or would be) done, and the SQL for it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LoginChange {
    pub login: String,
    pub create: bool,
    pub grant: Vec<String>,
    pub revoke: Vec<String>,
    pub disable: bool,
    /// An existing login, made by hand, that isets now keeps in step.
    pub adopt: bool,
    /// Whether the SQL ran; false when it is only printed for a DBA.
    pub applied: bool,
    pub sql: String,
}

impl LoginChange {
    pub fn is_empty(&self) -> bool {
        !self.create
            && !self.adopt
            && self.grant.is_empty()
            && self.revoke.is_empty()
            && !self.disable
    }

    fn script(&self) -> String {
        let login = quote_ident(&self.login);
        let mut sql = String::new();
        if self.create {
            // Authentication stays PostgreSQL's: a password, certificate or peer
            // mapping is set up by the DBA (README).
            sql.push_str(&format!("CREATE ROLE {login} LOGIN;\n"));
        }
        for group in &self.grant {
            sql.push_str(&format!("GRANT {} TO {login};\n", quote_ident(group)));
        }
        for group in &self.revoke {
            sql.push_str(&format!("REVOKE {} FROM {login};\n", quote_ident(group)));
        }
        if self.disable {
            sql.push_str(&format!("ALTER ROLE {login} NOLOGIN;\n"));
        }
        if self.create || self.adopt {
            sql.push_str(&format!("COMMENT ON ROLE {login} IS '{MANAGED}';\n"));
        }
        sql
    }

    /// One line for people: `login bob: created; granted isets_provider_staff`.
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        if self.create {
            parts.push("created".to_string());
        }
        if self.adopt {
            parts.push("kept in step by isets from now on".to_string());
        }
        if !self.grant.is_empty() {
            parts.push(format!("granted {}", self.grant.join(", ")));
        }
        if !self.revoke.is_empty() {
            parts.push(format!("revoked {}", self.revoke.join(", ")));
        }
        if self.disable {
            parts.push("disabled (NOLOGIN)".to_string());
        }
        format!("login {}: {}", self.login, parts.join("; "))
    }
}

/// The groups a user's active listings call for: one per role, and the login
/// administrators' group for super users, who create the others' logins.
fn wanted_groups(roles: &BTreeSet<Role>) -> BTreeSet<String> {
    let mut groups: BTreeSet<String> = roles.iter().map(|r| group_role(*r)).collect();
    if roles.contains(&Role::SuperUser) {
        groups.insert(LOGIN_ADMIN.to_string());
    }
    groups
}

/// Every isets group a login may be a member of.
fn isets_groups() -> Vec<String> {
    let mut all: Vec<String> = Role::ALL.iter().map(|r| group_role(*r)).collect();
    all.push(LOGIN_ADMIN.to_string());
    all
}

/// The comment `--create-login` leaves on the logins isets manages. Logins a DBA made
/// by hand are left to the DBA (`db check-roles` reports them) until `--create-login`
/// adopts them.
pub const MANAGED: &str = "isets: login kept in step with its listings";

#[derive(sqlx::FromRow)]
struct LoginRow {
    managed: bool,
    can_login: bool,
    /// Comma-separated: both backends decode text.
    groups: String,
}

async fn login_state(tx: &mut Tx, login: &str) -> Result<Option<LoginRow>> {
    tx.fetch_optional(
        crate::sql!(postgres: "SELECT coalesce(shobj_description(r.oid, 'pg_authid') = $3, false) AS managed, \
             r.rolcanlogin AS can_login, \
             coalesce(string_agg(g.rolname::text, ',' ORDER BY g.rolname), '') AS groups \
             FROM pg_roles r \
             LEFT JOIN pg_auth_members m ON m.member = r.oid \
             LEFT JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = ANY ($2) \
             WHERE r.rolname = $1 GROUP BY r.oid, r.rolcanlogin"),
        args![login, crate::db::Arg::texts(isets_groups()), MANAGED],
    )
    .await
}

async fn active_roles(tx: &mut Tx, username: &str) -> Result<BTreeSet<Role>> {
    let rows: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT DISTINCT l.role FROM listings l JOIN users u ON u.id = l.user_id \
                 WHERE u.username = $1 AND l.removed_at IS NULL"
            ),
            args![username],
        )
        .await?;
    rows.into_iter().map(|(r,)| r.parse()).collect()
}

/// Whether the session may create and change logins: a superuser or CREATEROLE login
/// itself, or a member of the login administrators' group (then through `SET ROLE`).
async fn login_admin(tx: &mut Tx) -> Result<Option<bool>> {
    let (itself, member): (bool, bool) = tx
        .fetch_one(
            crate::sql!(postgres: "SELECT r.rolsuper OR r.rolcreaterole, \
                 to_regrole($1) IS NOT NULL AND pg_has_role(session_user, to_regrole($1), 'MEMBER') \
                 FROM pg_roles r WHERE r.rolname = session_user"),
            args![LOGIN_ADMIN],
        )
        .await?;
    Ok(if itself {
        Some(false)
    } else if member {
        Some(true)
    } else {
        None
    })
}

/// Brings `username`'s login in step with their active listings inside the writing
/// transaction (PostgreSQL; nothing on SQLite). `disable` turns the login off (`user
/// remove --all`). Returns the change made or to be made, and its audit record.
pub(crate) async fn sync_login(
    tx: &mut Tx,
    username: &str,
    mode: Logins,
    disable: bool,
) -> Result<Option<(LoginChange, Option<Change>)>> {
    if tx.backend() != Backend::Postgres {
        return match mode {
            Logins::InStep => Ok(None),
            _ => Err(Error::Usage(
                "--create-login and --print-sql are for PostgreSQL: on SQLite the database file's permissions are the boundary (SECURITY.md)".into(),
            )),
        };
    }
    let roles = active_roles(tx, username).await?;
    let wanted = wanted_groups(&roles);
    let state = login_state(tx, username).await?;
    let mut change = LoginChange {
        login: username.to_string(),
        ..LoginChange::default()
    };
    let have: BTreeSet<String> = match &state {
        None if mode == Logins::InStep => return Ok(None),
        None => {
            change.create = true;
            BTreeSet::new()
        }
        Some(row) if !row.managed && mode == Logins::InStep => return Ok(None),
        Some(row) => {
            change.adopt = !row.managed;
            change.disable = disable && row.can_login;
            split(&row.groups)
        }
    };
    change.grant = wanted.difference(&have).cloned().collect();
    change.revoke = have.difference(&wanted).cloned().collect();
    if change.is_empty() {
        return Ok(None);
    }
    change.sql = change.script();
    if mode == Logins::PrintSql {
        return Ok(Some((change, None)));
    }
    match login_admin(tx).await? {
        Some(through_group) => {
            let mut script = change.sql.clone();
            if through_group {
                script = format!("SET LOCAL ROLE {LOGIN_ADMIN};\n{script}SET LOCAL ROLE NONE;\n");
            }
            tx.run_script(script).await?;
            change.applied = true;
        }
        None if mode == Logins::Create => {
            return Err(Error::PermissionDenied(format!(
                "creating login {username} needs membership of {LOGIN_ADMIN} (super users' logins get it from --create-login); \
                 use --print-sql and give the SQL to a DBA instead"
            )));
        }
        // Removing a listing never waits for a DBA: the policies already follow the
        // listings; the memberships are reported for a DBA to tidy.
        None => return Ok(Some((change, None))),
    }
    let record = Change {
        action: if change.create {
            "login.create"
        } else {
            "login.update"
        },
        entity_kind: "login",
        entity_id: username.to_string(),
        organization_id: None,
        before: Some(serde_json::json!({
            "groups": have,
            "can_login": state.as_ref().is_some_and(|s| s.can_login),
        })),
        after: Some(serde_json::json!({
            "groups": wanted,
            "can_login": !(change.disable || state.as_ref().is_some_and(|s| !s.can_login)),
        })),
    };
    Ok(Some((change, Some(record))))
}

/// Keeps in step the managed logins of everyone whose listings a write added or
/// removed at `at` (an apply file's users). Returns the audit records of the changes
/// made; a change the operator may not make is left for `db check-roles` to report.
pub(crate) async fn keep_in_step(
    tx: &mut Tx,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Change>> {
    if tx.backend() != Backend::Postgres {
        return Ok(Vec::new());
    }
    let managed: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(postgres: "SELECT DISTINCT u.username FROM users u \
                 JOIN listings l ON l.user_id = u.id \
                 JOIN pg_roles r ON r.rolname = u.username \
                 WHERE (l.added_at = $1 OR l.removed_at = $1) \
                   AND shobj_description(r.oid, 'pg_authid') = $2 \
                 ORDER BY u.username"),
            args![at, MANAGED],
        )
        .await?;
    let mut records = Vec::new();
    for (login,) in managed {
        if let Some((_, Some(record))) = sync_login(tx, &login, Logins::InStep, false).await? {
            records.push(record);
        }
    }
    Ok(records)
}

/// One login whose memberships differ from its listings (`isets db check-roles`).
#[derive(Debug, Clone, Serialize)]
pub struct RoleDrift {
    pub login: String,
    /// Groups the listings call for that the login lacks.
    pub missing: Vec<String>,
    /// Groups the login has that no active listing calls for.
    pub extra: Vec<String>,
    /// What else is wrong: no isets user, no login, or a login that bypasses the
    /// policies (owner, superuser, BYPASSRLS).
    pub problem: String,
}

#[derive(sqlx::FromRow)]
struct LoginFacts {
    login: String,
    is_user: bool,
    has_login: bool,
    bypasses: bool,
    groups: String,
    roles: String,
}

fn split(list: &str) -> BTreeSet<String> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Logins and users whose database memberships differ from their listings.
pub async fn check_roles(db: &Db) -> Result<Vec<RoleDrift>> {
    if db.backend() != Backend::Postgres {
        return Err(postgres_only("`isets db check-roles`"));
    }
    let mut tx = db.begin(false).await?;
    // The policies would hide other providers' users from anyone else: the answer
    // would look clean while it is not.
    let (login, owner) = session_owner(&mut tx).await?;
    if !owner {
        let statewide_roles = super::policies::grantees(&[crate::permissions::Action::ViewUsers]).0;
        let (statewide,): (bool,) = tx
            .fetch_one(
                crate::sql!(postgres: "SELECT cardinality(isets_orgs($1)) > 0"),
                args![crate::db::Arg::texts(
                    statewide_roles.iter().map(|r| r.code())
                )],
            )
            .await?;
        if !statewide {
            return Err(Error::PermissionDenied(format!(
                "`isets db check-roles` is run by the database owner or a super user, who see every listing; {login} does not"
            )));
        }
    }
    let facts: Vec<LoginFacts> = tx
        .fetch_all(
            crate::sql!(postgres: "WITH members AS ( \
                   SELECT r.rolname::text AS login, r.rolcanlogin, \
                          r.rolsuper OR r.rolbypassrls OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()) AS bypasses, \
                          string_agg(g.rolname::text, ',' ORDER BY g.rolname) AS groups \
                   FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid \
                   JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = ANY ($1) \
                   WHERE NOT (r.rolname = ANY ($1)) \
                   GROUP BY r.rolname, r.rolcanlogin, r.rolsuper, r.rolbypassrls, r.oid), \
                 listed AS ( \
                   SELECT u.username AS login, string_agg(DISTINCT l.role, ',' ORDER BY l.role) AS roles \
                   FROM users u JOIN listings l ON l.user_id = u.id AND l.removed_at IS NULL \
                   GROUP BY u.username) \
                 SELECT coalesce(m.login, l.login) AS login, \
                        EXISTS (SELECT 1 FROM users u WHERE u.username = coalesce(m.login, l.login)) AS is_user, \
                        coalesce(m.rolcanlogin, r.rolcanlogin, false) AS has_login, \
                        coalesce(m.bypasses, false) AS bypasses, \
                        coalesce(m.groups, '') AS groups, coalesce(l.roles, '') AS roles \
                 FROM members m FULL JOIN listed l ON l.login = m.login \
                 LEFT JOIN pg_roles r ON r.rolname = l.login \
                 ORDER BY 1"),
            args![crate::db::Arg::texts(isets_groups())],
        )
        .await?;
    let mut drift = Vec::new();
    for f in facts {
        let roles: BTreeSet<Role> = split(&f.roles)
            .iter()
            .filter_map(|r| r.parse().ok())
            .collect();
        let wanted = wanted_groups(&roles);
        let have = split(&f.groups);
        let missing: Vec<String> = wanted.difference(&have).cloned().collect();
        let extra: Vec<String> = have.difference(&wanted).cloned().collect();
        let problem = if f.bypasses {
            "bypasses the policies (owner, superuser or BYPASSRLS): operators never should"
        } else if !f.is_user {
            "member of isets groups but not an isets user"
        } else if !f.has_login && !roles.is_empty() {
            "listed, but has no database login (`user add --create-login`)"
        } else {
            ""
        };
        if !missing.is_empty() || !extra.is_empty() || !problem.is_empty() {
            drift.push(RoleDrift {
                login: f.login,
                missing,
                extra,
                problem: problem.to_string(),
            });
        }
    }
    Ok(drift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_setup_script_is_current() {
        let committed = include_str!("../../migrations/setup/postgres.sql");
        assert!(
            committed == stamped_script(),
            "migrations/setup/postgres.sql is stale: run `ISETS_DATABASE_URL=postgres:/// cargo run -q -- db setup --dry-run > migrations/setup/postgres.sql`"
        );
    }

    #[test]
    fn super_users_get_the_login_administrators_group() {
        let roles = BTreeSet::from([Role::SuperUser, Role::Wfd]);
        assert_eq!(
            wanted_groups(&roles).into_iter().collect::<Vec<_>>(),
            ["isets_login_admin", "isets_super_user", "isets_wfd"]
        );
        let staff = BTreeSet::from([Role::ProviderStaff]);
        assert_eq!(
            wanted_groups(&staff).into_iter().collect::<Vec<_>>(),
            ["isets_provider_staff"]
        );
    }

    #[test]
    fn login_sql_quotes_the_name_and_names_each_change() {
        let change = LoginChange {
            login: "o\"brien".into(),
            create: true,
            grant: vec!["isets_wfd".into()],
            revoke: vec!["isets_billing".into()],
            disable: true,
            ..LoginChange::default()
        };
        assert_eq!(
            change.script(),
            "CREATE ROLE \"o\"\"brien\" LOGIN;\nGRANT \"isets_wfd\" TO \"o\"\"brien\";\n\
             REVOKE \"isets_billing\" FROM \"o\"\"brien\";\nALTER ROLE \"o\"\"brien\" NOLOGIN;\n\
             COMMENT ON ROLE \"o\"\"brien\" IS 'isets: login kept in step with its listings';\n"
        );
        assert_eq!(
            change.line(),
            "login o\"brien: created; granted isets_wfd; revoked isets_billing; disabled (NOLOGIN)"
        );
    }
}
