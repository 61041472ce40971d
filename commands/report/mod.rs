//! `isets report …`: the reports read from the records the other commands write.

pub mod fns583;

use clap::Subcommand;
use isets::Result;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The FNS-583 SNAP E&T Program Activity Report for a federal quarter (G1–G5)
    #[command(name = "fns-583")]
    Fns583(fns583::Fns583Args),
}

pub async fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Fns583(args) => fns583::run(ctx, args).await,
    }
}
