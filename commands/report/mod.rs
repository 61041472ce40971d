//! `isets report 4333|employment|support-services|earnfare-2606|pptt-audit`: the monthly
//! reports of a provider's program (B5, B6, R1, R2) and the data accuracy audit of its
//! PPTT (B7, B9), one file per report.
//!
//! Every report goes out the same way, through [`ReportOutput`] and [`emit`]: a table on
//! a terminal, `--format csv|json` on standard output, or `--output FILE` written in the
//! format its extension names. A new report takes `#[command(flatten)] output:
//! ReportOutput`, checks `output.destination()?` before it runs, builds an
//! `isets::reports::Report` and hands both to [`emit`].

pub mod earnfare_2606;
pub mod employment;
pub mod fns583;
pub mod pptt;
pub mod roster;
pub mod support_services;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use isets::Result;
use isets::output::{Format, Progress};
use isets::reports::{self, Destination, Report};
use isets::session::Session;
use isets::values::Month;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The 4333 roster: the customers of a provider's program in a month (B5)
    #[command(name = "4333", long_about = roster::ABOUT, after_long_help = roster::EXAMPLES)]
    Roster(MonthlyArgs),
    /// The Employment Report: the jobs of a program's customers in a month (B6, M2, M3)
    #[command(long_about = employment::ABOUT, after_long_help = employment::EXAMPLES)]
    Employment(MonthlyArgs),
    /// The Supportive Services Summary: a month's payments by customer and category (B6, V4)
    #[command(long_about = support_services::ABOUT, after_long_help = support_services::EXAMPLES)]
    SupportServices(MonthlyArgs),
    /// The Earnfare Referral and Attendance Summary, 2606: hours required and worked (B6, R1, R2)
    #[command(
        name = "earnfare-2606",
        long_about = earnfare_2606::ABOUT,
        after_long_help = earnfare_2606::EXAMPLES
    )]
    Earnfare2606(MonthlyArgs),
    /// The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)
    #[command(name = "fns-583")]
    Fns583(fns583::Fns583Args),
    /// The data accuracy audit: a provider's PPTT compared with ISETS for a month (B7, B9)
    #[command(name = "pptt-audit", long_about = pptt::ABOUT, after_long_help = pptt::EXAMPLES)]
    PpttAudit(pptt::PpttArgs),
}

pub async fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Roster(args) => monthly(ctx, args, reports::roster::report).await,
        ReportCommand::Employment(args) => monthly(ctx, args, reports::employment::report).await,
        ReportCommand::SupportServices(args) => monthly(ctx, args, reports::support::report).await,
        ReportCommand::Earnfare2606(args) => monthly(ctx, args, reports::earnfare::report).await,
        ReportCommand::Fns583(args) => fns583::run(ctx, args).await,
        ReportCommand::PpttAudit(args) => pptt::run(ctx, args).await,
    }
}

/// A monthly report of a provider's program, and where it goes.
#[derive(Debug, Args)]
pub struct MonthlyArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    #[command(flatten)]
    pub output: ReportOutput,
}

/// Runs a monthly report (`report` builds it) and emits it: the destination is checked
/// before the report runs, so a refused file costs no reading.
async fn monthly(
    ctx: &Ctx,
    args: MonthlyArgs,
    report: impl AsyncFnOnce(&Session, &str, i64, Month, &dyn Progress) -> Result<Report>,
) -> Result<()> {
    let month = args.period.month()?;
    let destination = args.output.destination()?;
    let session = ctx.session().await?;
    let progress = ctx.printer.progress();
    let report = report(
        &session,
        &args.period.provider,
        args.period.program,
        month,
        &*progress,
    )
    .await?;
    emit(ctx, &report, destination.as_ref())
}

/// What a monthly report is of: a provider's program in a month.
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// The provider agency (its name)
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The provider's program (its id, see `isets provider programs`)
    #[arg(long, value_name = "ID")]
    pub program: i64,
    /// The month (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
}

impl PeriodArgs {
    pub fn month(&self) -> Result<Month> {
        Month::parse("--month", &self.month)
    }
}

/// Where a report goes: standard output in the `--format` asked for, or a file.
#[derive(Debug, Args)]
pub struct ReportOutput {
    /// Write the report to FILE in the format its extension names: .csv (UTF-8 with a
    /// header row), .json, or .xlsx (one sheet per section, dates as dates, money as
    /// numbers); an existing FILE is refused unless --force
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

impl ReportOutput {
    /// The file to write, checked before the report runs (its extension; an existing
    /// file without --force): none for standard output.
    pub fn destination(&self) -> Result<Option<Destination>> {
        self.output
            .as_deref()
            .map(|path| Destination::new("--output", path, self.force))
            .transpose()
    }
}

/// Writes `contents` to `destination`, with one line on standard error saying where,
/// how many rows and what (`title`).
pub fn write_file(
    ctx: &Ctx,
    destination: &Destination,
    contents: &impl isets::reports::file::Contents,
    title: &str,
) -> Result<()> {
    let printer = &ctx.printer;
    let progress = printer.progress();
    let rows = destination.write(contents, &*progress)?;
    printer.status(format!(
        "wrote {rows} row{} to {}: {title}",
        if rows == 1 { "" } else { "s" },
        destination.path.display(),
    ));
    Ok(())
}

/// Prints `report`, or writes it to `destination` with one line on standard error
/// saying where and how many rows.
pub fn emit(ctx: &Ctx, report: &Report, destination: Option<&Destination>) -> Result<()> {
    let printer = &ctx.printer;
    if let Some(destination) = destination {
        return write_file(ctx, destination, report, &report.title);
    }
    if printer.quiet {
        // The first column of the report proper: what identifies each row.
        let keys: String = report
            .tables
            .first()
            .map(|t| {
                t.rows
                    .iter()
                    .filter_map(|r| r.first())
                    .map(|v| format!("{}\n", v.text()))
                    .collect()
            })
            .unwrap_or_default();
        return printer.text(&keys);
    }
    match printer.format {
        Format::Json => printer.text(&report.json()?),
        Format::Csv => printer.text(&report.csv()?),
        Format::Table => {
            let mut text = format!("{}\n", report.title);
            for table in &report.tables {
                if report.tables.len() > 1 {
                    text.push_str(&format!("\n{}\n", table.title));
                }
                if table.rows.is_empty() {
                    text.push_str("(none)\n");
                    continue;
                }
                let rows: Vec<(Vec<String>, bool)> = table
                    .rows
                    .iter()
                    .zip(&table.marked)
                    .map(|(row, marked)| (row.iter().map(|v| v.text()).collect(), *marked))
                    .collect();
                text.push_str(&printer.grid(&table.headers(), &rows));
            }
            printer.text(&text)
        }
    }
}
