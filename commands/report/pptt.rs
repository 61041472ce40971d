//! `isets report pptt-audit`: the data accuracy audit of a provider's PPTT against ISETS
//! (B7, B9).

use std::path::PathBuf;

use clap::Args;
use isets::Result;
use isets::reports::pptt;
use isets::values::{Month, parse_date};

use super::{Ctx, ReportOutput, emit};

pub const ABOUT: &str = "\
The data accuracy audit: a provider's Periodic Performance Tracking spreadsheet (PPTT)
compared with ISETS for one month, customer by customer and both ways, with the checks
of B9 on every customer ISETS has enrolled (B7, B9).

FILE is an Excel workbook (.xlsx; also .xlsm, .xlsb, .xls, .ods), read through calamine,
or a CSV file (UTF-8). Of a workbook the sheet read is --sheet, else one named for the
month (\"January 2026\", \"Jan 2026\", \"2026-01\"), else one named like the PPTT
(\"PPTT ...\", \"Periodic Performance Tracking\"), else the first. The header row is the
first of the top 10 rows that names the individual number. Headers are matched in any
case, punctuation and spacing ignored; other columns are ignored:

  Individual Number   IES Individual Number, Individual No, Individual #, IES Number
  Case Number         SNAP Case Number, IES Case Number, Case No, Case
  Customer Name       Name, Participant Name, Participant (\"Last, First\" or \"First Last\");
                      or the two columns Last Name and First Name
  Referral Date       Date Referred, Referred On, Referral
  Start Date          Enrollment Date, Enrollment/Start Date, Enrolled On, Program Start
                      Date, Date Enrolled
  Activities          Activity, Activity Codes, SNAP E&T Activities: catalogue codes or
                      names (SJS, JST or Supervised Job Search), separated by commas,
                      semicolons, line breaks or spaces
  E&T Status          SNAP E&T Status, Status: a status of section 8 (Active, Retention...)
  Month (optional)    Reporting Month, Report Month, Service Month: only the rows of
                      --month are audited (2026-01, 01/2026, January 2026, or a date)

A file without one of the required columns, an empty file, or one that is not a
spreadsheet is refused naming it (exit 2), before the database is read. A cell that
cannot be read (a date that is not one, an unknown activity or status, a row without a
nine-digit individual number, a customer listed twice) is a finding of its row: the rest
of the row is still compared. Dates are dates of the workbook, YYYY-MM-DD or M/D/YYYY.

ISETS' side is the provider's customers with an enrollment in the program (in any of
its programs without --program) open during the month; the 4333 roster is within it.
Findings (check, rule):
  in-isets (B7, B9)       in the PPTT, not enrolled with the provider in the month
  in-pptt (B7)            enrolled in the month, not in the PPTT
  name, case-number, referral-date (the day the referral was sent), start-date (the
  enrollment date), activities (those with the provider open during the month),
  status (on the as-of day) (B7): the PPTT differs from ISETS
  referral (B9, N1)       no accepted referral to the provider
  active-status (B9, T2)  the E&T status is not Active or Retention
  eligible (B9, I2)       the SNAP status is not Yes
  redetermination (B9)    no redetermination date, or one past
  assessment (B9, A2)     no assessment completed within 12 months
  open-activity (B9, E3)  no Started/Open SNAP E&T activity other than Job Retention
                          (Job Retention after a completed activity counts)
  job-retention (B9, M2)  employed 20 hours a week or more and not in Job Retention

The B9 checks are judged as of the month's last day, or today when that is earlier.
Each finding carries the date to fix it by: 14 days from today (B9: at least 14), or
--fix-by. The report lists each customer compared, and to whom the findings go: the
provider's program managers, copied to the provider managers listed on it. Nothing is
sent and nothing is written. No SSN digit is shown.";

pub const EXAMPLES: &str = "\
Examples:
  isets report pptt-audit acme-pptt.xlsx --provider \"Acme Works\" --month 2026-01
  isets report pptt-audit acme-pptt.csv --provider \"Acme Works\" --program 1 --month 2026-01 --format csv
  isets report pptt-audit acme-pptt.xlsx --sheet \"FY26\" --provider \"Acme Works\" --month 2026-01 \\
      --fix-by 2026-03-31 --output january-findings.xlsx";

#[derive(Debug, Args)]
pub struct PpttArgs {
    /// The provider's PPTT: an Excel workbook (.xlsx) or a CSV file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The provider agency (its name)
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The month audited (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// Only this program of the provider (its id, see `isets provider programs`); all of
    /// its programs without it
    #[arg(long, value_name = "ID")]
    pub program: Option<i64>,
    /// The workbook's sheet to read (by name, in any case)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The day the provider is to fix the findings by, at least 14 days from today (B9)
    /// [default: 14 days from today]
    #[arg(long, value_name = "DATE")]
    pub fix_by: Option<String>,
    #[command(flatten)]
    pub output: ReportOutput,
}

pub async fn run(ctx: &Ctx, args: PpttArgs) -> Result<()> {
    let month = Month::parse("--month", &args.month)?;
    let fix_by = args
        .fix_by
        .as_deref()
        .map(|d| parse_date("--fix-by", d))
        .transpose()?;
    let destination = args.output.destination()?;
    let pptt = pptt::read("FILE", &args.file, args.sheet.as_deref(), month)?;
    let session = ctx.session().await?;
    let progress = ctx.printer.progress();
    let request = pptt::Request {
        provider: &args.provider,
        program: args.program,
        month,
        file: &args.file,
        fix_by,
    };
    let report = pptt::report(&session, &request, &pptt, &*progress).await?;
    emit(ctx, &report, destination.as_ref())
}
