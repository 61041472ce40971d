//! `isets apply FILE` and `isets plan FILE`: scripted onboarding of providers from one
//! reviewed TOML file (format: `man 5 isets-apply`).

use std::path::PathBuf;

use clap::Args;
use isets::apply::{self, Applied, Options, Plan};
use isets::output::Format;
use isets::{Error, ExitCode, Result};

use super::{Ctx, WriteArgs, confirm, interactive};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The apply file (TOML)
    pub file: PathBuf,
    /// Also remove what the file omits: programs, appointment sites, user listings and
    /// disabled services of the providers it names (asks, or needs --yes)
    #[arg(long)]
    pub prune: bool,
    /// Who asked for the user listings --prune removes (U5)
    #[arg(long, value_name = "USER")]
    pub requested_by: Option<String>,
    /// Do not ask: confirm --prune and people already listed elsewhere (U4)
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The apply file (TOML)
    pub file: PathBuf,
    /// Show what --prune would remove too
    #[arg(long)]
    pub prune: bool,
}

/// Every problem in the file at once, then the exit code of the first.
fn file_errors(ctx: &Ctx, errors: Vec<apply::FileError>) -> Error {
    for e in &errors {
        ctx.printer.error(e);
    }
    let first = errors.into_iter().next().map(|e| e.error);
    let count = "the file has errors; nothing was written".to_string();
    match first {
        Some(Error::Rule { rule, .. }) => Error::rule(rule, count),
        _ => Error::Usage(count),
    }
}

fn show(ctx: &Ctx, plan: &Plan, dry_run: bool) -> Result<()> {
    let summary = isets::apply::plan::summary(plan);
    // JSON carries the whole plan (with `changes_pending`); tables and CSV its items.
    match ctx.printer.format {
        Format::Json if !ctx.printer.quiet => ctx.printer.detail("", plan, &[])?,
        _ => ctx.printer.list(&plan.items, "items")?,
    }
    let verb = if dry_run { "plan" } else { "applied" };
    ctx.printer.status(format!("{verb}: {summary}"));
    Ok(())
}

async fn run_apply(
    ctx: &Ctx,
    file: &std::path::Path,
    options: &Options,
    confirmed: bool,
    write: &WriteArgs,
) -> Result<ExitCode> {
    let session = ctx.session().await?;
    let spec = apply::read(file, session.today()).map_err(|e| file_errors(ctx, e))?;
    let write_options = write.options();
    let progress = ctx.printer.progress();
    let applied = apply::apply(
        &session,
        &spec,
        options,
        confirmed,
        &write_options,
        &*progress,
    )
    .await?;
    let (plan, outcome) = match applied {
        Applied::Done(plan, outcome) => (plan, outcome),
        Applied::NeedsConfirmation(people) => {
            let message = format!(
                "rule U4: these people already have accounts listed with other organizations; confirm with --yes:\n  {}",
                people.join("\n  ")
            );
            if !interactive() {
                return Err(Error::NotConfirmed(message));
            }
            ctx.printer.warn(&message);
            confirm("Add these listings to the existing accounts?".into(), false).await?;
            match apply::apply(&session, &spec, options, true, &write_options, &*progress).await? {
                Applied::Done(plan, outcome) => (plan, outcome),
                Applied::NeedsConfirmation(_) => {
                    return Err(Error::Internal("confirmed items asked again".into()));
                }
            }
        }
    };
    show(ctx, &plan, outcome.dry_run)?;
    if outcome.dry_run {
        Ok(pending(&plan))
    } else {
        if !plan.changes_pending {
            ctx.printer
                .status("nothing to change: the database already matches the file");
        }
        Ok(ExitCode::Success)
    }
}

/// Exit 1 when a plan or dry run found changes still to make.
fn pending(plan: &Plan) -> ExitCode {
    if plan.changes_pending {
        ExitCode::ChangesPending
    } else {
        ExitCode::Success
    }
}

pub async fn apply(ctx: &Ctx, args: ApplyArgs) -> Result<ExitCode> {
    if args.prune && !args.write.dry_run {
        confirm(
            format!("--prune removes what {} omits; go on?", args.file.display()),
            args.yes,
        )
        .await?;
    }
    let options = Options {
        prune: args.prune,
        requested_by: args.requested_by,
    };
    run_apply(ctx, &args.file, &options, args.yes, &args.write).await
}

/// `isets plan`: reads only, so it takes no write lock and needs no write permission.
pub async fn plan(ctx: &Ctx, args: PlanArgs) -> Result<ExitCode> {
    let options = Options {
        prune: args.prune,
        requested_by: None,
    };
    let session = ctx.session().await?;
    let spec = apply::read(&args.file, session.today()).map_err(|e| file_errors(ctx, e))?;
    let plan = apply::plan(&session, &spec, &options, &*ctx.printer.progress()).await?;
    show(ctx, &plan, true)?;
    Ok(pending(&plan))
}
