//! `isets exit`: a customer exited from a provider's program (X1–X3, X6).

use clap::Args;
use isets::Result;
use isets::exits::exit::{self, ExitRequest};
use isets::output::Section;

use super::{Ctx, WriteArgs};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  \
    isets exit 123456789 --provider \"Acme Works\" --program 1 --status successful \\\n    \
    --reason employed-beyond-90-days --date 2026-06-30\n\n\
    Every activity of the enrollment (SNAP E&T and Other) must be closed, or deleted if never\n\
    started (X1); support services need no closing. Reasons (X3): unsuccessful takes one of\n\
    employed-moved-out-of-area, moved-out-of-area, no-longer-eligible, not-the-right-fit,\n\
    did-not-meet-requirements; successful one of pending-employment, unemployed, retention,\n\
    employed-beyond-90-days; moved takes none. The E&T status becomes Exited once no other\n\
    enrollment stays open (T2). A super user gives --reason (§1).")]
pub struct ExitArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The enrolling provider
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The provider's program the customer is enrolled in (its id)
    #[arg(long, value_name = "ID")]
    pub program: i64,
    /// Program completion status: unsuccessful, moved or successful (X3)
    #[arg(long, value_name = "STATUS")]
    pub status: String,
    /// The exit reason the status allows (X3), as its code or its name
    #[arg(long = "exit-reason", value_name = "REASON")]
    pub exit_reason: Option<String>,
    /// The program completion date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// A Measurable Skill Gain made (X6, optional)
    #[arg(long, value_name = "TEXT")]
    pub skill_gain: Option<String>,
    /// The case note of the exit [default: the status, date and reason]
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, a: ExitArgs) -> Result<()> {
    let session = ctx.session().await?;
    let x = exit::exit(
        &session,
        &ExitRequest {
            customer: a.individual_number,
            provider: a.provider,
            program: a.program,
            status: a.status,
            reason: a.exit_reason,
            date: a.date,
            skill_gain: a.skill_gain,
            note: a.note,
        },
        &a.write.options(),
    )
    .await?;
    let row = |k: &str, v: String| vec![k.to_string(), v];
    let section = Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            row("exit", x.id.to_string()),
            row("customer", x.individual_number.clone()),
            row("enrollment", x.enrollment.to_string()),
            row("provider", x.provider.clone()),
            row("program", format!("{} ({})", x.program, x.program_name)),
            row("status", x.status_shown.clone()),
            row("reason", x.reason_shown.clone()),
            row("exited_on", x.exited_on.to_string()),
            row("skill_gain", isets::output::opt(&x.skill_gain)),
            row("exited_by", x.exited_by.clone()),
            row("case_note", x.case_note.to_string()),
            row("et_status", x.et_status.clone()),
        ],
    };
    ctx.printer.detail(&x.id.to_string(), &x, &[section])?;
    ctx.printer.done(
        a.write.dry_run,
        format!(
            "exit {}: {} exited from program {} of {} on {} ({})",
            x.id, x.individual_number, x.program, x.provider, x.exited_on, x.status_shown
        ),
    );
    Ok(())
}
