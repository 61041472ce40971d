//! `isets billing submit|approve|request-changes`: the billing packet of an approved
//! staffing (B4, B8).

use clap::Subcommand;
use isets::Result;
use isets::staffing::flow;

use super::staffing::{StaffingArgs, stepped};
use super::{Ctx, WriteArgs};

const HELP: &str = "\
B8: once the provider manager approves the staffing (the month is locked), the provider
manager or WFD submits the billing packet; IDHS SNAP E&T billing staff review it and
approve it, which makes the month final (B4: no unlock, no change; a change needs an
official billing amendment outside ISETS), or request changes or more information. A
super user acts in billing's place only with --reason (DOMAIN.md §1).";

#[derive(Debug, Subcommand)]
pub enum BillingCommand {
    /// Submit the billing packet of an approved staffing (B8: provider manager or WFD)
    #[command(after_long_help = HELP)]
    Submit {
        #[command(flatten)]
        staffing: StaffingArgs,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Review and approve a submitted billing packet: the month is final (B4)
    #[command(after_long_help = HELP)]
    Approve {
        #[command(flatten)]
        staffing: StaffingArgs,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Send a submitted billing packet back with what to change or send (B4, B8)
    #[command(after_long_help = HELP)]
    RequestChanges {
        #[command(flatten)]
        staffing: StaffingArgs,
        /// What the provider is to change or send
        #[arg(long, value_name = "TEXT")]
        message: String,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub async fn run(ctx: &Ctx, cmd: BillingCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        BillingCommand::Submit { staffing, write } => {
            let s = flow::billing_submit(&session, staffing.named(), &write.options()).await?;
            stepped(ctx, &s, write.dry_run)
        }
        BillingCommand::Approve { staffing, write } => {
            let s = flow::billing_approve(&session, staffing.named(), &write.options()).await?;
            stepped(ctx, &s, write.dry_run)
        }
        BillingCommand::RequestChanges {
            staffing,
            message,
            write,
        } => {
            let s = flow::request_changes(&session, staffing.named(), &message, &write.options())
                .await?;
            stepped(ctx, &s, write.dry_run)
        }
    }
}
