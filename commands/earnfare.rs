//! `isets earnfare show|set-benefit|benefits`: Earnfare participation (R1, R2).

use clap::Subcommand;
use isets::Result;
use isets::earnfare;
use isets::values::parse_date;

use super::{Ctx, WriteArgs};

const SHOW_HELP: &str = "\
Examples:
  isets earnfare show 123456789
  isets earnfare show 123456789 --month 2024-02 --format json";

const SET_HELP: &str = "\
Examples:
  isets earnfare set-benefit 123456789 --amount 196.00 --effective 2026-03-01
  isets earnfare set-benefit 123456789 --amount 210 --effective 2026-04-01 --reason \"case change\"";

#[derive(Debug, Subcommand)]
pub enum EarnfareCommand {
    /// A customer's Earnfare participation: benefit, work hours and stipend (R1, R2)
    ///
    /// For the month asked for (the current month in Illinois by default) and the one
    /// before, as the Overview shows them: the benefit amount in force at the month's
    /// end, the monthly benefit hours (the amount divided by the benefit wage, rounded as
    /// `earnfare.hours-rounding` says), the Community Workfare hours against the benefit
    /// hours, the Transitional Job hours against the monthly target, and the payment
    /// verification: total hours − SNAP work-off hours (Community Workfare) = stipend hours
    /// (Transitional Job), × the state minimum wage = the stipend issued. Hours count once
    /// verified (E7); a week counts in the month its Monday is in. The months with
    /// Transitional Job hours are counted against `earnfare.participation-limit` (R2).
    #[command(after_long_help = SHOW_HELP)]
    Show {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// The month to show, with the one before it (YYYY-MM) [default: this month]
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
    },
    /// Set a customer's benefit amount from a date (IDHS staff: super users, WFD, provider managers)
    ///
    /// The amount is first set with the referral WFD sends to an Earnfare program
    /// (`referral send --benefit-amount`); only IDHS staff change it (R2). Each amount is
    /// kept with who set it and the date it takes effect; the newest effective on a day is
    /// the one in force. The customer must be referred to or enrolled in an Earnfare
    /// program (R2).
    #[command(after_long_help = SET_HELP)]
    SetBenefit {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// The monthly benefit amount, two decimals at most (V5)
        #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
        amount: String,
        /// The day it takes effect (YYYY-MM-DD or MM/DD/YYYY)
        #[arg(long, value_name = "DATE")]
        effective: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Every benefit amount of a customer, newest effective first (R2)
    Benefits {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
}

/// `2024-02` as the first day of its month.
fn parse_month(value: &str) -> Result<chrono::NaiveDate> {
    isets::values::Month::parse("--month", value).map(isets::values::Month::first)
}

pub async fn run(ctx: &Ctx, cmd: EarnfareCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        EarnfareCommand::Show {
            individual_number,
            month,
        } => {
            let month = month.as_deref().map(parse_month).transpose()?;
            let p = earnfare::show(&session, &individual_number, month).await?;
            ctx.printer.detail(&p.individual_number, &p, &p.sections())
        }
        EarnfareCommand::SetBenefit {
            individual_number,
            amount,
            effective,
            write,
        } => {
            let effective = parse_date("--effective", &effective)?;
            let set = earnfare::set(
                &session,
                &individual_number,
                &amount,
                effective,
                &write.options(),
            )
            .await?;
            ctx.printer
                .list(std::slice::from_ref(&set.benefit), "benefit amounts")?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "customer {individual_number}'s Earnfare benefit is {} from {}",
                    set.benefit.amount, set.benefit.effective_on
                ),
            );
            Ok(())
        }
        EarnfareCommand::Benefits { individual_number } => {
            let list = earnfare::history(&session, &individual_number).await?;
            ctx.printer.list(&list, "benefit amounts")
        }
    }
}
