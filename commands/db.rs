//! `isets db migrate`, `status`, `check`, `setup` and `check-roles`.

use clap::Subcommand;
use isets::Result;
use isets::db::Backend;
use isets::db::migrate::{self, MigrationState};
use isets::output::{Tabular, opt, time};

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending schema migrations (creates a SQLite database if there is none)
    Migrate {
        /// Only list the migrations that would be applied
        #[arg(long)]
        dry_run: bool,
    },
    /// List applied and pending migrations
    Status,
    /// Check that every statement of this build prepares against the database's schema
    ///
    /// Each statement is prepared, never run: the database checks its tables, columns
    /// and types. Lists the statements it refuses and exits 9 if there are any (for
    /// example a schema changed by hand, or a binary older or newer than the schema).
    Check,
    /// Set up PostgreSQL's own enforcement of the roles: group roles, privileges, row-level
    /// security policies from the permission table, and the insert-only audit log
    ///
    /// Run by the database owner or a superuser on a migrated database; idempotent.
    /// `isets init` and `isets db migrate` run it too when the database lacks this build's
    /// setup. With --dry-run it prints the SQL without connecting (SECURITY.md).
    Setup {
        /// Print the SQL instead of running it
        #[arg(long)]
        dry_run: bool,
    },
    /// List logins whose group roles differ from their listings, and logins that bypass the
    /// policies (PostgreSQL); exits 5 when there are any
    CheckRoles,
}

struct Refused(isets::db::sql::Unprepared);

impl serde::Serialize for Refused {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Tabular for Refused {
    fn headers() -> Vec<&'static str> {
        vec!["statement", "error"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.0.statement.to_string(), self.0.error.clone()]
    }
    fn key(&self) -> String {
        self.0.statement.to_string()
    }
}

struct Drift(isets::db::roles::RoleDrift);

impl serde::Serialize for Drift {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Tabular for Drift {
    fn headers() -> Vec<&'static str> {
        vec!["login", "missing", "extra", "problem"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.0.login.clone(),
            self.0.missing.join(", "),
            self.0.extra.join(", "),
            self.0.problem.clone(),
        ]
    }
    fn key(&self) -> String {
        self.0.login.clone()
    }
}

struct Row(MigrationState);

impl serde::Serialize for Row {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Tabular for Row {
    fn headers() -> Vec<&'static str> {
        vec!["version", "description", "state", "applied_at"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.0.version.to_string(),
            self.0.description.clone(),
            self.0.state.to_string(),
            opt(&self.0.applied_at.as_ref().map(time)),
        ]
    }
    fn key(&self) -> String {
        self.0.version.to_string()
    }
}

pub async fn run(ctx: &Ctx, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Migrate { dry_run } => {
            let db = ctx.connect(!dry_run).await?;
            let rows: Vec<Row> = if dry_run {
                migrate::pending(&db, ctx.operator())
                    .await?
                    .into_iter()
                    .map(Row)
                    .collect()
            } else {
                let applied = migrate::run(&db, ctx.operator()).await?;
                migrate::status(&db)
                    .await?
                    .into_iter()
                    .filter(|m| applied.contains(&m.version))
                    .map(Row)
                    .collect()
            };
            let verb = if dry_run { "would apply" } else { "applied" };
            ctx.printer.status(format!(
                "{verb} {} migration(s) on {} ({})",
                rows.len(),
                isets::redact::url(ctx.database_url()),
                match db.backend() {
                    Backend::Sqlite => "sqlite",
                    Backend::Postgres => "postgres",
                }
            ));
            ctx.printer.list(&rows, "migrations")
        }
        DbCommand::Check => {
            let db = ctx.connect(false).await?;
            let checked = isets::db::sql::check(&db).await?;
            let refused: Vec<Refused> = checked.failed.into_iter().map(Refused).collect();
            // A table shows only what is wrong; scripts always get a document.
            if !refused.is_empty() || ctx.printer.format != isets::output::Format::Table {
                ctx.printer.list(&refused, "refused statements")?;
            }
            if refused.is_empty() {
                ctx.printer.status(format!(
                    "all {} statements prepare on {}",
                    checked.prepared, checked.backend
                ));
                Ok(())
            } else {
                Err(isets::Error::SchemaMismatch(format!(
                    "{} of {} statements do not prepare on {}: the schema is not the one this build expects (`isets db status`)",
                    refused.len(),
                    checked.prepared + refused.len(),
                    checked.backend
                )))
            }
        }
        DbCommand::Setup { dry_run } => {
            if dry_run {
                if Backend::of_url(ctx.database_url())? != Backend::Postgres {
                    return Err(isets::Error::Usage(
                        "`isets db setup` is for PostgreSQL: on SQLite the database file's permissions are the boundary (SECURITY.md)".into(),
                    ));
                }
                return ctx.printer.text(&isets::db::roles::stamped_script());
            }
            let db = ctx.connect(false).await?;
            isets::db::roles::setup(&db, false).await?;
            ctx.printer.status(format!(
                "set up roles, privileges, policies and the audit triggers on {}",
                isets::redact::url(ctx.database_url())
            ));
            Ok(())
        }
        DbCommand::CheckRoles => {
            let db = ctx.connect(false).await?;
            let drift: Vec<Drift> = isets::db::roles::check_roles(&db)
                .await?
                .into_iter()
                .map(Drift)
                .collect();
            if !drift.is_empty() || ctx.printer.format != isets::output::Format::Table {
                ctx.printer.list(&drift, "logins")?;
            }
            if drift.is_empty() {
                ctx.printer
                    .status("every login's group roles match its listings");
                Ok(())
            } else {
                Err(isets::Error::Conflict(format!(
                    "{} login(s) differ from their listings: `isets user remove`/`user add --create-login` bring them in step, or a DBA runs the GRANT/REVOKE",
                    drift.len()
                )))
            }
        }
        DbCommand::Status => {
            let db = ctx.connect(false).await?;
            let rows: Vec<Row> = migrate::status(&db).await?.into_iter().map(Row).collect();
            ctx.printer.list(&rows, "migrations")
        }
    }
}
