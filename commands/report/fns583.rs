//! `isets report fns-583`: the FNS-583 SNAP E&T Program Activity Report (G1–G5).

use clap::Args;
use isets::Result;
use isets::federal::fns583;
use isets::federal::{FederalFiscalYear, Quarter};
use isets::output::Format;

use super::super::Ctx;
use super::{ReportOutput, write_file};

const HELP: &str = "\
Examples:
  isets report fns-583 --federal-fiscal-year FFY25 --quarter 1
  isets report fns-583 --federal-fiscal-year FFY25 --quarter 4 --provider \"Acme Works\" --format csv
  isets report fns-583 --federal-fiscal-year FFY25 --quarter 2 --detail --format csv
  isets report fns-583 --federal-fiscal-year FFY25 --quarter 1 --output ffy25-q1.xlsx
  isets report fns-583 --federal-fiscal-year FFY25 --quarter 1 --detail -o ffy25-q1.xlsx --force

Lines (README, \"The FNS-583\"):
  participants                     per federal component (G3) and ABAWD / others / all
  participants in any component    each person once, however many components
  participants during the fiscal   with quarter 4: the distinct people of the whole year
  year
  work registrants on 1 October,   not available from ISETS (G4): IES work-registration
  new work registrants, ABAWD      data the extract does not carry
  months under the discretionary
  exemption

CSV gives the lines (month_1 … month_3 are the quarter's months, in order); with
--detail, the people behind them instead. A .csv or .json file holds what --format csv
or json prints; an .xlsx file has a sheet per section: report (what it covers, its
dates as dates), participants (the figures as numbers), not available (G4), notes, and
with --detail people.";

#[derive(Debug, Args)]
#[command(after_long_help = HELP)]
pub struct Fns583Args {
    /// The federal fiscal year, October–September, named by the year it ends in: FFY25 (G1)
    #[arg(long, value_name = "FFY")]
    pub federal_fiscal_year: String,
    /// The quarter: 1 (October–December), 2 (January–March), 3 (April–June), 4 (July–September)
    #[arg(long, value_name = "1-4")]
    pub quarter: String,
    /// Only the activities this provider gives (E6); provider roles: one of their own
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// List the people behind every figure: month, component, individual number and name (G5)
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub output: ReportOutput,
}

pub async fn run(ctx: &Ctx, args: Fns583Args) -> Result<()> {
    let year = FederalFiscalYear::parse("--federal-fiscal-year", &args.federal_fiscal_year)?;
    let quarter = Quarter::parse("--quarter", &args.quarter)?;
    let destination = args.output.destination()?;
    let session = ctx.session().await?;
    let report = fns583::report(
        &session,
        &fns583::Request {
            year,
            quarter,
            provider: args.provider.as_deref(),
            detail: args.detail,
        },
    )
    .await?;
    if let Some(destination) = destination {
        return write_file(ctx, &destination, &report, &report.title());
    }
    let printer = &ctx.printer;
    match (printer.format, &report.people) {
        (Format::Csv, Some(people)) if printer.quiet => printer.list(people, "people"),
        (Format::Csv, None) if printer.quiet => printer.list(&report.lines, "lines"),
        (Format::Csv, _) => printer.text(&report.csv()?),
        (Format::Json, _) if !printer.quiet => printer.text(&report.json()?),
        _ => printer.detail(&report.key(), &report, &report.sections()),
    }
}
