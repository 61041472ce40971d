//! `isets provider add-contract|amend-contract|contracts`: executed contracts and their versions (P2).

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum ContractCommand {
    /// Add an executed contract with its goals (P2)
    AddContract(AddContractArgs),
    /// Amend a contract; the earlier version is kept (P2)
    AmendContract(AmendContractArgs),
    /// List a provider's contracts; --history adds every earlier version (P2)
    Contracts {
        /// Provider name (any case)
        provider: String,
        /// Include earlier versions of amended contracts
        #[arg(long)]
        history: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddContractArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Contract number, e.g. FCSABC123 (unique)
    #[arg(long)]
    pub number: String,
    /// Program offered
    #[arg(long, value_parser = Program::ALL.map(Program::code))]
    pub program: String,
    /// Start date
    #[arg(long, value_name = "DATE")]
    pub start: String,
    /// End date (on or after the start)
    #[arg(long, value_name = "DATE")]
    pub end: String,
    /// Dollar amount, two decimals at most (V5)
    #[arg(long, value_name = "DOLLARS")]
    pub amount: String,
    /// Measurable goal, CATEGORY=N (enrolled, active, employed, retained-90-days, credentials, completed-activity, exits)
    #[arg(long, value_name = "CATEGORY=N")]
    pub goal: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AmendContractArgs {
    /// Contract number
    pub number: String,
    /// New program offered
    #[arg(long, value_parser = Program::ALL.map(Program::code))]
    pub program: Option<String>,
    /// New start date
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// New end date
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// New dollar amount, two decimals at most (V5)
    #[arg(long, value_name = "DOLLARS")]
    pub amount: Option<String>,
    /// Set a goal, CATEGORY=N; other goals are kept
    #[arg(long, value_name = "CATEGORY=N")]
    pub goal: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, session: &Session, cmd: ContractCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        ContractCommand::AddContract(a) => {
            let terms = Terms {
                program: program(&a.program)?,
                start_date: parse_date("--start", &a.start)?,
                end_date: parse_date("--end", &a.end)?,
                amount: money("--amount", &a.amount)?,
                goals: contracts::parse_goals(&a.goal)?,
            };
            let (c, outcome) =
                contracts::add(session, &a.provider, &a.number, &terms, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added contract {} ({}, {} … {})",
                    c.number, c.terms.program, c.terms.start_date, c.terms.end_date
                ));
            }
            p.outcome(&outcome, &c.number)
        }
        ContractCommand::AmendContract(a) => {
            let amendment = Amendment {
                program: a.program.as_deref().map(program).transpose()?,
                start_date: a
                    .start
                    .as_deref()
                    .map(|d| parse_date("--start", d))
                    .transpose()?,
                end_date: a
                    .end
                    .as_deref()
                    .map(|d| parse_date("--end", d))
                    .transpose()?,
                amount: a
                    .amount
                    .as_deref()
                    .map(|m| money("--amount", m))
                    .transpose()?,
                goals: contracts::parse_goals(&a.goal)?,
            };
            let (c, outcome) =
                contracts::amend(session, &a.number, &amendment, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "contract {} is now version {}; version {} is kept",
                    c.number,
                    c.version,
                    c.version - 1
                ));
            }
            p.outcome(&outcome, &c.number)
        }
        ContractCommand::Contracts { provider, history } => {
            let versions = contracts::list(session, &provider, history).await?;
            if history {
                p.list(&versions, "contracts")
            } else {
                let current: Vec<_> = versions.into_iter().map(|v| v.contract).collect();
                p.list(&current, "contracts")
            }
        }
    }
}
