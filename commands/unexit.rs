//! `isets unexit`: an exit taken back on employment found soon after it (X4).

use clap::Args;
use isets::Result;
use isets::exits::exit;
use isets::output::Section;

use super::{Ctx, WriteArgs};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  \
    isets unexit 123456789 --employment 4\n\n\
    Takes back the customer's latest exit with your provider when the employment is of 20 or more\n\
    hours a week (M2) and started within 60 days after the exit, or before it and still running\n\
    on the exit date (X4). The enrollment reopens, Job Retention is added and started on the\n\
    employment's start (or the day after the exit, if later) for 90 days, 180 in SNAP to Success\n\
    (M4), and the E&T status becomes Retention (T2). A super user gives --reason (§1).")]
pub struct UnexitArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The customer's employment the un-exit rests on (its id)
    #[arg(long, value_name = "ID")]
    pub employment: i64,
    /// The case note [default: the employment and the Job Retention dates]
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, a: UnexitArgs) -> Result<()> {
    let session = ctx.session().await?;
    let u = exit::unexit(
        &session,
        &a.individual_number,
        a.employment,
        a.note.as_deref(),
        &a.write.options(),
    )
    .await?;
    let row = |k: &str, v: String| vec![k.to_string(), v];
    let section = Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            row("exit", u.exit.to_string()),
            row("customer", u.individual_number.clone()),
            row("enrollment", u.enrollment.to_string()),
            row("provider", u.provider.clone()),
            row("program", u.program.to_string()),
            row("exited_on", u.exited_on.to_string()),
            row("employment", u.employment.to_string()),
            row(
                "activity",
                format!(
                    "{} JR {} ({} to {})",
                    u.activity, u.activity_status, u.started_on, u.planned_end
                ),
            ),
            row("case_note", u.case_note.to_string()),
            row("et_status", u.et_status.clone()),
        ],
    };
    ctx.printer.detail(&u.exit.to_string(), &u, &[section])?;
    ctx.printer.done(
        a.write.dry_run,
        format!(
            "exit {} taken back: {} in Job Retention with {} from {}",
            u.exit, u.individual_number, u.provider, u.started_on
        ),
    );
    Ok(())
}
