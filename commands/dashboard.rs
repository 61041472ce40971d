//! `isets dashboard [--provider P] [--list LINE]`: the counts of D1–D4 for the
//! operator's providers, or what one of them counted.

use clap::Args;
use clap::builder::PossibleValuesParser;
use isets::dashboard::{self, Line, Section};
use isets::output::Format;
use isets::{Error, Result};

use super::Ctx;

/// The lines of each section and what each counts, for `--help`.
fn lines_help() -> String {
    let mut text = String::from(
        "Lines (a column of the table, the JSON and CSV `line`, and the value of --list):\n",
    );
    for section in Section::ALL {
        text.push_str(&format!("\n{}\n", section.title()));
        for line in section.lines() {
            text.push_str(&format!(
                "  {}{}\n      {}\n",
                line.name(),
                if line.red_flag() { " (red flags)" } else { "" },
                line.about()
            ));
        }
    }
    text.trim_end().to_string()
}

#[derive(Debug, Args)]
#[command(after_long_help = lines_help())]
pub struct DashboardArgs {
    /// Only this provider (a provider role: one of their own)
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// List what one count counted (customers, referrals or overrides), each with the day
    /// that makes it count; LINE is a line name (see --help)
    #[arg(
        long,
        value_name = "LINE",
        value_parser = PossibleValuesParser::new(Line::names()),
        hide_possible_values = true
    )]
    pub list: Option<String>,
    /// Days before an assessment is overdue that it counts as due soon (A2) [env:
    /// ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]
    #[arg(long, value_name = "DAYS")]
    pub due_soon_days: Option<String>,
}

pub async fn run(ctx: &Ctx, args: DashboardArgs) -> Result<()> {
    let due_soon_days = ctx.settings.due_soon_days.value;
    let session = ctx.session().await?;
    let provider = args.provider.as_deref();
    if let Some(name) = &args.list {
        let line = Line::named(name)
            .ok_or_else(|| Error::invalid("--list", name, "is not a line of the dashboard"))?;
        let rows = dashboard::list(&session, line, provider, due_soon_days).await?;
        return ctx.printer.list(&rows, &format!("{name} rows"));
    }
    let board = dashboard::dashboard(&session, provider, due_soon_days).await?;
    for warning in &board.warnings {
        ctx.printer.warn(warning);
    }
    match ctx.printer.format {
        Format::Json => ctx.printer.detail("dashboard", &board, &[]),
        Format::Csv => ctx.printer.list(&board.counts, "counts"),
        Format::Table if ctx.printer.quiet => ctx.printer.list(&board.counts, "counts"),
        Format::Table => {
            ctx.printer
                .detail_marked("dashboard", &board, &board.sections(), |s, r, c| {
                    board.marked(s, r, c)
                })?;
            ctx.printer.status(
                "what a count counted: isets dashboard --list LINE (a column name; goal-CATEGORY for D1)",
            );
            Ok(())
        }
    }
}
