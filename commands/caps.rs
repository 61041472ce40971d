//! `isets caps list|set`: the maximum per customer of each support-service category in a
//! fiscal year (V3).

use clap::Subcommand;
use isets::Result;
use isets::services::caps;

use super::{Ctx, WriteArgs};

const SET_HELP: &str = "\
Examples:
  isets caps set --category TRANSPORTATION --fiscal-year FY27 --amount 1500.00
  isets caps set --category CHILDCARE --fiscal-year default --amount 800.00

A category with no maximum in force takes no cost (V3). A fiscal year's own maximum
wins over the category's default (`--fiscal-year default`, every year).";

#[derive(Debug, Subcommand)]
pub enum CapsCommand {
    /// List the support-service maximums; with --fiscal-year, the one in force for every category (V3)
    List {
        /// The maximum in force that year for every support-service category ("none" where unset)
        #[arg(long, value_name = "FY")]
        fiscal_year: Option<String>,
    },
    /// Set a category's maximum for a fiscal year, or its default for every year (V3; super users)
    #[command(after_long_help = SET_HELP)]
    Set {
        /// A support-service category: BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE, TRANSPORTATION
        #[arg(long)]
        category: String,
        /// FY27 or 2027 (P3), or `default` for every year without its own
        #[arg(long, value_name = "FY|default")]
        fiscal_year: String,
        /// The maximum per customer, in dollars with two decimals at most (V5)
        #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
        amount: String,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub async fn run(ctx: &Ctx, cmd: CapsCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        CapsCommand::List { fiscal_year } => {
            let caps = caps::list(&session, fiscal_year.as_deref()).await?;
            ctx.printer.list(&caps, "maximums")
        }
        CapsCommand::Set {
            category,
            fiscal_year,
            amount,
            write,
        } => {
            let cap =
                caps::set(&session, &category, &fiscal_year, &amount, &write.options()).await?;
            ctx.printer.list(std::slice::from_ref(&cap), "maximums")?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "maximum of {} for {} set to {} (V3)",
                    cap.category, cap.fiscal_year, cap.maximum
                ),
            );
            Ok(())
        }
    }
}
