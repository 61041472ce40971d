//! `isets ies import FILE` and `isets ies batches`: the IES extract (format: man 5
//! isets-ies).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use isets::ies::{self, ImportOptions, Summary};
use isets::output::{Format, Section};
use isets::values::parse_date;
use isets::{ExitCode, Result};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum IesCommand {
    /// Import an IES extract (UTF-8 CSV; format: man 5 isets-ies): new people added, changed
    /// ones updated with their history, the rest kept (I1–I4). Exit 4 when rows were rejected
    /// (the others are imported)
    Import(ImportArgs),
    /// List the imports, newest first (I3)
    Batches,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The extract (CSV)
    pub file: PathBuf,
    /// The date the extract is as of (YYYY-MM-DD or MM/DD/YYYY) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Import it even if a file with the same SHA-256 was imported before
    #[arg(long)]
    pub force: bool,
    /// Write every rejected row to this CSV file (line, field, value, reason)
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    #[command(flatten)]
    pub write: WriteArgs,
}

fn show(ctx: &Ctx, s: &Summary) -> Result<()> {
    for column in &s.ignored_columns {
        ctx.printer.warn(format!(
            "column {column:?} is not an IES extract column: ignored"
        ));
    }
    for r in &s.rejects {
        ctx.printer.warn(format!("rejected: {r}"));
    }
    if s.rejected > s.rejects.len() as u64 {
        ctx.printer.warn(format!(
            "… and {} more rejected row(s){}",
            s.rejected - s.rejects.len() as u64,
            if s.dry_run {
                ""
            } else {
                " (--rejects FILE lists them all)"
            }
        ));
    }
    let counts = Section {
        title: None,
        headers: vec!["rows", "new", "changed", "unchanged", "rejected"],
        rows: vec![vec![
            s.rows.to_string(),
            s.new.to_string(),
            s.changed.to_string(),
            s.unchanged.to_string(),
            s.rejected.to_string(),
        ]],
    };
    let key = s.batch.map(|b| b.to_string()).unwrap_or_default();
    if ctx.printer.format == Format::Table || ctx.printer.format == Format::Csv {
        ctx.printer.detail(&key, s, &[counts])?;
    } else {
        ctx.printer.detail(&key, s, &[])?;
    }
    let what = match s.batch {
        Some(b) if !s.dry_run => format!("imported {} as batch {b}", s.file),
        _ => format!("dry run: {} would import", s.file),
    };
    ctx.printer.status(format!(
        "{what}: {} new, {} changed, {} unchanged, {} rejected",
        s.new, s.changed, s.unchanged, s.rejected
    ));
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: IesCommand) -> Result<ExitCode> {
    match cmd {
        IesCommand::Import(args) => {
            let options = ImportOptions {
                as_of: args
                    .as_of
                    .as_deref()
                    .map(|d| parse_date("--as-of", d))
                    .transpose()?,
                force: args.force,
                rejects: args.rejects,
            };
            let session = ctx.session().await?;
            let progress = ctx.printer.progress();
            let summary = ies::import(
                &session,
                &args.file,
                &options,
                &args.write.options(),
                &*progress,
            )
            .await?;
            show(ctx, &summary)?;
            Ok(if summary.rejected > 0 {
                ExitCode::RuleViolated
            } else {
                ExitCode::Success
            })
        }
        IesCommand::Batches => {
            let session = ctx.session().await?;
            let batches = ies::batches(&session).await?;
            ctx.printer.list(&batches, "IES batches")?;
            Ok(ExitCode::Success)
        }
    }
}
