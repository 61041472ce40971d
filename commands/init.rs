//! `isets init`: the schema, the organization IDHS and the first super user.

use clap::Args;
use isets::Result;
use isets::db::{Db, sqlite_path};
use isets::users::Person;
use isets::values::{parse_date, parse_email, parse_username, required_text};

use super::{Ctx, LoginArgs, WriteArgs, print_outcome};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Username of the first super user (on PostgreSQL, their database login)
    #[arg(long, value_name = "USERNAME")]
    pub super_user: String,
    /// First name (U1)
    #[arg(long = "first", value_name = "NAME")]
    pub first_name: String,
    /// Last name (U1)
    #[arg(long = "last", value_name = "NAME")]
    pub last_name: String,
    /// Email (U1)
    #[arg(long)]
    pub email: String,
    /// Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)
    #[arg(long, value_name = "DATE")]
    pub dob: String,
    #[command(flatten)]
    pub login: LoginArgs,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, args: InitArgs) -> Result<()> {
    let person = Person {
        username: parse_username("--super-user", &args.super_user)?,
        first_name: required_text("--first", &args.first_name)?,
        last_name: required_text("--last", &args.last_name)?,
        email: parse_email("--email", &args.email)?,
        date_of_birth: parse_date("--dob", &args.dob)?,
    };
    let options = args.write.options();
    // A dry run must not create the database file or its schema, which cannot be rolled
    // back: when either is missing it runs the same code on an in-memory database.
    let url = ctx.database_url();
    let missing_file = sqlite_path(url).is_some_and(|p| !p.exists());
    let db = if options.dry_run && missing_file {
        Db::connect("sqlite::memory:", true).await?
    } else {
        let db = ctx.connect(true).await?;
        if options.dry_run && isets::db::migrate::ensure_current(&db).await.is_err() {
            Db::connect("sqlite::memory:", true).await?
        } else {
            db
        }
    };
    let identity = match &db {
        Db::Postgres(_) => isets::operator::identity(&db, None).await?,
        Db::Sqlite(_) => ctx
            .operator()
            .map(str::to_string)
            .unwrap_or_else(|| person.username.clone()),
    };
    let logins = args.login.mode();
    let report =
        isets::setup::init(&db, &identity, &ctx.command_line, &person, logins, &options).await?;
    if !report.migrations_applied.is_empty() {
        let verb = if options.dry_run {
            "would apply"
        } else {
            "applied"
        };
        ctx.printer.status(format!(
            "{verb} {} migration(s) to {}",
            report.migrations_applied.len(),
            isets::redact::url(url)
        ));
    }
    let verb = if options.dry_run {
        "would create"
    } else {
        "created"
    };
    ctx.printer.status(format!(
        "{verb} organization IDHS and super user {}",
        report.super_user.username
    ));
    print_outcome(
        ctx,
        &report.outcome,
        &report.super_user.username,
        report.login.as_ref(),
        logins,
    )
}
