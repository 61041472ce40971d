//! `isets employment add|end|verify|approve|list|due`: a customer's employment, the Job
//! Retention it starts and its retention checks (M1–M5).

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};
use isets::Result;
use isets::employment::{self, AddRequest, Changed, Due};

use super::activity::NoteArg;
use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum EmploymentCommand {
    /// Enter a customer's employment; 20+ hours a week adds Job Retention, fewer adds E, started on the job's start (M1, M2, M4, T2)
    #[command(
        group(ArgGroup::new("time").args(["full_time", "part_time"])),
        after_help = "Example:\n  isets employment add 123456789 --employer \"Acme Tools\" --soc 49-9071 \
        --job-title \"Maintenance Worker\" --start 2026-01-20 --wage 17.50 --hours 25.5 \
        --note \"Hired after the job search\"\n\n\
        M1: the SOC code is NN-NNNN (or NNNNNN); a broader code (ending in 0) is accepted with a \
        warning. V5: wage and hours have two decimals at most, never a range; hours at most 168. \
        M2: 20 hours a week or more adds JR Job Retention (never the first SNAP E&T activity, E3), \
        fewer adds E, started on the job's start and planned to end with Job Retention's 90 days \
        (180 in SNAP to Success, M4). Without --full-time or --part-time, 35 hours or more is full \
        time. A job found after the exit is entered in the latest exited enrollment without an \
        activity (N5), for `isets unexit` (X4). A super user gives --reason (DOMAIN.md §1, note 1)."
    )]
    Add(Box<AddArgs>),
    /// Record the last day of an employment (M1)
    End {
        /// The employment's id
        id: i64,
        /// The last day: not before the start, not a day to come
        #[arg(long, value_name = "DATE")]
        date: String,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Enter a retention check once its period is reached, with its document and case note (M3)
    Verify {
        /// The employment's id
        id: i64,
        /// 30, 60 or 90 days from the start
        #[arg(long, value_name = "DAYS")]
        period: i64,
        /// The verification document (pay stub, employer letter): stored as Employment Verification
        #[arg(long, value_name = "FILE")]
        document: PathBuf,
        /// The case note the period needs (M3)
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Approve a period's verification: sets the Employment Verification Status (M3)
    Approve {
        /// The employment's id
        id: i64,
        /// 30, 60 or 90
        #[arg(long, value_name = "DAYS")]
        period: i64,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// A customer's employment with its retention and verifications (M1–M3)
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
    /// Customers in Job Retention due their 30-day contact or their exit (M5)
    #[command(group(ArgGroup::new("which").args(["contact", "exit"])))]
    Due {
        /// Only this provider's customers
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
        /// Only those due their 30-day contact (no case note of the provider for 30 days)
        #[arg(long)]
        contact: bool,
        /// Only those due for exit (employed beyond 90 days of Job Retention, 180 in SNAP to Success)
        #[arg(long)]
        exit: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The customer's 9-digit individual number
    individual_number: String,
    #[arg(long, value_name = "NAME")]
    employer: String,
    /// The six-digit SOC code, NN-NNNN (M1)
    #[arg(long, value_name = "CODE")]
    soc: String,
    #[arg(long, value_name = "TITLE")]
    job_title: String,
    /// The first day of the job: not a day to come
    #[arg(long, value_name = "DATE")]
    start: String,
    /// Dollars an hour, two decimals at most (V5)
    #[arg(long, value_name = "AMOUNT")]
    wage: String,
    /// Hours a week, two decimals at most (V5)
    #[arg(long, value_name = "HOURS")]
    hours: String,
    #[arg(long)]
    full_time: bool,
    #[arg(long)]
    part_time: bool,
    #[arg(long, value_name = "NAME")]
    industry: Option<String>,
    #[arg(long, value_name = "NAME")]
    occupation: Option<String>,
    /// The provider the customer is enrolled with, when you act for several
    #[arg(long, value_name = "NAME")]
    provider: Option<String>,
    /// The enrollment, when the customer has several open ones with your providers
    #[arg(long, value_name = "ID")]
    enrollment: Option<i64>,
    #[command(flatten)]
    note: NoteArg,
    #[command(flatten)]
    write: WriteArgs,
}

fn shown(ctx: &Ctx, changed: &Changed, dry_run: bool, did: &str) -> Result<()> {
    for warning in &changed.warnings {
        ctx.printer.warn(warning);
    }
    let e = &changed.employment;
    let mut sections = vec![e.section()];
    let row = |k: &str, v: String| vec![k.to_string(), v];
    if let Some(note) = changed.case_note {
        sections[0].rows.push(row("case_note", note.to_string()));
    }
    if let Some(doc) = &changed.document {
        sections[0].rows.push(row(
            "document",
            format!(
                "{} {} ({} bytes, SHA-256 {})",
                doc.id, doc.file_name, doc.size_bytes, doc.sha256
            ),
        ));
    }
    if let Some(status) = &changed.et_status {
        sections[0].rows.push(row("et_status", status.clone()));
    }
    ctx.printer.detail(&e.id.to_string(), changed, &sections)?;
    let moved = changed
        .et_status
        .as_ref()
        .map(|s| format!("; E&T status {s} (T2)"))
        .unwrap_or_default();
    ctx.printer.done(
        dry_run,
        format!(
            "employment {} at {} of customer {} {did}{moved}",
            e.id, e.employer, e.customer
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: EmploymentCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        EmploymentCommand::Add(args) => {
            let AddArgs {
                individual_number,
                employer,
                soc,
                job_title,
                start,
                wage,
                hours,
                full_time,
                part_time,
                industry,
                occupation,
                provider,
                enrollment,
                note,
                write,
            } = *args;
            let changed = employment::add(
                &session,
                &AddRequest {
                    customer: &individual_number,
                    employer: &employer,
                    industry: industry.as_deref(),
                    soc: &soc,
                    occupation: occupation.as_deref(),
                    job_title: &job_title,
                    start: &start,
                    wage: &wage,
                    hours: &hours,
                    full_time: (full_time || part_time).then_some(full_time),
                    provider: provider.as_deref(),
                    enrollment,
                    note: note.note.as_deref(),
                },
                &write.options(),
            )
            .await?;
            let activity = match (
                &changed.employment.activity,
                &changed.employment.activity_code,
            ) {
                (Some(id), Some(code)) => format!(", activity {id} {code} started"),
                _ => String::new(),
            };
            shown(ctx, &changed, write.dry_run, &format!("added{activity}"))
        }
        EmploymentCommand::End {
            id,
            date,
            note,
            write,
        } => {
            let changed =
                employment::end(&session, id, &date, note.note.as_deref(), &write.options())
                    .await?;
            shown(ctx, &changed, write.dry_run, "ended")
        }
        EmploymentCommand::Verify {
            id,
            period,
            document,
            note,
            write,
        } => {
            let changed = employment::verify(
                &session,
                id,
                period,
                &document,
                note.as_deref(),
                &write.options(),
            )
            .await?;
            shown(
                ctx,
                &changed,
                write.dry_run,
                &format!("verified at {period} days"),
            )
        }
        EmploymentCommand::Approve { id, period, write } => {
            let changed = employment::approve(&session, id, period, &write.options()).await?;
            shown(
                ctx,
                &changed,
                write.dry_run,
                &format!("approved at {period} days"),
            )
        }
        EmploymentCommand::List { individual_number } => {
            let overview = employment::list(&session, &individual_number).await?;
            ctx.printer.list(&overview.employment, "employments")?;
            ctx.printer.status(format!(
                "Number of Active Employments: {}",
                overview.active_employments
            ));
            Ok(())
        }
        EmploymentCommand::Due {
            provider,
            contact,
            exit,
        } => {
            let which = match (contact, exit) {
                (true, _) => Due::Contact,
                (_, true) => Due::Exit,
                _ => Due::Both,
            };
            let due = employment::due(&session, provider.as_deref(), which).await?;
            for warning in &due.warnings {
                ctx.printer.warn(warning);
            }
            ctx.printer.list(&due.rows, "customers due")
        }
    }
}
