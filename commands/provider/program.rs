//! `isets provider add-program|remove-program|programs|program|services`: E&T programs
//! (P3, P4, P6) and what a provider offers on career plans (P5).

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum ProgramCommand {
    /// Add an E&T program under a contract and location (P3, P4)
    AddProgram(AddProgramArgs),
    /// Remove a program of the current or a future fiscal year (P6)
    RemoveProgram {
        /// Program id (see `isets provider programs`)
        id: i64,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List a provider's programs
    Programs {
        /// Provider name (any case)
        provider: String,
        /// Only this fiscal year (FY25 or 2025)
        #[arg(long, value_name = "FY")]
        fiscal_year: Option<String>,
    },
    /// Show one program with its activities and criteria
    Program {
        /// Program id
        id: i64,
    },
    /// Show, enable or disable the activities and services used on career plans (P5)
    Services {
        /// Provider name (any case)
        provider: String,
        /// Enable this activity or service code (repeatable)
        #[arg(long, value_name = "CODE")]
        enable: Vec<String>,
        /// Disable this activity or service code (repeatable)
        #[arg(long, value_name = "CODE")]
        disable: Vec<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
}

#[derive(Debug, Args)]
pub struct AddProgramArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Contract number it belongs to
    #[arg(long)]
    pub contract: String,
    /// Location name where it is administered
    #[arg(long)]
    pub location: String,
    /// Program type
    #[arg(long = "type", value_parser = Program::ALL.map(Program::code))]
    pub program_type: String,
    /// Fiscal year, FY25 or 2025 (P3: July 1 – June 30)
    #[arg(long, value_name = "FY")]
    pub fiscal_year: String,
    /// Activity it is contracted to provide (repeatable): SJS, JST, VT, …
    #[arg(long, value_name = "CODE")]
    pub activity: Vec<String>,
    /// Offered full time
    #[arg(long)]
    pub full_time: bool,
    /// Offered part time
    #[arg(long)]
    pub part_time: bool,
    /// What the program offers, shown when matching referrals
    #[arg(long)]
    pub description: String,
    /// Target occupation, a SOC code such as 43-4051
    #[arg(long, value_name = "SOC")]
    pub target_occupation: Option<String>,
    /// Matching criterion for program recommendations (repeatable)
    #[arg(long)]
    pub criterion: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, session: &Session, cmd: ProgramCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        ProgramCommand::AddProgram(a) => {
            let new = NewProgram {
                contract: a.contract,
                location: a.location,
                program_type: program(&a.program_type)?,
                fiscal_year: FiscalYear::parse("--fiscal-year", &a.fiscal_year)?,
                activities: a.activity,
                full_time: a.full_time,
                part_time: a.part_time,
                description: a.description,
                target_occupation: a.target_occupation,
                criteria: a.criterion,
            };
            let (program, outcome) =
                programs::add(session, &a.provider, new, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added program {} ({} {})",
                    program.id, program.program_type, program.fiscal_year
                ));
            }
            p.outcome(&outcome, &program.id.to_string())
        }
        ProgramCommand::RemoveProgram { id, yes, write } => {
            let program = programs::removable(session, id).await?;
            if !write.dry_run {
                confirm(
                    format!(
                        "Remove program {id} ({} {} at {}, contract {})?",
                        program.program_type,
                        program.fiscal_year,
                        program.location,
                        program.contract
                    ),
                    yes,
                )
                .await?;
            }
            let (_, outcome) = programs::remove(session, id, &write.options()).await?;
            p.outcome(&outcome, &id.to_string())
        }
        ProgramCommand::Programs {
            provider,
            fiscal_year,
        } => {
            let fy = fiscal_year
                .as_deref()
                .map(|f| FiscalYear::parse("--fiscal-year", f))
                .transpose()?;
            p.list(&programs::list(session, &provider, fy).await?, "programs")
        }
        ProgramCommand::Program { id } => {
            let program = programs::show(session, id).await?;
            let section = Section {
                title: None,
                headers: vec!["field", "value"],
                rows: programs::describe(&program),
            };
            p.detail(&id.to_string(), &program, &[section])
        }
        ProgramCommand::Services {
            provider,
            enable,
            disable,
            write,
        } => {
            if enable.is_empty() && disable.is_empty() {
                return p.list(&services::list(session, &provider).await?, "services");
            }
            let (_, outcome) =
                services::update(session, &provider, &enable, &disable, &write.options()).await?;
            if outcome.changes.is_empty() {
                p.status("nothing to change: the services were already as asked");
            }
            p.outcome(&outcome, &provider)
        }
    }
}
