//! `isets staffing show|list|mark|verify|attach|submit|approve|unlock`: a provider
//! program's monthly staffing (B1–B3, B8, B10).

use clap::{Args, Subcommand};
use isets::Result;
use isets::staffing::customers::{self, LineChanged, Mark};
use isets::staffing::flow::{self, Named, Stepped};
use isets::staffing::{documents, packet};

use super::{Ctx, WriteArgs};

const SHOW_HELP: &str = "\
Examples:
  isets staffing show --provider \"Acme Works\" --program 3 --month 2024-07
  isets staffing show --provider \"Acme Works\" --program 3 --month 2024-07 --format json

The packet (B2): the Employment Report, the Supportive Services Summary and the 4333
roster, with the reports that show them, and the program's own documents (Earnfare's
Administrative Expenses Certification, SNAP to Success's Financial Report, and in the last
month of each quarter of the state fiscal year the Interest Report and the Periodic
Performance Report). Each customer of the month's 4333 roster (B5) with the level of
progress, whether a full staffing (4334) is needed and its case note (B10), and IDHS's
eligibility verification. The provider's part is due on the 15th of the next month and
the provider manager's on the 20th, the PPTT on the 10th (B1: settings
staffing.provider-due-day, staffing.manager-due-day, pptt.due-day); a part done after
its day, or not done by it, is late.";

const STEPS_HELP: &str = "\
The steps of B8: the provider submits (`staffing submit`, once the month has ended);
the provider manager checks each customer complete and approves (`staffing approve`),
which locks every record of the month for that provider and program (B3: activities,
attendance, costs, overrides, employment, exits, enrollment dates, status changes,
benefit amounts; refused with exit code 6); the provider manager or WFD submits the
billing packet (`billing submit`); billing approves it (`billing approve`, final: B4)
or requests changes (`billing request-changes`). A provider manager unlocks an approved
month with a reason (`staffing unlock --reason`) so it can change, and approves it
again; after billing's approval nothing unlocks it.";

/// Which staffing: a provider's program and a month.
#[derive(Debug, Args)]
pub struct StaffingArgs {
    /// The provider
    #[arg(long, value_name = "NAME")]
    provider: String,
    /// The provider's program (its id, `isets provider programs`)
    #[arg(long, value_name = "ID")]
    program: i64,
    /// The month (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    month: String,
}

