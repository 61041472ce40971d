//! `isets activity add|start|close|delete|extend`: the activities of a customer's
//! Employment Plan (E2–E6, N5, T2), each change with its case note (E5).

use clap::{ArgGroup, Args, Subcommand};
use isets::Result;
use isets::activities::{self, AddRequest, Completion, View};

use super::{Ctx, WriteArgs};

/// `--note`, which every change of the plan needs (E5).
#[derive(Debug, Args, Clone)]
pub struct NoteArg {
    /// The case note this change of the Employment Plan needs (E5)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Add a Planned/Not Started activity under a goal of the customer's plan (E1, E3, E4, N4)
    #[command(
        after_help = "Example:\n  isets activity add 123456789 --goal 1 --code SJS \
        --planned-start 2026-03-02 --planned-end 2026-06-30 --note \"Agreed job search plan\"\n\n\
        Job Retention is never the first nor the only SNAP E&T activity; an Other activity \
        needs a SNAP E&T activity (E3). A super user gives --reason (DOMAIN.md §1, note 1)."
    )]
    Add {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// The goal of the Employment Plan it sits under (E1)
        #[arg(long)]
        goal: i64,
        /// A catalogue code: SJS, JST, JR, ... (DOMAIN.md §4)
        #[arg(long)]
        code: String,
        #[arg(long, value_name = "DATE")]
        planned_start: String,
        #[arg(long, value_name = "DATE")]
        planned_end: String,
        /// The service provider whose reports it counts in (E6) [default: the enrolling provider]
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
        /// The enrollment, when the customer has several open ones with your providers
        #[arg(long, value_name = "ID")]
        enrollment: Option<i64>,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Start a planned activity on the day it started (E2, E4); the first SNAP E&T activity makes the customer Active (T2)
    Start {
        /// The activity's id
        id: i64,
        /// The day it started: not before the first of the month of enrollment (E4), not a day to come
        #[arg(long, value_name = "DATE")]
        date: String,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Close a started activity on its actual completion date (E5)
    #[command(group(ArgGroup::new("completion").required(true).args(["successful", "unsuccessful"])))]
    Close {
        /// The activity's id
        id: i64,
        /// Successful Completion
        #[arg(long)]
        successful: bool,
        /// Unsuccessful Completion
        #[arg(long)]
        unsuccessful: bool,
        /// The actual completion date: not before the start, not a day to come
        #[arg(long, value_name = "DATE")]
        date: String,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Delete a never-started activity (E2, E3)
    Delete {
        /// The activity's id
        id: i64,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Move the planned end of a planned or started activity
    Extend {
        /// The activity's id
        id: i64,
        /// The new planned end: not before the planned start
        #[arg(long, value_name = "DATE")]
        planned_end: String,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
}

fn shown(ctx: &Ctx, view: &View, dry_run: bool, did: &str) -> Result<()> {
    ctx.printer
        .detail(&view.id.to_string(), view, &[view.section()])?;
    let moved = view
        .et_status
        .as_ref()
        .map(|s| format!("; E&T status {s} (T2)"))
        .unwrap_or_default();
    ctx.printer.done(
        dry_run,
        format!(
            "activity {} ({}) of customer {} {did}, case note {}{moved}",
            view.id, view.code, view.customer, view.case_note
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: ActivityCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        ActivityCommand::Add {
            individual_number,
            goal,
            code,
            planned_start,
            planned_end,
            provider,
            enrollment,
            note,
            write,
        } => {
            let view = activities::add(
                &session,
                &AddRequest {
                    customer: &individual_number,
                    goal,
                    code: &code,
                    planned_start: &planned_start,
                    planned_end: &planned_end,
                    provider: provider.as_deref(),
                    enrollment,
                    note: note.note.as_deref(),
                },
                &write.options(),
            )
            .await?;
            shown(ctx, &view, write.dry_run, "added")
        }
        ActivityCommand::Start {
            id,
            date,
            note,
            write,
        } => {
            let view =
                activities::start(&session, id, &date, note.note.as_deref(), &write.options())
                    .await?;
            shown(ctx, &view, write.dry_run, "started")
        }
        ActivityCommand::Close {
            id,
            successful,
            date,
            note,
            write,
            ..
        } => {
            let completion = if successful {
                Completion::Successful
            } else {
                Completion::Unsuccessful
            };
            let view = activities::close(
                &session,
                id,
                completion,
                &date,
                note.note.as_deref(),
                &write.options(),
            )
            .await?;
            shown(ctx, &view, write.dry_run, "closed")
        }
        ActivityCommand::Delete { id, note, write } => {
            let view =
                activities::delete(&session, id, note.note.as_deref(), &write.options()).await?;
            shown(ctx, &view, write.dry_run, "deleted")
        }
        ActivityCommand::Extend {
            id,
            planned_end,
            note,
            write,
        } => {
            let view = activities::extend(
                &session,
                id,
                &planned_end,
                note.note.as_deref(),
                &write.options(),
            )
            .await?;
            shown(ctx, &view, write.dry_run, "extended")
        }
    }
}
