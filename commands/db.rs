//! `isets db migrate` and `isets db status`.

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
        DbCommand::Status => {
            let db = ctx.connect(false).await?;
            let rows: Vec<Row> = migrate::status(&db).await?.into_iter().map(Row).collect();
            ctx.printer.list(&rows, "migrations")
        }
    }
}
