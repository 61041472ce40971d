//! `isets attendance add|verify|list`: hours attended per week of a started activity,
//! and their verification (E7).

use clap::Subcommand;
use isets::Result;
use isets::activities::attendance::{self, Of};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum AttendanceCommand {
    /// Enter the hours attended in a week of a Started/Open activity (E7)
    #[command(
        after_help = "Example:\n  isets attendance add 1 --week 2026-03-02 --hours 12.5\n\n\
        The week is kept as its Monday: any day of it may be given. Weeks run from the one the \
        activity started in to the current one. Entering a week again replaces its hours until \
        they are verified; verified hours are final (exit 5)."
    )]
    Add {
        /// The activity's id
        activity: i64,
        /// A day of the week (kept as its Monday)
        #[arg(long, value_name = "DATE")]
        week: String,
        /// Hours attended: 0 to 168, two decimals at most (V5)
        #[arg(long)]
        hours: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Verify a week's hours: they count once verified by the provider's authorized staff (E7)
    Verify {
        /// The activity's id
        activity: i64,
        /// A day of the week (kept as its Monday)
        #[arg(long, value_name = "DATE")]
        week: String,
        /// The hours verified, at most those entered [default: the hours entered]
        #[arg(long)]
        hours: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// The weeks entered for an activity, or for all of a customer's activities
    #[command(group(clap::ArgGroup::new("of").required(true).args(["activity", "customer"])))]
    List {
        /// The activity's id
        activity: Option<i64>,
        /// A customer's 9-digit individual number instead
        #[arg(long, value_name = "INDIVIDUAL_NUMBER")]
        customer: Option<String>,
    },
}

pub async fn run(ctx: &Ctx, cmd: AttendanceCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        AttendanceCommand::Add {
            activity,
            week,
            hours,
            write,
        } => {
            let w = attendance::add(&session, activity, &week, &hours, &write.options()).await?;
            ctx.printer.detail(&w_key(&w), &w, &[section(&w)])?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "{} hours attended in the week of {} on activity {} ({})",
                    w.hours, w.week, w.activity, w.code
                ),
            );
            Ok(())
        }
        AttendanceCommand::Verify {
            activity,
            week,
            hours,
            write,
        } => {
            let w = attendance::verify(
                &session,
                activity,
                &week,
                hours.as_deref(),
                &write.options(),
            )
            .await?;
            ctx.printer.detail(&w_key(&w), &w, &[section(&w)])?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "{} of {} hours verified in the week of {} on activity {} ({})",
                    w.verified_hours.as_deref().unwrap_or_default(),
                    w.hours,
                    w.week,
                    w.activity,
                    w.code
                ),
            );
            Ok(())
        }
        AttendanceCommand::List { activity, customer } => {
            let of = match (&customer, activity) {
                (Some(number), _) => Of::Customer(number),
                (None, Some(id)) => Of::Activity(id),
                (None, None) => unreachable_of()?,
            };
            let weeks = attendance::list(&session, of).await?;
            ctx.printer.list(&weeks, "weeks of attendance")
        }
    }
}

fn w_key(w: &attendance::Week) -> String {
    use isets::output::Tabular;
    w.key()
}

fn section(w: &attendance::Week) -> isets::output::Section {
    use isets::output::Tabular;
    isets::output::Section {
        title: None,
        headers: attendance::Week::headers(),
        rows: vec![w.cells()],
    }
}

/// clap requires one of the two; kept as an error rather than a panic.
fn unreachable_of() -> Result<Of<'static>> {
    Err(isets::Error::Usage(
        "give an activity id or --customer".into(),
    ))
}
