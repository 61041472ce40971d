//! `isets enroll`: a customer enrolled in a provider's program (N1–N6), with the default
//! goal and the activities chosen (N3).

use clap::Args;
use isets::Result;
use isets::enrollment::enroll::{self, NewEnrollment};
use isets::output::Section;

use super::{Ctx, WriteArgs};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  \
    isets enroll 123456789 --provider \"Acme Works\" --program 1 --date 2026-03-02 --activity SJS\n\n\
    Needs a current Initial Screening and an accepted referral to the provider (or a reverse referral\n\
    IDHS accepted); a referral accepted within 45 days with no enrollment since, or a return sooner\n\
    than 45 days after an exit, serves with --reverified (N1, N5). Adds the goal \"Complete the PROGRAM\n\
    Program\" and the activities under it as Planned, from --date to --planned-end (default: 30 June,\n\
    the end of the state fiscal year of --date). A super user gives --reason (N2).")]
pub struct EnrollArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The enrolling provider; only its reports count the enrollment (N6)
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The provider's program (its id, see `isets provider programs`)
    #[arg(long, value_name = "ID")]
    pub program: i64,
    /// The enrollment date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// An activity to plan under the default goal (a catalogue code such as SJS); repeatable
    #[arg(long = "activity", value_name = "CODE")]
    pub activities: Vec<String>,
    /// The planned end of those activities [default: 30 June of the fiscal year of --date]
    #[arg(long, value_name = "DATE")]
    pub planned_end: Option<String>,
    /// Eligibility was re-verified and the assessment updated (N1's 45-day path, N5)
    #[arg(long)]
    pub reverified: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, a: EnrollArgs) -> Result<()> {
    let session = ctx.session().await?;
    let e = enroll::enroll(
        &session,
        &NewEnrollment {
            customer: a.individual_number,
            provider: a.provider,
            program: a.program,
            date: a.date,
            activities: a.activities,
            planned_end: a.planned_end,
            reverified: a.reverified,
        },
        &a.write.options(),
    )
    .await?;
    let row = |k: &str, v: String| vec![k.to_string(), v];
    let section = Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            row("enrollment", e.id.to_string()),
            row("customer", e.individual_number.clone()),
            row("provider", e.provider.clone()),
            row("program", format!("{} ({})", e.program, e.program_type)),
            row("enrolled_on", e.enrolled_on.to_string()),
            row("referral", isets::output::opt(&e.referral)),
            row("reverified", if e.reverified { "yes" } else { "no" }.into()),
            row("goal", format!("{} {}", e.goal, e.goal_title)),
            row(
                "activities",
                e.activities
                    .iter()
                    .map(|p| {
                        format!(
                            "{} {} ({} to {})",
                            p.id, p.code, p.planned_start, p.planned_end
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            row("et_status", e.et_status.clone()),
        ],
    };
    ctx.printer.detail(&e.id.to_string(), &e, &[section])?;
    ctx.printer.done(
        a.write.dry_run,
        format!(
            "enrollment {}: {} enrolled in program {} of {} on {}",
            e.id, e.individual_number, e.program, e.provider, e.enrolled_on
        ),
    );
    Ok(())
}
