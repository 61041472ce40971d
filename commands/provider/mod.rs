//! `isets provider …`: providers, locations, contracts, programs, services, appointment
//! sites and schedules, worksites, audits and provider case notes (P1–P7). One module
//! per noun; each holds its subcommands, their arguments and what they run.

mod agency;
mod contract;
mod program;
mod record;
mod site;

use clap::Subcommand;
use isets::Result;
use isets::catalogue::{EmploymentType, Program};
use isets::output::{Section, Tabular};
use isets::providers::contracts::{self, Amendment, Terms};
use isets::providers::locations::{self, NewLocation};
use isets::providers::programs::{self, NewProgram};
use isets::providers::records::{self, NewWorksite};
use isets::providers::sites::{self, NewSite, Schedule};
use isets::providers::{self, ListFilter, services};
use isets::session::Session;
use isets::values::{FiscalYear, Money, parse_date};

use super::{Ctx, WriteArgs, confirm};

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    #[command(flatten)]
    Agency(agency::AgencyCommand),
    #[command(flatten)]
    Contracts(contract::ContractCommand),
    #[command(flatten)]
    Programs(program::ProgramCommand),
    #[command(flatten)]
    Sites(site::SiteCommand),
    #[command(flatten)]
    Records(record::RecordCommand),
}

fn money(field: &str, value: &str) -> Result<Money> {
    Money::parse(field, value)
}

fn program(value: &str) -> Result<Program> {
    value.parse()
}

pub async fn run(ctx: &Ctx, cmd: ProviderCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        ProviderCommand::Agency(cmd) => agency::run(ctx, &session, cmd).await,
        ProviderCommand::Contracts(cmd) => contract::run(ctx, &session, cmd).await,
        ProviderCommand::Programs(cmd) => program::run(ctx, &session, cmd).await,
        ProviderCommand::Sites(cmd) => site::run(ctx, &session, cmd).await,
        ProviderCommand::Records(cmd) => record::run(ctx, &session, cmd).await,
    }
}
