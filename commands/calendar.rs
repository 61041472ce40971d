//! `isets calendar add|remove|list`: the business-day calendar of DOMAIN.md F7.

use chrono::Datelike;
use clap::Subcommand;
use isets::Result;
use isets::calendar;
use isets::values::parse_date;

use super::{Ctx, WriteArgs};

const ADD_HELP: &str = "\
Examples:
  isets calendar add 2026-12-24 --name \"Christmas Eve\" --reason \"Governor's proclamation\"
  isets calendar add 12/24/2026 --name \"Christmas Eve\" --dry-run";

const REMOVE_HELP: &str = "\
Examples:
  isets calendar remove 2026-12-24 --reason \"proclamation withdrawn\"
  isets calendar remove 2026-10-12 --reason \"Columbus Day is a working day by law\"";

const LIST_HELP: &str = "\
Examples:
  isets calendar list
  isets calendar list --year 2027 --format csv";

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Close a business day: an extra closure day (F7; super users)
    ///
    /// Business days skip weekends and the State of Illinois holidays, which isets
    /// computes for every year with their observed dates (a Saturday holiday is observed
    /// the Friday before, a Sunday holiday the Monday after). This adds a closure the
    /// rules do not compute: a proclamation, an emergency, the general Election Day in a
    /// year a law makes it a holiday. A weekend, or a day closed already, is refused
    /// (rule F7). A computed holiday that was reopened (`calendar remove`) is closed
    /// again. Deadlines (F5: 48 business hours, 10 business days) are counted on this
    /// calendar; a moment on a closed day counts from the start of the next business day.
    #[command(after_long_help = ADD_HELP)]
    Add {
        /// The day to close (YYYY-MM-DD or MM/DD/YYYY)
        #[arg(value_name = "DATE")]
        date: String,
        /// What the closure is, as the state's schedule names it
        #[arg(long)]
        name: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Open a closed day: remove an added closure, or reopen a computed holiday (F7; super users)
    ///
    /// DATE is the day offices close: for a holiday on a weekend, its observed date
    /// (`calendar list` shows both). An added closure is removed; a computed State of
    /// Illinois holiday is kept open as a business day (a changed law, a holiday the
    /// state does not observe that year). A day that is neither is refused (rule F7).
    #[command(after_long_help = REMOVE_HELP)]
    Remove {
        /// The closed day to open (YYYY-MM-DD or MM/DD/YYYY)
        #[arg(value_name = "DATE")]
        date: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List a year's closed days, with their actual and observed dates (F7)
    ///
    /// Every closed day of the year in date order: the computed State of Illinois
    /// holidays (source `computed`), the closures added (`added`) and the holidays
    /// reopened as business days (`reopened`), each with its name, the date it falls on
    /// (`actual`) and the day offices close (`observed`). A New Year's Day on a Saturday
    /// is observed on 31 December and listed with the year before. Every operator may
    /// read the calendar.
    #[command(after_long_help = LIST_HELP)]
    List {
        /// The year [default: this year in Illinois]
        #[arg(long, value_name = "YYYY")]
        year: Option<i32>,
    },
}

pub async fn run(ctx: &Ctx, cmd: CalendarCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        CalendarCommand::Add { date, name, write } => {
            let day = parse_date("DATE", &date)?;
            let done = calendar::add(&session, day, &name, &write.options()).await?;
            show(ctx, &done, day)
        }
        CalendarCommand::Remove { date, write } => {
            let day = parse_date("DATE", &date)?;
            let done = calendar::remove(&session, day, &write.options()).await?;
            show(ctx, &done, day)
        }
        CalendarCommand::List { year } => {
            let year = year.unwrap_or_else(|| calendar::illinois_date(session.now()).year());
            let days = calendar::list(&session, year).await?;
            ctx.printer.list(&days, "closed days")
        }
    }
}

fn show(ctx: &Ctx, done: &calendar::Done, day: chrono::NaiveDate) -> Result<()> {
    ctx.printer.outcome(&done.outcome, &day.to_string())?;
    ctx.printer.done(done.outcome.dry_run, &done.summary);
    Ok(())
}
