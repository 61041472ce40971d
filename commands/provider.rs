//! `isets provider add`.

use clap::Subcommand;
use isets::Result;
use isets::values::parse_date;

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    /// Add a provider agency with its SPCQ approval date (U2)
    Add {
        /// The provider's name (unique)
        name: String,
        /// Date the Security and Privacy Controls Questionnaire was approved
        #[arg(long, value_name = "DATE")]
        spcq_approved_on: String,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub async fn run(ctx: &Ctx, cmd: ProviderCommand) -> Result<()> {
    match cmd {
        ProviderCommand::Add {
            name,
            spcq_approved_on,
            write,
        } => {
            let spcq = parse_date("--spcq-approved-on", &spcq_approved_on)?;
            let session = ctx.session().await?;
            let (org, outcome) =
                isets::orgs::add_provider(&session, &name, spcq, &write.options()).await?;
            if !outcome.dry_run {
                ctx.printer
                    .status(format!("added provider {} (id {})", org.name, org.id));
            }
            ctx.printer.outcome(&outcome, &org.name)
        }
    }
}