impl StaffingArgs {
    pub(crate) fn named(&self) -> Named<'_> {
        Named {
            provider: &self.provider,
            program: self.program,
            month: &self.month,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum StaffingCommand {
    /// Show a month's staffing: its packet, customers, due dates and history (B1, B2)
    #[command(after_long_help = SHOW_HELP)]
    Show(StaffingArgs),
    /// List the staffings in your reach, newest month first, with late parts flagged (B1)
    List {
        /// Only this provider's
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
        /// Only this month's (YYYY-MM)
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
    },
    /// The provider's part for a customer: level of progress and the full staffing (4334) flag (B2, B10)
    Mark {
        /// The customer's 9-digit individual number (on the month's 4333 roster)
        individual_number: String,
        #[command(flatten)]
        staffing: StaffingArgs,
        /// The level of progress (T4): acceptable, not-participating, not-progressing, not-appropriate
        #[arg(long, value_name = "LEVEL")]
        progress: String,
        /// A full staffing (4334) is needed: the provider discusses the customer with the provider manager
        #[arg(long)]
        full_staffing: bool,
        /// B10: what the full staffing discussed, recorded as a provider case note
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// IDHS's eligibility verification of a customer (B2: WFD)
    Verify {
        /// The customer's 9-digit individual number (on the month's 4333 roster)
        individual_number: String,
        #[command(flatten)]
        staffing: StaffingArgs,
        /// Whether the customer is eligible for SNAP E&T: yes or no
        #[arg(long, value_name = "YES|NO")]
        eligible: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Attach a program document the month's packet asks for (B2)
    Attach {
        #[command(flatten)]
        staffing: StaffingArgs,
        /// admin-expenses-certification, financial-report, interest-report, periodic-performance-report
        #[arg(long, value_name = "KIND")]
        kind: String,
        /// The file
        file: std::path::PathBuf,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Submit the provider's part, once the month has ended (B1, B8)
    #[command(after_long_help = STEPS_HELP)]
    Submit {
        #[command(flatten)]
        staffing: StaffingArgs,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Approve a submitted staffing whose customers are all complete: locks the month (B3, B8)
    #[command(after_long_help = STEPS_HELP)]
    Approve {
        #[command(flatten)]
        staffing: StaffingArgs,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Unlock an approved month so it can change, with the reason (B3); refused after billing approval (B4)
    #[command(after_long_help = STEPS_HELP)]
    Unlock {
        #[command(flatten)]
        staffing: StaffingArgs,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub(crate) fn stepped(ctx: &Ctx, s: &Stepped, dry_run: bool) -> Result<()> {
    for w in &s.warnings {
        ctx.printer.warn(w);
    }
    ctx.printer.outcome(&s.outcome, &s.staffing.to_string())?;
    ctx.printer.done(
        dry_run,
        format!(
            "staffing {} of {} program {} for {}: {}",
            s.staffing,
            s.provider,
            s.program,
            s.month,
            s.state.shown()
        ),
    );
    Ok(())
}

fn line_changed(ctx: &Ctx, c: &LineChanged, dry_run: bool) -> Result<()> {
    ctx.printer.outcome(&c.outcome, &c.customer)?;
    ctx.printer.done(
        dry_run,
        format!(
            "customer {} in staffing {} for {}: {}",
            c.customer,
            c.staffing,
            c.month,
            if c.line.complete() {
                "complete"
            } else {
                "not complete yet"
            }
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: StaffingCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        StaffingCommand::Show(args) => {
            let p = packet::show(&session, args.named()).await?;
            let key = p.staffing.map(|id| id.to_string()).unwrap_or_default();
            ctx.printer.detail(&key, &p, &p.sections())
        }
        StaffingCommand::List { provider, month } => {
            let list = packet::list(&session, provider.as_deref(), month.as_deref()).await?;
            ctx.printer.list(&list, "staffings")
        }
        StaffingCommand::Mark {
            individual_number,
            staffing,
            progress,
            full_staffing,
            note,
            write,
        } => {
            let progress = progress
                .parse()
                .map_err(|why: String| isets::Error::invalid("--progress", &progress, why))?;
            let c = customers::mark(
                &session,
                staffing.named(),
                &Mark {
                    customer: &individual_number,
                    progress,
                    full_staffing,
                    note: note.as_deref(),
                },
                &write.options(),
            )
            .await?;
            line_changed(ctx, &c, write.dry_run)
        }
        StaffingCommand::Verify {
            individual_number,
            staffing,
            eligible,
            write,
        } => {
            let eligible = isets::referrals::yes_no("--eligible", &eligible)?;
            let c = customers::verify(
                &session,
                staffing.named(),
                &individual_number,
                eligible,
                &write.options(),
            )
            .await?;
            line_changed(ctx, &c, write.dry_run)
        }
        StaffingCommand::Attach {
            staffing,
            kind,
            file,
            write,
        } => {
            let a = documents::attach(&session, staffing.named(), &kind, &file, &write.options())
                .await?;
            ctx.printer.outcome(&a.outcome, &a.staffing.to_string())?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "{} {} attached to staffing {} (sha256 {})",
                    a.kind.shown(),
                    a.document.file_name,
                    a.staffing,
                    a.document.sha256
                ),
            );
            Ok(())
        }
        StaffingCommand::Submit { staffing, write } => {
            let s = flow::submit(&session, staffing.named(), &write.options()).await?;
            stepped(ctx, &s, write.dry_run)
        }
        StaffingCommand::Approve { staffing, write } => {
            let s = flow::approve(&session, staffing.named(), &write.options()).await?;
            stepped(ctx, &s, write.dry_run)
        }
        StaffingCommand::Unlock { staffing, write } => {
            let s = flow::unlock(&session, staffing.named(), &write.options()).await?;
            stepped(ctx, &s, write.dry_run)
        }
    }
}
