//! `isets org list`.

use clap::Subcommand;
use isets::Result;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// List organizations (IDHS and providers) within the operator's reach
    List,
}

pub async fn run(ctx: &Ctx, cmd: OrgCommand) -> Result<()> {
    match cmd {
        OrgCommand::List => {
            let session = ctx.session().await?;
            let orgs = isets::orgs::list(&session).await?;
            ctx.printer.list(&orgs, "organizations")
        }
    }
}
